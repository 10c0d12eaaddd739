// Types of l10nBundle.mjs for the unit tests that import it.
export type L10nBundle = Record<string, string | { message: string; comment: string[] }>;
export declare function exportL10n(root: string): Promise<L10nBundle>;
export declare function writeL10nBundle(root: string): Promise<number>;
