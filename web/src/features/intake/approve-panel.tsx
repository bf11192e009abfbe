// "Approve → create project from template": the PMO picks a template (and optionally the manager
// and the start) and the server makes the project from it, carrying the request's data, in one
// transaction. On success the new project's page opens.
import { Button, Card, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useApproveRequest } from '../../api/requests.ts';
import { useTemplates } from '../../api/templates.ts';
import type { ProjectRequest } from '../../api/types.ts';
import { usePeopleOptions } from '../../ui/person-name.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

export function ApprovePanel({ request, onReload }: { request: ProjectRequest; onReload: () => void }) {
  const templates = useTemplates();
  const people = usePeopleOptions();
  const approve = useApproveRequest(request.id);
  const navigate = useNavigate();
  const [templateKey, setTemplateKey] = useState<string | null>(null);
  const [managerId, setManagerId] = useState<string | null>(null);
  const [start, setStart] = useState(request.desiredStart ?? '');
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const run = () => {
    if (!templateKey) return setMissing('Pick the template the project starts from.');
    approve.mutate(
      { version: request.version, body: { templateKey, managerId, plannedStart: start || null, comment } },
      { onSuccess: (r) => void navigate({ to: '/projects/$projectId', params: { projectId: r.project!.id } }) },
    );
  };
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack>
        <Title order={2} size="h4">Approve and create the project</Title>
        <Text size="sm" c="dimmed">The project carries the request’s name, strategic objectives, sponsor, portfolio and program, cost estimate as budget, dates and description. The decision goes into its decision log.</Text>
        <ProblemAlert error={approve.error} onReload={onReload} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select label="Template" required data={(templates.data?.items ?? []).map((t) => ({ value: t.key, label: t.name }))} value={templateKey} onChange={(k) => { setTemplateKey(k); setMissing(null); }} error={missing} />
          <Select label="Project manager" searchable clearable data={people} value={managerId} onChange={setManagerId} />
          <TextInput label="Planned start" type="date" value={start} onChange={(e) => setStart(e.currentTarget.value)} />
        </SimpleGrid>
        <Textarea label="Decision comment" autosize minRows={2} value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
        <Button onClick={run} loading={approve.isPending} style={{ alignSelf: 'flex-start' }}>Approve → create project</Button>
      </Stack>
    </Card>
  );
}
