// R9: the document's settings in DocumentProperties, one versioned JSON value.

import type { PlaybookSettings } from '../../core/settings/settings';
import {
  type LoadedSettings,
  readStoredSettings,
  writeStoredSettings,
} from '../../core/settings/stored-settings';
import { underDocumentLock } from './services/document-lock';
import type { LockServiceLike } from './services/lock-service';
import type { PropertiesServiceLike } from './services/properties-service';

/** The one document property holding the settings. */
export const SETTINGS_PROPERTY = 'stockoutPlaybook.settings';

/** The saved settings, migrated from an older layout if need be; defaults when none are saved. */
export function loadSettings(properties: PropertiesServiceLike): LoadedSettings {
  return readStoredSettings(properties.getDocumentProperties().getProperty(SETTINGS_PROPERTY));
}

/**
 * Writes settings that have already been validated, under the document lock. Returns false,
 * writing nothing, when another save holds the lock for too long.
 */
export function storeSettings(
  properties: PropertiesServiceLike,
  lock: LockServiceLike,
  settings: PlaybookSettings,
): boolean {
  return underDocumentLock(
    lock,
    () => {
      properties
        .getDocumentProperties()
        .setProperty(SETTINGS_PROPERTY, writeStoredSettings(settings));
      return true;
    },
    () => false,
  );
}
