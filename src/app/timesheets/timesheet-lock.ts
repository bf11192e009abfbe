// The locked period of timesheets, an organisation setting: the PMO locks every day up to a date
// (a month end, once its hours are approved and costed), and from then on its actuals are closed:
// no entry dated on or before it may be added, changed or cleared, no sheet with hours there may be
// submitted, recalled, approved or returned, and a change of a person's rate re-prices their
// approved hours only from the day after it. Only the PMO (or an administrator) moves the lock,
// back or forth; moving it back prices the reopened days' approved hours again at the rates in
// force, so a rate corrected while they were locked reaches them.
import type { TimesheetLock } from '../../contracts/timesheet.schema.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { inTransaction } from '../shared/transaction.ts';
import { loadSetting, saveSetting, type Setting } from '../settings/org-settings.ts';
import { addDays } from '../../core/timesheets/timesheet-week.ts';
import { priceEntries } from './entry-costs.ts';

const KEY = 'timesheet_lock';

interface LockValue {
  readonly lockedThrough: string | null;
  readonly lockedBy: string | null;
  readonly lockedAt: string | null;
}
const NO_LOCK: LockValue = { lockedThrough: null, lockedBy: null, lockedAt: null };

/** The last locked day (null: none). */
export async function lockedThrough(db: Db): Promise<string | null> {
  return (await loadSetting(db, KEY, NO_LOCK)).value.lockedThrough;
}

async function toApi(db: Db, { value, version }: Setting<LockValue>): Promise<TimesheetLock> {
  const by = value.lockedBy ? await db.selectFrom('users').select(['id', 'name', 'email']).where('id', '=', value.lockedBy).executeTakeFirst() : undefined;
  return { lockedThrough: value.lockedThrough, lockedBy: by ?? null, lockedAt: value.lockedAt, version };
}

export async function getTimesheetLock(ctx: AppContext): Promise<TimesheetLock> {
  return toApi(ctx.db, await loadSetting(ctx.db, KEY, NO_LOCK));
}

/** Moves the lock (PMO, admin); null unlocks every day. */
export function setTimesheetLock(ctx: AppContext, expectedVersion: number, body: { lockedThrough: string | null }): Promise<TimesheetLock> {
  requireRegisterEditor(ctx.actor, 'lock or unlock timesheet periods');
  return inTransaction(ctx, async (trx) => {
    const before = await loadSetting(trx, KEY, NO_LOCK);
    const value: LockValue = { lockedThrough: body.lockedThrough, lockedBy: ctx.actor.userId || null, lockedAt: nowIso(ctx.clock) };
    const plain = (s: Setting<LockValue>) => ({ ...s.value, version: s.version });
    const saved = await saveSetting(trx, ctx, KEY, 'The timesheet lock', expectedVersion, before, value, plain);
    const was = before.value.lockedThrough;
    if (was !== null && (value.lockedThrough === null || value.lockedThrough < was)) {
      await priceEntries(trx, { from: value.lockedThrough === null ? '0000-01-01' : addDays(value.lockedThrough, 1), through: was });
    }
    return toApi(trx, saved);
  });
}

/** Prices a person's approved hours again from a day on, leaving the locked period as it was; returns the first day re-priced. */
export async function repriceUnlocked(trx: Db, userId: string, from: string): Promise<string> {
  const lock = await lockedThrough(trx);
  const start = lock !== null && from <= lock ? addDays(lock, 1) : from;
  await priceEntries(trx, { userId, from: start });
  return start;
}

/** Refuses a step that would touch locked days, saying which and who can unlock them. */
export function assertUnlocked(dates: readonly string[], lock: string | null, doing: string): void {
  const locked = lock === null ? [] : [...new Set(dates.filter((d) => d <= lock))].sort();
  if (locked.length === 0) return;
  const days = locked.length > 3 ? `${locked.slice(0, 3).join(', ')} …` : locked.join(', ');
  throw new AppError('validation_failed', `Timesheets are locked through ${lock}: you cannot ${doing} with hours on ${days}. A PMO member or an administrator can move the lock back (Timesheet approvals → Locked period).`, {
    errors: locked.map((d) => ({ path: d, message: `locked (through ${lock})` })),
  });
}
