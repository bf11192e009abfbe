// Rates: people's cost rates per hour (the PMO's list; everyone else reads their own), exchange
// rates to the base currency, and the base currency itself. Every change refetches `rates.all` and
// `evm.all`: hours are re-priced and totals re-converted by the server on the next read.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';
import type { ExchangeRateCreate, ExchangeRateUpdate, PersonRateCreate, PersonRateUpdate } from './types.ts';

export const rateQueries = {
  people: (userId?: string) =>
    queryOptions({
      queryKey: queryKeys.rates.people({ userId }),
      queryFn: () => unwrap(api.GET('/api/v1/rates', { params: { query: userId ? { userId } : {} } })),
    }),
  exchange: () =>
    queryOptions({
      queryKey: queryKeys.rates.exchange(),
      queryFn: () => unwrap(api.GET('/api/v1/exchange-rates', { params: { query: {} } })),
    }),
  finance: () =>
    queryOptions({
      queryKey: queryKeys.rates.finance(),
      queryFn: () => unwrap(api.GET('/api/v1/settings/finance', {})),
    }),
};

export const usePersonRates = (userId?: string) => useQuery(rateQueries.people(userId));
export const useExchangeRates = () => useQuery(rateQueries.exchange());
export const useFinanceSettings = () => useQuery(rateQueries.finance());

function useOnRatesChanged() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.rates.all }), queryClient.invalidateQueries({ queryKey: queryKeys.evm.all })]);
}

export function useCreatePersonRate() {
  const onChanged = useOnRatesChanged();
  return useMutation({ mutationFn: (body: PersonRateCreate) => unwrap(api.POST('/api/v1/rates', { body })), onSuccess: onChanged });
}

export function useUpdatePersonRate() {
  const onChanged = useOnRatesChanged();
  return useMutation({
    mutationFn: ({ id, version, patch }: { id: string; version: number; patch: PersonRateUpdate }) =>
      unwrap(api.PATCH('/api/v1/rates/{id}', { params: { path: { id } }, headers: ifMatch(version), body: patch })),
    onSuccess: onChanged,
  });
}

export function useDeletePersonRate() {
  const onChanged = useOnRatesChanged();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => unwrap(api.DELETE('/api/v1/rates/{id}', { params: { path: { id } }, headers: ifMatch(version) })),
    onSuccess: onChanged,
  });
}

export function useCreateExchangeRate() {
  const onChanged = useOnRatesChanged();
  return useMutation({ mutationFn: (body: ExchangeRateCreate) => unwrap(api.POST('/api/v1/exchange-rates', { body })), onSuccess: onChanged });
}

export function useUpdateExchangeRate() {
  const onChanged = useOnRatesChanged();
  return useMutation({
    mutationFn: ({ id, version, patch }: { id: string; version: number; patch: ExchangeRateUpdate }) =>
      unwrap(api.PATCH('/api/v1/exchange-rates/{id}', { params: { path: { id } }, headers: ifMatch(version), body: patch })),
    onSuccess: onChanged,
  });
}

export function useDeleteExchangeRate() {
  const onChanged = useOnRatesChanged();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => unwrap(api.DELETE('/api/v1/exchange-rates/{id}', { params: { path: { id } }, headers: ifMatch(version) })),
    onSuccess: onChanged,
  });
}

export function useSaveFinanceSettings() {
  const onChanged = useOnRatesChanged();
  return useMutation({
    mutationFn: ({ version, baseCurrency }: { version: number; baseCurrency: string }) =>
      unwrap(api.PUT('/api/v1/settings/finance', { headers: ifMatch(version), body: { baseCurrency } })),
    onSuccess: onChanged,
  });
}
