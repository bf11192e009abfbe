// The S-curve's data: the fence example's curve (four one-day sides of 1,000.00; status at the
// end of day 3) gives PV and AC per period, EV as one point at the status date, and BAC and EAC.
import { describe, expect, it } from 'vitest';
import { axisTop, curveRows, curveSeries, statusIndexOf } from './s-curve-view.ts';

const fence = {
  statusDate: '2027-03-03',
  amounts: { bac: 400_000, pv: 300_000, ev: 250_000, ac: 280_000, etcBottomUp: null },
  indices: { eac: 448_000 } as never,
  curve: [
    { periodEnd: '2027-03-01', pv: 100_000, ac: 100_000 },
    { periodEnd: '2027-03-02', pv: 200_000, ac: 220_000 },
    { periodEnd: '2027-03-03', pv: 300_000, ac: 280_000 },
    { periodEnd: '2027-03-04', pv: 400_000, ac: null },
  ],
};

describe('the S-curve', () => {
  it('draws PV and AC per period, EV at the status date, BAC and EAC as levels', () => {
    expect(curveSeries(fence)).toEqual({
      categories: ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04'],
      pv: [100_000, 200_000, 300_000, 400_000],
      ac: [100_000, 220_000, 280_000, null],
      ev: [null, null, 250_000, null],
      statusIndex: 2,
      bac: 400_000,
      eac: 448_000,
    });
  });

  it('puts EV in the period holding the status date when periods are longer than a day', () => {
    const weekly = { ...fence, statusDate: '2027-03-10', curve: [{ periodEnd: '2027-03-07', pv: 1, ac: 1 }, { periodEnd: '2027-03-14', pv: 2, ac: 2 }, { periodEnd: '2027-03-21', pv: 3, ac: null }] };
    expect(curveRows(weekly).map((r) => [r.periodEnd, r.ev, r.atStatus])).toEqual([
      ['2027-03-07', null, false],
      ['2027-03-14', 250_000, true],
      ['2027-03-21', null, false],
    ]);
  });

  it('has no status point on an empty curve, and the last period when the date is beyond it', () => {
    expect(statusIndexOf([], '2027-03-03')).toBeNull();
    expect(statusIndexOf(fence.curve, '2027-04-01')).toBe(3);
    expect(curveSeries({ ...fence, curve: [] })).toMatchObject({ categories: [], statusIndex: null });
  });

  it('tops the value axis at a round number above EAC, BAC and the curve', () => {
    expect(axisTop(curveSeries(fence))).toBe(500_000);
    expect(axisTop({ ...curveSeries(fence), eac: null })).toBe(400_000);
    expect(axisTop({ pv: [120], ac: [null], bac: 100, eac: 180 })).toBe(200);
    expect(axisTop({ pv: [0], ac: [], bac: 0, eac: null })).toBe(1);
  });
});
