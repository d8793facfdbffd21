// What a feature of the add-on declares: its menu items (the global each runs, its caption and
// its line in the About dialog, in both languages, and its typed handler), its page endpoints,
// its message catalogs and the kind of sheet it makes.
// The Apps Script globals, the menu and the About dialog are all worked out from these.

import type { Catalog } from '../../../core/i18n/locale';
import { appsScriptServices } from '../services/apps-script-services';
import type { Services } from '../services/services';
import type { HeaderedColumn, Localized } from '../sheet-table/sheet-column';
import { type EntryPoint, entry, type PageFile } from './entry-point';
import { runMenuAction } from './run-menu-action';

/** The menu's groups, in order; a separator is drawn above each group but the first. */
export const MENU_SECTIONS = ['sheets', 'data', 'setup'] as const;
export type MenuSection = (typeof MENU_SECTIONS)[number];

export interface MenuItemDeclaration {
  /** The Apps Script global the item calls: a public name, never renamed. */
  readonly id: string;
  readonly caption: Localized;
  /** Its line in the About dialog; none for an item the dialog does not list. */
  readonly about?: Localized;
  /** One line written above the global in dist/Code.js. */
  readonly doc: string;
  readonly section: MenuSection;
  /** Its place in its section, smaller first. */
  readonly order: number;
  /** A page's button runs the same action; the global then returns what the handler gives. */
  readonly page?: PageFile;
  /** The action, given the real services and the clock; a failure becomes an alert. */
  readonly run: (services: Services, now: Date) => unknown;
}

/** A kind of sheet the feature makes: its columns, with their headers in either language. */
export interface SheetKind {
  readonly columns: readonly HeaderedColumn<string>[];
}

export interface Feature {
  /** What the feature is, in a developer's words. */
  readonly name: string;
  readonly menu?: readonly MenuItemDeclaration[];
  /** Globals a page (or Apps Script) calls, by their public names. */
  readonly endpoints?: Readonly<Record<string, EntryPoint>>;
  /** Its message catalogs, by name: the texts test walks them. */
  readonly catalogs?: Readonly<Record<string, Catalog<string>>>;
  readonly sheet?: SheetKind;
}

/** Every menu item of the features, in menu order. */
export function menuItemsOf(features: readonly Feature[]): MenuItemDeclaration[] {
  const rank = (item: MenuItemDeclaration) => MENU_SECTIONS.indexOf(item.section);
  return features
    .flatMap((feature) => feature.menu ?? [])
    .sort((a, b) => rank(a) - rank(b) || a.order - b.order);
}

/** The global of a menu item: runs its action with the real services and the clock. */
function menuEntryPoint(item: MenuItemDeclaration): EntryPoint {
  const caller =
    item.page === undefined
      ? { kind: 'menu' as const }
      : { kind: 'menu' as const, page: item.page };
  return entry(caller, item.doc, [], () => {
    const services = appsScriptServices();
    const result = runMenuAction(services, () => item.run(services, new Date()));
    return item.page === undefined ? undefined : result;
  });
}

/** The globals of the features: each menu item's, then each endpoint. */
export function featureEntryPoints(features: readonly Feature[]): Record<string, EntryPoint> {
  const points: Record<string, EntryPoint> = {};
  for (const item of menuItemsOf(features)) points[item.id] = menuEntryPoint(item);
  for (const feature of features) Object.assign(points, feature.endpoints ?? {});
  return points;
}
