/**
 * People's profiles (`<notes>/one-on-ones/<slug>/person.md`) on disk and in open editors: reading
 * them (a malformed one is reported on its line in the Problems panel and in the log, then
 * ignored), when each person's next 1:1 is due, and the edits that add and take talking points.
 * Every edit goes through a WorkspaceEdit, so undo works and an open profile with unsaved changes
 * is edited in its editor and never overwritten on disk. No dialogs.
 */
import * as vscode from 'vscode';
import { dueWords, withDueDates, type Cadence } from '../core/people/cadence';
import { ONE_ON_ONES_FOLDER } from '../core/notes/noteNames';
import { newProfileText, parseProfile, PROFILE_FILE, type ParsedProfile, type Profile, type ProfileProblem } from '../core/people/profile';
import { appendTalkingPoint, takeTalkingPoints, talkingPoints, type TalkingPoint } from '../core/people/talkingPoints';
import type { Person } from '../core/people/person';
import { appendToSection, profileSections, type TextInsert, type TextReplace } from '../core/people/profileSections';
import { splitLines } from '../core/markdown/markdownScan';
import { createNoteFile, type CreateResult, type ExtraEdits } from './noteWriter';
import type { NotesFolder } from './notesFolder';

export interface ProfileRead {
  readonly uri: vscode.Uri;
  /** The text as the lead sees it (an open editor's, else the file's); undefined when there is no person.md. */
  readonly text?: string;
  /** Undefined when there is no profile or it is malformed (then reported). */
  readonly profile?: Profile;
}

/**
 * Talking points taken for a new note: their lines, and as its extra edits their deletions from
 * person.md; once applied, the profile is saved when it had no unsaved changes before (an open,
 * changed one stays as the lead left it).
 */
export interface PointsTaken extends ExtraEdits {
  readonly lines: readonly string[];
  readonly count: number;
}

export type AddPointResult =
  | { readonly added: true; readonly uri: vscode.Uri; readonly line: number }
  | { readonly added: false; readonly uri?: vscode.Uri; readonly reason: string };

export class PersonProfiles implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('twoHats.profiles');
  /** The text of open editors as last parsed, with what parsing it gave (files on disk are parsed by the notes index). */
  private readonly parsed = new Map<string, { readonly text: string; readonly parsed: ParsedProfile }>();
  /** What was last reported per file, so a problem is logged once, not at every refresh. */
  private readonly reported = new Map<string, string>();
  private readonly disposables: vscode.Disposable[] = [this.diagnostics];

  constructor(private readonly notes: NotesFolder, private readonly log: vscode.LogOutputChannel) {}

  uriOf(slug: string): vscode.Uri | undefined {
    const folder = this.notes.personFolder(slug);
    return folder && vscode.Uri.joinPath(folder, PROFILE_FILE);
  }

  /**
   * The person's profile as the lead sees it: an open editor's text (unsaved changes included),
   * else the notes index's (read from disk once per file version); a malformed one is reported
   * with its line and comes back without `profile`.
   */
  async read(slug: string): Promise<ProfileRead | undefined> {
    const uri = this.uriOf(slug);
    if (!uri) return undefined;
    let text: string | undefined;
    let parsed: ParsedProfile | undefined;
    const open = this.openDocument(uri);
    if (open) {
      text = open.getText();
      const key = uri.toString();
      const known = this.parsed.get(key);
      parsed = known?.text === text ? known.parsed : parseProfile(text);
      if (known?.text !== text) this.parsed.set(key, { text, parsed });
    } else {
      const path = `${ONE_ON_ONES_FOLDER}/${slug}/${PROFILE_FILE}`;
      const index = await this.notes.ready();
      await index.load([path]);
      const facts = index.get(path)?.value;
      text = facts?.text;
      parsed = facts?.profile;
    }
    if (text === undefined) {
      this.report(uri, []);
      return { uri };
    }
    this.report(uri, parsed?.problems ?? []);
    return { uri, text, ...(parsed?.profile ? { profile: parsed.profile } : {}) };
  }

  /** The person's pending talking points, in order. */
  async points(slug: string): Promise<TalkingPoint[]> {
    const read = await this.read(slug);
    return read?.text === undefined ? [] : talkingPoints(read.text);
  }

  /** An open editor's text, else the file's as it is on disk now (for an edit); undefined when the file does not exist. */
  private async textOf(uri: vscode.Uri): Promise<string | undefined> {
    const open = this.openDocument(uri);
    if (open) return open.getText();
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  }

  private report(uri: vscode.Uri, problems: readonly ProfileProblem[]): void {
    const key = uri.toString();
    const said = problems.map((p) => `${p.line}:${problemText(p)}`).join('\n');
    if ((this.reported.get(key) ?? '') === said) return;
    this.reported.set(key, said);
    if (problems.length === 0) {
      this.diagnostics.delete(uri);
      return;
    }
    this.diagnostics.set(uri, problems.map((p) => {
      const d = new vscode.Diagnostic(new vscode.Range(p.line, 0, p.line, Number.MAX_SAFE_INTEGER), problemText(p), vscode.DiagnosticSeverity.Warning);
      d.source = 'Two Hats';
      return d;
    }));
    for (const p of problems) this.log.warn(`Ignored the profile ${vscode.workspace.asRelativePath(uri)}, line ${p.line + 1}: ${problemText(p)}`);
  }

  /**
   * `people` with their profiles: the profile's name, and when the next 1:1 is due for those
   * with a cadence; ordered most overdue first, then the others by name.
   */
  async withDue(people: readonly Person[], today: string): Promise<Person[]> {
    return withDueDates(people, async (slug) => (await this.read(slug))?.profile, today,
      (person, error) => this.log.error(`Could not read the profile of ${person.slug}; they are listed without a due date: ${error instanceof Error ? error.message : String(error)}`));
  }

  /** Writes a new profile; never replaces one that exists. */
  async create(slug: string, name: string, cadence?: Cadence): Promise<CreateResult> {
    const uri = this.uriOf(slug);
    if (!uri) return { created: false, exists: false, reason: vscode.l10n.t('{0} is not a safe folder name', slug) };
    return createNoteFile(uri, newProfileText(name, cadence));
  }

  /** Appends `- [ ] <point>` under `## Next 1:1` (creating person.md or the section when missing). */
  async addPoint(slug: string, name: string, point: string): Promise<AddPointResult> {
    const uri = this.uriOf(slug);
    if (!uri) return { added: false, reason: vscode.l10n.t('{0} is not a safe folder name', slug) };
    const text = await this.textOf(uri);
    if (text === undefined) {
      const result = await createNoteFile(uri, newProfileText(name, undefined, [point]));
      if (result.created) return { added: true, uri, line: talkingPoints(newProfileText(name, undefined, [point]))[0]?.line ?? 0 };
      return { added: false, uri, reason: result.exists ? vscode.l10n.t('a file appeared there meanwhile; try again') : result.reason };
    }
    const insert = appendTalkingPoint(text, point);
    const wasDirty = this.openDocument(uri)?.isDirty ?? false;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(insert.at.line, insert.at.character), insert.text);
    if (!await vscode.workspace.applyEdit(edit)) return { added: false, uri, reason: vscode.l10n.t('the editor refused the edit') };
    await this.saveUnlessDirty(uri, wasDirty);
    const line = insert.at.line + insert.text.slice(0, insert.text.indexOf('- [ ] ')).split(/\r\n|\r|\n/).length - 1;
    return { added: true, uri, line };
  }

  /**
   * Appends `line` (a whole markdown line) to the first section named `heading` of the person's
   * person.md (`## Goals`, `## Wins`, `## Feedback`), creating the section at the end when there
   * is none, and person.md itself when it does not exist. One WorkspaceEdit (Undo works); an open
   * person.md with unsaved changes is edited in its editor and left unsaved. `sections` is how
   * many sections of that name the profile had (more than one: the line went into the first).
   */
  async addToSection(slug: string, name: string, heading: string, line: string): Promise<AddPointResult & { readonly sections?: number }> {
    const uri = this.uriOf(slug);
    if (!uri) return { added: false, reason: vscode.l10n.t('{0} is not a safe folder name', slug) };
    const text = await this.textOf(uri);
    if (text === undefined) {
      const base = newProfileText(name);
      const insert = appendToSection(base, heading, line);
      const full = applyInsert(base, insert);
      const result = await createNoteFile(uri, full);
      if (result.created) return { added: true, uri, line: insertedLine(insert, line), sections: 0 };
      return { added: false, uri, reason: result.exists ? vscode.l10n.t('a file appeared there meanwhile; try again') : result.reason };
    }
    const sections = profileSections(splitLines(text), heading).length;
    const insert = appendToSection(text, heading, line);
    const wasDirty = this.openDocument(uri)?.isDirty ?? false;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(insert.at.line, insert.at.character), insert.text);
    if (!await vscode.workspace.applyEdit(edit)) return { added: false, uri, reason: vscode.l10n.t('the editor refused the edit') };
    await this.saveUnlessDirty(uri, wasDirty);
    return { added: true, uri, line: insertedLine(insert, line), sections };
  }

  /** The pending points, for Start 1:1 Note to move into the new note in the same WorkspaceEdit. */
  async takePoints(slug: string): Promise<PointsTaken> {
    const uri = this.uriOf(slug);
    const text = uri && await this.textOf(uri);
    const taken = text === undefined ? undefined : takeTalkingPoints(text);
    if (!uri || !taken || taken.points.length === 0) return { lines: [], count: 0, addTo: () => undefined, afterApplied: async () => undefined };
    const wasDirty = this.openDocument(uri)?.isDirty ?? false;
    return {
      lines: taken.lines,
      count: taken.points.length,
      addTo: (edit) => {
        for (const d of taken.deletions) edit.delete(uri, new vscode.Range(d.start.line, d.start.character, d.end.line, d.end.character));
      },
      afterApplied: () => this.saveUnlessDirty(uri, wasDirty),
    };
  }

  /**
   * Replacements in the person's person.md (feedback ticked as delivered) that travel with a new
   * note's WorkspaceEdit: both or neither. Once applied, person.md is saved unless it had unsaved
   * changes before. Undefined when there is nothing to replace.
   */
  replaceEdits(slug: string, replaces: readonly TextReplace[]): ExtraEdits | undefined {
    const uri = this.uriOf(slug);
    if (!uri || replaces.length === 0) return undefined;
    const wasDirty = this.openDocument(uri)?.isDirty ?? false;
    return {
      addTo: (edit) => {
        for (const r of replaces) edit.replace(uri, new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character), r.text);
      },
      afterApplied: () => this.saveUnlessDirty(uri, wasDirty),
    };
  }

  /** A WorkspaceEdit leaves a file it opened for the edit unsaved: save it, unless the lead had unsaved changes there. */
  private async saveUnlessDirty(uri: vscode.Uri, wasDirty: boolean): Promise<void> {
    if (wasDirty) return;
    // The document the edit loaded (or the open one), holding the edit.
    const doc = await vscode.workspace.openTextDocument(uri);
    if (doc.isDirty && !await doc.save()) this.log.warn(`Could not save ${vscode.workspace.asRelativePath(uri)} after editing its talking points.`);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** A profile problem in the lead's words, with what Two Hats does about it. */
export function problemText(p: ProfileProblem): string {
  const found = p.detail ?? '';
  const words: Record<ProfileProblem['code'], () => string> = {
    yaml: () => vscode.l10n.t('The front matter is not valid YAML: {0}.', found),
    name: () => vscode.l10n.t('name: must be the person\'s name (found "{0}").', found),
    role: () => vscode.l10n.t('role: must be text (found "{0}").', found),
    cadence: () => vscode.l10n.t('cadence: must be weekly, biweekly, monthly or a number of days (found "{0}").', found),
    git: () => vscode.l10n.t('git: must be a list of author emails or names (found "{0}").', found),
    started: () => vscode.l10n.t('started: must be a date such as 2026-01-31 (found "{0}").', found),
  };
  const what = words[p.code]();
  return `${what} ${vscode.l10n.t('Two Hats ignores this profile until it is fixed.')}`;
}

/** When the next 1:1 is due, in words: `overdue 3 d`, `due today`, `in 4 d`. */
export function dueText(overdue: number): string {
  const words = dueWords({ due: '', overdue });
  return words.kind === 'overdue' ? vscode.l10n.t('overdue {0} d', words.days)
    : words.kind === 'today' ? vscode.l10n.t('due today') : vscode.l10n.t('in {0} d', words.days);
}

/** A cadence in words: `Weekly`, `Every 2 weeks`, `Monthly`, `Every 10 days`. */
export function cadenceText(cadence: Cadence): string {
  return cadence === 'weekly' ? vscode.l10n.t('Weekly') : cadence === 'biweekly' ? vscode.l10n.t('Every 2 weeks')
    : cadence === 'monthly' ? vscode.l10n.t('Monthly') : vscode.l10n.t('Every {0} days', cadence);
}

/** `text` with `insert` applied (an insert at a line and character of it). */
function applyInsert(text: string, insert: TextInsert): string {
  const lines = splitLines(text);
  let offset = 0;
  // splitLines drops the breaks: find the line's start by walking the original text.
  for (let l = 0; l < insert.at.line; l++) {
    offset += lines[l]!.length;
    offset += text[offset] === '\r' && text[offset + 1] === '\n' ? 2 : 1;
  }
  offset += insert.at.character;
  return text.slice(0, offset) + insert.text + text.slice(offset);
}

/** The 0-based line `line` lands on once `insert` is applied (its first line inside the inserted text). */
function insertedLine(insert: TextInsert, line: string): number {
  const before = insert.text.slice(0, insert.text.indexOf(line));
  return insert.at.line + splitLines(before).length - 1;
}
