/**
 * Links from review evidence back to where each line came from. The evidence document is built
 * for the workspace, so every link is relative to the workspace root: the host gives each source
 * its workspace-relative path (`notes/one-on-ones/sam/person.md`). Pure.
 */
import { relativeLink } from '../notes/carryOver';
import type { PointLink } from '../people/talkingPoints';

/** Where a line came from: a workspace-relative `/`-separated path and a 0-based line. */
export interface SourceRef {
  readonly path: string;
  readonly line: number;
}

/** `path` as a link target: each segment percent-encoded (spaces and parentheses too), `/` kept. */
export function linkTarget(path: string): string {
  return path.split('/').filter((s) => s !== '' && s !== '.').map(relativeLink).join('/');
}

/** Link text: `]` and `[` would end or nest the label. */
function label(text: string): string {
  return text.replace(/[[\]]/g, '');
}

/** `notes/one-on-ones/sam/person.md#L15`: the target of a source line (1-based in the fragment, as VS Code opens it). */
export function sourceTarget(source: SourceRef): string {
  return `${linkTarget(source.path)}#L${source.line + 1}`;
}

/** `[person.md:15](notes/one-on-ones/sam/person.md#L15)`: the file's name and 1-based line, linked. */
export function sourceLink(source: SourceRef): string {
  const name = source.path.slice(source.path.lastIndexOf('/') + 1);
  return `[${label(name)}:${source.line + 1}](${sourceTarget(source)})`;
}

/** A markdown link to a whole file: `[title](path)`. */
export function fileLink(title: string, path: string): string {
  return `[${label(title)}](${linkTarget(path)})`;
}

/**
 * A link written in a file (relative to that file's folder, as talking points and wins write
 * them) made relative to the workspace root instead. A target with a scheme (`https:`) or from the
 * root (`/`) is kept; one that climbs above the root cannot be followed and gives undefined.
 */
export function rebaseLink(link: PointLink, fromFile: string): PointLink | undefined {
  const { target } = link;
  if (target.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) return link;
  const folder = fromFile.split('/').filter((s) => s !== '' && s !== '.').map(relativeLink);
  folder.pop();
  for (const segment of target.split('/')) {
    if (segment === '..') {
      if (folder.length === 0) return undefined;
      folder.pop();
    } else if (segment !== '.' && segment !== '') folder.push(segment);
  }
  return { label: link.label, target: folder.join('/') };
}
