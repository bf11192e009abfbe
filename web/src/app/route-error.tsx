// What a page shows when its code or data fails to load: the problem, and a way to try again.
import { Button, Stack } from '@mantine/core';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { ProblemAlert } from '../ui/problem-alert.tsx';

export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const retry = () => {
    reset();
    void router.invalidate();
  };
  return (
    <Stack maw={640}>
      <ProblemAlert error={error} title="This page could not be shown" />
      <div>
        <Button variant="default" onClick={retry}>
          Try again
        </Button>
      </div>
    </Stack>
  );
}
