/**
 * One note's commitments: every task item (as readMarkdown finds them: never in front matter,
 * code or HTML) with words after its checkbox, read once per file version. Pure: the host passes
 * the note's path, kind, person, date and text, and the people owners may name.
 */
import { isIsoDate } from '../dates';
import { readMarkdown } from '../markdown/markdownScan';
import { inSpans } from '../markdown/sections';
import { itemKey, parseOrigin, type Origin } from '../notes/carryOver';
import { parseNoteName } from '../notes/noteNames';
import { privateParts } from '../notes/privacy';
import { isSafeSegment } from '../notes/slug';
import { COMMITMENT_LIMITS, type Commitment, type CommitmentOwner, type CommitmentProblem, type NoteCommitments, type NoteInput, type PersonRef } from './commitment';
import { itemTextPositions } from './itemPositions';
import { readItemSyntax } from './itemSyntax';
import { ownerDirectory } from './owners';

/** The commitments and problems of one note (see Commitment for the key, owner and counterpart rules). */
export function noteCommitments(note: NoteInput, people: readonly PersonRef[]): NoteCommitments {
  // A byte-order mark is no column in the editor.
  const text = note.text.startsWith('\uFEFF') ? note.text.slice(1) : note.text;
  const structure = readMarkdown(text);
  const isPrivate = inSpans(privateParts(structure).spans);
  const resolve = ownerDirectory(people);
  const date = note.date !== undefined && isIsoDate(note.date) ? note.date : undefined;
  const n = note.n ?? parseNoteName(note.path.slice(note.path.lastIndexOf('/') + 1))?.n ?? 1;
  const items: Commitment[] = [];
  const problems: CommitmentProblem[] = [];
  for (const item of structure.items) {
    if (item.checked === undefined || item.text === '') continue;
    const syntax = readItemSyntax(item.text, resolve);
    const position = syntax.problems.length > 0 ? itemTextPositions(structure.lines, item) : undefined;
    const own: CommitmentProblem[] = syntax.problems.map((p) => {
      const start = position!(p.start);
      const end = position!(p.end);
      return { kind: p.kind, text: item.text.slice(p.start, p.end), line: start.line, column: start.column, endLine: end.line, endColumn: end.column, ...(p.candidates ? { candidates: p.candidates } : {}) };
    });
    problems.push(...own.slice(0, COMMITMENT_LIMITS.problemsPerNote - problems.length));
    const { text: itemText, origin } = parseOrigin(item.text);
    const counterpart = counterpartOf(syntax.owner, note);
    const originDate = origin?.date ?? date;
    const words = itemKey(syntax.words.slice(0, COMMITMENT_LIMITS.keyChars));
    const chained = note.kind === 'oneOnOne' && note.person !== undefined && originDate !== undefined && words !== '';
    const done = item.checked ? syntax.doneDate ?? date : undefined;
    const originPath = origin ? originPathOf(note.path, origin) : undefined;
    items.push({
      key: chained ? `${note.person}/${originDate}/${words}` : `${note.path}:${item.line}`,
      text: itemText,
      words: syntax.words,
      owner: syntax.owner,
      ...(counterpart !== undefined ? { counterpart } : {}),
      ...(syntax.due ? { due: syntax.due } : {}),
      ...(done ? { done } : {}),
      checked: item.checked,
      private: isPrivate(item.line),
      source: { path: note.path, line: item.line },
      noteKind: note.kind,
      ...(origin ? { origin: { date: origin.date, ...(originPath ? { path: originPath } : {}) } } : {}),
      problems: own,
    });
  }
  return { path: note.path, kind: note.kind, ...(note.person !== undefined ? { person: note.person } : {}), ...(date ? { date } : {}), n, items, problems };
}

/**
 * In a 1:1, the note's person unless a person owns the item (`@bo` in Ana's note: Bo owes, and
 * Bo is who it is owed by); elsewhere, the owning person only.
 */
function counterpartOf(owner: CommitmentOwner, note: NoteInput): string | undefined {
  if (owner.kind === 'person') return owner.slug;
  return note.kind === 'oneOnOne' ? note.person : undefined;
}

/** The origin's link read as a file beside the note; undefined when it is no single safe file name. */
function originPathOf(notePath: string, origin: Origin): string | undefined {
  let name: string;
  try {
    name = decodeURIComponent(origin.link);
  } catch {
    return undefined;
  }
  if (!isSafeSegment(name)) return undefined;
  const slash = notePath.lastIndexOf('/');
  return slash < 0 ? name : `${notePath.slice(0, slash)}/${name}`;
}
