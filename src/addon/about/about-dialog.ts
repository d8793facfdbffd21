// The About dialog: what the add-on does and what each menu item is for.

import { formatMessage, type Locale } from '../../core/i18n/locale';
import { CUSTOM_FUNCTIONS } from '../custom-functions/catalog';
import { escapeHtml } from '../platform/escape-html';
import { type Feature, menuItemsOf } from '../platform/feature-kit/feature';
import type { Services } from '../platform/services/services';
import { userLocale } from '../platform/services/user-locale';
import { ABOUT_MESSAGES } from './about-messages';

/**
 * The About page, self-contained (no external resources), every text escaped: a line for each
 * menu item of `features` that has one.
 */
export function renderAbout(locale: Locale, features: readonly Feature[]): string {
  const m = ABOUT_MESSAGES[locale];
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
    ...menuItemsOf(features).flatMap((entry) =>
      entry.about === undefined ? [] : [item(entry.caption[locale], entry.about[locale])],
    ),
    '</dl>',
    `<p>${escapeHtml(formatMessage(m.aboutFunctions, { functions: functionNames(locale) }))}</p>`,
    `<p class="small">${escapeHtml(m.aboutPrivacy)}</p>`,
    '</body></html>',
  ].join('\n');
}

function functionNames(locale: Locale): string {
  return CUSTOM_FUNCTIONS.map((spec) => spec.name).join(locale === 'zh-CN' ? '、' : ', ');
}

export function showAboutDialog(services: Services, features: readonly Feature[]): void {
  const locale = userLocale(services.session);
  const output = services.html
    .createHtmlOutput(renderAbout(locale, features))
    .setWidth(480)
    .setHeight(420);
  services.ui.getUi().showModalDialog(output, ABOUT_MESSAGES[locale].aboutTitle);
}
