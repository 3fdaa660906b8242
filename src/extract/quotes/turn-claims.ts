import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';

/**
 * Which sentences of a long transcript turn make no checkable claim (issue 12, precision; the
 * conventions of ../shared/ANNOTATION.md and the reviewed White House and Kremlin drafts of
 * eval/gold, which leave out opinions, appeals, pledges, hopes and expectations, what was
 * discussed, and formulas). Read after `checkable`'s greeting test in 07-transcripts-readouts.ts:
 * a sentence refused here gives no item, whatever figure or name it holds, except a pledge that
 * counts something (`together with 29 other partners, we're committed to ...`).
 *
 * `lead` is the first word that says something (past `And`, `So`, a vocative); `se` the
 * sentence's end token. Returns the reason, for tests and for reading, or null.
 */
export type NoClaim = 'appeal' | 'stance' | 'pledge' | 'agenda' | 'importance' | 'formula' | 'aside';

export function noClaimIn(doc: Doc, lead: number, se: number): NoClaim | null {
  // Fillers a speaker opens with: `But`, `you know,`, `I mean,`.
  while (lead < se && (doc.tokPos[lead] === POS.CCONJ || doc.tokens[lead] === ',')) lead++;
  while (lead + 2 < se && FILLERS.has(`${doc.lower[lead]} ${doc.lower[lead + 1]}`) && doc.tokens[lead + 2] === ',') lead += 3;
  if (lead >= se) return null;
  if (isAside(doc, lead, se)) return 'aside';
  for (let k = lead; k < se; k++) {
    if (FORMULAS.has(doc.lower[k]!)) return 'formula';
    // `God bless you`, `may God protect the young Ukrainians`: as the sentence's opening, not an
    // aside inside a claim (`the first woman in space was our Valentina Tereshkova, God bless her`).
    if (doc.lower[k] === 'god' && BLESSINGS.has(doc.lower[k + 1] ?? '') && (k === lead || (k === lead + 1 && doc.lower[lead] === 'may'))) return 'formula';
  }
  // `Let's be very clear: ...`, `let me say that ...`: what follows is what is said.
  const said = afterPerformative(doc, lead, se);
  if (said >= 0) return noClaimIn(doc, said, se);
  if (isImperative(doc, lead, se) || isTimeTo(doc, lead, se)) return 'appeal';
  const verb = firstVerb(doc, lead, se);
  if (verb >= 0) {
    const v = doc.lower[verb]!;
    // `I want to specially address ...`, `I want to say that ...`: a statement announced, not a wish.
    // A figure under a hedge is still checkable (`I think passenger traffic reached 87.5 million`).
    if (((MIND.has(v) && !announcesStatement(doc, verb, se)) || APPEAL.has(v)) && !countsSomething(doc, lead, se)) return 'stance';
    // `is laser-focused on` states a priority; `we focused on` reports what was discussed.
    if (DISCUSSION.has(v) && !(v.endsWith('ed') && BE.has(doc.lower[verb - 1]!)) && doc.tokens[verb - 1] !== '-') return 'agenda';
    if (v === 'allow' || v === 'let') if (negatedModal(doc, lead, verb)) return 'appeal';
  }
  // A judgement about a past fact states the fact (`it's really important that we acted together`,
  // `I'm so proud that ... we've made the region more secure`).
  const feeling = feelingOfSpeaker(doc, lead, se);
  if (feeling >= 0 && !pastThat(doc, feeling, se)) return 'stance';
  const judged = importance(doc, lead, se);
  if (judged >= 0 && !pastThat(doc, judged, se)) return 'importance';
  if (pledge(doc, lead, se) && !countsSomething(doc, lead, se)) return 'pledge';
  return null;
}

const BLESSINGS: ReadonlySet<string> = new Set(['bless', 'protect', 'save', 'keep', 'willing']);

const FILLERS: ReadonlySet<string> = new Set(['you know', 'i mean', 'you see', 'of course', 'in fact', 'frankly speaking']);

/** Thanks' kin that say nothing checkable wherever they stand (`Once again, my congratulations to ...`). */
const FORMULAS: ReadonlySet<string> = new Set(['congratulate', 'congratulations', 'congratulating', 'condolences']);

/**
 * Verbs of mind and wish as a sentence's first verb: a belief, hope or expectation, the speaker's
 * (`I fully expect the Speaker to ...`, `I did not believe we could ...`) or ascribed to someone
 * (`Putin thought he would break Ukraine`, `Russia hopes to use winter as a weapon`).
 */
const MIND: ReadonlySet<string> = new Set([
  'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'hope', 'hopes', 'hoped', 'expect', 'expects', 'expected',
  'guess', 'feel', 'feels', 'felt', 'want', 'wants', 'wanted', 'wish', 'wishes', 'wished', 'understand', 'understands',
  'underestimated', 'overestimated', 'assumed', 'imagined', 'dreamed', 'dreamt', 'fear', 'fears', 'feared', 'doubt', 'suppose',
  'argue', 'trust',
]);
/** The speaker's appeals (`I strongly urge my friends in Congress not to wait`, `we call on`). */
const APPEAL: ReadonlySet<string> = new Set(['urge', 'urges', 'appeal', 'implore', 'encourage', 'ask', 'call', 'invite', 'assure', 'reassure']);
/** What was or will be talked about, not what was said (`We also focused on ...`, `we're going to be talking about ...`). */
const DISCUSSION: ReadonlySet<string> = new Set(['discuss', 'discussed', 'discussing', 'talk', 'talked', 'talking', 'focus', 'focused', 'focussed', 'focusing']);
/** Words that carry a verb phrase without being its head (`going to be talking`, `had underestimated`). */
const CARRIERS: ReadonlySet<string> = new Set(['going', 'gon', 'be', 'been', 'being', 'have', 'has', 'had', 'do', 'does', 'did', 'get', 'got']);

/** `(Inaudible). (Laughs.)`: nothing outside parentheses (a turn of stage directions holds no words). */
export function isAside(doc: Doc, lead: number, se: number): boolean {
  let depth = 0;
  for (let k = lead; k < se; k++) {
    const t = doc.tokens[k]!;
    if (t === '(') depth++;
    else if (t === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /\p{L}/u.test(t)) return false;
  }
  return true;
}

const SAY = /^(?:say|said|tell|note|stress|emphasi[sz]e|underline|repeat|recall|remind|point|address|inform|report|highlight|clear|be|make)$/;

/**
 * `Let's be (very) clear: X`, `let me say that X`, `let me just say X`: the token where X starts
 * (after the colon or `that` when there is one), or -1.
 */
function afterPerformative(doc: Doc, lead: number, se: number): number {
  if (doc.lower[lead] !== 'let') return -1;
  const who = doc.lower[lead + 1];
  if (who !== 'me' && who !== 'us' && who !== "'s" && who !== '’s') return -1;
  let k = lead + 2;
  while (k < se && doc.tokPos[k] === POS.ADV) k++;
  if (k >= se || !SAY.test(doc.lower[k]!)) return -1;
  for (let j = k + 1; j < se && j < k + 6; j++) if (doc.tokens[j] === ':' || doc.lower[j] === 'that') return j + 1 < se ? j + 1 : -1;
  return k + 1 < se ? k + 1 : -1;
}

/** `want to address ...`, `would like to say ...`: the wish announces a statement. */
function announcesStatement(doc: Doc, verb: number, se: number): boolean {
  if (!/^(?:want|wants|wanted|wish)$/.test(doc.lower[verb]!) || doc.lower[verb + 1] !== 'to') return false;
  let k = verb + 2;
  while (k < se && doc.tokPos[k] === POS.ADV) k++;
  return k < se && SAY.test(doc.lower[k]!) && doc.lower[k] !== 'be' && doc.lower[k] !== 'make' && doc.lower[k] !== 'clear';
}

export const PERFECT: ReadonlySet<string> = new Set(['have', 'has', 'had', "'ve", '’ve']);

/** The judgement at `adj` takes a `that` clause in the past (`proud that we acted together`, `that ... we've made`). */
function pastThat(doc: Doc, adj: number, se: number): boolean {
  if (doc.lower[adj + 1] !== 'that') return false;
  for (let k = adj + 2; k < se; k++) {
    if (doc.tokPos[k] === POS.VERB && /\p{L}ed$/u.test(doc.lower[k]!)) return true;
    if (PERFECT.has(doc.lower[k]!) && (doc.tokPos[k + 1] === POS.VERB || doc.tokPos[k + 2] === POS.VERB)) return true;
  }
  return false;
}

/** `Make sure ...`, `Stop the games.`, `Let's vote on it.`, `Don't waste time.`: a base verb with no subject. */
function isImperative(doc: Doc, lead: number, se: number): boolean {
  const l = doc.lower[lead]!;
  if ((l === 'do' || l === 'don’t' || l === "don't") && (l !== 'do' || doc.lower[lead + 1] === "n't" || doc.lower[lead + 1] === 'n’t' || doc.lower[lead + 1] === 'not')) return lead + 2 < se;
  if (doc.tokPos[lead] !== POS.VERB || /(?:ed|ing)$/.test(l)) return false;
  // `Said there's no issue ...` is no imperative's form; a base form is what is left after -ed/-ing.
  // `Support for Ukraine remains ...` is a noun the tagger misread; `Stop holding ...` takes a gerund.
  const next = lead + 1;
  return next < se && doc.tokPos[next] !== POS.AUX && (doc.tokPos[next] !== POS.VERB || doc.lower[next]!.endsWith('ing'));
}

/** `It's time to end governing by crisis.` */
function isTimeTo(doc: Doc, lead: number, se: number): boolean {
  for (let k = lead; k + 3 < se && k < lead + 3; k++) {
    if ((doc.lower[k] === 'it' || doc.lower[k] === 'now') && BE.has(doc.lower[k + 1]!) && doc.lower[k + 2] === 'time' && doc.lower[k + 3] === 'to') return true;
  }
  return false;
}

const BE: ReadonlySet<string> = new Set(['is', "'s", '’s', 'was', 'are', 'were', 'be']);

/**
 * The sentence's first verb, past carriers (`going to be`, `had`), outside dashed asides (`the
 * American people — Democrats and Republicans alike — understand ...`) and within its first
 * clause's reach (20 tokens): -1 when there is none.
 */
function firstVerb(doc: Doc, lead: number, se: number): number {
  let aside = false;
  for (let k = lead; k < se && k < lead + 20; k++) {
    const t = doc.tokens[k]!;
    if (t === '—' || t === '–') { aside = !aside; continue; }
    if (aside) continue;
    if (doc.tokPos[k] !== POS.VERB) continue;
    // A participle or an infinitive in an opening phrase (`with the days beginning to turn colder, Russia hopes ...`).
    if ((doc.lower[k - 1] === 'to' || doc.lower[k]!.endsWith('ing')) && doc.tokPos[k - 1] !== POS.AUX) continue;
    if (CARRIERS.has(doc.lower[k]!) && k + 1 < se && (doc.lower[k + 1] === 'to' || doc.tokPos[k + 1] === POS.VERB || doc.tokPos[k + 1] === POS.AUX)) continue;
    return k;
  }
  return -1;
}

/** `We cannot under any circumstance allow ...`, `we can't let ...`: what must not be, an appeal. */
function negatedModal(doc: Doc, lead: number, verb: number): boolean {
  for (let k = Math.max(lead, verb - 6); k < verb; k++) {
    const l = doc.lower[k]!;
    if (l === 'cannot' || l === "can't" || l === 'can’t' || ((l === 'not' || l === "n't" || l === 'n’t') && (doc.lower[k - 1] === 'can' || doc.lower[k - 1] === 'ca'))) return true;
  }
  return false;
}

const FEELINGS: ReadonlySet<string> = new Set(['sick', 'tired', 'proud', 'glad', 'happy', 'pleased', 'delighted', 'honored', 'honoured', 'grateful', 'thankful', 'sure', 'confident', 'convinced', 'worried', 'concerned', 'sad', 'saddened', 'angry', 'outraged', 'disappointed', 'optimistic', 'hopeful']);
const SPEAKER_BE: ReadonlySet<string> = new Set(["i'm", 'i’m', "we're", 'we’re']);

/** `I'm sick and tired of ...`, `We are proud of ...`: the speaker's feeling in the sentence's first clause (its token, or -1). */
function feelingOfSpeaker(doc: Doc, lead: number, se: number): number {
  for (let k = lead; k < se && k < lead + 6; k++) {
    const l = doc.lower[k]!;
    let next = -1;
    if (SPEAKER_BE.has(l)) next = k + 1;
    else if ((l === 'i' || l === 'we') && BE_FIRST.has(doc.lower[k + 1] ?? '')) next = k + 2;
    if (next < 0) continue;
    while (next < se && doc.tokPos[next] === POS.ADV) next++;
    return next < se && FEELINGS.has(doc.lower[next]!) ? next : -1;
  }
  return -1;
}

const BE_FIRST: ReadonlySet<string> = new Set(['am', "'m", '’m', 'are', "'re", '’re', 'was', 'were']);
const IMPORTANT: ReadonlySet<string> = new Set(['important', 'vital', 'crucial', 'essential', 'critical', 'imperative']);
const INTENSIFIERS: ReadonlySet<string> = new Set(['very', 'really', 'so', 'extremely', 'most', 'incredibly', 'absolutely', 'truly', 'particularly', 'especially', ',']);

/**
 * `It is very important that we ...`, `Very, very important that we support Ukraine.`: a judgement
 * of importance as the predicate (after `is` or opening the sentence, before `that`, `to`, `for`),
 * not `critical military support`.
 */
function importance(doc: Doc, lead: number, se: number): number {
  // `What's at stake here are the principles ...`, `That's our goal: ...`.
  if (/^(?:what['’]s|what)$/.test(doc.lower[lead]!) && doc.lower.slice(lead, lead + 4).includes('stake')) return lead;
  if (/^(?:that['’]s|this|that)$/.test(doc.lower[lead]!) && doc.lower.slice(lead + 1, lead + 4).includes('goal')) return lead;
  for (let k = lead; k < se; k++) {
    if (!IMPORTANT.has(doc.lower[k]!)) continue;
    const after = doc.lower[k + 1];
    if (after !== 'that' && after !== 'to' && after !== 'for') continue;
    let j = k - 1;
    while (j >= lead && INTENSIFIERS.has(doc.lower[j]!)) j--;
    if (j < lead || BE.has(doc.lower[j]!) || doc.lower[j] === "it's" || doc.lower[j] === 'it’s') return k;
  }
  return -1;
}

/** What a pledge of continued support continues: `continue to provide`, `continue supporting`. */
const SUPPORT = /^(?:support|stand|provide|help|work|assist|back|aid|strengthen|supply|fund|invest|deliver)/;

/**
 * A pledge of continued support or solidarity, an open-ended promise with nothing to check:
 * `we will continue to provide ...`, `we're committed to helping ...`, `we stand with Ukraine`,
 * `The American people will never waver in our commitment`.
 */
function pledge(doc: Doc, lead: number, se: number): boolean {
  if (promise(doc, lead, se)) return true;
  for (let k = lead; k < se; k++) {
    const l = doc.lower[k]!;
    const next = doc.lower[k + 1] ?? '';
    if ((l === 'continue' || l === 'continues' || l === 'continuing') && finite(doc, k) && ((next === 'to' && SUPPORT.test(doc.lower[k + 2] ?? '')) || (SUPPORT.test(next) && next.endsWith('ing')))) return true;
    if (l === 'committed' && next === 'to') return true;
    // `the world is united in our support`, `we are united in our abhorrence`; not a named party's (`NATO is united`).
    if (l === 'united' && /^(?:in|behind|against)$/.test(next) && BE.has(doc.lower[k - 1] ?? '') && !namedSubjectBefore(doc, lead, k)) return true;
    // Solidarity declared (`we stand with`, `many more have stood with`), not a named party's alignment (`Iran stands with Russia`).
    if ((l === 'stand' || l === 'stands' || l === 'stood' || l === 'standing') && next === 'with' && !namedSubjectBefore(doc, lead, k)) return true;
    if ((l === 'never' || l === 'not') && (doc.lower[k - 1] === 'will' || doc.lower[k - 1] === 'shall') && /^(?:waver|walk|abandon|forget|leave|give|back)$/.test(next)) return true;
  }
  return false;
}

/** `will continue`, `we'll continue`, `is going to continue`, `we continue`: a promise, not `commitments to continue`. */
function finite(doc: Doc, k: number): boolean {
  const before = doc.lower[k - 1] ?? '';
  if (before === 'to') return doc.lower[k - 2] === 'going';
  return /^(?:will|shall|'ll|’ll|we|i|they|also|still|always)$/.test(before);
}

/** The verb at `k` has a proper name right before it, past auxiliaries and adverbs. */
function namedSubjectBefore(doc: Doc, lead: number, k: number): boolean {
  let j = k - 1;
  while (j >= lead && (doc.tokPos[j] === POS.AUX || doc.tokPos[j] === POS.ADV || doc.tokPos[j] === POS.PART)) j--;
  return j >= lead && doc.tokPos[j] === POS.PROPN;
}

const TIME_UNITS = /^(?:days?|weeks?|months?|years?|hours?|minutes?|decades?|centuries|ago|later|earlier|a\.m\.|p\.m\.)$/;

/** Digits that count (`29`, `87.5`, `$20`, `30%`); not an ordinal (`75th`), a model (`F-16s`) or a year. */
const COUNT = /^[$€£]?\d[\d.,]*%?$/;
const YEAR = /^(?:1[89]|20)\d\d$/;

/** A number that counts something (`29 other partners`), not one that says when (`575 days later`, `in 2014`). */
function countsSomething(doc: Doc, lead: number, se: number): boolean {
  for (let k = lead; k < se; k++) {
    const t = doc.tokens[k]!;
    if (!COUNT.test(t) || YEAR.test(t)) continue;
    if (!TIME_UNITS.test(doc.lower[k + 1] ?? '')) return true;
  }
  return false;
}

/**
 * A sentence that opens with the speaker's side promising in the future tense: `we will keep up the
 * pressure`, `we’re going to stay the course`, `the American people will be steadfast`, past
 * `Together with our Allies and partners,`. The reviewed drafts give such sentences no item.
 */
function promise(doc: Doc, lead: number, se: number): boolean {
  let k = lead;
  if (doc.lower[k] === 'together' && doc.lower[k + 1] === 'with') {
    while (k < se && doc.tokens[k] !== ',') k++;
    k++;
  }
  const l = doc.lower[k] ?? '';
  let j: number;
  if (l === "i'm" || l === 'i’m') return doc.lower[k + 1] === 'going' && doc.lower[k + 2] === 'to';
  if (l === 'we' || l === 'i' || l === 'america') j = k + 1;
  else if (l === 'the' && ((doc.lower[k + 1] === 'american' && doc.lower[k + 2] === 'people') || (doc.lower[k + 1] === 'united' && doc.lower[k + 2] === 'states'))) j = k + 3;
  else return false;
  while (j < se && PROMISE_ADVERBS.has(doc.lower[j]!)) j++;
  const aux = doc.lower[j] ?? '';
  let verb: number;
  if (aux === 'will' || aux === 'shall' || aux === "'ll" || aux === '’ll') verb = j + 1;
  else if (GOING_AUX.has(aux) && doc.lower[j + 1] === 'going' && doc.lower[j + 2] === 'to') verb = j + 3;
  else return false;
  while (verb < se && (PROMISE_ADVERBS.has(doc.lower[verb]!) || doc.tokPos[verb] === POS.ADV)) verb++;
  // `I will say this: ...`, `I'll point out that ...`, `I will now show you ...`: what follows is said now.
  return !ANNOUNCING.has(doc.lower[verb] ?? '');
}

/** Verbs that announce what is said now; wider than SAY above (which reads `let me ...`): merging the two moves 5 real-text sentences. */
const ANNOUNCING: ReadonlySet<string> = new Set([
  'say', 'point', 'note', 'tell', 'add', 'repeat', 'mention', 'remind', 'show', 'stress', 'emphasize', 'emphasise', 'underline',
  'underscore', 'reiterate', 'share', 'read', 'confirm', 'announce', 'report',
]);

const PROMISE_ADVERBS: ReadonlySet<string> = new Set(['also', 'still', 'always', 'now', 'then', 'too', 'all']);
const GOING_AUX: ReadonlySet<string> = new Set(['are', "'re", '’re', 'am', "'m", '’m', 'is']);
