// What every use case is given: the database, a clock and who is acting. Passed in, never global.
import type { Db, DialectName } from '../db/database.ts';
import type { OrgRole } from '../contracts/user.schema.ts';

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export interface Actor {
  readonly userId: string;
  readonly name: string;
  readonly orgRole: OrgRole;
  /** How the request was authenticated: a browser session, an API token, or Orrery itself (CLI, demo). */
  readonly via: 'session' | 'token' | 'system';
}

export interface AppDeps {
  readonly db: Db;
  readonly dialect: DialectName;
  readonly clock: Clock;
  /**
   * Whether e-mail is configured (SMTP_URL). Use cases queue mail only then — in their own
   * transaction, so it goes out exactly when the change commits — and say plainly otherwise.
   */
  readonly mailEnabled?: boolean;
}

export interface AppContext extends AppDeps {
  readonly actor: Actor;
}

export const nowIso = (clock: Clock): string => clock.now().toISOString();

/** Orrery itself acting from the command line (user create, demo): full rights, no person. */
export const systemActor: Actor = { userId: '', name: 'Orrery CLI', orgRole: 'admin', via: 'system' };
