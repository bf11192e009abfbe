// The demo organisation: a mid-sized company's PMO with three portfolios, four programs, fifteen
// projects across the lifecycle, five strategic objectives and people in every role. Dates are
// given in months from "now" so the demo always looks current.
import type { OrgRole } from '../../contracts/user.schema.ts';
import type { ProjectPhase, ProjectPriority, ProjectRole, ProjectStatus } from '../../contracts/project.schema.ts';

export const DEMO_PASSWORD = 'demo-password-2026';

export interface DemoPerson {
  key: string;
  name: string;
  email: string;
  orgRole: OrgRole;
  title: string;
}

export const DEMO_PEOPLE: DemoPerson[] = [
  { key: 'alex', name: 'Alex Morgan', email: 'alex.morgan@example.com', orgRole: 'admin', title: 'Orrery administrator' },
  { key: 'priya', name: 'Priya Shah', email: 'priya.shah@example.com', orgRole: 'pmo', title: 'Head of PMO' },
  { key: 'tom', name: 'Tom Becker', email: 'tom.becker@example.com', orgRole: 'pmo', title: 'Portfolio manager' },
  { key: 'elena', name: 'Elena Garcia', email: 'elena.garcia@example.com', orgRole: 'executive', title: 'Chief Operating Officer' },
  { key: 'david', name: 'David Okafor', email: 'david.okafor@example.com', orgRole: 'executive', title: 'Chief Digital Officer' },
  { key: 'marcus', name: 'Marcus Lee', email: 'marcus.lee@example.com', orgRole: 'member', title: 'Senior project manager' },
  { key: 'sofia', name: 'Sofia Rossi', email: 'sofia.rossi@example.com', orgRole: 'member', title: 'Project manager' },
  { key: 'jonas', name: 'Jonas Weber', email: 'jonas.weber@example.com', orgRole: 'member', title: 'Project manager' },
  { key: 'sam', name: 'Sam Taylor', email: 'sam.taylor@example.com', orgRole: 'member', title: 'Business analyst' },
  { key: 'mei', name: 'Mei Chen', email: 'mei.chen@example.com', orgRole: 'member', title: 'Solution architect' },
];

export interface DemoObjective {
  key: string;
  name: string;
  description: string;
  owner: string;
  targetMonths: number;
}

export const DEMO_OBJECTIVES: DemoObjective[] = [
  { key: 'cx', name: 'Raise customer satisfaction (NPS) to 45', description: 'Make every customer journey digital-first and measurably better.', owner: 'david', targetMonths: 18 },
  { key: 'cost', name: 'Cut operating cost by 12 %', description: 'Automate and simplify the operations that cost most.', owner: 'elena', targetMonths: 24 },
  { key: 'growth', name: 'Grow revenue outside the home market to 30 %', description: 'Enter two new EU markets with the core product line.', owner: 'elena', targetMonths: 30 },
  { key: 'data', name: 'Decide with trusted data', description: 'One governed data platform; every KPI from one source.', owner: 'david', targetMonths: 20 },
  { key: 'compliance', name: 'Stay compliant (NIS2, CSRD)', description: 'Meet the regulatory deadlines without findings.', owner: 'elena', targetMonths: 12 },
];

export interface DemoPortfolio {
  key: string;
  name: string;
  description: string;
  owner: string;
}

export const DEMO_PORTFOLIOS: DemoPortfolio[] = [
  { key: 'digital', name: 'Digital Transformation', description: 'Customer-facing digital services and the platforms behind them.', owner: 'priya' },
  { key: 'ops', name: 'Operational Excellence', description: 'Efficiency, automation and compliance across operations.', owner: 'tom' },
  { key: 'growth', name: 'Growth & Markets', description: 'New markets, new products and the partnerships that carry them.', owner: 'priya' },
];

export interface DemoProgram {
  key: string;
  portfolio: string;
  name: string;
  description: string;
  manager: string;
}

export const DEMO_PROGRAMS: DemoProgram[] = [
  { key: 'cx', portfolio: 'digital', name: 'Customer Experience', description: 'Omnichannel service, self-service portal and CRM.', manager: 'marcus' },
  { key: 'data', portfolio: 'digital', name: 'Data Platform', description: 'Governed lakehouse, BI and master data.', manager: 'mei' },
  { key: 'supply', portfolio: 'ops', name: 'Supply Chain Modernisation', description: 'Planning, warehouse and transport systems.', manager: 'jonas' },
  { key: 'eu', portfolio: 'growth', name: 'EU Market Entry', description: 'Launch in Germany and Poland.', manager: 'sofia' },
];

export interface DemoProject {
  name: string;
  description: string;
  portfolio: string;
  program?: string;
  sponsor: string;
  manager: string;
  status: ProjectStatus;
  phase: ProjectPhase;
  priority: ProjectPriority;
  /** Months from the current month to the planned start and finish. */
  start: number;
  finish: number;
  budgetEur: number;
  objectives: string[];
  tags: string[];
  team: Array<[string, ProjectRole]>;
  /** Gets a demo plan (WBS, links, baseline, progress to today). */
  planned?: boolean;
  /** Its progress is also entered fortnightly since the start, each on its day, so its S-curve has an earned-value history. */
  evHistory?: boolean;
}

export const DEMO_PROJECTS: DemoProject[] = [
  { name: 'CRM Replacement', description: 'Replace the legacy CRM with a cloud CRM; migrate 1.2 M customer records.', portfolio: 'digital', program: 'cx', sponsor: 'david', manager: 'marcus', status: 'active', phase: 'execute', priority: 'critical', start: -8, finish: 4, budgetEur: 2_400_000, objectives: ['cx', 'data'], tags: ['cloud', 'customer'], team: [['sam', 'contributor'], ['mei', 'contributor']], planned: true, evHistory: true },
  { name: 'Customer Self-Service Portal', description: 'Web and mobile self-service for orders, invoices and returns.', portfolio: 'digital', program: 'cx', sponsor: 'david', manager: 'sofia', status: 'active', phase: 'plan', priority: 'high', start: -2, finish: 9, budgetEur: 1_150_000, objectives: ['cx'], tags: ['customer', 'mobile'], team: [['sam', 'contributor']] },
  { name: 'Contact Centre Telephony Upgrade', description: 'Move the contact centre to cloud telephony with call recording.', portfolio: 'digital', program: 'cx', sponsor: 'elena', manager: 'jonas', status: 'completed', phase: 'close', priority: 'medium', start: -14, finish: -2, budgetEur: 480_000, objectives: ['cx', 'cost'], tags: ['cloud'], team: [], planned: true },
  { name: 'Data Lakehouse Foundation', description: 'Governed lakehouse with ingestion of the ten core source systems.', portfolio: 'digital', program: 'data', sponsor: 'david', manager: 'mei', status: 'active', phase: 'execute', priority: 'high', start: -6, finish: 6, budgetEur: 1_800_000, objectives: ['data'], tags: ['data', 'cloud'], team: [['sam', 'viewer']], planned: true },
  { name: 'Enterprise BI Rollout', description: 'Self-service BI and the executive KPI pack on the lakehouse.', portfolio: 'digital', program: 'data', sponsor: 'elena', manager: 'mei', status: 'proposed', phase: 'initiate', priority: 'medium', start: 3, finish: 12, budgetEur: 650_000, objectives: ['data'], tags: ['data', 'reporting'], team: [] },
  { name: 'Master Data Management', description: 'Golden records for customers, products and suppliers.', portfolio: 'digital', program: 'data', sponsor: 'david', manager: 'marcus', status: 'on_hold', phase: 'plan', priority: 'medium', start: -3, finish: 10, budgetEur: 900_000, objectives: ['data', 'cost'], tags: ['data'], team: [['mei', 'contributor']] },
  { name: 'Warehouse Management System', description: 'New WMS for the three regional warehouses, with RF scanning.', portfolio: 'ops', program: 'supply', sponsor: 'elena', manager: 'jonas', status: 'active', phase: 'execute', priority: 'critical', start: -10, finish: 2, budgetEur: 3_200_000, objectives: ['cost'], tags: ['logistics'], team: [['sam', 'contributor']], planned: true },
  { name: 'Demand Planning Tool', description: 'Statistical demand forecasting replacing spreadsheet planning.', portfolio: 'ops', program: 'supply', sponsor: 'elena', manager: 'sofia', status: 'active', phase: 'plan', priority: 'high', start: -1, finish: 8, budgetEur: 720_000, objectives: ['cost', 'data'], tags: ['logistics', 'data'], team: [] },
  { name: 'Transport Tender 2027', description: 'Re-tender road freight contracts for 2027–2029.', portfolio: 'ops', program: 'supply', sponsor: 'elena', manager: 'jonas', status: 'proposed', phase: 'initiate', priority: 'low', start: 2, finish: 7, budgetEur: 120_000, objectives: ['cost'], tags: ['procurement'], team: [] },
  { name: 'NIS2 Compliance', description: 'Close the gaps found in the NIS2 readiness assessment.', portfolio: 'ops', sponsor: 'david', manager: 'marcus', status: 'active', phase: 'execute', priority: 'critical', start: -5, finish: 3, budgetEur: 560_000, objectives: ['compliance'], tags: ['security', 'regulatory'], team: [['mei', 'contributor']], planned: true },
  { name: 'CSRD Sustainability Reporting', description: 'Collect and report ESG data for the first CSRD report.', portfolio: 'ops', sponsor: 'elena', manager: 'sofia', status: 'active', phase: 'plan', priority: 'high', start: -2, finish: 5, budgetEur: 310_000, objectives: ['compliance', 'data'], tags: ['regulatory', 'reporting'], team: [['sam', 'contributor']] },
  { name: 'Invoice Automation (RPA)', description: 'Automate supplier invoice capture and three-way matching.', portfolio: 'ops', sponsor: 'elena', manager: 'jonas', status: 'cancelled', phase: 'plan', priority: 'low', start: -6, finish: -1, budgetEur: 200_000, objectives: ['cost'], tags: ['automation'], team: [] },
  { name: 'Germany Market Launch', description: 'Entity, localisation, partners and go-to-market for Germany.', portfolio: 'growth', program: 'eu', sponsor: 'elena', manager: 'sofia', status: 'active', phase: 'execute', priority: 'high', start: -4, finish: 5, budgetEur: 1_450_000, objectives: ['growth'], tags: ['market-entry'], team: [['sam', 'contributor']], planned: true },
  { name: 'Poland Market Launch', description: 'Second market after Germany, reusing its playbook.', portfolio: 'growth', program: 'eu', sponsor: 'elena', manager: 'sofia', status: 'proposed', phase: 'initiate', priority: 'medium', start: 6, finish: 16, budgetEur: 980_000, objectives: ['growth'], tags: ['market-entry'], team: [] },
  { name: 'Partner Integration API', description: 'A public API for resellers: catalogue, pricing, orders.', portfolio: 'growth', sponsor: 'david', manager: 'marcus', status: 'active', phase: 'plan', priority: 'medium', start: -1, finish: 7, budgetEur: 540_000, objectives: ['growth', 'cx'], tags: ['api', 'partners'], team: [['mei', 'contributor']] },
];
