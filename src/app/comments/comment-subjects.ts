// What a comment thread is about: the project itself or one of its risks, issues, change requests
// or status reports. A subject must belong to the project the thread is read or written in; one
// that does not (or does not exist) is a bad reference, worded without saying whether it exists
// elsewhere. The subject also gives a mention its words ("RSK-004 of PRJ-007") and its link.
import type { CommentSubjectType } from '../../contracts/comment.schema.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow } from '../../db/tables.ts';
import { AppError } from '../errors.ts';

export interface CommentSubject {
  readonly type: CommentSubjectType;
  readonly id: string;
  /** How people name it: the project's code, or the item's code and its project's. */
  readonly label: string;
  /** Its page in the web app. */
  readonly link: string;
}

type ItemTable = 'risks' | 'issues' | 'changeRequests' | 'statusReports';

const ITEMS: Record<Exclude<CommentSubjectType, 'project'>, { table: ItemTable; noun: string; link: (projectId: string, id: string) => string }> = {
  risk: { table: 'risks', noun: 'risk', link: (p, id) => `/projects/${p}/raid?tab=risks&open=${id}` },
  issue: { table: 'issues', noun: 'issue', link: (p, id) => `/projects/${p}/raid?tab=issues&open=${id}` },
  change_request: { table: 'changeRequests', noun: 'change request', link: (_p, id) => `/change-requests/${id}` },
  status_report: { table: 'statusReports', noun: 'status report', link: (_p, id) => `/status-reports/${id}` },
};

const notInProject = (message: string): AppError => new AppError('invalid_reference', message, { errors: [{ path: 'subjectId', message }] });

/** The subject of a thread in this project, or a 422 naming what is wrong. */
export async function loadCommentSubject(db: Db, project: Pick<ProjectRow, 'id' | 'code'>, type: CommentSubjectType, id: string): Promise<CommentSubject> {
  if (type === 'project') {
    if (id !== project.id) throw notInProject(`A comment on project ${project.code} names it as its subject: send subjectId ${project.id} (it was ${id}).`);
    return { type, id, label: project.code, link: `/projects/${project.id}` };
  }
  const item = ITEMS[type];
  const row = await db.selectFrom(item.table).select(['id', 'code']).where('id', '=', id).where('projectId', '=', project.id).executeTakeFirst();
  if (!row) throw notInProject(`Project ${project.code} has no ${item.noun} ${id}: comment on a ${item.noun} of the project the thread belongs to.`);
  return { type, id, label: `${row.code} of ${project.code}`, link: item.link(project.id, id) };
}
