// The project form's values and their conversions: from a project, to the API's create/patch
// bodies, and client-side checks. Pure functions, so the rules are easy to read and test.
import type { Project, ProjectCreate, ProjectUpdate } from '../../api/types.ts';
import { decimalToMinor, minorDigits, minorToDecimal } from '../../ui/money.ts';

export interface ProjectFormValues {
  code: string;
  name: string;
  description: string;
  portfolioId: string | null;
  programId: string | null;
  sponsorId: string | null;
  managerId: string | null;
  status: Project['status'];
  /** The methodology the project follows; its phases are the phase's options. */
  methodologyKey: string;
  /** A phase key of the methodology; empty on a new project means "its first phase". */
  phase: string;
  priority: Project['priority'];
  plannedStart: string;
  plannedFinish: string;
  /** Decimal text in major units ("125000.50"); empty means no budget. */
  budgetAmount: string;
  budgetCurrency: string;
  objectiveIds: string[];
  tags: string[];
}

export type ProjectFormField = keyof ProjectFormValues;

export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'JPY'] as const;

export function projectFormValues(project?: Project, defaults: { portfolioId?: string } = {}): ProjectFormValues {
  const currency = project?.budget?.currency ?? 'EUR';
  return {
    code: project?.code ?? '',
    name: project?.name ?? '',
    description: project?.description ?? '',
    portfolioId: project?.portfolioId ?? defaults.portfolioId ?? null,
    programId: project?.programId ?? null,
    sponsorId: project?.sponsorId ?? null,
    managerId: project?.managerId ?? null,
    status: project?.status ?? 'proposed',
    methodologyKey: project?.methodologyKey ?? 'predictive',
    phase: project?.phase ?? '',
    priority: project?.priority ?? 'medium',
    plannedStart: project?.plannedStart ?? '',
    plannedFinish: project?.plannedFinish ?? '',
    budgetAmount: project?.budget ? minorToDecimal(project.budget.amountMinor, minorDigits(currency)) : '',
    budgetCurrency: currency,
    objectiveIds: [...(project?.objectiveIds ?? [])],
    tags: [...(project?.tags ?? [])],
  };
}

const CODE = /^[A-Za-z][A-Za-z0-9]{1,9}-[0-9]{1,6}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Client-side checks; the server checks again and its messages land on the same fields. */
export function validateProjectForm(v: ProjectFormValues): Partial<Record<ProjectFormField, string>> {
  const errors: Partial<Record<ProjectFormField, string>> = {};
  if (!v.name.trim()) errors.name = 'Give the project a name.';
  else if (v.name.trim().length > 200) errors.name = 'Keep the name under 200 characters.';
  if (v.code.trim() && !CODE.test(v.code.trim())) errors.code = 'Codes look like PRJ-042: letters, a dash, digits.';
  if (!v.portfolioId) errors.portfolioId = 'Choose the portfolio this project belongs to.';
  if (v.plannedStart && !DATE.test(v.plannedStart)) errors.plannedStart = 'Enter a date.';
  if (v.plannedFinish && !DATE.test(v.plannedFinish)) errors.plannedFinish = 'Enter a date.';
  if (v.plannedStart && v.plannedFinish && v.plannedFinish < v.plannedStart) {
    errors.plannedFinish = 'The planned finish must be on or after the planned start.';
  }
  if (v.budgetAmount.trim()) {
    const parsed = decimalToMinor(v.budgetAmount, minorDigits(v.budgetCurrency));
    if (!parsed.ok) errors.budgetAmount = parsed.message;
  }
  return errors;
}

function budgetOf(v: ProjectFormValues): Project['budget'] {
  if (!v.budgetAmount.trim()) return null;
  const parsed = decimalToMinor(v.budgetAmount, minorDigits(v.budgetCurrency));
  if (!parsed.ok) throw new Error(parsed.message);
  return { amountMinor: parsed.amountMinor, currency: v.budgetCurrency };
}

export function toProjectCreate(v: ProjectFormValues): ProjectCreate {
  return {
    ...(v.code.trim() ? { code: v.code.trim().toUpperCase() } : {}),
    name: v.name.trim(),
    description: v.description,
    portfolioId: v.portfolioId ?? '',
    programId: v.programId,
    sponsorId: v.sponsorId,
    managerId: v.managerId,
    status: v.status,
    methodologyKey: v.methodologyKey,
    ...(v.phase ? { phase: v.phase } : {}),
    priority: v.priority,
    plannedStart: v.plannedStart || null,
    plannedFinish: v.plannedFinish || null,
    budget: budgetOf(v),
    objectiveIds: v.objectiveIds,
    tags: v.tags.map((t) => t.trim()).filter(Boolean),
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Only the fields that changed, so a manager's edit never touches the PMO-only fields. */
export function toProjectPatch(v: ProjectFormValues, original: Project): ProjectUpdate {
  const next = toProjectCreate(v);
  const patch: ProjectUpdate = {};
  if (next.name !== original.name) patch.name = next.name;
  if (next.description !== original.description) patch.description = next.description;
  if (next.portfolioId !== original.portfolioId) patch.portfolioId = next.portfolioId;
  if (next.programId !== original.programId) patch.programId = next.programId ?? null;
  if (next.sponsorId !== original.sponsorId) patch.sponsorId = next.sponsorId ?? null;
  if (next.managerId !== original.managerId) patch.managerId = next.managerId ?? null;
  if (next.status !== original.status) patch.status = next.status;
  // Phase and methodology are the PMO's (a manager's change is refused): sent only when changed.
  if (next.methodologyKey !== original.methodologyKey) patch.methodologyKey = next.methodologyKey;
  if (next.phase !== undefined && next.phase !== original.phase) patch.phase = next.phase;
  if (next.priority !== original.priority) patch.priority = next.priority;
  if (next.plannedStart !== original.plannedStart) patch.plannedStart = next.plannedStart ?? null;
  if (next.plannedFinish !== original.plannedFinish) patch.plannedFinish = next.plannedFinish ?? null;
  const budget = next.budget ?? null;
  if (budget?.amountMinor !== original.budget?.amountMinor || budget?.currency !== original.budget?.currency) patch.budget = budget;
  if (!sameList(next.objectiveIds ?? [], original.objectiveIds)) patch.objectiveIds = next.objectiveIds ?? [];
  if (!sameList(next.tags ?? [], original.tags)) patch.tags = next.tags ?? [];
  return patch;
}

/** Which form field a server error path ("budget.amountMinor", "tags.3") belongs to. */
export function projectFieldOf(path: string): ProjectFormField | null {
  const head = path.split('.')[0] ?? '';
  if (head === 'budget') return path.endsWith('currency') ? 'budgetCurrency' : 'budgetAmount';
  const fields: readonly string[] = Object.keys(projectFormValues());
  return fields.includes(head) ? (head as ProjectFormField) : null;
}
