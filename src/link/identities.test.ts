import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract/pipeline.ts';
import { makeDocument } from '../model/document.ts';
import { buildIdentities } from './identities.ts';
import type { Article } from './corpus.ts';

const article = (id: string, date: string, text: string): Article => {
  const document = makeDocument({ id, text, date });
  return { document, extraction: extractDocument(document).extraction };
};

describe('identities across articles', () => {
  it('keeps a bare surname apart when two people share it and nothing tells them apart', () => {
    const ids = buildIdentities([
      article('a', '2025-11-01', 'Col. Ivan Kovalenko, a spokesman for the army, said the bridge was hit.'),
      article('b', '2025-11-02', 'Dr. Maria Kovalenko, a surgeon at the city hospital, said four people were hurt.'),
      article('c', '2025-11-03', 'Kovalenko said the road was closed.'),
    ]);
    expect(ids.identities.map((i) => i.id)).toEqual(['ivan-kovalenko', 'kovalenko', 'maria-kovalenko']);
    expect(ids.resolve('c', 'Kovalenko')?.ambiguous).toEqual(['ivan-kovalenko', 'maria-kovalenko']);
  });

  it('joins a bare surname to the one person of that name, and to the right one by role or title', () => {
    const ids = buildIdentities([
      article('a', '2025-11-01', 'Col. Ivan Kovalenko, a spokesman for the army, said the bridge was hit.'),
      article('b', '2025-11-02', 'Dr. Maria Kovalenko, a surgeon at the city hospital, said four people were hurt.'),
      article('c', '2025-11-03', 'Kovalenko, the army spokesman, said the road was closed.'),
      article('d', '2025-11-04', 'Andrii Hnatov, the army chief, said the line held.'),
      article('e', '2025-11-05', 'Hnatov said the line held again.'),
    ]);
    expect(ids.resolve('c', 'Kovalenko')?.id).toBe('ivan-kovalenko');
    expect(ids.resolve('e', 'Hnatov')?.id).toBe('andrii-hnatov');
    expect(ids.resolve('d', 'Andrii Hnatov')!.roles.map((r) => r.role)).toEqual(['army chief']);
  });

  it('does not join a surname to the only person of that name when their roles conflict', () => {
    const ids = buildIdentities([
      article('a', '2025-11-01', 'Olena Petrenko, a brigade commander, said the town held.'),
      article('b', '2025-11-02', 'Petrenko, a baker in the town, said bread was scarce.'),
    ]);
    expect(ids.resolve('b', 'Petrenko')?.id).toBe('petrenko');
    expect(ids.resolve('a', 'Olena Petrenko')?.id).toBe('olena-petrenko');
  });

  it('reads a state and its metonyms as one claimant', () => {
    const ids = buildIdentities([
      article('a', '2025-11-01', 'Moscow claimed that Kupiansk had fallen.'),
      article('b', '2025-11-02', 'The Kremlin claimed that Kupiansk had fallen.'),
      article('c', '2025-11-03', 'Russia claims it has captured Kupiansk.'),
    ]);
    expect(['a', 'b', 'c'].map((d, i) => ids.resolve(d, ['Moscow', 'Kremlin', 'Russia'][i]!)?.id)).toEqual(['russia', 'russia', 'russia']);
  });
});
