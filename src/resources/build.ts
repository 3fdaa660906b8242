/**
 * `npm run build` runs this (as dist/resources/build.js): the two files the loader reads at
 * start-up instead of rebuilding them in every process. Nothing else writes them.
 * - dist/gazetteer.bin: the gazetteer's tables (about 0.6 s of CPU and 100 MB to build; a few ms to read)
 * - dist/wink-lexicon.json: wink-lexicon's WordNet lists as JSON (0.15 s of CPU to require as JavaScript)
 */
import { GAZETTEER_FILE, LEXICON_FILE } from './files.ts';
import { buildGazetteerFile } from './gazetteer-file.ts';
import { lexiconToStore, writeLexicon } from './lemmatizer.ts';

const tables = buildGazetteerFile(GAZETTEER_FILE);
console.log(`gazetteer index: ${tables.stats.keys} names, ${tables.stats.towns} towns -> ${GAZETTEER_FILE}`);
const lexicon = lexiconToStore();
writeLexicon(lexicon, LEXICON_FILE);
console.log(`wink-lexicon as JSON: ${lexicon.words.length} words -> ${LEXICON_FILE}`);
