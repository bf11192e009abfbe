// The PMO's status thresholds: when each dimension turns amber and red. Saved whole under If-Match;
// the server checks the values (red beyond amber …) and its field errors land on the inputs.
import { Button, Card, Group, NumberInput, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useSaveStatusThresholds, useStatusThresholds } from '../../api/status-reports.ts';
import type { StatusThresholds } from '../../api/types.ts';
import { applyProblemToForm } from '../../ui/form-problems.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { limitKeys, THRESHOLD_SECTIONS, toThresholdsBody } from './thresholds-form.ts';

/** An input's value; an unused count (null) shows empty. */
function limitValue(values: StatusThresholds, path: string, key: string): number | string {
  const [section = '', name = ''] = path.split('.');
  const limits = (values as unknown as Record<string, Record<string, Record<string, number | string | null>>>)[section]?.[name];
  return limits?.[key] ?? '';
}

export function StatusThresholdsPage() {
  const thresholds = useStatusThresholds();
  if (thresholds.isPending) return <Pending label="Loading thresholds" />;
  if (thresholds.error) return <ProblemAlert error={thresholds.error} title="The thresholds could not be shown" />;
  return <ThresholdsForm key={thresholds.data.version} thresholds={thresholds.data} onReload={() => void thresholds.refetch()} />;
}

function ThresholdsForm({ thresholds, onReload }: { thresholds: StatusThresholds; onReload: () => void }) {
  const save = useSaveStatusThresholds();
  const form = useForm<StatusThresholds>({ initialValues: thresholds });
  const submit = form.onSubmit(async (values) => {
    try {
      await save.mutateAsync({ version: thresholds.version, body: toThresholdsBody(values) });
    } catch (error) {
      applyProblemToForm(form, error, (path) => path);
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Status thresholds">
      <PageHeader title="Status thresholds" subtitle={thresholds.version === 0 ? 'The defaults apply.' : `Version ${thresholds.version}.`}
        actions={<Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>Save thresholds</Button>} />
      <Stack gap="md">
        <ProblemAlert error={save.error} title="The thresholds were not saved" onReload={onReload} />
        <Card withBorder radius="md" padding="md">
          <NumberInput w={260} label="Baseline slips are measured against" description="0: the original plan." min={0} max={10} allowDecimal={false} {...form.getInputProps('schedule.baselineNumber')} />
        </Card>
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          {THRESHOLD_SECTIONS.map((section) => (
            <Card key={section.title} withBorder radius="md" padding="md">
              <Title order={2} size="h5" mb="xs">{section.title}</Title>
              <Table fz="sm" verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr><Table.Th /><Table.Th>Amber</Table.Th><Table.Th>Red</Table.Th></Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {section.rows.map((row) => (
                    <Table.Tr key={row.path}>
                      <Table.Td>{row.label}<Text size="xs" c="dimmed">{row.kind === 'measure' ? 'above' : 'from (empty: unused)'}</Text></Table.Td>
                      {limitKeys(row.kind).map((k) => (
                        <Table.Td key={k}>
                          <NumberInput size="xs" aria-label={`${row.label}: ${k.startsWith('amber') ? 'amber' : 'red'}`} min={row.kind === 'count' ? 1 : 0} allowDecimal={row.kind === 'measure'}
                            {...form.getInputProps(`${row.path}.${k}`)} value={limitValue(form.getValues(), row.path, k)} />
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
          ))}
        </SimpleGrid>
        <Group justify="flex-end"><Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>Save thresholds</Button></Group>
      </Stack>
    </form>
  );
}
