// The phase's checklist grouped by area: checkboxes for tasks, a mark for cautions, hints for gaps.

import type { TickState } from '../../addon/sidebar/sidebar-api';
import type { Locale } from '../../core/i18n/locale';
import type { PlanItem } from '../../core/plan/plan-item';
import { missingHint, planText } from '../../core/plan/plan-text';
import { AREAS, type RuleId } from '../../core/plan/rule-book';
import { el } from '../page-kit/dom';
import { planWord, sidebarText } from './sidebar-text';

export interface ChecklistView {
  readonly items: readonly PlanItem[];
  readonly ticks: Readonly<Partial<Record<RuleId, TickState>>>;
  /** Rules whose tick is being saved. */
  readonly saving: ReadonlySet<RuleId>;
  readonly locale: Locale;
  readonly onTick: (rule: RuleId, done: boolean) => void;
}

export function renderChecklist(view: ChecklistView): HTMLElement {
  const { items, locale } = view;
  const tickable = items.filter((i) => i.kind !== 'warning');
  const done = tickable.filter((i) => view.ticks[i.rule]?.done).length;
  const sections = AREAS.flatMap((area) => {
    const inArea = items.filter((i) => i.area === area);
    if (inArea.length === 0) return [];
    const areaTickable = inArea.filter((i) => i.kind !== 'warning');
    const areaDone = areaTickable.filter((i) => view.ticks[i.rule]?.done).length;
    return [
      el('section', { className: 'area', attrs: { 'data-area': area } }, [
        el('h2', {}, [
          el('span', { text: planWord(locale, `area.${area}`) }),
          areaTickable.length > 0 &&
            el('span', { className: 'count', text: `${areaDone}/${areaTickable.length}` }),
        ]),
        ...inArea.map((item) => renderItem(item, view)),
      ]),
    ];
  });
  const share = tickable.length === 0 ? 0 : Math.round((done / tickable.length) * 100);
  return el('div', { className: 'checklist' }, [
    el('div', { className: 'progress' }, [
      el('span', {
        className: 'progress-text',
        text: sidebarText(locale, 'progress', { done, total: tickable.length }),
      }),
      el('span', { className: 'bar' }, [
        el('span', { className: 'fill', attrs: { style: `width:${share}%` } }),
      ]),
    ]),
    ...sections,
  ]);
}

function renderItem(item: PlanItem, view: ChecklistView): HTMLElement {
  const { locale } = view;
  const tick = view.ticks[item.rule];
  const saving = view.saving.has(item.rule);
  const warning = item.kind === 'warning';
  const classes = ['item', item.kind];
  if (tick?.done && !warning) classes.push('done');

  let control: HTMLElement;
  if (warning) {
    control = el('span', {
      className: 'caution',
      text: '!',
      title: planWord(locale, 'kind.warning'),
      attrs: { 'aria-label': planWord(locale, 'kind.warning') },
    });
  } else {
    const box = el('input', { attrs: { type: 'checkbox', 'data-rule': item.rule } });
    box.checked = tick?.done === true;
    box.disabled = saving;
    box.addEventListener('change', () => view.onTick(item.rule, box.checked));
    control = box;
  }

  const values = item.values;
  let meta: string | undefined;
  if (saving) meta = sidebarText(locale, 'saving');
  else if (tick?.done && !warning) {
    const at = tick.at.slice(0, 10);
    meta = tick.by
      ? sidebarText(locale, 'ticked', { by: tick.by, at })
      : sidebarText(locale, 'tickedNoUser', { at });
  }

  return el(
    warning ? 'div' : 'label',
    { className: classes.join(' '), attrs: { 'data-rule': item.rule } },
    [
      control,
      el('div', { className: 'body' }, [
        el('div', { className: 'title' }, [
          el('span', { className: 'text', text: planText(item.text, values, locale) }),
          el('span', {
            className: 'rule',
            text: item.rule,
            title: sidebarText(locale, 'rule', { rule: item.rule }),
          }),
        ]),
        el('div', { className: 'detail', text: planText(item.detail, values, locale) }),
        item.steps.length > 0 &&
          el(
            isSums(item) ? 'ul' : 'ol',
            { className: isSums(item) ? 'steps sums-steps' : 'steps' },
            item.steps.map((step) =>
              el('li', { text: planText(step.text, { ...values, ...step.values }, locale) }),
            ),
          ),
        item.missing.length > 0 &&
          el('div', { className: 'hint', text: missingHint(item.missing, locale) }),
        meta !== undefined && el('div', { className: 'meta', text: meta }),
      ]),
    ],
  );
}

/** True when an item's steps are sums (R11), read side by side rather than one after another. */
function isSums(item: PlanItem): boolean {
  return item.steps.every((step) => step.text.startsWith('sum.'));
}
