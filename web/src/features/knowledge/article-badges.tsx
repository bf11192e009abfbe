// The badges that say what an article is: its kind, its status and a late or coming review.
import { Badge, Group } from '@mantine/core';
import type { ArticleSummary } from '../../api/types.ts';
import { KIND_LABELS, REVIEW_LABELS, STATUS_COLORS } from './knowledge-view.ts';

export function ArticleBadges({ article }: { article: Pick<ArticleSummary, 'kind' | 'status' | 'reviewState'> }) {
  const review = REVIEW_LABELS[article.reviewState];
  return (
    <Group gap={4} wrap="nowrap">
      <Badge variant="light" color="blue">{KIND_LABELS[article.kind]}</Badge>
      <Badge variant="light" color={STATUS_COLORS[article.status]}>{article.status}</Badge>
      {review ? <Badge variant="filled" color={review.color}>{review.label}</Badge> : null}
    </Group>
  );
}
