/**
 * Structured propositions (issue 14, cross-article disputes): the predicates the two sides of a war
 * assert and deny of each other, their synonyms, the nouns they take, and the words that name a side.
 * Only predicates listed here make a frame: a closed list of things one side accuses the other of,
 * not every verb, so that a generic verb (`see`, `take`, `know`) never sets two claims against each other.
 */

/**
 * Verb lemma -> predicate class. `unleash`/`start`/`begin`/`launch` a war are one act; so are
 * `commit`/`perpetrate` crimes, `cause`/`provoke`/`trigger` a crisis. Phrasal forms (`carry out`,
 * `lead to`, `have nothing to do with`, `be behind`) are in PHRASAL_PREDICATES.
 */
export const PREDICATE_CLASSES: ReadonlyMap<string, string> = new Map([
  ['start', 'start'], ['begin', 'start'], ['launch', 'start'], ['unleash', 'start'], ['initiate', 'start'], ['instigate', 'start'],
  ['commit', 'perpetrate'], ['perpetrate', 'perpetrate'], ['stage', 'perpetrate'], ['orchestrate', 'perpetrate'],
  ['cause', 'cause'], ['provoke', 'cause'], ['trigger', 'cause'],
  ['attack', 'attack'], ['invade', 'attack'],
  ['shell', 'shell'], ['bomb', 'shell'],
  ['develop', 'develop'],
]);

/**
 * Two-word predicates, keyed by the verb's lemma, then the word after it: `carry out` is `commit`,
 * `lead to` is `cause`, `be behind` is `perpetrate`.
 */
export const PHRASAL_PREDICATES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['carry', new Map([['out', 'perpetrate']])],
  ['lead', new Map([['to', 'cause']])],
  ['result', new Map([['in', 'cause']])],
  ['be', new Map([['behind', 'perpetrate'], ['responsible', 'perpetrate']])],
]);

/**
 * `X had nothing to do with Y`, `X has anything to do with Y`: a party's part in an event, the
 * `perpetrate` class; `nothing` negates it.
 */
export const PART_WORDS: ReadonlyMap<string, boolean> = new Map([['nothing', true], ['anything', false], ['something', false]]);

/** Nouns the theme is known by: `an aggression`, `the invasion` and `the war` are one war; `atrocities` are `crimes`. */
export const THEME_CLASSES: ReadonlyMap<string, string> = new Map([
  ['war', 'war'], ['wars', 'war'], ['invasion', 'war'], ['aggression', 'war'], ['hostilities', 'war'],
  ['crimes', 'crimes'], ['crime', 'crimes'], ['atrocities', 'crimes'], ['atrocity', 'crimes'], ['killings', 'crimes'],
  ['killing', 'crimes'], ['massacre', 'crimes'], ['massacres', 'crimes'], ['genocide', 'crimes'],
  ['crisis', 'crisis'], ['shortage', 'shortage'], ['famine', 'famine'], ['hunger', 'famine'],
  ['weapons', 'weapons'], ['weapon', 'weapons'],
]);

/**
 * Words that name a side of the war, as the agent of a predicate: `the Russian army`, `Russian
 * troops`, `the Kremlin`, `Kyiv`. The head noun may be anything (`army`, `military`, `forces`,
 * `regime`); one of these words in the agent's phrase is its side.
 */
export const SIDE_WORDS: ReadonlyMap<string, string> = new Map([
  ['russia', 'Russia'], ['russian', 'Russia'], ['russians', 'Russia'], ["russia's", 'Russia'], ['russia’s', 'Russia'],
  ['moscow', 'Russia'], ['kremlin', 'Russia'], ['russian federation', 'Russia'],
  ['ukraine', 'Ukraine'], ['ukrainian', 'Ukraine'], ['ukrainians', 'Ukraine'], ["ukraine's", 'Ukraine'], ['ukraine’s', 'Ukraine'],
  ['kyiv', 'Ukraine'], ['kiev', 'Ukraine'],
  ['belarus', 'Belarus'], ['belarusian', 'Belarus'], ['minsk', 'Belarus'],
]);

/** First-person words: the agent is the speaker's side when the claim is the speaker's own words. */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['we', 'us', 'our', 'ours', 'ourselves']);

/** Modals before a predicate: a possibility, a plan, a duty or a forecast, not a fact asserted (`could be caused`, `will start`). */
export const HEDGES: ReadonlySet<string> = new Set(['could', 'may', 'might', 'would', 'will', 'shall', 'should', 'must', 'can', 'ca', "'ll", '’ll', "'d", '’d', 'to']);

/** Words that make what follows a condition or a question: `if Russia is targeting civilians`. */
export const CONDITIONS: ReadonlySet<string> = new Set(['if', 'whether', 'unless', 'perhaps', 'possibly']);

/**
 * Heads of a phrase that can be the agent of an act: `the Russian army`, `Russian troops`, `the
 * Kremlin regime`. `the war in Ukraine began`, `Ukraine's European path is beginning`, `Russian bombs
 * began to fall` name a side in a phrase whose head is no agent.
 */
export const AGENT_HEADS: ReadonlySet<string> = new Set([
  'army', 'armies', 'military', 'troops', 'forces', 'force', 'soldiers', 'servicemen', 'units', 'unit', 'regime', 'government',
  'authorities', 'leadership', 'side', 'federation', 'occupiers', 'invaders', 'aggressor', 'command', 'ministry', 'officials',
  'president', 'state', 'country', 'mercenaries', 'militants', 'fighters', 'russians', 'ukrainians', 'people',
]);

/** Words that negate the predicate between its agent and itself. */
export const FRAME_NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'n’t', 'never']);

/** Place nouns before `of`: `the town of Bucha`, `the cities of Bucha, Irpin and Hostomel`. */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(['city', 'cities', 'town', 'towns', 'village', 'villages', 'settlement', 'settlements', 'region', 'oblast']);
