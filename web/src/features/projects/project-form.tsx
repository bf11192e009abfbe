// The project form, shared by "new project" and "edit project". It validates on the client,
// then puts the server's field errors (errors[].path) on the same fields.
import { Button, Fieldset, Group, MultiSelect, Select, SimpleGrid, Stack, TagsInput, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMethodologies } from '../../api/governance.ts';
import { useObjectives } from '../../api/objectives.ts';
import { usePortfolios } from '../../api/portfolios.ts';
import { usePrograms } from '../../api/programs.ts';
import { applyProblemToForm } from '../../ui/form-problems.ts';
import { PROJECT_PRIORITY_LABELS, PROJECT_STATUS_LABELS, isLabelKey, optionsOf } from '../../ui/labels.ts';
import { phaseLabel, phaseOptions } from '../../ui/phase-labels.ts';
import { usePeopleOptions } from '../../ui/person-name.tsx';
import { CURRENCIES, projectFieldOf, validateProjectForm, type ProjectFormValues } from './project-form-values.ts';

interface ProjectFormProps {
  mode: 'create' | 'edit';
  initialValues: ProjectFormValues;
  /** false for a project manager: portfolio, program, sponsor, manager, methodology and phase are the PMO's. */
  canMove: boolean;
  submitting: boolean;
  /** Rejects with an ApiProblem on failure; its field errors are shown on the fields. */
  onSubmit: (values: ProjectFormValues) => Promise<unknown>;
  onCancel: () => void;
}

const PMO_ONLY = 'Only the PMO can change this.';
const GATED = 'Moves on a gate decision: request a gate review.';

export function ProjectForm({ mode, initialValues, canMove, submitting, onSubmit, onCancel }: ProjectFormProps) {
  const form = useForm<ProjectFormValues>({ initialValues, validate: validateProjectForm });
  const portfolios = usePortfolios(mode === 'edit');
  const programs = usePrograms(form.values.portfolioId ?? undefined, { enabled: Boolean(form.values.portfolioId) });
  const objectives = useObjectives();
  const people = usePeopleOptions();
  const methodologies = useMethodologies();
  const methodology = methodologies.data?.find((m) => m.key === form.values.methodologyKey);
  const methodologyOptions = (methodologies.data ?? []).map((m) => ({ value: m.key, label: m.name }));
  const phases = phaseOptions(methodology);
  // Until the library loads, the project's own phase is the one option, so the field is never blank.
  const phaseData = phases.length > 0 || !form.values.phase ? phases : [{ value: form.values.phase, label: phaseLabel(undefined, undefined, form.values.phase) }];

  const portfolioOptions = (portfolios.data ?? [])
    .filter((p) => !p.archivedAt || p.id === initialValues.portfolioId)
    .map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }));
  const programOptions = (programs.data ?? [])
    .filter((p) => !p.archivedAt || p.id === initialValues.programId)
    .map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }));
  const objectiveOptions = (objectives.data ?? [])
    .filter((o) => !o.archivedAt || initialValues.objectiveIds.includes(o.id))
    .map((o) => ({ value: o.id, label: `${o.code} · ${o.name}` }));

  const submit = form.onSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (error) {
      applyProblemToForm(form, error, projectFieldOf);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={mode === 'create' ? 'New project' : 'Edit project'}>
      <Stack gap="lg">
        <Fieldset legend="Project">
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: mode === 'create' ? 2 : 1 }}>
              {mode === 'create' ? (
                <TextInput label="Code" description="Leave empty for the next free code (PRJ-…)." {...form.getInputProps('code')} />
              ) : null}
              <TextInput label="Name" required {...form.getInputProps('name')} />
            </SimpleGrid>
            <Textarea label="Description" autosize minRows={3} maxRows={10} {...form.getInputProps('description')} />
          </Stack>
        </Fieldset>

        <Fieldset legend="Place in the register and people">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Portfolio"
              required
              searchable
              data={portfolioOptions}
              disabled={!canMove}
              description={canMove ? undefined : PMO_ONLY}
              {...form.getInputProps('portfolioId')}
              onChange={(value) => {
                form.setFieldValue('portfolioId', value);
                form.setFieldValue('programId', null);
              }}
            />
            <Select
              label="Program"
              placeholder={form.values.portfolioId ? 'None' : 'Choose a portfolio first'}
              clearable
              searchable
              data={programOptions}
              disabled={!canMove || !form.values.portfolioId}
              description={canMove ? undefined : PMO_ONLY}
              {...form.getInputProps('programId')}
            />
            <Select label="Sponsor" placeholder="None" clearable searchable data={people} disabled={!canMove} {...form.getInputProps('sponsorId')} />
            <Select label="Manager" placeholder="None" clearable searchable data={people} disabled={!canMove} {...form.getInputProps('managerId')} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="State">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Status"
              data={optionsOf(PROJECT_STATUS_LABELS)}
              allowDeselect={false}
              {...form.getInputProps('status')}
              onChange={(v) => isLabelKey(PROJECT_STATUS_LABELS, v) && form.setFieldValue('status', v)}
            />
            <Select
              label="Priority"
              data={optionsOf(PROJECT_PRIORITY_LABELS)}
              allowDeselect={false}
              {...form.getInputProps('priority')}
              onChange={(v) => isLabelKey(PROJECT_PRIORITY_LABELS, v) && form.setFieldValue('priority', v)}
            />
            <Select
              label="Methodology"
              data={methodologyOptions}
              allowDeselect={false}
              disabled={!canMove}
              description={canMove ? 'Its phases, gates and required deliverables.' : PMO_ONLY}
              {...form.getInputProps('methodologyKey')}
              onChange={(v) => {
                if (!v) return;
                form.setFieldValue('methodologyKey', v);
                // A phase of the old methodology means nothing in the new one: start at its first phase.
                const first = methodologies.data?.find((m) => m.key === v)?.phases[0]?.key ?? '';
                form.setFieldValue('phase', mode === 'create' ? '' : first);
              }}
            />
            <Select
              label="Phase"
              data={phaseData}
              placeholder={phases[0] ? `${phases[0].label} (the first phase)` : undefined}
              allowDeselect={false}
              disabled={!canMove}
              description={canMove ? (mode === 'create' ? 'Leave empty to start in the first phase.' : `${GATED} The PMO may correct it.`) : GATED}
              {...form.getInputProps('phase')}
              onChange={(v) => form.setFieldValue('phase', v ?? '')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Plan and budget">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Planned start" type="date" {...form.getInputProps('plannedStart')} />
            <TextInput label="Planned finish" type="date" {...form.getInputProps('plannedFinish')} />
            <TextInput label="Budget" inputMode="decimal" placeholder="e.g. 250000.00" description="In the currency's main unit; leave empty for none." {...form.getInputProps('budgetAmount')} />
            <Select label="Currency" data={[...CURRENCIES]} allowDeselect={false} {...form.getInputProps('budgetCurrency')} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Strategy and tags">
          <Stack>
            <MultiSelect label="Objectives" placeholder="Strategic objectives this project serves" searchable data={objectiveOptions} {...form.getInputProps('objectiveIds')} />
            <TagsInput label="Tags" placeholder="Type a tag and press Enter" maxTags={30} {...form.getInputProps('tags')} />
          </Stack>
        </Fieldset>

        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={submitting}>
            Cancel
          </Button>
          <Button type="submit" loading={submitting}>
            {mode === 'create' ? 'Create project' : 'Save changes'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
