// Editing the PMO charter (PMO): the mandate, the portfolios in scope, the project that runs the
// PMO's own roadmap, and the services catalogue, a row per service with its promised service level.
import { ActionIcon, Button, Group, MultiSelect, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { usePortfolios } from '../../api/portfolios.ts';
import { useProjectList } from '../../api/projects.ts';
import type { PmoCharter, PmoCharterBody, PmoService } from '../../api/types.ts';
import { applyProblemToForm } from '../../ui/form-problems.ts';
import { optionsOf } from '../../ui/labels.ts';

export const SERVICE_KIND_LABELS: Record<PmoService['kind'], string> = {
  reporting: 'Reporting', assurance: 'Assurance', scheduling: 'Scheduling support', training: 'Training', consulting: 'Consulting', governance: 'Governance', tooling: 'Tools',
};

const blankService = (): PmoService => ({ key: '', name: '', kind: 'reporting', description: '', serviceLevel: '', audience: '' });

/** Server paths map onto the form's own (services.1.serviceLevel → services.1.serviceLevel). */
const fieldOf = (path: string): string | null => path.replace(/\[(\d+)\]/g, '.$1');

export function CharterForm({ charter, submitting, onSubmit, onCancel }: {
  charter: PmoCharter;
  submitting: boolean;
  onSubmit: (body: PmoCharterBody) => Promise<unknown>;
  onCancel: () => void;
}) {
  const portfolios = usePortfolios();
  const projects = useProjectList({ sort: 'code' });
  const projectOptions = (projects.data?.pages ?? []).flatMap((p) => p.items).map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }));
  const form = useForm<PmoCharterBody>({
    initialValues: { mandate: charter.mandate, scopePortfolioIds: [...charter.scopePortfolioIds], services: charter.services.map((x) => ({ ...x })), roadmapProjectId: charter.roadmapProjectId },
  });
  const submit = form.onSubmit(async (v) => {
    try {
      await onSubmit(v);
    } catch (error) {
      applyProblemToForm(form, error, fieldOf);
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="PMO charter">
      <Stack>
        <Textarea label="Mandate" description="Why the PMO exists and what it is accountable for." autosize minRows={4} {...form.getInputProps('mandate')} />
        <MultiSelect label="Portfolios in scope" searchable data={(portfolios.data ?? []).map((p) => ({ value: p.id, label: p.name }))} {...form.getInputProps('scopePortfolioIds')} />
        <Select label="Roadmap project" description="The project that runs the PMO's own set-up and improvement plan." clearable searchable data={projectOptions} {...form.getInputProps('roadmapProjectId')} />
        <Text size="sm" fw={500}>Services</Text>
        <Table aria-label="Services" verticalSpacing={4}>
          <Table.Thead><Table.Tr><Table.Th>Key</Table.Th><Table.Th>Name</Table.Th><Table.Th>Kind</Table.Th><Table.Th>Service level</Table.Th><Table.Th>For</Table.Th><Table.Th /></Table.Tr></Table.Thead>
          <Table.Tbody>
            {form.values.services.map((_, i) => (
              <Table.Tr key={i}>
                <Table.Td><TextInput aria-label={`Key of service ${i + 1}`} {...form.getInputProps(`services.${i}.key`)} /></Table.Td>
                <Table.Td><TextInput aria-label={`Name of service ${i + 1}`} {...form.getInputProps(`services.${i}.name`)} /></Table.Td>
                <Table.Td><Select aria-label={`Kind of service ${i + 1}`} data={optionsOf(SERVICE_KIND_LABELS)} {...form.getInputProps(`services.${i}.kind`)} /></Table.Td>
                <Table.Td><TextInput aria-label={`Service level of service ${i + 1}`} {...form.getInputProps(`services.${i}.serviceLevel`)} /></Table.Td>
                <Table.Td><TextInput aria-label={`Audience of service ${i + 1}`} {...form.getInputProps(`services.${i}.audience`)} /></Table.Td>
                <Table.Td><ActionIcon variant="subtle" color="red" aria-label={`Remove service ${i + 1}`} onClick={() => form.removeListItem('services', i)}>×</ActionIcon></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="space-between">
          <Button variant="light" onClick={() => form.insertListItem('services', blankService())}>Add service</Button>
          <Group>
            <Button variant="default" onClick={onCancel} disabled={submitting}>Cancel</Button>
            <Button type="submit" loading={submitting}>Save charter</Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
