// The Playbook log: every checklist tick of the sidebar, one row each, shared by collaborators.

import type { Feature } from '../platform/feature-kit/feature';
import { PLAYBOOK_LOG_COLUMNS } from './playbook-log-columns';

export const PLAYBOOK_LOG_FEATURE: Feature = {
  name: 'the Playbook log',
  sheet: { columns: PLAYBOOK_LOG_COLUMNS },
};
