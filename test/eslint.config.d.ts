/** The layer map of test/eslint.config.js: each folder of src/ and the folders it may import. */
export declare const LAYERS: Readonly<Record<string, readonly string[]>>;
declare const config: unknown;
export default config;
