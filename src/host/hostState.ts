/**
 * The one typed wrapper over workspaceState. Every key lives here with the schema of what it
 * holds and its version; the wrapper writes `{ version, data }` itself and reads back only what
 * still has that version and passes the schema, so a later shape is never misread (it reads as
 * absent, or through a migration below).
 */
import type * as vscode from 'vscode';
import * as z from 'zod/mini';
import { panelUiStateSchema, type PanelUiState } from '../core/panel/uiState';

/** A stored value: its key, the version written with it and the schema it must pass when read back. */
interface Slot<T> {
  readonly key: string;
  readonly version: number;
  readonly schema: z.ZodMiniType<T>;
  /** Reads a value stored by an earlier version, when there is a way to. */
  readonly migrate?: (stored: unknown) => unknown;
}

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

const prepTicksSchema = z.object({
  /** The person's newest note when the ticks were made; they count only while it still is. */
  afterNote: z.nullable(z.string()),
  ids: z.array(z.string()),
});
/** Prep-checklist ticks for one person, valid while `afterNote` is still their newest note. */
export type PrepTicks = z.infer<typeof prepTicksSchema>;

const askedSchema = z.record(z.string(), z.record(z.string(), isoDate));
/** When each prompt was last asked, per scope (a person or a review note): scope → id → YYYY-MM-DD. */
export type AskedByScope = z.infer<typeof askedSchema>;

const namesSchema = z.record(z.string(), z.string());

/** Version 1 stored objects flat, with their version beside the fields. */
function fromFlatV1(stored: unknown): unknown {
  if (!stored || typeof stored !== 'object' || (stored as { version?: unknown }).version !== 1) return undefined;
  return Object.fromEntries(Object.entries(stored).filter(([key]) => key !== 'version'));
}

const SLOTS = {
  ticks: (person: string): Slot<PrepTicks> => ({ key: `twoHats.prepTicks/${person}`, version: 2, schema: prepTicksSchema, migrate: fromFlatV1 }),
  asked: { key: 'twoHats.askedLog', version: 2, schema: askedSchema, migrate: (s: unknown) => (fromFlatV1(s) as { asked?: unknown } | undefined)?.asked } satisfies Slot<AskedByScope>,
  ui: { key: 'twoHats.panelUi', version: 2, schema: panelUiStateSchema, migrate: (s: unknown) => s } satisfies Slot<PanelUiState>,
  // Display names of people added before their first note (after that, front matter names them).
  names: { key: 'twoHats.personNames', version: 2, schema: namesSchema, migrate: (s: unknown) => s } satisfies Slot<Record<string, string>>,
} as const;

export class HostState {
  constructor(private readonly memento: vscode.Memento) {}

  private read<T>(slot: Slot<T>): T | undefined {
    const stored = this.memento.get<unknown>(slot.key);
    if (stored === undefined) return undefined;
    const wrapped = stored as { version?: unknown; data?: unknown };
    const data = wrapped?.version === slot.version && 'data' in wrapped ? wrapped.data : slot.migrate?.(stored);
    const parsed = slot.schema.safeParse(data);
    return parsed.success ? parsed.data : undefined;
  }

  private write<T>(slot: Slot<T>, data: T): Thenable<void> {
    return this.memento.update(slot.key, { version: slot.version, data });
  }

  prepTicks(person: string): PrepTicks | undefined {
    return this.read(SLOTS.ticks(person));
  }

  setPrepTicks(person: string, ticks: PrepTicks): Thenable<void> {
    return this.write(SLOTS.ticks(person), ticks);
  }

  asked(): AskedByScope {
    return this.read(SLOTS.asked) ?? {};
  }

  setAsked(asked: AskedByScope): Thenable<void> {
    return this.write(SLOTS.asked, asked);
  }

  personNames(): Readonly<Record<string, string>> {
    return this.read(SLOTS.names) ?? {};
  }

  setPersonName(slug: string, name: string): Thenable<void> {
    return this.write(SLOTS.names, { ...this.personNames(), [slug]: name });
  }

  /** The panel's UI state as last saved, when it still passes the schema. */
  panelUi(): PanelUiState | undefined {
    return this.read(SLOTS.ui);
  }

  setPanelUi(ui: PanelUiState): Thenable<void> {
    return this.write(SLOTS.ui, ui);
  }
}
