// Words and colours for the stakeholder register's enums. Each map is typed by the API, so a value
// the server adds fails the type check here until it has a label.
import type { EngagementLevel, Quadrant, StakeholderCategory, StakeholderStatus } from '../../api/stakeholders.ts';

export const CATEGORY_LABELS: Readonly<Record<StakeholderCategory, string>> = {
  sponsor: 'Sponsor',
  executive: 'Executive',
  customer: 'Customer',
  user: 'User',
  team: 'Team',
  supplier: 'Supplier',
  regulator: 'Regulator',
  partner: 'Partner',
  public: 'Public',
  other: 'Other',
};

/** In the PMBOK's order, least engaged first: a level's position is what the gap counts. */
export const ENGAGEMENT_LABELS: Readonly<Record<EngagementLevel, string>> = {
  unaware: 'Unaware',
  resistant: 'Resistant',
  neutral: 'Neutral',
  supportive: 'Supportive',
  leading: 'Leading',
};

export const STAKEHOLDER_STATUS_LABELS: Readonly<Record<StakeholderStatus, string>> = {
  active: 'Active',
  inactive: 'Inactive',
};

export interface QuadrantMeta {
  label: string;
  hint: string;
  color: string;
}

/** The grid's cells in reading order: high power on top, high interest on the right. */
export const QUADRANT_META: Readonly<Record<Quadrant, QuadrantMeta>> = {
  keep_satisfied: { label: 'Keep satisfied', hint: 'High power, low interest', color: 'orange' },
  manage_closely: { label: 'Manage closely', hint: 'High power, high interest', color: 'red' },
  monitor: { label: 'Monitor', hint: 'Low power, low interest', color: 'gray' },
  keep_informed: { label: 'Keep informed', hint: 'Low power, high interest', color: 'blue' },
};

/** Influence and interest are scored 1–5. */
export const SCORE_LABELS: Readonly<Record<string, string>> = {
  '1': '1 – Very low',
  '2': '2 – Low',
  '3': '3 – Medium',
  '4': '4 – High',
  '5': '5 – Very high',
};
