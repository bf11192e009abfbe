// The PMO's own work: maturity assessments, closure and lessons, the knowledge base, training and the support desk.
import type { Versioned } from './versioned.ts';

/** A PMO maturity assessment, with the model it was taken on. */
export interface MaturityAssessmentsTable extends Versioned {
  id: string;
  code: string;
  title: string;
  modelJson: string;
  /** The PMO's target level per dimension key. */
  targetsJson: string;
  status: string;
  openedOn: string;
  closedAt: string | null;
  createdBy: string | null;
}

/** A project's closure report: narrative, review steps and the figures frozen at submission. */
export interface ClosureReportsTable extends Versioned {
  id: string;
  projectId: string;
  code: string;
  status: string;
  wentWell: string;
  wentBadly: string;
  recommendations: string;
  /** The figures computed at submission; null while a draft (which shows live figures). */
  figuresJson: string | null;
  /** Every step (create, submit, accept, send back) with who, when and a comment. */
  historyJson: string;
  submittedAt: string | null;
  submittedBy: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  createdBy: string | null;
}

/** A lesson learned, from a closure report, a retrospective meeting or a gate review of its project. */
export interface LessonsTable extends Versioned {
  id: string;
  code: string;
  projectId: string;
  sourceType: string;
  sourceId: string;
  title: string;
  description: string;
  category: string;
  phase: string;
  impact: string;
  recommendation: string;
  tagsJson: string;
  status: string;
  /** Which standard the lesson was built into (status built_in). */
  standardNote: string;
  acceptedAt: string | null;
  acceptedBy: string | null;
  createdBy: string | null;
}

export interface MaturityRespondentsTable {
  assessmentId: string;
  userId: string;
  /** A level per question key; null for "don't know". */
  answersJson: string;
  answeredAt: string | null;
}

/** An improvement step of an assessment turned into an action of the PMO's roadmap project. */
export interface MaturityActionsTable {
  assessmentId: string;
  questionKey: string;
  actionId: string;
}

/** A knowledge-base article as it stands now. */
export interface KnowledgeArticlesTable extends Versioned {
  id: string;
  code: string;
  title: string;
  kind: string;
  status: string;
  summary: string;
  /** Markdown. */
  body: string;
  tagsJson: string;
  ownerId: string | null;
  reviewDueOn: string | null;
  createdBy: string | null;
  updatedBy: string | null;
}

/** Every saved version of an article, the current one included. */
export interface KnowledgeArticleVersionsTable {
  articleId: string;
  version: number;
  title: string;
  status: string;
  summary: string;
  body: string;
  changeNote: string;
  savedBy: string | null;
  savedAt: string;
}

/** An article linked to a phase ('' gate) or a gate ('' phase) of a methodology. */
export interface KnowledgeLinksTable {
  articleId: string;
  methodologyKey: string;
  phaseKey: string;
  gateKey: string;
}

/** A course of the PMO's training catalogue. */
export interface TrainingCoursesTable extends Versioned {
  id: string;
  code: string;
  name: string;
  provider: string;
  durationHours: number;
  /** The level reached per competency key. */
  competenciesJson: string;
  preparesFor: string | null;
  archivedAt: string | null;
}

/** A course a person completed. */
export interface TrainingRecordsTable {
  id: string;
  userId: string;
  courseId: string;
  completedOn: string;
  score: number | null;
  createdBy: string | null;
  createdAt: string;
}

export interface CertificationsTable extends Versioned {
  id: string;
  userId: string;
  name: string;
  /** 1 when it certifies project management (PMP, PRINCE2 …). */
  projectManagement: number;
  obtainedOn: string;
  expiresOn: string | null;
  competenciesJson: string;
}

/** A person's level in a competency, as they or the PMO judged it on a day. */
export interface CompetencyAssessmentsTable {
  id: string;
  userId: string;
  competencyKey: string;
  level: number;
  /** 'self' or 'pmo'. */
  assessedBy: string;
  assessorId: string | null;
  assessedOn: string;
  createdAt: string;
}

/** A request to the PMO's support desk. */
export interface SupportRequestsTable extends Versioned {
  id: string;
  code: string;
  title: string;
  description: string;
  category: string;
  status: string;
  requesterId: string | null;
  assigneeId: string | null;
  resolution: string;
  raisedAt: string;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
}
