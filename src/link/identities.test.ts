import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract/pipeline.ts';
import { makeDocument } from '../model/document.ts';
import { buildIdentities } from './identities.ts';
import { groupSpellings } from './spellings.ts';
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

describe('identities across spellings', () => {
  it('joins transliteration variants, titles and a surname alone into one person across articles', () => {
    const ids = buildIdentities([
      article('a', '2024-03-01', 'Volodymyr Zelenskyy, the president of Ukraine, said the front had held.'),
      article('b', '2024-03-02', '"We will rebuild every town," Volodymyr Zelenskiy said on Sunday.'),
      article('c', '2024-03-03', 'President Zelensky said the talks would go on.'),
      article('d', '2024-03-04', 'Aleksandr Lukashenko said Belarus would not send troops.'),
      article('e', '2024-03-05', 'Alexander Lukashenko said the border was calm.'),
      article('f', '2024-03-06', 'Volodymyr Zelenskyy said more air defense was coming.'),
    ]);
    const zelensky = ids.resolve('a', 'Volodymyr Zelenskyy');
    expect(zelensky?.id).toBe('volodymyr-zelenskyy');
    expect(ids.resolve('b', 'Volodymyr Zelenskiy')).toBe(zelensky);
    expect(ids.resolve('c', ids.identities.find((i) => i.documents.includes('c'))!.aliases.find((a) => /Zelensky$/.test(a))!)).toBe(zelensky);
    expect(zelensky!.documents).toEqual(['a', 'b', 'c', 'f']);
    expect(ids.resolve('d', 'Aleksandr Lukashenko')).toBe(ids.resolve('e', 'Alexander Lukashenko'));
  });
});

describe('groupSpellings: the store\'s identities from spellings', () => {
  const spelling = (name: string, quotes = 1, roles: string[] = [], organization = false) => ({ name, quotes, roles, organization });
  const groups = (...ss: ReturnType<typeof spelling>[]) => groupSpellings(ss).map((g) => [g.id, g.name, [...g.spellings].sort(), g.ambiguous]).sort();

  it('joins variants and a surname alone to the one full name, named by the fullest, most quoted spelling', () => {
    expect(groups(spelling('Volodymyr Zelenskyy', 40), spelling('Volodymyr Zelenskiy', 3), spelling('President Zelensky', 5), spelling('MR. ZELENSKY', 2), spelling('Vladimir Putin of Russia'), spelling('Putin', 2))).toEqual([
      ['vladimir-putin', 'Vladimir Putin', ['Putin', 'Vladimir Putin of Russia'], []],
      ['volodymyr-zelenskyy', 'Volodymyr Zelenskyy', ['MR. ZELENSKY', 'President Zelensky', 'Volodymyr Zelenskiy', 'Volodymyr Zelenskyy'], []],
    ]);
  });

  it('keeps namesakes apart, and a surname between them apart unless roles or titles choose', () => {
    expect(groups(spelling('Joe Biden', 5, ['President of the United States']), spelling('Jill Biden', 2, ['first lady']), spelling('Biden'))).toEqual([
      ['biden', 'Biden', ['Biden'], ['jill-biden', 'joe-biden']],
      ['jill-biden', 'Jill Biden', ['Jill Biden'], []],
      ['joe-biden', 'Joe Biden', ['Joe Biden'], []],
    ]);
    expect(groups(spelling('Joe Biden', 5, ['President of the United States']), spelling('Jill Biden', 2, ['first lady']), spelling('President Biden', 9)).map((g) => g[0])).toEqual(['jill-biden', 'joe-biden']);
  });

  it('does not join a surname to the only full name when their roles conflict', () => {
    expect(groups(spelling('Olena Petrenko', 1, ['brigade commander']), spelling('Petrenko', 1, ['baker in the town'])).map((g) => g[0])).toEqual(['olena-petrenko', 'petrenko']);
  });

  it('keeps the stored spelling: diacritics fold for matching only', () => {
    expect(groups(spelling('Aleksandar Vučić', 3), spelling('Aleksandar Vucic', 1))).toEqual([['aleksandar-vučić', 'Aleksandar Vučić', ['Aleksandar Vucic', 'Aleksandar Vučić'], []]]);
  });

  it('reads a full name after words of a role as that full name, and shows a name written only in capitals as a name', () => {
    expect(groups(spelling('Iryna Vereshchuk', 9), spelling('Temporarily Occupied Territories Iryna Vereshchuk', 2), spelling('MS. PSAKI', 4))).toEqual([
      ['iryna-vereshchuk', 'Iryna Vereshchuk', ['Iryna Vereshchuk', 'Temporarily Occupied Territories Iryna Vereshchuk'], []],
      ['psaki', 'Psaki', ['MS. PSAKI'], []],
    ]);
  });

  it('keeps names that hold no person apart, titles included, and names a state by its own name', () => {
    expect(groups(spelling('President', 9), spelling('Vice President', 2), spelling('the President'), spelling('Kremlin', 2, [], true), spelling('Russian Federation', 1, [], true), spelling('Russia', 3, [], true))).toEqual([
      ['president', 'President', ['President', 'the President'], []],
      ['russia', 'Russia', ['Kremlin', 'Russia', 'Russian Federation'], []],
      ['vice-president', 'Vice President', ['Vice President'], []],
    ]);
  });

  it('groups an organization by its whole name, never as a surname', () => {
    expect(groups(spelling('Kovalenko Group', 1, [], true), spelling('Ivan Kovalenko'), spelling('Kovalenko'))).toEqual([
      ['ivan-kovalenko', 'Ivan Kovalenko', ['Ivan Kovalenko', 'Kovalenko'], []],
      ['kovalenko-group', 'Kovalenko Group', ['Kovalenko Group'], []],
    ]);
  });
});
