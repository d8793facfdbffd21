// R2, R7, R8: the words the replenishment sheet's own formulas write or read — ship modes, which
// daily sales were used, the cover flags — in both languages. Formulas accept either language, so a
// sheet keeps working whoever opens it.

import type { Locale } from '../../core/i18n/locale';

/** R8: how an order travels; its transit leg comes from the settings. */
export const SHIP_MODES = ['sea', 'rail', 'air', 'express'] as const;
export type ShipMode = (typeof SHIP_MODES)[number];

export const SHIP_MODE_WORDS: Readonly<Record<Locale, Readonly<Record<ShipMode, string>>>> = {
  en: { sea: 'sea', rail: 'rail', air: 'air', express: 'express' },
  'zh-CN': { sea: '海运', rail: '铁路', air: '空运', express: '快递' },
};

/** The drop-down's choices, in the sheet's language. */
export function shipModeChoices(locale: Locale): string[] {
  return SHIP_MODES.map((mode) => SHIP_MODE_WORDS[locale][mode]);
}

/** Every word (both languages) that names a mode, lower case, for a formula's test. */
export function shipModeNames(mode: ShipMode): string[] {
  return [...new Set([SHIP_MODE_WORDS.en[mode], SHIP_MODE_WORDS['zh-CN'][mode]])];
}

/** The mode a typed cell names (either language, any case, spaces trimmed); blank is sea. */
export function readShipMode(value: unknown): ShipMode | undefined {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (text === '') return 'sea';
  return SHIP_MODES.find((mode) => shipModeNames(mode).includes(text));
}

/** R7: where a row's daily sales came from. */
export type SalesBasis = 'history' | 'blend';

export const SALES_BASIS_WORDS: Readonly<Record<Locale, Readonly<Record<SalesBasis, string>>>> = {
  en: { history: 'sales history', blend: '7/14/30 blend' },
  'zh-CN': { history: '销售历史', blend: '7/14/30 天混合' },
};

/** R2: what the cover flag says about on-hand cover (inbound excluded). */
export type CoverFlag = 'feeFloor' | 'overstock';

export const COVER_FLAG_WORDS: Readonly<Record<Locale, Readonly<Record<CoverFlag, string>>>> = {
  en: { feeFloor: 'below fee floor', overstock: 'overstock' },
  'zh-CN': { feeFloor: '低于低库存费线', overstock: '滞销' },
};

/** A text as a formula writes it: in double quotes, quotes doubled. */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
