// The sidebar page: follows the selected row (refresh button + light poll), shows its plan, saves ticks.

import type { SidebarState, TickState } from '../../addon/sidebar/sidebar-api';
import type { Locale } from '../../core/i18n/locale';
import type { RuleId } from '../../core/plan/rule-book';
import { el } from '../page-kit/dom';
import { messageOf, pageLocale } from '../page-kit/page-text';
import { googleScriptRun } from '../page-kit/script-rpc';
import { renderChart } from './render-chart';
import { renderChecklist } from './render-checklist';
import { renderCycle } from './render-cycle';
import { renderKeywords } from './render-keywords';
import { renderLegend } from './render-legend';
import { renderSummary } from './render-summary';
import { renderWeek } from './render-week';
import { serverRpc } from './server-rpc';
import { inputErrorText, planWord, sidebarText } from './sidebar-text';

/** How often the sidebar re-reads the selected row while it is visible. */
const POLL_MS = 3000;

interface View {
  state?: SidebarState;
  /** The last state as received, to skip re-rendering when nothing changed. */
  received: string;
  loadError?: string;
  saveError?: string;
  loading: boolean;
  saving: Set<RuleId>;
  updatedAt?: Date;
}

const rpc = serverRpc(googleScriptRun);
const view: View = { received: '', loading: false, saving: new Set() };

function locale(): Locale {
  return view.state?.locale ?? pageLocale();
}

async function refresh(): Promise<void> {
  if (view.loading) return;
  view.loading = true;
  renderRefreshButton();
  try {
    const state = await rpc.getSidebarState();
    const received = JSON.stringify(state);
    view.updatedAt = new Date();
    const changed = received !== view.received || view.loadError !== undefined;
    view.loadError = undefined;
    if (changed && view.saving.size === 0) {
      view.received = received;
      view.state = state;
      view.saveError = undefined;
      render();
    } else {
      renderFooter();
    }
  } catch (error) {
    view.loadError = messageOf(error);
    render();
  } finally {
    view.loading = false;
    renderRefreshButton();
  }
}

async function tick(rule: RuleId, done: boolean): Promise<void> {
  const state = view.state;
  if (state?.plan === undefined || state.sku === undefined) return;
  const before = state.ticks ?? {};
  const optimistic: TickState = { done, by: '', at: new Date().toISOString() };
  view.state = { ...state, ticks: { ...before, [rule]: optimistic } };
  view.saving.add(rule);
  view.saveError = undefined;
  render();
  try {
    const result = await rpc.setChecklistItem({
      sheet: state.sheet,
      sku: state.sku,
      phase: state.plan.phase,
      rule,
      done,
      cycle: state.cycle ?? '',
    });
    if (view.state?.sku === state.sku) view.state = { ...view.state, ticks: result.ticks };
  } catch (error) {
    if (view.state?.sku === state.sku) view.state = { ...view.state, ticks: before };
    view.saveError = sidebarText(locale(), 'saveFailed', { message: messageOf(error) });
  } finally {
    view.saving.delete(rule);
    // The next poll re-renders from the server's view of the ticks.
    view.received = '';
    render();
  }
}

function render(): void {
  const lang = locale();
  document.documentElement.lang = lang;
  const root = document.getElementById('app');
  if (root === null) return;
  root.replaceChildren(header(lang), ...body(lang), footer(lang));
}

function header(lang: Locale): HTMLElement {
  const state = view.state;
  const title = state?.sku ?? sidebarText(lang, 'appName');
  return el('header', { className: 'top' }, [
    el('h1', { className: state?.sku ? 'sku' : 'sku app-name', text: title, title }),
    refreshButton(lang),
  ]);
}

function refreshButton(lang: Locale): HTMLButtonElement {
  const button = el('button', {
    className: view.loading ? 'refresh spinning' : 'refresh',
    title: sidebarText(lang, 'refreshTitle'),
    attrs: { type: 'button', id: 'refresh', 'aria-label': sidebarText(lang, 'refresh') },
  });
  button.appendChild(el('span', { className: 'refresh-icon', text: '↻' }));
  button.addEventListener('click', () => void refresh());
  return button;
}

function renderRefreshButton(): void {
  const current = document.getElementById('refresh');
  current?.classList.toggle('spinning', view.loading);
}

function body(lang: Locale): HTMLElement[] {
  const state = view.state;
  const parts: HTMLElement[] = [];
  if (view.loadError !== undefined) {
    parts.push(
      el('div', {
        className: 'notice error',
        text: sidebarText(lang, 'loadFailed', { message: view.loadError }),
      }),
    );
  }
  if (state === undefined) {
    if (view.loadError === undefined) {
      parts.push(el('div', { className: 'notice loading', text: sidebarText(lang, 'loading') }));
    }
    return parts;
  }
  const plan = state.plan;
  if (state.sku !== undefined) parts.push(renderSummary(state, plan));
  if (state.orderCycle !== undefined) parts.push(renderCycle(state.orderCycle, lang));
  if (state.legend !== undefined) parts.push(renderLegend(state.legend, lang));
  if (view.saveError !== undefined) {
    parts.push(el('div', { className: 'notice error', text: view.saveError }));
  }
  if (state.notice !== undefined) {
    const key = `notice.${state.notice.key}` as const;
    parts.push(
      el('div', { className: 'notice', text: sidebarText(lang, key, state.notice.params) }),
    );
  }
  if (state.inputError !== undefined) {
    parts.push(
      el('div', { className: 'notice error' }, [
        el('strong', { text: sidebarText(lang, 'fixFigure') }),
        el('div', {
          text: inputErrorText(lang, state.inputError.key, state.inputError.params),
        }),
      ]),
    );
  }
  if (plan === undefined) return withWeek(parts, state, lang);
  parts.push(renderChart(plan.chart, state.today, lang));
  if (plan.items.length === 0) {
    parts.push(el('div', { className: 'notice calm', text: planWord(lang, 'healthy') }));
  } else {
    if (plan.phase === 'HEALTHY') {
      parts.push(el('div', { className: 'notice calm', text: planWord(lang, 'healthyOrder') }));
    }
    parts.push(
      renderChecklist({
        items: plan.items,
        ticks: state.ticks ?? {},
        saving: view.saving,
        locale: lang,
        onTick: (rule, done) => void tick(rule, done),
      }),
    );
  }
  if (state.keywords !== undefined) parts.push(renderKeywords(state.keywords, lang));
  return withWeek(parts, state, lang);
}

/** The week's counts over the sheet, last: they are about the sheet, not the selected SKU. */
function withWeek(parts: HTMLElement[], state: SidebarState, lang: Locale): HTMLElement[] {
  return state.week === undefined ? parts : [...parts, renderWeek(state.week, lang)];
}

function footer(lang: Locale): HTMLElement {
  return el('footer', { className: 'bottom', attrs: { id: 'footer' } }, footerParts(lang));
}

function footerParts(lang: Locale): HTMLElement[] {
  const time = view.updatedAt
    ? `${pad(view.updatedAt.getHours())}:${pad(view.updatedAt.getMinutes())}:${pad(view.updatedAt.getSeconds())}`
    : '';
  return [
    el('span', { text: sidebarText(lang, 'following') }),
    el('span', { text: time ? sidebarText(lang, 'updated', { time }) : '' }),
  ];
}

function renderFooter(): void {
  document.getElementById('footer')?.replaceChildren(...footerParts(locale()));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function start(): void {
  render();
  void refresh();
  setInterval(() => {
    if (!document.hidden && view.saving.size === 0) void refresh();
  }, POLL_MS);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
