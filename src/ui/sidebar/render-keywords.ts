// The keyword panel: before a stockout the reminder to log ranks (R22), during it the biggest falls
// (R30), after it the keywords to win back with their targets (R37, R43), and who took our place
// (R31). Every keyword and ASIN is set as text.

import type { KeywordPanel } from '../../addon/keyword-ranks/keyword-panel';
import type { Locale } from '../../core/i18n/locale';
import type { KeywordDrop } from '../../core/keywords/biggest-falls';
import type { SprintKeyword } from '../../core/keywords/keyword-sprint';
import type { CompetitorRank, LoggedRank } from '../../core/keywords/rank-log';
import { el } from '../page-kit/dom';
import type { KeywordTextKey } from './keyword-messages';
import { keywordText as text } from './sidebar-text';

export function renderKeywords(panel: KeywordPanel, locale: Locale): HTMLElement {
  const rules = panel.phase === 'RECOVERY' ? 'R37 · R43' : panel.rule;
  const parts: (HTMLElement | false)[] = [
    el('h2', {}, [
      el('span', { text: text(locale, `title.${panel.phase}`) }),
      el('span', { className: 'rule', text: rules }),
    ]),
  ];
  if (panel.sheet === undefined)
    parts.push(el('p', { className: 'kw-note', text: text(locale, 'noSheet') }));
  if (panel.phase === 'PRE_STOCKOUT') parts.push(...reminder(panel, locale));
  else if (panel.phase === 'OUT_OF_STOCK') parts.push(...falls(panel.falls, panel.sheet, locale));
  else parts.push(...sprint(panel.sprint, panel.sheet, locale));
  return el('section', { className: 'keywords', attrs: { 'data-phase': panel.phase } }, parts);
}

function reminder(
  panel: Extract<KeywordPanel, { phase: 'PRE_STOCKOUT' }>,
  locale: Locale,
): HTMLElement[] {
  const out = [el('p', { className: 'kw-reminder', text: text(locale, 'logToday') })];
  if (panel.sheet === undefined) return out;
  const last =
    panel.lastLogged === undefined
      ? text(locale, 'neverLogged')
      : panel.daysSince === 0
        ? text(locale, 'loggedToday')
        : text(locale, 'lastLogged', { date: panel.lastLogged, days: panel.daysSince ?? 0 });
  out.push(el('p', { className: 'kw-last', text: last }));
  return out;
}

function falls(
  list: readonly KeywordDrop[],
  sheet: string | undefined,
  locale: Locale,
): HTMLElement[] {
  return keywordList(list, sheet, locale, 'noFalls', (drop) =>
    el('li', { className: `kw severity-${drop.severity}` }, [
      el('div', { className: 'kw-head' }, [
        el('span', { className: 'kw-name', text: drop.keyword }),
        el('span', {
          className: 'kw-severity',
          text: text(locale, `severity.${drop.severity}`),
        }),
      ]),
      el('div', {
        className: 'kw-figures',
        text: [
          text(locale, `kind.${drop.kind}`),
          text(locale, 'from', { rank: drop.reference }),
          text(locale, 'now', { rank: rankText(drop.latest, locale) }),
          drop.fall === undefined ? '' : text(locale, 'places', { places: drop.fall }),
        ]
          .filter((part) => part !== '')
          .join(' · '),
      }),
      takenBy(drop.takenBy, locale),
    ]),
  );
}

function sprint(
  list: readonly SprintKeyword[],
  sheet: string | undefined,
  locale: Locale,
): HTMLElement[] {
  const shown = keywordList(list, sheet, locale, 'noSprint', (item) =>
    el('li', { className: item.done ? 'kw done' : 'kw', attrs: { 'data-keyword': item.keyword } }, [
      el('div', { className: 'kw-head' }, [
        el('span', {
          className: 'kw-mark',
          text: item.done ? '✓' : '○',
          title: text(locale, item.done ? 'done' : 'open'),
          attrs: { 'aria-label': text(locale, item.done ? 'done' : 'open') },
        }),
        el('span', { className: 'kw-name', text: item.keyword }),
        el('span', {
          className: 'kw-target',
          text: text(locale, 'target', { rank: item.target }),
        }),
      ]),
      el('div', {
        className: 'kw-figures',
        text: [
          text(locale, 'now', { rank: rankText(item.latest, locale) }),
          text(locale, 'worst', { rank: rankText(item.worst, locale) }),
        ].join(' · '),
      }),
      takenBy(item.takenBy, locale),
    ]),
  );
  if (sheet === undefined || list.length === 0) return shown;
  return [...shown, el('p', { className: 'kw-note', text: text(locale, 'sprintNote') })];
}

/**
 * A panel's keywords as a numbered list, one item each; the `empty` note when there are none;
 * nothing when there is no keyword-rank sheet (the panel already says so).
 */
function keywordList<T>(
  list: readonly T[],
  sheet: string | undefined,
  locale: Locale,
  empty: KeywordTextKey,
  item: (entry: T) => HTMLElement,
): HTMLElement[] {
  if (sheet === undefined) return [];
  if (list.length === 0) return [el('p', { className: 'kw-note', text: text(locale, empty) })];
  return [el('ol', { className: 'kw-list' }, list.map(item))];
}

function takenBy(list: readonly CompetitorRank[], locale: Locale): HTMLElement | false {
  if (list.length === 0) return false;
  const names = list
    .slice(0, 3)
    .map((c) =>
      c.rank === undefined ? c.asin : text(locale, 'competitor', { asin: c.asin, rank: c.rank }),
    )
    .join(text(locale, 'listSeparator'));
  return el('div', { className: 'kw-taken', text: text(locale, 'takenBy', { list: names }) });
}

function rankText(rank: LoggedRank, locale: Locale): string {
  return rank === 'off' ? text(locale, 'offRange') : `#${rank}`;
}
