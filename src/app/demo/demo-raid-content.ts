// What the demo's RAID logs say: for each active demo project, the risks, issues, assumptions,
// decisions and actions a PMO would find in its log, written as a real project team writes them,
// plus the dependencies between the projects. Only data: demo-raid.ts loads it through the use
// cases. People are demo keys (demo-organisation.ts), tasks are names of the demo plan's tasks
// (demo-schedules.ts), and dates are days from the demo's reference date (negative: in the past),
// so the logs look current whenever the demo is loaded. Long because it is content, one project
// after another; the code that loads it is short.
import type { Action, Assumption, Issue, Risk } from '../../contracts/raid.schema.ts';

type Rating = readonly [probability: number, impact: number];

export interface DemoRisk {
  /** How actions of the same project name it. */
  key?: string;
  title: string;
  category: string;
  cause: string;
  event: string;
  effect: string;
  rating: Rating;
  residual?: Rating;
  strategy: NonNullable<Risk['strategy']>;
  response: string;
  triggers?: string;
  review: number;
  owner: string;
  /** Tasks of the project's demo plan the risk threatens. */
  tasks?: string[];
  /** Re-rated once after it was logged (so its score history shows the move). */
  rerated?: { rating: Rating; residual?: Rating };
  /** Closed, and why. */
  closed?: string;
  /** It happened: the issue raised from it. */
  occurred?: { key?: string; title: string; priority: Issue['priority']; escalation: Issue['escalationLevel']; due: number };
}

export interface DemoIssue {
  key?: string;
  title: string;
  description: string;
  priority: Issue['priority'];
  severity: Issue['severity'];
  escalation: Issue['escalationLevel'];
  due: number | null;
  owner: string;
  status?: Exclude<Issue['status'], 'resolved' | 'closed'>;
  /** Resolved later, with this resolution. */
  resolved?: string;
}

export interface DemoAssumption {
  title: string;
  description: string;
  status: Assumption['status'];
  validateBy: number;
  notes?: string;
  owner: string;
}

export interface DemoDecision {
  title: string;
  description: string;
  owner: string;
  /** Decided: what, why, by whom, when. Without it the decision is still proposed. */
  decided?: { outcome: string; rationale: string; by: string; on: number };
}

export interface DemoAction {
  title: string;
  owner: string;
  due: number;
  status?: Action['status'];
  /** The risk or issue (by key, same project) the action answers. */
  from?: readonly ['risk' | 'issue', string];
}

export interface DemoRaidLog {
  /** The project's name in DEMO_PROJECTS. */
  project: string;
  risks: DemoRisk[];
  issues: DemoIssue[];
  assumptions: DemoAssumption[];
  decisions: DemoDecision[];
  actions: DemoAction[];
}

export interface DemoDependency {
  consumer: string;
  provider: string;
  /** The provider plan's task that delivers it; without one the dependency has no forecast. */
  task?: string;
  title: string;
  description: string;
  owner: string;
  /** Days after the task's current finish (negative: before it, so the dependency is threatened), or after the reference date without a task. */
  neededBy: number;
}

export const DEMO_RAID: DemoRaidLog[] = [
  {
    project: 'CRM Replacement',
    risks: [
      {
        key: 'migration', title: 'Legacy customer data fails the migration validation rules', category: 'technical',
        cause: 'Duplicate and incomplete accounts in the legacy CRM: about 8 % of the 1.2 M customer records failed the target validation rules in trial load 1.',
        event: 'The migration dress rehearsal rejects more records than the cut-over weekend can absorb.',
        effect: 'Go-live slips by up to a month, or Sales starts on the new CRM with incomplete account histories.',
        rating: [4, 4], residual: [2, 3], strategy: 'mitigate',
        response: 'Data-cleansing sprint with Sales Operations; de-duplication rules in the ETL; a second dress rehearsal before cut-over.',
        triggers: 'Rejection rate above 2 % in any trial load.', review: 7, owner: 'sam', tasks: ['Integration and testing'],
        occurred: { key: 'rejected', title: 'Dress rehearsal 2 rejected 96,000 customer records (8 %)', priority: 'critical', escalation: 'program', due: 10 },
      },
      {
        key: 'freeze', title: 'CRM vendor’s EU data-centre move overlaps our cut-over weekend', category: 'supplier',
        cause: 'The vendor moves all EU tenants to its new Frankfurt region this quarter, with a tenant freeze of up to ten days.',
        event: 'Our tenant’s freeze window falls on the planned cut-over weekend.',
        effect: 'Cut-over postponed; two more weeks of dual running of the old and new CRM (about €60 k).',
        rating: [3, 3], strategy: 'avoid',
        response: 'Get our tenant’s freeze dates in writing from the vendor and plan the cut-over outside them.',
        review: 14, owner: 'marcus', rerated: { rating: [2, 3] },
      },
      {
        key: 'keyusers', title: 'Sales key users unavailable for UAT at quarter-end', category: 'resource',
        cause: 'The key users are the top account managers, who are needed for quarter-end closing.',
        event: 'Key users miss UAT and the train-the-trainer sessions.',
        effect: 'UAT covers fewer sales scenarios; training runs late and adoption suffers after go-live.',
        rating: [3, 4], residual: [2, 3], strategy: 'mitigate',
        response: 'Backfill agreed with the Sales director; UAT scheduled outside the quarter-end weeks.',
        review: 21, owner: 'marcus', tasks: ['Training and change'],
      },
      {
        title: 'Licence true-up at go-live exceeds the budget', category: 'cost',
        cause: 'Named-user licences are priced per seat; partner and service agents were not in the original count.',
        event: 'The vendor’s true-up at go-live adds about 140 seats.',
        effect: 'About €180 k of unbudgeted yearly run cost.',
        rating: [3, 3], strategy: 'mitigate',
        response: 'Negotiate partner-community licences and remove inactive seats before the true-up.',
        review: 30, owner: 'marcus', closed: 'Contract amendment signed: partner-community licences at a flat fee.',
      },
    ],
    issues: [
      {
        key: 'testenv', title: 'Integration test environment down for six days', description: 'The middleware test environment lost its certificates after the platform upgrade; order-sync tests cannot run.',
        priority: 'high', severity: 'major', escalation: 'project', due: -4, owner: 'mei', status: 'in_progress',
      },
      {
        title: 'Marketing consent flags missing from the legacy CRM extract', description: 'The extract job skipped the GDPR consent table, so 310 k contacts arrived without their opt-in status.',
        priority: 'medium', severity: 'moderate', escalation: 'project', due: -20, owner: 'sam',
        resolved: 'Extract job fixed to include the consent table; re-extract verified by Legal on a sample of 500 contacts.',
      },
    ],
    assumptions: [
      { title: 'The legacy CRM stays available read-only for six months after go-live', description: 'Needed for look-ups of closed cases that are not migrated.', status: 'valid', validateBy: -30, notes: 'Confirmed by IT Operations; the licence is extended to month 6.', owner: 'marcus' },
      { title: 'Sales freezes account-ownership changes during the cut-over weekend', description: 'The delta migration does not replay ownership changes.', status: 'unvalidated', validateBy: 21, owner: 'marcus' },
    ],
    decisions: [
      {
        title: 'Migrate opportunities older than five years?', description: 'Closed opportunities go back to 2009; migrating all of them doubles the migration volume.', owner: 'marcus',
        decided: { outcome: 'Migrate the last five years; archive older opportunities to the data lake.', rationale: 'Cuts the migration volume by 35 %; five years cover every active contract, and the archive stays queryable in BI.', by: 'david', on: -45 },
      },
      {
        title: 'Big-bang or phased go-live by region?', description: 'Nordics, DACH and UK could go live together or one after the other.', owner: 'marcus',
        decided: { outcome: 'Phased: Nordics first, DACH and UK two weeks later.', rationale: 'Limits the hypercare load on the support team and lets us fix the first region’s findings before the largest one.', by: 'david', on: -20 },
      },
      { title: 'Retire the CPQ add-on or rebuild it in the new CRM?', description: 'The quote configurator has 40 custom pricing rules; the new CRM has a native CPQ module at extra cost.', owner: 'mei' },
    ],
    actions: [
      { title: 'Run the de-duplication rules on the legacy CRM and repeat the trial load', owner: 'sam', due: 5, status: 'in_progress', from: ['risk', 'migration'] },
      { title: 'Get the tenant freeze dates in writing from the CRM vendor', owner: 'marcus', due: -6, from: ['risk', 'freeze'] },
      { title: 'Book UAT slots with the Sales key users outside quarter-end', owner: 'marcus', due: -10, status: 'done', from: ['risk', 'keyusers'] },
      { title: 'Renew the middleware certificates and re-run the order-sync suite', owner: 'mei', due: 2, from: ['issue', 'testenv'] },
    ],
  },
  {
    project: 'Customer Self-Service Portal',
    risks: [
      {
        key: 'crmapis', title: 'Portal needs the new CRM’s customer APIs before they are live', category: 'schedule',
        cause: 'Orders, invoices and returns come from the customer APIs of the new CRM (CRM Replacement).',
        event: 'The CRM go-live slips past the start of the portal’s integration testing.',
        effect: 'Integration testing stalls and the portal launch slips one for one with the CRM.',
        rating: [4, 4], residual: [3, 3], strategy: 'mitigate',
        response: 'Build against the CRM sandbox with contract tests and a mock of the order API.',
        triggers: 'CRM go-live forecast later than the portal’s integration test start.', review: 5, owner: 'sofia',
      },
      {
        key: 'eaa', title: 'Portal fails the European Accessibility Act at launch', category: 'regulatory',
        cause: 'The EAA applies to e-commerce services; the current web shop was never audited.',
        event: 'The accessibility audit finds blocking WCAG 2.1 AA failures.',
        effect: 'Launch blocked, or complaints to the market-surveillance authority.',
        rating: [2, 4], residual: [1, 4], strategy: 'avoid',
        response: 'Accessible design-system components from the start; external audit at design sign-off.', review: 30, owner: 'sam',
      },
      {
        key: 'designer', title: 'UX designer shared with the Germany launch', category: 'resource',
        cause: 'The only senior UX designer also works on the German web shop localisation.',
        event: 'The Germany launch takes the designer full time during the portal’s design phase.',
        effect: 'Design sign-off three to four weeks late.',
        rating: [3, 3], strategy: 'escalate',
        response: 'Customer Experience program to set priorities; agency designer for three months as a fallback.',
        review: 10, owner: 'sofia', rerated: { rating: [4, 3] },
      },
      {
        title: 'App-store review rejects the first mobile release', category: 'schedule',
        cause: 'First app under our own developer account, with in-app payment of invoices.',
        event: 'Apple or Google reject the release.', effect: 'The mobile app launches two to four weeks after the web portal.',
        rating: [3, 2], strategy: 'accept',
        response: 'Web first; submit an early build for pre-review to learn the reviewers’ objections.', review: 45, owner: 'sofia',
      },
    ],
    issues: [
      {
        title: 'Invoice archive has no API, only a nightly SFTP batch', description: 'Customers would see invoices a day late; the archive vendor quotes 10 weeks for a REST API.',
        priority: 'high', severity: 'major', escalation: 'program', due: 12, owner: 'mei',
      },
    ],
    assumptions: [
      { title: 'Customers log in with their existing web-shop account', description: 'Same identity provider for the portal and the web shop.', status: 'invalid', validateBy: -14, notes: 'The web-shop identity provider does not support the mobile OIDC flow: see the CIAM decision.', owner: 'mei' },
      { title: 'Returns under €250 can be approved by the customer alone', description: 'No agent review below the threshold; Finance to confirm the fraud exposure.', status: 'unvalidated', validateBy: 30, owner: 'sam' },
    ],
    decisions: [
      {
        title: 'Identity provider for customer login', description: 'The web-shop identity provider cannot serve the mobile app.', owner: 'mei',
        decided: { outcome: 'Move customers to the group CIAM tenant; web-shop accounts migrate with a password reset at first login.', rationale: 'CIAM is the group standard, supports mobile OIDC and has passed the NIS2 assessment.', by: 'david', on: -10 },
      },
      { title: 'Native apps or a progressive web app for mobile?', description: 'Native apps cost about €140 k more but support push notifications on iOS without limits.', owner: 'sofia' },
    ],
    actions: [
      { title: 'Agree the order and invoice API contract with the CRM team', owner: 'mei', due: 7, from: ['risk', 'crmapis'] },
      { title: 'Book the external accessibility audit for design sign-off', owner: 'sam', due: 20, from: ['risk', 'eaa'] },
      { title: 'Draft the statement of work for an agency UX designer', owner: 'sofia', due: -2, from: ['risk', 'designer'] },
      { title: 'Migrate the test accounts to the CIAM sandbox', owner: 'mei', due: -5, status: 'done' },
    ],
  },
  {
    project: 'Data Lakehouse Foundation',
    risks: [
      {
        key: 'cdc', title: 'ERP change-data-capture connector not licensed in time', category: 'supplier',
        cause: 'The ERP vendor sells the CDC connector separately; the purchase order is still in procurement.',
        event: 'No licensed connector when ERP ingestion is due to start.',
        effect: 'ERP ingestion falls back to nightly full extracts; about three weeks of delay.',
        rating: [3, 4], residual: [2, 2], strategy: 'mitigate',
        response: 'Procurement fast-track agreed with the CFO; nightly extract designed as the fallback.', review: 4, owner: 'mei', tasks: ['Build'],
      },
      {
        key: 'cost', title: 'Cloud consumption runs over the run-cost forecast', category: 'cost',
        cause: 'Ingestion jobs were sized on sample volumes.', event: 'The monthly compute bill runs 40 % over the forecast.',
        effect: 'Run budget overspent; challenge from the CFO at the next stage gate.',
        rating: [4, 2], residual: [2, 2], strategy: 'mitigate',
        response: 'Auto-suspend on all warehouses, cost tags per pipeline, weekly FinOps review.', review: 14, owner: 'mei', rerated: { rating: [3, 2], residual: [2, 2] },
      },
      {
        title: 'Personal data lands in the raw zone unmasked', category: 'regulatory',
        cause: 'Source extracts include customer and employee personal data.', event: 'Analysts query personal data in the raw zone.',
        effect: 'GDPR breach to report within 72 hours; loss of the works council’s trust.',
        rating: [2, 5], residual: [1, 5], strategy: 'avoid',
        response: 'Column classification at ingestion, masking policies before any sharing, DPO sign-off per source.', review: -3, owner: 'mei',
      },
      {
        title: 'Only one engineer knows the SAP extractors', category: 'resource',
        cause: 'The extractors were built by one contractor.', event: 'The contractor leaves or falls ill during ingestion.',
        effect: 'SAP ingestion stops until someone learns the extractors.',
        rating: [3, 3], strategy: 'mitigate',
        response: 'Pair programming and runbooks; a second engineer from the platform partner.', review: 20, owner: 'mei',
        closed: 'The partner’s engineer is onboarded and has run the extractors alone for two weeks.',
      },
    ],
    issues: [
      {
        key: 'timestamps', title: 'Billing system exports truncated timestamps', description: 'Timestamps arrive without seconds, so change detection loses updates made in the same minute.',
        priority: 'medium', severity: 'moderate', escalation: 'project', due: 9, owner: 'sam', status: 'in_progress',
      },
      {
        title: 'Platform partner invoice disputed (€42 k)', description: 'The latest invoice bills one sprint twice.',
        priority: 'low', severity: 'minor', escalation: 'pmo', due: -15, owner: 'mei', resolved: 'Credit note received for the duplicated sprint; invoice approved.',
      },
    ],
    assumptions: [
      { title: 'Source-system owners grant read access within two weeks of a request', description: 'The ingestion plan allows two weeks per source.', status: 'unvalidated', validateBy: -7, owner: 'mei' },
      { title: 'The Azure landing zone meets the security baseline', description: 'No extra network controls are needed for the lakehouse.', status: 'valid', validateBy: -60, notes: 'Confirmed by the CISO’s architecture review.', owner: 'mei' },
    ],
    decisions: [
      {
        title: 'Table format of the lakehouse', description: 'Delta Lake or Apache Iceberg for every curated table.', owner: 'mei',
        decided: { outcome: 'Delta Lake.', rationale: 'Native to the chosen platform, time travel for audits, read by every BI tool we use.', by: 'mei', on: -120 },
      },
      {
        title: 'Who owns the data-quality rules?', description: 'The central data team or the business domains.', owner: 'mei',
        decided: { outcome: 'The domains own the rules; the central team runs the checks and publishes the scores.', rationale: 'Only the domains know what correct means; one engine keeps the checks comparable.', by: 'david', on: -30 },
      },
    ],
    actions: [
      { title: 'Raise the purchase order for the ERP CDC connector', owner: 'mei', due: 3, status: 'in_progress', from: ['risk', 'cdc'] },
      { title: 'Set auto-suspend and cost tags on every pipeline', owner: 'mei', due: -12, status: 'done', from: ['risk', 'cost'] },
      { title: 'Ask the billing team to export timestamps with seconds', owner: 'sam', due: -3, from: ['issue', 'timestamps'] },
    ],
  },
  {
    project: 'Warehouse Management System',
    risks: [
      {
        key: 'scanners', title: 'RF scanners for warehouse North delivered late', category: 'supplier',
        cause: 'Global shortage of the rugged handheld model we standardised on.', event: 'The scanners arrive after warehouse North’s go-live date.',
        effect: 'North goes live on paper picking, or its go-live moves by six weeks.',
        rating: [4, 3], strategy: 'mitigate', response: 'Order from a second distributor; rent 40 devices as a bridge.',
        review: 3, owner: 'jonas', tasks: ['Deployment'],
        occurred: { title: 'Only 60 of 180 RF scanners delivered for warehouse North', priority: 'high', escalation: 'program', due: 7 },
      },
      {
        key: 'peak', title: 'Go-live too close to the year-end peak', category: 'schedule',
        cause: 'The go-live falls in the weeks before the year-end peak, when order volume doubles.',
        event: 'Cut-over problems coincide with peak volume.', effect: 'Missed shipments and service-level penalties with key accounts.',
        rating: [4, 5], residual: [2, 4], strategy: 'avoid',
        response: 'No go-live later than six weeks before peak; warehouse South keeps the legacy WMS as a fallback.',
        review: 12, owner: 'jonas', tasks: ['Go-live'], rerated: { rating: [3, 5], residual: [2, 4] },
      },
      {
        key: 'council', title: 'Works council withholds consent to scanner performance data', category: 'regulatory',
        cause: 'RF scanning records pick rates per employee.', event: 'The works council refuses consent before go-live.',
        effect: 'Scanning cannot be switched on; productivity reporting stays manual.',
        rating: [2, 4], residual: [1, 4], strategy: 'mitigate',
        response: 'Works agreement drafted with HR: pick rates reported per team only.', review: 15, owner: 'sam',
      },
      {
        title: 'Interface to the transport management system underestimated', category: 'technical',
        cause: 'The TMS needs shipment data the legacy WMS never sent.', event: 'The interface needs a second build sprint.',
        effect: 'Integration testing starts two weeks late.', rating: [3, 3], residual: [2, 2], strategy: 'mitigate',
        response: 'TMS specialist joins the integration team; interface built first.', review: 9, owner: 'mei',
      },
    ],
    issues: [
      {
        title: 'Label printers in warehouse East print unreadable barcodes', description: 'The new label template is too dense for the 203 dpi printers; 1 in 5 labels fails the scan test.',
        priority: 'medium', severity: 'moderate', escalation: 'project', due: -8, owner: 'jonas', status: 'in_progress',
      },
    ],
    assumptions: [
      { title: 'Warehouse staff can be released for two days of training each', description: 'Shift planning covers the training days with temporary staff.', status: 'valid', validateBy: -25, notes: 'Agreed with the three warehouse managers.', owner: 'jonas' },
      { title: 'The legacy WMS can run in parallel for four weeks', description: 'Needed as the fallback for warehouse South.', status: 'unvalidated', validateBy: 10, owner: 'jonas' },
    ],
    decisions: [
      {
        title: 'Go-live sequence of the warehouses', description: 'Which warehouse goes first, and whether North waits for its scanners.', owner: 'jonas',
        decided: { outcome: 'South first, then East; North last, when its scanners are in.', rationale: 'South has the best network and the most experienced supervisors; North cannot scan yet.', by: 'elena', on: -25 },
      },
      { title: 'Rent or buy the bridge scanners?', description: 'Renting 40 devices for three months costs €18 k; buying them €52 k, reusable as spares.', owner: 'jonas' },
    ],
    actions: [
      { title: 'Order 120 scanners from the second distributor', owner: 'jonas', due: 4, status: 'in_progress', from: ['risk', 'scanners'] },
      { title: 'Sign the works agreement on scanner data', owner: 'sam', due: 15, from: ['risk', 'council'] },
      { title: 'Confirm the go-live freeze date with the Logistics director', owner: 'jonas', due: -15, status: 'done', from: ['risk', 'peak'] },
      { title: 'Test the 300 dpi label template on the East printers', owner: 'jonas', due: -1 },
    ],
  },
  {
    project: 'Demand Planning Tool',
    risks: [
      {
        key: 'history', title: 'Sales history not in the lakehouse in time for model training', category: 'schedule',
        cause: 'The forecast models need three years of sales history from the Data Lakehouse.', event: 'The lakehouse’s ERP ingestion slips.',
        effect: 'Model training starts late and the pilot misses the next S&OP cycle.',
        rating: [3, 3], residual: [2, 2], strategy: 'mitigate', response: 'Interim ERP extract for the pilot categories.', review: 8, owner: 'sofia',
      },
      {
        key: 'trust', title: 'Planners keep overriding the statistical forecast', category: 'resource',
        cause: 'Planners have worked from their own spreadsheets for years.', event: 'Most forecasts are overridden by hand.',
        effect: 'Forecast accuracy does not improve; the business case fails.',
        rating: [4, 3], residual: [3, 2], strategy: 'mitigate',
        response: 'Planners co-design the override process; forecast value-added report per planner.', review: 25, owner: 'sofia',
      },
      {
        title: 'Planning SaaS vendor is a start-up with thin EU support', category: 'supplier',
        cause: 'The chosen vendor has 60 staff and one EU support desk.', event: 'The vendor is acquired or cannot meet the support SLA.',
        effect: 'Planning outages during the monthly S&OP cycle.', rating: [2, 3], residual: [2, 2], strategy: 'transfer',
        response: 'Source-code escrow, SLA penalties and an exit plan in the contract.', review: 60, owner: 'sofia',
      },
    ],
    issues: [
      {
        title: 'Product hierarchy differs between ERP and BI', description: 'Twelve product groups are mapped differently, so forecasts cannot be reconciled with the BI sales reports.',
        priority: 'medium', severity: 'moderate', escalation: 'program', due: 14, owner: 'sam',
      },
    ],
    assumptions: [
      { title: 'Forecasts by SKU, warehouse and week are granular enough', description: 'Replenishment does not need daily buckets.', status: 'unvalidated', validateBy: 20, owner: 'sam' },
      { title: 'S&OP stays a monthly cycle', description: 'The tool is configured for monthly consensus planning.', status: 'valid', validateBy: -20, notes: 'Confirmed by the COO at the S&OP review.', owner: 'sofia' },
    ],
    decisions: [
      {
        title: 'Build forecasting on the lakehouse or buy a SaaS planning tool?', description: 'Build with the data-science team, or buy a planning SaaS fed from the lakehouse.', owner: 'sofia',
        decided: { outcome: 'Buy a SaaS planning tool fed from the lakehouse.', rationale: 'Six months faster; the data-science team keeps custom models for the special categories.', by: 'elena', on: -35 },
      },
      { title: 'Which categories go first in the pilot?', description: 'Beverages (stable demand) or seasonal garden products (the biggest forecast error).', owner: 'sofia' },
    ],
    actions: [
      { title: 'Agree an interim ERP extract for the pilot categories', owner: 'mei', due: 6, from: ['risk', 'history'] },
      { title: 'Set up the forecast value-added report', owner: 'sam', due: 25, from: ['risk', 'trust'] },
      { title: 'Return the signed data-processing agreement to the vendor', owner: 'sofia', due: -4, status: 'done' },
    ],
  },
  {
    project: 'NIS2 Compliance',
    risks: [
      {
        key: 'reporting', title: '24-hour incident early warning not in place by the deadline', category: 'regulatory',
        cause: 'Early warning to the CSIRT within 24 hours needs round-the-clock monitoring; we have office hours only.',
        event: 'An audit by the authority finds no working 24-hour reporting process.',
        effect: 'Fines up to 1.4 % of turnover and personal liability of management.',
        rating: [3, 5], residual: [1, 5], strategy: 'mitigate',
        response: 'MSSP contract for a 24/7 SOC, reporting runbook, tabletop exercise with the board.', review: 10, owner: 'marcus', tasks: ['Deployment'],
      },
      {
        key: 'suppliers', title: 'Critical suppliers do not return their security questionnaires', category: 'supplier',
        cause: 'Supply-chain security needs evidence from the 40 critical suppliers.', event: 'Suppliers miss the questionnaire deadline.',
        effect: 'Supply-chain risk assessment incomplete at the audit.',
        rating: [3, 3], strategy: 'mitigate', response: 'Security clause in contract renewals; escalation through Procurement.', review: 6, owner: 'marcus',
        rerated: { rating: [4, 3] },
      },
      {
        title: 'Security architect shared with the lakehouse project', category: 'resource',
        cause: 'One security architect covers both projects.', event: 'The lakehouse takes most of the architect’s time.',
        effect: 'Gap remediation designs late.', rating: [3, 2], strategy: 'accept', response: 'Hire a second security architect.', review: 30, owner: 'marcus',
        closed: 'A second security architect started this month.',
      },
      {
        title: 'MFA rollout breaks the legacy VPN clients at the plants', category: 'technical',
        cause: 'Plant terminals run a VPN client without MFA support.', event: 'Plant staff cannot connect after MFA is enforced.',
        effect: 'Production reporting interrupted at two plants.', rating: [2, 3], residual: [1, 2], strategy: 'mitigate',
        response: 'Replace the plant VPN clients before enforcing MFA; exemption list reviewed weekly.', review: 18, owner: 'mei',
      },
    ],
    issues: [
      {
        key: 'ot', title: 'Asset inventory misses the OT devices at two plants', description: 'Network discovery found 230 PLCs and HMIs not in the CMDB.',
        priority: 'critical', severity: 'major', escalation: 'pmo', due: 5, owner: 'mei', status: 'in_progress',
      },
      {
        title: 'Backup restore test of the ERP failed', description: 'The restore took 19 hours against a recovery time objective of 8 hours.',
        priority: 'high', severity: 'major', escalation: 'project', due: -12, owner: 'mei',
        resolved: 'Restore runbook corrected and storage snapshots enabled; the re-test restored the ERP in 6 h 40 min.',
      },
    ],
    assumptions: [
      { title: 'We are an “important” entity, not an “essential” one, under the national NIS2 law', description: 'Sets the supervision regime and the fine ceiling.', status: 'valid', validateBy: -90, notes: 'Confirmed by external counsel’s memo.', owner: 'marcus' },
      { title: 'The MSSP starts the 24/7 service within six weeks of signature', description: 'The plan’s SOC go-live depends on it.', status: 'unvalidated', validateBy: 12, owner: 'marcus' },
    ],
    decisions: [
      {
        title: 'In-house SOC or a managed security service?', description: '24/7 monitoring needs at least five analysts in-house.', owner: 'marcus',
        decided: { outcome: 'Contract an MSSP for 24/7 monitoring; the in-house team handles response.', rationale: 'No 24/7 staffing is possible before the deadline; the MSSP costs 40 % less than five analysts.', by: 'david', on: -60 },
      },
      {
        title: 'Management-board cyber training format', description: 'NIS2 requires management bodies to follow training.', owner: 'marcus',
        decided: { outcome: 'A half-day workshop with external counsel, repeated every year.', rationale: 'Covers the liability questions the board asked; counsel documents attendance for the audit.', by: 'elena', on: -15 },
      },
    ],
    actions: [
      { title: 'Run the incident-reporting tabletop exercise with the board', owner: 'marcus', due: 18, from: ['risk', 'reporting'] },
      { title: 'Escalate the 14 missing supplier questionnaires to Procurement', owner: 'marcus', due: -7, from: ['risk', 'suppliers'] },
      { title: 'Finish OT asset discovery at plants 2 and 3', owner: 'mei', due: 5, status: 'in_progress', from: ['issue', 'ot'] },
    ],
  },
  {
    project: 'CSRD Sustainability Reporting',
    risks: [
      {
        key: 'scope3', title: 'Suppliers cannot provide Scope 3 emissions data', category: 'supplier',
        cause: 'Most suppliers do not measure their product carbon footprint.', event: 'Fewer than half of the top 50 suppliers return data.',
        effect: 'Scope 3 figures rest on estimates; qualified assurance opinion possible.',
        rating: [4, 3], residual: [3, 2], strategy: 'mitigate',
        response: 'Spend-based estimates where supplier data is missing, disclosed as such.', review: 9, owner: 'sam',
      },
      {
        key: 'assurance', title: 'Limited assurance finds gaps in the data lineage', category: 'regulatory',
        cause: 'ESG data comes from spreadsheets in twelve sites.', event: 'The auditor cannot trace reported figures to their sources.',
        effect: 'Qualified opinion on the first CSRD report.', rating: [3, 4], strategy: 'mitigate',
        response: 'Auditor walkthrough of the data flows two months before year-end.', review: 20, owner: 'sofia',
      },
      {
        title: 'Double materiality assessment takes longer than planned', category: 'schedule',
        cause: 'Stakeholder interviews depend on the board’s calendar.', event: 'The assessment ends a month late.',
        effect: 'Less time to collect the data points of the material topics.', rating: [2, 2], strategy: 'accept',
        response: 'Start data collection for the topics material in every peer’s report.', review: 14, owner: 'sofia',
      },
    ],
    issues: [
      {
        title: 'ESG data collection tool contract not signed', description: 'Legal and the vendor disagree on the liability cap; site data collection cannot start.',
        priority: 'high', severity: 'moderate', escalation: 'pmo', due: -6, owner: 'sofia',
      },
    ],
    assumptions: [
      { title: 'The first report covers the financial year ending 31 December', description: 'Sets the data-collection calendar.', status: 'valid', validateBy: -40, notes: 'Confirmed by the CFO and the auditor.', owner: 'sofia' },
      { title: 'HR can supply headcount and turnover by country from the HR system', description: 'Needed for the ESRS S1 own-workforce disclosures.', status: 'unvalidated', validateBy: 15, owner: 'sam' },
    ],
    decisions: [
      {
        title: 'Materiality threshold', description: 'The score above which a topic is material.', owner: 'sofia',
        decided: { outcome: 'Topics scoring 3 or more (of 5) on impact or on financial materiality are material.', rationale: 'Matches the sector guidance and the peers’ reports; the auditor agrees.', by: 'elena', on: -14 },
      },
      { title: 'ESG module of the finance system or a dedicated ESG tool?', description: 'The finance system’s module is cheaper; the ESG tool has the ESRS data points built in.', owner: 'sofia' },
    ],
    actions: [
      { title: 'Send the Scope 3 data request to the top 50 suppliers', owner: 'sam', due: 10, from: ['risk', 'scope3'] },
      { title: 'Book the auditor’s data-flow walkthrough', owner: 'sofia', due: 30, from: ['risk', 'assurance'] },
      { title: 'Hold the materiality workshop with the management board', owner: 'sofia', due: -14, status: 'done' },
    ],
  },
  {
    project: 'Germany Market Launch',
    risks: [
      {
        key: 'partner', title: 'Distribution partner contract not signed before launch', category: 'supplier',
        cause: 'The preferred partner wants exclusivity for DACH.', event: 'Negotiations run past the launch date.',
        effect: 'No B2B channel at launch: about 40 % of the first-year revenue plan at risk.',
        rating: [3, 5], residual: [2, 4], strategy: 'mitigate', response: 'Shortlist a second partner; walk-away point agreed with the sponsor.',
        review: 5, owner: 'sofia', rerated: { rating: [4, 5], residual: [2, 4] },
      },
      {
        key: 'content', title: 'German product content incomplete at launch', category: 'technical',
        cause: '30 % of the catalogue lacks German descriptions and safety data sheets.', event: 'Products go live without German content.',
        effect: 'Products cannot be listed; returns and complaints rise.', rating: [4, 2], residual: [2, 2], strategy: 'mitigate',
        response: 'Launch with the top 600 SKUs; the rest follows monthly.', review: 12, owner: 'sam',
      },
      {
        title: 'GmbH registration delayed at the commercial register', category: 'regulatory',
        cause: 'Registration courts take up to eight weeks.', event: 'The GmbH is not registered before contracts must be signed.',
        effect: 'Contracts signed by the parent; later novation.', rating: [3, 4], strategy: 'mitigate',
        response: 'Notary appointment early; documents apostilled in advance.', review: -10, owner: 'sofia',
        closed: 'The GmbH is entered in the commercial register.',
      },
      {
        title: 'Paid-search costs in Germany above plan', category: 'cost',
        cause: 'Cost per click in our category is 60 % higher in Germany than at home.', event: 'The launch campaign exhausts its budget in six weeks.',
        effect: 'Fewer leads than planned in the launch quarter.', rating: [3, 3], strategy: 'accept',
        response: 'Shift budget to partner co-marketing if cost per lead exceeds €90.', review: 21, owner: 'sofia',
      },
      {
        title: 'LogiMAT trade-fair stand offered at short notice', category: 'commercial',
        cause: 'A partner gives up its stand at LogiMAT.', event: 'We take over the stand in the launch month.',
        effect: 'Direct access to 300 target accounts in three days.', rating: [3, 3], strategy: 'exploit',
        response: 'Budget moved from paid search; sales team and demo kit booked.', review: 7, owner: 'sofia',
      },
    ],
    issues: [
      {
        key: 'vat', title: 'German VAT number not yet issued', description: 'Without it we cannot invoice German customers; the tax office asked for more documents.',
        priority: 'high', severity: 'major', escalation: 'program', due: 3, owner: 'sofia', status: 'in_progress',
      },
      {
        title: 'Translation agency missed the catalogue delivery', description: 'The German catalogue was due three weeks ago.',
        priority: 'medium', severity: 'minor', escalation: 'project', due: -18, owner: 'sam',
        resolved: 'A second agency delivered the catalogue; terminology reviewed by the country manager.',
      },
    ],
    assumptions: [
      { title: 'Our EU product certification covers Germany without extra testing', description: 'No national testing is planned.', status: 'valid', validateBy: -50, notes: 'Confirmed by the notified body.', owner: 'sam' },
      { title: 'Resellers accept an 18 % margin', description: 'The price list is built on it.', status: 'unvalidated', validateBy: 7, owner: 'sofia' },
    ],
    decisions: [
      {
        title: 'German warehouse or ship from the central warehouse?', description: 'A 3PL warehouse near Kassel or shipping from warehouse South.', owner: 'sofia',
        decided: { outcome: 'Ship from warehouse South for the first 12 months.', rationale: 'Volumes do not justify a 3PL yet; two-day delivery to 90 % of Germany is possible from South.', by: 'elena', on: -50 },
      },
      { title: 'Launch event in Hamburg or Munich?', description: 'Most target accounts are in the south; the partner prefers Hamburg.', owner: 'sofia' },
    ],
    actions: [
      { title: 'Shortlist a second distribution partner', owner: 'sofia', due: 9, status: 'in_progress', from: ['risk', 'partner'] },
      { title: 'Send the missing documents to the tax office through our tax adviser', owner: 'sofia', due: -2, from: ['issue', 'vat'] },
      { title: 'Complete German content for the top 600 SKUs in the PIM', owner: 'sam', due: 20, from: ['risk', 'content'] },
    ],
  },
  {
    project: 'Partner Integration API',
    risks: [
      {
        key: 'oauth', title: 'Resellers’ systems cannot handle OAuth 2.0', category: 'technical',
        cause: 'Several resellers run old ERP connectors that only support basic authentication.', event: 'Pilot resellers cannot connect.',
        effect: 'Fewer integrations in the first year than the business case assumes.', rating: [3, 3], residual: [2, 2], strategy: 'mitigate',
        response: 'Client-credentials flow with generated SDKs; connector partner for the two largest ERPs.', review: 8, owner: 'mei',
      },
      {
        key: 'pricing', title: 'A reseller sees another reseller’s prices', category: 'regulatory',
        cause: 'Price lists are negotiated per reseller.', event: 'The API returns prices of the wrong price list.',
        effect: 'Breach of confidentiality and competition-law exposure.', rating: [2, 5], residual: [1, 5], strategy: 'avoid',
        response: 'Entitlement checks per price list, contract tests for every endpoint, a penetration test before launch.', review: 15, owner: 'mei',
      },
      {
        title: 'API gateway licence priced per call from next year', category: 'cost',
        cause: 'The gateway vendor announced call-based pricing.', event: 'Partner traffic pushes us into a higher tier.',
        effect: 'About €35 k more run cost a year.', rating: [2, 3], strategy: 'accept', response: 'Caching and rate limits per partner; review at renewal.', review: 40, owner: 'marcus',
      },
    ],
    issues: [
      {
        title: 'Catalogue service has no per-reseller price lists', description: 'The catalogue returns list prices only; the per-reseller prices live in the ERP.',
        priority: 'high', severity: 'major', escalation: 'project', due: 20, owner: 'mei',
      },
    ],
    assumptions: [
      { title: 'The top ten resellers integrate within three months of launch', description: 'The business case counts on their order volume.', status: 'unvalidated', validateBy: 45, owner: 'marcus' },
      { title: 'EDI orders keep flowing during the transition', description: 'Resellers switch from EDI at their own pace.', status: 'valid', validateBy: -10, notes: 'The EDI gateway contract runs for two more years.', owner: 'marcus' },
    ],
    decisions: [
      {
        title: 'REST with OpenAPI or GraphQL?', description: 'The style of the public partner API.', owner: 'mei',
        decided: { outcome: 'REST with OpenAPI 3.1.', rationale: 'Resellers’ ERP connectors speak REST; SDKs are generated from the specification.', by: 'mei', on: -20 },
      },
      { title: 'Charge resellers for API access?', description: 'A fee per call would cover the gateway cost but slow adoption.', owner: 'marcus' },
    ],
    actions: [
      { title: 'Interview five pilot resellers about authentication', owner: 'sam', due: 8, from: ['risk', 'oauth'] },
      { title: 'Design price-list entitlements per reseller', owner: 'mei', due: 12, status: 'in_progress', from: ['risk', 'pricing'] },
      { title: 'Publish the draft OpenAPI specification to the pilot partners', owner: 'mei', due: -3, status: 'done' },
    ],
  },
];

export const DEMO_DEPENDENCIES: DemoDependency[] = [
  {
    consumer: 'Customer Self-Service Portal', provider: 'CRM Replacement', task: 'Go-live',
    title: 'Customer, order and invoice APIs of the new CRM live', description: 'The portal reads orders, invoices and returns through the new CRM’s customer APIs.',
    owner: 'sofia', neededBy: -12,
  },
  {
    consumer: 'Demand Planning Tool', provider: 'Data Lakehouse Foundation', task: 'Go-live',
    title: 'Three years of sales history in the lakehouse', description: 'Curated sales history by SKU, warehouse and week for model training.',
    owner: 'sofia', neededBy: 21,
  },
  {
    consumer: 'Germany Market Launch', provider: 'Partner Integration API',
    title: 'Reseller ordering API for the German distribution partner', description: 'The partner orders through the API instead of e-mail from the second launch month.',
    owner: 'sofia', neededBy: 75,
  },
];
