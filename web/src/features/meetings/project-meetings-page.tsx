// A project's meetings (planned and past, with what their minutes captured) and the form to plan
// one. Its stakeholders (and their power–interest grid) have their own page, linked from here.
import { useState } from 'react';
import { Badge, Button, Card, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCreateMeeting, useProjectMeetings, type MeetingStatus, type MeetingType } from '../../api/meetings.ts';
import { useProject } from '../../api/projects.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink, ButtonLink } from '../../ui/router-links.tsx';

const route = getRouteApi('/_app/projects/$projectId/meetings');

export const MEETING_TYPE_LABELS: Record<MeetingType, string> = {
  steering_committee: 'Steering committee',
  project_board: 'Project board',
  team: 'Team meeting',
  review: 'Review',
  other: 'Other',
};
export const MEETING_STATUS_LABELS: Record<MeetingStatus, { label: string; color: string }> = {
  planned: { label: 'Planned', color: 'blue' },
  held: { label: 'Held', color: 'teal' },
  minutes_sent: { label: 'Minutes sent', color: 'green' },
  cancelled: { label: 'Cancelled', color: 'gray' },
};
export const formatLocal = (value: string) => value.replace('T', ' ');

const pad = (n: number) => String(n).padStart(2, '0');
const localAt = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;

export function ProjectMeetingsPage() {
  const { projectId } = route.useParams();
  const project = useProject(projectId);
  if (project.isPending) return <Pending label="Loading meetings" />;
  if (project.error) return <ProblemAlert error={project.error} title="Meetings could not be shown" />;
  return (
    <Stack gap="md">
      <PageHeader title="Meetings" subtitle={`${project.data.code} · ${project.data.name}`}
        actions={<>
          <ButtonLink to="/projects/$projectId" params={{ projectId }} variant="default">Project overview</ButtonLink>
          <ButtonLink to="/projects/$projectId/stakeholders" params={{ projectId }} variant="default">Stakeholders</ButtonLink>
        </>} />
      <MeetingList projectId={projectId} />
    </Stack>
  );
}

function MeetingList({ projectId }: { projectId: string }) {
  const meetings = useProjectMeetings(projectId);
  const items = meetings.data?.items ?? [];
  return (
    <Stack gap="md">
      <PlanMeeting projectId={projectId} />
      <Card withBorder radius="md" padding={0}>
        <ProblemAlert error={meetings.error} />
        {meetings.isPending ? <Pending /> : (
          <Table aria-label="Meetings" verticalSpacing="sm" fz="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Meeting</Table.Th>
                <Table.Th>Type</Table.Th>
                <Table.Th>When</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Captured</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((m) => (
                <Table.Tr key={m.id} data-meeting={m.code}>
                  <Table.Td>
                    <AnchorLink to="/meetings/$meetingId" params={{ meetingId: m.id }} fz="sm">
                      <Text span ff="monospace" fz="sm" mr={6}>{m.code}</Text>{m.title}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{MEETING_TYPE_LABELS[m.type]}</Table.Td>
                  <Table.Td>{formatLocal(m.startsAt)} – {formatLocal(m.endsAt).slice(11)}</Table.Td>
                  <Table.Td><Badge style={BADGE_STYLE} size="sm" variant="light" color={MEETING_STATUS_LABELS[m.status].color}>{MEETING_STATUS_LABELS[m.status].label}</Badge></Table.Td>
                  <Table.Td>{m.capturedCount.decisions} decisions, {m.capturedCount.actions} actions</Table.Td>
                </Table.Tr>
              ))}
              {items.length === 0 ? (
                <Table.Tr><Table.Td colSpan={5}><Text c="dimmed" ta="center" py="md" size="sm">No meetings yet.</Text></Table.Td></Table.Tr>
              ) : null}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}

function PlanMeeting({ projectId }: { projectId: string }) {
  const create = useCreateMeeting(projectId);
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const start = new Date();
  start.setDate(start.getDate() + 1);
  start.setHours(10, 0, 0, 0);
  const [form, setForm] = useState({ title: '', type: 'team' as MeetingType, startsAt: localAt(start), endsAt: localAt(new Date(start.getTime() + 3_600_000)) });
  if (!open) return <Group><Button onClick={() => setOpen(true)}>Plan a meeting</Button></Group>;
  const submit = async () => {
    const meeting = await create.mutateAsync(form);
    await navigate({ to: '/meetings/$meetingId', params: { meetingId: meeting.id } });
  };
  return (
    <Card withBorder radius="md" padding="lg" role="region" aria-label="Plan a meeting">
      <form onSubmit={(e) => { e.preventDefault(); void submit().catch(() => undefined); }}>
        <Stack gap="sm">
          <Title order={2} size="h4">Plan a meeting</Title>
          <TextInput label="Title" required value={form.title} onChange={(e) => setForm({ ...form, title: e.currentTarget.value })} />
          <NativeSelect label="Type" value={form.type} data={Object.entries(MEETING_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
            onChange={(e) => setForm({ ...form, type: e.currentTarget.value as MeetingType })} />
          <Group grow>
            <TextInput label="Start" type="datetime-local" required value={form.startsAt} onChange={(e) => setForm({ ...form, startsAt: e.currentTarget.value })} />
            <TextInput label="End" type="datetime-local" required value={form.endsAt} onChange={(e) => setForm({ ...form, endsAt: e.currentTarget.value })} />
          </Group>
          <ProblemAlert error={create.error} title="The meeting was not planned" />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" loading={create.isPending}>Plan meeting</Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
