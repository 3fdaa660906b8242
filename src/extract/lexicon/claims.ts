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
]);

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
]);

/** After `not`, these deny: `not true`, `not the case`. */
export const NEGATED_TRUTH: ReadonlySet<string> = new Set(['true', 'correct', 'accurate', 'case', 'so']);

/** Copulas that join a claim to a rebutting predicate. */
export const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", '’s', 'remains', 'remain']);

/** Words allowed between the copula and the predicate: `was a complete lie`, `are entirely false`. */
export const PREDICATE_FILLERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'complete', 'completely', 'total', 'totally', 'pure', 'purely', 'outright', 'simply', 'just',
  'entirely', 'absolutely', 'blatant', 'another', 'all', 'utter', 'utterly', 'clearly', 'obviously', 'also',
]);

/** Subjects that point back to a claim made just before: `That was a lie`. */
export const ANAPHORS: ReadonlySet<string> = new Set(['that', 'this', 'it', 'these', 'those', 'such', 'which', 'all']);

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
