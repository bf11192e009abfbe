// The route tree, in one place. To add a page:
//   1. write features/<feature>/<name>-page.tsx exporting a named component;
//   2. add a createRoute(...) below, under `appRoute` (signed-in pages) with a lazy component, and
//      a `loader` that prefetches its react-query data if you like;
//   3. add the route to `routeTree`, and a navbar entry in shell/nav-items.ts if it is top-level.
// Pages read their params/search with getRouteApi('<route id>'), so they never import this file.
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, Outlet, redirect } from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import { sessionQuery } from '../api/session.ts';
import { portfolioQueries } from '../api/portfolios.ts';
import { projectQueries } from '../api/projects.ts';
import { scheduleQueries } from '../api/schedule.ts';
import { governanceQueries } from '../api/governance.ts';
import { gateReviewQueries } from '../api/gate-reviews.ts';
import { statusQueries } from '../api/status-reports.ts';
import { safeRedirect } from '../auth/safe-redirect.ts';
import { AppLayout } from '../shell/app-layout.tsx';
import { parseProjectSearch } from '../features/projects/project-search.ts';
import { parseRaidSearch } from '../features/raid/raid-search.ts';
import { parseStakeholderSearch } from '../features/stakeholders/stakeholder-view.ts';
import { parseFinanceSearch } from '../features/finance/finance-view.ts';
import { parseComplianceSearch } from '../features/compliance/compliance-view.ts';
import { parseDashboardSearch } from '../features/dashboard/dashboard-view.ts';
import { parseDuplicateSearch, parseLibrariesSearch } from '../features/libraries/libraries-search.ts';
import { parseApprovalsSearch, parseTimesheetSearch } from '../features/timesheets/timesheet-search.ts';
import { parseEvmSearch, parseFinancialsSearch } from '../features/evm/evm-view.ts';
import { NotFound, Pending } from '../ui/pending.tsx';
import { RouteError } from './route-error.tsx';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({ component: Outlet });

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (raw: Record<string, unknown>): { redirect?: string } =>
    typeof raw.redirect === 'string' ? { redirect: raw.redirect } : {},
  beforeLoad: async ({ context, search }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (session) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: lazyRouteComponent(() => import('../auth/login-page.tsx'), 'LoginPage'),
});

/** Every signed-in page sits under this layout route: no session → /login?redirect=<here>. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session) throw redirect({ to: '/login', search: { redirect: location.href } });
  },
  component: AppLayout,
});

const dashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/dashboard/dashboard-page.tsx'), 'DashboardPage'),
});

// The portfolio dashboard, a program's view and my work (ECharts stays in these lazy chunks)
const portfolioDashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'dashboard',
  validateSearch: parseDashboardSearch,
  component: lazyRouteComponent(() => import('../features/dashboard/portfolio-dashboard-page.tsx'), 'PortfolioDashboardPage'),
});
const programDashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'programs/$programId/dashboard',
  component: lazyRouteComponent(() => import('../features/dashboard/program-dashboard-page.tsx'), 'ProgramDashboardPage'),
});
const myWorkRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'my-work',
  component: lazyRouteComponent(() => import('../features/dashboard/my-work-page.tsx'), 'MyWorkPage'),
});

// Portfolios
const portfoliosRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'portfolios',
  component: lazyRouteComponent(() => import('../features/portfolios/portfolio-list-page.tsx'), 'PortfolioListPage'),
});
const portfolioNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'portfolios/new',
  component: lazyRouteComponent(() => import('../features/portfolios/portfolio-form-page.tsx'), 'PortfolioCreatePage'),
});
const portfolioRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'portfolios/$portfolioId',
  loader: ({ context, params }) => void context.queryClient.prefetchQuery(portfolioQueries.detail(params.portfolioId)),
  component: lazyRouteComponent(() => import('../features/portfolios/portfolio-detail-page.tsx'), 'PortfolioDetailPage'),
});
const portfolioEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'portfolios/$portfolioId/edit',
  loader: ({ context, params }) => void context.queryClient.prefetchQuery(portfolioQueries.detail(params.portfolioId)),
  component: lazyRouteComponent(() => import('../features/portfolios/portfolio-form-page.tsx'), 'PortfolioEditPage'),
});

// Projects
const projectsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'projects',
  validateSearch: parseProjectSearch,
  component: lazyRouteComponent(() => import('../features/projects/project-list-page.tsx'), 'ProjectListPage'),
});
const projectNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'projects/new',
  validateSearch: (raw: Record<string, unknown>): { portfolioId?: string } =>
    typeof raw.portfolioId === 'string' ? { portfolioId: raw.portfolioId } : {},
  component: lazyRouteComponent(() => import('../features/projects/project-form-page.tsx'), 'ProjectCreatePage'),
});
const projectRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'projects/$projectId',
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(projectQueries.detail(params.projectId));
    void context.queryClient.prefetchQuery(projectQueries.members(params.projectId));
  },
  component: lazyRouteComponent(() => import('../features/projects/project-overview-page.tsx'), 'ProjectOverviewPage'),
});
const projectEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'projects/$projectId/edit',
  loader: ({ context, params }) => void context.queryClient.prefetchQuery(projectQueries.detail(params.projectId)),
  component: lazyRouteComponent(() => import('../features/projects/project-form-page.tsx'), 'ProjectEditPage'),
});
const projectScheduleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'projects/$projectId/schedule',
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(projectQueries.detail(params.projectId));
    void context.queryClient.prefetchQuery(scheduleQueries.detail(params.projectId));
  },
  component: lazyRouteComponent(() => import('../features/schedule/schedule-page.tsx'), 'SchedulePage'),
});
const projectRaidRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'projects/$projectId/raid',
  validateSearch: parseRaidSearch,
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(projectQueries.detail(params.projectId));
    void context.queryClient.prefetchQuery(projectQueries.members(params.projectId));
  },
  component: lazyRouteComponent(() => import('../features/raid/project-raid-page.tsx'), 'ProjectRaidPage'),
});

// Meetings (scribe mode for the minutes) of a project
const projectMeetingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'projects/$projectId/meetings',
  loader: ({ context, params }) => void context.queryClient.prefetchQuery(projectQueries.detail(params.projectId)),
  component: lazyRouteComponent(() => import('../features/meetings/project-meetings-page.tsx'), 'ProjectMeetingsPage'),
});
const meetingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'meetings/$meetingId',
  component: lazyRouteComponent(() => import('../features/meetings/meeting-page.tsx'), 'MeetingPage'),
});

// Stakeholders (register and power–interest grid) and the communication plan of a project
const projectStakeholdersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'projects/$projectId/stakeholders',
  validateSearch: parseStakeholderSearch,
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(projectQueries.detail(params.projectId));
    void context.queryClient.prefetchQuery(projectQueries.members(params.projectId));
  },
  component: lazyRouteComponent(() => import('../features/stakeholders/stakeholders-page.tsx'), 'StakeholdersPage'),
});
const projectCommunicationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'projects/$projectId/communications',
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(projectQueries.detail(params.projectId));
    void context.queryClient.prefetchQuery(projectQueries.members(params.projectId));
  },
  component: lazyRouteComponent(() => import('../features/communications/communications-page.tsx'), 'CommunicationsPage'),
});

// A project's money: budget with revisions, planned vs actual, expenses and purchase orders
const projectFinancialsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'projects/$projectId/financials',
  validateSearch: parseFinanceSearch,
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(projectQueries.detail(params.projectId));
    void context.queryClient.prefetchQuery(projectQueries.members(params.projectId));
  },
  component: lazyRouteComponent(() => import('../features/finance/financials-page.tsx'), 'FinancialsPage'),
});

const projectGovernanceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'projects/$projectId/governance',
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(projectQueries.detail(params.projectId));
    void context.queryClient.prefetchQuery(governanceQueries.project(params.projectId));
  },
  component: lazyRouteComponent(() => import('../features/governance/project-governance-page.tsx'), 'ProjectGovernancePage'),
});

// Governance: gate reviews, my approval queue, the PMO's settings and methodology library
const gateReviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'gate-reviews/$reviewId',
  loader: ({ context, params }) => void context.queryClient.prefetchQuery(gateReviewQueries.detail(params.reviewId)),
  component: lazyRouteComponent(() => import('../features/governance/gate-review-page.tsx'), 'GateReviewPage'),
});
const approvalsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'approvals',
  component: lazyRouteComponent(() => import('../features/governance/approvals-page.tsx'), 'ApprovalsPage'),
});
const governanceSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/governance',
  component: lazyRouteComponent(() => import('../features/governance/governance-settings-page.tsx'), 'GovernanceSettingsPage'),
});

// The PMO's libraries: methodologies, review types and templates, each editable
const librariesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/libraries',
  validateSearch: parseLibrariesSearch,
  component: lazyRouteComponent(() => import('../features/libraries/libraries-page.tsx'), 'LibrariesPage'),
});
const methodologyNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/libraries/methodologies/new',
  validateSearch: parseDuplicateSearch,
  component: lazyRouteComponent(() => import('../features/libraries/methodology-editor-page.tsx'), 'MethodologyNewPage'),
});
const methodologyEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/libraries/methodologies/$key/edit',
  loader: ({ context, params }) => void context.queryClient.prefetchQuery(governanceQueries.methodology(params.key)),
  component: lazyRouteComponent(() => import('../features/libraries/methodology-editor-page.tsx'), 'MethodologyEditPage'),
});
const reviewTypeNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/libraries/review-types/new',
  validateSearch: parseDuplicateSearch,
  component: lazyRouteComponent(() => import('../features/libraries/review-type-editor-page.tsx'), 'ReviewTypeNewPage'),
});
const reviewTypeEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/libraries/review-types/$key/edit',
  component: lazyRouteComponent(() => import('../features/libraries/review-type-editor-page.tsx'), 'ReviewTypeEditPage'),
});
const templateNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/libraries/templates/new',
  validateSearch: parseDuplicateSearch,
  component: lazyRouteComponent(() => import('../features/libraries/template-editor-page.tsx'), 'TemplateNewPage'),
});
const templateEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/libraries/templates/$key/edit',
  component: lazyRouteComponent(() => import('../features/libraries/template-editor-page.tsx'), 'TemplateEditPage'),
});

// Risks across projects
const risksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'risks',
  validateSearch: parseRaidSearch,
  component: lazyRouteComponent(() => import('../features/raid/portfolio-risks-page.tsx'), 'PortfolioRisksPage'),
});

// Objectives
const objectivesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'objectives',
  component: lazyRouteComponent(() => import('../features/objectives/objective-list-page.tsx'), 'ObjectiveListPage'),
});

// Scoring, prioritisation and optimal selection
const scoringModelRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/scoring',
  component: lazyRouteComponent(() => import('../features/scoring/scoring-model-page.tsx'), 'ScoringModelPage'),
});
const projectScoreRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'projects/$projectId/score',
  component: lazyRouteComponent(() => import('../features/scoring/project-score-page.tsx'), 'ProjectScorePage'),
});
const prioritisationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'portfolios/$portfolioId/prioritisation',
  component: lazyRouteComponent(() => import('../features/scoring/prioritisation-page.tsx'), 'PrioritisationPage'),
});
const selectionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'portfolios/$portfolioId/selection',
  component: lazyRouteComponent(() => import('../features/selection/selection-page.tsx'), 'SelectionPage'),
});

// Compliance, policies, change control, quality reviews
const complianceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'compliance',
  validateSearch: parseComplianceSearch,
  component: lazyRouteComponent(() => import('../features/compliance/compliance-page.tsx'), 'CompliancePage'),
});
const policiesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/policies',
  component: lazyRouteComponent(() => import('../features/compliance/policies-page.tsx'), 'PoliciesPage'),
});
const projectChangesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'projects/$projectId/changes',
  loader: ({ context, params }) => void context.queryClient.prefetchQuery(projectQueries.detail(params.projectId)),
  component: lazyRouteComponent(() => import('../features/changes/project-changes-page.tsx'), 'ProjectChangesPage'),
});
const changeRequestRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'change-requests/$changeId',
  component: lazyRouteComponent(() => import('../features/changes/change-request-page.tsx'), 'ChangeRequestPage'),
});
// Intake: the triage board, the request form and one request
const requestsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'requests',
  component: lazyRouteComponent(() => import('../features/intake/triage-board-page.tsx'), 'TriageBoardPage'),
});
const requestNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'requests/new',
  component: lazyRouteComponent(() => import('../features/intake/request-new-page.tsx'), 'RequestNewPage'),
});
const requestRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'requests/$requestId',
  component: lazyRouteComponent(() => import('../features/intake/request-page.tsx'), 'RequestPage'),
});
const intakeFieldsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/intake-fields',
  component: lazyRouteComponent(() => import('../features/intake/intake-fields-page.tsx'), 'IntakeFieldsPage'),
});
const changeBoardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'change-board',
  component: lazyRouteComponent(() => import('../features/changes/change-board-page.tsx'), 'ChangeBoardPage'),
});
const projectReviewsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'projects/$projectId/reviews',
  loader: ({ context, params }) => void context.queryClient.prefetchQuery(projectQueries.detail(params.projectId)),
  component: lazyRouteComponent(() => import('../features/quality/project-reviews-page.tsx'), 'ProjectReviewsPage'),
});
const reviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'reviews/$reviewId',
  component: lazyRouteComponent(() => import('../features/quality/review-page.tsx'), 'ReviewPage'),
});
// Lessons learned: the searchable repository, one lesson, and a project's closure report
const lessonsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'lessons',
  component: lazyRouteComponent(() => import('../features/lessons/lessons-page.tsx'), 'LessonsPage'),
});
const lessonRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'lessons/$lessonId',
  component: lazyRouteComponent(() => import('../features/lessons/lesson-page.tsx'), 'LessonPage'),
});
const projectClosureRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'projects/$projectId/closure',
  loader: ({ context, params }) => void context.queryClient.prefetchQuery(projectQueries.detail(params.projectId)),
  component: lazyRouteComponent(() => import('../features/lessons/closure-page.tsx'), 'ClosurePage'),
});
// The knowledge base: the list, an article with its history, a saved version, and the PMO's editor
const knowledgeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'knowledge',
  component: lazyRouteComponent(() => import('../features/knowledge/knowledge-page.tsx'), 'KnowledgePage'),
});
const newArticleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'knowledge/new',
  component: lazyRouteComponent(() => import('../features/knowledge/article-editor-page.tsx'), 'NewArticlePage'),
});
const articleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'knowledge/$articleId',
  component: lazyRouteComponent(() => import('../features/knowledge/article-page.tsx'), 'ArticlePage'),
});
const editArticleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'knowledge/$articleId/edit',
  component: lazyRouteComponent(() => import('../features/knowledge/article-editor-page.tsx'), 'EditArticlePage'),
});
const articleVersionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'knowledge/$articleId/versions/$version',
  component: lazyRouteComponent(() => import('../features/knowledge/article-version-page.tsx'), 'ArticleVersionPage'),
});
// Training: the catalogue, who needs which training, the competency matrix and a person's record
const trainingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'training',
  component: lazyRouteComponent(() => import('../features/training/course-catalogue-page.tsx'), 'CourseCataloguePage'),
});
const trainingNeedsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'training/needs',
  component: lazyRouteComponent(() => import('../features/training/training-needs-page.tsx'), 'TrainingNeedsPage'),
});
const competencyMatrixRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'training/matrix',
  component: lazyRouteComponent(() => import('../features/training/competency-matrix-page.tsx'), 'CompetencyMatrixPage'),
});
const personTrainingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'training/people/$userId',
  component: lazyRouteComponent(() => import('../features/training/person-training-page.tsx'), 'PersonTrainingPage'),
});
// The PMO support desk: its queue, where anyone asks the PMO for help
const supportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'support',
  component: lazyRouteComponent(() => import('../features/support/support-queue-page.tsx'), 'SupportQueuePage'),
});
// PMO maturity: assessments over time and one assessment to answer
const maturityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'maturity',
  component: lazyRouteComponent(() => import('../features/maturity/maturity-page.tsx'), 'MaturityPage'),
});
const maturityAssessmentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'maturity/$assessmentId',
  component: lazyRouteComponent(() => import('../features/maturity/assessment-page.tsx'), 'AssessmentPage'),
});
const pmoPerformanceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'pmo/performance',
  component: lazyRouteComponent(() => import('../features/pmo/pmo-performance-page.tsx'), 'PmoPerformancePage'),
});
const pmoCharterRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'pmo/charter',
  component: lazyRouteComponent(() => import('../features/pmo/pmo-charter-page.tsx'), 'PmoCharterPage'),
});
const findingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'findings',
  component: lazyRouteComponent(() => import('../features/quality/findings-page.tsx'), 'FindingsPage'),
});

// Status reports: a project's reporting, one report, the PMO's queue and due list, the thresholds
const projectStatusRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'projects/$projectId/status',
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(projectQueries.detail(params.projectId));
    void context.queryClient.prefetchQuery(statusQueries.reporting(params.projectId));
  },
  component: lazyRouteComponent(() => import('../features/status/project-status-page.tsx'), 'ProjectStatusPage'),
});
const statusReportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'status-reports/$reportId',
  loader: ({ context, params }) => void context.queryClient.prefetchQuery(statusQueries.report(params.reportId)),
  component: lazyRouteComponent(() => import('../features/status/status-report-page.tsx'), 'StatusReportPage'),
});
const statusReportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'status-reports',
  component: lazyRouteComponent(() => import('../features/status/status-reports-page.tsx'), 'StatusReportsPage'),
});
const statusThresholdsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/status-thresholds',
  component: lazyRouteComponent(() => import('../features/status/status-thresholds-page.tsx'), 'StatusThresholdsPage'),
});

// Timesheets: my week and the approval queue
const timesheetRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'timesheet',
  validateSearch: parseTimesheetSearch,
  component: lazyRouteComponent(() => import('../features/timesheets/my-timesheet-page.tsx'), 'MyTimesheetPage'),
});
const timesheetApprovalsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'timesheet-approvals',
  validateSearch: parseApprovalsSearch,
  component: lazyRouteComponent(() => import('../features/timesheets/timesheet-approvals-page.tsx'), 'TimesheetApprovalsPage'),
});

// Earned value of a project (figures, S-curve, tasks at a status date)
const projectEvmRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'projects/$projectId/evm',
  validateSearch: parseEvmSearch,
  component: lazyRouteComponent(() => import('../features/evm/project-evm-page.tsx'), 'ProjectEvmPage'),
});
// The portfolio's money (earned value of every project, totals in the base currency) and rates
const financialsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'financials',
  validateSearch: parseFinancialsSearch,
  component: lazyRouteComponent(() => import('../features/evm/portfolio-financials-page.tsx'), 'PortfolioFinancialsPage'),
});
const ratesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings/rates',
  component: lazyRouteComponent(() => import('../features/rates/rates-page.tsx'), 'RatesPage'),
});
// Requests for people, which the PMO fills or declines
const resourceRequestsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'resource-requests',
  component: lazyRouteComponent(() => import('../features/resources/resource-requests-page.tsx'), 'ResourceRequestsPage'),
});
// The resource pool
const resourcesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'resources',
  component: lazyRouteComponent(() => import('../features/resources/resources-page.tsx'), 'ResourcesPage'),
});
// Capacity against demand: the heat map, its drill-down and who is free
const capacityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'capacity',
  component: lazyRouteComponent(() => import('../features/capacity/capacity-page.tsx'), 'CapacityPage'),
});

// Benefits: a project's register, and a portfolio's planned vs realised
const projectBenefitsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'projects/$projectId/benefits',
  component: lazyRouteComponent(() => import('../features/benefits/project-benefits-page.tsx'), 'ProjectBenefitsPage'),
});
const benefitsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'benefits',
  validateSearch: (raw: Record<string, unknown>): { portfolioId?: string } => (typeof raw.portfolioId === 'string' ? { portfolioId: raw.portfolioId } : {}),
  component: lazyRouteComponent(() => import('../features/benefits/portfolio-benefits-page.tsx'), 'PortfolioBenefitsPage'),
});

// Scenario planning: a portfolio's scenarios compared with the live portfolio, and one scenario
const scenariosRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'scenarios',
  validateSearch: (raw: Record<string, unknown>): { portfolioId?: string } => (typeof raw.portfolioId === 'string' ? { portfolioId: raw.portfolioId } : {}),
  component: lazyRouteComponent(() => import('../features/scenarios/scenarios-page.tsx'), 'ScenariosPage'),
});
const scenarioRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'scenarios/$scenarioId',
  component: lazyRouteComponent(() => import('../features/scenarios/scenario-page.tsx'), 'ScenarioPage'),
});

const notificationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'notifications',
  component: lazyRouteComponent(() => import('../features/notifications/notifications-page.tsx'), 'NotificationsPage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    dashboardRoute,
    portfolioDashboardRoute,
    programDashboardRoute,
    myWorkRoute,
    portfoliosRoute,
    portfolioNewRoute,
    portfolioRoute,
    portfolioEditRoute,
    projectsRoute,
    projectNewRoute,
    projectRoute,
    projectEditRoute,
    projectScheduleRoute,
    projectRaidRoute,
    projectGovernanceRoute,
    gateReviewRoute,
    approvalsRoute,
    governanceSettingsRoute,
    librariesRoute,
    methodologyNewRoute,
    methodologyEditRoute,
    reviewTypeNewRoute,
    reviewTypeEditRoute,
    templateNewRoute,
    templateEditRoute,
    risksRoute,
    objectivesRoute,
    complianceRoute,
    policiesRoute,
    scoringModelRoute,
    projectScoreRoute,
    prioritisationRoute,
    selectionRoute,
    projectChangesRoute,
    changeRequestRoute,
    changeBoardRoute,
    requestsRoute,
    requestNewRoute,
    requestRoute,
    intakeFieldsRoute,
    projectReviewsRoute,
    reviewRoute,
    findingsRoute,
    maturityRoute,
    lessonsRoute,
    lessonRoute,
    projectClosureRoute,
    maturityAssessmentRoute,
    pmoPerformanceRoute,
    pmoCharterRoute,
    knowledgeRoute,
    newArticleRoute,
    articleRoute,
    editArticleRoute,
    articleVersionRoute,
    trainingRoute,
    trainingNeedsRoute,
    competencyMatrixRoute,
    personTrainingRoute,
    supportRoute,
    projectStatusRoute,
    statusReportRoute,
    statusReportsRoute,
    statusThresholdsRoute,
    projectMeetingsRoute,
    meetingRoute,
    notificationsRoute,
    timesheetRoute,
    timesheetApprovalsRoute,
    projectStakeholdersRoute,
    projectCommunicationsRoute,
    projectFinancialsRoute,
    projectEvmRoute,
    projectBenefitsRoute,
    benefitsRoute,
    scenariosRoute,
    scenarioRoute,
    financialsRoute,
    ratesRoute,
    resourcesRoute,
    resourceRequestsRoute,
    capacityRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // react-query owns caching; the router just asks it every time.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: Pending,
    defaultErrorComponent: RouteError,
    defaultNotFoundComponent: NotFound,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
