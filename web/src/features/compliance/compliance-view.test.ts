// The compliance view's pure rules: where a breach's fix link goes and how it reads, and the
// order of breaches and projects.
import { describe, expect, it } from 'vitest';
import type { Breach, ProjectCompliance } from '../../api/types.ts';
import { fixLabel, fixTarget, parseComplianceSearch, projectsToShow, sortBreaches, summaryTiles } from './compliance-view.ts';

const P = '0190a0c0-0000-7000-8000-000000000001';
const R = '0190a0c0-0000-7000-8000-000000000002';

const breach = (over: Partial<Breach>): Breach => ({
  policyKey: 'high_risks_have_response',
  policyName: 'High risks have a response',
  severity: 'critical',
  projectId: P,
  message: 'RSK-1 scores 20.',
  items: [{ kind: 'risk', id: R, code: 'RSK-1' }],
  fix: { kind: 'risk', id: R },
  ...over,
});

describe('compliance view', () => {
  it('opens a single RAID item in its log, or the log when several are named', () => {
    expect(fixTarget(breach({}))).toEqual({ to: 'raid', projectId: P, tab: 'risks', open: R });
    expect(fixLabel(breach({}))).toBe('Open RSK-1');
    const several = breach({ items: [{ kind: 'action', id: R, code: 'ACT-1' }, { kind: 'action', id: P, code: 'ACT-2' }], fix: { kind: 'action', id: null } });
    expect(fixTarget(several)).toEqual({ to: 'raid', projectId: P, tab: 'actions' });
    expect(fixLabel(several)).toBe('Open the action log');
  });

  it('sends deliverables to governance, a baseline to the schedule and people to the project', () => {
    expect(fixTarget(breach({ fix: { kind: 'deliverable', id: null } }))).toEqual({ to: 'governance', projectId: P });
    expect(fixTarget(breach({ fix: { kind: 'schedule', id: P } }))).toEqual({ to: 'schedule', projectId: P });
    expect(fixTarget(breach({ fix: { kind: 'project', id: P } }))).toEqual({ to: 'project', projectId: P });
    expect(fixLabel(breach({ fix: { kind: 'schedule', id: P } }))).toBe('Open the schedule');
  });

  it('lists critical breaches and projects in breach first', () => {
    const warning = breach({ severity: 'warning', policyName: 'A warning' });
    expect(sortBreaches([warning, breach({})]).map((b) => b.severity)).toEqual(['critical', 'warning']);
    const project = (code: string, state: ProjectCompliance['state']) => ({ projectCode: code, state }) as ProjectCompliance;
    const shown = projectsToShow([project('PRJ-1', 'compliant'), project('PRJ-3', 'warnings'), project('PRJ-2', 'critical')], null);
    expect(shown.map((p) => p.projectCode)).toEqual(['PRJ-2', 'PRJ-3', 'PRJ-1']);
    expect(projectsToShow(shown, 'warnings').map((p) => p.projectCode)).toEqual(['PRJ-3']);
  });

  it('counts projects by state for the tiles', () => {
    const tiles = summaryTiles({ projects: 6, compliant: 3, withWarnings: 2, withCritical: 1, byPolicy: [] });
    expect(tiles.map((t) => [t.key, t.count])).toEqual([['compliant', 3], ['warnings', 2], ['critical', 1]]);
  });

  it('keeps valid search params only', () => {
    expect(parseComplianceSearch({ portfolioId: P, programId: 'x', state: 'critical', junk: 1 })).toEqual({ portfolioId: P, state: 'critical' });
    expect(parseComplianceSearch({ state: 'toString' })).toEqual({});
  });
});
