// A person's level in a competency, from the evidence: the PMO's latest assessment when there is
// one (the PMO has looked, so it stands, up or down); otherwise the best of what their completed
// courses and current certifications attest and their own latest assessment. Each cell says which
// source gave its level, so a matrix can be questioned.
import { daysBetween } from '../raid/raid-states.ts';
import type { Assessment, CompetencyLevel, TrainingFacts } from './training-types.ts';

export type LevelSource = 'pmo' | 'self' | 'course' | 'certification';

export interface MatrixCell {
  readonly level: CompetencyLevel | null;
  readonly source: LevelSource | null;
}

export interface MatrixRow {
  readonly personId: string;
  readonly name: string;
  readonly cells: Readonly<Record<string, MatrixCell>>;
}

/** A certification counts while it has not expired (it is valid on its expiry day). */
export const isCurrent = (expiresOn: string | null, today: string): boolean => expiresOn === null || daysBetween(today, expiresOn) >= 0;

function latest(assessments: ReadonlyArray<Assessment>, by: Assessment['by']): Assessment | undefined {
  return assessments.filter((a) => a.by === by).reduce<Assessment | undefined>((best, a) => (!best || a.assessedOn >= best.assessedOn ? a : best), undefined);
}

/**
 * The level of one person in one competency.
 * @example
 * levelOf(facts, 'p1', 'scheduling') // { level: 3, source: 'course' }
 */
export function levelOf(facts: TrainingFacts, personId: string, competencyKey: string): MatrixCell {
  const mine = facts.assessments.filter((a) => a.personId === personId && a.competencyKey === competencyKey);
  const pmo = latest(mine, 'pmo');
  if (pmo) return { level: pmo.level, source: 'pmo' };
  let best: MatrixCell = { level: null, source: null };
  const offer = (level: CompetencyLevel | undefined, source: LevelSource) => {
    if (level !== undefined && (best.level === null || level > best.level)) best = { level, source };
  };
  const courses = new Map(facts.courses.map((c) => [c.id, c]));
  for (const r of facts.records) if (r.personId === personId) offer(courses.get(r.courseId)?.competencies[competencyKey], 'course');
  for (const c of facts.certifications) if (c.personId === personId && isCurrent(c.expiresOn, facts.today)) offer(c.competencies[competencyKey], 'certification');
  offer(latest(mine, 'self')?.level, 'self');
  return best;
}

/** People × competencies: the matrix of the people given (e.g. the project managers). */
export function competencyMatrix(facts: TrainingFacts, personIds: ReadonlyArray<string>): MatrixRow[] {
  const names = new Map(facts.people.map((p) => [p.id, p.name]));
  return personIds.map((personId) => ({
    personId,
    name: names.get(personId) ?? personId,
    cells: Object.fromEntries(facts.competencies.map((c) => [c.key, levelOf(facts, personId, c.key)])),
  }));
}
