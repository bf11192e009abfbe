// `orrery request list|show|submit|case|triage|approve`: project requests (intake) from the shell.
// People act as themselves (--as their e-mail: a request's requester submits and withdraws it;
// the PMO triages and approves), or as Orrery itself, which has the PMO's rights but is no requester.
import { readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { BusinessCaseBody } from '../../contracts/business-case.schema.ts';
import { ProjectRequestCreate, ProjectRequestListQuery, REQUEST_STATUSES, REQUEST_STEPS, RequestApproveBody, type ProjectRequest } from '../../contracts/intake.schema.ts';
import type { AppContext } from '../../app/context.ts';
import { getRequest, listRequests } from '../../app/intake/request-store.ts';
import { createRequest, setBusinessCase, takeRequestStep } from '../../app/intake/request-commands.ts';
import { approveRequest } from '../../app/intake/request-approval.ts';
import { minorDigits } from '../../core/finance/currency.ts';
import { registerItemByCode, userByEmail } from '../lookups.ts';
import { parseWith } from '../parse-options.ts';
import { renderTable, terminalWidth, type TextColumn } from '../text-table.ts';
import { openRuntime, withDatabaseOptions, type CommonOptions, type Runtime } from '../runtime.ts';

const money = (minor: number, currency: string): string => `${(minor / 10 ** minorDigits(currency)).toLocaleString('en', { minimumFractionDigits: minorDigits(currency), maximumFractionDigits: minorDigits(currency) })} ${currency}`;
const percent = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)} %`);

const COLUMNS: TextColumn<ProjectRequest>[] = [
  { header: 'Code', value: (r) => r.code },
  { header: 'Title', value: (r) => r.title, flex: true, max: 40, min: 12 },
  { header: 'Status', value: (r) => r.status.replace('_', ' ') },
  { header: 'Requester', value: (r) => r.requester?.name ?? '', flex: true, max: 24 },
  { header: 'Estimate', value: (r) => (r.costEstimate ? money(r.costEstimate.amountMinor, r.costEstimate.currency) : ''), align: 'right' },
  { header: 'NPV', value: (r) => (r.businessCase?.figures ? money(r.businessCase.figures.npvMinor, r.businessCase.currency) : ''), align: 'right' },
  { header: 'Project', value: (r) => r.project?.code ?? '' },
];

interface Common extends CommonOptions {
  as?: string;
  format?: 'table' | 'json';
}

/** The person acting (their role decides what they may do), or Orrery itself. */
async function actorContext(runtime: Runtime, email: string | undefined): Promise<AppContext> {
  if (!email) return runtime.system;
  const user = await userByEmail(runtime, email);
  const row = await runtime.deps.db.selectFrom('users').select('orgRole').where('id', '=', user.id).executeTakeFirstOrThrow();
  return { ...runtime.deps, actor: { userId: user.id, name: user.name, orgRole: row.orgRole as AppContext['actor']['orgRole'], via: 'system' } };
}

async function requestByCode(runtime: Runtime, raw: string): Promise<string> {
  const code = raw.trim().toUpperCase();
  const row = await runtime.deps.db.selectFrom('projectRequests').select('id').where('code', '=', code).executeTakeFirst();
  if (!row) throw new Error(`No project request has the code ${code}. List them with \`orrery request list\`.`);
  return row.id;
}

function showRequest(r: ProjectRequest): void {
  const lines = [
    `${r.code}  ${r.title}  [${r.status.replace('_', ' ')}]`,
    `Requester: ${r.requester?.name ?? 'Orrery'}${r.reviewers.length > 0 ? `   Reviewers: ${r.reviewers.map((p) => p.name).join(', ')}` : ''}`,
    r.problem && `Problem: ${r.problem}`,
    r.objectives && `Objectives: ${r.objectives}`,
    r.expectedBenefits && `Expected benefits: ${r.expectedBenefits}`,
    r.costEstimate && `Cost estimate: ${money(r.costEstimate.amountMinor, r.costEstimate.currency)}${r.durationEstimateMonths ? ` over ${r.durationEstimateMonths} months` : ''}`,
    ...Object.entries(r.fields).map(([key, value]) => `${key}: ${value}`),
    r.project && `Project: ${r.project.code} ${r.project.name}`,
  ].filter(Boolean) as string[];
  for (const line of lines) console.log(line);
  const f = r.businessCase?.figures;
  if (r.businessCase && f) {
    const c = r.businessCase.currency;
    console.log(`\nBusiness case (${r.businessCase.periodicity}ly, ${percent(r.businessCase.annualDiscountRate)} a year):`);
    console.log(`  NPV ${money(f.npvMinor, c)}   IRR ${percent(f.irr.annualRate)}   payback ${f.payback ? `${f.payback.years.toFixed(2)} years` : 'never'}   ROI ${percent(f.roi)}`);
    const rows = renderTable<(typeof f.rows)[number]>([
      { header: 'Period', value: (x) => String(x.period), align: 'right' },
      { header: 'Costs', value: (x) => money(x.costMinor, c), align: 'right' },
      { header: 'Benefits', value: (x) => money(x.benefitMinor, c), align: 'right' },
      { header: 'Net', value: (x) => money(x.netMinor, c), align: 'right' },
      { header: 'Present value', value: (x) => money(x.presentValueMinor, c), align: 'right' },
    ], f.rows, terminalWidth());
    for (const line of rows) console.log(`  ${line}`);
  }
  console.log('\nHistory:');
  for (const h of r.history) console.log(`  ${h.at.slice(0, 16).replace('T', ' ')}  ${h.actorName ?? 'Orrery'}: ${h.action}${h.from !== h.to ? ` → ${h.to.replace('_', ' ')}` : ''}${h.comment ? ` — ${h.comment}` : ''}`);
}

/** Runs a command with the runtime open, closing it whatever happens. */
function withRuntime<O extends Common>(work: (runtime: Runtime, ctx: AppContext, options: O, ...args: string[]) => Promise<void>) {
  return async (...args: unknown[]) => {
    const options = args.find((a) => typeof a === 'object' && a !== null && !Array.isArray(a) && !('commands' in a)) as O;
    const runtime = await openRuntime(options);
    try {
      await work(runtime, await actorContext(runtime, options.as), options, ...(args.filter((a) => typeof a === 'string') as string[]));
    } finally {
      await runtime.database.close();
    }
  };
}

const printed = (r: ProjectRequest, format: Common['format']): void => (format === 'json' ? console.log(JSON.stringify(r, null, 2)) : showRequest(r));
const asOption = () => new Option('--as <email>', 'act as this person (default: Orrery itself, with the PMO’s rights)');
const formatOption = () => new Option('--format <format>', 'output format').choices(['table', 'json']).default('table');

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

interface SubmitOptions extends Common {
  title: string; problem?: string; objectives?: string; benefits?: string; risks?: string; portfolio?: string; program?: string; sponsor?: string;
  objective?: string[]; cost?: string; currency: string; months?: string; start?: string; field?: string[]; draft?: boolean;
}

export function requestCommands(program: Command): void {
  const request = program.command('request').description('project requests (intake): raise, triage and approve them into projects');

  withDatabaseOptions(request.command('list').description('project requests, newest first').addOption(new Option('--status <status>', 'only this status').choices([...REQUEST_STATUSES])).addOption(asOption()).addOption(formatOption()))
    .action(withRuntime<Common & { status?: string }>(async (_runtime, ctx, options) => {
      const { items } = await listRequests(ctx, parseWith(ProjectRequestListQuery, { status: options.status, limit: 200 }));
      if (options.format === 'json') return console.log(JSON.stringify(items, null, 2));
      if (items.length === 0) return console.log('No project requests.');
      for (const line of renderTable(COLUMNS, items, terminalWidth())) console.log(line);
      console.log(`\n${items.length} request${items.length === 1 ? '' : 's'}.`);
    }));

  withDatabaseOptions(request.command('show').argument('<code>', 'the request, e.g. REQ-001').description('a request with its business case and history').addOption(asOption()).addOption(formatOption()))
    .action(withRuntime(async (runtime, ctx, options, code) => printed(await getRequest(ctx, await requestByCode(runtime, code!)), options.format)));

  withDatabaseOptions(
    request
      .command('submit')
      .description('raise a project request as its requester and submit it to the PMO (or keep it a draft)')
      .requiredOption('--as <email>', 'the requester')
      .requiredOption('--title <title>', 'what the project is called')
      .option('--problem <text>', 'the problem or opportunity')
      .option('--objectives <text>', 'what the project should achieve')
      .option('--benefits <text>', 'expected benefits')
      .option('--risks <text>', 'key risks')
      .option('--portfolio <code>', 'target portfolio, e.g. PFL-001')
      .option('--program <code>', 'program within it')
      .option('--sponsor <email>', 'the sponsor')
      .option('--objective <code>', 'a strategic objective served, e.g. OBJ-001 (repeatable)', collect)
      .option('--cost <amount>', 'cost estimate in the currency’s units, e.g. 250000')
      .option('--currency <code>', 'currency of the estimate', 'EUR')
      .option('--months <n>', 'duration estimate in months')
      .option('--start <date>', 'desired start, YYYY-MM-DD')
      .option('--field <key=value>', 'a value of one of the PMO’s intake fields (repeatable)', collect)
      .option('--draft', 'keep it a draft instead of submitting')
      .addOption(formatOption())
      .addHelpText('after', '\nExample:\n  orrery request submit --as ana@example.com --title "Customer portal" --problem "…" --objectives "…" --portfolio PFL-001 --cost 250000 --months 6'),
  ).action(withRuntime<SubmitOptions>(async (runtime, ctx, o) => {
    const objectiveIds = [];
    for (const code of o.objective ?? []) {
      const row = await runtime.deps.db.selectFrom('objectives').select('id').where('code', '=', code.trim().toUpperCase()).executeTakeFirst();
      if (!row) throw new Error(`No strategic objective has the code ${code}. List them in the web app (Objectives).`);
      objectiveIds.push(row.id);
    }
    const fields = Object.fromEntries((o.field ?? []).map((pair) => {
      const at = pair.indexOf('=');
      if (at < 1) throw new Error(`--field ${pair}: give it as key=value, such as deadline=2027-06-30.`);
      const value = pair.slice(at + 1);
      return [pair.slice(0, at), value !== '' && Number.isFinite(Number(value)) && !/^\d{4}-/.test(value) ? Number(value) : value];
    }));
    const digits = minorDigits(o.currency);
    const input = parseWith(ProjectRequestCreate, {
      title: o.title, problem: o.problem, objectives: o.objectives, expectedBenefits: o.benefits, keyRisks: o.risks, objectiveIds, fields,
      portfolioId: o.portfolio ? (await registerItemByCode(runtime, 'portfolios', o.portfolio)).id : undefined,
      programId: o.program ? (await registerItemByCode(runtime, 'programs', o.program)).id : undefined,
      sponsorId: o.sponsor ? (await userByEmail(runtime, o.sponsor)).id : undefined,
      costEstimate: o.cost === undefined ? undefined : { amountMinor: Math.round(Number(o.cost) * 10 ** digits), currency: o.currency },
      durationEstimateMonths: o.months === undefined ? undefined : Number(o.months),
      desiredStart: o.start,
    }, { expectedBenefits: '--benefits', keyRisks: '--risks', costEstimate: '--cost', durationEstimateMonths: '--months', desiredStart: '--start', portfolioId: '--portfolio' });
    // One transaction: a request that cannot be submitted is not left behind as a draft.
    const made = await runtime.deps.db.transaction().execute(async (trx) => {
      const tctx = { ...ctx, db: trx };
      const drafted = await createRequest(tctx, input);
      return o.draft ? drafted : takeRequestStep(tctx, drafted.id, drafted.version, { action: 'submit', comment: '' });
    });
    if (o.format === 'json') return console.log(JSON.stringify(made, null, 2));
    console.log(`${made.code} ${made.title}: ${made.status}.`);
  }));

  withDatabaseOptions(
    request.command('case').argument('<code>', 'the request').requiredOption('--file <path>', 'the business case as JSON: {"currency","periodicity","annualDiscountRate","lines":[{"label","kind","amountsMinor"}]}').description('enter a request’s business case from a JSON file and show its NPV, IRR, payback and ROI').addOption(asOption()).addOption(formatOption()),
  ).action(withRuntime<Common & { file: string }>(async (runtime, ctx, options, code) => {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(options.file, 'utf8'));
    } catch (error) {
      throw new Error(`--file ${options.file}: ${(error as Error).message}`);
    }
    const body = parseWith(BusinessCaseBody, raw as Record<string, unknown>);
    const id = await requestByCode(runtime, code!);
    const current = await getRequest(ctx, id);
    printed(await setBusinessCase(ctx, id, current.version, body), options.format);
  }));

  withDatabaseOptions(
    request.command('triage').argument('<code>', 'the request').argument('<action>', REQUEST_STEPS.join(' | ')).option('--comment <text>', 'why (required to reject or defer)', '').description('move a request on in triage (the PMO; withdraw: its requester)').addOption(asOption()).addOption(formatOption()),
  ).action(withRuntime<Common & { comment: string }>(async (runtime, ctx, options, code, action) => {
    if (!(REQUEST_STEPS as readonly string[]).includes(action!)) throw new Error(`The action is one of ${REQUEST_STEPS.join(', ')}, not ${action}. (Approving is \`orrery request approve\`.)`);
    const id = await requestByCode(runtime, code!);
    const current = await getRequest(ctx, id);
    const moved = await takeRequestStep(ctx, id, current.version, { action: action as (typeof REQUEST_STEPS)[number], comment: options.comment });
    if (options.format === 'json') return console.log(JSON.stringify(moved, null, 2));
    console.log(`${moved.code} ${moved.title}: ${current.status.replace('_', ' ')} → ${moved.status.replace('_', ' ')}.`);
  }));

  withDatabaseOptions(
    request.command('approve').argument('<code>', 'the request').requiredOption('--template <key>', 'the project template, e.g. it_system_implementation').option('--manager <email>', 'the new project’s manager').option('--start <date>', 'planned start (default: the desired start)').option('--project-code <code>', 'the new project’s code').option('--comment <text>', 'why', '').description('approve a request at business case into a new project from a template').addOption(asOption()).addOption(formatOption()),
  ).action(withRuntime<Common & { template: string; manager?: string; start?: string; projectCode?: string; comment: string }>(async (runtime, ctx, o, code) => {
    const id = await requestByCode(runtime, code!);
    const current = await getRequest(ctx, id);
    const body = parseWith(RequestApproveBody, { templateKey: o.template, comment: o.comment, code: o.projectCode, plannedStart: o.start, managerId: o.manager ? (await userByEmail(runtime, o.manager)).id : undefined }, { templateKey: '--template', plannedStart: '--start', code: '--project-code' });
    const approved = await approveRequest(ctx, id, current.version, body);
    if (o.format === 'json') return console.log(JSON.stringify(approved, null, 2));
    console.log(`${approved.code} approved: project ${approved.project!.code} ${approved.project!.name} created.`);
  }));
}
