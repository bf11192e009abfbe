// Every react-query key of the app, in one place, so invalidation after a change is obvious:
// invalidate `queryKeys.projects.all` and every project list and detail refetches.
import type { GateReviewListQuery, HeatMapQuery, ProjectListQuery, RaidKind, RegisterListQuery, ResourceListQuery } from './types.ts';

export const queryKeys = {
  session: ['session'] as const,
  /** My notifications: the bell and the page share the list; marking read refetches both. */
  notifications: {
    all: ['notifications'] as const,
    list: (query: object) => ['notifications', 'list', query] as const,
    preferences: () => ['notifications', 'preferences'] as const,
  },
  people: { all: ['people'] as const, directory: () => ['people', 'directory'] as const },
  objectives: {
    all: ['objectives'] as const,
    list: (query: RegisterListQuery) => ['objectives', 'list', query] as const,
    detail: (id: string) => ['objectives', 'detail', id] as const,
  },
  portfolios: {
    all: ['portfolios'] as const,
    list: (query: RegisterListQuery) => ['portfolios', 'list', query] as const,
    detail: (id: string) => ['portfolios', 'detail', id] as const,
  },
  programs: {
    all: ['programs'] as const,
    list: (query: RegisterListQuery & { portfolioId?: string }) => ['programs', 'list', query] as const,
  },
  /** Project requests (intake) and the PMO's fields of the request form. */
  requests: {
    all: ['requests'] as const,
    list: (query: object) => ['requests', 'list', query] as const,
    detail: (id: string) => ['requests', 'detail', id] as const,
    fields: () => ['requests', 'fields'] as const,
  },
  projects: {
    all: ['projects'] as const,
    list: (query: ProjectListQuery) => ['projects', 'list', query] as const,
    detail: (id: string) => ['projects', 'detail', id] as const,
    members: (id: string) => ['projects', 'members', id] as const,
  },
  /** A project's schedule lives apart from the project record: its changes never touch `projects`. */
  schedules: {
    all: ['schedules'] as const,
    detail: (projectId: string) => ['schedules', projectId, 'schedule'] as const,
    baselines: (projectId: string) => ['schedules', projectId, 'baselines'] as const,
    baseline: (projectId: string, number: number) => ['schedules', projectId, 'baselines', number] as const,
  },
  /** RAID logs: a change to any item refetches every RAID list, heat map and history (`raid.all`). */
  raid: {
    all: ['raid'] as const,
    list: (kind: RaidKind, query: object) => ['raid', kind, 'list', query] as const,
    detail: (kind: RaidKind, id: string) => ['raid', kind, 'detail', id] as const,
    riskHistory: (id: string) => ['raid', 'risks', 'history', id] as const,
    heatMap: (query: HeatMapQuery) => ['raid', 'heat-map', query] as const,
    matrix: () => ['raid', 'matrix'] as const,
  },
  /**
   * Governance: a gate decision moves the project and writes to its RAID logs, so the hooks that
   * decide also refetch `projects.all` and `raid.all`; everything else here refetches `governance.all`.
   */
  governance: {
    all: ['governance'] as const,
    methodologies: () => ['governance', 'methodologies'] as const,
    methodology: (key: string) => ['governance', 'methodology', key] as const,
    settings: () => ['governance', 'settings'] as const,
    project: (projectId: string) => ['governance', 'project', projectId] as const,
    deliverables: (projectId: string) => ['governance', 'deliverables', projectId] as const,
    reviews: (query: GateReviewListQuery) => ['governance', 'reviews', query] as const,
    review: (id: string) => ['governance', 'review', id] as const,
  },
  /** PMO policies and the compliance computed from them (any RAID or policy change refetches it). */
  compliance: {
    all: ['compliance'] as const,
    view: (query: object) => ['compliance', 'view', query] as const,
    policies: () => ['compliance', 'policies'] as const,
  },
  /** Change requests: lists, one request, and its what-if (keyed by the request's version). */
  changes: {
    all: ['changes'] as const,
    list: (query: object) => ['changes', 'list', query] as const,
    detail: (id: string) => ['changes', 'detail', id] as const,
    impact: (id: string, version: number) => ['changes', 'impact', id, version] as const,
  },
  /** Quality reviews, their findings and the review types. */
  quality: {
    all: ['quality'] as const,
    types: () => ['quality', 'types'] as const,
    reviews: (query: object) => ['quality', 'reviews', query] as const,
    review: (id: string) => ['quality', 'review', id] as const,
    findings: (query: object) => ['quality', 'findings', query] as const,
    finding: (id: string) => ['quality', 'finding', id] as const,
  },
  /** Status reports, their lists, a project's trend and cadence, the PMO's thresholds (`status.all`). */
  status: {
    all: ['status'] as const,
    report: (id: string) => ['status', 'report', id] as const,
    project: (projectId: string) => ['status', 'project', projectId] as const,
    trend: (projectId: string) => ['status', 'trend', projectId] as const,
    reporting: (projectId: string) => ['status', 'reporting', projectId] as const,
    list: (query: object) => ['status', 'list', query] as const,
    thresholds: () => ['status', 'thresholds'] as const,
  },
  /** The dashboards read live figures from every log: any change elsewhere may move them. */
  dashboard: {
    all: ['dashboard'] as const,
    portfolio: (query: object) => ['dashboard', 'portfolio', query] as const,
    program: (id: string) => ['dashboard', 'program', id] as const,
    myWork: () => ['dashboard', 'my-work'] as const,
  },
  /** A project's stakeholder register and grid; a stakeholder change also refetches `communications.all` (recipients). */
  stakeholders: {
    all: ['stakeholders'] as const,
    project: (projectId: string) => ['stakeholders', 'project', projectId] as const,
    detail: (id: string) => ['stakeholders', 'detail', id] as const,
    grid: (projectId: string) => ['stakeholders', 'grid', projectId] as const,
  },
  /** Communication plans and their items. */
  communications: {
    all: ['communications'] as const,
    plan: (projectId: string) => ['communications', 'plan', projectId] as const,
    detail: (id: string) => ['communications', 'detail', id] as const,
  },
  /** A project's money: any change refetches its budget, costs and financials (`finance.all`); approving a revision also moves the project's register budget. */
  finance: {
    all: ['finance'] as const,
    budget: (projectId: string) => ['finance', 'budget', projectId] as const,
    financials: (projectId: string) => ['finance', 'financials', projectId] as const,
    expenses: (projectId: string) => ['finance', 'expenses', projectId] as const,
    orders: (projectId: string) => ['finance', 'orders', projectId] as const,
  },
  /** Earned value: a project's at a status date, the portfolio roll-up and how a task earns; rate changes re-price them. */
  evm: {
    all: ['evm'] as const,
    project: (projectId: string, query: object) => ['evm', 'project', projectId, query] as const,
    portfolio: (query: object) => ['evm', 'portfolio', query] as const,
    taskEarning: (projectId: string, taskId: string) => ['evm', 'task-earning', projectId, taskId] as const,
    estimate: (projectId: string) => ['evm', 'estimate', projectId] as const,
  },
  /** People's cost rates, exchange rates and the base currency (a change also refetches `evm.all`). */
  rates: {
    all: ['rates'] as const,
    people: (query: object) => ['rates', 'people', query] as const,
    exchange: () => ['rates', 'exchange'] as const,
    finance: () => ['rates', 'finance-settings'] as const,
  },
  templates: {
    all: ['templates'] as const,
    detail: (key: string) => ['templates', key] as const,
    /** What creating a project from a template made, kept for the new project's page to show. */
    created: (projectId: string) => ['templates', 'created', projectId] as const,
  },
  /** The resource pool: lists, facets, one resource and what hangs off it (calendar, availability, rates). */
  /** Assignments of a project and requests for people (a change also refetches finance and the schedule's figures). */
  assignments: {
    all: ['assignments'] as const,
    project: (projectId: string) => ['assignments', 'project', projectId] as const,
    requests: (status: string) => ['assignments', 'requests', status] as const,
  },
  resources: {
    all: ['resources'] as const,
    list: (query: ResourceListQuery) => ['resources', 'list', query] as const,
    facets: () => ['resources', 'facets'] as const,
    detail: (id: string) => ['resources', 'detail', id] as const,
    calendar: (id: string) => ['resources', 'calendar', id] as const,
    availability: (id: string, from: string, to: string) => ['resources', 'availability', id, from, to] as const,
    rates: (id: string) => ['resources', 'rates', id] as const,
  },
  /** Capacity against demand: the heat map, a cell's assignments, who is free. */
  capacity: {
    view: (query: object) => ['capacity', 'view', query] as const,
    detail: (query: object) => ['capacity', 'detail', query] as const,
    available: (query: object) => ['capacity', 'available', query] as const,
    whatIf: (body: object) => ['capacity', 'what-if', body] as const,
  },
  /** Closure reports and the lessons-learned repository. */
  lessons: {
    all: ['lessons'] as const,
    search: (query: object) => ['lessons', 'search', query] as const,
    detail: (id: string) => ['lessons', 'detail', id] as const,
    suggestions: (projectId: string) => ['lessons', 'suggestions', projectId] as const,
    closure: (projectId: string) => ['lessons', 'closure', projectId] as const,
    figures: (projectId: string) => ['lessons', 'closure-figures', projectId] as const,
  },
  /** The knowledge base: article lists per search, articles, their history and versions, project guidance. */
  knowledge: {
    all: ['knowledge'] as const,
    list: (query: object) => ['knowledge', 'list', query] as const,
    article: (id: string) => ['knowledge', 'article', id] as const,
    history: (id: string) => ['knowledge', 'history', id] as const,
    version: (id: string, version: number) => ['knowledge', 'version', id, version] as const,
    guidance: (projectId: string, phaseKey?: string) => ['knowledge', 'guidance', projectId, phaseKey ?? null] as const,
  },
  /** Training: the framework, the catalogue, people's records, the matrix and the needs. */
  training: {
    all: ['training'] as const,
    framework: () => ['training', 'framework'] as const,
    courses: () => ['training', 'courses'] as const,
    person: (id: string) => ['training', 'person', id] as const,
    matrix: (role?: string) => (role === undefined ? ['training', 'matrix'] as const : ['training', 'matrix', role] as const),
    needs: () => ['training', 'needs'] as const,
  },
  /** The PMO support desk: the queue per filter and the service levels. */
  support: {
    all: ['support'] as const,
    queue: (query: object) => ['support', 'queue', query] as const,
    levels: () => ['support', 'levels'] as const,
  },
  /** PMO maturity: the model and the assessments. */
  maturity: {
    all: ['maturity'] as const,
    model: () => ['maturity', 'model'] as const,
    list: () => ['maturity', 'list'] as const,
    assessment: (id: string) => ['maturity', 'assessment', id] as const,
  },
  /** The PMO's own KPIs per quarter. */
  pmoKpis: (query: object) => ['pmo-kpis', query] as const,
  pmoCharter: () => ['pmo-charter'] as const,
  /** Scoring models, scores and rankings (a score or model change refetches them all). */
  scoring: {
    all: ['scoring'] as const,
    models: () => ['scoring', 'models'] as const,
    score: (projectId: string, model: string) => ['scoring', 'score', projectId, model] as const,
    requestScore: (requestId: string, model: string) => ['scoring', 'request-score', requestId, model] as const,
    ranking: (portfolioId: string, model: string) => ['scoring', 'ranking', portfolioId, model] as const,
    settings: (portfolioId: string) => ['scoring', 'selection-settings', portfolioId] as const,
  },
  /** Scenarios of a portfolio, one scenario, and their comparison; a change refetches all three. */
  scenarios: {
    all: ['scenarios'] as const,
    list: (portfolioId: string) => ['scenarios', 'list', portfolioId] as const,
    detail: (id: string) => ['scenarios', 'detail', id] as const,
    comparison: (portfolioId: string, query: object) => ['scenarios', 'comparison', portfolioId, query] as const,
  },
  /** Benefits: a project's register and a portfolio's planned vs realised; a change refetches both. */
  benefits: {
    all: ['benefits'] as const,
    project: (projectId: string) => ['benefits', 'project', projectId] as const,
    portfolio: (portfolioId: string) => ['benefits', 'portfolio', portfolioId] as const,
  },
} as const;
