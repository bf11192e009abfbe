// A project's scoring card: a level per criterion of the model (each level's description shown, so
// assessors rate alike), whether it is mandatory and why, and the breakdown — each criterion's
// contribution to the score out of 100. Its manager and the PMO score; its readers see the card.
import { useState } from 'react';
import { Badge, Button, Card, Checkbox, Group, Progress, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useProject } from '../../api/projects.ts';
import { useProjectScore, useSaveScore, useScoringModels } from '../../api/scoring.ts';
import type { ScoringModel, SubjectScore } from '../../api/types.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { percent } from './scoring-view.ts';

const route = getRouteApi('/_app/projects/$projectId/score');

export function ProjectScorePage() {
  const { projectId } = route.useParams();
  const project = useProject(projectId);
  const score = useProjectScore(projectId);
  const models = useScoringModels();
  if (score.isPending || models.isPending) return <Pending label="Loading the score" />;
  if (score.error || models.error) return <ProblemAlert error={score.error ?? models.error} title="The score could not be shown" />;
  const model = models.data.items.find((m) => m.key === score.data.modelKey)!;
  return (
    <Stack>
      <PageHeader title={<><Text span inherit c="dimmed" ff="monospace" mr="xs">{score.data.code}</Text>Score</>} subtitle={<>{score.data.name} on {score.data.modelName}</>}
        actions={project.data ? <AnchorLink to="/portfolios/$portfolioId/prioritisation" params={{ portfolioId: project.data.portfolioId }}>Portfolio ranking</AnchorLink> : null} />
      <ScoreCard key={score.data.version} score={score.data} model={model} />
    </Stack>
  );
}

/** The card itself, for a project or a project request. */
export function ScoreCard({ score, model }: { score: SubjectScore; model: ScoringModel }) {
  const save = useSaveScore(score.subjectId, score.modelKey, score.subjectType);
  const [levels, setLevels] = useState<Record<string, number>>(score.levels);
  const [mandatory, setMandatory] = useState(score.mandatoryReason !== null);
  const [reason, setReason] = useState(score.mandatoryReason ?? '');
  const complete = model.criteria.every((c) => levels[c.key] !== undefined);
  const submit = () => save.mutate({ version: score.version, body: { levels, mandatoryReason: mandatory ? reason.trim() || 'Mandatory' : null, note: score.note } });
  return (
    <>
      <Card withBorder component="section" aria-label="Score">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">Score {score.score === null ? '—' : score.score.toFixed(1)} <Text span c="dimmed" size="sm">/ 100</Text></Title>
          {score.mandatoryReason ? <Badge color="red" variant="light">Mandatory: {score.mandatoryReason}</Badge> : null}
        </Group>
        <Table aria-label="Breakdown">
          <Table.Thead><Table.Tr><Table.Th>Criterion</Table.Th><Table.Th>Level</Table.Th><Table.Th ta="right">Weight</Table.Th><Table.Th>Contribution</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {model.criteria.map((c, i) => {
              const row = score.breakdown[i]!;
              return (
                <Table.Tr key={c.key} data-criterion={c.key}>
                  <Table.Td fw={500}>{c.name}</Table.Td>
                  <Table.Td w={360}>
                    {score.canEdit ? (
                      <Select aria-label={c.name} size="xs" value={levels[c.key] === undefined ? null : String(levels[c.key])} onChange={(v) => v && setLevels({ ...levels, [c.key]: Number(v) })}
                        data={c.levels.map((l) => ({ value: String(l.level), label: `${l.level} ${l.label} — ${l.description}` }))} />
                    ) : row.levelLabel ? `${row.level} ${row.levelLabel}` : 'not rated'}
                  </Table.Td>
                  <Table.Td ta="right">{percent(row.weight)}</Table.Td>
                  <Table.Td w={220}>
                    <Group gap="xs" wrap="nowrap">
                      <Progress value={row.weight === 0 || row.contribution === null ? 0 : (row.contribution / (row.weight * 100)) * 100} w={120} aria-label={`${c.name} share of its weight`} />
                      <Text size="sm" data-testid={`contribution-${c.key}`}>{row.contribution === null ? '—' : row.contribution.toFixed(1)}</Text>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {score.missing.length > 0 ? <Text size="sm" c="dimmed" mt="xs">Not rated yet: {score.missing.join(', ')}.</Text> : null}
      </Card>
      {score.canEdit ? (
        <Card withBorder>
          <Group align="flex-end">
            <Checkbox label="Mandatory (not up for choice)" checked={mandatory} onChange={(e) => setMandatory(e.currentTarget.checked)} />
            {mandatory ? <TextInput label="Why" placeholder="Regulator deadline, contract …" value={reason} onChange={(e) => setReason(e.currentTarget.value)} style={{ flex: 1 }} /> : null}
            <Button onClick={submit} disabled={!complete} loading={save.isPending}>Save score</Button>
          </Group>
          <ProblemAlert error={save.error} />
        </Card>
      ) : null}
    </>
  );
}
