// The RAID logs as a spreadsheet: one sheet per log (XLSX) or one log (CSV), with the columns a
// PMO reads in a review, over the same scope as the lists (a project, a program, a portfolio, all).
import type { Action, Assumption, Decision, Dependency, Issue, RaidExportQuery, RaidKind, Risk } from '../../contracts/raid.schema.ts';
import type { TableColumn, TableSheet } from '../../io/tabular/table-sheet.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { allLogItems, type LogKind } from './raid-log.ts';
import { RAID_LOGS } from './raid-kinds.ts';
import { column, exportSheets, instant, MAX_EXPORT_ROWS, type ExportedFile } from '../shared/table-export.ts';

/** What every project log item has (RAID logs, change requests, findings). */
export interface LogItemView {
  code: string;
  projectCode: string;
  title: string;
  description: string;
  status: string;
  ownerName: string | null;
  updatedAt: string;
}
const col = column;
/** The first and last columns of any log item's sheet. */
export const logItemHead = <R extends LogItemView>(): TableColumn<R>[] => [col('Code', (r) => r.code), col('Project', (r) => r.projectCode), col('Title', (r) => r.title, 'text', 40)];
export const logItemTail = <R extends LogItemView>(): TableColumn<R>[] => [col('Owner', (r) => r.ownerName), col('Status', (r) => r.status), col('Updated', (r) => instant(r.updatedAt), 'datetime')];
const head = logItemHead;
const tail = logItemTail;

const COLUMNS: { [K in RaidKind]: TableColumn<any>[] } = {
  risks: [
    ...head<Risk>(),
    col<Risk>('Category', (r) => r.category),
    col<Risk>('Cause', (r) => r.cause, 'text', 30),
    col<Risk>('Event', (r) => r.description, 'text', 30),
    col<Risk>('Effect', (r) => r.effect, 'text', 30),
    col<Risk>('Probability', (r) => r.probability, 'number'),
    col<Risk>('Impact', (r) => r.impact, 'number'),
    col<Risk>('Score', (r) => r.score, 'number'),
    col<Risk>('Band', (r) => r.band),
    col<Risk>('Strategy', (r) => r.strategy),
    col<Risk>('Response', (r) => r.response, 'text', 30),
    col<Risk>('Residual probability', (r) => r.residualProbability, 'number'),
    col<Risk>('Residual impact', (r) => r.residualImpact, 'number'),
    col<Risk>('Residual score', (r) => r.residualScore, 'number'),
    col<Risk>('Triggers', (r) => r.triggers, 'text', 30),
    col<Risk>('Review date', (r) => r.reviewDate, 'date'),
    ...tail<Risk>(),
  ],
  issues: [
    ...head<Issue>(),
    col<Issue>('Description', (r) => r.description, 'text', 30),
    col<Issue>('Priority', (r) => r.priority),
    col<Issue>('Severity', (r) => r.severity),
    col<Issue>('Escalation', (r) => r.escalationLevel),
    col<Issue>('Due', (r) => r.dueDate, 'date'),
    col<Issue>('Overdue', (r) => r.overdue),
    col<Issue>('Resolution', (r) => r.resolution, 'text', 30),
    ...tail<Issue>(),
  ],
  assumptions: [
    ...head<Assumption>(),
    col<Assumption>('Description', (r) => r.description, 'text', 30),
    col<Assumption>('Validate by', (r) => r.validateBy, 'date'),
    col<Assumption>('Validation notes', (r) => r.validationNotes, 'text', 30),
    ...tail<Assumption>(),
  ],
  decisions: [
    ...head<Decision>(),
    col<Decision>('Question and context', (r) => r.description, 'text', 30),
    col<Decision>('Outcome', (r) => r.outcome, 'text', 30),
    col<Decision>('Rationale', (r) => r.rationale, 'text', 30),
    col<Decision>('Decided by', (r) => r.decidedByName),
    col<Decision>('Decided on', (r) => r.decidedOn, 'date'),
    ...tail<Decision>(),
  ],
  actions: [
    ...head<Action>(),
    col<Action>('Description', (r) => r.description, 'text', 30),
    col<Action>('Due', (r) => r.dueDate, 'date'),
    col<Action>('Overdue', (r) => r.overdue),
    col<Action>('From', (r) => (r.sourceType === null ? null : `${r.sourceType} ${r.sourceCode ?? ''}`.trim())),
    ...tail<Action>(),
  ],
  dependencies: [
    ...head<Dependency>(),
    col<Dependency>('What is needed', (r) => r.description, 'text', 30),
    col<Dependency>('Provider', (r) => r.providerProjectCode),
    col<Dependency>('Provider task', (r) => r.providerTaskName, 'text', 30),
    col<Dependency>('Needed by', (r) => r.neededBy, 'date'),
    col<Dependency>('Forecast', (r) => r.forecastDate, 'date'),
    col<Dependency>('Slip (days)', (r) => r.slipDays, 'number'),
    col<Dependency>('Threatened', (r) => r.threatened),
    ...tail<Dependency>(),
  ],
};

const SHEET_NAMES: Record<RaidKind, string> = { risks: 'Risks', issues: 'Issues', assumptions: 'Assumptions', decisions: 'Decisions', actions: 'Actions', dependencies: 'Dependencies' };

export async function exportRaid(ctx: AppContext, query: RaidExportQuery): Promise<ExportedFile> {
  if (query.format === 'csv' && query.kinds.length !== 1) {
    throw new AppError('validation_failed', 'A CSV file holds one log: name it with kinds (e.g. kinds=risks), or export XLSX for several.', { errors: [{ path: 'kinds', message: 'give exactly one log for CSV' }] });
  }
  const scope = { projectId: query.projectId, portfolioId: query.portfolioId, programId: query.programId };
  const sheets: TableSheet<any>[] = [];
  for (const kind of query.kinds) {
    const log = RAID_LOGS[kind] as LogKind<any, any, any, any, any>;
    const rows = await allLogItems(log, ctx, { ...scope, sort: 'code' } as never, MAX_EXPORT_ROWS);
    sheets.push({ name: SHEET_NAMES[kind], columns: COLUMNS[kind], rows, title: 'RAID log' });
  }
  const scopeName = query.projectId ? (sheets.flatMap((s) => s.rows)[0] as LogItemView | undefined)?.projectCode : undefined;
  return exportSheets(ctx, sheets, query.format, `raid-${query.kinds.length === 1 ? query.kinds[0] : 'log'}${scopeName ? `-${scopeName}` : ''}`);
}
