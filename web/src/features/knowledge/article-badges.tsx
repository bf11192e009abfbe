// The badges that say what an article is: its kind, its status and a late or coming review.
import { Badge, Group } from '@mantine/core';
import type { ArticleSummary } from '../../api/types.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { KIND_LABELS, REVIEW_LABELS, STATUS_COLORS } from './knowledge-view.ts';

export function ArticleBadges({ article }: { article: Pick<ArticleSummary, 'kind' | 'status' | 'reviewState'> }) {
  const review = REVIEW_LABELS[article.reviewState];
  return (
    <Group gap={4}>
      <Badge variant="light" color="blue" style={BADGE_STYLE}>{KIND_LABELS[article.kind]}</Badge>
      <Badge variant="light" color={STATUS_COLORS[article.status]} style={BADGE_STYLE}>{article.status}</Badge>
      {review ? <Badge variant="filled" color={review.color} style={BADGE_STYLE}>{review.label}</Badge> : null}
    </Group>
  );
}
