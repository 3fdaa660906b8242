import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../../test/helpers/claims.ts';

/**
 * Issue 14, fifth pass: one row per construction, on sentences we wrote. [construction, text, rebuttal
 * text, rebutter, texts of the claims it answers, that claim's claimant, rule of the rebuttal].
 */
describe('fifth pass: denials and what they answer', () => {
  it.each([
    ['a party\'s negated statement of its own part answers the claim that its side did it, though the key names nothing',
      'Separatist leaders said Ukrainian troops had attacked the village. Kyiv said it had not attacked the village.',
      'it had not attacked the village', 'Kyiv', ['Ukrainian troops had attacked the village'], 'Separatist leaders', 'claims/counter-claim'],
    ['`its forces never VERBed`: the possessive is the claimant\'s own people',
      'Local officials said Russian troops had shelled the school. Moscow said its forces never shelled the school.',
      'its forces never shelled the school', 'Moscow', ['Russian troops had shelled the school'], 'Local officials', 'claims/counter-claim'],
    ['`called the claim a provocation`: a verb of naming and a claim noun',
      'Moscow claimed that Ukrainian drones had struck the bridge.\n\nKyiv called the claim a provocation.',
      'Kyiv called the claim a provocation', 'Kyiv', ['Ukrainian drones had struck the bridge'], 'Moscow', 'claims/rebut-called'],
    ['`described the reports as disinformation`',
      'Russia claimed that Kyiv was shelling Donetsk. Kyiv described the reports as disinformation.',
      'Kyiv described the reports as disinformation', 'Kyiv', ['Kyiv was shelling Donetsk'], 'Russia', 'claims/rebut-called'],
    ['`branded the allegations fake` (`branded` tagged as an adjective)',
      'Russia claimed that Kyiv was shelling Donetsk. Kyiv branded the allegations fake.',
      'Kyiv branded the allegations fake', 'Kyiv', ['Kyiv was shelling Donetsk'], 'Russia', 'claims/rebut-called'],
    ['`called these reports an outright lie`, a paragraph after the claim, fillers before the noun',
      'Moscow claimed that Ukrainian saboteurs had blown up the pipeline.\n\nThe grain deal was extended.\n\nZelenskyy called these reports an outright lie.',
      'Zelenskyy called these reports an outright lie', 'Zelenskyy', ['Ukrainian saboteurs had blown up the pipeline'], 'Moscow', 'claims/rebut-called'],
    ['`wrong` after a subject headed by a claim noun',
      'Russia claims that Ukraine is preparing a dirty bomb. The reports are wrong, Kirby said.',
      'The reports are wrong', 'Kirby', ['Ukraine is preparing a dirty bomb'], 'Russia', 'claims/rebut-predicate'],
    ['`reports that suggest otherwise are inaccurate`',
      'Russia claims that Ukraine is preparing a dirty bomb. Reports that suggest otherwise are inaccurate, Kirby said.',
      'Reports that suggest otherwise are inaccurate', 'Kirby', ['Ukraine is preparing a dirty bomb'], 'Russia', 'claims/rebut-predicate'],
    ['`and reports that suggest otherwise are inaccurate`: after a conjunction the claim noun still heads its clause',
      'Russia claims that Ukraine is preparing a dirty bomb. "We share what we know, and reports that suggest otherwise are inaccurate," Kirby said.',
      'reports that suggest otherwise are inaccurate', 'Kirby', ['Ukraine is preparing a dirty bomb'], 'Russia', 'claims/rebut-predicate'],
    ['`the accusations are absurd`',
      'Peskov said Ukraine had attacked the Kremlin with drones. The accusations are absurd, Podolyak said.',
      'The accusations are absurd', 'Podolyak', ['Ukraine had attacked the Kremlin with drones'], 'Peskov', 'claims/rebut-predicate'],
    ['`had nothing to do with the attack`: the event named, the claim that the rebutter\'s side did it',
      'Peskov said Ukraine had attacked the Kremlin with drones. Podolyak said Kyiv had nothing to do with the attack.',
      'Kyiv had nothing to do with the attack', 'Kyiv', ['Ukraine had attacked the Kremlin with drones'], 'Peskov', 'claims/rebut-unrelated'],
  ])('%s', (_construction, text, rebuttalText, rebutter, answered, claimant, rule) => {
    const { claims, rebuttals } = claimsOf(text);
    const r = rebuttals.find((x) => x.text === rebuttalText);
    expect(r, JSON.stringify(rebuttals.map((x) => x.text))).toBeDefined();
    expect([r!.rule, r!.rebutter.name]).toEqual([rule, rebutter]);
    expect(r!.answers.map((id) => claims.find((c) => c.id === id)!.text), JSON.stringify(claims.map((c) => c.text))).toEqual(answered);
    expect(claims.find((x) => x.id === r!.claim)!.claimant.name).toBe(claimant);
    expect(text.slice(r!.start, r!.end)).toBe(r!.text);
  });

  // What must not be read as a denial of a claim: [why, text].
  it.each([
    ['a negation foreseen answers nothing', 'Separatist leaders said Ukrainian troops had attacked the village. Kyiv said it would not attack the village.'],
    ['a negated statement about another party, not the claimant\'s own part', 'Separatist leaders said Ukrainian troops had attacked the village. Kyiv said Russian troops had not attacked the village.'],
    ['a party with no side named cannot be matched to the side the claim names', 'Peskov said Ukraine had attacked the Kremlin with drones. Podolyak said he had not attacked the Kremlin.'],
    ['another predicate is another claim', 'Separatist leaders said Ukrainian troops had attacked the village. Kyiv said it had not received the weapons.'],
    ['a claim that does not name the party\'s side', 'Separatist leaders said unknown gunmen had attacked the village. Kyiv said it had not attacked the village.'],
    ['the claim too far back', 'Separatist leaders said Ukrainian troops had attacked the village. A. B. C. D. E. F. G. Kyiv said it had not attacked the village.'],
    ['`called the claims worth checking` calls nothing false', 'Moscow claimed that Ukrainian drones had struck the bridge. Kyiv called the claims worth checking.'],
    ['a naming foreseen', 'Moscow claimed that Ukrainian drones had struck the bridge. Kyiv will call the claim a lie.'],
    ['`called the report a lie detector` names a thing', 'Moscow claimed that Ukrainian drones had struck the bridge. Kyiv called the report a lie detector test.'],
    ['`He was wrong` answers a belief', 'Putin thought that Kyiv would fall in three days. He was wrong.'],
    ['`This is absurd` may judge an act', 'Moscow claimed that Ukrainian drones had struck the bridge. This is absurd, the mayor said.'],
    ['`rejecting neutrality would be wrong` judges an act', 'Moscow claimed that Finland was a threat. Rejecting neutrality would be wrong, Putin said.'],
    ['`nothing to do with the attack` with no claim naming the party\'s side', 'Peskov said drones had attacked the Kremlin. Podolyak said Kyiv had nothing to do with the attack.'],
    ['`the ban has nothing to do with the attack`: a thing, not a party', 'Peskov said Ukraine had attacked the Kremlin with drones. The ban has nothing to do with the attack.'],
    ['`it is absurd that X` asserts X', '"It is absurd that party insiders backed the governor before the race began," Sanders said.'],
    ['a claim noun in a headline before a colon is not the subject', 'Audit report: the ministry was inaccurate about the tenders.'],
    ['`So much of this information has been wrong`: the claim noun does not head the subject', '"So much of this information has been wrong," the retired officer said.'],
  ])('none: %s', (_why, text) => {
    expect(claimsOf(text).rebuttals).toEqual([]);
  });

  it('`it is absurd to claim that X` denies X, which no one is said to have claimed', () => {
    const { claims, rebuttals } = claimsOf('"It is absurd to claim that Ukraine shelled the plant," Podolyak said.');
    expect(rebuttals.map((r) => [r.rule, r.rebutter.name, r.answers.map((id) => claims.find((c) => c.id === id)!.text)]))
      .toEqual([['claims/rebut-predicate', 'Podolyak', ['Ukraine shelled the plant']]]);
  });

  it('`it is absurd that X` stays the speaker\'s claim', () => {
    const { claims } = claimsOf('"It is absurd that party insiders backed the governor before the race began," Sanders said.');
    expect(claims.map((c) => [c.claimant.name, c.rule])).toEqual([['Sanders', 'claims/quotation']]);
  });
});

describe('fifth pass: in a transcript, denying having said what the question takes as said', () => {
  it.each([
    ['`How is it that X?` takes X as given; `we have never said that Y` deep in the answer answers it',
      'Q    How is it that you have determined that Saudi Arabia must drill more oil?\n\nMR. KIRBY:  Well, there are unused permits here.  Look, the oil issue is global.\n\nAnd OPEC has already increased output.  And we are grateful to Saudi Arabia.  But we have never said that Saudi Arabia has to pump more oil.\n\nQ    Thanks.',
      'we have never said that Saudi Arabia has to pump more oil', 'Kirby', ['you have determined that Saudi Arabia must drill more oil'], null, 'claims/question'],
    ['`we did not tell X that Y` answers a saying the reporter reports, a few paragraphs into the answer',
      'Q    The minister said that the White House told Israel to stay out of Rafah.  Any reaction?\n\nMR. KIRBY:  No comment on that.\n\nI would just tell you that we support Israel.\n\nAnd just to be clear, we did not tell the Israelis that they could not operate in Rafah.',
      'we did not tell the Israelis that they could not operate in Rafah', 'Kirby', ['the White House told Israel to stay out of Rafah'], 'minister', 'claims/restated'],
  ])('%s', (_construction, text, rebuttalText, rebutter, answered, claimant, claimRule) => {
    const { claims, rebuttals } = claimsOf(text);
    const r = rebuttals.find((x) => x.text === rebuttalText);
    expect(r, JSON.stringify(rebuttals.map((x) => x.text))).toBeDefined();
    expect([r!.rule, r!.rebutter.name]).toEqual(['claims/rebut-not-said', rebutter]);
    const c = r!.answers.map((id) => claims.find((x) => x.id === id)!);
    expect(c.map((x) => x.text)).toEqual(answered);
    expect([c[0]!.claimant.name, c[0]!.rule]).toEqual([claimant, claimRule]);
    expect(text.slice(r!.start, r!.end)).toBe(r!.text);
  });

  it.each([
    ['a question that only asks', 'Q    Will you send jets?  Are they off the table?\n\nMS. PSAKI:  We have never said that jets are off the table.'],
    ['a statement and a question with nothing taken as given', 'Q    Sir, the sanctions did not work.  What makes you think Putin will change course?\n\nTHE PRESIDENT:  I did not say that the sanctions would deter him.'],
    ['outside a transcript nothing tells whose words are denied', 'Moscow said that Kyiv had shelled the dam. "We never said that Kyiv shelled it," the mayor said.'],
    ['`he never said` reports another\'s silence', 'Q    How is it that you have decided that Kyiv must cede land?\n\nMR. KIRBY:  He never said that Kyiv must cede land.'],
    ['a saying foreseen', 'Q    How is it that you have decided that Kyiv must cede land?\n\nMR. KIRBY:  We will not say that Kyiv must cede land.'],
    ['the reporter\'s own words', 'Q    How is it that you have decided that Kyiv must cede land?  We never said that.\n\nMR. KIRBY:  Thanks.'],
  ])('none: %s', (_why, text) => {
    expect(claimsOf(text).rebuttals.filter((r) => r.rule === 'claims/rebut-not-said')).toEqual([]);
  });

  it('`we\'ve never said that — we\'ve never said X` is one denial', () => {
    const text = 'Q    How is it that you have determined that Saudi Arabia must drill more oil?\n\nMR. KIRBY:  But we have never said that — we have never said that Saudi Arabia has to pump more oil.';
    expect(claimsOf(text).rebuttals.filter((r) => r.rule === 'claims/rebut-not-said')).toHaveLength(1);
  });
});
