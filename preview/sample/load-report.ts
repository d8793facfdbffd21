// Shows an Amazon report the way a seller would get it into the add-on: the replenishment sheet
// inserted by the add-on's own menu code, then the report merged in by its own import.

import type { Locale } from '../../src/core/i18n/locale';
import { scanDelimitedText } from '../../src/core/import/delimited-text';
import { recognizeReport } from '../../src/core/import/recognize-report';
import type { LiveWorkbook } from '../workbook/live-workbook';
import { loadSample } from './load-sample';

/** True when the text's header is one of the Amazon reports the import understands. */
export function isAmazonReport(text: string): boolean {
  let known = false;
  scanDelimitedText(text, (header) => {
    known = recognizeReport(header) !== undefined;
    return undefined; // the header is all it takes: no line is kept
  });
  return known;
}

/**
 * The add-on's template with no sample SKUs, and the report imported into it through
 * importAmazonReport, called by name as the import dialog calls it: the seller's own SKUs, with
 * the worked-out columns and colours. The import's summary stays as its toast.
 */
export function loadReport(
  live: LiveWorkbook,
  today: Date,
  locale: Locale,
  report: { readonly text: string; readonly fileName: string },
): string {
  const name = loadSample(live, today, locale, []);
  live.deferSync(() => {
    live.callGlobal('importAmazonReport', [{ text: report.text, fileName: report.fileName }]);
    live.markChanged();
  });
  return name;
}
