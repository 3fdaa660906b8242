import type { Doc } from '../../model/doc.ts';
import type { Entity, EntityMention, MentionKind } from '../../model/items.ts';
import { span, type Span } from '../../model/span.ts';
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
  /** Where the quotes stage saw its mentions: a name found there joins it. */
  readonly seedStarts: readonly number[];
}

const CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and', '&', '-']);
const initials = (tokens: readonly string[]) => tokens.filter((t) => !CONNECTORS.has(t)).map((t) => t[0]).join('');

export function fromSeed(e: Entity): Building {
  const nameTokens = e.name.toLowerCase().split(/\s+/);
  return {
    id: e.id, kind: e.kind, name: e.name, nameTokens,
    mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, kind: (m.text === e.name ? 'name' : 'short-name') as MentionKind })),
    role: e.role, roleIsTitle: false, titles: e.role ? [e.role] : [], gender: null,
    confidence: e.confidence ?? 0.9, rule: e.rule ?? 'quotes/people', seed: true, seedStarts: e.mentions.map((m) => m.start),
  };
}

/**
 * Links each classified name to an entity, in text order: the same full name, a short name
 * (`Hnatov`, or `Putin` after `Vladimir Putin`), the same first and last name (`Donald J. Trump`),
 * an acronym and its expansion (`NATO`); a name a quotation's speaker already holds keeps that
 * entity and id. Titles and appositions become the entity's titles; an apposition is its role.
 */
export function link(doc: Doc, candidates: readonly Candidate[], entities: Building[], nextId: () => string): void {
  // Indexes by name part, so that each candidate is linked in constant time, however many entities.
  const byKey = new Map<string, Building>();
  const byLast = new Map<string, Building>();
  const byFirst = new Map<string, Building>();
  const byFirstLast = new Map<string, Building>();
  const oneWordPerson = new Map<string, Building>();
  const orgByInitials = new Map<string, Building>();
  const seedAt = new Map<number, Building>();
  const index = (e: Building) => {
    const t = e.nameTokens;
    const setOnce = (m: Map<string, Building>, k: string) => { if (!m.has(k)) m.set(k, e); };
    setOnce(byKey, `${e.kind}:${t.join(' ')}`);
    if (e.kind === 'person') {
      if (t.length > 1) { setOnce(byLast, t[t.length - 1]!); setOnce(byFirst, t[0]!); setOnce(byFirstLast, `${t[0]} ${t[t.length - 1]}`); }
      else setOnce(oneWordPerson, t[0]!);
    } else if (t.length > 1) setOnce(orgByInitials, initials(t));
  };
  for (const e of entities) {
    index(e);
    for (const m of e.mentions) seedAt.set(m.start, e);
  }
  for (const e of entities) if (e.seed && e.mentions.length === 0) for (const s of e.seedStarts) if (!seedAt.has(s)) seedAt.set(s, e);
  for (const c of candidates) {
    const start = doc.tokStart[c.ts]!;
    const end = doc.tokEnd[c.te - 1]!;
    const tokens = doc.lower.slice(c.ts, c.te);
    const key = tokens.join(' ');
    const first = tokens[0]!;
    const last = tokens[tokens.length - 1]!;
    let entity = seedAt.get(start);
    let kind: MentionKind = 'name';
    if (!entity && c.kind !== 'organization') {
      entity = byKey.get(`person:${key}`);
      if (!entity && tokens.length === 1) {
        entity = byLast.get(last) ?? byFirst.get(first);
        if (entity) kind = 'short-name';
      } else if (!entity) {
        entity = byFirstLast.get(`${first} ${last}`);
        const shorter = entity ? undefined : oneWordPerson.get(last);
        // A person known by one word (`President Putin`) gets the full name when it comes.
        if (shorter) { shorter.name = doc.text.slice(start, end); shorter.nameTokens = tokens; index(shorter); entity = shorter; }
      }
    } else if (!entity) {
      entity = byKey.get(`organization:${key}`);
      if (!entity && tokens.length === 1) {
        entity = orgByInitials.get(key);
        if (entity) kind = 'acronym';
      } else if (!entity) {
        const acronym = byKey.get(`organization:${initials(tokens)}`);
        if (acronym && acronym.nameTokens.length === 1) {
          for (const m of acronym.mentions) (m as { kind?: MentionKind }).kind = 'acronym';
          acronym.name = doc.text.slice(start, end);
          acronym.nameTokens = tokens;
          index(acronym);
          entity = acronym;
        }
      }
    }
    if (!entity) {
      if (c.kind === 'unknown') continue;
      entity = {
        id: nextId(), kind: c.kind, name: doc.text.slice(start, end), nameTokens: tokens, mentions: [],
        role: null, roleIsTitle: false, titles: [], gender: null, confidence: c.confidence, rule: c.rule, seed: false, seedStarts: [],
      };
      entities.push(entity);
      index(entity);
    }
    if (entity.seed && entity.mentions.length === 0) { entity.name = doc.text.slice(start, end); entity.nameTokens = tokens; entity.kind = c.kind === 'unknown' ? entity.kind : c.kind; }
    if (entity.kind === 'person' && kind === 'name' && key !== entity.nameTokens.join(' ')) kind = 'short-name';
    const m = span(doc.text, start, end);
    entity.mentions.push({ start: m.start, end: m.end, text: m.text, kind });
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
}
