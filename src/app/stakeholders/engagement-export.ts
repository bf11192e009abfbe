// The stakeholder register and the communication plan as spreadsheets, across the projects the
// reader may see or for one project: who the stakeholders are, where they stand on the grid and
// how engaged they are against how engaged they must become; what goes to whom, how often, by
// which channel, when it is next due and whether Orrery sends a report itself.
import type { Communication, CommunicationExportQuery } from '../../contracts/communication.schema.ts';
import type { Stakeholder, StakeholderExportQuery } from '../../contracts/stakeholder.schema.ts';
import type { TableColumn } from '../../io/tabular/table-sheet.ts';
import type { AppContext } from '../context.ts';
import { listCommunications } from '../communications/communication-commands.ts';
import { allLogItems } from '../raid/raid-log.ts';
import { logItemHead, logItemTail } from '../raid/raid-export.ts';
import { allPages, column, exportSheets, MAX_EXPORT_ROWS, type ExportedFile } from '../shared/table-export.ts';
import { stakeholderKind } from './stakeholders.ts';

const scoped = (rows: ReadonlyArray<{ projectCode: string }>, projectId: string | undefined) => (projectId && rows[0] ? `-${rows[0].projectCode}` : '');

const s = column<Stakeholder>;
const STAKEHOLDER_COLUMNS: TableColumn<Stakeholder>[] = [
  ...logItemHead<Stakeholder>(),
  s('Person in Orrery', (r) => r.userName),
  s('Organisation', (r) => r.organisation),
  s('Role', (r) => r.role),
  s('Category', (r) => r.category),
  s('Influence', (r) => r.influence, 'number'),
  s('Interest', (r) => r.interest, 'number'),
  s('Quadrant', (r) => r.quadrant.replace(/_/g, ' ')),
  s('Engagement now', (r) => r.engagementCurrent),
  s('Engagement wanted', (r) => r.engagementDesired),
  s('Gap', (r) => r.engagementGap, 'number'),
  s('E-mail', (r) => r.contactEmail),
  s('Phone', (r) => r.phone),
  s('Notes', (r) => r.description, 'text', 30),
  ...logItemTail<Stakeholder>(),
];

export async function exportStakeholders(ctx: AppContext, query: StakeholderExportQuery): Promise<ExportedFile> {
  const { format, ...filters } = query;
  const rows = await allLogItems(stakeholderKind, ctx, { ...filters, sort: 'code' }, MAX_EXPORT_ROWS);
  return exportSheets(ctx, [{ name: 'Stakeholders', columns: STAKEHOLDER_COLUMNS, rows, title: 'Stakeholder register' }], format, `stakeholders${scoped(rows, query.projectId)}`);
}

const c = column<Communication>;
const COMMUNICATION_COLUMNS: TableColumn<Communication>[] = [
  ...logItemHead<Communication>(),
  c('Type', (r) => r.type.replace(/_/g, ' ')),
  c('Frequency', (r) => r.frequency.replace(/_/g, ' ')),
  c('Channel', (r) => r.channel),
  c('Audience', (r) => r.recipients.map((x) => (x.email ? `${x.name} <${x.email}>` : x.name)).join('; '), 'text', 40),
  c('Without an address', (r) => r.recipients.filter((x) => !x.email).length, 'number'),
  c('Sent by Orrery', (r) => (r.report ? `${r.report.kind.replace('_', ' ')} report (${r.report.format})` : null)),
  c('Next due', (r) => r.nextDueOn, 'date'),
  c('Due state', (r) => r.dueState),
  c('Last done', (r) => r.lastDoneOn, 'date'),
  c('Description', (r) => r.description, 'text', 30),
  ...logItemTail<Communication>(),
];

export async function exportCommunications(ctx: AppContext, query: CommunicationExportQuery): Promise<ExportedFile> {
  const { format, ...filters } = query;
  const rows = await allPages((cursor) => listCommunications(ctx, { ...filters, sort: 'code', limit: 200, ...(cursor && { cursor }) }));
  return exportSheets(ctx, [{ name: 'Communication plan', columns: COMMUNICATION_COLUMNS, rows, title: 'Communication plan' }], format, `communication-plan${scoped(rows, query.projectId)}`);
}
