// The spreadsheet's user interface (SpreadsheetApp.getUi()): menus, alerts, dialogs, sidebars.

import type { HtmlOutputLike } from './html-service';

/** Hands out the Ui; the only service onOpen may use in AuthMode.NONE (with the user's locale). */
export interface UiServiceLike {
  getUi(): UiLike;
}

export interface UiLike {
  createAddonMenu(): MenuLike;
  alert(prompt: string): unknown;
  showModalDialog(userInterface: HtmlOutputLike, title: string): void;
  showSidebar(userInterface: HtmlOutputLike): void;
}

export interface MenuLike {
  addItem(caption: string, functionName: string): MenuLike;
  addSeparator(): MenuLike;
  addToUi(): void;
}
