// The life of a lesson: proposed by the project's team, accepted by the PMO as worth sharing, and
// finally built into a standard (a methodology, a template, a policy), which the PMO names so
// readers can find where the lesson now lives. Moving back a step is allowed to correct a mistake.

export const LESSON_STATUSES = ['proposed', 'accepted', 'built_in'] as const;
export type LessonStatus = (typeof LESSON_STATUSES)[number];

export const LESSON_CATEGORIES = ['schedule', 'cost', 'scope', 'quality', 'risk', 'resources', 'stakeholders', 'procurement', 'governance', 'technical', 'communication', 'other'] as const;
export type LessonCategory = (typeof LESSON_CATEGORIES)[number];

export const LESSON_IMPACTS = ['positive', 'negative'] as const;
export const LESSON_SOURCES = ['closure_report', 'retrospective', 'gate_review'] as const;
export type LessonSource = (typeof LESSON_SOURCES)[number];

/** The statuses whose lessons are vetted enough to suggest to other projects. */
export const SHARED_LESSON_STATUSES: ReadonlyArray<LessonStatus> = ['accepted', 'built_in'];

export type LessonMove = { readonly ok: true } | { readonly ok: false; readonly message: string };

/**
 * Whether a lesson may go from one status to another, with the note built_in needs.
 * @example
 * lessonMove('proposed', 'built_in', 'PM handbook §4').ok; // false: accept it first
 */
export function lessonMove(from: LessonStatus, to: LessonStatus, standardNote: string): LessonMove {
  if (from === to) return { ok: true };
  const gap = LESSON_STATUSES.indexOf(to) - LESSON_STATUSES.indexOf(from);
  if (gap > 1) return { ok: false, message: `A ${from} lesson is accepted before it is built into a standard.` };
  if (to === 'built_in' && standardNote.trim() === '') return { ok: false, message: 'Say which standard the lesson was built into (standardNote), so readers can find it there.' };
  return { ok: true };
}
