import type { Doc } from '../../model/doc.ts';
import { POS } from '../../model/doc.ts';
import type { Mention } from './01-find-mentions.ts';
import type { Entry, Gazetteer } from './gazetteer.ts';

export interface Anchor { readonly entry: Entry; readonly mention: Mention }

/** What the article says about where it is: countries (named or by demonym), regions, and towns that are not in doubt. */
export interface ArticleContext {
  /** Country code -> how often the article points to it. */
  readonly countries: ReadonlyMap<string, number>;
  /** `UA.05` -> how strongly the article points to it. */
  readonly regions: ReadonlyMap<string, number>;
  /** Places for distances: those only one entry fits, then (second pass) the ones chosen. */
  readonly anchors: readonly Anchor[];
}

const bump = (m: Map<string, number>, k: string, by = 1) => m.set(k, (m.get(k) ?? 0) + by);
/** Distances are weighed against at most this many places, so a list of a thousand towns stays linear. */
const MAX_ANCHORS = 200;

/** First pass: only countries and regions named outright, demonyms, and names with a single entry count. */
export function articleContext(doc: Doc, gaz: Gazetteer, mentions: readonly Mention[]): ArticleContext {
  const countries = new Map<string, number>();
  const regions = new Map<string, number>();
  const anchors: Anchor[] = [];
  for (let i = 0; i < doc.lower.length; i++) {
    // Demonyms are capitalized adjectives and names: the other tokens are most of the text and need no look-up.
    const pos = doc.tokPos[i]!;
    if (pos !== POS.ADJ && pos !== POS.PROPN && pos !== POS.NOUN) continue;
    const c = doc.tokens[i]!.charCodeAt(0);
    if (c < 65 || c > 90) continue;
    const code = gaz.demonyms.get(doc.lower[i]!);
    if (code) bump(countries, code);
  }
  for (const m of mentions) {
    // A country name counts unless a region shares it (Georgia): towns named after countries are never meant.
    const country = m.entries.find((e) => e.kind === 'country');
    if (country && !m.entries.some((e) => e.kind === 'region')) bump(countries, country.country, 2);
    const only = m.regionSuffix ? m.entries.filter((e) => e.kind === 'region') : m.entries;
    if (only.length !== 1) continue;
    const e = only[0]!;
    if (e.kind === 'region' && e.admin1) bump(regions, `${e.country}.${e.admin1}`);
    if (e.kind === 'country') continue;
    bump(countries, e.country, 0.5);
    if (anchors.length < MAX_ANCHORS && !anchors.some((a) => a.entry === e)) anchors.push({ entry: e, mention: m });
  }
  return { countries, regions, anchors };
}

/** Second pass: the first pass's choices become context for each other (`Atlanta` and `Georgia`). */
export function refineContext(first: ArticleContext, chosen: readonly { mention: Mention; entry: Entry; confidence: number }[]): ArticleContext {
  const regions = new Map(first.regions);
  const countries = new Map(first.countries);
  const anchors: Anchor[] = [];
  const seen = new Set<string>();
  for (const c of chosen) {
    if (c.entry.kind === 'country') continue;
    // One anchor per name and entry: distances need each place once.
    const id = `${c.mention.key}|${c.entry.geonameId ?? c.entry.name}`;
    if (!seen.has(id) && anchors.length < MAX_ANCHORS) { seen.add(id); anchors.push({ entry: c.entry, mention: c.mention }); }
    if (c.entry.kind === 'region' && c.entry.admin1 && c.mention.entries.length > 1) bump(regions, `${c.entry.country}.${c.entry.admin1}`, c.confidence);
    if (c.mention.entries.length > 1) bump(countries, c.entry.country, 0.5 * c.confidence);
  }
  return { countries, regions, anchors };
}
