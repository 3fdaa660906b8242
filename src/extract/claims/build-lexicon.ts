/**
 * `npm run build` runs this (as dist/extract/claims/build-lexicon.js): wink-lexicon's WordNet lists
 * as JSON, so that loading wink-lemmatizer does not parse them as JavaScript (lemmatizer.ts).
 */
import { LEXICON_FILE, lexiconToStore, writeStored } from './lemmatizer.ts';

const stored = lexiconToStore();
writeStored(stored);
console.log(`wink-lexicon as JSON: ${stored.words.length} words -> ${LEXICON_FILE}`);
