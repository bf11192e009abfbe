// A project's Financials page: the headline figures (budget approved and current, actual, committed,
// forecast and variance at completion; those who plan the costs give the project's estimate to
// complete here, as on the earned-value page), then tabs for the budget (by category and month, with its
// revisions: drafted by the manager, approved or rejected by the PMO or the sponsor), planned
// against actual cost by category, the expenses and invoices, and the purchase orders. The tab
// lives in the URL so a view can be shared.
import { useState } from 'react';
import { Button, Card, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { financeExportUrl, useExpenses, useFinancials, useProjectBudget, usePurchaseOrders, type BudgetRevision } from '../../api/finance.ts';
import { useProject } from '../../api/projects.ts';
import type { Project } from '../../api/types.ts';
import { ExportButtons } from '../../ui/export-buttons.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ButtonLink } from '../../ui/router-links.tsx';
import { BudgetGrid } from './budget-grid.tsx';
import { DecideRevisionModal } from './decide-revision-modal.tsx';
import { ExpenseModal, type ExpenseTarget } from './expense-modal.tsx';
import { ExpenseTable } from './expense-table.tsx';
import { ProjectEstimateModal } from '../evm/project-estimate-card.tsx';
import { FinancialSummary } from './financial-summary.tsx';
import { OrderModal, type OrderTarget } from './order-modal.tsx';
import { OrderTable } from './order-table.tsx';
import { PlannedActualTable } from './planned-actual-table.tsx';
import { RevisionList } from './revision-list.tsx';
import { RevisionModal, type RevisionTarget } from './revision-modal.tsx';
import { useFinanceRights, type FinanceRights } from './use-finance-rights.ts';
import type { FinanceSearch } from './finance-view.ts';

const route = getRouteApi('/_app/projects/$projectId/financials');

export function FinancialsPage() {
  const { projectId } = route.useParams();
  const project = useProject(projectId);
  if (project.isPending) return <Pending label="Loading project" />;
  if (project.error) return <ProblemAlert error={project.error} title="This project could not be shown" />;
  return <ProjectFinancials project={project.data} />;
}

function ProjectFinancials({ project }: { project: Project }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const rights = useFinanceRights(project.id);
  const financials = useFinancials(project.id);
  const [estimating, setEstimating] = useState(false);
  const currency = financials.data?.currency ?? project.budget?.currency ?? 'EUR';
  return (
    <Stack gap="md">
      <PageHeader
        title={<><Text span inherit c="dimmed" ff="monospace" mr="xs">{project.code}</Text>Financials</>}
        subtitle={`The money of ${project.name}: budget, planned and actual cost, commitments and the forecast, in ${currency}.`}
        actions={<ButtonLink to="/projects/$projectId" params={{ projectId: project.id }} variant="default">Project</ButtonLink>}
      />
      <ProblemAlert error={financials.error} />
      {financials.data ? <FinancialSummary financials={financials.data} /> : <Pending label="Loading the financials" />}
      {rights.mayPlan ? (
        <Group justify="flex-end">
          <Button size="xs" variant="light" onClick={() => setEstimating(true)}>{financials.data?.forecast.source === 'project-estimate' ? 'Change the estimate to complete' : 'Give the estimate to complete'}</Button>
        </Group>
      ) : null}
      <ProjectEstimateModal projectId={project.id} currency={currency} opened={estimating} onClose={() => setEstimating(false)} />
      <Tabs value={search.tab ?? 'budget'} onChange={(tab) => void navigate({ search: { tab: tab === 'budget' ? undefined : (tab as FinanceSearch['tab']) }, replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="budget">Budget</Tabs.Tab>
          <Tabs.Tab value="costs">Planned and actual</Tabs.Tab>
          <Tabs.Tab value="expenses">Expenses</Tabs.Tab>
          <Tabs.Tab value="orders">Purchase orders</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="budget"><BudgetTab projectId={project.id} currency={currency} rights={rights} /></Tabs.Panel>
        <Tabs.Panel value="costs">{financials.data ? <Card withBorder radius="md"><PlannedActualTable financials={financials.data} /></Card> : null}</Tabs.Panel>
        <Tabs.Panel value="expenses"><ExpensesTab projectId={project.id} currency={currency} rights={rights} /></Tabs.Panel>
        <Tabs.Panel value="orders"><OrdersTab projectId={project.id} currency={currency} rights={rights} /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

interface TabProps {
  projectId: string;
  currency: string;
  rights: FinanceRights;
}

function BudgetTab({ projectId, currency, rights }: TabProps) {
  const budget = useProjectBudget(projectId);
  const [target, setTarget] = useState<RevisionTarget | null>(null);
  const [deciding, setDeciding] = useState<BudgetRevision | null>(null);
  if (budget.error) return <ProblemAlert error={budget.error} />;
  if (!budget.data) return <Pending label="Loading the budget" />;
  const revisions = budget.data.revisions;
  const originalDraft = revisions.some((r) => r.kind === 'original' && r.status === 'draft');
  const approved = budget.data.approvedMinor !== null;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h4">Budget by category and month</Title>
        <Group gap="sm">
          <ExportButtons size="xs" csvScope="grid" href={(format) => financeExportUrl(projectId, 'budget', format)} />
          {rights.mayPlan && !originalDraft ? <Button size="xs" onClick={() => setTarget({ mode: 'create', original: !approved })}>{approved ? 'Draft revision' : 'Draft original budget'}</Button> : null}
        </Group>
      </Group>
      <Card withBorder radius="md" padding="xs"><BudgetGrid budget={budget.data} /></Card>
      <Title order={2} size="h4">Revisions</Title>
      <Card withBorder radius="md" padding="xs">
        <RevisionList revisions={revisions} onOpen={rights.mayPlan ? (revision) => setTarget({ mode: 'edit', revision }) : undefined} onDecide={rights.mayDecide ? setDeciding : undefined} />
      </Card>
      <RevisionModal projectId={projectId} currency={currency} target={target} onClose={() => setTarget(null)} />
      <DecideRevisionModal revision={deciding} onClose={() => setDeciding(null)} />
    </Stack>
  );
}

function ExpensesTab({ projectId, currency, rights }: TabProps) {
  const expenses = useExpenses(projectId);
  const orders = usePurchaseOrders(projectId);
  const [target, setTarget] = useState<ExpenseTarget | null>(null);
  return (
    <Stack gap="md">
      <Group justify="flex-end" gap="sm">
        <ExportButtons size="xs" href={(format) => financeExportUrl(projectId, 'expenses', format)} />
        {rights.mayRecord ? <Button size="xs" onClick={() => setTarget({ mode: 'create' })}>Add expense</Button> : null}
      </Group>
      <ProblemAlert error={expenses.error} />
      <Card withBorder radius="md" padding={0}>{expenses.data ? <ExpenseTable items={expenses.data} onOpen={(expense) => setTarget({ mode: 'edit', expense })} /> : <Pending label="Loading expenses" />}</Card>
      <ExpenseModal projectId={projectId} currency={currency} orders={orders.data?.items ?? []} target={target} readOnly={!rights.mayRecord} onClose={() => setTarget(null)} />
    </Stack>
  );
}

function OrdersTab({ projectId, currency, rights }: TabProps) {
  const orders = usePurchaseOrders(projectId);
  const [target, setTarget] = useState<OrderTarget | null>(null);
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">Still committed: {orders.data ? `${orders.data.items.filter((o) => o.openCommitmentMinor > 0).length} order(s)` : '…'}</Text>
        {rights.mayPlan ? <Button size="xs" onClick={() => setTarget({ mode: 'create' })}>Add purchase order</Button> : null}
      </Group>
      <ProblemAlert error={orders.error} />
      <Card withBorder radius="md" padding={0}>{orders.data ? <OrderTable items={orders.data.items} onOpen={(order) => setTarget({ mode: 'edit', order })} /> : <Pending label="Loading purchase orders" />}</Card>
      <OrderModal projectId={projectId} currency={currency} target={target} readOnly={!rights.mayPlan} onClose={() => setTarget(null)} />
    </Stack>
  );
}
