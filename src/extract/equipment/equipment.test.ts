/** Equipment and weapon systems (issue 4): the curated list, the patterns, the user's list. Sentences are ours. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../analyze/index.ts';
import { makeDocument } from '../../model/document.ts';
import { ClaimgraphError } from '../../model/errors.ts';
import { buildEquipmentIndex, extractEquipment, type EquipmentIndex } from './index.ts';
import { readEquipmentFile as loadEquipmentFile } from '../../resources/index.ts';

const equipmentOf = (text: string, index?: EquipmentIndex) => extractEquipment(analyze(makeDocument({ id: 't', text, date: null })), index);

const tmp = mkdtempSync(join(tmpdir(), 'claimgraph-equipment-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const file = (name: string, content: string) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

describe('equipment: the curated list', () => {
  it.each([
    ['Kyiv asked for more Patriot systems and missiles.', 'Patriot', 'Patriot', 'air-defence'],
    ['Pilots trained on the F-16 for months.', 'F-16', 'F-16', 'aircraft'],
    ['HIMARS strikes hit a depot.', 'HIMARS', 'HIMARS', 'artillery'],
    ['A swarm of Shahed drones came overnight.', 'Shahed', 'Shahed', 'drone'],
    ['The first ATACMS arrived in October.', 'ATACMS', 'ATACMS', 'missile'],
    ['Britain sent Storm Shadow missiles.', 'Storm Shadow', 'Storm Shadow', 'missile'],
    ['Leopard 2 tanks reached the front.', 'Leopard 2', 'Leopard', 'armour'],
    ['The M1 Abrams tanks were held back.', 'M1 Abrams', 'Abrams', 'armour'],
    ['A Bayraktar TB2 was shot down.', 'Bayraktar TB2', 'Bayraktar', 'drone'],
    ['An Iskander-M missile hit the port.', 'Iskander-M', 'Iskander', 'missile'],
    ['Air defence downed a Kinzhal over the capital.', 'Kinzhal', 'Kinzhal', 'missile'],
    ['The S-400 battery in Crimea was hit.', 'S-400', 'S-400', 'air-defence'],
    ['Germany delivered another IRIS-T system.', 'IRIS-T', 'IRIS-T', 'air-defence'],
    ['Norway helped supply NASAMS launchers.', 'NASAMS', 'NASAMS', 'air-defence'],
    ['Troops fired Javelin missiles at the column.', 'Javelin', 'Javelin', 'missile'],
    ['Shahed-136 drones hit the grid.', 'Shahed-136', 'Shahed', 'drone'],
  ])('%s', (text, mention, name, type) => {
    const hit = equipmentOf(text).find((x) => x.text === mention);
    expect(hit, mention).toBeDefined();
    expect(text.slice(hit!.start, hit!.end)).toBe(mention);
    expect(hit).toMatchObject({ name, type, rule: 'equipment/01-lexicon' });
  });

  it.each([
    ['a patriot in lower case', 'He was a patriot to the end.'],
    ['Patriot as a word, no war near', 'The Patriot Act was renewed by Congress.'],
    ['Abrams as a surname', 'Stacey Abrams spoke to voters in Atlanta.'],
    ['Javelin the sport', 'She won the Javelin final in Paris.'],
    ['a form inside a longer word', 'The F-160 is not a plane anyone flies.'],
  ])('not equipment: %s', (_name, text) => {
    expect(equipmentOf(text).filter((x) => x.rule === 'equipment/01-lexicon')).toEqual([]);
  });
});

describe('equipment: letter-digit model names before a class noun', () => {
  it.each([
    ['Russia sent Su-33 jets to the north.', 'Su-33', 'aircraft'],
    ['Two T-55 tanks were seen near the bridge.', 'T-55', 'armour'],
    ['It fired Kh-47 hypersonic missiles.', 'Kh-47', 'missile'],
    ['Ka-50 attack helicopters flew low.', 'Ka-50', 'aircraft'],
    ['New M142 launchers were promised.', 'M142', 'artillery'],
    ['The S-350 systems were moved.', 'S-350', 'other'],
  ])('%s', (text, mention, type) => {
    const hit = equipmentOf(text).find((x) => x.text === mention);
    expect(hit, mention).toBeDefined();
    expect(hit).toMatchObject({ name: mention, type, rule: 'equipment/02-patterns' });
  });

  it.each([
    ['a disease', 'COVID-19 cases rose as jets flew overhead.'],
    ['a summit', 'G7 leaders met as missiles fell.'],
    ['a model name with no class noun after it', 'The A-10 flew.'],
    ['a road', 'Traffic on the I-95 corridor slowed.'],
    ['a year', 'In 2022 tanks rolled in.'],
  ])('not equipment: %s', (_name, text) => {
    expect(equipmentOf(text)).toEqual([]);
  });
});

describe('equipment: the user list', () => {
  it('adds entries and replaces built-in ones of the same name', () => {
    const path = file('equipment.json', JSON.stringify([
      { name: 'Skyguard', type: 'air-defence', forms: ['Skyguard', 'Skyguards'] },
      { name: 'Patriot', type: 'other', forms: ['Patriot'] },
    ]));
    const index = buildEquipmentIndex(loadEquipmentFile(path));
    const hits = equipmentOf('Two Skyguards and a Patriot battery arrived.', index);
    expect(hits.map((h) => [h.text, h.name, h.type])).toEqual([['Skyguards', 'Skyguard', 'air-defence'], ['Patriot', 'Patriot', 'other']]);
    expect(equipmentOf('Two Skyguards arrived.')).toEqual([]);
  });

  it.each([
    ['not JSON', '[{', /not JSON/],
    ['not an array', '{"name": "X"}', /must be a JSON array/],
    ['a bad type', '[{"name": "X-1", "type": "laser"}]', /entry 0: "type" must be one of/],
    ['a lowercase form', '[{"name": "Gepard", "type": "air-defence", "forms": ["gepard"]}]', /entry 0: "forms"/],
  ])('a bad file, %s, is a ClaimgraphError naming the file', (_name, content, message) => {
    const path = file('bad.json', content);
    expect(() => loadEquipmentFile(path)).toThrow(ClaimgraphError);
    expect(() => loadEquipmentFile(path)).toThrow(message);
    try { loadEquipmentFile(path); } catch (e) { expect((e as ClaimgraphError).describe()).toContain(path); }
  });

  it('the CLI takes --equipment FILE, and a bad one is one line on stderr and exit 1', async () => {
    const bin = resolve(fileURLToPath(import.meta.url), '../../../../bin/claimgraph');
    const run = (args: string[], input: string) => new Promise<{ status: number; stdout: string; stderr: string }>((done) => {
      const child = execFile(bin, args, { env: { ...process.env, CLAIMGRAPH_DEBUG: '' } }, (error, stdout, stderr) => done({ status: error ? Number(error.code) : 0, stdout, stderr }));
      child.stdin!.on('error', () => {});
      child.stdin!.end(input);
    });
    const good = file('good.json', JSON.stringify([{ name: 'Skyguard', type: 'air-defence' }]));
    const ok = await run(['extract', '--compact', '--equipment', good, '-'], JSON.stringify({ id: 'a', text: 'A Skyguard battery arrived.', date: null }) + '\n');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).equipment.map((x: { name: string }) => x.name)).toEqual(['Skyguard']);
    const bad = file('broken.json', '[{"name": 3}]');
    const failed = await run(['extract', '--compact', '--equipment', bad, '-'], '');
    expect(failed.status).toBe(1);
    expect(failed.stderr.trim().split('\n')).toHaveLength(1);
    expect(failed.stderr).toContain(bad);
    expect(failed.stderr).not.toMatch(/^\s+at /m);
  }, 30_000);
});
