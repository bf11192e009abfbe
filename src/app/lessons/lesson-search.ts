// Searching the lessons repository. With search text, the database's own full-text engine finds
// and ranks the lessons — SQLite's FTS5 (bm25, the title and tags weighing most, then the
// recommendation, then the description) or PostgreSQL's tsvector (ts_rank over the same weights) —
// and marks the matched words in a snippet; without, the latest lessons come first. Filters by
// category, status and project narrow either. Ranks are "higher is better" on both databases.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { LessonSearchQuery, LessonSearchResult } from '../../contracts/lesson.schema.ts';
import { MARK_END, MARK_START, snippetParts, toFts5Query } from '../../core/lessons/search-text.ts';
import type { AppContext } from '../context.ts';
import { toLessons, type LessonRow } from './lesson-store.ts';

interface Hit {
  readonly id: string;
  readonly score: number;
  readonly snip: string;
}

function filters(query: LessonSearchQuery): RawBuilder<SqlBool> {
  const parts = [sql`1 = 1`];
  if (query.category) parts.push(sql`l.category = ${query.category}`);
  if (query.status) parts.push(sql`l.status = ${query.status}`);
  if (query.projectId) parts.push(sql`l.project_id = ${query.projectId}`);
  return sql<SqlBool>`${sql.join(parts, sql` and `)}`;
}

async function sqliteHits(ctx: AppContext, text: string, query: LessonSearchQuery): Promise<{ hits: Hit[]; total: number }> {
  const match = toFts5Query(text);
  if (match === null) return { hits: [], total: 0 };
  const from = sql`lessons_fts f join lessons l on l.id = f.lesson_id where lessons_fts match ${match} and ${filters(query)}`;
  const [{ rows }, count] = await Promise.all([
    sql<Hit>`select l.id as id, -bm25(lessons_fts, 0.0, 10.0, 8.0, 4.0, 1.0) as score,
        snippet(lessons_fts, -1, ${MARK_START}, ${MARK_END}, '…', 24) as snip
      from ${from} order by bm25(lessons_fts, 0.0, 10.0, 8.0, 4.0, 1.0), l.code limit ${query.limit}`.execute(ctx.db),
    sql<{ n: number }>`select count(*) as n from ${from}`.execute(ctx.db),
  ]);
  return { hits: rows, total: Number(count.rows[0]!.n) };
}

async function postgresHits(ctx: AppContext, text: string, query: LessonSearchQuery): Promise<{ hits: Hit[]; total: number }> {
  const options = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=24, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "`;
  const from = sql`lessons l, websearch_to_tsquery('english', ${text}) q where l.search_vector @@ q and ${filters(query)}`;
  const [{ rows }, count] = await Promise.all([
    sql<Hit>`select l.id as id, ts_rank(l.search_vector, q) as score,
        ts_headline('english', l.title || ' — ' || l.recommendation || ' — ' || l.description, q, ${options}) as snip
      from ${from} order by score desc, l.code limit ${query.limit}`.execute(ctx.db),
    sql<{ n: number }>`select count(*) as n from ${from}`.execute(ctx.db),
  ]);
  return { hits: rows, total: Number(count.rows[0]!.n) };
}

/** The first words of a text, as the snippet of an unsearched lesson. */
const opening = (text: string, words = 30): string => {
  const all = text.split(/\s+/).filter(Boolean);
  return all.length > words ? `${all.slice(0, words).join(' ')} …` : all.join(' ');
};

export async function searchLessons(ctx: AppContext, query: LessonSearchQuery): Promise<LessonSearchResult> {
  const text = query.q?.trim() ?? '';
  if (text === '') {
    let rows = ctx.db.selectFrom('lessons').selectAll();
    if (query.category) rows = rows.where('category', '=', query.category);
    if (query.status) rows = rows.where('status', '=', query.status);
    if (query.projectId) rows = rows.where('projectId', '=', query.projectId);
    const [found, count] = await Promise.all([
      rows.orderBy('createdAt', 'desc').orderBy('code', 'desc').limit(query.limit).execute(),
      rows.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    const lessons = await toLessons(ctx, ctx.db, found);
    return { items: lessons.map((l) => ({ ...l, rank: null, snippet: [{ text: opening(l.description), match: false }] })), total: Number(count.n) };
  }
  const { hits, total } = ctx.dialect === 'postgres' ? await postgresHits(ctx, text, query) : await sqliteHits(ctx, text, query);
  if (hits.length === 0) return { items: [], total };
  const rows = await ctx.db.selectFrom('lessons').selectAll().where('id', 'in', hits.map((h) => h.id)).execute();
  const byId = new Map((await toLessons(ctx, ctx.db, rows as LessonRow[])).map((l) => [l.id, l]));
  return {
    items: hits.map((h) => ({ ...byId.get(h.id)!, rank: Number(h.score), snippet: snippetParts(h.snip) })),
    total,
  };
}
