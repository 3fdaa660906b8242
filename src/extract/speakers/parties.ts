import type { Doc } from '../../model/doc.ts';
import type { NamedEntity, PeopleIndex } from './people.ts';

/**
 * The two parties of a readout (`Vladimir Putin had a telephone conversation with Crown Prince
 * Mohammed bin Salman`, `President Biden met today with Chancellor Scholz`): who `the leaders`,
 * `the two presidents`, `the parties` are, and who an agentless `it was noted that ...` reports
 * (ANNOTATION.md: items of the readout's parties). Read from the first sentences that name a
 * meeting: a person, then a meeting word, then `with` and a second person.
 */
export interface Parties {
  /** Who met, then whom: `Vladimir Putin`, `Mohammed bin Salman Al Saud`. */
  readonly people: readonly NamedEntity[];
  /** `Vladimir Putin and Mohammed bin Salman Al Saud`, `A, B and C`. */
  readonly name: string;
}

/** Meeting words: `had a telephone conversation with`, `met with`, `held talks with`, `spoke by phone with`. */
const MEETING: ReadonlySet<string> = new Set(['conversation', 'conversations', 'talks', 'talk', 'meeting', 'call', 'met', 'meets', 'spoke', 'speaks', 'talked', 'negotiations', 'consultations']);
/** How many sentences from the start a readout names its meeting in. */
const OPENING_SENTENCES = 3;
/** How far `with` may follow the meeting word (`spoke today by phone with`). */
const WITH_REACH = 5;

const cache = new WeakMap<Doc, Parties | null>();

export function readoutParties(doc: Doc, people: PeopleIndex): Parties | null {
  if (cache.has(doc)) return cache.get(doc)!;
  const found = findParties(doc, people);
  cache.set(doc, found);
  return found;
}

function findParties(doc: Doc, people: PeopleIndex): Parties | null {
  for (let s = 0; s < Math.min(OPENING_SENTENCES, doc.sentStartTok.length); s++) {
    const ss = doc.sentStartTok[s]!;
    const se = doc.sentEndTok[s]!;
    // The subject: the person named last before the meeting word (`Pursuant to the task from
    // Andriy Yermak, Deputy Head ... Kyrylo Tymoshenko met with ...` is Tymoshenko).
    let first: NamedEntity | null = null;
    for (let k = ss; k < se; k++) {
      const e = people.entityAtToken.get(k);
      if (e?.kind === 'person') first = e;
      if (!first || !MEETING.has(doc.lower[k]!)) continue;
      for (let w = k + 1; w < Math.min(se, k + 1 + WITH_REACH); w++) {
        if (doc.lower[w] !== 'with') continue;
        const others = peopleAfter(doc, people, w + 1, se).filter((o) => o !== first);
        if (others.length === 0) continue;
        const all = [first, ...others];
        const names = all.map((p) => p.name);
        return { people: all, name: `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` };
      }
    }
  }
  return null;
}

/**
 * The people named after `with`: each person in the run of titles and names that follows
 * (`Prime Minister of Albania Edi Rama and Prime Minister of Montenegro Dritan Abazović`; `Crown
 * Prince of Abu Dhabi and Deputy Supreme Commander of the ... Armed Forces Mohamed bin Zayed Al
 * Nahyan`), which ends at the first lowercase word that ties no name (`ahead`, `who`, `at`).
 */
function peopleAfter(doc: Doc, people: PeopleIndex, from: number, to: number): NamedEntity[] {
  const found: NamedEntity[] = [];
  for (let k = from; k < Math.min(to, from + MAX_NAME_RUN); k++) {
    const e = people.entityAtToken.get(k);
    if (e?.kind === 'person' && !found.includes(e)) found.push(e);
    if (!e && !/^\p{Lu}/u.test(doc.tokens[k]!) && !NAME_TIES.has(doc.lower[k]!)) break;
  }
  // A title chain may hold a person-like piece (`Crown Prince of Abu Dhabi and ...`): a party's
  // name ends the run or comes before `and`, and follows no `of`.
  return found.filter((e, i) => i === found.length - 1 || endsParty(doc, people, e, from));
}

function endsParty(doc: Doc, people: PeopleIndex, e: NamedEntity, from: number): boolean {
  for (const [start, end] of e.mentionToks) {
    if (start < from) continue;
    return doc.lower[end] === 'and' && people.entityAtToken.get(end) === undefined && doc.lower[start - 1] !== 'of';
  }
  return false;
}
const MAX_NAME_RUN = 30;
const NAME_TIES: ReadonlySet<string> = new Set(['of', 'the', 'and', 'bin', 'al', 'el', 'de', 'von', 'van', 'der', 'for', '-']);

/** `the leaders`, `the two presidents`, `both sides`, `the interlocutors`: the readout's two parties. */
const PARTY_WORDS: ReadonlySet<string> = new Set(['leaders', 'presidents', 'parties', 'sides', 'interlocutors', 'heads of state', 'heads of government', 'prime ministers']);

export function namesParties(lowers: readonly string[]): boolean {
  let k = 0;
  if (lowers[k] === 'the') k++;
  if (lowers[k] === 'two' || lowers[k] === 'both') k++;
  return k > 0 && PARTY_WORDS.has(lowers.slice(k).join(' '));
}

const BE: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'been']);
const REPORTED: ReadonlySet<string> = new Set(['noted', 'emphasised', 'emphasized', 'stressed', 'underlined', 'underscored', 'pointed', 'stated', 'agreed', 'expressed', 'reaffirmed', 'confirmed', 'brought', 'voiced', 'highlighted']);
/** Heads of a passive report's subject that no one is: `Mutual interest was expressed in ...`. */
const STANCES: ReadonlySet<string> = new Set(['interest', 'hope', 'hopes', 'concern', 'concerns', 'readiness', 'support', 'confidence', 'satisfaction', 'regret', 'appreciation', 'commitment', 'intention', 'willingness']);

/**
 * `It was noted with satisfaction that ...`, `Mutual interest was expressed in ...`: a passive
 * report whose subject is no one. `phrase` is the source phrase the cue attaches to; returns the
 * end of the subject (`Mutual interest`), or 0 when this is no such report.
 */
export function agentlessReport(doc: Doc, phrase: { start: number; end: number }): number {
  const head = doc.lower[phrase.end - 1]!;
  let k = phrase.end;
  // The learned linker may give `Mutual` alone, the stance after it.
  if (!STANCES.has(head) && phrase.end - phrase.start === 1 && STANCES.has(doc.lower[k] ?? '')) k++;
  else if (!(phrase.end - phrase.start === 1 && head === 'it') && !STANCES.has(head)) return 0;
  const subjectEnd = k;
  if (!BE.has(doc.lower[k] ?? '')) return 0;
  k++;
  if (doc.lower[k] === 'been') k++;
  for (let j = 0; j < 2 && doc.lower[k] !== undefined && !REPORTED.has(doc.lower[k]!) && doc.lower[k]!.endsWith('ly'); j++) k++;
  if (doc.lower[k] === 'also' || doc.lower[k] === 'again') k++;
  return REPORTED.has(doc.lower[k] ?? '') ? subjectEnd : 0;
}
