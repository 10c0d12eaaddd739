/**
 * What the panel remembers about itself (not content): its tab, lens, filters and the selected
 * person. Stored by the host (host/hostState.ts) and by the webview (its own state), validated on
 * both sides with this schema; the wire protocol (protocol.ts) carries it in `init` and `ui`.
 */
import * as z from 'zod/mini';
import { CATEGORIES, DEPTHS, HATS } from '../content/taxonomy';
import { isSafeSegment } from '../notes/slug';

export const TABS = ['prep', 'design', 'hat'] as const;
export type Tab = (typeof TABS)[number];
export const LENSES = ['why', 'how', 'both'] as const;

/** A person's folder name: any single safe path segment (hand-made folders are people too). */
const slug = z.string().check(z.maxLength(255), z.refine(isSafeSegment));

export const panelUiStateSchema = z.strictObject({
  version: z.literal(1),
  tab: z.enum(TABS),
  lens: z.enum(LENSES),
  person: z.optional(slug),
  category: z.optional(z.enum(CATEGORIES)),
  depth: z.optional(z.enum(DEPTHS)),
  hat: z.optional(z.enum(HATS)),
  situationFilter: z.string().check(z.maxLength(200)),
  /** When this state was saved (ms since epoch): of two saved copies, the newer wins. */
  savedAt: z.optional(z.number()),
});
/** What the panel remembers about itself (not content): tab, lens, filters, person. */
export type PanelUiState = z.infer<typeof panelUiStateSchema>;

export const defaultUiState: PanelUiState = { version: 1, tab: 'prep', lens: 'both', situationFilter: '' };

/** Whether two UI states show the same thing (when each was saved aside). */
export function sameUi(a: PanelUiState, b: PanelUiState): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof PanelUiState>;
  keys.delete('savedAt');
  return [...keys].every((k) => a[k] === b[k]);
}
