/**
 * The Porter stemmer of SQLite's fts5_tokenize.c, on the token's UTF-8 bytes (one char per byte),
 * so that PostgreSQL indexes the stems FTS5 indexes (`fts-tokens.ts` tokenizes, this stems).
 */
const MAX_TOKEN_BYTES = 64;

/** A term stemmed as FTS5's porter tokenizer stems it (tokens under 3 or over 64 bytes pass through). */
export function porter(term: string): string {
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(term);
  const bytes = ascii ? term : Buffer.from(term, 'utf8').toString('latin1');
  if (bytes.length > MAX_TOKEN_BYTES || bytes.length < 3) return term;
  const stemmed = stem(bytes);
  return ascii ? stemmed : Buffer.from(stemmed, 'latin1').toString('utf8');
}

const isVowel = (c: string, yIsVowel: boolean) => c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || (yIsVowel && c === 'y');

/** fts5PorterGobbleVC: the index after the first vowel-consonant sequence, or 0. */
function gobbleVC(s: string, from: number, to: number, prevCons: boolean): number {
  let cons = prevCons;
  let i = from;
  for (; i < to; i++) if (!(cons = !isVowel(s[i]!, cons))) break;
  for (i++; i < to; i++) if ((cons = !isVowel(s[i]!, cons))) return i + 1;
  return 0;
}
const mGt0 = (s: string, n: number) => gobbleVC(s, 0, n, false) !== 0;
function mGt1(s: string, n: number): boolean {
  const k = gobbleVC(s, 0, n, false);
  return k !== 0 && gobbleVC(s, k, n, true) !== 0;
}
function mEq1(s: string, n: number): boolean {
  const k = gobbleVC(s, 0, n, false);
  return k !== 0 && gobbleVC(s, k, n, true) === 0;
}
function oStar(s: string, n: number): boolean {
  const last = s[n - 1];
  if (last === 'w' || last === 'x' || last === 'y') return false;
  let mask = 0;
  let cons = false;
  for (let i = 0; i < n; i++) {
    cons = !isVowel(s[i]!, cons);
    mask = ((mask << 1) + (cons ? 1 : 0)) & 0xffff;
  }
  return (mask & 7) === 5;
}
const mGt1SorT = (s: string, n: number) => (s[n - 1] === 's' || s[n - 1] === 't') && mGt1(s, n);
function hasVowel(s: string, n: number): boolean {
  for (let i = 0; i < n; i++) if (isVowel(s[i]!, i > 0)) return true;
  return false;
}

type Cond = (s: string, n: number) => boolean;
/** A rule: suffix, condition on the stem, replacement. Within a step, the first suffix that matches decides (as the generated C's else-ifs). */
type Rule = [string, Cond, string];

/** One generated step: rules grouped by the suffix's second-last letter, as the C switches on it. */
function step(s: string, rules: readonly Rule[]): string {
  const n = s.length;
  const key = s[n - 2];
  for (const [suffix, cond, out] of rules) {
    if (suffix[suffix.length - 2] !== key) continue;
    if (n > suffix.length && s.endsWith(suffix)) {
      const stemLength = n - suffix.length;
      return cond(s, stemLength) ? s.slice(0, stemLength) + out : s;
    }
  }
  return s;
}

const STEP2: Rule[] = [
  ['ational', mGt0, 'ate'], ['tional', mGt0, 'tion'], ['enci', mGt0, 'ence'], ['anci', mGt0, 'ance'], ['izer', mGt0, 'ize'],
  ['logi', mGt0, 'log'], ['bli', mGt0, 'ble'], ['alli', mGt0, 'al'], ['entli', mGt0, 'ent'], ['eli', mGt0, 'e'], ['ousli', mGt0, 'ous'],
  ['ization', mGt0, 'ize'], ['ation', mGt0, 'ate'], ['ator', mGt0, 'ate'], ['alism', mGt0, 'al'], ['iveness', mGt0, 'ive'],
  ['fulness', mGt0, 'ful'], ['ousness', mGt0, 'ous'], ['aliti', mGt0, 'al'], ['iviti', mGt0, 'ive'], ['biliti', mGt0, 'ble'],
];
const STEP3: Rule[] = [
  ['ical', mGt0, 'ic'], ['ness', mGt0, ''], ['icate', mGt0, 'ic'], ['iciti', mGt0, 'ic'], ['ful', mGt0, ''], ['ative', mGt0, ''], ['alize', mGt0, 'al'],
];
const STEP4: Rule[] = [
  ['al', mGt1, ''], ['ance', mGt1, ''], ['ence', mGt1, ''], ['er', mGt1, ''], ['ic', mGt1, ''], ['able', mGt1, ''], ['ible', mGt1, ''],
  ['ant', mGt1, ''], ['ement', mGt1, ''], ['ment', mGt1, ''], ['ent', mGt1, ''], ['ion', mGt1SorT, ''], ['ou', mGt1, ''], ['ism', mGt1, ''],
  ['ate', mGt1, ''], ['iti', mGt1, ''], ['ous', mGt1, ''], ['ive', mGt1, ''], ['ize', mGt1, ''],
];

function stem(word: string): string {
  let s = word;
  // Step 1a.
  let n = s.length;
  if (s[n - 1] === 's') {
    if (s[n - 2] === 'e') {
      s = (n > 4 && s[n - 4] === 's' && s[n - 3] === 's') || (n > 3 && s[n - 3] === 'i') ? s.slice(0, n - 2) : s.slice(0, n - 1);
    } else if (s[n - 2] !== 's') s = s.slice(0, n - 1);
  }
  // Step 1b.
  n = s.length;
  let removed = false;
  if (s[n - 2] === 'e') {
    if (n > 3 && s.endsWith('eed')) { if (mGt0(s, n - 3)) s = s.slice(0, n - 1); }
    else if (n > 2 && s.endsWith('ed') && hasVowel(s, n - 2)) { s = s.slice(0, n - 2); removed = true; }
  } else if (s[n - 2] === 'n' && n > 3 && s.endsWith('ing') && hasVowel(s, n - 3)) { s = s.slice(0, n - 3); removed = true; }
  if (removed) {
    n = s.length;
    const two = s.slice(n - 2);
    if (n > 2 && (two === 'at' || two === 'bl' || two === 'iz')) s += 'e';
    else {
      const c = s[n - 1]!;
      if (!isVowel(c, false) && c !== 'l' && c !== 's' && c !== 'z' && c === s[n - 2]) s = s.slice(0, n - 1);
      else if (mEq1(s, n) && oStar(s, n)) s += 'e';
    }
  }
  // Step 1c.
  n = s.length;
  if (s[n - 1] === 'y' && hasVowel(s, n - 1)) s = s.slice(0, n - 1) + 'i';
  // Steps 2 to 4.
  s = step(s, STEP2);
  s = step(s, STEP3);
  s = step(s, STEP4);
  // Step 5a.
  n = s.length;
  if (s[n - 1] === 'e' && (mGt1(s, n - 1) || (mEq1(s, n - 1) && !oStar(s, n - 1)))) s = s.slice(0, n - 1);
  // Step 5b.
  n = s.length;
  if (n > 1 && s[n - 1] === 'l' && s[n - 2] === 'l' && mGt1(s, n - 1)) s = s.slice(0, n - 1);
  return s;
}
