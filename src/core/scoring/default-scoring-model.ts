// The scoring model Orrery ships (key `default`): the six criteria issue 8 names, each on a scale
// of five described levels, weighted as points out of 100. The PMO edits it (its edit is a row
// under the same key) or adds its own models; a criterion may name the strategic objective it
// measures alignment with, so a PMO can score alignment objective by objective.
import type { Criterion, ScaleLevel } from './scoring-types.ts';

export const DEFAULT_MODEL_KEY = 'default';

const scale = (...levels: ReadonlyArray<readonly [string, string]>): ScaleLevel[] => levels.map(([label, description], i) => ({ level: i + 1, label, description }));

export const DEFAULT_CRITERIA: ReadonlyArray<Criterion> = [
  {
    key: 'strategic_alignment', name: 'Strategic alignment', weight: 30, direction: 'higher-is-better',
    levels: scale(['None', 'Serves no strategic objective'], ['Weak', 'Touches an objective indirectly'], ['Partial', 'Contributes to one objective'], ['Strong', 'Directly advances one objective'], ['Essential', 'Key to delivering one or more objectives']),
  },
  {
    key: 'financial_value', name: 'Financial value', weight: 25, direction: 'higher-is-better',
    levels: scale(['None', 'No measurable financial return'], ['Low', 'Pays back in more than five years'], ['Medium', 'Pays back in three to five years'], ['High', 'Pays back in one to three years'], ['Very high', 'Pays back within a year']),
  },
  {
    key: 'risk', name: 'Delivery risk', weight: 15, direction: 'lower-is-better',
    levels: scale(['Very low', 'Done before, proven technology, stable scope'], ['Low', 'Familiar work with minor unknowns'], ['Medium', 'Some new technology or dependencies'], ['High', 'New to us, many dependencies'], ['Very high', 'Unproven, large and tightly constrained']),
  },
  {
    key: 'urgency', name: 'Urgency', weight: 10, direction: 'higher-is-better',
    levels: scale(['None', 'Could wait more than two years'], ['Low', 'Needed within two years'], ['Medium', 'Needed within a year'], ['High', 'Needed within six months'], ['Critical', 'Needed now: delay costs every month']),
  },
  {
    key: 'compliance', name: 'Compliance', weight: 10, direction: 'higher-is-better',
    levels: scale(['None', 'No regulatory or contractual driver'], ['Advisory', 'Good practice recommends it'], ['Audit', 'Closes an audit finding'], ['Contract', 'A contract requires it'], ['Regulatory', 'The law or a regulator requires it']),
  },
  {
    key: 'resource_fit', name: 'Resource fit', weight: 10, direction: 'higher-is-better',
    levels: scale(['Poor', 'Needs skills we do not have'], ['Weak', 'Needs much hiring or contracting'], ['Fair', 'Needs some hiring or contracting'], ['Good', 'Mostly our own people, some stretch'], ['Excellent', 'Our own people have the skills and the time']),
  },
];

export const DEFAULT_MODEL = {
  key: DEFAULT_MODEL_KEY,
  name: 'Standard prioritisation',
  description: 'Strategic alignment, financial value, delivery risk, urgency, compliance and resource fit, weighted out of 100.',
  criteria: DEFAULT_CRITERIA,
  ahp: null,
} as const;
