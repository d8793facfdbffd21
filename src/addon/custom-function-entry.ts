// A custom function of the catalog as an Apps Script global: Sheets calls it with the cells'
// values, and the build writes its @customfunction JSDoc from its definition.

import { runCustomFunction, type SheetResult } from './custom-functions/run-custom-function';
import type { CustomFunctionSpec } from './custom-functions/spec';
import { spreadsheetLocaleTag } from './custom-functions/spreadsheet-locale';
import type { EntryPoint } from './platform/feature-kit/entry-point';

/**
 * A custom function as a global. Its messages are in the spreadsheet's language, read only when
 * there is one to show.
 */
export function customFunctionEntry(spec: CustomFunctionSpec): EntryPoint {
  return {
    caller: { kind: 'customFunction' },
    doc: spec.summary,
    params: spec.params.map((p) => p.name),
    customFunction: spec,
    run: (...args: unknown[]): SheetResult => runCustomFunction(spec, args, spreadsheetLocaleTag),
  };
}
