/** The JSON API, as the UI reads it (the shapes are those of src/api/schemas.ts). */
export interface Span { start: number; end: number; text: string }
export interface ArticleInfo { id: string; hash: string; date: string | null; title: string | null; url: string | null; source: string | null; ingested: string; retrieved: string | null; encoding: string | null; chars: number }
export interface Party { mention: Span | null; name: string | null; entity: string | null }
export interface Quotation extends Span { id: string; kind: string; utterance: string; confidence: number; rule: string; speaker: { mention: Span; name: string | null; kind: string; role: Span | null } | null; cue: Span | null; addressee: Span | null }
export interface Entity { id: string; kind: string; name: string; mentions: Span[]; role: Span | null }
export interface Figure extends Span { id: string; value: number | null; low: number | null; high: number | null; qualifier: string | null; rate: string | null; unit: string | null; whose: string | null; category: string; claimant: string | null; confidence: number; rule: string }
export interface Place extends Span { id: string; name: string; kind: string; geonameId: number | null; lat: number | null; lon: number | null; country: string | null; metonymy: boolean; confidence: number }
export interface Equipment extends Span { id: string; name: string; type: string }
export interface TimeExpression extends Span { id: string; type: string; value: string; begin?: string | null; finish?: string | null }
export interface Claim extends Span { id: string; claimant: Party; proposition: string; date: string | null; confidence: number; rule: string }
export interface Rebuttal extends Span { id: string; claim: string; rebutter: Party; evidence: Span[]; answers: string[]; proposition: string }
export interface Extraction { quotes: Quotation[]; entities: Entity[]; figures: Figure[]; places: Place[]; equipment: Equipment[]; dates: TimeExpression[]; claims: Claim[]; rebuttals: Rebuttal[] }
/** What a person changed on an item (src/model/corrections.ts), and a claim's verdict. */
export interface CorrectionMark { id: number; kind: 'reject' | 'speaker' | 'rating' | 'merge' | 'split'; author: string; created: string; note: string | null; was?: string | null }
export interface VerdictMark { id: number; rating: string; author: string; created: string; note: string | null }
export interface Marks { correction?: CorrectionMark; verdict?: VerdictMark }
export interface Correction { id: number; kind: CorrectionMark['kind']; target: { article: string; layer: string; start: number; end: number; text: string; hash: string | null } | null; note: string | null; author: string; created: string; item?: string | null; name?: string; into?: string; from?: string; rating?: string; speakerKind?: string }
export interface Furniture { start: number; end: number; text: string; kind: string; rule: string }
export interface Article { article: ArticleInfo & { text: string; byline: string | null }; extraction: Extraction; corrections: Correction[]; furniture: Furniture[] }
export interface Stats { articles: number; items: Record<string, number>; schemaVersion: number; writable: boolean; org: string | null }
export interface Located<T> { article: string; date: string | null; item: T }
export interface QuoteInContext extends Located<Quotation> { title?: string | null; source?: string | null; before?: string; after?: string }
export interface List<T> { limit: number; offset: number; items: T[]; total?: number }
export interface SpeakerCount { name: string; quotes: number; articles: number; roles: string[]; spellings?: { name: string; quotes: number; articles: number }[]; corrections?: CorrectionMark[] }
export interface ClaimRecord extends Located<Claim> { title: string | null; url: string | null; rebuttals: Rebuttal[] }
export interface SearchHit extends Span {
  article: string; scope: string; item: string | null; speaker: string | null; title: string | null; date: string | null; matches: Span[];
  correction?: { kind: string; author: string; created: string; note: string | null; was?: string | null };
  verdict?: { rating: string; author: string };
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

export async function get<T>(path: string, params: Record<string, string | number | undefined | null> = {}): Promise<T> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const res = await fetch(`/api/${path}${q.size ? `?${q}` : ''}`, { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => ({ error: res.statusText })) as T & { error?: string };
  if (!res.ok) throw new ApiError(res.status, body.error ?? res.statusText);
  return body;
}

/** Who corrects, kept for this browser tab only (sessionStorage): the write token and a name shown with each correction. */
export interface Editor { token: string; author: string }
const EDITOR = 'claimgraph.editor';

export function editor(): Editor | null {
  try {
    const e = JSON.parse(sessionStorage.getItem(EDITOR) ?? 'null') as Editor | null;
    return e && typeof e.token === 'string' && typeof e.author === 'string' ? e : null;
  } catch {
    return null;
  }
}

export function setEditor(e: Editor | null): void {
  if (e) sessionStorage.setItem(EDITOR, JSON.stringify(e));
  else sessionStorage.removeItem(EDITOR);
}

/** A write: the token goes in the Authorization header (which a page on another site cannot send without a preflight we never answer). */
export async function post<T>(path: string, body: Record<string, unknown>): Promise<T> {
  const e = editor();
  if (!e) throw new ApiError(401, 'sign in with the write token first');
  const res = await fetch(`/api/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${e.token}` },
    body: JSON.stringify({ author: e.author, ...body }),
  });
  const out = await res.json().catch(() => ({ error: res.statusText })) as T & { error?: string };
  if (!res.ok) throw new ApiError(res.status, out.error ?? res.statusText);
  return out;
}
