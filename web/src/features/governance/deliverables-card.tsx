// A project's deliverables: what it has produced against the documents its methodology's gates ask
// for, with their status (only final or approved count) and links; its team adds and changes them.
import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, Table, Text, Title, UnstyledButton } from '@mantine/core';
import type { Deliverable, ProjectGovernance } from '../../api/types.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { formatInstant } from '../../ui/dates.ts';
import { requirementName } from './deliverable-form-values.ts';
import { DeliverableModal, type DeliverableTarget } from './deliverable-modal.tsx';
import { DELIVERABLE_STATUS_COLORS, DELIVERABLE_STATUS_LABELS } from './governance-labels.ts';

interface DeliverablesCardProps {
  governance: ProjectGovernance;
  mayEdit: boolean;
  onReload: () => Promise<ProjectGovernance | undefined>;
}

export function DeliverableStatusBadge({ status }: { status: Deliverable['status'] }) {
  return (
    <Badge style={BADGE_STYLE} variant="light" color={DELIVERABLE_STATUS_COLORS[status]}>
      {DELIVERABLE_STATUS_LABELS[status]}
    </Badge>
  );
}

export function DeliverablesCard({ governance, mayEdit, onReload }: DeliverablesCardProps) {
  const [target, setTarget] = useState<DeliverableTarget | null>(null);
  const { methodology, deliverables } = governance;
  return (
    <Card withBorder radius="md" padding="lg">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Deliverables
        </Title>
        {mayEdit ? (
          <Button size="xs" onClick={() => setTarget({ mode: 'create' })}>
            Add deliverable
          </Button>
        ) : null}
      </Group>
      <Table aria-label="Deliverables" verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Title</Table.Th>
            <Table.Th>Requirement</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Changed</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deliverables.map((d) => (
            <Table.Tr key={d.id} data-deliverable={d.id}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <UnstyledButton fz="sm" fw={500} onClick={() => setTarget({ mode: 'edit', deliverable: d })}>
                    {d.title}
                  </UnstyledButton>
                  {d.url ? (
                    <Anchor href={d.url} target="_blank" rel="noreferrer" fz="xs" aria-label={`Open ${d.title}`}>
                      ↗
                    </Anchor>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td fz="sm">{requirementName(methodology, d.requirementKey)}</Table.Td>
              <Table.Td>
                <DeliverableStatusBadge status={d.status} />
              </Table.Td>
              <Table.Td fz="xs" c="dimmed">
                {formatInstant(d.updatedAt)}
              </Table.Td>
            </Table.Tr>
          ))}
          {deliverables.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={4}>
                <Text c="dimmed" ta="center" size="sm" py="sm">
                  No deliverables yet.
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : null}
        </Table.Tbody>
      </Table>
      <DeliverableModal
        projectId={governance.projectId}
        methodology={methodology}
        currentGate={governance.currentGate}
        target={target}
        readOnly={!mayEdit}
        onClose={() => setTarget(null)}
        onReload={async (id) => (await onReload())?.deliverables.find((d) => d.id === id)}
      />
    </Card>
  );
}
