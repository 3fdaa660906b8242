import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../extract/pipeline.ts';
import { makeDocument } from '../model/document.ts';
import { ClaimgraphError } from '../model/errors.ts';
import { defaultResources, loadResources, loadTaggerModels, MODEL_DIR, spanSettingsFrom } from './index.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimgraph-resources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const src = fileURLToPath(new URL('..', import.meta.url));

describe('the resource loader', () => {
  it('loads each default resource once per process', () => {
    const r = defaultResources();
    expect(defaultResources()).toBe(r);
    expect(r.gazetteer).toBe(r.gazetteer);
    expect(r.tagger).toBe(r.tagger);
    expect(r.lemmatizer).toBe(r.lemmatizer);
    expect(r.gazetteer.lookup('pokrovsk')!.map((e) => e.geonameId)).toContain(704422);
    expect(r.lemmatizer.verb('denied')).toBe('deny');
  });

  it('shares with the defaults what a caller does not override', () => {
    const r = loadResources({});
    expect(r).not.toBe(defaultResources());
    expect(r.tagger).toBe(defaultResources().tagger);
    expect(r.gazetteer).toBe(defaultResources().gazetteer);
    expect(r.lemmatizer).toBe(defaultResources().lemmatizer);
    expect(r.equipment).toBe(defaultResources().equipment);
  });

  it("hands a user's equipment list to the pipeline through the options", () => {
    const file = join(dir, 'equipment.json');
    writeFileSync(file, JSON.stringify([{ name: 'Zubr-9', type: 'armour', forms: ['Zubr-9', 'Zubrs'] }]));
    const text = 'The brigade received four Zubrs last week, the ministry said.';
    const names = (options: Parameters<typeof extractDocument>[1]) =>
      extractDocument(makeDocument({ id: 'z', text, date: '2025-11-13' }), options).extraction.equipment.map((e) => e.text);
    expect(names({ resources: loadResources({ equipmentFile: file }) })).toEqual(['Zubrs']);
    expect(names({})).toEqual([]);
  });

  it('reports a bad equipment file at once, naming it', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '[{"name": "X", "type": "spaceship"}]');
    expect(() => loadResources({ equipmentFile: file })).toThrow(ClaimgraphError);
    expect(() => loadResources({ equipmentFile: join(dir, 'none.json') })).toThrow(/cannot read the equipment list/);
  });

  it('reads the span stage switches from the environment it is given, not from the extractors', () => {
    expect(spanSettingsFrom({})).toEqual({ settledLen: 6, sure: Infinity });
    expect(spanSettingsFrom({ SPAN_SETTLED: '4', SPAN_SURE: '400' })).toEqual({ settledLen: 4, sure: 400 });
    expect(loadTaggerModels(MODEL_DIR, { span: false }).span).toBeNull();
    const tuned = loadTaggerModels(MODEL_DIR, { spanSettings: { settledLen: 4, sure: 400 } });
    expect(tuned.span!.settings).toEqual({ settledLen: 4, sure: 400 });
    expect(loadResources({ env: { CLAIMGRAPH_NO_SPAN: '1' } }).tagger.span).toBeNull();
  });

  it('is the only reader of files: the extractors, the tagger, analysis and the model import no node:fs', () => {
    const offenders: string[] = [];
    for (const folder of ['extract', 'learn', 'analyze', 'model', 'link']) {
      for (const f of readdirSync(join(src, folder), { recursive: true }) as string[]) {
        if (!f.endsWith('.ts') || f.endsWith('.test.ts')) continue;
        const path = join(src, folder, f);
        if (/from 'node:fs'|require\('fs'\)|from 'fs'/.test(readFileSync(path, 'utf8'))) offenders.push(relative(src, path));
      }
    }
    expect(offenders).toEqual([]);
  });
});
