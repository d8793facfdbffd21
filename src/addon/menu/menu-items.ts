// The add-on menu: each item's caption and the global function it runs, in menu order, worked
// out from the features' declarations.

import { type Feature, menuItemsOf } from '../platform/feature-kit/feature';
import type { Localized } from '../platform/sheet-table/sheet-column';

export interface MenuItem {
  readonly caption: Localized;
  /** The Apps Script global (a key of ENTRY_POINTS) the item calls. */
  readonly functionName: string;
  /** A separator is drawn above the item. */
  readonly separatorBefore?: boolean;
}

/** The menu items of `features`, in menu order, a separator above each section but the first. */
export function menuItems(features: readonly Feature[]): MenuItem[] {
  return menuItemsOf(features).map((item, i, items) => ({
    caption: item.caption,
    functionName: item.id,
    ...(i > 0 && items[i - 1]?.section !== item.section ? { separatorBefore: true } : {}),
  }));
}
