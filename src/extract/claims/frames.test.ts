/**
 * Structured propositions (issue 14), one row per construction: sentences we wrote. Each frame is
 * shown as `predicate agent theme @places [not] [hedged] rule`.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../../test/helpers/claims.ts';

function frames(text: string): string[] {
  const { claims } = claimsOf(text);
  const out: string[] = [];
  for (const c of claims) for (const f of c.frames ?? []) {
    expect(text.slice(f.start, f.end)).toBe(f.text);
    const agent = f.agent ? (f.agent.speaker ? 'WE' : f.agent.side ?? `name:${f.agent.name}`) : '-';
    out.push([f.predicate, agent, f.theme ?? '-', `@${f.places.join(',')}`, f.negated ? 'not' : '', f.hedged ? 'hedged' : '', f.rule].filter(Boolean).join(' '));
  }
  return out;
}

describe('frames: who did what to what, where', () => {
  it.each([
    ['a reduced relative with its agent after `by`, places in a list',
      'Kuleba said the crimes committed by the Russian military in the towns of Irpin, Bucha and Hostomel are genocide.',
      ['perpetrate Russia crimes @irpin,bucha,hostomel frames/reduced-relative']],
    ['`had nothing to do with` after a relative: the antecedent is the theme, its place the place',
      '"We saw a staged incident in the town of Irpin, which the Russian army had nothing to do with," Peskov said.',
      ['perpetrate Russia incident @irpin not frames/part-in']],
    ['`unleash` is `start`; `we` in the claimant\'s own words is the speaker',
      '"We did not unleash this war and we will not accept the blame for it," Kremlin spokesman Dmitry Peskov said.',
      ['start WE war @ not frames/active']],
    ['a cleft: `It was not us who attacked`',
      '"It was not us who attacked the village of Tetkino," Ukrainian military spokesman Oleksandr Shtupun said.',
      ['attack WE village @tetkino not frames/cleft']],
    ['an object relative: `the food crisis it provoked`, `it` the side named before',
      'Kuleba said that Russia must answer for the food crisis it provoked.',
      ['cause Russia food crisis @ frames/relative']],
    ['a passive relative with a modal is hedged',
      'Kuleba warned of a food crisis in the world, which could be caused by Russia\'s blockade of the ports.',
      ['cause Russia food crisis @ hedged frames/relative']],
    ['a condition is hedged',
      'Kuleba said that if Russia started the war, it would pay for it.',
      ['start Russia war @ hedged frames/active']],
    ['a war of another kind keeps its kind',
      'Kuleba said that Russia launched an energy war against Europe.',
      ['start Russia energy war @ frames/active']],
    ['a month is no place',
      'Kuleba said Russian troops shelled the town of Irpin in March.',
      ['shell Russia town @irpin frames/active']],
  ])('%s', (_what, text, expected) => {
    expect(frames(text)).toEqual(expected);
  });

  it.each([
    ['a side inside a prepositional phrase is no agent', 'Kuleba said that since the war in Ukraine began, prices have risen sharply.'],
    ['a side as possessor of a phrase headed by no actor', 'Kuleba said Ukraine\'s European path is only beginning, and the talks are going well.'],
    ['`began to` is an aspect, not the start of a war', 'Kuleba said that Russia began to mass troops near the town of Irpin.'],
    ['`committed to` is a pledge', 'Kuleba said the United States has committed to provide more air defence systems.'],
    ['a verb outside the table makes no frame', 'Kuleba said Russian troops saw the crimes in the town of Irpin.'],
    ['`we` outside a quotation is no side', 'Reporters asked whether we started the war, Kuleba said.'],
  ])('no frame: %s', (_what, text) => {
    expect(frames(text).filter((f) => f.startsWith('start') || f.startsWith('perpetrate') || f.startsWith('attack'))).toEqual([]);
  });
});
