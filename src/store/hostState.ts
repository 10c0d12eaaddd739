/**
 * The one typed wrapper over workspaceState. Keys live here and nowhere else; each stored
 * object carries a version so a later shape can be migrated instead of misread.
 */
import type * as vscode from 'vscode';
import type { PanelUiState } from '../panel/protocol';

/** Prep-checklist ticks for one person, valid while `afterNote` is still their newest note. */
export interface PrepTicks {
  readonly version: 1;
  readonly afterNote: string | null;
  readonly ids: readonly string[];
}

/** When each prompt was last asked, per person slug or per review note: id → YYYY-MM-DD. */
export interface AskedLog {
  readonly version: 1;
  readonly asked: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

const KEYS = {
  ticks: (person: string) => `twoHats.prepTicks/${person}`,
  asked: 'twoHats.askedLog',
  ui: 'twoHats.panelUi',
  names: 'twoHats.personNames',
} as const;

export class HostState {
  constructor(private readonly memento: vscode.Memento) {}

  prepTicks(person: string): PrepTicks | undefined {
    const value = this.memento.get<PrepTicks>(KEYS.ticks(person));
    return value?.version === 1 ? value : undefined;
  }

  setPrepTicks(person: string, ticks: PrepTicks): Thenable<void> {
    return this.memento.update(KEYS.ticks(person), ticks);
  }

  askedLog(): AskedLog {
    const value = this.memento.get<AskedLog>(KEYS.asked);
    return value?.version === 1 ? value : { version: 1, asked: {} };
  }

  /** Records (or with `date` undefined, forgets) that `promptId` was asked in `scope`. */
  setAsked(scope: string, promptIds: readonly string[], date: string | undefined): Thenable<void> {
    const log = this.askedLog();
    const entries = { ...(log.asked[scope] ?? {}) };
    for (const id of promptIds) {
      if (date) entries[id] = date;
      else delete entries[id];
    }
    return this.memento.update(KEYS.asked, { version: 1, asked: { ...log.asked, [scope]: entries } } satisfies AskedLog);
  }

  /** Display names of people added before their first note (after that, front matter names them). */
  personNames(): Readonly<Record<string, string>> {
    return this.memento.get<Record<string, string>>(KEYS.names) ?? {};
  }

  setPersonName(slug: string, name: string): Thenable<void> {
    return this.memento.update(KEYS.names, { ...this.personNames(), [slug]: name });
  }

  /** The stored panel UI state, unchecked: the panel validates it (the schema lives with the panel). */
  panelUi(): unknown {
    return this.memento.get(KEYS.ui);
  }

  setPanelUi(ui: PanelUiState): Thenable<void> {
    return this.memento.update(KEYS.ui, ui);
  }
}

/** Scope keys for the asked log: a person, or a review note. */
export const askedScope = {
  person: (slug: string) => `person:${slug}`,
  note: (uri: string) => `note:${uri}`,
};
