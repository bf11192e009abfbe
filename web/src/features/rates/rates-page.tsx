// Rates: what turns hours into money and one currency into another. The PMO (and admins) keep the
// base currency, people's cost rates and exchange rates here; everyone else sees the base
// currency, their own cost rate and the exchange rates, read-only.
import { SimpleGrid, Stack } from '@mantine/core';
import { useFinanceSettings } from '../../api/rates.ts';
import { canGovern } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { BaseCurrencyCard } from './base-currency-card.tsx';
import { ExchangeRatesCard } from './exchange-rates-card.tsx';
import { PersonRatesCard } from './person-rates-card.tsx';

export function RatesPage() {
  const user = useCurrentUser();
  const mayEdit = canGovern(user);
  const settings = useFinanceSettings();
  return (
    <Stack gap="md">
      <PageHeader title="Rates" subtitle={mayEdit ? 'Cost rates of people, exchange rates and the base currency: earned value and the portfolio totals are priced with them.' : 'Your cost rate and the exchange rates the portfolio totals use.'} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <BaseCurrencyCard mayEdit={mayEdit} />
        <ExchangeRatesCard mayEdit={mayEdit} />
      </SimpleGrid>
      <PersonRatesCard mayEdit={mayEdit} baseCurrency={settings.data?.baseCurrency ?? 'EUR'} />
    </Stack>
  );
}
