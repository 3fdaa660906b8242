/**
 * Data for the entities stage (src/extract/entities/), apart from the speakers' lexicon in
 * names.ts, which it reads too: titles, name particles, organization heads and known names.
 */

/** Titles and role nouns that stand before a name, beyond names.ts TITLES. */
export const EXTRA_TITLES: ReadonlySet<string> = new Set([
  'premier', 'foreign', 'commissioner', 'head', 'leader', 'founder', 'ceo', 'chief', 'spokesperson', 'press',
  'secretary-general', 'commander-in-chief', 'pvt.', 'cpl.', 'corporal', 'private', 'colonel-general', 'general-major',
  'lieutenant-general', 'major-general', 'ombudsman', 'prosecutor', 'attorney', 'lawmaker', 'mp', 'deputy', 'negotiator',
  'adviser', 'advisor', 'aide', 'economist', 'historian', 'researcher', 'expert', 'journalist', 'photographer', 'writer',
  'columnist', 'blogger', 'activist', 'volunteer', 'medic', 'doctor', 'nurse', 'soldier', 'fighter', 'pilot', 'sniper',
  'resident', 'farmer', 'teacher', 'engineer', 'mrs', 'miss', 'st.', 'hon.', 'emir', 'crown', 'tsar', 'czar',
  'metropolitan', 'imam', 'rabbi', 'cardinal', 'father', 'patriarch', 'moderator', 'operator', 'coordinator', 'rapporteur',
]);

/** Forms of address that stand before a name but say no position: never a role (`MR. KIRBY`, `Mrs. Hale`). */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr.', 'mr', 'ms.', 'ms', 'mrs.', 'mrs', 'dr.', 'dr', 'miss', 'sir', 'dame', 'madam', 'mister']);

/** Titles that tell the person's gender, for pronouns. */
export const GENDERED_TITLES: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['mr.', 'male'], ['mr', 'male'], ['sir', 'male'], ['king', 'male'], ['prince', 'male'], ['lord', 'male'], ['spokesman', 'male'],
  ['chairman', 'male'], ['father', 'male'], ['mrs.', 'female'], ['mrs', 'female'], ['ms.', 'female'], ['ms', 'female'],
  ['miss', 'female'], ['queen', 'female'], ['princess', 'female'], ['dame', 'female'], ['lady', 'female'],
  ['spokeswoman', 'female'], ['chairwoman', 'female'],
]);

/** Lowercase particles inside a name: `Ursula von der Leyen`, `Bashar al-Assad`, `Abu Bakr al-Baghdadi`. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'le', 'la', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'abu', 'bint', 'y',
]);

/** Head words that make a capitalized phrase an organization, beyond names.ts ORG_WORDS. */
export const EXTRA_ORG_WORDS: ReadonlySet<string> = new Set([
  'commission', 'assembly', 'legion', 'militia', 'movement', 'front', 'network', 'channel', 'television', 'tv', 'radio',
  'broadcasting', 'broadcaster', 'journal', 'herald', 'tribune', 'telegraph', 'guardian', 'gazette', 'daily', 'magazine',
  'foundation', 'association', 'society', 'center', 'centre', 'board', 'bureau', 'authority', 'administration', 'cabinet',
  'duma', 'rada', 'verkhovna', 'kremlin', 'pentagon', 'fleet', 'squadron', 'unit', 'battalions', 'brigades', 'company',
  'inc', 'ltd', 'corp.', 'corp', 'agency', 'organisation', 'mission', 'operations', 'ministry', 'cathedral', 'church', 'college',
  'force', 'guards', 'intelligence', 'monitoring', 'independent', 'suspilne', 'ukrinform', 'programme', 'program', 'fund', 'bank', 'council',
]);

/**
 * Organizations news names without a head word, known by name. Lowercased; multiword entries are
 * matched as whole runs.
 */
export const KNOWN_ORGS: ReadonlySet<string> = new Set([
  'nato', 'un', 'eu', 'osce', 'iaea', 'who', 'unicef', 'unhcr', 'icrc', 'imf', 'g7', 'g20', 'opec', 'asean', 'brics',
  'kremlin', 'pentagon', 'newsmax', 'reuters', 'ap', 'afp', 'bbc', 'cnn', 'tass', 'ria', 'interfax', 'ukrinform', 'bloomberg',
  'fox', 'msnbc', 'nbc', 'cbs', 'abc', 'npr', 'politico', 'axios', 'wagner', 'hamas', 'hezbollah', 'taliban', 'isis', 'fsb',
  'sbu', 'gur', 'cia', 'fbi', 'nsa', 'kgb', 'gru', 'mi6', 'idf', 'congress', 'senate', 'parliament', 'rada', 'duma',
  'white house', 'fox news', 'associated press', 'al jazeera', 'red cross', 'european union', 'united nations',
  'european commission', 'state department', 'defense department', 'ria novosti', 'new york times', 'washington post',
  'wall street journal', 'financial times', 'kyiv independent', 'sky news', 'deutsche welle', 'human rights watch',
  'amnesty international', 'institute for the study of war',
]);

/** Nouns right before a lone capitalized word that make it an organization: `the national broadcaster Suspilne`. */
export const ORG_APPOSITIVES: ReadonlySet<string> = new Set([
  'broadcaster', 'channel', 'newspaper', 'agency', 'outlet', 'network', 'website', 'daily', 'weekly', 'tabloid', 'magazine',
  'company', 'firm', 'group', 'party', 'brigade', 'battalion', 'regiment', 'unit', 'militia', 'charity', 'organization', 'organisation',
]);

/** Words that make a capitalized phrase a place, not a person: `Donetsk Oblast`, `Black Sea`. */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  'oblast', 'region', 'province', 'district', 'raion', 'county', 'city', 'town', 'village', 'river', 'sea', 'ocean', 'lake',
  'bay', 'gulf', 'strait', 'island', 'islands', 'peninsula', 'mountains', 'mountain', 'valley', 'street', 'avenue', 'square',
  'airport', 'port', 'bridge', 'dam', 'plant', 'station', 'krai', 'republic', 'territory', 'coast', 'desert', 'forest',
]);

/** Words after a preposition that place a capitalized phrase: `in Kryvyi Rih`, `near New York`. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'near', 'at', 'from', 'to', 'toward', 'towards', 'outside', 'around', 'across', 'into', 'through', 'via', 'across', 'inside', 'over',
]);

/** Nouns that, after `the`, refer back to a person by role: `the general`, `the president`. */
export const ROLE_DESCRIPTIONS: ReadonlySet<string> = new Set([
  'general', 'president', 'minister', 'commander', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'correspondent',
  'ambassador', 'governor', 'mayor', 'senator', 'chancellor', 'premier', 'secretary', 'colonel', 'officer', 'envoy',
  'diplomat', 'official', 'reporter', 'analyst', 'lawmaker', 'prosecutor', 'admiral', 'captain', 'sergeant', 'lieutenant',
  'journalist', 'expert', 'pope', 'king', 'queen', 'prince', 'leader', 'head', 'director', 'chairman', 'chairwoman',
]);

/** Nouns that, after `the`, refer back to an organization by its head word: `the ministry`, `the alliance`. */
export const ORG_DESCRIPTIONS: ReadonlySet<string> = new Set([
  'ministry', 'agency', 'army', 'alliance', 'commission', 'committee', 'council', 'government', 'parliament', 'company',
  'organization', 'organisation', 'network', 'channel', 'newspaper', 'broadcaster', 'staff', 'command', 'service', 'bloc',
  'union', 'party', 'group', 'forces', 'military', 'institute', 'administration', 'outlet',
]);

/** Which description fits which organization words, where the head word differs (`the alliance` for NATO). */
export const ORG_DESCRIPTION_FITS: ReadonlyMap<string, readonly string[]> = new Map([
  ['alliance', ['nato', 'alliance']], ['bloc', ['eu', 'european union', 'union', 'nato']], ['network', ['newsmax', 'cnn', 'bbc', 'fox', 'news', 'channel', 'network']],
  ['channel', ['newsmax', 'cnn', 'bbc', 'fox', 'news', 'channel']], ['outlet', ['newsmax', 'cnn', 'bbc', 'fox', 'news', 'times', 'post', 'reuters']],
  ['military', ['forces', 'army', 'armed']], ['army', ['army', 'forces']], ['government', ['government', 'kremlin', 'cabinet', 'white house']],
]);
