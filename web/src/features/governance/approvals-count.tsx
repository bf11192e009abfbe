// The navbar's count of gate reviews waiting for my decision, next to "Approvals"; nothing when
// none wait (or the count cannot be read: the page itself says why).
import { Badge } from '@mantine/core';
import { useAwaitingMyDecision } from '../../api/gate-reviews.ts';

export function ApprovalsCount() {
  const awaiting = useAwaitingMyDecision();
  const count = awaiting.data?.items.length ?? 0;
  if (count === 0) return null;
  return (
    <Badge size="sm" color="orange" circle={count < 10} aria-label={`${count} awaiting my decision`} data-testid="approvals-count">
      {count}
    </Badge>
  );
}
