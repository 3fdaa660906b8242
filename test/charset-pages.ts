/**
 * Pages in legacy charsets for the tests of charset decoding (src/ingest/charset.test.ts, test/charset.test.ts,
 * test/watch/charset.test.ts): written by us, encoded on the fly, so no binary fixture sits in the repository.
 */
/**
 * `text` in a single-byte legacy encoding (windows-1251, iso-8859-2, koi8-r), by inverting Node's
 * decoder of that encoding; a character the encoding lacks throws. Tests check a few bytes against
 * the published code pages, so the decoder is not its own only witness.
 */
export function encodeSingleByte(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(Uint8Array.of(b)), b);
  return Uint8Array.from(text, (c) => {
    const b = byChar.get(c);
    if (b === undefined) throw new Error(`${JSON.stringify(c)} is not in ${encoding}`);
    return b;
  });
}

/** News pages of our own writing, as a Ukrainian and a Polish outlet would serve them in a legacy charset. */
export const LEGACY_PAGES = {
  /** windows-1251: Cyrillic names in English copy, a Ukrainian lead, curly quotes and a dash (bytes 0x93, 0x94, 0x97). */
  cyrillic: {
    title: 'Сирський: the line in the south holds',
    body: [
      'Сили оборони утримують позиції на півдні, повідомив Генштаб у понеділок.',
      '“We will hold the line in the south,” said Олександр Сирський, the commander-in-chief — speaking in Kyiv on Monday.',
      '"There will be no talks on these terms," Kremlin spokesman Дмитрий Песков told reporters in Moscow.',
    ],
    site: 'Південний кур’єр',
  },
  /** iso-8859-2: Polish letters in names and in the lead (no curly quotes in this charset). */
  polish: {
    title: 'Wąsik: nikt nie zostanie sam',
    body: [
      'Minister obrony Władysław Kosiniak-Kamysz zapowiedział w poniedziałek, że Polska wyśle więcej obrony przeciwlotniczej.',
      '"Nobody will be left alone on the eastern flank," Maciej Wąsik told reporters in Łódź on Monday.',
      'Defence Minister Władysław Kosiniak-Kamysz said Poland would send more air defence to Rzeszów.',
    ],
    site: 'Gazeta Wschodnia',
  },
} as const;

/** A page of one of LEGACY_PAGES as HTML, with `head` (a `<meta charset>`, or nothing) at its top. */
export function legacyPageHtml(page: (typeof LEGACY_PAGES)[keyof typeof LEGACY_PAGES], head: string): string {
  return `<!doctype html><html><head>${head}<title>${page.title}</title><meta property="og:site_name" content="${page.site}">`
    + `<meta property="article:published_time" content="2025-11-10T09:00:00+02:00"></head><body><article><h1>${page.title}</h1>`
    + page.body.map((p) => `<p>${p}</p>`).join('') + '</article></body></html>';
}
