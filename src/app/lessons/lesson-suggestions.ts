// The lessons a project should read as it starts: accepted lessons of other projects, ranked by
// what they share with it (methodology, tags, strategic objectives, words of its name and
// description) by the pure rules of core/lessons/lesson-relevance.ts, each with why.
import type { LessonSuggestions } from '../../contracts/lesson.schema.ts';
import { SHARED_LESSON_STATUSES } from '../../core/lessons/lesson-lifecycle.ts';
import { suggestLessons, type LessonProfile } from '../../core/lessons/lesson-relevance.ts';
import type { AppContext } from '../context.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { tagsOf, toLessons } from './lesson-store.ts';

export async function lessonSuggestions(ctx: AppContext, projectId: string, limit = 10): Promise<LessonSuggestions> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  const db = ctx.db;
  const [tags, objectives, candidates] = await Promise.all([
    db.selectFrom('projectTags').select('tag').where('projectId', '=', project.id).execute(),
    db.selectFrom('projectObjectives').select('objectiveId').where('projectId', '=', project.id).execute(),
    db.selectFrom('lessons').selectAll().where('status', 'in', [...SHARED_LESSON_STATUSES]).where('projectId', '!=', project.id).execute(),
  ]);
  if (candidates.length === 0) return { items: [] };
  const sourceProjects = [...new Set(candidates.map((c) => c.projectId))];
  const [methodologies, linked] = await Promise.all([
    db.selectFrom('projects').select(['id', 'methodologyKey']).where('id', 'in', sourceProjects).execute(),
    db.selectFrom('projectObjectives as po').innerJoin('objectives as o', 'o.id', 'po.objectiveId').select(['po.projectId', 'o.id', 'o.name']).where('po.projectId', 'in', sourceProjects).execute(),
  ]);
  const methodologyOf = new Map(methodologies.map((p) => [p.id, p.methodologyKey]));
  const profiles: LessonProfile[] = candidates.map((c) => ({
    id: c.id,
    methodologyKey: methodologyOf.get(c.projectId) ?? '',
    tags: tagsOf(c),
    objectives: linked.filter((o) => o.projectId === c.projectId).map((o) => ({ id: o.id, name: o.name })),
    text: `${c.title} ${c.description} ${c.recommendation}`,
  }));
  const ranked = suggestLessons(
    { methodologyKey: project.methodologyKey, tags: tags.map((t) => t.tag), objectiveIds: objectives.map((o) => o.objectiveId), text: `${project.name} ${project.description}` },
    profiles,
    limit,
  );
  const lessons = new Map((await toLessons(ctx, db, candidates.filter((c) => ranked.some((r) => r.lessonId === c.id)))).map((l) => [l.id, l]));
  return { items: ranked.map(({ lessonId, ...why }) => ({ lesson: lessons.get(lessonId)!, ...why, sharedTags: [...why.sharedTags], sharedObjectives: [...why.sharedObjectives] })) };
}
