// The benefits register of a project and a portfolio's benefits planned against realised. Every
// change answers the benefit as it now stands; the project's register and the portfolio views
// are refetched, since totals and statuses move with it.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { queryKeys } from './query-keys.ts';
import type { components, paths } from './schema';

type Schemas = components['schemas'];
export type Benefit = Schemas['Benefit'];
export type BenefitMeasurement = Schemas['BenefitMeasurement'];
export type ProjectBenefits = Schemas['ProjectBenefits'];
export type PortfolioBenefits = Schemas['PortfolioBenefits'];
export type BenefitCreate = NonNullable<paths['/api/v1/projects/{id}/benefits']['post']['requestBody']>['content']['application/json'];
export type BenefitUpdate = NonNullable<paths['/api/v1/benefits/{id}']['patch']['requestBody']>['content']['application/json'];
export type MeasurementCreate = NonNullable<paths['/api/v1/benefits/{id}/measurements']['post']['requestBody']>['content']['application/json'];
export type BenefitStatus = Benefit['status'];

export const benefitQueries = {
  project: (projectId: string) =>
    queryOptions({
      queryKey: queryKeys.benefits.project(projectId),
      queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/benefits', { params: { path: { id: projectId } } })),
    }),
  portfolio: (portfolioId: string) =>
    queryOptions({
      queryKey: queryKeys.benefits.portfolio(portfolioId),
      queryFn: () => unwrap(api.GET('/api/v1/portfolios/{id}/benefits', { params: { path: { id: portfolioId } } })),
    }),
};

export const useProjectBenefits = (projectId: string) => useQuery(benefitQueries.project(projectId));
export const usePortfolioBenefits = (portfolioId: string | undefined) => useQuery({ ...benefitQueries.portfolio(portfolioId ?? ''), enabled: Boolean(portfolioId) });

function useRefetchBenefits() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.benefits.all });
}

export function useCreateBenefit(projectId: string) {
  const refetch = useRefetchBenefits();
  return useMutation({
    mutationFn: (body: BenefitCreate) => unwrap(api.POST('/api/v1/projects/{id}/benefits', { params: { path: { id: projectId } }, body })),
    onSuccess: refetch,
  });
}

export function useUpdateBenefit() {
  const refetch = useRefetchBenefits();
  return useMutation({
    mutationFn: ({ id, version, patch }: { id: string; version: number; patch: BenefitUpdate }) =>
      unwrap(api.PATCH('/api/v1/benefits/{id}', { params: { path: { id } }, headers: ifMatch(version), body: patch })),
    onSuccess: refetch,
  });
}

export function useDeleteBenefit() {
  const refetch = useRefetchBenefits();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => unwrap(api.DELETE('/api/v1/benefits/{id}', { params: { path: { id } }, headers: ifMatch(version) })),
    onSuccess: refetch,
  });
}

export function useRecordMeasurement() {
  const refetch = useRefetchBenefits();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MeasurementCreate }) => unwrap(api.POST('/api/v1/benefits/{id}/measurements', { params: { path: { id } }, body })),
    onSuccess: refetch,
  });
}

export function useDeleteMeasurement() {
  const refetch = useRefetchBenefits();
  return useMutation({
    mutationFn: ({ id, measurementId }: { id: string; measurementId: string }) =>
      unwrap(api.DELETE('/api/v1/benefits/{id}/measurements/{measurementId}', { params: { path: { id, measurementId } } })),
    onSuccess: refetch,
  });
}
