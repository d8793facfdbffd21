// Every Apps Script global of the add-on, each a one-line delegate. The build turns each key into
// a top-level function in dist/Code.js; nothing else becomes global. Each names its caller. The
// menu items' globals and the pages' endpoints come from the features' declarations.

import { FEATURES, MENU_ITEMS } from './features';
import { FORMULA_ENTRY_POINTS } from './formula-entry';
import { buildMenu, type OpenEvent } from './menu/build-menu';
import { type EntryPoint, entry, TRIGGER } from './platform/feature-kit/entry-point';
import { featureEntryPoints } from './platform/feature-kit/feature';
import { appsScriptServices } from './platform/services/apps-script-services';

/** onOpen(e) and onInstall(e): the menu only, in any auth mode. */
function handleOpen(event?: OpenEvent): void {
  buildMenu(appsScriptServices(), MENU_ITEMS, event);
}

export const ENTRY_POINTS: Readonly<Record<string, EntryPoint>> = {
  ...FORMULA_ENTRY_POINTS,
  onOpen: entry(
    TRIGGER,
    'Builds the add-on menu; works before authorization (AuthMode.NONE).',
    ['e'],
    handleOpen,
  ),
  onInstall: entry(TRIGGER, 'Builds the add-on menu right after installation.', ['e'], handleOpen),
  ...featureEntryPoints(FEATURES),
};
