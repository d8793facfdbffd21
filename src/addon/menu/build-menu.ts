// onOpen / onInstall: the add-on menu in the user's language, and nothing else.

import type { Services } from '../platform/services/services';
import { userLocale } from '../platform/services/user-locale';
import type { MenuItem } from './menu-items';

/** The event Sheets passes to onOpen and onInstall; only its auth mode matters, and not here. */
export interface OpenEvent {
  readonly authMode?: unknown;
}

/**
 * Builds the menu of `items`. Works in AuthMode.NONE: it reads the user's locale (no
 * authorization needed) and uses the UI, and touches no other service — the menu is the same in
 * every mode.
 */
export function buildMenu(
  services: Pick<Services, 'ui' | 'session'>,
  items: readonly MenuItem[],
  _event?: OpenEvent,
): void {
  const locale = userLocale(services.session);
  const menu = services.ui.getUi().createAddonMenu();
  for (const item of items) {
    if (item.separatorBefore) menu.addSeparator();
    menu.addItem(item.caption[locale], item.functionName);
  }
  menu.addToUi();
}
