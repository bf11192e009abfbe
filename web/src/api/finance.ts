// A project's money: its budget (with revisions), financial summary, expenses and purchase orders,
// and the changes to them. Any change refetches the project's money (`finance.all`); deciding a
// revision also moves the project's register budget, so it refetches projects and dashboards too.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from './client.ts';
import { fetchAllPages } from './pages.ts';
import { queryKeys } from './query-keys.ts';
import type { components, paths } from './schema';

type Schemas = components['schemas'];
type Body<P extends keyof paths, M extends 'post' | 'patch'> = paths[P][M] extends { requestBody?: infer B } ? NonNullable<B> extends { content: { 'application/json': infer J } } ? J : never : never;
export type ProjectBudget = Schemas['ProjectBudget'];
export type BudgetRevision = Schemas['BudgetRevision'];
export type BudgetLine = BudgetRevision['lines'][number];
export type CostCategory = BudgetLine['category'];
export type CostType = BudgetLine['costType'];
export type Financials = Schemas['Financials'];
export type Expense = Schemas['Expense'];
export type SpendingCategory = Expense['category'];
export type PurchaseOrder = Schemas['PurchaseOrder'];
export type RevisionCreate = Body<'/api/v1/projects/{id}/budget/revisions', 'post'>;
export type RevisionUpdate = Body<'/api/v1/budget-revisions/{id}', 'patch'>;
export type ExpenseCreate = Body<'/api/v1/projects/{id}/expenses', 'post'>;
export type ExpenseUpdate = Body<'/api/v1/expenses/{id}', 'patch'>;
export type PurchaseOrderCreate = Body<'/api/v1/projects/{id}/purchase-orders', 'post'>;
export type PurchaseOrderUpdate = Body<'/api/v1/purchase-orders/{id}', 'patch'>;

const path = (id: string) => ({ params: { path: { id } } });

export const financeQueries = {
  budget: (projectId: string) => queryOptions({ queryKey: queryKeys.finance.budget(projectId), queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/budget', path(projectId))) }),
  financials: (projectId: string) => queryOptions({ queryKey: queryKeys.finance.financials(projectId), queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/financials', path(projectId))) }),
  /** Every expense of the project, latest first. */
  expenses: (projectId: string) =>
    queryOptions({
      queryKey: queryKeys.finance.expenses(projectId),
      queryFn: () => fetchAllPages((cursor) => unwrap(api.GET('/api/v1/projects/{id}/expenses', { params: { path: { id: projectId }, query: { limit: 200, cursor } } }))),
    }),
  orders: (projectId: string) => queryOptions({ queryKey: queryKeys.finance.orders(projectId), queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/purchase-orders', path(projectId))) }),
};

export const useProjectBudget = (projectId: string) => useQuery(financeQueries.budget(projectId));
export const useFinancials = (projectId: string) => useQuery(financeQueries.financials(projectId));
export const useExpenses = (projectId: string) => useQuery(financeQueries.expenses(projectId));
export const usePurchaseOrders = (projectId: string) => useQuery(financeQueries.orders(projectId));

/** Refetches the project's money (and, after a decision, the register budget everyone else shows). */
function useRefetchMoney(alsoRegister = false) {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.finance.all }),
      ...(alsoRegister ? [queryClient.invalidateQueries({ queryKey: queryKeys.projects.all }), queryClient.invalidateQueries({ queryKey: queryKeys.dashboard.all })] : []),
    ]);
  };
}

export function useCreateRevision(projectId: string) {
  const onSuccess = useRefetchMoney();
  return useMutation({ mutationFn: (body: RevisionCreate) => unwrap(api.POST('/api/v1/projects/{id}/budget/revisions', { ...path(projectId), body })), onSuccess });
}

export function useUpdateRevision() {
  const onSuccess = useRefetchMoney();
  return useMutation({
    mutationFn: ({ id, version, patch }: { id: string; version: number; patch: RevisionUpdate }) => unwrap(api.PATCH('/api/v1/budget-revisions/{id}', { ...path(id), headers: ifMatch(version), body: patch })),
    onSuccess,
  });
}

export function useDeleteRevision() {
  const onSuccess = useRefetchMoney();
  return useMutation({ mutationFn: ({ id, version }: { id: string; version: number }) => unwrap(api.DELETE('/api/v1/budget-revisions/{id}', { ...path(id), headers: ifMatch(version) })), onSuccess });
}

export function useDecideRevision() {
  const onSuccess = useRefetchMoney(true);
  return useMutation({
    mutationFn: ({ id, version, decision, comment }: { id: string; version: number; decision: 'approve' | 'reject'; comment: string }) =>
      decision === 'approve'
        ? unwrap(api.POST('/api/v1/budget-revisions/{id}/approve', { ...path(id), headers: ifMatch(version), body: { comment } }))
        : unwrap(api.POST('/api/v1/budget-revisions/{id}/reject', { ...path(id), headers: ifMatch(version), body: { comment } })),
    onSuccess,
  });
}

export function useCreateExpense(projectId: string) {
  const onSuccess = useRefetchMoney();
  return useMutation({ mutationFn: (body: ExpenseCreate) => unwrap(api.POST('/api/v1/projects/{id}/expenses', { ...path(projectId), body })), onSuccess });
}

export function useUpdateExpense() {
  const onSuccess = useRefetchMoney();
  return useMutation({
    mutationFn: ({ id, version, patch }: { id: string; version: number; patch: ExpenseUpdate }) => unwrap(api.PATCH('/api/v1/expenses/{id}', { ...path(id), headers: ifMatch(version), body: patch })),
    onSuccess,
  });
}

export function useDeleteExpense() {
  const onSuccess = useRefetchMoney();
  return useMutation({ mutationFn: ({ id, version }: { id: string; version: number }) => unwrap(api.DELETE('/api/v1/expenses/{id}', { ...path(id), headers: ifMatch(version) })), onSuccess });
}

export function useCreatePurchaseOrder(projectId: string) {
  const onSuccess = useRefetchMoney();
  return useMutation({ mutationFn: (body: PurchaseOrderCreate) => unwrap(api.POST('/api/v1/projects/{id}/purchase-orders', { ...path(projectId), body })), onSuccess });
}

export function useUpdatePurchaseOrder() {
  const onSuccess = useRefetchMoney();
  return useMutation({
    mutationFn: ({ id, version, patch }: { id: string; version: number; patch: PurchaseOrderUpdate }) => unwrap(api.PATCH('/api/v1/purchase-orders/{id}', { ...path(id), headers: ifMatch(version), body: patch })),
    onSuccess,
  });
}

/** The address of the budget's or the expenses' spreadsheet (downloaded with the session cookie). */
export const financeExportUrl = (projectId: string, what: 'budget' | 'expenses', format: 'xlsx' | 'csv'): string => `/api/v1/projects/${projectId}/${what}/export?format=${format}`;
