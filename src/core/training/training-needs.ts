// Who needs which training, by three rules a PMO states plainly:
// - a manager of a high-risk project (an open risk at or above the PMO's "high" exposure) without a
//   current project-management certification needs one;
// - anyone whose certification expires within 90 days (or has expired) needs to renew it;
// - anyone below the level their role requires in a competency needs training in it.
// Each need names its reason (the projects, the certification and its date, the levels) and the
// catalogue's courses that would meet it.
import { daysBetween } from '../raid/raid-states.ts';
import { isCurrent, levelOf } from './competency-matrix.ts';
import type { Course, TrainingFacts } from './training-types.ts';

export const EXPIRY_WARNING_DAYS = 90;

export type TrainingNeed =
  | { readonly kind: 'high_risk_uncertified'; readonly personId: string; readonly projects: ReadonlyArray<{ readonly id: string; readonly code: string; readonly exposure: number }>; readonly courseIds: ReadonlyArray<string>; readonly reason: string }
  | { readonly kind: 'certification_expiring'; readonly personId: string; readonly certification: string; readonly expiresOn: string; readonly daysLeft: number; readonly courseIds: ReadonlyArray<string>; readonly reason: string }
  | { readonly kind: 'competency_gap'; readonly personId: string; readonly role: string; readonly competencyKey: string; readonly level: number | null; readonly required: number; readonly courseIds: ReadonlyArray<string>; readonly reason: string };

const byName = (a: Course, b: Course) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/** Courses preparing for a certification: the named one, or any when `name` is null. */
const preparing = (courses: ReadonlyArray<Course>, name: string | null) =>
  courses.filter((c) => !c.archived && c.preparesFor !== null && (name === null || c.preparesFor.toLowerCase() === name.toLowerCase())).sort(byName).map((c) => c.id);

/**
 * Every training need, per person in the order given, then by rule.
 * @example
 * trainingNeeds(facts).filter((n) => n.kind === 'certification_expiring')
 * // [{ kind: 'certification_expiring', certification: 'PMP', daysLeft: 45, … }]
 */
export function trainingNeeds(facts: TrainingFacts): TrainingNeed[] {
  const warning = facts.expiryWarningDays ?? EXPIRY_WARNING_DAYS;
  const competencyName = new Map(facts.competencies.map((c) => [c.key, c.name]));
  const needs: TrainingNeed[] = [];
  for (const person of facts.people) {
    const certs = facts.certifications.filter((c) => c.personId === person.id);
    const risky = facts.projects.filter((p) => p.managerId === person.id && p.maxExposure !== null && p.maxExposure >= facts.highRiskExposure);
    if (risky.length > 0 && !certs.some((c) => c.projectManagement && isCurrent(c.expiresOn, facts.today))) {
      needs.push({
        kind: 'high_risk_uncertified', personId: person.id,
        projects: risky.map((p) => ({ id: p.id, code: p.code, exposure: p.maxExposure! })),
        courseIds: preparing(facts.courses, null),
        reason: `Manages high-risk ${risky.map((p) => `${p.code} (exposure ${p.maxExposure})`).join(', ')} without a current project-management certification.`,
      });
    }
    for (const c of certs) {
      if (c.expiresOn === null) continue;
      const daysLeft = daysBetween(facts.today, c.expiresOn);
      if (daysLeft > warning) continue;
      // A later certification of the same name renews this one.
      if (certs.some((o) => o !== c && o.name === c.name && (o.expiresOn === null || o.expiresOn > c.expiresOn!))) continue;
      needs.push({
        kind: 'certification_expiring', personId: person.id, certification: c.name, expiresOn: c.expiresOn, daysLeft,
        courseIds: preparing(facts.courses, c.name),
        reason: daysLeft < 0 ? `${c.name} expired on ${c.expiresOn}.` : `${c.name} expires on ${c.expiresOn}, in ${daysLeft} days.`,
      });
    }
    for (const requirement of facts.requirements.filter((r) => person.roles.includes(r.role))) {
      for (const [key, required] of Object.entries(requirement.levels)) {
        const { level } = levelOf(facts, person.id, key);
        if (level !== null && level >= required) continue;
        needs.push({
          kind: 'competency_gap', personId: person.id, role: requirement.role, competencyKey: key, level, required,
          courseIds: facts.courses.filter((c) => !c.archived && (c.competencies[key] ?? 0) >= required).sort(byName).map((c) => c.id),
          reason: `${requirement.name} need ${competencyName.get(key) ?? key} at level ${required}; ${level === null ? 'no evidence yet' : `at level ${level}`}.`,
        });
      }
    }
  }
  return needs;
}

/** The exposure from which a project counts as high-risk: the band keyed "high", else the top band. */
export function highRiskExposure(bands: ReadonlyArray<{ readonly key: string; readonly minScore: number }>): number {
  return (bands.find((b) => b.key === 'high') ?? bands[bands.length - 1])?.minScore ?? Number.POSITIVE_INFINITY;
}
