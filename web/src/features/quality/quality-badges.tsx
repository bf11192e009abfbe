// Badges of quality reviews and findings: status, RAG, severity, the same on every quality screen.
import { Badge } from '@mantine/core';
import type { Finding, QualityReview } from '../../api/types.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { FINDING_SEVERITY_COLORS, FINDING_SEVERITY_LABELS, FINDING_STATUS_COLORS, FINDING_STATUS_LABELS, RAG_COLORS, RAG_LABELS, REVIEW_STATUS_COLORS, REVIEW_STATUS_LABELS } from './quality-labels.ts';

export const ReviewStatusBadge = ({ status }: { status: QualityReview['status'] }) => (
  <Badge style={BADGE_STYLE} variant="light" color={REVIEW_STATUS_COLORS[status]}>{REVIEW_STATUS_LABELS[status]}</Badge>
);

export const RagBadge = ({ rag }: { rag: QualityReview['rag'] }) =>
  rag ? <Badge style={BADGE_STYLE} variant="filled" color={RAG_COLORS[rag]} data-rag={rag}>{RAG_LABELS[rag]}</Badge> : <>—</>;

export const FindingStatusBadge = ({ status }: { status: Finding['status'] }) => (
  <Badge style={BADGE_STYLE} variant="light" color={FINDING_STATUS_COLORS[status]}>{FINDING_STATUS_LABELS[status]}</Badge>
);

export const FindingSeverityBadge = ({ severity }: { severity: Finding['severity'] }) => (
  <Badge style={BADGE_STYLE} variant={severity === 'critical' ? 'filled' : 'light'} color={FINDING_SEVERITY_COLORS[severity]}>{FINDING_SEVERITY_LABELS[severity]}</Badge>
);
