// Which lessons a project starting out should read first. A lesson is relevant for what it shares
// with the new project: tags, strategic objectives (of the project the lesson came from), and the
// words of the project's name and description against the lesson's text (cosine similarity of word
// counts, common words left out); the same methodology counts too, but is never enough on its own,
// or every lesson of the house methodology would be suggested. Each suggestion says why.

export interface ProjectProfile {
  readonly methodologyKey: string;
  readonly tags: readonly string[];
  readonly objectiveIds: readonly string[];
  readonly text: string;
}

export interface LessonProfile {
  readonly id: string;
  readonly methodologyKey: string;
  readonly tags: readonly string[];
  /** The objectives of the lesson's project, with their names for the reason. */
  readonly objectives: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly text: string;
}

export interface Relevance {
  readonly lessonId: string;
  readonly score: number;
  readonly sameMethodology: boolean;
  readonly sharedTags: readonly string[];
  readonly sharedObjectives: readonly string[];
  /** Cosine similarity of the texts, 0–1, two decimals. */
  readonly textSimilarity: number;
}

export const RELEVANCE_WEIGHTS = { methodology: 1, tag: 3, objective: 2, text: 4 } as const;
/** Below this similarity, two texts share only chance words. */
export const MIN_TEXT_SIMILARITY = 0.1;

const STOP_WORDS = new Set(
  'a an and are as at be by for from has have in into is it its of on or our that the their them this to was were will with we not no but all any can more than then they when which who why how what project projects'.split(' '),
);

/** Lower-case words of three letters or more, common words left out, a plural's final s dropped. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 && !STOP_WORDS.has(w)).map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

function counts(words: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/**
 * Cosine similarity of two texts' word counts, 0 (nothing shared) to 1 (the same words).
 * @example
 * textSimilarity('vendor delivery was late', 'late vendor delivery'); // 1
 */
export function textSimilarity(a: string, b: string): number {
  const x = counts(wordsOf(a));
  const y = counts(wordsOf(b));
  if (x.size === 0 || y.size === 0) return 0;
  let dot = 0;
  for (const [w, n] of x) dot += n * (y.get(w) ?? 0);
  const norm = (m: Map<string, number>) => Math.sqrt([...m.values()].reduce((s, n) => s + n * n, 0));
  return Math.round((dot / (norm(x) * norm(y))) * 100) / 100;
}

/**
 * The relevant lessons, most relevant first (ties by lesson id, so the order is stable).
 * @example
 * suggestLessons({ methodologyKey: 'agile', tags: ['vendor'], objectiveIds: [], text: 'New CRM' },
 *   [{ id: 'l1', methodologyKey: 'agile', tags: ['Vendor'], objectives: [], text: 'Vendor slipped' }])[0]!.sharedTags; // ['vendor']
 */
export function suggestLessons(project: ProjectProfile, lessons: ReadonlyArray<LessonProfile>, limit = 10): Relevance[] {
  const tags = new Set(project.tags.map((t) => t.toLowerCase()));
  const objectives = new Set(project.objectiveIds);
  const results: Relevance[] = [];
  for (const lesson of lessons) {
    const sharedTags = [...new Set(lesson.tags.map((t) => t.toLowerCase()))].filter((t) => tags.has(t)).sort();
    const sharedObjectives = lesson.objectives.filter((o) => objectives.has(o.id)).map((o) => o.name).sort();
    const similarity = textSimilarity(project.text, lesson.text);
    const textSimilar = similarity >= MIN_TEXT_SIMILARITY ? similarity : 0;
    if (sharedTags.length === 0 && sharedObjectives.length === 0 && textSimilar === 0) continue;
    const sameMethodology = lesson.methodologyKey === project.methodologyKey;
    const w = RELEVANCE_WEIGHTS;
    const score = (sameMethodology ? w.methodology : 0) + w.tag * sharedTags.length + w.objective * sharedObjectives.length + w.text * textSimilar;
    results.push({ lessonId: lesson.id, score: Math.round(score * 100) / 100, sameMethodology, sharedTags, sharedObjectives, textSimilarity: textSimilar });
  }
  return results.sort((a, b) => b.score - a.score || a.lessonId.localeCompare(b.lessonId)).slice(0, limit);
}
