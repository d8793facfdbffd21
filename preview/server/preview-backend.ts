// What the local server asks of the running preview: the grid, the add-on's actions, its pages.

import type { Locale } from '../../src/core/i18n/locale';
import type {
  ActionResult,
  EditRequest,
  GridWindow,
  PreviewState,
  RpcResponse,
  Selection,
  SortRequest,
  UiEvent,
} from '../page/preview-api';

export interface PreviewBackend {
  state(): PreviewState;
  /** Rows [from, to) of a sheet, computed, formatted and coloured. */
  grid(sheet: string, from: number, to: number): GridWindow;
  edit(request: EditRequest): ActionResult;
  select(selection: Selection): ActionResult;
  /** Sorts the rows below the header by a column (Data ▸ Sort sheet). */
  sort(request: SortRequest): ActionResult;
  /** Runs one of the add-on's menu functions by its global name, as Sheets would. */
  runMenu(functionName: string): ActionResult;
  setLocale(locale: Locale): ActionResult;
  /** Starts again from the sheet the preview was started with. */
  reload(): ActionResult;
  /** A google.script.run call from one of the add-on's pages. */
  rpc(name: string, args: readonly unknown[]): RpcResponse;
  /** An HTML page the add-on showed (sidebar or dialog), by id. */
  page(id: string): string | undefined;
  /** The user closed a sidebar or dialog (its close button, or google.script.host.close()). */
  closePage(id: string): ActionResult;
  /** Called after anything changed outside the page's own requests (a sidebar call). */
  onChange(listener: (events: readonly UiEvent[]) => void): () => void;
}
