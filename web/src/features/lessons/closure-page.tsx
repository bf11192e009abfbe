// A project's closure report: its figures (live while a draft, frozen once submitted), the
// narrative its manager writes — what went well, what did not, recommendations — submitting it, and
// the PMO's acceptance or sending back with what to change.
import { useEffect, useState } from 'react';
import { Badge, Button, Card, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { ApiProblem } from '../../api/api-problem.ts';
import { useClosureFigures, useClosureReport, useReviewClosureReport, useStartClosureReport, useSubmitClosureReport, useUpdateClosureReport } from '../../api/lessons.ts';
import { useProject, useProjectMembers } from '../../api/projects.ts';
import type { ClosureReport } from '../../api/types.ts';
import { canContributeToProject, canEditProject } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { formatInstant } from '../../ui/dates.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ClosureFiguresCard } from './closure-figures-card.tsx';
import { RecordLessonForm } from './record-lesson-form.tsx';

const route = getRouteApi('/_app/projects/$projectId/closure');
const STATUS_COLORS: Record<ClosureReport['status'], string> = { draft: 'gray', submitted: 'blue', accepted: 'teal' };

export function ClosurePage() {
  const { projectId } = route.useParams();
  const project = useProject(projectId);
  const members = useProjectMembers(projectId);
  const user = useCurrentUser();
  const report = useClosureReport(projectId);
  const missing = report.error instanceof ApiProblem && report.error.status === 404;
  const figures = useClosureFigures(projectId, missing);
  const start = useStartClosureReport(projectId);
  const mayStart = project.data ? canEditProject(user, project.data, members.data?.items) : false;
  const mayRecord = project.data ? canContributeToProject(user, project.data, members.data?.items) && !project.data.archivedAt : false;

  return (
    <Stack gap="md">
      <PageHeader
        title={`Closure report${project.data ? ` · ${project.data.code} ${project.data.name}` : ''}`}
        subtitle="The post-project evaluation: figures computed from the project's data, and what the next project should know."
        badges={report.data ? <Badge variant="light" color={STATUS_COLORS[report.data.status]}>{report.data.status}</Badge> : undefined}
      />
      {report.isPending ? <Pending label="Loading the closure report" /> : missing ? (
        <>
          <Card withBorder radius="md" padding="lg">
            <Text size="sm" mb="sm">This project has no closure report yet.{mayStart ? ' Start one to write the evaluation; its figures freeze when you submit it.' : ''}</Text>
            <ProblemAlert error={start.error} />
            {mayStart ? <Button loading={start.isPending} onClick={() => start.mutate()}>Start closure report</Button> : null}
          </Card>
          {figures.data ? <ClosureFiguresCard figures={figures.data} frozen={false} /> : null}
        </>
      ) : report.error ? <ProblemAlert error={report.error} /> : (
        <>
          <ClosureView projectId={projectId} report={report.data} />
          {mayRecord ? <RecordLessonForm source={{ type: 'closure_report', id: report.data.id }} /> : null}
        </>
      )}
    </Stack>
  );
}

function ClosureView({ projectId, report }: { projectId: string; report: ClosureReport }) {
  return (
    <>
      <ClosureFiguresCard figures={report.figures} frozen={report.frozen} />
      <Narrative projectId={projectId} report={report} />
      {report.canReview ? <Review projectId={projectId} report={report} /> : null}
      <Card withBorder radius="md" padding="lg">
        <Title order={2} size="h5" mb="xs">History</Title>
        {report.history.map((h, i) => (
          <Text key={i} size="xs" c="dimmed">{formatInstant(h.at)} — {h.actorName}: {h.action.replace('_', ' ')}{h.comment ? ` — "${h.comment}"` : ''}</Text>
        ))}
        <Text size="xs" c="dimmed" mt="xs">{report.lessons} lesson(s) recorded from this report.</Text>
      </Card>
    </>
  );
}

function Narrative({ projectId, report }: { projectId: string; report: ClosureReport }) {
  const update = useUpdateClosureReport(projectId);
  const submit = useSubmitClosureReport(projectId);
  const [text, setText] = useState({ wentWell: report.wentWell, wentBadly: report.wentBadly, recommendations: report.recommendations });
  useEffect(() => setText({ wentWell: report.wentWell, wentBadly: report.wentBadly, recommendations: report.recommendations }), [report.version, report.wentWell, report.wentBadly, report.recommendations]);
  const changed = text.wentWell !== report.wentWell || text.wentBadly !== report.wentBadly || text.recommendations !== report.recommendations;
  const field = (key: keyof typeof text, label: string) => (
    <Textarea label={label} autosize minRows={3} readOnly={!report.canEdit} value={text[key]} onChange={(e) => setText({ ...text, [key]: e.currentTarget.value })} />
  );
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} size="h4" mb="sm">Evaluation</Title>
      <ProblemAlert error={update.error ?? submit.error} />
      <Stack gap="sm">
        {field('wentWell', 'What went well')}
        {field('wentBadly', 'What did not go well')}
        {field('recommendations', 'Recommendations')}
      </Stack>
      {report.canEdit ? (
        <Group mt="md">
          <Button variant="default" disabled={!changed} loading={update.isPending} onClick={() => update.mutate({ id: report.id, version: report.version, patch: text })}>Save</Button>
          <Button disabled={changed} loading={submit.isPending} onClick={() => submit.mutate({ id: report.id, version: report.version })}>Submit to the PMO</Button>
          {changed ? <Text size="xs" c="dimmed">Save your changes before submitting.</Text> : null}
        </Group>
      ) : null}
    </Card>
  );
}

function Review({ projectId, report }: { projectId: string; report: ClosureReport }) {
  const review = useReviewClosureReport(projectId);
  const [comment, setComment] = useState('');
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} size="h4" mb="sm">PMO review</Title>
      <ProblemAlert error={review.error} />
      <Group align="end">
        <TextInput label="Comment" placeholder="Required to send it back: what to change" value={comment} onChange={(e) => setComment(e.currentTarget.value)} style={{ flex: 1 }} />
        <Button variant="default" loading={review.isPending} onClick={() => review.mutate({ id: report.id, version: report.version, decision: 'send_back', comment })}>Send back</Button>
        <Button loading={review.isPending} onClick={() => review.mutate({ id: report.id, version: report.version, decision: 'accept', comment })}>Accept</Button>
      </Group>
    </Card>
  );
}
