// Every Apps Script global of the add-on, each a one-line delegate. The build turns each key into
// a top-level function in dist/Code.js; nothing else becomes global.

import {
  COVER_DAYS,
  DAILY_SALES,
  REORDER_QTY,
  STOCKOUT_GAP,
  STOCKOUT_PHASE,
} from './custom-functions/catalog';
import { customFunctionEntry, type EntryPoint } from './entry-point';

export const ENTRY_POINTS: Readonly<Record<string, EntryPoint>> = {
  DAILY_SALES: customFunctionEntry(DAILY_SALES),
  COVER_DAYS: customFunctionEntry(COVER_DAYS),
  REORDER_QTY: customFunctionEntry(REORDER_QTY),
  STOCKOUT_GAP: customFunctionEntry(STOCKOUT_GAP),
  STOCKOUT_PHASE: customFunctionEntry(STOCKOUT_PHASE),
};
