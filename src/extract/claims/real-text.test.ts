import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../../test/helpers/claims.ts';

/**
 * Constructions found in real official texts (issue 14, second pass), each on sentences we wrote:
 * [construction, text, rebuttal text, evidence, answered claim's text, rule]. The rebuttal must
 * answer that claim, stand after it or over it, and slice the text.
 */
describe('rebuttals of the constructions real texts use', () => {
  it.each([
    ['a claim noun with `of`, rebutting adjectives before the predicate',
      'Reports of shelling in Odesa are crudely fabricated propaganda, the ministry said.',
      'Reports of shelling in Odesa are crudely fabricated propaganda', ['crudely fabricated propaganda'], 'shelling in Odesa', 'claims/rebut-predicate'],
    ['`the argument that ... is simply not true` (an adverb before `not`)',
      'So the argument that the port has been closed for months is simply not true.',
      'So the argument that the port has been closed for months is simply not true', ['not true'], 'the port has been closed for months', 'claims/rebut-predicate'],
    ['an expletive `it would be incorrect for you to conclude that ...`',
      'I think it would be incorrect for you to conclude that the package was driven by reports of a counteroffensive.',
      'it would be incorrect for you to conclude that the package was driven by reports of a counteroffensive', ['incorrect'],
      'the package was driven by reports of a counteroffensive', 'claims/rebut-predicate'],
    ['`It is not true that ...`',
      'It is not true that the convoy was stopped at the border.',
      'It is not true that the convoy was stopped at the border', ['not true'], 'the convoy was stopped at the border', 'claims/rebut-predicate'],
    ['a claim named false where it is named: `any false notion that A, or that B`',
      'The ministers dispel any false notion that sanctions have failed, or that Russia can outlast Ukraine.',
      'false notion', ['false'], 'sanctions have failed', 'claims/rebut-named-false'],
    ['`the false premise that ...`',
      'The sanctions rested on the false premise that the Russian economy is weak.',
      'false premise', ['false'], 'the Russian economy is weak', 'claims/rebut-named-false'],
    ['`the myth of ...`',
      'They spread the myth of Ukraine\'s collapse.',
      'myth', ['myth'], 'Ukraine\'s collapse', 'claims/rebut-named-false'],
    ['a passive accusation, `groundlessly accused of ...`',
      'Kovalenko said Russia is being groundlessly accused of blocking grain exports.',
      'groundlessly accused', ['groundlessly'], 'blocking grain exports', 'claims/rebut-named-false'],
    ['a passive accusation answered in the next sentence: `This is simply nonsense`',
      'Moscow continued to be accused of shelling the reactor site. This is simply nonsense, the envoy said.',
      'This is simply nonsense', ['simply nonsense'], 'shelling the reactor site', 'claims/rebut-predicate'],
    ['`We have absolutely nothing to do with that` answers the accusation, past statements in between',
      'Prices there are high. Still, they are trying to blame us for the rise in fuel costs. Prices are up. We have absolutely nothing to do with that.',
      'We have absolutely nothing to do with that', ['nothing to do with that'], 'us for the rise in fuel costs', 'claims/rebut-unrelated'],
    ['`an attempt to pin the blame on someone else`',
      'Officials blame Russia for rising food prices. This is another attempt to pin the blame on someone else, the minister said.',
      'pin the blame', ['pin the blame'], 'Russia for rising food prices', 'claims/rebut-unrelated'],
    ['`spreading this lie` points back',
      'Russian officials claim that Ukraine planned the blast. Zelensky said Russia is spreading this lie across Africa.',
      'this lie', ['lie'], 'Ukraine planned the blast', 'claims/rebut-pointing'],
    ['`They are bluffing` after an accusation by others',
      'Russia is accused by officials of preventing the grain from leaving. "They are bluffing," Peskov said.',
      'They are bluffing', ['bluffing'], 'preventing the grain from leaving', 'claims/rebut-predicate'],
    ['a phrase without a verb denied: `the charges against ... are baseless`',
      'The charges against the reporter are baseless, the spokeswoman said.',
      'The charges against the reporter are baseless', ['baseless'], 'The charges against the reporter', 'claims/rebut-predicate'],
    ['`just a bunch of lies`',
      'Critics claimed that the minister had met the lobbyists. "It\'s just a bunch of lies," the minister said.',
      'It\'s just a bunch of lies', ['just a bunch of lies'], 'the minister had met the lobbyists', 'claims/rebut-predicate'],
  ])('%s', (_construction, text, rebuttalText, evidence, claimText, rule) => {
    const { claims, rebuttals } = claimsOf(text);
    const r = rebuttals.find((x) => x.text === rebuttalText);
    expect(r, JSON.stringify(rebuttals.map((x) => x.text))).toBeDefined();
    expect([r!.evidence.map((e) => e.text), r!.rule]).toEqual([evidence, rule]);
    const answered = r!.answers.map((id) => claims.find((c) => c.id === id)!.text);
    expect(answered, JSON.stringify(claims.map((c) => c.text))).toContain(claimText);
    expect(text.slice(r!.start, r!.end)).toBe(r!.text);
  });

  it('`any false notion that A, that B, or that C` answers all three claims', () => {
    const text = 'We dispel any false notion that time is on Russia\'s side, that sanctions have no effect, or that Russia can prevail.';
    const { claims, rebuttals } = claimsOf(text);
    expect(claims.map((c) => c.text)).toEqual(['time is on Russia\'s side', 'sanctions have no effect', 'Russia can prevail']);
    expect(rebuttals).toHaveLength(1);
    expect(rebuttals[0]!.answers).toEqual(claims.map((c) => c.id));
  });

  it('a negated statement answers the accusation of its predicate', () => {
    const text = 'Russia is accused by officials of preventing grain exports.\n\n"We are not preventing this," Peskov said.';
    const { claims, rebuttals } = claimsOf(text);
    const accusation = claims.find((c) => c.rule === 'claims/accusation')!;
    expect(accusation.claimant.name).toBe('officials');
    const counter = rebuttals.find((r) => r.rule === 'claims/counter-claim');
    expect(counter?.answers).toEqual([accusation.id]);
  });

  it.each([
    ['a judgement foreseen', 'Any attempts to keep soldiers on our land will be legally groundless.'],
    ['a relative `that` after a claim noun', 'We must answer false information that provokes violations of law.'],
    ['`lies` as a verb after a relative `that`', 'The road that lies before us is hard.'],
    ['`wrong` judging a deed, not a claim', 'Minister Virtanen said rejecting neutrality would be wrong.'],
    ['`He was wrong` answers a belief', 'Putin thought the alliance would break. He was wrong.'],
    ['a thing that has nothing to do with it', 'Prices rose. The ban on imports has nothing to do with it.'],
    ['a relative `nothing to do with`', 'We faced a provocation in the town, which the army had nothing to do with.'],
    ['a proposal rejected', 'Democrats put forward a compromise on the border. Republicans rejected it.'],
    ['`not so` before an adjective', 'The vehicle is not so sophisticated that training takes long.'],
    ['an accusation negated', 'Do not accuse our country of everything that goes wrong.'],
  ])('no rebuttal: %s', (_case, text) => {
    expect(claimsOf(text).rebuttals).toEqual([]);
  });

  it('an accusation is a claim of the accuser, with the accused and the deed', () => {
    const { claims } = claimsOf('The West blames Russia for the rise in food prices.');
    expect(claims.map((c) => [c.text, c.claimant.name, c.rule])).toEqual([['Russia for the rise in food prices', 'West', 'claims/accusation']]);
  });
});
