// What the communication plan shows of an item, pure: its due state in words ("Overdue by 3 days")
// and its recipients, each marked when nothing can be e-mailed to them (a group is a name, not an
// address; a stakeholder or person may have none).
import type { Communication, Recipient } from '../../api/communications.ts';
import { DUE_STATE_META } from './communication-labels.ts';

export function dueText(item: Pick<Communication, 'dueState' | 'daysOverdue'>): string {
  if (item.dueState === 'overdue' && item.daysOverdue) return `Overdue by ${item.daysOverdue} ${item.daysOverdue === 1 ? 'day' : 'days'}`;
  return DUE_STATE_META[item.dueState].label;
}

export interface RecipientView {
  key: string;
  name: string;
  /** Why no e-mail reaches them, or null when one does. */
  flag: 'group' | 'no address' | null;
  title: string;
}

export function recipientViews(recipients: readonly Recipient[]): RecipientView[] {
  return recipients.map((r, n) => {
    const flag = r.email ? null : r.via === 'group' ? 'group' : 'no address';
    const who = r.code ? `${r.code} · ${r.name}` : r.name;
    const title = r.email ? `${who} <${r.email}>` : flag === 'group' ? `${who}: a group, reached outside Orrery` : `${who}: no e-mail address`;
    return { key: `${r.via}:${r.id ?? r.name}:${n}`, name: r.name, flag, title };
  });
}

/** "3 recipients, 1 without an address" for the plan's summary line of an item. */
export function recipientSummary(recipients: readonly Recipient[]): string {
  const count = recipients.length;
  if (count === 0) return 'No audience';
  const missing = recipients.filter((r) => !r.email && r.via !== 'group').length;
  const base = `${count} ${count === 1 ? 'recipient' : 'recipients'}`;
  return missing > 0 ? `${base}, ${missing} without an address` : base;
}
