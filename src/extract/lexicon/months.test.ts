import { describe, it, expect } from 'vitest';
import { BARE_MONTH_ABBREVIATIONS, MONTHS, MONTH_WORDS } from './months.ts';
import { FIGURE_CATEGORIES as LISTED } from './figure-categories.ts';
import { FIGURE_CATEGORIES, type FigureCategory } from '../../model/items.ts';

describe('the month table (one place)', () => {
  it('numbers every month 1-12 by its full name', () => {
    const names = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
    expect(names.map((n) => MONTHS.get(n))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const [w, m] of [...MONTHS, ...BARE_MONTH_ABBREVIATIONS]) expect(names[m - 1]!.startsWith(w.replace('.', '').slice(0, 3))).toBe(true);
  });

  it('keeps the bare abbreviations that are words or names out of MONTHS and in MONTH_WORDS', () => {
    for (const w of ['mar', 'jun', 'jul', 'sep']) {
      expect(MONTHS.has(w)).toBe(false);
      expect(MONTH_WORDS.has(w)).toBe(true);
      expect(MONTH_WORDS.has(w + '.')).toBe(true);
    }
    expect(MONTH_WORDS.size).toBe(MONTHS.size + BARE_MONTH_ABBREVIATIONS.size);
  });
});

describe('the figure categories (declared once)', () => {
  it('the lexicon lists the model list itself, and the type takes its values from it', () => {
    expect(LISTED).toBe(FIGURE_CATEGORIES);
    const other: FigureCategory = FIGURE_CATEGORIES[FIGURE_CATEGORIES.length - 1]!;
    expect(other).toBe('other');
    expect(new Set(FIGURE_CATEGORIES).size).toBe(14);
  });
});
