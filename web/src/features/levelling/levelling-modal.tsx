// Level resources: a preview of what levelling would move — each task that waits, its start now and
// levelled, how long it waits, each project's finish before and after, the over-allocated
// resource-days before and after — then Level to write it (levelling delays, never new dates) or,
// for a project, Clear levelling to undo it. Opened from a project's schedule or, for the PMO, a
// portfolio (projects levelled together by priority).
import { Alert, Button, Group, List, Modal, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useClearLevelling, useLevel, useLevellingPreview, type LevellingOptions, type LevellingResult } from '../../api/levelling.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { formatLocal } from '../schedule/schedule-view.ts';
import { delayLabel, overloadSummary, previewHeadline } from './levelling-view.ts';

interface LevellingModalProps {
  scope: 'project' | 'portfolio';
  id: string;
  opened: boolean;
  onClose: () => void;
  /** The reader may write the levelling (the project's editors; the PMO for a portfolio). */
  canApply: boolean;
}

export function LevellingModal(props: LevellingModalProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.scope === 'project' ? 'Level resources' : 'Level the portfolio’s resources'} size="xl">
      {/* Mounted afresh on each opening, so the preview is of the schedules as they are now. */}
      {props.opened ? <LevellingForm {...props} /> : null}
    </Modal>
  );
}

function LevellingForm({ scope, id, canApply, onClose }: LevellingModalProps) {
  const preview = useLevellingPreview(scope, id);
  const level = useLevel(scope, id);
  const clear = useClearLevelling(id);
  const [from, setFrom] = useState('');
  const [mode, setMode] = useState<LevellingOptions['mode']>('rule');
  const [cleared, setCleared] = useState<string | null>(null);
  const options = (): LevellingOptions => ({ mode, ...(from !== '' && { from }) });
  const runPreview = () => {
    setCleared(null);
    level.reset();
    preview.mutate(options());
  };
  // Previewed once on opening, with the defaults; Preview runs it again with the choices made.
  useEffect(runPreview, []);
  const result: LevellingResult | undefined = level.data ?? preview.data;
  const busy = preview.isPending || level.isPending || clear.isPending;

  return (
    <Stack>
      <Group align="end">
        <TextInput type="date" label="Level from" description="Empty: today. Work before it stays put." value={from} onChange={(e) => setFrom(e.currentTarget.value)} w={200} />
        <div>
          <Text size="sm" fw={500} mb={4}>
            Order
          </Text>
          <SegmentedControl
            aria-label="Order"
            value={mode}
            onChange={(value) => setMode(value === 'optimise' ? 'optimise' : 'rule')}
            data={[
              { value: 'rule', label: 'Standard (priority, slack)' },
              { value: 'optimise', label: 'Search for shortest delay' },
            ]}
          />
        </div>
        <Button variant="default" onClick={runPreview} loading={preview.isPending} disabled={busy}>
          Preview
        </Button>
      </Group>
      <ProblemAlert error={preview.error ?? level.error ?? clear.error} title="Levelling could not run" />
      {cleared ? (
        <Alert color="green" role="status">
          {cleared}
        </Alert>
      ) : null}
      {result && !cleared ? <LevellingResultView result={result} portfolio={scope === 'portfolio'} /> : null}
      <Group justify="space-between">
        <Group>
          {canApply && scope === 'project' ? (
            <Button
              variant="subtle"
              color="red"
              loading={clear.isPending}
              disabled={busy}
              onClick={() => clear.mutate(undefined, { onSuccess: (c) => setCleared(`Levelling cleared from ${c.cleared} task${c.cleared === 1 ? '' : 's'}; ${c.moved.length} moved back.`) })}
            >
              Clear levelling
            </Button>
          ) : null}
        </Group>
        <Group>
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
          {canApply ? (
            <Button onClick={() => level.mutate(options())} loading={level.isPending} disabled={busy || !result || result.applied || result.moved.length === 0 || cleared !== null}>
              Level
            </Button>
          ) : null}
        </Group>
      </Group>
    </Stack>
  );
}

function LevellingResultView({ result, portfolio }: { result: LevellingResult; portfolio: boolean }) {
  return (
    <Stack gap="sm">
      <Alert color={result.applied ? 'green' : 'blue'} role="status" title={previewHeadline(result)}>
        <Text size="sm">{overloadSummary(result)}</Text>
        {result.applied ? <Text size="sm">The delays are saved on the tasks; Clear levelling undoes them.</Text> : <Text size="sm">Nothing is saved until you choose Level.</Text>}
      </Alert>
      <Table striped aria-label="Project finish">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Project</Table.Th>
            <Table.Th>Finish now</Table.Th>
            <Table.Th>Levelled finish</Table.Th>
            <Table.Th>Tasks delayed</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.projects.map((p) => (
            <Table.Tr key={p.projectId}>
              <Table.Td>
                {p.code} {p.name}
              </Table.Td>
              <Table.Td>{formatLocal(p.finishBefore)}</Table.Td>
              <Table.Td>{formatLocal(p.finishAfter)}</Table.Td>
              <Table.Td>{p.delayedTasks}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {result.moved.length > 0 ? (
        <Table striped aria-label="Tasks that move">
          <Table.Thead>
            <Table.Tr>
              {portfolio ? <Table.Th>Project</Table.Th> : null}
              <Table.Th>Task</Table.Th>
              <Table.Th>Start now</Table.Th>
              <Table.Th>Levelled start</Table.Th>
              <Table.Th>Levelled finish</Table.Th>
              <Table.Th>Waits</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.moved.map((m) => (
              <Table.Tr key={m.taskId}>
                {portfolio ? <Table.Td>{m.projectCode}</Table.Td> : null}
                <Table.Td>{m.name}</Table.Td>
                <Table.Td>{formatLocal(m.startBefore)}</Table.Td>
                <Table.Td>{formatLocal(m.startAfter)}</Table.Td>
                <Table.Td>{formatLocal(m.finishAfter)}</Table.Td>
                <Table.Td>{delayLabel(m)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {result.warnings.length > 0 ? (
        <Alert color="yellow" title="Cannot be fully levelled">
          <List size="sm">
            {result.warnings.map((w) => (
              <List.Item key={`${w.taskId}-${w.message}`}>{w.message}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {result.remaining.length > 0 ? (
        <Text size="sm" c="dimmed">
          Still over after levelling: {result.remaining.slice(0, 5).map((r) => `${r.resourceName} on ${r.day} (${r.demandHours} h of ${r.capacityHours} h)`).join('; ')}
          {result.remaining.length > 5 ? ` and ${result.remaining.length - 5} more` : ''}.
        </Text>
      ) : null}
    </Stack>
  );
}
