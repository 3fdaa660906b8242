/**
 * The old name of country-words.ts (this is no gazetteer; the gazetteer is src/extract/places/gazetteer.ts),
 * kept only for the importers other branches change this session: src/extract/speakers (people,
 * accept, title-chain, resolve) and src/link/names.ts. They are to import country-words.ts, and
 * then this file goes.
 */
export { countryWords } from './country-words.ts';
