// The methodology library, read-only: each methodology's phases, the gate ending each phase (its
// purpose and approvers), the gate's checklist (mandatory criteria marked) and the deliverables it
// requires. Built-in lifecycles (predictive, agile, hybrid) and the PMO's own; the PMO edits one,
// or duplicates it as a new one, in the methodology editor (Settings › Libraries).
import { Accordion, Badge, Card, Group, List, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMethodologies } from '../../api/governance.ts';
import type { Gate, Methodology } from '../../api/types.ts';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { MethodologyActions } from '../libraries/methodology-library.tsx';
import { OriginBadge } from '../libraries/origin-badge.tsx';
import { APPROVER_ROLE_LABELS } from './governance-labels.ts';

/** @param editable offer Edit and Duplicate as new (the PMO and administrators). */
export function MethodologyBrowser({ editable = false }: { editable?: boolean }) {
  const methodologies = useMethodologies();
  if (methodologies.isPending) return <Pending label="Loading the methodology library" />;
  if (methodologies.error) return <ProblemAlert error={methodologies.error} />;
  const items = methodologies.data;
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} size="h4" mb="xs">
        Methodology library
      </Title>
      <Tabs defaultValue={items[0]?.key ?? null} keepMounted={false}>
        <Tabs.List mb="md">
          {items.map((m) => (
            <Tabs.Tab key={m.key} value={m.key}>
              {m.name}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {items.map((m) => (
          <Tabs.Panel key={m.key} value={m.key}>
            <MethodologyView methodology={m} editable={editable} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Card>
  );
}

function MethodologyView({ methodology, editable }: { methodology: Methodology; editable: boolean }) {
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Group gap="xs">
          <Badge variant="light">{methodology.lifecycle}</Badge>
          <OriginBadge item={methodology} />
          <Text size="xs" c="dimmed">
            key {methodology.key} · version {methodology.version}
          </Text>
        </Group>
        {editable ? <MethodologyActions methodologyKey={methodology.key} name={methodology.name} /> : null}
      </Group>
      {methodology.description ? <Text size="sm">{methodology.description}</Text> : null}
      <Accordion multiple variant="separated" aria-label={`Phases of ${methodology.name}`}>
        {methodology.phases.map((phase, i) => (
          <Accordion.Item key={phase.key} value={phase.key}>
            <Accordion.Control>
              <Text fw={500} size="sm">
                {i + 1}. {phase.name}
                <Text span c="dimmed" size="xs" ml="xs">
                  {phase.gate ? `→ ${phase.gate.name}` : 'no gate'}
                </Text>
              </Text>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="xs">
                {phase.description ? <Text size="sm">{phase.description}</Text> : null}
                {phase.gate ? <GateView gate={phase.gate} /> : <Text size="sm" c="dimmed">This phase ends without a gate.</Text>}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}

function GateView({ gate }: { gate: Gate }) {
  return (
    <Stack gap="xs">
      <Text size="sm">
        <strong>{gate.name}</strong>
        {gate.purpose ? ` — ${gate.purpose}` : ''}
      </Text>
      <Text size="xs" c="dimmed">
        Decided by {gate.approverRoles.map((r) => APPROVER_ROLE_LABELS[r]).join(', ')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <div>
          <Text size="sm" fw={500} mb={4}>
            Criteria
          </Text>
          <List size="sm" spacing={4} aria-label={`Criteria of ${gate.name}`}>
            {gate.criteria.map((c) => (
              <List.Item key={c.key}>
                {c.text} {c.mandatory ? <Badge size="xs" color="grape" variant="light">Mandatory</Badge> : null}
              </List.Item>
            ))}
          </List>
        </div>
        <div>
          <Text size="sm" fw={500} mb={4}>
            Deliverables
          </Text>
          <List size="sm" spacing={4} aria-label={`Deliverables of ${gate.name}`}>
            {gate.deliverables.map((d) => (
              <List.Item key={d.key}>
                <span title={d.description}>{d.name}</span> {d.mandatory ? <Badge size="xs" color="grape" variant="light">Mandatory</Badge> : null}
              </List.Item>
            ))}
          </List>
        </div>
      </SimpleGrid>
    </Stack>
  );
}
