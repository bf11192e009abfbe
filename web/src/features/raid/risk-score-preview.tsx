// Under a risk's rating fields: the score and band the chosen levels give, before and after the
// response, so the person rating sees where the risk will land on the heat map before saving.
import { Group, Text } from '@mantine/core';
import type { RiskMatrix } from '../../api/types.ts';
import type { FormValues } from './raid-fields.ts';
import { ScoreBadge } from './raid-badges.tsx';
import { bandOfScore } from './risk-matrix-view.ts';

function Preview({ label, matrix, p, i }: { label: string; matrix: RiskMatrix; p: string | undefined; i: string | undefined }) {
  const probability = p ? Number(p) : null;
  const impact = i ? Number(i) : null;
  const score = probability !== null && impact !== null ? probability * impact : null;
  return (
    <Group gap={6}>
      <Text span size="sm" c="dimmed">
        {label}
      </Text>
      <ScoreBadge matrix={matrix} probability={probability} impact={impact} score={score} band={score === null ? null : bandOfScore(matrix, score)?.key ?? null} />
    </Group>
  );
}

export function RiskScorePreview({ matrix, values }: { matrix: RiskMatrix | undefined; values: FormValues }) {
  if (!matrix) return null;
  return (
    <Group gap="xl" mt="sm" aria-live="polite" data-testid="score-preview">
      <Preview label="Score" matrix={matrix} p={values.probability} i={values.impact} />
      <Preview label="Residual score" matrix={matrix} p={values.residualProbability} i={values.residualImpact} />
    </Group>
  );
}
