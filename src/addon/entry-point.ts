// What the build needs to know about each Apps Script global: its parameters, docs and body.

import { runCustomFunction, type SheetResult } from './custom-functions/run-custom-function';
import type { CustomFunctionSpec } from './custom-functions/spec';

export interface EntryPoint {
  /** One line written above the generated global in dist/Code.js. */
  readonly doc: string;
  /** Parameter names of the generated global (what Apps Script and autocomplete see). */
  readonly params: readonly string[];
  /** Set for custom functions: the build writes their @customfunction JSDoc from it. */
  readonly customFunction?: CustomFunctionSpec;
  readonly run: (...args: unknown[]) => unknown;
}

/** A custom function as a global: Sheets calls it with the cells' values. */
export function customFunctionEntry(spec: CustomFunctionSpec): EntryPoint {
  return {
    doc: spec.summary,
    params: spec.params.map((p) => p.name),
    customFunction: spec,
    run: (...args: unknown[]): SheetResult => runCustomFunction(spec, args),
  };
}

/** Any other global: a menu action, a trigger or a sidebar endpoint. */
export function entry(
  doc: string,
  params: readonly string[],
  run: (...args: never[]) => unknown,
): EntryPoint {
  return { doc, params, run: run as (...args: unknown[]) => unknown };
}
