// The triage board: every project request the reader sees, in a column per state, each card with
// the request's key facts (requester, estimate, NPV when there is a business case, portfolio) and
// the steps the reader may take, confirmed with a comment. Approving opens the request's page.
import { Badge, Card, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { usePortfolios } from '../../api/portfolios.ts';
import { useRequests } from '../../api/requests.ts';
import type { ProjectRequest } from '../../api/types.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { formatMoney } from '../../ui/money.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink, ButtonLink } from '../../ui/router-links.tsx';
import { RequestSteps } from './request-steps.tsx';
import { boardColumns, STATUS_COLORS, STATUS_LABELS } from './request-view.ts';

export function TriageBoardPage() {
  const requests = useRequests();
  const user = useCurrentUser();
  return (
    <Stack gap="md">
      <PageHeader
        title="Project requests"
        subtitle="Proposals for new projects, from draft through the PMO’s triage to a decision."
        actions={user.orgRole !== 'executive' ? <ButtonLink to="/requests/new">New request</ButtonLink> : null}
      />
      <ProblemAlert error={requests.error} />
      {requests.isPending ? <Pending label="Loading project requests" /> : (
        <ScrollArea type="auto">
          <Group align="flex-start" wrap="nowrap" gap="sm" pb="sm">
            {boardColumns(requests.data ?? []).map((column) => (
              <Stack key={column.status} w={260} miw={260} gap="xs" aria-label={`${STATUS_LABELS[column.status]} column`} role="region">
                <Group justify="space-between">
                  <Title order={2} size="h6">{STATUS_LABELS[column.status]}</Title>
                  <Badge variant="light" color={STATUS_COLORS[column.status]}>{column.items.length}</Badge>
                </Group>
                {column.items.map((r) => <RequestCard key={r.id} request={r} />)}
              </Stack>
            ))}
          </Group>
        </ScrollArea>
      )}
    </Stack>
  );
}

function RequestCard({ request: r }: { request: ProjectRequest }) {
  const portfolios = usePortfolios();
  const figures = r.businessCase?.figures;
  return (
    <Card withBorder radius="md" padding="sm" aria-label={`${r.code} ${r.title}`}>
      <Stack gap={4}>
        <AnchorLink to="/requests/$requestId" params={{ requestId: r.id }} fw={600} fz="sm">{r.code} · {r.title}</AnchorLink>
        <Text size="xs" c="dimmed">{r.requester?.name ?? 'Orrery'}{r.portfolioId ? ` · ${portfolios.byId.get(r.portfolioId)?.name ?? ''}` : ''}</Text>
        <Text size="xs">Estimate {formatMoney(r.costEstimate)}{r.durationEstimateMonths ? `, ${r.durationEstimateMonths} months` : ''}</Text>
        {figures && r.businessCase ? <Text size="xs">NPV {formatMoney({ amountMinor: figures.npvMinor, currency: r.businessCase.currency })}</Text> : null}
        {r.project ? <AnchorLink to="/projects/$projectId" params={{ projectId: r.project.id }} fz="xs">→ {r.project.code}</AnchorLink> : null}
        <RequestSteps request={r} size="xs" />
        {r.actions.includes('approve') ? <ButtonLink size="xs" variant="light" to="/requests/$requestId" params={{ requestId: r.id }}>Approve…</ButtonLink> : null}
      </Stack>
    </Card>
  );
}
