import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * wink-nlp's tokenizer splits the text on spaces and looks each piece up in its lexicon; a piece
 * that is not a known word ("Hnatov,", "“We", "2,000-strong") goes through a chain of regular
 * expressions and a recursive splitter, every time it occurs. With the lexicon narrowed to the
 * model's own words (wink-deterministic.ts) the tokens a piece gives depend on the piece alone, so
 * we remember them: the first occurrence runs wink's own code and records the tokens it adds; later
 * ones add the same tokens directly. The tokens and their order are wink's; only the repeated
 * regular-expression work goes.
 *
 * Like wink-deterministic.ts, this swaps a module in Node's module cache and must run before
 * wink-nlp is first loaded. CLAIMGRAPH_NO_TOKEN_MEMO=1 turns it off (for comparisons).
 */
interface DocData {
  _addToken(text: string, category: number, precedingSpaces: number, nbsp: string | null): boolean;
  _addTokenIfInCache(text: string, precedingSpaces: number, nbsp: string | null): number;
  isLexeme(text: string): unknown;
}
type Tokenize = (doc: DocData, text: string) => void;
interface Trex { helpers: { splitter: RegExp } }
type TokenizerFactory = ((trex: Trex, categories: Record<string, number>, preserve: unknown) => Tokenize) & { memoized?: boolean };

const UNK = 0;
/** wink's cap on the spaces before a token (tokenizer.js). */
const MAX_PRECEDING_SPACES = 65535;
/** Distinct pieces remembered before the memo starts over (bounds memory on endless input). */
const MAX_PIECES = 200_000;
const NBSP = /[\u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]/;
/** The no-break spaces of NBSP, by code (wink's splitter cuts text on them and on ' '). */
const isSplitSpace = (c: number) => c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;

/** The longest piece handed to wink whole; a word is never this long, a glued identifier can be. */
const MAX_PIECE = 256;

/**
 * Where the chunk of `t` that starts at `s` ends: the whole rest when short, else just after the
 * last punctuation mark in the second half of the window (so tokens are rarely cut), else at the
 * window's end, never between the two halves of a surrogate pair.
 */
function chunkEnd(t: string, s: number): number {
  if (t.length - s <= MAX_PIECE) return t.length;
  let e = s + MAX_PIECE;
  for (let k = e - 1; k > s + MAX_PIECE / 2; k--) {
    const c = t.charCodeAt(k);
    // ASCII punctuation and symbols: not a letter, digit or part of a wider character.
    if (c < 128 && !(c >= 48 && c <= 57) && !(c >= 65 && c <= 90) && !(c >= 97 && c <= 122)) return k + 1;
  }
  const before = t.charCodeAt(e - 1);
  if (before >= 0xd800 && before <= 0xdbff) e--;
  return e;
}

/** A piece's tokens: text, then -1 when it was a lexicon hit or its category when wink added it. */
type Plan = (string | number)[];

const require = createRequire(import.meta.url);
const tokenizerPath = join(dirname(require.resolve('wink-nlp')), 'tokenizer.js');
const original = require(tokenizerPath) as TokenizerFactory;
const entry = require.cache[tokenizerPath];

if (entry && !original.memoized && process.env.CLAIMGRAPH_NO_TOKEN_MEMO !== '1') {
  const factory: TokenizerFactory = (trex, categories, preserve) => {
    const winkTokenize = original(trex, categories, preserve);
    const splitter = trex.helpers.splitter;
    const memo = new Map<string, Plan>();

    // Records what wink adds for one piece, passing the piece's preceding spaces to the first
    // token only, as wink does.
    let real: DocData;
    let plan: Plan = [];
    let spaces = 0;
    let nbsp: string | null = null;
    const recorder: DocData = {
      _addToken(text, category) {
        real._addToken(text, category, plan.length === 0 ? spaces : 0, nbsp);
        plan.push(text, category);
        return true;
      },
      _addTokenIfInCache(text) {
        const found = real._addTokenIfInCache(text, plan.length === 0 ? spaces : 0, nbsp);
        if (found !== UNK) plan.push(text, -1);
        return found;
      },
      isLexeme: (text) => real.isLexeme(text),
    };

    const piece = (doc: DocData, t: string, precedingSpaces: number, nbSpaces: string | null) => {
      if (doc._addTokenIfInCache(t, precedingSpaces, nbSpaces) !== UNK) return;
      const known = memo.get(t);
      if (known) {
        for (let i = 0; i < known.length; i += 2) {
          const text = known[i] as string;
          const category = known[i + 1] as number;
          const ps = i === 0 ? precedingSpaces : 0;
          if (category < 0) doc._addTokenIfInCache(text, ps, nbSpaces);
          else doc._addToken(text, category, ps, nbSpaces);
        }
        return;
      }
      real = doc;
      plan = [];
      spaces = precedingSpaces;
      nbsp = nbSpaces;
      // The piece holds no space, so wink's tokenizer sees it as its only piece.
      winkTokenize(recorder, t);
      if (memo.size >= MAX_PIECES) memo.clear();
      memo.set(t, plan);
    };

    // wink's loop over the pieces between spaces (tokenizer.js), with `piece` for each word.
    return (doc, text) => {
      const raw = text.split(splitter);
      let precedingSpaces = 0;
      let nbSpaces: string | null = null;
      for (let p = 0; p < raw.length; p++) {
        const t = raw[p];
        if (!t) continue;
        // Only a run of spaces can hold a no-break space: the splitter cuts them out of words.
        const c0 = t.charCodeAt(0);
        const hasNBSP = c0 === 32 ? NBSP.test(t) : isSplitSpace(c0);
        if (c0 === 32 || hasNBSP) {
          precedingSpaces = t.length;
          if (hasNBSP) {
            nbSpaces = t;
            precedingSpaces = MAX_PRECEDING_SPACES;
          } else if (precedingSpaces > MAX_PRECEDING_SPACES - 1) precedingSpaces = MAX_PRECEDING_SPACES - 1;
        } else {
          // wink's splitter is quadratic in a piece's length (52,000 chars of a glued identifier took
          // 11 s): a long piece goes to it in chunks, cut after punctuation where there is some.
          for (let s = 0; s < t.length;) {
            const e = chunkEnd(t, s);
            piece(doc, s === 0 && e === t.length ? t : t.slice(s, e), s === 0 ? precedingSpaces : 0, s === 0 ? nbSpaces : null);
            s = e;
          }
          precedingSpaces = 0;
          nbSpaces = null;
        }
      }
    };
  };
  factory.memoized = true;
  entry.exports = factory;
}
