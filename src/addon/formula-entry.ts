// The custom functions' globals alone. The build bundles this part separately, so a formula
// recalculation loads only the maths, not the menu, dialogs and sidebar code.

import {
  AIR_QTY,
  COVER_DAYS,
  DAILY_SALES,
  DEMAND_STATS,
  ORDER_BY_DATE,
  RANK_DROP,
  REORDER_QTY,
  SAFETY_DAYS,
  STOCKOUT_GAP,
  STOCKOUT_PHASE,
} from './custom-functions/catalog';
import { customFunctionEntry, type EntryPoint } from './entry-point';

export const FORMULA_ENTRY_POINTS: Readonly<Record<string, EntryPoint>> = {
  DAILY_SALES: customFunctionEntry(DAILY_SALES),
  COVER_DAYS: customFunctionEntry(COVER_DAYS),
  REORDER_QTY: customFunctionEntry(REORDER_QTY),
  STOCKOUT_GAP: customFunctionEntry(STOCKOUT_GAP),
  STOCKOUT_PHASE: customFunctionEntry(STOCKOUT_PHASE),
  AIR_QTY: customFunctionEntry(AIR_QTY),
  RANK_DROP: customFunctionEntry(RANK_DROP),
  DEMAND_STATS: customFunctionEntry(DEMAND_STATS),
  SAFETY_DAYS: customFunctionEntry(SAFETY_DAYS),
  ORDER_BY_DATE: customFunctionEntry(ORDER_BY_DATE),
};
