// The badges of the RAID grids: a status, a risk's score in its band's colour, and the red flags
// (overdue, threatened) a PMO scans a log for.
import { Badge, Group, Text } from '@mantine/core';
import type { RaidKind, RiskMatrix } from '../../api/types.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { formatDate } from '../../ui/dates.ts';
import { RAID_STATUS_LABELS, STATUS_COLORS, labelOf } from './raid-labels.ts';
import { bandByKey } from './risk-matrix-view.ts';

export function RaidStatusBadge({ kind, status }: { kind: RaidKind; status: string }) {
  return (
    <Badge style={BADGE_STYLE} variant="light" color={STATUS_COLORS[status] ?? 'gray'}>
      {labelOf(RAID_STATUS_LABELS[kind], status)}
    </Badge>
  );
}

interface ScoreBadgeProps {
  matrix: RiskMatrix | undefined;
  probability: number | null;
  impact: number | null;
  score: number | null;
  band: string | null;
}

/** "2×3 = 6 Medium" with the band's colour from the PMO's matrix. */
export function ScoreBadge({ matrix, probability, impact, score, band }: ScoreBadgeProps) {
  if (score === null || probability === null || impact === null) return <Text span c="dimmed" fz="sm">—</Text>;
  const bandInfo = matrix ? bandByKey(matrix, band) : undefined;
  return (
    <Group gap={6} wrap="nowrap">
      <Text span fz="sm" c="dimmed" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
        {probability}×{impact}
      </Text>
      <Badge style={BADGE_STYLE} color={bandInfo?.color ?? 'gray'} autoContrast data-band={band ?? undefined}>
        {score} {bandInfo?.label ?? band}
      </Badge>
    </Group>
  );
}

/** A date with a red "Overdue" flag when the server says it has passed. */
export function DueDate({ date, overdue }: { date: string | null; overdue: boolean }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Text span fz="sm" style={{ whiteSpace: 'nowrap' }} c={overdue ? 'red.7' : undefined} fw={overdue ? 600 : undefined}>
        {formatDate(date)}
      </Text>
      {overdue ? (
        <Badge style={BADGE_STYLE} size="sm" color="red" variant="filled">
          Overdue
        </Badge>
      ) : null}
    </Group>
  );
}

export function ThreatenedBadge() {
  return (
    <Badge style={BADGE_STYLE} color="red" variant="filled">
      Threatened
    </Badge>
  );
}
