// The sidebar's endpoints over the services: the plan for the selected row, and saving a tick.

import { InputError } from '../../core/input-error';
import { buildPlan } from '../../core/plan/build-plan';
import { PLAN_TEXTS } from '../../core/plan/plan-messages';
import { dayIn } from '../cell-date';
import { keywordPanel } from '../keyword-ranks/keyword-panel';
import { underDocumentLock } from '../services/document-lock';
import type { Services } from '../services/services';
import type { SessionLike } from '../services/session-service';
import { userLocale } from '../services/user-locale';
import { loadSettings } from '../settings/settings-store';
import { type ColumnKey, columnOf } from '../template/replenishment-columns';
import { EndpointError } from './endpoint-error';
import { findSku } from './find-sku';
import { appendTick, readTicks } from './playbook-log';
import { type ActiveRow, readActiveRow } from './read-active-row';
import { readSkuRow, skuText } from './read-sku-row';
import type { ChecklistTick, SidebarEndpoints, SidebarState, TickResult } from './sidebar-api';
import { coverLegend, skuCycle } from './sku-cycle';
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
  const base = { locale, today, sheet: active.sheetName, row: active.row };
  if (active.headerRow === undefined) {
    return { ...base, notice: { key: 'noSkuColumn', params: { sheet: active.sheetName } } };
  }
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

  const settings = loadSettings(services.properties).settings;
  try {
    const read = readSkuRow(
      { header: active.header, columns: active.columns, cells },
      { today, timeZone, salesWeights: settings.salesWeights },
    );
    const withSku = {
      ...base,
      sku,
      ...(read.product ? { product: read.product } : {}),
      legend: coverLegend(settings),
    };
    // The plan works with the row's order cycle (legs or typed, plus the review period) and the
    // safety days it uses, so its reorder quantity is the sheet's.
    const cycle = skuCycle({ columns: active.columns, cells, timeZone }, read.row, settings);
    const plan = buildPlan(
      { ...read.row, cycleDays: cycle.cycle.total, safetyDays: cycle.safety.days },
      settings,
    );
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
      cycle,
      ticks: readTicks(spreadsheet, sku, plan.phase),
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

  underDocumentLock(
    services.lock,
    () => {
      appendTick(spreadsheet, { ...tick, at: now, user: activeUser(services.session) }, locale);
      // Written before the lock is let go, so the next writer's getLastRow sees this row.
      services.spreadsheet.flush();
    },
    () => {
      throw new EndpointError('busy', {}, locale);
    },
  );
  return { ticks: readTicks(spreadsheet, tick.sku, tick.phase) };
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
