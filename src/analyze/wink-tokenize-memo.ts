import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * wink-nlp's tokenizer splits the text on spaces and looks each piece up in its lexicon; a piece
 * that is not a known word ("Hnatov,", "“We", "2,000-strong") goes through a chain of regular
 * expressions and a recursive splitter, every time it occurs. With the lexicon narrowed to the
 * model's own words (wink-deterministic.ts) the tokens a piece gives depend on the piece alone, so
 * we remember them: the first occurrence of a piece runs wink's own code, and we keep the token
 * records (four numbers each: lexeme index, spaces and contraction bits, lemma and POS bits, flags)
 * it pushed onto the document's raw token array; later occurrences push the same records directly,
 * with one Map probe per piece instead of wink's lexicon look-ups (a dictionary probe and an array
 * per call) and its cache's `add` for each unknown word. The tokens and their order are wink's;
 * only repeated work goes.
 *
 * Like wink-deterministic.ts, this swaps modules in Node's module cache (the tokenizer, and the
 * document-data wrapper so the tokenizer can reach the raw token array) and must run before
 * wink-nlp is first loaded. CLAIMGRAPH_NO_TOKEN_MEMO=1 turns it off (for comparisons).
 */
interface RawData {
  tokens: number[];
  nonBreakingSpaces: Record<number, string>;
}
interface DocData {
  _addToken(text: string, category: number, precedingSpaces: number, nbsp: string | null): boolean;
  _addTokenIfInCache(text: string, precedingSpaces: number, nbsp: string | null): number;
  isLexeme(text: string): unknown;
  /** Added by our wrapper below: the raw document data the methods write to. */
  _raw?: RawData;
}
type Tokenize = (doc: DocData, text: string) => void;
interface Trex { helpers: { splitter: RegExp } }
type TokenizerFactory = ((trex: Trex, categories: Record<string, number>, preserve: unknown) => Tokenize) & { memoized?: boolean };
type WrapperFactory = ((data: RawData) => DocData) & { exposesRaw?: boolean };

const UNK = 0;
/** wink's cap on the spaces before a token (tokenizer.js). */
const MAX_PRECEDING_SPACES = 65535;
/** Distinct pieces remembered before the memo starts over (bounds memory on endless input). */
const MAX_PIECES = 200_000;
/** The memo's slots: a power of two, well over MAX_PIECES so that probes stay short. */
const MEMO_SLOTS = 1 << 19;
const MEMO_MASK = MEMO_SLOTS - 1;
/** FNV-1a over UTF-16 code units. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const NBSP = /[\u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]/;
/** The no-break spaces of NBSP, by code (wink's splitter cuts text on them and on ' '). */
const isSplitSpace = (c: number) => c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;

/** wink-eng-lite-web-model's splitter: runs of spaces (plain or no-break) and runs of line breaks and tabs. */
const SPLITTER_SOURCE = '([ \\u00a0\\u2002-\\u2005\\u2009\\u200a\\u202f\\u205f]+|[\\n\\r\\t]+)';
const isBreak = (c: number) => c === 10 || c === 13 || c === 9;

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

/**
 * A piece's token records as wink pushed them (three numbers each; the fourth, flags, is always 0
 * when a token is added), the first one's preceding spaces taken out, and how many came from the
 * first call wink made for it: those carry the piece's no-break spaces.
 */
interface Plan { readonly records: number[]; readonly firstCall: number }

const require = createRequire(import.meta.url);
const winkDir = dirname(require.resolve('wink-nlp'));
const tokenizerPath = join(winkDir, 'tokenizer.js');
const wrapperPath = join(winkDir, 'dd-wrapper.js');
const original = require(tokenizerPath) as TokenizerFactory;
const originalWrapper = require(wrapperPath) as WrapperFactory;
const entry = require.cache[tokenizerPath];
const wrapperEntry = require.cache[wrapperPath];
/** wink's token record size (constants.js tkSize). */
const TK = 4;

if (entry && wrapperEntry && !original.memoized && process.env.CLAIMGRAPH_NO_TOKEN_MEMO !== '1') {
  if (!originalWrapper.exposesRaw) {
    const wrapper: WrapperFactory = (data) => {
      const methods = originalWrapper(data);
      methods._raw = data;
      return methods;
    };
    wrapper.exposesRaw = true;
    wrapperEntry.exports = wrapper;
  }

  const factory: TokenizerFactory = (trex, categories, preserve) => {
    const winkTokenize = original(trex, categories, preserve);
    const splitter = trex.helpers.splitter;
    // The memo: an open-addressing table probed with a hash computed while the text is scanned,
    // so a piece met before costs neither a string nor V8's hashing of one.
    const keys: (string | undefined)[] = new Array<string | undefined>(MEMO_SLOTS).fill(undefined);
    const plans: (Plan | undefined)[] = new Array<Plan | undefined>(MEMO_SLOTS).fill(undefined);
    let remembered = 0;

    // Passes the piece's preceding spaces to the first token only, as wink does, and notes where
    // the first call's tokens end.
    let real: DocData;
    let calls = 0;
    let firstCallEnd = 0;
    let spaces = 0;
    let nbsp: string | null = null;
    const recorder: DocData = {
      _addToken(text, category) {
        real._addToken(text, category, calls === 0 ? spaces : 0, nbsp);
        if (calls++ === 0) firstCallEnd = real._raw!.tokens.length;
        return true;
      },
      _addTokenIfInCache(text) {
        const found = real._addTokenIfInCache(text, calls === 0 ? spaces : 0, nbsp);
        if (found !== UNK && calls++ === 0) firstCallEnd = real._raw!.tokens.length;
        return found;
      },
      isLexeme: (text) => real.isLexeme(text),
    };

    /** What wink pushed for a piece from record `from` on, as a Plan. */
    const planOf = (raw: RawData, from: number, firstEnd: number, precedingSpaces: number): Plan => {
      const t = raw.tokens;
      const records: number[] = [];
      for (let i = from; i < t.length; i += TK) records.push(i === from ? t[i + 1]! - precedingSpaces : t[i + 1]!, t[i]!, t[i + 2]!);
      return { records, firstCall: (firstEnd - from) / TK };
    };

    /** Pushes a remembered piece's records again. */
    const replay = (raw: RawData, known: Plan, precedingSpaces: number, nbSpaces: string | null) => {
      const tokens = raw.tokens;
      const r = known.records;
      const at = tokens.length / TK;
      for (let i = 0; i < r.length; i += 3) tokens.push(r[i + 1]!, i === 0 ? r[i]! + precedingSpaces : r[i]!, r[i + 2]!, 0);
      if (nbSpaces !== null && precedingSpaces > 0) for (let j = 0; j < known.firstCall; j++) raw.nonBreakingSpaces[at + j] = nbSpaces;
    };

    /** A piece met for the first time: wink's own code, whose token records become its Plan. */
    const first = (doc: DocData, raw: RawData, t: string, precedingSpaces: number, nbSpaces: string | null): Plan => {
      const from = raw.tokens.length;
      if (doc._addTokenIfInCache(t, precedingSpaces, nbSpaces) === UNK) {
        real = doc;
        calls = 0;
        firstCallEnd = from;
        spaces = precedingSpaces;
        nbsp = nbSpaces;
        // The piece holds no space, so wink's tokenizer sees it as its only piece.
        winkTokenize(recorder, t);
      } else firstCallEnd = raw.tokens.length;
      return planOf(raw, from, firstCallEnd, precedingSpaces);
    };

    /** The piece src[from, to), whose hash is h: replayed when remembered, else tokenized by wink and remembered. */
    const piece = (doc: DocData, raw: RawData, src: string, from: number, to: number, h: number, precedingSpaces: number, nbSpaces: string | null) => {
      const length = to - from;
      let slot = h & MEMO_MASK;
      for (let k = keys[slot]; k !== undefined; k = keys[slot]) {
        if (k.length === length && src.startsWith(k, from)) {
          replay(raw, plans[slot]!, precedingSpaces, nbSpaces);
          return;
        }
        slot = (slot + 1) & MEMO_MASK;
      }
      const t = from === 0 && to === src.length ? src : src.slice(from, to);
      const plan = first(doc, raw, t, precedingSpaces, nbSpaces);
      if (remembered >= MAX_PIECES) {
        keys.fill(undefined);
        plans.fill(undefined);
        remembered = 0;
        slot = h & MEMO_MASK;
      }
      keys[slot] = t;
      plans[slot] = plan;
      remembered++;
    };

    /** A piece given as a string (a chunk of a long piece, or from the regular-expression split). */
    const pieceString = (doc: DocData, raw: RawData, t: string, precedingSpaces: number, nbSpaces: string | null) => {
      let h = FNV_OFFSET;
      for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), FNV_PRIME);
      piece(doc, raw, t, 0, t.length, h, precedingSpaces, nbSpaces);
    };

    // wink's loop over the pieces between spaces (tokenizer.js), with `piece` for each word.
    const words = (doc: DocData, raw: RawData, t: string, precedingSpaces: number, nbSpaces: string | null) => {
      // wink's splitter is quadratic in a piece's length (52,000 chars of a glued identifier took
      // 11 s): a long piece goes to it in chunks, cut after punctuation where there is some.
      for (let s = 0; s < t.length;) {
        const e = chunkEnd(t, s);
        pieceString(doc, raw, s === 0 && e === t.length ? t : t.slice(s, e), s === 0 ? precedingSpaces : 0, s === 0 ? nbSpaces : null);
        s = e;
      }
    };
    // wink's splitter, read by a scan instead: no string for each run of plain spaces, no array
    // of all the parts. Used only while the splitter is the one it was written for.
    if (splitter.source === SPLITTER_SOURCE) {
      return (doc, text) => {
        const raw = doc._raw!;
        const n = text.length;
        let precedingSpaces = 0;
        let nbSpaces: string | null = null;
        let i = 0;
        while (i < n) {
          const c = text.charCodeAt(i);
          let j = i + 1;
          if (c === 32 || isSplitSpace(c)) {
            let plain = c === 32;
            while (j < n) {
              const d = text.charCodeAt(j);
              if (d === 32) j++;
              else if (isSplitSpace(d)) { plain = false; j++; } else break;
            }
            if (plain) {
              precedingSpaces = Math.min(j - i, MAX_PRECEDING_SPACES - 1);
              nbSpaces = null;
            } else {
              nbSpaces = text.slice(i, j);
              precedingSpaces = MAX_PRECEDING_SPACES;
            }
          } else {
            // A run of line breaks and tabs is a piece of its own (wink makes it a token); so is a run of anything else.
            const breaks = isBreak(c);
            let h = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
            while (j < n) {
              const d = text.charCodeAt(j);
              if (breaks ? !isBreak(d) : d === 32 || isSplitSpace(d) || isBreak(d)) break;
              h = Math.imul(h ^ d, FNV_PRIME);
              j++;
            }
            if (j - i <= MAX_PIECE) piece(doc, raw, text, i, j, h, precedingSpaces, nbSpaces);
            else words(doc, raw, text.slice(i, j), precedingSpaces, nbSpaces);
            precedingSpaces = 0;
            nbSpaces = null;
          }
          i = j;
        }
      };
    }
    return (doc, text) => {
      const raw = doc._raw!;
      const parts = text.split(splitter);
      let precedingSpaces = 0;
      let nbSpaces: string | null = null;
      for (let p = 0; p < parts.length; p++) {
        const t = parts[p];
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
          words(doc, raw, t, precedingSpaces, nbSpaces);
          precedingSpaces = 0;
          nbSpaces = null;
        }
      }
    };
  };
  factory.memoized = true;
  entry.exports = factory;
}
