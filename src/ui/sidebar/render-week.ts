// R1: the week on this sheet, beside the selected SKU — SKUs per phase and per action, as the
// Weekly review sheet counts them.

import type { WeekCounts } from '../../addon/weekly-review/read-review-rows';
import { REVIEW_MESSAGES } from '../../addon/weekly-review/review-messages';
import type { Locale } from '../../core/i18n/locale';
import { PHASES } from '../../core/phase';
import { REVIEW_ACTIONS } from '../../core/review/weekly-review';
import { el } from '../page-kit/dom';
import { planWord, sidebarText } from './sidebar-text';

export function renderWeek(week: WeekCounts, locale: Locale): HTMLElement {
  const words = REVIEW_MESSAGES[locale];
  const actions = REVIEW_ACTIONS.filter((action) => week.actions[action] > 0);
  return el('section', { className: 'week', attrs: { id: 'week' } }, [
    el('div', { className: 'week-title', text: sidebarText(locale, 'week.title') }),
    el(
      'div',
      { className: 'week-phases' },
      PHASES.map((phase) =>
        el('span', { className: 'week-phase', attrs: { 'data-phase': phase } }, [
          el('span', { className: 'week-count', text: String(week.phases[phase]) }),
          ` ${planWord(locale, `phase.${phase}`)}`,
        ]),
      ),
    ),
    actions.length === 0
      ? el('div', { className: 'week-none', text: words.nothingToDo })
      : el(
          'ul',
          { className: 'week-actions' },
          actions.map((action) =>
            el('li', { className: 'week-action', attrs: { 'data-action': action } }, [
              el('span', { className: 'week-count', text: String(week.actions[action]) }),
              ` ${words[`action.${action}`]}`,
            ]),
          ),
        ),
    el('div', { className: 'week-hint', text: sidebarText(locale, 'week.hint') }),
  ]);
}
