// One RAG line of a report as a tile: the computed colour with its reasons (the figures behind it),
// and when the manager overrode it, the colour shown with the justification beside the computed one.
// While the report is open, its editors set or clear the override here; the server requires the
// justification and its 422 lands on the textarea.
import { Card, Group, List, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { RagLine } from '../../api/types.ts';
import { RagBadge } from './rag-badge.tsx';
import type { ReportFormValues } from './report-form-values.ts';
import { RAG_KEY_LABELS } from './status-labels.ts';

const OVERRIDE_OPTIONS = [
  { value: '', label: 'No override' },
  { value: 'green', label: 'Green' },
  { value: 'amber', label: 'Amber' },
  { value: 'red', label: 'Red' },
];

interface RagTileProps {
  line: RagLine;
  /** The report form while it may be edited; read-only without. */
  form?: UseFormReturnType<ReportFormValues>;
}

export function RagTile({ line, form }: RagTileProps) {
  const label = RAG_KEY_LABELS[line.key];
  const override = form?.values.overrides[line.key];
  return (
    <Card withBorder radius="md" padding="md" role="region" aria-label={`${label} status`} data-dimension={line.key}
      style={{ borderLeft: `6px solid var(--mantine-color-${line.effective === 'grey' ? 'gray-4' : line.effective === 'amber' ? 'yellow-5' : line.effective === 'green' ? 'teal-6' : 'red-6'})` }}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>{label}</Text>
          <RagBadge colour={line.effective} />
        </Group>
        {line.override ? (
          <Stack gap={4} data-testid="override">
            <Group gap="xs">
              <RagBadge colour={line.computed} prefix="Computed" size="sm" />
              <RagBadge colour={line.override.colour} prefix="Reported" size="sm" />
            </Group>
            <Text size="sm" fs="italic">“{line.override.justification}”</Text>
          </Stack>
        ) : null}
        {line.reasons.length > 0 ? (
          <List size="sm" spacing={2} aria-label={`Why ${label.toLowerCase()} is ${line.computed}`}>
            {line.reasons.map((r) => <List.Item key={r}>{r}</List.Item>)}
          </List>
        ) : (
          <Text size="sm" c="dimmed">{line.key === 'overall' ? 'The worst colour shown among the dimensions.' : 'No reasons given.'}</Text>
        )}
        {form && override ? (
          <Stack gap={6}>
            <NativeSelect size="xs" label={`Override ${label.toLowerCase()}`} data={OVERRIDE_OPTIONS} {...form.getInputProps(`overrides.${line.key}.colour`)} />
            {override.colour !== '' ? (
              <Textarea size="xs" label={`Justification (${label.toLowerCase()})`} description="Why the colour differs from the computed one." autosize minRows={2}
                {...form.getInputProps(`overrides.${line.key}.justification`)} />
            ) : null}
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
