/** Applies edits to text the way a WorkspaceEdit does, for tests of edits computed from a text. */
import * as assert from 'node:assert/strict';
import type { Position, TextInsert, TextReplace } from '../../../../src/core/people/profileSections';

/** Offset of a position, counting CRLF, CR and LF as one line break each. */
export function offsetOf(text: string, at: Position): number {
  let offset = 0;
  for (let l = 0; l < at.line; l++) {
    const next = text.slice(offset).search(/\r\n|\r|\n/);
    assert.ok(next >= 0, `no line ${at.line}`);
    offset += next + (text.startsWith('\r\n', offset + next) ? 2 : 1);
  }
  return offset + at.character;
}

export function applyInsert(text: string, insert: TextInsert): string {
  const at = offsetOf(text, insert.at);
  return text.slice(0, at) + insert.text + text.slice(at);
}

/** Applies disjoint replacements, last first. */
export function applyReplaces(text: string, replaces: readonly TextReplace[]): string {
  let out = text;
  for (const r of [...replaces].sort((a, b) => b.start.line - a.start.line || b.start.character - a.start.character)) {
    out = out.slice(0, offsetOf(out, r.start)) + r.text + out.slice(offsetOf(out, r.end));
  }
  return out;
}
