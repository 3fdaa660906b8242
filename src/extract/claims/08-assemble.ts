import type { Doc } from '../../model/doc.ts';
import type { TimeExpression } from '../../model/context.ts';
import type { Claim, Party, Rebuttal } from '../../model/claims.ts';
import { span } from '../../model/span.ts';
import { POS } from '../../model/doc.ts';
import { NO_PARTY } from './02-parties.ts';
import { SIDE_ALIASES, STATE_NAMES, isGenericPredicate } from '../lexicon/claims.ts';
import type { TokenRange } from './03-clauses.ts';
import { nominalKey, propositionKey, type PlaceAntecedents } from './04-proposition.ts';
import { dateOf } from './05-date.ts';
import { finiteIn, type Draft } from './06-claims.ts';
import type { RebuttalDraft } from './07-rebuttals.ts';
import type { QuestionBefore, SaidBefore } from './pointing.ts';
import { deniesOwnPart } from './own-part.ts';
import type { Lemmatizer } from '../../resources/index.ts';

/**
 * Step 8: keys, dates and links. Claims get ids in text order; each rebuttal finds its claim (the one
 * its cue names, the nearest claim before it, or the claim with the same key) or, when the article
 * does not state the claim it denies, an implied claim with no claimant is made from the denied words.
 */
/** How far back a denial that points at a claim (`That was a lie`, `this has not happened`) looks: its paragraph and the one before, at most this many sentences. */
const PREVIOUS_SENTENCES = 6;
const PREVIOUS_PARAGRAPHS = 1;
/** A denial of one's own part (`Kyiv denied taking any hostile action`) names its party, so it may answer a claim further back. */
const PARTY_PARAGRAPHS = 3;
const PARTY_SENTENCES = 12;
/** A claim names who acted early (`Ukrainian forces had shelled ...`): its first tokens are read. */
const PARTY_TOKENS = 24;

interface Built {
  readonly draft: Draft;
  readonly key: string;
}

export function assemble(doc: Doc, places: () => PlaceAntecedents, dates: readonly TimeExpression[], drafts: readonly Draft[], rebuttalDrafts: readonly RebuttalDraft[], lemmatizer: Lemmatizer): { claims: Claim[]; rebuttals: Rebuttal[] } {
  // Words with no predicate (`Newsmax`, `claimed the bodies`) assert nothing a denial could meet.
  const built: Built[] = drafts.map((draft) => ({ draft, key: propositionKey(doc, places, draft.range, lemmatizer) || fallbackKey(doc, draft) }))
    .filter((b) => b.key !== '');
  const implied: Built[] = [];
  // Links need indexes over the claims; most articles have no rebuttal and skip building them.
  const answers: Built[][] = rebuttalDrafts.length ? link(doc, places, built, implied, drafts, rebuttalDrafts, lemmatizer) : [];
  const all = (implied.length ? [...built, ...implied] : built).sort((a, b) => a.draft.range[0] - b.draft.range[0] || a.draft.range[1] - b.draft.range[1]);
  const ids = new Map<Built, string>();
  const claims: Claim[] = all.map((b, i) => {
    const id = `c${i + 1}`;
    ids.set(b, id);
    const d = b.draft;
    const own = tokenSpan(doc, d.range);
    const when = dateOf(doc, dates, d.range[0], d.range[1], d.cue ? d.cue[0] : d.range[0], d.tenseAt);
    // A plain literal, not spreads: this runs once per quotation of every article.
    return {
      id, start: own.start, end: own.end, text: own.text, confidence: d.confidence, rule: d.rule, claimant: d.claimant,
      cue: d.cue ? tokenSpan(doc, d.cue) : null, proposition: b.key, quote: d.quote,
      date: when.date, dateSource: when.dateSource, group: `g${d.group + 1}`,
    };
  });
  const rebuttals: Rebuttal[] = [];
  rebuttalDrafts.forEach((r, i) => {
    const answered = (answers[i] ?? []).map((b) => ids.get(b)!).filter(Boolean);
    if (!answered.length) return;
    rebuttals.push({
      id: '', ...tokenSpan(doc, r.range), confidence: r.confidence, rule: r.rule, claim: answered[0]!, answers: answered,
      proposition: answers[i]![0]!.key, rebutter: r.rebutter, evidence: r.evidence.map((e) => tokenSpan(doc, e)), quote: r.quote,
      ...dateOf(doc, dates, r.range[0], r.range[1], r.cueAt, r.tenseAt),
    });
  });
  // One push each: a spread of 120,000 or more arguments overflows the stack.
  for (const r of deniedAgain(doc, dates, all, ids, rebuttals)) rebuttals.push(r);
  for (const r of counterClaims(doc, dates, all, ids, rebuttals)) rebuttals.push(r);
  rebuttals.sort((a, b) => a.start - b.start || a.end - b.end);
  return { claims, rebuttals: rebuttals.map((r, i) => ({ ...r, id: `r${i + 1}` })) };
}


function link(doc: Doc, places: () => PlaceAntecedents, built: readonly Built[], implied: Built[], drafts: readonly Draft[], rebuttalDrafts: readonly RebuttalDraft[], lemmatizer: Lemmatizer): Built[][] {
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

/**
 * `France will not send troops` after `France would send troops to Ukraine`: a claim of the negated
 * key, by another party, denies the earlier claim it negates, wherever in the article that was.
 * A key without a named thing or with a generic predicate alone (`not want`) matches too much.
 */
function counterClaims(doc: Doc, dates: readonly TimeExpression[], all: readonly Built[], ids: ReadonlyMap<Built, string>, found: readonly Rebuttal[]): Rebuttal[] {
  const out: Rebuttal[] = [];
  const firstWithKey = new Map<string, Built[]>();
  for (const b of all) {
    // `we are not preventing this` after `Russia is accused of preventing the grain ... from leaving`: an
    // accusation is answered by its negation even when neither names a thing.
    const negated = /^(?:(.+) \| )?not (.+)$/.exec(b.key);
    if (negated && !isGenericPredicate(negated[2]!) && b.draft.claimant.name) {
      const asserted = negated[1] ? `${negated[1]} | ${negated[2]}` : negated[2]!;
      const before = firstWithKey.get(asserted) ?? [];
      let target: Built | undefined;
      // The latest few claims of the key only: cost per claim stays flat on an article repeating one claim.
      for (let k = before.length - 1; k >= 0 && k >= before.length - SCAN_LIMIT; k--) {
        const a = before[k]!;
        if (a.draft.rule !== 'claims/implied-by-rebuttal' && !isQuestion(doc, a) && (negated[1] || a.draft.rule === 'claims/accusation' || deniesOwnPart(doc, a.draft, b.draft)) && a.draft.claimant.name?.toLowerCase() !== b.draft.claimant.name!.toLowerCase()) { target = a; break; }
      }
      const at = negationIn(doc, b.draft.range);
      const claimId = target ? ids.get(target)! : '';
      const own = tokenSpan(doc, b.draft.range);
      if (target && at >= 0 && !found.some((r) => r.start === own.start && r.answers.includes(claimId))) {
        out.push({
          id: '', ...own, confidence: 0.7, rule: 'claims/counter-claim', claim: claimId, answers: [claimId], proposition: target.key,
          rebutter: b.draft.claimant, evidence: [tokenSpan(doc, [at, at + 1])], quote: b.draft.quote,
          ...dateOf(doc, dates, b.draft.range[0], b.draft.range[1], b.draft.cue ? b.draft.cue[0] : at, b.draft.tenseAt),
        });
      }
    }
    (firstWithKey.get(b.key) ?? firstWithKey.set(b.key, []).get(b.key)!).push(b);
  }
  return out;
}

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
function deniedAgain(doc: Doc, dates: readonly TimeExpression[], all: readonly Built[], ids: ReadonlyMap<Built, string>, found: readonly Rebuttal[]): Rebuttal[] {
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

/**
 * A claim its cue names but whose words have no predicate: an accusation (`blame us for the
 * consequences`) is one of blame; `the argument that there are no opportunities to drill` is known by
 * its nouns. A quotation without a predicate stays out (`Newsmax`).
 */
function fallbackKey(doc: Doc, draft: Draft): string {
  if (draft.rule === 'claims/accusation') return 'blame';
  if (draft.rule === 'claims/claim-noun') return nounKey(doc, draft.range);
  // `who have claimed that this is an issue of having access`: a clause after `that` with only a light verb
  // is still a claim; `claimed hundreds of thousands of lives`, `announced that probably a day ago` are none.
  if (draft.rule === 'claims/claim-verb' && doc.lower[draft.range[0] - 1] === 'that' && finiteIn(doc, draft.range) >= 0) return nounKey(doc, draft.range);
  return '';
}

/** `the charges against Evan` -> `evan | charges`: the names and the head noun, for a denied phrase without a verb. */
function nounKey(doc: Doc, [s, e]: TokenRange): string {
  const names: string[] = [];
  let head = '';
  for (let k = s; k < e && k < s + 12; k++) {
    if (doc.tokPos[k] === POS.PROPN && names.length < 2 && /^[\p{L}-]+$/u.test(doc.lower[k]!)) names.push(doc.lower[k]!);
    else if (doc.tokPos[k] === POS.NOUN && !head && /^[a-z-]+$/.test(doc.lower[k]!)) head = doc.lower[k]!;
  }
  if (!head) return '';
  return names.length ? `${names.sort().join(' ')} | ${head}` : head;
}

const NEGATION_WORDS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);

function negationIn(doc: Doc, [s, e]: TokenRange): number {
  for (let k = s; k < e; k++) if (NEGATION_WORDS.has(doc.lower[k]!)) return k;
  return -1;
}

function tokenSpan(doc: Doc, [s, e]: TokenRange) {
  return span(doc.text, doc.tokStart[s]!, doc.tokEnd[e - 1]!);
}

function impliedDraft(range: TokenRange, group: number): Draft {
  return { range, claimant: NO_PARTY, cue: null, tenseAt: -1, quote: null, group, rule: 'claims/implied-by-rebuttal', confidence: 0.5, cueIndex: -1 };
}

/** Index of the last claim starting before token `at`. */
function lastBefore(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Whether a claim was made before `r`, close enough to be what it points at: its paragraph or the one before, a few sentences back. */
function withinReach(doc: Doc, b: Built, at: number, paragraphs = PREVIOUS_PARAGRAPHS, sentences = PREVIOUS_SENTENCES): boolean {
  const from = b.draft.range[0];
  return doc.tokSentence[at]! - doc.tokSentence[from]! <= sentences && doc.tokParagraph[at]! - doc.tokParagraph[from]! <= paragraphs;
}

/**
 * `Will France send troops to Ukraine?`: a quotation that asks asserts nothing a denial or a
 * counter-claim could answer. (A claim a question reports, `reports that X ...?`, is a claim, and so is
 * a quotation that states something before it asks: `Russia shelled Kharkiv. Is that an escalation?`.)
 */
function isQuestion(doc: Doc, b: Built): boolean {
  if (b.draft.rule !== 'claims/quotation') return false;
  const firstEnd = Math.min(b.draft.range[1], doc.sentEndTok[doc.tokSentence[b.draft.range[0]]!]!);
  return doc.tokens[firstEnd - 1] === '?' || doc.tokens[firstEnd] === '?';
}

/** `That's true.`, `That is right.`: agreement states nothing a denial could answer (`No, that's not true` is a joke then). */
const ASSENT: ReadonlySet<string> = new Set(['true', 'right', 'correct', 'case', 'so']);

/** `meet lobbyists` and `not meet`: one verb asked about again. */
function samePredicate(a: string, b: string): boolean {
  const predicate = (key: string) => {
    const bar = key.lastIndexOf(' | ');
    const p = bar >= 0 ? key.slice(bar + 3) : key;
    return (p.startsWith('not ') ? p.slice(4) : p).split(' ')[0];
  };
  return predicate(a) === predicate(b);
}

/** A party denies what another claimed: a claim of the rebutter's own is not what it denies. */
function ownClaim(b: Built, r: RebuttalDraft): boolean {
  return ownParty(b.draft.claimant, r);
}

function ownParty(c: Party, r: RebuttalDraft): boolean {
  if (!c.name || !r.rebutter.name) return false;
  if (c.entity !== null && c.entity === r.rebutter.entity) return true;
  // `of Albania Edi Rama` and `Edi Rama`: one name holding the other is one party.
  const mine = c.name.toLowerCase();
  const theirs = r.rebutter.name.toLowerCase();
  return mine === theirs || (theirs.length > 3 && mine.includes(theirs)) || (mine.length > 3 && theirs.includes(mine));
}

/**
 * `That was a lie`: the nearest claim before the statement, within reach, not the statement itself, not
 * the rebutter's own. `These accusations were groundless` names the kind of claim it answers: it reaches
 * as far as a party's denial, but past the usual reach only to claims made by a cue (`accused`, `claimed`).
 */
function previousClaim(doc: Doc, ordered: readonly Built[], starts: readonly number[], r: RebuttalDraft): Built | null {
  const k0 = lastBefore(starts, r.range[0]);
  for (let k = k0; k >= 0 && k0 - k < SCAN_LIMIT; k--) {
    const b = ordered[k]!;
    if (!withinReach(doc, b, r.range[0])) {
      if (!r.named || !withinReach(doc, b, r.range[0], PARTY_PARAGRAPHS, PARTY_SENTENCES)) return null;
      if (b.draft.cueIndex < 0 || ownClaim(b, r)) continue;
      return b;
    }
    if (b.draft.range[1] > r.range[0] && b.draft.quote !== null && b.draft.quote === r.quote && b.draft.rule === 'claims/quotation') continue;
    if (ownClaim(b, r) || isQuestion(doc, b) || ASSENT.has(b.key)) continue;
    return b;
  }
  return null;
}

/** Nouns that, without a possessor, restate someone's claim: `the argument that ...`, `the notion that ...`. */
const RESTATING_NOUNS: ReadonlySet<string> = new Set(['argument', 'notion', 'idea', 'suggestion', 'assertion', 'claim', 'claims', 'narrative', 'premise']);
/** What a claim's restatement may restate: a claim made by a verb of claiming or accusing. */
const RESTATABLE_RULES: ReadonlySet<string> = new Set(['claims/claim-verb', 'claims/accusation']);

/** `the argument that B` with nobody's name on it: the speaker restates a claim made before. */
function isRestatement(doc: Doc, b: Built): boolean {
  return b.draft.rule === 'claims/claim-noun' && !b.draft.claimant.name && b.draft.cue !== null && RESTATING_NOUNS.has(doc.lower[b.draft.cue[0]]!);
}

/** The claim a restatement restates: the nearest claim before it made by a verb of claiming, within the reach of a pointing denial, not the rebutter's. */
function restatedClaim(doc: Doc, ordered: readonly Built[], starts: readonly number[], restatement: Built, r: RebuttalDraft): Built | null {
  const at = restatement.draft.range[0];
  const k0 = lastBefore(starts, at);
  for (let k = k0; k >= 0 && k0 - k < SCAN_LIMIT; k--) {
    const b = ordered[k]!;
    // A few sentences back, over the short paragraphs of a transcript's answer.
    if (!withinReach(doc, b, at, PARTY_PARAGRAPHS, PREVIOUS_SENTENCES)) return null;
    if (b.draft.range[1] <= at && RESTATABLE_RULES.has(b.draft.rule) && !ownClaim(b, r)) return b;
  }
  return null;
}

/** `We have nothing to do with that`: the nearest accusation before it, within the reach of a party's denial. */
function accusationBefore(doc: Doc, ordered: readonly Built[], starts: readonly number[], r: RebuttalDraft): Built | null {
  const k0 = lastBefore(starts, r.range[0]);
  for (let k = k0; k >= 0 && k0 - k < SCAN_LIMIT; k--) {
    const b = ordered[k]!;
    if (!withinReach(doc, b, r.range[0], PARTY_PARAGRAPHS, PARTY_SENTENCES)) return null;
    if (b.draft.rule === 'claims/accusation' && !ownClaim(b, r)) return b;
  }
  return null;
}

/**
 * `Kyiv denied taking any hostile action`: the nearest claim before it, within reach, made by
 * another party, whose words name the rebutter or its side (`Ukrainian forces had shelled ...`).
 * Without such a claim the denial answers nothing: a guess would be a wrong link.
 */
function claimAboutParty(doc: Doc, ordered: readonly Built[], starts: readonly number[], r: RebuttalDraft): Built | null {
  const who = partyWords(r.rebutter.name);
  if (!who.size) return null;
  const k0 = lastBefore(starts, r.range[0]);
  for (let k = k0; k >= 0 && k0 - k < SCAN_LIMIT; k--) {
    const b = ordered[k]!;
    if (!withinReach(doc, b, r.range[0], PARTY_PARAGRAPHS, PARTY_SENTENCES)) return null;
    if (ownClaim(b, r)) continue;
    for (let j = b.draft.range[0]; j < b.draft.range[1] && j < b.draft.range[0] + PARTY_TOKENS; j++) if (who.has(sideOf(doc.lower[j]!))) return b;
  }
  return null;
}

/**
 * `Mr. Peskov's lies`, `Russia is spreading disinformation`: the nearest claim before the denial, within
 * the reach of a party's denial, whose claimant is that party (`Moscow` and `Russia` are one side).
 */
function claimOfParty(doc: Doc, ordered: readonly Built[], starts: readonly number[], r: RebuttalDraft, party: Party): Built | null {
  const k0 = lastBefore(starts, r.range[0]);
  for (let k = k0; k >= 0 && k0 - k < SCAN_LIMIT; k--) {
    const b = ordered[k]!;
    if (!withinReach(doc, b, r.range[0], PARTY_PARAGRAPHS, PARTY_SENTENCES)) return null;
    if (b.draft.range[1] > r.range[0] || isQuestion(doc, b) || ownClaim(b, r)) continue;
    if (sameParty(b.draft.claimant, party)) return b;
  }
  return null;
}

/** One party under two names: the same entity, one name holding the other, or the same state (`Moscow`, `the Kremlin`, `Russia`). */
function sameParty(a: Party, b: Party): boolean {
  if (!a.name || !b.name) return false;
  if (a.entity !== null && a.entity === b.entity) return true;
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  if (x === y || (y.length > 3 && x.includes(y)) || (x.length > 3 && y.includes(x))) return true;
  // `Mr. Peskov` and `Dmitry Peskov`: one surname.
  const last = (n: string) => n.split(/\s+/).pop()!.replace(/['’]s$/, '');
  if (last(x).length > 3 && last(x) === last(y) && /^\p{Lu}/u.test(last(a.name))) return true;
  const sides = (name: string) => [...partyWords(name)].filter((w) => STATE_SIDES.has(w));
  const sa = sides(a.name);
  return sa.length > 0 && sides(b.name).some((w) => sa.includes(w));
}

const STATE_SIDES: ReadonlySet<string> = new Set([...STATE_NAMES.values()].map((v) => v.toLowerCase()));

/** A party's name as words and sides: `Kyiv` -> {ukraine}, `the Kremlin` -> {russia}. */
function partyWords(name: string | null): Set<string> {
  const out = new Set<string>();
  if (!name) return out;
  for (const w of name.toLowerCase().split(/[\s,]+/)) if (w.length > 2 && w !== 'the') out.add(sideOf(w.replace(/['’]s$/, '')));
  return out;
}

/** The side a word names (`ukrainian`, `kyiv` -> `ukraine`), else the word itself. */
function sideOf(w: string): string {
  return STATE_NAMES.get(w)?.toLowerCase() ?? SIDE_ALIASES.get(w) ?? w;
}

const SCAN_LIMIT = 64;
/** Follow-ups of one exchange: a question, its answer, a follow-up and its answer, within this many paragraphs. */
const THREAD_PARAGRAPHS = 4;

function nearestWithKey(ordered: readonly Built[], starts: readonly number[], at: number, key: string): Built | null {
  const k0 = lastBefore(starts, at);
  for (let k = k0; k >= 0 && k0 - k < SCAN_LIMIT; k--) if (ordered[k]!.key === key) return ordered[k]!;
  for (let k = k0 + 1; k < ordered.length && k - k0 < SCAN_LIMIT; k++) if (ordered[k]!.key === key) return ordered[k]!;
  return null;
}

/** `there is no encirclement` answers `Pokrovsk was encircled`: the same predicate, whatever the places. */
function nearestWithPredicate(ordered: readonly Built[], starts: readonly number[], at: number, key: string): Built | null {
  const bar = key.lastIndexOf(' | ');
  const predicate = bar >= 0 ? key.slice(bar + 3) : key;
  if (!predicate) return null;
  const k0 = lastBefore(starts, at);
  const same = (b: Built) => b.key === predicate || b.key.endsWith(' | ' + predicate);
  for (let k = k0; k >= 0 && k0 - k < SCAN_LIMIT; k--) if (same(ordered[k]!)) return ordered[k]!;
  return null;
}

export { finiteIn };
