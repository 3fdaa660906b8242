import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../../test/helpers/claims.ts';

// Rebuttals: [text, rebuttal text, rebutter, evidence, the answered claim's text, its claimant, key]
describe('rebuttals: each tied to the claim it answers', () => {
  it.each([
    ['Russia claimed that Pokrovsk had been encircled. Ukraine denied it.', 'Ukraine denied it', 'Ukraine', ['denied'], 'Pokrovsk had been encircled', 'Russia', 'pokrovsk | encircle'],
    ['Kyiv dismissed claims that Kupiansk had fallen.', 'Kyiv dismissed claims that Kupiansk had fallen', 'Kyiv', ['dismissed'], 'Kupiansk had fallen', null, 'kupiansk | fall'],
    ["Ukraine's General Staff denied that Kupiansk had been captured.", "Ukraine's General Staff denied that Kupiansk had been captured", "Ukraine's General Staff", ['denied'], 'Kupiansk had been captured', null, 'kupiansk | capture'],
    ['Kovalenko said reports that Kupiansk had fallen were not true.', 'reports that Kupiansk had fallen were not true', 'Kovalenko', ['not true'], 'Kupiansk had fallen', null, 'kupiansk | fall'],
    ['Russia claims it has destroyed three Patriot systems. Kyiv says this is false.', 'this is false', 'Kyiv', ['false'], 'it has destroyed three Patriot systems', 'Russia', 'patriot | destroy'],
    ['Russia claimed that Pokrovsk had been encircled. "There is no encirclement," Kovalenko said.', 'There is no encirclement', 'Kovalenko', ['no encirclement'], 'Pokrovsk had been encircled', 'Russia', 'pokrovsk | encircle'],
    // A title alone that names no one in the article is no speaker's name (the mention keeps `the commander`).
    ['"Moscow declared that Lyman had fallen. That was a complete lie," the commander said.', 'That was a complete lie', null, ['a complete lie'], 'Lyman had fallen', 'Moscow', 'lyman | fall'],
    ['Ukrainian officials rejected Russian claims that Pokrovsk was encircled.', 'Ukrainian officials rejected Russian claims that Pokrovsk was encircled', 'Ukrainian officials', ['rejected'], 'Pokrovsk was encircled', 'Russian', 'pokrovsk | encircle'],
  ])('%s', (text, rebuttalText, rebutter, evidence, claimText, claimant, key) => {
    const { claims, rebuttals } = claimsOf(text);
    expect(rebuttals.map((r) => r.text)).toEqual([rebuttalText]);
    const r = rebuttals[0]!;
    expect(r.rebutter.name).toBe(rebutter);
    expect(r.evidence.map((e) => e.text)).toEqual(evidence);
    const c = claims.find((x) => x.id === r.claim)!;
    expect([c.text, c.claimant.name, c.proposition, r.proposition]).toEqual([claimText, claimant, key, key]);
    expect(r.confidence).toBeGreaterThan(0.4);
  });

  it('a claim the article only denies is implied, with no claimant', () => {
    const { claims, rebuttals } = claimsOf('There is no encirclement of Pokrovsk, Col. Ivan Kovalenko said.');
    expect(rebuttals).toHaveLength(1);
    const c = claims.find((x) => x.id === rebuttals[0]!.claim)!;
    expect([c.rule, c.claimant.name, c.proposition]).toEqual(['claims/implied-by-rebuttal', null, 'pokrovsk | encircle']);
    expect(rebuttals[0]!.rebutter.name).toBe('Ivan Kovalenko');
  });
});

// Negative cases: words of denial that deny no claim.
describe('rebuttals: negative cases', () => {
  it.each([
    ['passive deny', 'He was denied entry at the border.'],
    ['a noun after the predicate', 'The lie detector test failed twice.'],
    ['false flag', 'Officials spoke of a false flag operation.'],
    ['true, not not true', 'It is true that the town held.'],
    ['no nominal of a claim', 'There is no water in the town.'],
    ['nothing before it to deny', 'That was a lie.'],
  ])('%s', (_name, text) => {
    expect(claimsOf(text).rebuttals).toEqual([]);
  });
});
