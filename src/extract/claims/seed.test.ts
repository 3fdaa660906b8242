/**
 * The seed article (../shared/seed/seed-article.txt, read at test time, never copied here): both
 * claim/rebuttal pairs of issue 5, with claimant, rebutter and date.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextFile } from '../../ingest/text-file.ts';
import { extractDocument } from '../pipeline.ts';
import { extractClaims } from './index.ts';
import { timex } from '../../../test/helpers/claims.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const seed = resolve(root, process.env.CLAIMGRAPH_SHARED ?? '../shared', 'seed/seed-article.txt');

describe.runIf(existsSync(seed))('claims: the seed article (issue 5)', async () => {
  const document = existsSync(seed) ? await readTextFile(seed) : null;
  const { doc, extraction } = extractDocument(document!);
  const { claims, rebuttals } = extraction;
  const claim = (text: string) => claims.find((c) => c.text === text);

  it('pair 1: the Russian Federation (with Putin) declared Pokrovsk encircled; Hnatov: "That was a lie"', () => {
    const declared = claim('Pokrovsk was encircled')!;
    expect(declared).toMatchObject({ proposition: 'pokrovsk | encircle', cue: { text: 'declared' }, rule: 'claims/claim-verb' });
    expect(declared.claimant.name).toBe('Russian Federation');
    // The entities layer resolves `Putin` to the full name the article gives.
    expect(declared.claimant.also.map((p) => p.name)).toEqual(['Vladimir Putin']);
    expect(claim('the city would fall in a few days')).toMatchObject({ proposition: 'pokrovsk | fall', group: declared.group });
    const lie = rebuttals.find((r) => r.text === 'That was a lie')!;
    expect(lie.claim).toBe(declared.id);
    expect(lie.answers).toEqual(claims.filter((c) => c.group === declared.group).map((c) => c.id));
    expect(lie.answers).toHaveLength(3);
    expect(lie.rebutter.name).toBe('Andrii Hnatov');
    expect(lie.evidence.map((e) => e.text)).toEqual(['a lie']);
    expect(lie.proposition).toBe('pokrovsk | encircle');
  });

  it("pair 2: Moscow's claims that the city is encircled; Hnatov: they are fabricated", () => {
    const moscow = claim('the city is encircled or about to fall')!;
    expect(moscow).toMatchObject({ proposition: 'pokrovsk | encircle', cue: { text: 'claims' }, rule: 'claims/claim-noun' });
    expect(moscow.claimant.name).toBe('Moscow');
    const fabricated = rebuttals.find((r) => r.claim === moscow.id)!;
    expect(fabricated.text).toBe("Moscow's claims that the city is encircled or about to fall are fabricated");
    expect(fabricated.rebutter.name).toBe('Andrii Hnatov');
    expect(fabricated.evidence.map((e) => e.text)).toEqual(['fabricated']);
    // Present tense (`claims ... is encircled`, `are fabricated`): both stand at the article's date.
    expect([moscow.date, moscow.dateSource]).toEqual(['2025-11-13', 'article']);
    expect([fabricated.date, fabricated.dateSource]).toEqual(['2025-11-13', 'article']);
  });

  it('has exactly these two rebuttals', () => {
    expect(rebuttals.map((r) => r.text)).toEqual(["Moscow's claims that the city is encircled or about to fall are fabricated", 'That was a lie']);
  });

  it('pair 1 is dated by the dates layer: at the end of October -> 2025-10', () => {
    expect(claim('Pokrovsk was encircled')).toMatchObject({ date: '2025-10', dateSource: 'text' });
    expect(claim('the city would fall in a few days')).toMatchObject({ date: '2025-10', dateSource: 'text' });
  });

  it('pair 1 is dated 2025-10 given the dates layer`s TIMEX3 for "At the end of October"', () => {
    const dates = [timex(doc.text, 'At the end of October', '2025-10')];
    const withDates = extractClaims(doc, { quotes: extraction.quotes, entities: extraction.entities, dates });
    const declared = withDates.claims.find((c) => c.text === 'Pokrovsk was encircled')!;
    expect([declared.date, declared.dateSource]).toEqual(['2025-10', 'text']);
    expect(withDates.claims.find((c) => c.text === 'the city would fall in a few days')!.date).toBe('2025-10');
    // The dateless past-tense `That was a lie,` he said: no date rather than a guess.
    expect(withDates.rebuttals.find((r) => r.text === 'That was a lie')!.date).toBeNull();
  });
});
