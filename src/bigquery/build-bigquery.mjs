// Builds dist/bigquery/stockout_playbook.sql: for each custom function, the UDF runner
// (src/bigquery/udf-runtime.ts) over that function's spec alone, bundled by esbuild into one
// self-contained body that carries only the core code the function calls, and the file's SQL
// rendered by src/bigquery/stockout-playbook-sql.ts around them.

import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import * as esbuild from 'esbuild';
import ts from 'typescript';
import { assertNoLibraries } from '../../scripts/apps-script-bundle.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const CATALOG = join(HERE, '../addon/custom-functions/catalog.ts');
const RUNTIME = join(HERE, 'udf-runtime.ts');
const OUTPUT = 'dist/bigquery/stockout_playbook.sql';

/** Syntax level of the UDF bodies: BigQuery runs them in a current V8. */
const BIGQUERY_JS_TARGET = 'es2019';

/** The SQL file's text. */
export async function buildBigQuerySql() {
  const render = await bundle(
    { entryPoints: [join(HERE, 'stockout-playbook-sql.ts')] },
    {
      format: 'cjs',
    },
  );
  const module = { exports: {} };
  runInContext(`(function (module, exports) {\n${render}\n})`, createContext({}))(
    module,
    module.exports,
  );
  const { stockoutPlaybookSql, RUNTIME_GLOBAL, FUNCTION_NAMES } = module.exports;
  const runtimes = await Promise.all(
    FUNCTION_NAMES.map(async (name) => {
      const runtime = await bundle(runtimeEntry(name), {
        format: 'iife',
        globalName: RUNTIME_GLOBAL,
        minify: true,
        charset: 'utf8',
        plugins: [catalogIsData],
      });
      assertOwnSpecOnly(name, runtime, FUNCTION_NAMES);
      return [name, runtime];
    }),
  );
  const byName = new Map(runtimes);
  return stockoutPlaybookSql((name) => byName.get(name));
}

/** One function's runner: its spec, picked by name out of the catalog, and nothing else. */
function runtimeEntry(name) {
  return {
    stdin: {
      contents: [
        `import { ${name} as spec } from ${JSON.stringify(CATALOG)};`,
        `import { udfCaller } from ${JSON.stringify(RUNTIME)};`,
        'export const callUdf = udfCaller(spec);',
      ].join('\n'),
      resolveDir: HERE,
      sourcefile: `${name}-udf.ts`,
      loader: 'ts',
    },
  };
}

async function bundle(entry, options) {
  const result = await esbuild.build({
    ...entry,
    bundle: true,
    platform: 'neutral',
    target: BIGQUERY_JS_TARGET,
    write: false,
    metafile: true,
    legalComments: 'none',
    ...options,
  });
  assertNoLibraries(result.metafile, OUTPUT);
  return result.outputFiles[0].text;
}

/**
 * The catalog is data: its top-level declarations only build spec objects (calling `num(...)`,
 * filling in template text). esbuild keeps every initializer it cannot prove free of effects,
 * and with it every spec of the catalog and the core code the specs call. Each initializer is
 * wrapped in a function called at once and marked pure: the same value at the same moment, and a
 * spec a function's body does not use is dropped.
 */
const catalogIsData = {
  name: 'catalog-is-data',
  setup(build) {
    build.onLoad({ filter: /[\\/]custom-functions[\\/]catalog\.ts$/ }, async ({ path }) => ({
      contents: pureInitializers(await readFile(path, 'utf8'), path),
      loader: 'ts',
    }));
  },
};

/** The module with each top-level initializer `x` written `/* @__PURE__ *\/ (() => (x))()`. */
function pureInitializers(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const spans = file.statements
    .filter(ts.isVariableStatement)
    .flatMap((statement) => statement.declarationList.declarations)
    .flatMap((declaration) =>
      declaration.initializer === undefined
        ? []
        : [[declaration.initializer.getStart(file), declaration.initializer.end]],
    );
  let text = source;
  for (const [from, to] of spans.reverse()) {
    text = `${text.slice(0, from)}/* @__PURE__ */ (() => (${text.slice(from, to)}))()${text.slice(to)}`;
  }
  return text;
}

/**
 * Refuses a body that still carries another function's spec (a catalog entry esbuild could not
 * drop): that body would grow with the whole catalog again, towards BigQuery's size limit.
 */
function assertOwnSpecOnly(name, runtime, names) {
  const others = names.filter((other) => other !== name && runtime.includes(`name:"${other}"`));
  if (!runtime.includes(`name:"${name}"`) || others.length > 0) {
    throw new Error(
      `BigQuery functions: the body of ${name} carries ${others.length > 0 ? `the specs of ${others.join(', ')}` : 'no spec of its own'}; the catalog's top-level code must be plain data (src/bigquery/build-bigquery.mjs)`,
    );
  }
}
