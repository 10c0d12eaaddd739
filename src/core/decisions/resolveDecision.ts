/**
 * Which decision a reference or a mention names. A link resolves by path: relative to the folder
 * of the file it is written in (a leading `/` from the workspace root), `.` and `..` resolved,
 * `%20` and the like decoded, compared as written and then without case (file systems that
 * ignore case are common). A number resolves by kind and number: a doc of the same kind first,
 * then a doc of no kind with that number (`docs/0007-x.md` for `ADR-7`); a number without a kind
 * means the referring doc's kind. Of two docs with one number (a duplicate the decision log
 * reports), the first by path is taken. Nothing found is undefined, never an error.
 *
 * Lookups are indexed once per array of decisions (kept while the array lives): hand over a new
 * array when the decisions change, never the same one changed in place.
 */
import type { Decision, DocKind, Reference } from './decision';
import type { Mention } from './mentions';

/** Lookups over a set of decisions, built once per array. */
interface DecisionIndex {
  readonly byPath: ReadonlyMap<string, Decision>;
  readonly byLowerPath: ReadonlyMap<string, Decision>;
  /** Key `kind:number`; each list sorted by path. */
  readonly byNumber: ReadonlyMap<string, readonly Decision[]>;
}

const indexes = new WeakMap<readonly Decision[], DecisionIndex>();

function indexOf(decisions: readonly Decision[]): DecisionIndex {
  const cached = indexes.get(decisions);
  if (cached) return cached;
  const byPath = new Map<string, Decision>();
  const byLowerPath = new Map<string, Decision>();
  const byNumber = new Map<string, Decision[]>();
  for (const d of [...decisions].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const path = normalizePath(d.path) ?? d.path;
    if (!byPath.has(path)) byPath.set(path, d);
    if (!byLowerPath.has(path.toLowerCase())) byLowerPath.set(path.toLowerCase(), d);
    if (d.number === undefined) continue;
    const key = `${d.kind}:${d.number}`;
    (byNumber.get(key) ?? byNumber.set(key, []).get(key)!).push(d);
  }
  const built = { byPath, byLowerPath, byNumber };
  indexes.set(decisions, built);
  return built;
}

/** `path` with `.` and `..` segments resolved and empty segments dropped; undefined when it climbs above the root. */
export function normalizePath(path: string): string | undefined {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(segment);
  }
  return out.join('/');
}

function decoded(target: string): string {
  if (!target.includes('%')) return target;
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/** The workspace-relative path a link `target` names, written in the file at `fromPath`; undefined above the root. */
export function linkPath(fromPath: string, target: string): string | undefined {
  const clean = decoded(target);
  if (clean.startsWith('/')) return normalizePath(clean);
  const folder = fromPath.includes('/') ? fromPath.slice(0, fromPath.lastIndexOf('/')) : '';
  return normalizePath(folder === '' ? clean : `${folder}/${clean}`);
}

function byLink(index: DecisionIndex, fromPath: string, target: string): Decision | undefined {
  const path = linkPath(fromPath, target);
  if (path === undefined) return undefined;
  return index.byPath.get(path) ?? index.byLowerPath.get(path.toLowerCase());
}

function byNumber(index: DecisionIndex, kind: DocKind, number: number): Decision | undefined {
  return index.byNumber.get(`${kind}:${number}`)?.[0] ?? (kind === 'none' ? undefined : index.byNumber.get(`none:${number}`)?.[0]);
}

/** The decision a reference names, written in the doc at `fromPath` of kind `fromKind` (see the module comment). */
export function resolveReference(reference: Reference, decisions: readonly Decision[], fromPath: string, fromKind: DocKind): Decision | undefined {
  const index = indexOf(decisions);
  const linked = reference.target === undefined ? undefined : byLink(index, fromPath, reference.target);
  if (linked) return linked;
  return reference.number === undefined ? undefined : byNumber(index, reference.kind ?? fromKind, reference.number);
}

/** The decision a mention in the file at `fromPath` names (see the module comment), or undefined. */
export function resolveMention(mention: Mention, decisions: readonly Decision[], fromPath: string): Decision | undefined {
  const index = indexOf(decisions);
  if (mention.kind === 'link') return mention.target === undefined ? undefined : byLink(index, fromPath, mention.target);
  return mention.number === undefined ? undefined : byNumber(index, mention.kind, mention.number);
}
