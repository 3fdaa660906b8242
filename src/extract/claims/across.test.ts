import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../../test/helpers/claims.ts';
import { isGenericPredicate } from '../lexicon/claims.ts';

/**
 * Rebuttals across the article (issue 14): a denial answers a claim reported before it, in the same
 * sentence, paragraph or earlier, by proposition and by the parties. Sentences we wrote, one row per
 * construction: [construction, text, rebuttal text, rebutter, evidence, answered claim's text, its claimant, rule].
 */
describe('rebuttals across the article', () => {
  it.each([
    ['a later sentence, `has not happened`',
      'Moscow said its troops had captured Kupiansk. Ukrainian officials said this has not happened.',
      'this has not happened', 'Ukrainian officials', ['has not happened'], 'its troops had captured Kupiansk', 'Moscow', 'claims/rebut-predicate'],
    ['a later paragraph, by the party accused, denying its own action',
      'Russian officials said Ukrainian forces had shelled a border village overnight.\n\nThe village lies ten kilometres from the frontier and has been evacuated twice this year.\n\nKyiv denied taking any hostile action.',
      'Kyiv denied taking any hostile action', 'Kyiv', ['denied'], 'Ukrainian forces had shelled a border village overnight', 'Russian officials', 'claims/rebut-verb'],
    ['`there was no sign of ...` by a group, answering a group',
      'Leaders of the breakaway territories said Ukrainian troops had attacked their positions near Donetsk.\n\nIndependent monitors said there was no sign of a Ukrainian attack.',
      'there was no sign of a Ukrainian attack', 'Independent monitors', ['no sign of a Ukrainian attack'], 'Ukrainian troops had attacked their positions near Donetsk', 'Leaders of the breakaway territories', 'claims/rebut-existential'],
    ['a claim of intent, `the claim was false`',
      "Russia's Defense Ministry said Ukraine was planning an offensive on Belgorod. Kyiv said the claim was false.",
      'the claim was false', 'Kyiv', ['false'], 'Ukraine was planning an offensive on Belgorod', "Russia's Defense Ministry", 'claims/rebut-predicate'],
    ['`This is utter nonsense` after a colon',
      'Moscow said Ukrainian drones had attacked the Zaporizhzhia nuclear plant. Ukrainian military intelligence said: "This is utter nonsense."',
      'This is utter nonsense', 'Ukrainian military intelligence', ['utter nonsense'], 'Ukrainian drones had attacked the Zaporizhzhia nuclear plant', 'Moscow', 'claims/rebut-predicate'],
    ['`it is a complete lie`, a claim of an event',
      'The Russian Defense Ministry claimed that Ukrainian saboteurs had blown up a bridge near Kursk. "It is a complete lie," Andriy Yusov said.',
      'It is a complete lie', 'Andriy Yusov', ['a complete lie'], 'Ukrainian saboteurs had blown up a bridge near Kursk', 'Russian Defense Ministry', 'claims/rebut-predicate'],
    ['`it never happened`',
      'The Kremlin said Ukraine had attacked a fuel depot in Belgorod. Ukrainian officials said it never happened.',
      'it never happened', 'Ukrainian officials', ['never happened'], 'Ukraine had attacked a fuel depot in Belgorod', 'Kremlin', 'claims/rebut-predicate'],
    ['a counter-claim: `France will not send troops`',
      'Russian state television reported that France would send troops to Ukraine. France will not send troops, the Elysee Palace said.',
      'France will not send troops', 'Elysee Palace', ['not'], 'France would send troops to Ukraine', 'Russian state television', 'claims/counter-claim'],
    ['a counter-claim in another paragraph',
      'Russian state media reported that Poland would deploy troops to western Ukraine.\n\nMarkets were calm on Tuesday.\n\nDefense Minister Wladyslaw Kosiniak said Poland will not deploy troops to Ukraine.',
      'Poland will not deploy troops to Ukraine', 'Wladyslaw Kosiniak', ['not'], 'Poland would deploy troops to western Ukraine', 'Russian state media', 'claims/counter-claim'],
  ])('%s', (_construction, text, rebuttalText, rebutter, evidence, claimText, claimant, rule) => {
    const { claims, rebuttals } = claimsOf(text);
    const r = rebuttals.find((x) => x.text === rebuttalText);
    expect(r, JSON.stringify(rebuttals.map((x) => x.text))).toBeDefined();
    expect([r!.rebutter.name, r!.evidence.map((e) => e.text), r!.rule]).toEqual([rebutter, evidence, rule]);
    const c = claims.find((x) => x.id === r!.claim)!;
    expect([c.text, c.claimant.name]).toEqual([claimText, claimant]);
    expect(c.start).toBeLessThan(r!.start);
    expect(r!.proposition).toBe(c.proposition);
    expect(r!.confidence).toBeGreaterThan(0.5);
    expect(text.slice(r!.start, r!.end)).toBe(r!.text);
  });

  it('one claim, several rebuttals by several parties', () => {
    const text = 'Moscow claimed that its forces had captured Lyman. "That is a lie," said Ukrainian army spokesman Serhiy Cherevatyi. Ukrainian officials said it never happened.';
    const { claims, rebuttals } = claimsOf(text);
    const claim = claims.find((c) => c.text === 'its forces had captured Lyman')!;
    const answering = rebuttals.filter((r) => r.answers.includes(claim.id));
    expect(answering.map((r) => [r.rebutter.name, r.text])).toEqual([
      ['Serhiy Cherevatyi', 'That is a lie'],
      ['Ukrainian officials', 'it never happened'],
    ]);
  });

  it('a denial points back to a claim of another party, not the rebutter\'s own', () => {
    const text = 'Russian officials said Ukrainian troops had crossed the border near Sudzha. Kyiv said its troops were holding their positions. Kyiv said the report was false.';
    const { claims, rebuttals } = claimsOf(text);
    expect(rebuttals).toHaveLength(1);
    expect(claims.find((c) => c.id === rebuttals[0]!.claim)!.claimant.name).toBe('Russian officials');
  });
});

// Denials that must answer nothing: [why, text]
describe('rebuttals across the article: negative cases', () => {
  it.each([
    ['a denial of one\'s own part with no claim about that party before it', 'Russia said the talks would resume on Monday. Kyiv denied taking any hostile action.'],
    ['a negated claim with nothing asserted before it', 'France will not send troops to Ukraine, President Emmanuel Macron said.'],
    ['a negated claim of the same party that asserted it is a correction, not a rebuttal', 'Macron said France would send instructors to Ukraine. Later Macron said France would not send instructors to Ukraine.'],
    ['an anaphoric denial far from any claim', 'Russia said its forces had captured Lyman.\n\nRain fell.\n\nSnow fell in the north.\n\n"That is a lie," Yusov said.'],
    ['`will not happen` about the future', 'Moscow said the town had fallen. But this will not happen, Kyiv said.'],
    ['`if that does not happen`: a condition', 'Moscow said the town had fallen. If that has not happened, prices will rise.'],
    ['`did not happen by accident`', 'Moscow said the town had fallen. The victory did not happen by accident.'],
    ['a subject that is neither a claim nor an event', 'Moscow said prices had risen. Once again the summer in Crimea did not happen.'],
    ['a denial foreseen', 'Moscow said Ukrainian troops had shelled the town. They will definitely deny this.'],
    ['`deny` as withholding', 'Moscow said Ukraine had lost the town. The sanctions deny Russia access to the revenues it needs.'],
    ['`deny` with a second object', 'Moscow said the sanctions failed. We are denying it the privileges it once enjoyed.'],
    ['a negated denial', 'Moscow said Ukrainian troops had shelled the town. No one really denies that.'],
    ['`if it is false`: a condition', 'Moscow said the town had fallen. If it is false, we will say so.'],
  ])('%s', (_why, text) => {
    expect(claimsOf(text).rebuttals.map((r) => r.text)).toEqual([]);
  });
});

// Claims worth a ledger row: quotations asserting nothing checkable are none. [text]
describe('claims: courtesy, offers and calls are no claims', () => {
  it.each([
    ['"Thank you very much," Zelenskyy said.'],
    ['"Good afternoon, everyone," Putin said.'],
    ['"I wish you success and congratulations on your victory," Johnson told the soldiers.'],
    ['Zelenskyy thanked the United Kingdom for supporting Ukraine.'],
    ['"Thanks to all our partners," Zelenskyy said.'],
    ['Senate Democrats offered to let Republicans propose amendments.'],
    ['The president has called on Congress to act.'],
    ['The minister urged Russia to withdraw its troops.'],
  ])('%s', (text) => {
    expect(claimsOf(text).claims.map((c) => c.text)).toEqual([]);
  });

  it.each([
    ['"This morning Russian missiles hit Kyiv," the mayor said.', 'This morning Russian missiles hit Kyiv'],
    ['Zelenskyy said 300 soldiers had been wounded in the attack.', '300 soldiers had been wounded in the attack'],
  ])('still a claim: %s', (text, claimText) => {
    expect(claimsOf(text).claims.map((c) => c.text.replace(/^"|,"$/g, ''))).toContain(claimText);
  });
});

// Proposition keys: a generic verb carries its object; a generic verb alone says too little. [text, key]
describe('proposition keys with arguments', () => {
  it.each([
    ['Moscow said France would send troops to Ukraine.', 'france | send troops'],
    ['Ukrainian officials said Russia was preparing a new offensive.', 'prepare offensive'],
    ['The Kremlin said Ukraine wanted war.', 'want war'],
    ['Moscow said its troops had captured Kupiansk.', 'kupiansk | capture'],
    ['The president said Congress must act.', 'congress | must act'],
    ['Putin believes Congress will not act.', 'congress | not act'],
    // (`discussed measures to ...` reports no words: no quotation, so no claim; see test/quotes/acts-not-words.test.ts.)
    ['The officials said they would take measures to counter the spread of the infection.', 'take measures'],
  ])('%s', (text, key) => {
    expect(claimsOf(text).claims.map((c) => c.proposition)).toEqual([key]);
  });

  it.each([
    ['take', true], ['not want', true], ['look', true], ['put', true], ['want war', false], ['send troops', false], ['capture', false], ['not encircle', false],
  ])('generic alone: %s -> %s', (head, generic) => {
    expect(isGenericPredicate(head)).toBe(generic);
  });
});
