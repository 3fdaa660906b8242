import type { Doc } from '../../model/doc.ts';
import type { Quotation } from '../../model/items.ts';
import type { SpanIndex } from '../span-index.ts';

/**
 * Step 7: who claims the figure. Inside a quotation: its speaker's name (null when the quotation
 * has no speaker: the text does not say, and we do not guess). Outside any quotation: the outlet
 * (`doc.document.source`), which states it as fact; null when the source is unknown.
 * The quotations come indexed by position (one index per article, made by the caller): a scan of
 * every quotation per figure was quadratic on an article of thousands of both (issue 16).
 */
export function findClaimant(doc: Doc, quotes: SpanIndex<Quotation>, start: number, end: number): string | null {
  const best = quotes.smallestEnclosing(start, end);
  const source = doc.document.source;
  if (best) return outletLede(doc, best, source) ? source : speakerName(doc, best);
  return source;
}

/** The quotation speaker's name when it names a party (see `isPartyName`), else null. */
export function speakerName(_doc: Doc, q: Quotation): string | null {
  const name = q.speaker?.name ?? null;
  return name && isPartyName(name) ? name : null;
}

/** Heads of lowercase descriptions that are people, organizations or groups. */
const PARTY_HEADS: ReadonlySet<string> = new Set([
  'official', 'officials', 'party', 'parties', 'team', 'state', 'states', 'government', 'governments', 'ministry', 'leadership', 'side', 'sides',
  'authorities', 'police', 'military', 'army', 'council', 'committee', 'office', 'headquarters', 'staff', 'command',
  'service', 'services', 'agency', 'media', 'press', 'administration', 'commission', 'delegation', 'delegations',
  'president', 'presidents', 'head', 'heads', 'chief', 'chiefs', 'spokesperson', 'spokeswoman', 'sources', 'source',
  'governor', 'mayor', 'minister', 'ministers', 'residents', 'resident', 'students', 'student', 'correspondent',
  'correspondents', 'agent', 'agents', 'participant', 'participants', 'assistant', 'consultant', 'lieutenant',
  'sergeant', 'people', 'public', 'family', 'families', 'crew', 'kremlin', 'pentagon', 'white', 'union', 'alliance',
  'bloc', 'group', 'groups', 'forces', 'troops', 'intelligence', 'embassy', 'mission', 'secretariat', 'board', 'court',
  'parliament', 'congress', 'senate', 'cabinet', 'representative', 'representatives', 'deputies', 'deputy', 'envoy',
  'envoys', 'monitors', 'observers', 'experts', 'analysts', 'witnesses', 'survivors', 'victims', 'colleagues', 'partners',
  'allies', 'ally', 'counterpart', 'counterparts', 'interlocutors', 'guests', 'hosts', 'host', 'community', 'leader',
]);
/** Words ending like a person (`-or`, `-ist`, `-man`) that are not: `corridors`, `doors`. */
const NOT_PARTY_HEADS: ReadonlySet<string> = new Set(['corridors', 'corridor', 'doors', 'door', 'floor', 'floors', 'factor', 'factors', 'sector', 'sectors', 'vector', 'error', 'errors', 'colors', 'colours', 'mirror', 'list', 'exist', 'german', 'roman', 'human', 'woman']);
const PARTY_SUFFIX = /(?:ors?|ists?|ians?|m[ae]n|ers?)$/;
const NOT_PARTY_WORDS: ReadonlySet<string> = new Set([
  'number', 'paper', 'order', 'letter', 'matter', 'power', 'border', 'water', 'other', 'center', 'centre', 'chamber', 'tower',
  'offer', 'answer', 'layer', 'shelter', 'barrier', 'cluster', 'transfer', 'together', 'however', 'further', 'never', 'after',
  'under', 'over', 'later', 'either', 'whether', 'rather', 'corner', 'summer', 'winter', 'september', 'october', 'november',
  'december', 'former', 'latter', 'greater', 'higher', 'lower', 'upper', 'earlier', 'bigger', 'larger', 'smaller', 'better',
  'fewer', 'longer', 'stronger', 'closer', 'wider', 'faster', 'quarter', 'character', 'disaster', 'register', 'charter',
  'numbers', 'papers', 'orders', 'letters', 'matters', 'powers', 'borders', 'waters', 'others', 'centers', 'chambers', 'towers', 'offers', 'answers', 'layers', 'shelters', 'barriers', 'clusters', 'transfers']);

/**
 * Whether a claimant's name names a party: a person, organization or group. A name with a capital
 * letter does (`Putin`, `Russia's Defense Ministry`); a lowercase description does when its head is
 * a party word (`officials`, `participants of the event`, `head of state`, `prime minister`). `able`
 * (from `will be able to explain`), `which`, `humanitarian corridors`, `statistics`, `the decree` do not.
 */
export function isPartyName(name: string): boolean {
  if (/\p{Lu}/u.test(name)) return true;
  const words = name.toLowerCase().split(/\s+/).filter(Boolean);
  const of = words.indexOf('of');
  const head = (of > 0 ? words[of - 1] : words[words.length - 1]) ?? '';
  if (PARTY_HEADS.has(head)) return true;
  return PARTY_SUFFIX.test(head) && !NOT_PARTY_WORDS.has(head) && !NOT_PARTY_HEADS.has(head) && head.length > 3;
}

/**
 * An exclusive's lede, "<news>, X tells Newsmax.", in the article's first paragraph and addressed
 * to the outlet that publishes it, is the outlet's own summary of the interview, in its own words
 * ("staggering losses", "embattled city"): the outlet states it. The speaker's claims are the
 * quoted and reported words that follow.
 */
function outletLede(doc: Doc, q: Quotation, source: string | null): boolean {
  if (q.kind !== 'indirect' || !source || !addressedTo(doc, q, source)) return false;
  const firstParagraphEnd = doc.paraEndTok.length ? doc.tokEnd[doc.paraEndTok[0]! - 1] ?? doc.text.length : doc.text.length;
  return q.start < firstParagraphEnd;
}

/**
 * The quotation's addressee is the outlet. Learned quotations carry no addressee, so the words right
 * after the cue (`tells Newsmax`) are read as well.
 */
function addressedTo(doc: Doc, q: Quotation, source: string): boolean {
  const wanted = source.toLowerCase();
  if (q.addressee) return q.addressee.text.toLowerCase() === wanted;
  if (!q.cue) return false;
  const after = doc.text.slice(q.cue.end, q.cue.end + source.length + 4).trimStart();
  return after.toLowerCase().startsWith(wanted) && !/^[\p{L}\p{N}]/u.test(after.slice(source.length));
}
