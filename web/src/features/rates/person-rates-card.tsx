// People's cost rates per hour, each in force from its day until the person's next one. The PMO
// sees everyone's and adds, changes or removes them; anyone else sees only their own rates.
import { Button, Card, Group, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useDeletePersonRate, usePersonRates } from '../../api/rates.ts';
import type { PersonRate } from '../../api/types.ts';
import { formatDate } from '../../ui/dates.ts';
import { formatMoney } from '../../ui/money.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ConfirmDeleteModal } from './confirm-delete-modal.tsx';
import { PersonRateModal, type PersonRateTarget } from './person-rate-modal.tsx';

export function PersonRatesCard({ mayEdit, baseCurrency }: { mayEdit: boolean; baseCurrency: string }) {
  const rates = usePersonRates();
  const remove = useDeletePersonRate();
  const [target, setTarget] = useState<PersonRateTarget | null>(null);
  const [removing, setRemoving] = useState<PersonRate | null>(null);
  const items = rates.data?.items ?? [];
  const reload = async (id: string) => (await rates.refetch()).data?.items.find((r) => r.id === id);

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={mayEdit ? 'Cost rates' : 'My cost rate'}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">{mayEdit ? 'Cost rates' : 'My cost rate'}</Title>
        {mayEdit ? <Button size="xs" onClick={() => setTarget({ mode: 'create' })}>Add a rate</Button> : null}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {mayEdit ? 'What an hour of each person costs, from the day given until their next rate. Approved timesheet hours are priced at the rate of their day.' : 'What an hour of your time costs the projects you book it to. The PMO keeps these rates.'}
      </Text>
      <ProblemAlert error={rates.error} />
      {rates.data && items.length === 0 ? <Text size="sm" c="dimmed">{mayEdit ? 'No one has a cost rate yet: their hours count in no actual cost.' : 'You have no cost rate yet.'}</Text> : null}
      {items.length > 0 ? (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label="Cost rates" fz="sm" striped verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Person</Table.Th>
                <Table.Th>Effective from</Table.Th>
                <Table.Th ta="right">Standard / h</Table.Th>
                <Table.Th ta="right">Overtime / h</Table.Th>
                <Table.Th>Currency</Table.Th>
                {mayEdit ? <Table.Th><VisuallyHidden>Actions</VisuallyHidden></Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((r) => (
                <Table.Tr key={r.id} data-person={r.userName} data-from={r.effectiveFrom}>
                  <Table.Td>{r.userName}</Table.Td>
                  <Table.Td>{formatDate(r.effectiveFrom)}</Table.Td>
                  <Table.Td ta="right">{formatMoney(r.standard)}</Table.Td>
                  <Table.Td ta="right">{r.overtime ? formatMoney(r.overtime) : <Text span size="sm" c="dimmed">as standard</Text>}</Table.Td>
                  <Table.Td>{r.standard.currency}</Table.Td>
                  {mayEdit ? (
                    <Table.Td ta="right">
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button size="compact-xs" variant="subtle" onClick={() => setTarget({ mode: 'edit', rate: r })} aria-label={`Edit the rate of ${r.userName} from ${r.effectiveFrom}`}>Edit</Button>
                        <Button size="compact-xs" variant="subtle" color="red" onClick={() => setRemoving(r)} aria-label={`Remove the rate of ${r.userName} from ${r.effectiveFrom}`}>Remove</Button>
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {mayEdit ? (
        <>
          <PersonRateModal target={target} baseCurrency={baseCurrency} onClose={() => setTarget(null)} onReload={reload} />
          <ConfirmDeleteModal
            target={removing && { id: removing.id, version: removing.version, question: `Remove the rate of ${removing.userName} from ${formatDate(removing.effectiveFrom)}?`, consequence: 'Their hours from that day are priced at their rate before it, or left out of actual cost if there is none.' }}
            mutation={remove} onClose={() => setRemoving(null)} onReload={() => void rates.refetch()} />
        </>
      ) : null}
    </Card>
  );
}
