// The language of the person using the add-on, from their Google account's locale.

import { type Locale, pickLocale } from '../../../core/i18n/locale';
import type { SessionLike } from './session-service';

/** English or Simplified Chinese for the active user; English when the locale cannot be read. */
export function userLocale(session: SessionLike): Locale {
  try {
    return pickLocale(session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}
