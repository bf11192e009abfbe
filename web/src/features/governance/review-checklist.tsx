// A gate review's checklist: each criterion of the gate with its mandatory badge, an outcome (met,
// not met, not applicable) and a comment. Edits are kept on the screen until "Save checklist", which
// sends only the changed answers with If-Match (the server merges answers by criterion); a 409 says
// someone else changed the review and offers a reload.
import { useState } from 'react';
import { Badge, Button, Card, Group, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useGateReview, useUpdateGateReview } from '../../api/gate-reviews.ts';
import type { CriterionOutcome, GateReview } from '../../api/types.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { changedAnswers, checklistProgress, checklistRows, type ChecklistRow } from './checklist-view.ts';
import { CRITERION_OUTCOME_LABELS } from './governance-labels.ts';

const OUTCOMES = Object.entries(CRITERION_OUTCOME_LABELS).map(([value, label]) => ({ value, label }));
const isOutcome = (v: string): v is CriterionOutcome => Object.hasOwn(CRITERION_OUTCOME_LABELS, v);

export function ReviewChecklist({ review, editable }: { review: GateReview; editable: boolean }) {
  const update = useUpdateGateReview(review.id);
  const detail = useGateReview(review.id);
  const [loaded, setLoaded] = useState(() => checklistRows(review.gate, review.checklist));
  const [rows, setRows] = useState(loaded);
  const changes = changedAnswers(rows, loaded);

  const reset = (fresh: GateReview) => {
    const next = checklistRows(fresh.gate, fresh.checklist);
    setLoaded(next);
    setRows(next);
  };
  const edit = (key: string, change: Partial<ChecklistRow>) => setRows((current) => current.map((r) => (r.criterionKey === key ? { ...r, ...change } : r)));
  const save = async () => {
    const fresh = await update.mutateAsync({ version: review.version, patch: { checklist: changes } });
    reset(fresh);
  };
  const reload = async () => {
    update.reset();
    const fresh = (await detail.refetch()).data;
    if (fresh) reset(fresh);
  };

  return (
    <Card withBorder radius="md" padding="lg">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          Checklist
        </Title>
        <Text size="sm" c="dimmed" aria-live="polite">
          {checklistProgress(rows)}
        </Text>
      </Group>
      <Stack gap="sm">
        <ProblemAlert error={update.error} title="The checklist was not saved" onReload={() => void reload()} />
        <Table aria-label="Checklist" verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Criterion</Table.Th>
              <Table.Th w={200}>Outcome</Table.Th>
              <Table.Th w={200}>Comment</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.criterionKey} data-criterion={row.criterionKey}>
                <Table.Td>
                  <Text size="sm">
                    {row.text}{' '}
                    {row.mandatory ? (
                      <Badge size="xs" color="grape" variant="light">
                        Mandatory
                      </Badge>
                    ) : null}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <SegmentedControl
                    size="xs"
                    aria-label={`Outcome: ${row.text}`}
                    data={OUTCOMES}
                    value={row.outcome ?? ''}
                    readOnly={!editable}
                    onChange={(v) => isOutcome(v) && edit(row.criterionKey, { outcome: v })}
                  />
                  {row.outcome === null ? (
                    <Text size="xs" c="dimmed">
                      Not answered
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <TextInput size="xs" aria-label={`Comment: ${row.text}`} value={row.comment} readOnly={!editable} onChange={(e) => edit(row.criterionKey, { comment: e.currentTarget.value })} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {editable ? (
          <Group justify="flex-end">
            {changes.length > 0 ? (
              <Button variant="default" onClick={() => setRows(loaded)} disabled={update.isPending}>
                Discard changes
              </Button>
            ) : null}
            <Button onClick={() => void save().catch(() => undefined)} disabled={changes.length === 0} loading={update.isPending}>
              Save checklist
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
