/**
 * The corrections contract: corrections and verdicts kept apart from the extraction and applied when
 * reading (src/store/corrected.ts), on every backend that keeps them (SQLite and PostgreSQL), with
 * the corpus of ./corpus.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewCorrection } from '../../src/model/corrections.ts';
import type { Extraction } from '../../src/model/items.ts';
import { CorrectedStore } from '../../src/store/corrected.ts';
import { itemKey, type Corrected, type CorrectionLog } from '../../src/store/corrections.ts';
import { contentHash } from '../../src/store/hash.ts';
import type { StoredArticle, Store } from '../../src/store/store.ts';
import { corpus } from './corpus.ts';

export type StoreWithCorrections = Store & { readonly corrections: CorrectionLog };

const ledger = (id: string) => corpus().find((l) => l.document.id === id)!;

/** A correction of item `item` of `layer` in corpus article `article`, as the API makes it. */
function on<L extends keyof Extraction>(article: string, layer: L, item: string): NewCorrection['target'] {
  const l = ledger(article);
  return itemKey(l, layer, (l.extraction[layer] as readonly { id: string }[]).find((i) => i.id === item));
}

const author = 'Maria (desk)';

/** The article with `prefix` put before its text and every offset moved with it: a changed version. */
function changed(l: StoredArticle, prefix: string): StoredArticle {
  const shift = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(shift);
    if (v && typeof v === 'object') {
      const o = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shift(x)])) as Record<string, unknown>;
      if (typeof o.start === 'number' && typeof o.end === 'number') { o.start = (o.start) + prefix.length; o.end = (o.end as number) + prefix.length; }
      return o;
    }
    return v;
  };
  const document = { ...l.document, text: prefix + l.document.text };
  return { document, hash: contentHash(document), extraction: shift(l.extraction) as Extraction };
}

export function correctionsContract(name: string, open: () => Promise<StoreWithCorrections>) {
  describe(`corrections: ${name}`, () => {
    let base: StoreWithCorrections;
    let store: CorrectedStore;
    beforeEach(async () => {
      base = await open();
      await base.put(corpus());
      store = new CorrectedStore(base, base.corrections);
    });
    afterEach(async () => {
      await base.close();
    });

    it('migration 7 makes the corrections table; a correction is stored with who and when', async () => {
      expect((await base.stats()).schemaVersion).toBeGreaterThanOrEqual(7);
      const c = await base.corrections.add({ kind: 'reject', target: on('bridge-strike', 'quotes', 'q2'), note: 'not a quotation', author });
      expect(c).toMatchObject({ id: 1, kind: 'reject', author, note: 'not a quotation', target: { article: 'bridge-strike', layer: 'quotes', text: '"a fairy tale for domestic viewers."' } });
      expect(Date.parse(c.created)).not.toBeNaN();
      expect((await base.corrections.list()).total).toBe(1);
    });

    it('reject: the item is marked in its article and left out of lists', async () => {
      const before = await store.quotes({ speaker: 'Oksana Lysenko' });
      await base.corrections.add({ kind: 'reject', target: on('bridge-strike', 'quotes', 'q2'), note: null, author });
      const q2 = (await store.get('bridge-strike'))!.extraction.quotes.find((q) => q.id === 'q2') as Corrected;
      expect(q2.correction).toMatchObject({ kind: 'reject', author });
      const after = await store.quotes({ speaker: 'Oksana Lysenko' });
      expect(after.map((l) => `${l.article}/${l.item.id}`)).toEqual(before.map((l) => `${l.article}/${l.item.id}`).filter((k) => k !== 'bridge-strike/q2'));
      expect((await store.quotes({ article: 'bridge-strike' })).map((l) => l.item.id)).toEqual(['q1']);
      // The extraction itself is untouched.
      expect((await base.get('bridge-strike'))!.extraction.quotes).toHaveLength(2);
    });

    it('speaker: the quotation moves to the new speaker, saying who it was', async () => {
      await base.corrections.add({ kind: 'speaker', name: 'Petro Marchenko', speakerKind: 'person', target: on('artillery-delivery', 'quotes', 'q2'), note: 'he said it', author });
      const petro = await store.quotes({ speaker: 'Petro Marchenko' });
      const moved = petro.find((l) => l.article === 'artillery-delivery')!;
      expect(moved.item.speaker!.name).toBe('Petro Marchenko');
      expect((moved.item as Corrected).correction).toMatchObject({ kind: 'speaker', was: 'Oksana Lysenko', author, note: 'he said it' });
      expect(petro).toHaveLength(3);
      expect((await store.quotes({ speaker: 'Oksana Lysenko' })).some((l) => l.article === 'artillery-delivery')).toBe(false);
      expect((await store.quotes({ speaker: 'Lysenko' })).length).toBe(3);
    });

    it('rating: a claim carries its verdict in its article and in the claims list', async () => {
      await base.corrections.add({ kind: 'rating', rating: 'false', target: on('bridge-strike', 'claims', 'c1'), note: 'satellite images show the span down', author });
      const [claim] = await store.claims({ proposition: 'bridge | undamaged' });
      expect((claim!.item as Corrected).verdict).toMatchObject({ rating: 'false', author, note: 'satellite images show the span down' });
      expect(((await store.get('bridge-strike'))!.extraction.claims[0] as Corrected).verdict?.rating).toBe('false');
      // A later rating of the same claim wins.
      await base.corrections.add({ kind: 'rating', rating: 'misleading', target: on('bridge-strike', 'claims', 'c1'), note: null, author: 'Ivan' });
      expect(((await store.claims({ proposition: 'bridge | undamaged' }))[0]!.item as Corrected).verdict).toMatchObject({ rating: 'misleading', author: 'Ivan' });
    });

    it('rejecting the only rebuttal leaves the claim uncontested', async () => {
      expect((await store.claims({ contested: true })).map((c) => c.article)).toEqual(['bridge-strike']);
      await base.corrections.add({ kind: 'reject', target: on('bridge-strike', 'rebuttals', 'r1'), note: null, author });
      expect(await store.claims({ contested: true })).toEqual([]);
    });

    it('survives a re-ingest of the same text, and of a changed text where every offset moved', async () => {
      await base.corrections.add({ kind: 'reject', target: on('bridge-strike', 'quotes', 'q2'), note: null, author });
      await base.corrections.add({ kind: 'rating', rating: 'false', target: on('bridge-strike', 'claims', 'c1'), note: null, author });
      expect(await store.put([ledger('bridge-strike')])).toEqual({ added: 0, replaced: 0, unchanged: 1 });
      const prefix = 'UPDATED 14:05: adds the ministry\'s statement.\n\n';
      const v2 = changed(ledger('bridge-strike'), prefix);
      expect(await store.put([v2])).toEqual({ added: 0, replaced: 1, unchanged: 0 });
      const stored = await store.corrected('bridge-strike');
      const q2 = stored!.ledger.extraction.quotes.find((q) => q.id === 'q2')!;
      expect(q2.start).toBe(ledger('bridge-strike').extraction.quotes[1]!.start + prefix.length);
      expect((q2 as Corrected).correction?.kind).toBe('reject');
      expect((stored!.ledger.extraction.claims[0] as Corrected).verdict?.rating).toBe('false');
      expect(stored!.applied.map((a) => a.item)).toEqual(['q2', 'c1']);
      expect(stored!.ledger.document.text.slice(q2.start, q2.end)).toBe(q2.text);
      // An article whose new version no longer has the words: the correction stays, applied to nothing.
      const v3 = { ...v2, document: { ...v2.document, text: v2.document.text.replace('fairy tale', 'fable') } };
      await store.put([{ ...v3, hash: contentHash(v3.document), extraction: { ...v3.extraction, quotes: v3.extraction.quotes.filter((q) => q.id !== 'q2'), rebuttals: [] } }]);
      expect((await store.corrected('bridge-strike'))!.applied.map((a) => a.item)).toEqual([null, 'c1']);
    });

    it('merge: two identities are one row and one list of quotations; split: a spelling apart', async () => {
      await base.corrections.add({ kind: 'merge', name: 'Tomasz Wilk', into: 'Petro Marchenko', target: null, note: 'test of a merge', author });
      const rows = await store.speakers();
      expect(rows.map((r) => [r.name, r.quotes])).toEqual([['Oksana Lysenko', 4], ['Petro Marchenko', 3]]);
      expect(rows[1]!.corrections).toMatchObject([{ kind: 'merge', author }]);
      expect((await store.quotes({ speaker: 'Petro Marchenko' })).map((l) => `${l.article}/${l.item.id}`).sort())
        .toEqual(['artillery-delivery/q1', 'harbor-shelling/q1', 'harbor-shelling/q2']);
      expect((await store.quotes({ speaker: 'Tomasz Wilk' })).length).toBe(3);
      expect((await store.speakers({ name: 'Wilk' })).map((r) => r.name)).toEqual(['Petro Marchenko']);
    });

    it('split: a spelling the linker grouped is a person of its own', async () => {
      // Two spellings of one identity, then split.
      const l = changed(ledger('drone-factory'), '');
      const q = l.extraction.quotes[0]!;
      const renamed = { ...l, extraction: { ...l.extraction, quotes: [{ ...q, speaker: { ...q.speaker!, name: 'O. Lysenko' } }] } };
      await base.put([{ ...renamed, hash: 'other' }]);
      const identity = (await store.speakers({ name: 'Lysenko' }))[0]!;
      expect(identity.spellings.map((s) => s.name).sort()).toEqual(['O. Lysenko', 'Oksana Lysenko']);
      await base.corrections.add({ kind: 'split', name: 'O. Lysenko', from: 'Oksana Lysenko', target: null, note: 'another Lysenko', author });
      const rows = await store.speakers();
      const oksana = rows.find((r) => r.name === 'Oksana Lysenko')!;
      expect(oksana.spellings.map((s) => s.name)).toEqual(['Oksana Lysenko']);
      expect(oksana.quotes).toBe(3);
      expect(rows.find((r) => r.name === 'O. Lysenko')).toMatchObject({ quotes: 1, corrections: [{ kind: 'split' }] });
      expect((await store.quotes({ speaker: 'Oksana Lysenko' })).map((x) => x.article)).not.toContain('drone-factory');
      expect((await store.quotes({ speaker: 'O. Lysenko' })).map((x) => x.article)).toEqual(['drone-factory']);
    });

    it('speaker: the counts move with the quotation (quotations, articles, spellings), and the order follows', async () => {
      const before = new Map((await base.speakers()).map((r) => [r.name, r]));
      expect(before.get('Oksana Lysenko')!.quotes).toBeGreaterThan(before.get('Petro Marchenko')!.quotes);
      const c = await base.corrections.add({ kind: 'speaker', name: 'Petro Marchenko', speakerKind: 'person', target: on('artillery-delivery', 'quotes', 'q2'), note: null, author });
      const rows = await store.speakers();
      const after = new Map(rows.map((r) => [r.name, r]));
      // artillery-delivery held one quotation of Oksana Lysenko's and none of Petro Marchenko's.
      expect(after.get('Oksana Lysenko')).toMatchObject({ quotes: before.get('Oksana Lysenko')!.quotes - 1, articles: before.get('Oksana Lysenko')!.articles - 1 });
      expect(after.get('Petro Marchenko')).toMatchObject({ quotes: before.get('Petro Marchenko')!.quotes + 1, articles: before.get('Petro Marchenko')!.articles + 1, corrections: [{ id: c.id, kind: 'speaker' }] });
      expect(after.get('Petro Marchenko')!.spellings).toEqual([{ name: 'Petro Marchenko', quotes: before.get('Petro Marchenko')!.quotes + 1, articles: before.get('Petro Marchenko')!.articles + 1 }]);
      expect(after.get('Tomasz Wilk')).toEqual(before.get('Tomasz Wilk'));
      // Most quoted first, then by name, as the base store orders them.
      expect(rows.map((r) => r.quotes)).toEqual([...rows.map((r) => r.quotes)].sort((a, b) => b - a));
      // Each row's count is what its quotation list holds.
      for (const r of rows) expect((await store.quotes({ speaker: r.name })).length, r.name).toBe(r.quotes);
      expect((await store.speakers({ name: 'Marchenko' }))[0]).toMatchObject({ name: 'Petro Marchenko', quotes: before.get('Petro Marchenko')!.quotes + 1 });
      // Paging reads the moved order.
      expect([...await store.speakers({ limit: 1 }), ...await store.speakers({ limit: 2, offset: 1 })]).toEqual(rows.slice(0, 3));
    });

    it('speaker: a name no article gave is a row of its own; a rejected quotation counts for nobody', async () => {
      const before = new Map((await base.speakers()).map((r) => [r.name, r]));
      await base.corrections.add({ kind: 'speaker', name: 'Valerii Zaluzhnyi', speakerKind: 'person', target: on('drone-factory', 'quotes', 'q1'), note: null, author });
      await base.corrections.add({ kind: 'reject', target: on('harbor-shelling', 'quotes', 'q1'), note: 'not said', author });
      const after = new Map((await store.speakers()).map((r) => [r.name, r]));
      expect(after.get('Valerii Zaluzhnyi')).toMatchObject({ quotes: 1, articles: 1, spellings: [{ name: 'Valerii Zaluzhnyi', quotes: 1, articles: 1 }], corrections: [{ kind: 'speaker' }] });
      expect(after.get('Oksana Lysenko')).toMatchObject({ quotes: before.get('Oksana Lysenko')!.quotes - 1, articles: before.get('Oksana Lysenko')!.articles - 1 });
      // harbor-shelling still has his other quotation: one quotation fewer, the same articles.
      expect(after.get('Petro Marchenko')).toMatchObject({ quotes: before.get('Petro Marchenko')!.quotes - 1, articles: before.get('Petro Marchenko')!.articles, corrections: [{ kind: 'reject' }] });
      expect(await store.speakers({ name: 'Valerii Zaluzhnyi' })).toMatchObject([{ name: 'Valerii Zaluzhnyi', quotes: 1 }]);
      // Moved back: the counts are the extraction's again.
      await base.corrections.add({ kind: 'speaker', name: 'Oksana Lysenko', speakerKind: 'person', target: on('drone-factory', 'quotes', 'q1'), note: null, author });
      expect((await store.speakers()).find((r) => r.name === 'Valerii Zaluzhnyi')).toBeUndefined();
      expect((await store.speakers()).find((r) => r.name === 'Oksana Lysenko')!.quotes).toBe(before.get('Oksana Lysenko')!.quotes);
    });

    it('search: a hit on a rejected item is marked, a corrected speaker shown with who it was, a rated claim with its verdict', async () => {
      const hit = async (q: string, scope: 'quotes' | 'claims') => (await store.searchPage(q, { scope })).hits;
      expect((await hit('arithmetic', 'quotes')).map((h) => [h.article, h.item, h.speaker])).toEqual([['artillery-delivery', 'q2', 'Oksana Lysenko']]);
      await base.corrections.add({ kind: 'speaker', name: 'Petro Marchenko', speakerKind: 'person', target: on('artillery-delivery', 'quotes', 'q2'), note: null, author });
      await base.corrections.add({ kind: 'reject', target: on('bridge-strike', 'quotes', 'q2'), note: 'not a quotation', author });
      await base.corrections.add({ kind: 'rating', rating: 'false', target: on('bridge-strike', 'claims', 'c1'), note: null, author });
      const [moved] = await hit('arithmetic', 'quotes');
      expect(moved).toMatchObject({ item: 'q2', speaker: 'Petro Marchenko', correction: { kind: 'speaker', was: 'Oksana Lysenko', author } });
      const [rejected] = await hit('fairy tale', 'quotes');
      expect(rejected).toMatchObject({ article: 'bridge-strike', item: 'q2', correction: { kind: 'reject', note: 'not a quotation' } });
      // The words are in the text: still counted, and marked.
      expect((await store.searchPage('fairy tale', { scope: 'quotes' })).total).toBe(1);
      expect((await hit('undamaged', 'claims'))[0]).toMatchObject({ item: 'c1', verdict: { rating: 'false' } });
      expect((await store.search('arithmetic', { scope: 'quotes' }))[0]).toMatchObject({ speaker: 'Petro Marchenko' });
      // An uncorrected hit is the base store's.
      expect(await hit('grain terminal', 'quotes')).toEqual((await base.searchPage('grain terminal', { scope: 'quotes' })).hits);
    });

    it('with no correction, every query is the base store\'s', async () => {
      expect(await store.quotes({ speaker: 'Lysenko' })).toEqual(await base.quotes({ speaker: 'Lysenko' }));
      expect(await store.claims()).toEqual(await base.claims());
      expect(await store.speakers()).toEqual(await base.speakers());
      expect(await store.searchPage('the', { scope: 'quotes' })).toEqual(await base.searchPage('the', { scope: 'quotes' }));
    });
  });
}
