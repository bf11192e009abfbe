// Words for the API's enum values. Each map is typed by the generated API types, so a value added
// to the server's enum fails the type check here until it has a label. A project's phase is not an
// enum but a key of its methodology: its names are in phase-labels.ts.
import type { ObjectiveStatus, OrgRole, ProjectPriority, ProjectStatus } from '../api/types.ts';

export const PROJECT_STATUS_LABELS: Readonly<Record<ProjectStatus, string>> = {
  proposed: 'Proposed',
  active: 'Active',
  on_hold: 'On hold',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const PROJECT_PRIORITY_LABELS: Readonly<Record<ProjectPriority, string>> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

export const OBJECTIVE_STATUS_LABELS: Readonly<Record<ObjectiveStatus, string>> = {
  active: 'Active',
  achieved: 'Achieved',
  retired: 'Retired',
};

export const ORG_ROLE_LABELS: Readonly<Record<OrgRole, string>> = {
  admin: 'Admin',
  pmo: 'PMO',
  executive: 'Executive',
  member: 'Member',
};

/** The keys of a label map, in its order: the enum's values. */
export const valuesOf = <K extends string>(labels: Readonly<Record<K, string>>): K[] => Object.keys(labels) as K[];

/** Options for a Mantine Select from a label map. */
export const optionsOf = <K extends string>(labels: Readonly<Record<K, string>>): { value: K; label: string }[] =>
  valuesOf(labels).map((value) => ({ value, label: labels[value] }));

/** Narrows an untrusted string (a URL parameter) to one of the map's keys. */
export const isLabelKey = <K extends string>(labels: Readonly<Record<K, string>>, value: unknown): value is K =>
  typeof value === 'string' && Object.hasOwn(labels, value);
