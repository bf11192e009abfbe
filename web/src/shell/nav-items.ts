// The navbar's entries. A new feature with a top-level page adds one line here (and its route in
// app/router.tsx).
import type { LinkProps } from '@tanstack/react-router';
import type { ComponentType } from 'react';
import type { User } from '../api/types.ts';
import { canGovern } from '../auth/permissions.ts';
import { ApprovalsCount } from '../features/governance/approvals-count.tsx';
import { StatusDueCount } from '../features/status/status-due-count.tsx';
import { TimesheetApprovalsCount } from '../features/timesheets/timesheet-approvals-count.tsx';

export interface NavItem {
  label: string;
  to: NonNullable<LinkProps['to']>;
  /** Active only on this exact path (the dashboard), not on every page below it. */
  exact?: boolean;
  /** Shown at the entry's right, e.g. a count of things waiting. */
  Count?: ComponentType;
  /** Only for the users it is for (the PMO's settings); everyone by default. */
  visibleTo?: (user: User) => boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Dashboard', to: '/', exact: true },
  { label: 'Portfolio dashboard', to: '/dashboard' },
  { label: 'My work', to: '/my-work' },
  { label: 'My timesheet', to: '/timesheet' },
  { label: 'Portfolios', to: '/portfolios' },
  { label: 'Projects', to: '/projects' },
  { label: 'Project requests', to: '/requests' },
  { label: 'Resources', to: '/resources' },
  { label: 'Resource requests', to: '/resource-requests', visibleTo: canGovern },
  { label: 'Capacity', to: '/capacity' },
  { label: 'Portfolio financials', to: '/financials' },
  { label: 'Benefits', to: '/benefits' },
  { label: 'Scenarios', to: '/scenarios', visibleTo: (user) => user.orgRole !== 'member' },
  { label: 'Risks', to: '/risks' },
  { label: 'Objectives', to: '/objectives' },
  { label: 'Scoring model', to: '/settings/scoring' },
  { label: 'Approvals', to: '/approvals', Count: ApprovalsCount },
  { label: 'Timesheet approvals', to: '/timesheet-approvals', Count: TimesheetApprovalsCount },
  { label: 'Governance', to: '/settings/governance', visibleTo: canGovern },
  { label: 'Libraries', to: '/settings/libraries', visibleTo: canGovern },
  { label: 'Compliance', to: '/compliance' },
  { label: 'Knowledge base', to: '/knowledge' },
  { label: 'Training', to: '/training' },
  { label: 'PMO support', to: '/support' },
  { label: 'Change board', to: '/change-board' },
  { label: 'Findings', to: '/findings' },
  { label: 'Status reports', to: '/status-reports', Count: StatusDueCount },
  { label: 'Status thresholds', to: '/settings/status-thresholds', visibleTo: canGovern },
  { label: 'Request form', to: '/settings/intake-fields', visibleTo: canGovern },
  { label: 'Rates', to: '/settings/rates' },
  { label: 'PMO charter', to: '/pmo/charter' },
  { label: 'PMO maturity', to: '/maturity' },
  { label: 'PMO performance', to: '/pmo/performance', visibleTo: (user) => user.orgRole !== 'member' },
  { label: 'Lessons learned', to: '/lessons' },
];
