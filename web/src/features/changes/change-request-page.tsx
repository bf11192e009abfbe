// One change request: its details (editable while draft or submitted), the schedule edits it
// proposes, the Impact what-if of those edits, the board's decision, what applying it did (the
// baseline saved), its history, the buttons of its next steps, and its comment thread. Every save
// sends If-Match with the version shown; a 409 offers a reload.
import { Alert, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useChangeRequest, useUpdateChangeRequest } from '../../api/change-requests.ts';
import { useSchedule } from '../../api/schedule.ts';
import type { ChangeRequest } from '../../api/types.ts';
import { formatInstant } from '../../ui/dates.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink, ButtonLink } from '../../ui/router-links.tsx';
import { formatLocal } from '../schedule/schedule-view.ts';
import { ChangeStatusBadge } from './change-badges.tsx';
import { ChangeDetailsForm } from './change-details-form.tsx';
import { changeDetailsValues, toChangePatch } from './change-details-values.ts';
import { ChangeHistory } from './change-history.tsx';
import { ChangeImpactPanel } from './change-impact-panel.tsx';
import { CommentThread } from '../comments/comment-thread.tsx';
import { DECISION_LABELS } from './change-labels.ts';
import { ChangeSteps } from './change-steps.tsx';
import { isContentEditable } from './change-view.ts';
import { ScheduleEditsEditor } from './schedule-edits-editor.tsx';
import { useChangeRights } from './use-change-rights.ts';

const route = getRouteApi('/_app/change-requests/$changeId');

export function ChangeRequestPage() {
  const { changeId } = route.useParams();
  const request = useChangeRequest(changeId);
  if (request.isPending) return <Pending label="Loading change request" />;
  if (request.error) return <ProblemAlert error={request.error} title="This change request could not be shown" />;
  return <ChangeRequestView request={request.data} reload={() => void request.refetch()} />;
}

function ChangeRequestView({ request, reload }: { request: ChangeRequest; reload: () => void }) {
  const rights = useChangeRights(request.projectId);
  const schedule = useSchedule(request.projectId);
  const update = useUpdateChangeRequest(request.id);
  const editable = rights.mayContribute && isContentEditable(request.status);
  const onReload = () => {
    update.reset();
    reload();
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={<><Text span inherit c="dimmed" ff="monospace" mr="xs">{request.code}</Text>{request.title}</>}
        badges={<ChangeStatusBadge status={request.status} />}
        subtitle={
          <AnchorLink to="/projects/$projectId/changes" params={{ projectId: request.projectId }} fz="sm">
            {request.projectCode} · {request.projectName} — change requests
          </AnchorLink>
        }
        actions={
          <>
            <ButtonLink to="/projects/$projectId/schedule" params={{ projectId: request.projectId }} variant="default">Schedule</ButtonLink>
            <ChangeSteps request={request} rights={rights} onReload={reload} />
          </>
        }
      />
      <ProblemAlert error={update.error} onReload={onReload} />
      {request.applied ? (
        <Alert color="indigo" title={`Applied: baseline ${request.applied.baselineNumber} saved`} role="status">
          <Text size="sm">
            Applied {formatInstant(request.applied.at)} and saved as baseline {request.applied.baselineNumber} “{request.applied.baselineName}”. The project now
            finishes {formatLocal(request.applied.finishAfter)} (was {formatLocal(request.applied.finishBefore)}); {request.applied.moved.length} task(s) moved,
            {' '}{request.applied.addedTaskIds.length} added.
          </Text>
        </Alert>
      ) : null}
      {request.decision ? (
        <Alert color={request.decision === 'approved' ? 'teal' : request.decision === 'rejected' ? 'red' : 'yellow'} title={`${DECISION_LABELS[request.decision]} by ${request.decidedByName ?? 'the change board'}`}>
          <Text size="sm">{request.decidedAt ? formatInstant(request.decidedAt) : ''}{request.decisionComment ? ` — “${request.decisionComment}”` : ''}</Text>
        </Alert>
      ) : null}
      <Grid>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Card withBorder radius="md" padding="lg" component="section" aria-label="Details">
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h4">Details</Title>
              {!editable ? <Text size="xs" c="dimmed">{isContentEditable(request.status) ? 'Read only' : 'Decided: the content no longer changes'}</Text> : null}
            </Group>
            <ChangeDetailsForm
              key={request.version}
              mode="edit"
              initialValues={changeDetailsValues(request)}
              readOnly={!editable}
              submitting={update.isPending}
              onSubmit={async (values) => {
                const patch = toChangePatch(values, request);
                if (Object.keys(patch).length > 0) await update.mutateAsync({ version: request.version, patch });
              }}
            />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <ChangeHistory history={request.history} />
        </Grid.Col>
      </Grid>
      <ScheduleEditsEditor
        request={request}
        schedule={schedule.data}
        editable={editable}
        saving={update.isPending}
        onSave={(scheduleEdits) => update.mutateAsync({ version: request.version, patch: { scheduleEdits } })}
      />
      <ChangeImpactPanel request={request} />
      <CommentThread projectId={request.projectId} subjectType="change_request" subjectId={request.id} />
    </Stack>
  );
}
