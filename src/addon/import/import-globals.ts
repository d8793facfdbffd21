// The body of the import dialog's Import global, bound to the real services and the clock.

import { appsScriptServices } from '../platform/services/apps-script-services';
import type { ImportSummary } from './import-api';
import { importAmazonReport } from './import-report';

/** The dialog's Import: `request` ({ text, fileName }) comes from the page and is checked. */
export function importAmazonReportEndpoint(request: unknown): ImportSummary {
  return importAmazonReport(appsScriptServices(), request, new Date());
}
