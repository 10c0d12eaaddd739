/**
 * A note as it can be shared: without its front matter and without its `## Private` sections
 * (each to the next heading of the same or a higher level). Pure and linear.
 */
import { frontMatterSpan, splitLines } from '../markdown/markdownScan';
import { privateSections } from './noteSections';

export interface ShareableNote {
  /** The shared text, `\n` line endings, blank lines where a cut was closed up to one, one final line break. */
  readonly text: string;
  readonly frontMatter: boolean;
  /** How many private sections were left out, and how many lines that are not blank they held (headings included). */
  readonly privateSections: number;
  readonly privateLines: number;
}

export function shareableNote(note: string): ShareableNote {
  const lines = splitLines(note.startsWith('\uFEFF') ? note.slice(1) : note);
  const span = frontMatterSpan(lines);
  const fmEnd = span?.closed ? span.end + 1 : 0;
  const cuts = privateSections(lines);
  const keep: string[] = [];
  let cut = 0;
  let privateLines = 0;
  // Right after the front matter or a cut: blank lines there close up to one.
  let seam = true;
  for (let i = fmEnd; i < lines.length; i++) {
    const line = lines[i]!;
    while (cut < cuts.length && cuts[cut]!.end <= i) cut++;
    const section = cuts[cut];
    if (section && i >= section.heading.line) {
      if (line.trim() !== '') privateLines++;
      seam = true;
      continue;
    }
    if (line.trim() !== '') seam = false;
    else if (seam && (keep.length === 0 || keep[keep.length - 1]!.trim() === '')) continue;
    keep.push(line);
  }
  while (keep.length > 0 && keep[keep.length - 1]!.trim() === '') keep.pop();
  return { text: keep.length > 0 ? `${keep.join('\n')}\n` : '', frontMatter: fmEnd > 0, privateSections: cuts.length, privateLines };
}
