// Builds dist/bigquery/stockout_playbook.sql: the UDF runner (src/bigquery/udf-runtime.ts, with
// the catalog and the core it calls) bundled by esbuild into one self-contained body, and the
// file's SQL rendered by src/bigquery/stockout-playbook-sql.ts around it.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import * as esbuild from 'esbuild';
import { assertNoLibraries } from '../../scripts/apps-script-bundle.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Syntax level of the UDF bodies: BigQuery runs them in a current V8. */
const BIGQUERY_JS_TARGET = 'es2019';

/** The SQL file's text. */
export async function buildBigQuerySql() {
  const render = await bundle('stockout-playbook-sql.ts', { format: 'cjs' });
  const module = { exports: {} };
  runInContext(`(function (module, exports) {\n${render}\n})`, createContext({}))(
    module,
    module.exports,
  );
  const { stockoutPlaybookSql, RUNTIME_GLOBAL } = module.exports;
  const runtime = await bundle('udf-runtime.ts', {
    format: 'iife',
    globalName: RUNTIME_GLOBAL,
    minify: true,
    charset: 'utf8',
  });
  return stockoutPlaybookSql(runtime);
}

async function bundle(entry, options) {
  const result = await esbuild.build({
    entryPoints: [join(HERE, entry)],
    bundle: true,
    platform: 'neutral',
    target: BIGQUERY_JS_TARGET,
    write: false,
    metafile: true,
    legalComments: 'none',
    ...options,
  });
  assertNoLibraries(result.metafile, 'dist/bigquery/stockout_playbook.sql');
  return result.outputFiles[0].text;
}
