// Opens the playbook sidebar (dist/Sidebar.html), or a short placeholder while there is none.

import type { Locale } from '../../core/i18n/locale';
import type { HtmlOutputLike } from '../services/html-service';
import type { Services } from '../services/services';
import { userLocale } from '../services/user-locale';
import { escapeHtml } from './escape-html';
import { MENU_MESSAGES } from './menu-messages';

/** The project file the build writes the sidebar to (dist/Sidebar.html). */
export const SIDEBAR_FILE = 'Sidebar';

export function openSidebar(services: Services): void {
  const locale = userLocale(services.session);
  let output: HtmlOutputLike;
  try {
    output = services.html.createHtmlOutputFromFile(SIDEBAR_FILE);
  } catch {
    output = services.html.createHtmlOutput(renderSidebarPlaceholder(locale));
  }
  services.ui.getUi().showSidebar(output.setTitle(MENU_MESSAGES[locale].productName));
}

export function renderSidebarPlaceholder(locale: Locale): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${locale}"><head><meta charset="utf-8">`,
    '<style>body{font:14px/1.5 Arial,sans-serif;margin:12px;color:#202124}</style>',
    `</head><body><p>${escapeHtml(MENU_MESSAGES[locale].sidebarPlaceholder)}</p></body></html>`,
  ].join('\n');
}
