
/**
 * The figure category vocabulary (declared once, as FIGURE_CATEGORIES in model/items.ts, re-exported
 * here for the CLI and the API), and the words that decide it.
 *
 * | category            | what is counted                                   | decided by                          |
 * | ------------------- | ------------------------------------------------- | ----------------------------------- |
 * | military-casualties | soldiers/fighters killed, wounded, lost; "losses" | military noun + casualty cue, or a casualty noun with no civilian cue |
 * | civilian-casualties | civilians, people, children killed or wounded      | civilian noun + casualty cue        |
 * | troops              | soldiers, troops, fighters deployed or massed      | military noun, no casualty cue      |
 * | equipment           | tanks, drones, jets, air defence systems           | equipment noun                      |
 * | munitions           | missiles, shells, rockets, bombs, rounds           | munition noun                       |
 * | territory           | km, square km, villages, % of territory            | length/area unit or place noun      |
 * | displaced-people    | refugees, displaced, evacuated people              | displacement noun or verb           |
 * | money               | $3bn, 10 million euros, aid worth ...              | currency sign or currency unit      |
 * | historical          | a past war's dead, troops, camps (Second World War)| a people or object count in a sentence naming a past war |
 * | bodies-found        | bodies found, exhumed, in a grave                  | `bodies`/`remains`, or a casualty noun with `grave`/`exhumed` |
 * | age                 | `45-year-old`, `aged 45`                           | `year-old` unit, `aged`/`age of` before |
 * | duration            | `12 years`, `three days`                           | a unit of time                      |
 * | objects             | `16 facilities`, `300 votes`                       | a plural counted noun of no other kind |
 * | other               | anything else: percentages, bare numbers           | fallback                            |
 */
export { FIGURE_CATEGORIES } from '../../model/items.ts';

export const AGE_WORDS: ReadonlySet<string> = new Set(['year-old', 'years-old', 'month-old', 'year-olds']);
/** Before the number: `aged 45`. */
export const AGE_CUES: ReadonlySet<string> = new Set(['aged']);

/** Counted nouns that are the dead where found: `440 bodies`. */
export const BODIES_FOUND_NOUNS: ReadonlySet<string> = new Set(['bodies', 'corpses', 'remains', 'graves']);
/** Words of a grave or exhumation around a count of the dead. */
export const GRAVE_CUES: ReadonlySet<string> = new Set(['grave', 'graves', 'exhumed', 'exhumation', 'burial', 'unearthed']);

/** Casualty nouns that, with no soldier or military word near, count civilians: `the death toll rose to 52`. */
export const CIVILIAN_BY_DEFAULT: ReadonlySet<string> = new Set(['dead', 'deaths', 'death', 'toll', 'victims', 'fatalities', 'killed', 'injured', 'injuries']);
/** Words that make bare casualties military: `Russian losses`, `at the front`. */
export const MILITARY_CUES: ReadonlySet<string> = new Set(['army', 'military', 'front', 'frontline', 'battlefield', 'combat', 'battle', 'losses', 'brigade', 'regiment']);

/** Plural words that are not things counted: `48 hours` is time, `3 others` says nothing. */
export const NOT_OBJECTS: ReadonlySet<string> = new Set(['others', 'times', 'ones', 'percents', 'thousands', 'millions', 'hundreds', 'tens', 'dozens', 'billions']);

/** A past war named in the sentence: its figures are history, not the war at hand. */
export const HISTORICAL_MARKERS = /\b(?:(?:first|second) world war|world war (?:i|ii|one|two|1|2)\b|great patriotic war|wwii|ww2|wwi|nazis?\b|holodomor|holocaust|hitler|third reich|in 19[0-8]\d\b|19[0-8]\d\s*[-–]\s*(?:19)?\d\d\b)/i;

/** Counted nouns that are military people. */
export const MILITARY_NOUNS: ReadonlySet<string> = new Set([
  'soldier', 'soldiers', 'troop', 'troops', 'fighter', 'fighters', 'serviceman', 'servicemen', 'servicemembers',
  'personnel', 'militants', 'militant', 'combatants', 'combatant', 'mercenaries', 'mercenary', 'conscripts',
  'conscript', 'reservists', 'reservist', 'recruits', 'marines', 'paratroopers', 'infantrymen', 'officers',
  'sailors', 'pilots', 'commanders', 'forces', 'men', 'guerrillas', 'insurgents', 'rebels', 'invaders',
  'occupiers', 'volunteers', 'prisoners', 'pows', 'brigades', 'battalions', 'divisions', 'regiments',
  'contractors', 'gunmen', 'jihadists', 'operatives', 'recruits',
]);

/** Counted nouns that are civilians. */
export const CIVILIAN_NOUNS: ReadonlySet<string> = new Set([
  'civilian', 'civilians', 'people', 'persons', 'children', 'child', 'kids', 'minors', 'women', 'residents',
  'inhabitants', 'villagers', 'citizens', 'passengers', 'patients', 'journalists', 'medics', 'doctors',
  'aid', 'workers', 'students', 'pupils', 'babies', 'infants', 'elderly', 'families', 'hostages', 'nationals',
  'pedestrians', 'worshippers', 'teachers', 'volunteers', 'individuals', 'victims',
]);

/** Nouns that are casualties themselves: "1.2 million dead and wounded", "300 casualties". */
export const CASUALTY_NOUNS: ReadonlySet<string> = new Set([
  'casualties', 'casualty', 'dead', 'deaths', 'death', 'killed', 'wounded', 'injured', 'losses', 'loss',
  'fatalities', 'bodies', 'graves', 'toll', 'victims', 'missing', 'kia', 'wia', 'injuries',
]);

/** Verbs and words around a count that make it casualties: "losing", "killed", "were wounded". */
export const CASUALTY_CUES: ReadonlySet<string> = new Set([
  'killed', 'kill', 'kills', 'killing', 'dead', 'died', 'die', 'dying', 'wounded', 'injured', 'injuring', 'wounding',
  'lost', 'lose', 'losing', 'loses', 'losses', 'casualties', 'fatalities', 'perished', 'slain', 'massacred',
  'executed', 'eliminated', 'neutralized', 'neutralised', 'liquidated', 'buried', 'maimed', 'murdered', 'deaths',
  'death', 'toll', 'shot', 'dead.', 'hurt', 'captured', 'missing', 'destroyed',
]);

/** Counted nouns that are military equipment. */
export const EQUIPMENT_NOUNS: ReadonlySet<string> = new Set([
  'tank', 'tanks', 'drone', 'drones', 'uav', 'uavs', 'jet', 'jets', 'aircraft', 'airplanes', 'planes', 'plane',
  'helicopters', 'helicopter', 'vehicles', 'vehicle', 'apcs', 'ifvs', 'howitzers', 'howitzer', 'launchers',
  'launcher', 'systems', 'system', 'ships', 'ship', 'vessels', 'warships', 'boats', 'submarines', 'guns',
  'artillery', 'batteries', 'radars', 'radar', 'bmps', 'btrs', 'armour', 'armor', 'trucks', 'f-16s', 'f-16',
  'himars', 'patriots', 'patriot', 'leopards', 'abrams', 'bradleys', 'bombers', 'fighter-jets', 'mortars',
  'weapons', 'rifles', 'satellites', 'shaheds', 'shahed', 'interceptors',
]);

/** Counted nouns that are munitions. */
export const MUNITION_NOUNS: ReadonlySet<string> = new Set([
  'missile', 'missiles', 'shell', 'shells', 'rocket', 'rockets', 'bomb', 'bombs', 'rounds', 'round', 'munitions',
  'munition', 'ammunition', 'projectiles', 'grenades', 'mines', 'landmines', 'warheads', 'cartridges', 'bullets',
  'strikes', 'airstrikes', 'air-strikes', 'glide', 'kamikaze',
]);

/** Counted nouns that are places or land. */
export const TERRITORY_NOUNS: ReadonlySet<string> = new Set([
  'villages', 'village', 'towns', 'town', 'settlements', 'settlement', 'cities', 'city', 'hectares', 'acres',
  'territory', 'territories', 'land', 'regions', 'oblasts', 'districts', 'positions', 'square', 'sq',
  'kilometres', 'kilometers', 'km', 'miles', 'hamlets', 'localities',
]);

/** Words that make a count displaced people: "1.5 million refugees", "forced to flee". */
export const DISPLACED_CUES: ReadonlySet<string> = new Set([
  'refugees', 'refugee', 'displaced', 'idps', 'evacuees', 'evacuated', 'fled', 'flee', 'fleeing', 'homeless',
  'asylum', 'deported', 'deportees', 'relocated', 'uprooted', 'exiled', 'evacuate',
]);

/** Words that make a count money even without a currency sign: "aid", "budget". */
export const MONEY_NOUNS: ReadonlySet<string> = new Set([
  'dollars', 'dollar', 'euros', 'euro', 'pounds', 'hryvnias', 'hryvnia', 'roubles', 'rubles', 'yuan', 'yen',
]);

/** Words that make a percentage about land: "18% of Ukraine's territory". */
export const TERRITORY_CUES: ReadonlySet<string> = new Set([
  'territory', 'land', 'territories', 'area', 'occupied', 'occupies', 'occupy', 'controls', 'control', 'controlled',
  'holds', 'held', 'captured', 'seized', 'liberated', 'recaptured', 'retaken', 'retook', 'annexed',
]);
