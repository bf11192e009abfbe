// The PMO's charter: its mandate, the portfolios it covers, the services it offers with the service
// level each promises, and the project that runs its own set-up and improvement roadmap (so the
// PMO's plan is tracked like any other project). Its operating model is the governance setting's.
// Pure: the shape, the empty charter and what a valid one must be.

export const SERVICE_KINDS = ['reporting', 'assurance', 'scheduling', 'training', 'consulting', 'governance', 'tooling'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export interface PmoService {
  /** A short lower-case key, unique in the catalogue. */
  readonly key: string;
  readonly name: string;
  readonly kind: ServiceKind;
  readonly description: string;
  /** What the PMO promises, in words, e.g. "Portfolio report by the 5th working day of each month". */
  readonly serviceLevel: string;
  /** Who the service is for, e.g. "Project managers". */
  readonly audience: string;
}

export interface PmoCharter {
  readonly mandate: string;
  readonly scopePortfolioIds: ReadonlyArray<string>;
  readonly services: ReadonlyArray<PmoService>;
  /** The project that runs the PMO's own set-up and improvement plan; null until the PMO names one. */
  readonly roadmapProjectId: string | null;
}

export const EMPTY_CHARTER: PmoCharter = { mandate: '', scopePortfolioIds: [], services: [], roadmapProjectId: null };

export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

const KEY = /^[a-z][a-z0-9_]{0,39}$/;

/** What is wrong with a charter's services (empty: nothing); references to portfolios and projects are checked by the app. */
export function charterProblems(charter: PmoCharter): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const keys = new Set<string>();
  charter.services.forEach((s, i) => {
    const at = `services[${i}]`;
    if (!KEY.test(s.key)) problems.push({ path: `${at}.key`, message: `"${s.key}" is not a service key: use a short lower-case word such as portfolio_reporting.` });
    if (keys.has(s.key)) problems.push({ path: `${at}.key`, message: `The service key "${s.key}" is used twice; give each service its own.` });
    keys.add(s.key);
    if (!s.name.trim()) problems.push({ path: `${at}.name`, message: 'Give the service a name, such as "Portfolio reporting".' });
    if (!s.serviceLevel.trim()) problems.push({ path: `${at}.serviceLevel`, message: `Say what "${s.name.trim() || s.key}" promises, e.g. "within 2 working days", so its users know what to expect.` });
  });
  if (new Set(charter.scopePortfolioIds).size !== charter.scopePortfolioIds.length) problems.push({ path: 'scopePortfolioIds', message: 'A portfolio is named twice in the scope; name each once.' });
  return problems;
}
