// Reports that leave Orrery, through the API on both databases, opened as their readers would open
// them: the PDF's text (pdfjs), the PowerPoint's slide XML (jszip) and the workbook (exceljs). A
// small portfolio: Atlas (reported, red: a critical risk with no response, its Go-live slipped 11
// days), Beacon (reported, green) and Comet (active, never reported, no manager); a project of
// another portfolio stays out. Each reader gets only the projects they may see.
import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject, systemContext } from '../helpers/register-fixtures.ts';
import { reportableProject } from '../helpers/status-fixtures.ts';
import { pdfPages, pptxSlides, sheetRows, slideText, xlsxBook } from '../helpers/report-files.ts';
import { createRegisterItem } from '../../src/app/register/register-kind.ts';
import { portfolioKind } from '../../src/app/register/portfolios.ts';
import { createLogItem } from '../../src/app/raid/raid-log.ts';
import { RAID_LOGS } from '../../src/app/raid/raid-kinds.ts';
import { RiskCreate } from '../../src/contracts/raid.schema.ts';
import { createStatusReport, submitStatusReport, updateStatusReport } from '../../src/app/status/report-commands.ts';

type Who = 'admin' | 'pmo' | 'executive' | 'member' | 'manager' | 'contributor' | 'outsider';

describe.each(DIALECTS)('reports as files on %s', (dialect) => {
  const s = apiSuite(dialect);
  const get = (who: Who, url: string) => call(s.app, 'GET', url, { token: s.cast[who].token });
  const file = async (who: Who, url: string, type: string) => {
    const res = await get(who, url);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    return { bytes: res.rawPayload, disposition: String(res.headers['content-disposition']) };
  };
  let portfolioId = '';
  const p = { atlas: { id: '', code: '' }, beacon: { id: '', code: '' }, comet: { id: '', code: '' } };
  let riskCode = '';

  beforeAll(async () => {
    const system = systemContext(s.deps);
    portfolioId = (await createRegisterItem(portfolioKind, system, { name: 'Reporting', description: '', ownerId: null })).id;
    const atlas = await reportableProject(s.deps, s.cast, { name: 'Atlas migration', portfolioId, budget: { amountMinor: 120_000_000, currency: 'EUR' } });
    await atlas.build(17); // Go-live: baseline 2027-01-15, forecast 2027-01-26
    riskCode = (await createLogItem(RAID_LOGS.risks, system, atlas.projectId, RiskCreate.parse({ title: 'Data centre lease ends', probability: 5, impact: 4 }))).code;
    const beacon = await reportableProject(s.deps, s.cast, { name: 'Beacon portal', portfolioId });
    const comet = await makeProject(s.deps, { name: 'Comet analytics', portfolioId, phase: 'initiate' });
    for (const [project, summary] of [
      [atlas, 'Lease talks stalled; migration slips a week.'],
      [beacon, 'All on plan.'],
    ] as const) {
      const draft = await createStatusReport(system, project.projectId, {});
      const written = await updateStatusReport(system, draft.id, draft.version, { summary, accomplishments: 'Design signed off.' });
      await submitStatusReport(system, written.id, written.version, { comment: '' });
    }
    p.atlas = { id: atlas.projectId, code: atlas.code };
    p.beacon = { id: beacon.projectId, code: beacon.code };
    p.comet = { id: comet.id, code: comet.code };
  });

  it('writes the executive report as a PDF whose text holds the projects, their colours, milestones and risks', async () => {
    const { bytes, disposition } = await file('executive', `/api/v1/reports/portfolio?portfolioId=${portfolioId}`, 'application/pdf');
    expect(disposition).toMatch(/^attachment; filename="portfolio-report-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const pages = await pdfPages(bytes);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).toMatch(/Executive portfolio report Portfolio PFL-\d+ Reporting As of \d{4}-\d{2}-\d{2} 3 projects: 1 Red, 1 Green, 1 No report\./);
    expect(pages[1]).toContain('Red 1 Amber 0 Green 1 Not assessed 0 No report 1');
    expect(pages[1]).toMatch(/Execute 2 Initiate 1/);
    expect(pages[1]).toContain(`${p.comet.code} Comet analytics: nothing submitted for`);
    const page = (code: string) => pages.find((t) => t.includes(`${code} `) && t.includes('Next milestones'))!;
    const atlas = page(p.atlas.code);
    for (const text of ['Atlas migration', 'Overall Red', 'Risk Red', 'Lease talks stalled', 'Go-live 2027-01-15 2027-01-26 +11 days', `${riskCode} Data centre lease ends 20 Critical`, 'EUR 1,200,000']) expect(atlas).toContain(text);
    expect(page(p.beacon.code)).toContain('Overall Green');
    expect(page(p.comet.code)).toContain('No status report has been submitted');
    expect(pages.join(' ')).not.toContain('CRM Replacement'); // another portfolio
  });

  it('writes a deck with a slide per project carrying its name, colour words and risks', async () => {
    const { bytes } = await file('pmo', `/api/v1/reports/portfolio?format=pptx&portfolioId=${portfolioId}`, 'application/vnd.openxmlformats-officedocument.presentationml.presentation');
    const slides = await pptxSlides(bytes);
    expect(slides).toHaveLength(3 + 3); // title, summary, the PMO's KPIs, a slide per project
    expect(slideText(slides[1]!)).toContain('Projects by overall colour Red 1 Amber 0 Green 1');
    expect(slideText(slides[2]!)).toMatch(/PMO performance KPIs by quarter .* Delivered on time/);
    const slideOf = (code: string) => slideText(slides.slice(3).find((x) => x.includes(`${code} `))!);
    const atlas = slideOf(p.atlas.code);
    for (const text of ['Overall Red', 'Risk Red', 'Data centre lease ends', 'Go-live', '2027-01-26', 'Lease talks stalled']) expect(atlas).toContain(text);
    expect(slideOf(p.comet.code)).toContain('Overall No report');
    expect(slideOf(p.beacon.code)).toContain('Overall Green');
  });

  it('writes the figures as a workbook, with only the projects the reader may see', async () => {
    const { bytes } = await file('executive', `/api/v1/reports/portfolio?format=xlsx&portfolioId=${portfolioId}`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = await xlsxBook(bytes);
    expect(sheetRows(book, 'Projects').map((r) => [r.Code, r.Project, r.Overall, r.Risk, r.Phase, r['Reported this period'], r.Budget])).toEqual([
      [p.atlas.code, 'Atlas migration', 'Red', 'Red', 'Execute', 'yes', 1_200_000],
      [p.beacon.code, 'Beacon portal', 'Green', 'Green', 'Execute', 'yes', null],
      [p.comet.code, 'Comet analytics', 'No report', 'No report', 'Initiate', 'no', null],
    ]);
    expect(sheetRows(book, 'Milestones').find((m) => m.Project === p.atlas.code)).toEqual({ Project: p.atlas.code, Milestone: 'Go-live', Baseline: new Date('2027-01-15T00:00:00Z'), Forecast: new Date('2027-01-26T00:00:00Z'), 'Slip (days)': 11 });
    expect(sheetRows(book, 'Top risks')).toEqual([{ Project: p.atlas.code, Risk: riskCode, Title: 'Data centre lease ends', Score: 20, Band: 'Critical' }]);

    const mine = await xlsxBook((await file('manager', `/api/v1/reports/portfolio?format=xlsx&portfolioId=${portfolioId}`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).bytes);
    expect(sheetRows(mine, 'Projects').map((r) => r.Code)).toEqual([p.atlas.code, p.beacon.code]); // Comet has no manager
    expect(book.worksheets.map((w) => w.name)).toContain('PMO KPIs');
    expect(mine.worksheets.map((w) => w.name)).not.toContain('PMO KPIs'); // the PMO's KPIs span projects a member may not see
  });

  it('writes one project’s status report in full as PDF and PowerPoint', async () => {
    const { bytes, disposition } = await file('contributor', `/api/v1/projects/${p.atlas.id}/report`, 'application/pdf');
    expect(disposition).toContain(`${p.atlas.code}-status-report-`);
    const text = (await pdfPages(bytes)).join(' ');
    for (const t of ['Project status report', 'Atlas migration', 'Colours and why', 'The overall colour is the worst of the assessed dimensions: red, from', 'Design signed off.', 'Data centre lease ends']) expect(text).toContain(t);
    const slides = await pptxSlides((await file('manager', `/api/v1/projects/${p.atlas.id}/report?format=pptx`, 'application/vnd.openxmlformats-officedocument.presentationml.presentation')).bytes);
    expect(slides).toHaveLength(4);
    expect(slideText(slides[2]!)).toContain('Risk Red');
    expect((await get('outsider', `/api/v1/projects/${p.atlas.id}/report`)).statusCode).toBe(404);
  });

  it('refuses an unknown portfolio and a format it cannot write', async () => {
    const unknown = await get('pmo', '/api/v1/reports/portfolio?portfolioId=01900000-0000-7000-8000-000000000000');
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().detail).toContain('There is no portfolio');
    expect((await get('pmo', `/api/v1/projects/${p.atlas.id}/report?format=xlsx`)).statusCode).toBe(400);
  });
});
