// Builds dist/ for Apps Script: Code.js (one bundle plus a top-level function for every entry
// point, custom functions with their JSDoc, each with its caller), appsscript.json and the pages
// (Sidebar.html, Settings.html: scripts/build-page.mjs); and, for BigQuery,
// bigquery/stockout_playbook.sql: the same custom functions as SQL functions.
// Apps Script only sees top-level function declarations and esbuild drops comments, so this
// script writes the globals and their JSDoc itself from the typed entry-point table in src/addon.

import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createContext, runInContext } from 'node:vm';
import * as esbuild from 'esbuild';
import { APPS_SCRIPT_TARGET, assertNoLibraries } from './scripts/apps-script-bundle.mjs';
import { buildPage, PAGES } from './scripts/build-page.mjs';
import { buildBigQuerySql } from './src/bigquery/build-bigquery.mjs';

const DIST = 'dist';

export async function build() {
  // Written aside and swapped in at the end, so a reader never sees a half-built dist/.
  const staging = `.build/dist-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const parts = {
    formulas: await bundlePart('src/addon/formula-entry.ts'),
    addon: await bundlePart('src/addon/entry.ts'),
  };
  const entryPoints = readEntryPoints(parts.addon, 'ENTRY_POINTS');
  const formulaNames = new Set(
    Object.keys(readEntryPoints(parts.formulas, 'FORMULA_ENTRY_POINTS')),
  );
  await writeFile(`${staging}/Code.js`, renderCode(parts, entryPoints, formulaNames));
  await copyFile('appsscript.json', `${staging}/appsscript.json`);
  for (const name of Object.keys(PAGES)) {
    await writeFile(`${staging}/${name}.html`, await buildPage(name));
  }
  await mkdir(`${staging}/bigquery`);
  await writeFile(`${staging}/bigquery/stockout_playbook.sql`, await buildBigQuerySql());
  await rm(DIST, { recursive: true, force: true });
  await rename(staging, DIST);
  return { entryPoints: Object.keys(entryPoints) };
}

async function bundlePart(entry) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    target: APPS_SCRIPT_TARGET,
    write: false,
    metafile: true,
    legalComments: 'none',
    charset: 'utf8',
  });
  assertNoLibraries(result.metafile, 'dist/Code.js');
  return result.outputFiles[0].text;
}

/** Loads a bundle the way the stubs will and reads its entry-point table. */
function readEntryPoints(bundle, table) {
  const context = createContext({});
  const factory = runInContext(`(${wrapFactory(bundle, table)})`, context);
  return factory();
}

function wrapFactory(bundle, table) {
  return `function () {\nvar module = { exports: {} };\nvar exports = module.exports;\n${bundle}\nreturn module.exports.${table};\n}`;
}

/**
 * Two lazily built parts: `formulas` (custom functions only, loaded on every recalculation) and
 * `addon` (menu, dialogs, sidebar endpoints). A part's code runs on its first call, never at load.
 */
function renderCode(parts, entryPoints, formulaNames) {
  const stubs = Object.entries(entryPoints).map(([name, entry]) =>
    renderStub(name, entry, formulaNames.has(name) ? 'formulas' : 'addon'),
  );
  return [
    '// Stockout Playbook for Google Sheets. Built from src/ by build.mjs: edit the sources, not this file.',
    '// Every top-level function below is an entry point; the code behind it loads on first use, not at load time.',
    '',
    ...stubs,
    'var StockoutPlaybook_ = {',
    '  loaded: {},',
    '  call: function (part, name, args) {',
    '    var entries = this.loaded[part] || (this.loaded[part] = StockoutPlaybookParts_[part]());',
    '    return entries[name].run.apply(null, Array.prototype.slice.call(args));',
    '  },',
    '};',
    '',
    'var StockoutPlaybookParts_ = {',
    `  formulas: ${wrapFactory(parts.formulas, 'FORMULA_ENTRY_POINTS')},`,
    `  addon: ${wrapFactory(parts.addon, 'ENTRY_POINTS')},`,
    '};',
    '',
  ].join('\n');
}

function renderStub(name, entry, part) {
  const spec = entry.customFunction;
  // A custom function's @customfunction tag says who calls it; its description is what Sheets
  // shows the user, so nothing else is added there.
  const doc = spec
    ? customFunctionDoc(spec)
    : [entry.doc, '', `Called by ${callerText(entry.caller)}.`];
  return [
    '/**',
    ...doc.map((line) => ` *${line ? ` ${safeComment(line)}` : ''}`),
    ' */',
    `function ${name}(${entry.params.join(', ')}) {`,
    `  return StockoutPlaybook_.call('${part}', '${name}', arguments);`,
    '}',
    '',
  ].join('\n');
}

/** Who calls the global, as its JSDoc says: every global has a caller (EntryCaller). */
function callerText(caller) {
  switch (caller?.kind) {
    case 'customFunction':
      return 'Sheets: a custom function typed in a cell';
    case 'trigger':
      return 'Apps Script: a simple trigger';
    case 'menu':
      return caller.page
        ? `the add-on menu, and the ${caller.page} page (google.script.run, dist/${caller.page}.html)`
        : 'the add-on menu';
    case 'page':
      return `the ${caller.page} page (google.script.run, dist/${caller.page}.html)`;
    default:
      throw new Error(`an entry point without a caller: ${JSON.stringify(caller)}`);
  }
}

/** The JSDoc type Sheets' formula help shows for each kind of parameter. */
const PARAM_TYPES = {
  weights: 'number[][]',
  text: 'string|string[][]',
  date: 'Date|Date[][]',
  table: 'Array<Array<Date|string|number>>',
};

function customFunctionDoc(spec) {
  return [
    spec.summary,
    '',
    ...spec.params.map((p) => {
      const type = PARAM_TYPES[p.kind] ?? 'number|number[][]';
      return `@param {${type}} ${p.optional ? `[${p.name}]` : p.name} ${p.doc}`;
    }),
    `@return {${spec.resultKind === 'date' ? 'Date|Array<Array<Date|string>>' : 'number|string|Array<Array<number|string>>'}} ${spec.returns}`,
    '@customfunction',
  ];
}

function safeComment(text) {
  return text.replace(/\*\//g, '*\\/');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  const { entryPoints } = await build();
  const size = (await readFile(`${DIST}/Code.js`)).length;
  const sqlSize = (await readFile(`${DIST}/bigquery/stockout_playbook.sql`)).length;
  console.log(
    `built dist/ (${entryPoints.length} entry points, Code.js ${(size / 1024).toFixed(1)} KB, bigquery/stockout_playbook.sql ${(sqlSize / 1024).toFixed(1)} KB) in ${Math.round(performance.now() - started)} ms`,
  );
}
