// Phase names come from the methodology library, with a humanised key as the fallback.
import { describe, expect, it } from 'vitest';
import type { Methodology } from '../api/types.ts';
import { allPhaseOptions, humanizeKey, isPhaseKey, phaseLabel, phaseOptions } from './phase-labels.ts';

const methodology = (key: string, phases: Array<[string, string]>): Methodology => ({
  key, name: key, description: '', lifecycle: 'predictive', builtIn: true, version: 0,
  phases: phases.map(([k, name]) => ({ key: k, name, description: '', gate: null })),
});
const LIBRARY = [
  methodology('predictive', [['initiate', 'Initiate'], ['plan', 'Plan'], ['execute', 'Execute'], ['close', 'Close']]),
  methodology('agile', [['discovery', 'Discovery'], ['inception', 'Inception'], ['delivery', 'Delivery'], ['transition', 'Transition']]),
  methodology('pmo_own', [['initiate', 'Start-up'], ['plan', 'Plan']]),
];

describe('phase labels', () => {
  it('names a phase from its methodology', () => {
    expect(phaseLabel(LIBRARY, 'agile', 'inception')).toBe('Inception');
    expect(phaseLabel(LIBRARY, 'pmo_own', 'initiate')).toBe('Start-up');
    expect(phaseLabel(LIBRARY, undefined, 'delivery')).toBe('Delivery');
  });

  it('falls back to the key humanised', () => {
    expect(phaseLabel(undefined, 'agile', 'inception')).toBe('Inception');
    expect(phaseLabel(LIBRARY, 'agile', 'plan_phase')).toBe('Plan phase');
    expect(humanizeKey('go_with_conditions')).toBe('Go with conditions');
    expect(humanizeKey('')).toBe('');
  });

  it('offers the phases of one methodology, and of all of them for a filter', () => {
    expect(phaseOptions(LIBRARY[1])).toEqual([
      { value: 'discovery', label: 'Discovery' }, { value: 'inception', label: 'Inception' },
      { value: 'delivery', label: 'Delivery' }, { value: 'transition', label: 'Transition' },
    ]);
    expect(phaseOptions(undefined)).toEqual([]);
    const all = allPhaseOptions(LIBRARY);
    expect(all.map((o) => o.value)).toEqual(['initiate', 'plan', 'execute', 'close', 'discovery', 'inception', 'delivery', 'transition']);
    expect(all[0]).toEqual({ value: 'initiate', label: 'Initiate / Start-up' });
  });

  it('accepts only key-shaped URL values', () => {
    expect(isPhaseKey('plan')).toBe(true);
    expect(isPhaseKey('Plan; drop')).toBe(false);
    expect(isPhaseKey(3)).toBe(false);
  });
});
