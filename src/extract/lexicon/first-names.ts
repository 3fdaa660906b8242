import { createRequire } from 'node:module';

type GetGender = (name: string) => 'male' | 'female' | 'unknown';
let getGender: GetGender | null = null;

/**
 * The gender a first name usually carries, from gender-detection-from-name (its lists hold
 * Ukrainian and Russian transliterations too: Olena, Serhii, Mykola, Tetiana). Loaded on first
 * use, not at import: 2 MB of name tables cost about 0.15 s, paid only by a process that meets
 * `he` or `she` with more than one person to choose from.
 */
export function genderOfFirstName(name: string): 'male' | 'female' | null {
  getGender ??= (createRequire(import.meta.url)('gender-detection-from-name') as { getGender: GetGender }).getGender;
  const g = getGender(name);
  return g === 'unknown' ? null : g;
}
