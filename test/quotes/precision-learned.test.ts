/**
 * Issue 12, precision: the learned tagger's clauses that do not stand alone as quotations
 * (src/extract/quotes/learned-gate.ts, acts in src/extract/lexicon/cue-verbs.ts), and its clauses
 * cut at `, but` where the rule read the whole report (merge-learned.ts). Sentences we wrote in
 * the shapes of readouts and wire copy.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/index.ts';
import { makeDocument } from '../../src/model/index.ts';
import type { Doc } from '../../src/model/doc.ts';
import { learnedRefusal, type LearnedRefusal } from '../../src/extract/quotes/learned-gate.ts';
import { reportsAct } from '../../src/extract/lexicon/cue-verbs.ts';
import { DATE, expectNoQuotes, listQuotes, quotesOf } from './helpers.ts';

/** Token range of the first occurrence of `phrase` (whole tokens) in the document. */
function range(doc: Doc, phrase: string): [number, number] {
  const at = doc.text.indexOf(phrase);
  expect(at, `"${phrase}" in "${doc.text}"`).toBeGreaterThanOrEqual(0);
  let ts = 0;
  while (doc.tokStart[ts]! < at) ts++;
  let te = ts;
  while (te < doc.tokens.length && doc.tokEnd[te]! <= at + phrase.length) te++;
  return [ts, te];
}

/** The gate's answer for a learned clause `content` with source `source` and cue `cue` in `text`. */
function refusalOf(text: string, content: string, source: string, cue: string): LearnedRefusal | null {
  const doc = analyze(makeDocument({ id: 't', text, date: DATE }));
  const [ts, te] = range(doc, content);
  const [ss, se] = range(doc, source);
  return learnedRefusal(doc, { ts, te, source: { start: ss, end: se }, cue: range(doc, cue) });
}

describe('learned-gate: clauses that are no quotation', () => {
  it.each<[string, string, string, string, LearnedRefusal]>([
    // The cue takes its own clause after it: the clause before is a phrase of the sentence.
    ['Commenting on the situation near Bakhmut, the minister noted that the defence holds.', 'the situation near Bakhmut', 'the minister', 'noted', 'misplaced'],
    ['Without making forecasts about the offensive, the general said that the brigades are ready.', 'Without making forecasts about the offensive', 'the general', 'said', 'misplaced'],
    ['A former ambassador to Poland, Anna Marsh, who leads the expert group, said: the plan is ready.', 'A former ambassador to Poland', 'Anna Marsh', 'said', 'misplaced'],
    // Fragments: a lone pronoun, a passive's agent, the tail of a preposition.
    ['Energy prices were reviewed. It was noted that the terminal would reopen.', 'It', 'It', 'was noted', 'fragment'],
    ['The bank froze the assets under the sanctions announced by the Chancellor in Berlin on May 2.', 'by the Chancellor in Berlin on May 2', 'the Chancellor', 'announced', 'fragment'],
    ['The envoy expressed condolences on behalf of the government for the victims of the strike.', 'behalf of the government for the victims of the strike', 'The envoy', 'expressed condolences on', 'fragment'],
    // A stance, not words.
    ['The council supports the decision of the ministers to close the port.', 'the decision of the ministers to close the port', 'The council', 'supports'],
    ['We strongly oppose any attempt to change the border by force.', 'any attempt to change the border by force', 'We', 'strongly oppose'],
    ['The mayor sees no interest in talks on the part of the occupiers.', 'no interest in talks on the part of the occupiers', 'The mayor', 'sees'],
    ['The champion has refused to play against athletes from the aggressor state.', 'to play against athletes from the aggressor state', 'The champion', 'has refused'],
    ['The governor expressed hope for the success of the evacuation tomorrow.', 'hope for the success of the evacuation tomorrow', 'The governor', 'expressed'],
  ].map(([t, c, so, cu, r]) => [t, c, so, cu, r ?? 'stance'] as [string, string, string, string, LearnedRefusal]))('refused: %s [%s]', (text, content, source, cue, reason) => {
    expect(refusalOf(text, content, source, cue)).toBe(reason);
  });

  it.each<[string, string, string, string]>([
    // The content after its cue, or before it with nothing after the cue.
    ['The minister noted that the defence holds near Bakhmut.', 'the defence holds near Bakhmut', 'The minister', 'noted'],
    ['The brigades are ready for the offensive, the general said.', 'The brigades are ready for the offensive', 'the general', 'said'],
    ['According to the general, the brigades are ready.', 'the brigades are ready', 'the general', 'According to'],
    // One word, but no pronoun; `by` inside the content, not opening it.
    ['The ministry reported casualties. Kyiv said: Peace.', 'Peace', 'Kyiv', 'said'],
    ['The mayor said the bridge was hit by a missile on Monday.', 'the bridge was hit by a missile on Monday', 'The mayor', 'said'],
  ])('kept: %s [%s]', (text, content, source, cue) => {
    expect(refusalOf(text, content, source, cue)).toBeNull();
  });
});

describe('acts and plans report no words (reportsAct)', () => {
  it.each(['discuss', 'consult', 'consulted', 'signed', 'approved', 'condolences', 'plans', 'planned'])('%s', (word) => {
    expect(reportsAct(word)).toBe(true);
  });
  it.each(['said', 'noted', 'stressed', 'announced', 'agreed', 'reiterated', 'confirmed'])('not an act: %s', (word) => {
    expect(reportsAct(word)).toBe(false);
  });
  it.each<string>([
    'The adviser met with the Prime Minister to discuss the support for the energy system of the country.',
    'The President signed the decree on the general mobilisation of the reservists of the army.',
    'The deputies approved the law on the state budget by 300 votes in the first reading.',
    'The envoy travelled to Warsaw to coordinate on the plans to support the farmers over the winter.',
  ])('no quotation: %s', expectNoQuotes);
});

describe('a learned clause cut at `, but` (`, because`, `, which`) gives way to the rule that read the report whole', () => {
  it.each<[string, string]>([
    ['President Olena Marchuk said that the defenders had a choice to leave the city, but they did not want to leave their wounded comrades.',
      'the defenders had a choice to leave the city, but they did not want to leave their wounded comrades'],
    ['Minister Taras Holub stressed that it is a great honour for his team to help the country, because today it fights for its freedom.',
      'it is a great honour for his team to help the country, because today it fights for its freedom'],
  ])('%s', (text, content) => {
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.text), listQuotes(quotes)).toContain(content);
  });
});
