// The playbook's numbers (PLAYBOOK.md), each a default a seller can override, never a buried constant.

import type { SalesWeights } from './daily-sales';

/** R7: weights of the 7-, 14- and 30-day sales windows in the blended daily sales. */
export const DEFAULT_SALES_WEIGHTS: SalesWeights = [0.5, 0.3, 0.2];

/** R9: safety stock, in days of sales, when the sheet leaves it blank. */
export const DEFAULT_SAFETY_DAYS = 14;

/** R4: days of cover at or under which the SKU needs a sea order now (red). */
export const DEFAULT_ALERT_DAYS = 75;

/** R4: days of cover at or under which only air freight arrives in time (yellow). */
export const DEFAULT_AIR_FREIGHT_DAYS = 20;

/** R2: days of cover above which stock is slow-moving / overstocked (grey-blue). */
export const DEFAULT_OVERSTOCK_DAYS = 180;

/** R32–R43: days after a restock during which the SKU is treated as recovering. */
export const DEFAULT_RECOVERY_DAYS = 30;

/** R8: order-to-sellable replenishment cycle by sea, in days, for the template's default. */
export const DEFAULT_CYCLE_DAYS = 60;
