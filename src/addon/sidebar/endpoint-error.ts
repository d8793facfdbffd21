// A request the sidebar sent that the server refuses: a key and parameters, told in the user's language.

import { formatMessage, type Locale } from '../../core/i18n/locale';
import {
  SIDEBAR_ENDPOINT_MESSAGES,
  type SidebarEndpointMessageKey,
} from './sidebar-endpoint-messages';

export type EndpointErrorParams = Readonly<Record<string, string | number>>;

/**
 * Thrown by an endpoint before it writes anything. google.script.run hands the message to the
 * sidebar's failure handler, so the message is the whole explanation, in the user's language.
 */
export class EndpointError extends Error {
  constructor(
    readonly key: SidebarEndpointMessageKey,
    readonly params: EndpointErrorParams,
    locale: Locale,
  ) {
    super(formatMessage(SIDEBAR_ENDPOINT_MESSAGES[locale][key], params));
    this.name = 'EndpointError';
  }
}
