/** Fixtures for the commitments tests: a team, and notes as the host would hand them over. */
import type { NoteCommitments, NoteKind, PersonRef } from '../../../../src/core/commitments/commitment';
import { noteCommitments } from '../../../../src/core/commitments/noteCommitments';

/** Two Sams (so `@sam` is ambiguous), one Ana, one Bo, and a person whose folder is not their first name. */
export const TEAM: readonly PersonRef[] = [
  { slug: 'ana', name: 'Ana Lima' },
  { slug: 'bo', name: 'Bo Chen' },
  { slug: 'sam-ortiz', name: 'Sam Ortiz' },
  { slug: 'sam-lee', name: 'Sam Lee' },
  { slug: 'kim-2', name: 'Kim Park' },
];

/** Ana's 1:1 note of `date` (`n` for a second note that day). */
export function oneOnOne(person: string, date: string, text: string, n = 1): NoteCommitments {
  const path = `one-on-ones/${person}/${date}${n === 1 ? '' : `-${n}`}.md`;
  return noteCommitments({ path, kind: 'oneOnOne', person, date, text }, TEAM);
}

/** A design review or another note. */
export function otherNote(kind: Exclude<NoteKind, 'oneOnOne'>, path: string, text: string, date?: string): NoteCommitments {
  return noteCommitments({ path, kind, text, ...(date ? { date } : {}) }, TEAM);
}

/** Lines joined by `\n`. */
export const md = (...lines: string[]) => lines.join('\n');
