// The About dialog: what the add-on does and what each menu item is for.

import { formatMessage, type Locale } from '../../core/i18n/locale';
import { CUSTOM_FUNCTIONS } from '../custom-functions/catalog';
import type { Services } from '../services/services';
import { userLocale } from '../services/user-locale';
import { escapeHtml } from './escape-html';
import { MENU_MESSAGES } from './menu-messages';

/** The About page, self-contained (no external resources), every text escaped. */
export function renderAbout(locale: Locale): string {
  const m = MENU_MESSAGES[locale];
  const item = (name: string, text: string) =>
    `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(text)}</dd>`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${locale}"><head><meta charset="utf-8"><base target="_top">`,
    '<style>body{font:14px/1.5 Arial,sans-serif;margin:0 16px;color:#202124}',
    'dt{font-weight:bold;margin-top:8px}dd{margin:0 0 4px}p.small{color:#5f6368}</style>',
    '</head><body>',
    `<p>${escapeHtml(m.aboutIntro)}</p>`,
    '<dl>',
    item(m.insertSheet, m.aboutInsertSheet),
    item(m.insertShipments, m.aboutInsertShipments),
    item(m.insertRanks, m.aboutInsertRanks),
    item(m.refreshColours, m.aboutRefreshColours),
    item(m.weeklyReview, m.aboutWeeklyReview),
    item(m.checkShipments, m.aboutCheckShipments),
    item(m.addRankRows, m.aboutAddRankRows),
    item(m.insertSalesHistory, m.aboutInsertSalesHistory),
    item(m.workOutDemand, m.aboutWorkOutDemand),
    item(m.importReport, m.aboutImport),
    item(m.openSidebar, m.aboutOpenSidebar),
    item(m.settings, m.aboutSettings),
    '</dl>',
    `<p>${escapeHtml(formatMessage(m.aboutFunctions, { functions: functionNames(locale) }))}</p>`,
    `<p class="small">${escapeHtml(m.aboutPrivacy)}</p>`,
    '</body></html>',
  ].join('\n');
}

function functionNames(locale: Locale): string {
  return CUSTOM_FUNCTIONS.map((spec) => spec.name).join(locale === 'zh-CN' ? '、' : ', ');
}

export function showAboutDialog(services: Services): void {
  const locale = userLocale(services.session);
  const output = services.html.createHtmlOutput(renderAbout(locale)).setWidth(480).setHeight(420);
  services.ui.getUi().showModalDialog(output, MENU_MESSAGES[locale].aboutTitle);
}
