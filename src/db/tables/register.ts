// The register: strategic objectives, portfolios, programs, projects, their members, tags and dependencies.
import type { Generated } from 'kysely';
import type { Versioned } from './versioned.ts';
import type { LogItemColumns } from './raid.ts';

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
  /** The methodology the project follows; its phase is one of that methodology's phase keys. */
  methodologyKey: Generated<string>;
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

export interface ProjectDependenciesTable extends LogItemColumns {
  providerProjectId: string;
  providerTaskId: string | null;
  neededBy: string;
}
