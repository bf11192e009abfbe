// Every migration, in order. Imported statically so the server needs no file-system scanning.
import type { Migration } from 'kysely';
import * as m20261123T1900 from './2026-11-23T1900-register-and-accounts.ts';
import * as m20261123T2015 from './2026-11-23T2015-schedules.ts';
import * as m20261123T2200 from './2026-11-23T2200-schedule-editing.ts';
import * as m20261124T0100 from './2026-11-24T0100-raid.ts';
import * as m20261124T0200 from './2026-11-24T0200-governance.ts';
import * as m20261124T0300 from './2026-11-24T0300-policies.ts';
import * as m20261124T0310 from './2026-11-24T0310-change-requests.ts';
import * as m20261124T0320 from './2026-11-24T0320-quality-reviews.ts';
import * as m20261124T0330 from './2026-11-24T0330-project-templates.ts';
import * as m20261124T0400 from './2026-11-24T0400-status-reports.ts';
import * as m20261124T0410 from './2026-11-24T0410-stakeholders-meetings.ts';
import * as m20261124T0420 from './2026-11-24T0420-dashboard.ts';
import * as m20261124T0430 from './2026-11-24T0430-jobs-and-mail.ts';
import * as m20261124T0500 from './2026-11-24T0500-notifications.ts';
import * as m20261124T0510 from './2026-11-24T0510-comments.ts';
import * as m20261124T0520 from './2026-11-24T0520-communication-reports.ts';
import * as m20261124T0610 from './2026-11-24T0610-timesheets.ts';
import * as m20261124T0620 from './2026-11-24T0620-project-money.ts';
import * as m20261124T0630 from './2026-11-24T0630-rates.ts';
import * as m20261124T0640 from './2026-11-24T0640-timesheet-costs.ts';
import * as m20261124T0650 from './2026-11-24T0650-labour-cost-rollups.ts';
import * as m20261124T0660 from './2026-11-24T0660-evm-summaries.ts';
import * as m20261124T0680 from './2026-11-24T0680-ev-snapshots.ts';
import * as m20261124T0690 from './2026-11-24T0690-task-earning.ts';
import * as m20261124T0700 from './2026-11-24T0700-resource-pool.ts';
import * as m20261124T0720 from './2026-11-24T0720-task-assignments.ts';
import * as m20261124T0750 from './2026-11-24T0750-progress-from-timesheets.ts';
import * as m20261124T0770 from './2026-11-24T0770-task-ev-history.ts';
import * as m20261124T0800 from './2026-11-24T0800-task-priority.ts';
import * as m20261124T0830 from './2026-11-24T0830-timesheet-approvals.ts';
import * as m20261124T0900 from './2026-11-24T0900-assignment-overtime.ts';
import * as m20261124T0905 from './2026-11-24T0905-project-estimates.ts';
import * as m20261124T1000 from './2026-11-24T1000-project-requests.ts';
import * as m20261124T1010 from './2026-11-24T1010-scoring-selection.ts';
import * as m20261124T1020 from './2026-11-24T1020-benefits.ts';
import * as m20261124T1021 from './2026-11-24T1021-scenarios.ts';
import * as m20261124T1030 from './2026-11-24T1030-maturity-assessments.ts';
import * as m20261124T1031 from './2026-11-24T1031-maturity-actions.ts';
import * as m20261124T1040 from './2026-11-24T1040-closure-and-lessons.ts';
import * as m20261124T1050 from './2026-11-24T1050-knowledge-base.ts';
import * as m20261124T1051 from './2026-11-24T1051-training.ts';
import * as m20261124T1052 from './2026-11-24T1052-support-desk.ts';

export const migrations: Record<string, Migration> = {
  '2026-11-23T1900-register-and-accounts': m20261123T1900,
  '2026-11-23T2015-schedules': m20261123T2015,
  '2026-11-23T2200-schedule-editing': m20261123T2200,
  '2026-11-24T0100-raid': m20261124T0100,
  '2026-11-24T0200-governance': m20261124T0200,
  '2026-11-24T0300-policies': m20261124T0300,
  '2026-11-24T0310-change-requests': m20261124T0310,
  '2026-11-24T0320-quality-reviews': m20261124T0320,
  '2026-11-24T0330-project-templates': m20261124T0330,
  '2026-11-24T0400-status-reports': m20261124T0400,
  '2026-11-24T0410-stakeholders-meetings': m20261124T0410,
  '2026-11-24T0420-dashboard': m20261124T0420,
  '2026-11-24T0430-jobs-and-mail': m20261124T0430,
  '2026-11-24T0500-notifications': m20261124T0500,
  '2026-11-24T0510-comments': m20261124T0510,
  '2026-11-24T0520-communication-reports': m20261124T0520,
  '2026-11-24T0610-timesheets': m20261124T0610,
  '2026-11-24T0620-project-money': m20261124T0620,
  '2026-11-24T0630-rates': m20261124T0630,
  '2026-11-24T0640-timesheet-costs': m20261124T0640,
  '2026-11-24T0650-labour-cost-rollups': m20261124T0650,
  '2026-11-24T0660-evm-summaries': m20261124T0660,
  '2026-11-24T0680-ev-snapshots': m20261124T0680,
  '2026-11-24T0690-task-earning': m20261124T0690,
  '2026-11-24T0700-resource-pool': m20261124T0700,
  '2026-11-24T0720-task-assignments': m20261124T0720,
  '2026-11-24T0750-progress-from-timesheets': m20261124T0750,
  '2026-11-24T0770-task-ev-history': m20261124T0770,
  '2026-11-24T0800-task-priority': m20261124T0800,
  '2026-11-24T0830-timesheet-approvals': m20261124T0830,
  '2026-11-24T0900-assignment-overtime': m20261124T0900,
  '2026-11-24T0905-project-estimates': m20261124T0905,
  '2026-11-24T1000-project-requests': m20261124T1000,
  '2026-11-24T1010-scoring-selection': m20261124T1010,
  '2026-11-24T1020-benefits': m20261124T1020,
  '2026-11-24T1021-scenarios': m20261124T1021,
  '2026-11-24T1030-maturity-assessments': m20261124T1030,
  '2026-11-24T1031-maturity-actions': m20261124T1031,
  '2026-11-24T1040-closure-and-lessons': m20261124T1040,
  '2026-11-24T1050-knowledge-base': m20261124T1050,
  '2026-11-24T1051-training': m20261124T1051,
  '2026-11-24T1052-support-desk': m20261124T1052,
};
