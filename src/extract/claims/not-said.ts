import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import type { Context } from './02-parties.ts';
import type { RebuttalDraft } from './07-rebuttals.ts';
import { isQuestionLabel, questionOfTurn } from './pointing.ts';
import { inQuote, speakerAt } from './rebutter.ts';

/**
 * Issue 14, fifth pass: in a transcript, the one answering denies having said what the reporter's
 * question takes as said: `Q How is it that you have determined that X?` / `MR. KIRBY: ... But
 * we've never said that X.`, `I did not say that the sanctions would deter him`, `we did not tell the
 * Israelis that ...`. It answers the reporter's turn before the answer (the claims found there, or what
 * the question takes as given or reports as said), however deep in the answer it stands; a question that
 * only asks (`Are they off the table?`) gives it nothing to answer. Outside a transcript's answer
 * nothing tells whose words are denied, so it is none.
 * Only `I`/`we` deny their own saying; `he never said` reports, `we will never say` foresees.
 */
export function notSaidDrafts(ctx: Context): RebuttalDraft[] {
  const { doc } = ctx;
  if (!hasQuestionTurn(doc)) return [];
  const out: RebuttalDraft[] = [];
  const { lower } = doc;
  for (let k = 2; k < lower.length; k++) {
    if (!SAYING.has(lower[k]!)) continue;
    const neg = lower[k - 1]!;
    if (neg !== 'never' && neg !== 'not' && neg !== "n't") continue;
    // `we never said`, `we've never said`, `I did not say`, `we didn't tell`: the subject a word or an auxiliary back.
    let s = k - 2;
    if (AUXILIARIES.has(lower[s]!) && s > 0) s--;
    if (!OWN.has(lower[s]!) || doc.tokSentence[s] !== doc.tokSentence[k]) continue;
    // `never said`, `have not said` take the past form; `did not say` the base form.
    const base = !PAST_SAYING.has(lower[k]!);
    const aux = lower[k - 2]!;
    if (neg === 'never' ? base : !AUXILIARIES.has(aux) || (aux === 'did' || aux === 'do') !== base) continue;
    // The question must take something as said or given (`How is it that you have determined that X?`,
    // `He said that X. Any reaction?`): a plain question (`Are they off the table?`) states nothing denied.
    const question = questionOfTurn(ctx, k);
    if (!question?.asked) continue;
    // One denial per sentence: `we've never said that — we've never said X` says it twice.
    const last = out[out.length - 1];
    if (last && doc.tokSentence[last.cueAt] === doc.tokSentence[k]) continue;
    // The rebuttal runs over what is denied, to its sentence's end: `I did not say that the sanctions would deter him`.
    let sentEnd = doc.sentEndTok[doc.tokSentence[k]!]!;
    while (sentEnd > k + 1 && doc.tokPos[sentEnd - 1] === POS.PUNCT) sentEnd--;
    const quote = inQuote(ctx, k);
    out.push({
      range: [s, sentEnd], rebutter: speakerAt(ctx, k), evidence: [[k - 1, k + 1]], target: { kind: 'previous' },
      tenseAt: k, cueAt: k, quote: quote?.id ?? null, rule: 'claims/rebut-not-said', confidence: 0.6, said: null, question,
    });
  }
  return out;
}

const SAYING: ReadonlySet<string> = new Set(['said', 'say', 'told', 'tell', 'claimed', 'claim', 'suggested', 'suggest']);
const PAST_SAYING: ReadonlySet<string> = new Set(['said', 'told', 'claimed', 'suggested']);
const AUXILIARIES: ReadonlySet<string> = new Set(['have', "'ve", '’ve', 'did', 'do', 'had', 'has']);
const OWN: ReadonlySet<string> = new Set(['we', 'i']);

/** Whether some paragraph opens a reporter's turn (`Q`, `Question:`): only transcripts are read. */
function hasQuestionTurn(doc: Doc): boolean {
  for (let p = 0; p < doc.paraStartTok.length; p++) if (isQuestionLabel(doc, p)) return true;
  return false;
}
