/**
 * Keeps what the notes index derives from a file small for as long as the file stays the same.
 * Strings cut out of a note (an item's words, a date) are views into the whole note in V8: keeping
 * one keeps the note's text. compactFacts copies a derived value into plain data that owns its
 * strings, through JSON, whose parser also lays each object out with its fields inside it. On the
 * way back each string is kept once per value (an item's path and its note's path are one copy),
 * short strings once across values (dates, kinds, slugs: `2026-11-16` is kept once, not once a
 * note), and every empty array and set is one shared, frozen empty value. Pure and without `vscode`.
 */

const EMPTY_ARRAY: readonly unknown[] = Object.freeze([]);
const EMPTY_SET: ReadonlySet<unknown> = new Set();
/** The key a set travels under through JSON (a character no note field name has). */
const SET_KEY = '\u0000set';

/** Strings this short are common across notes: shared, up to a bound. */
const SHORT = 24;
const SHARED_MAX = 50_000;
let shared = new Map<string, string>();

function sharedString(s: string): string {
  const hit = shared.get(s);
  if (hit !== undefined) return hit;
  // A bound, not a cache policy: past it, start again (values keep their copies).
  if (shared.size >= SHARED_MAX) shared = new Map();
  shared.set(s, s);
  return s;
}

/** `value` as compact plain data (see the module comment). Plain objects, arrays, sets and JSON primitives only. */
export function compactFacts<T>(value: T): T {
  const local = new Map<string, string>();
  const json = JSON.stringify(value, (_key, v: unknown) => (v instanceof Set ? { [SET_KEY]: [...(v as Set<unknown>)] } : v));
  return JSON.parse(json, (_key, v: unknown) => {
    if (typeof v === 'string') {
      if (v.length === 0) return v;
      if (v.length <= SHORT) return sharedString(v);
      const hit = local.get(v);
      if (hit !== undefined) return hit;
      local.set(v, v);
      return v;
    }
    if (Array.isArray(v)) return v.length === 0 ? EMPTY_ARRAY : v;
    if (typeof v === 'object' && v !== null && Object.hasOwn(v, SET_KEY)) {
      const items = (v as Record<string, unknown[]>)[SET_KEY]!;
      return items.length === 0 ? EMPTY_SET : new Set(items);
    }
    return v;
  }) as T;
}
