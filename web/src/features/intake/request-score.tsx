// A project request's score on the default scoring model, with its breakdown: the PMO scores it
// while it is being decided (the same card as a project's), its readers see it.
import { Stack, Title } from '@mantine/core';
import { useRequestScore, useScoringModels } from '../../api/scoring.ts';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ScoreCard } from '../scoring/project-score-page.tsx';

export function RequestScore({ requestId }: { requestId: string }) {
  const score = useRequestScore(requestId);
  const models = useScoringModels();
  if (score.isPending || models.isPending) return <Pending label="Loading the score" />;
  if (score.error || models.error) return <ProblemAlert error={score.error ?? models.error} title="The score could not be shown" />;
  const model = models.data.items.find((m) => m.key === score.data.modelKey);
  if (!model) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">Scoring ({score.data.modelName})</Title>
      <ScoreCard key={score.data.version} score={score.data} model={model} />
    </Stack>
  );
}
