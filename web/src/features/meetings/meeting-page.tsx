// One meeting, and its scribe mode: the minutes in a large Markdown box that saves itself (1.5 s
// after typing stops, and on leaving the box) with If-Match, one save at a time: what is typed while
// a save is in flight goes in the next one. Saving turns DECISION/ACTION lines into entries of the
// project's decision log and action register (once each); the captured items are listed with links.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Badge, Button, Card, Code, Grid, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { ApiProblem } from '../../api/api-problem.ts';
import { meetingKeys, meetingQueries, patchMeeting, useMeeting, useOnMeetingSaved, useSendMinutes, type Meeting, type MeetingStatus } from '../../api/meetings.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink, ButtonLink } from '../../ui/router-links.tsx';
import { MEETING_STATUS_LABELS, MEETING_TYPE_LABELS, formatLocal } from './project-meetings-page.tsx';

const route = getRouteApi('/_app/meetings/$meetingId');
const AUTOSAVE_MS = 1500;

export function MeetingPage() {
  const { meetingId } = route.useParams();
  const meeting = useMeeting(meetingId);
  if (meeting.isPending) return <Pending label="Loading meeting" />;
  if (meeting.error) return <ProblemAlert error={meeting.error} title="This meeting could not be shown" />;
  return <Scribe key={meeting.data.id} initial={meeting.data} />;
}

type SaveState = { kind: 'idle' } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'saved'; decisions: number; actions: number } | { kind: 'failed'; error: unknown };

function Scribe({ initial }: { initial: Meeting }) {
  const queryClient = useQueryClient();
  const onSaved = useOnMeetingSaved();
  const meeting = queryClient.getQueryData<Meeting>(meetingKeys.detail(initial.id)) ?? initial;
  const live = useMeeting(initial.id).data ?? meeting;
  const [text, setText] = useState(initial.minutes);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [conflict, setConflict] = useState(false);
  const textRef = useRef(initial.minutes);
  const savedRef = useRef(initial.minutes);
  const versionRef = useRef(initial.version);
  const inFlightRef = useRef(false);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);

  const accept = useCallback((saved: Meeting) => {
    versionRef.current = saved.version;
    onSaved(saved);
  }, [onSaved]);

  const save = useCallback(async (): Promise<void> => {
    if (timerRef.current) { clearTimeout(timerRef.current); timerRef.current = null; }
    if (inFlightRef.current) return; // the save in flight checks for newer text when it ends
    const sending = textRef.current;
    if (sending === savedRef.current) return;
    inFlightRef.current = true;
    setState({ kind: 'saving' });
    try {
      const saved = await patchMeeting(initial.id, versionRef.current, { minutes: sending });
      savedRef.current = sending;
      accept(saved);
      setState({ kind: 'saved', decisions: saved.capturedCount.decisions, actions: saved.capturedCount.actions });
    } catch (error) {
      if (error instanceof ApiProblem && (error.status === 409 || error.status === 412)) {
        const server = await queryClient.fetchQuery({ ...meetingQueries.detail(initial.id), staleTime: 0 }).catch(() => null);
        if (server) {
          versionRef.current = server.version;
          savedRef.current = server.minutes;
          textRef.current = server.minutes;
          setText(server.minutes);
        }
        setConflict(true);
        setState({ kind: 'idle' });
      } else {
        setState({ kind: 'failed', error });
      }
      inFlightRef.current = false;
      return;
    }
    inFlightRef.current = false;
    if (textRef.current !== savedRef.current) {
      setState({ kind: 'dirty' });
      if (!timerRef.current) await save();
    }
  }, [accept, initial.id, queryClient]);

  useEffect(() => () => { if (timerRef.current) clearTimeout(timerRef.current); }, []);

  const onType = (value: string) => {
    textRef.current = value;
    setText(value);
    setState((s) => (s.kind === 'saving' ? s : { kind: 'dirty' }));
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => { timerRef.current = null; void save(); }, AUTOSAVE_MS);
  };

  const [statusError, setStatusError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const setStatus = async (status: MeetingStatus) => {
    setStatusError(null);
    setBusy(true);
    try {
      await save();
      accept(await patchMeeting(initial.id, versionRef.current, { status }));
    } catch (error) {
      setStatusError(error);
    } finally {
      setBusy(false);
    }
  };
  const send = useSendMinutes(initial.id);
  const sendMinutes = async () => {
    await save();
    const sent = await send.mutateAsync(versionRef.current);
    versionRef.current = sent.meeting.version;
  };

  const decisions = live.captured.filter((c) => c.kind === 'decision');
  const actions = live.captured.filter((c) => c.kind === 'action');
  const statusLabel = MEETING_STATUS_LABELS[live.status];

  return (
    <Stack gap="md">
      <PageHeader
        title={<><Text span inherit c="dimmed" ff="monospace" mr="xs">{live.code}</Text>{live.title}</>}
        badges={<Badge style={BADGE_STYLE} variant="light" color={statusLabel.color} data-testid="meeting-status">{statusLabel.label}</Badge>}
        subtitle={`${MEETING_TYPE_LABELS[live.type]} · ${formatLocal(live.startsAt)} – ${formatLocal(live.endsAt).slice(11)} · ${live.projectCode}`}
        actions={
          <>
            <ButtonLink to="/projects/$projectId/meetings" params={{ projectId: live.projectId }} variant="default">Project meetings</ButtonLink>
            {live.status === 'planned' ? <Button variant="default" loading={busy} onClick={() => void setStatus('held')}>Mark held</Button> : null}
            {live.status === 'held' || live.status === 'minutes_sent' ? (
              <Button loading={send.isPending} onClick={() => void sendMinutes().catch(() => undefined)}>{live.status === 'minutes_sent' ? 'Send minutes again' : 'Send minutes'}</Button>
            ) : null}
          </>
        }
      />
      <ProblemAlert error={statusError} title="The meeting was not changed" />
      <ProblemAlert error={send.error} title="The minutes were not sent" />
      {send.data ? (
        <Alert color={send.data.queued ? 'green' : 'yellow'} title={send.data.queued ? 'Minutes queued for e-mail' : 'Minutes not e-mailed'} role="status" data-testid="minutes-sent">
          <Text size="sm">{send.data.message}</Text>
          {send.data.recipients.length ? <Text size="sm">To: {send.data.recipients.map((r) => `${r.name} <${r.email}>`).join(', ')}</Text> : null}
          {send.data.withoutEmail.length ? <Text size="sm">No address: {send.data.withoutEmail.join(', ')}</Text> : null}
        </Alert>
      ) : null}
      {conflict ? (
        <Alert color="orange" title="Someone else changed these minutes" withCloseButton onClose={() => setConflict(false)} role="alert">
          The minutes were reloaded from the server; what you typed since the last save was not kept there. Please check and retype it.
        </Alert>
      ) : null}
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder radius="md" padding="lg">
            <Group justify="space-between" mb="xs">
              <Title order={2} size="h4">Minutes (scribe mode)</Title>
              <SaveStatus state={state} />
            </Group>
            <Textarea aria-label="Minutes" autosize minRows={18} maxRows={40} ff="monospace" value={text}
              onChange={(e) => onType(e.currentTarget.value)} onBlur={() => void save()}
              placeholder={'## Notes\nDECISION: …\nACTION @owner due 2026-12-01: …'} />
            {live.minutesProblems.length ? (
              <Alert color="yellow" mt="sm" title="Lines not captured as meant">
                <List size="sm">{live.minutesProblems.map((p) => <List.Item key={`${p.line}:${p.message}`}>Line {p.line}: {p.message}</List.Item>)}</List>
              </Alert>
            ) : null}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <Card withBorder radius="md" padding="md" role="region" aria-label="Cheat sheet">
              <Title order={2} size="h5" mb="xs">Cheat sheet</Title>
              <Stack gap={4}>
                <Code block>DECISION: Go with vendor B</Code>
                <Code block>ACTION @ana@example.com due 2026-12-01: Send the contract</Code>
                <Text size="xs" c="dimmed">Owner (an e-mail, or an attendee’s name before the @) and due date are optional. Each line is captured once; editing it later updates its item.</Text>
              </Stack>
            </Card>
            <Card withBorder radius="md" padding="md" role="region" aria-label="Captured">
              <Title order={2} size="h5" mb="xs">Captured</Title>
              <Text size="sm" fw={500}>Decisions ({decisions.length})</Text>
              <CapturedList projectId={live.projectId} items={decisions} tab="decisions" />
              <Text size="sm" fw={500} mt="xs">Actions ({actions.length})</Text>
              <CapturedList projectId={live.projectId} items={actions} tab="actions" />
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function SaveStatus({ state }: { state: SaveState }) {
  const text = state.kind === 'saving' ? 'Saving…' : state.kind === 'dirty' ? 'Unsaved changes' : state.kind === 'failed' ? 'Not saved' : state.kind === 'saved'
    ? `Saved · ${state.decisions} decision${state.decisions === 1 ? '' : 's'}, ${state.actions} action${state.actions === 1 ? '' : 's'} captured` : '';
  return (
    <Stack gap={0} align="flex-end">
      <Text size="xs" c={state.kind === 'failed' ? 'red' : 'dimmed'} data-testid="save-status" aria-live="polite">{text}</Text>
      {state.kind === 'failed' ? <ProblemAlert error={state.error} /> : null}
    </Stack>
  );
}

function CapturedList({ projectId, items, tab }: { projectId: string; items: Meeting['captured']; tab: 'decisions' | 'actions' }) {
  if (items.length === 0) return <Text size="xs" c="dimmed">None yet.</Text>;
  return (
    <List size="sm" spacing={2} aria-label={`Captured ${tab}`}>
      {items.map((c) => (
        <List.Item key={c.itemId} data-captured={c.code}>
          <AnchorLink to="/projects/$projectId/raid" params={{ projectId }} search={{ tab, open: c.itemId }} ff="monospace" fz="sm">{c.code}</AnchorLink>{' '}
          <Text span size="sm" td={c.inMinutes ? undefined : 'line-through'}>{c.text}</Text>
          {c.followsMinutes ? null : <Text span size="xs" c="dimmed"> (changed in its log)</Text>}
        </List.Item>
      ))}
    </List>
  );
}
