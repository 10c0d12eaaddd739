/**
 * Everything behind the palette commands and completions, built as its own chunk
 * (dist/features.js) and loaded on the first command, completion or panel open, so that
 * activation itself stays small (see extension.ts).
 */
import * as vscode from 'vscode';
import { DesignDocLenses } from './codelens/designDocLenses';
import { registerAddGoal } from './commands/addGoal';
import { registerAddTalkingPoint } from './commands/addTalkingPoint';
import { registerAskPhasePrompts } from './commands/askPhasePrompts';
import type { CommandHandler, CommandRegistry } from './commands/shared/commandRegistry';
import { registerCopyShareableNote } from './commands/copyShareableNote';
import { registerDecisionCommands } from './commands/decisions';
import { registerHatReport } from './commands/hatReport';
import { registerInsertChecklist } from './commands/insertChecklist';
import { registerInsertCommits } from './commands/insertCommits';
import { registerInsertPrompt } from './commands/insertPrompt';
import { registerLogFeedback } from './commands/logFeedback';
import { registerLogWin } from './commands/logWin';
import { registerAddPerson } from './commands/addPerson';
import { registerRecordAsked } from './commands/recordAsked';
import { registerReviewEvidence } from './commands/reviewEvidence';
import { recentMessages } from './commands/shared/notify';
import { registerShowPerson } from './commands/showPerson';
import { registerStartDesignReview } from './commands/startDesignReview';
import { registerStartDocReview } from './commands/startDocReview';
import { registerStartOneOnOne } from './commands/startOneOnOne';
import { registerStartReflection } from './commands/startReflection';
import { registerValidateContent } from './commands/validateContent';
import { registerWhichHat } from './commands/whichHat';
import { TwoHatsCompletions } from './completions/completionProvider';
import { AskedLog } from './host/askedLog';
import { ContentService } from './host/contentService';
import { Decisions, revisitDueSource } from './host/decisions';
import { GitHistory } from './host/gitHistory';
import { Growth } from './host/growth';
import { HatHistory } from './host/hatHistory';
import { HostState } from './host/hostState';
import { NotesFolder } from './host/notesFolder';
import { PersonFocus } from './host/personFocus';
import { PersonProfiles } from './host/personProfiles';
import { ReviewNotes } from './host/reviewNotes';
import type { Services } from './host/services';
import { workspaceNotesReader } from './host/workspaceNotesReader';
import { DecisionLinks } from './links/decisionLinks';
import { lastRefresh as statusBarRefresh, registerDueStatusBar } from './statusbar/dueStatusBar';
import { TeamTree } from './team/teamView';
import { DecisionsView } from './views/decisionsView';

export interface Features {
  readonly services: Services;
  readonly completions: TwoHatsCompletions;
  /** The CodeLens of design docs; the activation shell forwards its change event. */
  readonly codeLens: DesignDocLenses;
  /** The Team view's rows; the activation shell forwards its change event. */
  readonly team: TeamTree;
  /** The Decisions view's rows; the activation shell's tree view forwards to it. */
  readonly decisionsView: DecisionsView;
  /** Links and hovers from a mention of a decision in any file to its doc. */
  readonly decisionLinks: DecisionLinks;
  /** Command ids with a handler, for the integration test that each contributed one has one. */
  readonly commandIds: readonly string[];
  /** The last notifications shown (commands/say.ts). */
  recentMessages(): readonly string[];
  run(id: string, args: unknown[]): unknown;
  /** Shows the "1:1s due" status-bar item; called once, a moment after activation (idempotent). */
  startStatusBar(): void;
  /** How long the status bar's last refresh took, in ms (the bench reads it). */
  statusBarRefreshMs(): number | undefined;
}

export function createFeatures(context: vscode.ExtensionContext, targetEditor: Services['targetEditor'], lensesChanged?: () => void, teamChanged?: () => void): Features {
  // Created here, not at activation: the output channel is only needed once a feature runs.
  const log = vscode.window.createOutputChannel('Two Hats', { log: true });
  const content = new ContentService(context.extensionUri, log);
  const notes = new NotesFolder(log);
  const state = new HostState(context.workspaceState);
  const hatHistory = new HatHistory(workspaceNotesReader(notes));
  const asked = new AskedLog(state, notes);
  const reviews = new ReviewNotes(notes, content, asked);
  const profiles = new PersonProfiles(notes, log);
  const git = new GitHistory();
  const focus = new PersonFocus(state);
  const growth = new Growth(notes, profiles, content, git, workspaceNotesReader(notes));
  const services: Services = { content, notes, state, asked, log, targetEditor, hatHistory, reviews, profiles, git, focus, dueSources: [], growth };
  const codeLens = new DesignDocLenses(services);
  if (lensesChanged) context.subscriptions.push(codeLens.onDidChangeCodeLenses(lensesChanged));
  context.subscriptions.push(log, content, notes, reviews, codeLens, profiles, git, focus);
  const team = new TeamTree(services, () => teamChanged?.());
  context.subscriptions.push(team);

  let statusBar: vscode.Disposable | undefined;
  context.subscriptions.push({ dispose: () => statusBar?.dispose() });
  const handlers = new Map<string, CommandHandler>();
  const commands: CommandRegistry = { register: (id, handler) => void handlers.set(id, handler) };
  registerInsertPrompt(commands, services);
  registerInsertChecklist(commands, services);
  registerWhichHat(commands, services);
  registerStartOneOnOne(commands, services);
  registerStartDesignReview(commands, services);
  registerAddPerson(commands, services);
  registerValidateContent(commands, services);
  registerRecordAsked(commands, services);
  registerStartReflection(commands, services);
  registerHatReport(commands, services);
  registerStartDocReview(commands, services);
  registerAskPhasePrompts(commands, services);
  registerAddTalkingPoint(commands, services);
  registerCopyShareableNote(commands, services);
  registerShowPerson(commands, services);
  registerInsertCommits(commands, services);
  registerAddGoal(commands, services);
  registerLogWin(commands, services);
  registerLogFeedback(commands, services);
  registerReviewEvidence(commands, services);
  const decisions = new Decisions(notes, content, reviews, log);
  const decisionsView = new DecisionsView(decisions);
  context.subscriptions.push(decisions, decisionsView);
  services.dueSources.push(revisitDueSource(decisions));
  registerDecisionCommands(commands, decisions);

  return {
    services,
    completions: new TwoHatsCompletions(services),
    codeLens,
    team,
    decisionsView,
    decisionLinks: new DecisionLinks(decisions),
    commandIds: [...handlers.keys()],
    recentMessages,
    run(id, args) {
      const handler = handlers.get(id);
      if (!handler) throw new Error(`Two Hats has no handler for ${id}`);
      return handler(...args);
    },
    startStatusBar() {
      statusBar ??= registerDueStatusBar(services);
    },
    statusBarRefreshMs: () => statusBarRefresh.ms,
  };
}
