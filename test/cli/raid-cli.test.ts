// `orrery raid list|export` as a user runs them: real processes on a SQLite file holding the demo
// organisation, compared with what the RAID use cases answer on the same file.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, orrery } from '../helpers/cli.ts';
import { openDatabase } from '../../src/db/database.ts';
import { systemActor, systemClock } from '../../src/app/context.ts';
import { allLogItems } from '../../src/app/raid/raid-log.ts';
import { RAID_LOGS } from '../../src/app/raid/raid-kinds.ts';
import { RiskListQuery, type Action, type Dependency, type Issue, type Risk } from '../../src/contracts/raid.schema.ts';

const dir = mkdtempSync(join(tmpdir(), 'orrery-raid-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const raid = (...args: string[]) => orrery('raid', ...args, '--data-dir', dir);
const json = <T>(stdout: string): T[] => JSON.parse(stdout) as T[];
/** The table line of an item: its code starts the line. */
const lineOf = (stdout: string, code: string): string => stdout.split('\n').find((l) => l.startsWith(`${code} `)) ?? '';

beforeAll(async () => {
  const demo = await orrery('demo', '--data-dir', dir);
  expect(demo.code, demo.stderr).toBe(0);
}, CLI_TIMEOUT);

describe('orrery raid list', { timeout: CLI_TIMEOUT }, () => {
  it('prints every project’s risks as the API lists them: JSON equal to the use case, a table with ratings and bands', async () => {
    const asJson = await raid('list', '--format', 'json');
    expect(asJson.code, asJson.stderr).toBe(0);
    const risks = json<Risk>(asJson.stdout);
    const database = openDatabase(`sqlite:${join(dir, 'orrery.db')}`);
    try {
      const ctx = { db: database.db, dialect: database.dialect, clock: systemClock, actor: systemActor };
      expect(risks).toEqual(await allLogItems(RAID_LOGS.risks, ctx, RiskListQuery.parse({}), 1000));
    } finally {
      await database.close();
    }
    expect(new Set(risks.map((r) => r.projectCode)).size).toBeGreaterThan(3);
    expect(risks.map((r) => r.score)).toEqual(risks.map((r) => r.score).sort((a, b) => b - a)); // the API's default: highest score first

    const table = await raid('list');
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^Code\s+Project\s+Title\s+P×I\s+Band\s+Residual\s+Strategy\s+Owner\s+Status\s+Review$/);
    const top = risks[0]!;
    expect(lineOf(table.stdout, top.code)).toMatch(new RegExp(`^${top.code}\\s+${top.projectCode}\\s.+\\s${top.probability}×${top.impact}=${top.score}\\s+${top.band}\\s`));
    const residual = risks.find((r) => r.residualScore !== null)!;
    expect(lineOf(table.stdout, residual.code)).toContain(`${residual.residualProbability}×${residual.residualImpact}=${residual.residualScore}`);
    const late = risks.find((r) => r.reviewOverdue)!;
    expect(lineOf(table.stdout, late.code)).toMatch(new RegExp(`${late.reviewDate} overdue$`));
    const open = risks.filter((r) => r.status === 'open');
    expect(table.stdout).toContain(`${risks.length} risks in ${new Set(risks.map((r) => r.projectCode)).size} projects: ${open.length} open (`);
    for (const line of table.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(160);
  });

  it('filters by project, kind, status and owner, and marks what is overdue or threatened', async () => {
    const issues = await raid('list', '--project', 'prj-001', '--kind', 'issues', '--format', 'json');
    expect(issues.code, issues.stderr).toBe(0);
    const crm = json<Issue>(issues.stdout);
    expect(crm.length).toBeGreaterThan(0);
    expect(crm.every((i) => i.projectCode === 'PRJ-001')).toBe(true);
    expect(crm.some((i) => i.riskId !== null)).toBe(true);
    const overdue = crm.find((i) => i.overdue)!;
    const issueTable = await raid('list', '--project', 'PRJ-001', '--kind', 'issues');
    expect(lineOf(issueTable.stdout, overdue.code)).toMatch(new RegExp(`\\s${overdue.priority}\\s+${overdue.severity}\\s+${overdue.escalationLevel}\\s+${overdue.dueDate} overdue\\s+${overdue.status}$`));
    expect(issueTable.stdout).toContain(`${crm.length} issues in PRJ-001`);

    const open = await raid('list', '--kind', 'actions', '--status', 'open,in_progress', '--owner', 'Sam.Taylor@example.com', '--format', 'json');
    expect(open.code, open.stderr).toBe(0);
    const sams = json<Action>(open.stdout);
    expect(sams.length).toBeGreaterThan(0);
    expect(sams.every((a) => a.ownerName === 'Sam Taylor' && ['open', 'in_progress'].includes(a.status))).toBe(true);
    const actionTable = await raid('list', '--kind', 'actions');
    expect(actionTable.stdout).toMatch(/^ACT-\d+ .+ risk RSK-\d+$/m); // the risk an action answers, by its code

    const deps = json<Dependency>((await raid('list', '--kind', 'dependencies', '--format', 'json')).stdout);
    const threatened = deps.find((d) => d.threatened)!;
    const depTable = await raid('list', '--kind', 'dependencies');
    expect(depTable.stdout.split('\n')[0]).toMatch(/^Code\s+Consumer\s+Title\s+Provider\s+Needed by\s+Forecast\s+Slip \(d\)\s+Threat$/);
    expect(lineOf(depTable.stdout, threatened.code)).toMatch(
      new RegExp(`${threatened.providerProjectCode} / ${threatened.providerTaskName}\\s+${threatened.neededBy}\\s+${threatened.forecastDate}\\s+\\+${threatened.slipDays}\\s+THREATENED$`),
    );
    expect(depTable.stdout).toContain('1 THREATENED');
  });

  it('explains an unknown project, owner, status or log, with exit code 1', async () => {
    const project = await raid('list', '--project', 'PRJ-999');
    expect(project.code).toBe(1);
    expect(project.stderr).toContain('No project has the code PRJ-999. List the projects');
    const owner = await raid('list', '--owner', 'ghost@example.com');
    expect(owner.code).toBe(1);
    expect(owner.stderr).toContain('No account has the e-mail ghost@example.com');
    const status = await raid('list', '--kind', 'issues', '--status', 'open,parked');
    expect(status.code).toBe(1);
    expect(status.stderr).toContain('--status: Unknown status parked: use open, in_progress, resolved, closed');
    const kind = await raid('list', '--kind', 'lessons');
    expect(kind.code).toBe(1);
    expect(kind.stderr).toContain('Allowed choices are risks, issues, assumptions, decisions, actions, dependencies');
  });
});

describe('orrery raid export', { timeout: CLI_TIMEOUT }, () => {
  it('writes an XLSX with a sheet per log that Excel readers open, and a CSV of one log', async () => {
    const xlsx = join(dir, 'crm-raid.xlsx');
    const wrote = await raid('export', '--project', 'PRJ-001', '--kinds', 'risks,issues', '--out', xlsx);
    expect(wrote.code, wrote.stderr).toBe(0);
    expect(wrote.stdout).toContain(`Wrote ${xlsx} (${(statSync(xlsx).size / 1024).toFixed(1)} kB): XLSX with sheets Risks, Issues, for PRJ-001 CRM Replacement.`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(xlsx) as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Risks', 'Issues']);
    const crmRisks = json<Risk>((await raid('list', '--project', 'PRJ-001', '--format', 'json')).stdout);
    const sheet = book.getWorksheet('Risks')!;
    expect(sheet.rowCount).toBe(crmRisks.length + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe('Code');

    const csv = join(dir, 'actions.csv');
    const csvRun = await raid('export', '--kinds', 'actions', '--out', csv);
    expect(csvRun.code, csvRun.stderr).toBe(0);
    expect(csvRun.stdout).toContain('the actions log as CSV, for every project');
    expect(readFileSync(csv, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe('Code,Project,Title,Description,Due,Overdue,From,Owner,Status,Updated');

    const several = await raid('export', '--out', join(dir, 'all.csv'));
    expect(several.code).toBe(1);
    expect(several.stderr).toContain('A CSV file holds one log: name it with --kinds');
  });
});
