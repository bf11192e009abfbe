// Words of the support desk, and how long a wait reads ("3 h 20 min", "51 h").
import type { SupportRequest } from '../../api/types.ts';

export const CATEGORY_LABELS: Record<SupportRequest['category'], string> = {
  reporting: 'Reporting', scheduling_support: 'Scheduling support', assurance: 'Assurance', training: 'Training', tool_help: 'Tool help', consulting: 'Consulting',
};
export const STATUS_LABELS: Record<SupportRequest['status'], string> = { new: 'New', in_progress: 'In progress', resolved: 'Resolved', closed: 'Closed' };

/**
 * Minutes on the service levels' clock as hours and minutes, the unit service levels are set in:
 * on a working-hours clock a "day" would be ambiguous (24 h or a working day?).
 */
export function durationText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h > 0) return m > 0 && h < 10 ? `${h} h ${m} min` : `${h} h`;
  return `${m} min`;
}

/** A target as the queue shows it: the time taken (or waited so far) and whether it is late. */
export function targetText(t: SupportRequest['firstResponse']): { text: string; color: string } {
  const took = durationText(t.minutes);
  if (t.met === null) return t.breached ? { text: `waiting ${took}, overdue`, color: 'red' } : { text: `waiting ${took}`, color: 'gray' };
  return t.breached ? { text: `${took}, late`, color: 'red' } : { text: took, color: 'teal' };
}
