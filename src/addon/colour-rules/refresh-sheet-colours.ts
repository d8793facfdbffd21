// R4 menu action "Refresh colour rules", on whichever sheet is active: on a shipments sheet that
// means its anomaly flags (the shipments check); on the keyword-rank sheet and the Playbook log,
// which have no colour rules, nothing (and the user is told); anywhere else the cover and phase
// colours (refresh-colour-rules).

import { formatMessage } from '../../core/i18n/locale';
import { RANK_COLUMNS, RANK_REQUIRED } from '../keyword-ranks/rank-columns';
import type { Services } from '../platform/services/services';
import { userLocale } from '../platform/services/user-locale';
import { findTableHeader } from '../platform/sheet-table/read-table';
import { PLAYBOOK_LOG_SHEET } from '../playbook-log/playbook-log';
import { checkShipments } from '../shipments/check-shipments';
import { asShipmentsSheet } from '../shipments/shipments-sheet';
import { COLOUR_RULES_MESSAGES } from './colour-rules-messages';
import { refreshColourRules } from './refresh-colour-rules';

/**
 * Refreshes the colours that belong to the active sheet. A shipments sheet has no days of cover:
 * colouring its selected column as cover would be wrong, so its own flag colours are refreshed,
 * from the one read that found it. The keyword-rank sheet (found by its headers) and the
 * Playbook log are left as they are, with a message saying why.
 */
export function refreshSheetColours(services: Services, now: Date): unknown {
  const sheet = services.spreadsheet.getActiveSpreadsheet().getActiveSheet();
  const shipments = asShipmentsSheet(sheet);
  if (shipments !== undefined) return checkShipments(services, now, shipments);
  const name = sheet.getName();
  const known =
    name === PLAYBOOK_LOG_SHEET
      ? 'notOnLog'
      : findTableHeader(sheet, RANK_COLUMNS, RANK_REQUIRED) !== undefined
        ? 'notOnRanks'
        : undefined;
  if (known !== undefined) {
    const messages = COLOUR_RULES_MESSAGES[userLocale(services.session)];
    services.ui.getUi().alert(formatMessage(messages[known], { sheet: name }));
    return undefined;
  }
  return refreshColourRules(services);
}
