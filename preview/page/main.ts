// The preview page: the add-on's menu, the grid, the formula bar, the sidebar, in either language.

import { columnLetter } from '../../src/addon/platform/column-letter';
import { formatMessage, type Locale } from '../../src/core/i18n/locale';
import { api } from './api-client';
import { el } from './dom';
import { PAGE_MESSAGES, type PageMessageKey } from './page-messages';
import { Modal, SidebarPanel, Toasts } from './panels';
import type { ActionResult, PreviewState, UiEvent } from './preview-api';
import { SheetView, type ViewTextKey } from './sheet-view';

let state: PreviewState;
const t = (key: PageMessageKey, params: Record<string, string> = {}) =>
  formatMessage(PAGE_MESSAGES[state?.locale ?? 'en'][key], {
    product: state?.menuTitle ?? '',
    ...params,
  });

const toasts = new Toasts();
const modal = new Modal((id) => {
  if (id !== undefined) void api.close(id).then(apply);
});
const sidebar = new SidebarPanel((id) => void api.close(id).then(apply));
const grid = new SheetView({
  fetch: (sheet, from, to) => api.grid(sheet, from, to),
  select: (selection) => {
    updateFormulaBar();
    void api.select(selection).then(async (result) => {
      await apply(result, false);
      // The sidebar re-reads the active row on its own poll; ask it now rather than in 3 s.
      sidebar.nudge();
    });
  },
  edit: async (sheet, cells) => {
    setBusy(true);
    try {
      const [first] = cells;
      return await api.edit({
        sheet,
        row: first?.row ?? 0,
        col: first?.col ?? 0,
        input: first?.input ?? '',
        cells,
      });
    } catch (error) {
      toasts.show('', t('actionFailed', { reason: String(error) }), 10);
      throw error;
    } finally {
      setBusy(false);
    }
  },
  answered: (result) => apply(result),
  sort: (sheet, col, ascending) => {
    setBusy(true);
    void api
      .sort({ sheet, col, ascending })
      .then(apply)
      .finally(() => setBusy(false));
  },
  text: (key: ViewTextKey, params) => t(key, params),
});

const title = el('span', { class: 'brand-title' });
const source = el('span', { class: 'source' });
const banner = el('p', { class: 'banner' });
const menus = el('nav', { class: 'menus' });
const languages = el('div', { class: 'languages', role: 'group' });
const cellName = el('span', { class: 'cell-name', 'aria-live': 'polite' });
const formulaInput = el('input', { class: 'formula-input', type: 'text', spellcheck: 'false' });
const errorLine = el('p', { class: 'error-line', role: 'status' });
const tabs = el('footer', { class: 'tabs', role: 'tablist' });
const busy = el('span', { class: 'busy', hidden: true });

document.body.append(
  el(
    'header',
    { class: 'topbar' },
    el('span', { class: 'brand' }, el('span', { class: 'logo' }, '▦'), title),
    menus,
    source,
    busy,
    languages,
  ),
  banner,
  el('div', { class: 'formula-bar' }, cellName, el('span', { class: 'fx' }, 'fx'), formulaInput),
  errorLine,
  el('main', { class: 'workspace' }, grid.element, sidebar.element),
  tabs,
  modal.element,
  toasts.element,
);

formulaInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') {
    event.preventDefault();
    const { row, col } = grid.current();
    formulaInput.blur();
    grid.type(row, col, formulaInput.value);
  } else if (event.key === 'Escape') {
    updateFormulaBar();
    formulaInput.blur();
  }
});

window.addEventListener('message', (event) => {
  const data = event.data as { source?: string; type?: string; page?: string };
  if (data?.source !== 'stockout-preview' || data.page === undefined) return;
  if (data.type === 'close') {
    if (sidebar.currentId() === data.page) void api.close(data.page).then(apply);
    else modal.close(data.page);
  }
});

function setBusy(on: boolean): void {
  busy.hidden = !on;
  busy.textContent = t('working');
}

function updateFormulaBar(): void {
  const { row, col } = grid.current();
  const cell = grid.selectedCell();
  cellName.textContent = `${columnLetter(col + 1)}${row + 1}`;
  cellName.title = t('cellName');
  if (document.activeElement !== formulaInput) formulaInput.value = cell?.e ?? cell?.t ?? '';
  errorLine.textContent = cell?.err ?? '';
  errorLine.hidden = !cell?.err;
}

function renderChrome(): void {
  document.documentElement.lang = state.locale;
  document.title = t('title');
  title.textContent = t('title');
  banner.textContent = t('banner');
  source.textContent =
    state.source === '' ? t('sourceSample') : t('sourceCsv', { file: state.source });
  formulaInput.placeholder = t('formulaPlaceholder');
  grid.setLabel(t('gridLabel', { sheet: state.activeSheet }));
  sidebar.setCloseLabel(t('closeSidebar'));
  renderMenus();
  renderLanguages();
  renderTabs();
}

function renderMenus(): void {
  menus.replaceChildren();
  const addon = menuButton(t('extensions'), 'menu-extensions', (list) => {
    list.append(el('li', { class: 'menu-heading', role: 'presentation' }, state.menuTitle));
    if (state.menu.length === 0) list.append(el('li', { class: 'menu-note' }, t('noMenu')));
    for (const entry of state.menu) {
      if (entry.kind === 'separator') {
        list.append(el('li', { class: 'menu-sep', role: 'separator' }));
        continue;
      }
      const item = el(
        'button',
        { class: 'menu-item', type: 'button', role: 'menuitem', 'data-fn': entry.functionName },
        entry.caption,
      );
      item.addEventListener('click', () => runMenu(entry.functionName));
      list.append(el('li', { role: 'none' }, item));
    }
  });
  const preview = menuButton(t('previewMenu'), 'menu-preview', (list) => {
    const item = el(
      'button',
      { class: 'menu-item', type: 'button', role: 'menuitem' },
      t('reloadSample'),
    );
    item.addEventListener('click', () => {
      closeMenus();
      void api.reload().then(apply);
    });
    list.append(el('li', { role: 'none' }, item));
  });
  menus.append(addon, preview);
}

function menuButton(
  label: string,
  id: string,
  fill: (list: HTMLUListElement) => void,
): HTMLElement {
  const list = el('ul', { class: 'menu-list', role: 'menu', id: `${id}-list`, hidden: true });
  fill(list);
  const button = el(
    'button',
    {
      class: 'menu-button',
      type: 'button',
      id,
      'aria-haspopup': 'true',
      'aria-controls': `${id}-list`,
    },
    label,
  );
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    const open = list.hidden;
    closeMenus();
    list.hidden = !open;
  });
  return el('div', { class: 'menu' }, button, list);
}

function closeMenus(): void {
  for (const list of document.querySelectorAll<HTMLElement>('.menu-list')) list.hidden = true;
}
document.addEventListener('click', closeMenus);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') closeMenus();
});

function runMenu(functionName: string): void {
  closeMenus();
  setBusy(true);
  void api
    .menu(functionName)
    .then(apply)
    .finally(() => setBusy(false));
}

function renderLanguages(): void {
  languages.replaceChildren();
  languages.setAttribute('aria-label', t('language'));
  const options: [Locale, string][] = [
    ['en', 'English'],
    ['zh-CN', '中文'],
  ];
  for (const [locale, label] of options) {
    const button = el(
      'button',
      {
        class: 'lang',
        type: 'button',
        'data-locale': locale,
        'aria-pressed': String(state.locale === locale),
      },
      label,
    );
    button.addEventListener('click', () => {
      if (state.locale === locale) return;
      void api.locale(locale).then(async (result) => {
        await apply(result);
        sidebar.reload();
      });
    });
    languages.append(button);
  }
}

function renderTabs(): void {
  tabs.replaceChildren();
  tabs.setAttribute('aria-label', t('sheetsLabel'));
  for (const name of state.sheets) {
    const tab = el(
      'button',
      {
        class: 'tab',
        type: 'button',
        role: 'tab',
        'aria-selected': String(name === state.activeSheet),
      },
      name,
    );
    tab.addEventListener('click', () => {
      if (name === state.activeSheet) return;
      void api.select({ sheet: name, row: 1, col: 0, rows: 1, cols: 1 }).then(apply);
    });
    tabs.append(tab);
  }
}

function handleEvents(events: readonly UiEvent[]): void {
  for (const event of events) {
    if (event.kind === 'toast') toasts.show(event.title, event.message);
    else if (event.kind === 'alert') modal.alert(event.message, t('ok'));
    else if (event.kind === 'dialog') modal.dialog(event, t('close'));
  }
}

let shownVersion = -1;

/** Applies an action's answer: new state, what the add-on showed, and the grid if it changed. */
async function apply(result: ActionResult, redraw = true): Promise<void> {
  const before = state;
  state = result.state;
  renderChrome();
  sidebar.show(state.sidebar);
  handleEvents(result.events);
  if (result.error) toasts.show('', t('actionFailed', { reason: result.error }), 10);
  const sheetChanged = before === undefined || before.activeSheet !== state.activeSheet;
  if (redraw || sheetChanged || state.version !== shownVersion) {
    shownVersion = state.version;
    await grid.show(state.activeSheet, state.selection);
  }
  updateFormulaBar();
}

async function start(): Promise<void> {
  state = await api.state();
  await apply({ state, events: [] });
  const stream = new EventSource('/api/events');
  stream.addEventListener('message', (message) => {
    const { version, events } = JSON.parse(message.data as string) as {
      version: number;
      events: UiEvent[];
    };
    handleEvents(events);
    if (version !== shownVersion) {
      void api.state().then((fresh) => apply({ state: fresh, events: [] }));
    }
  });
  document.body.dataset.ready = 'true';
}

void start();
