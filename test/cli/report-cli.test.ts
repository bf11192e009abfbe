// `orrery report portfolio|project` and `orrery evm` as a user runs them: real processes on a SQLite
// file holding the demo organisation, the files they write opened and read (PDF text, slide XML,
// workbook) and compared with the demo's projects, and the earned value they print.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, orrery } from '../helpers/cli.ts';
import { pdfPages, pptxSlides, sheetRows, slideText, xlsxBook } from '../helpers/report-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'orrery-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const report = (...args: string[]) => orrery('report', ...args, '--data-dir', dir);
const out = (name: string) => join(dir, name);

beforeAll(async () => {
  const demo = await orrery('demo', '--data-dir', dir);
  expect(demo.code, demo.stderr).toBe(0);
}, CLI_TIMEOUT);

describe('orrery report', { timeout: CLI_TIMEOUT }, () => {
  it('writes the executive portfolio report as PDF, PowerPoint and Excel that agree on the projects', async () => {
    const xlsx = await report('portfolio', '--out', out('portfolio.xlsx'));
    expect(xlsx.code, xlsx.stderr).toBe(0);
    const projects = sheetRows(await xlsxBook(readFileSync(out('portfolio.xlsx'))), 'Projects');
    expect(projects.length).toBeGreaterThan(3);
    expect(xlsx.stdout).toMatch(new RegExp(`^Wrote .*portfolio\\.xlsx \\([\\d.]+ kB\\): the executive portfolio report as Excel, ${projects.length} projects, All portfolios\\.\\n$`));
    const crm = projects.find((p) => p.Code === 'PRJ-001')!;
    expect(crm.Overall).toMatch(/^(Red|Amber|Green|Not assessed)$/);

    const pdf = await report('portfolio', '--format', 'pdf', '--out', out('portfolio.pdf'));
    expect(pdf.code, pdf.stderr).toBe(0);
    const pages = await pdfPages(readFileSync(out('portfolio.pdf')));
    expect(pages.length).toBeGreaterThan(projects.length); // cover, summary, a section per project
    const section = pages.find((t) => t.includes(`PRJ-001 ${String(crm.Project)} Manager:`))!;
    expect(section).toContain(`Overall ${String(crm.Overall)}`);

    const pptx = await report('portfolio', '--out', out('portfolio.pptx'));
    expect(pptx.code, pptx.stderr).toBe(0);
    const slides = await pptxSlides(readFileSync(out('portfolio.pptx')));
    expect(slides).toHaveLength(3 + projects.length); // title, summary, the PMO's KPIs, a slide per project
    expect(slideText(slides.slice(3).find((x) => x.includes(`PRJ-001 ${String(crm.Project)}`))!)).toContain(`Overall ${String(crm.Overall)}`);
  });

  it('writes one project’s status report, and refuses a format it does not write', async () => {
    const pdf = await report('project', 'prj-001', '--out', out('crm.pdf'));
    expect(pdf.code, pdf.stderr).toBe(0);
    expect(pdf.stdout).toMatch(/: the status report of PRJ-001 .+ as PDF\.\n$/);
    const text = (await pdfPages(readFileSync(out('crm.pdf')))).join(' ');
    expect(text).toContain('Project status report');
    expect(text).toMatch(/Status report SR-\d+: \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}/);
    const pptx = await report('project', 'PRJ-001', '--format', 'pptx', '--out', out('crm.pptx'));
    expect(pptx.code, pptx.stderr).toBe(0);
    expect((await pptxSlides(readFileSync(out('crm.pptx')))).length).toBeGreaterThanOrEqual(2);
    const xlsx = await report('project', 'PRJ-001', '--out', out('crm.xlsx'));
    expect(xlsx.code).not.toBe(0);
    expect(xlsx.stderr).toContain('written as PDF or PowerPoint, not Excel');
    const unknown = await report('portfolio', '--portfolio', 'PFL-999', '--out', out('none.pdf'));
    expect(unknown.stderr).toContain('No portfolio has the code PFL-999');
  });

  it('prints a project’s earned value and the portfolio roll-up: the CRM, invoiced 15 % over its plan, runs over cost', async () => {
    const evm = (...args: string[]) => orrery('evm', ...args, '--data-dir', dir);
    const crm = await evm('PRJ-001', '--format', 'json');
    expect(crm.code, crm.stderr).toBe(0);
    const figures = JSON.parse(crm.stdout);
    expect(figures).toMatchObject({ projectCode: 'PRJ-001', currency: 'EUR', notAssessed: null });
    expect(figures.amounts.ev).toBeGreaterThan(0);
    expect(figures.indices.cpi).toBeCloseTo(1 / 1.15, 1);
    const table = await evm('PRJ-001', '--period', 'month');
    expect(table.stdout).toMatch(/^PRJ-001 CRM Replacement — earned value as of \d{4}-\d{2}-\d{2} \(today: the schedule has no status date\)\nBAC [\d,.]+ EUR {3}PV /);
    expect(table.stdout).toMatch(/CPI 0\.8\d/);
    expect(table.stdout).toContain('Earned schedule');
    // The bottom-up ETC says where it comes from, or what it lacks: the CRM's manager estimated no task, the lakehouse's every one.
    expect(table.stdout).toMatch(/\nNo bottom-up ETC: \d+ unfinished tasks? ha(s|ve) no estimate to complete \(their manager sets them, or one for the whole project, on the earned-value page\)\.\n/);
    const lake = await evm('PRJ-004');
    expect(lake.stdout).toMatch(/\nBottom-up ETC [\d,.]+ EUR → EAC [\d,.]+ EUR: the tasks’ estimates summed \(finished tasks count 0\)\n/);
    expect(table.stdout).toMatch(/TCPI to BAC [\d.—-]+ {3}TCPI to EAC [\d.—-]+/);
    expect(table.stdout).toMatch(/TSPI [\d.—-]+/);
    expect(table.stdout).toContain('Tasks: percent complete and EV as they are now');
    const all = await evm();
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout).toMatch(/^Earned value as of \d{4}-\d{2}-\d{2}, in EUR: BAC [\d,.]+ {2}PV [\d,.]+ {2}EV .* VAC [\d,.—-]+\n/);
    expect(all.stdout).toMatch(/\nBudget [\d,.]+ {2}forecast /);
    expect(all.stdout).toContain('CRM Replacement');
    // A row per portfolio and, under it, per program: the CRM's program among them.
    expect(all.stdout).toMatch(/Portfolio \/ program +Proj +BAC +PV +EV +AC +CPI +SPI +SPI\(t\) +EAC +VAC +Budget +Var +Standing/);
    expect(all.stdout).toMatch(/\n└ PGM-\d+ Customer Experience +\d+ /);
    const program = await evm('--program', 'PGM-001');
    expect(program.code, program.stderr).toBe(0);
    expect((await evm('PRJ-999')).stderr).toContain('PRJ-999');
  });

  it('lists a project’s assignments with units, work, contour and planned cost', async () => {
    const listed = await orrery('assignments', 'PRJ-001', '--data-dir', dir);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(/^PRJ-001 CRM Replacement\n/);
    expect(listed.stdout).toMatch(/Build +Lena Hoffmann \(person\) +100 % +[\d.]+ h +flat +[\d.]+ EUR/);
    expect(listed.stdout).toMatch(/Training and change +Travel \(cost\) +.*4500\.00 EUR/);
    expect(listed.stdout).toMatch(/8 assignments, [\d.]+ h of work, planned cost [\d.]+ EUR\./);
  });
});

