// Names in the LP and in words. LP names keep only letters, digits and "_" (ids like "PRJ-042" hold
// characters the LP format reads as operators), are unique after that, and say what a row is:
// `budget_y1`, `cap_Developer_q3`, `excl_Platform`, `req_B_A`, `order_B_A_q5`, `must_A`. Quarters
// and years are indices of the horizon, as in the model.
import type { ConstraintRef } from './selection-types.ts';

const MAX_TOKEN = 40;

/** Unique LP-safe tokens for each list of names (a clash after cleaning gets a numeric suffix). */
export function lpTokens(candidates: ReadonlyArray<string>, roles: ReadonlyArray<string>, groups: ReadonlyArray<string>) {
  return { candidates: uniqueTokens(candidates), roles: uniqueTokens(roles), groups: uniqueTokens(groups) };
}

function uniqueTokens(names: ReadonlyArray<string>): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = name.replace(/[^A-Za-z0-9_]/g, '_').slice(0, MAX_TOKEN) || '_';
    let token = base;
    for (let n = 2; taken.has(token); n++) token = `${base}_${n}`;
    taken.add(token);
    return token;
  });
}

export interface NameTokens {
  readonly candidates: ReadonlyArray<string>;
  readonly roles: ReadonlyArray<string>;
  readonly groups: ReadonlyArray<string>;
}

/** Index lookups the row names need (constraint refs carry ids, names carry tokens). */
export interface NameIndex {
  readonly index: ReadonlyMap<string, number>;
  readonly roleIndex: ReadonlyMap<string, number>;
  readonly groupIndex: ReadonlyMap<string, number>;
  readonly tokens: NameTokens;
}

/** The LP row name of a constraint. */
export function rowName(ref: ConstraintRef, names: NameIndex): string {
  const c = (id: string) => names.tokens.candidates[names.index.get(id)!]!;
  switch (ref.kind) {
    case 'budget':
      return `budget_y${ref.year}`;
    case 'capacity':
      return `cap_${names.tokens.roles[names.roleIndex.get(ref.role)!]!}_q${ref.quarter}`;
    case 'mandatory':
      return `must_${c(ref.candidate)}`;
    case 'forced':
      return `force_${c(ref.candidate)}`;
    case 'one-start':
      return `one_start_${c(ref.candidate)}`;
    case 'exclusive':
      return `excl_${names.tokens.groups[names.groupIndex.get(ref.group)!]!}`;
    case 'prerequisite':
      return `req_${c(ref.candidate)}_${c(ref.requires)}`;
    case 'order':
      return `order_${c(ref.candidate)}_${c(ref.requires)}_q${ref.quarter}`;
  }
}

/** A constraint in words, for messages. */
export function describeConstraint(ref: ConstraintRef): string {
  switch (ref.kind) {
    case 'budget':
      return `the budget of year ${ref.year}`;
    case 'capacity':
      return `the capacity of role "${ref.role}" in quarter ${ref.quarter}`;
    case 'mandatory':
      return `"${ref.candidate}" is mandatory`;
    case 'forced':
      return `"${ref.candidate}" is forced in`;
    case 'one-start':
      return `"${ref.candidate}" starts once`;
    case 'exclusive':
      return `at most one of exclusive group "${ref.group}"`;
    case 'prerequisite':
      return `"${ref.candidate}" requires "${ref.requires}"`;
    case 'order':
      return `"${ref.candidate}" starting by quarter ${ref.quarter} requires "${ref.requires}" finished by then`;
  }
}
