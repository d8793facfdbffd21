// The top of the sidebar: the SKU, its phase badge, where it is and the three key figures.

import type { SidebarState } from '../addon/sidebar/sidebar-api';
import { el } from '../browser/dom';
import type { Locale } from '../core/i18n/locale';
import type { Plan } from '../core/plan/build-plan';
import { formatQuantity } from '../core/plan/format-quantity';
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
      el('span', {
        className: 'row-ref',
        text: sidebarText(locale, 'where', { row: state.row, sheet: state.sheet }),
      }),
    ]),
    plan && renderFigures(plan, locale),
  ]);
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
