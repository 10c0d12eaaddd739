/**
 * The asked log: which prompts the lead asked, to whom or in which review note, and when. The
 * one home of that idea: Insert Prompt, accepted completions and the panel all record and read
 * it here. A prompt asked in a 1:1 note is asked to the person (it follows them from note to
 * note); one asked in any other document is asked in that document.
 */
import type * as vscode from 'vscode';
import { isoDate } from '../core/dates';
import type { HostState } from './hostState';
import type { NotesFolder } from './notesFolder';

/** A person (`person:<folder>`), a document (`note:<uri>`), or no document at all. */
export type AskedScope = `person:${string}` | `note:${string}` | 'general';

export class AskedLog {
  constructor(private readonly state: HostState, private readonly notes: NotesFolder) {}

  static person(slug: string): AskedScope {
    return `person:${slug}`;
  }

  /** The scope of prompts asked in `uri`: its person for a 1:1 note, else the document itself. */
  scopeOf(uri: vscode.Uri | undefined): AskedScope {
    if (!uri) return 'general';
    const person = this.notes.personOfNote(uri);
    return person ? AskedLog.person(person) : `note:${uri.toString()}`;
  }

  /** Prompt id → the day it was last asked in `scope`. */
  askedIn(scope: AskedScope): Readonly<Record<string, string>> {
    return this.state.asked()[scope] ?? {};
  }

  /** Records that `ids` were asked today in `document`. */
  record(document: vscode.Uri, ids: readonly string[], today = isoDate(new Date())): Thenable<void> {
    return this.set(this.scopeOf(document), ids, today);
  }

  /** Marks `ids` asked on `date` in `scope`, or with `date` undefined forgets that they were. */
  set(scope: AskedScope, ids: readonly string[], date: string | undefined): Thenable<void> {
    const all = this.state.asked();
    const entries = { ...(all[scope] ?? {}) };
    for (const id of ids) {
      if (date) entries[id] = date;
      else delete entries[id];
    }
    return this.state.setAsked({ ...all, [scope]: entries });
  }
}
