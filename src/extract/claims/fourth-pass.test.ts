import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../../test/helpers/claims.ts';

/**
 * Issue 14, fourth pass: constructions found in the real texts outside both report lists, each on
 * sentences we wrote. [construction, text, rebuttal text, rebutter, texts of the claims it answers,
 * that claim's claimant, rule of the rebuttal].
 */
describe('a denial that names whose claim is false', () => {
  it.each([
    ['`spreading disinformation about X`: X is the spreader\'s claim, named false where it is named',
      'The president stressed concerns that Russia is spreading disinformation about chemical laboratories in Moldova as a pretext for an attack.',
      'disinformation', null, ['chemical laboratories in Moldova'], 'Russia', 'claims/rebut-named-false'],
    ['`spreading lies that X` in a speaker\'s own words: the spreader claims X',
      '"Moscow is spreading lies that Kyiv is building a dirty bomb," Zelenskyy said.',
      'lies', 'Zelenskyy', ['Kyiv is building a dirty bomb'], 'Moscow', 'claims/rebut-named-false'],
    ['`X is spreading disinformation` with nothing after it answers X\'s claim made before',
      'Moscow claimed that Kyiv was building a dirty bomb.\n\nZelenskyy said that Russia is spreading disinformation.',
      'Russia is spreading disinformation', 'Zelenskyy', ['Kyiv was building a dirty bomb'], 'Moscow', 'claims/rebut-claimant'],
    ['`peddling blatant lies`, adjectives between the verb and the noun',
      'The Russian Defense Ministry claimed that Ukrainian drones had struck the bridge.\n\n"The Kremlin keeps peddling blatant lies," the spokesman Yurii Ihnat said.',
      'Kremlin keeps peddling blatant lies', 'Yurii Ihnat', ['Ukrainian drones had struck the bridge'], 'Russian Defense Ministry', 'claims/rebut-claimant'],
    ['`X\'s lies`: the claim of the party named, a surname for a full name',
      'Dmitry Peskov claimed that Washington was behind the drone attack.\n\nKirby said the United States was not involved, contrary to Mr. Peskov\'s lies.',
      'Mr. Peskov\'s lies', 'Kirby', ['Washington was behind the drone attack'], 'Dmitry Peskov', 'claims/rebut-claimant'],
    ['`what X says is a lie`, adjectives joined by a comma',
      'Dmitry Peskov claimed that Washington was behind the drone attack.\n\n"What Mr. Peskov says is just a blatant, bald lie," Kirby said.',
      'What Mr. Peskov says is just a blatant, bald lie', 'Kirby', ['Washington was behind the drone attack'], 'Dmitry Peskov', 'claims/rebut-claimant'],
    ['`X is lying`: one state under two names',
      'The Russian Defense Ministry claimed that Ukrainian forces had shelled the dam.\n\n"Russia is lying," Zelenskyy said.',
      'Russia is lying', 'Zelenskyy', ['Ukrainian forces had shelled the dam'], 'Russian Defense Ministry', 'claims/rebut-claimant'],
    ['`rumors of X were greatly exaggerated`',
      'Rumors of the collapse of the coalition were greatly exaggerated, Sullivan said.',
      'Rumors of the collapse of the coalition were greatly exaggerated', 'Sullivan', ['the collapse of the coalition'], null, 'claims/rebut-predicate'],
  ])('%s', (_construction, text, rebuttalText, rebutter, answered, claimant, rule) => {
    const { claims, rebuttals } = claimsOf(text);
    const r = rebuttals.find((x) => x.text === rebuttalText);
    expect(r, JSON.stringify(rebuttals.map((x) => x.text))).toBeDefined();
    expect([r!.rule, r!.rebutter.name]).toEqual([rule, rebutter]);
    expect(r!.answers.map((id) => claims.find((c) => c.id === id)!.text), JSON.stringify(claims.map((c) => c.text))).toEqual(answered);
    const c = claims.find((x) => x.id === r!.claim)!;
    expect(c.claimant.name).toBe(claimant);
    // Named right after the noun that calls it false (`lies that X`), else before the denial or in its subject.
    if (rule === 'claims/rebut-named-false') expect(c.start).toBeGreaterThanOrEqual(r!.end);
    else expect(c.start).toBeLessThan(r!.end);
    if (rule === 'claims/rebut-claimant') expect(c.end).toBeLessThanOrEqual(r!.start);
    expect(text.slice(r!.start, r!.end)).toBe(r!.text);
    expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  // What must not be read as a denial of a claim: [why, text, texts no rebuttal may answer ('*' for any)].
  it.each([
    ['`Mr. Peskov\'s lies` when the article states no claim of his: nothing is guessed',
      'Kirby said the United States was not involved in the incident, contrary to Mr. Peskov\'s lies. Russia launched dozens of missiles.', ['*']],
    ['`what X says is a lie` answers X\'s claim, not another party\'s',
      'Ukrainian officials said that the bridge was struck overnight.\n\n"What Mr. Peskov says is just a lie," Kirby said.', ['*']],
    ['`to counter disinformation`: no party spreads it',
      'Moscow claimed that the port was closed. The partners agreed to counter disinformation and protect journalists.', ['*']],
    ['`separate lies from the truth`',
      'Putin said that the West had lost. Young people must separate lies from the truth.', ['*']],
    ['`the lies that Russia spreads`: a relative clause, not a claim',
      'These are the lies that Russia spreads.', ['*']],
    ['`the threat is exaggerated` judges a size, it names no claim',
      'Russia claimed that NATO was massing troops. The threat is exaggerated, the minister said.', ['*']],
    ['`Russia is lying` answers Russia\'s claim, not Ukraine\'s',
      'Kyiv said that Russian troops had shelled the dam.\n\n"Russia is lying," Zelenskyy said.', ['*']],
    ['a speaker does not call his own words lies',
      'Dmitry Peskov claimed that Washington was behind the drone attack. "What Peskov says is a lie," Peskov said.', ['*']],
  ])('%s', (_why, text, notAnswered) => {
    const { claims, rebuttals } = claimsOf(text);
    const answered = rebuttals.flatMap((r) => r.answers.map((id) => claims.find((c) => c.id === id)!.text));
    if (notAnswered[0] === '*') expect(answered).toEqual([]);
    else for (const t of notAnswered) expect(answered).not.toContain(t);
  });
});

describe('a denial in a transcript turn the quotation layer left out', () => {
  it('is the turn speaker\'s, who answers the reporter, not a claim of the speaker\'s own', () => {
    const text = 'Q Congressman Smith said that Russia had moved its jets to Belarus. Is that right?\n\nMS. PSAKI: Well, I think this is similar to what Kristen just asked.  I would just say that there have been a range of reports out there that are false.  We have shared a lot of intelligence.';
    const { claims, rebuttals } = claimsOf(text);
    const r = rebuttals.find((x) => x.text.endsWith('reports out there that are false'))!;
    expect(r, JSON.stringify(rebuttals.map((x) => x.text))).toBeDefined();
    expect(r.rebutter.name).toBe('Psaki');
    const answered = r.answers.map((id) => claims.find((c) => c.id === id)!);
    expect(answered.map((c) => c.claimant.name)).not.toContain('Psaki');
    expect(answered[0]!.text).toContain('Russia had moved its jets to Belarus');
  });
});

describe('a denial said again in the rebutter\'s words', () => {
  const text = 'Some analysts, including the Baltic Energy Institute, have claimed that this is a question of access to credit.\n\nSo the argument that there are no places left to drill is just not true.  Firms want to pay their investors.\n\nThis is not a shortage of wells to drill.  This is not a lack of access to credit.  That is not the issue.  It is not about the weather.';
  it('answers the claim whose words it takes up, the first content word after `not` choosing', () => {
    const { claims, rebuttals } = claimsOf(text);
    const textOf = (id: string) => claims.find((c) => c.id === id)!.text;
    const again = rebuttals.filter((r) => r.rule === 'claims/denied-again').map((r) => [r.text, r.answers.map(textOf)]);
    expect(again).toEqual([
      ['This is not a shortage of wells to drill', ['there are no places left to drill']],
      ['This is not a lack of access to credit', ['this is a question of access to credit']],
    ]);
    for (const r of rebuttals) expect(text.slice(r.start, r.end)).toBe(r.text);
  });
  it.each([
    ['no denial before it', 'Some analysts have claimed that this is a question of access to credit.\n\nThis is not a lack of access to credit.'],
    ['more than two paragraphs after the denial', 'Moscow claimed that the port was closed.\n\nThat is a lie, the mayor said.\n\nShips sail.\n\nCrews rest.\n\nIt is not closed to ships at the port.'],
  ])('none: %s', (_why, t) => {
    expect(claimsOf(t).rebuttals.filter((r) => r.rule === 'claims/denied-again')).toEqual([]);
  });
});

describe('a cause claimed, and denied by the party it names', () => {
  it('`pointing to X as the reason for Y` is an accusation; `but not because of us` answers it, sentences later', () => {
    const text = 'Western governments are pointing to the sanctions they impose on us as the reason for the rise in prices. We meet our commitments. We supply gas in full. Prices are rising there, but not because of us.';
    const { claims, rebuttals } = claimsOf(text);
    const r = rebuttals.find((x) => x.text === 'not because of us');
    expect(r, JSON.stringify(rebuttals.map((x) => x.text))).toBeDefined();
    const c = claims.find((x) => x.id === r!.claim)!;
    expect([c.text, c.rule, c.claimant.name]).toEqual(['the sanctions they impose on us as the reason for the rise in prices', 'claims/accusation', 'Western governments']);
    expect(r!.rebutter.name).toBeNull();
  });
  it.each([
    ['a cause given, no party denying', 'Moscow blamed Kyiv for the blackout. Prices rose because of the war.'],
    ['`not because of` a thing, not a party', 'Moscow blamed Kyiv for the blackout. It failed, not because of the weather.'],
    ['`pointed to the map`: no cause claimed, and nothing to deny', 'He pointed to the map. Prices rose, but not because of us.'],
  ])('none: %s', (_why, text) => {
    const { rebuttals } = claimsOf(text);
    expect(rebuttals.filter((r) => r.text.startsWith('not because'))).toEqual([]);
  });
});

// What the new words must leave alone: [why, text, the claim text that must still be found].
describe('claims the fourth pass must keep', () => {
  it.each([
    ['`reports that X said in a call that ...` is a claim noun\'s clause, not a relative clause',
      'The analyst cited reports that Mateen said in a call that his actions were revenge.', 'Mateen said in a call that his actions were revenge'],
    ['`she spread lies` names no party: the quotation is still a claim',
      '"He kept calling her a liar and said she spread lies," the aide said.', 'He kept calling her a liar and said she spread lies,'],
    ['`may be overstated` with no claim named: the quotation is still a claim',
      '"The power of the anti-EU parties in France may be overstated," the analyst said.', 'The power of the anti-EU parties in France may be overstated,'],
    ['`tell the story of`: a story told is no false claim, and its teller claims nothing',
      'The film will tell the story of six guards who defended the compound.', null],
  ])('%s', (_why, text, kept) => {
    const { claims, rebuttals } = claimsOf(text);
    expect(rebuttals).toEqual([]);
    if (kept) expect(claims.map((c) => c.text).some((t) => kept.includes(t) || t.includes(kept.replace(/,$/, ''))), JSON.stringify(claims.map((c) => c.text))).toBe(true);
    else expect(claims.every((c) => c.claimant.name === null || c.rule !== 'claims/claim-noun')).toBe(true);
  });
});

describe('the fourth pass on quotations', () => {
  it('`why would he lie about that?` names no claim: the verb `lie` is no noun', () => {
    const { claims, rebuttals } = claimsOf('Q Why would he lie about that?\n\nMR. KIRBY: I will not guess.');
    expect(rebuttals).toEqual([]);
    expect(claims.filter((c) => c.rule === 'claims/claim-noun')).toEqual([]);
  });
  it('a quotation denying by the claimant\'s name still states its own claim', () => {
    const { claims } = claimsOf('"The United States was not involved in the incident, contrary to Mr. Peskov\'s lies," Kirby said.');
    expect(claims.map((c) => [c.claimant.name, c.rule])).toEqual([['Kirby', 'claims/quotation']]);
  });
});
