/**
 * The one message protocol between the extension host and the panel webview. Both ends
 * validate every message with these schemas and drop (and log) anything else.
 * Webview → host messages start with `ready`; the host sends nothing before it.
 */
import * as z from 'zod/mini';
import { checklistSchema, promptSchema, situationSchema, taxonomySchema, transitionSchema } from '../content/schema';

/** UI chrome strings, localized on the host (vscode.l10n) and handed to the webview. */
export const UI_STRING_KEYS = [
  'tabPrep', 'tabDesign', 'tabHat', 'prepChecklist', 'designPrompts', 'whyCount', 'howCount',
  'hatLabel', 'asksLabel', 'loading', 'noContent', 'situationsSoon',
] as const;
export type UiStringKey = (typeof UI_STRING_KEYS)[number];
export type UiStrings = Record<UiStringKey, string>;

const uiStrings = z.record(z.enum(UI_STRING_KEYS), z.string());

export const panelContentSchema = z.object({
  prompts: z.array(promptSchema),
  checklists: z.array(checklistSchema),
  situations: z.array(situationSchema),
  transitions: z.array(transitionSchema),
  taxonomy: taxonomySchema,
});
export type PanelContent = z.infer<typeof panelContentSchema>;

export const toWebviewSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('init'), content: panelContentSchema, strings: uiStrings }),
]);
export type ToWebview = z.infer<typeof toWebviewSchema>;

export const fromWebviewSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
]);
export type FromWebview = z.infer<typeof fromWebviewSchema>;

/** Parses an incoming message; `undefined` means drop it. */
export function parseMessage<T>(schema: z.ZodMiniType<T>, data: unknown): T | undefined {
  const result = schema.safeParse(data);
  return result.success ? result.data : undefined;
}
