// One gate review: who asked for which gate of which project and why, the checklist, the
// deliverables the gate requires, the readiness and, for its approvers, the decision; once decided,
// the decision with its conditions and the evidence. Everything is read-only for those without
// rights: approvers decide and waive (the server says so in `canDecide`), the project's manager and
// the PMO answer the checklist and may withdraw the request.
import { Badge, Button, Card, Grid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useGateReview, useWithdrawGateReview } from '../../api/gate-reviews.ts';
import { projectQueries } from '../../api/projects.ts';
import type { GateReview } from '../../api/types.ts';
import { canAnswerChecklist, canRequestGateReview } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { formatInstant } from '../../ui/dates.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { PersonName } from '../../ui/person-name.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink, ButtonLink } from '../../ui/router-links.tsx';
import { DecisionOutcome } from './decision-outcome.tsx';
import { DecisionPanel } from './decision-panel.tsx';
import { APPROVER_ROLE_LABELS, REVIEW_STATUSES } from './governance-labels.ts';
import { ReviewChecklist } from './review-checklist.tsx';
import { ReviewDeliverables } from './review-deliverables.tsx';
import { ReviewReadiness } from './review-readiness.tsx';
import { GuidanceCard } from '../knowledge/guidance-card.tsx';

const route = getRouteApi('/_app/gate-reviews/$reviewId');

export function GateReviewPage() {
  const { reviewId } = route.useParams();
  const review = useGateReview(reviewId);
  if (review.isPending) return <Pending label="Loading gate review" />;
  if (review.error) return <ProblemAlert error={review.error} title="This gate review could not be shown" />;
  return <GateReviewView review={review.data} />;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={160} fw={500} c="dimmed" fz="sm" scope="row">
        {label}
      </Table.Th>
      <Table.Td fz="sm">{children}</Table.Td>
    </Table.Tr>
  );
}

function GateReviewView({ review }: { review: GateReview }) {
  const user = useCurrentUser();
  // A named approver from outside the project may see the review but not the project (404).
  const project = useQuery(projectQueries.detail(review.projectId));
  const members = useQuery({ ...projectQueries.members(review.projectId), enabled: project.isSuccess });
  const withdraw = useWithdrawGateReview(review.id);
  const projectReadable = project.isSuccess;
  const open = review.status === 'requested';
  const mayAnswer = canAnswerChecklist(user, review, project.data);
  const mayWithdraw = open && project.data !== undefined && canRequestGateReview(user, project.data, members.data?.items);
  const status = REVIEW_STATUSES[review.status];

  return (
    <Stack gap="md">
      <PageHeader
        title={
          <>
            <Text span inherit c="dimmed" ff="monospace" mr="xs">
              {review.code}
            </Text>
            {review.gate.name}
          </>
        }
        badges={<Badge color={status.color} variant="light" data-testid="review-status">{status.label}</Badge>}
        subtitle={`${review.projectCode} · ${review.projectName} — leaving the ${review.phaseName} phase`}
        actions={
          <>
            {projectReadable ? (
              <ButtonLink to="/projects/$projectId/governance" params={{ projectId: review.projectId }} variant="default">
                Project governance
              </ButtonLink>
            ) : null}
            {mayWithdraw ? (
              <Button variant="default" color="red" loading={withdraw.isPending} onClick={() => withdraw.mutate({ version: review.version })}>
                Withdraw request
              </Button>
            ) : null}
          </>
        }
      />
      <ProblemAlert error={withdraw.error} title="The request was not withdrawn" />
      {review.status === 'decided' ? <DecisionOutcome review={review} projectReadable={projectReadable} /> : null}
      <Grid>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <Card withBorder radius="md" padding="lg">
              <Table aria-label="Review details" withRowBorders>
                <Table.Tbody>
                  <Field label="Project">
                    {projectReadable ? (
                      <AnchorLink to="/projects/$projectId" params={{ projectId: review.projectId }} fz="sm">
                        {review.projectCode} · {review.projectName}
                      </AnchorLink>
                    ) : `${review.projectCode} · ${review.projectName}`}
                  </Field>
                  <Field label="Gate">{review.gate.name}</Field>
                  <Field label="Phase">{review.phaseName}</Field>
                  <Field label="Requested by">{review.requestedByName ?? '—'}</Field>
                  <Field label="Requested">{formatInstant(review.createdAt)}</Field>
                  <Field label="Approvers">
                    {[...review.approverRoles.map((r) => APPROVER_ROLE_LABELS[r]), ...review.approverIds.map((id) => <PersonName key={id} id={id} />)].reduce<ReactNode[]>(
                      (all, part, i) => (i === 0 ? [part] : [...all, ', ', part]),
                      [],
                    )}
                  </Field>
                  <Field label="Note">
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={review.note ? undefined : 'dimmed'}>
                      {review.note || 'No note.'}
                    </Text>
                  </Field>
                </Table.Tbody>
              </Table>
            </Card>
            <ReviewChecklist key={review.id} review={review} editable={mayAnswer} />
            <ReviewDeliverables review={review} projectReadable={projectReadable} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <ReviewReadiness review={review} />
            {projectReadable ? <GuidanceCard projectId={review.projectId} phaseKey={review.phaseKey} /> : null}
            {review.canDecide ? <DecisionPanel review={review} /> : null}
            {open && !review.canDecide ? (
              <Text size="sm" c="dimmed">
                The gate’s approvers decide this review: {review.approverRoles.map((r) => APPROVER_ROLE_LABELS[r]).join(', ')}
                {review.approverIds.length > 0 ? ' and the people named on it' : ''}.
              </Text>
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
