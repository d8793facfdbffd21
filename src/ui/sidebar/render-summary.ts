// The top of the sidebar: the SKU, its phase badge, where it is, the three key figures with their
// sums (R11), an overdue inbound (R23), and a recovering SKU's new gap ahead (R33).

import type { SidebarState } from '../../addon/sidebar/sidebar-api';
import type { Locale } from '../../core/i18n/locale';
import type { Plan } from '../../core/plan/build-plan';
import { formatQuantity } from '../../core/plan/format-quantity';
import type { PlanLine } from '../../core/plan/plan-item';
import { planText } from '../../core/plan/plan-text';
import { days as dayCount } from '../../core/plan/quantity';
import { el } from '../page-kit/dom';
import type { SidebarTextKey } from './sidebar-messages';
import { planWord, sidebarText } from './sidebar-text';

export function renderSummary(state: SidebarState, plan: Plan | undefined): HTMLElement {
  const { locale } = state;
  return el('div', { className: 'summary' }, [
    state.product
      ? el('div', { className: 'product', text: state.product, title: state.product })
      : null,
    el('div', { className: 'where' }, [
      plan &&
        el('span', {
          className: `badge phase-${plan.phase}`,
          text: planWord(locale, `phase.${plan.phase}`),
          attrs: { 'data-phase': plan.phase },
        }),
      plan?.phase === 'RECOVERY' &&
        plan.gapAhead !== undefined &&
        el('span', { className: 'badge gap-ahead', text: sidebarText(locale, 'gapAheadBadge') }),
      el('span', {
        className: 'row-ref',
        text: sidebarText(locale, 'where', { row: state.row, sheet: state.sheet }),
      }),
    ]),
    plan && renderFigures(plan, locale),
    plan && renderSums(plan, locale),
    plan && renderOverdue(plan, locale),
    plan && renderGapAhead(plan, locale),
  ]);
}

/** R11: each key figure's inputs, from the same numbers as the figure. */
function renderSums(plan: Plan, locale: Locale): HTMLElement | null {
  const { cover, gap, reorder } = plan.figures.sums;
  const lines: [SidebarTextKey, PlanLine | undefined][] = [
    ['figure.cover', cover],
    ['figure.gap', gap],
    ['figure.reorder', reorder],
  ];
  const shown = lines.filter((line): line is [SidebarTextKey, PlanLine] => line[1] !== undefined);
  if (shown.length === 0) return null;
  return el(
    'ul',
    { className: 'sums' },
    shown.map(([label, line]) =>
      el('li', { className: 'sum-line', attrs: { 'data-sum': label.slice('figure.'.length) } }, [
        el('span', { className: 'sum-label', text: sidebarText(locale, label) }),
        el('span', { className: 'sum-text', text: planText(line.text, line.values, locale) }),
      ]),
    ),
  );
}

/** R23: an inbound past its ETA, which the plan then counts as not arriving. */
function renderOverdue(plan: Plan, locale: Locale): HTMLElement | null {
  if (plan.arrivalOverdueDays === undefined) return null;
  return el('div', {
    className: 'notice arrival-overdue',
    text: planText('arrivalOverdue', { overdue: dayCount(plan.arrivalOverdueDays) }, locale),
  });
}

/** R33: a recovering SKU heading for a new stockout says so, with the days. */
function renderGapAhead(plan: Plan, locale: Locale): HTMLElement | null {
  const ahead = plan.gapAhead;
  if (plan.phase !== 'RECOVERY' || ahead === undefined) return null;
  const values = {
    runOut: dayCount(ahead.runOutDays),
    gap: dayCount(ahead.days),
    cycle: dayCount(ahead.cycleDays),
  };
  return el('div', {
    className: 'notice gap-ahead',
    text: planText(`gapAhead.${ahead.reason}`, values, locale),
  });
}

function renderFigures(plan: Plan, locale: Locale): HTMLElement {
  const { coverDays, runOutDays, arrivalDays, gapDays, reorderQty } = plan.figures;
  const days = (value: number) => formatQuantity({ unit: 'days', value });
  const onHand =
    runOutDays === undefined
      ? undefined
      : runOutDays === 0
        ? sidebarText(locale, 'figure.outNow')
        : sidebarText(locale, 'figure.runsOut', { days: days(runOutDays) });
  const eta =
    arrivalDays === undefined
      ? undefined
      : sidebarText(locale, 'figure.eta', { days: days(arrivalDays) });
  return el('div', { className: 'figures' }, [
    figure(locale, 'figure.cover', coverDays, 'days', 'figure.noSales', onHand),
    figure(locale, 'figure.gap', gapDays, 'days', 'figure.noEta', eta, (gapDays ?? 0) > 0),
    figure(locale, 'figure.reorder', reorderQty, 'units', 'figure.noSales', undefined),
  ]);
}

function figure(
  locale: Locale,
  label: SidebarTextKey,
  value: number | undefined,
  unit: 'days' | 'units',
  missing: SidebarTextKey,
  note: string | undefined,
  alarming = false,
): HTMLElement {
  const known = value !== undefined;
  return el('div', { className: alarming ? 'figure alarm' : 'figure' }, [
    el('div', { className: 'label', text: sidebarText(locale, label) }),
    el('div', { className: known ? 'value' : 'value none' }, [
      known ? formatQuantity({ unit, value }) : '—',
      known && el('span', { className: 'unit', text: sidebarText(locale, `unit.${unit}`) }),
    ]),
    el('div', {
      className: 'note',
      text: known ? (note ?? '') : sidebarText(locale, missing),
    }),
  ]);
}
