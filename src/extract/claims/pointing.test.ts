import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../../test/helpers/claims.ts';

/**
 * Issue 14, third pass: what a denial that points back answers besides the nearest claim (`pointing.ts`,
 * linked in `08-assemble.ts`). Sentences we wrote, one row per construction:
 * [construction, text, rebuttal text, texts of the claims it answers (its `claim` first), that claim's claimant, that claim's rule].
 */
describe('a denial answers the claim restated or asked before it', () => {
  it.each([
    ['`they claim` in the rebutter\'s own words is not the rebutter\'s claim',
      '"They claim that Russia is blocking grain exports. This is nonsense," Putin said.',
      'This is nonsense', ['Russia is blocking grain exports'], null, 'claims/claim-verb'],
    ['a claim restated with a verb of saying, `telling everyone that`',
      '"The Americans are telling everyone that we are going to attack Europe. It is nonsense," Putin said.',
      'It is nonsense', ['we are going to attack Europe'], 'Americans', 'claims/restated'],
    ['restated earlier in the denial\'s own sentence',
      '"Our neighbours say we shelled the dam, but that is a lie," the governor said.',
      'that is a lie', ['we shelled the dam'], 'Our neighbours', 'claims/restated'],
    ['restated two paragraphs after the claim: the original is answered too, first',
      'The Russian Defense Ministry claimed that Ukrainian forces had shelled the dam.\n\nThe river rose by two metres overnight.\n\nThe governor said: "They say that Ukrainian forces shelled the dam. That is a lie."',
      'That is a lie', ['Ukrainian forces had shelled the dam', 'Ukrainian forces shelled the dam'], 'Russian Defense Ministry', 'claims/claim-verb'],
    ['a group\'s claim restated by another party',
      'Leaders of the breakaway territories claimed that Ukrainian troops had shelled Donetsk.\n\nKyiv called for an inquiry.\n\n"They say we shelled Donetsk. That is a lie," Zelenskyy said.',
      'That is a lie', ['Ukrainian troops had shelled Donetsk', 'we shelled Donetsk'], 'Leaders of the breakaway territories', 'claims/claim-verb'],
    ['a transcript: the question reports the claim, the answer denies it',
      'Q There are reports that Russian troops have captured Vovchansk. Can you confirm that?\n\nMR. KIRBY: That is not true. Ukrainian forces hold the town.',
      'That is not true', ['Russian troops have captured Vovchansk'], null, 'claims/claim-noun'],
    ['a transcript: a `why` question takes the claim as given, over two paragraphs',
      'Q Polls show voters are unhappy.\n\nCan you explain why you met the lobbyists?\n\nTHE PRESIDENT: I will not comment. I did not, and it is just a bunch of lies.',
      'it is just a bunch of lies', ['you met the lobbyists'], null, 'claims/question'],
    ['a transcript: `Why did X ...?`',
      'Q Why did Ukraine shell the power plant?\n\nTHE PRESIDENT: That is a lie.',
      'That is a lie', ['Ukraine shell the power plant'], null, 'claims/question'],
    ['a transcript: `Is it true that ...?`',
      'Q Is it true that Ukraine shelled the power plant?\n\nMR. KIRBY: That is a lie.',
      'That is a lie', ['Ukraine shelled the power plant'], null, 'claims/question'],
    ['a transcript: a party\'s saying in the question',
      'Q The Kremlin says that Ukrainian drones struck a refinery in Ryazan. Your reaction?\n\nMR. KIRBY: That is simply not true.',
      'That is simply not true', ['Ukrainian drones struck a refinery in Ryazan'], 'Kremlin', 'claims/restated'],
    ['a transcript: the reporter states the claim, then asks',
      'Q Russia shelled Kharkiv again overnight. Is that an escalation?\n\nMR. KIRBY: That is not true. They shelled Sumy.',
      'That is not true', ['Russia shelled Kharkiv again overnight. Is that an escalation?'], null, 'claims/quotation'],
    ['`the argument that B` with no possessor restates the claim just before it, made by a verb of claiming without a predicate of its own',
      'Some analysts, including the Baltic Energy Institute, have claimed that this is a question of access to credit. The companies hold many permits. So the argument that there are no places left to drill is just not true.',
      'So the argument that there are no places left to drill is just not true', ['this is a question of access to credit', 'there are no places left to drill'], 'Some analysts', 'claims/claim-verb'],
    ['`these accusations were groundless` two paragraphs after the accusation',
      'The Ukrainian side has accused Russia of shelling the nuclear plant.\n\nThe IAEA sent inspectors.\n\nDmitry Peskov said these accusations were groundless.',
      'these accusations were groundless', ['Russia of shelling the nuclear plant'], 'Ukrainian side', 'claims/accusation'],
    ['`rejected these accusations` two paragraphs after the accusation',
      'The Ukrainian side has accused Russia of shelling the nuclear plant.\n\nThe IAEA sent inspectors.\n\nThe Kremlin rejected these accusations.',
      'Kremlin rejected these accusations', ['Russia of shelling the nuclear plant'], 'Ukrainian side', 'claims/accusation'],
  ])('%s', (_construction, text, rebuttalText, answered, claimant, rule) => {
    const { claims, rebuttals } = claimsOf(text);
    const r = rebuttals.find((x) => x.text === rebuttalText);
    expect(r, JSON.stringify(rebuttals.map((x) => x.text))).toBeDefined();
    expect(r!.answers.map((id) => claims.find((c) => c.id === id)!.text), JSON.stringify(claims.map((c) => c.text))).toEqual(answered);
    const c = claims.find((x) => x.id === r!.claim)!;
    expect([c.claimant.name, c.rule]).toEqual([claimant, rule]);
    // Before the denial, or named inside it (`the argument that B is not true`).
    for (const id of r!.answers) expect(claims.find((x) => x.id === id)!.start).toBeLessThan(r!.end);
    expect(r!.proposition).toBe(c.proposition);
    expect(r!.confidence).toBeGreaterThan(0.5);
    expect(text.slice(r!.start, r!.end)).toBe(r!.text);
    expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it.each([
    ['`he` in reported speech is the speaker', 'Putin said he had claimed that the sanctions failed.', 'Putin'],
    ['`they` in the speaker\'s own words is not', '"They claim that the sanctions failed," Putin said.', null],
  ])('a pronoun claimant: %s', (_case, text, claimant) => {
    expect(claimsOf(text).claims.map((c) => [c.text, c.claimant.name])).toEqual([['the sanctions failed', claimant]]);
  });

  it('the follow-ups of one exchange answer the claim the first answer denied', () => {
    const text = 'Q Can you explain why you met the lobbyists?\n\nTHE PRESIDENT: I did not, and it is just a bunch of lies.\n\nQ You did not meet them —\n\nTHE PRESIDENT: They are lies.\n\nQ — their advisers?\n\nTHE PRESIDENT: I did not. They are lies.';
    const { claims, rebuttals } = claimsOf(text);
    const asked = claims.find((c) => c.text === 'you met the lobbyists')!;
    expect(rebuttals.map((r) => [r.text, r.answers])).toEqual([
      ['it is just a bunch of lies', [asked.id]],
      ['They are lies', [asked.id]],
      ['They are lies', [asked.id]],
    ]);
  });

  it('a follow-up that states a new claim is answered for it, not for the exchange\'s first claim', () => {
    const text = 'Q Can you explain why you met the lobbyists?\n\nTHE PRESIDENT: I did not, and it is just a bunch of lies.\n\nQ Russia shelled Kharkiv again overnight. Your reaction?\n\nTHE PRESIDENT: That is not true.';
    const { claims, rebuttals } = claimsOf(text);
    expect(rebuttals.map((r) => [r.text, r.answers.map((id) => claims.find((c) => c.id === id)!.text)])).toEqual([
      ['it is just a bunch of lies', ['you met the lobbyists']],
      ['That is not true', ['Russia shelled Kharkiv again overnight. Your reaction?']],
    ]);
  });

  it('one claim, rebuttals by several parties: a restatement and a reporter\'s question', () => {
    const text = 'Moscow claimed that Ukrainian forces had shelled the dam.\n\n"They say that Ukrainian forces shelled the dam. That is a lie," Governor Ihor Kolykhaiev said.\n\nQ Moscow says Ukrainian forces shelled the dam. Did they?\n\nMR. KIRBY: That is not true.';
    const { claims, rebuttals } = claimsOf(text);
    const claim = claims.find((c) => c.text === 'Ukrainian forces had shelled the dam')!;
    expect(rebuttals.filter((r) => r.answers.includes(claim.id)).map((r) => [r.text, r.rebutter.name])).toEqual([
      ['That is a lie', 'Ihor Kolykhaiev'],
      ['That is not true', 'Kirby'],
    ]);
  });
});

// What the new reach must not link: [why, text, texts of claims no rebuttal may answer ('*' for any)].
describe('a denial that points back: what it must not answer', () => {
  it.each([
    ['an unrelated earlier claim, when a claim is restated just before the denial',
      'Moscow said its troops had captured Lyman.\n\n"They say that our army is losing. That is a lie," Zelenskyy said.', ['its troops had captured Lyman']],
    ['a claim never stated: a question that states nothing',
      'Q How is the weather in Kyiv today?\n\nMR. KIRBY: That is not true.', ['*']],
    ['a yes/no question claims nothing, and a negated intent answers no question',
      'Q Will France send troops to Ukraine?\n\nMR. KIRBY: France will not send troops.', ['*']],
    ['a negated intent of the speaker\'s own is no denial of an unrelated claim',
      'Moscow claimed that Kyiv was preparing an offensive on Belgorod.\n\n"We will not send troops to Belarus," Zelenskyy said.', ['*']],
    ['a yes/no question states no claim',
      'Q Did Russia supply Iran with drones?\n\nMR. KIRBY: That is not true.', ['*']],
    ['a saying foreseen restates no claim made',
      '"They will say that we shelled the dam. That is a lie," the governor said.', ['*']],
    ['the saying that frames the denial is no claim of its own',
      'Zelensky said Russia is spreading this lie across Africa.', ['*']],
    ['the speaker\'s own saying',
      '"I said that the talks would resume. That is not true any more," the minister said.', ['*']],
    ['an answer that assents to nothing checkable: a joke',
      'Q That is true.\n\nMS. JEAN-PIERRE: I always say that to Josh, and he is like, "No, that is not true."', ['*']],
    ['a denial deep inside an answer does not reach back to the question',
      'Q Why did Ukraine shell the power plant?\n\nMR. KIRBY: We have seen the reports. We are in touch with Kyiv. We are in touch with the agency. The inspectors are on site. That is a lie.', ['*']],
    ['`these accusations` more than three paragraphs after the accusation',
      'The Ukrainian side has accused Russia of shelling the nuclear plant.\n\nThe IAEA sent inspectors.\n\nThey arrived on Monday.\n\nThey left on Friday.\n\nRain fell.\n\nDmitry Peskov said these accusations were groundless.', ['*']],
    ['`the argument that` restates no plain quotation (only a claim made by a verb of claiming)',
      'The minister said the port was closed. So the argument that ships cannot leave the port is not true.', ['the port was closed']],
    ['`the argument that` restates no claim seven sentences back',
      'Moscow claimed that the port was closed. Rain fell. Snow fell. Wind blew. Ships waited. Crews slept. Prices rose. So the argument that ships cannot leave the port is not true.', ['the port was closed']],
    ['`any false notion that ...` restates nobody\'s claim',
      'These damages exceed 400 billion dollars, according to the World Bank. We dispel any false notion that time is on Russia\'s side.', ['These damages exceed 400 billion dollars']],
    ['`these accusations` far back reach only claims made by a cue, not a plain quotation',
      '"Russian troops shelled the plant," the mayor said.\n\nThe IAEA sent inspectors.\n\nThey arrived on Monday.\n\nDmitry Peskov said these accusations were groundless.', ['*']],
    ['another answer came between the question and the denial',
      'Q Why did Ukraine shell the power plant?\n\nMR. KIRBY: Thank you.\n\nMS. JEAN-PIERRE: That is not true.', ['*']],
  ])('%s', (_why, text, notAnswered) => {
    const { claims, rebuttals } = claimsOf(text);
    const answered = rebuttals.flatMap((r) => r.answers.map((id) => claims.find((c) => c.id === id)!.text));
    if (notAnswered[0] === '*') expect(answered).toEqual([]);
    else for (const t of notAnswered) expect(answered).not.toContain(t);
  });
});
