import type { Doc } from '../../model/doc.ts';
import { asName } from '../../analyze/lookup.ts';
import type { Entity, EntityMention, MentionKind } from '../../model/items.ts';
import { span, type Span } from '../../model/span.ts';
import { lowerBound } from '../../analyze/lookup.ts';
import { countryWords } from './country-words.ts';
import type { Candidate } from './02-classify.ts';

/** An entity while mentions are still being linked to it. */
export interface Building {
  readonly id: string;
  kind: Entity['kind'];
  name: string;
  nameTokens: string[];
  readonly mentions: EntityMention[];
  role: Span | null;
  roleIsTitle: boolean;
  readonly titles: Span[];
  gender: 'male' | 'female' | null;
  confidence: number;
  rule: string;
  /** Came from the quotes stage: its id is referenced by quotations and must stay. */
  readonly seed: boolean;
  /** Where the quotes stage saw its mentions (start, end; in text order): a name found there joins it. */
  readonly seedMentions: readonly { readonly start: number; readonly end: number }[];
  /** The largest end of its mentions: a name that starts there or later overlaps none of them, known without walking them. */
  mentionsEnd: number;
}

const CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and', '&', '-']);
/** An organization's name without the country or demonym before it. */
function coreOf(tokens: readonly string[]): string {
  const countries = countryWords();
  let k = 0;
  while (k < tokens.length - 1 && countries.has(tokens[k]!)) k++;
  return tokens.slice(k).join(' ');
}

const initials = (tokens: readonly string[]) => tokens.filter((t) => !CONNECTORS.has(t)).map((t) => t[0]).join('');

/**
 * A seed (step 0's person) as an entity to link names to, with no mention yet: the linking gives
 * it its mentions, and the seed's own are only where names join it. They are read, not copied (a
 * copy, or a map of start to end, cost hundreds of ms at the cap where one name is said 200,000 times).
 */
export function fromSeed(e: Entity): Building {
  const nameTokens = e.name.toLowerCase().split(/\s+/);
  return {
    id: e.id, kind: e.kind, name: e.name, nameTokens,
    mentions: [],
    // An organization has no role; one the quotes stage gave it came from a person beside it.
    role: e.kind === 'person' ? e.role : null, roleIsTitle: false, titles: e.kind === 'person' && e.role ? [e.role] : [], gender: null,
    confidence: e.confidence ?? 0.9, rule: e.rule ?? 'quotes/people', seed: true, seedMentions: e.mentions,
    mentionsEnd: -1,
  };
}

/**
 * Links each classified name to an entity, in text order: the same full name, a short name
 * (`Hnatov`, `Von der Leyen`, or `Putin` after `Vladimir Putin`), the same first and last name
 * (`Donald J. Trump`), an acronym and its expansion (`NATO`). A name inside a span where the
 * quotes stage saw one of its people joins that entity, whose id quotations reference; the
 * narrower name replaces the wider mention (`Mark Rutte` in `NATO Secretary General Mark Rutte`).
 * When the name and the quotes stage point to two entities, they are one: the one with the
 * fuller name stays, and the other's id is returned in `aliases` so quotations can follow it.
 * Titles and appositions become the entity's titles; an apposition is its role.
 */
export function link(doc: Doc, candidates: readonly Candidate[], entities: Building[], nextId: () => string): Map<string, string> {
  const aliases = new Map<string, string>();
  const live = (e: Building | undefined): Building | undefined => {
    for (let guard = 0; e && aliases.has(e.id) && guard < 100; guard++) e = byId.get(aliases.get(e.id)!);
    return e;
  };
  const byId = new Map(entities.map((e) => [e.id, e]));
  // Indexes by name part, so that each candidate is linked in constant time, however many entities.
  // Separate maps per kind: no key strings to build for each lookup.
  const personByName = new Map<string, Building>();
  const orgByName = new Map<string, Building>();
  const byKey = (kind: Building['kind']) => (kind === 'person' ? personByName : orgByName);
  const byLast = new Map<string, Building>();
  const byFirst = new Map<string, Building>();
  const byFirstLast = new Map<string, Building>();
  const oneWordPerson = new Map<string, Building>();
  const orgByInitials = new Map<string, Building>();
  const index = (e: Building) => {
    const t = e.nameTokens;
    const setOnce = (m: Map<string, Building>, k: string) => { if (!live(m.get(k))) m.set(k, e); };
    setOnce(byKey(e.kind), t.join(' '));
    if (e.kind === 'person') {
      if (t.length > 1) { setOnce(byLast, t[t.length - 1]!); setOnce(byFirst, t[0]!); setOnce(byFirstLast, `${t[0]} ${t[t.length - 1]}`); }
      else setOnce(oneWordPerson, t[0]!);
    } else {
      if (t.length > 1) setOnce(orgByInitials, initials(t));
      // `Ukrainian Air Force` is also `Air Force`.
      setOnce(orgByName, coreOf(t));
    }
  };
  // Where the quotes stage saw its people, in text order, for lookup by overlap.
  const seedSpans: { start: number; end: number; entity: Building }[] = [];
  for (const e of entities) {
    index(e);
    // Two mentions of one start never come from step 0 (its names do not overlap); were there
    // any, each would take the last one's end, as a map from start to end did.
    const ms = e.seedMentions;
    let lastEnd: Map<number, number> | null = null;
    for (let k = 1; k < ms.length && !lastEnd; k++) if (ms[k]!.start <= ms[k - 1]!.start) lastEnd = new Map(ms.map((m) => [m.start, m.end]));
    for (const m of ms) seedSpans.push({ start: m.start, end: lastEnd ? lastEnd.get(m.start)! : m.end, entity: e });
  }
  seedSpans.sort((x, y) => x.start - y.start);
  /** The quotes stage's people whose mentions overlap [start, end), usually one, more where it cut a name in pieces (`Institute` | `Study of War`). */
  const seedsOver = (start: number, end: number): Building[] => {
    const out: Building[] = [];
    for (let k = lowerBound(seedSpans.length, (i) => seedSpans[i]!.end <= start); k < seedSpans.length && seedSpans[k]!.start < end && out.length < 8; k++) {
      const e = live(seedSpans[k]!.entity);
      if (e && !out.includes(e)) out.push(e);
    }
    return out;
  };
  // Entities merged away, taken out of the list once at the end: a splice per merge walked the list each time.
  const merged = new Set<Building>();
  const merge = (target: Building, source: Building) => {
    if (target === source) return;
    aliases.set(source.id, target.id);
    merged.add(source);
    for (const m of source.mentions) target.mentions.push(m);
    target.mentionsEnd = Math.max(target.mentionsEnd, source.mentionsEnd);
    target.titles.push(...source.titles);
    if (!target.role || (target.roleIsTitle && source.role && !source.roleIsTitle)) { target.role = source.role; target.roleIsTitle = source.roleIsTitle; }
    target.gender ??= source.gender;
  };
  for (const c of candidates) {
    const start = doc.tokStart[c.ts]!;
    const end = doc.tokEnd[c.te - 1]!;
    const tokens = doc.lower.slice(c.ts, c.te);
    const key = tokens.join(' ');
    const first = tokens[0]!;
    const last = tokens[tokens.length - 1]!;
    let entity: Building | undefined;
    let kind: MentionKind = 'name';
    if (c.kind !== 'organization') {
      entity = live(personByName.get(key));
      if (!entity && tokens.length === 1) {
        entity = live(byLast.get(last)) ?? live(byFirst.get(first));
        if (entity) kind = 'short-name';
      } else if (!entity) {
        entity = live(byFirstLast.get(`${first} ${last}`));
        const longer = live(byLast.get(last));
        // `Von der Leyen` after `Ursula von der Leyen`: the end of a longer name.
        if (!entity && longer && longer.nameTokens.length > tokens.length && longer.nameTokens.slice(-tokens.length).join(' ') === key) { entity = longer; kind = 'short-name'; }
        const shorter = entity ? undefined : live(oneWordPerson.get(last));
        // A person known by one word (`President Putin`) gets the full name when it comes.
        if (shorter) { shorter.name = asName(doc.text.slice(start, end)); shorter.nameTokens = tokens; index(shorter); entity = shorter; }
      }
    } else {
      entity = live(orgByName.get(key)) ?? (tokens.length > 1 ? live(orgByName.get(coreOf(tokens))) : undefined);
      if (!entity && tokens.length === 1) {
        entity = live(orgByInitials.get(key));
        if (entity) kind = 'acronym';
      } else if (!entity) {
        const acronym = live(orgByName.get(initials(tokens)));
        if (acronym && acronym.nameTokens.length === 1) {
          for (const m of acronym.mentions) (m as { kind?: MentionKind }).kind = 'acronym';
          acronym.name = asName(doc.text.slice(start, end));
          acronym.nameTokens = tokens;
          index(acronym);
          entity = acronym;
        }
      }
    }
    for (const seed of seedsOver(start, end)) {
      // Names come in text order and do not overlap: the seed's mentions so far end before this one
      // unless it still holds one that does (mentionsEnd), so they are walked only then, not per name.
      const overlapping = seed.mentionsEnd > start;
      // Another name already took this seed's place (`General Staff`, then `Armed Forces of Ukraine` in one run of the quotes stage).
      if (seed.mentions.length > 0 && !(overlapping && seed.mentions.some((m) => m.start < end && m.end > start))) continue;
      // A head word makes an organization (`Ukrainian Air Force`), whatever the quotes stage took it for.
      if (seed.kind !== c.kind && c.kind !== 'organization' && c.kind !== 'unknown' && seed.mentions.length > 0) continue;
      // The quotes stage's mention of it is this one, maybe wider (`NATO Secretary General Mark Rutte`): the name found here replaces it.
      if (overlapping) {
        for (let k = seed.mentions.length - 1; k >= 0; k--) {
          const m = seed.mentions[k]!;
          if (m.start < end && m.end > start && (m.start !== start || m.end !== end)) {
            if (seed.name === m.text && m.text.length > end - start) { seed.name = asName(doc.text.slice(start, end)); seed.nameTokens = tokens; index(seed); kind = 'name'; }
            seed.mentions.splice(k, 1);
          }
        }
      }
      if (c.kind === 'organization' && seed.kind !== 'organization') { seed.kind = 'organization'; index(seed); }
      if (seed.mentions.length === 0 && (!entity || entity === seed)) { seed.name = asName(doc.text.slice(start, end)); seed.nameTokens = tokens; if (c.kind !== 'unknown') seed.kind = c.kind; index(seed); kind = 'name'; }
      if (entity && entity !== seed) {
        const [target, source] = entity.nameTokens.length >= seed.nameTokens.length ? [entity, seed] : [seed, entity];
        merge(target, source);
        entity = target;
      } else entity = seed;
    }
    if (!entity) {
      if (c.kind === 'unknown') continue;
      entity = {
        id: nextId(), kind: c.kind, name: asName(doc.text.slice(start, end)), nameTokens: tokens, mentions: [],
        role: null, roleIsTitle: false, titles: [], gender: null, confidence: c.confidence, rule: c.rule, seed: false, seedMentions: [], mentionsEnd: -1,
      };
      entities.push(entity);
      byId.set(entity.id, entity);
      index(entity);
    }
    if (entity.kind === 'person' && kind === 'name' && key !== entity.nameTokens.join(' ')) kind = 'short-name';
    const m = span(doc.text, start, end);
    entity.mentions.push({ start: m.start, end: m.end, text: m.text, kind });
    entity.mentionsEnd = Math.max(entity.mentionsEnd, m.end);
    entity.confidence = Math.max(entity.confidence, c.confidence);
    entity.gender ??= c.gender;
    if (c.title) {
      entity.titles.push(c.title);
      if (!entity.role) { entity.role = c.title; entity.roleIsTitle = true; }
    }
    if (c.apposition) {
      entity.titles.push(c.apposition);
      if (!entity.role || entity.roleIsTitle) { entity.role = c.apposition; entity.roleIsTitle = false; }
    }
  }
  if (merged.size > 0) {
    const kept = entities.filter((e) => !merged.has(e));
    entities.length = 0;
    for (const e of kept) entities.push(e);
  }
  return aliases;
}
