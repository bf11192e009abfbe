// A review's checklist grouped by area: each question with its guidance, an answer (compliant,
// partially, non-compliant, N/A) and a comment. Answers are edited on screen and saved together
// (the page sends them with If-Match, alone or with a status change); questions the server says
// are unanswered when completing are flagged.
import { Badge, Card, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import type { AnswerOutcome, QualityReview } from '../../api/types.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { RagBadge } from './quality-badges.tsx';
import { OUTCOME_LABELS } from './quality-labels.ts';
import { groupByArea, type AnswerDraft } from './quality-view.ts';

interface ReviewChecklistProps {
  review: QualityReview;
  drafts: Readonly<Record<string, AnswerDraft>>;
  editable: boolean;
  /** Question keys the server named as unanswered. */
  flagged: ReadonlySet<string>;
  onChange: (key: string, draft: AnswerDraft) => void;
}

const OUTCOMES = (Object.keys(OUTCOME_LABELS) as AnswerOutcome[]).map((value) => ({ value, label: OUTCOME_LABELS[value] }));

export function ReviewChecklist({ review, drafts, editable, flagged, onChange }: ReviewChecklistProps) {
  const areaScores = new Map(review.areas.map((a) => [a.area, a]));
  return (
    <Stack gap="md">
      {groupByArea(review.questions).map(({ area, questions }) => {
        const score = areaScores.get(area);
        return (
          <Card key={area} withBorder radius="md" padding="lg" component="section" aria-label={area}>
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h5">{area}</Title>
              {score && score.score !== null ? <Group gap={6}><Text size="sm" c="dimmed">{score.score}</Text><RagBadge rag={score.rag} /></Group> : null}
            </Group>
            <Stack gap="md">
              {questions.map((q) => {
                const draft = drafts[q.key] ?? { outcome: q.outcome, comment: q.comment };
                return (
                  <div key={q.key} data-question={q.key}>
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      <Text size="sm" fw={500}>{q.text}</Text>
                      {flagged.has(q.key) ? <Badge style={BADGE_STYLE} color="red" size="sm">Unanswered</Badge> : null}
                    </Group>
                    {q.guidance ? <Text size="xs" c="dimmed">{q.guidance}</Text> : null}
                    <Group gap="sm" mt={6} align="flex-start">
                      <SegmentedControl
                        size="xs"
                        aria-label={`Answer to ${q.text}`}
                        data={OUTCOMES}
                        value={draft.outcome ?? ''}
                        disabled={!editable}
                        onChange={(value) => onChange(q.key, { ...draft, outcome: value as AnswerOutcome })}
                      />
                      <TextInput
                        size="xs"
                        style={{ flex: 1, minWidth: 220 }}
                        aria-label={`Comment on ${q.text}`}
                        placeholder={editable ? 'Comment' : ''}
                        readOnly={!editable}
                        value={draft.comment}
                        onChange={(e) => onChange(q.key, { ...draft, comment: e.currentTarget.value })}
                      />
                    </Group>
                  </div>
                );
              })}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
