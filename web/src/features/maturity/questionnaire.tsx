// The questionnaire of an open assessment for one of its respondents: per dimension, each question
// with its five levels described, to pick the one that looks like today's practice (or "Don't
// know"). Answers are kept on screen until "Save answers", which replaces the respondent's earlier
// ones; questions left unanswered are counted so nothing is skipped by accident.
import { useState } from 'react';
import { Alert, Button, Card, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useAnswerMaturityAssessment } from '../../api/maturity.ts';
import type { MaturityAssessment } from '../../api/types.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { answerOf, answersOnScreen, choiceOf, LEVEL_NAMES, unansweredQuestions, type Answers } from './maturity-view.ts';

export function Questionnaire({ assessment }: { assessment: MaturityAssessment }) {
  const answer = useAnswerMaturityAssessment(assessment.id);
  const [edits, setEdits] = useState<Answers>({});
  const answers = answersOnScreen(assessment.myAnswers, edits);
  const left = unansweredQuestions(assessment, answers);
  const edited = Object.keys(edits).length > 0;

  return (
    <Stack gap="md" aria-label="Questionnaire">
      <Title order={3}>Your answers</Title>
      <Text size="sm" c="dimmed">For each question pick the description that matches how things are done today, not how they should be.</Text>
      {assessment.model.dimensions.map((d) => (
        <Card key={d.key} withBorder radius="md">
          <Title order={4} mb="xs">{d.name}</Title>
          <Stack gap="lg">
            {d.questions.map((q) => (
              <Radio.Group
                key={q.key}
                name={q.key}
                label={q.text}
                value={choiceOf(answers, q.key)}
                onChange={(choice) => setEdits((e) => ({ ...e, [q.key]: answerOf(choice) }))}
              >
                <Stack gap={6} mt="xs">
                  {q.levels.map((description, i) => (
                    <Radio key={i} value={String(i + 1)} label={<Text size="sm"><b>{i + 1} · {LEVEL_NAMES[i]}</b> — {description}</Text>} />
                  ))}
                  <Radio value="unknown" label={<Text size="sm" c="dimmed">Don't know</Text>} />
                </Stack>
              </Radio.Group>
            ))}
          </Stack>
        </Card>
      ))}
      <ProblemAlert error={answer.error} />
      {answer.isSuccess && !edited ? <Alert color="green" title="Answers saved">The scores below include them.</Alert> : null}
      <Group justify="space-between">
        <Text size="sm" c={left.length > 0 ? 'orange.8' : 'dimmed'}>{left.length > 0 ? `${left.length} question${left.length === 1 ? '' : 's'} not answered yet` : 'Every question answered'}</Text>
        <Button disabled={!edited} loading={answer.isPending} onClick={() => answer.mutate(answers, { onSuccess: () => setEdits({}) })}>Save answers</Button>
      </Group>
    </Stack>
  );
}
