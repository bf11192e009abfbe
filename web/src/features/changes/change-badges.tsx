// The status badge of a change request and its signed cost, the same on every change screen.
import { Badge, Text } from '@mantine/core';
import type { ChangeRequest } from '../../api/types.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { formatMoney } from '../../ui/money.ts';
import { CHANGE_STATUS_COLORS, CHANGE_STATUS_LABELS } from './change-labels.ts';

export function ChangeStatusBadge({ status }: { status: ChangeRequest['status'] }) {
  return (
    <Badge style={BADGE_STYLE} variant="light" color={CHANGE_STATUS_COLORS[status]}>
      {CHANGE_STATUS_LABELS[status]}
    </Badge>
  );
}

/** "+€2,500.00" in red, a saving "−€500.00" in green, "—" when not assessed. */
export function CostImpact({ cost }: { cost: ChangeRequest['costImpact'] }) {
  if (!cost) return <Text span c="dimmed" fz="sm">—</Text>;
  const saving = cost.amountMinor < 0;
  const text = formatMoney({ amountMinor: Math.abs(cost.amountMinor), currency: cost.currency });
  return (
    <Text span fz="sm" c={saving ? 'teal.8' : cost.amountMinor > 0 ? 'red.8' : undefined} style={{ whiteSpace: 'nowrap' }}>
      {saving ? '−' : cost.amountMinor > 0 ? '+' : ''}
      {text}
    </Text>
  );
}
