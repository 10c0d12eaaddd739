/**
 * Activation does as little as it can: it registers each contributed command, the markdown
 * completion provider, the design-doc CodeLens provider and the panel as thin stubs, and loads the features (dist/features.js)
 * on the first one used. The panel loads its own chunk on top when the view opens.
 */
import * as vscode from 'vscode';
import { COMMANDS, INTERNAL_COMMANDS, VIEWS } from './core/ids';
import { mayMention } from './core/decisions/mentions';
import { triggerAt, TRIGGER_CHARACTER } from './core/completions/completionTrigger';
import type { Features } from './features';
import { mayBeDesignDoc } from './host/designDocs';
import { targetEditor, trackLastTextEditor } from './host/editorTracker';
import { registerPanel } from './panel/registerPanel';

/** What activate() hands to other extensions and to the integration tests. */
export interface TwoHatsApi {
  /** True once the panel webview has loaded and said `ready`. */
  panelReady(): boolean;
  /** The last message of `type` the panel posted to its page (`goals`, `commitments`…), for tests; undefined before one. */
  panelMessage(type: string): unknown;
  /** Loads the features and lists the command ids that have a handler. */
  commandHandlers(): readonly string[];
  /** The last notifications Two Hats showed, oldest first, as `level: text` (for tests). */
  recentMessages(): readonly string[];
  /** What the bench reads: files read so far by the people index, the profiles and the hat history, and the panel's last refresh. */
  readCounts(): ReadCounts;
  /** Loads every note of the notes index (the first call builds it cold) and says how long it took and what it read. */
  indexBuild(): Promise<{ readonly ms: number; readonly files: number; readonly reads: number }>;
  /** The Team view's rows as VS Code reads them (for tests and the bench). */
  teamView(): {
    getChildren(node?: import('./team/teamView').TeamNode): Promise<import('./team/teamView').TeamNode[]>;
    getTreeItem(node: import('./team/teamView').TeamNode): vscode.TreeItem;
  };
  /** The Decisions view's data (loads the features): its rows through getChildren and getTreeItem, for tests. */
  decisionsView(): vscode.TreeDataProvider<unknown>;
  /** The Commitments view's rows as its provider gives them (integration tests). */
  commitmentsTree(): Features['commitmentsTree'];
}

export interface ReadCounts {
  readonly listings: number;
  readonly noteReads: number;
  readonly profileReads: number;
  readonly hatReads: number;
  readonly lastRefresh: { readonly ms: number; readonly at: number } | undefined;
  /** How long the status bar's last refresh took (ms). */
  readonly statusBarMs: number | undefined;
}

const STATUS_BAR_DELAY_MS = 2000;

export function activate(context: vscode.ExtensionContext): TwoHatsApi {
  trackLastTextEditor(context);
  let features: Features | undefined;
  const lensesChanged = new vscode.EventEmitter<void>();
  const teamChanged = new vscode.EventEmitter<void>();
  const commitmentsChanged = new vscode.EventEmitter<void>();
  const commitmentsView: { view?: vscode.TreeView<unknown> } = {};
  const load = (): Features => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy chunk built beside extension.js
    features ??= (require('./features.js') as typeof import('./features')).createFeatures(context, targetEditor, () => lensesChanged.fire(), () => teamChanged.fire(), {
      changed: () => commitmentsChanged.fire(),
      describe: (text) => { if (commitmentsView.view) commitmentsView.view.description = text; },
    });
    return features;
  };

  // Open Panel belongs to the panel (registerPanel); every other command is routed to the features.
  const routed = [...Object.values(COMMANDS).filter((id) => id !== COMMANDS.openPanel), ...Object.values(INTERNAL_COMMANDS)];
  for (const id of routed) {
    context.subscriptions.push(vscode.commands.registerCommand(id, (...args: unknown[]) => load().run(id, args)));
  }
  context.subscriptions.push(vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, {
    // Only a `;;` before the cursor loads the features: Ctrl+Space in ordinary prose stays cheap.
    provideCompletionItems: (document, position) => (triggerAt(document.lineAt(position.line).text.slice(0, position.character))
      ? load().completions.provideCompletionItems(document, position) : undefined),
  }, TRIGGER_CHARACTER));
  // `@` in a task item (`- [ ] … @`) offers @me and the people, `📅 ` or `due ` the days; anything else never loads the features
  // (the same test as completions/ownerCompletions.ts TASK_LINE, kept here so the shell stays small).
  context.subscriptions.push(vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, {
    provideCompletionItems: (document, position) => {
      const prefix = document.lineAt(position.line).text.slice(0, position.character);
      return /(?:@[\p{L}\p{N}._-]*|📅\uFE0F?\s*[\d-]{0,10}|\bdue:?\s+[\d-]{0,10})$/u.test(prefix) && /^[\s>]*(?:[-*+]|\d{1,9}[.)])\s+\[[ xX]\]\s/.test(prefix) ? load().ownerCompletions.provideCompletionItems(document, position) : undefined;
    },
  }, '@', ' '));
  // Design-doc CodeLens: a markdown file that is plainly not a design doc (outside the design-doc
  // globs, fewer than three headings) never loads the features; the rest is decided there.
  context.subscriptions.push(lensesChanged, vscode.languages.registerCodeLensProvider({ language: 'markdown' }, {
    onDidChangeCodeLenses: lensesChanged.event,
    provideCodeLenses: (document) => (mayBeDesignDoc(document) ? load().codeLens.provideCodeLenses(document) : undefined),
  }));
  // The Team view loads the features only when it is shown (VS Code asks for its rows then).
  type TeamNode = import('./team/teamView').TeamNode;
  context.subscriptions.push(teamChanged, vscode.window.registerTreeDataProvider<TeamNode>(VIEWS.team, {
    onDidChangeTreeData: teamChanged.event as vscode.Event<void>,
    getChildren: (node) => load().team.getChildren(node),
    getTreeItem: (node) => load().team.getTreeItem(node),
  }));
  // The Decisions view: its rows come from the features once VS Code asks for them (the view is shown).
  const decisionsChanged = new vscode.EventEmitter<unknown>();
  let forwarding: vscode.Disposable | undefined;
  const decisionsView = (): Features['decisionsView'] => {
    const view = load().decisionsView;
    forwarding ??= view.onDidChangeTreeData((row) => decisionsChanged.fire(row));
    return view;
  };
  context.subscriptions.push(decisionsChanged, { dispose: () => forwarding?.dispose() }, vscode.window.createTreeView(VIEWS.decisions, {
    treeDataProvider: {
      onDidChangeTreeData: decisionsChanged.event,
      getChildren: (row?: unknown) => decisionsView().getChildren(row as Parameters<Features['decisionsView']['getChildren']>[0]),
      getTreeItem: (row: unknown) => decisionsView().getTreeItem(row as Parameters<Features['decisionsView']['getTreeItem']>[0]),
    },
    showCollapseAll: true,
  }));
  // Links and hovers from a mention of a decision (`ADR-7`, `RFC 12`, a link to a doc) in any file:
  // a text without `adr`, `rfc` or `.md` never loads the features (one pass over its characters).
  const anyFile: vscode.DocumentSelector = ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web'].map((scheme) => ({ scheme }));
  context.subscriptions.push(
    vscode.languages.registerDocumentLinkProvider(anyFile, {
      provideDocumentLinks: (document) => (mayMention(document.getText()) ? load().decisionLinks.provideDocumentLinks(document) : undefined),
    }),
    vscode.languages.registerHoverProvider(anyFile, {
      provideHover: (document, position) => (mayMention(document.lineAt(position.line).text) ? load().decisionLinks.provideHover(document, position) : undefined),
    }),
  );
  const panel = registerPanel(context, () => load().services);
  // The Commitments view: a stub provider that loads the features when the view first asks for rows.
  type Node = Parameters<Features['commitmentsTree']['getTreeItem']>[0];
  commitmentsView.view = vscode.window.createTreeView<unknown>(VIEWS.commitments, {
    treeDataProvider: {
      onDidChangeTreeData: commitmentsChanged.event,
      getChildren: (node) => load().commitmentsTree.getChildren(node as Node | undefined),
      getTreeItem: (node) => load().commitmentsTree.getTreeItem(node as Node),
    },
    showCollapseAll: true,
  });
  context.subscriptions.push(commitmentsChanged, commitmentsView.view);
  // The "1:1s due" status-bar item needs a scan of the notes: never inside activate(), a moment after start-up.
  if (vscode.workspace.workspaceFolders) setTimeout(() => load().startStatusBar(), STATUS_BAR_DELAY_MS);
  return {
    panelReady: () => panel.isReady,
    panelMessage: (type) => panel.lastMessage(type),
    commandHandlers: () => load().commandIds,
    recentMessages: () => load().recentMessages(),
    teamView: () => load().team,
    decisionsView: () => decisionsView() as vscode.TreeDataProvider<unknown>,
    commitmentsTree: () => load().commitmentsTree,
    indexBuild: async () => {
      const { notes } = load().services;
      const index = await notes.ready();
      const reads = notes.readCounts.reads + notes.readCounts.profileReads;
      const started = performance.now();
      await index.loadAll();
      const ms = performance.now() - started;
      return { ms, files: [...index.all()].length, reads: notes.readCounts.reads + notes.readCounts.profileReads - reads };
    },
    readCounts: () => {
      const features = load();
      const { notes, hatHistory } = features.services;
      return {
        listings: notes.readCounts.listings, noteReads: notes.readCounts.reads, profileReads: notes.readCounts.profileReads, hatReads: hatHistory.reads,
        lastRefresh: panel.lastRefresh, statusBarMs: features.statusBarRefreshMs(),
      };
    },
  };
}

export function deactivate(): void {}
