// The sidebar's endpoints over the services: the plan for the selected row, and saving a tick.

import type { Locale } from '../../core/i18n/locale';
import { InputError } from '../../core/input-error';
import type { IsoDate } from '../../core/iso-date';
import type { Phase } from '../../core/phase';
import { buildPlan, type Plan } from '../../core/plan/build-plan';
import { PLAN_TEXTS } from '../../core/plan/plan-messages';
import type { RuleId } from '../../core/plan/rule-book';
import type { PlaybookSettings } from '../../core/settings/settings';
import { keywordPanel } from '../keyword-ranks/keyword-panel';
import { dayIn } from '../platform/cell-date';
import { underDocumentLock } from '../platform/services/document-lock';
import type { Services } from '../platform/services/services';
import type { SessionLike } from '../platform/services/session-service';
import { userLocale } from '../platform/services/user-locale';
import { loadSettings } from '../platform/settings-store';
import { appendTick, readTicks } from '../playbook-log/playbook-log';
import {
  readSkuRow,
  type SkuRowCells,
  type SkuRowRead,
  skuText,
} from '../replenishment-sheet/read-sku-row';
import { type ColumnKey, columnOf } from '../replenishment-sheet/replenishment-columns';
import { weekCounts } from '../weekly-review/read-review-rows';
import { EndpointError } from './endpoint-error';
import { findSku } from './find-sku';
import { type ActiveRow, readActiveRow } from './read-active-row';
import type {
  ChecklistTick,
  SidebarEndpoints,
  SidebarState,
  TickResult,
  TickState,
} from './sidebar-api';
import { coverLegend, type SkuCycle, skuCycle } from './sku-cycle';
import { checkTickPayload } from './tick-payload';

/**
 * The endpoints bound to a set of services. `now` is the clock: the sidebar's "today" is its
 * day in the spreadsheet's time zone.
 */
export function sidebarEndpoints(
  services: Services,
  now: () => Date = () => new Date(),
): SidebarEndpoints {
  return {
    getSidebarState: () => getSidebarState(services, now()),
    setChecklistItem: (payload: unknown) => setChecklistItem(services, now(), payload),
  };
}

/**
 * Everything the sidebar shows for the selected row, in one call: a constant number of reads
 * (the selected row with its header, the settings, the Playbook log), whatever the sheet's size.
 */
export function getSidebarState(services: Services, now: Date): SidebarState {
  const locale = userLocale(services.session);
  const spreadsheet = services.spreadsheet.getActiveSpreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const today = dayIn(now, timeZone);
  const active = readActiveRow(spreadsheet);
  if (active.headerRow === undefined) {
    const base = { locale, today, sheet: active.sheetName, row: active.row };
    return { ...base, notice: { key: 'noSkuColumn', params: { sheet: active.sheetName } } };
  }
  const settings = loadSettings(services.properties).settings;
  const week = weekCounts(
    active.sheet,
    { headerRow: active.headerRow, columns: active.columns },
    { today, timeZone },
    settings,
  );
  const base = { locale, today, sheet: active.sheetName, row: active.row, week };
  if (active.cells === undefined) return { ...base, notice: { key: 'selectRow', params: {} } };
  const cells = active.cells;
  const sku = skuText(cells[active.columns.sku ?? -1]);
  if (sku === '') return { ...base, notice: { key: 'blankSku', params: { row: active.row } } };

  const missing = missingColumns(active);
  if (missing.length > 0) {
    const columns = missing
      .map((key) => columnOf(key).header[locale])
      .join(PLAN_TEXTS[locale].listSeparator);
    return { ...base, sku, notice: { key: 'missingColumns', params: { columns } } };
  }

  try {
    const { read, plan, orderCycle } = planOfRow(
      settings,
      { header: active.header, columns: active.columns, cells },
      today,
      timeZone,
    );
    const withSku = {
      ...base,
      sku,
      ...(read.product ? { product: read.product } : {}),
      legend: coverLegend(settings),
    };
    if (plan === undefined) return { ...withSku, notice: { key: 'noFigures', params: { sku } } };
    const keywords = keywordPanel(spreadsheet, {
      sku,
      phase: plan.phase,
      today,
      timeZone,
      locale,
      daysSinceRestock: read.row.daysSinceRestock,
    });
    return {
      ...withSku,
      plan,
      orderCycle,
      cycle: read.cycle,
      ticks: withCurrentOrder(
        readTicks(spreadsheet, { sku, phase: plan.phase, cycle: read.cycle }, timeZone),
        now,
        settings.reviewDays,
      ),
      ...(keywords === undefined ? {} : { keywords }),
    };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { ...base, sku, inputError: { key: error.key, params: error.params } };
  }
}

/**
 * Saves a tick: the payload is checked, the SKU looked up on its sheet, and only then is one row
 * appended to the Playbook log under the document lock. Anything wrong throws an EndpointError
 * in the user's language and writes nothing.
 */
export function setChecklistItem(services: Services, now: Date, payload: unknown): TickResult {
  const locale = userLocale(services.session);
  const tick: ChecklistTick = checkTickPayload(payload, locale);
  const spreadsheet = services.spreadsheet.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheetByName(tick.sheet);
  if (sheet === null) throw new EndpointError('noSheet', { sheet: tick.sheet }, locale);
  const found = findSku(sheet, tick.sku);
  if (found === 'noSkuColumn')
    throw new EndpointError('noSkuColumn', { sheet: tick.sheet }, locale);
  if (found === 'missing') {
    throw new EndpointError('unknownSku', { sku: tick.sku, sheet: tick.sheet }, locale);
  }
  const read = checkRowPhase(services, found, tick, now, locale);

  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  // A caller that does not name the cycle ticks the one the SKU's row is in now.
  const cycle = tick.cycle ?? read.cycle;
  const entry = { ...tick, cycle, at: now, user: activeUser(services.session) };
  underDocumentLock(
    services.lock,
    () => {
      appendTick(spreadsheet, entry, locale);
      // Written before the lock is let go, so the next writer's getLastRow sees this row.
      services.spreadsheet.flush();
    },
    () => {
      throw new EndpointError('busy', {}, locale);
    },
  );
  return { ticks: readTicks(spreadsheet, entry, timeZone) };
}

/**
 * R1, R6: an order is placed once per review period, so its tick lasts one period: a week later
 * (by default) the next order is due and the item shows unticked again, in the same cycle.
 */
function withCurrentOrder(
  ticks: Partial<Record<RuleId, TickState>>,
  now: Date,
  reviewDays: number,
): Partial<Record<RuleId, TickState>> {
  const order = ticks.R6;
  if (order === undefined) return ticks;
  const age = (now.getTime() - Date.parse(order.at)) / 86_400_000;
  if (!(age >= reviewDays)) return ticks;
  const { R6: _expired, ...rest } = ticks;
  return rest;
}

/**
 * A SKU row's figures, order cycle and plan, with the saved settings, as the sidebar shows them.
 * The plan works with the row's order cycle (legs or typed) and the safety days it uses, so its
 * reorder quantity is the sheet's; the plan adds the review period itself.
 */
function planOfRow(
  settings: PlaybookSettings,
  source: SkuRowCells,
  today: IsoDate,
  timeZone: string,
): { read: SkuRowRead; plan: Plan | undefined; orderCycle: SkuCycle } {
  const read = readSkuRow(source, { today, timeZone, salesWeights: settings.salesWeights });
  const orderCycle = skuCycle(
    { columns: source.columns, cells: source.cells, timeZone },
    read.row,
    settings,
  );
  const row = {
    ...read.row,
    cycleDays: orderCycle.cycle.total - settings.reviewDays,
    safetyDays: orderCycle.safety.days,
  };
  return { read, plan: buildPlan(row, settings, today), orderCycle };
}

/**
 * A tick belongs to the phase the SKU's row is in now: a checklist sent for another phase (the row
 * changed since the sidebar read it, or a forged request) is refused before anything is written.
 * Returns the row as read, for the stockout cycle the tick belongs to.
 */
function checkRowPhase(
  services: Services,
  row: SkuRowCells,
  tick: ChecklistTick,
  now: Date,
  locale: Locale,
): SkuRowRead {
  const timeZone = services.spreadsheet.getActiveSpreadsheet().getSpreadsheetTimeZone();
  let phase: Phase | undefined;
  let read: SkuRowRead;
  try {
    const settings = loadSettings(services.properties).settings;
    const planned = planOfRow(settings, row, dayIn(now, timeZone), timeZone);
    read = planned.read;
    phase = planned.plan?.phase;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const problem = error.text(locale);
    throw new EndpointError('rowUnreadable', { sku: tick.sku, problem }, locale);
  }
  if (phase === undefined) throw new EndpointError('noPhase', { sku: tick.sku }, locale);
  if (phase !== tick.phase) {
    throw new EndpointError(
      'phaseChanged',
      { sku: tick.sku, phase: tick.phase, now: phase },
      locale,
    );
  }
  return read;
}

/** The columns a plan cannot do without: the stock, and daily sales or the sales windows. */
function missingColumns(active: ActiveRow): ColumnKey[] {
  const has = (key: ColumnKey) => active.columns[key] !== undefined;
  const missing: ColumnKey[] = [];
  if (!has('fbaStock')) missing.push('fbaStock');
  if (!has('dailySales') && !has('units7d') && !has('units14d') && !has('units30d')) {
    missing.push('dailySales');
  }
  return missing;
}

/** The user's email when Apps Script tells it, else ''. */
function activeUser(session: SessionLike): string {
  try {
    return session.getActiveUser?.().getEmail() ?? '';
  } catch {
    return '';
  }
}
