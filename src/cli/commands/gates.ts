// `orrery gates pending` and `orrery gates list`: the stage-gate reviews from the shell. Pending is
// an approver's queue (everything waiting, or what one person may decide, by their e-mail); list is
// a project's (or every project's) gate history with the decisions taken.
import { Option, type Command } from 'commander';
import type { GateReview } from '../../contracts/governance.schema.ts';
import { GateReviewListQuery, GATE_REVIEW_STATUSES } from '../../contracts/governance.schema.ts';
import { listGateReviews } from '../../app/governance/gate-review-queries.ts';
import type { AppContext } from '../../app/context.ts';
import { projectByCode, userByEmail } from '../lookups.ts';
import { renderTable, terminalWidth, type TextColumn } from '../text-table.ts';
import { openRuntime, withDatabaseOptions, type CommonOptions, type Runtime } from '../runtime.ts';

const text = (header: string, value: (r: GateReview) => string | null, more: Partial<TextColumn<GateReview>> = {}): TextColumn<GateReview> => ({ header, value: (r) => value(r) ?? '', ...more });
const readiness = (r: GateReview): string => {
  const { items, canGo, blocking, needsWaiver } = r.readiness;
  const ok = items.filter((i) => i.state === 'ok' || i.state === 'waived').length;
  return `${ok}/${items.length} ${canGo ? 'ready' : blocking > 0 ? `${blocking} blocking` : `${needsWaiver} need waiver`}`;
};

const COLUMNS: TextColumn<GateReview>[] = [
  text('Code', (r) => r.code),
  text('Project', (r) => r.projectCode),
  text('Name', (r) => r.projectName, { flex: true, max: 36, min: 12 }),
  text('Gate', (r) => r.gate.name, { flex: true, max: 36, min: 12 }),
  text('Requested', (r) => `${r.createdAt.slice(0, 10)}${r.requestedByName ? ` by ${r.requestedByName}` : ''}`, { flex: true, max: 32 }),
  text('Readiness', readiness),
  text('Status', (r) => (r.decision ? `${r.status}: ${r.decision}` : r.status)),
];

interface Options extends CommonOptions {
  approver?: string;
  project?: string;
  status?: string;
  format: 'table' | 'json';
}

function print(reviews: GateReview[], format: 'table' | 'json', empty: string): void {
  if (format === 'json') {
    console.log(JSON.stringify(reviews, null, 2));
    return;
  }
  if (reviews.length === 0) {
    console.log(empty);
    return;
  }
  for (const line of renderTable(COLUMNS, reviews, terminalWidth())) console.log(line);
  console.log(`\n${reviews.length} gate review${reviews.length === 1 ? '' : 's'}.`);
}

/** The approver's own context (their roles decide what they may approve), or the system's. */
async function approverContext(runtime: Runtime, email: string | undefined): Promise<AppContext> {
  if (!email) return runtime.system;
  const user = await userByEmail(runtime, email);
  const row = await runtime.deps.db.selectFrom('users').select('orgRole').where('id', '=', user.id).executeTakeFirstOrThrow();
  return { ...runtime.deps, actor: { userId: user.id, name: user.name, orgRole: row.orgRole as AppContext['actor']['orgRole'], via: 'system' } };
}

export function gatesCommands(program: Command): void {
  const gates = program.command('gates').description('stage-gate reviews: the approval queue and the gate history of projects');
  const format = () => new Option('--format <format>', 'output format').choices(['table', 'json']).default('table');

  withDatabaseOptions(
    gates
      .command('pending')
      .description('gate reviews waiting for a decision (all of them, or those one approver may decide)')
      .option('--approver <email>', 'only the reviews this person may decide (their queue)')
      .addOption(format())
      .addHelpText('after', '\nExamples:\n  orrery gates pending\n  orrery gates pending --approver priya.shah@example.com --format json'),
  ).action(async (options: Options) => {
    const runtime = await openRuntime(options);
    try {
      const ctx = await approverContext(runtime, options.approver);
      const { items } = await listGateReviews(ctx, GateReviewListQuery.parse({ awaitingMe: 'true', limit: 200 }));
      print(items, options.format, options.approver ? `Nothing waits for ${options.approver}'s decision.` : 'No gate review is waiting for a decision.');
    } finally {
      await runtime.database.close();
    }
  });

  withDatabaseOptions(
    gates
      .command('list')
      .description('gate reviews, newest first, with their decisions')
      .option('--project <code>', 'only this project’s reviews, e.g. PRJ-001')
      .addOption(new Option('--status <status>', 'only reviews in this status').choices(GATE_REVIEW_STATUSES))
      .addOption(format()),
  ).action(async (options: Options) => {
    const runtime = await openRuntime(options);
    try {
      const project = options.project ? await projectByCode(runtime, options.project) : undefined;
      const { items } = await listGateReviews(runtime.system, GateReviewListQuery.parse({ projectId: project?.id, status: options.status, limit: 200 }));
      print(items, options.format, 'No gate reviews.');
    } finally {
      await runtime.database.close();
    }
  });
}
