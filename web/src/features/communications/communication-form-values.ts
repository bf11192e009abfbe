// The communication plan item's form values and conversions, pure: what goes out, how often and
// how, who sends it, its audience (stakeholders of the project, people, free-text groups) and when
// it is next due, and the report Orrery sends itself, if any. Adding sends the whole body (no date: the server's default, today for periodic
// items); editing only what changed, the audience whole when any part of it changed.
import type { Channel, Communication, CommunicationCreate, CommunicationStatus, CommunicationType, CommunicationUpdate, Frequency } from '../../api/communications.ts';

export interface CommunicationFormValues {
  title: string;
  description: string;
  type: CommunicationType;
  frequency: Frequency;
  channel: Channel;
  ownerId: string | null;
  stakeholderIds: string[];
  userIds: string[];
  groups: string[];
  /** YYYY-MM-DD, or '' for none. */
  nextDueOn: string;
  status: CommunicationStatus;
  /** `kind:format` of the report Orrery sends when the item is due; '' when its owner sends it. */
  report: string;
}

export type CommunicationField = keyof CommunicationFormValues;

export function communicationFormValues(c?: Communication | null): CommunicationFormValues {
  return {
    title: c?.title ?? '',
    description: c?.description ?? '',
    type: c?.type ?? 'status_report',
    frequency: c?.frequency ?? 'monthly',
    channel: c?.channel ?? 'email',
    ownerId: c?.ownerId ?? null,
    stakeholderIds: [...(c?.audience.stakeholderIds ?? [])],
    userIds: [...(c?.audience.userIds ?? [])],
    groups: [...(c?.audience.groups ?? [])],
    nextDueOn: c?.nextDueOn ?? '',
    status: c?.status ?? 'active',
    report: c?.report ? `${c.report.kind}:${c.report.format}` : '',
  };
}

/** The report an item names, from the form's `kind:format`; null for none. */
export function reportOf(value: string): Communication['report'] {
  if (!value) return null;
  const [kind, format] = value.split(':') as [NonNullable<Communication['report']>['kind'], NonNullable<Communication['report']>['format']];
  return { kind, format };
}

/** Periodic items get their next date from the frequency; the others only when their owner sets one. */
export const isPeriodic = (frequency: Frequency): boolean => frequency !== 'per_milestone' && frequency !== 'ad_hoc';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function validateCommunication(v: CommunicationFormValues): Partial<Record<CommunicationField, string>> {
  const errors: Partial<Record<CommunicationField, string>> = {};
  if (!v.title.trim()) errors.title = 'Say what goes out, e.g. Monthly status report to the board.';
  else if (v.title.trim().length > 200) errors.title = 'Keep the title under 200 characters.';
  if (v.nextDueOn && !DATE.test(v.nextDueOn)) errors.nextDueOn = 'Give a date, or leave it empty.';
  if (v.groups.some((g) => g.trim().length > 120)) errors.groups = 'Keep each group’s name under 120 characters.';
  if (v.report && v.channel !== 'email') errors.channel = 'Orrery sends reports by e-mail: choose E-mail, or let the owner send it.';
  if (v.report && !v.ownerId) errors.ownerId = 'Name an owner: Orrery draws the report up as they see it.';
  return errors;
}

const audienceOf = (v: CommunicationFormValues) => ({
  stakeholderIds: v.stakeholderIds,
  userIds: v.userIds,
  groups: v.groups.map((g) => g.trim()).filter(Boolean),
});

export function toCommunicationCreate(v: CommunicationFormValues): CommunicationCreate {
  return {
    title: v.title.trim(),
    description: v.description,
    type: v.type,
    frequency: v.frequency,
    channel: v.channel,
    ownerId: v.ownerId,
    audience: audienceOf(v),
    ...(v.nextDueOn ? { nextDueOn: v.nextDueOn } : {}),
    status: v.status,
    report: reportOf(v.report),
  };
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

export function toCommunicationPatch(v: CommunicationFormValues, original: Communication): CommunicationUpdate {
  const next = toCommunicationCreate(v);
  const patch: CommunicationUpdate = {};
  if (next.title !== original.title) patch.title = next.title;
  if (next.description !== original.description) patch.description = next.description;
  if (next.type !== original.type) patch.type = next.type;
  if (next.frequency !== original.frequency) patch.frequency = next.frequency;
  if (next.channel !== original.channel) patch.channel = next.channel;
  if ((next.ownerId ?? null) !== original.ownerId) patch.ownerId = next.ownerId ?? null;
  if (next.status !== original.status) patch.status = next.status;
  const wasReport = original.report ? `${original.report.kind}:${original.report.format}` : '';
  if (v.report !== wasReport) patch.report = reportOf(v.report);
  const nextDue = v.nextDueOn || null;
  if (nextDue !== original.nextDueOn) patch.nextDueOn = nextDue;
  const audience = audienceOf(v);
  const was = original.audience;
  if (!sameSet(audience.stakeholderIds, was.stakeholderIds) || !sameSet(audience.userIds, was.userIds) || !sameSet(audience.groups, was.groups)) patch.audience = audience;
  return patch;
}

const FIELDS: readonly string[] = ['title', 'description', 'type', 'frequency', 'channel', 'ownerId', 'nextDueOn', 'status', 'report'];
/** Which field a server error path names; audience.userIds[1] → userIds. */
export const communicationFieldOf = (path: string): string | null => {
  const [head, sub] = path.split(/[.[]/);
  if (head === 'audience') return sub === 'stakeholderIds' || sub === 'userIds' || sub === 'groups' ? sub : 'stakeholderIds';
  return head && FIELDS.includes(head) ? head : null;
};
