import type { Doc } from '../../model/doc.ts';
import type { Readout } from './readouts.ts';
import { contentEnd, formulaOf, opensNounPhrase, subjectOf } from './object-content.ts';

/**
 * Topic attributions of readouts whose cue is no verb of saying alone (ANNOTATION.md: topic
 * attributions are indirect items with the topic as content; the gold's precedents kr-0053,
 * kr-0073, kr-0023, kr-0150):
 * - `X updated / briefed Y on Z` (not `was briefed on`: its subject heard);
 * - `X assessed Z`, `X cited Z`, `X shared the details (his assessment, his opinion) on / of Z`,
 *   `X gave (provided) a principled assessment (an update, an overview, a detailed account) of / on Z`;
 * - `X reminded (Y) of Z`, `X agreed on Z`, `X focused on Z`, `X reported on Z`, `X talked about Z`.
 * Z is a noun phrase (not `on Monday`, not `this`); it runs to the sentence's end or to a second
 * report by the same subject (`... on A and assessed B`).
 */
export function findReadoutTopics(doc: Doc, inside: Uint8Array): Readout[] {
  const out: Readout[] = [];
  for (let s = 0; s < doc.sentStartTok.length; s++) {
    const ss = doc.sentStartTok[s]!;
    const se = doc.sentEndTok[s]!;
    for (let k = ss + 1; k < se; k++) {
      if (inside[k] || !FIRST.has(doc.lower[k]!)) continue;
      const from = topicStart(doc, k, se);
      if (from < 0 || !opensNounPhrase(doc, from) || POINTING_BACK.has(doc.lower[from]!)) continue;
      const source = subjectOf(doc, k, ss);
      if (!source) continue;
      const end = contentEnd(doc, from, se);
      if (end <= from) continue;
      out.push({ start: from, end, source, cue: [k, from], formula: formulaOf(source, k, from), rule: 'quotes/readout-topic' });
      k = end;
    }
  }
  return out;
}

/** Verbs that take an object then `on` / `of` the topic: `updated his counterpart on`. */
const WITH_OBJECT: ReadonlyMap<string, readonly string[]> = new Map([
  ['updated', ['on']], ['updates', ['on']], ['briefed', ['on']], ['briefs', ['on']], ['reminded', ['of']],
]);
/** Verbs whose topic follows at once, or after a preposition: `assessed Z`, `agreed on Z`. */
const DIRECT: ReadonlyMap<string, readonly string[]> = new Map([
  ['assessed', ['']], ['cited', ['']], ['reminded', ['of']], ['agreed', ['on']], ['focused', ['on']], ['reported', ['on']], ['talked', ['about']],
]);
/** `shared the details on`, `gave a principled assessment of`, `provided an update on`. */
const GIVING = new Set(['shared', 'gave', 'provided', 'offered']);
const GIVEN_NOUNS = new Set(['account', 'details', 'assessment', 'assessments', 'opinion', 'opinions', 'vision', 'update', 'updates', 'overview', 'information', 'evaluation', 'view']);
const GIVEN_PREPS = new Set(['on', 'of', 'about', 'regarding']);
const FIRST: ReadonlySet<string> = new Set([...WITH_OBJECT.keys(), ...DIRECT.keys(), ...GIVING]);
/** `spoke about this`: a topic that points back is no topic of its own. */
const POINTING_BACK: ReadonlySet<string> = new Set(['this', 'that', 'it', 'them', 'him', 'her', 'these', 'those', 'me', 'us', 'you']);
const OBJECT_MAX = 6;
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me', 'you']);

/** Where the topic starts after the cue word at k, or -1 when none of the shapes fits. */
function topicStart(doc: Doc, k: number, se: number): number {
  const w = doc.lower[k]!;
  const direct = DIRECT.get(w);
  if (direct) {
    for (const p of direct) {
      if (p === '') return doc.lower[k + 1] === 'that' || doc.lower[k + 1] === 'as' ? -1 : k + 1;
      if (doc.lower[k + 1] === p) return k + 2;
    }
  }
  const preps = WITH_OBJECT.get(w);
  // `reminded that ...` is a clause (the cue-verb rules'), `updated on` has no object.
  if (preps && (opensNounPhrase(doc, k + 1) || OBJECT_PRONOUNS.has(doc.lower[k + 1]!))) {
    // An object of a few words, no punctuation or verb inside: `the Ukrainian officials`.
    for (let j = k + 2; j < Math.min(se, k + 2 + OBJECT_MAX); j++) {
      if (preps.includes(doc.lower[j]!)) return j + 1;
      if (/^[,.;:!?"“”]$/.test(doc.tokens[j]!)) break;
    }
    return -1;
  }
  if (GIVING.has(w)) {
    for (let j = k + 1; j < Math.min(se, k + 5); j++) {
      if (GIVEN_NOUNS.has(doc.lower[j]!)) return GIVEN_PREPS.has(doc.lower[j + 1]!) ? j + 2 : -1;
      if (/^[,.;:!?"“”]$/.test(doc.tokens[j]!)) break;
    }
  }
  return -1;
}
