import { describe, expect, it } from 'vitest';
import { competencyMatrix, levelOf } from './competency-matrix.ts';
import { highRiskExposure, trainingNeeds } from './training-needs.ts';
import type { TrainingFacts } from './training-types.ts';

const base: TrainingFacts = {
  today: '2026-06-01',
  competencies: [{ key: 'scheduling', name: 'Scheduling' }, { key: 'risk', name: 'Risk management' }],
  courses: [
    { id: 'c-pmp', name: 'PMP exam preparation', provider: 'PMI chapter', durationHours: 35, competencies: { scheduling: 3, risk: 3 }, preparesFor: 'PMP' },
    { id: 'c-p2', name: 'PRINCE2 Practitioner', provider: 'Axelos ATO', durationHours: 21, competencies: { risk: 2 }, preparesFor: 'PRINCE2 Practitioner' },
    { id: 'c-sched', name: 'Advanced scheduling', provider: 'In-house', durationHours: 14, competencies: { scheduling: 4 }, preparesFor: null },
    { id: 'c-risk', name: 'Risk workshop facilitation', provider: 'In-house', durationHours: 7, competencies: { risk: 3 }, preparesFor: null },
  ],
  records: [],
  certifications: [],
  assessments: [],
  requirements: [{ role: 'project_manager', name: 'Project managers', levels: { scheduling: 3, risk: 3 } }],
  people: [{ id: 'ana', name: 'Ana', roles: ['project_manager'] }, { id: 'ben', name: 'Ben', roles: [] }],
  projects: [],
  highRiskExposure: 10,
};
const kinds = (facts: TrainingFacts, personId: string) => trainingNeeds(facts).filter((n) => n.personId === personId).map((n) => n.kind);

describe('competency levels', () => {
  it('takes the best of courses, current certifications and self-assessment, and the PMO\'s assessment over all', () => {
    const facts: TrainingFacts = {
      ...base,
      records: [{ personId: 'ana', courseId: 'c-p2', completedOn: '2025-01-10', score: 80 }],
      certifications: [{ personId: 'ana', name: 'Scrum Master', projectManagement: false, obtainedOn: '2020-01-01', expiresOn: '2026-05-31', competencies: { risk: 4 } }],
      assessments: [{ personId: 'ana', competencyKey: 'scheduling', level: 2, by: 'self', assessedOn: '2026-01-01' }],
    };
    expect(levelOf(facts, 'ana', 'risk')).toEqual({ level: 2, source: 'course' }); // the expired certification no longer counts
    expect(levelOf(facts, 'ana', 'scheduling')).toEqual({ level: 2, source: 'self' });
    const judged: TrainingFacts = { ...facts, assessments: [...facts.assessments, { personId: 'ana', competencyKey: 'risk', level: 1, by: 'pmo', assessedOn: '2026-02-01' }, { personId: 'ana', competencyKey: 'risk', level: 3, by: 'pmo', assessedOn: '2026-04-01' }] };
    expect(levelOf(judged, 'ana', 'risk')).toEqual({ level: 3, source: 'pmo' });
    expect(competencyMatrix(judged, ['ben'])).toEqual([{ personId: 'ben', name: 'Ben', cells: { scheduling: { level: null, source: null }, risk: { level: null, source: null } } }]);
  });
});

describe('training needs', () => {
  it('names a manager of a high-risk project without a current PM certification, with courses preparing for one', () => {
    const facts: TrainingFacts = {
      ...base,
      people: [{ id: 'ben', name: 'Ben', roles: [] }],
      projects: [
        { id: 'p1', code: 'PRJ-1', name: 'Risky', managerId: 'ben', maxExposure: 12 },
        { id: 'p2', code: 'PRJ-2', name: 'Calm', managerId: 'ben', maxExposure: 6 },
      ],
    };
    expect(trainingNeeds(facts)).toEqual([{
      kind: 'high_risk_uncertified', personId: 'ben', projects: [{ id: 'p1', code: 'PRJ-1', exposure: 12 }], courseIds: ['c-pmp', 'c-p2'],
      reason: 'Manages high-risk PRJ-1 (exposure 12) without a current project-management certification.',
    }]);
    const certified = { ...facts, certifications: [{ personId: 'ben', name: 'PMP', projectManagement: true, obtainedOn: '2024-01-01', expiresOn: '2027-01-01', competencies: {} }] };
    expect(kinds(certified, 'ben')).toEqual([]);
    const lapsed = { ...facts, certifications: [{ ...certified.certifications[0]!, expiresOn: '2026-05-31' }] };
    expect(kinds(lapsed, 'ben')).toEqual(['high_risk_uncertified', 'certification_expiring']);
  });

  it('flags certifications expiring within 90 days (or expired), unless a later one renews them', () => {
    const cert = (name: string, expiresOn: string | null) => ({ personId: 'ben', name, projectManagement: true, obtainedOn: '2023-01-01', expiresOn, competencies: {} });
    const facts: TrainingFacts = { ...base, people: [{ id: 'ben', name: 'Ben', roles: [] }], certifications: [cert('PMP', '2026-08-30'), cert('PRINCE2 Practitioner', '2026-08-31'), cert('IPMA C', null)] };
    const needs = trainingNeeds(facts);
    expect(needs).toEqual([expect.objectContaining({ kind: 'certification_expiring', certification: 'PMP', daysLeft: 90, courseIds: ['c-pmp'], reason: 'PMP expires on 2026-08-30, in 90 days.' })]);
    const renewed = { ...facts, certifications: [...facts.certifications, cert('PMP', '2029-08-30')] };
    expect(trainingNeeds(renewed)).toEqual([]);
    const expired = { ...facts, certifications: [cert('PMP', '2026-05-01')] };
    expect(trainingNeeds(expired)[0]).toMatchObject({ daysLeft: -31, reason: 'PMP expired on 2026-05-01.' });
  });

  it('finds gaps against the role\'s required levels and offers the courses reaching them', () => {
    const facts: TrainingFacts = { ...base, records: [{ personId: 'ana', courseId: 'c-sched', completedOn: '2026-01-01', score: 90 }] };
    expect(trainingNeeds(facts)).toEqual([{
      kind: 'competency_gap', personId: 'ana', role: 'project_manager', competencyKey: 'risk', level: null, required: 3, courseIds: ['c-pmp', 'c-risk'],
      reason: 'Project managers need Risk management at level 3; no evidence yet.',
    }]);
    expect(kinds(facts, 'ben')).toEqual([]); // not a project manager
  });

  it('takes the high-risk threshold from the risk matrix\'s "high" band', () => {
    expect(highRiskExposure([{ key: 'low', minScore: 1 }, { key: 'high', minScore: 10 }, { key: 'critical', minScore: 15 }])).toBe(10);
    expect(highRiskExposure([{ key: 'green', minScore: 1 }, { key: 'red', minScore: 12 }])).toBe(12);
  });
});
