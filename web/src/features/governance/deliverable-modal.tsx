// The dialog that adds a deliverable to a project or changes one: the requirement it meets (the
// methodology's gates ask for them by key), title, status (only final or approved ones count for a
// gate), a link to the document and a Markdown body. Editing sends If-Match with the version the
// dialog opened with; a 409 offers a reload.
import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useCreateDeliverable, useUpdateDeliverable } from '../../api/governance.ts';
import type { Deliverable, Gate, Methodology } from '../../api/types.ts';
import { useVersionedForm } from '../../ui/use-versioned-form.ts';
import { isLabelKey, optionsOf } from '../../ui/labels.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { deliverableFieldOf, deliverableFormValues, requirementOptions, toDeliverableCreate, toDeliverablePatch, validateDeliverable } from './deliverable-form-values.ts';
import { DELIVERABLE_STATUS_LABELS } from './governance-labels.ts';

export type DeliverableTarget = { mode: 'create'; requirementKey?: string } | { mode: 'edit'; deliverable: Deliverable };

interface DeliverableModalProps {
  projectId: string;
  methodology: Methodology;
  currentGate: Gate | null;
  target: DeliverableTarget | null;
  readOnly: boolean;
  onClose: () => void;
  /** Re-reads the project's governance (after a 409) and answers the fresh deliverable. */
  onReload: (id: string) => Promise<Deliverable | undefined>;
}

export function DeliverableModal({ target, onClose, ...rest }: DeliverableModalProps) {
  const title = !target ? '' : target.mode === 'create' ? 'Add deliverable' : target.deliverable.title;
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="lg">
      {target ? <DeliverableEditor key={target.mode === 'edit' ? target.deliverable.id : 'new'} target={target} onClose={onClose} {...rest} /> : null}
    </Modal>
  );
}

function DeliverableEditor({ projectId, methodology, currentGate, target, readOnly, onClose, onReload }: DeliverableModalProps & { target: DeliverableTarget }) {
  const create = useCreateDeliverable(projectId);
  const update = useUpdateDeliverable();
  const { form, record: base, mutation, submit, reload } = useVersionedForm({
    record: target.mode === 'edit' ? target.deliverable : undefined,
    values: (record) => deliverableFormValues(record, target.mode === 'create' ? (target.requirementKey ?? null) : null),
    validate: validateDeliverable,
    create,
    update,
    toCreate: toDeliverableCreate,
    toPatch: toDeliverablePatch,
    fieldOf: deliverableFieldOf,
    onClose,
    onReload,
  });

  return (
    <form onSubmit={submit} noValidate aria-label={base ? 'Edit deliverable' : 'New deliverable'}>
      <Stack>
        <ProblemAlert error={mutation.error} title={base ? undefined : 'The deliverable was not added'} onReload={() => void reload()} />
        <Select
          label="Requirement"
          description="The document the methodology asks for that this deliverable provides."
          required
          searchable
          data={requirementOptions(methodology, currentGate, base?.requirementKey)}
          readOnly={readOnly}
          {...form.getInputProps('requirementKey')}
        />
        <TextInput label="Title" required readOnly={readOnly} {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Status"
            description="Only final or approved deliverables count for a gate."
            data={optionsOf(DELIVERABLE_STATUS_LABELS)}
            allowDeselect={false}
            readOnly={readOnly}
            {...form.getInputProps('status')}
            onChange={(v) => isLabelKey(DELIVERABLE_STATUS_LABELS, v) && form.setFieldValue('status', v)}
          />
          <TextInput label="Link" placeholder="https://…" description="Where the document lives." readOnly={readOnly} {...form.getInputProps('url')} />
        </SimpleGrid>
        <Textarea label="Body" description="Markdown." autosize minRows={4} maxRows={14} readOnly={readOnly} {...form.getInputProps('body')} styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={mutation.isPending}>
            {readOnly ? 'Close' : 'Cancel'}
          </Button>
          {readOnly ? null : (
            <Button type="submit" loading={mutation.isPending}>
              {base ? 'Save changes' : 'Add deliverable'}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
