import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { phraseEndingAt } from '../speakers/find-source.ts';
import type { Readout } from './readouts.ts';
import { contentEnd, formulaOf, opensNounPhrase, subjectOf } from './object-content.ts';

/**
 * A stated position whose content is a noun phrase (ANNOTATION.md: `noted` or `emphasised` + a
 * noun phrase is a topic attribution; the tune gold reads `reaffirmed`, `underscored`,
 * `expressed`, `welcomed`, `commended` the same way):
 * - `We reaffirm our commitment to ...`, `President X underscored the continued support for ...`,
 *   `X expressed his support for ...`, `The group commended the progress made ...`;
 * - `X expressed regret (confidence, hope) that CLAUSE`: the clause is the content, the noun is
 *   part of the cue;
 * - after `and`, the sentence's subject speaks (`X thanked Y and emphasized how important ...`),
 *   also with `that` or `how`, which the cue-verb rules (03) read only with a subject before the cue.
 * Not items: thanks, condolences and congratulations expressed (formulaic), a welcome or praise of
 * people (`welcomed the participants`), and a passive (`It should be noted`).
 */
export function findStanceObjects(doc: Doc, inside: Uint8Array): Readout[] {
  const out: Readout[] = [];
  for (let s = 0; s < doc.sentStartTok.length; s++) {
    const ss = doc.sentStartTok[s]!;
    const se = doc.sentEndTok[s]!;
    for (let k = ss + 1; k < se; k++) {
      const w = doc.lower[k]!;
      if (inside[k] || !STANCE.has(w)) continue;
      // `the diplomatic notes`, `a welcome step`, `under stress`: a noun or an adjective, no verb.
      const prev = doc.tokPos[k - 1];
      if (prev === POS.DET || prev === POS.ADJ || prev === POS.NUM || prev === POS.ADP) continue;
      // Cue-verb rules read `X noted that ...` with its subject; only the coordinated one is ours.
      const clause = doc.lower[k + 1] === 'that' || doc.lower[k + 1] === 'how';
      if (clause && phraseEndingAt(doc, k, ss)) continue;
      let from = clause ? (doc.lower[k + 1] === 'that' ? k + 2 : k + 1) : k + 1;
      let cueEnd = from;
      if (!clause) {
        if (!opensNounPhrase(doc, from) || POINTING_BACK.has(doc.lower[from]!)) continue;
        if (FORMULAIC.has(headNoun(doc, from, se))) continue;
        // `welcomed Chancellor Scholz` is a greeting; `commended Japan's bold leadership` a position.
        const possessive = doc.lower[from + 1] === "'s" || doc.lower[from + 1] === '’s';
        if (PRAISE.has(w) && ((doc.tokPos[from] === POS.PROPN && !possessive) || PEOPLE.has(headNoun(doc, from, se)))) continue;
        // `expressed regret that CLAUSE`: the noun belongs to the cue.
        const that = expressedThat(doc, k, se);
        if (that > 0) { from = that + 1; cueEnd = that + 1; }
      }
      const source = subjectOf(doc, k, ss);
      if (!source) continue;
      const end = contentEnd(doc, from, se);
      if (end - from < 2) continue;
      out.push({ start: from, end, source, cue: [k, cueEnd], formula: formulaOf(source, k, from), rule: 'quotes/stance-object' });
      k = end;
    }
  }
  return out;
}

const forms = (...f: string[]) => f;
const STANCE: ReadonlySet<string> = new Set([
  ...forms('reaffirm', 'reaffirms', 'reaffirmed'), ...forms('reiterate', 'reiterates', 'reiterated'),
  ...forms('underscore', 'underscores', 'underscored'), ...forms('underline', 'underlines', 'underlined'),
  ...forms('emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasises', 'emphasised'),
  ...forms('stress', 'stresses', 'stressed'), ...forms('highlight', 'highlights', 'highlighted'), ...forms('noted', 'notes'),
  ...forms('expressed', 'expresses', 'express'), ...forms('welcomed', 'welcomes', 'welcome'), ...forms('commended', 'commends', 'commend'),
]);
const PRAISE: ReadonlySet<string> = new Set(['welcomed', 'welcomes', 'welcome', 'commended', 'commends', 'commend']);
/** Expressed, they are thanks and wishes, not a position (ANNOTATION.md). */
const FORMULAIC: ReadonlySet<string> = new Set(['gratitude', 'thanks', 'appreciation', 'condolences', 'congratulations', 'sympathy', 'sympathies', 'wishes', 'greetings', 'respect', 'admiration']);
/** Whom one welcomes or commends is no content. */
const PEOPLE: ReadonlySet<string> = new Set(['participants', 'guests', 'guest', 'delegation', 'delegations', 'leaders', 'leader', 'colleagues', 'friends', 'visitors', 'everyone', 'all', 'team', 'members', 'students', 'soldiers', 'servicemen', 'people', 'him', 'her', 'them', 'president', 'minister', 'ambassador', 'counterpart', 'decision-makers', 'volunteers', 'defenders', 'heroes', 'workers', 'doctors', 'rescuers', 'partners']);
const POINTING_BACK: ReadonlySet<string> = new Set(['this', 'that', 'it', 'these', 'those']);

/** The first noun of the phrase at `from` (lowercased), past determiners and adjectives; '' if none near. */
function headNoun(doc: Doc, from: number, se: number): string {
  for (let j = from; j < Math.min(se, from + 4); j++) if (doc.tokPos[j] === POS.NOUN || doc.tokPos[j] === POS.PROPN) return doc.lower[j]!;
  return '';
}

/** `expressed (his) regret that`, `expressed confidence that`: the `that` after a noun or two, or -1. */
function expressedThat(doc: Doc, k: number, se: number): number {
  if (!doc.lower[k]!.startsWith('express')) return -1;
  for (let j = k + 1; j < Math.min(se - 1, k + 5); j++) {
    if (doc.lower[j] === 'that') return j;
    if (doc.tokPos[j] !== POS.NOUN && doc.tokPos[j] !== POS.ADJ && doc.tokPos[j] !== POS.PRON && doc.tokPos[j] !== POS.DET) return -1;
  }
  return -1;
}
