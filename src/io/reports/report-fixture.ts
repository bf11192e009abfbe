// A small portfolio as the app would gather it, for the renderers' own tests: three projects (one
// red with a long summary that must wrap over pages, one green, one that never reported).
import type { PortfolioReportData, ProjectLine } from './report-model.ts';

const line = (over: Partial<ProjectLine> & Pick<ProjectLine, 'code' | 'name'>): ProjectLine => ({
  id: over.code,
  managerName: 'Ana Ruiz',
  sponsorName: 'Priya Shah',
  phaseName: 'Execute',
  status: 'active',
  budget: { amountMinor: 50_000_000, currency: 'EUR' },
  report: null,
  currentPeriod: { start: '2027-03-01', end: '2027-03-31' },
  reportedThisPeriod: false,
  milestones: [],
  risks: [],
  ...over,
});

const dims = (colour: 'green' | 'amber' | 'red') => ['schedule', 'cost', 'scope', 'risk', 'resources', 'quality'].map((key, i) => ({ key, colour: i === 1 ? ('grey' as const) : colour }));

export const SAMPLE_PORTFOLIO: PortfolioReportData = {
  scope: 'Portfolio PF-01 Digital',
  asOf: '2027-03-15',
  projects: [
    line({
      code: 'PRJ-001',
      name: 'CRM replacement',
      report: { code: 'SR-1', periodStart: '2027-03-01', periodEnd: '2027-03-31', status: 'submitted', overall: 'red', dimensions: dims('red'), summary: 'The data migration slipped again. '.repeat(300), submittedAt: '2027-03-10T09:00:00.000Z' },
      reportedThisPeriod: true,
      milestones: [{ name: 'Go-live', baselineFinish: '2027-01-15T17:00', forecastFinish: '2027-01-26T17:00' }],
      risks: [{ projectCode: 'PRJ-001', code: 'RSK-1', title: 'Data centre lease ends', score: 20, band: 'Critical' }],
    }),
    line({
      code: 'PRJ-002',
      name: 'Payroll upgrade',
      phaseName: 'Plan',
      report: { code: 'SR-2', periodStart: '2027-02-01', periodEnd: '2027-02-28', status: 'reviewed', overall: 'green', dimensions: dims('green'), summary: 'On track.', submittedAt: '2027-02-27T09:00:00.000Z' },
    }),
    line({ code: 'PRJ-003', name: 'Warehouse robots', status: 'proposed', phaseName: 'Initiate', budget: null }),
  ],
  totals: { byRag: { red: 1, amber: 0, green: 1, grey: 0, none: 1 }, byPhase: [{ phase: 'Execute', count: 1 }, { phase: 'Plan', count: 1 }, { phase: 'Initiate', count: 1 }] },
  topRisks: [{ projectCode: 'PRJ-001', code: 'RSK-1', title: 'Data centre lease ends', score: 20, band: 'Critical' }],
  notReported: [{ code: 'PRJ-002', name: 'Payroll upgrade', periodStart: '2027-03-01', periodEnd: '2027-03-31' }],
  pmoKpis: {
    quarters: ['2027-Q1'],
    kpis: [
      { name: 'Delivered on time', unit: 'share', values: [{ value: 0.6667, numerator: 2, denominator: 3 }] },
      { name: 'Average cost variance', unit: 'variance', values: [{ value: 0.2, numerator: 1, denominator: 3 }] },
    ],
  },
};
