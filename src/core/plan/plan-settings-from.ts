// The plan's settings from the seller's saved settings: every plan number follows what they saved.

import { fromSavedPlanSettings } from '../settings/saved-plan-settings';
import type { PlaybookSettings } from '../settings/settings';
import type { PlanSettings } from './plan-settings';

/**
 * Every plan setting from its saved setting (SAVED_PLAN_FIELDS): thresholds, cycle, safety stock,
 * gap bands, price raise and cap, budget and bid cuts, air transit, the recovery discount ladder and
 * budget. Percentages saved as 30 become the plan's 0.3.
 * @example planSettingsFrom({ ...DEFAULT_SETTINGS, budgetCutPercent: [20, 25] }).budgetCut // [0.2, 0.25]
 */
export function planSettingsFrom(settings: PlaybookSettings): PlanSettings {
  return fromSavedPlanSettings(settings);
}
