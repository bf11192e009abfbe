// Exchange rates to the base currency, each in force from its day until the currency's next one:
// what converts a project's money for the portfolio totals. Everyone reads them; the PMO adds,
// changes and removes them.
import { Button, Card, Group, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useDeleteExchangeRate, useExchangeRates } from '../../api/rates.ts';
import type { ExchangeRate } from '../../api/types.ts';
import { formatDate } from '../../ui/dates.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ConfirmDeleteModal } from './confirm-delete-modal.tsx';
import { ExchangeRateModal, type ExchangeRateTarget } from './exchange-rate-modal.tsx';

export function ExchangeRatesCard({ mayEdit }: { mayEdit: boolean }) {
  const rates = useExchangeRates();
  const remove = useDeleteExchangeRate();
  const [target, setTarget] = useState<ExchangeRateTarget | null>(null);
  const [removing, setRemoving] = useState<ExchangeRate | null>(null);
  const items = rates.data?.items ?? [];
  const baseCurrency = rates.data?.baseCurrency ?? '';
  const reload = async (id: string) => (await rates.refetch()).data?.items.find((r) => r.id === id);

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label="Exchange rates">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">Exchange rates</Title>
        {mayEdit && rates.data ? <Button size="xs" onClick={() => setTarget({ mode: 'create' })}>Add an exchange rate</Button> : null}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {baseCurrency ? `How many ${baseCurrency} one unit of each currency is worth, from the day given until the next rate. ` : ''}A project in a currency without a rate on the status date is left out of the portfolio totals.
      </Text>
      <ProblemAlert error={rates.error} />
      {rates.data && items.length === 0 ? <Text size="sm" c="dimmed">No exchange rate yet.</Text> : null}
      {items.length > 0 ? (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label="Exchange rates" fz="sm" striped verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Currency</Table.Th>
                <Table.Th>Effective from</Table.Th>
                <Table.Th ta="right">Rate</Table.Th>
                <Table.Th>Reads</Table.Th>
                {mayEdit ? <Table.Th><VisuallyHidden>Actions</VisuallyHidden></Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((r) => (
                <Table.Tr key={r.id} data-currency={r.currency} data-from={r.effectiveFrom}>
                  <Table.Td>{r.currency}</Table.Td>
                  <Table.Td>{formatDate(r.effectiveFrom)}</Table.Td>
                  <Table.Td ta="right" ff="monospace">{r.rate}</Table.Td>
                  <Table.Td c="dimmed">1 {r.currency} = {r.rate} {r.baseCurrency}</Table.Td>
                  {mayEdit ? (
                    <Table.Td ta="right">
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button size="compact-xs" variant="subtle" onClick={() => setTarget({ mode: 'edit', rate: r })} aria-label={`Edit the ${r.currency} rate from ${r.effectiveFrom}`}>Edit</Button>
                        <Button size="compact-xs" variant="subtle" color="red" onClick={() => setRemoving(r)} aria-label={`Remove the ${r.currency} rate from ${r.effectiveFrom}`}>Remove</Button>
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {mayEdit && rates.data ? (
        <>
          <ExchangeRateModal target={target} baseCurrency={baseCurrency} onClose={() => setTarget(null)} onReload={reload} />
          <ConfirmDeleteModal
            target={removing && { id: removing.id, version: removing.version, question: `Remove the ${removing.currency} rate from ${formatDate(removing.effectiveFrom)}?`, consequence: `From that day ${removing.currency} converts at the rate before it, or projects in it are left out of the totals if there is none.` }}
            mutation={remove} onClose={() => setRemoving(null)} onReload={() => void rates.refetch()} />
        </>
      ) : null}
    </Card>
  );
}
