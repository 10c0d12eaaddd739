/** The webview's state: what the host sent, the UI state, and the one way to change either. */
import type { CoverageView, FromWebview, OpenItemView, PanelContent, PersonSummary, ToWebview, UiStrings } from '../core/panel/protocol';
import { defaultUiState, panelUiStateSchema, type PanelUiState } from '../core/panel/uiState';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

export interface PrepData {
  readonly person: string;
  readonly ticks: readonly string[];
  readonly openItems: readonly OpenItemView[];
  readonly asked: Readonly<Record<string, string>>;
}

export interface Model {
  content?: PanelContent;
  strings?: UiStrings;
  ui: PanelUiState;
  people?: readonly PersonSummary[];
  allOpenItems?: readonly (OpenItemView & { person: string })[];
  /** What the host could not read, one line each. */
  problems?: readonly string[];
  prep?: PrepData;
  review?: { coverage?: CoverageView; asked: readonly string[] };
  /** The selected person's cadence, talking points and commits since the last 1:1. */
  memory?: Extract<ToWebview, { type: 'prepMemory' }>;
  /** What the lead and the selected person owe each other. */
  commitments?: Extract<ToWebview, { type: 'commitments' }>;
  /** The selected person's open goals (never a private one) with where each stands in the 1:1s. */
  goals?: Extract<ToWebview, { type: 'goals' }>;
  /** The selected person's evidence per month over the Team view's six months, with its flags. */
  evidence?: Extract<ToWebview, { type: 'evidenceMonths' }>;
  /** Sections the user opened or closed, by key; kept across re-renders (not persisted). */
  expanded: Map<string, boolean>;
  /** The selected person's last 1:1s and the last reviews, with their hat mix. */
  hatBalance?: Extract<ToWebview, { type: 'hatBalance' }>;
  /** The lead's reflection notes of the last three months. */
  reflections?: Extract<ToWebview, { type: 'reflections' }>;
}

const api = acquireVsCodeApi();
const restored = panelUiStateSchema.safeParse(api.getState());
/** The UI state this page saved before a reload, sent to the host with `ready`. */
export const restoredUi: PanelUiState | undefined = restored.success ? restored.data : undefined;

export const model: Model = { ui: restoredUi ?? defaultUiState, expanded: new Map() };

let rerender: () => void = () => undefined;
let renderPending = false;
export function onChange(render: () => void): void {
  rerender = render;
}
/**
 * The host's data changed: re-render before the next frame. Messages that arrive together (init,
 * people and prep when the panel opens) cost one render, not one each.
 */
export function changed(): void {
  if (renderPending) return;
  renderPending = true;
  requestAnimationFrame(() => {
    renderPending = false;
    rerender();
  });
}

export function post(message: FromWebview): void {
  api.postMessage(message);
}

/** Takes UI state the host decided on, keeping a copy for the next reload; the caller re-renders. */
export function adoptUi(ui: PanelUiState): void {
  model.ui = ui;
  api.setState(ui);
}

/** The user changed the UI state: saves it in the webview, tells the host (its owner), re-renders. */
export function setUi(patch: Partial<PanelUiState>): void {
  model.ui = { ...model.ui, ...patch, savedAt: Date.now() };
  api.setState(model.ui);
  post({ type: 'ui', state: model.ui });
  rerender();
}

export function s(key: keyof UiStrings, ...args: (string | number)[]): string {
  const text = model.strings?.[key] ?? key;
  return text.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
