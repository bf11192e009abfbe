// The facts the PMO's KPIs are computed from, read for every project (or a portfolio's) in a fixed
// number of queries plus one per thousand significant risks:
// - a project closed in the range: the day its status became completed (from the audit trail),
//   baseline 0's first start and last finish, its computed finish (its actual finish once every
//   task is done), its budget and its actual cost to date, both in its own currency;
// - a phase entered in the range: by a gate decision (approved at that moment) or by hand (approved
//   only if a go on the gate ending the phase it left came first);
// - the status reports each reporting project owed in the range: a report per period of its cadence
//   from its start (or the range's) up to today or the day it closed, due on the period's last day;
// - the benefits due in the range (their expected day), each realised as its latest measurement
//   says (share of the planned improvement; never measured counts as none);
// - the risks in the upper half of the PMO's risk matrix bands, with the first time each had an
//   owner, a strategy and a response (from the audit trail).
import { realisationPct, type Direction } from '../../core/benefits/benefit-realisation.ts';
import { latestMeasurement } from '../../core/benefits/benefit-status.ts';
import type { BenefitFact, ClosedProjectFact, KpiFacts, PhaseEntryFact, RiskFact, StatusReportFact } from '../../core/pmo-kpis/kpi-types.ts';
import { riskScore } from '../../core/risk/risk-matrix.ts';
import { SUBMITTED_STATUSES } from '../../core/status/report-lifecycle.ts';
import { DEFAULT_CADENCE, nextPeriod, periodOf, type Cadence } from '../../core/status/reporting-period.ts';
import type { Db } from '../../db/database.ts';
import { actualCosts } from '../evm/actual-costs.ts';
import { loadRiskMatrix } from '../settings/risk-matrix-setting.ts';

interface ProjectFacts {
  readonly id: string;
  readonly status: string;
  readonly plannedStart: string | null;
  readonly budgetAmountMinor: number | null;
  readonly budgetCurrency: string | null;
  readonly cadence: Cadence;
}

interface ProjectEvent {
  readonly projectId: string;
  readonly at: string;
  readonly action: string;
  readonly before: { status?: string; phase?: string } | null;
  readonly after: { status?: string; phase?: string } | null;
}

const APPROVING = ['go', 'go_with_conditions'];
const dayOf = (iso: string): string => iso.slice(0, 10);

function chunks<T>(xs: readonly T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

async function loadProjects(db: Db, portfolioId: string | undefined): Promise<ProjectFacts[]> {
  const rows = await db.selectFrom('projects as p').leftJoin('projectReporting as pr', 'pr.projectId', 'p.id')
    .select(['p.id', 'p.status', 'p.plannedStart', 'p.budgetAmountMinor', 'p.budgetCurrency', 'pr.cadence'])
    .$if(portfolioId !== undefined, (q) => q.where('p.portfolioId', '=', portfolioId!))
    .execute();
  return rows.map((r) => ({ ...r, budgetAmountMinor: r.budgetAmountMinor === null ? null : Number(r.budgetAmountMinor), cadence: (r.cadence ?? DEFAULT_CADENCE) as Cadence }));
}

/** Status and phase changes of the projects in the range, oldest first. */
async function loadProjectEvents(db: Db, portfolioId: string | undefined, from: string): Promise<ProjectEvent[]> {
  const rows = await db.selectFrom('auditEvents').select(['entityId', 'at', 'action', 'beforeJson', 'afterJson'])
    .where('entityType', '=', 'project').where('at', '>=', from)
    .$if(portfolioId !== undefined, (q) => q.where('entityId', 'in', db.selectFrom('projects').select('id').where('portfolioId', '=', portfolioId!)))
    .orderBy('at').orderBy('id').execute();
  return rows.map((r) => ({
    projectId: r.entityId, at: r.at, action: r.action,
    before: r.beforeJson ? JSON.parse(r.beforeJson) as ProjectEvent['before'] : null,
    after: r.afterJson ? JSON.parse(r.afterJson) as ProjectEvent['after'] : null,
  }));
}

/** The day each project's status last became completed. */
function completions(events: readonly ProjectEvent[]): Map<string, string> {
  const closed = new Map<string, string>();
  for (const e of events) {
    if (e.after?.status === 'completed' && e.before?.status !== 'completed') closed.set(e.projectId, dayOf(e.at));
    else if (e.before?.status === 'completed' && e.after?.status && e.after.status !== 'completed') closed.delete(e.projectId);
  }
  return closed;
}

async function loadClosedProjects(db: Db, projects: readonly ProjectFacts[], closedOn: ReadonlyMap<string, string>, today: string): Promise<ClosedProjectFact[]> {
  const closed = projects.filter((p) => p.status === 'completed' && closedOn.has(p.id));
  if (closed.length === 0) return [];
  const ids = closed.map((p) => p.id);
  const [baselines, schedules, costs] = await Promise.all([
    db.selectFrom('scheduleBaselines').select(['projectId', 'tasksJson']).where('number', '=', 0).where('projectId', 'in', ids).execute(),
    db.selectFrom('projectSchedules').select(['projectId', 'computedFinish']).where('projectId', 'in', ids).execute(),
    actualCosts(db, closed.filter((p) => p.budgetCurrency).map((p) => ({ id: p.id, currency: p.budgetCurrency! })), today, 'total'),
  ]);
  const baselineOf = new Map(baselines.map((b) => {
    const tasks = JSON.parse(b.tasksJson) as Array<{ start: string | null; finish: string | null }>;
    const starts = tasks.map((t) => t.start).filter((s): s is string => s !== null).sort();
    const finishes = tasks.map((t) => t.finish).filter((s): s is string => s !== null).sort();
    return [b.projectId, { start: starts[0] ? dayOf(starts[0]) : null, finish: finishes.length ? dayOf(finishes[finishes.length - 1]!) : null }];
  }));
  const finishOf = new Map(schedules.map((s) => [s.projectId, s.computedFinish ? dayOf(s.computedFinish) : null]));
  return closed.map((p) => {
    const actuals = costs.get(p.id);
    const actualCost = actuals && !actuals.notConverted ? actuals.costs.reduce((sum, c) => sum + c.amount, 0) : null;
    return {
      projectId: p.id, closedOn: closedOn.get(p.id)!,
      baselineStart: baselineOf.get(p.id)?.start ?? null, baselineFinish: baselineOf.get(p.id)?.finish ?? null,
      actualFinish: finishOf.get(p.id) ?? null, budget: p.budgetAmountMinor, actualCost,
    };
  });
}

async function loadPhaseEntries(db: Db, events: readonly ProjectEvent[]): Promise<PhaseEntryFact[]> {
  const entries = events.filter((e) => e.before?.phase && e.after?.phase && e.before.phase !== e.after.phase);
  const byHand = entries.filter((e) => e.action !== 'gate_advance');
  const gates = byHand.length === 0 ? [] : await db.selectFrom('gateReviews').select(['projectId', 'phaseKey', 'decidedAt'])
    .where('decision', 'in', APPROVING).where('projectId', 'in', [...new Set(byHand.map((e) => e.projectId))]).execute();
  return entries.map((e) => {
    if (e.action === 'gate_advance') return { projectId: e.projectId, enteredOn: dayOf(e.at), approvedOn: dayOf(e.at) };
    const approval = gates.filter((g) => g.projectId === e.projectId && g.phaseKey === e.before!.phase && g.decidedAt !== null && g.decidedAt <= e.at)
      .map((g) => g.decidedAt!).sort().pop();
    return { projectId: e.projectId, enteredOn: dayOf(e.at), approvedOn: approval ? dayOf(approval) : null };
  });
}

/** Every period each reporting project owed a report in, from the range's start (or its own) to today or its closing. */
async function loadStatusReports(db: Db, projects: readonly ProjectFacts[], closedOn: ReadonlyMap<string, string>, from: string, today: string): Promise<StatusReportFact[]> {
  const reporting = projects.filter((p) => p.status === 'active' || (p.status === 'completed' && closedOn.has(p.id)));
  if (reporting.length === 0) return [];
  const submitted = new Map<string, string>();
  for (const ids of chunks(reporting.map((p) => p.id))) {
    const rows = await db.selectFrom('statusReports').select(['projectId', 'periodEnd', 'submittedAt'])
      .where('projectId', 'in', ids).where('status', 'in', [...SUBMITTED_STATUSES]).where('periodEnd', '>=', from).execute();
    for (const r of rows) if (r.submittedAt) submitted.set(`${r.projectId} ${r.periodEnd}`, dayOf(r.submittedAt));
  }
  const facts: StatusReportFact[] = [];
  for (const p of reporting) {
    const start = p.plannedStart && p.plannedStart > from ? p.plannedStart : from;
    const last = p.status === 'completed' ? closedOn.get(p.id)! : today;
    for (let period = periodOf(p.cadence, start); period.end <= last; period = nextPeriod(p.cadence, period)) {
      facts.push({ projectId: p.id, dueOn: period.end, submittedOn: submitted.get(`${p.id} ${period.end}`) ?? null });
    }
  }
  return facts;
}

/** Risks in the upper half of the matrix's bands (high and critical on the default 5×5), with when each first had a response. */
async function loadRisks(db: Db, ids: readonly string[], today: string): Promise<RiskFact[]> {
  const { matrix } = await loadRiskMatrix(db);
  const threshold = matrix.bands[Math.floor(matrix.bands.length / 2)]!.minScore;
  const risks: Array<{ id: string; projectId: string; createdAt: string; closedAt: string | null; probability: number; impact: number }> = [];
  for (const chunk of chunks(ids)) {
    risks.push(...await db.selectFrom('risks').select(['id', 'projectId', 'createdAt', 'closedAt', 'probability', 'impact']).where('projectId', 'in', chunk).execute());
  }
  const significant = risks.filter((r) => riskScore(r) >= threshold && dayOf(r.createdAt) <= today);
  const responded = new Map<string, string>();
  for (const chunk of chunks(significant.map((r) => r.id))) {
    const events = await db.selectFrom('auditEvents').select(['entityId', 'at', 'afterJson']).where('entityType', '=', 'risk').where('entityId', 'in', chunk).orderBy('at').execute();
    for (const e of events) {
      const after = e.afterJson ? JSON.parse(e.afterJson) as { ownerId?: string | null; strategy?: string | null; response?: string } : null;
      if (!responded.has(e.entityId) && after?.ownerId && after.strategy && after.response?.trim()) responded.set(e.entityId, dayOf(e.at));
    }
  }
  return significant.map((r) => ({ projectId: r.projectId, raisedOn: dayOf(r.createdAt), closedOn: r.closedAt ? dayOf(r.closedAt) : null, significant: true, respondedOn: responded.get(r.id) ?? null }));
}

/** Benefits expected in the range, each with the share of its planned improvement its latest measurement shows. */
async function loadBenefits(db: Db, ids: readonly string[], from: string, today: string): Promise<BenefitFact[]> {
  const facts: BenefitFact[] = [];
  for (const chunk of chunks(ids)) {
    const benefits = await db.selectFrom('benefits').select(['id', 'projectId', 'baseline', 'target', 'direction', 'expectedBy'])
      .where('projectId', 'in', chunk).where('expectedBy', '>=', from).where('expectedBy', '<=', today).execute();
    if (benefits.length === 0) continue;
    const measurements = await db.selectFrom('benefitMeasurements').select(['benefitId', 'measuredOn', 'value'])
      .where('benefitId', 'in', benefits.map((b) => b.id)).where('measuredOn', '<=', today).execute();
    for (const b of benefits) {
      const latest = latestMeasurement(measurements.filter((m) => m.benefitId === b.id).map((m) => ({ on: m.measuredOn, value: Number(m.value) })));
      const measure = { baseline: Number(b.baseline), target: Number(b.target), direction: b.direction as Direction };
      facts.push({ projectId: b.projectId, dueOn: b.expectedBy, realisation: latest ? realisationPct(measure, latest.value) / 100 : null });
    }
  }
  return facts;
}

/** The KPI facts of every project (or one portfolio's) from `from` to `today`. */
export async function loadKpiFacts(db: Db, range: { from: string; today: string; portfolioId?: string }): Promise<KpiFacts> {
  const projects = await loadProjects(db, range.portfolioId);
  const ids = projects.map((p) => p.id);
  const events = await loadProjectEvents(db, range.portfolioId, range.from);
  const closedOn = completions(events);
  const [closedProjects, phaseEntries, statusReports, risks, benefits] = await Promise.all([
    loadClosedProjects(db, projects, closedOn, range.today),
    loadPhaseEntries(db, events),
    loadStatusReports(db, projects, closedOn, range.from, range.today),
    loadRisks(db, ids, range.today),
    loadBenefits(db, ids, range.from, range.today),
  ]);
  return { closedProjects, phaseEntries, statusReports, benefits, risks };
}

