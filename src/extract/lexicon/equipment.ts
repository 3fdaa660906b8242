/**
 * Weapon systems and equipment named in war reporting. `forms` are the spellings matched in the
 * text, case-sensitive; `ambiguous` names are also words or surnames (`Patriot`, `Abrams`,
 * `Javelin`) and count only near a word of war (see equipment/01-lexicon.ts).
 * Users extend or override this list with an equipment.json file (equipment/README.md).
 */
export type EquipmentType = 'air-defence' | 'aircraft' | 'missile' | 'drone' | 'artillery' | 'armour' | 'other';

export interface EquipmentEntry {
  readonly name: string;
  readonly type: EquipmentType;
  readonly forms: readonly string[];
  readonly ambiguous?: boolean;
}

const e = (name: string, type: EquipmentType, forms: string[] = [name], ambiguous = false): EquipmentEntry => ({ name, type, forms, ambiguous });

export const EQUIPMENT: readonly EquipmentEntry[] = [
  // Air defence
  e('Patriot', 'air-defence', ['Patriot', 'Patriots', 'PATRIOT'], true),
  e('NASAMS', 'air-defence'),
  e('IRIS-T', 'air-defence', ['IRIS-T', 'Iris-T']),
  e('S-300', 'air-defence'),
  e('S-400', 'air-defence'),
  e('S-500', 'air-defence'),
  e('Pantsir', 'air-defence', ['Pantsir', 'Pantsir-S1']),
  e('Buk', 'air-defence', ['Buk', 'Buk-M1', 'Buk-M2', 'Buk-M3'], true),
  e('Tor', 'air-defence', ['Tor-M1', 'Tor-M2']),
  e('Gepard', 'air-defence', ['Gepard', 'Gepards'], true),
  e('Stinger', 'air-defence', ['Stinger', 'Stingers'], true),
  e('Hawk', 'air-defence', ['HAWK'], false),
  e('SAMP/T', 'air-defence', ['SAMP/T', 'SAMP-T', 'Mamba']),
  e('Iron Dome', 'air-defence'),
  e('Skynex', 'air-defence'),
  e('Avenger', 'air-defence', ['Avenger'], true),
  // Aircraft
  e('F-16', 'aircraft', ['F-16', 'F-16s', 'F16', 'F16s']),
  e('F-35', 'aircraft', ['F-35', 'F-35s']),
  e('F-15', 'aircraft', ['F-15', 'F-15s']),
  e('F/A-18', 'aircraft', ['F/A-18', 'F-18', 'F-18s']),
  e('Mirage 2000', 'aircraft', ['Mirage 2000', 'Mirage 2000-5', 'Mirage 2000s']),
  e('Mirage 2000', 'aircraft', ['Mirage', 'Mirages'], true),
  e('Gripen', 'aircraft', ['Gripen', 'Gripens']),
  e('Su-24', 'aircraft'), e('Su-25', 'aircraft'), e('Su-27', 'aircraft'), e('Su-30', 'aircraft'),
  e('Su-34', 'aircraft', ['Su-34', 'Su-34s']), e('Su-35', 'aircraft', ['Su-35', 'Su-35s']), e('Su-57', 'aircraft'),
  e('MiG-29', 'aircraft', ['MiG-29', 'MiG-29s', 'Mig-29']), e('MiG-31', 'aircraft', ['MiG-31', 'MiG-31K', 'Mig-31']),
  e('Tu-95', 'aircraft', ['Tu-95', 'Tu-95MS']), e('Tu-22M3', 'aircraft', ['Tu-22M3', 'Tu-22']), e('Tu-160', 'aircraft'),
  e('A-50', 'aircraft'), e('Il-76', 'aircraft'),
  e('Ka-52', 'aircraft'), e('Mi-8', 'aircraft'), e('Mi-24', 'aircraft'), e('Mi-28', 'aircraft'),
  e('Apache', 'aircraft', ['Apache', 'Apaches', 'AH-64'], true),
  e('Black Hawk', 'aircraft', ['Black Hawk', 'Black Hawks', 'UH-60']),
  e('B-52', 'aircraft', ['B-52', 'B-52s']),
  // Missiles
  e('ATACMS', 'missile'),
  e('Storm Shadow', 'missile', ['Storm Shadow', 'Storm Shadows']),
  e('SCALP', 'missile', ['SCALP', 'SCALP-EG']),
  e('Taurus', 'missile', ['Taurus'], true),
  e('Kinzhal', 'missile', ['Kinzhal', 'Kinzhals']),
  e('Iskander', 'missile', ['Iskander', 'Iskander-M', 'Iskander-K', 'Iskanders']),
  e('Kalibr', 'missile', ['Kalibr', 'Kalibrs']),
  e('Kh-101', 'missile'), e('Kh-22', 'missile'), e('Kh-59', 'missile'),
  e('Oniks', 'missile'), e('Zircon', 'missile', ['Zircon', 'Tsirkon']), e('Oreshnik', 'missile'),
  e('Tomahawk', 'missile', ['Tomahawk', 'Tomahawks'], true),
  e('Harpoon', 'missile', ['Harpoon', 'Harpoons'], true),
  e('Neptune', 'missile', ['Neptune'], true),
  e('Javelin', 'missile', ['Javelin', 'Javelins'], true),
  e('NLAW', 'missile', ['NLAW', 'NLAWs']),
  e('GMLRS', 'missile'), e('JASSM', 'missile', ['JASSM', 'JASSM-ER']), e('ERAM', 'missile'),
  e('Hellfire', 'missile', ['Hellfire', 'Hellfires'], true),
  // Drones
  e('Shahed', 'drone', ['Shahed', 'Shaheds', 'Shahed-136', 'Shahed-131', 'Shahed-238']),
  e('Geran', 'drone', ['Geran', 'Geran-2', 'Geran-3']),
  e('Lancet', 'drone', ['Lancet', 'Lancets'], true),
  e('Bayraktar', 'drone', ['Bayraktar', 'Bayraktars', 'Bayraktar TB2', 'TB2']),
  e('Orlan-10', 'drone', ['Orlan-10', 'Orlan']),
  e('Switchblade', 'drone', ['Switchblade', 'Switchblades'], true),
  e('MQ-9 Reaper', 'drone', ['MQ-9', 'MQ-9 Reaper']),
  e('MQ-9 Reaper', 'drone', ['Reaper', 'Reapers'], true),
  e('Gerbera', 'drone'),
  // Artillery and rocket launchers
  e('HIMARS', 'artillery', ['HIMARS', 'Himars']),
  e('M777', 'artillery', ['M777', 'M777s']),
  e('Caesar', 'artillery', ['Caesar', 'CAESAR', 'Caesars'], true),
  e('PzH 2000', 'artillery', ['PzH 2000', 'PzH-2000', 'Panzerhaubitze 2000']),
  e('Krab', 'artillery'), e('Bohdana', 'artillery'), e('Zuzana', 'artillery'),
  e('Archer', 'artillery', ['Archer'], true),
  e('M270', 'artillery', ['M270', 'M270s']),
  e('MLRS', 'artillery'),
  e('Grad', 'artillery', ['Grad', 'Grads', 'BM-21']),
  e('Smerch', 'artillery', ['Smerch', 'BM-30']), e('Uragan', 'artillery', ['Uragan', 'BM-27']),
  e('Tornado-S', 'artillery', ['Tornado-S', 'Tornado-G']),
  e('TOS-1', 'artillery', ['TOS-1', 'TOS-1A', 'TOS-2']),
  e('M109', 'artillery', ['M109', 'M109s', 'Paladin']),
  // Armour
  e('Leopard', 'armour', ['Leopard 2A6', 'Leopard 2A4', 'Leopard 2', 'Leopard 1', 'Leopard 1A5', 'Leopards', 'Leopard'], true),
  e('Abrams', 'armour', ['M1 Abrams', 'M1A1 Abrams', 'M1A2 Abrams', 'Abrams'], true),
  e('Challenger 2', 'armour', ['Challenger 2', 'Challenger 2s']),
  e('Bradley', 'armour', ['Bradley', 'Bradleys', 'M2 Bradley'], true),
  e('Marder', 'armour', ['Marder', 'Marders'], true),
  e('Stryker', 'armour', ['Stryker', 'Strykers'], true),
  e('CV90', 'armour', ['CV90', 'CV90s']),
  e('T-72', 'armour', ['T-72', 'T-72s', 'T-72B3']), e('T-80', 'armour', ['T-80', 'T-80s']), e('T-90', 'armour', ['T-90', 'T-90s', 'T-90M']),
  e('T-64', 'armour'), e('T-62', 'armour'),
  e('BMP', 'armour', ['BMP-1', 'BMP-2', 'BMP-3']), e('BTR', 'armour', ['BTR-80', 'BTR-82', 'BTR-82A']),
  e('M113', 'armour', ['M113', 'M113s']),
];

/** Plural class nouns after a model name, and the type each gives: `Su-34 jets`, `T-90 tanks`. */
export const EQUIPMENT_CLASS_NOUNS: ReadonlyMap<string, EquipmentType> = new Map([
  ...['jet', 'jets', 'fighter', 'fighters', 'bomber', 'bombers', 'aircraft', 'warplane', 'warplanes', 'plane', 'planes',
    'helicopter', 'helicopters', 'gunship', 'gunships', 'interceptor', 'interceptors'].map((w): [string, EquipmentType] => [w, 'aircraft']),
  ...['missile', 'missiles', 'rocket', 'rockets', 'warhead', 'warheads'].map((w): [string, EquipmentType] => [w, 'missile']),
  ...['drone', 'drones', 'uav', 'uavs'].map((w): [string, EquipmentType] => [w, 'drone']),
  ...['tank', 'tanks', 'vehicle', 'vehicles', 'carrier', 'carriers', 'apc', 'apcs', 'ifv', 'ifvs'].map((w): [string, EquipmentType] => [w, 'armour']),
  ...['howitzer', 'howitzers', 'launcher', 'launchers', 'gun', 'guns', 'artillery', 'mortar', 'mortars'].map((w): [string, EquipmentType] => [w, 'artillery']),
  ...['system', 'systems', 'battery', 'batteries', 'complex', 'complexes'].map((w): [string, EquipmentType] => [w, 'other']),
]);

/** Words that may stand between a model name and its class noun: `Kh-101 cruise missiles`, `Ka-52 attack helicopters`. */
export const EQUIPMENT_MODIFIERS: ReadonlySet<string> = new Set([
  'cruise', 'ballistic', 'fighter', 'attack', 'main', 'battle', 'combat', 'air', 'defense', 'defence', 'strategic', 'long-range',
  'self-propelled', 'infantry', 'fighting', 'armored', 'armoured', 'multiple', 'rocket', 'kamikaze', 'attack', 'surface-to-air',
  'anti-aircraft', 'anti-tank', 'hypersonic', 'supersonic', 'stealth', 'transport', 'reconnaissance', 'missile', 'interceptor',
]);

/** Words near an ambiguous name that show it is the weapon: `Patriot` near `air defense`, `Abrams` near `tanks`. */
export const WAR_WORDS: ReadonlySet<string> = new Set([
  'missile', 'missiles', 'tank', 'tanks', 'air', 'defense', 'defence', 'defenses', 'defences', 'battery', 'batteries', 'system', 'systems',
  'launcher', 'launchers', 'drone', 'drones', 'jets', 'jet', 'weapons', 'weapon', 'ammunition', 'munitions', 'military', 'army',
  'strike', 'strikes', 'deliver', 'delivered', 'delivery', 'deliveries', 'supplied', 'supply', 'shot', 'intercept', 'intercepted',
  'interceptors', 'fired', 'armored', 'armoured', 'howitzers', 'artillery', 'troops', 'brigade', 'front', 'aid', 'package',
  'launched', 'destroyed', 'donated', 'pledged', 'operators', 'crews', 'helicopter', 'helicopters',
]);

/** Letter-digit names that are not equipment whatever follows: diseases, summits, flights. */
export const NOT_EQUIPMENT: ReadonlySet<string> = new Set(['COVID-19', 'Covid-19', 'G7', 'G20', 'G8', 'H1N1', 'H5N1', 'MH17', 'MH-17', 'SARS-CoV-2', 'P5', 'A4', 'I-95', 'U2', 'B2']);
