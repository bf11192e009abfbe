// The PMO's review of a submitted report: accept it, or send it back with a comment saying what to
// change (required; the server checks too and its 422 lands on the comment).
import { useState } from 'react';
import { Button, Card, Group, Stack, Textarea, Title } from '@mantine/core';
import { isApiProblem } from '../../api/api-problem.ts';
import { useReviewStatusReport } from '../../api/status-reports.ts';
import type { StatusReport } from '../../api/types.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

export function ReportReviewPanel({ report }: { report: StatusReport }) {
  const review = useReviewStatusReport(report.id);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);

  const decide = async (decision: 'accept' | 'send_back') => {
    setError(null);
    if (decision === 'send_back' && !comment.trim()) return setError('Say what to change before sending the report back.');
    try {
      await review.mutateAsync({ version: report.version, decision, comment: comment.trim() });
    } catch (e) {
      const field = isApiProblem(e) ? e.fieldErrors.find((f) => f.path.endsWith('comment')) : undefined;
      if (field) setError(field.message);
    }
  };

  return (
    <Card withBorder radius="md" padding="lg" role="region" aria-label="Review">
      <Title order={2} size="h4" mb="xs">Review</Title>
      <Stack gap="sm">
        <ProblemAlert error={isApiProblem(review.error) && review.error.fieldErrors.length > 0 ? null : review.error} title="The review was not recorded" />
        <Textarea label="Review comment" description="Required to send the report back: say what to change." autosize minRows={3}
          value={comment} onChange={(e) => setComment(e.currentTarget.value)} error={error} />
        <Group justify="flex-end">
          <Button variant="default" color="orange" loading={review.isPending && review.variables?.decision === 'send_back'} onClick={() => void decide('send_back')}>
            Send back
          </Button>
          <Button color="teal" loading={review.isPending && review.variables?.decision === 'accept'} onClick={() => void decide('accept')}>
            Accept
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
