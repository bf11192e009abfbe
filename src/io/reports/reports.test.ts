// The renderers on a fixed portfolio: the figures are in the files as real text (read back with
// pdfjs, jszip and exceljs), long text wraps over pages, and the same data and date give the same bytes.
import { describe, expect, it } from 'vitest';
import { pdfPages, pptxSlides, sheetRows, slideText, xlsxBook } from '../../../test/helpers/report-files.ts';
import { portfolioPdf } from './portfolio-pdf.ts';
import { SAMPLE_PORTFOLIO } from './report-fixture.ts';
import { portfolioPptx } from './report-pptx.ts';
import { portfolioXlsx } from './report-xlsx.ts';

const created = new Date('2027-03-15T08:00:00Z');

describe('portfolio PDF', () => {
  it('prints the projects, their colours in words, the chart numbers, milestones and risks', async () => {
    const bytes = await portfolioPdf(SAMPLE_PORTFOLIO, { created });
    const pages = await pdfPages(bytes);
    const all = pages.join('\n');
    expect(pages[0]).toContain('Executive portfolio report');
    expect(pages[0]).toContain('Portfolio PF-01 Digital');
    expect(pages[1]).toContain('Projects by overall colour');
    expect(pages[1]).toMatch(/Red 1 Amber 0 Green 1 Not assessed 0 No report 1/);
    for (const name of ['CRM replacement', 'Payroll upgrade', 'Warehouse robots', 'Data centre lease ends', '2027-01-26', '+11 days']) expect(all).toContain(name);
    const crm = pages.findIndex((p) => p.includes('PRJ-001 CRM replacement Manager'));
    expect(pages[crm]).toContain('Overall Red Schedule Red Cost Not assessed Scope Red');
    expect(pages.length).toBeGreaterThan(5); // cover, summary, the long summary over pages, two more projects
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
    expect(all).toMatch(/PMO performance KPI 2027-Q1 Delivered on time 67 % \(2\/3\) Average cost variance \+20\.0 % \(n=3\)/);
    expect(Buffer.compare(bytes, await portfolioPdf(SAMPLE_PORTFOLIO, { created }))).toBe(0);
  });
});

describe('portfolio PPTX', () => {
  it('has a title slide, a summary slide with the numbers, and a slide per project with its colours in words', async () => {
    const bytes = await portfolioPptx(SAMPLE_PORTFOLIO, { created });
    const slides = await pptxSlides(bytes);
    expect(slides).toHaveLength(3 + SAMPLE_PORTFOLIO.projects.length);
    expect(slideText(slides[0]!)).toContain('Executive portfolio report');
    expect(slideText(slides[1]!)).toMatch(/Projects by overall colour Red 1 Amber 0 Green 1 Not assessed 0 No report 1/);
    expect(slideText(slides[1]!)).toContain('Not reported this period: PRJ-002 Payroll upgrade.');
    expect(slideText(slides[2]!)).toMatch(/PMO performance KPIs by quarter .* KPI 2027-Q1 Delivered on time 67 % \(2\/3\) Average cost variance \+20\.0 % \(n=3\)/);
    const crm = slideText(slides[3]!);
    for (const text of ['PRJ-001 CRM replacement', 'Overall Red', 'Cost Not assessed', 'Go-live', '2027-01-15', '+11 days', 'Data centre lease ends', 'Critical']) expect(crm).toContain(text);
    expect(crm.length).toBeLessThan(2000); // the long summary is cut to fit the slide
    expect(slides[3]).toContain('<a:srgbClr val="D64545"/>');
    expect(slideText(slides[5]!)).toContain('No report');
    expect(Buffer.compare(bytes, await portfolioPptx(SAMPLE_PORTFOLIO, { created }))).toBe(0);
  });
});

describe('portfolio XLSX', () => {
  it('has a row per project with colours as words on their fill, milestones with their slip, and the risks', async () => {
    const bytes = await portfolioXlsx(SAMPLE_PORTFOLIO, { created });
    const book = await xlsxBook(bytes);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Projects', 'Milestones', 'Risks', 'Top risks', 'PMO KPIs']);
    expect(sheetRows(book, 'PMO KPIs')).toEqual([{ KPI: 'Delivered on time', '2027-Q1': '67 % (2/3)' }, { KPI: 'Average cost variance', '2027-Q1': '+20.0 % (n=3)' }]);
    const projects = sheetRows(book, 'Projects');
    expect(projects.map((p) => [p.Code, p.Overall, p.Cost, p['Reported this period']])).toEqual([
      ['PRJ-001', 'Red', 'Not assessed', 'yes'],
      ['PRJ-002', 'Green', 'Not assessed', 'no'],
      ['PRJ-003', 'No report', 'No report', 'no'],
    ]);
    expect(projects[0]).toMatchObject({ Budget: 500_000, Currency: 'EUR', Report: 'SR-1', 'Period end': new Date('2027-03-31T00:00:00Z') });
    const fill = book.getWorksheet('Projects')!.getCell('L2').fill as { fgColor: { argb: string } };
    expect(fill.fgColor.argb).toBe('FFD64545');
    expect(sheetRows(book, 'Milestones')).toEqual([{ Project: 'PRJ-001', Milestone: 'Go-live', Baseline: new Date('2027-01-15T00:00:00Z'), Forecast: new Date('2027-01-26T00:00:00Z'), 'Slip (days)': 11 }]);
    expect(sheetRows(book, 'Top risks')).toEqual([{ Project: 'PRJ-001', Risk: 'RSK-1', Title: 'Data centre lease ends', Score: 20, Band: 'Critical' }]);
    expect(Buffer.compare(bytes, await portfolioXlsx(SAMPLE_PORTFOLIO, { created }))).toBe(0);
  });
});
