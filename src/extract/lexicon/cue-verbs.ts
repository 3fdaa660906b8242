/**
 * Verbs and phrases that attribute speech or a stated position to a source. Forms, not lemmas:
 * lookups are one hash probe on the lowercased token. `strength` says how surely the verb reports
 * speech (said: 1) rather than a belief or a finding (believes, shows: lower).
 */
const SPEECH: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added', 'adding'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  stress: ['stress', 'stresses', 'stressed', 'stressing'],
  emphasize: ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised'],
  note: ['note', 'notes', 'noted', 'noting'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  continue: ['continued'],
  ask: ['ask', 'asks', 'asked', 'asking'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  respond: ['respond', 'responds', 'responded', 'responding'],
  write: ['write', 'writes', 'wrote', 'writing'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  state: ['states', 'stated', 'stating'],
  report: ['report', 'reports', 'reported', 'reporting'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  post: ['posted'],
  suggest: ['suggest', 'suggests', 'suggested', 'suggesting'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  recall: ['recall', 'recalls', 'recalled', 'recalling'],
  // `X reminded that ...`, `reminded the audience that ...` (readouts; issue 12, second tune batch).
  remind: ['remind', 'reminds', 'reminded', 'reminding'],
  conclude: ['conclude', 'concludes', 'concluded', 'concluding'],
  predict: ['predict', 'predicts', 'predicted', 'predicting'],
  reveal: ['reveal', 'reveals', 'revealed', 'revealing'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  promise: ['promise', 'promises', 'promised', 'promising'],
  vow: ['vow', 'vows', 'vowed', 'vowing'],
  pledge: ['pledge', 'pledges', 'pledged', 'pledging'],
  assure: ['assure', 'assures', 'assured', 'assuring'],
  urge: ['urge', 'urges', 'urged', 'urging'],
  allege: ['allege', 'alleges', 'alleged', 'alleging'],
  assert: ['assert', 'asserts', 'asserted', 'asserting'],
  maintain: ['maintains', 'maintained'],
  contend: ['contend', 'contends', 'contended'],
  observe: ['observed'],
  remark: ['remarked'],
  comment: ['commented'],
  complain: ['complain', 'complains', 'complained', 'complaining'],
  joke: ['joked'],
  quip: ['quipped'],
  shout: ['shouted'],
  yell: ['yelled'],
  exclaim: ['exclaimed'],
  whisper: ['whispered'],
  concede: ['concede', 'concedes', 'conceded', 'conceding'],
  boast: ['boasted', 'boasts'],
  inform: ['informed'],
  estimate: ['estimated', 'estimates'],
  testify: ['testified'],
  indicate: ['indicated', 'indicates'],
  caution: ['cautioned'],
  threaten: ['threatened'],
  counter: ['countered'],
  agree: ['agreed', 'agrees'],
  accuse: ['accused', 'accuses'],
  dismiss: ['dismissed'],
  reject: ['rejected'],
  brag: ['bragged'],
  mention: ['mentioned'],
  proclaim: ['proclaimed'],
  reiterate: ['reiterated'],
  repeat: ['repeated'],
  underline: ['underlined'],
  underscore: ['underscored'],
  highlight: ['highlighted'],
};

/** Verbs of belief and perception: attributions in PolNeAR's sense, weaker evidence of speech. */
const BELIEF: Record<string, string[]> = {
  believe: ['believe', 'believes', 'believed'],
  think: ['think', 'thinks', 'thought'],
  hope: ['hope', 'hopes', 'hoped'],
  fear: ['fear', 'fears', 'feared'],
  expect: ['expect', 'expects', 'expected'],
  know: ['knows', 'knew'],
  feel: ['feel', 'feels', 'felt'],
};

export interface Cue { readonly lemma: string; readonly strength: number }

const entries = (table: Record<string, string[]>, strength: number): [string, Cue][] =>
  Object.entries(table).flatMap(([lemma, forms]) => forms.map((f): [string, Cue] => [f, { lemma, strength }]));

export const CUE_FORMS: ReadonlyMap<string, Cue> = new Map([...entries(SPEECH, 1), ...entries(BELIEF, 0.6)]);

/** Verbs whose object is the addressee: `told Newsmax`, `informed reporters`. */
export const ADDRESSEE_VERBS: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'urge', 'ask', 'warn', 'remind']);

/** Present participles open a second clause by the same speaker: `he said, adding that ...`. */
export const isParticiple = (form: string) => form.endsWith('ing');

/**
 * Verbs that attach a quoted label or phrase to something rather than report a whole statement:
 * `called the attack "desperate"`, `described the town as "a city of basements"`. The quotation they
 * introduce is partial; no reported clause follows them.
 */
const LABEL_CUES: ReadonlyMap<string, Cue> = new Map(
  [['call', ['called', 'calls', 'calling']], ['brand', ['branded', 'brands']], ['label', ['labeled', 'labelled', 'labels']],
    ['describe', ['described', 'describes', 'describing']], ['refer', ['referred', 'refers', 'referring']],
    ['compare', ['compared', 'compares']], ['speak', ['spoke', 'speaks', 'speaking']], ['thank', ['thanked', 'thanks', 'thanking']],
    ['praise', ['praised', 'praises']], ['condemn', ['condemned', 'condemns']], ['blame', ['blamed', 'blames']]]
    .flatMap(([lemma, forms]) => (forms as string[]).map((f): [string, Cue] => [f, { lemma: lemma as string, strength: 0.7 }])),
);

/**
 * Verbs with a particle that attribute the quotation before them (`"...," the President summed
 * up.`, `"...," he pointed out.`): cues there only, since before a clause they take objects
 * (`summed up the results of the year`). Keyed by the verb; the particle must follow it.
 */
const AFTER_QUOTE_PHRASES: ReadonlyMap<string, { particle: string; cue: Cue }> = new Map([
  ['summed', { particle: 'up', cue: { lemma: 'sum up', strength: 1 } }],
  ['pointed', { particle: 'out', cue: { lemma: 'point out', strength: 1 } }],
]);

/** The phrasal cue whose verb is `lower` when `next` is its particle. */
export function afterQuoteCueOf(lower: string, next: string | undefined): Cue | undefined {
  const p = AFTER_QUOTE_PHRASES.get(lower);
  return p && p.particle === next ? p.cue : undefined;
}

export function labelCueOf(lower: string): Cue | undefined {
  return LABEL_CUES.get(lower);
}

export function cueOf(lower: string): Cue | undefined {
  return CUE_FORMS.get(lower);
}

/**
 * Cue words that report an act, not words (ANNOTATION.md: accusations, thanks, discussion, actions):
 * `accused Washington of ...`, `thanked`, `discussed`, `placed flowers`, `talked to the soldiers`.
 * They stay cues for claims (an accusation is a claim); no quotation is built on them.
 */
const ACT_LEMMAS: ReadonlySet<string> = new Set(['accuse', 'thank', 'praise', 'condemn', 'blame', 'congratulate', 'lash', 'place', 'discuss', 'exchange', 'present', 'consult', 'sign', 'approve', 'condole', 'plan']);
const ACT_FORMS: ReadonlyMap<string, string> = new Map([
  ['congratulated', 'congratulate'], ['lashed', 'lash'], ['lashing', 'lash'], ['placed', 'place'],
  ['discussed', 'discuss'], ['discussing', 'discuss'], ['exchanged', 'exchange'], ['presented', 'present'],
  // The nouns, in a learned cue (`continued their detailed exchange of views on`, `the discussion of`).
  ['exchange', 'exchange'], ['discussion', 'discuss'], ['discussions', 'discuss'],
  // Issue 12, precision (the learned tagger's cues on readouts): `met with X to discuss [U.S. support ...]`,
  // `to consult on`, `signed [the decree]`, `approved [the document]`, `expressed condolences on`,
  // `U.S. plans [to support ...]` (a plan no one is reported to have stated, ANNOTATION.md).
  ['discuss', 'discuss'], ['consult', 'consult'], ['consulted', 'consult'], ['consulting', 'consult'],
  ['sign', 'sign'], ['signs', 'sign'], ['signed', 'sign'], ['signing', 'sign'],
  ['approve', 'approve'], ['approves', 'approve'], ['approved', 'approve'], ['approving', 'approve'],
  ['condolences', 'condole'], ['plans', 'plan'], ['planned', 'plan'], ['planning', 'plan'],
]);
const TALK: ReadonlySet<string> = new Set(['talked', 'talks', 'spoke', 'speaks', 'met', 'meets']);
/** Verbs of deed that the learned tagger mistakes for cues on official texts (`continue to defend their democracy`). */
const DEEDS = /^(?:defend|resist|remember|honou?r|fight|fought|protect|mourn|commemorat|pay|paid|lay|laid|visit)/;

/** Whether the cue word `lower` (followed by `next`) reports an act rather than words. */
export function reportsAct(lower: string, next?: string): boolean {
  const lemma = CUE_FORMS.get(lower)?.lemma ?? LABEL_CUES.get(lower)?.lemma ?? ACT_FORMS.get(lower);
  if (lemma && ACT_LEMMAS.has(lemma)) return true;
  // Whom they spoke with, not what was said.
  return (TALK.has(lower) && (next === 'to' || next === 'with')) || DEEDS.test(lower);
}
