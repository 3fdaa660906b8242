import type { Doc } from '../../model/doc.ts';
import { NO_PARTY } from './02-parties.ts';
import type { TokenRange } from './03-clauses.ts';
import type { Lemmatizer } from '../../resources/index.ts';
import type { RebuttalDraft } from './07-rebuttals.ts';
import { nominalKey, propositionKey, type PlaceAntecedents } from './04-proposition.ts';
import type { Draft } from './06-claims.ts';
import type { QuestionBefore, SaidBefore } from './pointing.ts';
import { isGenericPredicate } from '../lexicon/claims.ts';
import { type Built, lastBefore, SCAN_LIMIT, isQuestion, ASSENT } from './built-claims.ts';
import { nounKey } from './fallback-key.ts';
import { ownClaim, ownParty } from './same-party.ts';
import { previousClaim, isRestatement, restatedClaim, accusationBefore, claimAboutParty, claimOfParty, nearestWithKey, nearestWithPredicate } from './earlier-claim.ts';

/** Step 8's links: which claims each rebuttal answers, the one its cue names, a claim before it, the reporter's question, or a claim it implies. */

/** Follow-ups of one exchange: a question, its answer, a follow-up and its answer, within this many paragraphs. */
const THREAD_PARAGRAPHS = 4;

/** `meet lobbyists` and `not meet`: one verb asked about again. */
function samePredicate(a: string, b: string): boolean {
  const predicate = (key: string) => {
    const bar = key.lastIndexOf(' | ');
    const p = bar >= 0 ? key.slice(bar + 3) : key;
    return (p.startsWith('not ') ? p.slice(4) : p).split(' ')[0];
  };
  return predicate(a) === predicate(b);
}

function impliedDraft(range: TokenRange, group: number): Draft {
  return { range, claimant: NO_PARTY, cue: null, tenseAt: -1, quote: null, group, rule: 'claims/implied-by-rebuttal', confidence: 0.5, cueIndex: -1 };
}

/** For each rebuttal draft, the claims it answers (implied claims made on the way are pushed onto `implied`). */
export function answersOf(doc: Doc, places: () => PlaceAntecedents, built: readonly Built[], implied: Built[], drafts: readonly Draft[], rebuttalDrafts: readonly RebuttalDraft[], lemmatizer: Lemmatizer): Built[][] {
  let nextGroup = drafts.reduce((m, d) => Math.max(m, d.group + 1), 0);
  const byCue = new Map<number, Built[]>();
  for (const b of built) if (b.draft.cueIndex >= 0) (byCue.get(b.draft.cueIndex) ?? byCue.set(b.draft.cueIndex, []).get(b.draft.cueIndex)!).push(b);
  const ordered = [...built].sort((a, b) => a.draft.range[0] - b.draft.range[0]);
  const starts = ordered.map((b) => b.draft.range[0]);
  const groups = new Map<number, Built[]>();
  for (const b of ordered) (groups.get(b.draft.group) ?? groups.set(b.draft.group, []).get(b.draft.group)!).push(b);
  const groupOf = (b: Built): Built[] => (b.draft.cueIndex < 0 ? [b] : groups.get(b.draft.group) ?? [b]);
  /** The claim the last answer to a reporter's question denied, for the follow-ups of that exchange. */
  let thread: { answers: Built[]; paragraph: number } | null = null;

  return rebuttalDrafts.map((r) => {
    const t = r.target;
    if (t.kind === 'cue') {
      const named = byCue.get(t.cueIndex);
      if (named?.length) {
        // `There have been some who have claimed that A. [...] So the argument that B is just not true`: B restates A.
        const first = named[0]!;
        // (`any false notion that ...` calls the notion false where it is named: nobody is said to hold it.)
        const original = r.rule === 'claims/rebut-predicate' && isRestatement(doc, first) ? restatedClaim(doc, ordered, starts, first, r) : null;
        return original ? [...groupOf(original), ...named] : named;
      }
    }
    if (t.kind === 'clause') {
      const key = propositionKey(doc, places, t.range, lemmatizer);
      const same = key ? nearestWithKey(ordered, starts, r.range[0], key) : null;
      if (same) return groupOf(same);
      // `the charges against Evan are baseless`: words with no predicate are still what is denied, known by their nouns.
      const deniedKey = key || nounKey(doc, t.range);
      if (!deniedKey) return [];
      const made: Built = { key: deniedKey, draft: impliedDraft(t.range, nextGroup++) };
      implied.push(made);
      return [made];
    }
    if (t.kind === 'nominal') {
      const key = nominalKey(doc, places, t.noun, t.clause, lemmatizer);
      const same = nearestWithKey(ordered, starts, r.range[0], key) ?? nearestWithPredicate(ordered, starts, r.range[0], key);
      if (same) return groupOf(same);
      const made: Built = { key, draft: impliedDraft([t.noun, t.noun + 1], nextGroup++) };
      implied.push(made);
      return [made];
    }
    if (t.kind === 'party') {
      const about = claimAboutParty(doc, ordered, starts, r);
      return about ? groupOf(about) : [];
    }
    if (t.kind === 'claimant') {
      // `what Mr. Peskov says is a lie`: Peskov's claim before it; none stated, nothing is guessed.
      const theirs = claimOfParty(doc, ordered, starts, r, t.party);
      return theirs ? groupOf(theirs) : [];
    }
    if (t.kind === 'blame') {
      // A party denying its part answers an accusation; the nearest claim otherwise would be a guess
      // (`Alexander Lukashenko told me this` is not what `Russia has nothing to do with it` denies).
      const blamed = accusationBefore(doc, ordered, starts, r);
      return blamed ? groupOf(blamed) : [];
    }
    const previous = previousClaim(doc, ordered, starts, r);
    // `They say that X. That is not true.`: the restated claim is nearer than any claim found before it.
    const said = r.said;
    // (The rebutter's own saying restates nothing it would deny.)
    if (said && (!previous || previous.draft.range[1] <= said.range[0]) && !ownParty(said.claimant, r)) {
      const restated = claimOver(said.range) ?? onDemand(said, 0.6);
      if (!restated) return previous ? groupOf(previous) : [];
      const original = originalOf(restated, r);
      return original ? [...groupOf(original), restated] : [restated];
    }
    const q = r.question;
    if (q && !(previous && previous.draft.range[0] >= q.turn[1] && previous.draft.cueIndex >= 0)) {
      const answered = questionClaim(q, r);
      const at = doc.tokParagraph[r.range[0]]!;
      if (answered.length) { thread = { answers: answered, paragraph: at }; return answered; }
      // `Q You didn't interact with many of his —` / `THE PRESIDENT: They're lies.`: a follow-up that
      // states no new claim (nothing, or the claim denied again) answers what the exchange's first answer denied.
      const stated = statedIn(q);
      const current = thread && at - thread.paragraph <= THREAD_PARAGRAPHS ? thread : null;
      if (current && (!stated || samePredicate(stated.key, current.answers[0]!.key))) { thread = { answers: current.answers, paragraph: at }; return current.answers; }
      // `Q Russia shelled Kharkiv again overnight. Is that an escalation?`: the reporter's own statement.
      if (stated && !ownClaim(stated, r)) { thread = { answers: [stated], paragraph: at }; return [stated]; }
      return [];
    }
    return previous ? groupOf(previous) : [];
  });

  /** A claim already made over `range` (a cue's claim, or one made on demand before). */
  function claimOver([s, e]: TokenRange): Built | null {
    const k0 = lastBefore(starts, e);
    for (let k = k0; k >= 0 && k0 - k < SCAN_LIMIT; k--) {
      const b = ordered[k]!;
      if (b.draft.range[1] > s) return b;
      if (b.draft.range[0] < s - SCAN_LIMIT) break;
    }
    for (const b of implied) if (b.draft.range[0] < e && b.draft.range[1] > s) return b;
    return null;
  }

  /** A claim the article does not make as such (no cue of claiming), made for the denial that answers it. */
  function onDemand(said: SaidBefore, confidence: number): Built | null {
    const rule = said.rule;
    const key = propositionKey(doc, places, said.range, lemmatizer) || nounKey(doc, said.range);
    if (!key) return null;
    const made: Built = {
      key, draft: { range: said.range, claimant: said.claimant, cue: said.cue, tenseAt: said.cue[0], quote: null, group: nextGroup++, rule, confidence, cueIndex: -1 },
    };
    implied.push(made);
    return made;
  }

  /** `Russia claimed ... that Ukraine blocks the ports. [...] They say we block the ports. That is a lie.`: the claim first made, by its key, anywhere before. */
  function originalOf(restated: Built, r: RebuttalDraft): Built | null {
    const bar = restated.key.lastIndexOf(' | ');
    if (isGenericPredicate(bar >= 0 ? restated.key.slice(bar + 3) : restated.key)) return null;
    const k0 = lastBefore(starts, restated.draft.range[0]);
    for (let k = k0; k >= 0 && k0 - k < SCAN_LIMIT; k--) {
      const b = ordered[k]!;
      if (b.key === restated.key && b.draft.range[1] <= restated.draft.range[0] && !ownClaim(b, r) && !isQuestion(doc, b)) return b;
    }
    return null;
  }

  /**
   * What the reporter's question before an answer states: the claims found in its turn (the last one
   * not the answerer's), else the clause it asks about or takes as given (made on demand). A question
   * as a whole is no claim the answer denies.
   */
  /** The last statement the reporter's turn makes as a quotation (not one that only asks). */
  function statedIn(q: QuestionBefore): Built | null {
    const [s, e] = q.turn;
    const k0 = lastBefore(starts, e);
    for (let k = k0; k >= 0 && k0 - k < SCAN_LIMIT; k--) {
      const b = ordered[k]!;
      if (b.draft.range[0] < s) break;
      if (b.draft.rule === 'claims/quotation' && !isQuestion(doc, b) && !ASSENT.has(b.key)) return b;
    }
    return null;
  }

  function questionClaim(q: QuestionBefore, r: RebuttalDraft): Built[] {
    const [s, e] = q.turn;
    const k0 = lastBefore(starts, e);
    for (let k = k0; k >= 0 && k0 - k < SCAN_LIMIT; k--) {
      const b = ordered[k]!;
      if (b.draft.range[0] < s) break;
      if (b.draft.cueIndex >= 0 && !ownClaim(b, r)) return groupOf(b);
    }
    if (!q.asked) return [];
    const asked = claimOver(q.asked.range);
    const made = asked && asked.draft.cueIndex >= 0 ? asked : onDemand(q.asked, 0.55);
    if (!made) return [];
    // `Q Moscow says Ukrainian forces shelled the dam. Did they?`: Moscow's claim, made before, is answered too.
    const original = made.draft.rule === 'claims/restated' ? originalOf(made, r) : null;
    return original ? [...groupOf(original), made] : [made];
  }
}
