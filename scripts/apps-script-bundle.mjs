// What every bundle that ships to Apps Script shares: the syntax level its V8 runtime is known to
// run, and the rule that no library code from node_modules gets in.

/** esbuild target for dist/Code.js and the pages (dist/*.html). */
export const APPS_SCRIPT_TARGET = 'es2019';

/** Fails the build when a bundle pulled in code from node_modules: every line in dist/ is ours. */
export function assertNoLibraries(metafile, bundleName) {
  const libraries = Object.keys(metafile.inputs).filter((p) => p.includes('node_modules'));
  if (libraries.length > 0) {
    throw new Error(`${bundleName} must not bundle libraries, found: ${libraries.join(', ')}`);
  }
}
