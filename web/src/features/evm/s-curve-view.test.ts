// The S-curve's data: the fence example's curve (four one-day sides of 1,000.00; status at the
// end of day 3, the curve running on to the forecast finish on day 5) gives PV, EV as recorded,
// AC and the forecast to EAC per period, BAC and EAC as levels, and CPI/SPI up to the status date.
import { describe, expect, it } from 'vitest';
import { axisTop, curveRows, curveSeries, statusIndexOf, trendSeries } from './s-curve-view.ts';

const point = (periodEnd: string, pv: number, ev: number | null, ac: number | null, forecast: number | null = null) =>
  ({ periodEnd, pv, ev, ac, forecast, cpi: ev !== null && ac ? ev / ac : null, spi: ev !== null && ac !== null && pv ? ev / pv : null });
const fence = {
  statusDate: '2027-03-03',
  amounts: { bac: 400_000, pv: 300_000, ev: 250_000, ac: 280_000, etcBottomUp: null },
  indices: { eac: 448_000 } as never,
  curve: [
    point('2027-03-01', 100_000, 100_000, 100_000),
    point('2027-03-02', 200_000, 180_000, 220_000),
    point('2027-03-03', 300_000, 250_000, 280_000, 280_000),
    point('2027-03-04', 400_000, null, null, 373_333),
    point('2027-03-05', 400_000, null, null, 448_000),
  ],
};

describe('the S-curve', () => {
  it('draws PV, EV as recorded, AC and the forecast per period, BAC and EAC as levels', () => {
    expect(curveSeries(fence)).toEqual({
      categories: ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05'],
      pv: [100_000, 200_000, 300_000, 400_000, 400_000],
      ac: [100_000, 220_000, 280_000, null, null],
      ev: [100_000, 180_000, 250_000, null, null],
      forecast: [null, null, 280_000, 373_333, 448_000],
      statusIndex: 2,
      bac: 400_000,
      eac: 448_000,
    });
  });

  it('marks the period holding the status date when periods are longer than a day', () => {
    const weekly = { ...fence, statusDate: '2027-03-10', curve: [point('2027-03-07', 1, 1, 1), point('2027-03-14', 2, 2, 2), point('2027-03-21', 3, null, null)] };
    expect(curveRows(weekly).map((r) => [r.periodEnd, r.ev, r.atStatus])).toEqual([
      ['2027-03-07', 1, false],
      ['2027-03-14', 2, true],
      ['2027-03-21', null, false],
    ]);
  });

  it('has no status point on an empty curve, and the last period when the date is beyond it', () => {
    expect(statusIndexOf([], '2027-03-03')).toBeNull();
    expect(statusIndexOf(fence.curve, '2027-04-01')).toBe(4);
    expect(curveSeries({ ...fence, curve: [] })).toMatchObject({ categories: [], statusIndex: null });
  });

  it('tops the value axis at a round number above EAC, BAC, the curves and the forecast', () => {
    expect(axisTop(curveSeries(fence))).toBe(500_000);
    expect(axisTop({ ...curveSeries(fence), eac: null, forecast: [] })).toBe(400_000);
    expect(axisTop({ pv: [120], ac: [null], bac: 100, eac: 180 })).toBe(200);
    expect(axisTop({ pv: [10], ac: [null], bac: 10, eac: null, forecast: [null, 260] })).toBe(300);
    expect(axisTop({ pv: [0], ac: [], bac: 0, eac: null })).toBe(1);
  });
});

describe('the CPI and SPI trend', () => {
  it('runs from the first period with an index to the status date', () => {
    const late = { ...fence, curve: [point('2027-02-28', 0, null, 0), ...fence.curve] };
    expect(trendSeries(late)).toEqual({
      categories: ['2027-03-01', '2027-03-02', '2027-03-03'],
      cpi: [1, 180_000 / 220_000, 250_000 / 280_000],
      spi: [1, 0.9, 250_000 / 300_000],
    });
  });

  it('is empty while no period has earned value and actual cost', () => {
    expect(trendSeries({ ...fence, curve: fence.curve.map((p) => ({ ...p, ev: null, cpi: null, spi: null })) })).toEqual({ categories: [], cpi: [], spi: [] });
    expect(trendSeries({ ...fence, curve: [] }).categories).toEqual([]);
  });
});
