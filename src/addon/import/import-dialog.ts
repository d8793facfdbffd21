// Opens the "Import Amazon report" dialog: dist/ImportDialog.html, in the user's language.

import type { Services } from '../services/services';
import { userLocale } from '../services/user-locale';
import { IMPORT_MESSAGES } from './import-messages';

/** The project file the build writes the dialog to (dist/ImportDialog.html). */
export const IMPORT_DIALOG_FILE = 'ImportDialog';

/** The page's language marker, set to the user's before the page is served. */
export const LOCALE_MARKER = 'data-locale="en"';

export function showImportDialog(services: Services): void {
  const locale = userLocale(services.session);
  const page = services.html
    .createHtmlOutputFromFile(IMPORT_DIALOG_FILE)
    .getContent()
    .replace(LOCALE_MARKER, `data-locale="${locale}"`);
  const output = services.html.createHtmlOutput(page).setWidth(600).setHeight(560);
  services.ui.getUi().showModalDialog(output, IMPORT_MESSAGES[locale].title);
}
