import { UNITS, SYMBOL_UNITS, type UnitInfo } from '../lexicon/units.ts';

/**
 * Reads a unit of measure written as symbols straight from the text: `kg`, `MPa`, `°C`, `km²`,
 * `km^3`, `s-1`, and compounds joined by `/` (`km/h`, `kg/cm³`, `J/m^2`, `°C/min`). One forward
 * pass over at most a few dozen characters with plain loops, so no input makes it backtrack.
 * Words (`miles`, `per cent`, `square metres`) are read from tokens by 05-unit-and-whose.ts.
 */
export interface UnitRead {
  /** End of the unit (exclusive); the unit starts where the reader was asked to start. */
  readonly end: number;
  readonly info: UnitInfo;
  /** Joined by `/`, or carrying an exponent: never a plain word. */
  readonly compound: boolean;
  /** Found among the case-sensitive symbols (`K`, `MPa`, `Ma`), or starts with a degree sign. */
  readonly symbol: boolean;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** µ μ Ω Å å: letters of unit symbols outside ASCII. */
const isUnitLetter = (c: number) => isAsciiLetter(c) || c === 0xb5 || c === 0x3bc || c === 0x3a9 || c === 0xc5 || c === 0xe5;
const isLower = (c: number) => c >= 97 && c <= 122;
const isDegree = (c: number) => c === 0xb0 || c === 0xba;
const isMinus = (c: number) => c === 45 || c === 0x2212;
const MAX_ATOM = 12;

interface Atom { end: number; info: UnitInfo; base: UnitInfo; symbol: boolean; exponent: number }

/** Looks a surface up as written among the symbols, then lowercased among the units. */
export function lookupUnit(surface: string): [UnitInfo, boolean] | null {
  const sym = SYMBOL_UNITS.get(surface);
  if (sym) return [sym, true];
  const unit = UNITS.get(surface.toLowerCase());
  return unit ? [unit, false] : null;
}

/** One unit symbol with its exponent, from i. */
function readAtom(text: string, i: number): Atom | null {
  let j = i;
  const c0 = text.charCodeAt(j);
  if (c0 === 37 || c0 === 0x2030) { // % and ‰ stand alone
    const found = lookupUnit(text[j]!);
    return found ? { end: j + 1, info: found[0], base: found[0], symbol: false, exponent: 1 } : null;
  }
  const degree = isDegree(c0);
  if (degree) j++;
  while (j < text.length && j - i < MAX_ATOM && isUnitLetter(text.charCodeAt(j))) j++;
  if (j === i) return null;
  if (j < text.length && isUnitLetter(text.charCodeAt(j))) return null; // too long to be a unit
  let surface = degree ? `°${text.slice(i + 1, j)}` : text.slice(i, j);
  // "10 wt%", "5 vol%": a percent written with what it is a percent of.
  if (text.charCodeAt(j) === 37 && UNITS.has(`${surface.toLowerCase()}%`)) { surface += '%'; j++; }
  const found = lookupUnit(surface);
  if (!found) return null;
  const base = found[0];
  let info = base;
  let symbol = found[1] || degree || surface.length > 1 && surface.endsWith('%');
  for (let k = i; k < j && !symbol; k++) if (text.charCodeAt(k) > 127) symbol = true; // μm, Å, Ω
  // Exponent: km², km^3, s^-1, s-1, fb−1, km2 (a bare 2 or 3 only straight after the letters).
  let exponent = 1;
  let k = j;
  const c = text.charCodeAt(k);
  if (c === 0xb2 || c === 0xb3) { exponent = c === 0xb2 ? 2 : 3; k++; }
  // A hyphen after a capital is a name ("K-1 visa"); after a lowercase symbol it is a minus ("s-1").
  else if (c === 94 || (c === 0x2212 && isDigit(text.charCodeAt(k + 1))) || (c === 45 && isDigit(text.charCodeAt(k + 1)) && isLower(text.charCodeAt(j - 1)))
    || ((c === 50 || c === 51) && !degree)) {
    let e = c === 94 ? k + 1 : k;
    let sign = 1;
    if (isMinus(text.charCodeAt(e))) { sign = -1; e++; }
    const d = text.charCodeAt(e);
    if (isDigit(d) && d !== 48 && !isDigit(text.charCodeAt(e + 1)) && !isUnitLetter(text.charCodeAt(e + 1))) {
      exponent = sign * (d - 48);
      k = e + 1;
    }
  }
  if (exponent !== 1) info = withExponent(info, exponent);
  return { end: k, info, base, symbol, exponent };
}

function withExponent(info: UnitInfo, exponent: number): UnitInfo {
  if (info.dim === 'length' && exponent === 2) return { dim: 'area', name: `square ${info.name}` };
  if (info.dim === 'length' && exponent === 3) return { dim: 'volume', name: `cubic ${info.name}` };
  if (exponent === -1) return { dim: 'other', name: `inverse ${info.name}` };
  return { dim: 'other', name: `${info.name}^${exponent}` };
}

/**
 * The unit starting at `at`: one symbol, or up to three joined by `/` (`kg/cm³`). Null unless the
 * first symbol is known; a `/` not followed by a known symbol ends the unit before it.
 */
export function readUnit(text: string, at: number): UnitRead | null {
  const first = readAtom(text, at);
  if (!first) return null;
  let end = first.end;
  let info = first.info;
  let compound = first.exponent !== 1;
  for (let parts = 1; parts < 3; parts++) {
    // "km/h", or a space before a symbol with a negative exponent: "km s−1", "kg m−3".
    const slash = text.charCodeAt(end) === 47;
    if (!slash && text.charCodeAt(end) !== 32) break;
    const next = readAtom(text, end + 1);
    if (!next || (!slash && next.exponent >= 0)) break;
    // "km/h" and "km s−1" are both kilometres per unit of time.
    const per = slash || next.exponent !== -1 ? next.info : next.base;
    const speed = info.dim === 'length' && per.dim === 'time';
    const denominator = per.name;
    info = { dim: speed ? 'speed' : info.dim === 'currency' ? 'currency' : 'other', name: `${info.name} per ${denominator}` };
    end = next.end;
    compound = true;
  }
  // A unit is followed by neither a letter nor a digit: "5 kmx" and "4 km2b" are not units.
  const after = text.charCodeAt(end);
  if (isUnitLetter(after) || isDigit(after)) return null;
  // "K-1 visa", "kg-scale": a hyphen on into a word makes a name or a compound word, not a unit.
  if (after === 45 && (isUnitLetter(text.charCodeAt(end + 1)) || isDigit(text.charCodeAt(end + 1)))) return null;
  return { end, info, compound, symbol: first.symbol };
}
