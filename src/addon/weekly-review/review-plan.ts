// R1: what the Weekly review sheet holds, worked out before any cell is written (pure): the counts
// and the list on the left, the working table on the right, their notes and formats.

import { formatMessage, type Locale } from '../../core/i18n/locale';
import { PHASES } from '../../core/phase';
import { PLAN_TEXTS } from '../../core/plan/plan-messages';
import { REVIEW_ACTIONS } from '../../core/review/weekly-review';
import type { PlaybookSettings } from '../../core/settings/settings';
import { columnLetter } from '../platform/column-letter';
import { columnOf } from '../replenishment-sheet/replenishment-columns';
import { quoted } from '../replenishment-sheet/sheet-words';
import {
  decisionFormula,
  MIRRORED_KEYS,
  type ReplenishmentRef,
  type ReviewFormulaContext,
  repRange,
  WORK_KEYS,
  type WorkKey,
  workFormula,
} from './review-columns';
import { REVIEW_MESSAGES } from './review-messages';

/** The left block (counts and the list) starts at A1; it is this many columns wide. */
export const LEFT_WIDTH = 3;
/** Row of the phase counts' header; the four phases follow. */
const PHASES_ROW = 3;
/** Row of the actions' header; the actions follow. */
const ACTIONS_ROW = PHASES_ROW + PHASES.length + 1;
/** The list's header row; its formulas are in the row below and spill down. */
export const LIST_HEADER_ROW = ACTIONS_ROW + REVIEW_ACTIONS.length + 1;
export const LIST_ROW = LIST_HEADER_ROW + 1;
/** The working table: header beside the list's, formulas in the list's row, from column H. */
export const WORK_HEADER_ROW = LIST_HEADER_ROW;
export const WORK_ROW = LIST_ROW;
export const WORK_FIRST_COLUMN = 8;
/** At most this many rows in a list column (a literal, so both engines size the result alike). */
const LIST_LIMIT = 1_000_000;

export interface ReviewPlan {
  /** A1 over LEFT_WIDTH columns: labels and formulas, one row per line. */
  readonly left: string[][];
  /** Rows 1-based of the left block to show bold. */
  readonly boldRows: readonly number[];
  /** The working table: header row, then the formula row (blank where a column is missing). */
  readonly workHeader: string[];
  readonly workNotes: string[];
  readonly workFormulas: string[];
  /** Number formats of working-table columns, by 1-based sheet column. */
  readonly workFormats: readonly { column: number; format: string }[];
}

/** The 1-based sheet column of a working-table column. */
export function workColumn(key: WorkKey): number {
  return WORK_FIRST_COLUMN + WORK_KEYS.indexOf(key);
}

/** The sheet's last column the review writes. */
export const LAST_COLUMN = WORK_FIRST_COLUMN + WORK_KEYS.length - 1;

/** A working-table column's cells, absolute: `$H$17:$H`. */
function workRange(key: WorkKey): string {
  const letter = columnLetter(workColumn(key));
  return `$${letter}$${WORK_ROW}:$${letter}`;
}

const FORMATS: Partial<Record<WorkKey, string>> = {
  dailySales: '0.00',
  coverDays: '0.0',
  onHandCover: '0.0',
  stockoutGap: '0.0',
  reorderQty: '#,##0',
  airUnits: '#,##0',
  airNow: '#,##0',
  orderBy: 'yyyy-mm-dd',
  sortKey: '0.0000000',
};

/** The Weekly review of `rep`, in `locale`, with `settings`. */
export function planReview(
  locale: Locale,
  settings: PlaybookSettings,
  rep: ReplenishmentRef,
): ReviewPlan {
  const m = REVIEW_MESSAGES[locale];
  const at: ReviewFormulaContext = { locale, settings, rep, work: workRange };
  const numbers = {
    reviewDays: settings.reviewDays,
    airDays: settings.airTransitDays,
    alertDays: settings.alertDays,
    recoveryDays: settings.recoveryDays,
    feeFloorDays: settings.feeFloorDays,
    overstockDays: settings.overstockDays,
  };
  const text = (template: string) => formatMessage(template, numbers);
  const phaseCells = repRange(rep, 'phase') as string;
  const skuCells = repRange(rep, 'sku') as string;
  const skuIndex = rep.columns.sku ?? 0;
  const skuLetter = columnLetter(skuIndex + 1);
  const skuFromTop = `${skuCells.split('!')[0]}!$${skuLetter}$1:$${skuLetter}`;

  const key = workRange('sortKey');
  const listed = `ISNUMBER(${key})`;
  const sorted = (column: WorkKey) =>
    `ARRAY_CONSTRAIN(SORT(HSTACK(FILTER(${workRange(column)}, ${listed}), FILTER(${key}, ${listed})), 2, TRUE), ${LIST_LIMIT}, 1)`;
  const skus = sorted('sku');
  // The decisions are worked out on the listed rows only, then sorted like the other columns.
  const decision = decisionFormula(at, (column) => `FILTER(${workRange(column)}, ${listed})`);
  const decisions = `ARRAY_CONSTRAIN(SORT(HSTACK(${decision}, FILTER(${key}, ${listed})), 2, TRUE), ${LIST_LIMIT}, 1)`;
  const link = `"#gid=${rep.sheetId}&range=${skuLetter}"&MATCH(${skus}, ${skuFromTop}, 0)`;

  const left: string[][] = [
    [m.title, `=HYPERLINK(${quoted(`#gid=${rep.sheetId}`)}, ${quoted(rep.name)})`, m.intro],
    [m.today, '=TODAY()', text(m.rules)],
    [m.phasesHeader, m.countHeader, m.meaningHeader],
    ...PHASES.map((phase) => [
      PLAN_TEXTS[locale][`phase.${phase}`],
      `=COUNTIFS(${phaseCells}, ${quoted(phase)}, ${skuCells}, "<>")`,
      text(m[`meaning.${phase}`]),
    ]),
    [m.actionsHeader, m.countHeader, m.meaningHeader],
    ...REVIEW_ACTIONS.map((action, i) => [
      m[`action.${action}`],
      `=COUNTIF(${workRange('action')}, A${ACTIONS_ROW + 1 + i})`,
      text(m[`actionMeaning.${action}`]),
    ]),
    [m.listAction, m.listSku, m.listDecision],
    [
      `=ARRAYFORMULA(IFERROR(${sorted('action')}, ${quoted(m.nothingToDo)}))`,
      `=ARRAYFORMULA(IFERROR(IFERROR(HYPERLINK(${link}, ${skus}), ${skus}), ""))`,
      `=ARRAYFORMULA(IFERROR(${decisions}, ""))`,
    ],
  ];

  const workHeader: string[] = [];
  const workNotes: string[] = [];
  const workFormulas: string[] = [];
  for (const column of WORK_KEYS) {
    const mirrored = (MIRRORED_KEYS as readonly string[]).includes(column);
    const formula = workFormula(column, at);
    if (mirrored) {
      const header = columnOf(column as (typeof MIRRORED_KEYS)[number]).header[locale];
      workHeader.push(header);
      workNotes.push(
        formatMessage(formula === undefined ? m.noteMissing : m.noteMirrored, {
          header,
          sheet: rep.name,
        }),
      );
    } else {
      const worked = column as Exclude<WorkKey, (typeof MIRRORED_KEYS)[number]>;
      workHeader.push(m[`header.${worked}`]);
      workNotes.push(text(m[`note.${worked}`]));
    }
    workFormulas.push(formula ?? '');
  }
  return {
    left,
    boldRows: [1, PHASES_ROW, ACTIONS_ROW, LIST_HEADER_ROW],
    workHeader,
    workNotes,
    workFormulas,
    workFormats: WORK_KEYS.flatMap((column) => {
      const format = FORMATS[column];
      return format === undefined ? [] : [{ column: workColumn(column), format }];
    }),
  };
}
