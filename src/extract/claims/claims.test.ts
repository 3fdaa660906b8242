import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../../test/helpers/claims.ts';

// Claims: [sentence, the claim's text, claimant name, proposition key, rule]
describe('claims: cues of claiming', () => {
  it.each([
    ['The Russian Defense Ministry declared that its troops had surrounded Pokrovsk.', 'its troops had surrounded Pokrovsk', 'Russian Defense Ministry', 'pokrovsk | encircle', 'claims/claim-verb'],
    ['Moscow claimed Kupiansk had fallen.', 'Kupiansk had fallen', 'Moscow', 'kupiansk | fall', 'claims/claim-verb'],
    ["Moscow's claims that Kupiansk has been taken are premature.", 'Kupiansk has been taken', 'Moscow', 'kupiansk | take', 'claims/claim-noun'],
    ['According to the Russian Defense Ministry, its forces seized Vovchansk.', 'its forces seized Vovchansk', 'Russian Defense Ministry', 'vovchansk | capture', 'claims/according-to'],
    ['Its forces seized Vovchansk, according to the Russian Defense Ministry.', 'Its forces seized Vovchansk', 'Russian Defense Ministry', 'vovchansk | capture', 'claims/according-to'],
    ['Russia says it has captured Kupiansk.', 'it has captured Kupiansk', 'Russia', 'kupiansk | capture', 'claims/quotation'],
    ['The governor insisted that Kherson was not surrounded.', 'Kherson was not surrounded', 'governor', 'kherson | not encircle', 'claims/claim-verb'],
  ])('%s', (sentence, text, claimant, key, rule) => {
    const { claims } = claimsOf(sentence);
    const c = claims.find((x) => x.text === text);
    expect(c, JSON.stringify(claims.map((x) => x.text))).toBeDefined();
    expect(c!.claimant.name).toBe(claimant);
    expect(c!.proposition).toBe(key);
    expect(c!.rule).toBe(rule);
  });

  it('splits `declared that A, that B, and that C` into three claims of one group', () => {
    const { claims } = claimsOf('The Kremlin declared that Avdiivka was encircled, that its defenders had fled, and that the town would fall soon.');
    expect(claims.map((c) => [c.text, c.proposition])).toEqual([
      ['Avdiivka was encircled', 'avdiivka | encircle'],
      ['its defenders had fled', 'flee'],
      ['the town would fall soon', 'fall'],
    ]);
    expect(new Set(claims.map((c) => c.group)).size).toBe(1);
    expect(claims.every((c) => c.claimant.name === 'Kremlin')).toBe(true);
  });

  it('reads `the city` as the place the article last called a city', () => {
    const { claims } = claimsOf('Fighting went on around the city of Kupiansk. The Kremlin claims the city is encircled.');
    expect(claims.find((c) => c.text === 'the city is encircled')?.proposition).toBe('kupiansk | encircle');
  });

  it('gives the same key to different phrasings of one claim', () => {
    const keys = ['Russian troops have surrounded Pokrovsk, Moscow said.', 'Moscow claimed that Pokrovsk was encircled.', 'According to Moscow, Pokrovsk is encircled.']
      .map((s) => claimsOf(s).claims.map((c) => c.proposition));
    expect(keys).toEqual([['pokrovsk | encircle'], ['pokrovsk | encircle'], ['pokrovsk | encircle']]);
  });
});
