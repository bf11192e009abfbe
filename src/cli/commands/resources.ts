// `orrery resources list` and `orrery resources show`: the resource pool from the shell, for a
// PMO staffing a plan ("who knows SQL at 4 or more?") or a script feeding another tool. Filters go
// through the API's query schema; the CLI acts as the system, so it sees rates too.
import { Option, type Command } from 'commander';
import { RESOURCE_KINDS } from '../../core/resources/resource-kinds.ts';
import { minorDigits } from '../../core/finance/currency.ts';
import { ResourceListQuery, type Resource } from '../../contracts/resource.schema.ts';
import type { Money } from '../../contracts/common.schema.ts';
import { getResource, listResources } from '../../app/resources/resources.ts';
import { getResourceCalendar } from '../../app/resources/resource-calendars.ts';
import { getResourceAvailability } from '../../app/resources/resource-capacity.ts';
import { listResourceRates } from '../../app/resources/resource-rates.ts';
import { hasCapacity } from '../../core/resources/resource-kinds.ts';
import { parseWith } from '../parse-options.ts';
import { renderTable, terminalWidth, type TextColumn } from '../text-table.ts';
import { openRuntime, withDatabaseOptions, type CommonOptions, type Runtime } from '../runtime.ts';

const FLAGS: Record<string, string> = { minProficiency: '--min-proficiency', q: '--search', roleId: '--role' };
const MAX_ITEMS = 200;

const COLUMNS: ReadonlyArray<TextColumn<Resource>> = [
  { header: 'Code', value: (r) => r.code },
  { header: 'Name', value: (r) => r.name, flex: true, max: 30 },
  { header: 'Kind', value: (r) => r.kind },
  { header: 'Role', value: (r) => r.roleName ?? '', flex: true, max: 22 },
  { header: 'Department', value: (r) => r.department ?? '', flex: true, max: 22 },
  { header: 'Skills', value: (r) => r.skills.map((s) => `${s.skill} ${s.proficiency}`).join(', '), flex: true, min: 10 },
];

const money = (m: Money | null): string => (m === null ? '—' : `${(m.amountMinor / 10 ** minorDigits(m.currency)).toFixed(minorDigits(m.currency))} ${m.currency}`);

async function resourceByCode(runtime: Runtime, raw: string): Promise<string> {
  const code = raw.trim().toUpperCase();
  const row = await runtime.deps.db.selectFrom('resources').select('id').where('code', '=', code).executeTakeFirst();
  if (!row) throw new Error(`No resource has the code ${code}. List them with \`orrery resources list\`.`);
  return row.id;
}

interface ListOptions extends CommonOptions {
  kind?: string;
  skill?: string;
  minProficiency?: string;
  department?: string;
  role?: string;
  search?: string;
  includeArchived?: boolean;
  format: 'table' | 'json';
}

/** A resource's page as lines: details, skills, maximum units, calendar, the next two weeks, rates. */
async function showLines(runtime: Runtime, id: string, today: string): Promise<string[]> {
  const r = await getResource(runtime.system, id);
  const lines = [`${r.code} ${r.name} (${r.kind}${r.archivedAt ? ', archived' : ''})`];
  const detail = (label: string, value: string | number | null) => { if (value !== null && value !== '') lines.push(`  ${label.padEnd(14)}${value}`); };
  detail('Account', r.userName);
  detail('Role', r.roleName);
  detail('Department', [r.department, r.team].filter(Boolean).join(' / '));
  detail('Manager', r.managerName);
  detail('E-mail', r.email);
  detail('Unit', r.unit);
  detail('Headcount', r.headcount);
  detail('Skills', r.skills.map((s) => `${s.skill} ${s.proficiency}/5`).join(', '));
  if (hasCapacity(r.kind)) {
    detail('Max units', [`${r.defaultMaxUnits} % by default`, ...r.maxUnits.map((u) => `${u.units} % from ${u.from}`)].join(', '));
    const calendar = await getResourceCalendar(runtime.system, id);
    detail('Calendar', `${calendar.baseCalendarName}${calendar.definition.workWeeks.length > 0 || calendar.definition.week.some((d) => d !== null) ? ' with its own working week' : ''}`);
    for (const e of calendar.definition.exceptions) detail('', `${e.start}${e.end !== e.start ? ` – ${e.end}` : ''}  ${e.name ?? 'exception'}${e.ranges.length > 0 ? ' (some hours)' : ' (not working)'}`);
    const to = new Date(Date.parse(`${today}T00:00:00Z`) + 13 * 86_400_000).toISOString().slice(0, 10);
    const days = (await getResourceAvailability(runtime.system, id, { from: today, to })).days;
    detail('Next 14 days', `${(days.reduce((s, d) => s + d.capacityMinutes, 0) / 60).toFixed(1)} hours of capacity`);
  }
  const rates = await listResourceRates(runtime.system, id);
  const hourly = rates.hourlyFrom === 'person_rates' ? rates.personRates.map((p) => `${money(p.standard)}/h from ${p.effectiveFrom} (person rate)`) : [];
  const own = rates.items.map((x) => `${[x.standard && `${money(x.standard)}/h`, x.overtime && `overtime ${money(x.overtime)}/h`, x.perUse && `${money(x.perUse)} per use`, x.perUnit && `${money(x.perUnit)} per ${r.unit}`].filter(Boolean).join(', ')} from ${x.effectiveFrom}`);
  detail('Rates', [...hourly, ...own].join('; ') || 'none');
  return lines;
}

export function resourceCommands(program: Command): void {
  const resources = program.command('resources').description('the resource pool: people, roles, equipment, material and cost resources');

  withDatabaseOptions(
    resources
      .command('list')
      .description('list the pool, filtered by kind, skill and proficiency, department, role or text')
      .addOption(new Option('--kind <kind>', 'only this kind').choices(RESOURCE_KINDS))
      .option('--skill <skill>', 'only resources with this skill (any case)')
      .option('--min-proficiency <n>', 'with --skill: at this proficiency (1–5) or more')
      .option('--department <name>', 'only this department')
      .option('--role <code>', 'persons holding this role, e.g. RES-004')
      .option('--search <text>', 'in name, code and e-mail')
      .option('--include-archived', 'archived resources too')
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
      .addHelpText(
        'after',
        `
Examples:
  orrery resources list --kind role
  orrery resources list --skill SQL --min-proficiency 4 --kind person
  orrery resources list --department Engineering --format json`,
      ),
  ).action(async (options: ListOptions) => {
    const runtime = await openRuntime(options);
    try {
      const roleId = options.role ? await resourceByCode(runtime, options.role) : undefined;
      const query = parseWith(ResourceListQuery, { kind: options.kind, skill: options.skill, minProficiency: options.minProficiency, department: options.department, roleId, q: options.search, includeArchived: options.includeArchived ? 'true' : undefined, limit: String(MAX_ITEMS) }, FLAGS);
      const { items } = await listResources(runtime.system, query);
      if (options.format === 'json') return void console.log(JSON.stringify(items, null, 2));
      if (items.length > 0) {
        for (const line of renderTable(COLUMNS, items, terminalWidth())) console.log(line);
        console.log('');
      }
      const capped = items.length === MAX_ITEMS ? ` Showing the first ${MAX_ITEMS}: narrow the list with filters.` : '';
      console.log(`${items.length} resource${items.length === 1 ? '' : 's'}.${capped}`);
    } finally {
      await runtime.database.close();
    }
  });

  withDatabaseOptions(
    resources
      .command('show <code>')
      .description('one resource: details, skills, maximum units, calendar and leave, capacity of the next 14 days, rates')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
      .addHelpText('after', '\nExample:\n  orrery resources show RES-011'),
  ).action(async (code: string, options: CommonOptions & { format: 'text' | 'json' }) => {
    const runtime = await openRuntime(options);
    try {
      const id = await resourceByCode(runtime, code);
      if (options.format === 'json') {
        const resource = await getResource(runtime.system, id);
        const calendar = hasCapacity(resource.kind) ? await getResourceCalendar(runtime.system, id) : null;
        return void console.log(JSON.stringify({ resource, calendar, rates: await listResourceRates(runtime.system, id) }, null, 2));
      }
      console.log((await showLines(runtime, id, runtime.deps.clock.now().toISOString().slice(0, 10))).join('\n'));
    } finally {
      await runtime.database.close();
    }
  });
}
