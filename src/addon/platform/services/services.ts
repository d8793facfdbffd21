// Every Apps Script service the add-on uses, in one bundle handed to each action and endpoint.

import type { HtmlServiceLike } from './html-service';
import type { LockServiceLike } from './lock-service';
import type { PropertiesServiceLike } from './properties-service';
import type { SessionLike } from './session-service';
import type { SpreadsheetAppLike } from './spreadsheet-service';
import type { UiServiceLike } from './ui-service';

/**
 * The services, read when used and not before: onOpen in AuthMode.NONE may touch `ui` and
 * `session` only, so nothing here may be fetched eagerly.
 */
export interface Services {
  readonly spreadsheet: SpreadsheetAppLike;
  readonly ui: UiServiceLike;
  readonly html: HtmlServiceLike;
  readonly session: SessionLike;
  readonly properties: PropertiesServiceLike;
  readonly lock: LockServiceLike;
}
