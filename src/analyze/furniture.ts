import type { Furniture, FurnitureKind } from '../model/doc.ts';

/**
 * Page furniture: the lines a scraped news page carries that are not the article (ads, app and
 * newsletter prompts, photo credits, teasers and the headlines of other stories, bylines,
 * copyright lines, navigation crumbs). Found here once, on whole lines, before anything reads the
 * text; `analyze` keeps their tokens out of the Doc, so no extractor can make an item of them.
 *
 * Precision first: a line is furniture only when the whole line has one of the shapes below. The
 * shapes that could also be a line of prose (a byline, a headline of another story, a heading
 * after a teaser label) count only on a line that is a paragraph of its own. Every test is on
 * one line of at most MAX_LINE characters, so the scan is linear in the text.
 *
 * Wire datelines (`KYIV, Feb 19 (Reuters) -`) are article text, not furniture, but no speaker and
 * no quotation: they come back with kind `dateline`, and `analyze` ends a sentence after them.
 */
export function findFurniture(text: string): Furniture[] {
  const lines = splitLines(text);
  const out: Furniture[] = [];
  // A label such as `Other Topics of Interest` makes the short lines after it teasers too.
  let teaserRun = 0;
  let seenText = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const own = line.ownParagraph;
    const t = line.trimmed;
    if (!t) continue;
    if (t.length > MAX_LINE) { teaserRun = 0; seenText = true; continue; }
    // The first line is the article's own title when it has one, not another story's.
    const found = classify(t, own, seenText);
    seenText = true;
    if (found) {
      out.push(region(text, line, found[0], found[1]));
      teaserRun = found[1] === 'furniture/teaser-label' ? MAX_TEASERS : found[0] === 'teaser' || found[0] === 'headline' ? teaserRun - 1 : 0;
      continue;
    }
    if (teaserRun > 0 && own && looksLikeHeadline(t)) {
      out.push(region(text, line, 'teaser', 'furniture/teaser-list'));
      teaserRun--;
      continue;
    }
    teaserRun = 0;
    const dateline = DATELINE.exec(t);
    if (dateline && line.paragraphStart) {
      const start = line.start + line.lead;
      const end = start + dateline[0].trimEnd().length;
      out.push({ start, end, text: text.slice(start, end), kind: 'dateline', rule: 'furniture/dateline' });
    }
  }
  return out;
}

const MAX_LINE = 400;
const MAX_TEASERS = 8;

interface Line {
  start: number;
  /** White space before the first character. */
  lead: number;
  trimmed: string;
  /** The line is a paragraph by itself (blank lines, or the text's edges, around it). */
  ownParagraph: boolean;
  /** The line opens a paragraph. */
  paragraphStart: boolean;
}

function splitLines(text: string): Line[] {
  const raw: { start: number; end: number }[] = [];
  let s = 0;
  for (;;) {
    const nl = text.indexOf('\n', s);
    const e = nl < 0 ? text.length : nl;
    raw.push({ start: s, end: e });
    if (nl < 0) break;
    s = nl + 1;
  }
  // When the text has no blank line, each line is a paragraph (as `paragraphBreaks` reads it).
  let blankSeen = false;
  const blank = raw.map((r) => isBlankRange(text, r.start, r.end));
  for (const b of blank) if (b) { blankSeen = true; break; }
  return raw.map((r, i) => {
    const body = text.slice(r.start, r.end);
    const trimmed = body.trim();
    const lead = trimmed ? body.indexOf(trimmed[0]!) : 0;
    const before = i === 0 || blank[i - 1]! || !blankSeen;
    const after = i === raw.length - 1 || blank[i + 1]! || !blankSeen;
    return { start: r.start, lead, trimmed, ownParagraph: before && after, paragraphStart: before };
  });
}

function isBlankRange(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0) return false;
  }
  return true;
}

function region(text: string, line: Line, kind: FurnitureKind, rule: string): Furniture {
  const start = line.start + line.lead;
  const end = start + line.trimmed.length;
  return { start, end, text: text.slice(start, end), kind, rule };
}

// Each shape is anchored at both ends of the line: a line is furniture whole or not at all.
const AD = /^(?:advertisement|advertising|ad|sponsored(?: content)?|story continues below(?: (?:this )?advertisement)?|continue reading(?: the main story| below)?|scroll to continue(?: with content)?|article continues (?:below|after (?:this )?(?:advertisement|ad))|\[?ad\]?)\s*$/i;
const PROMPTS: readonly RegExp[] = [
  /^click here\b/i,
  /^(?:download|get|install) (?:the|our) [\p{L}\d .&'-]{0,40}\bapps?\b/iu,
  /^(?:join|follow|find|like) us on\b/i,
  /^(?:follow|like|subscribe to) [\p{L}\d .&'@-]{1,40} on (?:twitter|x|facebook|instagram|telegram|youtube|tiktok|whatsapp|threads|linkedin)\b/iu,
  /^(?:subscribe|sign up|signup|register)\b.{0,120}(?:newsletter|updates|inbox|alerts|free|today|now|here|our)\b/i,
  /^(?:get|receive|want) .{0,80}\b(?:newsletter|in your inbox|breaking news alerts)\b/i,
  /^[^.!?]{0,80}\bnewsletters?\s*[:!]?$/i,
  /^(?:share|share this (?:article|story|page)|share on \w+|share via \w+|tweet|email|print|copy link|comments?|listen to (?:this )?article|save(?: article)?|gift (?:this )?article|open in app|view comments)\s*$/i,
  /^share (?:this|on|via)\b.{0,60}$/i,
  /^(?:we want to hear from you|have a news tip|got a tip)\b.{0,160}$/i,
];
const CREDITS: readonly RegExp[] = [
  /^(?:photos?|photograph|image|picture|video|credit|photo credit|illustration|graphic)\s*:\s*\S.{0,200}$/i,
  /\((?:AP|AFP|EPA|Reuters|Getty)\b[^()]{0,80}\)\s*$/,
  /\((?:photo|image|picture|video|credit)\b[^()]{0,120}\)\s*$/i,
  /(?:^|\s)(?:REUTERS|AFP|EPA|EPA-EFE|AP|Anadolu(?: Agency)?)\/[\p{Lu}][\p{L}\p{M} .'-]{1,60}(?:\/(?:File Photo|Pool|via Getty Images|Getty Images))*\s*$/u,
  /(?:\/|\bvia )(?:Getty Images|AFP|Reuters|AP|Shutterstock|EPA|Anadolu Agency)\)?\s*$/,
  /^image (?:source|caption)\s*,\s*.{1,200}$/i,
];
const TEASER_LABEL = /^(?:related|read more|read also|see also|also read|more on this story|more on this|related stories|related coverage|related articles|related content|related topics|related news|more from [\p{L} .'&-]{1,40}|other topics of interest|you may also like|you might also like|most read|most popular|trending(?: now)?|top stories|editor'?s picks|latest news|more stories|recommended(?: stories)?|what to read next|further reading)\s*:?\s*$/iu;
const TEASER_PREFIX = /^(?:related|read more|read also|see also|also read|more|watch|listen|recommended|more on this|related article|related story|trending|latest)\s*[:|]\s*\S.{0,200}$/i;
const COPYRIGHT: readonly RegExp[] = [
  /^(?:©|copyright\b|\(c\)\s*\d{4})/i,
  /\ball rights reserved\.?\s*$/i,
  /^this (?:material|article|story) may not be (?:published|reproduced|broadcast)/i,
  /^our standards\s*:/i,
];
/** Words of a date and time stamp: `Feb 19, 2022 10:42 AM EST`. */
const DATE_WORDS = String.raw`(?:a\.m\.|p\.m\.|am|pm|utc|gmt|[ecmp][sd]?t|cet|eet|cest|eest|msk|bst|today|yesterday|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?`;
const BYLINE_AUX: readonly RegExp[] = [
  /^\(?(?:additional )?(?:reporting|writing|editing|compiled|fact[- ]checked|research|translated|graphics?) by\b[^"“”]{0,300}$/i,
  new RegExp(String.raw`^(?:updated|published|posted|last updated|first published)(?:\s+(?:on|at))?:?(?:[\s,|·-]+(?:[\d:./]+|${DATE_WORDS}))+$`, 'i'),
  /^(?:the )?[\p{Lu}][\p{L} .&'-]{1,60} contributed (?:reporting )?(?:to )?this (?:report|story|article)\.?$/u,
];
const CRUMB = /^[\p{Lu}][\p{L}' -]{0,30}(?:\s*(?:›|>|»|\/|\|)\s*[\p{Lu}][\p{L}' -]{0,30}){1,7}$/u;
const NAV = /^(?:skip to (?:main )?content|skip navigation|menu|back to top|sign in|log in|search|toggle navigation|home)\s*$/i;
const AGENCY = String.raw`\((?:Reuters|AP|AFP|Bloomberg|UPI|Xinhua|TASS|Interfax(?:-Ukraine)?|Ukrinform|dpa|Kyodo|Yonhap|CNN|NEXTA)\)`;
/** `KYIV, Feb 19 (Reuters) -`, `KYIV (Reuters) -`, `KYIV, Ukraine (AP) —`, `KYIV, Ukraine —`: a place in capitals, then an agency or a country or date, then a dash. */
const DATELINE = new RegExp(String.raw`^[\p{Lu}]{3}[\p{Lu}\p{M} .'-]{0,30}(?:(?:,\s*[\p{Lu}][\p{L}.]{1,20}(?:\s+[\p{Lu}][\p{L}.]{1,20})?)?(?:,\s*[\p{Lu}][\p{Ll}]{2,8}\.?\s+\d{1,2})?\s*${AGENCY}|(?:,\s*[\p{Lu}][\p{L}.]{1,20}(?:\s+[\p{Lu}][\p{L}.]{1,20})?|,\s*[\p{Lu}][\p{Ll}]{2,8}\.?\s+\d{1,2})+)\s*[-–—]+\s`, 'u');
/** A headline's present tense (`Zelensky says ...`, `Russia warns ...`): the verbs of other stories' headlines. */
const HEADLINE_VERB = /\b(?:says|warns|claims|vows|urges|hits|strikes|kills|launches|seizes|announces|denies|rejects|accuses|slams|reveals|sends|signs|meets|calls|threatens|targets|pledges|visits|blasts|confirms|reports|admits|wins|loses|faces|backs|approves|retakes|captures|shoots|downs|unveils|orders|explained|live updates|what we know)\b/i;

/** A line with the shape of a headline: a capital first, no sentence end, a few words. */
function looksLikeHeadline(t: string): boolean {
  if (/[.!?;,"”'’»]$/.test(t) || !/^[\p{Lu}\d'‘"“]/u.test(t)) return false;
  const words = t.split(/\s+/).length;
  return words >= 2 && words <= 22;
}

function isAllCaps(t: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const ch of t) {
    if (/\p{Lu}/u.test(ch)) upper++;
    else if (/\p{Ll}/u.test(ch)) lower++;
  }
  return upper >= 12 && lower === 0;
}

/** [kind, rule] of a furniture line, or null. `own`: the line is a paragraph by itself. */
function classify(t: string, own: boolean, notFirst: boolean): [FurnitureKind, string] | null {
  const quoted = /["“”«»]/.test(t);
  if (AD.test(t)) return ['advertisement', 'furniture/advertisement'];
  if (!quoted && PROMPTS.some((r) => r.test(t))) return ['prompt', 'furniture/prompt'];
  if (CREDITS.some((r) => r.test(t))) return ['credit', 'furniture/credit'];
  if (COPYRIGHT.some((r) => r.test(t))) return ['copyright', 'furniture/copyright'];
  if (!quoted && BYLINE_AUX.some((r) => r.test(t))) return ['byline', 'furniture/byline'];
  if (TEASER_PREFIX.test(t)) return ['teaser', 'furniture/teaser'];
  if (!own) return null;
  if (TEASER_LABEL.test(t)) return ['teaser', 'furniture/teaser-label'];
  if (isByline(t)) return ['byline', 'furniture/byline'];
  if (NAV.test(t) || (!quoted && CRUMB.test(t) && /[›>»|]/.test(t))) return ['navigation', 'furniture/navigation'];
  // Another story's headline between paragraphs: in capitals (`BIDEN WARNS RUSSIA ...`), or
  // with a headline verb and no sentence end. A line ending in a colon introduces what follows.
  if (notFirst && !t.endsWith(':') && looksLikeHeadline(t) && !/^[\p{L}. '-]{1,40}:\s/u.test(t)) {
    if (isAllCaps(t) && t.split(/\s+/).length >= 3) return ['headline', 'furniture/headline-caps'];
    if (HEADLINE_VERB.test(t) && t.split(/\s+/).length >= 4) return ['headline', 'furniture/headline'];
  }
  return null;
}

/** `By Jane Doe`, `By Jane Doe and John Roe | Fox News`, `By JANE DOE, Reuters`: names and joiners only. */
function isByline(t: string): boolean {
  const m = /^by\s+(.{2,150})$/i.exec(t);
  if (!m || !/^By\b|^BY\b/.test(t)) return false;
  const words = m[1]!.split(/\s*(?:,|\||\s|·|•|—|–|-(?=\s))\s*/).filter(Boolean);
  if (words.length === 0 || words.length > 16) return false;
  return words.every((w) => /^(?:and|&|in|for|of|the|de|van|von|der|al|el|la|le)$/.test(w) || /^[\p{Lu}][\p{L}\p{M}.'’-]*$/u.test(w));
}
