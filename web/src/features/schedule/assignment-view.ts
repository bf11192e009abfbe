// What the assignment dialog and the task grid's Resources column show and send: a resource's units
// or work (and how much of the work is overtime), a material's quantity or a cost resource's amount as text fields, checked here before
// the server checks them again; the column's label of a task's resources ("Ada 50 %, Crane") and
// the Gantt's beside each bar ("Ada [50 %], Crane"), one per task of the project's assignments.
import type { Assignment, AssignmentCreate, AssignmentUpdate, Contour, ResourceKind } from '../../api/types.ts';

export const CONTOUR_LABELS: Record<Contour, string> = { flat: 'Flat', 'back-loaded': 'Back loaded', 'front-loaded': 'Front loaded', 'double-peak': 'Double peak', bell: 'Bell', turtle: 'Turtle' };
export const isWorkResource = (kind: ResourceKind): boolean => kind === 'person' || kind === 'role' || kind === 'equipment';

export interface AssignmentValues {
  resourceId: string;
  kind: ResourceKind | null;
  by: 'units' | 'work';
  units: string;
  workHours: string;
  /** Of the work, the hours planned as overtime (priced at the overtime rate); empty for none. */
  overtimeHours: string;
  contour: Contour;
  quantity: string;
  amount: string;
}

export function assignmentValues(a?: Assignment): AssignmentValues {
  return {
    resourceId: a?.resourceId ?? '',
    kind: a?.resourceKind ?? null,
    by: a?.driver === 'work' ? 'work' : 'units',
    units: a?.units !== null && a?.units !== undefined ? String(a.units) : '100',
    workHours: a?.workMinutes !== null && a?.workMinutes !== undefined ? String(Math.round((a.workMinutes / 60) * 100) / 100) : '',
    overtimeHours: a?.overtimeMinutes ? String(Math.round((a.overtimeMinutes / 60) * 100) / 100) : '',
    contour: a?.contour ?? 'flat',
    quantity: a?.quantity !== null && a?.quantity !== undefined ? String(a.quantity) : '',
    amount: a?.amount ? (a.amount.amountMinor / 100).toFixed(2) : '',
  };
}

/** A decimal typed by hand ("2,5" too), or null when empty or not a number. */
export const parseDecimal = (text: string): number | null => {
  const n = Number(text.trim().replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(n) ? null : n;
};

export function validateAssignment(v: AssignmentValues): Partial<Record<keyof AssignmentValues, string>> {
  const errors: Partial<Record<keyof AssignmentValues, string>> = {};
  if (!v.resourceId) errors.resourceId = 'Pick a resource from the pool.';
  if (v.kind && isWorkResource(v.kind)) {
    if (v.by === 'units' && !((parseDecimal(v.units) ?? -1) >= 0)) errors.units = 'Units are a percentage: 100 is full time.';
    if (v.by === 'work' && !((parseDecimal(v.workHours) ?? -1) >= 0)) errors.workHours = 'Give the work in hours, e.g. 24.';
    const overtime = v.overtimeHours.trim() === '' ? 0 : parseDecimal(v.overtimeHours);
    if (overtime === null || overtime < 0) errors.overtimeHours = 'Give the overtime in hours, e.g. 8, or leave it empty.';
    else if (v.by === 'work' && overtime > (parseDecimal(v.workHours) ?? Infinity)) errors.overtimeHours = 'Overtime is part of the work: give at most the work’s hours.';
  }
  if (v.kind === 'material' && !((parseDecimal(v.quantity) ?? 0) > 0)) errors.quantity = 'Give the quantity the task uses.';
  if (v.kind === 'cost' && !((parseDecimal(v.amount) ?? -1) >= 0)) errors.amount = 'Give the amount, e.g. 1200.00.';
  return errors;
}

/** The amounts of the values for the resource's kind. */
function amountsOf(v: AssignmentValues, currency: string): AssignmentUpdate {
  if (v.kind === 'material') return { quantity: parseDecimal(v.quantity)! };
  if (v.kind === 'cost') return { amount: { amountMinor: Math.round(parseDecimal(v.amount)! * 100), currency } };
  const overtimeMinutes = Math.round((parseDecimal(v.overtimeHours) ?? 0) * 60);
  return v.by === 'work' ? { workMinutes: Math.round(parseDecimal(v.workHours)! * 60), overtimeMinutes, contour: v.contour } : { units: parseDecimal(v.units)!, overtimeMinutes, contour: v.contour };
}

export const toAssignmentCreate = (v: AssignmentValues, currency: string): AssignmentCreate => ({ resourceId: v.resourceId, ...amountsOf(v, currency) });

/** Only what changed against the assignment as it was opened. */
export function toAssignmentPatch(v: AssignmentValues, a: Assignment, currency: string): AssignmentUpdate {
  const before = assignmentValues(a);
  const next = amountsOf(v, currency);
  const changed = (Object.keys(next) as Array<keyof AssignmentUpdate>).some((k) => {
    const field = k === 'workMinutes' ? 'workHours' : k === 'overtimeMinutes' ? 'overtimeHours' : k === 'units' ? 'units' : k;
    return field in before && before[field as keyof AssignmentValues] !== v[field as keyof AssignmentValues];
  });
  return changed || v.by !== before.by ? next : {};
}

export function assignmentFieldOf(path: string): string | null {
  if (path === 'workMinutes') return 'workHours';
  if (path === 'overtimeMinutes') return 'overtimeHours';
  if (path.startsWith('amount')) return 'amount';
  return ['resourceId', 'units', 'contour', 'quantity'].includes(path) ? path : null;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** "40 h", or "40 h (10 h overtime)": an assignment's work in the dialog's table. */
export const workLabel = (a: Pick<Assignment, 'workMinutes' | 'overtimeMinutes'>): string =>
  a.workMinutes === null ? '—' : `${round1(a.workMinutes / 60)} h${a.overtimeMinutes ? ` (${round1(a.overtimeMinutes / 60)} h overtime)` : ''}`;
const quantityOf = (a: Assignment): string => `${a.quantity}${a.unit ? ` ${a.unit}` : ''}`;

/** "Ada Lovelace 50 %, Crane 100 %, Concrete 2.5 m³": a task's resources in the grid. */
export function resourcesLabel(items: ReadonlyArray<Assignment>): string {
  return items
    .map((a) => (a.units !== null ? `${a.resourceName} ${round1(a.units)} %` : a.quantity !== null ? `${a.resourceName} ${quantityOf(a)}` : a.resourceName))
    .join(', ');
}

/**
 * "Ada Lovelace [50 %], Crane, Concrete [2.5 m³]": a task's resources beside its Gantt bar, as MS
 * Project labels bars: units only when not 100 %, a material's quantity, a cost resource's name.
 */
export function barResourcesLabel(items: ReadonlyArray<Assignment>): string {
  return items
    .map((a) => {
      if (a.units !== null) return round1(a.units) === 100 ? a.resourceName : `${a.resourceName} [${round1(a.units)} %]`;
      return a.quantity !== null ? `${a.resourceName} [${quantityOf(a)}]` : a.resourceName;
    })
    .join(', ');
}

/** Each task's label of the project's assignments, grouped in one pass (tasks without any are absent). */
export function labelsByTask(items: ReadonlyArray<Assignment>, label: (items: ReadonlyArray<Assignment>) => string): Map<string, string> {
  const byTask = new Map<string, Assignment[]>();
  for (const a of items) {
    const list = byTask.get(a.taskId);
    if (list) list.push(a);
    else byTask.set(a.taskId, [a]);
  }
  const labels = new Map<string, string>();
  for (const [taskId, list] of byTask) labels.set(taskId, label(list));
  return labels;
}
