// The communication plan as a project log (raid-log.ts gives codes COM-001…, team edits under
// If-Match, audit, and lists across the projects a reader may see). What is its own: the audience
// (checked against the project's stakeholders and the people in Orrery), the frequency and
// channel, and the next due date, stored so that what is due across every project is one indexed
// query. Recording an item done moves its next due date on by its frequency (src/core/communications).
// An item may name a report Orrery sends itself when it falls due (src/app/mail/report-delivery.ts).
import { sql, type Selectable } from 'kysely';
import type { Communication, CommunicationCreate, CommunicationListQuery, CommunicationUpdate } from '../../contracts/communication.schema.ts';
import { dueStanding, nextDueAfter, type Frequency } from '../../core/communications/communication-due.ts';
import type { CommunicationsTable } from '../../db/tables.ts';
import { AppError } from '../errors.ts';
import { commonSorts, itemApi, type LogKind, type LogListQuery } from '../raid/raid-log.ts';
import { patchedFields } from '../shared/versioning.ts';
import { audienceOf, checkedAudience } from './communication-audience.ts';

type Row = Selectable<CommunicationsTable> & { ownerEmail?: string | null };
/** An item as the kind gives it; the recipients are resolved for a whole page at once. */
export type CommunicationBase = Omit<Communication, 'recipients'>;
/** A change, or recording the item done (`done`, from POST …/done). */
export type CommunicationPatch = CommunicationUpdate & { done?: { on: string; by: string | null } };
export interface CommunicationQuery extends LogListQuery, Pick<CommunicationListQuery, 'type' | 'channel'> {
  /** Only active items due on or before this date. */
  dueBy?: string | undefined;
}

export const communicationKind: LogKind<Row, CommunicationBase, CommunicationCreate, CommunicationPatch, CommunicationQuery> = {
  table: 'communications',
  prefix: 'COM',
  label: 'Communication',
  auditType: 'communication',
  async createColumns(env, project, input) {
    const periodic = nextDueAfter(input.frequency, env.today) !== null;
    return {
      status: input.status,
      type: input.type,
      frequency: input.frequency,
      channel: input.channel,
      audienceJson: await checkedAudience(env.trx, project.id, input.audience),
      nextDueOn: input.nextDueOn !== undefined ? input.nextDueOn : periodic ? env.today : null,
      lastDoneOn: null,
      lastDoneBy: null,
      reportJson: input.report ? JSON.stringify(input.report) : null,
    };
  },
  async updateColumns(env, before, patch) {
    const { audience, done, report, ...rest } = patch;
    const columns = patchedFields(rest) as Partial<Row>;
    if (report !== undefined) columns.reportJson = report ? JSON.stringify(report) : null;
    if (audience !== undefined) columns.audienceJson = await checkedAudience(env.trx, before.projectId, audience);
    const frequency = (rest.frequency ?? before.frequency) as Frequency;
    if (rest.frequency !== undefined && rest.frequency !== before.frequency && rest.nextDueOn === undefined && before.lastDoneOn !== null) {
      columns.nextDueOn = nextDueAfter(frequency, before.lastDoneOn) ?? before.nextDueOn;
    }
    if (done) {
      if (done.on > env.today) throw new AppError('validation_failed', `Record ${before.code} done on the day it went out, today (${env.today}) at the latest.`, { errors: [{ path: 'on', message: 'in the future' }] });
      Object.assign(columns, { lastDoneOn: done.on, lastDoneBy: done.by, nextDueOn: nextDueAfter(frequency, done.on) });
    }
    return columns;
  },
  /** A report Orrery sends goes by e-mail, and is rendered as its owner sees it: it needs both. */
  async afterWrite(_env, _before, after) {
    if (after.reportJson === null) return;
    const missing = [...(after.channel !== 'email' ? [{ path: 'channel', message: 'must be email for a report Orrery sends' }] : []), ...(after.ownerId ? [] : [{ path: 'ownerId', message: 'required for a report Orrery sends' }])];
    if (missing.length > 0) {
      throw new AppError('validation_failed', `${after.code}: a report Orrery sends goes by e-mail (channel email) and is drawn up as its owner sees it (ownerId). Set ${missing.map((m) => m.path).join(' and ')}, or remove the report.`, { errors: missing });
    }
  },
  extendQuery: (q) => q.select('o.email as ownerEmail'),
  toApi: (r, env) => {
    const standing = dueStanding({ status: r.status as 'active' | 'paused', nextDueOn: r.nextDueOn }, env.today);
    return {
      ...itemApi(r),
      ownerEmail: r.ownerEmail ?? null,
      status: r.status as Communication['status'],
      type: r.type as Communication['type'],
      frequency: r.frequency as Communication['frequency'],
      channel: r.channel as Communication['channel'],
      audience: audienceOf(r.audienceJson),
      nextDueOn: r.nextDueOn,
      lastDoneOn: r.lastDoneOn,
      lastDoneBy: r.lastDoneBy,
      report: r.reportJson ? (JSON.parse(r.reportJson) as Communication['report']) : null,
      dueState: standing.state,
      daysOverdue: standing.daysOverdue,
    };
  },
  filter(q, query) {
    if (query.type) q = q.where('i.type', '=', query.type);
    if (query.channel) q = q.where('i.channel', '=', query.channel);
    if (query.dueBy) q = q.where('i.status', '=', 'active').where('i.nextDueOn', '<=', query.dueBy);
    return q;
  },
  sorts: {
    ...commonSorts<Row>(),
    nextDueOn: { expr: sql`coalesce(i.next_due_on, '9999-12-31')`, value: (r) => r.nextDueOn ?? '9999-12-31' },
  },
};
