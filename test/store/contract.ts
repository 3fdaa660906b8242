/**
 * The store contract: one suite every Store implementation runs on a real database (SQLite now,
 * PostgreSQL later), with the corpus of ./corpus.ts and exact expected answers.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDocument } from '../../src/model/document.ts';
import { contentHash } from '../../src/store/hash.ts';
import type { StoredArticle, Store } from '../../src/store/store.ts';
import { corpus, fixtureLedger } from './corpus.ts';

const spanOf = (x: { start: number; end: number; text: string }) => [x.start, x.end, x.text];

export function storeContract(name: string, open: () => Promise<Store>) {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
      await store.put(corpus());
    });
    afterEach(() => store.close());

    describe('writing', () => {
      it('gives back each article whole: the document and every layer, items in order', async () => {
        for (const ledger of corpus()) expect(await store.get(ledger.document.id)).toEqual(ledger);
        expect(await store.get('no-such-article')).toBeNull();
      });

      it('gives back the texts of the articles named, and nothing for an id not stored', async () => {
        const ledgers = corpus().slice(0, 2);
        const texts = await store.texts([ledgers[1]!.document.id, 'no-such-article', ledgers[0]!.document.id]);
        expect([...texts.entries()].sort()).toEqual(ledgers.map((l) => [l.document.id, l.document.text]).sort());
        expect((await store.texts([])).size).toBe(0);
      });

      it('changes nothing when the same content comes again', async () => {
        expect(await store.put(corpus())).toEqual({ added: 0, replaced: 0, unchanged: 4 });
        expect((await store.stats()).items).toEqual({ quotes: 7, entities: 0, figures: 5, places: 5, equipment: 5, dates: 0, claims: 2, rebuttals: 1 });
      });

      it('replaces a changed article and its whole old extraction', async () => {
        const old = fixtureLedger('bridge-strike');
        const document = makeDocument({ ...old.document, text: 'The bridge was hit again on Friday.' });
        const changed: StoredArticle = { document, hash: contentHash(document), extraction: { ...old.extraction, quotes: [], figures: [], places: [], equipment: [], claims: [], rebuttals: [] } };
        expect(await store.put([changed])).toEqual({ added: 0, replaced: 1, unchanged: 0 });
        expect(await store.get('bridge-strike')).toEqual(changed);
        expect((await store.stats()).items).toMatchObject({ quotes: 5, figures: 4, places: 4, equipment: 3, claims: 1, rebuttals: 0 });
        // The old text and quotations are gone from the search index too.
        expect((await store.search('railway')).map((h) => h.article)).toEqual([]);
        expect((await store.search('fairy', { scope: 'quotes' })).map((h) => h.article)).toEqual([]);
        expect((await store.search('Friday')).map((h) => h.article)).toEqual(['bridge-strike']);
        // Speaker counts follow.
        expect((await store.speakers()).map((s) => [s.name, s.quotes, s.articles, s.roles])).toEqual([
          ['Oksana Lysenko', 2, 2, ['spokeswoman for the Southern Defense Forces']],
          ['Petro Marchenko', 2, 1, ['regional governor']],
          ['Tomasz Wilk', 1, 1, ['Defense Minister']],
        ]);
      });

      it('writes all the articles of a call or none', async () => {
        const fresh = makeDocument({ id: 'fresh', text: 'A new article about the pontoon.' });
        const broken = { document: makeDocument({ id: 'broken', text: 'x' }), hash: 'h', extraction: null } as unknown as StoredArticle;
        await expect(store.put([{ document: fresh, hash: contentHash(fresh), extraction: fixtureLedger('drone-factory').extraction }, broken])).rejects.toThrow();
        expect(await store.get('fresh')).toBeNull();
        expect((await store.stats()).articles).toBe(4);
      });

      it('lists every ledger in id order', async () => {
        const ids: string[] = [];
        for await (const ledger of store.ledgers()) ids.push(ledger.document.id);
        expect(ids).toEqual(['artillery-delivery', 'bridge-strike', 'drone-factory', 'harbor-shelling']);
      });
    });

    describe('search', () => {
      it('finds articles with a highlighted snippet, offsets into the article', async () => {
        const hits = await store.search('Zaporizhzhia');
        expect(hits.map((h) => [h.article, h.date, h.matches.map(spanOf)])).toEqual([
          ['drone-factory', '2025-04-20', [[20, 32, 'Zaporizhzhia']]],
          ['artillery-delivery', '2025-04-02', [[284, 296, 'Zaporizhzhia']]],
        ]);
        for (const hit of hits) {
          const text = (await store.get(hit.article))!.document.text;
          expect(text.slice(hit.start, hit.end)).toBe(hit.text);
          for (const m of hit.matches) expect(text.slice(m.start, m.end)).toBe(m.text);
        }
      });

      it('matches word forms and needs every word', async () => {
        expect((await store.search('bridges')).map((h) => [h.article, h.matches.map(spanOf)])).toEqual([
          ['bridge-strike', [[34, 40, 'bridge'], [115, 121, 'bridge']]],
        ]);
        expect((await store.search('drone spokeswoman')).map((h) => h.article)).toEqual(['drone-factory', 'bridge-strike']);
        expect((await store.search('"southern front"')).map((h) => h.article)).toEqual(['artillery-delivery']);
        expect((await store.search('Zapor*')).map((h) => h.article).sort()).toEqual(['artillery-delivery', 'drone-factory']);
        expect(await store.search('pontoon')).toEqual([]);
      });

      it('takes any text as a query without a syntax error', async () => {
        expect((await store.search('Russia\'s "air defenses')).map((h) => h.article)).toEqual(['bridge-strike']);
        await expect(store.search('" * "')).rejects.toThrow(/no words to look for/);
      });

      // One tokenizer's words on both backends (SQLite FTS5's `porter unicode61 remove_diacritics 2`;
      // PostgreSQL indexes the same tokens, src/store/postgres/fts.ts): no stop words, Porter's
      // stems, an apostrophe and a hyphen split words, any script folded to lower case.
      it('reads words alike: stop words, stems, phrases, an apostrophe, Cyrillic, a hyphenated name', async () => {
        const text = 'The governor of Київ Oblast said the Bakhmut-Soledar road was shelled again. The officials\' statement wasn\'t denied; repairs are continuing.';
        const document = makeDocument({ id: 'words', text, date: '2025-05-01' });
        await store.put([{ document, hash: contentHash(document), extraction: { ...fixtureLedger('drone-factory').extraction, quotes: [], figures: [], places: [], equipment: [], dates: [], claims: [], rebuttals: [] } }]);
        const found = async (q: string) => {
          const page = await store.searchPage(q, { limit: 50 });
          return [page.total, page.hits.map((h) => h.article)];
        };
        const spans = async (q: string) => (await store.search(q)).filter((h) => h.article === 'words').flatMap((h) => h.matches.map(spanOf));
        const at = (word: string, nth = 1) => {
          let i = -1;
          for (let k = 0; k < nth; k++) i = text.indexOf(word, i + 1);
          return [i, i + word.length, word];
        };
        // Stop words are words: `the` alone finds every article with it, `was` this one.
        expect(await found('the')).toEqual([5, ['words', 'harbor-shelling', 'bridge-strike', 'artillery-delivery', 'drone-factory']]);
        expect(await found('was')).toEqual([2, ['words', 'bridge-strike']]);
        expect(await spans('"road was shelled"')).toEqual([at('road was shelled')]);
        expect(await spans('"the road"')).toEqual([]);
        // Stems: Porter's, on query and text alike.
        expect(await spans('shelling continues')).toEqual([at('shelled'), at('continuing')]);
        expect((await found('shelling'))[1]).toEqual(['words', 'harbor-shelling']);
        expect(await spans('denial')).toEqual([]);
        expect(await spans('denied')).toEqual([at('denied')]);
        // An apostrophe splits a word: `wasn't` is the phrase `wasn t` (one match); `officials'` is `officials`.
        expect(await spans("wasn't")).toEqual([at("wasn't")]);
        expect(await spans("officials'")).toEqual([at('officials')]);
        // Cyrillic (letters outside Latin-1) in any case, and as a prefix.
        expect(await spans('київ')).toEqual([at('Київ')]);
        expect(await spans('КИЇВ')).toEqual([at('Київ')]);
        expect(await spans('Киї*')).toEqual([at('Київ')]);
        expect(await found('Киев')).toEqual([0, []]);
        // A hyphenated name: two words in a row (one match), each found alone too.
        expect(await spans('Bakhmut-Soledar')).toEqual([at('Bakhmut-Soledar')]);
        expect(await spans('"Soledar road"')).toEqual([at('Soledar road')]);
        expect(await spans('soledar')).toEqual([at('Soledar')]);
        expect(await found('"Bakhmut road"')).toEqual([0, []]);
      });

      it('searches quotations and claims', async () => {
        const quotes = await store.search('fairy tale', { scope: 'quotes' });
        expect(quotes.map((h) => [h.article, h.item, h.start, h.end, h.matches.map(spanOf)])).toEqual([
          ['bridge-strike', 'q2', 410, 446, [[413, 418, 'fairy'], [419, 423, 'tale']]],
        ]);
        const claims = await store.search('undamaged', { scope: 'claims' });
        expect(claims.map((h) => [h.article, h.item, h.matches.map(spanOf)])).toEqual([['bridge-strike', 'c1', [[372, 381, 'undamaged']]]]);
      });
    });

    describe('queries', () => {
      it('finds quotations by speaker, any case, newest first', async () => {
        const quotes = await store.quotes({ speaker: 'oksana lysenko' });
        expect(quotes.map((q) => [q.article, q.item.id, q.item.start, q.item.end])).toEqual([
          ['drone-factory', 'q1', 156, 208],
          ['artillery-delivery', 'q2', 319, 381],
          ['bridge-strike', 'q1', 110, 194],
          ['bridge-strike', 'q2', 410, 446],
        ]);
        expect((await store.quotes({ speaker: 'oksana lysenko', limit: 1, offset: 1 })).map((q) => q.article)).toEqual(['artillery-delivery']);
        expect((await store.quotes({ article: 'harbor-shelling' })).map((q) => q.item.text)).toEqual([
          '"They aimed at the grain terminal again,"', '"There is no military target within two kilometers of it."',
        ]);
      });

      it('counts speakers with their roles', async () => {
        expect(await store.speakers()).toEqual([
          { id: 'oksana-lysenko', name: 'Oksana Lysenko', quotes: 4, articles: 3, roles: ['a spokeswoman for the Southern Defense Forces', 'spokeswoman for the Southern Defense Forces'],
            spellings: [{ name: 'Oksana Lysenko', quotes: 4, articles: 3 }], ambiguous: [] },
          { id: 'petro-marchenko', name: 'Petro Marchenko', quotes: 2, articles: 1, roles: ['regional governor'], spellings: [{ name: 'Petro Marchenko', quotes: 2, articles: 1 }], ambiguous: [] },
          { id: 'tomasz-wilk', name: 'Tomasz Wilk', quotes: 1, articles: 1, roles: ['Defense Minister'], spellings: [{ name: 'Tomasz Wilk', quotes: 1, articles: 1 }], ambiguous: [] },
        ]);
        expect((await store.speakers({ name: 'tomasz wilk' })).map((s) => s.quotes)).toEqual([1]);
      });

      it('counts a spelling that comes back in another case under the identity it was first stored with', async () => {
        // `Rescue Workers` keys under the surname `workers` (the name rules read a capitalized run as
        // a person's name), `rescue workers` under its whole words: one stored spelling (names match
        // in any case), whose identity the later article must update. If the name rules come to key
        // both alike, pick another pair whose keys differ by case (src/link/names.ts).
        const said = (id: string, speaker: string): StoredArticle => {
          const text = `"We hold the line," ${speaker} said.`;
          const document = makeDocument({ id, text, date: '2024-03-01' });
          const at = text.indexOf(speaker);
          const quote = {
            id: 'q1', kind: 'direct' as const, start: 0, end: 19, text: text.slice(0, 19), utterance: 'u1', confidence: 0.9, rule: 'test', cue: null, addressee: null, quoted: [],
            speaker: { mention: { start: at, end: at + speaker.length, text: speaker }, name: speaker, entity: null, kind: 'person' as const, pronoun: false, role: null, antecedent: null, confidence: 0.9, rule: 'test' },
          };
          return { document, hash: contentHash(document), extraction: { quotes: [quote], entities: [], figures: [], places: [], equipment: [], dates: [], claims: [], rebuttals: [] } };
        };
        await store.put([said('workers-first', 'rescue workers')]);
        await store.put([said('workers-second', 'Rescue Workers')]);
        expect((await store.speakers({ name: 'rescue workers' })).map((s) => [s.quotes, s.articles, s.spellings.map((x) => [x.name, x.quotes])]))
          .toEqual([[2, 2, [['rescue workers', 2]]]]);
      });

      it('filters figures by category, claimant and period', async () => {
        const text = (f: { article: string; item: { text: string } }) => `${f.article}: ${f.item.text}`;
        expect((await store.figures({ category: 'equipment' })).map(text)).toEqual([
          "bridge-strike: 41 drones", 'artillery-delivery: 40 self-propelled howitzers', 'drone-factory: 300 interceptor drones',
        ]);
        expect((await store.figures({ claimant: 'petro marchenko' })).map(text)).toEqual(['harbor-shelling: three civilians', 'harbor-shelling: about 200 residents']);
        expect((await store.figures({ from: '2025-03-10', to: '2025-04-10' })).map(text)).toEqual([
          'harbor-shelling: three civilians', 'harbor-shelling: about 200 residents', 'artillery-delivery: 40 self-propelled howitzers',
        ]);
        expect((await store.figures({ category: 'equipment', claimant: 'Oksana Lysenko', from: '2025-04-01' })).map((f) => [f.article, f.item.start, f.item.end, f.item.value]))
          .toEqual([['drone-factory', 47, 69, 300]]);
      });

      it('lists claims, and the contested ones with their rebuttals', async () => {
        expect((await store.claims()).map((c) => [c.article, c.item.id, c.item.claimant.name, c.rebuttals.length])).toEqual([
          ['bridge-strike', 'c1', "Russia's Defense Ministry", 1], ['harbor-shelling', 'c1', 'Petro Marchenko', 0],
        ]);
        const contested = await store.claims({ contested: true });
        expect(contested.map((c) => [c.article, c.item.start, c.item.end, c.rebuttals.map((r) => [r.rebutter.name, r.evidence.map(spanOf)])])).toEqual([
          ['bridge-strike', 295, 381, [['Oksana Lysenko', [[411, 423, 'a fairy tale']]]]],
        ]);
        expect((await store.claims({ proposition: 'grain terminal | no military target' })).map((c) => c.article)).toEqual(['harbor-shelling']);
      });

      it('finds articles mentioning a place or equipment, by name or as written', async () => {
        expect(await store.mentioning('place', 'zaporizhzhia')).toEqual([
          { article: 'drone-factory', date: '2025-04-20', title: null, name: 'Zaporizhzhia', spans: [{ start: 20, end: 32, text: 'Zaporizhzhia' }] },
          { article: 'artillery-delivery', date: '2025-04-02', title: null, name: 'Zaporizhzhia', spans: [{ start: 284, end: 296, text: 'Zaporizhzhia' }] },
        ]);
        expect((await store.mentioning('equipment', 'drone')).map((m) => [m.article, m.spans.map(spanOf)])).toEqual([
          ['drone-factory', [[2, 7, 'drone']]],
          ['bridge-strike', [[10, 16, 'drones'], [325, 331, 'drones']]],
        ]);
        expect((await store.mentioning('equipment', 'Shaheds')).map((m) => [m.article, m.name])).toEqual([['drone-factory', 'Shahed-136']]);
        expect(await store.mentioning('place', 'Pokrovsk')).toEqual([]);
      });
    });
  });
}
