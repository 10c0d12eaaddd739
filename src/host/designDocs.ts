/**
 * Which markdown documents are design docs: those matched by `twoHats.designDocs` (globs relative
 * to their workspace folder), or any markdown whose headings name at least MIN_DESIGN_DOC_PHASES
 * review phases. Two Hats' own notes (under the notes folder, or with `kind: one-on-one` or
 * `kind: design-review` in their front matter) never are. No dialogs, no file reads: everything
 * here reads the open document and the settings.
 */
import * as vscode from 'vscode';
import { SETTINGS, SETTINGS_SECTION } from '../core/ids';
import { MEETING_KINDS } from '../core/content/taxonomy';
import { frontMatterField, mayBeHeadingLine } from '../core/markdown/markdownScan';

/** The `kind:` values of Two Hats' own notes: a 1:1 or review note, and every kind of meeting beside them. */
const TWO_HATS_NOTE_KINDS = new Set<string>(['one-on-one', 'design-review', ...MEETING_KINDS.filter((k) => k !== 'regular')]);
import type { NotesFolder } from './notesFolder';

/** A markdown file outside the design-doc globs is a design doc when its headings name this many phases. */
export const MIN_DESIGN_DOC_PHASES = 3;

export function codeLensEnabled(scope?: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration(SETTINGS_SECTION, scope).get<boolean>(SETTINGS.codeLensEnabled, true);
}

/**
 * Whether the document's path matches one of the `twoHats.designDocs` globs (default in
 * package.json: docs/, rfcs/, rfc/, adr/ and design/ folders), relative to its workspace folder.
 */
export function matchesDesignDocGlobs(document: vscode.TextDocument): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  const globs = vscode.workspace.getConfiguration(SETTINGS_SECTION, document.uri).get(SETTINGS.designDocs);
  return !!folder && Array.isArray(globs) && globs.some((glob) => typeof glob === 'string' && vscode.languages.match({ pattern: new vscode.RelativePattern(folder, glob) }, document) > 0);
}

/**
 * The activation shell's cheap test of a markdown document, before anything is loaded: CodeLens
 * is on, and the text has MIN_DESIGN_DOC_PHASES heading lines or the path matches the globs. A
 * false answer means it is plainly not a design doc; a true one is checked from its headings later.
 */
export function mayBeDesignDoc(document: vscode.TextDocument): boolean {
  if (!codeLensEnabled(document.uri)) return false;
  for (let i = 0, headings = 0; i < document.lineCount; i++) {
    if (mayBeHeadingLine(document.lineAt(i).text) && ++headings >= MIN_DESIGN_DOC_PHASES) return true;
  }
  return matchesDesignDocGlobs(document);
}

/** `docs/rfc.md` for a file inside a workspace folder (relative to it, `/`-separated), else undefined. */
export function workspacePath(uri: vscode.Uri): string | undefined {
  return vscode.workspace.getWorkspaceFolder(uri) ? vscode.workspace.asRelativePath(uri, false).replace(/\\/g, '/') : undefined;
}

/** A Two Hats note (a 1:1 or a review note) rather than a doc: under the notes folder, or `kind` says so. */
export function isTwoHatsNote(document: vscode.TextDocument, notes: NotesFolder): boolean {
  const root = notes.root();
  if (root && document.uri.scheme === root.scheme && document.uri.path.startsWith(`${root.path}/`)) return true;
  // Front matter is short: the first 40 lines are enough to find `kind`.
  const kind = frontMatterField({ count: Math.min(document.lineCount, 40), at: (i) => document.lineAt(i).text }, 'kind');
  return kind !== undefined && TWO_HATS_NOTE_KINDS.has(kind);
}

/** Whether `document`, whose headings name `phases` review phases, is a design doc (see the module comment). */
export function isDesignDoc(document: vscode.TextDocument, phases: number, notes: NotesFolder): boolean {
  if (document.languageId !== 'markdown' || isTwoHatsNote(document, notes)) return false;
  return phases >= MIN_DESIGN_DOC_PHASES || matchesDesignDocGlobs(document);
}
