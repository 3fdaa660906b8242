import type { Item } from './items.ts';

/**
 * What the ledger's items are about, beyond who speaks: places, equipment and dates.
 * (Issue 4.) People and organizations are `Entity` in items.ts.
 */

/** One gazetteer entry weighed for a place name. */
export interface PlaceCandidate {
  /** Null for regions and landmarks, which the town gazetteer has no entry for. */
  readonly geonameId: number | null;
  readonly name: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly admin1: string | null;
  readonly kind: PlaceKind;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
  /** How strongly the article's context points to this entry, 0..1. */
  readonly score: number;
}

/** `landmark`: a seat of power named for its government (`the Kremlin`, `the White House`). */
export type PlaceKind = 'city' | 'region' | 'country' | 'landmark';

/** A place mention, geocoded offline. Coordinates are null when the name could not be resolved. */
export interface Place extends Item {
  readonly id: string;
  readonly kind: PlaceKind;
  /** The gazetteer's name of the place chosen. */
  readonly name: string;
  readonly geonameId: number | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly country: string | null;
  readonly admin1: string | null;
  /** The other entries weighed, best first. */
  readonly alternatives: readonly PlaceCandidate[];
  /** A capital or country standing for its government (`Moscow said`, `Russia claims`). */
  readonly metonymy: boolean;
  /** The same for every mention of one place in the article: `geonames:704422`, `UA.05`, `landmark:Moscow Kremlin`. */
  readonly key: string;
}

/** A weapon system or piece of equipment: `Patriot`, `F-16`, `HIMARS`, `Shahed`. */
export interface Equipment extends Item {
  readonly id: string;
  /** Canonical name from the curated list, or the text for a pattern match. */
  readonly name: string;
  /** `air-defence`, `aircraft`, `missile`, `drone`, `artillery`, `armour`, `other`. */
  readonly type: string;
}

/** ISO-TimeML TIMEX3 type. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/**
 * TIMEX3 `mod`: a part of the period (`the end of October` is END) or an open side
 * (`since 2022` is ON_OR_AFTER, `until March` ON_OR_BEFORE).
 */
export type TimexMod = 'START' | 'MID' | 'END' | 'ON_OR_AFTER' | 'ON_OR_BEFORE' | 'APPROX';

export type TimeGranularity = 'time' | 'day' | 'week' | 'month' | 'season' | 'year' | 'decade' | 'range' | 'duration' | 'present' | 'set';

/** A date or period, resolved against the article's date. */
export interface TimeExpression extends Item {
  readonly id: string;
  readonly type: TimexType;
  /** TIMEX3 value: `2025-11-12`, `2025-10`, `2025-W46`, `2025-SU`, `199`, `P3D`, `PRESENT_REF`; `X` where unknown. */
  readonly value: string;
  readonly granularity: TimeGranularity;
  /** First and last day covered (ISO dates), when the expression is anchored in the calendar. */
  readonly begin: string | null;
  readonly finish: string | null;
  /** Ids of the quotations, figures and claims this date qualifies. */
  readonly qualifies: readonly string[];
  /** The part of the period meant, or its open side; null for the whole period. */
  readonly mod?: TimexMod | null;
  /** What the text says (`text`) and what came from the article's date (`article-date`). */
  readonly anchor?: 'text' | 'article-date' | 'none';
}
