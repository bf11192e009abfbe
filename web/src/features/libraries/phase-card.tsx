// One phase in the methodology editor: its name (a new phase's key follows it as lower_snake_case
// until typed by hand), key, description, its place in the order (up, down, remove), and whether it
// ends with a gate, whose fields open below.
import { ActionIcon, Card, Group, SimpleGrid, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { GateFields } from './gate-fields.tsx';
import { suggestPhaseKey, type KnownDeliverable, type MethodologyForm } from './methodology-form-values.ts';

interface PhaseCardProps {
  form: MethodologyForm;
  index: number;
  count: number;
  known: readonly KnownDeliverable[];
}

export function PhaseCard({ form, index, count, known }: PhaseCardProps) {
  const at = `phases.${index}` as const;
  const phase = form.getValues().phases[index]!;
  const n = index + 1;
  const move = (to: number) => form.reorderListItem('phases', { from: index, to });

  return (
    <Card withBorder radius="md" padding="md" role="group" aria-label={`Phase ${n}`} data-phase-key={phase.key}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>
            {n}. {phase.name || 'New phase'}
          </Text>
          <Group gap={4} wrap="nowrap">
            <ActionIcon variant="subtle" color="gray" aria-label={`Move phase ${n} up`} disabled={index === 0} onClick={() => move(index - 1)}>↑</ActionIcon>
            <ActionIcon variant="subtle" color="gray" aria-label={`Move phase ${n} down`} disabled={index === count - 1} onClick={() => move(index + 1)}>↓</ActionIcon>
            <ActionIcon variant="subtle" color="red" aria-label={`Remove phase ${n}`} disabled={count === 1} onClick={() => form.removeListItem('phases', index)}>✕</ActionIcon>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput label="Phase name" required {...form.getInputProps(`${at}.name`)}
            onChange={(e) => {
              const name = e.currentTarget.value;
              form.setFieldValue(`${at}.name`, name);
              if (phase.keyFollowsName) form.setFieldValue(`${at}.key`, suggestPhaseKey(form.getValues().phases, index, name));
            }} />
          <TextInput label="Phase key" required
            description={phase.keyFollowsName ? 'Suggested from the name.' : 'Projects in this phase refer to it by this key.'}
            {...form.getInputProps(`${at}.key`)}
            onChange={(e) => {
              form.setFieldValue(`${at}.key`, e.currentTarget.value);
              form.setFieldValue(`${at}.keyFollowsName`, false);
            }} />
        </SimpleGrid>
        <Textarea label="Phase description" autosize minRows={1} {...form.getInputProps(`${at}.description`)} />
        <Switch label="Ends with a gate" {...form.getInputProps(`${at}.hasGate`, { type: 'checkbox' })} />
        {phase.hasGate ? <GateFields form={form} phaseIndex={index} known={known} /> : null}
      </Stack>
    </Card>
  );
}
