// Rolling projects up into a program: sums, indices of the sums, and currencies kept apart.
import { describe, expect, it } from 'vitest';
import { rollUp } from './rollup.ts';
import type { EvmAmounts } from './evm-types.ts';

const project = (over: Partial<EvmAmounts>): EvmAmounts => ({ currency: 'EUR', bac: 0, pv: 0, ev: 0, ac: 0, etcBottomUp: null, ...over });

describe('roll-up', () => {
  it('adds amounts and computes the indices from the sums, never averaging them', () => {
    const small = project({ bac: 1000, pv: 500, ev: 500, ac: 1000, etcBottomUp: 600 });
    const large = project({ bac: 100_000, pv: 50_000, ev: 50_000, ac: 40_000, etcBottomUp: 50_000 });
    const r = rollUp('EUR', [small, large]);
    expect(r).toMatchObject({ ok: true, amounts: { currency: 'EUR', bac: 101_000, pv: 50_500, ev: 50_500, ac: 41_000, etcBottomUp: 50_600 } });
    // The average of the CPIs (0.5 and 1.25) would be 0.875; the program's is Σ EV / Σ AC.
    expect(r.ok && r.indices.cpi).toBeCloseTo(50_500 / 41_000, 12);
  });

  it('has a bottom-up estimate only when every part has one', () => {
    const r = rollUp('EUR', [project({ etcBottomUp: 5 }), project({})], 'bottom-up');
    expect(r.ok && r.amounts.etcBottomUp).toBeNull();
    expect(r.ok && r.indices.eac).toBeNull();
  });

  it('refuses to add amounts of another currency, naming them', () => {
    const r = rollUp('EUR', [project({ bac: 1 }), project({ currency: 'USD', bac: 1 }), project({ currency: 'CHF', bac: 1 })]);
    expect(r).toMatchObject({ ok: false, error: 'mixed_currency', currencies: ['EUR', 'CHF', 'USD'] });
    expect(!r.ok && r.message).toMatch(/convert them to EUR/);
  });

  it('rolls nothing up to zeros', () => {
    const r = rollUp('EUR', []);
    expect(r).toMatchObject({ ok: true, amounts: { bac: 0, pv: 0, ev: 0, ac: 0, etcBottomUp: 0 }, indices: { cpi: null, spi: null } });
  });
});
