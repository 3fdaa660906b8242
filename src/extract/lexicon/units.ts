/**
 * Units of measure and currencies, as data. Keys are lowercased surfaces unless said otherwise.
 * `dim` says what a unit measures; figure categories read it (length and area are territory,
 * currency is money).
 */
export type UnitDim =
  | 'percent' | 'currency' | 'length' | 'area' | 'mass' | 'volume' | 'time' | 'speed'
  | 'energy' | 'power' | 'data' | 'frequency' | 'temperature' | 'pressure' | 'electric' | 'radiation'
  | 'concentration' | 'count' | 'other';

export interface UnitInfo {
  readonly dim: UnitDim;
  /** Canonical name, singular: `kilometre`, `percent`, `dollar`. */
  readonly name: string;
}

const u = (dim: UnitDim, name: string, ...surfaces: string[]): [string, UnitInfo][] =>
  surfaces.map((s) => [s, { dim, name }]);

/** Single-token units written after a number, with or without a space: `12 km`, `12km`. */
export const UNITS: ReadonlyMap<string, UnitInfo> = new Map([
  ...u('percent', 'percent', '%', 'percent', 'pct', 'pc', 'percentage'),
  ...u('percent', 'weight percent', 'wt%', 'wt.%'),
  ...u('percent', 'volume percent', 'vol%'),
  ...u('length', 'kilometre', 'km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers'),
  ...u('length', 'metre', 'metre', 'metres', 'meter', 'meters'),
  ...u('length', 'centimetre', 'cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'),
  ...u('length', 'millimetre', 'mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters'),
  ...u('length', 'mile', 'mile', 'miles', 'mi'),
  ...u('length', 'foot', 'foot', 'feet', 'ft'),
  ...u('length', 'inch', 'inch', 'inches', 'in.'),
  ...u('length', 'yard', 'yard', 'yards', 'yd'),
  ...u('length', 'micrometre', 'μm', 'µm', 'micron', 'microns'),
  ...u('length', 'nanometre', 'nm', 'nanometre', 'nanometres', 'nanometer', 'nanometers'),
  ...u('length', 'nautical mile', 'nmi'),
  ...u('length', 'picometre', 'picometre', 'picometres', 'picometer', 'picometers'),
  ...u('length', 'angstrom', 'å', 'angstrom', 'angstroms'),
    ...u('length', 'light-year', 'light-year', 'light-years', 'ly'),
  ...u('length', 'parsec', 'parsec', 'parsecs', 'kpc', 'mpc'),
  ...u('area', 'hectare', 'hectare', 'hectares', 'ha'),
  ...u('area', 'acre', 'acre', 'acres'),
  ...u('area', 'square kilometre', 'km2', 'km²', 'sqkm'),
  ...u('area', 'square metre', 'm2', 'm²', 'sqm'),
  ...u('area', 'square centimetre', 'cm2', 'cm²'),
  ...u('area', 'square millimetre', 'mm2', 'mm²'),
  ...u('area', 'square foot', 'ft2', 'ft²', 'sqft'),
  ...u('area', 'square mile', 'mi2', 'mi²'),
  ...u('area', 'barn', 'barn', 'barns'),
  ...u('mass', 'kilogram', 'kg', 'kgs', 'kilogram', 'kilograms', 'kilo', 'kilos'),
  ...u('mass', 'gram', 'g', 'gram', 'grams'),
  ...u('mass', 'milligram', 'mg', 'milligram', 'milligrams'),
  ...u('mass', 'tonne', 't', 'tonne', 'tonnes', 'ton', 'tons'),
  ...u('mass', 'gigatonne', 'gt', 'gigatonne', 'gigatonnes', 'gigaton', 'gigatons'),
  ...u('mass', 'pound', 'lb', 'lbs'),
  ...u('mass', 'microgram', 'µg', 'μg', 'ug', 'microgram', 'micrograms'),
  ...u('mass', 'nanogram', 'ng', 'nanogram', 'nanograms'),
  ...u('mass', 'megatonne', 'megatonne', 'megatonnes', 'megaton', 'megatons'),
  ...u('mass', 'ounce', 'oz', 'ounce', 'ounces'),
  ...u('volume', 'litre', 'l', 'litre', 'litres', 'liter', 'liters'),
  ...u('volume', 'millilitre', 'ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters'),
  ...u('volume', 'gallon', 'gallon', 'gallons'),
  ...u('volume', 'centilitre', 'cl', 'centilitre', 'centilitres', 'centiliter', 'centiliters'),
  ...u('volume', 'decilitre', 'dl'),
  ...u('volume', 'cubic centimetre', 'cc', 'cm3', 'cm³'),
  ...u('volume', 'cubic metre', 'm3', 'm³'),
  ...u('volume', 'cubic kilometre', 'km3', 'km³'),
  ...u('volume', 'cubic foot', 'ft3', 'ft³'),
  ...u('volume', 'cup', 'cup', 'cups'),
  ...u('volume', 'tablespoon', 'tbsp', 'tablespoon', 'tablespoons'),
  ...u('volume', 'teaspoon', 'tsp', 'teaspoon', 'teaspoons'),
  ...u('volume', 'pint', 'pint', 'pints'),
  ...u('volume', 'quart', 'quart', 'quarts'),
  ...u('volume', 'barrel', 'barrel', 'barrels', 'bbl'),
  ...u('volume', 'cubic metre', 'bcm'),
  ...u('time', 'second', 'second', 'seconds', 'sec', 'secs', 's'),
  ...u('time', 'minute', 'minute', 'minutes', 'min', 'mins'),
  ...u('time', 'hour', 'hour', 'hours', 'hr', 'hrs', 'h'),
  ...u('time', 'day', 'day', 'days'),
  ...u('time', 'night', 'night', 'nights'),
  ...u('time', 'week', 'week', 'weeks'),
  ...u('time', 'month', 'month', 'months'),
  ...u('time', 'year', 'year', 'years', 'yr', 'yrs'),
  ...u('time', 'decade', 'decade', 'decades'),
  ...u('time', 'century', 'century', 'centuries'),
  ...u('time', 'millisecond', 'ms', 'millisecond', 'milliseconds'),
  ...u('time', 'microsecond', 'µs', 'μs', 'microsecond', 'microseconds'),
  ...u('time', 'nanosecond', 'ns', 'nanosecond', 'nanoseconds'),
  ...u('time', 'millennium', 'millennium', 'millennia'),
  ...u('time', 'thousand years', 'kyr', 'kyrs'),
  ...u('time', 'million years', 'myr', 'myrs'),
  ...u('time', 'billion years', 'gyr', 'gyrs'),
  ...u('speed', 'mile per hour', 'mph', 'm.p.h.'),
  ...u('speed', 'kilometre per hour', 'km/h', 'kph', 'kmh', 'km/hr'),
  ...u('speed', 'knot', 'knot', 'knots'),
  ...u('energy', 'kilowatt hour', 'kwh'),
  ...u('energy', 'joule', 'joule', 'joules'),
  ...u('energy', 'kilojoule', 'kj', 'kilojoule', 'kilojoules'),
  ...u('energy', 'megajoule', 'megajoule', 'megajoules'),
  ...u('energy', 'calorie', 'cal', 'calorie', 'calories'),
  ...u('energy', 'kilocalorie', 'kcal', 'kilocalorie', 'kilocalories'),
  ...u('energy', 'electronvolt', 'ev', 'electronvolt', 'electronvolts'),
  ...u('energy', 'kiloelectronvolt', 'kev'),
  ...u('energy', 'gigaelectronvolt', 'gev'),
  ...u('energy', 'teraelectronvolt', 'tev'),
  ...u('energy', 'british thermal unit', 'btu', 'btus'),
  ...u('energy', 'kiloton', 'kiloton', 'kilotons', 'kilotonne', 'kilotonnes'),
  ...u('energy', 'megawatt hour', 'mwh'),
  ...u('energy', 'gigawatt hour', 'gwh'),
  ...u('power', 'watt', 'w', 'watt', 'watts'),
  ...u('power', 'kilowatt', 'kw', 'kilowatt', 'kilowatts'),
  ...u('power', 'megawatt', 'mw', 'megawatt', 'megawatts'),
  ...u('power', 'gigawatt', 'gw', 'gigawatt', 'gigawatts'),
  ...u('power', 'horsepower', 'hp', 'bhp', 'ps', 'horsepower'),
  ...u('data', 'gigabyte', 'gb', 'gigabyte', 'gigabytes'),
  ...u('data', 'bit', 'bit', 'bits'),
  ...u('data', 'byte', 'byte', 'bytes'),
  ...u('data', 'kilobit', 'kb', 'kbit', 'kbits', 'kilobit', 'kilobits'),
  ...u('data', 'kilobyte', 'kilobyte', 'kilobytes'),
  ...u('data', 'kibibyte', 'kib', 'kibibyte', 'kibibytes'),
  ...u('data', 'megabit', 'mbps', 'mbit', 'megabit', 'megabits'),
  ...u('data', 'gigabit', 'gbps', 'gbit', 'gigabit', 'gigabits'),
  ...u('data', 'petabyte', 'pb', 'petabyte', 'petabytes'),
  ...u('data', 'exabyte', 'eb', 'exabyte', 'exabytes'),
  ...u('data', 'terabyte', 'tb', 'terabyte', 'terabytes'),
  ...u('data', 'megabyte', 'mb', 'megabyte', 'megabytes'),
  ...u('frequency', 'hertz', 'hz', 'hertz'),
  ...u('frequency', 'kilohertz', 'khz'),
  ...u('frequency', 'megahertz', 'mhz'),
  ...u('frequency', 'gigahertz', 'ghz'),
  ...u('frequency', 'revolutions per minute', 'rpm'),
  ...u('frequency', 'terahertz', 'thz'),
  ...u('pressure', 'pascal', 'pascal', 'pascals'),
  ...u('pressure', 'kilopascal', 'kpa', 'kilopascal', 'kilopascals'),
  ...u('pressure', 'megapascal', 'mpa', 'megapascal', 'megapascals'),
  ...u('pressure', 'gigapascal', 'gpa', 'gigapascal', 'gigapascals'),
  ...u('pressure', 'bar', 'bar', 'bars', 'mbar', 'millibar', 'millibars'),
  ...u('pressure', 'microbar', 'µbar', 'μbar', 'ubar', 'microbar', 'microbars'),
  ...u('pressure', 'nanobar', 'nbar', 'nanobar', 'nanobars'),
  ...u('pressure', 'pound per square inch', 'psi'),
  ...u('pressure', 'atmosphere', 'atm'),
  ...u('electric', 'volt', 'volt', 'volts'),
  ...u('electric', 'kilovolt', 'kv', 'kilovolt', 'kilovolts'),
  ...u('electric', 'ampere', 'amp', 'amps', 'ampere', 'amperes'),
  ...u('electric', 'milliampere', 'ma', 'milliamp', 'milliamps'),
  ...u('electric', 'milliampere hour', 'mah'),
  ...u('electric', 'ohm', 'ohm', 'ohms', 'ω'),
  ...u('radiation', 'gray', 'gy'),
  ...u('radiation', 'milligray', 'mgy'),
  ...u('radiation', 'sievert', 'sv', 'sievert', 'sieverts'),
  ...u('radiation', 'millisievert', 'msv', 'millisievert', 'millisieverts'),
  ...u('radiation', 'microsievert', 'µsv', 'μsv', 'usv', 'microsievert', 'microsieverts'),
  ...u('radiation', 'becquerel', 'bq', 'becquerel', 'becquerels'),
  ...u('concentration', 'part per million', 'ppm'),
  ...u('concentration', 'part per billion', 'ppb'),
  ...u('concentration', 'mole', 'mol', 'mmol', 'µmol', 'μmol', 'mole', 'moles'),
  ...u('concentration', 'per mille', '‰'),
  ...u('temperature', 'degree', 'degree', 'degrees', '°', 'º', 'degf', 'degc'),
  ...u('temperature', 'degree Celsius', 'celsius', 'centigrade'),
  ...u('temperature', 'degree Fahrenheit', 'fahrenheit'),
  ...u('temperature', 'kelvin', 'kelvin', 'kelvins'),
  ...u('temperature', 'degree Celsius', '°c', 'ºc'),
  ...u('temperature', 'degree Fahrenheit', '°f', 'ºf'),
  ...u('other', 'point', 'point', 'points', 'pts'),
  ...u('other', 'times', 'times', 'fold'),
  ...u('currency', 'pence', 'p', 'pence', 'penny', 'pennies'),
  ...u('currency', 'cent', 'cent', 'cents', 'c'),
  ...u('currency', 'dollar', 'dollar', 'dollars', 'usd'),
  ...u('currency', 'euro', 'euro', 'euros', 'eur'),
  ...u('currency', 'pound', 'pound', 'pounds', 'gbp'),
  ...u('currency', 'yuan', 'yuan', 'renminbi', 'rmb', 'cny'),
  ...u('currency', 'yen', 'yen', 'jpy'),
  ...u('currency', 'rupee', 'rupee', 'rupees', 'inr'),
  ...u('currency', 'rouble', 'rouble', 'roubles', 'ruble', 'rubles', 'rub'),
  ...u('currency', 'hryvnia', 'hryvnia', 'hryvnias', 'hryvnya', 'hryvnyas', 'uah'),
  ...u('currency', 'crown', 'crown', 'crowns', 'krona', 'kronor', 'krone', 'kroner'),
  ...u('currency', 'franc', 'franc', 'francs', 'chf'),
  ...u('currency', 'shekel', 'shekel', 'shekels', 'ils'),
  ...u('currency', 'ringgit', 'ringgit', 'myr'),
  ...u('currency', 'peso', 'peso', 'pesos'),
  ...u('currency', 'rand', 'rand'),
  ...u('currency', 'won', 'won'),
  ...u('currency', 'lira', 'lira', 'liras'),
  ...u('currency', 'kuna', 'kn'),
]);

/**
 * Unit symbols whose case decides what they are, looked up exactly as written and only right after
 * a number: `3800 K` (kelvin; glued `32K` stays a thousand), `66 Ma` (million years; `ma` is
 * milliampere), `2 A`, `1.3 MeV`, `20 J`.
 */
export const SYMBOL_UNITS: ReadonlyMap<string, UnitInfo> = new Map([
  ...u('temperature', 'kelvin', 'K'),
  ...u('length', 'metre', 'm'),
  ...u('temperature', 'degree Celsius', 'C'),
  ...u('temperature', 'degree Fahrenheit', 'F'),
  ...u('volume', 'litre', 'L'),
  ...u('power', 'watt', 'W'),
  ...u('energy', 'joule', 'J'),
  ...u('pressure', 'pascal', 'Pa'),
  ...u('electric', 'volt', 'V'),
  ...u('length', 'astronomical unit', 'AU'),
  ...u('time', 'million years', 'Ma', 'Myr'),
  ...u('time', 'billion years', 'Ga', 'Gyr'),
  ...u('time', 'thousand years', 'ka', 'kyr'),
  ...u('electric', 'ampere', 'A'),
  ...u('electric', 'milliampere', 'mA'),
  ...u('electric', 'megavolt', 'MV'),
  ...u('electric', 'millivolt', 'mV'),
  ...u('energy', 'megaelectronvolt', 'MeV'),
  ...u('energy', 'millielectronvolt', 'meV'),
  ...u('energy', 'megajoule', 'MJ'),
  ...u('energy', 'millijoule', 'mJ'),
  ...u('data', 'kilobyte', 'kB', 'KB'),
  ...u('data', 'megabyte', 'MB'),
  ...u('data', 'megabit', 'Mb'),
  ...u('data', 'gigabit', 'Gb'),
  ...u('power', 'megawatt', 'MW'),
  ...u('power', 'milliwatt', 'mW'),
  ...u('mass', 'megatonne', 'Mt'),
  ...u('other', 'unit', 'U', 'IU'),
  ...u('concentration', 'molar', 'M', 'mM', 'µM', 'μM', 'nM'),
]);

/**
 * Symbols that also read as clock times after a number: `2.123 pm` is picometres, `2.30 pm` is
 * half past two. Only a number that cannot be a time of day takes them as units.
 */
export const CLOCK_LIKE_UNITS: ReadonlyMap<string, UnitInfo> = new Map([
  ...u('length', 'picometre', 'pm'),
  ...u('length', 'attometre', 'am'),
]);

/**
 * Units of two or three words, by first word: `per cent`, `square kilometres`, `sq km`.
 * Each entry lists the remaining lowercased tokens.
 */
export const MULTI_WORD_UNITS: ReadonlyMap<string, readonly (readonly [readonly string[], UnitInfo])[]> = new Map([
  ['per', [[['cent'], { dim: 'percent', name: 'percent' }]]],
  ['percentage', [[['points'], { dim: 'percent', name: 'percentage point' }], [['point'], { dim: 'percent', name: 'percentage point' }]]],
  ['square', [
    [['kilometres'], { dim: 'area', name: 'square kilometre' }], [['kilometers'], { dim: 'area', name: 'square kilometre' }],
    [['kilometre'], { dim: 'area', name: 'square kilometre' }], [['kilometer'], { dim: 'area', name: 'square kilometre' }],
    [['km'], { dim: 'area', name: 'square kilometre' }], [['miles'], { dim: 'area', name: 'square mile' }],
    [['mile'], { dim: 'area', name: 'square mile' }], [['metres'], { dim: 'area', name: 'square metre' }],
    [['meters'], { dim: 'area', name: 'square metre' }], [['feet'], { dim: 'area', name: 'square foot' }],
    [['foot'], { dim: 'area', name: 'square foot' }], [['centimetres'], { dim: 'area', name: 'square centimetre' }],
    [['centimeters'], { dim: 'area', name: 'square centimetre' }], [['inches'], { dim: 'area', name: 'square inch' }],
  ]],
  ['sq', [
    [['km'], { dim: 'area', name: 'square kilometre' }], [['m'], { dim: 'area', name: 'square metre' }],
    [['ft'], { dim: 'area', name: 'square foot' }], [['mi'], { dim: 'area', name: 'square mile' }],
    [['miles'], { dim: 'area', name: 'square mile' }],
  ]],
  ['degrees', [[['celsius'], { dim: 'temperature', name: 'degree Celsius' }], [['fahrenheit'], { dim: 'temperature', name: 'degree Fahrenheit' }], [['c'], { dim: 'temperature', name: 'degree Celsius' }], [['f'], { dim: 'temperature', name: 'degree Fahrenheit' }]]],
  ['metric', [[['tons'], { dim: 'mass', name: 'tonne' }], [['tonnes'], { dim: 'mass', name: 'tonne' }]]],
  ['cubic', [
    [['metres'], { dim: 'volume', name: 'cubic metre' }], [['meters'], { dim: 'volume', name: 'cubic metre' }],
    [['feet'], { dim: 'volume', name: 'cubic foot' }], [['kilometres'], { dim: 'volume', name: 'cubic kilometre' }],
    [['kilometers'], { dim: 'volume', name: 'cubic kilometre' }], [['centimetres'], { dim: 'volume', name: 'cubic centimetre' }],
    [['centimeters'], { dim: 'volume', name: 'cubic centimetre' }],
  ]],
  ['km', [[['cubed'], { dim: 'volume', name: 'cubic kilometre' }], [['squared'], { dim: 'area', name: 'square kilometre' }]]],
  ['m', [[['cubed'], { dim: 'volume', name: 'cubic metre' }], [['squared'], { dim: 'area', name: 'square metre' }]]],
  ['light', [[['years'], { dim: 'length', name: 'light-year' }], [['year'], { dim: 'length', name: 'light-year' }]]],
  ['fl', [[['oz'], { dim: 'volume', name: 'fluid ounce' }]]],
  ['fluid', [[['ounces'], { dim: 'volume', name: 'fluid ounce' }], [['ounce'], { dim: 'volume', name: 'fluid ounce' }]]],
  ['british', [[['thermal', 'units'], { dim: 'energy', name: 'british thermal unit' }]]],
]);

/**
 * Currency signs and codes written before a number, case-sensitive, longest first where one
 * is a prefix of another. `PS` and `Y=` are how some feeds mangle `£` and `¥`.
 */
export const CURRENCY_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['US$', 'dollar'], ['$US', 'dollar'], ['HK$', 'dollar'], ['NZ$', 'dollar'], ['C$', 'dollar'], ['A$', 'dollar'],
  ['$A', 'dollar'], ['CA$', 'dollar'], ['AU$', 'dollar'], ['S$', 'dollar'], ['$', 'dollar'], ['£', 'pound'],
  ['€', 'euro'], ['¥', 'yen'], ['₴', 'hryvnia'], ['₽', 'rouble'], ['₹', 'rupee'], ['₪', 'shekel'], ['Y=', 'yen'],
  ['USD', 'dollar'], ['EUR', 'euro'], ['GBP', 'pound'], ['AUD', 'dollar'], ['CAD', 'dollar'], ['NZD', 'dollar'],
  ['HKD', 'dollar'], ['INR', 'rupee'], ['RM', 'ringgit'], ['Rs', 'rupee'], ['Rs.', 'rupee'], ['UAH', 'hryvnia'],
  ['RUB', 'rouble'], ['CHF', 'franc'], ['JPY', 'yen'], ['CNY', 'yuan'], ['PS', 'pound'], ['R$', 'real'],
]);

/** Country codes that stand as their own token before a currency sign: `US $3.7`, `HK $5.4m`. */
export const CURRENCY_COUNTRY_CODES: ReadonlySet<string> = new Set(['US', 'HK', 'C', 'A', 'NZ', 'AU', 'CA', 'S', 'NT']);
