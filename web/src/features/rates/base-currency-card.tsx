// The organisation's base currency: what portfolio totals are shown in and what exchange rates
// convert to. The PMO changes it under If-Match (a 409 offers a reload); everyone else reads it.
import { Button, Card, Group, Select, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useFinanceSettings, useSaveFinanceSettings } from '../../api/rates.ts';
import type { FinanceSettings } from '../../api/types.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { currencyOptions } from './currency-options.ts';

export function BaseCurrencyCard({ mayEdit }: { mayEdit: boolean }) {
  const settings = useFinanceSettings();
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label="Base currency">
      <Title order={2} size="h4" mb="xs">Base currency</Title>
      <ProblemAlert error={settings.error} />
      {settings.data ? <BaseCurrencyForm key={settings.data.version} settings={settings.data} mayEdit={mayEdit} onReload={() => void settings.refetch()} /> : null}
    </Card>
  );
}

function BaseCurrencyForm({ settings, mayEdit, onReload }: { settings: FinanceSettings; mayEdit: boolean; onReload: () => void }) {
  const [currency, setCurrency] = useState(settings.baseCurrency);
  const save = useSaveFinanceSettings();
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">
        Portfolio totals are shown in <b data-testid="base-currency">{settings.baseCurrency}</b>; each project’s money is converted at the exchange rate in force on the status date.
      </Text>
      {mayEdit ? (
        <>
          <ProblemAlert error={save.error} title="The base currency was not changed" onReload={onReload} />
          <Group gap="sm" align="flex-end">
            <Select label="Base currency" w={140} allowDeselect={false} data={currencyOptions(settings.baseCurrency)} value={currency} onChange={(v) => v && setCurrency(v)} />
            <Button onClick={() => save.mutate({ version: settings.version, baseCurrency: currency })} loading={save.isPending} disabled={currency === settings.baseCurrency}>Change</Button>
          </Group>
          <Text size="xs" c="dimmed" mt={4}>Exchange rates are given to the base currency: after a change, give rates to the new one.</Text>
        </>
      ) : null}
    </>
  );
}
