// The lessons-learned repository: a search box answered by the database's full-text search, best
// match first with the matched words marked, filters by category and status, and each result's
// project, source and recommendation; without search text, the latest lessons.
import { useState } from 'react';
import { Badge, Card, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useLessonSearch } from '../../api/lessons.ts';
import type { LessonHit, LessonSearch } from '../../api/types.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { LessonSnippet } from './lesson-snippet.tsx';
import { capitalised, LESSON_CATEGORIES, LESSON_STATUS_COLORS, LESSON_STATUS_LABELS, SOURCE_LABELS } from './lesson-labels.ts';
import { optionsOf } from '../../ui/labels.ts';

export function LessonsPage() {
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 250);
  const [category, setCategory] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const query: LessonSearch = { ...(q && { q }), ...(category && { category: category as LessonSearch['category'] }), ...(status && { status: status as LessonSearch['status'] }), limit: 50 };
  const results = useLessonSearch(query);

  return (
    <Stack gap="md">
      <PageHeader title="Lessons learned" subtitle="What projects learned, from closure reports, retrospectives and gate reviews. Search finds the best match first." />
      <Group align="end">
        <TextInput
          label="Search lessons"
          placeholder='e.g. vendor lead time, "cut-over rehearsal", licences -cloud'
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          style={{ flex: 1, minWidth: 260 }}
        />
        <Select label="Category" placeholder="Any" clearable value={category} onChange={setCategory} data={LESSON_CATEGORIES.map((c) => ({ value: c, label: capitalised(c) }))} w={180} />
        <Select label="Status" placeholder="Any" clearable value={status} onChange={setStatus} data={optionsOf(LESSON_STATUS_LABELS)} w={200} />
      </Group>
      <ProblemAlert error={results.error} />
      {results.isPending ? <Pending label="Searching lessons" /> : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {results.data!.items.length === 0 ? (q ? `No lesson matches "${q}".` : 'No lessons yet.') : `${results.data!.total} lesson(s)${q ? ', best match first' : ', latest first'}`}
          </Text>
          <Stack gap="sm" aria-label="Lessons" role="list">
            {results.data!.items.map((hit) => <LessonResult key={hit.id} hit={hit} />)}
          </Stack>
        </>
      )}
    </Stack>
  );
}

function LessonResult({ hit }: { hit: LessonHit }) {
  return (
    <Card withBorder radius="md" padding="md" role="listitem">
      <Group justify="space-between" align="start" wrap="nowrap">
        <Stack gap={4}>
          <AnchorLink to="/lessons/$lessonId" params={{ lessonId: hit.id }} fw={600}>
            {hit.code} · {hit.title}
          </AnchorLink>
          <LessonSnippet parts={hit.snippet} />
          <Text size="xs" c="dimmed">
            {hit.project.code} · {hit.project.name} — {SOURCE_LABELS[hit.source.type]} {hit.source.label}{hit.phase ? ` — phase ${hit.phase}` : ''}
          </Text>
        </Stack>
        <Group gap={4} wrap="nowrap">
          <Badge variant="light" color={hit.impact === 'positive' ? 'green' : 'orange'}>{hit.impact}</Badge>
          <Badge variant="outline" color="gray">{hit.category}</Badge>
          <Badge variant="light" color={LESSON_STATUS_COLORS[hit.status]}>{LESSON_STATUS_LABELS[hit.status]}</Badge>
        </Group>
      </Group>
    </Card>
  );
}
