/**
 * Which decision status a status text names, from the taxonomy's status words
 * (`taxonomy.statuses[].keywords`, which team packs add to), the way phaseHeadings.ts reads
 * heading words: whole words, without case, anything but a letter or a digit separating words
 * (`Won't do` is `won t do`). The longest keyword (in words) wins; of two as long, the one that
 * starts first; then the taxonomy's order of statuses (`Accepted, superseded by ADR-9` is
 * superseded). Only the first STATUS_CHARS_READ characters are read. A text with letters or
 * digits but no status word is the team's own status, kept as written; one without is unknown.
 */
import type { Taxonomy } from '../content/schema';
import { DECISION_STATUSES, type DecisionStatus } from '../content/taxonomy';
import { cutText, type Status } from './decision';

interface Keyword {
  readonly words: readonly string[];
  readonly status: DecisionStatus;
}

/** Status words by their first word, built once per taxonomy. */
export interface StatusMatcher {
  readonly byFirstWord: ReadonlyMap<string, readonly Keyword[]>;
}

/** A status is named in its first words: characters past these are not read. */
export const STATUS_CHARS_READ = 400;
/** Keywords that share a first word, at most: a pack with thousands cannot slow every doc. */
export const KEYWORDS_PER_FIRST_WORD = 64;

// One quantifier over one character class: each character is looked at once.
const WORD = /[\p{L}\p{N}]+/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;
// Emphasis and code marks: one character class, linear.
const MARKS = /[*`]+/g;

interface Word {
  readonly text: string;
  readonly end: number;
}

function wordsWithEnds(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) words.push({ text: m[0].toLowerCase(), end: m.index + m[0].length });
  return words;
}

const matchers = new WeakMap<Taxonomy, StatusMatcher>();

/** The matcher for a taxonomy's status words; a status without keywords is matched by its id. */
export function statusMatcher(taxonomy: Taxonomy): StatusMatcher {
  const cached = matchers.get(taxonomy);
  if (cached) return cached;
  const byFirstWord = new Map<string, Keyword[]>();
  for (const status of DECISION_STATUSES) {
    const keywords = taxonomy.statuses?.find((s) => s.id === status)?.keywords ?? [status];
    for (const keyword of keywords) {
      const words = wordsWithEnds(keyword).map((w) => w.text);
      if (words.length === 0) continue;
      const list = byFirstWord.get(words[0]!) ?? byFirstWord.set(words[0]!, []).get(words[0]!)!;
      if (list.length < KEYWORDS_PER_FIRST_WORD) list.push({ words, status });
    }
  }
  const built = { byFirstWord };
  matchers.set(taxonomy, built);
  return built;
}

/** A status word found in a text: which status, and the offset where the match ends. */
export interface StatusMatch {
  readonly status: DecisionStatus;
  readonly end: number;
}

/** The status the text names by the rule in the module comment, or undefined. */
export function matchStatus(text: string, matcher: StatusMatcher): StatusMatch | undefined {
  const words = wordsWithEnds(text.slice(0, STATUS_CHARS_READ));
  let best: { length: number; match: StatusMatch } | undefined;
  for (let at = 0; at < words.length; at++) {
    for (const keyword of matcher.byFirstWord.get(words[at]!.text) ?? []) {
      const length = keyword.words.length;
      if (at + length > words.length || (best && length <= best.length)) continue;
      let k = 1;
      while (k < length && words[at + k]!.text === keyword.words[k]) k++;
      if (k === length) best = { length, match: { status: keyword.status, end: words[at + length - 1]!.end } };
    }
  }
  return best?.match;
}

/**
 * A status text (`**Accepted**`, `` `draft` ``, `"Parked"`) as shown: without `*` and backticks
 * (emphasis and code marks, wherever they are) and without quotes, `_` or blanks around it.
 */
export function cleanStatusText(text: string): string {
  const plain = text.slice(0, STATUS_CHARS_READ * 4).replace(MARKS, '');
  let start = 0;
  let end = plain.length;
  const edge = (c: string | undefined) => c === ' ' || c === '\t' || c === '_' || c === '"' || c === "'";
  while (start < end && edge(plain[start])) start++;
  while (end > start && edge(plain[end - 1])) end--;
  return plain.slice(start, end);
}

/**
 * The status a status text names, and what follows its status word (where `superseded by` names
 * its successor). Empty text, or text without a letter or a digit, is unknown.
 */
export function readStatusText(text: string, matcher: StatusMatcher): { status: Status; after: string } {
  const clean = cleanStatusText(text);
  const match = matchStatus(clean, matcher);
  if (match) return { status: { kind: match.status, text: cutText(clean) }, after: clean.slice(match.end) };
  const hasWord = HAS_WORD.test(clean.slice(0, STATUS_CHARS_READ));
  return { status: hasWord ? { kind: 'custom', text: cutText(clean) } : { kind: 'unknown' }, after: '' };
}
