// The types of bundleSizes.mjs (a plain script, run by node), for the test that reads its bundles (test/built/bundleSizes.test.ts).

/** A bundle an app may make: what it imports, and its gzipped size limit in bytes. */
export interface Bundle {
  readonly name: string;
  readonly code: string;
  readonly budget: number;
}

/** One measured bundle: its sizes in bytes, its limit, and the modules with code in it. */
export interface BundleRow {
  readonly name: string;
  readonly minified: number;
  readonly gzipped: number;
  readonly budget: number;
  readonly inputs: readonly string[];
  readonly modules: readonly { readonly path: string; readonly bytes: number }[];
}

/** The bundles measured, with their limits. */
export declare const BUNDLES: readonly Bundle[];

/** Bundles every entry of {@link BUNDLES} (esbuild, minified, for the browser) and measures it. */
export declare function measureBundles(): Promise<BundleRow[]>;
