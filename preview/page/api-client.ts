// The page's calls to the local server, typed by the shared API.

import type { Locale } from '../../src/core/i18n/locale';
import type {
  ActionResult,
  EditRequest,
  GridWindow,
  PreviewState,
  Selection,
  SortRequest,
} from './preview-api';

async function get<T>(path: string): Promise<T> {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export const api = {
  state: () => get<PreviewState>('/api/state'),
  grid: (sheet: string, from: number, to: number) =>
    get<GridWindow>(`/api/grid?sheet=${encodeURIComponent(sheet)}&from=${from}&to=${to}`),
  edit: (request: EditRequest) => post<ActionResult>('/api/edit', request),
  select: (selection: Selection) => post<ActionResult>('/api/select', selection),
  sort: (request: SortRequest) => post<ActionResult>('/api/sort', request),
  menu: (functionName: string) => post<ActionResult>('/api/menu', { functionName }),
  locale: (locale: Locale) => post<ActionResult>('/api/locale', { locale }),
  reload: () => post<ActionResult>('/api/reload', {}),
  close: (id: string) => post<ActionResult>('/api/close', { id }),
};
