// Earned value project by project, each in its own currency: code (to the project's earned-value
// page at the same status date), name, BAC, PV, EV, AC, CPI and SPI in colour, EAC and VAC, then its
// budget, the variance of its EAC against it and whether it is within budget; a project without
// figures says why, and unpriced hours are flagged where they are.
import { Badge, Card, Table, Text, Title } from '@mantine/core';
import type { EacMethod, PortfolioEvm } from '../../api/types.ts';
import { AnchorLink } from '../../ui/router-links.tsx';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { formatHours, money, STANDING_META } from './evm-view.ts';
import { IndexBadge } from './index-badge.tsx';

export function PortfolioEvmTable({ data, eac }: { data: PortfolioEvm; eac: EacMethod }) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label="Projects">
      <Title order={2} size="h5" mb="xs">Projects</Title>
      {data.projects.length === 0 ? <Text size="sm" c="dimmed">No project in this scope.</Text> : (
        <Table.ScrollContainer minWidth={1300}>
          <Table aria-label="Earned value by project" fz="sm" striped verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Code</Table.Th>
                <Table.Th>Name</Table.Th>
                <Table.Th>Currency</Table.Th>
                {['BAC', 'PV', 'EV', 'AC', 'CPI', 'SPI', 'EAC', 'VAC', 'Budget', 'Variance'].map((h) => <Table.Th key={h} ta="right">{h}</Table.Th>)}
                <Table.Th>Standing</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.projects.map((p) => {
                const m = (v: number | null) => money(v, p.currency);
                return (
                  <Table.Tr key={p.projectId} data-project={p.projectCode}>
                    <Table.Td ff="monospace">
                      <AnchorLink to="/projects/$projectId/evm" params={{ projectId: p.projectId }} search={{ statusDate: data.statusDate, eac }} fz="sm">{p.projectCode}</AnchorLink>
                    </Table.Td>
                    <Table.Td>
                      {p.projectName}
                      {p.notAssessed ? <Text size="xs" c="dimmed">{p.notAssessed}</Text> : null}
                      {p.unpricedMinutes > 0 ? <Text size="xs" c="orange.8">{formatHours(p.unpricedMinutes)} of approved time has no cost rate.</Text> : null}
                    </Table.Td>
                    <Table.Td>{p.currency}</Table.Td>
                    {p.notAssessed ? (
                      <>
                        <Table.Td ta="right">—</Table.Td><Table.Td ta="right">—</Table.Td><Table.Td ta="right">—</Table.Td>
                        <Table.Td ta="right">{data.notConverted.some((n) => n.projectCode === p.projectCode) ? '—' : m(p.amounts.ac)}</Table.Td>
                        <Table.Td ta="right" colSpan={4}><Text size="xs" c="dimmed" span>Not assessed</Text></Table.Td>
                      </>
                    ) : (
                      <>
                        <Table.Td ta="right">{m(p.amounts.bac)}</Table.Td>
                        <Table.Td ta="right">{m(p.amounts.pv)}</Table.Td>
                        <Table.Td ta="right">{m(p.amounts.ev)}</Table.Td>
                        <Table.Td ta="right">{m(p.amounts.ac)}</Table.Td>
                        <Table.Td ta="right"><IndexBadge label={`${p.projectCode} CPI`} value={p.indices.cpi} /></Table.Td>
                        <Table.Td ta="right"><IndexBadge label={`${p.projectCode} SPI`} value={p.indices.spi} /></Table.Td>
                        <Table.Td ta="right">{m(p.indices.eac)}</Table.Td>
                        <Table.Td ta="right" c={p.indices.vac !== null && p.indices.vac < 0 ? 'red.7' : undefined}>{m(p.indices.vac)}</Table.Td>
                      </>
                    )}
                    <Table.Td ta="right" data-cell="budget" title={p.budget.currentMinor === null ? 'The register’s budget (no budget lines approved yet)' : `Approved ${m(p.budget.approvedMinor)}, current ${m(p.budget.currentMinor)}`}>{m(p.budget.budgetMinor)}</Table.Td>
                    <Table.Td ta="right" data-cell="variance" c={p.budget.varianceMinor !== null && p.budget.varianceMinor < 0 ? 'red.7' : undefined}>{m(p.budget.varianceMinor)}</Table.Td>
                    <Table.Td><Badge style={BADGE_STYLE} variant={p.budget.standing === 'not_assessed' ? 'outline' : 'light'} color={STANDING_META[p.budget.standing].color} data-standing={p.budget.standing}>{STANDING_META[p.budget.standing].label}</Badge></Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
