// The deliverables a gate requires and whether the project has them (a final or approved
// deliverable meeting the requirement), with links to the ones on record. Titles come from the
// project's deliverables when the reader may see the project; a named approver from outside the
// project sees the requirement and its state only.
import { Anchor, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useProjectDeliverables } from '../../api/governance.ts';
import type { GateReview } from '../../api/types.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';

export function ReviewDeliverables({ review, projectReadable }: { review: GateReview; projectReadable: boolean }) {
  const deliverables = useProjectDeliverables(review.projectId, projectReadable);
  const byId = new Map((deliverables.data ?? []).map((d) => [d.id, d]));
  return (
    <Card withBorder radius="md" padding="lg">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          Deliverables required
        </Title>
        {projectReadable ? (
          <AnchorLink to="/projects/$projectId/governance" params={{ projectId: review.projectId }} fz="sm">
            All deliverables of {review.projectCode}
          </AnchorLink>
        ) : null}
      </Group>
      {review.deliverables.length === 0 ? (
        <Text c="dimmed" size="sm">
          This gate requires no deliverables.
        </Text>
      ) : (
        <Table aria-label="Deliverables required" verticalSpacing="xs">
          <Table.Tbody>
            {review.deliverables.map((req) => (
              <Table.Tr key={req.requirementKey} data-requirement={req.requirementKey}>
                <Table.Td w={120}>
                  <Badge style={BADGE_STYLE} color={req.present ? 'teal' : req.mandatory ? 'red' : 'gray'} variant={req.present ? 'light' : 'filled'}>
                    {req.present ? '✓ Present' : '✕ Missing'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Text size="sm" fw={500}>
                      {req.name}{' '}
                      <Text span size="xs" c="dimmed">
                        {req.mandatory ? 'mandatory' : 'optional'}
                      </Text>
                    </Text>
                    {req.deliverableIds.map((id) => {
                      const d = byId.get(id);
                      if (!d) return <Text key={id} size="xs" c="dimmed">A final or approved deliverable is on record.</Text>;
                      return d.url ? (
                        <Anchor key={id} href={d.url} target="_blank" rel="noreferrer" size="xs">
                          {d.title} ↗
                        </Anchor>
                      ) : (
                        <AnchorLink key={id} to="/projects/$projectId/governance" params={{ projectId: review.projectId }} fz="xs">
                          {d.title}
                        </AnchorLink>
                      );
                    })}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
