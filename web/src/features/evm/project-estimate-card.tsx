// The project's bottom-up estimate to complete on the earned-value page: the figure, where it comes
// from (the manager's estimate for the whole project with its date and note, or the tasks' summed),
// the bottom-up EAC it makes with actual cost, and — for those who plan the costs — a dialog to give,
// change or withdraw the project's estimate, which the financials page opens too. Saving sends
// If-Match with the version it opened with (0 the first time); a 409 offers a reload.
import { Button, Card, Group, Modal, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { evmQueries, useProjectEstimate, useSaveProjectEstimate } from '../../api/evm.ts';
import type { ProjectEstimate, ProjectEvm } from '../../api/types.ts';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useVersionedForm } from '../../ui/use-versioned-form.ts';
import { money } from './evm-view.ts';
import { bottomUpSourceText, projectEstimateFieldOf, projectEstimateValues, toProjectEstimateBody, validateProjectEstimate } from './project-estimate-view.ts';

export function ProjectEstimateCard({ evm, onEdit }: { evm: ProjectEvm; onEdit?: (() => void) | undefined }) {
  const m = (v: number | null) => money(v, evm.currency);
  const b = evm.bottomUp;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label="Estimate to complete">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Title order={2} size="h5">Bottom-up estimate to complete</Title>
          <Group gap="xl">
            <Text size="sm" data-figure="etc-bottom-up">ETC <Text span fw={600}>{m(evm.amounts.etcBottomUp)}</Text></Text>
            <Text size="sm" data-figure="eac-bottom-up">EAC = AC + ETC <Text span fw={600}>{m(evm.indices.eacs['bottom-up'])}</Text></Text>
          </Group>
          <Text size="sm" c="dimmed" data-notice="etc-source">{bottomUpSourceText(b)}</Text>
        </Stack>
        {onEdit ? (
          <Button size="xs" variant="light" onClick={onEdit}>
            {b.source === 'project-estimate' ? 'Change the project’s estimate' : 'Give the project’s estimate'}
          </Button>
        ) : null}
      </Group>
    </Card>
  );
}

interface ProjectEstimateModalProps {
  projectId: string;
  currency: string;
  opened: boolean;
  onClose: () => void;
}

export function ProjectEstimateModal({ opened, onClose, ...rest }: ProjectEstimateModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="The project’s estimate to complete" size="lg">
      {opened ? <EstimateLoader onClose={onClose} {...rest} /> : null}
    </Modal>
  );
}

function EstimateLoader({ projectId, ...rest }: Omit<ProjectEstimateModalProps, 'opened'>) {
  const estimate = useProjectEstimate(projectId);
  if (estimate.error) return <ProblemAlert error={estimate.error} title="The estimate could not be read" />;
  if (!estimate.data) return <Pending label="Loading the estimate" />;
  return <EstimateEditor projectId={projectId} estimate={estimate.data} {...rest} />;
}

type Record = ProjectEstimate & { id: string };
const asRecord = (estimate: ProjectEstimate): Record => ({ ...estimate, id: estimate.projectId });

function EstimateEditor({ projectId, estimate, currency, onClose }: Omit<ProjectEstimateModalProps, 'opened'> & { estimate: ProjectEstimate }) {
  const queryClient = useQueryClient();
  const save = useSaveProjectEstimate(projectId);
  const { form, mutation, submit, reload, record } = useVersionedForm({
    record: asRecord(estimate),
    values: (r) => projectEstimateValues(r!),
    validate: (values) => validateProjectEstimate(values, currency),
    // The estimate always exists (version 0 while none was given): saving is always a PUT.
    create: save,
    update: save,
    toCreate: (values) => ({ id: projectId, version: 0, patch: toProjectEstimateBody(values, estimate, currency) }),
    toPatch: (values, r) => toProjectEstimateBody(values, r, currency),
    fieldOf: projectEstimateFieldOf,
    onClose,
    onReload: async () => asRecord(await queryClient.fetchQuery(evmQueries.estimate(projectId))),
  });
  const withdraw = () => void save.mutateAsync({ id: projectId, version: record!.version, patch: { etc: null } }).then(onClose, () => undefined);

  return (
    <form onSubmit={submit} noValidate aria-label="Project estimate to complete">
      <Stack>
        <Text size="sm" c="dimmed">
          What the rest of the project will cost, as you forecast it. While given, it is the project’s bottom-up estimate to complete — for the bottom-up EAC,
          the financials’ forecast and the status report’s cost — in place of the tasks’ estimates.
        </Text>
        <ProblemAlert error={mutation.error} title="The estimate was not saved" onReload={() => void reload()} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={`Estimate to complete (${currency})`} inputMode="decimal" placeholder="e.g. 35000.00" {...form.getInputProps('etc')} />
          <TextInput type="date" label="Estimated on" description="Empty: today, when the amount changes." {...form.getInputProps('asOf')} />
        </SimpleGrid>
        <Textarea label="What it rests on" placeholder="e.g. supplier quotes of 3 March" autosize minRows={2} maxLength={2000} {...form.getInputProps('note')} />
        <Group justify="space-between">
          {estimate.etc ? <Button variant="subtle" color="red" onClick={withdraw} loading={save.isPending}>Withdraw the estimate</Button> : <span />}
          <Group>
            <Button variant="default" onClick={onClose} disabled={mutation.isPending}>Cancel</Button>
            <Button type="submit" loading={mutation.isPending}>Save</Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
