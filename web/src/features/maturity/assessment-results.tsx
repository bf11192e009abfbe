// An assessment's results: the radar against the previous assessment, each dimension's score, level
// and change, questions where respondents disagree, and the improvement steps toward the targets.
import { Badge, Button, Card, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useRaiseImprovementAction } from '../../api/pmo-charter.ts';
import type { MaturityAssessment } from '../../api/types.ts';
import { formatDate } from '../../ui/dates.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { MaturityRadar } from './maturity-radar.tsx';
import { changeText, levelLabel, radarOf, scoreText } from './maturity-view.ts';

export function AssessmentResults({ assessment }: { assessment: MaturityAssessment }) {
  const radar = radarOf(assessment);
  const disputed = assessment.result.dimensions.flatMap((d) => d.questions.filter((q) => q.disputed).map((q) => ({ ...q, dimension: d.name })));
  return (
    <Stack gap="md">
      <Title order={3}>Results</Title>
      <Text size="sm" c="dimmed">
        From {assessment.result.respondents} respondent{assessment.result.respondents === 1 ? '' : 's'}.
        {assessment.previous ? ` Compared with ${assessment.previous.code} (${formatDate(assessment.previous.openedOn)}).` : ' No earlier closed assessment to compare with.'}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder radius="md"><MaturityRadar axes={radar.axes} series={radar.series} /></Card>
        <Card withBorder radius="md" padding={0}>
          <Table aria-label="Dimensions" verticalSpacing="xs">
            <Table.Thead><Table.Tr><Table.Th>Dimension</Table.Th><Table.Th>Score</Table.Th><Table.Th>Level</Table.Th><Table.Th>Change</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {assessment.result.dimensions.map((d, i) => (
                <Table.Tr key={d.key}>
                  <Table.Td>{d.name}</Table.Td>
                  <Table.Td data-testid={`score-${d.key}`}>{scoreText(d.score)}</Table.Td>
                  <Table.Td>{levelLabel(d.level)}</Table.Td>
                  <Table.Td>{changeText(assessment.changes[i]?.change ?? null)}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={700}><Table.Td>Overall</Table.Td><Table.Td>{scoreText(assessment.result.score)}</Table.Td><Table.Td>{levelLabel(assessment.result.level)}</Table.Td><Table.Td /></Table.Tr>
            </Table.Tbody>
          </Table>
        </Card>
      </SimpleGrid>
      {disputed.length > 0 ? (
        <Card withBorder radius="md">
          <Text fw={600}>Respondents disagree on</Text>
          <List size="sm">{disputed.map((q) => <List.Item key={q.key}>{q.dimension}: {q.text} (answers from {q.lowest} to {q.highest})</List.Item>)}</List>
        </Card>
      ) : null}
      <ImprovementSteps assessment={assessment} />
    </Stack>
  );
}

/** The steps toward the targets; the PMO raises one as an action of its roadmap project, once. */
function ImprovementSteps({ assessment }: { assessment: MaturityAssessment }) {
  const raise = useRaiseImprovementAction(assessment.id);
  return (
    <Card withBorder radius="md" aria-label="Improvement steps">
      <Text fw={600} mb="xs">Improvement steps</Text>
      <ProblemAlert error={raise.error} />
      {assessment.improvementSteps.length === 0 ? <Text size="sm" c="dimmed">Nothing below its target yet{assessment.result.respondents === 0 ? ' (no answers so far)' : ''}.</Text> : (
        <List size="sm" spacing="xs">
          {assessment.improvementSteps.map((s) => (
            <List.Item key={s.questionKey}>
              <Badge variant="light" mr="xs">{scoreText(s.score)} → {s.targetLevel}</Badge>
              <b>{s.question}</b> Next: {s.nextPractice}{' '}
              {s.action ? (
                <AnchorLink to="/projects/$projectId/raid" params={{ projectId: s.action.projectId }} search={{ tab: 'actions' }} fz="sm">{s.action.code} ({s.action.status})</AnchorLink>
              ) : assessment.canEdit ? (
                <Button size="compact-xs" variant="light" loading={raise.isPending && raise.variables === s.questionKey} onClick={() => raise.mutate(s.questionKey)} aria-label={`Raise an action for ${s.questionKey}`}>Raise action</Button>
              ) : null}
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
