// "Guidance for this phase/gate": the PMO's published articles linked to the phase a project is in
// (or the one a gate review ends) and to the gate ending it, shown where people work.
import { Card, Stack, Text, Title } from '@mantine/core';
import { useProjectGuidance } from '../../api/knowledge.ts';
import type { ArticleSummary } from '../../api/types.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { KIND_LABELS } from './knowledge-view.ts';

function ArticleLinks({ heading, articles }: { heading: string; articles: readonly ArticleSummary[] }) {
  if (articles.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>{heading}</Text>
      {articles.map((a) => (
        <Text size="sm" key={a.id}>
          <AnchorLink to="/knowledge/$articleId" params={{ articleId: a.id }}>{a.title}</AnchorLink>
          <Text span c="dimmed" size="xs"> · {KIND_LABELS[a.kind]}</Text>
        </Text>
      ))}
    </Stack>
  );
}

export function GuidanceCard({ projectId, phaseKey }: { projectId: string; phaseKey?: string }) {
  const guidance = useProjectGuidance(projectId, phaseKey);
  const g = guidance.data;
  return (
    <Card withBorder radius="md" padding="lg" aria-label="Guidance">
      <Stack gap="sm">
        <Title order={2} size="h4">Guidance</Title>
        <ProblemAlert error={guidance.error} />
        {g ? (
          g.phase.length === 0 && g.gate.length === 0 ? (
            <Text size="sm" c="dimmed">The PMO has linked no guidance to the {g.phaseName} phase{g.gateName ? ` or ${g.gateName}` : ''} yet.</Text>
          ) : (
            <>
              <ArticleLinks heading={`For the ${g.phaseName} phase`} articles={g.phase} />
              {g.gateName ? <ArticleLinks heading={`For ${g.gateName}`} articles={g.gate} /> : null}
            </>
          )
        ) : null}
      </Stack>
    </Card>
  );
}
