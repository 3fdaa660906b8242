/** Pronouns that can stand for a speaker, with what they can refer to. */
export const PERSON_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'any'> = new Map([
  ['he', 'male'], ['she', 'female'], ['i', 'any'],
]);
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we', 'it']);

/**
 * Titles that stand before a name (`President Donald Trump`, `Gen. Hnatov`): part of the role,
 * not of the name.
 */
export const TITLES: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'chancellor', 'king', 'queen', 'prince', 'pope',
  'gen.', 'gen', 'general', 'lt.', 'lt', 'lieutenant', 'col.', 'col', 'colonel', 'maj.', 'maj', 'major', 'capt.', 'captain',
  'sgt.', 'sergeant', 'adm.', 'admiral', 'cmdr.', 'commander', 'marshal', 'brig.', 'brigadier',
  'sen.', 'senator', 'rep.', 'representative', 'gov.', 'governor', 'mayor', 'ambassador', 'envoy',
  'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'dr.', 'dr', 'prof.', 'professor', 'sir', 'dame', 'lord', 'lady',
  'judge', 'justice', 'speaker', 'chairman', 'chairwoman', 'chair', 'spokesman', 'spokeswoman', 'spokesperson',
  'defense', 'defence', 'foreign', 'interior', 'deputy', 'chief', 'first', 'former', 'acting', 'gov', 'sheikh',
  'correspondent', 'reporter', 'analyst', 'commentator', 'anchor', 'host', 'editor', 'director', 'officer',
  'patriarch', 'archbishop', 'bishop', 'rev.', 'reverend', 'senior', 'army', 'navy', 'air', 'force',
]);

/** Heads of noun phrases that name an organization or group of speakers. */
export const GROUP_HEADS: ReadonlySet<string> = new Set([
  'officials', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'ministry', 'government', 'kremlin',
  'pentagon', 'army', 'military', 'police', 'authorities', 'sources', 'source', 'statement', 'report', 'reports',
  'analysts', 'experts', 'witnesses', 'residents', 'campaign', 'office', 'administration', 'commander',
  'commanders', 'staff', 'forces', 'command', 'agency', 'committee', 'council', 'party', 'group', 'service',
  'department', 'white', 'house', 'embassy', 'diplomats', 'observers', 'soldiers', 'troops', 'survey', 'poll',
  'polls', 'study', 'aides', 'aide', 'advisers', 'adviser', 'critics', 'supporters', 'lawmakers', 'leaders',
  'officers', 'people', 'voters', 'democrats', 'republicans', 'media', 'newspaper', 'agency', 'organization',
  'union', 'alliance', 'nato', 'un', 'eu', 'cabinet', 'parliament', 'congress', 'senate', 'court', 'moscow', 'kyiv',
]);

/** Words that end an organization name: `Ministry of Defence`, `General Staff`. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'forces', 'staff', 'army', 'navy', 'council', 'committee', 'agency', 'office', 'kremlin', 'pentagon',
  'command', 'service', 'department', 'party', 'union', 'alliance', 'organization', 'organisation', 'nations',
  'house', 'government', 'parliament', 'congress', 'senate', 'court', 'bank', 'institute', 'university', 'times',
  'post', 'news', 'newsmax', 'reuters', 'press', 'tass', 'guard', 'group', 'corporation', 'inc.', 'fund',
  'federation', 'republic', 'brigade', 'battalion', 'regiment', 'division', 'corps', 'directorate', 'police',
]);

/**
 * Heads of lowercase noun phrases that name people who can speak as a group (`officials`,
 * `the parties`, `many companies`); a lowercase phrase with any other head (`sanctions`,
 * `the budget request`) is a thing, never a speaker. GROUP_HEADS and ORG_WORDS count too.
 */
export const SPEAKING_GROUPS: ReadonlySet<string> = new Set([
  'people', 'residents', 'experts', 'leaders', 'parties', 'sides', 'side', 'colleagues', 'interlocutors', 'participants',
  'members', 'allies', 'partners', 'governments', 'countries', 'nations', 'companies', 'ministers', 'delegates', 'delegation',
  'delegations', 'senators', 'citizens', 'volunteers', 'doctors', 'workers', 'refugees', 'survivors', 'families', 'veterans',
  'negotiators', 'investigators', 'prosecutors', 'monitors', 'inspectors', 'envoys', 'ambassadors', 'team', 'spokesmen',
  'representatives', 'heads', 'presidents', 'journalists', 'reporters', 'scientists', 'economists', 'historians', 'activists',
  'organizers', 'organisers', 'researchers', 'ukrainians', 'russians', 'americans', 'europeans', 'women', 'men',
  'commanders', 'fighters', 'medics', 'rescuers', 'employees', 'managers', 'owners', 'farmers', 'students', 'teachers', 'voters',
  'republicans', 'democrats', 'donors', 'lenders', 'creditors', 'investors', 'g7', 'g20', 'bloc', 'coalition', 'community',
  'bloggers', 'television', 'tv', 'radio', 'intelligence', 'channels', 'outlets', 'newspapers', 'agencies', 'press', 'prosecution',
  'leadership', 'military', 'navy', 'police', 'authorities', 'side', 'camp', 'campaign', 'movement', 'opposition', 'regime',
]);
