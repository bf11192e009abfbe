// Adding to a person's training: their own assessment of a competency (or the PMO's, of anyone),
// and for the PMO a completed course with its score and a certification with its expiry.
import { useState } from 'react';
import { Button, Card, Checkbox, Group, NumberInput, Select, Stack, TextInput, Title } from '@mantine/core';
import { useAssessCompetency, useCourses, useRecordCertification, useRecordTraining } from '../../api/training.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

type Competencies = readonly { key: string; name: string }[];

export function AssessForm({ userId, competencies, byPmo }: { userId: string; competencies: Competencies; byPmo: boolean }) {
  const assess = useAssessCompetency();
  const [key, setKey] = useState<string | null>(null);
  const [level, setLevel] = useState<number | string>(3);
  return (
    <Stack gap={6}>
      <ProblemAlert error={assess.error} />
      <Group align="flex-end" gap="xs">
        <Select label={byPmo ? 'PMO assessment of' : 'Assess yourself in'} data={competencies.map((c) => ({ value: c.key, label: c.name }))} value={key} onChange={setKey} w={220} />
        <NumberInput label="Level" min={1} max={5} value={level} onChange={setLevel} w={80} />
        <Button disabled={!key} loading={assess.isPending} onClick={() => key && assess.mutate({ userId, competencyKey: key, level: Number(level) })}>Save</Button>
      </Group>
    </Stack>
  );
}

export function RecordForms({ userId }: { userId: string }) {
  const courses = useCourses();
  const record = useRecordTraining();
  const certify = useRecordCertification();
  const [courseId, setCourseId] = useState<string | null>(null);
  const [completedOn, setCompletedOn] = useState('');
  const [score, setScore] = useState<number | string>('');
  const [cert, setCert] = useState({ name: '', projectManagement: true, obtainedOn: '', expiresOn: '' });
  return (
    <Card withBorder radius="md" padding="md">
      <Title order={2} size="h5" mb="xs">Record (PMO)</Title>
      <Stack gap="sm">
        <ProblemAlert error={record.error ?? certify.error} />
        <Group align="flex-end" gap="xs">
          <Select label="Course completed" searchable data={(courses.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))} value={courseId} onChange={setCourseId} w={220} />
          <TextInput label="On" type="date" value={completedOn} onChange={(e) => setCompletedOn(e.currentTarget.value)} />
          <NumberInput label="Score %" min={0} max={100} value={score} onChange={setScore} w={90} />
          <Button disabled={!courseId || !completedOn} loading={record.isPending} onClick={() => courseId && record.mutate({ userId, courseId, completedOn, score: score === '' ? null : Number(score) })}>Record</Button>
        </Group>
        <Group align="flex-end" gap="xs">
          <TextInput label="Certification" placeholder="PMP" value={cert.name} onChange={(e) => setCert({ ...cert, name: e.currentTarget.value })} w={160} />
          <TextInput label="Obtained" type="date" value={cert.obtainedOn} onChange={(e) => setCert({ ...cert, obtainedOn: e.currentTarget.value })} />
          <TextInput label="Expires" type="date" value={cert.expiresOn} onChange={(e) => setCert({ ...cert, expiresOn: e.currentTarget.value })} />
          <Checkbox label="Project management" checked={cert.projectManagement} onChange={(e) => setCert({ ...cert, projectManagement: e.currentTarget.checked })} mb={8} />
          <Button disabled={!cert.name.trim() || !cert.obtainedOn} loading={certify.isPending}
            onClick={() => certify.mutate({ userId, name: cert.name, projectManagement: cert.projectManagement, obtainedOn: cert.obtainedOn, expiresOn: cert.expiresOn || null })}>Add</Button>
        </Group>
      </Stack>
    </Card>
  );
}
