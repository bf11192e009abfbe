// Accounts, sessions and tokens, sequences, organisation settings, background jobs, notifications, comments and the audit trail.
import type { Versioned } from './versioned.ts';

export interface UsersTable extends Versioned {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  orgRole: string;
  disabledAt: string | null;
}

export interface SessionsTable {
  id: string; // sha-256 of the cookie's secret
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

export interface ApiTokensTable {
  id: string;
  userId: string;
  name: string;
  tokenHash: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface SequencesTable {
  name: string;
  value: number;
}

export interface AuditEventsTable {
  id: string;
  at: string;
  actorId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  beforeJson: string | null;
  afterJson: string | null;
}

export interface OrgSettingsTable {
  key: string;
  valueJson: string;
  updatedAt: string;
  version: number;
}

/** A background job (src/app/jobs): claimed by one worker at a time, retried with back-off. */
export interface JobsTable {
  id: string;
  kind: string;
  payloadJson: string;
  /** ISO-8601 UTC: not before. */
  runAt: string;
  /** queued | running | done | failed */
  status: string;
  attempts: number;
  maxAttempts: number;
  lockedBy: string | null;
  lockedUntil: string | null;
  lastError: string | null;
  dedupeKey: string | null;
  createdAt: string;
  finishedAt: string | null;
}

/** Something a person should know about (src/app/notifications), read or not. */
export interface NotificationsTable {
  id: string;
  userId: string;
  /** approval_waiting | report_due | report_sent_back | action_assigned | breach_raised | mention */
  kind: string;
  title: string;
  body: string;
  /** Where in the web app it leads, e.g. /gate-reviews/<id>. */
  link: string;
  projectId: string | null;
  /** Who caused it; null when Orrery noticed it itself (a report due, a breach). */
  actorId: string | null;
  dedupeKey: string | null;
  createdAt: string;
  readAt: string | null;
}

/** A person's choice of e-mail for a kind of notification (no row: the kind's default). */
export interface NotificationPreferencesTable {
  userId: string;
  kind: string;
  /** 1: also by e-mail; 0: in the app only. */
  email: number;
  updatedAt: string;
}

/** A comment on a project or one of its risks, issues, change requests or status reports. */
export interface CommentsTable {
  id: string;
  projectId: string;
  /** project | risk | issue | change_request | status_report */
  subjectType: string;
  subjectId: string;
  authorId: string;
  /** Plain text or Markdown; '' once removed. */
  body: string;
  /** Ids of the people the text mentions, as JSON. */
  mentionsJson: string;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  version: number;
}
