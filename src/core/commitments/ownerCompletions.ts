/**
 * Completion data for owners: whether the lead is typing an `@owner` on a task line, and which
 * owners to offer. The host's completion provider turns these into items; the words are its own.
 * The `@` follows the same rule as the syntax (itemTokens.ts), so what is offered is what counts.
 */
import type { PersonRef } from './commitment';
import { mayStartToken, wordCharLength } from './itemTokens';
import { ME, foldWord } from './owners';

/** The owner being typed: the `@`'s column and the word typed after it so far (maybe empty). */
export interface OwnerCompletionContext {
  readonly start: number;
  readonly query: string;
}

/** The start of the run of slug characters (letters, digits, `-`, `.`) that ends at `end`. Reads back only over that run. */
function slugRunStart(text: string, end: number): number {
  let i = end;
  for (;;) {
    const ch = text[i - 1];
    if (ch === '-' || ch === '.') {
      i--;
      continue;
    }
    // A letter outside the first plane is a surrogate pair: step over both halves.
    const code = text.charCodeAt(i - 1);
    const back = code >= 0xdc00 && code <= 0xdfff && i >= 2 ? 2 : 1;
    if (i - back < 0 || wordCharLength(text, i - back) !== back) return i;
    i -= back;
  }
}

/** The `@` query at the end of `linePrefix` (the line up to the cursor) on a task line; undefined elsewhere. */
export function ownerCompletionContext(linePrefix: string, isTaskLine: boolean): OwnerCompletionContext | undefined {
  if (!isTaskLine) return undefined;
  const start = slugRunStart(linePrefix, linePrefix.length) - 1;
  if (start < 0 || linePrefix[start] !== '@' || !mayStartToken(linePrefix, start)) return undefined;
  return { start, query: linePrefix.slice(start + 1) };
}

/** An owner to offer: `insert` is what goes after the `@` (a slug, or `me`). */
export type OwnerSuggestion = { readonly kind: 'me'; readonly insert: string } | { readonly kind: 'person'; readonly insert: string; readonly slug: string; readonly name: string };

function matches(person: PersonRef, query: string): boolean {
  if (foldWord(person.slug).startsWith(query)) return true;
  return foldWord(person.name).split(/\s+/).some((word) => word.startsWith(query));
}

/**
 * Owners whose slug, or a word of whose name, starts with `query` (case ignored): `me` first,
 * then people by name. A person is inserted by slug, which always resolves, even when their first
 * name is shared with someone else.
 */
export function ownerSuggestions(people: readonly PersonRef[], query: string): OwnerSuggestion[] {
  const q = foldWord(query);
  const out: OwnerSuggestion[] = ME.startsWith(q) ? [{ kind: 'me', insert: ME }] : [];
  // One suggestion per slug; a folder called `me` is never offered: `@me` is the lead.
  const bySlug = new Map<string, PersonRef>();
  for (const p of people) if (!bySlug.has(p.slug) && foldWord(p.slug) !== ME && matches(p, q)) bySlug.set(p.slug, p);
  const persons = [...bySlug.values()]
    .sort((a, b) => foldWord(a.name).localeCompare(foldWord(b.name)) || (a.slug < b.slug ? -1 : 1));
  return [...out, ...persons.map((p): OwnerSuggestion => ({ kind: 'person', insert: p.slug, slug: p.slug, name: p.name }))];
}
