import { z } from '@hono/zod-openapi';
import { FIGURE_CATEGORIES } from '../extract/lexicon/figure-categories.ts';

/**
 * The HTTP API's shapes, declared once: requests are validated with them, `/api/openapi.json` is
 * generated from them, and the API tests parse every response with them. Items are objects that
 * may carry more fields than listed (the store keeps each item whole, as the extractor made it).
 */

export const MAX_PAGE = 200;
export const DEFAULT_PAGE = 50;

const isoDay = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date YYYY, YYYY-MM or YYYY-MM-DD');

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(DEFAULT_PAGE).openapi({ description: `at most ${MAX_PAGE}` }),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const ErrorBody = z.object({ error: z.string() }).openapi('Error');

export const Span = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }).openapi('Span');

const Item = Span.extend({ id: z.string(), confidence: z.number(), rule: z.string() });

export const Speaker = z.looseObject({
  mention: Span,
  name: z.string().nullable(),
  entity: z.string().nullable(),
  kind: z.enum(['person', 'organization', 'group', 'unknown']),
  role: Span.nullable(),
}).openapi('Speaker');

export const Quotation = z.looseObject({
  ...Item.shape,
  kind: z.enum(['direct', 'partial', 'mixed', 'indirect']),
  utterance: z.string(),
  speaker: Speaker.nullable(),
  cue: Span.nullable(),
  addressee: Span.nullable(),
}).openapi('Quotation');

export const Entity = z.looseObject({
  id: z.string(),
  kind: z.enum(['person', 'organization', 'group']),
  name: z.string(),
  mentions: z.array(z.looseObject(Span.shape)),
  role: Span.nullable(),
}).openapi('Entity');

export const FigureCategory = z.enum(FIGURE_CATEGORIES as unknown as [string, ...string[]]);

export const Figure = z.looseObject({
  ...Item.shape,
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: z.string().nullable(),
  rate: z.string().nullable(),
  unit: z.string().nullable(),
  whose: z.string().nullable(),
  category: FigureCategory,
  claimant: z.string().nullable(),
}).openapi('Figure');

export const Place = z.looseObject({
  ...Item.shape,
  name: z.string(),
  geonameId: z.number().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  country: z.string().nullable(),
  metonymy: z.boolean(),
}).openapi('Place');

export const Equipment = z.looseObject({ ...Item.shape, name: z.string(), type: z.string() }).openapi('Equipment');

export const TimeExpression = z.looseObject({ ...Span.shape, id: z.string(), type: z.string(), value: z.string().nullable() }).openapi('TimeExpression');

const Party = z.looseObject({ mention: Span.nullable(), name: z.string().nullable(), entity: z.string().nullable() });

export const Claim = z.looseObject({
  ...Item.shape,
  claimant: Party,
  cue: Span.nullable(),
  proposition: z.string(),
  quote: z.string().nullable(),
  date: z.string().nullable(),
}).openapi('Claim');

export const Rebuttal = z.looseObject({
  ...Item.shape,
  claim: z.string(),
  rebutter: Party,
  evidence: z.array(Span),
  answers: z.array(z.string()),
  proposition: z.string(),
}).openapi('Rebuttal');

export const Extraction = z.object({
  quotes: z.array(Quotation),
  entities: z.array(Entity),
  figures: z.array(Figure),
  places: z.array(Place),
  equipment: z.array(Equipment),
  dates: z.array(TimeExpression),
  claims: z.array(Claim),
  rebuttals: z.array(Rebuttal),
}).openapi('Extraction');

export const ArticleInfo = z.object({
  id: z.string(),
  hash: z.string(),
  date: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  ingested: z.string().openapi({ description: 'when this version was stored' }),
  retrieved: z.string().nullable().openapi({ description: 'when it was fetched from its URL (claimgraph watch); null for an article read from a file' }),
  chars: z.number().int(),
}).openapi('ArticleInfo');

export const ArticleList = z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int(), items: z.array(ArticleInfo) }).openapi('ArticleList');


const listOf = <T extends z.ZodType>(item: T, name: string) =>
  z.object({ limit: z.number().int(), offset: z.number().int(), items: z.array(item) }).openapi(name);

const located = <T extends z.ZodType>(item: T) => z.object({ article: z.string(), date: z.string().nullable(), item });

/** With `context=true`: the article's title and outlet and the sentence around the quotation. */
export const QuoteInContext = located(Quotation).extend({
  title: z.string().nullable().optional(),
  source: z.string().nullable().optional(),
  before: z.string().optional().openapi({ description: 'the text from the start of the sentence (at most 300 characters) up to the quotation' }),
  after: z.string().optional().openapi({ description: 'the text after the quotation to the end of its sentence (at most 300 characters)' }),
});
export const QuoteList = listOf(QuoteInContext, 'QuoteList');
export const FigureList = listOf(located(Figure).extend({
  side: z.string().nullable().openapi({ description: "the side the claimant is on (Ukraine, Russia), from the name or the speaker's roles; null when none is known" }),
}), 'FigureList');

export const SpeakerCount = z.object({
  name: z.string(),
  quotes: z.number().int(),
  articles: z.number().int(),
  roles: z.array(z.string()),
}).openapi('SpeakerCount');
export const SpeakerList = listOf(SpeakerCount, 'SpeakerList');

export const ClaimRecord = located(Claim).extend({
  title: z.string().nullable(),
  url: z.string().nullable(),
  rebuttals: z.array(Rebuttal),
}).openapi('ClaimRecord');
export const ClaimList = listOf(ClaimRecord, 'ClaimList');

export const Mention = z.object({
  article: z.string(),
  date: z.string().nullable(),
  title: z.string().nullable(),
  name: z.string(),
  spans: z.array(Span),
}).openapi('Mention');
export const MentionList = listOf(Mention, 'MentionList');

export const PlaceCount = z.object({
  name: z.string(),
  geonameId: z.number().int().nullable(),
  country: z.string().nullable(),
  lat: z.number(),
  lon: z.number(),
  mentions: z.number().int(),
  articles: z.number().int(),
}).openapi('PlaceCount');
export const PlaceList = listOf(PlaceCount, 'PlaceList');

/** What a corrected item carries (../model/corrections.ts CorrectionMark, VerdictMark). */
const Mark = z.looseObject({ id: z.number().int(), kind: z.enum(['reject', 'speaker', 'rating', 'merge', 'split']), author: z.string(), created: z.string(), note: z.string().nullable(), was: z.string().nullable().optional() });
const Verdict = z.looseObject({ id: z.number().int(), rating: z.enum(['true', 'false', 'misleading', 'unproven']), author: z.string(), created: z.string(), note: z.string().nullable() });

export const SearchHit = Span.extend({
  article: z.string(),
  scope: z.enum(['articles', 'quotes', 'claims']),
  item: z.string().nullable(),
  speaker: z.string().nullable().openapi({ description: "the quotation's speaker (as corrected) or the claim's claimant" }),
  correction: Mark.optional().openapi({ description: 'the item was rejected (kind "reject") or its speaker corrected (was: the extracted name)' }),
  verdict: Verdict.optional().openapi({ description: "the claim's rating" }),
  title: z.string().nullable(),
  date: z.string().nullable(),
  matches: z.array(Span),
}).openapi('SearchHit');
export const SearchResult = z.object({
  total: z.number().int().openapi({ description: 'how many hits there are, counted up to 10,000' }),
  capped: z.boolean().openapi({ description: 'there are more hits than total: the count stopped at its cap' }),
  limit: z.number().int(), offset: z.number().int(), items: z.array(SearchHit),
}).openapi('SearchResult');

export const Stats = z.object({
  articles: z.number().int(),
  items: z.record(z.string(), z.number().int()),
  schemaVersion: z.number().int(),
  writable: z.boolean().openapi({ description: 'whether the server was started with a write token' }),
  org: z.string().nullable().openapi({ description: 'the organization that signs verdicts (--org)' }),
}).openapi('Stats');

// Requests.

export const IdParam = z.object({ id: z.string().min(1).max(1000).openapi({ param: { name: 'id', in: 'path' } }) });

export const QuoteQuery = PageQuery.extend({
  speaker: z.string().max(500).optional(),
  article: z.string().max(1000).optional(),
  context: z.enum(['true', 'false']).optional().openapi({ description: "each quotation with its article's title and outlet and the sentence around it" }),
});
export const SpeakerQuery = PageQuery.extend({ name: z.string().max(500).optional() });
export const FigureQuery = PageQuery.extend({
  category: FigureCategory.optional(),
  claimant: z.string().max(500).optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
});
export const ClaimQuery = PageQuery.extend({
  claimant: z.string().max(500).optional(),
  proposition: z.string().max(1000).optional(),
  contested: z.enum(['true', 'false']).optional().openapi({ description: 'only claims a rebuttal answers' }),
});
export const MentionQuery = PageQuery.extend({ kind: z.enum(['place', 'equipment']), name: z.string().min(1).max(500) });
export const PlaceQuery = PageQuery.extend({
  from: isoDay.optional(),
  to: isoDay.optional(),
  source: z.string().max(500).optional().openapi({ description: 'the outlet' }),
});
export const SearchQuery = PageQuery.extend({
  q: z.string().min(1).max(1000),
  scope: z.enum(['articles', 'quotes', 'claims']).default('articles'),
  speaker: z.string().max(500).optional().openapi({ description: 'quotations by this speaker, claims by this claimant, articles quoting them' }),
  source: z.string().max(500).optional().openapi({ description: 'the outlet' }),
  from: isoDay.optional(),
  to: isoDay.optional(),
});

export const DocumentBody = z.object({
  id: z.string().min(1).max(1000).optional().openapi({ description: 'the article id (default: a hash of the text)' }),
  text: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
  title: z.string().max(10_000).nullable().optional(),
  url: z.string().max(10_000).nullable().optional(),
  source: z.string().max(1000).nullable().optional(),
}).openapi('DocumentBody');

export const PutResult = z.object({ id: z.string(), hash: z.string(), added: z.number().int(), replaced: z.number().int(), unchanged: z.number().int() }).openapi('PutResult');

// Corrections and verdicts (../model/corrections.ts).

const LayerName = z.enum(['quotes', 'entities', 'figures', 'places', 'equipment', 'dates', 'claims', 'rebuttals']);
const Who = {
  author: z.string().trim().min(1).max(200).openapi({ description: 'who makes the correction (shown with it)' }),
  note: z.string().max(5000).nullable().optional().openapi({ description: 'why' }),
};
const Name = z.string().trim().min(1).max(500);

export const CorrectionBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reject'), article: z.string().min(1).max(1000), layer: LayerName, item: z.string().min(1).max(100), ...Who }),
  z.object({
    kind: z.literal('speaker'), article: z.string().min(1).max(1000), item: z.string().min(1).max(100), name: Name,
    speakerKind: z.enum(['person', 'organization', 'group']).default('person'), ...Who,
  }),
  z.object({ kind: z.literal('merge'), name: Name.openapi({ description: 'this identity ...' }), into: Name.openapi({ description: '... is the same as this one' }), ...Who }),
  z.object({ kind: z.literal('split'), name: Name.openapi({ description: 'this spelling ...' }), from: Name.openapi({ description: '... is not this person' }), ...Who }),
]).openapi('CorrectionBody');

export const Ratings = z.enum(['true', 'false', 'misleading', 'unproven']);
export const VerdictBody = z.object({
  article: z.string().min(1).max(1000), item: z.string().min(1).max(100).openapi({ description: 'the claim id (c1)' }), rating: Ratings, ...Who,
}).openapi('VerdictBody');

export const Correction = z.looseObject({
  id: z.number().int(),
  kind: z.enum(['reject', 'speaker', 'rating', 'merge', 'split']),
  target: z.object({ article: z.string(), layer: LayerName, start: z.number().int(), end: z.number().int(), text: z.string(), hash: z.string().nullable() }).nullable(),
  note: z.string().nullable(),
  author: z.string(),
  created: z.string(),
  item: z.string().nullable().optional().openapi({ description: 'the item it applies to in the article as stored now; null when the article no longer has it' }),
}).openapi('Correction');
export const CorrectionList = z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int(), items: z.array(Correction) }).openapi('CorrectionList');
export const CorrectionQuery = PageQuery.extend({ article: z.string().max(1000).optional() });

export const FurnitureRegion = Span.extend({ kind: z.string(), rule: z.string() }).openapi('Furniture');

export const Article = z.object({
  article: ArticleInfo.extend({ text: z.string(), byline: z.string().nullable() }),
  extraction: Extraction.openapi({ description: 'as corrected: a rejected item is marked (correction.kind "reject"), a corrected speaker replaced (correction.was: the extracted name), a rated claim has verdict' }),
  corrections: z.array(Correction).openapi({ description: "the article's corrections and verdicts, oldest first, each with the item it applies to now" }),
  furniture: z.array(FurnitureRegion).openapi({ description: 'page furniture (ads, prompts, credits, bylines, other stories) and datelines: no item is made of them' }),
}).openapi('Article');
