import type { Document } from '../model/document.ts';

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Whether `s` can be written as UTF-8 as it is (no lone surrogate). */
export function isWellFormed(s: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return !LONE_SURROGATE.test(s);
}

/**
 * Each lone surrogate -> U+FFFD, one UTF-16 unit for one, so that no offset moves. JSON (`"\ud800"`)
 * and character references can make one; UTF-8 cannot hold it, and SQLite would write it as three
 * bytes that read back as three U+FFFD, moving every offset after it by two. Deciding here, once,
 * makes the text extracted and the text stored one string.
 */
export function repairSurrogates(s: string): { text: string; count: number; first: number } {
  let count = 0;
  let first = -1;
  LONE_SURROGATE.lastIndex = 0;
  const text = s.replace(LONE_SURROGATE, (_m, offset: number) => {
    if (count++ === 0) first = offset;
    return '\uFFFD';
  });
  return { text, count, first };
}

const FIELDS = ['id', 'text', 'title', 'byline', 'url', 'source'] as const;

/**
 * The document with every lone surrogate in its fields replaced by U+FFFD, and what was replaced
 * (`text: 1 at character 2`), or null when it was well-formed already (the common case costs one scan).
 */
export function wellFormedDocument(document: Document): { document: Document; repaired: string[] } | null {
  let repaired: string[] | null = null;
  let out: Record<string, unknown> = document as unknown as Record<string, unknown>;
  for (const field of FIELDS) {
    const value = document[field];
    if (typeof value !== 'string' || isWellFormed(value)) continue;
    const fixed = repairSurrogates(value);
    repaired ??= [];
    out = { ...out, [field]: fixed.text };
    repaired.push(`${field}: ${fixed.count} at character ${fixed.first}`);
  }
  return repaired ? { document: out as unknown as Document, repaired } : null;
}
