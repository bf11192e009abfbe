// Names of project phases. A phase is a key of the project's methodology (predictive: initiate,
// plan, execute, close; agile: discovery, inception, delivery, transition; or the PMO's own), so
// its name comes from the methodology library; a key the library does not know (not loaded yet,
// or a methodology since removed) is shown humanised ("plan_phase" → "Plan phase").
import type { Methodology } from '../api/types.ts';

/** "business_case" → "Business case". */
export function humanizeKey(key: string): string {
  const words = key.replace(/[_-]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : key;
}

/** The name of a phase in its methodology, or the key humanised. */
export function phaseLabel(methodologies: readonly Methodology[] | undefined, methodologyKey: string | undefined, phaseKey: string): string {
  const methodology = methodologies?.find((m) => m.key === methodologyKey);
  const phase = methodology?.phases.find((p) => p.key === phaseKey) ?? (methodologyKey === undefined ? methodologies?.flatMap((m) => m.phases).find((p) => p.key === phaseKey) : undefined);
  return phase?.name ?? humanizeKey(phaseKey);
}

/** A methodology's phases as Select options, in lifecycle order. */
export function phaseOptions(methodology: Methodology | undefined): { value: string; label: string }[] {
  return (methodology?.phases ?? []).map((p) => ({ value: p.key, label: p.name }));
}

/**
 * Every phase of every methodology, for filtering a list that mixes methodologies: one option per
 * key (the first methodology's name for it), with the other methodologies' names added when they differ.
 */
export function allPhaseOptions(methodologies: readonly Methodology[] | undefined): { value: string; label: string }[] {
  const names = new Map<string, string[]>();
  for (const m of methodologies ?? []) {
    for (const p of m.phases) {
      const seen = names.get(p.key) ?? [];
      if (!seen.includes(p.name)) seen.push(p.name);
      names.set(p.key, seen);
    }
  }
  return [...names].map(([value, labels]) => ({ value, label: labels.join(' / ') }));
}

const KEY = /^[a-z][a-z0-9_]{0,39}$/;
/** Narrows an untrusted string (a URL parameter) to something shaped like a phase key. */
export const isPhaseKey = (value: unknown): value is string => typeof value === 'string' && KEY.test(value);
