// The spreadsheet's user interface (SpreadsheetApp.getUi()): menus, alerts, dialogs, sidebars.

import type { HtmlOutputLike } from './html-service';

/** Hands out the Ui; the only service onOpen may use in AuthMode.NONE (with the user's locale). */
export interface UiServiceLike {
  getUi(): UiLike;
}

export interface UiLike {
  createAddonMenu(): MenuLike;
  alert(prompt: string): unknown;
  /** A dialog with a title and buttons; returns the Button pressed. */
  alert(title: string, prompt: string, buttons: unknown): unknown;
  /** The Ui's enums, as Apps Script hands them: ui.ButtonSet.YES_NO, ui.Button.YES. */
  readonly ButtonSet: { readonly YES_NO: unknown };
  readonly Button: { readonly YES: unknown };
  showModalDialog(userInterface: HtmlOutputLike, title: string): void;
  showSidebar(userInterface: HtmlOutputLike): void;
}

/** Asks a yes/no question in a dialog; true only when the user presses Yes. */
export function askYesNo(ui: UiLike, title: string, prompt: string): boolean {
  return ui.alert(title, prompt, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

export interface MenuLike {
  addItem(caption: string, functionName: string): MenuLike;
  addSeparator(): MenuLike;
  addToUi(): void;
}
