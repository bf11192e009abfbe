// What a status report says about a project now: the facts its colours are computed from and the
// figures it shows (milestones against the baseline, the top risks, open issues by priority,
// overdue actions, changes affecting scope, quality findings), read in one go from live data. A
// draft shows these as they are; submitting a report freezes them with the colours.
import type { StatusFigures } from '../../contracts/status-report.schema.ts';
import { findingOverdue, type FindingStatus } from '../../core/quality/finding-lifecycle.ts';
import { daysBetween, DONE_ISSUE_STATUSES, OPEN_ACTION_STATUSES } from '../../core/raid/raid-states.ts';
import { bandOf, riskScore, type RiskMatrix } from '../../core/risk/risk-matrix.ts';
import { assessStatus } from '../../core/status/assess-status.ts';
import { lacksResponse } from '../../core/status/dimension-rules.ts';
import type { Period } from '../../core/status/reporting-period.ts';
import type { RiskTier, StatusFacts, StatusRag, StatusThresholds } from '../../core/status/status-types.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow } from '../../db/tables.ts';
import { nowIso, type AppContext } from '../context.ts';
import { todayOf } from '../raid/raid-log.ts';
import { loadRiskMatrix } from '../settings/risk-matrix-setting.ts';
import { loadStatusThresholds } from '../settings/status-thresholds-setting.ts';
import { scheduleFacts } from './schedule-facts.ts';
import { costOutlook } from '../evm/cost-outlook.ts';

/** The figures a report shows and the colours computed from them: what a submission freezes. */
export interface StatusSnapshot {
  readonly figures: StatusFigures;
  readonly rag: StatusRag;
}

const PRIORITIES = ['critical', 'high', 'medium', 'low'] as const;
const countBy = (values: ReadonlyArray<string>) => Object.fromEntries(PRIORITIES.map((p) => [p, values.filter((v) => v === p).length])) as Record<(typeof PRIORITIES)[number], number>;

/** The top band of the matrix is critical, the one below it high (a one-band matrix ranks nothing). */
function tierOf(matrix: RiskMatrix, score: number): { tier: RiskTier; label: string } {
  const band = bandOf(matrix, score);
  const fromTop = matrix.bands.length - 1 - matrix.bands.indexOf(band);
  return { tier: matrix.bands.length < 2 ? 'other' : fromTop === 0 ? 'critical' : fromTop === 1 ? 'high' : 'other', label: band.label };
}

/** A change request affects scope when it is filed under scope or states a scope impact. */
const affectsScope = (c: { category: string; scopeImpact: string }): boolean => c.category === 'scope' || c.scopeImpact.trim() !== '';

export async function liveSnapshot(trx: Db, ctx: AppContext, project: ProjectRow, period: Period): Promise<StatusSnapshot> {
  const today = todayOf(ctx);
  const thresholds: StatusThresholds = await loadStatusThresholds(trx);
  const [schedule, { matrix }, risks, actions, issues, changes, findings, reviews, manager, cost] = await Promise.all([
    scheduleFacts(trx, ctx, project, thresholds.schedule.baselineNumber),
    loadRiskMatrix(trx),
    trx.selectFrom('risks').select(['id', 'code', 'title', 'probability', 'impact', 'strategy', 'response']).where('projectId', '=', project.id).where('status', '=', 'open').execute(),
    trx.selectFrom('actions').select(['id', 'code', 'title', 'dueDate']).where('projectId', '=', project.id).where('status', 'in', [...OPEN_ACTION_STATUSES]).where('dueDate', '<', today).execute(),
    trx.selectFrom('issues').select(['id', 'code', 'title', 'priority', 'status']).where('projectId', '=', project.id).where('status', 'not in', [...DONE_ISSUE_STATUSES]).execute(),
    trx.selectFrom('changeRequests').select(['id', 'code', 'title', 'status', 'category', 'scopeImpact', 'decision', 'decidedAt']).where('projectId', '=', project.id).where('status', 'in', ['submitted', 'approved', 'applied']).orderBy('code').execute(),
    trx.selectFrom('qualityFindings').select(['code', 'title', 'severity', 'status', 'dueDate']).where('projectId', '=', project.id).where('status', '!=', 'closed').orderBy('code').execute(),
    trx.selectFrom('qualityReviews').select((eb) => eb.fn.countAll<number>().as('n')).where('projectId', '=', project.id).where('status', 'in', ['completed', 'closed']).executeTakeFirstOrThrow(),
    project.managerId ? trx.selectFrom('users').select('name').where('id', '=', project.managerId).executeTakeFirst() : undefined,
    costOutlook(trx, ctx, project, today),
  ]);

  const riskLines = risks
    .map((r) => ({ ...r, score: riskScore(r), ...tierOf(matrix, riskScore(r)) }))
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  const overdue = actions.map((a) => ({ ...a, dueDate: a.dueDate!, daysOverdue: daysBetween(a.dueDate!, today) })).sort((a, b) => b.daysOverdue - a.daysOverdue || a.code.localeCompare(b.code));
  const rank = (p: string) => PRIORITIES.indexOf(p as (typeof PRIORITIES)[number]);
  const openIssues = [...issues].sort((a, b) => rank(a.priority) - rank(b.priority) || a.code.localeCompare(b.code));
  const scoped = changes.filter(affectsScope).map((c) => ({ ...c, decidedOn: c.decidedAt?.slice(0, 10) ?? null }));
  const ref = (x: { id: string; code: string; title: string }) => ({ id: x.id, code: x.code, title: x.title });
  const awaitingBoard = scoped.filter((c) => c.status === 'submitted').map(ref);
  const approvedInPeriod = scoped.filter((c) => c.status !== 'submitted' && c.decision === 'approved' && c.decidedOn !== null && c.decidedOn >= period.start && c.decidedOn <= period.end).map(ref);
  const openFindings = findings.map((f) => ({ code: f.code, title: f.title, severity: f.severity, overdue: findingOverdue(f.status as FindingStatus, f.dueDate, today) }));

  const facts: StatusFacts = {
    period,
    schedule: schedule.facts,
    cost: { budget: cost.budget, forecast: cost.forecast, forecastBasis: cost.method },
    scope: { awaitingBoard, approvedInPeriod },
    risk: { risks: riskLines.map((r) => ({ code: r.code, title: r.title, score: r.score, tier: r.tier, bandLabel: r.label, strategy: r.strategy, response: r.response })), overdueActions: overdue },
    quality: { reviewsDone: Number(reviews.n), openFindings },
  };
  const figures: StatusFigures = {
    asOf: nowIso(ctx.clock),
    today,
    project: { code: project.code, name: project.name, phase: project.phase, status: project.status, managerName: manager?.name ?? null },
    thresholds,
    schedule: schedule.figures,
    cost: { budget: cost.budget, forecast: cost.forecast, forecastBasis: cost.method, cpi: cost.cpi, spi: cost.spi },
    scope: { awaitingBoard, approvedInPeriod },
    risks: { open: riskLines.length, withoutResponse: riskLines.filter((r) => r.tier !== 'other' && lacksResponse(r)).length, top: riskLines.slice(0, 5).map((r) => ({ ...ref(r), score: r.score, band: r.label, strategy: r.strategy, hasResponse: !lacksResponse(r) })) },
    issues: { open: openIssues.length, byPriority: countBy(openIssues.map((i) => i.priority)), top: openIssues.slice(0, 10).map((i) => ({ ...ref(i), priority: i.priority, status: i.status })) },
    actions: { overdue: overdue.length, items: overdue.slice(0, 10).map((a) => ({ ...ref(a), dueDate: a.dueDate, daysOverdue: a.daysOverdue })) },
    quality: { reviewsDone: Number(reviews.n), openFindings: countBy(findings.map((f) => f.severity)), overdueFindings: openFindings.filter((f) => f.overdue).length },
  };
  return { figures, rag: assessStatus(facts, thresholds) };
}
