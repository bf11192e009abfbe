// The form of a stakeholder: who they are (a person in Orrery, or anyone else with their contact),
// where they stand on the power–interest grid (shown as the scores are chosen) and how engaged they
// are against how engaged the project needs them. Client checks first, then the server's field errors.
import { Badge, Button, Fieldset, Grid, Group, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Stakeholder, StakeholderCreate, StakeholderUpdate } from '../../api/stakeholders.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { applyProblemToForm } from '../../ui/form-problems.ts';
import { optionsOf } from '../../ui/labels.ts';
import { usePeopleOptions } from '../../ui/person-name.tsx';
import { stakeholderFieldOf, stakeholderFormValues, toStakeholderCreate, toStakeholderPatch, validateStakeholder, type StakeholderFormValues } from './stakeholder-form-values.ts';
import { CATEGORY_LABELS, ENGAGEMENT_LABELS, QUADRANT_META, SCORE_LABELS } from './stakeholder-labels.ts';
import { engagementGapOf, gapText, quadrantOf } from './stakeholder-view.ts';

type StakeholderFormProps = {
  readOnly: boolean;
  submitting: boolean;
  /** A score counts as high from this value on (the grid's). */
  highFrom: number;
  onCancel: () => void;
} & (
  | { mode: 'create'; item: null; onSubmit: (body: StakeholderCreate) => Promise<unknown> }
  | { mode: 'edit'; item: Stakeholder; onSubmit: (patch: StakeholderUpdate) => Promise<unknown> }
);

export function StakeholderForm(props: StakeholderFormProps) {
  const { mode, item, readOnly, submitting, highFrom, onCancel } = props;
  const people = usePeopleOptions();
  const form = useForm<StakeholderFormValues>({ initialValues: stakeholderFormValues(item), validate: validateStakeholder });
  const v = form.values;

  const submit = form.onSubmit(async (values) => {
    try {
      if (props.mode === 'create') await props.onSubmit(toStakeholderCreate(values));
      else {
        const patch = toStakeholderPatch(values, props.item);
        if (Object.keys(patch).length === 0) return onCancel();
        await props.onSubmit(patch);
      }
    } catch (error) {
      applyProblemToForm(form, error, stakeholderFieldOf);
    }
  });

  const person = v.who === 'person';
  const quadrant = v.influence && v.interest ? QUADRANT_META[quadrantOf(Number(v.influence), Number(v.interest), highFrom)] : null;
  const gap = engagementGapOf(v.engagementCurrent, v.engagementDesired);

  return (
    <form onSubmit={submit} noValidate aria-label={mode === 'create' ? 'New stakeholder' : 'Edit stakeholder'}>
      <Stack gap="md">
        <Fieldset variant="unstyled" disabled={readOnly}>
          <Stack gap="sm">
            <SegmentedControl
              aria-label="Who"
              data={[{ value: 'person', label: 'A person in Orrery' }, { value: 'other', label: 'Someone else' }]}
              {...form.getInputProps('who')}
            />
            <Grid gap="sm">
              {person ? (
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <Select label="Person" required searchable data={people} placeholder="Choose a person" {...form.getInputProps('userId')} />
                </Grid.Col>
              ) : null}
              <Grid.Col span={{ base: 12, sm: person ? 6 : 12 }}>
                <TextInput label="Name" required={!person} description={person ? 'Leave empty to use their name.' : 'A person or a group, e.g. Works council.'} {...form.getInputProps('title')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput label="Organisation" {...form.getInputProps('organisation')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput label="Role" description="Their position, e.g. CFO." {...form.getInputProps('role')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput label="E-mail" type="email" description={person ? 'Leave empty to write to their Orrery address.' : 'Where communications to them go.'} {...form.getInputProps('email')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput label="Phone" {...form.getInputProps('phone')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Select label="Category" data={optionsOf(CATEGORY_LABELS)} allowDeselect={false} {...form.getInputProps('category')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Select label="Relationship owner" description="Who on the team looks after them." searchable clearable data={people} placeholder="Nobody" {...form.getInputProps('ownerId')} />
              </Grid.Col>
            </Grid>
            <Fieldset legend="Power–interest grid">
              <Group grow align="flex-start">
                <Select label="Influence" required data={optionsOf(SCORE_LABELS)} placeholder="Power over the project" allowDeselect={false} {...form.getInputProps('influence')} />
                <Select label="Interest" required data={optionsOf(SCORE_LABELS)} placeholder="Interest in the project" allowDeselect={false} {...form.getInputProps('interest')} />
              </Group>
              <Text size="sm" mt="xs" data-testid="quadrant-preview">
                {quadrant ? (
                  <>On the grid: <Badge style={BADGE_STYLE} variant="light" color={quadrant.color}>{quadrant.label}</Badge></>
                ) : 'Score both to place them on the grid.'}
              </Text>
            </Fieldset>
            <Fieldset legend="Engagement">
              <Group grow align="flex-start">
                <Select label="Current engagement" data={optionsOf(ENGAGEMENT_LABELS)} allowDeselect={false} {...form.getInputProps('engagementCurrent')} />
                <Select label="Desired engagement" data={optionsOf(ENGAGEMENT_LABELS)} allowDeselect={false} {...form.getInputProps('engagementDesired')} />
              </Group>
              <Text size="sm" mt="xs" c={gap > 0 ? 'orange.8' : 'dimmed'}>{gapText(gap)}</Text>
            </Fieldset>
            <Textarea label="Notes" description="What they care about, how to approach them." autosize minRows={2} maxRows={8} {...form.getInputProps('description')} />
          </Stack>
        </Fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={submitting}>{readOnly ? 'Close' : 'Cancel'}</Button>
          {readOnly ? null : <Button type="submit" loading={submitting}>{mode === 'create' ? 'Add stakeholder' : 'Save changes'}</Button>}
        </Group>
      </Stack>
    </form>
  );
}
