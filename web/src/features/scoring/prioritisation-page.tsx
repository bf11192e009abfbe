// A portfolio's ranked list on the scoring model — mandatory projects first, then by score, each
// criterion's contribution in its column — the projects still to score, and a what-if on the
// weights showing each project's rank before and after.
import { useState } from 'react';
import { Badge, Button, Card, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { usePortfolio } from '../../api/portfolios.ts';
import { useRanking, useWeightsWhatIf } from '../../api/scoring.ts';
import type { Ranking } from '../../api/types.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink, ButtonLink } from '../../ui/router-links.tsx';
import { movementText } from './scoring-view.ts';

const route = getRouteApi('/_app/portfolios/$portfolioId/prioritisation');

export function PrioritisationPage() {
  const { portfolioId } = route.useParams();
  const portfolio = usePortfolio(portfolioId);
  const ranking = useRanking(portfolioId);
  if (ranking.isPending) return <Pending label="Loading the ranking" />;
  if (ranking.error) return <ProblemAlert error={ranking.error} title="The ranking could not be shown" />;
  const r = ranking.data;
  return (
    <Stack>
      <PageHeader title={<>Prioritisation{portfolio.data ? `: ${portfolio.data.name}` : ''}</>} subtitle={<>Ranked on {r.modelName}: mandatory projects first, then by score.</>}
        actions={<><ButtonLink to="/settings/scoring" variant="default">Scoring model</ButtonLink><ButtonLink to="/portfolios/$portfolioId/selection" params={{ portfolioId }}>Optimal selection</ButtonLink></>} />
      <RankedList ranking={r} />
      {r.unscored.length > 0 ? (
        <Card withBorder component="section" aria-label="Not scored">
          <Title order={2} size="h4" mb="xs">Not scored yet</Title>
          {r.unscored.map((u) => (
            <Group key={u.projectId} gap="xs"><AnchorLink to="/projects/$projectId/score" params={{ projectId: u.projectId }}>{u.code} {u.name}</AnchorLink><Text size="sm" c="dimmed">rate {u.missing.join(', ')}</Text></Group>
          ))}
        </Card>
      ) : null}
      <WhatIf ranking={r} portfolioId={portfolioId} />
    </Stack>
  );
}

function RankedList({ ranking }: { ranking: Ranking }) {
  return (
    <Card withBorder component="section" aria-label="Ranked list">
      <Table.ScrollContainer minWidth={800}>
        <Table aria-label="Ranked projects" striped>
          <Table.Thead>
            <Table.Tr><Table.Th>Rank</Table.Th><Table.Th>Project</Table.Th><Table.Th ta="right">Score</Table.Th>{ranking.criteria.map((c) => <Table.Th key={c.key} ta="right">{c.name}</Table.Th>)}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ranking.ranked.map((p) => (
              <Table.Tr key={p.projectId} data-project={p.code}>
                <Table.Td>{p.rank}</Table.Td>
                <Table.Td>
                  <Group gap="xs"><AnchorLink to="/projects/$projectId/score" params={{ projectId: p.projectId }}>{p.code} {p.name}</AnchorLink>{p.mandatory ? <Badge color="red" variant="light" title={p.mandatoryReason ?? ''}>Mandatory</Badge> : null}</Group>
                </Table.Td>
                <Table.Td ta="right" fw={600}>{p.score.toFixed(1)}</Table.Td>
                {ranking.criteria.map((c) => <Table.Td key={c.key} ta="right">{(p.contributions[c.key] ?? 0).toFixed(1)}</Table.Td>)}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {ranking.ranked.length === 0 ? <Text c="dimmed">No project of this portfolio is scored yet.</Text> : null}
    </Card>
  );
}

function WhatIf({ ranking, portfolioId }: { ranking: Ranking; portfolioId: string }) {
  const [weights, setWeights] = useState(() => Object.fromEntries(ranking.criteria.map((c) => [c.key, Math.round(c.weight * 1000) / 10])));
  const whatIf = useWeightsWhatIf(portfolioId);
  return (
    <Card withBorder component="section" aria-label="What-if on the weights">
      <Title order={2} size="h4" mb="xs">What if the weights were different?</Title>
      <Group align="flex-end">
        {ranking.criteria.map((c) => (
          <NumberInput key={c.key} label={c.name} w={150} min={0} value={weights[c.key]} onChange={(v) => setWeights({ ...weights, [c.key]: Number(v) || 0 })} />
        ))}
        <Button onClick={() => whatIf.mutate({ model: ranking.modelKey, weights })} loading={whatIf.isPending}>Try these weights</Button>
      </Group>
      <ProblemAlert error={whatIf.error} />
      {whatIf.data ? (
        <Table aria-label="Ranks before and after" mt="sm">
          <Table.Thead><Table.Tr><Table.Th>Project</Table.Th><Table.Th ta="right">Rank before</Table.Th><Table.Th ta="right">Rank after</Table.Th><Table.Th>Move</Table.Th><Table.Th ta="right">Score before → after</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {whatIf.data.changes.map((c) => (
              <Table.Tr key={c.projectId} data-project={c.code}>
                <Table.Td>{c.code} {c.name}</Table.Td>
                <Table.Td ta="right">{c.rankBefore}</Table.Td>
                <Table.Td ta="right">{c.rankAfter}</Table.Td>
                <Table.Td c={c.movement > 0 ? 'teal' : c.movement < 0 ? 'red' : 'dimmed'}>{movementText(c.movement)}</Table.Td>
                <Table.Td ta="right">{c.scoreBefore.toFixed(1)} → {c.scoreAfter.toFixed(1)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {whatIf.data ? <Text size="sm" c="dimmed" mt="xs">{whatIf.data.moved} project{whatIf.data.moved === 1 ? '' : 's'} change place.</Text> : null}
    </Card>
  );
}
