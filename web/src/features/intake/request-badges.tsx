// The status badge of a project request, the same on the board and the request's page.
import { Badge } from '@mantine/core';
import type { RequestStatus } from '../../api/types.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { STATUS_COLORS, STATUS_LABELS } from './request-view.ts';

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  return <Badge style={BADGE_STYLE} variant="light" color={STATUS_COLORS[status]}>{STATUS_LABELS[status]}</Badge>;
}
