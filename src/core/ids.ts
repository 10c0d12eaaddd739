/**
 * Ids that users, keybindings, settings and tests rely on, declared once. Pure constants, so
 * the activation shell can import them without loading anything else.
 */

/** Every command Two Hats contributes (`package.json` lists the same ids; a unit test checks both ways). */
export const COMMANDS = {
  openPanel: 'twoHats.openPanel',
  startOneOnOne: 'twoHats.startOneOnOne',
  startDesignReview: 'twoHats.startDesignReview',
  insertPrompt: 'twoHats.insertPrompt',
  insertChecklist: 'twoHats.insertChecklist',
  whichHat: 'twoHats.whichHat',
  addPerson: 'twoHats.addPerson',
  validateContent: 'twoHats.validateContent',
  startReflection: 'twoHats.startReflection',
  hatReport: 'twoHats.hatReport',
  startDocReview: 'twoHats.startDocReview',
  addTalkingPoint: 'twoHats.addTalkingPoint',
  copyShareableNote: 'twoHats.copyShareableNote',
  addGoal: 'twoHats.addGoal',
  logWin: 'twoHats.logWin',
  logFeedback: 'twoHats.logFeedback',
  reviewEvidence: 'twoHats.reviewEvidence',
  showDecisions: 'twoHats.showDecisions',
  copyDecisionLog: 'twoHats.copyDecisionLog',
  /** Focuses the Commitments view. */
  showCommitments: 'twoHats.showCommitments',
  /** The Commitments view's inline action on an open commitment (its tree node is the argument). */
  markCommitmentDone: 'twoHats.markCommitmentDone',
  /** The Commitments view's inline action: opens the note at the commitment's line. */
  openCommitmentNote: 'twoHats.openCommitmentNote',
  /** The Commitments view's title action: show one person's commitments, or everyone's. */
  filterCommitments: 'twoHats.filterCommitments',
  copyRecap: 'twoHats.copyRecap',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

/** Commands that are not in the palette: callbacks of completion items, the status bar and the panel. */
export const INTERNAL_COMMANDS = {
  recordAsked: 'twoHats.internal.recordAsked',
  /** A design doc's phase CodeLens: pick that phase's prompts into the doc's review note. */
  askPhasePrompts: 'twoHats.internal.askPhasePrompts',
  /** Opens the panel on a person (a slug; without one, the most overdue): the status-bar item's click. */
  showPerson: 'twoHats.internal.showPerson',
  /** Inserts a person's commits since the last 1:1 into their open note (`{ person }`): the panel's "Insert into note". */
  insertCommits: 'twoHats.internal.insertCommits',
} as const;

export type InternalCommandId = (typeof INTERNAL_COMMANDS)[keyof typeof INTERNAL_COMMANDS];

/** The activity-bar container and the panel's webview view. */
export const VIEWS = {
  container: 'twoHats',
  panel: 'twoHats.panel',
  team: 'twoHats.team',
  /** The decision log: design docs by status, supersede chains, sign-off and revisits (a tree view). */
  decisions: 'twoHats.decisions',
  /** The Commitments tree view, below the panel. */
  commitments: 'twoHats.commitments',
} as const;

/** Context keys Two Hats sets (`setContext`) for `when` clauses in package.json. */
export const CONTEXT_KEYS = {
  /** True once the Decisions view has finished its first load: until then its welcome ("no design docs found") would be untrue. */
  decisionsLoaded: 'twoHats.decisionsLoaded',
} as const;

/** The configuration section and its keys (`twoHats.<key>`). */
export const SETTINGS_SECTION = 'twoHats';
export const SETTINGS = {
  notesFolder: 'notesFolder',
  contentPacks: 'contentPacks',
  completionsEnabled: 'completions.enabled',
  hatBalanceNudgeAfter: 'hatBalance.nudgeAfter',
  designDocs: 'designDocs',
  codeLensEnabled: 'codeLens.enabled',
  gitSinceLastOneOnOne: 'git.sinceLastOneOnOne',
  statusBarEnabled: 'statusBar.enabled',
  goalsStaleAfterWeeks: 'goals.staleAfterWeeks',
  decisionsRevisitAfterMonths: 'decisions.revisitAfterMonths',
  decisionLinksEnabled: 'decisionLinks.enabled',
  commitmentsShowDone: 'commitments.showDone',
} as const;

/**
 * The Get Started walkthrough (`contributes.walkthroughs`) and its steps. VS Code opens a
 * walkthrough by itself only when its extension was installed in the current window's session
 * and it has never seen that walkthrough id (it keeps one record per `<extension id>#<walkthrough
 * id>`). An update is an install too, but the id is known by then, so the walkthrough never opens
 * again after an update. Renaming the id would make it new and open it on the next update: keep it.
 * Two Hats itself never opens it.
 */
export const WALKTHROUGH = {
  id: 'gettingStarted',
  steps: ['openPanel', 'addPerson', 'talkingPoint', 'firstMeeting'],
} as const;
