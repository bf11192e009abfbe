// The training catalogue: each course with its provider, duration, the competencies it raises (to
// which level) and the certification it prepares for; "New course" for the PMO.
import { useState } from 'react';
import { Badge, Button, Card, Group, Modal, MultiSelect, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useCompetencyFramework, useCourses, useCreateCourse } from '../../api/training.ts';
import { canEditRegister } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { TrainingNav } from './training-nav.tsx';

export function CourseCataloguePage() {
  const user = useCurrentUser();
  const courses = useCourses();
  const framework = useCompetencyFramework();
  const [adding, setAdding] = useState(false);
  const names = new Map((framework.data?.competencies ?? []).map((c) => [c.key, c.name]));
  return (
    <Stack gap="md">
      <PageHeader
        title="Training"
        subtitle={<>The PMO's course catalogue. <AnchorLink to="/training/people/$userId" params={{ userId: user.id }} fz="sm">My training</AnchorLink></>}
        actions={canEditRegister(user) ? <Button onClick={() => setAdding(true)}>New course</Button> : null}
      />
      <TrainingNav />
      <ProblemAlert error={courses.error} />
      {courses.isPending ? <Pending label="Loading courses" /> : courses.data!.items.length === 0 ? <Text c="dimmed">No course in the catalogue yet.</Text> : (
        <Card withBorder padding={0} radius="md">
          <Table aria-label="Courses" striped verticalSpacing="xs">
            <Table.Thead><Table.Tr><Table.Th>Course</Table.Th><Table.Th>Provider</Table.Th><Table.Th>Hours</Table.Th><Table.Th>Competencies</Table.Th><Table.Th>Prepares for</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {courses.data!.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td><Text span c="dimmed" ff="monospace" mr="xs">{c.code}</Text>{c.name}</Table.Td>
                  <Table.Td>{c.provider}</Table.Td>
                  <Table.Td>{c.durationHours}</Table.Td>
                  <Table.Td><Group gap={4}>{Object.entries(c.competencies).map(([k, level]) => <Badge key={k} variant="light">{names.get(k) ?? k} {level}</Badge>)}</Group></Table.Td>
                  <Table.Td>{c.preparesFor ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
      <Modal opened={adding} onClose={() => setAdding(false)} title="New course" size="lg">
        <NewCourseForm competencies={framework.data?.competencies ?? []} onDone={() => setAdding(false)} />
      </Modal>
    </Stack>
  );
}

function NewCourseForm({ competencies, onDone }: { competencies: readonly { key: string; name: string }[]; onDone: () => void }) {
  const create = useCreateCourse();
  const [name, setName] = useState('');
  const [provider, setProvider] = useState('');
  const [hours, setHours] = useState<number | string>(7);
  const [covered, setCovered] = useState<string[]>([]);
  const [level, setLevel] = useState<number | string>(3);
  const [preparesFor, setPreparesFor] = useState('');
  const submit = async () => {
    const to = Number(level) as 1 | 2 | 3 | 4 | 5;
    await create.mutateAsync({ name, provider, durationHours: Number(hours), competencies: Object.fromEntries(covered.map((k) => [k, to])), preparesFor: preparesFor.trim() || null });
    onDone();
  };
  return (
    <Stack gap="sm">
      <ProblemAlert error={create.error} />
      <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} />
      <TextInput label="Provider" required value={provider} onChange={(e) => setProvider(e.currentTarget.value)} />
      <NumberInput label="Duration (hours)" min={1} max={2000} value={hours} onChange={setHours} />
      <MultiSelect label="Competencies covered" data={competencies.map((c) => ({ value: c.key, label: c.name }))} value={covered} onChange={setCovered} />
      <NumberInput label="Level reached" description="1 aware … 5 leader" min={1} max={5} value={level} onChange={setLevel} />
      <TextInput label="Prepares for certification" placeholder="e.g. PMP" value={preparesFor} onChange={(e) => setPreparesFor(e.currentTarget.value)} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>Cancel</Button>
        <Button loading={create.isPending} disabled={!name.trim() || !provider.trim()} onClick={() => void submit().catch(() => undefined)}>Add course</Button>
      </Group>
    </Stack>
  );
}
