// Shows a failed request the way every screen should: the server's words, a plain "reload" for a
// version conflict, and a clear line for "you may not do this".
import { Alert, Button, Group, Text } from '@mantine/core';
import { describeProblem, isApiProblem } from '../api/api-problem.ts';

interface ProblemAlertProps {
  error: unknown;
  title?: string;
  /** Offered on a version conflict: reload the record (losing unsaved edits). */
  onReload?: () => void;
}

export function ProblemAlert({ error, title, onReload }: ProblemAlertProps) {
  if (!error) return null;
  const conflict = isApiProblem(error) && error.code === 'version_conflict';
  const heading = title ?? (conflict ? 'Changed by someone else' : isApiProblem(error) && error.status === 403 ? 'Not allowed' : 'Something went wrong');
  return (
    <Alert color={conflict ? 'yellow' : 'red'} title={heading} role="alert">
      <Text size="sm">{describeProblem(error)}</Text>
      {conflict && onReload ? (
        <Group mt="sm">
          <Button size="xs" variant="white" color="yellow" onClick={onReload}>
            Reload
          </Button>
        </Group>
      ) : null}
    </Alert>
  );
}
