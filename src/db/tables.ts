// Kysely's picture of the database. Columns are snake_case in SQL and camelCase here
// (CamelCasePlugin). Timestamps are ISO-8601 UTC text and dates YYYY-MM-DD text on both
// dialects, so they sort and compare the same way on SQLite and PostgreSQL.
import type { Insertable, Selectable, Updateable } from 'kysely';

interface Versioned {
  createdAt: string;
  updatedAt: string;
  version: number;
}

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

export interface ObjectivesTable extends Versioned {
  id: string;
  code: string;
  name: string;
  description: string;
  ownerId: string | null;
  status: string;
  targetDate: string | null;
  archivedAt: string | null;
}

export interface PortfoliosTable extends Versioned {
  id: string;
  code: string;
  name: string;
  description: string;
  ownerId: string | null;
  archivedAt: string | null;
}

export interface ProgramsTable extends Versioned {
  id: string;
  code: string;
  portfolioId: string;
  name: string;
  description: string;
  managerId: string | null;
  archivedAt: string | null;
}

export interface ProjectsTable extends Versioned {
  id: string;
  code: string;
  name: string;
  description: string;
  portfolioId: string;
  programId: string | null;
  sponsorId: string | null;
  managerId: string | null;
  status: string;
  phase: string;
  priority: string;
  plannedStart: string | null;
  plannedFinish: string | null;
  budgetAmountMinor: number | null;
  budgetCurrency: string | null;
  archivedAt: string | null;
}

export interface ProjectObjectivesTable {
  projectId: string;
  objectiveId: string;
}

export interface ProjectTagsTable {
  projectId: string;
  tag: string;
}

export interface ProjectMembersTable {
  projectId: string;
  userId: string;
  role: string;
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

export interface Tables {
  users: UsersTable;
  sessions: SessionsTable;
  apiTokens: ApiTokensTable;
  sequences: SequencesTable;
  objectives: ObjectivesTable;
  portfolios: PortfoliosTable;
  programs: ProgramsTable;
  projects: ProjectsTable;
  projectObjectives: ProjectObjectivesTable;
  projectTags: ProjectTagsTable;
  projectMembers: ProjectMembersTable;
  auditEvents: AuditEventsTable;
}

export type UserRow = Selectable<UsersTable>;
export type ProjectRow = Selectable<ProjectsTable>;
export type NewProjectRow = Insertable<ProjectsTable>;
export type ProjectRowUpdate = Updateable<ProjectsTable>;
