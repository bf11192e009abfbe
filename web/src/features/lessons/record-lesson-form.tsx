// Recording a lesson from a source (here a closure report): title, category, impact, phase, what
// happened, the recommendation and tags. The project's team records; the PMO accepts later.
import { useState } from 'react';
import { Button, Card, Group, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { Lesson } from '../../api/types.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { capitalised, LESSON_CATEGORIES } from './lesson-labels.ts';

const EMPTY = { title: '', category: 'other' as Lesson['category'], impact: 'negative' as Lesson['impact'], phase: '', description: '', recommendation: '', tags: '' };

export function RecordLessonForm({ source }: { source: { type: Lesson['source']['type']; id: string } }) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState(EMPTY);
  const [recorded, setRecorded] = useState<Lesson | null>(null);
  const record = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/lessons', { body: { source, ...form, tags: form.tags.split(',').map((t) => t.trim()).filter(Boolean) } })),
    onSuccess: async (lesson) => {
      setRecorded(lesson);
      setForm(EMPTY);
      await queryClient.invalidateQueries({ queryKey: ['lessons'] });
    },
  });
  const set = (key: keyof typeof form) => (value: string | null) => setForm({ ...form, [key]: value ?? '' });
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} size="h4" mb="sm">Record a lesson</Title>
      <ProblemAlert error={record.error} />
      {recorded ? <Text size="sm" mb="xs">Recorded <AnchorLink to="/lessons/$lessonId" params={{ lessonId: recorded.id }}>{recorded.code} · {recorded.title}</AnchorLink>; the PMO accepts it.</Text> : null}
      <Stack gap="sm">
        <TextInput label="Lesson title" required value={form.title} onChange={(e) => set('title')(e.currentTarget.value)} />
        <Group grow>
          <Select label="Lesson category" value={form.category} onChange={set('category')} data={LESSON_CATEGORIES.map((c) => ({ value: c, label: capitalised(c) }))} allowDeselect={false} />
          <Select label="Impact" value={form.impact} onChange={set('impact')} data={[{ value: 'negative', label: 'Negative: avoid it' }, { value: 'positive', label: 'Positive: repeat it' }]} allowDeselect={false} />
          <TextInput label="Phase" value={form.phase} onChange={(e) => set('phase')(e.currentTarget.value)} />
        </Group>
        <Textarea label="What happened" autosize minRows={2} value={form.description} onChange={(e) => set('description')(e.currentTarget.value)} />
        <Textarea label="Recommendation" autosize minRows={2} value={form.recommendation} onChange={(e) => set('recommendation')(e.currentTarget.value)} />
        <TextInput label="Tags" description="Separated by commas" value={form.tags} onChange={(e) => set('tags')(e.currentTarget.value)} />
        <Group><Button disabled={form.title.trim() === ''} loading={record.isPending} onClick={() => record.mutate()}>Record lesson</Button></Group>
      </Stack>
    </Card>
  );
}
