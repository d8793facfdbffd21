// Opens the playbook sidebar: dist/Sidebar.html, served by HtmlService as one self-contained page.

import { MENU_MESSAGES } from '../platform/feature-kit/menu-messages';
import type { Services } from '../platform/services/services';
import { userLocale } from '../platform/services/user-locale';

/** The project file the build writes the sidebar to (dist/Sidebar.html). */
export const SIDEBAR_FILE = 'Sidebar';

/**
 * Shows the sidebar titled in the user's language. A deployment without the file (a build that
 * did not run) throws, and the menu action reports it in an alert.
 */
export function openSidebar(services: Services): void {
  const locale = userLocale(services.session);
  const output = services.html.createHtmlOutputFromFile(SIDEBAR_FILE);
  services.ui.getUi().showSidebar(output.setTitle(MENU_MESSAGES[locale].productName));
}
