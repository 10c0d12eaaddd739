/**
 * Who an `@word` names. Case is ignored (and Unicode forms folded, so a composed and a decomposed
 * `é` agree). `me` is always the lead, even when someone's folder is called `me`. Otherwise a
 * person's folder slug names them; failing that, the first word of their name does when it is the
 * first word of nobody else's name. A slug wins over first names: it is unique by construction.
 */
import type { PersonRef } from './commitment';

/** The owner word that means the lead. */
export const ME = 'me';

/** What an owner word resolves to. `candidates` are slugs, sorted, at least two. */
export type OwnerMatch =
  | { readonly kind: 'me' }
  | { readonly kind: 'person'; readonly person: PersonRef }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly string[] };

/** An owner word's folded form: the key both sides are compared by. */
export function foldWord(word: string): string {
  return word.normalize('NFC').toLowerCase();
}

/** The first word of a name (up to the first blank), as written. */
export function firstWord(name: string): string {
  const trimmed = name.trim();
  let end = 0;
  while (end < trimmed.length && !/\s/.test(trimmed[end]!)) end++;
  return trimmed.slice(0, end);
}

/** A lookup of owner words over `people`, built once per note (or once per index refresh). */
export function ownerDirectory(people: readonly PersonRef[]): (word: string) => OwnerMatch {
  const bySlug = new Map<string, PersonRef>();
  const byFirst = new Map<string, PersonRef[]>();
  for (const person of people) {
    const slug = foldWord(person.slug);
    if (bySlug.has(slug)) continue;
    bySlug.set(slug, person);
    const first = foldWord(firstWord(person.name));
    if (first === '') continue;
    const same = byFirst.get(first);
    if (same) same.push(person);
    else byFirst.set(first, [person]);
  }
  return (word) => {
    const key = foldWord(word);
    if (key === ME) return { kind: 'me' };
    const person = bySlug.get(key);
    if (person) return { kind: 'person', person };
    const named = byFirst.get(key) ?? [];
    if (named.length === 1) return { kind: 'person', person: named[0]! };
    if (named.length > 1) return { kind: 'ambiguous', candidates: named.map((p) => p.slug).sort() };
    return { kind: 'unknown' };
  };
}
