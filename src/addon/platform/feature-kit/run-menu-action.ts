// Runs a menu action so that a failure reaches the user as a message in their language.

import { formatMessage } from '../../../core/i18n/locale';
import type { Services } from '../services/services';
import { userLocale } from '../services/user-locale';
import { problemText } from '../sheet-table/row-problem';
import { MENU_MESSAGES } from './menu-messages';

/**
 * Calls `action`; if it throws, shows an alert naming what went wrong instead of Apps Script's
 * bare error, and returns undefined.
 */
export function runMenuAction<T>(services: Services, action: () => T): T | undefined {
  try {
    return action();
  } catch (error) {
    const locale = userLocale(services.session);
    const detail = problemText(error, locale);
    services.ui.getUi().alert(formatMessage(MENU_MESSAGES[locale].failed, { detail }));
    return undefined;
  }
}
