// Types of webBundle.mjs for the unit tests that import it.
export declare const WEB_CHUNKS: Record<'./features.js' | './panel.js' | './packs.js', string>;
export declare const WEB_OUTFILE: string;
export declare function webOptions(root: string, common: object): object;
export declare function webBundleProblems(root: string, metafile: { outputs: Record<string, { imports: readonly { path: string; external?: boolean }[] }>; inputs: Record<string, unknown> }): string[];
export declare function webTestOptions(root: string, common: object): object;
