// The settings in the order a seller meets them, grouped by what they steer (dialog and problem list).

import type { SettingsField } from './settings-messages';

export type SettingsSection = 'thresholds' | 'replenishment' | 'price' | 'ads' | 'recovery';

export interface SettingsSectionFields {
  readonly section: SettingsSection;
  readonly fields: readonly SettingsField[];
}

/** Every setting once, in the dialog's order: problems are listed in this order too. */
export const SETTINGS_SECTIONS: readonly SettingsSectionFields[] = [
  {
    section: 'thresholds',
    fields: [
      'airFreightDays',
      'colours.airFreight',
      'alertDays',
      'colours.alert',
      'overstockDays',
      'colours.overstock',
      'colours.phases.PRE_STOCKOUT',
      'colours.phases.OUT_OF_STOCK',
      'colours.phases.RECOVERY',
      'colours.phases.HEALTHY',
    ],
  },
  {
    section: 'replenishment',
    fields: ['safetyDays', 'cycleDays', 'salesWeights', 'airTransitDays'],
  },
  {
    section: 'price',
    fields: [
      'shortGapDays',
      'longGapDays',
      'priceRaisePercent',
      'maxSingleRaisePercent',
      'conversionDropPercent',
    ],
  },
  { section: 'ads', fields: ['budgetCutPercent', 'bidCutPercent'] },
  {
    section: 'recovery',
    fields: [
      'recoveryDays',
      'recoveryDiscountPercent',
      'recoveryDiscountRangePercent',
      'maxDiscountPercent',
      'discountSteps',
      'recoveryBudgetMultiple',
    ],
  },
];

/** A setting's place in SETTINGS_SECTIONS; anything not listed (the whole object) comes first. */
export function settingsFieldOrder(field: SettingsField): number {
  let index = 0;
  for (const { fields } of SETTINGS_SECTIONS) {
    const at = fields.indexOf(field);
    if (at >= 0) return index + at;
    index += fields.length;
  }
  return -1;
}
