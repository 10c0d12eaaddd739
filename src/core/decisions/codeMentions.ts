/**
 * Which mentions of a line of any file become links to a decision (mentions.ts finds them): every
 * number mention (`ADR-0007`, `adr 7`, `RFC-12`), and a relative link to a markdown file only
 * where it is written in a comment, after the start of one on its line (`//`, `/*`, `#`, `--`,
 * `<!--`, `"""`, or a block comment's `*` line), so a path in a string of code stays code. In
 * markdown, VS Code links `[x](doc.md)` itself: only number mentions there. Pure and linear.
 */
import { findMentions, mayMention, type Mention } from './mentions';

// One alternation of fixed strings, and an anchored `^\s*\*`: linear in the line.
const COMMENT_START = /\/\/|\/\*|#|--|<!--|"""|^\s*\*/;

/** Whether a link mention at `start` of `line` lies after the start of a comment on that line. */
export function inComment(line: string, start: number): boolean {
  return COMMENT_START.test(line.slice(0, start));
}

/** The mentions of one line worth linking in a document of `languageId` (see the module comment). */
export function linkableMentions(line: string, languageId: string): Mention[] {
  if (!mayMention(line)) return [];
  return findMentions(line).filter((m) => m.kind !== 'link' || (languageId !== 'markdown' && inComment(line, m.start)));
}
