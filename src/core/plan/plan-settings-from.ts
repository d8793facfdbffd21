// The plan's settings from the seller's saved settings: what they changed, playbook defaults for the rest.

import type { PlaybookSettings } from '../settings/settings';
import { DEFAULT_PLAN_SETTINGS, type PlanSettings } from './plan-settings';

/**
 * Takes the thresholds, cycle, safety stock, air transit days and budget cut the seller set in
 * Settings; every other number is the playbook's default.
 */
export function planSettingsFrom(
  settings: PlaybookSettings,
  base: PlanSettings = DEFAULT_PLAN_SETTINGS,
): PlanSettings {
  return {
    ...base,
    alertDays: settings.alertDays,
    recoveryDays: settings.recoveryDays,
    cycleDays: settings.cycleDays,
    safetyDays: settings.safetyDays,
    airTransitDays: settings.airTransitDays,
    budgetCut: [settings.budgetCutPercent[0] / 100, settings.budgetCutPercent[1] / 100],
  };
}
