// Names for the generated API types the screens use, so no screen spells out components[...].
import type { components, paths } from './schema';

type Schemas = components['schemas'];

export type User = Schemas['User'];
export type OrgRole = User['orgRole'];
export type Session = Schemas['Session'];
export type PersonRef = Schemas['PersonRef'];
export type Money = Schemas['Money'];
export type Objective = Schemas['Objective'];
export type ObjectiveStatus = Objective['status'];
export type Portfolio = Schemas['Portfolio'];
export type Program = Schemas['Program'];
export type Project = Schemas['Project'];
export type ProjectStatus = Project['status'];
export type ProjectPhase = Project['phase'];
export type ProjectPriority = Project['priority'];
export type ProjectMember = Schemas['ProjectMember'];
export type Schedule = Schemas['Schedule'];
export type ScheduleTask = Schemas['ScheduleTask'];
export type ScheduleLink = Schemas['ScheduleLink'];
export type LinkType = ScheduleLink['type'];
export type Baseline = Schemas['Baseline'];
export type Notification = Schemas['Notification'];
export type NotificationKind = Notification['kind'];
export type NotificationPreferences = Schemas['NotificationPreferences'];

type JsonBody<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
type Query<T> = T extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

export type ProjectCreate = JsonBody<paths['/api/v1/projects']['post']>;
export type ProjectUpdate = JsonBody<paths['/api/v1/projects/{id}']['patch']>;
export type ProjectListQuery = Query<paths['/api/v1/projects']['get']>;
export type ProjectSort = NonNullable<ProjectListQuery['sort']>;
export type PortfolioCreate = JsonBody<paths['/api/v1/portfolios']['post']>;
export type PortfolioUpdate = JsonBody<paths['/api/v1/portfolios/{id}']['patch']>;
export type ObjectiveCreate = JsonBody<paths['/api/v1/objectives']['post']>;
export type RegisterListQuery = Query<paths['/api/v1/portfolios']['get']>;
export type ScheduleTaskCreate = JsonBody<paths['/api/v1/projects/{id}/schedule/tasks']['post']>;
export type ScheduleTaskUpdate = JsonBody<paths['/api/v1/projects/{id}/schedule/tasks/{taskId}']['patch']>;
export type ScheduleSettingsUpdate = JsonBody<paths['/api/v1/projects/{id}/schedule/settings']['patch']>;
export type ScheduleCalendarUpdate = JsonBody<paths['/api/v1/projects/{id}/schedule/calendars/{calendarId}']['patch']>;
export type ScheduleLinkCreate = JsonBody<paths['/api/v1/projects/{id}/schedule/links']['post']>;
type Ok<T> = T extends { responses: { 200: { content: { 'application/json': infer R } } } } ? R : never;
/** What every schedule change answers: the tasks that moved and the whole rescheduled plan. */
export type ScheduleChange = Ok<paths['/api/v1/projects/{id}/schedule/tasks/{taskId}']['patch']>;
export type MovedTask = ScheduleChange['moved'][number];
export type BaselineSummary = Ok<paths['/api/v1/projects/{id}/schedule/baselines']['get']>['items'][number];

// RAID logs: one name per log, and the types of any log by its kind (`RaidItemOf<'risks'>` is Risk).
export type Risk = Schemas['Risk'];
export type Issue = Schemas['Issue'];
export type Assumption = Schemas['Assumption'];
export type Decision = Schemas['Decision'];
export type RaidAction = Schemas['Action'];
export type Dependency = Schemas['Dependency'];
export type RiskMatrix = Schemas['RiskMatrix'];
export type HeatMap = Schemas['HeatMap'];
export type RaidKind = 'risks' | 'issues' | 'assumptions' | 'decisions' | 'actions' | 'dependencies';
export type RaidItemOf<K extends RaidKind> = Ok<paths[`/api/v1/${K}/{id}`]['get']>;
export type RaidItem = RaidItemOf<RaidKind>;
export type RaidCreateOf<K extends RaidKind> = JsonBody<paths[`/api/v1/projects/{id}/${K}`]['post']>;
export type RaidUpdateOf<K extends RaidKind> = JsonBody<paths[`/api/v1/${K}/{id}`]['patch']>;
export type RaidListQueryOf<K extends RaidKind> = Query<paths[`/api/v1/${K}`]['get']>;
export type RiskListQuery = RaidListQueryOf<'risks'>;
export type RiskScoreChange = Ok<paths['/api/v1/risks/{id}/history']['get']>['items'][number];
export type RiskOccurredBody = JsonBody<paths['/api/v1/risks/{id}/occurred']['post']>;
export type HeatMapQuery = Query<paths['/api/v1/risk-heat-map']['get']>;
export type RaidExportQuery = Query<paths['/api/v1/raid/export']['get']>;

// Governance: the methodology library, the operating model, deliverables and gate reviews.
export type Methodology = Schemas['Methodology'];
export type MethodologyPhase = Methodology['phases'][number];
export type Gate = NonNullable<MethodologyPhase['gate']>;
export type GateCriterion = Gate['criteria'][number];
export type DeliverableRequirement = Gate['deliverables'][number];
export type ApproverRole = Gate['approverRoles'][number];
export type Lifecycle = Methodology['lifecycle'];
export type MethodologyBody = JsonBody<paths['/api/v1/methodologies/{key}']['put']>;
export type GovernanceSettings = Ok<paths['/api/v1/settings/governance']['get']>;
export type OperatingModel = GovernanceSettings['operatingModel'];
export type ProjectGovernance = Schemas['ProjectGovernance'];
export type Deliverable = Schemas['Deliverable'];
export type DeliverableStatus = Deliverable['status'];
export type DeliverableCreate = JsonBody<paths['/api/v1/projects/{id}/deliverables']['post']>;
export type DeliverableUpdate = JsonBody<paths['/api/v1/deliverables/{id}']['patch']>;
export type GateReview = Schemas['GateReview'];
export type GateReviewStatus = GateReview['status'];
export type Readiness = GateReview['readiness'];
export type ReadinessItem = Readiness['items'][number];
export type ReadinessState = ReadinessItem['state'];
export type GateDecision = NonNullable<GateReview['decision']>;
export type CriterionOutcome = NonNullable<GateReview['checklist'][number]['outcome']>;
export type GateReviewRequest = JsonBody<paths['/api/v1/projects/{id}/gate-reviews']['post']>;
export type GateReviewUpdate = JsonBody<paths['/api/v1/gate-reviews/{id}']['patch']>;
export type GateDecisionBody = JsonBody<paths['/api/v1/gate-reviews/{id}/decision']['post']>;
export type GateReviewListQuery = Query<paths['/api/v1/gate-reviews']['get']>;
// Compliance and policies.
export type Policy = Schemas['Policy'];
export type PolicyList = Ok<paths['/api/v1/policies']['get']>;
export type PolicyKindSpec = PolicyList['kinds'][number];
export type PolicyBody = JsonBody<paths['/api/v1/policies/{key}']['put']>;
export type ScoringModel = Schemas['ScoringModel'];
export type ScoringModelBody = JsonBody<paths['/api/v1/scoring-models/{key}']['put']>;
export type SubjectScore = Schemas['SubjectScore'];
export type ScoreBody = JsonBody<paths['/api/v1/projects/{id}/scores/{modelKey}']['put']>;
export type Ranking = Schemas['Ranking'];
export type SelectionSettings = Schemas['SelectionSettings'];
export type SelectionSettingsBody = JsonBody<paths['/api/v1/portfolios/{id}/selection-settings']['put']>;
export type Optimisation = Schemas['Optimisation'];
export type OptimiseBody = JsonBody<paths['/api/v1/portfolios/{id}/optimise']['post']>;
export type Compliance = Schemas['Compliance'];
export type ProjectCompliance = Schemas['ProjectCompliance'];
export type Breach = Schemas['Breach'];
export type ComplianceQuery = Query<paths['/api/v1/compliance']['get']>;

// Change control.
export type ChangeRequest = Schemas['ChangeRequest'];
export type ChangeStatus = ChangeRequest['status'];
export type ScheduleEdit = ChangeRequest['scheduleEdits'][number];
export type ChangeImpact = Schemas['ChangeImpact'];
export type ChangeRequestCreate = JsonBody<paths['/api/v1/projects/{id}/change-requests']['post']>;
export type ChangeRequestUpdate = JsonBody<paths['/api/v1/change-requests/{id}']['patch']>;
export type ChangeRequestListQuery = Query<paths['/api/v1/change-requests']['get']>;

export type ProjectRequest = Schemas['ProjectRequest'];
export type RequestStatus = ProjectRequest['status'];
export type RequestAction = ProjectRequest['actions'][number];
export type RequestHistoryEntry = ProjectRequest['history'][number];
export type IntakeFields = Schemas['IntakeFields'];
export type IntakeField = IntakeFields['fields'][number];
export type BusinessCase = Schemas['BusinessCase'];
export type BusinessCaseFigures = NonNullable<BusinessCase['figures']>;
export type ProjectRequestCreate = JsonBody<paths['/api/v1/requests']['post']>;
export type ProjectRequestUpdate = JsonBody<paths['/api/v1/requests/{id}']['patch']>;
export type BusinessCaseBody = JsonBody<paths['/api/v1/requests/{id}/business-case']['put']>;
export type RequestStepBody = JsonBody<paths['/api/v1/requests/{id}/steps']['post']>;
export type RequestApproveBody = JsonBody<paths['/api/v1/requests/{id}/approve']['post']>;
export type IntakeFieldsBody = JsonBody<paths['/api/v1/settings/intake-fields']['put']>;
export type ChangeDecisionBody = JsonBody<paths['/api/v1/change-requests/{id}/decision']['post']>;

// Quality reviews.
export type ReviewType = Schemas['ReviewType'];
export type ReviewTypeBody = JsonBody<paths['/api/v1/review-types/{key}']['put']>;
export type QualityReview = Schemas['QualityReview'];
export type QualityReviewCreate = JsonBody<paths['/api/v1/projects/{id}/reviews']['post']>;
export type QualityReviewUpdate = JsonBody<paths['/api/v1/reviews/{id}']['patch']>;
export type QualityReviewListQuery = Query<paths['/api/v1/reviews']['get']>;
export type AnswerOutcome = NonNullable<QualityReview['questions'][number]['outcome']>;
export type Finding = Schemas['QualityFinding'];
export type FindingCreate = JsonBody<paths['/api/v1/reviews/{id}/findings']['post']>;
export type FindingUpdate = JsonBody<paths['/api/v1/findings/{id}']['patch']>;
export type FindingListQuery = Query<paths['/api/v1/findings']['get']>;

// Project templates.
type Created<T> = T extends { responses: { 201: { content: { 'application/json': infer R } } } } ? R : never;
export type TemplateSummary = Schemas['TemplateSummary'];
export type ProjectTemplate = Schemas['ProjectTemplate'];
export type TemplateBody = JsonBody<paths['/api/v1/templates/{key}']['put']>;
export type ProjectFromTemplate = JsonBody<paths['/api/v1/projects/from-template']['post']>;
export type ProjectFromTemplateResult = Created<paths['/api/v1/projects/from-template']['post']>;
export type StatusReport = Schemas['StatusReport'];
export type StatusReportListItem = Schemas['StatusReportListItem'];
export type StatusThresholds = Schemas['StatusThresholds'];
export type StatusTrend = Schemas['StatusTrend'];
export type StatusTrendPoint = StatusTrend['points'][number];
export type RagLine = StatusReport['rag']['overall'];
export type RagColour = RagLine['computed'];
export type RagKey = RagLine['key'];
export type StatusReportStatus = StatusReport['status'];
export type StatusFigures = StatusReport['figures'];
export type StatusReportUpdate = JsonBody<paths['/api/v1/status-reports/{id}']['patch']>;
export type StatusReportListQuery = Query<paths['/api/v1/status-reports']['get']>;
export type StatusThresholdsBody = JsonBody<paths['/api/v1/settings/status-thresholds']['put']>;
export type ReportingSettings = paths['/api/v1/projects/{id}/reporting']['get']['responses'][200]['content']['application/json'];
export type Cadence = ReportingSettings['cadence'];

// Dashboards: the portfolio dashboard, the program view and "my work".
export type PortfolioDashboard = Schemas['PortfolioDashboard'];
export type ProgramDashboard = Schemas['ProgramDashboard'];
export type DashboardProject = Schemas['DashboardProject'];
export type DashboardQuery = Query<paths['/api/v1/dashboard/portfolio']['get']>;
export type ProjectRefs = PortfolioDashboard['byStatus'][number]['projects'];
export type MilestoneRef = PortfolioDashboard['milestones']['due'][number];
export type MyWork = Schemas['MyWork'];

// Earned value of a project and of the portfolio.
export type ProjectEvm = Schemas['ProjectEvm'];
export type EvmAmounts = ProjectEvm['amounts'];
export type EvmIndices = ProjectEvm['indices'];
export type EacMethod = EvmIndices['eacMethod'];
export type EarnedSchedule = NonNullable<ProjectEvm['schedule']>;
export type EvmPeriod = EarnedSchedule['period'];
export type EvmTask = ProjectEvm['tasks'][number];
export type EvmCurvePoint = ProjectEvm['curve'][number];
export type ProjectEvmQuery = Query<paths['/api/v1/projects/{id}/evm']['get']>;
export type PortfolioEvm = Schemas['PortfolioEvm'];
export type TaskEarning = Schemas['TaskEarning'];
export type EarningMethod = TaskEarning['method'];
export type TaskEarningBody = JsonBody<paths['/api/v1/projects/{id}/schedule/tasks/{taskId}/earning']['put']>;
export type ProjectEstimate = Schemas['ProjectEstimate'];
export type ProjectEstimateBody = JsonBody<paths['/api/v1/projects/{id}/evm/estimate']['put']>;
export type PortfolioEvmProject = PortfolioEvm['projects'][number];
export type PortfolioEvmGroup = PortfolioEvm['programs'][number];
export type BudgetStanding = PortfolioEvmProject['budget']['standing'];
export type PortfolioEvmQuery = Query<paths['/api/v1/evm/portfolio']['get']>;

// Rates: people's cost rates, exchange rates and the base currency.
export type PersonRate = Schemas['PersonRate'];
export type PersonRateCreate = JsonBody<paths['/api/v1/rates']['post']>;
export type PersonRateUpdate = JsonBody<paths['/api/v1/rates/{id}']['patch']>;
export type ExchangeRate = Schemas['ExchangeRate'];
export type ExchangeRateList = Ok<paths['/api/v1/exchange-rates']['get']>;
export type ExchangeRateCreate = JsonBody<paths['/api/v1/exchange-rates']['post']>;
export type ExchangeRateUpdate = JsonBody<paths['/api/v1/exchange-rates/{id}']['patch']>;
export type FinanceSettings = Ok<paths['/api/v1/settings/finance']['get']>;

// The resource pool: resources with skills and maximum units, their calendars, availability and rates.
export type Resource = Schemas['Resource'];
export type ResourceKind = Resource['kind'];
export type ResourceListQuery = Query<paths['/api/v1/resources']['get']>;
export type ResourceCreate = JsonBody<paths['/api/v1/resources']['post']>;
export type ResourceUpdate = JsonBody<paths['/api/v1/resources/{id}']['patch']>;
export type ResourceCalendar = Schemas['ResourceCalendar'];
export type LeaveCreate = JsonBody<paths['/api/v1/resources/{id}/leave']['post']>;
export type ResourceRate = Schemas['ResourceRate'];
export type ResourceRateCreate = JsonBody<paths['/api/v1/resources/{id}/rates']['post']>;
export type Assignment = Schemas['Assignment'];
export type Contour = Assignment['contour'];
export type ProjectAssignments = Schemas['ProjectAssignments'];
export type AssignmentCreate = JsonBody<paths['/api/v1/projects/{id}/schedule/tasks/{taskId}/assignments']['post']>;
export type AssignmentUpdate = JsonBody<paths['/api/v1/projects/{id}/schedule/tasks/{taskId}/assignments/{assignmentId}']['patch']>;
export type ResourceRequest = Schemas['ResourceRequest'];
export type ResourceRequestCreate = JsonBody<paths['/api/v1/projects/{id}/schedule/tasks/{taskId}/assignments/{assignmentId}/requests']['post']>;

// Knowledge base
export type Article = Schemas['Article'];
export type ArticleSummary = Schemas['ArticleSummary'];
export type ArticleVersion = Schemas['ArticleVersion'];
export type ProjectGuidance = Schemas['ProjectGuidance'];
export type ArticleListQuery = Query<paths['/api/v1/knowledge/articles']['get']>;
export type ArticleCreate = JsonBody<paths['/api/v1/knowledge/articles']['post']>;
export type ArticleUpdate = JsonBody<paths['/api/v1/knowledge/articles/{id}']['patch']>;
export type GuidanceLinkBody = ArticleCreate['links'] extends (infer L)[] | undefined ? L : never;
// Training and competencies
export type Course = Schemas['Course'];
export type CourseCreate = JsonBody<paths['/api/v1/training/courses']['post']>;
export type TrainingNeed = Schemas['TrainingNeed'];
export type CompetencyMatrix = Schemas['CompetencyMatrix'];
export type PersonTraining = Schemas['PersonTraining'];
export type TrainingRecordCreate = JsonBody<paths['/api/v1/training/records']['post']>;
export type CertificationCreate = JsonBody<paths['/api/v1/training/certifications']['post']>;
export type AssessmentCreate = JsonBody<paths['/api/v1/training/assessments']['post']>;
// PMO support desk
export type SupportRequest = Schemas['SupportRequest'];
export type SupportQueueQuery = Query<paths['/api/v1/support/requests']['get']>;
export type SupportRequestCreate = JsonBody<paths['/api/v1/support/requests']['post']>;
export type SupportRequestUpdate = JsonBody<paths['/api/v1/support/requests/{id}']['patch']>;
// PMO maturity
export type MaturityModel = Schemas['MaturityModel'];
export type MaturityAssessment = Schemas['MaturityAssessment'];
export type MaturityAssessmentSummary = Ok<paths['/api/v1/maturity/assessments']['get']>['items'][number];
export type MaturityAssessmentCreate = JsonBody<paths['/api/v1/maturity/assessments']['post']>;
export type MaturityAssessmentUpdate = JsonBody<paths['/api/v1/maturity/assessments/{id}']['patch']>;
export type PmoKpis = Schemas['PmoKpis'];
export type PmoKpiQuery = Query<paths['/api/v1/pmo/kpis']['get']>;
export type PmoCharter = Schemas['PmoCharter'];
export type PmoCharterBody = JsonBody<paths['/api/v1/pmo/charter']['put']>;
export type PmoService = PmoCharterBody['services'][number];

// Closure and lessons learned
export type ClosureReport = Schemas['ClosureReport'];
export type ClosureFigures = Schemas['ClosureFigures'];
export type ClosureReportUpdate = JsonBody<paths['/api/v1/closure-reports/{id}']['patch']>;
export type Lesson = Schemas['Lesson'];
export type LessonHit = Schemas['LessonHit'];
export type LessonSuggestion = Schemas['LessonSuggestion'];
export type LessonUpdate = JsonBody<paths['/api/v1/lessons/{id}']['patch']>;
export type LessonSearch = NonNullable<paths['/api/v1/lessons']['get']['parameters']['query']>;
