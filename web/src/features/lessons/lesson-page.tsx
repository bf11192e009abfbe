// One lesson: what happened, the recommendation, where it came from, and — for the PMO — accepting
// it and recording the standard it was built into.
import { useState } from 'react';
import { Badge, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useLesson, useUpdateLesson } from '../../api/lessons.ts';
import type { Lesson } from '../../api/types.ts';
import { formatInstant } from '../../ui/dates.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { LESSON_STATUS_COLORS, LESSON_STATUS_LABELS, SOURCE_LABELS } from './lesson-labels.ts';

const route = getRouteApi('/_app/lessons/$lessonId');

export function LessonPage() {
  const { lessonId } = route.useParams();
  const lesson = useLesson(lessonId);
  if (lesson.isPending) return <Pending label="Loading lesson" />;
  if (lesson.error) return <ProblemAlert error={lesson.error} title="This lesson could not be shown" />;
  return <LessonView lesson={lesson.data} />;
}

function LessonView({ lesson }: { lesson: Lesson }) {
  return (
    <Stack gap="md">
      <PageHeader
        title={<><Text span inherit c="dimmed" ff="monospace" mr="xs">{lesson.code}</Text>{lesson.title}</>}
        badges={
          <Group gap={6}>
            <Badge variant="light" color={LESSON_STATUS_COLORS[lesson.status]}>{LESSON_STATUS_LABELS[lesson.status]}</Badge>
            <Badge variant="light" color={lesson.impact === 'positive' ? 'green' : 'orange'}>{lesson.impact}</Badge>
            <Badge variant="outline" color="gray">{lesson.category}</Badge>
          </Group>
        }
        subtitle={`${SOURCE_LABELS[lesson.source.type]} ${lesson.source.label}`}
      />
      <Card withBorder radius="md" padding="lg">
        <Stack gap="sm">
          <Text size="sm">
            From <AnchorLink to="/projects/$projectId" params={{ projectId: lesson.project.id }}>{lesson.project.code} · {lesson.project.name}</AnchorLink>
            {lesson.phase ? `, phase ${lesson.phase}` : ''}; recorded {formatInstant(lesson.createdAt)}.
          </Text>
          <Title order={2} size="h5">What happened</Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{lesson.description || '—'}</Text>
          <Title order={2} size="h5">Recommendation</Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{lesson.recommendation || '—'}</Text>
          {lesson.tags.length > 0 ? <Group gap={4}>{lesson.tags.map((t) => <Badge key={t} variant="dot" color="gray">{t}</Badge>)}</Group> : null}
          {lesson.status === 'built_in' ? <Text size="sm"><b>Built into:</b> {lesson.standardNote}</Text> : null}
        </Stack>
      </Card>
      {lesson.canReview ? <Curation lesson={lesson} /> : null}
    </Stack>
  );
}

function Curation({ lesson }: { lesson: Lesson }) {
  const update = useUpdateLesson(lesson.id);
  const [note, setNote] = useState(lesson.standardNote);
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} size="h5" mb="sm">PMO review</Title>
      <ProblemAlert error={update.error} />
      <Group align="end">
        {lesson.status === 'proposed' ? (
          <Button loading={update.isPending} onClick={() => update.mutate({ version: lesson.version, patch: { status: 'accepted' } })}>Accept lesson</Button>
        ) : null}
        {lesson.status === 'accepted' ? (
          <>
            <TextInput label="Standard it was built into" placeholder="e.g. Procurement policy v3, §4.2" value={note} onChange={(e) => setNote(e.currentTarget.value)} style={{ flex: 1 }} />
            <Button loading={update.isPending} onClick={() => update.mutate({ version: lesson.version, patch: { status: 'built_in', standardNote: note } })}>Mark built in</Button>
          </>
        ) : null}
        {lesson.status === 'built_in' ? <Text size="sm" c="dimmed">This lesson is part of a standard.</Text> : null}
      </Group>
    </Card>
  );
}
