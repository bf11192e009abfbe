// The form of one PMO policy. Its parameter inputs are drawn from the rule kind's description
// (GET /policies): a whole number with its bounds, an issue priority, or a list of phase keys.
// Checked on the client first; the server's field errors land on the same inputs.
import { Button, Group, NumberInput, SegmentedControl, Select, Stack, Switch, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Policy, PolicyBody, PolicyKindSpec } from '../../api/types.ts';
import { applyProblemToForm } from '../../ui/form-problems.ts';
import { ISSUE_PRIORITIES, policyFieldOf, policyFormValues, toPolicyBody, validatePolicyForm, type PolicyFormValues } from './policy-form-values.ts';

interface PolicyFormProps {
  policy: Policy;
  kind: PolicyKindSpec | undefined;
  submitting: boolean;
  /** Rejects with an ApiProblem on failure; its field errors are put on the inputs. */
  onSubmit: (body: PolicyBody) => Promise<unknown>;
  onCancel: () => void;
}

const PRIORITY_OPTIONS = ISSUE_PRIORITIES.map((p) => ({ value: p, label: `${p.charAt(0).toUpperCase()}${p.slice(1)} and higher` }));

export function PolicyForm({ policy, kind, submitting, onSubmit, onCancel }: PolicyFormProps) {
  const form = useForm<PolicyFormValues>({ initialValues: policyFormValues(policy, kind), validate: (values) => validatePolicyForm(values, kind) });
  const submit = form.onSubmit(async (values) => {
    try {
      await onSubmit(toPolicyBody(policy, values, kind));
    } catch (error) {
      applyProblemToForm(form, error, policyFieldOf);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={`Edit policy ${policy.name}`}>
      <Stack>
        {kind ? <Text size="sm" c="dimmed">{kind.description}</Text> : null}
        <Switch label="Enabled" {...form.getInputProps('enabled', { type: 'checkbox' })} />
        <TextInput label="Name" required {...form.getInputProps('name')} />
        <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
        <Stack gap={4}>
          <Text size="sm" fw={500}>Severity</Text>
          <SegmentedControl
            aria-label="Severity"
            data={[{ value: 'warning', label: 'Warning' }, { value: 'critical', label: 'Critical' }]}
            {...form.getInputProps('severity')}
          />
        </Stack>
        {(kind?.params ?? []).map((spec) => {
          const path = `params.${spec.name}`;
          if (spec.type === 'integer') {
            return <NumberInput key={spec.name} label={spec.name} description={spec.description} min={spec.min} max={spec.max} allowDecimal={false} {...form.getInputProps(path)} />;
          }
          if (spec.type === 'issue_priority') {
            return <Select key={spec.name} label={spec.name} description={spec.description} data={PRIORITY_OPTIONS} allowDeselect={false} {...form.getInputProps(path)} />;
          }
          return <TagsInput key={spec.name} label={spec.name} description={spec.description} placeholder="Type a phase key and press Enter" {...form.getInputProps(path)} />;
        })}
        <TagsInput label="Applies in phases" description="Phase keys; leave empty for every phase." placeholder="e.g. execute" {...form.getInputProps('appliesToPhases')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={submitting}>Cancel</Button>
          <Button type="submit" loading={submitting}>Save policy</Button>
        </Group>
      </Stack>
    </form>
  );
}
