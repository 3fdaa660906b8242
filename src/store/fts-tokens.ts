/**
 * SQLite FTS5's tokenizer `porter unicode61 remove_diacritics 2`, in TypeScript, so that the
 * PostgreSQL store indexes and queries exactly the words SQLite's does (issue 17: the same query,
 * the same hits on both backends). PostgreSQL's own parser and dictionaries differ from it in many
 * small ways (English stop words such as `the` dropped, Snowball's Porter2 stems, a hyphenated
 * name indexed whole and in parts, `2.5` one token, case folding of Cyrillic only in some
 * locales): postgres/search.ts instead builds its tsvectors and tsqueries from these tokens, and
 * PostgreSQL's text search (GIN index, `@@`, phrase operators) does the rest.
 *
 * The folding and diacritic tables are SQLite's (fts5_unicode2.c, generated from the Unicode
 * data, public domain); the stemmer follows fts5_tokenize.c step by step, on UTF-8 bytes as it
 * does. Token characters are Unicode letters, numbers and private-use characters (FTS5's default
 * categories `L* N* Co`), read from JavaScript's Unicode tables, which may know letters newer than
 * SQLite's. test/store/fts-tokens.test.ts compares the tokens with SQLite's own (fts5vocab).
 */

import { porter } from './fts-porter.ts';

/** One token: its index term and where it is in the text (UTF-16 offsets). */
export interface Token {
  readonly term: string;
  readonly start: number;
  readonly end: number;
}

const TOKEN_CATEGORY = /[\p{L}\p{N}\p{Co}\p{Cn}]/u;

/**
 * The codepoints where SQLite's answer differs from JavaScript's categories, as [first, count - 1]
 * pairs: mostly characters assigned after SQLite's Unicode tables (6.1), which SQLite still counts
 * unassigned (`Cn`, always a token character) and JavaScript does not. Read from SQLite by
 * fts-tokens.test.ts, which checks every codepoint.
 */
const FLIPPED = [
  1421, 1, 1541, 0, 1564, 1, 2045, 2, 2184, 0, 2192, 1, 2199, 8, 2250, 25, 2303, 0, 2557, 1, 2678, 0, 2810, 5,
  2901, 0, 3072, 0, 3076, 0, 3132, 0, 3191, 0, 3201, 0, 3204, 0, 3315, 0, 3328, 1, 3387, 1, 3407, 0, 3457, 0,
  3770, 0, 3790, 0, 5909, 0, 6159, 0, 6277, 1, 6576, 16, 6600, 1, 6832, 45, 6880, 11, 6990, 1, 7037, 2, 7410, 1,
  7415, 2, 7655, 20, 8294, 3, 8378, 7, 8586, 1, 9204, 11, 9255, 2, 9984, 0, 11085, 2, 11098, 25, 11126, 137, 11836, 33,
  12284, 3, 12772, 1, 12783, 0, 13055, 0, 42654, 0, 43052, 0, 43205, 0, 43260, 0, 43263, 0, 43493, 0, 43644, 1, 43867, 0,
  43882, 1, 64450, 16, 64832, 15, 64912, 1, 64968, 7, 65022, 1, 65063, 8, 65534, 1, 65932, 2, 65948, 0, 65952, 0, 66272, 0,
  66422, 4, 66927, 0, 67703, 1, 68296, 0, 68325, 1, 68336, 6, 68505, 3, 68900, 3, 68969, 5, 69006, 1, 69291, 2, 69328, 8,
  69370, 5, 69446, 10, 69461, 4, 69506, 7, 69744, 0, 69747, 1, 69759, 0, 69826, 0, 69837, 0, 69957, 1, 70003, 2, 70089, 6,
  70107, 0, 70109, 2, 70188, 18, 70209, 0, 70313, 0, 70367, 11, 70400, 3, 70459, 1, 70462, 6, 70471, 1, 70475, 2, 70487, 0,
  70498, 1, 70502, 6, 70512, 4, 70584, 8, 70594, 0, 70597, 0, 70599, 3, 70604, 4, 70610, 0, 70612, 1, 70615, 1, 70625, 1,
  70709, 17, 70731, 4, 70746, 1, 70749, 1, 70832, 19, 70854, 0, 71087, 6, 71096, 31, 71132, 1, 71216, 19, 71264, 12, 71353, 0,
  71453, 14, 71484, 3, 71724, 15, 71984, 5, 71991, 1, 71995, 3, 72000, 0, 72002, 4, 72145, 6, 72154, 6, 72162, 0, 72164, 0,
  72193, 9, 72243, 6, 72251, 12, 72273, 10, 72330, 18, 72350, 4, 72448, 9, 72544, 7, 72673, 0, 72751, 7, 72760, 7, 72769, 4,
  72816, 1, 72850, 21, 72873, 13, 73009, 5, 73018, 0, 73020, 1, 73023, 6, 73031, 0, 73098, 4, 73104, 1, 73107, 4, 73459, 5,
  73472, 1, 73475, 0, 73524, 6, 73534, 17, 73562, 0, 73685, 28, 73727, 0, 74868, 0, 77809, 1, 78896, 16, 78919, 14, 90398, 17,
  92782, 1, 92912, 5, 92976, 15, 92996, 1, 93549, 2, 93847, 3, 94031, 0, 94079, 8, 94178, 0, 94180, 0, 94192, 1, 113820, 7,
  117760, 239, 118010, 2, 118016, 435, 118458, 22, 118496, 16, 118528, 45, 118576, 22, 118608, 115, 119262, 12, 120832, 651, 121499, 4, 121505, 14,
  122880, 6, 122888, 16, 122907, 6, 122915, 1, 122918, 4, 123023, 0, 123184, 6, 123215, 0, 123566, 0, 123628, 3, 123647, 0, 124140, 3,
  124398, 1, 124415, 0, 124643, 0, 124646, 0, 124654, 1, 124661, 0, 125136, 6, 125252, 6, 125278, 1, 126124, 0, 126128, 0, 126254, 0,
  127167, 0, 127200, 21, 127245, 2, 127279, 0, 127340, 3, 127387, 18, 127547, 0, 127584, 5, 127777, 14, 127798, 0, 127869, 2, 127892, 11,
  127941, 0, 127947, 20, 127985, 14, 128063, 0, 128065, 0, 128248, 0, 128253, 2, 128318, 1, 128324, 11, 128360, 146, 128577, 3, 128592, 47,
  128710, 18, 128732, 16, 128752, 12, 128884, 101, 128992, 11, 129008, 0, 129024, 11, 129040, 55, 129104, 9, 129120, 39, 129168, 29, 129200, 11,
  129216, 1, 129232, 8, 129280, 343, 129632, 13, 129648, 12, 129664, 10, 129678, 56, 129736, 0, 129741, 15, 129759, 11, 129775, 9, 129792, 146,
  129940, 91, 130042, 0,
];

/** A token character for FTS5's unicode61 (categories `L* N* Co`, and what its tables leave unassigned). */
function isTokenChar(c: number): boolean {
  if (c < 128) return ASCII_TOKEN[c]!;
  let lo = 0;
  let hi = FLIPPED.length / 2 - 1;
  let flipped = false;
  while (hi >= lo) {
    const mid = (hi + lo) >> 1;
    const first = FLIPPED[mid * 2]!;
    if (c < first) hi = mid - 1;
    else if (c > first + FLIPPED[mid * 2 + 1]!) lo = mid + 1;
    else { flipped = true; break; }
  }
  return TOKEN_CATEGORY.test(String.fromCodePoint(c)) !== flipped;
}
const ASCII_TOKEN: boolean[] = Array.from({ length: 128 }, (_, c) => /[A-Za-z0-9]/.test(String.fromCharCode(c)));

/** Combining marks FTS5 lets continue a token (sqlite3Fts5UnicodeIsdiacritic), though not start one. */
function isDiacritic(c: number): boolean {
  if (c < 768 || c > 817) return false;
  return c < 800 ? (0x08029fdf & (1 << (c - 768))) !== 0 : (0x000361f8 & (1 << (c - 800))) !== 0;
}

// fts5_remove_diacritic: a codepoint with a diacritic -> its ASCII letter.
const DIA = [
  0, 1797, 1848, 1859, 1891, 1928, 1940, 1995, 2024, 2040, 2060, 2110, 2168, 2206, 2264, 2286,
  2344, 2383, 2472, 2488, 2516, 2596, 2668, 2732, 2782, 2842, 2894, 2954, 2984, 3000, 3028, 3336,
  3456, 3696, 3712, 3728, 3744, 3766, 3832, 3896, 3912, 3928, 3944, 3968, 4008, 4040, 4056, 4106,
  4138, 4170, 4202, 4234, 4266, 4296, 4312, 4344, 4408, 4424, 4442, 4472, 4488, 4504, 6148, 6198,
  6264, 6280, 6360, 6429, 6505, 6529, 61448, 61468, 61512, 61534, 61592, 61610, 61642, 61672, 61688, 61704,
  61726, 61784, 61800, 61816, 61836, 61880, 61896, 61914, 61948, 61998, 62062, 62122, 62154, 62184, 62200, 62218,
  62252, 62302, 62364, 62410, 62442, 62478, 62536, 62554, 62584, 62604, 62640, 62648, 62656, 62664, 62730, 62766,
  62830, 62890, 62924, 62974, 63032, 63050, 63082, 63118, 63182, 63242, 63274, 63310, 63368, 63390,
];
// Upper case: the letter applies only with remove_diacritics 2 (FTS5's HIBIT); '.' is '\0'.
const DIA_CHARS =
  '.aceinouyyacdeeghijklnorstuuwyzouaiouUAgkoOjgnAaeiorusthaeOoOy........ab' +
  'CddEeEfghhiIklLlmnOprRrsStuUvwwxyzhtwyaAAAeEEioOOOuUUy';

function removeDiacritic(c: number): number {
  const key = ((c << 3) | 7) >>> 0;
  let lo = 0;
  let hi = DIA.length - 1;
  let res = 0;
  while (hi >= lo) {
    const mid = (hi + lo) >> 1;
    if (key >= DIA[mid]!) { res = mid; lo = mid + 1; } else hi = mid - 1;
  }
  const ch = DIA_CHARS[res]!;
  if (c > (DIA[res]! >> 3) + (DIA[res]! & 7)) return c;
  return ch === '.' ? 0 : ch.toLowerCase().charCodeAt(0);
}

// sqlite3Fts5UnicodeFold: [first codepoint, flags, range length]; see fts5_unicode2.c.
const FOLD = [
  65, 14, 26, 181, 64, 1, 192, 14, 23, 216, 14, 7, 256, 1, 48, 306, 1, 6, 313, 1, 16, 330, 1, 46, 376, 116, 1,
  377, 1, 6, 383, 104, 1, 385, 50, 1, 386, 1, 4, 390, 44, 1, 391, 0, 1, 393, 42, 2, 395, 0, 1, 398, 32, 1,
  399, 38, 1, 400, 40, 1, 401, 0, 1, 403, 42, 1, 404, 46, 1, 406, 52, 1, 407, 48, 1, 408, 0, 1, 412, 52, 1,
  413, 54, 1, 415, 56, 1, 416, 1, 6, 422, 60, 1, 423, 0, 1, 425, 60, 1, 428, 0, 1, 430, 60, 1, 431, 0, 1,
  433, 58, 2, 435, 1, 4, 439, 62, 1, 440, 0, 1, 444, 0, 1, 452, 2, 1, 453, 0, 1, 455, 2, 1, 456, 0, 1,
  458, 2, 1, 459, 1, 18, 478, 1, 18, 497, 2, 1, 498, 1, 4, 502, 122, 1, 503, 134, 1, 504, 1, 40, 544, 110, 1,
  546, 1, 18, 570, 70, 1, 571, 0, 1, 573, 108, 1, 574, 68, 1, 577, 0, 1, 579, 106, 1, 580, 28, 1, 581, 30, 1,
  582, 1, 10, 837, 36, 1, 880, 1, 4, 886, 0, 1, 902, 18, 1, 904, 16, 3, 908, 26, 1, 910, 24, 2, 913, 14, 17,
  931, 14, 9, 962, 0, 1, 975, 4, 1, 976, 140, 1, 977, 142, 1, 981, 146, 1, 982, 144, 1, 984, 1, 24, 1008, 136, 1,
  1009, 138, 1, 1012, 130, 1, 1013, 128, 1, 1015, 0, 1, 1017, 152, 1, 1018, 0, 1, 1021, 110, 3, 1024, 34, 16, 1040, 14, 32,
  1120, 1, 34, 1162, 1, 54, 1216, 6, 1, 1217, 1, 14, 1232, 1, 88, 1329, 22, 38, 4256, 66, 38, 4295, 66, 1, 4301, 66, 1,
  7680, 1, 150, 7835, 132, 1, 7838, 96, 1, 7840, 1, 96, 7944, 150, 8, 7960, 150, 6, 7976, 150, 8, 7992, 150, 8, 8008, 150, 6,
  8025, 151, 8, 8040, 150, 8, 8072, 150, 8, 8088, 150, 8, 8104, 150, 8, 8120, 150, 2, 8122, 126, 2, 8124, 148, 1, 8126, 100, 1,
  8136, 124, 4, 8140, 148, 1, 8152, 150, 2, 8154, 120, 2, 8168, 150, 2, 8170, 118, 2, 8172, 152, 1, 8184, 112, 2, 8186, 114, 2,
  8188, 148, 1, 8486, 98, 1, 8490, 92, 1, 8491, 94, 1, 8498, 12, 1, 8544, 8, 16, 8579, 0, 1, 9398, 10, 26, 11264, 22, 47,
  11360, 0, 1, 11362, 88, 1, 11363, 102, 1, 11364, 90, 1, 11367, 1, 6, 11373, 84, 1, 11374, 86, 1, 11375, 80, 1, 11376, 82, 1,
  11378, 0, 1, 11381, 0, 1, 11390, 78, 2, 11392, 1, 100, 11499, 1, 4, 11506, 0, 1, 42560, 1, 46, 42624, 1, 24, 42786, 1, 14,
  42802, 1, 62, 42873, 1, 4, 42877, 76, 1, 42878, 1, 10, 42891, 0, 1, 42893, 74, 1, 42896, 1, 4, 42912, 1, 10, 42922, 72, 1,
  65313, 14, 26,
];
const FOLD_OFFSETS = [
  1, 2, 8, 15, 16, 26, 28, 32, 37, 38, 40, 48, 63, 64, 69, 71, 79, 80, 116, 202, 203, 205, 206, 207,
  209, 210, 211, 213, 214, 217, 218, 219, 775, 7264, 10792, 10795, 23228, 23256, 30204, 54721,
  54753, 54754, 54756, 54787, 54793, 54809, 57153, 57274, 57921, 58019, 58363, 61722, 65268, 65341, 65373, 65406,
  65408, 65410, 65415, 65424, 65436, 65439, 65450, 65462, 65472, 65476, 65478, 65480, 65482, 65488, 65506, 65511,
  65514, 65521, 65527, 65528, 65529,
];

/** A codepoint folded to lower case and stripped of its diacritic, as FTS5 folds it (0: dropped). */
export function fold(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c < 65536) {
    let lo = 0;
    let hi = FOLD.length / 3 - 1;
    let res = -1;
    while (hi >= lo) {
      const mid = (hi + lo) >> 1;
      if (c - FOLD[mid * 3]! >= 0) { res = mid; lo = mid + 1; } else hi = mid - 1;
    }
    let ret = c;
    const code = FOLD[res * 3]!;
    const flags = FOLD[res * 3 + 1]!;
    if (c < code + FOLD[res * 3 + 2]! && (1 & flags & (code ^ c)) === 0) ret = (c + FOLD_OFFSETS[flags >> 1]!) & 0xffff;
    return removeDiacritic(ret);
  }
  return c >= 66560 && c < 66600 ? c + 40 : c;
}

/** The unicode61 tokens of a text: runs of token characters, folded; offsets in UTF-16 units. */
function* unicode61(text: string): Generator<{ term: string; start: number; end: number }> {
  let i = 0;
  const n = text.length;
  while (i < n) {
    // Separators first: a token starts with a letter, number or private-use character.
    let c = text.codePointAt(i)!;
    let width = c > 0xffff ? 2 : 1;
    if (!isTokenChar(c)) { i += width; continue; }
    const start = i;
    let term = '';
    for (;;) {
      const folded = fold(c);
      if (folded) term += String.fromCodePoint(folded);
      i += width;
      if (i >= n) break;
      c = text.codePointAt(i)!;
      width = c > 0xffff ? 2 : 1;
      if (!isTokenChar(c) && !isDiacritic(c)) break;
    }
    yield { term, start, end: i };
  }
}
/** The tokens of a text as FTS5's `porter unicode61 remove_diacritics 2` gives them, in order. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const t of unicode61(text)) out.push({ term: porter(t.term), start: t.start, end: t.end });
  return out;
}

/** Just the terms (a query's words). */
export function terms(text: string): string[] {
  return tokenize(text).map((t) => t.term);
}
