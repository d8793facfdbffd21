// The words a seller types for a shipment's status and mode, in both languages, and how they are
// read back loosely (case, spaces, underscores, Amazon's own status names).

import type { Locale } from '../../core/i18n/locale';
import { sameWord } from '../../core/same-key';
import {
  CLOSED_SHIPMENT_STATUSES,
  SHIPMENT_MODES,
  SHIPMENT_STATUSES,
  type ShipmentMode,
  type ShipmentStatus,
} from '../../core/shipments/shipment';
import type { Localized } from '../platform/sheet-table/sheet-column';

/** What the status drop-down offers, by language. */
export const STATUS_WORDS: Readonly<Record<ShipmentStatus, Localized>> = {
  booked: { en: 'booked', 'zh-CN': '已订舱' },
  in_transit: { en: 'in transit', 'zh-CN': '运输中' },
  customs: { en: 'customs', 'zh-CN': '清关中' },
  delayed: { en: 'delayed', 'zh-CN': '延误' },
  lost: { en: 'lost', 'zh-CN': '丢失' },
  receiving: { en: 'receiving', 'zh-CN': '入仓中' },
  received: { en: 'received', 'zh-CN': '已签收' },
};

export const MODE_WORDS: Readonly<Record<ShipmentMode, Localized>> = {
  sea: { en: 'sea', 'zh-CN': '海运' },
  air: { en: 'air', 'zh-CN': '空运' },
  rail: { en: 'rail', 'zh-CN': '铁路' },
  express: { en: 'express', 'zh-CN': '快递' },
};

/** Other spellings read as a status: Amazon's shipment states and common wordings. */
const STATUS_ALIASES: Readonly<Record<string, ShipmentStatus>> = {
  working: 'booked',
  ready: 'booked',
  shipped: 'in_transit',
  transit: 'in_transit',
  intransit: 'in_transit',
  在途: 'in_transit',
  已发货: 'in_transit',
  清关: 'customs',
  delivered: 'receiving',
  checkedin: 'receiving',
  接收中: 'receiving',
  closed: 'received',
  已入库: 'received',
  已完成: 'received',
};

const MODE_ALIASES: Readonly<Record<string, ShipmentMode>> = {
  ocean: 'sea',
  'sea freight': 'sea',
  'air freight': 'air',
  train: 'rail',
  courier: 'express',
  快船: 'sea',
  海派: 'sea',
  空派: 'air',
  铁运: 'rail',
  卡派: 'express',
};

function lookup<T extends string>(
  codes: readonly T[],
  words: Readonly<Record<T, Localized>>,
  aliases: Readonly<Record<string, T>>,
): Map<string, T> {
  const table = new Map<string, T>();
  for (const code of codes) {
    table.set(sameWord(code), code);
    table.set(sameWord(words[code].en), code);
    table.set(sameWord(words[code]['zh-CN']), code);
  }
  for (const [alias, code] of Object.entries(aliases)) table.set(sameWord(alias), code);
  return table;
}

let statuses: Map<string, ShipmentStatus> | undefined;
let modes: Map<string, ShipmentMode> | undefined;

/** The status a cell names, or undefined when it names none. */
export function readStatus(value: unknown): ShipmentStatus | undefined {
  if (typeof value !== 'string') return undefined;
  statuses ??= lookup(SHIPMENT_STATUSES, STATUS_WORDS, STATUS_ALIASES);
  return statuses.get(sameWord(value));
}

/** The mode a cell names, or undefined when it names none. */
export function readMode(value: unknown): ShipmentMode | undefined {
  if (typeof value !== 'string') return undefined;
  modes ??= lookup(SHIPMENT_MODES, MODE_WORDS, MODE_ALIASES);
  return modes.get(sameWord(value));
}

/** The drop-down's choices in one language. */
export function statusChoices(locale: Locale): string[] {
  return SHIPMENT_STATUSES.map((status) => STATUS_WORDS[status][locale]);
}

export function modeChoices(locale: Locale): string[] {
  return SHIPMENT_MODES.map((mode) => MODE_WORDS[mode][locale]);
}

/**
 * Every spelling of a status the sheet knows: both languages' words and the aliases. The sheet's
 * formulas compare with all of them, so a sheet filled in one language, or with Amazon's status
 * names, still sums what the add-on reads.
 */
export function statusWordsAll(status: ShipmentStatus): string[] {
  const aliases = Object.entries(STATUS_ALIASES)
    .filter(([, code]) => code === status)
    .map(([alias]) => alias);
  return [STATUS_WORDS[status].en, STATUS_WORDS[status]['zh-CN'], ...aliases];
}

/** Every spelling of every closed status (received, lost): what the inbound formulas leave out. */
export function closedStatusWords(): string[] {
  return CLOSED_SHIPMENT_STATUSES.flatMap(statusWordsAll);
}

/** Every spelling of every status, for the sheet's check of unknown statuses. */
export function allStatusWords(): string[] {
  return SHIPMENT_STATUSES.flatMap(statusWordsAll);
}
