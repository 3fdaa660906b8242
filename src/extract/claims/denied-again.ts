import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import { dateOf } from './05-date.ts';
import type { TimeExpression } from '../../model/context.ts';
import type { Rebuttal } from '../../model/claims.ts';
import { type Built, tokenSpan } from './built-claims.ts';

/** How far a denial said again reaches after the first: sentences, and paragraphs. */
const AGAIN_SENTENCES = 8;
const AGAIN_PARAGRAPHS = 2;
/** Nouns of a correction that say nothing of what is denied: `This is not a lack of ...`, `That is not the issue`. */
const EMPTY_NOUNS: ReadonlySet<string> = new Set(['lack', 'issue', 'case', 'thing', 'things', 'question', 'problem', 'matter', 'point', 'fact', 'kind', 'sort']);
const AGAIN_COPULAS: ReadonlySet<string> = new Set(['is', 'was', "'s", '’s']);

/**
 * `So the argument that there are no opportunities to drill is just not true. [...] This is not a lack
 * of places to drill. This is not a lack of access to oil.` (issue 14, fourth pass): after a denial, the
 * rebutter's `This/That/It is not ...` a few sentences on denies again the claim it answered whose
 * words it takes up: the first content word after `not` that one of those claims holds chooses it.
 */
export function deniedAgain(doc: Doc, dates: readonly TimeExpression[], all: readonly Built[], ids: ReadonlyMap<Built, string>, found: readonly Rebuttal[]): Rebuttal[] {
  const out: Rebuttal[] = [];
  if (!found.length) return out;
  const byId = new Map<string, Built>();
  for (const b of all) byId.set(ids.get(b)!, b);
  const words = new Map<string, Set<string>>();
  const wordsOf = (id: string): Set<string> => {
    let set = words.get(id);
    if (!set) {
      set = new Set();
      const [s, e] = byId.get(id)!.draft.range;
      for (let k = s; k < e; k++) if (isContent(doc, k)) set.add(stem(doc.lower[k]!));
      words.set(id, set);
    }
    return set;
  };
  const taken = new Set(found.map((r) => r.start));
  let lastSentence = -1;
  for (const r of found) {
    if (r.rule === 'claims/counter-claim') continue;
    const endTok = firstTokenAt(doc, r.end) - 1;
    if (endTok < 0) continue;
    const s0 = Math.max(doc.tokSentence[endTok]!, lastSentence);
    const p0 = doc.tokParagraph[endTok]!;
    for (let sent = s0 + 1; sent < doc.sentStartTok.length && sent - s0 <= AGAIN_SENTENCES; sent++) {
      let a = doc.sentStartTok[sent]!;
      const e = doc.sentEndTok[sent]!;
      if (a >= e || doc.tokParagraph[a]! - p0 > AGAIN_PARAGRAPHS) break;
      while (a < e && doc.tokPos[a] === POS.PUNCT) a++;
      const w0 = doc.lower[a];
      if ((w0 !== 'this' && w0 !== 'that' && w0 !== 'it') || !AGAIN_COPULAS.has(doc.lower[a + 1] ?? '') || (doc.lower[a + 2] !== 'not' && doc.lower[a + 2] !== "n't")) continue;
      if (taken.has(doc.tokStart[a]!)) continue;
      let claim: string | null = null;
      for (let k = a + 3; k < e && !claim; k++) {
        if (!isContent(doc, k) || EMPTY_NOUNS.has(doc.lower[k]!)) continue;
        const w = stem(doc.lower[k]!);
        claim = r.answers.find((id) => byId.has(id) && wordsOf(id).has(w)) ?? null;
      }
      if (!claim) continue;
      let end = e;
      while (end > a && doc.tokPos[end - 1] === POS.PUNCT) end--;
      const own = tokenSpan(doc, [a, end]);
      taken.add(own.start);
      lastSentence = sent;
      out.push({
        id: '', ...own, confidence: 0.55, rule: 'claims/denied-again', claim, answers: [claim], proposition: byId.get(claim)!.key,
        rebutter: r.rebutter, evidence: [tokenSpan(doc, [a + 2, a + 3])], quote: r.quote,
        ...dateOf(doc, dates, a, end, a + 1, a + 1),
      });
    }
  }
  return out;
}

function isContent(doc: Doc, k: number): boolean {
  const p = doc.tokPos[k];
  return (p === POS.NOUN || p === POS.VERB || p === POS.PROPN) && /^[a-z]{4,}$/.test(doc.lower[k]!);
}

const stem = (w: string) => (w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/** The first token that starts at or after character `at`. */
function firstTokenAt(doc: Doc, at: number): number {
  let lo = 0;
  let hi = doc.tokStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokStart[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
