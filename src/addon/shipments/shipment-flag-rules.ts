// R3, R23, R32: the shipments sheet's colour rules — late, delayed or lost, received short — as
// marked custom formulas, so a refresh replaces them and leaves the user's rules alone.

import { columnLetter } from '../platform/column-letter';
import { marker } from '../platform/marked-colour-rules';
import type { OwnColumns } from './shipment-formulas';
import { textLiteral } from './shipment-formulas';
import { closedStatusWords, statusWordsAll } from './shipment-words';

/** Which column a flag rule colours. */
export type FlaggedColumn = 'eta' | 'status' | 'receivedUnits' | 'check';

export interface FlagRuleSpec {
  readonly column: FlaggedColumn;
  /** The custom formula, written for the column's first data cell. */
  readonly formula: string;
  readonly background: string;
  readonly rule: string;
}

/** Light red: late. Light orange: delayed or lost. Light purple: short. Light yellow: see the check. */
export const FLAG_COLOURS = {
  etaPassed: '#f4cccc',
  delayedOrLost: '#fce5cd',
  short: '#d9d2e9',
  check: '#fff2cc',
} as const;

/**
 * One rule per anomaly, on the cell that shows it: the ETA when it has passed on an open shipment
 * (R23), the status when delayed or lost (R3), the received units when short of the units shipped
 * on a received shipment (R32), and the check column whenever it says something.
 */
export function flagRuleSpecs(own: OwnColumns, checkColumn: number | undefined): FlagRuleSpec[] {
  const cell = (column: number) => `$${columnLetter(column)}${own.firstRow}`;
  const sku = cell(own.columns.sku);
  const units = cell(own.columns.units);
  const eta = cell(own.columns.eta);
  const status = cell(own.columns.status);
  const received = cell(own.columns.receivedUnits);
  const is = (words: readonly string[]) =>
    `OR(${words.map((word) => `${status}=${textLiteral(word)}`).join(', ')})`;
  const specs: FlagRuleSpec[] = [
    {
      column: 'eta',
      formula: `=AND(${sku}<>"", ${status}<>"", ISNUMBER(${eta}), ${eta}<TODAY(), NOT(${is(closedStatusWords())}), ${marker('shipment', 'R23')})`,
      background: FLAG_COLOURS.etaPassed,
      rule: 'R23',
    },
    {
      column: 'status',
      formula: `=AND(${is([...statusWordsAll('delayed'), ...statusWordsAll('lost')])}, ${marker('shipment', 'R3')})`,
      background: FLAG_COLOURS.delayedOrLost,
      rule: 'R3',
    },
    {
      column: 'receivedUnits',
      formula: `=AND(${is(statusWordsAll('received'))}, ISNUMBER(${received}), ISNUMBER(${units}), ${received}<${units}, ${marker('shipment', 'R32')})`,
      background: FLAG_COLOURS.short,
      rule: 'R32',
    },
  ];
  if (checkColumn !== undefined) {
    specs.push({
      column: 'check',
      formula: `=AND(LEN(${cell(checkColumn)})>0, ${marker('shipment', 'R3')})`,
      background: FLAG_COLOURS.check,
      rule: 'R3',
    });
  }
  return specs;
}
