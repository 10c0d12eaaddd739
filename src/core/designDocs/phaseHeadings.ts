/**
 * Which review phase a design-doc heading is about, from the heading words of the taxonomy
 * (`taxonomy.phases[].keywords`, which team packs can add to). Pure and linear in the heading's
 * length: words are read by hand, and each word only looks up the keywords that start with it.
 *
 * Matching is by whole words, without case: `Rollout plan` matches `rollout`, `Problematic`
 * does not match `problem`, and a keyword of several words (`prior art`, `non-goals`) matches
 * those words in a row. Anything that is not a letter or a digit separates words, so `non-goals`,
 * `Non goals` and `NON_GOALS` read the same.
 *
 * A heading that matches keywords of two phases goes to one of them, the best, by this rule:
 * 1. the phase whose keywords cover more of the heading's words (`Decision drivers` covers two
 *    words as a goals keyword and one as the approach keyword `decision`: goals);
 * 2. on a tie, the phase matched earliest in the heading (`Context and scope`: problem);
 * 3. then the review order of the phases (problem first, people last).
 */
import type { Taxonomy } from '../content/schema';
import { PHASES, type Phase } from '../content/taxonomy';

interface Keyword {
  readonly words: readonly string[];
  readonly phase: number;
}

/** Keywords by their first word, built once per taxonomy. */
export interface PhaseMatcher {
  readonly byFirstWord: ReadonlyMap<string, readonly Keyword[]>;
}

// One quantifier over one character class: each character is looked at once.
const WORD = /[\p{L}\p{N}]+/gu;

/** The lower-case words of `text`: runs of letters and digits (any script), in order. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** A heading names its phase in its first words: words past these are not read. */
export const HEADING_WORDS_READ = 40;
/** Keywords that share a first word, at most: a pack with thousands of them cannot slow every heading. */
export const KEYWORDS_PER_FIRST_WORD = 64;

const matchers = new WeakMap<Taxonomy, PhaseMatcher>();

/** The matcher for a taxonomy's phase keywords; a phase without keywords is matched by its id. */
export function phaseMatcher(taxonomy: Taxonomy): PhaseMatcher {
  const cached = matchers.get(taxonomy);
  if (cached) return cached;
  const byFirstWord = new Map<string, Keyword[]>();
  PHASES.forEach((phase, index) => {
    const keywords = taxonomy.phases?.find((p) => p.id === phase)?.keywords ?? [phase];
    for (const keyword of keywords) {
      const words = wordsOf(keyword);
      if (words.length === 0) continue;
      const list = byFirstWord.get(words[0]!) ?? byFirstWord.set(words[0]!, []).get(words[0]!)!;
      if (list.length < KEYWORDS_PER_FIRST_WORD) list.push({ words, phase: index });
    }
  });
  const built = { byFirstWord };
  matchers.set(taxonomy, built);
  return built;
}

/** The phase a heading's text is about (see the module comment for the rule), or undefined. */
export function phaseOfHeading(text: string, matcher: PhaseMatcher): Phase | undefined {
  const words = wordsOf(text.slice(0, HEADING_WORDS_READ * 20)).slice(0, HEADING_WORDS_READ);
  // Per phase: heading words covered so far, where its covered run ends, its first match.
  const covered = new Array<number>(PHASES.length).fill(0);
  const coveredTo = new Array<number>(PHASES.length).fill(0);
  const first = new Array<number>(PHASES.length).fill(-1);
  for (let at = 0; at < words.length; at++) {
    for (const keyword of matcher.byFirstWord.get(words[at]!) ?? []) {
      const end = at + keyword.words.length;
      if (end > words.length) continue;
      let k = 1;
      while (k < keyword.words.length && words[at + k] === keyword.words[k]) k++;
      if (k < keyword.words.length) continue;
      const p = keyword.phase;
      // Matches arrive in order of their start, so counting past `coveredTo` never counts a word twice.
      covered[p]! += Math.max(0, end - Math.max(at, coveredTo[p]!));
      coveredTo[p] = Math.max(coveredTo[p]!, end);
      if (first[p] === -1) first[p] = at;
    }
  }
  let best = -1;
  for (let p = 0; p < PHASES.length; p++) {
    if (covered[p] === 0) continue;
    if (best === -1 || covered[p]! > covered[best]! || (covered[p] === covered[best] && first[p]! < first[best]!)) best = p;
  }
  return best === -1 ? undefined : PHASES[best];
}
