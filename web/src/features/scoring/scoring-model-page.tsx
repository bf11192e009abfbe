// The PMO's scoring model: its criteria with their described scales and weights, and the AHP
// pairwise matrix that can derive the weights, with the consistency ratio and the judgement to
// revisit checked as the PMO types. Everyone reads the model; the PMO changes it.
import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Card, Group, NumberInput, Select, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useAhpPreview, useSaveScoringModel, useScoringModels } from '../../api/scoring.ts';
import type { ScoringModel } from '../../api/types.ts';
import { canEditRegister } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { parseJudgement, percent, upperOf } from './scoring-view.ts';

const bodyOf = (m: ScoringModel) => ({ name: m.name, description: m.description, criteria: m.criteria, ahp: m.ahp });

export function ScoringModelPage() {
  const models = useScoringModels();
  const [key, setKey] = useState('default');
  if (models.isPending) return <Pending label="Loading scoring models" />;
  if (models.error) return <ProblemAlert error={models.error} title="The scoring models could not be shown" />;
  const model = models.data.items.find((m) => m.key === key) ?? models.data.items[0]!;
  return (
    <Stack>
      <PageHeader title="Scoring model" subtitle={model.description || 'How projects are prioritised'} badges={model.builtIn ? <Badge variant="light">Built in</Badge> : null}
        actions={models.data.items.length > 1 ? <Select aria-label="Model" value={model.key} onChange={(v) => v && setKey(v)} data={models.data.items.map((m) => ({ value: m.key, label: m.name }))} /> : null} />
      <ModelEditor key={`${model.key}:${model.version}`} model={model} />
    </Stack>
  );
}

function ModelEditor({ model }: { model: ScoringModel }) {
  const editor = canEditRegister(useCurrentUser());
  const save = useSaveScoringModel();
  const [weights, setWeights] = useState(model.criteria.map((c) => c.weight));
  const direct = () => save.mutate({ key: model.key, version: model.version, body: { ...bodyOf(model), criteria: model.criteria.map((c, i) => ({ ...c, weight: weights[i] ?? 0 })), ahp: null } });
  return (
    <>
      <ProblemAlert error={save.error} />
      <Card withBorder component="section" aria-label="Criteria">
        <Title order={2} size="h4" mb="sm">Criteria and weights</Title>
        <Table aria-label="Criteria" striped>
          <Table.Thead><Table.Tr><Table.Th>Criterion</Table.Th><Table.Th>Better when</Table.Th><Table.Th>Scale</Table.Th><Table.Th ta="right">Weight</Table.Th><Table.Th ta="right">Share</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {model.criteria.map((c, i) => (
              <Table.Tr key={c.key} data-criterion={c.key}>
                <Table.Td fw={500}>{c.name}</Table.Td>
                <Table.Td>{c.direction === 'higher-is-better' ? 'higher' : 'lower'}</Table.Td>
                <Table.Td>
                  <Group gap={4}>{c.levels.map((l) => <Tooltip key={l.level} label={l.description}><Badge variant="outline" size="sm">{l.level} {l.label}</Badge></Tooltip>)}</Group>
                </Table.Td>
                <Table.Td ta="right" w={120}>
                  {editor && !model.ahp ? <NumberInput aria-label={`Weight of ${c.name}`} size="xs" min={0} value={weights[i]} onChange={(v) => setWeights(weights.map((w, j) => (j === i ? Number(v) || 0 : w)))} /> : +c.weight.toFixed(2)}
                </Table.Td>
                <Table.Td ta="right">{percent(model.normalisedWeights[i]!)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {editor && !model.ahp ? <Group justify="flex-end" mt="sm"><Button onClick={direct} loading={save.isPending}>Save weights</Button></Group> : null}
      </Card>
      <AhpPanel model={model} editor={editor} />
    </>
  );
}

function AhpPanel({ model, editor }: { model: ScoringModel; editor: boolean }) {
  const labels = model.criteria.map((c) => c.name);
  const [cells, setCells] = useState(() => upperOf(labels.length, model.ahp?.upper));
  const preview = useAhpPreview();
  const save = useSaveScoringModel();
  const upper = cells.map((row) => row.map(parseJudgement));
  const complete = upper.every((row) => row.every((v) => v !== null));
  const { mutate } = preview;
  const key = JSON.stringify(cells);
  useEffect(() => {
    if (complete) mutate({ labels, upper: upper as number[][] });
  }, [key]);
  const result = preview.data ?? model.ahpResult;
  const cell = (i: number, j: number) => {
    if (i === j) return <Text ta="center" c="dimmed">1</Text>;
    if (j > i) {
      return editor
        ? <TextInput aria-label={`${labels[i]} over ${labels[j]}`} size="xs" w={64} value={cells[i]![j - i - 1]} error={upper[i]![j - i - 1] === null} onChange={(e) => { const text = e.currentTarget.value; setCells(cells.map((row, r) => (r === i ? row.map((t, k) => (k === j - i - 1 ? text : t)) : row))); }} />
        : <Text ta="center">{cells[i]![j - i - 1]}</Text>;
    }
    const mirror = upper[j]![i - j - 1];
    return <Text ta="center" c="dimmed">{mirror ? (mirror >= 1 ? `1/${+mirror.toFixed(2)}` : `${+(1 / mirror).toFixed(2)}`) : '—'}</Text>;
  };
  return (
    <Card withBorder component="section" aria-label="Pairwise comparison (AHP)">
      <Title order={2} size="h4">Pairwise comparison (AHP)</Title>
      <Text size="sm" c="dimmed" mb="sm">How many times more important the row’s criterion is than the column’s: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely; 1/3 … 1/9 the other way round.</Text>
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label="AHP matrix" withColumnBorders>
          <Table.Thead><Table.Tr><Table.Th />{labels.map((l) => <Table.Th key={l} ta="center">{l}</Table.Th>)}<Table.Th ta="right">Weight</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {labels.map((l, i) => (
              <Table.Tr key={l}>
                <Table.Th>{l}</Table.Th>
                {labels.map((_, j) => <Table.Td key={j}>{cell(i, j)}</Table.Td>)}
                <Table.Td ta="right">{result ? percent(result.weights[i]!) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {result ? (
        <Alert mt="sm" color={result.consistent ? 'teal' : 'orange'} title={`Consistency ratio ${result.consistencyRatio.toFixed(3)} ${result.consistent ? '(consistent, ≤ 0.10)' : '(too inconsistent: above 0.10)'}`} aria-label="Consistency">
          {result.mostInconsistent ? result.mostInconsistent.message : 'The judgements agree with each other.'}
        </Alert>
      ) : null}
      <ProblemAlert error={preview.error ?? save.error} />
      {editor ? (
        <Group justify="flex-end" mt="sm">
          {model.ahp ? <Button variant="default" onClick={() => save.mutate({ key: model.key, version: model.version, body: { ...bodyOf(model), ahp: null } })}>Use direct weights</Button> : null}
          <Button disabled={!complete} loading={save.isPending} onClick={() => save.mutate({ key: model.key, version: model.version, body: { ...bodyOf(model), ahp: { upper: upper as number[][] } } })}>Use the AHP weights</Button>
        </Group>
      ) : null}
    </Card>
  );
}
