import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ClaimgraphError } from '../model/errors.ts';
import { feedEntries } from './feed.ts';
import { sniffFormat } from './index.ts';

const feeds = resolve(fileURLToPath(import.meta.url), '../../../test/fixtures/store/feeds');
const utf8 = (s: string) => new TextEncoder().encode(s);
const describeEntry = (e: unknown) => (e instanceof ClaimgraphError ? e.describe() : e);

describe('feedEntries', () => {
  it('reads RSS 2.0: the channel title is the outlet; content:encoded before description, guid before link, an item without text is an error', () => {
    const file = join(feeds, 'wire.rss');
    expect(feedEntries(readFileSync(file), file).map(describeEntry)).toEqual([
      {
        id: 'wire-1001',
        text: 'A workshop near Dnipro now builds 600 drones a month, its manager said on Friday.\n\n"We doubled output since March," said Halyna Petrenko, who runs the workshop.',
        date: '2025-05-09', title: 'Drone workshop doubles output', byline: 'Taras Melnyk', url: 'https://wire.example/2025/05/workshop', source: 'Frontline Wire',
      },
      {
        id: 'https://wire.example/2025/05/train',
        text: 'An evacuation train left Kramatorsk with 310 passengers on Saturday, the railway said.',
        date: '2025-05-10', title: 'Evacuation train leaves Kramatorsk', url: 'https://wire.example/2025/05/train', source: 'Frontline Wire',
      },
      `${file}: item 3 has no text (no content:encoded, description, content or summary)`,
    ]);
  });

  it('reads Atom: the alternate link, the author name, HTML titles as text', () => {
    const file = join(feeds, 'desk.atom');
    expect(feedEntries(readFileSync(file), file)).toEqual([{
      id: 'urn:kyiv-desk:2025-05-12-alert',
      text: 'An air raid alert in Kyiv lasted six hours overnight, the city administration said.\n\n"Stay in shelters until the all-clear," said Serhii Popko, head of the administration.',
      date: '2025-05-12', title: 'Air raid alert lasts six hours', byline: 'Olha Savchenko', url: 'https://desk.example/alert', source: 'Kyiv Desk',
    }]);
  });

  it.each([
    ['broken XML', '<rss><channel><item><title>x</channel></rss>', /^f\.xml:1: not well-formed XML: /],
    ['XML that is no feed', '<?xml version="1.0"?><catalog><book/></catalog>', /^f\.xml: XML, but not an RSS or Atom feed/],
    ['a feed without items', '<rss version="2.0"><channel><title>t</title></channel></rss>', /^f\.xml: feed has no <item>$/],
    ['an empty file', '', /^f\.xml: file is empty$/],
  ])('refuses %s in one line', (_name, xml, message) => {
    const entries = feedEntries(utf8(xml), 'f.xml');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toBeInstanceOf(ClaimgraphError);
    expect((entries[0] as ClaimgraphError).describe()).toMatch(message);
  });
});

describe('sniffFormat', () => {
  it.each([
    ['<?xml version="1.0"?>\n<rss version="2.0">', 'feed'],
    ['\ufeff  <feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['<!DOCTYPE html><html>', 'html'],
    ['<html lang="uk">', 'html'],
    ['date 2025-01-01 <b>not markup</b>', 'text'],
    ['<?xml version="1.0"?><catalog/>', 'text'],
  ])('%j is %s', (head, format) => expect(sniffFormat(utf8(head))).toBe(format));
});
