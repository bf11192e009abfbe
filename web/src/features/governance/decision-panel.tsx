// The approvers' decision: go, go with conditions, hold, recycle or stop, a comment, and for a
// conditional go the conditions (what, by when, who), which become tracked actions. The client
// checks what it can; the server has the last word (a gate not ready to pass answers 422 with a
// sentence saying what holds it, shown as it comes).
import { useEffect } from 'react';
import { ActionIcon, Alert, Button, Card, Group, Radio, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDecideGateReview, useGateReview } from '../../api/gate-reviews.ts';
import type { GateDecision, GateReview } from '../../api/types.ts';
import { applyProblemToForm } from '../../ui/form-problems.ts';
import { usePeopleOptions } from '../../ui/person-name.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { decisionFieldOf, emptyCondition, emptyDecision, toDecisionBody, validateDecision, type DecisionFormValues } from './decision-form-values.ts';
import { GATE_DECISIONS } from './governance-labels.ts';

const DECISIONS = Object.keys(GATE_DECISIONS) as GateDecision[];

export function DecisionPanel({ review }: { review: GateReview }) {
  const decide = useDecideGateReview(review.id);
  const detail = useGateReview(review.id);
  const people = usePeopleOptions();
  const form = useForm<DecisionFormValues>({ initialValues: emptyDecision(), validate: validateDecision });
  const conditional = form.values.decision === 'go_with_conditions';
  // A refusal is about the review as it was: once it changes (a waiver, an answer) it no longer applies.
  const { reset } = decide;
  useEffect(() => reset(), [review.version, reset]);

  const choose = (value: string) => {
    const decision = value as GateDecision;
    form.setFieldValue('decision', decision);
    if (decision === 'go_with_conditions' && form.values.conditions.length === 0) form.setFieldValue('conditions', [emptyCondition()]);
  };
  const submit = form.onSubmit(async (values) => {
    try {
      await decide.mutateAsync({ version: review.version, body: toDecisionBody(values) });
    } catch (error) {
      applyProblemToForm(form, error, decisionFieldOf);
    }
  });

  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} size="h4" mb="xs">
        Decision
      </Title>
      <form onSubmit={submit} noValidate aria-label="Decide the gate">
        <Stack>
          {review.readiness.canGo ? null : (
            <Alert color="orange" title="Not ready to pass">
              Go and go with conditions need every item in order, waived or only warning. Hold, recycle and stop are always open.
            </Alert>
          )}
          <ProblemAlert error={decide.error} title="The decision was not recorded" onReload={() => void detail.refetch().then(() => decide.reset())} />
          <Radio.Group label="Decision" required value={form.values.decision ?? ''} onChange={choose} error={form.errors.decision}>
            <Stack gap="xs" mt="xs">
              {DECISIONS.map((d) => (
                <Radio key={d} value={d} label={GATE_DECISIONS[d].label} description={GATE_DECISIONS[d].description} color={GATE_DECISIONS[d].color} />
              ))}
            </Stack>
          </Radio.Group>
          {conditional ? (
            <Stack gap="xs" role="group" aria-label="Conditions">
              <Text size="sm" fw={500}>
                Conditions
              </Text>
              {form.values.conditions.map((_, i) => (
                <Stack key={i} gap={6} p="xs" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
                  <Group gap="xs" align="flex-end" wrap="nowrap">
                    <TextInput style={{ flex: 1 }} label={`Condition ${i + 1}`} placeholder="What must be done" required {...form.getInputProps(`conditions.${i}.text`)} />
                    <ActionIcon variant="subtle" color="gray" mb={4} aria-label={`Remove condition ${i + 1}`} onClick={() => form.removeListItem('conditions', i)}>
                      ✕
                    </ActionIcon>
                  </Group>
                  <SimpleGrid cols={2} spacing="xs">
                    <TextInput label="Due date" type="date" {...form.getInputProps(`conditions.${i}.dueDate`)} />
                    <Select label="Owner" placeholder="None" clearable searchable data={people} {...form.getInputProps(`conditions.${i}.ownerId`)} />
                  </SimpleGrid>
                </Stack>
              ))}
              {form.errors.conditions ? (
                <Text size="sm" c="red.7" role="alert">
                  {form.errors.conditions}
                </Text>
              ) : null}
              <Group>
                <Button size="xs" variant="light" onClick={() => form.insertListItem('conditions', emptyCondition())}>
                  Add condition
                </Button>
              </Group>
            </Stack>
          ) : null}
          <Textarea label="Comment" description="The reasons, for the decision log." autosize minRows={3} maxRows={10} {...form.getInputProps('comment')} />
          <Group justify="flex-end">
            <Button type="submit" loading={decide.isPending}>
              Record decision
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
