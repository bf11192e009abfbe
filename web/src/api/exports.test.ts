// Export links carry only the filters that are set, in the order given, with the format last.
import { describe, expect, it } from 'vitest';
import { exportUrl } from './exports.ts';

describe('export links', () => {
  it('keeps set filters and drops empty ones', () => {
    expect(exportUrl('/api/v1/compliance/export', { portfolioId: 'p1', programId: undefined, format: 'csv' })).toBe('/api/v1/compliance/export?portfolioId=p1&format=csv');
    expect(exportUrl('/api/v1/findings/export', { status: '', overdue: 'true', format: 'xlsx' })).toBe('/api/v1/findings/export?overdue=true&format=xlsx');
    expect(exportUrl('/api/v1/gate-reviews/export', {})).toBe('/api/v1/gate-reviews/export');
  });

  it('encodes values', () => {
    expect(exportUrl('/api/v1/change-requests/export', { status: 'submitted,approved', format: 'csv' })).toBe('/api/v1/change-requests/export?status=submitted%2Capproved&format=csv');
  });
});
