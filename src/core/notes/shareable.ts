/**
 * A note as it can be shared: without its front matter and without anything private (privacy.ts:
 * private sections, and the parts whose structure could hide one). Pure and linear.
 */
import { readMarkdown } from '../markdown/markdownScan';
import { inSpans } from '../markdown/sections';
import { PRIVATE_WORDS, privateParts } from './privacy';

export interface ShareableNote {
  /** The shared text, `\n` line endings, blank lines where a cut was closed up to one, one final line break. */
  readonly text: string;
  readonly frontMatter: boolean;
  /** How many private sections were left out, and how many lines that are not blank they held (headings included). */
  readonly privateSections: number;
  readonly privateLines: number;
  /**
   * Parts left out because their structure is ambiguous (an unclosed fence or an HTML block that
   * holds a private-looking heading), with the 1-based line of that heading and the lines left out.
   */
  readonly ambiguous: readonly { readonly line: number; readonly lines: number }[];
}

export function shareableNote(note: string, words: readonly string[] = PRIVATE_WORDS): ShareableNote {
  const structure = readMarkdown(note.startsWith('\uFEFF') ? note.slice(1) : note);
  const { lines } = structure;
  const fmEnd = structure.frontMatter ? structure.frontMatter.end + 1 : 0;
  const parts = privateParts(structure, words);
  const isPrivate = inSpans(parts.spans);
  const inSection = inSpans(parts.sections.map((s) => ({ line: s.heading.line, end: s.end })));
  const keep: string[] = [];
  let privateLines = 0;
  const ambiguousLines = new Map<number, number>();
  // Each ambiguous line counts for the first part that covers it: one walk over the parts.
  const owner = new Map<number, number>();
  let assigned = 0;
  for (const part of parts.ambiguous) {
    for (let i = Math.max(part.line, assigned); i < part.end; i++) owner.set(i, part.at);
    assigned = Math.max(assigned, part.end);
  }
  // Right after the front matter or a cut: blank lines there close up to one.
  let seam = true;
  for (let i = fmEnd; i < lines.length; i++) {
    const line = lines[i]!;
    if (isPrivate(i)) {
      if (line.trim() !== '') {
        if (inSection(i)) privateLines++;
        else {
          const at = owner.get(i);
          if (at !== undefined) ambiguousLines.set(at, (ambiguousLines.get(at) ?? 0) + 1);
        }
      }
      seam = true;
      continue;
    }
    if (line.trim() !== '') seam = false;
    else if (seam && (keep.length === 0 || keep[keep.length - 1]!.trim() === '')) continue;
    keep.push(line);
  }
  while (keep.length > 0 && keep[keep.length - 1]!.trim() === '') keep.pop();
  return {
    text: keep.length > 0 ? `${keep.join('\n')}\n` : '',
    frontMatter: fmEnd > 0,
    privateSections: parts.sections.length,
    privateLines,
    ambiguous: [...ambiguousLines].map(([at, n]) => ({ line: at + 1, lines: n })),
  };
}
