// Words and colours for lessons' categories, statuses, impacts and sources, and why one is suggested.
import type { Lesson, LessonSuggestion } from '../../api/types.ts';

export const LESSON_CATEGORIES: ReadonlyArray<Lesson['category']> = ['schedule', 'cost', 'scope', 'quality', 'risk', 'resources', 'stakeholders', 'procurement', 'governance', 'technical', 'communication', 'other'];
export const LESSON_STATUS_LABELS: Record<Lesson['status'], string> = { proposed: 'Proposed', accepted: 'Accepted', built_in: 'Built into a standard' };
export const LESSON_STATUS_COLORS: Record<Lesson['status'], string> = { proposed: 'gray', accepted: 'blue', built_in: 'teal' };
export const SOURCE_LABELS: Record<Lesson['source']['type'], string> = { closure_report: 'Closure report', retrospective: 'Retrospective', gate_review: 'Gate review' };
export const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Why a lesson is suggested, in words. */
export function reasonsOf(s: Pick<LessonSuggestion, 'sameMethodology' | 'sharedTags' | 'sharedObjectives' | 'textSimilarity'>): string[] {
  return [
    ...(s.sharedTags.length ? [`tags: ${s.sharedTags.join(', ')}`] : []),
    ...(s.sharedObjectives.length ? [`objective: ${s.sharedObjectives.join(', ')}`] : []),
    ...(s.textSimilarity > 0 ? ['similar description'] : []),
    ...(s.sameMethodology ? ['same methodology'] : []),
  ];
}
