// The gate that ends a phase, in the methodology editor: its name and purpose, who decides it, its
// checklist (criteria, each mandatory or not; keys are derived from the text) and the deliverables
// it requires, picked from those other gates require or added under a new key.
import { ActionIcon, Button, Checkbox, Group, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { ApproverRole } from '../../api/types.ts';
import { APPROVER_ROLE_LABELS } from '../governance/governance-labels.ts';
import { suggestKey } from './library-keys.ts';
import { emptyCriterion, newDeliverable, type KnownDeliverable, type MethodologyForm } from './methodology-form-values.ts';

const ROLE_OPTIONS = (Object.keys(APPROVER_ROLE_LABELS) as ApproverRole[]).map((r) => ({ value: r, label: APPROVER_ROLE_LABELS[r] }));

interface GateFieldsProps {
  form: MethodologyForm;
  phaseIndex: number;
  known: readonly KnownDeliverable[];
}

export function GateFields({ form, phaseIndex, known }: GateFieldsProps) {
  const at = `phases.${phaseIndex}.gate` as const;
  const gate = form.getValues().phases[phaseIndex]!.gate;
  const listError = (path: string) => (form.errors[path] ? <Text size="sm" c="red.7" role="alert">{form.errors[path]}</Text> : null);
  const present = new Set(gate.deliverables.map((d) => d.key));
  const pickable = known.filter((d) => !present.has(d.key)).map((d) => ({ value: d.key, label: `${d.name} (${d.key})` }));

  return (
    <Stack gap="sm" role="group" aria-label={`Gate of phase ${phaseIndex + 1}`} pl="md" style={{ borderLeft: '3px solid var(--mantine-color-grape-2)' }}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput label="Gate name" required {...form.getInputProps(`${at}.name`)} />
        <MultiSelect label="Approver roles" description="Who decides the gate." data={ROLE_OPTIONS} {...form.getInputProps(`${at}.approverRoles`)} />
      </SimpleGrid>
      <Textarea label="Purpose" autosize minRows={1} {...form.getInputProps(`${at}.purpose`)} />

      <Stack gap={6} role="group" aria-label={`Criteria of phase ${phaseIndex + 1}`}>
        <Text size="sm" fw={500}>Criteria</Text>
        {gate.criteria.map((c, j) => (
          <Group key={c.id} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput style={{ flex: 1 }} aria-label={`Criterion ${j + 1}`} placeholder="What the gate checks"
              description={c.key ? `key ${c.key}` : undefined} {...form.getInputProps(`${at}.criteria.${j}.text`)} />
            <Checkbox mt={8} label="Mandatory" aria-label={`Criterion ${j + 1} mandatory`} {...form.getInputProps(`${at}.criteria.${j}.mandatory`, { type: 'checkbox' })} />
            <ActionIcon mt={4} variant="subtle" color="gray" aria-label={`Remove criterion ${j + 1}`} onClick={() => form.removeListItem(`${at}.criteria`, j)}>✕</ActionIcon>
          </Group>
        ))}
        {gate.criteria.length === 0 ? <Text size="sm" c="dimmed">No criteria: the gate checks deliverables only.</Text> : null}
        {listError(`${at}.criteria`)}
        <Group>
          <Button size="xs" variant="light" onClick={() => form.insertListItem(`${at}.criteria`, emptyCriterion())}>Add criterion</Button>
        </Group>
      </Stack>

      <Stack gap={6} role="group" aria-label={`Deliverables of phase ${phaseIndex + 1}`}>
        <Text size="sm" fw={500}>Required deliverables</Text>
        {gate.deliverables.map((d, j) => (
          <Group key={d.id} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput style={{ flex: 2 }} aria-label={`Deliverable ${j + 1} name`} placeholder="Name"
              {...form.getInputProps(`${at}.deliverables.${j}.name`)}
              onChange={(e) => {
                const name = e.currentTarget.value;
                form.setFieldValue(`${at}.deliverables.${j}.name`, name);
                if (d.keyFollowsName) form.setFieldValue(`${at}.deliverables.${j}.key`, suggestKey(name, 'deliverable'));
              }} />
            <TextInput style={{ flex: 1 }} aria-label={`Deliverable ${j + 1} key`} placeholder="key"
              {...form.getInputProps(`${at}.deliverables.${j}.key`)}
              onChange={(e) => {
                form.setFieldValue(`${at}.deliverables.${j}.key`, e.currentTarget.value);
                form.setFieldValue(`${at}.deliverables.${j}.keyFollowsName`, false);
              }} />
            <Checkbox mt={8} label="Mandatory" aria-label={`Deliverable ${j + 1} mandatory`} {...form.getInputProps(`${at}.deliverables.${j}.mandatory`, { type: 'checkbox' })} />
            <ActionIcon mt={4} variant="subtle" color="gray" aria-label={`Remove deliverable ${j + 1}`} onClick={() => form.removeListItem(`${at}.deliverables`, j)}>✕</ActionIcon>
          </Group>
        ))}
        {listError(`${at}.deliverables`)}
        <Group gap="xs" align="flex-end">
          <Select size="xs" w={320} label="Add a known deliverable" placeholder="Required by other gates" searchable data={pickable} value={null}
            onChange={(key) => {
              const picked = known.find((d) => d.key === key);
              if (picked) form.insertListItem(`${at}.deliverables`, newDeliverable(picked));
            }} />
          <Button size="xs" variant="light" onClick={() => form.insertListItem(`${at}.deliverables`, newDeliverable())}>Add a new deliverable</Button>
        </Group>
      </Stack>
    </Stack>
  );
}
