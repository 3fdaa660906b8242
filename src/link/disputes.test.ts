/**
 * Disputes across articles by structured proposition (issue 14): sentence pairs we wrote, one
 * asserted in one article and denied in another, per construction, and pairs that must not match
 * (same verb with other arguments, one side's own claims, hedges, one article, other places).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract/pipeline.ts';
import { makeDocument } from '../model/index.ts';
import { buildLedger, type Article } from './index.ts';

const article = (id: string, date: string, text: string): Article => {
  const document = makeDocument({ id, text, date });
  return { document, extraction: extractDocument(document).extraction };
};

/** The frame contradictions of two articles, as `proposition: asserters / deniers`. */
function disputes(a: string, b: string): string[] {
  const ledger = buildLedger([article('a', '2025-11-10', a), article('b', '2025-11-11', b)]);
  return ledger.contradictions.flatMap((c) => (c.kind === 'proposition' && c.matched
    ? [`${c.proposition}: ${c.asserted.map((x) => x.name).join(', ')} / ${c.denied.map((x) => x.name).join(', ')}`] : []));
}

const framed = (text: string) => {
  const { extraction } = article('x', '2025-11-10', text);
  return [...extraction.claims, ...extraction.rebuttals].some((c) => c.frames?.length);
};

const KULEBA = "Ukraine's Foreign Minister Dmytro Kuleba";
const PESKOV = 'Kremlin spokesman Dmitry Peskov';
/** `we` in the Kremlin spokesman's own words (a quotation the claims stage reads as his claim). */
const WE_DENY = `"We did not start this war and we will not accept the blame for it," ${PESKOV} said.`;

describe('an assertion and a denial in other words, across articles: listed', () => {
  it.each([
    ['a reduced relative (`killings carried out by Russian troops in Irpin`) against `which the Russian army had nothing to do with` (the place matches)',
      `${KULEBA} said the killings carried out by Russian troops in the town of Irpin were war crimes.`,
      `"We saw a staged incident in the town of Irpin, which the Russian army had nothing to do with," ${PESKOV} said.`,
      'russia | perpetrate | in irpin: Dmytro Kuleba / Dmitry Peskov'],
    ['`unleashed the war` against `we did not start this war` in the claimant\'s own words (`we` is the Kremlin\'s side)',
      `${KULEBA} said that Russia unleashed the war against Ukraine.`,
      WE_DENY,
      'russia | start war: Dmytro Kuleba / Dmitry Peskov'],
    ['a passive with a possessive agent (`caused by Russia\'s blockade`) against `has not caused any food crisis`',
      `${KULEBA} said the food crisis was caused by Russia's blockade of the Black Sea ports.`,
      `"Russia has not caused any food crisis," ${PESKOV} said.`,
      'russia | cause food crisis: Dmytro Kuleba / Dmitry Peskov'],
    ['an object relative (`the food crisis it provoked`) against a denial by the side\'s name',
      `${KULEBA} said that Russia must answer for the food crisis it provoked.`,
      `"Moscow did not provoke the food crisis," ${PESKOV} said.`,
      'russia | cause food crisis: Dmytro Kuleba / Dmitry Peskov'],
    ['a cleft (`It was not us who attacked`) against an attack on the same village',
      `${PESKOV} said Ukrainian troops attacked the village of Tetkino in the Kursk region on Monday.`,
      `"It was not us who attacked the village of Tetkino," Ukrainian military spokesman Oleksandr Shtupun said.`,
      'ukraine | attack village | in tetkino: Dmitry Peskov / Oleksandr Shtupun'],
  ])('%s', (_what, a, b, expected) => {
    expect(disputes(a, b)).toEqual([expected]);
  });
});

describe('pairs that must not match', () => {
  it.each([
    ['the same verb with another agent: Russia started it, Ukraine did not',
      `${KULEBA} said that Russia launched the war against Ukraine.`,
      `"Ukraine did not launch this war, and it will not end it on our terms," ${PESKOV} said.`],
    ['the same verb and agent, another theme and no place: an energy war is not the war',
      `${KULEBA} said that Russia launched an energy war against Europe.`,
      WE_DENY],
    ['one side\'s own claims: a Ukrainian denial of what a Ukrainian asserted',
      `${KULEBA} said the killings carried out by Russian troops in the town of Irpin were war crimes.`,
      `"We saw a staged incident in the town of Irpin, which the Russian army had nothing to do with," Ukraine's Interior Minister Ihor Klymenko said.`],
    ['a hedge asserts nothing: `could be caused by Russia`',
      `${KULEBA} said a food crisis could be caused by Russia's blockade of the ports.`,
      `"Russia has not caused any food crisis," ${PESKOV} said.`],
    ['a condition asserts nothing: `if Russia started the war`',
      `${KULEBA} said that if Russia launched the war, it would pay for it.`,
      WE_DENY],
    ['other places: crimes in Irpin against an incident in Bucha',
      `${KULEBA} said the killings carried out by Russian troops in the town of Irpin were war crimes.`,
      `"We saw a staged incident in the town of Bucha, which the Russian army had nothing to do with," ${PESKOV} said.`],
    ['a predicate outside the table (`saw`) never makes a frame, whatever its arguments',
      `${KULEBA} said Russian troops saw the crimes in the town of Irpin.`,
      `"Russian troops did not see any crimes in the town of Irpin," ${PESKOV} said.`],
    ['`began to` is an aspect of another verb, not the start of a war',
      `${KULEBA} said that Russia began to shell the town of Irpin.`,
      WE_DENY],
    ['`we` in words that are not the claimant\'s own (reported, no quotation) is no side',
      `${KULEBA} said that Russia launched the war against Ukraine.`,
      `${PESKOV} said in a statement that Moscow had been forced to act and that we did not start this war.`],
  ])('%s', (what, a, b) => {
    expect(disputes(a, b)).toEqual([]);
    // Each row but those about a missing frame has frames on both sides: the matching, not the extraction, keeps them apart.
    if (!/never makes a frame|aspect|not the claimant/.test(what)) expect([framed(a), framed(b)]).toEqual([true, true]);
  });

  it('both in one article: a dispute by frames is listed only across articles', () => {
    const ledger = buildLedger([article('one', '2025-11-10', `${KULEBA} said that Russia unleashed the war against Ukraine. ${WE_DENY}`)]);
    expect(ledger.contradictions.filter((c) => c.kind === 'proposition' && c.matched)).toEqual([]);
  });
});

describe('what a listed dispute keeps', () => {
  it('a pair one key already sets against each other is listed once, by its key', () => {
    const ledger = buildLedger([
      article('a', '2025-11-10', `${PESKOV} said Ukrainian troops attacked the village of Tetkino on Monday.`),
      article('b', '2025-11-11', `"It was not us who attacked the village of Tetkino," Ukrainian military spokesman Oleksandr Shtupun said.`),
    ]);
    expect(ledger.contradictions.map((c) => c.kind === 'proposition' && [c.proposition, c.matched ?? null])).toEqual([['tetkino | attack', null]]);
  });

  it('the arguments that matched, a confidence, every appearance once', () => {
    const ledger = buildLedger([
      article('a', '2025-11-10', `${KULEBA} said that Russia unleashed the war against Ukraine.`),
      article('c', '2025-11-12', 'Prime Minister Denys Shmyhal of Ukraine said Russia had unleashed the war.'),
      article('b', '2025-11-11', `${WE_DENY} "We did not unleash this war and we never will," ${PESKOV} said again.`),
    ]);
    const found = ledger.contradictions.filter((c) => c.kind === 'proposition' && c.matched);
    expect(found).toHaveLength(1);
    const c = found[0]!;
    if (c.kind !== 'proposition') throw new Error('not a proposition');
    expect(c.matched).toEqual({ predicate: 'start', agent: 'Russia', theme: 'war', places: [] });
    expect(c.confidence).toBeGreaterThan(0.5);
    expect(c.confidence).toBeLessThanOrEqual(0.9);
    expect(c.asserted.map((a) => [a.name, a.appearances.map((x) => x.document)])).toEqual([['Dmytro Kuleba', ['a']], ['Denys Shmyhal', ['c']]]);
    expect(c.denied.map((d) => [d.name, d.appearances.length])).toEqual([['Dmitry Peskov', 2]]);
  });
});
