// R2, R4, R7–R9, R18, R24: the settings a seller can change, one plain object, playbook defaults.

import type { SalesWeights } from '../daily-sales';
import type { Phase } from '../phase';
import {
  DEFAULT_AIR_FREIGHT_DAYS,
  DEFAULT_AIR_TRANSIT_DAYS,
  DEFAULT_ALERT_DAYS,
  DEFAULT_BUDGET_CUT,
  DEFAULT_CYCLE_DAYS,
  DEFAULT_OVERSTOCK_DAYS,
  DEFAULT_RECOVERY_DAYS,
  DEFAULT_SAFETY_DAYS,
  DEFAULT_SALES_WEIGHTS,
} from '../playbook-defaults';

/** Background colours as `#rrggbb`. */
export interface SettingsColours {
  /** R4: cover at or under the air-freight threshold (yellow). */
  readonly airFreight: string;
  /** R4: cover at or under the alert threshold (red). */
  readonly alert: string;
  /** R2: cover over the overstock threshold (grey-blue). */
  readonly overstock: string;
  /** The phase column, one colour per phase code. */
  readonly phases: Readonly<Record<Phase, string>>;
}

export interface PlaybookSettings {
  /** R4: days of cover at or under which only air freight arrives in time. */
  readonly airFreightDays: number;
  /** R4: days of cover at or under which a sea order is due now. */
  readonly alertDays: number;
  /** R2: days of cover above which stock is slow-moving. */
  readonly overstockDays: number;
  readonly colours: SettingsColours;
  /** R9: safety stock (days of sales) where a row leaves it blank. */
  readonly safetyDays: number;
  /** R8: order-to-sellable cycle (days) where a row leaves it blank. */
  readonly cycleDays: number;
  /** R7: weights of the 7-, 14- and 30-day sales windows. */
  readonly salesWeights: SalesWeights;
  /** R24: days from sending an air / express shipment to units sellable in FBA. */
  readonly airTransitDays: number;
  /** Days after a restock during which the recovery playbook runs. */
  readonly recoveryDays: number;
  /** R18: the daily ad budget cut before a stockout, in percent [low, high]. */
  readonly budgetCutPercent: readonly [number, number];
}

/** The layout written to the document today; older layouts are migrated when read. */
export const SETTINGS_VERSION = 2;

export const DEFAULT_COLOURS: SettingsColours = {
  airFreight: '#ffe599',
  alert: '#ea9999',
  overstock: '#cfd8e3',
  phases: {
    PRE_STOCKOUT: '#f9cb9c',
    OUT_OF_STOCK: '#ea9999',
    RECOVERY: '#c9daf8',
    HEALTHY: '#d9ead3',
  },
};

export const DEFAULT_SETTINGS: PlaybookSettings = {
  airFreightDays: DEFAULT_AIR_FREIGHT_DAYS,
  alertDays: DEFAULT_ALERT_DAYS,
  overstockDays: DEFAULT_OVERSTOCK_DAYS,
  colours: DEFAULT_COLOURS,
  safetyDays: DEFAULT_SAFETY_DAYS,
  cycleDays: DEFAULT_CYCLE_DAYS,
  salesWeights: DEFAULT_SALES_WEIGHTS,
  airTransitDays: DEFAULT_AIR_TRANSIT_DAYS,
  recoveryDays: DEFAULT_RECOVERY_DAYS,
  budgetCutPercent: [
    Math.round(DEFAULT_BUDGET_CUT[0] * 100),
    Math.round(DEFAULT_BUDGET_CUT[1] * 100),
  ],
};
