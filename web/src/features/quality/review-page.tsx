// One quality review: its score and RAG (overall and by area), the checklist to answer, the status
// buttons (start, complete, cancel, reopen answers) and its findings. Answers edited on screen are
// saved together with If-Match, alone ("Save answers") or with the status change that needs them;
// a 409 offers a reload, and questions left unanswered when completing are flagged.
import { useState } from 'react';
import { Alert, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { isApiProblem } from '../../api/api-problem.ts';
import { useReview, useUpdateReview } from '../../api/quality.ts';
import type { QualityReview } from '../../api/types.ts';
import { formatDate } from '../../ui/dates.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { RagBadge, ReviewStatusBadge } from './quality-badges.tsx';
import { ReviewChecklist } from './review-checklist.tsx';
import { ReviewFindings } from './review-findings.tsx';
import { answersOpen, changedAnswers, reviewMoves, type AnswerDraft } from './quality-view.ts';

const route = getRouteApi('/_app/reviews/$reviewId');

export function ReviewPage() {
  const { reviewId } = route.useParams();
  const review = useReview(reviewId);
  if (review.isPending) return <Pending label="Loading review" />;
  if (review.error) return <ProblemAlert error={review.error} title="This review could not be shown" />;
  return <ReviewView key={review.data.version} review={review.data} reload={() => void review.refetch()} />;
}

function ReviewView({ review, reload }: { review: QualityReview; reload: () => void }) {
  const update = useUpdateReview(review.id);
  const [drafts, setDrafts] = useState<Record<string, AnswerDraft>>({});
  const changed = changedAnswers(review, drafts);
  const editable = review.canEdit && answersOpen(review.status);
  const flagged = new Set(isApiProblem(update.error) ? update.error.fieldErrors.map((e) => /^answers\.(\w+)$/.exec(e.path)?.[1]).filter((k): k is string => Boolean(k)) : []);
  const save = (status?: QualityReview['status']) =>
    update.mutate({ version: review.version, patch: { ...(changed.length > 0 ? { answers: changed } : {}), ...(status ? { status } : {}) } });

  return (
    <Stack gap="md">
      <PageHeader
        title={<><Text span inherit c="dimmed" ff="monospace" mr="xs">{review.code}</Text>{review.title}</>}
        badges={<ReviewStatusBadge status={review.status} />}
        subtitle={
          <AnchorLink to="/projects/$projectId/reviews" params={{ projectId: review.projectId }} fz="sm">
            {review.projectCode} · {review.projectName} — {review.typeName}, planned {formatDate(review.plannedDate)}
          </AnchorLink>
        }
        actions={review.canEdit ? reviewMoves(review.status).map((m) => (
          <Button key={m.to} variant={m.to === 'cancelled' ? 'default' : 'filled'} color={m.to === 'cancelled' ? 'red' : undefined} loading={update.isPending} onClick={() => save(m.to)}>
            {m.label}
          </Button>
        )) : null}
      />
      <ProblemAlert error={update.error} onReload={() => { update.reset(); reload(); }} />
      <SimpleGrid cols={{ base: 1, sm: 4 }}>
        <Card withBorder radius="md" padding="md">
          <Text size="sm" c="dimmed">Score</Text>
          <Group gap="sm"><Text fz={28} fw={700} data-testid="review-score">{review.score ?? '—'}</Text><RagBadge rag={review.rag} /></Group>
        </Card>
        <Card withBorder radius="md" padding="md">
          <Text size="sm" c="dimmed">Answers</Text>
          <Text size="sm">{review.tally.compliant} compliant · {review.tally.partially} partially · {review.tally.nonCompliant} non-compliant · {review.tally.notApplicable} N/A</Text>
          <Text size="sm" c={review.tally.unanswered ? 'orange.8' : 'dimmed'}>{review.tally.unanswered} unanswered</Text>
        </Card>
        <Card withBorder radius="md" padding="md">
          <Text size="sm" c="dimmed">Findings</Text>
          <Text size="sm">{review.findings.notClosed} open of {review.findings.total}</Text>
          {review.findings.overdue > 0 ? <Text size="sm" c="red.7" fw={600}>{review.findings.overdue} overdue</Text> : null}
        </Card>
        <Card withBorder radius="md" padding="md">
          <Text size="sm" c="dimmed">Reviewers</Text>
          <Text size="sm">{review.reviewers.map((r) => r.name).join(', ') || '—'}</Text>
        </Card>
      </SimpleGrid>
      {review.scope ? <Text size="sm"><b>Scope:</b> {review.scope}</Text> : null}
      {editable && changed.length > 0 ? (
        <Alert color="blue" title={`${changed.length} unsaved ${changed.length === 1 ? 'answer' : 'answers'}`}>
          <Group gap="sm">
            <Button size="xs" onClick={() => save()} loading={update.isPending}>Save answers</Button>
            <Button size="xs" variant="default" onClick={() => setDrafts({})} disabled={update.isPending}>Discard</Button>
          </Group>
        </Alert>
      ) : null}
      <ReviewChecklist review={review} drafts={drafts} editable={editable} flagged={flagged} onChange={(key, draft) => setDrafts((d) => ({ ...d, [key]: draft }))} />
      <ReviewFindings review={review} />
    </Stack>
  );
}
