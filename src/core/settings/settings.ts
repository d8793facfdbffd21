// R2, R4, R7–R9, R13–R36: the settings a seller can change, one plain object, playbook defaults.

import type { SalesWeights } from '../daily-sales';
import type { Phase } from '../phase';
import { DEFAULT_PLAN_SETTINGS } from '../plan/plan-settings';
import {
  DEFAULT_AIR_FREIGHT_DAYS,
  DEFAULT_OVERSTOCK_DAYS,
  DEFAULT_SALES_WEIGHTS,
} from '../playbook-defaults';
import { type SavedPlanSettings, toSavedPlanSettings } from './saved-plan-settings';

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

/**
 * Everything a seller can change: the colour rules' thresholds and colours, the sales weights,
 * and every number the plan is worked out with (SavedPlanSettings).
 */
export interface PlaybookSettings extends SavedPlanSettings {
  /** R4: days of cover at or under which only air freight arrives in time. */
  readonly airFreightDays: number;
  /** R2: days of cover above which stock is slow-moving. */
  readonly overstockDays: number;
  readonly colours: SettingsColours;
  /** R7: weights of the 7-, 14- and 30-day sales windows. */
  readonly salesWeights: SalesWeights;
}

/**
 * The layout saved today; older layouts are migrated when read. Layout 3 added
 * every plan number (gap bands, price raise and cap, bid cut, the recovery discount ladder and
 * budget) to layout 2.
 */
export const SETTINGS_VERSION = 3;

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

/** The playbook's defaults: the plan's numbers come from DEFAULT_PLAN_SETTINGS, never restated. */
export const DEFAULT_SETTINGS: PlaybookSettings = {
  ...toSavedPlanSettings(DEFAULT_PLAN_SETTINGS),
  airFreightDays: DEFAULT_AIR_FREIGHT_DAYS,
  overstockDays: DEFAULT_OVERSTOCK_DAYS,
  colours: DEFAULT_COLOURS,
  salesWeights: DEFAULT_SALES_WEIGHTS,
};
