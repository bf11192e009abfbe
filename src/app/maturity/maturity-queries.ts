// The assessments a reader may see, latest opened first, each with its overall and per-dimension
// scores (what the trend and the radar chart draw), and one assessment in full.
import type { MaturityAssessment, MaturityAssessmentList } from '../../contracts/maturity.schema.ts';
import type { AppContext } from '../context.ts';
import { loadVisibleAssessment, readsAllAssessments, respondentsOf, resultOf, toMaturityAssessment } from './maturity-store.ts';

export async function listMaturityAssessments(ctx: AppContext): Promise<MaturityAssessmentList> {
  let query = ctx.db.selectFrom('maturityAssessments').selectAll().orderBy('openedOn', 'desc').orderBy('id', 'desc');
  if (!readsAllAssessments(ctx.actor)) {
    query = query.where('id', 'in', ctx.db.selectFrom('maturityRespondents').select('assessmentId').where('userId', '=', ctx.actor.userId));
  }
  const rows = await query.execute();
  const respondents = await respondentsOf(ctx.db, rows.map((r) => r.id));
  return {
    items: rows.map((row) => {
      const people = respondents.get(row.id)!;
      const result = resultOf(row, people);
      return {
        id: row.id, code: row.code, title: row.title, openedOn: row.openedOn, status: row.status as 'open' | 'closed',
        respondents: people.length, answered: people.filter((p) => p.answeredAt !== null).length,
        score: result.score, level: result.level, dimensions: result.dimensions.map((d) => ({ key: d.key, name: d.name, score: d.score })),
      };
    }),
  };
}

export async function getMaturityAssessment(ctx: AppContext, id: string): Promise<MaturityAssessment> {
  const { row, respondents } = await loadVisibleAssessment(ctx, ctx.db, id);
  return toMaturityAssessment(ctx, ctx.db, row, respondents);
}
