// What a phase's checklist is worked out from: the checked row, the settings and the key figures.

import type { GapClass } from './gap-class';
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
  /** R6: units to order now; undefined when daily sales are blank. */
  readonly reorderQty: number | undefined;
}

export interface PlanContext {
  readonly row: SkuRow;
  readonly stock: number;
  readonly sales: number | undefined;
  readonly settings: PlanSettings;
  readonly figures: PlanFigures;
}
