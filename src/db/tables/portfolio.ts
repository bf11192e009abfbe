// Portfolio management: scoring, selection settings, intake requests, benefits and scenarios.
import type { Versioned } from './versioned.ts';

/** The PMO's scoring models: its edit of the built-in `default` and its own, by key. */
export interface ScoringModelsTable {
  key: string;
  /** The model as saved (name, description, criteria, AHP judgements). */
  definitionJson: string;
  updatedAt: string;
  version: number;
}

/** A subject's (project's, later a project request's) levels on one scoring model. */
export interface ScoresTable {
  subjectType: string;
  subjectId: string;
  modelKey: string;
  /** Criterion key → level. */
  levelsJson: string;
  /** Null: discretionary; else why it is mandatory. */
  mandatoryReason: string | null;
  note: string;
  updatedBy: string | null;
  updatedAt: string;
  version: number;
}

/** A portfolio's optimal-selection settings (exclusive groups, prerequisites, starts, estimates). */
export interface SelectionSettingsTable {
  portfolioId: string;
  settingsJson: string;
  updatedAt: string;
  version: number;
}

/** A project request (intake); JSON columns are read whole with the row. */
export interface ProjectRequestsTable extends Versioned {
  id: string;
  code: string;
  title: string;
  problem: string;
  objectives: string;
  /** Strategic objectives (the register's) the request serves. */
  objectiveIdsJson: string;
  expectedBenefits: string;
  costEstimateMinor: number | null;
  costEstimateCurrency: string | null;
  durationEstimateMonths: number | null;
  desiredStart: string | null;
  keyRisks: string;
  sponsorId: string | null;
  portfolioId: string | null;
  programId: string | null;
  /** Who raised it; null when Orrery itself did (CLI, demo). */
  requesterId: string | null;
  status: string;
  reviewerIdsJson: string;
  /** Values of the PMO's own intake fields, by key. */
  fieldsJson: string;
  /** The business case's inputs (currency, periods, rate, lines); null until one is entered. */
  businessCaseJson: string | null;
  /** The project an approved request became. */
  projectId: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  /** Every step and comment, oldest first, with who, when and why. */
  historyJson: string;
}

/** A benefit a project is to bring about; values are minor units of `currency` for money benefits. */
export interface BenefitsTable {
  id: string;
  projectId: string;
  code: string;
  title: string;
  description: string;
  /** financial | non_financial */
  category: string;
  measure: string;
  unit: string;
  currency: string | null;
  /** higher_is_better | lower_is_better */
  direction: string;
  baseline: number;
  target: number;
  ownerId: string | null;
  /** YYYY-MM-DD */
  expectedBy: string;
  /** JSON array of YYYY-MM-DD */
  plannedMeasurements: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface BenefitMeasurementsTable {
  id: string;
  benefitId: string;
  measuredOn: string;
  value: number;
  note: string;
  recordedBy: string | null;
  recordedAt: string;
}

/** A named copy of a portfolio's project set, kept as its changes to the live portfolio. */
export interface ScenariosTable {
  id: string;
  code: string;
  portfolioId: string;
  name: string;
  description: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** What a scenario does to one project (no row: as live). */
export interface ScenarioProjectsTable {
  scenarioId: string;
  projectId: string;
  /** 1 in the scenario (a candidate added, a live one kept), 0 removed. */
  included: number;
  shiftAmount: number;
  /** weeks | months */
  shiftUnit: string;
  scalePct: number;
}
