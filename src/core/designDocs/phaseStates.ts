/**
 * How a design doc covers a review phase. Apart from docCoverage.ts so the panel's protocol (and
 * with it the webview) names the states without loading the markdown parser.
 */
export const PHASE_STATES = ['missing', 'thin', 'covered'] as const;
export type PhaseState = (typeof PHASE_STATES)[number];
export type SectionState = Exclude<PhaseState, 'missing'>;
