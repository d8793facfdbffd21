// The bodies of the menu's Apps Script globals: each binds an action to the real services.

import { addTodaysRankRows } from '../keyword-ranks/add-todays-rank-rows';
import { insertRankSheet } from '../keyword-ranks/insert-rank-sheet';
import { insertSalesHistorySheet } from '../sales-history/insert-sales-history-sheet';
import { workOutDemand } from '../sales-history/work-out-demand';
import { appsScriptServices } from '../services/apps-script-services';
import { showSettingsDialog } from '../settings/settings-endpoints';
import { checkShipments } from '../shipments/check-shipments';
import { insertShipmentsSheet } from '../shipments/insert-shipments-sheet';
import { insertReplenishmentSheet } from '../template/insert-replenishment-sheet';
import { openWeeklyReview } from '../weekly-review/open-weekly-review';
import { showAboutDialog } from './about-dialog';
import { buildMenu, type OpenEvent } from './build-menu';
import { openSidebar } from './open-sidebar';
import { refreshSheetColours } from './refresh-sheet-colours';
import { runMenuAction } from './run-menu-action';

/** onOpen(e) and onInstall(e): the menu only, in any auth mode. */
export function handleOpen(event?: OpenEvent): void {
  buildMenu(appsScriptServices(), event);
}

/** Runs a menu action with the real services; failures become an alert, nothing is returned. */
function menuAction(action: (services: ReturnType<typeof appsScriptServices>) => unknown) {
  return (): void => {
    const services = appsScriptServices();
    runMenuAction(services, () => action(services));
  };
}

export const insertReplenishmentSheetAction = menuAction(insertReplenishmentSheet);
export const refreshColourRulesAction = menuAction((services) =>
  refreshSheetColours(services, new Date()),
);
export const openSidebarAction = menuAction(openSidebar);
export const showSettingsDialogAction = menuAction(showSettingsDialog);
export const showAboutDialogAction = menuAction(showAboutDialog);
export const insertShipmentsSheetAction = menuAction(insertShipmentsSheet);
export const insertKeywordRankSheetAction = menuAction(insertRankSheet);
export const checkShipmentsAction = menuAction((services) => checkShipments(services, new Date()));
export const addTodaysRankRowsAction = menuAction((services) =>
  addTodaysRankRows(services, new Date()),
);
export const insertSalesHistorySheetAction = menuAction(insertSalesHistorySheet);
export const workOutDemandAction = menuAction(workOutDemand);
export const openWeeklyReviewAction = menuAction((services) =>
  openWeeklyReview(services, new Date()),
);
