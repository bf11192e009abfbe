// Use cases of the communication plan: the log's create, read, list and change with each item's
// recipients resolved; recording an item done; a project's plan as it stands today; and the due
// list across the projects a reader may see — the reminders (to whom, about what, for which
// audience) that a scheduled job will send once e-mail delivery exists.
import type { Communication, CommunicationCreate, CommunicationDone, CommunicationListQuery, CommunicationPlan, CommunicationUpdate, DueCommunicationPage, DueCommunicationQuery } from '../../contracts/communication.schema.ts';
import { addDays, dueStanding } from '../../core/communications/communication-due.ts';
import type { AppContext } from '../context.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { allLogItems, createLogItem, getLogItem, listLogItems, todayOf, updateLogItem } from '../raid/raid-log.ts';
import { recipientsOf } from './communication-audience.ts';
import { communicationKind, type CommunicationBase, type CommunicationQuery } from './communications.ts';

/** Items with their recipients (two queries for the lot). */
async function withRecipients(ctx: AppContext, items: CommunicationBase[]): Promise<Communication[]> {
  const recipients = await recipientsOf(ctx.db, items.map((i) => i.audience));
  return items.map((item, n) => ({ ...item, recipients: recipients[n]! }));
}
const one = async (ctx: AppContext, item: CommunicationBase): Promise<Communication> => (await withRecipients(ctx, [item]))[0]!;

export const createCommunication = async (ctx: AppContext, projectId: string, input: CommunicationCreate) => one(ctx, await createLogItem(communicationKind, ctx, projectId, input));
export const getCommunication = async (ctx: AppContext, id: string) => one(ctx, await getLogItem(communicationKind, ctx, id));
export const updateCommunication = async (ctx: AppContext, id: string, version: number, patch: CommunicationUpdate) => one(ctx, await updateLogItem(communicationKind, ctx, id, version, patch));

/** Records that the item went out (today unless said), which moves its next due date on. */
export async function markCommunicationDone(ctx: AppContext, id: string, version: number, body: CommunicationDone): Promise<Communication> {
  const done = { on: body.on ?? todayOf(ctx), by: ctx.actor.userId || null };
  return one(ctx, await updateLogItem(communicationKind, ctx, id, version, { done }, 'done'));
}

export async function listCommunications(ctx: AppContext, query: CommunicationListQuery): Promise<{ items: Communication[]; nextCursor: string | null }> {
  const page = await listLogItems(communicationKind, ctx, query as CommunicationQuery);
  return { items: await withRecipients(ctx, page.items), nextCursor: page.nextCursor };
}

const RANK = { overdue: 0, due: 1, upcoming: 2, later: 3, unscheduled: 4, paused: 5 } as const;
/** Items a project's plan shows at the most. */
const MAX_PLAN_ITEMS = 1000;

/** A project's communication plan as it stands today: overdue first, paused last. */
export async function communicationPlan(ctx: AppContext, projectId: string): Promise<CommunicationPlan> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  const items = await allLogItems(communicationKind, ctx, { projectId, sort: 'nextDueOn' }, MAX_PLAN_ITEMS);
  const ordered = [...items].sort((a, b) => RANK[a.dueState] - RANK[b.dueState]);
  const count = (state: keyof typeof RANK) => items.filter((i) => i.dueState === state).length;
  return {
    projectId,
    projectCode: project.code,
    projectName: project.name,
    asOf: todayOf(ctx),
    counts: { overdue: count('overdue'), due: count('due'), active: items.filter((i) => i.status === 'active').length, paused: count('paused') },
    items: await withRecipients(ctx, ordered),
  };
}

/**
 * What is due on a day across the projects the reader may see, soonest first: each item with the
 * owner to remind and the recipients to send it to. A scheduled job calls this with its own date.
 */
export async function dueCommunications(ctx: AppContext, query: DueCommunicationQuery): Promise<DueCommunicationPage> {
  const on = query.on ?? todayOf(ctx);
  const { withinDays, on: _on, ...filters } = query;
  const page = await listLogItems(communicationKind, ctx, { ...filters, dueBy: addDays(on, withinDays), sort: 'nextDueOn' });
  const items = (await withRecipients(ctx, page.items)).map((item) => {
    const standing = dueStanding(item, on, withinDays);
    return {
      ...item,
      reminder: {
        state: standing.state as 'overdue' | 'due' | 'upcoming',
        daysOverdue: standing.daysOverdue,
        to: item.ownerId && item.ownerName && item.ownerEmail ? { id: item.ownerId, name: item.ownerName, email: item.ownerEmail } : null,
      },
    };
  });
  return { on, withinDays, items, nextCursor: page.nextCursor };
}
