/**
 * A note's commitments in two steps. parseNote reads everything that does not depend on who the
 * people are (the task items, their words, dates, chain keys, private flags, origins, and each owner
 * word with its place in the note), once per file version: the host's notes index keeps it, never
 * the note's text. resolveNote names the owners with the people of the moment and turns the parse
 * into the note's commitments and problems; it reads no markdown, so resolving every note again
 * after the people change is cheap. noteCommitments is the two together.
 */
import { isIsoDate } from '../dates';
import { signOffSpans } from '../decisions/signOff';
import { readMarkdown } from '../markdown/markdownScan';
import { inSpans } from '../markdown/sections';
import { itemKey, parseOrigin, type Origin } from '../notes/carryOver';
import { parseNoteName } from '../notes/noteNames';
import { privateParts } from '../notes/privacy';
import { isSafeSegment } from '../notes/slug';
import { COMMITMENT_LIMITS, type Commitment, type CommitmentOwner, type CommitmentProblem, type NoteCommitments, type NoteInput, type NoteKind } from './commitment';
import { itemTextPositions } from './itemPositions';
import { parseItemSyntax, resolveOwner, type SyntaxMark } from './itemSyntax';
import { foldWord, type OwnerMatch } from './owners';

/** Where a token stands in its note (0-based, UTF-16 columns, end exclusive) and how it is written there. */
export interface TokenPlace {
  readonly text: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** A task item as parsed, before its owner is named: a Commitment without owner, counterpart and problems. */
export interface ParsedItem extends Omit<Commitment, 'owner' | 'counterpart' | 'problems' | 'done'> {
  /** Its first real `✅` date, whether or not it is checked. */
  readonly doneDate?: string;
  /** Owner words and date problems in text order, placed in the note. */
  readonly marks: readonly SyntaxMark<TokenPlace>[];
}

/** A note's task items as parsed: people-independent, so kept per file version. */
export interface ParsedNote {
  readonly path: string;
  readonly kind: NoteKind;
  readonly person?: string;
  readonly date?: string;
  readonly n: number;
  readonly items: readonly ParsedItem[];
  /** The owner words its items use, folded (foldWord): a change of people that resolves none of them differently leaves the note as it was. */
  readonly ownerWords: ReadonlySet<string>;
}

/** The people-independent part of a note's commitments (see the module comment). */
export function parseNote(note: NoteInput): ParsedNote {
  // A byte-order mark is no column in the editor.
  const text = note.text.startsWith('\uFEFF') ? note.text.slice(1) : note.text;
  const structure = readMarkdown(text);
  const isPrivate = inSpans(privateParts(structure).spans);
  // A review note's sign-off items (`- [ ] @bo`) are reviewers' sign-offs, not commitments.
  const isSignOff = note.kind === 'review' ? inSpans(signOffSpans(text)) : () => false;
  const date = note.date !== undefined && isIsoDate(note.date) ? note.date : undefined;
  const n = note.n ?? parseNoteName(note.path.slice(note.path.lastIndexOf('/') + 1))?.n ?? 1;
  const items: ParsedItem[] = [];
  const ownerWords = new Set<string>();
  for (const item of structure.items) {
    if (item.checked === undefined || item.text === '' || isSignOff(item.line)) continue;
    const syntax = parseItemSyntax(item.text);
    const position = syntax.marks.length > 0 ? itemTextPositions(structure.lines, item) : undefined;
    const marks = syntax.marks.map((mark): SyntaxMark<TokenPlace> => {
      const start = position!(mark.at.start);
      const end = position!(mark.at.end);
      const at = { text: item.text.slice(mark.at.start, mark.at.end), line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
      if ('owner' in mark) {
        ownerWords.add(foldWord(mark.owner));
        return { owner: mark.owner, at };
      }
      return { dateProblem: mark.dateProblem, at };
    });
    const { text: itemText, origin } = parseOrigin(item.text);
    const originDate = origin?.date ?? date;
    const words = itemKey(syntax.words.slice(0, COMMITMENT_LIMITS.keyChars));
    const chained = note.kind === 'oneOnOne' && note.person !== undefined && originDate !== undefined && words !== '';
    const originPath = origin ? originPathOf(note.path, origin) : undefined;
    items.push({
      key: chained ? `${note.person}/${originDate}/${words}` : `${note.path}:${item.line}`,
      text: itemText,
      words: syntax.words,
      ...(syntax.due ? { due: syntax.due } : {}),
      ...(syntax.doneDate ? { doneDate: syntax.doneDate } : {}),
      checked: item.checked,
      private: isPrivate(item.line),
      source: { path: note.path, line: item.line },
      noteKind: note.kind,
      ...(origin ? { origin: { date: origin.date, ...(originPath ? { path: originPath } : {}) } } : {}),
      marks,
    });
  }
  return { path: note.path, kind: note.kind, ...(note.person !== undefined ? { person: note.person } : {}), ...(date ? { date } : {}), n, items, ownerWords };
}

const NO_PROBLEMS: readonly CommitmentProblem[] = Object.freeze([]);

/** The note's commitments and problems, owners named by `resolve` (ownerDirectory of the people). */
export function resolveNote(note: ParsedNote, resolve: (word: string) => OwnerMatch): NoteCommitments {
  const items: Commitment[] = [];
  const problems: CommitmentProblem[] = [];
  for (const item of note.items) {
    const resolved = resolveOwner(item.marks, resolve);
    // Most items have no problem: they share one empty list (the index keeps every item).
    const own = resolved.problems.length === 0 ? NO_PROBLEMS : resolved.problems.map((p): CommitmentProblem => ({
      kind: p.kind, text: p.at.text, line: p.at.line, column: p.at.column, endLine: p.at.endLine, endColumn: p.at.endColumn, ...(p.candidates ? { candidates: p.candidates } : {}),
    }));
    if (problems.length < COMMITMENT_LIMITS.problemsPerNote) problems.push(...own.slice(0, COMMITMENT_LIMITS.problemsPerNote - problems.length));
    items.push(commitmentOf(item, resolved.owner, own, note));
  }
  return { path: note.path, kind: note.kind, ...(note.person !== undefined ? { person: note.person } : {}), ...(note.date ? { date: note.date } : {}), n: note.n, items, problems };
}

function commitmentOf(item: ParsedItem, owner: CommitmentOwner, problems: readonly CommitmentProblem[], note: ParsedNote): Commitment {
  const counterpart = counterpartOf(owner, note);
  const done = item.checked ? item.doneDate ?? note.date : undefined;
  return {
    key: item.key,
    text: item.text,
    words: item.words,
    owner,
    ...(counterpart !== undefined ? { counterpart } : {}),
    ...(item.due ? { due: item.due } : {}),
    ...(done ? { done } : {}),
    checked: item.checked,
    private: item.private,
    source: item.source,
    noteKind: item.noteKind,
    ...(item.origin ? { origin: item.origin } : {}),
    problems,
  };
}

/**
 * In a 1:1, the note's person unless a person owns the item (`@bo` in Ana's note: Bo owes, and
 * Bo is who it is owed by); elsewhere, the owning person only.
 */
function counterpartOf(owner: CommitmentOwner, note: Pick<ParsedNote, 'kind' | 'person'>): string | undefined {
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
