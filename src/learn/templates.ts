/**
 * The tagger's feature templates, declared once as a table: per group, the per-token values it
 * computes (`L`, name = expression) and its templates (`T`, name and the up to three values it
 * reads). The fast code that fills the feature array is generated from this table by
 * `train/gen-features.ts` (run by `npm run build`) into `feature-groups.generated.ts`; edit here,
 * never there.
 *
 * How every template is hashed: id = its position in its pass's layout (1-based, counted over the
 * templates that pass writes), values v1, v2, v3 (a missing one is 0), one multiply-xor per value
 * and a final xor-shift: `h3(id - 1, v1, v2, v3)` of `hash.ts`, written out inline (a call is not
 * always inlined and costs more than the hash). The first pass writes every base template; the
 * second pass writes the base templates not marked `first` (a lighter subset: all of them gave the
 * same dev F1, slower) and then the stacked group. Ids are positions, so inserting, removing or
 * reordering a template renumbers those after it: the models in models/ must then be retrained.
 *
 * Expressions are TypeScript over the group's locals, the token index `i` and the fields of
 * `FeatureCtx` (feature-context.ts), which the generated code destructures by name.
 */

export interface Local { kind: 'local'; name: string; is: string; first: boolean }
export interface Template { kind: 'template'; name: string; reads: readonly string[]; first: boolean }
export type Entry = Local | Template;
export interface Group {
  /** The generated function's name. */
  fn: string;
  /** Its doc comment. */
  about: string;
  /** Locals and templates in order: locals are computed where they stand, templates numbered in order. */
  entries: readonly Entry[];
}

/** A per-token value, computed once per token where it stands. */
const L = (name: string, is: string): Local => ({ kind: 'local', name, is, first: false });
/** A template: its name and the one to three values it reads. */
const T = (name: string, ...reads: string[]): Template => ({ kind: 'template', name, reads, first: false });
/** Entries the first pass writes and the second pass's lighter base set leaves out. */
const first = (...entries: Entry[]): Entry[] => entries.map((e) => ({ ...e, first: true }));

// Per-token values several groups read.
const s = L('s', 'sentOf[i]!'); // sentence
const a = L('a', 'ss[s]!'); // first token of the sentence
const b = L('b', 'se[s]!'); // one past its last token
const p = L('p', 'paraOf[i]!'); // paragraph
const pa = L('pa', 'ps[p]!'); // first token of the paragraph
const pi = L('pi', 'pos[i]!'); // POS tag
const q = L('q', 'inq[i]!'); // inside quotation marks
const pm1 = L('pm1', 'i > a ? pos[i - 1]! : 30'); // POS one to the left within the sentence (30: none)
const pp1 = L('pp1', 'i + 1 < b ? pos[i + 1]! : 31'); // POS one to the right within the sentence (31: none)
const prevS = L('prevS', 's > 0 && paraOf[ss[s - 1]!] === p ? s - 1 : -1'); // previous sentence in the paragraph
const nextS = L('nextS', 's + 1 < nS && paraOf[ss[s + 1]!] === p ? s + 1 : -1'); // next sentence in the paragraph
const lc = L('lc', 'leftCue[i]!'); // nearest cue word on the left in the sentence (-1: none)
const rc = L('rc', 'rightCue[i]!'); // and on the right
const ld = L('ld', 'lc >= 0 ? distBucket(i - lc) : 15');
const rd = L('rd', 'rc >= 0 ? distBucket(rc - i) : 15');

/** The base groups, in the order their templates are numbered. */
export const BASE_GROUPS: readonly Group[] = [
  {
    fn: 'lexicalGroup',
    about: 'Word and POS windows, bigrams and trigrams, capitalisation.',
    entries: [
      s, a, b,
      L('lwm1', 'i > 0 ? lw[i - 1]! : BOS'), L('lwm2', 'i > 1 ? lw[i - 2]! : BOS'),
      L('lwp1', 'i + 1 < n ? lw[i + 1]! : EOS'), L('lwp2', 'i + 2 < n ? lw[i + 2]! : EOS'),
      pm1, L('pm2', 'i > a + 1 ? pos[i - 2]! : 30'), pp1, L('pp2', 'i + 2 < b ? pos[i + 2]! : 31'), pi,
      T('bias', '1'),
      T('word', 'lw[i]!'),
      ...first(
        T('shape', 'shape[i]!'),
        T('suffix3', 'suf3[i]!'),
        T('prefix2', 'pre2[i]!'),
        T('word-1', 'lwm1'),
        T('word+1', 'lwp1'),
        T('word-2', 'lwm2'),
        T('word+2', 'lwp2'),
      ),
      T('word-1 word', 'lwm1', 'lw[i]!'),
      T('word word+1', 'lw[i]!', 'lwp1'),
      T('pos', 'pi'),
      ...first(
        T('pos-1', 'pm1'),
        T('pos+1', 'pp1'),
        T('pos-2', 'pm2'),
        T('pos+2', 'pp2'),
        T('pos-1 pos', 'pm1', 'pi'),
        T('pos pos+1', 'pi', 'pp1'),
      ),
      T('pos-1 pos pos+1', 'pm1', 'pi', 'pp1'),
      ...first(
        T('pos-2 pos-1 pos', 'pm2', 'pm1', 'pi'),
        T('pos pos+1 pos+2', 'pi', 'pp1', 'pp2'),
        T('cap cap-1', 'cap[i]!', 'i > a ? cap[i - 1]! : 2'),
        T('cap cap-1 cap+1', 'cap[i]!', 'i > a ? cap[i - 1]! : 2', 'i + 1 < b ? cap[i + 1]! : 2'),
      ),
    ],
  },
  {
    fn: 'quoteGroup',
    about: 'Quotation-mark state of the token, its sentence, paragraph start and neighbouring sentences.',
    entries: [
      s, p, pi, q, pa, prevS, nextS,
      T('inq', 'q'),
      T('inq mark', 'q', 'qm[i]!'),
      T('inq pos', 'q', 'pi'),
      ...first(
        T('inq word', 'q', 'lw[i]!'),
        T('mark-1 mark+1', 'i > 0 ? qm[i - 1]! : 9', 'i + 1 < n ? qm[i + 1]! : 9'),
        T('inq inq-1 inq+1', 'q', 'i > 0 ? inq[i - 1]! : 9', 'i + 1 < n ? inq[i + 1]! : 9'),
      ),
      T('inq sentence-quote sentence-first-quote', 'q', 'sQuote[s]!', 'sFirstQ[s]!'),
      T('inq sentence-ends-inside sentence-cue', 'q', 'sLastInq[s]!', 'sCue[s]!'),
      T('inq paragraph-opens-quote paragraph-start', 'q', 'qm[pa] === 1 || qm[pa] === 3 ? 1 : 0', 'i === pa ? 1 : 0'),
      // Neighbouring sentences: does the previous end inside quotes, the next start with one?
      T('inq previous-ends-inside next-opens', 'q', 'prevS >= 0 ? sLastInq[prevS]! + 1 : 0', 'nextS >= 0 ? sFirstQ[nextS]! + 1 : 0'),
      T('inq previous-cue next-cue', 'q', 'prevS >= 0 ? sCue[prevS]! : 9', 'nextS >= 0 ? sCue[nextS]! : 9'),
    ],
  },
  {
    fn: 'cueGroup',
    about: 'Cue strength of the word and its neighbours.',
    entries: [
      s, a, b, pm1, pp1, pi,
      L('cu', 'cue[i]!'),
      T('cue', 'cu'),
      T('cue pos', 'cu', 'pi'),
      ...first(
        T('cue pos-1 pos+1', 'cu', 'pm1', 'pp1'),
        T('cue-1 cue+1', 'i > 0 ? cue[i - 1]! : 9', 'i + 1 < n ? cue[i + 1]! : 9'),
      ),
    ],
  },
  {
    fn: 'nearCueGroup',
    about: 'Distance to and identity of the nearest cue word either side in the sentence.',
    entries: [
      pi, q, lc, rc, ld, rd,
      T('left-dist right-dist', 'ld', 'rd'),
      T('left-dist inq pos', 'ld', 'q', 'pi'),
      T('right-dist inq pos', 'rd', 'q', 'pi'),
      T('left-dist left-cue', 'ld', 'lc >= 0 ? lw[lc]! : 0'),
      T('right-dist right-cue', 'rd', 'rc >= 0 ? lw[rc]! : 0'),
      ...first(
        T('left-cue that-after-cue inq', 'lc >= 0 ? lw[lc]! : 0', 'thatAfterCue[i]!', 'q'),
        T('right-cue comma-after inq', 'rc >= 0 ? lw[rc]! : 0', 'commaAfter[i]!', 'q'),
        T('left-dist that-after-cue comma-before', 'ld', 'thatAfterCue[i]!', 'commaBefore[i]!'),
        T('right-dist comma-after has-left-cue', 'rd', 'commaAfter[i]!', 'lc >= 0 ? 1 : 0'),
        T('after-left-cue left-dist left-cue-pos', 'lc >= 0 && lc + 1 < n ? lw[lc + 1]! : 0', 'ld', 'lc >= 0 ? pos[lc]! : 0'),
        T('before-right-cue right-dist right-cue-pos', 'rc >= 0 && rc > 0 ? lw[rc - 1]! : 0', 'rd', 'rc >= 0 ? pos[rc]! : 0'),
        T('right-strength left-strength pos', 'rc >= 0 ? cue[rc]! : 0', 'lc >= 0 ? cue[lc]! : 0', 'pi'),
      ),
    ],
  },
  {
    fn: 'clauseGroup',
    about: 'Position in the sentence and paragraph, commas, relative clause, colon, line breaks, nearest verbs.',
    entries: [
      s, a, b, p, pm1, pp1, pi, q, pa, lc, rc, ld, rd,
      L('fromStart', 'distBucket(i - a)'), L('toEnd', 'distBucket(b - 1 - i)'),
      T('from-start to-end', 'fromStart', 'toEnd'),
      T('from-start pos inq', 'fromStart', 'pi', 'q'),
      T('to-end pos inq', 'toEnd', 'pi', 'q'),
      T('comma-before comma-after inq', 'commaBefore[i]!', 'commaAfter[i]!', 'q'),
      ...first(
        T('relative-clause colon-before inq', 'relClause[i]!', 'colonBefore[i]!', 'q'),
        T('comma-before left-dist right-dist', 'commaBefore[i]!', 'ld', 'rd'),
        T('commas-since-left-cue left-cue inq', 'lc >= 0 ? Math.min(commaRaw[i]! - commaRaw[lc]!, 3) : 9', 'lc >= 0 ? lw[lc]! : 0', 'q'),
        T('commas-to-right-cue right-cue pos', 'rc >= 0 ? Math.min(commaRaw[rc]! - commaRaw[i]!, 3) : 9', 'rc >= 0 ? lw[rc]! : 0', 'pi'),
        T('line-break-before line-break-after inq', 'nlBefore[i]!', 'i + 1 < n ? nlBefore[i + 1]! : 1', 'q'),
        L('lv', 'leftVerb[i]!'), L('rv', 'rightVerb[i]!'),
        T('left-verb left-verb-dist inq', 'lv >= 0 ? lw[lv]! : 0', 'lv >= 0 ? distBucket(i - lv) : 15', 'q'),
        T('right-verb right-verb-dist inq', 'rv >= 0 ? lw[rv]! : 0', 'rv >= 0 ? distBucket(rv - i) : 15', 'q'),
        T('left-verb pos after-left-verb-pos', 'lv >= 0 ? lw[lv]! : 0', 'pi', 'lv >= 0 && lv + 1 < n ? pos[lv + 1]! : 31'),
        T('sentence-cue sentence-quote', 'sCue[s]!', 'sQuote[s]!'),
        T('sentence-first sentence-last pos', 'i === a ? 1 : 0', 'i === b - 1 ? 1 : 0', 'pi'),
        T('that-to-and pos-1 pos+1', 'lw[i] === H_THAT ? 1 : lw[i] === H_TO ? 2 : lw[i] === H_AND || lw[i] === H_BUT ? 3 : 0', 'pm1', 'pp1'),
        T('from-paragraph-start first-sentence', 'distBucket(i - pa)', 's === sentOf[pa] ? 1 : 0'),
        T('first-paragraphs inq', 'p === 0 ? 1 : p === 1 ? 2 : 0', 'q'),
        T('long-paragraph sentences-before', 'countBucket(pe[p]! - pa > 60 ? 3 : 0)', 'countBucket(s - sentOf[pa]!)'),
      ),
    ],
  },
];

/** The second pass's stacked group (after its base templates): the first pass's labels and margins. */
export const STACK_GROUP: Group = {
  fn: 'stackGroup',
  about: 'The first pass\'s labels and margins around the token, in its sentence, the neighbouring sentences and the paragraph.',
  entries: [
    s, a, p, pi, q, prevS, nextS,
    L('c0', 'CLASS_OF[p1[i]!]!'), // label class (O, content, source, cue) of the token
    L('cm1', 'i > 0 ? CLASS_OF[p1[i - 1]!]! : 7'), L('cm2', 'i > 1 ? CLASS_OF[p1[i - 2]!]! : 7'),
    L('cp1', 'i + 1 < n ? CLASS_OF[p1[i + 1]!]! : 7'), L('cp2', 'i + 2 < n ? CLASS_OF[p1[i + 2]!]! : 7'),
    L('mb', 'hasM ? marginBucket(m1[i]!) : 0'),
    T('label margin', 'p1[i]!', 'mb'),
    T('label word', 'p1[i]!', 'lw[i]!'),
    T('label label-1 margin-1', 'p1[i]!', 'i > 0 ? p1[i - 1]! : 9', 'hasM && i > 0 ? marginBucket(m1[i - 1]!) : 0'),
    T('label label+1 margin+1', 'p1[i]!', 'i + 1 < n ? p1[i + 1]! : 9', 'hasM && i + 1 < n ? marginBucket(m1[i + 1]!) : 0'),
    T('class-1', 'cm1'),
    T('class+1', 'cp1'),
    T('class-1 class class+1', 'cm1', 'c0', 'cp1'),
    T('class-2 class-1 class', 'cm2', 'cm1', 'c0'),
    T('class class+1 class+2', 'c0', 'cp1', 'cp2'),
    T('class inq pos', 'c0', 'q', 'pi'),
    // What the sentence, its neighbours and the paragraph contain.
    L('sh', 'sHas[s]!'), L('prevH', 'prevS >= 0 ? sHas[prevS]! : 8'), L('nextH', 'nextS >= 0 ? sHas[nextS]! : 8'),
    T('sentence-has class', 'sh', 'c0'),
    T('sentence-has previous-has class', 'sh', 'prevH', 'c0'),
    T('sentence-has next-has class', 'sh', 'nextH', 'c0'),
    T('paragraph-has class inq', 'pHas[p]!', 'c0', 'q'),
    // Distance to the predicted source and cue either side.
    L('lS', 'leftS[i]!'), L('rS', 'rightS[i]!'), L('lQ', 'leftQ[i]!'), L('rQ', 'rightQ[i]!'),
    T('source-dists class', 'lS >= 0 ? distBucket(i - lS) : 15', 'rS >= 0 ? distBucket(rS - i) : 15', 'c0'),
    T('cue-dists class', 'lQ >= 0 ? distBucket(i - lQ) : 15', 'rQ >= 0 ? distBucket(rQ - i) : 15', 'c0'),
    T('cue-words class', 'lQ >= 0 ? lw[lQ]! : 0', 'rQ >= 0 ? lw[rQ]! : 0', 'c0'),
    // Previous sentence's last label class and next sentence's first.
    L('prevLast', 's > 0 ? CLASS_OF[p1[se[s - 1]! - 1]!]! : 7'), L('nextFirst', 's + 1 < nS ? CLASS_OF[p1[ss[s + 1]!]!]! : 7'),
    T('previous-last next-first class', 'prevLast', 'nextFirst', 'c0'),
    T('previous-last sentence-first inq', 'prevLast', 'i === a ? 1 : 0', 'q'),
    L('rl', 'runLen[i]!'),
    T('content-run-length sentence-has', 'c0 === 1 ? distBucket(rl) : 15', 'sh'),
    // Where in its first-pass run the token is, and whether the run holds a cue word.
    L('first', 'c0 !== 0 && (i === 0 || CLASS_OF[p1[i - 1]!] !== c0 || (p1[i]! & 1) === 1) ? 1 : 0'),
    L('last', 'c0 !== 0 && (i + 1 === n || CLASS_OF[p1[i + 1]!] !== c0 || (p1[i + 1]! & 1) === 1) ? 1 : 0'),
    T('run-edge class pos', 'first * 2 + last', 'c0', 'pi'),
    T('run-edge class word', 'first * 2 + last', 'c0', 'lw[i]!'),
    T('content-run-cue inq run-length', 'c0 === 1 ? runCue[i]! : 9', 'q', 'distBucket(rl)'),
    T('sentence-pattern run-index class', 'sPat[s]!', 'runIdx[i]!', 'c0'),
    T('sentence-pattern inq pos', 'sPat[s]!', 'q', 'pi'),
    T('sentence-pattern previous-pattern class', 'sPat[s]!', 'prevS >= 0 ? sPat[prevS]! : 0', 'c0'),
  ],
};
