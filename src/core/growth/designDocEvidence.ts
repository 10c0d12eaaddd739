/**
 * Design docs a person wrote and design reviews they took part in, as review evidence. A doc's
 * authors are its `author`/`authors` (core/designDocs/docAuthor.ts); a review note's people are
 * its author, its `Reviewers:` line (front matter `reviewers` too) and everyone its sign-off
 * section names (core/decisions/signOff.ts). What each file says is read once, without knowing
 * the people (`docNames`, `reviewNames`): names are matched to people when evidence is assembled.
 * A written name is a person when it is their name (case and blanks ignored), their folder's slug
 * (`@sam-okafor`, `Sam-Okafor`), or a first name no one else on the team has (`@sam`, `Sam`).
 * Pure and linear.
 */
import { ownerDirectory, firstWord, foldWord } from '../commitments/owners';
import type { PersonRef } from '../commitments/commitment';
import { isIsoDate } from '../dates';
import { namesOf } from '../decisions/readDecision';
import { reviewerHandle, signOffOf } from '../decisions/signOff';
import { topFields } from '../decisions/docFields';
import { docAuthor } from '../designDocs/docAuthor';
import { frontMatterField, readMarkdown, type MarkdownStructure } from '../markdown/markdownScan';
import type { DesignDocEvidence } from './evidenceInput';

/** What a design doc or a review note says, people-independent: kept per file version by the host. */
export interface DocNames {
  /** Its only `#` heading, else front matter `title`, else its file name. */
  readonly title: string;
  /** Front matter `date` or a `Date:` line near the top, when it is a real day. */
  readonly date?: string;
  /** The names it gives, as written (authors of a doc; everyone who took part in a review). */
  readonly names: readonly string[];
}

function baseName(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.toLowerCase().endsWith('.md') ? name.slice(0, -3) : name;
}

function titleOf(structure: MarkdownStructure, path: string): string {
  const top = structure.headings.filter((h) => h.level === 1 && h.text !== '');
  if (top.length === 1) return top[0]!.text;
  return frontMatterField(structure.lines, 'title') || baseName(path);
}

function dateOf(structure: MarkdownStructure, top: ReturnType<typeof topFields>): string | undefined {
  for (const raw of [frontMatterField(structure.lines, 'date'), top.get('date')?.value]) {
    const day = raw?.trim().slice(0, 10);
    if (day !== undefined && isIsoDate(day)) return day;
  }
  return undefined;
}

/** Names in an `author`/`reviewers` value: split at commas, `&` and the word `and`, each trimmed. */
function splitNames(value: string | undefined): string[] {
  if (!value) return [];
  const parts: string[] = [];
  for (const piece of value.split(/[,&]/)) {
    let current: string[] = [];
    for (const word of piece.split(/\s+/)) {
      if (word.toLowerCase() === 'and') {
        parts.push(current.join(' '));
        current = [];
      } else if (word !== '') current.push(word);
    }
    parts.push(current.join(' '));
  }
  return namesOf(parts.filter((p) => p !== ''));
}

/** A design doc's title, date and authors. */
export function docNames(path: string, text: string): DocNames {
  const structure = readMarkdown(text);
  const top = topFields(structure);
  const date = dateOf(structure, top);
  return { title: titleOf(structure, path), ...(date ? { date } : {}), names: splitNames(docAuthor(text)) };
}

/** A review note's title, and everyone who took part: its author, its reviewers, everyone its sign-off names. */
export function reviewNames(path: string, text: string): DocNames {
  const structure = readMarkdown(text);
  const top = topFields(structure);
  const reviewers = frontMatterField(structure.lines, 'reviewers') ?? top.get('reviewers')?.value;
  // The review note's own `Author:` line names the reviewed doc's author, who takes part too.
  const signOff = signOffOf(text);
  const names = [
    ...splitNames(docAuthor(text)),
    ...splitNames(reviewers?.replace(/^\[|\]$/g, '')),
    ...[...signOff.signed, ...signOff.missing].map((row) => `@${row.who}`),
  ];
  const date = dateOf(structure, top);
  return { title: titleOf(structure, path), ...(date ? { date } : {}), names: namesOf(names) };
}

/** Blanks folded, case folded: how full names are compared. */
function foldName(name: string): string {
  return foldWord(name.trim().split(/\s+/).join(' '));
}

/** Who a written name is among `people` (see the module comment): their slug, or undefined. */
export function nameResolver(people: readonly PersonRef[]): (written: string) => string | undefined {
  const byName = new Map<string, string | null>();
  for (const p of people) {
    const key = foldName(p.name);
    // Two people with one name: the name alone names neither.
    byName.set(key, byName.has(key) && byName.get(key) !== p.slug ? null : p.slug);
  }
  const directory = ownerDirectory(people);
  return (written) => {
    const name = written.trim().replace(/^@+/, '').trim();
    if (name === '') return undefined;
    const full = byName.get(foldName(name));
    if (full) return full;
    for (const word of [reviewerHandle(name), firstWord(name)]) {
      if (word === '') continue;
      const match = directory(word);
      if (match.kind === 'person') return match.person.slug;
    }
    return undefined;
  };
}

/** A file as the host knows it: its workspace-relative path, what it says, and its day when it says none. */
export interface NamedFile {
  readonly path: string;
  readonly names: DocNames;
  /** The day to date it by when it names no date (the day it last changed; a review note's file-name date). */
  readonly fallbackDate: string;
}

/** The design docs `slug` wrote and the reviews they took part in, as evidence. */
export function designDocEvidence(slug: string, docs: readonly NamedFile[], reviews: readonly NamedFile[], resolve: (written: string) => string | undefined): DesignDocEvidence[] {
  const named = (file: NamedFile) => file.names.names.some((n) => resolve(n) === slug);
  const entry = (file: NamedFile, role: DesignDocEvidence['role']): DesignDocEvidence =>
    ({ title: file.names.title, path: file.path, date: file.names.date ?? file.fallbackDate, role });
  return [...docs.filter(named).map((d) => entry(d, 'author')), ...reviews.filter(named).map((r) => entry(r, 'reviewer'))];
}
