/**
 * `npm run build` runs this (as dist/extract/places/build-index.js) so that the first place name
 * of a process reads the gazetteer's stored tables instead of building them (gazetteer-index.ts).
 */
import { INDEX_FILE, fingerprint, writeIndex } from './gazetteer-index.ts';
import { sourceVersions, tablesFromSources } from './gazetteer-sources.ts';

const tables = tablesFromSources(fingerprint(sourceVersions()));
writeIndex(INDEX_FILE, tables);
console.log(`gazetteer index: ${tables.stats.keys} names, ${tables.stats.towns} towns -> ${INDEX_FILE}`);
