// Variances, indices and estimates, and what each answers when its denominator is zero.
import { describe, expect, it } from 'vitest';
import { estimatesAtCompletion, evmIndices } from './indices.ts';
import { roundMinor } from './money.ts';
import type { EvmAmounts } from './evm-types.ts';

const amounts = (over: Partial<EvmAmounts>): EvmAmounts => ({ currency: 'EUR', bac: 4000, pv: 3000, ev: 2500, ac: 2800, etcBottomUp: null, ...over });

describe('indices and estimates', () => {
  it('computes every PMBOK estimate from the amounts', () => {
    expect(estimatesAtCompletion(amounts({ etcBottomUp: 1200 }))).toEqual({ cpi: 4480, 'budget-rate': 4300, 'cpi-spi': 4816, 'bottom-up': 4000 });
    const i = evmIndices(amounts({ etcBottomUp: 1200 }), 'bottom-up');
    expect(i).toMatchObject({ cv: -300, sv: -500, eac: 4000, etc: 1200, vac: 0, eacMethod: 'bottom-up' });
    expect(i.tcpiToEac).toBeCloseTo(1500 / 1200, 12);
  });

  it('rounds derived amounts half away from zero', () => {
    expect(roundMinor(0.5)).toBe(1);
    expect(roundMinor(-0.5)).toBe(-1);
    expect(roundMinor(1.15 * 100)).toBe(115);
    expect(roundMinor(-2.4)).toBe(-2);
    expect(estimatesAtCompletion(amounts({ bac: 1000, ev: 3, ac: 2 })).cpi).toBe(667);
  });

  it('has no CPI, and no CPI-based estimates, before anything is spent', () => {
    const i = evmIndices(amounts({ ac: 0 }));
    expect(i.cpi).toBeNull();
    expect(i.eacs.cpi).toBeNull();
    expect(i.eacs['cpi-spi']).toBeNull();
    expect(i.eac).toBeNull();
    expect(i.etc).toBeNull();
    expect(i.vac).toBeNull();
    expect(i.tcpiToEac).toBeNull();
    expect(i.eacs['budget-rate']).toBe(1500);
    expect(i.cv).toBe(2500);
  });

  it('has a CPI of 0 but no estimate dividing by it when money was spent and nothing earned', () => {
    const i = evmIndices(amounts({ ev: 0 }));
    expect(i.cpi).toBe(0);
    expect(i.spi).toBe(0);
    expect(i.eacs.cpi).toBeNull();
    expect(i.eacs['cpi-spi']).toBeNull();
    expect(i.eacs['budget-rate']).toBe(6800);
  });

  it('has no SPI, and no CPI × SPI estimate, before anything is planned', () => {
    const i = evmIndices(amounts({ pv: 0 }));
    expect(i.spi).toBeNull();
    expect(i.eacs['cpi-spi']).toBeNull();
    expect(i.cpi).toBeCloseTo(2500 / 2800, 12);
  });

  it('has no bottom-up estimate without a bottom-up ETC', () => {
    expect(evmIndices(amounts({}), 'bottom-up').eac).toBeNull();
  });

  it('has no TCPI to BAC once the whole budget is spent, and a negative one past it', () => {
    expect(evmIndices(amounts({ ac: 4000 })).tcpiToBac).toBeNull();
    expect(evmIndices(amounts({ ac: 5000 })).tcpiToBac).toBe(-1.5);
  });

  it('has no TCPI to EAC when nothing is left to spend by the estimate', () => {
    const done = evmIndices(amounts({ ev: 4000, ac: 4200 }), 'budget-rate');
    expect(done.eac).toBe(4200);
    expect(done.tcpiToEac).toBeNull();
  });

  it('answers zero budgets without Infinity or NaN anywhere', () => {
    const i = evmIndices({ currency: 'EUR', bac: 0, pv: 0, ev: 0, ac: 0, etcBottomUp: null });
    for (const value of [i.cpi, i.spi, i.tcpiToBac, i.tcpiToEac, ...Object.values(i.eacs)]) expect(value === null || Number.isFinite(value)).toBe(true);
    expect(i.cpi).toBeNull();
    expect(i.tcpiToBac).toBeNull();
  });
});
