// Words and colours of training: need kinds, certification states, and a matrix cell's text and
// colour against the level the role requires.
import type { PersonTraining, TrainingNeed } from '../../api/types.ts';

export const NEED_LABELS: Record<TrainingNeed['kind'], { label: string; color: string }> = {
  high_risk_uncertified: { label: 'High-risk project, no PM certification', color: 'red' },
  certification_expiring: { label: 'Certification expiring', color: 'orange' },
  competency_gap: { label: 'Competency gap', color: 'yellow' },
};

export const CERT_COLORS: Record<PersonTraining['certifications'][number]['state'], string> = { current: 'teal', expiring: 'orange', expired: 'red' };

export const SOURCE_LABELS = { pmo: 'PMO assessment', self: 'self-assessment', course: 'course', certification: 'certification' } as const;

/** A matrix cell: its level (— without evidence) and whether it meets the required level. */
export function cellView(cell: { level: number | null; source: keyof typeof SOURCE_LABELS | null } | undefined, required: number | null): { text: string; color: string | undefined; title: string } {
  const level = cell?.level ?? null;
  const source = cell?.source ? SOURCE_LABELS[cell.source] : 'no evidence';
  const meets = required === null || (level !== null && level >= required);
  return { text: level === null ? '—' : String(level), color: meets ? undefined : 'red', title: `${source}${required !== null ? `; required ${required}` : ''}` };
}
