import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpus } from '../../test/store/corpus.ts';
import { openSqliteStore, type SqliteStore } from '../store/index.ts';
import { exportClaimReview } from './claimreview.ts';
import { csvField, exportCsv } from './csv.ts';
import { exportJsonl } from './jsonl.ts';
import { CorrectedStore } from '../store/corrected.ts';
import { itemKey } from '../store/corrections.ts';
import { identityRules } from '../link/identity-rules.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimgraph-export-'));
let store: SqliteStore;
beforeAll(async () => {
  store = openSqliteStore(join(dir, 'ledger.db'), { identities: identityRules });
  await store.put(corpus());
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const all = async (chunks: AsyncIterable<string>) => {
  let s = '';
  for await (const c of chunks) s += c;
  return s;
};

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['"quoted," he said', '"""quoted,"" he said"'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', '=SUM(A1)'],
    [null, ''],
    [41, '41'],
  ])('%j -> %j', (value, field) => expect(csvField(value)).toBe(field));
});

describe('export', () => {
  it('jsonl: one line per article with its text and every layer; offsets slice the text', async () => {
    const lines = (await all(exportJsonl(store))).trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['artillery-delivery', 'bridge-strike', 'drone-factory', 'harbor-shelling']);
    const bridge = corpus().find((l) => l.document.id === 'bridge-strike')!;
    expect(lines[1]).toEqual({ ...bridge.document, byline: null, retrieved: null, encoding: null, hash: bridge.hash, ...bridge.extraction });
    for (const line of lines) for (const q of line.quotes as { start: number; end: number; text: string }[]) expect((line.text as string).slice(q.start, q.end)).toBe(q.text);
  });

  it('csv: quotations with RFC 4180 quoting', async () => {
    const csv = await all(exportCsv(store, 'quotes'));
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe('article,date,id,kind,start,end,text,speaker,speaker_mention,speaker_start,speaker_end,role,cue,confidence,correction');
    expect(rows[3]).toBe('bridge-strike,2025-03-04,q1,direct,110,194,"""The bridge carried fuel trains to the front, and it will not carry them for weeks,""",Oksana Lysenko,Oksana Lysenko,200,214,a spokeswoman for the Southern Defense Forces,,0.9,');
    expect(rows).toHaveLength(1 + 7 + 1);
    expect(rows.at(-1)).toBe('');
  });

  it('csv: figures and claims', async () => {
    expect((await all(exportCsv(store, 'figures'))).split('\r\n').slice(0, 2)).toEqual([
      'article,date,id,start,end,text,value,low,high,qualifier,unit,rate,whose,category,claimant,confidence,correction',
      'artillery-delivery,2025-04-02,f1,17,44,40 self-propelled howitzers,40,,,,self-propelled howitzers,,,equipment,Tomasz Wilk,0.9,',
    ]);
    expect((await all(exportCsv(store, 'claims'))).split('\r\n')).toEqual([
      'article,date,id,start,end,text,claimant,proposition,rebuttals,rebutted_by,correction,verdict',
      "bridge-strike,2025-03-04,c1,295,381,its air defenses shot down 41 drones over the region and that the bridge was undamaged,Russia's Defense Ministry,bridge | undamaged,1,Oksana Lysenko,,",
      'harbor-shelling,2025-03-18,c1,215,261,no military target within two kilometers of it,Petro Marchenko,grain terminal | no military target,0,,,',
      '',
    ]);
  });

  it('claimreview: JSON-LD for each contested claim, with its offsets', async () => {
    const reviews = JSON.parse(await all(exportClaimReview(store))) as unknown[];
    expect(reviews).toEqual([{
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      datePublished: '2025-03-04',
      claimReviewed: 'its air defenses shot down 41 drones over the region and that the bridge was undamaged',
      author: { '@type': 'Person', name: 'Oksana Lysenko' },
      reviewBody: 'Lysenko called that claim "a fairy tale for domestic viewers."',
      reviewRating: { '@type': 'Rating', alternateName: 'Contested', ratingExplanation: 'Contested by Oksana Lysenko: "a fairy tale"' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: "Russia's Defense Ministry" },
        datePublished: '2025-03-04',
        appearance: { '@type': 'NewsArticle', identifier: 'bridge-strike' },
      },
      claimgraph: {
        article: 'bridge-strike',
        claim: { id: 'c1', start: 295, end: 381, text: 'its air defenses shot down 41 drones over the region and that the bridge was undamaged' },
        rebuttals: [{ id: 'r1', start: 384, end: 446, text: 'Lysenko called that claim "a fairy tale for domestic viewers."' }],
      },
    }]);
  });

  describe('with corrections', () => {
    let corrected: CorrectedStore;
    beforeAll(async () => {
      const bridge = (await store.get('bridge-strike'))!;
      const harbor = (await store.get('harbor-shelling'))!;
      await store.corrections.add({ kind: 'reject', target: itemKey(bridge, 'quotes', bridge.extraction.quotes[1]), note: 'scare quotes', author: 'Maria' });
      await store.corrections.add({ kind: 'speaker', name: 'Ivan Fedorov', speakerKind: 'person', target: itemKey(harbor, 'quotes', harbor.extraction.quotes[0]), note: null, author: 'Maria' });
      await store.corrections.add({ kind: 'rating', rating: 'false', target: itemKey(bridge, 'claims', bridge.extraction.claims[0]), note: 'The bridge is down in satellite images.', author: 'Ivan' });
      corrected = new CorrectedStore(store, store.corrections);
    });

    it('jsonl: corrected values, marked with who and when', async () => {
      const lines = (await all(exportJsonl(corrected))).trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; quotes: { speaker: { name: string }; correction?: { kind: string; author: string; was?: string } }[]; claims: { verdict?: { rating: string } }[] });
      const bridge = lines.find((l) => l.id === 'bridge-strike')!;
      expect(bridge.quotes[1]!.correction).toMatchObject({ kind: 'reject', author: 'Maria' });
      expect(bridge.claims[0]!.verdict).toMatchObject({ rating: 'false' });
      const harbor = lines.find((l) => l.id === 'harbor-shelling')!;
      expect(harbor.quotes[0]!.speaker.name).toBe('Ivan Fedorov');
      expect(harbor.quotes[0]!.correction).toMatchObject({ kind: 'speaker', was: 'Petro Marchenko' });
    });

    it('csv: the corrected speaker, and a correction and a verdict column', async () => {
      const quotes = (await all(exportCsv(corrected, 'quotes'))).split('\r\n');
      expect(quotes.find((r) => r.startsWith('harbor-shelling,2025-03-18,q1,'))).toMatch(/,Ivan Fedorov,Marchenko,.*,"speaker by Maria \d{4}-\d\d-\d\dT[\d:.]+Z, was Petro Marchenko"$/);
      expect(quotes.find((r) => r.startsWith('bridge-strike,2025-03-04,q2,'))).toMatch(/,rejected by Maria [^,]+: scare quotes$/);
      const claims = (await all(exportCsv(corrected, 'claims'))).split('\r\n');
      expect(claims[1]).toMatch(/,bridge \| undamaged,1,Oksana Lysenko,,false by Ivan \S+: The bridge is down in satellite images\.$/);
    });

    it('claimreview: a rated claim is the organization\'s review, with the rating, the claimant and where it appeared', async () => {
      const reviews = JSON.parse(await all(exportClaimReview(corrected, { org: 'Kyiv Fact Desk' }))) as Record<string, unknown>[];
      expect(reviews).toHaveLength(2);
      const rated = reviews[0]!;
      expect(rated).toMatchObject({
        '@type': 'ClaimReview',
        claimReviewed: 'its air defenses shot down 41 drones over the region and that the bridge was undamaged',
        author: { '@type': 'Organization', name: 'Kyiv Fact Desk' },
        reviewRating: { '@type': 'Rating', alternateName: 'false', ratingExplanation: 'The bridge is down in satellite images.' },
        itemReviewed: {
          '@type': 'Claim',
          author: { '@type': 'Organization', name: "Russia's Defense Ministry" },
          firstAppearance: { '@type': 'NewsArticle', identifier: 'bridge-strike', datePublished: '2025-03-04' },
          appearance: [{ '@type': 'NewsArticle', identifier: 'bridge-strike', datePublished: '2025-03-04' }],
        },
        claimgraph: { article: 'bridge-strike', verdict: { rating: 'false', author: 'Ivan' } },
      });
      expect(rated.datePublished).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(reviews[1]).toMatchObject({ reviewRating: { alternateName: 'Contested' } });
    });
  });
});
