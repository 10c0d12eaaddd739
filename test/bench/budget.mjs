// The performance budget from shared/DESIGN.md that the bench reports against.
// The bench only measures: nothing passes or fails on these.

export const TARGETS = {
  extensionKB: 100,
  webviewKB: 60,
  /** Activation, Two Hats over the empty extension. */
  activationRatio: 1.3,
  /** Click on the activity bar → the person's prep list, over the empty view's line of text. */
  panelRatio: 1.3,
  /** Enter in the palette → Insert Prompt's quick pick, over a one-item quick pick. */
  commandColdRatio: 1.5,
  commandWarmRatio: 1.2,
  /** Per keystroke, query and "already in the note" together, over the 10,000-prompt pack. */
  completionP99Ms: 1,
  completionMaxMs: 3,
  /** With 500 people × 40 notes: refresh, person picker, Start 1:1 Note, hat mix. */
  scaleMs: 150,
  /** The same scale: the status bar and each tree view after one note changes. */
  viewMs: 50,
  /** Heap the notes index holds for 20,000 notes, above the empty extension. */
  indexHeapMB: 30,
  /** Review evidence for one person over 12 months in the 500 × 40 workspace (issue 23, item 7), p95 of cold runs. */
  evidenceMs: 1000,
};

/** Bytes per KB in sizes and targets. */
export const KB = 1024;
