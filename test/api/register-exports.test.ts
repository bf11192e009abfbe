// Every governance register leaves Orrery as a spreadsheet a PMO can hand on: the change log, the
// quality reviews and their findings, and the compliance breaches — read back, not just downloaded.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject } from '../helpers/register-fixtures.ts';

/** The rows of a CSV export as arrays of cells (no quoted commas in these tests' cells). */
const csvRows = (body: string) => body.replace(/^\uFEFF/, '').trim().split('\r\n').map((line) => line.split(','));

describe.each(DIALECTS)('register exports on %s', (dialect) => {
  const s = apiSuite(dialect);
  const token = () => s.cast.pmo.token;

  it('exports the change log, the quality reviews, the findings and the compliance breaches', async () => {
    const { id: projectId, code } = await makeProject(s.deps, { name: 'Exports', portfolioId: s.reg.portfolioId, managerId: s.cast.manager.user.id });
    const cr = await call(s.app, 'POST', `/api/v1/projects/${projectId}/change-requests`, { token: token(), body: { title: 'Add data migration', reason: 'Legacy data must move', costImpact: { amountMinor: 1250000, currency: 'EUR' } } });
    expect(cr.statusCode, cr.body).toBe(201);
    const review = await call(s.app, 'POST', `/api/v1/projects/${projectId}/reviews`, { token: token(), body: { typeKey: 'project_health_check', plannedDate: '2026-12-01', reviewerIds: [s.cast.pmo.user.id] } });
    expect(review.statusCode, review.body).toBe(201);
    await call(s.app, 'PATCH', `/api/v1/reviews/${review.json().id}`, { token: token(), ifMatch: 1, body: { status: 'in_progress' } });
    const finding = await call(s.app, 'POST', `/api/v1/reviews/${review.json().id}/findings`, { token: token(), body: { title: 'No benefits owner', severity: 'high', dueDate: '2020-01-31' } });
    expect(finding.statusCode, finding.body).toBe(201);
    await call(s.app, 'POST', `/api/v1/projects/${projectId}/risks`, { token: token(), body: { title: 'Unanswered critical risk', probability: 5, impact: 4 } });

    const changes = await call(s.app, 'GET', `/api/v1/change-requests/export?projectId=${projectId}`, { token: token() });
    expect(changes.statusCode, changes.body).toBe(200);
    expect(changes.headers['content-disposition']).toContain(`change-requests-${code}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(changes.rawPayload as never);
    const sheet = book.getWorksheet('Change requests')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(row[header.indexOf('Title')]).toBe('Add data migration');
    expect([row[header.indexOf('Cost impact')], row[header.indexOf('Currency')], row[header.indexOf('Status')]]).toEqual([12500, 'EUR', 'draft']);

    const reviews = csvRows((await call(s.app, 'GET', `/api/v1/reviews/export?projectId=${projectId}&format=csv`, { token: token() })).body);
    expect(reviews[0]!.slice(0, 3)).toEqual(['Code', 'Project', 'Review type']);
    expect(reviews[1]![reviews[0]!.indexOf('Findings')]).toBe('1');
    const findings = csvRows((await call(s.app, 'GET', `/api/v1/findings/export?projectId=${projectId}&format=csv`, { token: token() })).body);
    const f = findings[1]!;
    expect([f[findings[0]!.indexOf('Title')], f[findings[0]!.indexOf('Severity')], f[findings[0]!.indexOf('Overdue')]]).toEqual(['No benefits owner', 'high', 'yes']);

    const compliance = await call(s.app, 'GET', `/api/v1/compliance/export?projectId=${projectId}`, { token: token() });
    const breaches = new ExcelJS.Workbook();
    await breaches.xlsx.load(compliance.rawPayload as never);
    expect(breaches.worksheets.map((w) => w.name)).toEqual(['Breaches', 'By policy']);
    const lines: string[] = [];
    breaches.getWorksheet('Breaches')!.eachRow((r) => lines.push((r.values as unknown[]).slice(1).join(' | ')));
    expect(lines.some((l) => l.startsWith(code) && /critical/.test(l) && /Unanswered critical risk/.test(l))).toBe(true);
  });
});
