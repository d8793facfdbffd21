// R3, R10, R23, R32: open and closed shipments, inbound per SKU, next arrival and the anomalies.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inboundBySku, inboundOf } from '../../../src/core/shipments/inbound-by-sku';
import {
  isOpenShipment,
  SHIPMENT_STATUSES,
  type Shipment,
  type ShipmentStatus,
  unitsNotReceived,
} from '../../../src/core/shipments/shipment';
import { shipmentAnomalies, shortfall } from '../../../src/core/shipments/shipment-anomalies';

const ship = (
  id: string,
  sku: string,
  units: number,
  status: ShipmentStatus,
  extra: Partial<Shipment> = {},
): Shipment => ({ id, sku, units, status, ...extra });

const TODAY = '2026-11-26';

describe('open shipments and inbound units (R10)', () => {
  it('counts booked, in transit, customs, delayed and receiving as open; received and lost not', () => {
    const open = SHIPMENT_STATUSES.filter((status) => isOpenShipment(ship('S', 'A', 1, status)));
    expect(open).toEqual(['booked', 'in_transit', 'customs', 'delayed', 'receiving']);
  });

  it('gives the units not yet received of an open shipment', () => {
    expect(unitsNotReceived(ship('S1', 'A', 500, 'receiving', { receivedUnits: 200 }))).toBe(300);
    expect(unitsNotReceived(ship('S1', 'A', 500, 'in_transit'))).toBe(500);
    expect(unitsNotReceived(ship('S1', 'A', 500, 'received', { receivedUnits: 480 }))).toBe(0);
    expect(unitsNotReceived(ship('S1', 'A', 500, 'lost'))).toBe(0);
  });

  it('sums open shipments per SKU with the earliest ETA, passed or not', () => {
    const inbound = inboundBySku([
      ship('S1', 'MAT-01', 600, 'in_transit', { eta: '2026-12-20' }),
      ship('S2', 'mat-01 ', 200, 'receiving', { eta: '2026-11-20', receivedUnits: 50 }),
      ship('S3', 'MAT-01', 900, 'received', { eta: '2026-11-01', receivedUnits: 900 }),
      ship('S4', 'MAT-01', 300, 'lost', { eta: '2026-10-01' }),
      ship('S5', 'BLOCK-02', 100, 'booked'),
    ]);
    expect(inboundOf(inbound, 'MAT-01')).toEqual({
      units: 750,
      nextArrival: '2026-11-20',
      openShipments: 2,
    });
    expect(inboundOf(inbound, 'BLOCK-02')).toEqual({
      units: 100,
      nextArrival: undefined,
      openShipments: 1,
    });
    expect(inboundOf(inbound, 'NONE')).toEqual({
      units: 0,
      nextArrival: undefined,
      openShipments: 0,
    });
  });

  it('never counts a closed shipment and never goes below zero', () => {
    const shipment = fc.record({
      id: fc.string(),
      sku: fc.constantFrom('A', 'B'),
      units: fc.integer({ min: 0, max: 10_000 }),
      status: fc.constantFrom(...SHIPMENT_STATUSES),
      receivedUnits: fc.option(fc.integer({ min: 0, max: 12_000 }), { nil: undefined }),
      eta: fc.option(fc.constantFrom('2026-11-01', '2026-12-01', '2027-01-01'), {
        nil: undefined,
      }),
    });
    fc.assert(
      fc.property(fc.array(shipment, { maxLength: 30 }), (shipments) => {
        const all = inboundOf(inboundBySku(shipments), 'A');
        const open = shipments.filter((s) => s.sku === 'A' && isOpenShipment(s));
        expect(all.units).toBeGreaterThanOrEqual(0);
        expect(all.openShipments).toBe(open.length);
        const closedAdded = [
          ...shipments,
          ship('X', 'A', 99_999, 'received'),
          ship('Y', 'A', 7, 'lost'),
        ];
        expect(inboundOf(inboundBySku(closedAdded), 'A')).toEqual(all);
        const etas = open.flatMap((s) => (s.eta === undefined ? [] : [s.eta])).sort();
        expect(all.nextArrival).toBe(etas[0]);
        if (open.every((s) => (s.receivedUnits ?? 0) <= s.units)) {
          expect(all.units).toBe(open.reduce((sum, s) => sum + unitsNotReceived(s), 0));
        }
      }),
    );
  });
});

describe('shipment anomalies (R3, R23, R32)', () => {
  it('flags an open shipment whose ETA has passed, not one due today', () => {
    expect(
      shipmentAnomalies(ship('S', 'A', 10, 'in_transit', { eta: '2026-11-25' }), TODAY),
    ).toEqual(['ETA_PASSED']);
    expect(shipmentAnomalies(ship('S', 'A', 10, 'in_transit', { eta: TODAY }), TODAY)).toEqual([]);
    expect(shipmentAnomalies(ship('S', 'A', 10, 'received', { eta: '2026-11-01' }), TODAY)).toEqual(
      [],
    );
  });

  it('flags delayed and lost shipments', () => {
    expect(shipmentAnomalies(ship('S', 'A', 10, 'delayed', { eta: '2026-11-01' }), TODAY)).toEqual([
      'ETA_PASSED',
      'DELAYED',
    ]);
    expect(shipmentAnomalies(ship('S', 'A', 10, 'lost', { eta: '2026-11-01' }), TODAY)).toEqual([
      'LOST',
    ]);
  });

  it('flags a received shipment with fewer units checked in than shipped', () => {
    const short = ship('S', 'A', 500, 'received', { receivedUnits: 488 });
    expect(shipmentAnomalies(short, TODAY)).toEqual(['SHORT_RECEIVED']);
    expect(shortfall(short)).toBe(12);
    expect(
      shipmentAnomalies(ship('S', 'A', 500, 'received', { receivedUnits: 500 }), TODAY),
    ).toEqual([]);
    expect(
      shipmentAnomalies(ship('S', 'A', 500, 'receiving', { receivedUnits: 10 }), TODAY),
    ).toEqual([]);
  });
});
