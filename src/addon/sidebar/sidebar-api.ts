// The sidebar's endpoints and payloads: the one contract the server implements and the client
// calls through google.script.run. Types only, JSON-safe (ISO date strings, no Date objects).

import type { Locale } from '../../core/i18n/locale';
import type { InputMessageKey } from '../../core/input-messages';
import type { IsoDate } from '../../core/iso-date';
import type { Phase } from '../../core/phase';
import type { Plan } from '../../core/plan/build-plan';
import type { RuleId } from '../../core/plan/rule-book';
import type { KeywordPanel } from '../keyword-ranks/keyword-panel';
import type { TickState } from '../playbook-log/playbook-log';
import type { WeekCounts } from '../weekly-review/read-review-rows';
import type { LegendBand, SkuCycle } from './sku-cycle';

/** Why the sidebar shows no plan, and what the seller can do about it. */
export type SidebarNotice =
  /** The active sheet has no SKU column: not a replenishment sheet. */
  | 'noSkuColumn'
  /** The selection is on the header (or above it): no SKU selected. */
  | 'selectRow'
  /** The selected row has no SKU. */
  | 'blankSku'
  /** The sheet lacks columns the plan cannot do without; `columns` names them. */
  | 'missingColumns'
  /** The SKU's row has neither stock nor sales yet. */
  | 'noFigures';

/** A message for the client to show: its key and its parameters. */
export interface Message<K extends string> {
  readonly key: K;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The saved state of one checklist item, as the Playbook log keeps it. */
export type { TickState };

/** Everything one refresh of the sidebar needs, for the SKU on the active row. */
export interface SidebarState {
  readonly locale: Locale;
  /** The spreadsheet's today, the chart's day 0. */
  readonly today: IsoDate;
  readonly sheet: string;
  /** The active row, 1-based. */
  readonly row: number;
  /** The SKU as its cell holds it (shown as text, never as HTML). */
  readonly sku?: string;
  /** The product name, when the sheet has the column. */
  readonly product?: string;
  readonly plan?: Plan;
  /** Saved ticks of the plan's items, by rule, for this SKU in this phase of this cycle. */
  readonly ticks?: Readonly<Partial<Record<RuleId, TickState>>>;
  /**
   * The stockout cycle the checklist belongs to: the day stock last came back (YYYY-MM-DD), or
   * '' before any restock is recorded. Sent back with each tick.
   */
  readonly cycle?: string;
  /** Set when there is no plan to show. */
  readonly notice?: Message<SidebarNotice>;
  /** Set when a figure on the row cannot be used; names it. */
  readonly inputError?: Message<InputMessageKey>;
  /** R22, R30, R31, R37, R43: the SKU's keywords for its phase (none when healthy). */
  readonly keywords?: KeywordPanel;
  /** R1, R8, R9, R11: the order cycle part by part, the safety days and the reorder arithmetic. */
  readonly orderCycle?: SkuCycle;
  /** R2, R4: the colour bands of the sheet, shown without hovering. */
  readonly legend?: readonly LegendBand[];
  /**
   * R1: the week's counts over every row of the sheet — SKUs per phase and per action — as the
   * Weekly review sheet counts them; set whenever the active sheet is a replenishment sheet.
   */
  readonly week?: WeekCounts;
}

/** What the client sends when an item is ticked or unticked. */
export interface ChecklistTick {
  /** The sheet the SKU was read from. */
  readonly sheet: string;
  readonly sku: string;
  readonly phase: Phase;
  readonly rule: RuleId;
  readonly done: boolean;
  /**
   * The cycle of the checklist ticked, as SidebarState gave it; left out, the cycle the SKU's
   * row is in now.
   */
  readonly cycle?: string;
}

/** After a tick: the saved ticks of that SKU, phase and cycle, including this one. */
export interface TickResult {
  readonly ticks: Readonly<Partial<Record<RuleId, TickState>>>;
}

/**
 * The server's endpoints, each an Apps Script global of the same name. Bad input throws an Error
 * whose message, in the user's language, says what is wrong; nothing is written then.
 */
export interface SidebarEndpoints {
  getSidebarState(): SidebarState;
  setChecklistItem(payload: ChecklistTick): TickResult;
}
