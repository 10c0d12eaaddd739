/**
 * One note's commitments: every task item (as readMarkdown finds them: never in front matter,
 * code or HTML) with words after its checkbox, read once per file version. Pure: the host passes
 * the note's path, kind, person, date and text, and the people owners may name. The host's index
 * does the same in its two steps (noteItems.ts: parseNote per file version, resolveNote per people).
 */
import type { NoteCommitments, NoteInput, PersonRef } from './commitment';
import { parseNote, resolveNote } from './noteItems';
import { ownerDirectory } from './owners';

/** The commitments and problems of one note (see Commitment for the key, owner and counterpart rules). */
export function noteCommitments(note: NoteInput, people: readonly PersonRef[]): NoteCommitments {
  return resolveNote(parseNote(note), ownerDirectory(people));
}
