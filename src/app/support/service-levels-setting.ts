// The PMO's service levels per support category and the clock they run on: the built-in ones until
// the PMO saves its own (an organisation setting, versioned). Requests are timed against the levels
// as they stand, in working hours of one of the organisation's base calendars in the PMO's time zone
// unless the PMO counts elapsed hours.
import type { ServiceLevels as ServiceLevelsApi, ServiceLevelsBody } from '../../contracts/support.schema.ts';
import { isTimeZone } from '../../core/calendar/time-zones.ts';
import { DEFAULT_BASE_CALENDAR_ID } from '../../core/resources/resource-calendars.ts';
import { DEFAULT_SERVICE_LEVELS, DEFAULT_SLA_CLOCK, serviceLevelProblems, slaClockOf, type ServiceLevels, type SlaClock, type SlaClockSetting } from '../../core/support/support-desk.ts';
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';
import { AppError, type FieldProblem } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { baseEngineCalendars, loadBaseCalendars } from '../resources/base-calendars.ts';
import { inTransaction } from '../shared/transaction.ts';
import { loadSetting, saveSetting, type Setting } from '../settings/org-settings.ts';

const KEY = 'support_service_levels';
type Stored = ServiceLevels & { readonly clock?: SlaClockSetting };

const withDefaults = (value: Stored): ServiceLevels & { clock: SlaClockSetting } => ({ ...DEFAULT_SERVICE_LEVELS, ...value, clock: value.clock ?? DEFAULT_SLA_CLOCK });

/**
 * The levels and the clock that times requests, at about `nowMs`. A base calendar removed since the
 * levels were set gives way to Standard, which always stays.
 */
export async function loadServiceLevels(db: Db, nowMs: number): Promise<{ levels: ServiceLevels; clock: SlaClock }> {
  const { clock, ...levels } = withDefaults((await loadSetting<Stored>(db, KEY, DEFAULT_SERVICE_LEVELS)).value);
  const calendars = await baseEngineCalendars(db);
  const calendarId = calendars.some((c) => c.id === clock.calendarId) ? clock.calendarId : DEFAULT_BASE_CALENDAR_ID;
  return { levels, clock: slaClockOf({ ...clock, calendarId }, calendars, nowMs) };
}

const toApi = ({ value, version }: Setting<Stored>): ServiceLevelsApi => ({ ...structuredClone(withDefaults(value)), version });

export async function getServiceLevels(ctx: AppContext): Promise<ServiceLevelsApi> {
  return toApi(await loadSetting<Stored>(ctx.db, KEY, DEFAULT_SERVICE_LEVELS));
}

async function clockProblems(db: Db, clock: SlaClockSetting): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const calendars = (await loadBaseCalendars(db)).value.map((c) => c.id);
  if (!calendars.includes(clock.calendarId)) problems.push({ path: 'clock.calendarId', message: `no base calendar "${clock.calendarId}"; choose one of ${calendars.join(', ')}` });
  if (!isTimeZone(clock.timeZone)) problems.push({ path: 'clock.timeZone', message: `"${clock.timeZone}" is not a time zone; give an IANA name such as Europe/London or America/New_York` });
  return problems;
}

export async function setServiceLevels(ctx: AppContext, expectedVersion: number, body: ServiceLevelsBody): Promise<ServiceLevelsApi> {
  requireRegisterEditor(ctx.actor, 'change the support desk\'s service levels');
  return inTransaction(ctx, async (trx) => {
    const before = await loadSetting<Stored>(trx, KEY, DEFAULT_SERVICE_LEVELS);
    const value: Stored = { ...body, clock: body.clock ?? withDefaults(before.value).clock };
    const problems = [...serviceLevelProblems(value), ...(await clockProblems(trx, value.clock!))];
    if (problems.length > 0) throw new AppError('validation_failed', `The service levels need fixing: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}.`, { errors: problems });
    return toApi(await saveSetting(trx, ctx, KEY, 'The service levels', expectedVersion, before, value, toApi));
  });
}
