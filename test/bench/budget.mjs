// The performance budget from shared/DESIGN.md that the bench reports against.
// The bench only measures: nothing passes or fails on these.

export const TARGETS = { extensionKB: 100, webviewKB: 60, activationRatio: 1.5, completionP95Ms: 1, panelMs: 150 };

/** Bytes per KB in sizes and targets. */
export const KB = 1024;
