// The renderers on a fixed portfolio: the figures are in the files as real text (read back with
// pdfjs, jszip and exceljs), long text wraps over pages, and the same data and date give the same bytes.
import { describe, expect, it } from 'vitest';
import { pdfPages } from '../../../test/helpers/report-files.ts';
import { portfolioPdf } from './portfolio-pdf.ts';
import { SAMPLE_PORTFOLIO } from './report-fixture.ts';

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
    expect(Buffer.compare(bytes, await portfolioPdf(SAMPLE_PORTFOLIO, { created }))).toBe(0);
  });
});
