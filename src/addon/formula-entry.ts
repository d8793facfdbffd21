// The custom functions' globals alone, one per function of the catalog. The build bundles this
// part separately, so a formula recalculation loads only the maths, not the menu, dialogs and
// sidebar code.

import { customFunctionEntry } from './custom-function-entry';
import { CUSTOM_FUNCTIONS } from './custom-functions/catalog';
import type { EntryPoint } from './platform/feature-kit/entry-point';

export const FORMULA_ENTRY_POINTS: Readonly<Record<string, EntryPoint>> = Object.fromEntries(
  CUSTOM_FUNCTIONS.map((spec) => [spec.name, customFunctionEntry(spec)]),
);
