// The bodies of the import's Apps Script globals, bound to the real services and the clock.

import { runMenuAction } from '../menu/run-menu-action';
import { appsScriptServices } from '../services/apps-script-services';
import type { ImportSummary, UndoSummary } from './import-api';
import { showImportDialog } from './import-dialog';
import { importAmazonReport } from './import-report';
import { undoLastImport } from './undo-import';

/** The dialog's Import: `request` ({ text, fileName }) comes from the page and is checked. */
export function importAmazonReportEndpoint(request: unknown): ImportSummary {
  return importAmazonReport(appsScriptServices(), request, new Date());
}

/** Menu and endpoint: undoes the latest import; a failure becomes an alert. */
export function undoLastImportEndpoint(): UndoSummary | undefined {
  const services = appsScriptServices();
  return runMenuAction(services, () => undoLastImport(services, new Date()));
}

export function showImportDialogAction(): void {
  const services = appsScriptServices();
  runMenuAction(services, () => showImportDialog(services));
}
