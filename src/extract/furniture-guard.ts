import type { Doc, Furniture } from '../model/doc.ts';
import type { Entity, Quotation } from '../model/items.ts';
import { lowerBound } from '../analyze/lookup.ts';

/**
 * The one rule that keeps page furniture out of the ledger: no item overlaps furniture, and no
 * quotation or speaker comes out of a wire dateline. `analyze` already keeps furniture's tokens
 * out of the Doc; the few extractors that read `doc.text` between tokens (chrono's windows, the
 * equipment list, quotation marks) could still reach into it, so the pipeline passes each layer
 * through here as it is made, before a later stage can refer to its items.
 */
export class FurnitureGuard {
  private readonly furniture: readonly Furniture[];
  private readonly all: readonly Furniture[];

  constructor(doc: Doc) {
    this.all = doc.furniture;
    this.furniture = doc.furniture.filter((f) => f.kind !== 'dateline');
  }

  get empty(): boolean {
    return this.all.length === 0;
  }

  /** Items outside furniture (datelines allowed: `KYIV` is a place, `Feb 19` a date). */
  keep<T extends { start: number; end: number }>(items: readonly T[]): T[] {
    if (this.furniture.length === 0) return items as T[];
    return items.filter((it) => !hits(this.furniture, it.start, it.end));
  }

  /**
   * Quotations outside furniture and datelines; a speaker named only inside one (its mention, or
   * the entity it resolved to, which `entities` dropped) is no speaker.
   */
  quotes(quotes: readonly Quotation[], entities: readonly Entity[]): Quotation[] {
    if (this.all.length === 0) return quotes as Quotation[];
    const ids = new Set(entities.map((e) => e.id));
    const out: Quotation[] = [];
    for (const q of quotes) {
      if (hits(this.all, q.start, q.end)) continue;
      const sp = q.speaker;
      const gone = sp && (hits(this.all, sp.mention.start, sp.mention.end) || (sp.entity !== null && !ids.has(sp.entity)));
      out.push(gone ? { ...q, speaker: null } : q);
    }
    return out;
  }

  /** Entities keep their mentions outside furniture and datelines (`(Reuters)` is no one in the story); one with none left is dropped. */
  entities(entities: readonly Entity[]): Entity[] {
    if (this.all.length === 0) return entities as Entity[];
    const out: Entity[] = [];
    for (const e of entities) {
      const mentions = e.mentions.filter((m) => !hits(this.all, m.start, m.end));
      if (mentions.length === e.mentions.length) out.push(e);
      else if (mentions.length > 0) out.push({ ...e, mentions });
    }
    return out;
  }
}

/** Whether [start, end) overlaps a region; regions are sorted and disjoint. */
function hits(regions: readonly Furniture[], start: number, end: number): boolean {
  const i = lowerBound(regions.length, (k) => regions[k]!.end <= start);
  return i < regions.length && regions[i]!.start < Math.max(end, start + 1);
}
