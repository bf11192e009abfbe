// The budget's history: every revision with what kind it is, its status, why, the change request
// behind it, what it adds, who drafted it and who decided when. Drafts can be opened by whoever
// plans the budget and decided by the PMO or the sponsor.
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import type { BudgetRevision } from '../../api/finance.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { formatInstant } from '../../ui/dates.ts';
import { AnchorLink } from '../../ui/router-links.tsx';
import { REVISION_KIND_LABELS, REVISION_STATUS_META } from './finance-labels.ts';
import { signedMoneyText } from './finance-view.ts';

interface RevisionListProps {
  revisions: readonly BudgetRevision[];
  onOpen?: ((revision: BudgetRevision) => void) | undefined;
  onDecide?: ((revision: BudgetRevision) => void) | undefined;
}

export function RevisionList({ revisions, onOpen, onDecide }: RevisionListProps) {
  if (revisions.length === 0) return <Text c="dimmed" size="sm">No budget drafted yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="xs" aria-label="Budget revisions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>Revision</Table.Th>
            <Table.Th>Why</Table.Th>
            <Table.Th ta="right">Adds</Table.Th>
            <Table.Th>Drafted</Table.Th>
            <Table.Th>Decided</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...revisions].reverse().map((r) => {
            const status = REVISION_STATUS_META[r.status];
            return (
              <Table.Tr key={r.id} data-revision={r.number}>
                <Table.Td>{r.number}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm">{REVISION_KIND_LABELS[r.kind]}</Text>
                    <Badge style={BADGE_STYLE} size="sm" variant="light" color={status.color}>{status.label}</Badge>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.reason || '—'}</Text>
                  {r.changeRequest ? <AnchorLink to="/change-requests/$changeId" params={{ changeId: r.changeRequest.id }} fz="xs">{r.changeRequest.code} · {r.changeRequest.title}</AnchorLink> : null}
                  {r.reserveDrawMinor > 0 ? <Text size="xs" c="dimmed">{signedMoneyText(-r.reserveDrawMinor, r.currency)} from reserve</Text> : null}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{signedMoneyText(r.netMinor, r.currency)}</Table.Td>
                <Table.Td><Text size="sm">{r.createdBy?.name ?? 'Orrery'}</Text><Text size="xs" c="dimmed">{formatInstant(r.createdAt)}</Text></Table.Td>
                <Table.Td>
                  {r.decidedAt ? (
                    <>
                      <Text size="sm">{r.decidedBy?.name ?? 'Orrery'}</Text>
                      <Text size="xs" c="dimmed">{formatInstant(r.decidedAt)}{r.decisionComment ? ` — ${r.decisionComment}` : ''}</Text>
                    </>
                  ) : <Text size="sm" c="dimmed">—</Text>}
                </Table.Td>
                <Table.Td>
                  {r.status === 'draft' ? (
                    <Group gap="xs" wrap="nowrap" justify="flex-end">
                      {onOpen ? <Button size="xs" variant="default" onClick={() => onOpen(r)}>Edit</Button> : null}
                      {onDecide ? <Button size="xs" onClick={() => onDecide(r)}>Approve or reject</Button> : null}
                    </Group>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
