// The navbar's entries. A new feature with a top-level page adds one line here (and its route in
// app/router.tsx).
import type { LinkProps } from '@tanstack/react-router';

export interface NavItem {
  label: string;
  to: NonNullable<LinkProps['to']>;
  /** Active only on this exact path (the dashboard), not on every page below it. */
  exact?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Dashboard', to: '/', exact: true },
  { label: 'Portfolios', to: '/portfolios' },
  { label: 'Projects', to: '/projects' },
  { label: 'Risks', to: '/risks' },
  { label: 'Objectives', to: '/objectives' },
];
