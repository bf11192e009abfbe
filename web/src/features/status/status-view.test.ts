// The report form's values and body, error paths onto fields, and the trend's cells and table.
import { describe, expect, it } from 'vitest';
import type { StatusReport, StatusTrendPoint } from '../../api/types.ts';
import { reportFieldOf, reportFormValues, toReportPatch } from './report-form-values.ts';
import { colourCells, formatIndex, formatSlip, trendTable } from './trend-view.ts';

const line = (key: string, computed: string, override: { colour: string; justification: string } | null = null) => ({ key, computed, reasons: [], override, effective: override?.colour ?? computed });
const REPORT = {
  summary: 'On plan.',
  accomplishments: '',
  nextPeriod: '',
  blockers: '',
  decisionsNeeded: '',
  rag: { overall: line('overall', 'red'), dimensions: [line('schedule', 'green'), line('risk', 'red', { colour: 'amber', justification: 'Vendor signed.' })] },
} as unknown as StatusReport;

const POINT = {
  reportId: 'r1',
  periodStart: '2027-01-01',
  periodEnd: '2027-01-31',
  status: 'reviewed',
  overall: { computed: 'red', effective: 'amber' },
  dimensions: { schedule: { computed: 'green', effective: 'green' }, risk: { computed: 'red', effective: 'amber' } },
  finishSlipDays: 3,
  worstMilestoneSlipDays: null,
  openRisks: 2,
  risksWithoutResponse: 1,
  overdueActions: 0,
  openIssues: 1,
  cpi: 0.8929,
  spi: null,
} as unknown as StatusTrendPoint;

describe('report form values', () => {
  it('reads the narrative and the overrides, no colour where none is set', () => {
    const values = reportFormValues(REPORT);
    expect(values.summary).toBe('On plan.');
    expect(values.overrides.risk).toEqual({ colour: 'amber', justification: 'Vendor signed.' });
    expect(values.overrides.schedule).toEqual({ colour: '', justification: '' });
    expect(values.overrides.quality).toEqual({ colour: '', justification: '' });
  });

  it('sends every override line, null to remove one, justifications trimmed', () => {
    const values = reportFormValues(REPORT);
    values.overrides.schedule = { colour: 'red', justification: '  Supplier late.  ' };
    values.overrides.risk = { colour: '', justification: 'left over' };
    const patch = toReportPatch(values);
    expect(patch.overrides).toMatchObject({ schedule: { colour: 'red', justification: 'Supplier late.' }, risk: null, overall: null, cost: null });
    expect(patch.summary).toBe('On plan.');
  });

  it('puts server paths on the fields they name', () => {
    expect(reportFieldOf('overrides.risk.justification')).toBe('overrides.risk.justification');
    expect(reportFieldOf('overrides.overall.colour')).toBe('overrides.overall.colour');
    expect(reportFieldOf('summary')).toBe('summary');
    expect(reportFieldOf('overrides.nonsense.justification')).toBeNull();
    expect(reportFieldOf('comment')).toBeNull();
  });
});

describe('trend view', () => {
  it('makes one cell per row and period with the colour shown, grey when missing', () => {
    const cells = colourCells([POINT]);
    expect(cells).toHaveLength(7);
    expect(cells[0]).toEqual([0, 0, 2]); // overall amber
    expect(cells[1]).toEqual([0, 1, 1]); // schedule green
    expect(cells[2]).toEqual([0, 2, 0]); // cost missing: grey
  });

  it('keeps the computed colour beside the shown one in the table', () => {
    const [row] = trendTable([POINT]);
    expect(row?.period).toBe('2027-01-01 – 2027-01-31');
    expect(row?.colours.risk).toEqual({ computed: 'red', effective: 'amber' });
    expect(row?.colours.cost).toEqual({ computed: 'grey', effective: 'grey' });
    expect(row?.finishSlipDays).toBe(3);
    expect([formatIndex(row!.cpi), formatIndex(row!.spi)]).toEqual(['0.89', '—']);
  });

  it('words slips', () => {
    expect(formatSlip(null)).toBe('—');
    expect(formatSlip(0)).toBe('on time');
    expect(formatSlip(2.25)).toBe('+2.3 d');
    expect(formatSlip(-1)).toBe('−1 d');
  });
});
