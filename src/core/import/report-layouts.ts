// R1, R2, R5, R10: the Amazon report layouts the import understands, each recognised by the
// columns its header must have, and the spellings of every column it reads.

/** A column the import reads from a report, whatever the report calls it. */
export type ReportField =
  | 'sku'
  | 'asin'
  | 'product'
  | 'snapshotDate'
  | 'available'
  | 'inbound'
  | 'inboundWorking'
  | 'inboundShipped'
  | 'inboundReceiving'
  | 'units7d'
  | 'units30d'
  | 'price'
  | 'condition'
  | 'date'
  | 'quantity'
  | 'orderStatus'
  | 'itemStatus'
  | 'disposition'
  | 'endingBalance';

export type ReportId =
  | 'fbaInventory'
  | 'restock'
  | 'manageInventory'
  | 'businessReport'
  | 'afnInventory'
  | 'allOrders'
  | 'ledgerSummary';

/**
 * `stock`: one line per SKU, merged into the replenishment sheet by SKU. `sales` and
 * `available`: daily history, merged into the Sales history sheet by (date, SKU).
 */
export type ReportKind = 'stock' | 'sales' | 'available';

export interface ReportLayout {
  readonly id: ReportId;
  /** Amazon's name of the report type, where it has one. */
  readonly amazonType?: string;
  readonly kind: ReportKind;
  /** Every one of these must be in the header for the layout to be recognised. */
  readonly required: readonly ReportField[];
  /** Each field's spellings in this report, matched loosely (foldReportHeader). */
  readonly spellings: Readonly<Partial<Record<ReportField, readonly string[]>>>;
}

/** The product columns as Amazon's FBA inventory flat files name them. */
const FBA_FILE_PRODUCT = { sku: ['sku'], asin: ['asin'], product: ['product-name'] } as const;

/**
 * The layouts, tried in this order: the first whose required columns are all in the header
 * wins, so a layout comes before any other whose required columns its header also has.
 */
export const REPORT_LAYOUTS: readonly ReportLayout[] = [
  {
    id: 'ledgerSummary',
    amazonType: 'GET_LEDGER_SUMMARY_VIEW_DATA',
    kind: 'available',
    required: ['date', 'sku', 'disposition', 'endingBalance'],
    spellings: {
      date: ['Date'],
      sku: ['MSKU'],
      disposition: ['Disposition'],
      // "Ending Warehouse Balance" and "EndingWarehouseBalance" fold to the same name.
      endingBalance: ['Ending Warehouse Balance'],
    },
  },
  {
    id: 'allOrders',
    amazonType: 'GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE',
    kind: 'sales',
    required: ['date', 'sku', 'quantity'],
    spellings: {
      date: ['purchase-date'],
      sku: ['sku'],
      quantity: ['quantity', 'quantity-purchased'],
      orderStatus: ['order-status'],
      itemStatus: ['item-status'],
    },
  },
  {
    id: 'restock',
    amazonType: 'GET_RESTOCK_INVENTORY_RECOMMENDATIONS_REPORT',
    kind: 'stock',
    required: ['sku', 'available'],
    spellings: {
      sku: ['Merchant SKU'],
      asin: ['ASIN'],
      product: ['Product Name'],
      available: ['Available'],
      inbound: ['Inbound'],
      inboundWorking: ['Working'],
      inboundShipped: ['Shipped'],
      inboundReceiving: ['Receiving'],
      units30d: ['Units Sold Last 30 Days'],
      price: ['Price'],
    },
  },
  {
    id: 'fbaInventory',
    amazonType: 'GET_FBA_INVENTORY_PLANNING_DATA',
    kind: 'stock',
    required: ['sku', 'available'],
    spellings: {
      ...FBA_FILE_PRODUCT,
      snapshotDate: ['snapshot-date'],
      available: ['available'],
      inbound: ['inbound-quantity'],
      inboundWorking: ['inbound-working'],
      inboundShipped: ['inbound-shipped'],
      inboundReceiving: ['inbound-received'],
      units7d: ['units-shipped-t7'],
      units30d: ['units-shipped-t30'],
      price: ['your-price'],
    },
  },
  {
    id: 'manageInventory',
    amazonType: 'GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA',
    kind: 'stock',
    required: ['sku', 'available'],
    spellings: {
      ...FBA_FILE_PRODUCT,
      available: ['afn-fulfillable-quantity'],
      inboundWorking: ['afn-inbound-working-quantity'],
      inboundShipped: ['afn-inbound-shipped-quantity'],
      inboundReceiving: ['afn-inbound-receiving-quantity'],
      price: ['your-price'],
    },
  },
  {
    id: 'afnInventory',
    amazonType: 'GET_AFN_INVENTORY_DATA',
    kind: 'stock',
    required: ['sku', 'available', 'condition'],
    spellings: {
      sku: ['seller-sku'],
      asin: ['asin'],
      available: ['Quantity Available'],
      condition: ['Warehouse-Condition-code'],
    },
  },
  {
    id: 'businessReport',
    kind: 'stock',
    required: ['sku', 'units30d'],
    spellings: {
      sku: ['SKU'],
      asin: ['(Child) ASIN'],
      product: ['Title'],
      // Units ordered over the report's date range: download it for the last 30 days.
      units30d: ['Units Ordered'],
    },
  },
];
