// A column of one of the add-on's log sheets (shipments, keyword ranks): headers, note, format.

import type { Localized } from '../template/replenishment-columns';

export interface SheetColumn<K extends string> {
  /** The stable name code looks the column up by. */
  readonly key: K;
  readonly header: Localized;
  /** The header's note, explaining what to type. */
  readonly note: Localized;
  /** Other headers that mean this column, matched loosely (case, spaces, punctuation). */
  readonly aliases: readonly string[];
  /** Sheets number format of the data cells; undefined leaves the sheet's default. */
  readonly numberFormat?: string;
  /** Playbook rules the column carries. */
  readonly rules: readonly string[];
}
