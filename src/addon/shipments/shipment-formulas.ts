// R10, R23, R3, R32: the native formulas that carry the shipments into the sheets — inbound units
// and next arrival per SKU for the replenishment sheet, and the shipments sheet's check column.

import type { Locale } from '../../core/i18n/locale';
import { columnLetter, openColumnRange } from '../platform/column-letter';
import type { ShipmentColumnKey } from './shipment-columns';
import { allStatusWords, closedStatusWords, statusWordsAll } from './shipment-words';
import { SHIPMENTS_MESSAGES } from './shipments-messages';

/** The shipments sheet's columns the formulas read. */
export type ReadColumnKey = Extract<
  ShipmentColumnKey,
  'sku' | 'units' | 'eta' | 'status' | 'receivedUnits'
>;

/** Where those columns are on the shipments sheet (1-based), and the first data row. */
export interface OwnColumns {
  readonly firstRow: number;
  readonly columns: Readonly<Record<ReadColumnKey, number>>;
}

/** The same, seen from another sheet: the shipments sheet's name as well. */
export interface ShipmentRefs extends OwnColumns {
  readonly sheet: string;
}

/** A sheet name as a formula writes it: always quoted, quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A text literal inside a formula. */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** `'Shipments'!$C$2:$C`: a column of the shipments sheet from its first data row down. */
function column(refs: ShipmentRefs, key: ReadColumnKey): string {
  const letter = columnLetter(refs.columns[key]);
  return `${quoteSheet(refs.sheet)}!$${letter}$${refs.firstRow}:$${letter}`;
}

/**
 * The SUMIFS / COUNTIFS / MINIFS criteria of "this SKU's open shipments": the SKU matches, the
 * status is filled in and is none of the closed words (received, lost) in either language.
 */
function openCriteria(refs: ShipmentRefs, skuCell: string): string {
  const status = column(refs, 'status');
  return [
    `${column(refs, 'sku')}, ${skuCell}`,
    `${status}, "<>"`,
    ...closedStatusWords().map((word) => `${status}, ${textLiteral(`<>${word}`)}`),
  ].join(', ');
}

/**
 * R10: units of the SKU's open shipments not yet received: shipped − received over them, never
 * below 0; blank for a row without a SKU.
 * @example inboundFormula('A2', refs) // =IF(A2="", "", MAX(0, SUMIFS(…) - SUMIFS(…)))
 */
export function inboundFormula(skuCell: string, refs: ShipmentRefs): string {
  const criteria = openCriteria(refs, skuCell);
  return `=IF(${skuCell}="", "", MAX(0, SUMIFS(${column(refs, 'units')}, ${criteria}) - SUMIFS(${column(refs, 'receivedUnits')}, ${criteria})))`;
}

/**
 * R23: the earliest ETA among the SKU's open shipments that have one (passed or not); blank when
 * none has, or for a row without a SKU.
 */
export function nextArrivalFormula(skuCell: string, refs: ShipmentRefs): string {
  const criteria = `${openCriteria(refs, skuCell)}, ${column(refs, 'eta')}, ">0"`;
  return `=IF(${skuCell}="", "", IF(COUNTIFS(${criteria})=0, "", MINIFS(${column(refs, 'eta')}, ${criteria})))`;
}

/** `(G2:G="a")+(G2:G="b")`: true (non-zero) when the cell holds any of the words. */
function anyOf(cell: string, words: readonly string[]): string {
  return `(${words.map((word) => `(${cell}=${textLiteral(word)})`).join('+')})`;
}

/** `(G2:G<>"a")*(G2:G<>"b")`: true when the cell holds none of the words. */
function noneOf(cell: string, words: readonly string[]): string {
  return words.map((word) => `(${cell}<>${textLiteral(word)})`).join('*');
}

/**
 * R3, R23, R32: the check column's one array formula. Per row: blank when the SKU, units or status
 * is missing (a half-filled row); otherwise the flags that apply, each starting with ⚠ — ETA not a
 * date, status not in the list, ETA passed on an open shipment, delayed, lost, received short
 * (with the missing units). The words are the sheet's language when it is inserted.
 */
export function checkFormula(own: OwnColumns, locale: Locale): string {
  const messages = SHIPMENTS_MESSAGES[locale];
  const at = (key: ReadColumnKey) => openColumnRange(own.columns[key], own.firstRow);
  const [sku, units, eta, status, received] = [
    at('sku'),
    at('units'),
    at('eta'),
    at('status'),
    at('receivedUnits'),
  ];
  const flag = (text: string) => textLiteral(` ⚠ ${text}`);
  const known = `{${allStatusWords().map(textLiteral).join(',')}}`;
  const flags = [
    `IF((${eta}<>"")*ISTEXT(${eta}), ${flag(messages.flagNotADate)}, "")`,
    `IF(ISNA(MATCH(${status}, ${known}, 0)), ${flag(messages.flagUnknownStatus)}, "")`,
    `IF(ISNUMBER(${eta})*(${eta}<TODAY())*${noneOf(status, closedStatusWords())}, ${flag(messages.flagEtaPassed)}, "")`,
    `IF(${anyOf(status, statusWordsAll('delayed'))}, ${flag(messages.flagDelayed)}, "")`,
    `IF(${anyOf(status, statusWordsAll('lost'))}, ${flag(messages.flagLost)}, "")`,
    `IF(${anyOf(status, statusWordsAll('received'))}*ISNUMBER(${received})*ISNUMBER(${units})*(${received}<${units}), ${flag(messages.flagShort)}&" "&(${units}-${received}), "")`,
  ];
  return `=ARRAYFORMULA(IF((${sku}="")+(${units}="")+(${status}=""), "", TRIM(${flags.join(' & ')})))`;
}
