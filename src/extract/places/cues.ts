import type { Doc } from '../../model/doc.ts';
import { PLACE_PREPOSITIONS } from '../lexicon/places.ts';

/** Cues around a name that say it is a place (`in Pokrovsk`) or an actor (`Moscow said`). */

const PLACE_NOUNS: ReadonlySet<string> = new Set(['city', 'town', 'village', 'settlement', 'outskirts', 'capital', 'port', 'suburb', 'region', 'district']);

/** `in Pokrovsk`, `near Mobile`, `the town of Alexandria`. */
export function placeCue(doc: Doc, first: number): boolean {
  const prev = first - 1;
  if (prev < 0 || doc.tokSentence[prev] !== doc.tokSentence[first]) return false;
  const p = doc.lower[prev]!;
  if (PLACE_PREPOSITIONS.has(p)) return true;
  return p === 'of' && prev > 0 && PLACE_NOUNS.has(doc.lower[prev - 1]!);
}

/** A guarded name standing as an actor: `Washington said`, `Washington's position`. */
export function actorCue(doc: Doc, after: number): boolean {
  return actorAt(doc, after) !== null;
}

const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'position', 'claim', 'claims', 'statement', 'statements', 'stance', 'demand', 'demands', 'accusation', 'accusations',
  'denial', 'denials', 'response', 'decision', 'policy', 'proposal', 'proposals', 'offer', 'narrative', 'propaganda',
  'envoy', 'ambassador', 'leadership', 'warning', 'warnings', 'threat', 'threats', 'refusal', 'assessment', 'plan',
  'strategy', 'officials', 'government', 'version', 'account', 'insistence', 'allegation', 'allegations', 'message',
  'ultimatum', 'terms', 'objection', 'objections', 'view', 'line', 'rhetoric', 'diplomats', 'negotiators', 'representatives',
]);
const ACTOR_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'claims', 'claimed', 'claim', 'denied', 'denies', 'deny', 'insists', 'insisted', 'accused', 'accuses',
  'warned', 'warns', 'announced', 'announces', 'demanded', 'demands', 'rejected', 'rejects', 'threatened', 'threatens',
  'responded', 'responds', 'refused', 'refuses', 'blamed', 'blames', 'argued', 'argues', 'vowed', 'vows', 'pledged', 'pledges',
  'agreed', 'agrees', 'declared', 'declares', 'stated', 'states', 'maintains', 'maintained', 'alleged', 'alleges',
  'reported', 'reports', 'confirmed', 'confirms', 'dismissed', 'dismisses', 'condemned', 'condemns', 'urged', 'urges',
  'wants', 'wanted', 'hopes', 'believes', 'believed', 'sees', 'called', 'calls', 'told', 'tells', 'proposed', 'proposes',
  'offered', 'offers', 'promised', 'promises', 'signaled', 'signalled', 'signals', 'insist', 'acknowledged', 'acknowledges', 'admitted', 'admits',
]);
const AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'will', 'would', 'is', 'was', 'has been', 'did', 'does', 'again', 'also', 'repeatedly', 'quickly', 'later', 'then', 'previously', 'now', 'still', 'not']);

/** Which actor cue follows the name ending before token `after`: a speech or claim verb, or a possessive before a claim noun. */
export function actorAt(doc: Doc, after: number): 'verb' | 'possessive' | null {
  const n = doc.tokens.length;
  if (after >= n) return null;
  const s = doc.tokSentence[after - 1];
  let i = after;
  const t = doc.lower[i]!;
  if ((t === "'s" || t === '’s' || t === "'" || t === '’') && i + 1 < n && doc.tokSentence[i + 1] === s) {
    for (let j = i + 1; j < Math.min(n, i + 4) && doc.tokSentence[j] === s; j++) if (CLAIM_NOUNS.has(doc.lower[j]!)) return 'possessive';
    return null;
  }
  for (let hops = 0; i < n && hops < 3 && doc.tokSentence[i] === s && AUXILIARIES.has(doc.lower[i]!); hops++) i++;
  return i < n && doc.tokSentence[i] === s && ACTOR_VERBS.has(doc.lower[i]!) ? 'verb' : null;
}

/** Verbs whose object, when it is a capital or a country, is a government: `Kyiv asked Washington for`, `urged Moscow to`. */
const ADDRESSED_BY: ReadonlySet<string> = new Set(['asked', 'asks', 'urged', 'urges', 'pressed', 'presses', 'accused', 'accuses', 'warned', 'warns', 'told', 'tells', 'called', 'implored', 'petitioned', 'lobbied']);

/** A name right after such a verb (`called on` included). */
export function addresseeCue(doc: Doc, first: number): boolean {
  let p = first - 1;
  if (p >= 0 && doc.lower[p] === 'on') p--;
  return p >= 0 && doc.tokSentence[p] === doc.tokSentence[first] && ADDRESSED_BY.has(doc.lower[p]!);
}
