// On a project's overview: the accepted lessons of other projects most relevant to this one, each
// with why (same methodology, shared tags or objectives, similar words), so a starting project
// reads them before it repeats them.
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useLessonSuggestions } from '../../api/lessons.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { reasonsOf } from './lesson-labels.ts';

export function LessonSuggestionsCard({ projectId }: { projectId: string }) {
  const suggestions = useLessonSuggestions(projectId);
  return (
    <Card withBorder radius="md" padding="lg" aria-label="Lessons from other projects">
      <Title order={2} size="h4" mb="sm">Lessons from other projects</Title>
      <ProblemAlert error={suggestions.error} />
      {suggestions.data && suggestions.data.items.length === 0 ? <Text size="sm" c="dimmed">No accepted lesson shares tags, objectives or subject with this project yet.</Text> : null}
      <Stack gap="xs">
        {suggestions.data?.items.map((s) => (
          <div key={s.lesson.id}>
            <Group gap={6}>
              <AnchorLink to="/lessons/$lessonId" params={{ lessonId: s.lesson.id }} fz="sm" fw={600}>{s.lesson.title}</AnchorLink>
              <Badge size="xs" variant="light" color={s.lesson.impact === 'positive' ? 'green' : 'orange'}>{s.lesson.impact}</Badge>
            </Group>
            <Text size="xs" c="dimmed">{s.lesson.project.code} · {reasonsOf(s).join(' · ')}</Text>
            {s.lesson.recommendation ? <Text size="xs">{s.lesson.recommendation}</Text> : null}
          </div>
        ))}
      </Stack>
    </Card>
  );
}
