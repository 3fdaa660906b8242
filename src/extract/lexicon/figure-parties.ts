/**
 * Sides a figure may belong to ("whose"): states, armed groups, their capitals as metonyms and
 * their demonyms. Lowercased keys; the value is how the side is named.
 */
export const PARTIES: ReadonlyMap<string, string> = new Map([
  ['russia', 'Russia'], ['russian', 'Russian'], ['russians', 'Russians'], ['moscow', 'Moscow'], ['kremlin', 'Kremlin'],
  ['ukraine', 'Ukraine'], ['ukrainian', 'Ukrainian'], ['ukrainians', 'Ukrainians'], ['kyiv', 'Kyiv'], ['kiev', 'Kiev'],
  ['israel', 'Israel'], ['israeli', 'Israeli'], ['israelis', 'Israelis'], ['idf', 'IDF'], ['hamas', 'Hamas'],
  ['palestinian', 'Palestinian'], ['palestinians', 'Palestinians'], ['hezbollah', 'Hezbollah'], ['iran', 'Iran'],
  ['iranian', 'Iranian'], ['syria', 'Syria'], ['syrian', 'Syrian'], ['belarus', 'Belarus'], ['belarusian', 'Belarusian'],
  ['wagner', 'Wagner'], ['chechen', 'Chechen'], ['nato', 'NATO'], ['american', 'American'],
  ['americans', 'Americans'], ['u.s.', 'U.S.'], ['british', 'British'], ['french', 'French'],
  ['german', 'German'], ['polish', 'Polish'], ['korean', 'Korean'], ['houthi', 'Houthi'], ['houthis', 'Houthis'],
  ['sudanese', 'Sudanese'], ['rsf', 'RSF'], ['yemeni', 'Yemeni'], ['lebanese', 'Lebanese'], ['georgian', 'Georgian'],
  ['azerbaijani', 'Azerbaijani'], ['armenian', 'Armenian'], ['turkish', 'Turkish'], ['chinese', 'Chinese'],
  ['enemy', 'enemy'], ['separatist', 'separatist'], ['pro-russian', 'pro-Russian'], ['kurdish', 'Kurdish'],
]);

/** Verbs that make a side the agent of a count, not its owner: "Ukraine killed 300 soldiers". */
export const AGENT_VERBS: ReadonlySet<string> = new Set([
  'killed', 'kill', 'kills', 'destroyed', 'destroys', 'downed', 'shot', 'eliminated', 'neutralized', 'neutralised',
  'captured', 'intercepted', 'struck', 'hit', 'liquidated', 'repelled', 'inflicted', 'took', 'seized',
  'freed', 'liberated', 'recaptured', 'retook', 'killing', 'destroying', 'downing', 'eliminating',
]);
