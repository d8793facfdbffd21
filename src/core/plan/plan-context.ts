// What a phase's checklist is worked out from: the checked row, the settings and the key figures.

import type { IsoDate } from '../iso-date';
import type { GapAhead } from './gap-ahead';
import type { GapClass } from './gap-class';
import type { OrderPlan } from './order-plan';
import type { PlanLine } from './plan-item';
import type { PlanSettings } from './plan-settings';
import type { SkuRow } from './sku-row';

/** The figures the sidebar shows at the top, worked out once for the checklists to share. */
export interface PlanFigures {
  /** Days the stock plus inbound lasts; undefined when daily sales are 0 or blank. */
  readonly coverDays: number | undefined;
  /** Days until the stock on hand runs out (0 when out now); undefined when it never does. */
  readonly runOutDays: number | undefined;
  /** Days until the next inbound is sellable; undefined when unknown. */
  readonly arrivalDays: number | undefined;
  /** Days out of stock before the next inbound lands; undefined when that is unknown. */
  readonly gapDays: number | undefined;
  /** How the gap reads for pricing (R14–R16); undefined when there is no gap or it is unknown. */
  readonly gapClass: GapClass | undefined;
  /** R6: units to order now (the sheet's figure when the row holds one); undefined when daily sales are blank. */
  readonly reorderQty: number | undefined;
  /** R11: each figure's inputs, written out; a figure without a sum has none. */
  readonly sums: FigureSums;
}

/** The sums behind the key figures, from the same numbers as the figures themselves. */
export interface FigureSums {
  readonly cover?: PlanLine;
  readonly gap?: PlanLine;
  readonly reorder?: PlanLine;
}

export interface PlanContext {
  readonly row: SkuRow;
  readonly stock: number;
  readonly sales: number | undefined;
  readonly settings: PlanSettings;
  /** R23: days the inbound is past its ETA (the row's arrival then reads as unknown). */
  readonly arrivalOverdueDays?: number;
  readonly figures: PlanFigures;
  /** This week's order; undefined when daily sales are blank. */
  readonly order: OrderPlan | undefined;
  /** R33: the stockout ahead, if any. */
  readonly gapAhead: GapAhead | undefined;
  /** The spreadsheet's today, for dates in the checklist; undefined: they count days instead. */
  readonly today: IsoDate | undefined;
}
