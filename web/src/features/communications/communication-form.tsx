// The form of a communication plan item: what goes out and how often, through which channel, who
// sends it, to whom (the project's stakeholders, people in Orrery, groups typed as tags), when it
// is next due, and whether Orrery sends a report itself. Client checks first, then the server's
// field errors on the fields they name.
import { Button, Fieldset, Grid, Group, MultiSelect, Select, Stack, TagsInput, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Communication, CommunicationCreate, CommunicationUpdate } from '../../api/communications.ts';
import { useProjectStakeholders } from '../../api/stakeholders.ts';
import { applyProblemToForm } from '../../ui/form-problems.ts';
import { optionsOf } from '../../ui/labels.ts';
import { usePeopleOptions } from '../../ui/person-name.tsx';
import { CHANNEL_LABELS, COMMUNICATION_STATUS_LABELS, COMMUNICATION_TYPE_LABELS, DELIVERED_REPORT_LABELS, FREQUENCY_LABELS } from './communication-labels.ts';
import {
  communicationFieldOf,
  communicationFormValues,
  isPeriodic,
  toCommunicationCreate,
  toCommunicationPatch,
  validateCommunication,
  type CommunicationFormValues,
} from './communication-form-values.ts';

type CommunicationFormProps = {
  projectId: string;
  readOnly: boolean;
  submitting: boolean;
  onCancel: () => void;
} & (
  | { mode: 'create'; item: null; onSubmit: (body: CommunicationCreate) => Promise<unknown> }
  | { mode: 'edit'; item: Communication; onSubmit: (patch: CommunicationUpdate) => Promise<unknown> }
);

/** The project's stakeholders to pick from: active ones, and inactive ones already in the audience. */
function useStakeholderOptions(projectId: string, chosen: readonly string[]) {
  const stakeholders = useProjectStakeholders(projectId);
  return (stakeholders.data ?? [])
    .filter((s) => s.status === 'active' || chosen.includes(s.id))
    .map((s) => ({ value: s.id, label: `${s.code} · ${s.title}${s.contactEmail ? '' : ' (no e-mail)'}` }));
}

export function CommunicationForm(props: CommunicationFormProps) {
  const { mode, item, projectId, readOnly, submitting, onCancel } = props;
  const people = usePeopleOptions();
  const initial = communicationFormValues(item);
  const stakeholders = useStakeholderOptions(projectId, initial.stakeholderIds);
  const form = useForm<CommunicationFormValues>({ initialValues: initial, validate: validateCommunication });

  const submit = form.onSubmit(async (values) => {
    try {
      if (props.mode === 'create') await props.onSubmit(toCommunicationCreate(values));
      else {
        const patch = toCommunicationPatch(values, props.item);
        if (Object.keys(patch).length === 0) return onCancel();
        await props.onSubmit(patch);
      }
    } catch (error) {
      applyProblemToForm(form, error, communicationFieldOf);
    }
  });

  const dueHint = mode === 'create' && isPeriodic(form.values.frequency) ? 'Leave empty: due today, then one period after each time it goes out.' : 'Recording it done sets the next date for periodic items.';
  const half = { base: 12, sm: 6 };

  return (
    <form onSubmit={submit} noValidate aria-label={mode === 'create' ? 'New communication' : 'Edit communication'}>
      <Stack gap="md">
        <Fieldset variant="unstyled" disabled={readOnly}>
          <Stack gap="sm">
            <TextInput label="Title" required placeholder="Monthly status report to the board" {...form.getInputProps('title')} />
            <Grid gap="sm">
              <Grid.Col span={half}>
                <Select label="Type" data={optionsOf(COMMUNICATION_TYPE_LABELS)} allowDeselect={false} {...form.getInputProps('type')} />
              </Grid.Col>
              <Grid.Col span={half}>
                <Select label="Frequency" data={optionsOf(FREQUENCY_LABELS)} allowDeselect={false} {...form.getInputProps('frequency')} />
              </Grid.Col>
              <Grid.Col span={half}>
                <Select label="Channel" data={optionsOf(CHANNEL_LABELS)} allowDeselect={false} {...form.getInputProps('channel')} />
              </Grid.Col>
              <Grid.Col span={half}>
                <Select label="Owner" description="Who sends it, and is reminded when it is due." searchable clearable data={people} placeholder="Nobody" {...form.getInputProps('ownerId')} />
              </Grid.Col>
              <Grid.Col span={half}>
                <TextInput label="Next due" type="date" description={dueHint} {...form.getInputProps('nextDueOn')} />
              </Grid.Col>
              <Grid.Col span={half}>
                <Select label="Status" description="Paused: kept in the plan, never due." data={optionsOf(COMMUNICATION_STATUS_LABELS)} allowDeselect={false} {...form.getInputProps('status')} />
              </Grid.Col>
            </Grid>
            <Select
              label="Sent by Orrery"
              description="Orrery e-mails this report, attached, to the audience when the item is due (drawn up as the owner sees it), and records it done. Needs the E-mail channel and an owner."
              data={[{ value: '', label: 'No — the owner sends it (and is reminded)' }, ...optionsOf(DELIVERED_REPORT_LABELS)]}
              allowDeselect={false}
              {...form.getInputProps('report')}
            />
            <Fieldset legend="Audience">
              <Stack gap="sm">
                <MultiSelect label="Stakeholders" description="Of this project." searchable clearable data={stakeholders} placeholder="None" {...form.getInputProps('stakeholderIds')} />
                <MultiSelect label="People" description="In Orrery." searchable clearable data={people} placeholder="None" {...form.getInputProps('userIds')} />
                <TagsInput label="Groups" description="Named groups, e.g. All staff on site B (press Enter after each)." clearable placeholder="None" {...form.getInputProps('groups')} />
              </Stack>
            </Fieldset>
            <Textarea label="Description" description="Content and purpose." autosize minRows={2} maxRows={8} {...form.getInputProps('description')} />
          </Stack>
        </Fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={submitting}>{readOnly ? 'Close' : 'Cancel'}</Button>
          {readOnly ? null : <Button type="submit" loading={submitting}>{mode === 'create' ? 'Add to plan' : 'Save changes'}</Button>}
        </Group>
      </Stack>
    </form>
  );
}
