/**
 * Folder and file slugs for person names and review titles. Pure.
 * A slug is always one safe path segment: it can never climb out of, or reach across, a folder.
 */

/** Longest slug; leaves room for the date and `-n` in a file name on every file system. */
export const MAX_SLUG_LENGTH = 60;

/** Shortest prefix worth keeping when a long slug is cut back to a word boundary. */
const MIN_CUT = MAX_SLUG_LENGTH / 2;

/** Letters that NFKD leaves whole but readers expect spelled out in Latin letters. */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
};

const SLUG_FORM = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Device names Windows refuses as file or folder names, with or without an extension. */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$/i;

/** Characters that end or escape a segment on some OS, plus control characters. */
const UNSAFE_CHAR = /[/\\:*?"<>|\u0000-\u001f\u007f]/;

/**
 * The slug of `name`: NFKD, diacritics dropped, lower-case, every run of other characters one `-`,
 * no leading or trailing `-`, at most {@link MAX_SLUG_LENGTH} characters (cut at a `-` when that keeps
 * at least half). A name with nothing usable (emoji only, `..`, `///`, empty) becomes
 * `<fallbackPrefix>-<8 hex digits>` from a stable hash of the name, so it is the same on every run
 * (`fallbackPrefix` must itself be slug-shaped, else `person` is used).
 * Different names can share a slug ("José" and "Jose"); the caller decides whether that is one person.
 */
export function slugify(name: string, fallbackPrefix = 'person'): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþıħ]/g, (ch) => SPELLED_OUT[ch] ?? ch)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words === '') return `${SLUG_FORM.test(fallbackPrefix) ? fallbackPrefix : 'person'}-${stableHash(name)}`;
  const slug = shorten(words);
  // `con` is a fine name for a person but not for a folder on Windows.
  return WINDOWS_RESERVED.test(slug) ? `${slug}-${stableHash(name)}` : slug;
}

function shorten(slug: string): string {
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH);
  if (slug[MAX_SLUG_LENGTH] === '-') return cut;
  const lastDash = cut.lastIndexOf('-');
  // Dashes never repeat, so neither choice can end in one.
  return lastDash >= MIN_CUT ? cut.slice(0, lastDash) : cut;
}

/**
 * Whether `segment` is safe as one folder or file name on every OS: not empty, not `.` or `..`,
 * no `/`, `\`, `:` or other characters Windows forbids, no control characters, no leading or
 * trailing space, no trailing `.`, not a Windows device name, at most 255 characters.
 * Every {@link slugify} result passes; folder names a user made by hand may not.
 */
export function isSafeSegment(segment: string): boolean {
  return segment.length > 0 && segment.length <= 255
    && segment !== '.' && segment !== '..'
    && !UNSAFE_CHAR.test(segment)
    && segment.trim() === segment
    && !segment.endsWith('.')
    && !WINDOWS_RESERVED.test(segment);
}

/** 32-bit FNV-1a over the UTF-16 code units of `text`, as 8 lower-case hex digits. */
export function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** How a new person's name resolves to a folder (see {@link personFolderFor}). */
export type PersonFolder =
  /** No folder holds this name or its slug: create `folder`. */
  | { readonly kind: 'new'; readonly folder: string }
  /** `folder` already holds a person of exactly this name. */
  | { readonly kind: 'same'; readonly folder: string }
  /**
   * `folder` (the name's slug) exists but no name is known for it (a hand-made folder without
   * notes): the lead decides whether it is this person; `distinct` is the folder to use if not.
   */
  | { readonly kind: 'ask'; readonly folder: string; readonly distinct: string };

/** Names compare after NFC and trimming, nothing else: `José` and `Jose` are different people. */
function sameName(a: string, b: string): boolean {
  return a.normalize('NFC').trim() === b.normalize('NFC').trim();
}

/** `slug` with `-n` appended, cut back so the result stays within {@link MAX_SLUG_LENGTH}. */
function numbered(slug: string, n: number): string {
  const suffix = `-${n}`;
  const base = slug.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, '');
  return `${base}${suffix}`;
}

/**
 * The folder for a person named `name`, given the person folders that exist and the name each
 * holds (undefined when none is known). Different people never share a folder: a slug taken by
 * a different name (`José` after `Jose`, or two long names with the same first 60 characters)
 * gets the first free `-2`, `-3`…; the same name gets its folder back. Folder names compare
 * without case, as macOS and Windows do.
 */
export function personFolderFor(name: string, existing: ReadonlyMap<string, string | undefined>): PersonFolder {
  const byKey = new Map<string, [string, string | undefined]>();
  for (const [folder, held] of existing) byKey.set(folder.toLowerCase(), [folder, held]);
  for (const [folder, held] of byKey.values()) if (held !== undefined && sameName(held, name)) return { kind: 'same', folder };
  const slug = slugify(name);
  const free = (): string => {
    for (let n = 2; ; n++) if (!byKey.has(numbered(slug, n))) return numbered(slug, n);
  };
  const taken = byKey.get(slug);
  if (!taken) return { kind: 'new', folder: slug };
  if (taken[1] === undefined) return { kind: 'ask', folder: taken[0], distinct: free() };
  return { kind: 'new', folder: free() };
}
