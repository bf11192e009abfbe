// Coloured badges for a project's status, phase and priority, the same on every screen.
import { Badge } from '@mantine/core';
import { useMethodologies } from '../api/governance.ts';
import type { ProjectPriority, ProjectStatus } from '../api/types.ts';
import { PROJECT_PRIORITY_LABELS, PROJECT_STATUS_LABELS } from './labels.ts';
import { phaseLabel } from './phase-labels.ts';

/** Badges are ellipsised by default; in table cells they must keep their full width. */
export const BADGE_STYLE = { minWidth: 'max-content' } as const;

const STATUS_COLORS: Record<ProjectStatus, string> = {
  proposed: 'gray',
  active: 'teal',
  on_hold: 'yellow',
  completed: 'blue',
  cancelled: 'red',
};

const PRIORITY_COLORS: Record<ProjectPriority, string> = {
  critical: 'red',
  high: 'orange',
  medium: 'indigo',
  low: 'gray',
};

export function StatusBadge({ status }: { status: ProjectStatus }) {
  return (
    <Badge style={BADGE_STYLE} color={STATUS_COLORS[status]} variant="light">
      {PROJECT_STATUS_LABELS[status]}
    </Badge>
  );
}

/** The phase named by the project's methodology (the library is cached for every badge). */
export function PhaseBadge({ phase, methodologyKey }: { phase: string; methodologyKey: string }) {
  const methodologies = useMethodologies();
  return (
    <Badge style={BADGE_STYLE} color="grape" variant="outline" data-phase={phase}>
      {phaseLabel(methodologies.data, methodologyKey, phase)}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: ProjectPriority }) {
  return (
    <Badge style={BADGE_STYLE} color={PRIORITY_COLORS[priority]} variant={priority === 'critical' ? 'filled' : 'light'}>
      {PROJECT_PRIORITY_LABELS[priority]}
    </Badge>
  );
}

export function ArchivedBadge() {
  return (
    <Badge style={BADGE_STYLE} color="dark" variant="outline">
      Archived
    </Badge>
  );
}
