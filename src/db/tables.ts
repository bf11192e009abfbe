// Kysely's picture of the database. Columns are snake_case in SQL and camelCase here
// (CamelCasePlugin). Timestamps are ISO-8601 UTC text and dates YYYY-MM-DD text on both
// dialects, so they sort and compare the same way on SQLite and PostgreSQL.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

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

export interface ProjectSchedulesTable {
  projectId: string;
  calendarId: string;
  scheduleFrom: string;
  start: string;
  finish: string | null;
  statusDate: string | null;
  minutesPerDay: number;
  minutesPerWeek: number;
  daysPerMonth: number;
  /** 1: approved timesheet hours move the tasks' percent complete (actual against planned work). */
  progressFromTimesheets: Generated<number>;
  computedStart: string | null;
  computedFinish: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ScheduleCalendarsTable {
  id: string;
  projectId: string;
  name: string;
  baseCalendarId: string | null;
  definitionJson: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ScheduleTasksTable {
  id: string;
  projectId: string;
  uid: number;
  position: number;
  outlineLevel: number;
  name: string;
  milestone: number;
  manual: number;
  active: number;
  /** 1 when the duration is an estimate ("3 days?"). */
  estimated: number;
  durationMinutes: number;
  durationElapsed: number;
  calendarId: string | null;
  /** JSON array of the project's calendar ids: the calendars of the task's work resources; null: none. */
  resourceCalendarIdsJson: string | null;
  /** MS Project's leveling delay: working minutes, or wall minutes when elapsed (the default, "edays"). */
  levelingDelayMinutes: Generated<number>;
  levelingDelayElapsed: Generated<number>;
  /** JSON array of a split task's pauses, `{ workMinutes, lengthMinutes }` in order; null: not split. */
  splitGapsJson: string | null;
  constraintType: string;
  constraintDate: string | null;
  deadline: string | null;
  actualStart: string | null;
  actualFinish: string | null;
  percentComplete: number;
  remainingMinutes: number | null;
  /** MS Project's task priority, 0–1000 (500 by default; 1000 = do not level): levelling's order after project priority. */
  priority: Generated<number>;
  manualStart: string | null;
  manualFinish: string | null;
  start: string | null;
  finish: string | null;
  earlyStart: string | null;
  earlyFinish: string | null;
  lateStart: string | null;
  lateFinish: string | null;
  totalSlack: number | null;
  freeSlack: number | null;
  critical: number;
  /** Approved timesheet minutes booked on the task (added when a timesheet is approved). */
  actualWorkMinutes: Generated<number>;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ScheduleLinksTable {
  id: string;
  projectId: string;
  predecessorId: string;
  successorId: string;
  type: string;
  lagMinutes: number;
  lagElapsed: number;
  lagPercent: number | null;
  createdAt: string;
  /** Null until the link is first changed. */
  updatedAt: string | null;
  version: number;
}

export interface ScheduleBaselinesTable {
  projectId: string;
  number: number;
  name: string;
  savedAt: string;
  savedBy: string | null;
  tasksJson: string;
}

export interface OrgSettingsTable {
  key: string;
  valueJson: string;
  updatedAt: string;
  version: number;
}

/** The columns every RAID log shares. */
export interface LogItemColumns extends Versioned {
  id: string;
  projectId: string;
  code: string;
  title: string;
  description: string;
  ownerId: string | null;
  status: string;
  createdBy: string | null;
}

export interface RisksTable extends LogItemColumns {
  category: string;
  cause: string;
  effect: string;
  probability: number;
  impact: number;
  residualProbability: number | null;
  residualImpact: number | null;
  strategy: string | null;
  response: string;
  triggers: string;
  reviewDate: string | null;
  taskIdsJson: string;
  closedAt: string | null;
}

export interface RiskScoreHistoryTable {
  id: string;
  riskId: string;
  at: string;
  actorId: string | null;
  probability: number;
  impact: number;
  residualProbability: number | null;
  residualImpact: number | null;
  status: string;
}

export interface IssuesTable extends LogItemColumns {
  priority: string;
  severity: string;
  dueDate: string | null;
  escalationLevel: string;
  resolution: string;
  riskId: string | null;
  resolvedAt: string | null;
}

export interface AssumptionsTable extends LogItemColumns {
  validateBy: string | null;
  validationNotes: string;
}

export interface DecisionsTable extends LogItemColumns {
  outcome: string;
  rationale: string;
  decidedBy: string | null;
  decidedOn: string | null;
}

export interface ActionsTable extends LogItemColumns {
  dueDate: string | null;
  sourceType: string | null;
  sourceId: string | null;
  completedAt: string | null;
}

export interface ProjectDependenciesTable extends LogItemColumns {
  providerProjectId: string;
  providerTaskId: string | null;
  neededBy: string;
}

export interface MethodologiesTable {
  key: string;
  name: string;
  definitionJson: string;
  updatedAt: string;
  version: number;
}

export interface ProjectDeliverablesTable extends Versioned {
  id: string;
  projectId: string;
  requirementKey: string;
  title: string;
  status: string;
  url: string | null;
  body: string;
  createdBy: string | null;
}

export interface GateReviewsTable extends Versioned {
  id: string;
  projectId: string;
  code: string;
  methodologyKey: string;
  phaseKey: string;
  gateKey: string;
  /** The gate as it stood when the review was requested (a methodology edited later does not change it). */
  gateJson: string;
  status: string;
  note: string;
  approverIdsJson: string;
  checklistJson: string;
  waiversJson: string;
  requestedBy: string | null;
  decision: string | null;
  decisionComment: string;
  conditionsJson: string;
  /** The readiness the decision was taken on. */
  evidenceJson: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionId: string | null;
}

export interface QualityReviewTypesTable {
  key: string;
  name: string;
  definitionJson: string;
  updatedAt: string;
  version: number;
}

export interface PoliciesTable {
  key: string;
  /** The policy as the PMO saved it (kind, params, severity, phases, enabled …). */
  definitionJson: string;
  updatedAt: string;
  version: number;
}

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

export interface QualityReviewsTable extends Versioned {
  id: string;
  projectId: string;
  code: string;
  typeKey: string;
  /** The review type as it stood when the review was planned (a type edited later does not change it). */
  typeJson: string;
  title: string;
  scope: string;
  summary: string;
  status: string;
  plannedDate: string;
  answersJson: string;
  startedAt: string | null;
  completedAt: string | null;
  completedBy: string | null;
  closedAt: string | null;
  createdBy: string | null;
}

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

export interface QualityReviewReviewersTable {
  reviewId: string;
  userId: string;
}

export interface QualityFindingsTable extends LogItemColumns {
  reviewId: string;
  questionKey: string | null;
  severity: string;
  dueDate: string | null;
  resolution: string;
  resolvedAt: string | null;
  closedAt: string | null;
  verifiedBy: string | null;
}

export interface ProjectTemplatesTable {
  key: string;
  name: string;
  methodologyKey: string;
  definitionJson: string;
  updatedAt: string;
  version: number;
}

export interface ChangeRequestsTable extends LogItemColumns {
  category: string;
  priority: string;
  reason: string;
  /** Who asked for the change: free text, as the party may be outside Orrery. */
  requestedBy: string;
  scopeImpact: string;
  /** Signed minor units (negative: a saving), with its currency; both null when not assessed. */
  costImpactMinor: number | null;
  costImpactCurrency: string | null;
  riskImpact: string;
  /** The proposed schedule edits, as the API gives them. */
  scheduleEditsJson: string;
  /** Every step (create, submit, decisions, apply, withdraw) with who, when and a comment. */
  historyJson: string;
  decision: string | null;
  decisionComment: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionId: string | null;
  /** Set when applied: when, by whom, the baseline saved, the finish before and after, what moved. */
  appliedJson: string | null;
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

export interface ProjectReportingTable {
  projectId: string;
  /** weekly, fortnightly or monthly; a project without a row reports monthly. */
  cadence: string;
  updatedAt: string;
  version: number;
}

export interface StatusReportsTable extends Versioned {
  id: string;
  projectId: string;
  code: string;
  /** The reporting period, YYYY-MM-DD; one report per project and period start. */
  periodStart: string;
  periodEnd: string;
  status: string;
  summary: string;
  accomplishments: string;
  nextPeriod: string;
  blockers: string;
  decisionsNeeded: string;
  /** The manager's colours by dimension (and overall), each with its justification. */
  overridesJson: string;
  /** Every step (create, submit, accept, send back) with who, when and a comment. */
  historyJson: string;
  /** The figures and computed colours frozen at submission; null while the report is open. */
  snapshotJson: string | null;
  submittedAt: string | null;
  submittedBy: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  reviewComment: string;
  createdBy: string | null;
}

/** A person or group with a stake in a project: grid scores (1–5) and engagement now and wanted. */
export interface StakeholdersTable extends LogItemColumns {
  /** The person in Orrery, when the stakeholder is one (their name and e-mail come from the account). */
  userId: string | null;
  organisation: string;
  role: string;
  email: string;
  phone: string;
  category: string;
  interest: number;
  influence: number;
  engagementCurrent: string;
  engagementDesired: string;
}

/** An item of a project's communication plan: what goes to whom, how often, through which channel. */
export interface CommunicationsTable extends LogItemColumns {
  type: string;
  /** `{ stakeholderIds, userIds, groups }`: stakeholders of the project, people in Orrery, free-text groups. */
  audienceJson: string;
  frequency: string;
  channel: string;
  nextDueOn: string | null;
  lastDoneOn: string | null;
  lastDoneBy: string | null;
  /** `{ kind, format }`: the report Orrery sends by e-mail when the item is due; null: its owner sends it. */
  reportJson: string | null;
}

/** A meeting of a project with its agenda, attendees and minutes. */
export interface MeetingsTable extends LogItemColumns {
  type: string;
  /** Local date-times of the project, YYYY-MM-DDTHH:MM. */
  startsAt: string;
  endsAt: string;
  location: string;
  /** `[{ topic, presenter, minutes }]` in order. */
  agendaJson: string;
  /** `[{ userId, name, email, attended }]`: people in Orrery (userId set) and guests. */
  attendeesJson: string;
  minutes: string;
  /** `{ captures, problems }`: the decision and action each captured line became, and what could not be read. */
  capturesJson: string;
  minutesSentAt: string | null;
  minutesSentBy: string | null;
  /** The recipients the minutes were last sent to. */
  minutesSentToJson: string;
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

/** A person's cost rate per hour, in force from a date until the next row's. */
export interface PersonRatesTable extends Versioned {
  id: string;
  userId: string;
  effectiveFrom: string;
  currency: string;
  /** Minor units per hour (bigint: PostgreSQL returns text, so read it through Number()). */
  standardMinor: number;
  overtimeMinor: number | null;
}

/** A resource of the pool: a person (maybe linked to an account), a generic role, equipment, material or a cost. */
export interface ResourcesTable extends Versioned {
  id: string;
  code: string;
  name: string;
  kind: string;
  userId: string | null;
  /** A person's role: a resource of kind role. */
  roleId: string | null;
  department: string | null;
  team: string | null;
  managerId: string | null;
  email: string | null;
  unit: string | null;
  headcount: number | null;
  notes: string;
  archivedAt: string | null;
}

export interface ResourceSkillsTable {
  resourceId: string;
  skillKey: string;
  skill: string;
  proficiency: number;
}

/** Maximum units in percent from a day on (until the resource's next row). */
export interface ResourceMaxUnitsTable {
  resourceId: string;
  effectiveFrom: string;
  units: number;
}

/** A resource's own calendar: derived from a base calendar, with its work weeks and exceptions (JSON). */
export interface ResourceCalendarsTable {
  resourceId: string;
  baseCalendarId: string;
  definitionJson: string;
  updatedAt: string;
  version: number;
}

/** Dated rates of resources whose hourly rates are not an account's person rates (bigint minor units). */
export interface ResourceRatesTable extends Versioned {
  id: string;
  resourceId: string;
  effectiveFrom: string;
  currency: string;
  standardMinor: number | null;
  overtimeMinor: number | null;
  perUseMinor: number | null;
  perUnitMinor: number | null;
}

/** A resource on a schedule task: units and work (work resources), a quantity (material) or an amount (cost resources). */
export interface TaskAssignmentsTable extends Versioned {
  id: string;
  projectId: string;
  taskId: string;
  resourceId: string;
  /** Peak units in percent; work resources only. */
  units: number | null;
  workMinutes: number | null;
  /** Minutes of the work planned as overtime (part of the work, priced at the overtime rate); work resources only. */
  overtimeMinutes: number | null;
  /** 'units' or 'work': which the planner gave (kept when the task's dates move); work resources only. */
  driver: string | null;
  contour: string;
  /** Material: the quantity for the task in its unit, thousandths. */
  quantityMilli: number | null;
  /** Cost resources: the amount for the task. */
  amountMinor: number | null;
  amountCurrency: string | null;
  createdBy: string | null;
}

/** A project manager's request for a person to fill a generic role's assignment: open → filled | declined. */
export interface ResourceRequestsTable extends Versioned {
  id: string;
  projectId: string;
  assignmentId: string;
  roleId: string;
  skill: string | null;
  skillKey: string | null;
  minProficiency: number | null;
  units: number;
  fromDate: string;
  toDate: string;
  note: string;
  status: string;
  requestedBy: string | null;
  filledResourceId: string | null;
  declineReason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

/** Units of the base currency per unit of `currency`, in force from a date. */
export interface ExchangeRatesTable extends Versioned {
  id: string;
  currency: string;
  baseCurrency: string;
  effectiveFrom: string;
  /** Decimal text, e.g. "1.0834". */
  rate: string;
}

/** A person's week of time (week_start: its Monday): draft → submitted → approved | returned. */
export interface TimesheetsTable extends Versioned {
  id: string;
  userId: string;
  weekStart: string;
  status: string;
  submittedAt: string | null;
  submittedBy: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  /** The approver's comment when returning it ('' otherwise). */
  comment: string;
}

/** One project's hours on a submitted (or approved) sheet, approved: by its manager, the line manager or the PMO. */
export interface TimesheetApprovalsTable {
  timesheetId: string;
  projectId: string;
  /** null: Orrery itself. */
  approvedBy: string | null;
  approvedAt: string;
}

/** Minutes on one day against a project (and a task of it, or none), denormalised for reads at scale. */
export interface TimesheetEntriesTable {
  id: string;
  timesheetId: string;
  userId: string;
  projectId: string;
  taskId: string | null;
  /** YYYY-MM-DD */
  date: string;
  minutes: number;
  /** 1: overtime hours. */
  overtime: number;
  note: string;
  /** Set when its sheet is approved: only these count as actual work. */
  approvedAt: string | null;
  /** What it cost, priced when approved (or re-priced when a rate changes); null: no rate that day. */
  costMinor: Generated<number | null>;
  costCurrency: Generated<string | null>;
  createdAt: string;
  updatedAt: string;
}

/** A revision of a project's budget: the original (absolute amounts) or a change (signed deltas). */
export interface BudgetRevisionsTable {
  id: string;
  projectId: string;
  /** 0, 1, 2 … in the order they were drafted. */
  number: number;
  /** 1: the original budget (its lines are amounts); 0: a change (its lines are deltas). */
  original: number;
  /** draft | approved | rejected */
  status: string;
  currency: string;
  reason: string;
  changeRequestId: string | null;
  createdBy: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionComment: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** One cell of a revision: category × capex/opex × month. */
export interface BudgetLinesTable {
  id: string;
  revisionId: string;
  projectId: string;
  position: number;
  category: string;
  costType: string;
  /** YYYY-MM */
  month: string;
  /** Minor units of the revision's currency; signed in a change. */
  amountMinor: number;
  note: string;
}

/** A planned cost on a schedule task: a fixed amount, or quantity × unit cost of a material. */
export interface TaskCostsTable {
  id: string;
  projectId: string;
  taskId: string;
  /** fixed | material */
  kind: string;
  category: string;
  costType: string;
  description: string;
  /** Thousandths of a unit (materials only). */
  quantityMilli: number | null;
  unit: string;
  unitCostMinor: number | null;
  /** The planned cost: the fixed amount, or quantity × unit cost rounded to the minor unit. */
  amountMinor: number;
  currency: string;
  /** When the cost is incurred over the task: start | prorated | end. */
  accrual: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A purchase order: money committed to a supplier until invoiced or closed. */
export interface PurchaseOrdersTable {
  id: string;
  projectId: string;
  number: string;
  supplier: string;
  amountMinor: number;
  currency: string;
  orderedOn: string;
  /** open | closed */
  status: string;
  category: string;
  costType: string;
  description: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** An actual cost: an expense or a supplier invoice (optionally against a purchase order). */
export interface ExpensesTable {
  id: string;
  projectId: string;
  /** expense | invoice */
  kind: string;
  incurredOn: string;
  amountMinor: number;
  currency: string;
  category: string;
  costType: string;
  supplier: string;
  /** The supplier's invoice number or a receipt reference. */
  reference: string;
  taskId: string | null;
  purchaseOrderId: string | null;
  description: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** Approved labour cost of a project on a day (currency '' : minutes nobody could price). */
export interface LabourCostDaysTable {
  projectId: string;
  date: string;
  currency: string;
  amountMinor: number;
  minutes: number;
}

/** The same per month (YYYY-MM). */
export interface LabourCostMonthsTable {
  projectId: string;
  month: string;
  currency: string;
  amountMinor: number;
  minutes: number;
}

/** A project's earned-value inputs, refreshed with its schedule (src/app/evm/evm-summaries.ts). */
export interface ProjectEvmSummariesTable {
  projectId: string;
  currency: string;
  bacMinor: number;
  evMinor: number;
  /** Wall minutes of the midnight the curve starts at. */
  origin: number;
  /** PV at the end of each day from the origin, minor units: `[day 0, day 1, …]`. */
  pvCurveJson: string;
  notAssessed: string | null;
  /** The project's bottom-up estimate to complete: its manager's for the whole project when given, else its tasks' estimates summed (null unless every unfinished costed task has one). */
  etcMinor: number | null;
  updatedAt: string;
}

/** A project's EV as recorded on a day (the last change of the day stands), with the BAC it was measured against. */
export interface ProjectEvSnapshotsTable {
  projectId: string;
  /** YYYY-MM-DD. */
  day: string;
  currency: string;
  bacMinor: number;
  evMinor: number;
  updatedAt: string;
  /** JSON of [taskId, percentComplete, evMinor] per costed task of the day; null on days recorded before tasks were kept. */
  tasksJson: string | null;
}

/** How a task earns value and its manager's estimate to complete; no row: percent complete, no estimate. */
export interface TaskEarningTable {
  taskId: string;
  projectId: string;
  method: string;
  /** `[{ name, weight, done }]`. */
  milestonesJson: string;
  etcMinor: number | null;
  etcCurrency: string | null;
  etcAsOf: string | null;
  updatedBy: string | null;
  updatedAt: string;
  version: number;
}

/** A project manager's estimate to complete the whole project (no row: none, at version 0; a null amount: withdrawn). */
export interface ProjectEstimatesTable {
  projectId: string;
  etcMinor: number | null;
  etcCurrency: string | null;
  /** YYYY-MM-DD: when the estimate was made. */
  asOf: string | null;
  note: string;
  updatedBy: string | null;
  updatedAt: string;
  version: number;
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
  projectSchedules: ProjectSchedulesTable;
  scheduleCalendars: ScheduleCalendarsTable;
  scheduleTasks: ScheduleTasksTable;
  scheduleLinks: ScheduleLinksTable;
  scheduleBaselines: ScheduleBaselinesTable;
  orgSettings: OrgSettingsTable;
  risks: RisksTable;
  riskScoreHistory: RiskScoreHistoryTable;
  issues: IssuesTable;
  assumptions: AssumptionsTable;
  decisions: DecisionsTable;
  actions: ActionsTable;
  projectDependencies: ProjectDependenciesTable;
  methodologies: MethodologiesTable;
  projectDeliverables: ProjectDeliverablesTable;
  gateReviews: GateReviewsTable;
  policies: PoliciesTable;
  scoringModels: ScoringModelsTable;
  scores: ScoresTable;
  selectionSettings: SelectionSettingsTable;
  qualityReviewTypes: QualityReviewTypesTable;
  qualityReviews: QualityReviewsTable;
  qualityReviewReviewers: QualityReviewReviewersTable;
  maturityAssessments: MaturityAssessmentsTable;
  maturityRespondents: MaturityRespondentsTable;
  maturityActions: MaturityActionsTable;
  closureReports: ClosureReportsTable;
  lessons: LessonsTable;
  knowledgeArticles: KnowledgeArticlesTable;
  knowledgeArticleVersions: KnowledgeArticleVersionsTable;
  knowledgeLinks: KnowledgeLinksTable;
  trainingCourses: TrainingCoursesTable;
  trainingRecords: TrainingRecordsTable;
  certifications: CertificationsTable;
  competencyAssessments: CompetencyAssessmentsTable;
  supportRequests: SupportRequestsTable;
  qualityFindings: QualityFindingsTable;
  projectTemplates: ProjectTemplatesTable;
  changeRequests: ChangeRequestsTable;
  projectRequests: ProjectRequestsTable;
  projectReporting: ProjectReportingTable;
  statusReports: StatusReportsTable;
  stakeholders: StakeholdersTable;
  communications: CommunicationsTable;
  meetings: MeetingsTable;
  jobs: JobsTable;
  notifications: NotificationsTable;
  notificationPreferences: NotificationPreferencesTable;
  personRates: PersonRatesTable;
  exchangeRates: ExchangeRatesTable;
  comments: CommentsTable;
  timesheets: TimesheetsTable;
  timesheetEntries: TimesheetEntriesTable;
  timesheetApprovals: TimesheetApprovalsTable;
  labourCostDays: LabourCostDaysTable;
  labourCostMonths: LabourCostMonthsTable;
  projectEvmSummaries: ProjectEvmSummariesTable;
  projectEvSnapshots: ProjectEvSnapshotsTable;
  taskEarning: TaskEarningTable;
  projectEstimates: ProjectEstimatesTable;
  budgetRevisions: BudgetRevisionsTable;
  budgetLines: BudgetLinesTable;
  taskCosts: TaskCostsTable;
  purchaseOrders: PurchaseOrdersTable;
  expenses: ExpensesTable;
  resources: ResourcesTable;
  resourceSkills: ResourceSkillsTable;
  resourceMaxUnits: ResourceMaxUnitsTable;
  resourceCalendars: ResourceCalendarsTable;
  resourceRates: ResourceRatesTable;
  taskAssignments: TaskAssignmentsTable;
  resourceRequests: ResourceRequestsTable;
  benefits: BenefitsTable;
  benefitMeasurements: BenefitMeasurementsTable;
  scenarios: ScenariosTable;
  scenarioProjects: ScenarioProjectsTable;
}

export type ScheduleTaskRow = Selectable<ScheduleTasksTable>;
export type ScheduleLinkRow = Selectable<ScheduleLinksTable>;

export type UserRow = Selectable<UsersTable>;
export type ProjectRow = Selectable<ProjectsTable>;
export type NewProjectRow = Insertable<ProjectsTable>;
export type ProjectRowUpdate = Updateable<ProjectsTable>;
