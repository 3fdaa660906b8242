/**
 * The store tests' corpus: the articles in test/fixtures/store/ (written for these tests), each with
 * an extraction written by hand here, so that the store's answers can be checked exactly whatever
 * the extractors do. Spans are found by their text and made with span(), like an extractor's.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { textFileDocument } from '../../src/ingest/text-file.ts';
import type { Document } from '../../src/model/document.ts';
import type { Claim, Rebuttal } from '../../src/model/claims.ts';
import type { Equipment, Place } from '../../src/model/context.ts';
import type { Extraction, Figure, FigureCategory, Quotation, QuoteKind } from '../../src/model/items.ts';
import { span, type Span } from '../../src/model/span.ts';
import { contentHash } from '../../src/store/hash.ts';
import type { StoredArticle } from '../../src/store/store.ts';

export const fixtures = resolve(fileURLToPath(import.meta.url), '../../fixtures/store');

export function readFixture(name: string): Document {
  const path = join(fixtures, `${name}.txt`);
  return textFileDocument(readFileSync(path), path, name);
}

/** The span of the `nth` occurrence of `what` in `text`. */
export function at(text: string, what: string, nth = 1): Span {
  let i = -1;
  for (let k = 0; k < nth; k++) {
    i = text.indexOf(what, i + 1);
    if (i < 0) throw new Error(`fixture: ${JSON.stringify(what)} (#${nth}) is not in the text`);
  }
  return span(text, i, i + what.length);
}

const empty: Extraction = { quotes: [], entities: [], figures: [], places: [], equipment: [], dates: [], claims: [], rebuttals: [] };

function builder(text: string) {
  const quote = (id: string, kind: QuoteKind, words: string, speaker: string | null, mention: string, role: string | null = null): Quotation => ({
    ...at(text, words), id, kind, utterance: id, confidence: 0.9, rule: 'test',
    speaker: speaker === null ? null : {
      mention: at(text, mention), name: speaker, entity: null, kind: 'person', pronoun: false,
      role: role === null ? null : at(text, role), antecedent: null, confidence: 0.9, rule: 'test',
    },
    cue: null, addressee: null, quoted: [],
  });
  const figure = (id: string, words: string, value: number, category: FigureCategory, claimant: string | null, unit: string | null = null): Figure => ({
    ...at(text, words), id, value, low: null, high: null, qualifier: null, rate: null, unit, whose: null, category, claimant, confidence: 0.9, rule: 'test',
  });
  const place = (id: string, words: string, name: string, geonameId: number): Place => ({
    ...at(text, words), id, kind: 'city', name, geonameId, lat: null, lon: null, country: 'UA', admin1: null, alternatives: [], metonymy: false, key: `geonames:${geonameId}`, confidence: 0.9, rule: 'test',
  });
  const equipment = (id: string, words: string, name: string, type: string, nth = 1): Equipment => ({ ...at(text, words, nth), id, name, type, confidence: 0.9, rule: 'test' });
  const claim = (id: string, words: string, claimant: string, proposition: string): Claim => ({
    ...at(text, words), id, claimant: { mention: null, name: claimant, entity: null, also: [] }, cue: null, proposition, quote: null, date: null, dateSource: null, group: id, confidence: 0.8, rule: 'test',
  });
  const rebuttal = (id: string, claimId: string, words: string, rebutter: string, evidence: string, proposition: string): Rebuttal => ({
    ...at(text, words), id, claim: claimId, rebutter: { mention: null, name: rebutter, entity: null, also: [] }, evidence: [at(text, evidence)], quote: null, date: null, dateSource: null, answers: [claimId], proposition, confidence: 0.8, rule: 'test',
  });
  return { quote, figure, place, equipment, claim, rebuttal };
}

/** The hand-written extraction of each fixture. */
export function extractionOf(document: Document): Extraction {
  const b = builder(document.text);
  switch (document.id) {
    case 'bridge-strike': return {
      ...empty,
      quotes: [
        b.quote('q1', 'direct', '"The bridge carried fuel trains to the front, and it will not carry them for weeks,"', 'Oksana Lysenko', 'Oksana Lysenko', 'a spokeswoman for the Southern Defense Forces'),
        b.quote('q2', 'partial', '"a fairy tale for domestic viewers."', 'Oksana Lysenko', 'Lysenko'),
      ],
      figures: [b.figure('f1', '41 drones', 41, 'equipment', "Russia's Defense Ministry")],
      places: [b.place('p1', 'Tokmak', 'Tokmak', 691999)],
      equipment: [b.equipment('x1', 'drones', 'drone', 'drone'), b.equipment('x2', 'drones', 'drone', 'drone', 2)],
      claims: [b.claim('c1', 'its air defenses shot down 41 drones over the region and that the bridge was undamaged', "Russia's Defense Ministry", 'bridge | undamaged')],
      rebuttals: [b.rebuttal('r1', 'c1', 'Lysenko called that claim "a fairy tale for domestic viewers."', 'Oksana Lysenko', 'a fairy tale', 'bridge | undamaged')],
    };
    case 'harbor-shelling': return {
      ...empty,
      quotes: [
        b.quote('q1', 'direct', '"They aimed at the grain terminal again,"', 'Petro Marchenko', 'Marchenko', 'regional governor'),
        b.quote('q2', 'direct', '"There is no military target within two kilometers of it."', 'Petro Marchenko', 'Marchenko', 'regional governor'),
      ],
      figures: [
        b.figure('f1', 'three civilians', 3, 'civilian-casualties', 'Petro Marchenko'),
        b.figure('f2', 'about 200 residents', 200, 'displaced-people', 'Petro Marchenko'),
      ],
      places: [b.place('p1', 'Kherson', 'Kherson', 706448)],
      claims: [b.claim('c1', 'no military target within two kilometers of it', 'Petro Marchenko', 'grain terminal | no military target')],
    };
    case 'artillery-delivery': return {
      ...empty,
      quotes: [
        b.quote('q1', 'direct', '"Every gun we send is a gun that keeps a city standing,"', 'Tomasz Wilk', 'Wilk', 'Defense Minister'),
        b.quote('q2', 'mixed', 'the deliveries "changed the arithmetic of the southern front."', 'Oksana Lysenko', 'Oksana Lysenko'),
      ],
      figures: [b.figure('f1', '40 self-propelled howitzers', 40, 'equipment', 'Tomasz Wilk', 'self-propelled howitzers')],
      places: [b.place('p1', 'Warsaw', 'Warsaw', 756135), b.place('p2', 'Zaporizhzhia', 'Zaporizhzhia', 687700)],
      equipment: [b.equipment('x1', 'Krab', 'AHS Krab', 'artillery')],
    };
    case 'drone-factory': return {
      ...empty,
      quotes: [b.quote('q1', 'direct', '"We build them faster than they can launch Shaheds,"', 'Oksana Lysenko', 'Lysenko', 'spokeswoman for the Southern Defense Forces')],
      figures: [b.figure('f1', '300 interceptor drones', 300, 'equipment', 'Oksana Lysenko', 'interceptor drones')],
      places: [b.place('p1', 'Zaporizhzhia', 'Zaporizhzhia', 687700)],
      equipment: [b.equipment('x1', 'drone', 'drone', 'drone'), b.equipment('x2', 'Shaheds', 'Shahed-136', 'drone')],
    };
    default: throw new Error(`no hand-written extraction for ${document.id}`);
  }
}

export const FIXTURE_IDS = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();

export function fixtureLedger(name: string): StoredArticle {
  const document = readFixture(name);
  return { document, hash: contentHash(document), extraction: extractionOf(document) };
}

export const corpus = (): StoredArticle[] => FIXTURE_IDS.map(fixtureLedger);
