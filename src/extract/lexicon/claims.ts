/**
 * Words of claiming and denying, as data. Lowercased keys, looked up per token by hash.
 */

/** Verbs that attribute a claim to their subject: `X declared that ...`, `X claims ...`. */
export const CLAIM_VERBS: ReadonlySet<string> = new Set([
  'declared', 'declares', 'declare', 'claimed', 'claims', 'claim', 'asserted', 'asserts', 'alleged', 'alleges',
  'announced', 'announces', 'insisted', 'insists', 'proclaimed', 'proclaims', 'boasted', 'boasts', 'maintained',
  'maintains', 'contended', 'contends',
]);

/** Nouns that name a claim: `Moscow's claims that ...`, `Russian assertions that ...`. */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'claims', 'claim', 'assertion', 'assertions', 'allegation', 'allegations', 'reports', 'report', 'statement',
  'statements', 'announcement', 'boasts', 'insistence', 'suggestions', 'suggestion', 'accusations', 'accusation',
  'rumors', 'rumours', 'rumor', 'rumour',
  // issue 14, real text: `Russia's information narrative that ...`, `the false premise that ...`, `the myth of ...`,
  // `a presumption here that ...`, `the argument that ...`, `the stories about ...`, `the information that ...`
  'narrative', 'notion', 'premise', 'myth', 'myths', 'argument', 'story', 'stories', 'prediction', 'predictions',
  'presumption', 'information', 'lie', 'lies', 'fabrication', 'fabrications',
  // issue 14, fourth pass: `spreading disinformation about biological weapons in Ukraine`, `fakes that ...`
  'disinformation', 'misinformation', 'propaganda', 'fakes', 'falsehood', 'falsehoods',
]);

/** Claim nouns that call the claim false by themselves: `the myth of Russia's backwardness`, `the lie that ...`. */
export const REBUTTING_NOUNS: ReadonlySet<string> = new Set([
  'myth', 'myths', 'lie', 'lies', 'fabrication', 'fabrications',
  'disinformation', 'misinformation', 'propaganda', 'fakes', 'falsehood', 'falsehoods',
]);

/**
 * Rebutting nouns that name whose claim is false when nothing follows them (issue 14, fourth pass):
 * `contrary to Mr. Peskov's lies`, `Russia keeps spreading disinformation`. They answer that party's
 * claim made before, or nothing.
 */
export const CLAIMANT_REBUT_NOUNS: ReadonlySet<string> = new Set([
  'lie', 'lies', 'fabrication', 'fabrications', 'disinformation', 'misinformation', 'propaganda', 'fakes', 'falsehoods', 'nonsense',
]);

/** Verbs whose object is another party's false claim: `spreading disinformation`, `peddling lies`. */
export const SPREAD_VERBS: ReadonlySet<string> = new Set([
  'spread', 'spreads', 'spreading', 'peddle', 'peddles', 'peddled', 'peddling', 'disseminate', 'disseminates',
  'disseminated', 'disseminating', 'tell', 'tells', 'telling', 'told',
]);

/** `What Mr. Peskov says is a lie`: the verbs of saying after `what X` that make the subject X's claim. */
export const WHAT_SAYS_VERBS: ReadonlySet<string> = new Set([
  'says', 'said', 'say', 'claims', 'claimed', 'claim', 'saying', 'claiming', 'alleges', 'alleged', 'asserts', 'asserted', 'states', 'stated',
]);

/** Predicates that deny only a claim named or pointed at (`rumors of X were greatly exaggerated`), never bare words (`the threat is exaggerated`). */
export const NAMED_ONLY_PREDICATES: ReadonlySet<string> = new Set(['exaggerated', 'overblown', 'overstated']);

/** Words before a claim noun or an accusation that call it false: `any false notion that ...`, `groundlessly accused of`. */
export const REBUTTING_MODIFIERS: ReadonlySet<string> = new Set([
  'false', 'baseless', 'groundless', 'fabricated', 'fake', 'bogus', 'unfounded', 'lies', 'falsely', 'groundlessly',
  'baselessly', 'wrongly', 'wrongfully', 'unfoundedly',
]);

/** Verbs of accusing: `X accused Y of ...`, `Y is accused of ...`, `X blames Y for ...` (issue 14). */
export const ACCUSE_VERBS: ReadonlySet<string> = new Set([
  'accused', 'accuses', 'accuse', 'accusing', 'blame', 'blamed', 'blames', 'blaming',
]);

/**
 * After an expletive `it`, these deny the clause that follows: `it would be incorrect to conclude that ...`;
 * after a subject headed by a claim noun, the claim it names (`the accusations are absurd`). Alone they judge.
 */
export const EXPLETIVE_PREDICATES: ReadonlySet<string> = new Set(['incorrect', 'wrong', 'inaccurate', 'absurd', 'ridiculous', 'preposterous']);
/** Of those, the ones that judge what they are said of: `it is absurd that X` asserts X; `it is absurd to claim that X` denies it. */
export const SAYING_ONLY_PREDICATES: ReadonlySet<string> = new Set(['absurd', 'ridiculous', 'preposterous']);

/** `X has nothing to do with this`: after `nothing to do with`, these point back to a claim. */
export const NOTHING_TO_DO_OBJECTS: ReadonlySet<string> = new Set(['this', 'that', 'it', 'these', 'those']);

/** Before a word that is both noun and verb (`claims`), these make it the noun. */
export const NOUN_MARKERS: ReadonlySet<string> = new Set([
  "'s", '’s', 'the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'such', 'any', 'earlier', 'false',
  'repeated', 'new', 'latest', 'recent', 'of', 'a', 'an', 'dismissed', 'rejected', 'denied', 'refuted', 'disputed',
  'debunked', 'dismisses', 'rejects', 'denies', 'refutes', 'disputes', 'dismiss', 'reject', 'deny', 'refute',
]);

/** Verbs whose subject denies what follows: `X denied ...`, `X dismissed claims that ...`. */
export const REBUT_VERBS: ReadonlySet<string> = new Set([
  'denied', 'denies', 'deny', 'dismissed', 'dismisses', 'dismiss', 'rejected', 'rejects', 'reject', 'refuted',
  'refutes', 'refute', 'disputed', 'disputes', 'dispute', 'debunked', 'debunks', 'contradicted', 'contradicts',
]);

/** Predicates that call a claim untrue after a copula: `That was a lie`, `are fabricated`. */
export const REBUT_PREDICATES: ReadonlySet<string> = new Set([
  'lie', 'lies', 'fabricated', 'fabrication', 'fabrications', 'false', 'untrue', 'baseless', 'groundless', 'fake',
  'nonsense', 'propaganda', 'disinformation', 'misinformation', 'fiction', 'invented', 'bogus', 'unfounded',
  'misleading', 'fantasy', 'fantasies',
  // `They are bluffing`, `they are lying`
  'bluffing', 'lying',
  // `rumors of X were greatly exaggerated` (NAMED_ONLY_PREDICATES)
  'exaggerated', 'overblown', 'overstated',
]);

/** `an attempt to pin the blame on someone else`, `shift the blame`: the speaker disputes an accusation. */
export const BLAME_SHIFTING: ReadonlySet<string> = new Set(['pin', 'shift', 'shifting', 'pinning', 'place', 'placing', 'put', 'putting']);

/** After `not`, these deny: `not true`, `not the case`. */
export const NEGATED_TRUTH: ReadonlySet<string> = new Set(['true', 'correct', 'accurate', 'case', 'so']);

/** Verbs of happening: negated after an auxiliary they deny an event (`this has not happened`, `it never happened`). */
export const HAPPEN_VERBS: ReadonlySet<string> = new Set(['happened', 'happen', 'happening', 'occurred', 'occur', 'occurring']);
/** Auxiliaries before a negated verb of happening. */
export const HAPPEN_AUX: ReadonlySet<string> = new Set(['has', 'have', 'had', 'did']);

/** `there was no sign of a Ukrainian attack`: the nouns of evidence between `no` and the event denied. */
export const EVIDENCE_NOUNS: ReadonlySet<string> = new Set(['sign', 'signs', 'evidence', 'indication', 'indications', 'trace', 'traces', 'proof']);

/** `denied involvement`, `denied responsibility for`: what a party denies about itself, with no clause. */
export const SELF_DENIAL_NOUNS: ReadonlySet<string> = new Set(['involvement', 'responsibility', 'role', 'participation', 'part']);

/** Copulas that join a claim to a rebutting predicate. */
export const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", '’s', "'re", '’re', 'remains', 'remain']);

/** `Russia is trying to spread this lie`, `who would buy this nonsense`: a rebutting noun after a pointing word names the claim just made false. */
export const POINTING_REBUT_NOUNS: ReadonlySet<string> = new Set([
  'lie', 'lies', 'nonsense', 'fabrication', 'fabrications', 'fake', 'fakes', 'disinformation', 'falsehood', 'falsehoods', 'fiction', 'slander',
]);
export const POINTERS: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those', 'such']);

/** Words allowed between the copula and the predicate: `was a complete lie`, `are entirely false`. */
export const PREDICATE_FILLERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'complete', 'completely', 'total', 'totally', 'pure', 'purely', 'outright', 'simply', 'just',
  'entirely', 'absolutely', 'blatant', 'another', 'all', 'utter', 'utterly', 'clearly', 'obviously', 'also',
  // `just a bunch of lies`, `a pack of lies`
  'bunch', 'pack', 'load', 'of',
]);

/** Subjects that point back to a claim made just before: `That was a lie`. */
export const ANAPHORS: ReadonlySet<string> = new Set(['that', 'this', 'it', 'these', 'those', 'such', 'which', 'all', 'they']);

/** Present-tense finite forms: a statement in the present stands at the article's date. */
export const PRESENT_FORMS: ReadonlySet<string> = new Set([
  'is', 'are', 'am', "'s", '’s', 'has', 'have', 'do', 'does', 'says', 'say', 'claims', 'claim', 'denies', 'deny',
  'insists', 'insist', 'maintains', 'maintain', 'rejects', 'reject', 'dismisses', 'dismiss', 'tells', 'remains',
  'remain', 'declares', 'asserts', 'alleges', 'disputes', 'refutes', 'contends',
]);
export const PAST_FORMS: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did', 'said', 'told']);

/** Nominalizations read as their verb, so that `there is no encirclement` meets `was encircled`. */
export const NOMINAL_VERBS: ReadonlyMap<string, string> = new Map([
  ['encirclement', 'encircle'], ['capture', 'capture'], ['fall', 'fall'], ['withdrawal', 'withdraw'],
  ['retreat', 'retreat'], ['breakthrough', 'break'], ['occupation', 'occupy'], ['liberation', 'liberate'],
  ['collapse', 'collapse'], ['surrender', 'surrender'], ['attack', 'attack'], ['offensive', 'attack'],
  ['strike', 'strike'], ['shelling', 'shell'], ['advance', 'advance'], ['seizure', 'capture'], ['loss', 'lose'],
  ['destruction', 'destroy'], ['ceasefire', 'ceasefire'], ['blockade', 'blockade'], ['siege', 'besiege'],
  ['attacks', 'attack'], ['strikes', 'strike'], ['invasion', 'invade'], ['incursion', 'invade'], ['deployment', 'deploy'],
  ['buildup', 'deploy'], ['build-up', 'deploy'], ['mobilization', 'mobilize'], ['mobilisation', 'mobilize'], ['provocation', 'provoke'],
  ['bombardment', 'shell'], ['bombing', 'bomb'], ['assault', 'attack'], ['incursions', 'invade'],
]);

/** Predicates that say the same thing in the war's usual phrasings. */
export const PREDICATE_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['surround', 'encircle'], ['encircle', 'encircle'], ['seize', 'capture'], ['occupy', 'capture'],
  ['liberate', 'capture'], ['retake', 'capture'], ['recapture', 'capture'], ['overrun', 'capture'],
  ['besiege', 'encircle'], ['cut', 'encircle'], ['down', 'shoot'], ['intercept', 'shoot'],
]);

/** Verbs that carry no proposition of their own inside a claim. */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'including', 'include', 'be', 'have', 'do', 'say', 'said', 'says', 'according', 'get', 'make', 'become', 'continue',
  'remain', 'remains', 'remained', 'seem', 'seems', 'appear', 'try', 'begin', 'start', 'keep', 'go', 'going',
]);

/** Nouns that stand for the place the article is about: `the city is encircled`. */
export const PLACE_ANAPHORS: ReadonlySet<string> = new Set(['city', 'town', 'village', 'settlement', 'stronghold']);

/** Claimant names that stand for a state's government (metonymy): read as the state. */
export const STATE_NAMES: ReadonlyMap<string, string> = new Map([
  ['russia', 'Russia'], ['russian federation', 'Russia'], ['moscow', 'Russia'], ['kremlin', 'Russia'], ['russian', 'Russia'],
  ['ukraine', 'Ukraine'], ['kyiv', 'Ukraine'], ['kiev', 'Ukraine'], ['ukrainian', 'Ukraine'],
]);

/** Demonyms and metonyms of other parties, for telling whose action a denial speaks of (`France` denies what `French troops` did). */
export const SIDE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['ukrainians', 'ukraine'], ['russians', 'russia'], ['french', 'france'], ['paris', 'france'], ['elysee', 'france'],
  ['british', 'britain'], ['london', 'britain'], ['uk', 'britain'], ['american', 'united states'], ['washington', 'united states'],
  ['u.s.', 'united states'], ['us', 'united states'], ['german', 'germany'], ['berlin', 'germany'], ['polish', 'poland'],
  ['warsaw', 'poland'], ['belarusian', 'belarus'], ['minsk', 'belarus'], ['moldovan', 'moldova'], ['chisinau', 'moldova'],
]);

/**
 * Predicates too general to say what is claimed on their own: `take`, `want`, `put`. Keys with one
 * of these carry its object (`want war`); one alone never links a denial by its key and never
 * makes a contradiction.
 */
export const GENERIC_PREDICATES: ReadonlySet<string> = new Set([
  'take', 'look', 'put', 'want', 'be', 'have', 'do', 'make', 'get', 'go', 'say', 'come', 'give', 'see', 'know', 'think',
  'need', 'use', 'tell', 'ask', 'work', 'seem', 'feel', 'try', 'leave', 'call', 'keep', 'let', 'begin', 'show', 'hear',
  'play', 'run', 'move', 'like', 'live', 'believe', 'hold', 'bring', 'happen', 'write', 'provide', 'sit', 'stand',
  'set', 'meet', 'include', 'continue', 'change', 'lead', 'understand', 'watch', 'follow', 'stop', 'speak', 'allow',
  'add', 'spend', 'open', 'walk', 'offer', 'remember', 'consider', 'appear', 'wait', 'serve', 'send', 'expect',
  'build', 'stay', 'reach', 'remain', 'suggest', 'raise', 'pass', 'require', 'report', 'decide', 'pull', 'discuss',
  'talk', 'help', 'thank', 'wish', 'hope', 'prepare', 'plan', 'support', 'note', 'mean', 'interest', 'pay', 'find',
  'blame', 'accuse', 'refer',
]);

/** `want`, `not take`, `take` with no object: a predicate that says too little alone. `send troops` is not. */
export function isGenericPredicate(head: string): boolean {
  let h = head.startsWith('not ') ? head.slice(4) : head;
  if (h.startsWith('must ')) h = h.slice(5);
  const space = h.indexOf(' ');
  return GENERIC_PREDICATES.has(h) || (space > 0 && NEVER_CLAIMED.has(h.slice(0, space)));
}

/** Predicates that assert nothing whatever their object: `I'd refer you to the Pentagon for specifics`. */
const NEVER_CLAIMED: ReadonlySet<string> = new Set(['refer', 'thank', 'wish', 'welcome']);

/** Words of courtesy a quotation opens with (`Thank you`, `I wish you success`): it asserts nothing checkable. */
export const COURTESY_WORDS: ReadonlySet<string> = new Set([
  'thank', 'thanks', 'congratulate', 'congratulations', 'hello', 'goodbye', 'greetings', 'wish', 'grateful',
  'gratitude', 'condolences', 'bye', 'cheers', 'applause',
]);

/** Cues of courtesy: `thanked X for supporting Ukraine`, `congratulated`, `welcomed the guests`. */
export const COURTESY_CUES: ReadonlySet<string> = new Set([
  'thank', 'thanks', 'thanked', 'thanking', 'congratulate', 'congratulated', 'congratulating', 'greet', 'greeted',
  'wish', 'wished', 'welcomed', 'welcome', 'welcomes', 'appreciate', 'appreciated',
]);

/** `Good afternoon`: after `good`, these make a greeting. */
export const GREETING_TIMES: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night', 'day']);

/** `leaders of the breakaway territories`: the people who speak for a group, before `of`; the claimant is the whole phrase. */
export const GROUP_HEADS: ReadonlySet<string> = new Set([
  'leaders', 'heads', 'representatives', 'officials', 'members', 'spokesmen', 'spokespeople', 'spokespersons',
  'commanders', 'envoys', 'delegations', 'delegates', 'authorities', 'residents', 'monitors', 'observers', 'experts',
]);

/**
 * Cues of proposals, requests and orders: `called on Congress to act`, `offered to let Republicans
 * propose amendments`. What they report is wanted, not asserted: nothing a denial could call false.
 */
export const PROPOSAL_CUES: ReadonlySet<string> = new Set([
  'offered', 'offers', 'offer', 'proposed', 'proposes', 'propose', 'suggested', 'suggests', 'urged', 'urges', 'urge',
  'called', 'calls', 'asked', 'asks', 'invited', 'invites', 'requested', 'requests', 'demanded', 'demands', 'appealed',
  'appeals', 'instructed', 'instructs', 'ordered', 'orders', 'encouraged', 'encourages', 'advised', 'advises', 'recommended',
  'recommends', 'invite', 'ask', 'call',
]);

/** Modals of obligation: `Congress must act` is an exhortation, not the claim that it acts; its key says so (`must act`). */
export const DEONTIC_MODALS: ReadonlySet<string> = new Set(['must', 'should', 'ought']);

/** `Kyiv called the claim a provocation`, `described the reports as disinformation`: verbs that name a claim false (issue 14, fifth pass). */
export const CALLING_VERBS: ReadonlySet<string> = new Set([
  'called', 'calls', 'call', 'calling', 'described', 'describes', 'describe', 'describing', 'branded', 'brands', 'brand', 'branding',
  'labelled', 'labeled', 'labels', 'label', 'termed', 'terms', 'dubbed', 'dubs',
]);
/** Besides the rebutting predicates, what a claim is called when it is called false: `called the reports a provocation`. */
export const CALLED_FALSE_WORDS: ReadonlySet<string> = new Set([
  'provocation', 'slander', 'falsehood', 'falsehoods', 'hoax', 'smear', 'canard', 'fakes', 'lies', 'unfounded', 'fabrication', 'untrue', 'inaccurate',
]);
