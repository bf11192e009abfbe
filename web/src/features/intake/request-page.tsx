// One project request: what it asks (editable by whoever may change it now), the PMO's own fields,
// its business case with the computed figures, the steps the reader may take, "Approve → create
// project" for the PMO at business case, the project it became, and its history with comments.
import { Alert, Button, Card, Grid, Group, MultiSelect, Stack, Table, Text, Textarea, Timeline, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useObjectives } from '../../api/objectives.ts';
import { usePortfolios } from '../../api/portfolios.ts';
import { usePrograms } from '../../api/programs.ts';
import { useCommentOnRequest, useIntakeFields, useRequest, useUpdateRequest } from '../../api/requests.ts';
import type { ProjectRequest } from '../../api/types.ts';
import { formatDate, formatInstant } from '../../ui/dates.ts';
import { formatMoney } from '../../ui/money.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { PersonName, usePeopleOptions } from '../../ui/person-name.tsx';
import { canEditRegister } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { ApprovePanel } from './approve-panel.tsx';
import { BusinessCasePanel } from './business-case-panel.tsx';
import { RequestScore } from './request-score.tsx';
import { fieldErrorsOf } from './problem-fields.ts';
import { RequestStatusBadge } from './request-badges.tsx';
import { RequestForm } from './request-form.tsx';
import { requestBody, requestFormValues, type RequestFormValues } from './request-form-values.ts';
import { RequestSteps } from './request-steps.tsx';
import { ACTION_LABELS, STATUS_LABELS } from './request-view.ts';

const route = getRouteApi('/_app/requests/$requestId');

export function RequestPage() {
  const { requestId } = route.useParams();
  const request = useRequest(requestId);
  if (request.isPending) return <Pending label="Loading project request" />;
  if (request.error) return <ProblemAlert error={request.error} title="This project request could not be shown" />;
  return <RequestView request={request.data} reload={() => void request.refetch()} />;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={200} fw={500} c="dimmed" fz="sm">{label}</Table.Th>
      <Table.Td fz="sm" style={{ whiteSpace: 'pre-wrap' }}>{children}</Table.Td>
    </Table.Tr>
  );
}

function RequestView({ request, reload }: { request: ProjectRequest; reload: () => void }) {
  const [editing, setEditing] = useState(false);
  return (
    <Stack gap="md">
      <PageHeader
        title={<><Text span inherit c="dimmed" ff="monospace" mr="xs">{request.code}</Text>{request.title}</>}
        badges={<RequestStatusBadge status={request.status} />}
        subtitle={<AnchorLink to="/requests" fz="sm">Project requests</AnchorLink>}
        actions={
          <>
            {request.canEdit && !editing ? <Button variant="default" onClick={() => setEditing(true)}>Edit</Button> : null}
            <RequestSteps request={request} onReload={reload} />
          </>
        }
      />
      {request.project ? (
        <Alert color="teal" title="Approved" role="status">
          Became project{' '}
          <AnchorLink to="/projects/$projectId" params={{ projectId: request.project.id }}>{request.project.code} · {request.project.name}</AnchorLink>.
        </Alert>
      ) : null}
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            {editing ? <EditCard request={request} onDone={() => setEditing(false)} onReload={reload} /> : <DetailsCard request={request} />}
            <BusinessCasePanel request={request} onReload={reload} />
            {request.status !== 'draft' ? <RequestScore requestId={request.id} /> : null}
            {request.actions.includes('approve') ? <ApprovePanel request={request} onReload={reload} /> : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack>
            <ReviewersCard request={request} onReload={reload} />
            <HistoryCard request={request} onReload={reload} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function DetailsCard({ request: r }: { request: ProjectRequest }) {
  const objectives = useObjectives();
  const portfolios = usePortfolios();
  const programs = usePrograms();
  const fields = useIntakeFields();
  const labelOf = (key: string) => fields.data?.fields.find((f) => f.key === key)?.label ?? key;
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} size="h4" mb="sm">The request</Title>
      <Table aria-label="Request details" withRowBorders>
        <Table.Tbody>
          <Field label="Problem or opportunity">{r.problem || '—'}</Field>
          <Field label="Objectives">{r.objectives || '—'}</Field>
          <Field label="Strategic objectives served">
            {r.objectiveIds.length === 0 ? '—' : r.objectiveIds.map((id) => { const o = objectives.byId.get(id); return o ? `${o.code} · ${o.name}` : 'Unknown objective'; }).join('\n')}
          </Field>
          <Field label="Expected benefits">{r.expectedBenefits || '—'}</Field>
          <Field label="Cost estimate">{formatMoney(r.costEstimate)}</Field>
          <Field label="Duration">{r.durationEstimateMonths ? `${r.durationEstimateMonths} months` : '—'}</Field>
          <Field label="Desired start">{formatDate(r.desiredStart)}</Field>
          <Field label="Key risks">{r.keyRisks || '—'}</Field>
          <Field label="Sponsor"><PersonName id={r.sponsorId} /></Field>
          <Field label="Target portfolio">{r.portfolioId ? (portfolios.byId.get(r.portfolioId)?.name ?? '—') : '—'}</Field>
          <Field label="Program">{r.programId ? (programs.byId.get(r.programId)?.name ?? '—') : '—'}</Field>
          {Object.entries(r.fields).map(([key, value]) => <Field key={key} label={labelOf(key)}>{String(value)}</Field>)}
          <Field label="Requester">{r.requester?.name ?? 'Orrery'}</Field>
        </Table.Tbody>
      </Table>
    </Card>
  );
}

function EditCard({ request, onDone, onReload }: { request: ProjectRequest; onDone: () => void; onReload: () => void }) {
  const fields = useIntakeFields();
  const update = useUpdateRequest();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = (values: RequestFormValues) => {
    const parsed = requestBody(values, fields.data?.fields ?? []);
    if (!parsed.ok) return setErrors({ [parsed.field]: parsed.message });
    update.mutate({ id: request.id, version: request.version, body: parsed.body }, { onSuccess: onDone, onError: (e) => setErrors(fieldErrorsOf(e)) });
  };
  if (fields.isPending) return <Pending label="Loading the request form" />;
  return (
    <Card withBorder radius="md" padding="lg">
      <ProblemAlert error={update.error} onReload={onReload} />
      <RequestForm initial={requestFormValues(request)} fields={fields.data?.fields ?? []} busy={update.isPending} errors={errors} onSave={save} canSubmit={false} />
      <Button variant="subtle" mt="xs" onClick={onDone}>Cancel</Button>
    </Card>
  );
}

function HistoryCard({ request, onReload }: { request: ProjectRequest; onReload: () => void }) {
  const comment = useCommentOnRequest(request.id);
  const [text, setText] = useState('');
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} size="h4" mb="sm">History</Title>
      <Timeline bulletSize={14} lineWidth={2}>
        {request.history.map((h, i) => (
          <Timeline.Item key={i} title={h.action === 'comment' ? 'Comment' : h.action === 'create' ? 'Drafted' : `${h.action === 'approve' ? ACTION_LABELS.approve : ACTION_LABELS[h.action]} → ${STATUS_LABELS[h.to]}`}>
            <Text size="xs" c="dimmed">{h.actorName ?? 'Orrery'} · {formatInstant(h.at)}</Text>
            {h.comment ? <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{h.comment}</Text> : null}
          </Timeline.Item>
        ))}
      </Timeline>
      <Stack gap="xs" mt="md">
        <ProblemAlert error={comment.error} onReload={onReload} />
        <Textarea aria-label="New comment" placeholder="Add a comment" autosize minRows={2} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button size="xs" disabled={!text.trim()} loading={comment.isPending} onClick={() => comment.mutate({ version: request.version, comment: text }, { onSuccess: () => setText('') })}>Comment</Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** The people the PMO named to review the request (they read it and comment); the PMO changes them during triage. */
function ReviewersCard({ request, onReload }: { request: ProjectRequest; onReload: () => void }) {
  const user = useCurrentUser();
  const people = usePeopleOptions();
  const update = useUpdateRequest();
  const [ids, setIds] = useState(request.reviewers.map((p) => p.id));
  const mayName = canEditRegister(user) && request.canEdit;
  const changed = ids.join() !== request.reviewers.map((p) => p.id).join();
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} size="h4" mb="sm">Reviewers</Title>
      {mayName ? (
        <Stack gap="xs">
          <ProblemAlert error={update.error} onReload={onReload} />
          <MultiSelect aria-label="Reviewers" searchable data={people} value={ids} onChange={setIds} placeholder="Name people to review it" />
          <Group justify="flex-end">
            <Button size="xs" disabled={!changed} loading={update.isPending} onClick={() => update.mutate({ id: request.id, version: request.version, body: { reviewerIds: ids } })}>Save reviewers</Button>
          </Group>
        </Stack>
      ) : (
        <Text size="sm" c={request.reviewers.length > 0 ? undefined : 'dimmed'}>{request.reviewers.length > 0 ? request.reviewers.map((p) => p.name).join(', ') : 'No reviewers named.'}</Text>
      )}
    </Card>
  );
}
