/**
 * Units of measure and currencies, as data. Keys are lowercased surfaces unless said otherwise.
 * `dim` says what a unit measures; figure categories read it (length and area are territory,
 * currency is money).
 */
export type UnitDim =
  | 'percent' | 'currency' | 'length' | 'area' | 'mass' | 'volume' | 'time' | 'speed'
  | 'energy' | 'power' | 'data' | 'frequency' | 'temperature' | 'count' | 'other';

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
  ...u('area', 'hectare', 'hectare', 'hectares', 'ha'),
  ...u('area', 'acre', 'acre', 'acres'),
  ...u('area', 'square kilometre', 'km2', 'km²', 'sqkm'),
  ...u('area', 'square metre', 'm2', 'm²', 'sqm'),
  ...u('mass', 'kilogram', 'kg', 'kgs', 'kilogram', 'kilograms', 'kilo', 'kilos'),
  ...u('mass', 'gram', 'g', 'gram', 'grams'),
  ...u('mass', 'milligram', 'mg', 'milligram', 'milligrams'),
  ...u('mass', 'tonne', 't', 'tonne', 'tonnes', 'ton', 'tons'),
  ...u('mass', 'gigatonne', 'gt', 'gigatonne', 'gigatonnes', 'gigaton', 'gigatons'),
  ...u('mass', 'pound', 'lb', 'lbs'),
  ...u('mass', 'ounce', 'oz', 'ounce', 'ounces'),
  ...u('volume', 'litre', 'l', 'litre', 'litres', 'liter', 'liters'),
  ...u('volume', 'millilitre', 'ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters'),
  ...u('volume', 'gallon', 'gallon', 'gallons'),
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
  ...u('speed', 'mile per hour', 'mph', 'm.p.h.'),
  ...u('speed', 'kilometre per hour', 'km/h', 'kph', 'kmh', 'km/hr'),
  ...u('speed', 'knot', 'knot', 'knots'),
  ...u('energy', 'kilowatt hour', 'kwh'),
  ...u('energy', 'megawatt hour', 'mwh'),
  ...u('energy', 'gigawatt hour', 'gwh'),
  ...u('power', 'watt', 'w', 'watt', 'watts'),
  ...u('power', 'kilowatt', 'kw', 'kilowatt', 'kilowatts'),
  ...u('power', 'megawatt', 'mw', 'megawatt', 'megawatts'),
  ...u('power', 'gigawatt', 'gw', 'gigawatt', 'gigawatts'),
  ...u('power', 'horsepower', 'hp', 'bhp', 'ps', 'horsepower'),
  ...u('data', 'gigabyte', 'gb', 'gigabyte', 'gigabytes'),
  ...u('data', 'terabyte', 'tb', 'terabyte', 'terabytes'),
  ...u('data', 'megabyte', 'mb', 'megabyte', 'megabytes'),
  ...u('frequency', 'hertz', 'hz', 'hertz'),
  ...u('frequency', 'kilohertz', 'khz'),
  ...u('frequency', 'megahertz', 'mhz'),
  ...u('frequency', 'gigahertz', 'ghz'),
  ...u('frequency', 'revolutions per minute', 'rpm'),
  ...u('temperature', 'degree', 'degree', 'degrees', '°', '°c', '°f', 'degf', 'degc'),
  ...u('temperature', 'degree Celsius', 'celsius', 'centigrade'),
  ...u('temperature', 'degree Fahrenheit', 'fahrenheit'),
  ...u('temperature', 'kelvin', 'kelvin'),
  ...u('other', 'point', 'point', 'points', 'pts'),
  ...u('other', 'times', 'times', 'fold'),
  ...u('currency', 'pence', 'p', 'pence'),
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
    [['foot'], { dim: 'area', name: 'square foot' }],
  ]],
  ['sq', [
    [['km'], { dim: 'area', name: 'square kilometre' }], [['m'], { dim: 'area', name: 'square metre' }],
    [['ft'], { dim: 'area', name: 'square foot' }], [['mi'], { dim: 'area', name: 'square mile' }],
    [['miles'], { dim: 'area', name: 'square mile' }],
  ]],
  ['degrees', [[['celsius'], { dim: 'temperature', name: 'degree Celsius' }], [['fahrenheit'], { dim: 'temperature', name: 'degree Fahrenheit' }], [['c'], { dim: 'temperature', name: 'degree Celsius' }], [['f'], { dim: 'temperature', name: 'degree Fahrenheit' }]]],
  ['metric', [[['tons'], { dim: 'mass', name: 'tonne' }], [['tonnes'], { dim: 'mass', name: 'tonne' }]]],
  ['cubic', [[['metres'], { dim: 'volume', name: 'cubic metre' }], [['meters'], { dim: 'volume', name: 'cubic metre' }], [['feet'], { dim: 'volume', name: 'cubic foot' }]]],
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
