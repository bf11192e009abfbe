// What a page shows while its data or code loads, and when the route does not exist.
import { Center, Loader, Stack, Text, Title } from '@mantine/core';
import { AnchorLink } from './router-links.tsx';

export function Pending({ label = 'Loading…' }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="sm" aria-label={label} />
    </Center>
  );
}

export function NotFound() {
  return (
    <Stack align="center" py="xl">
      <Title order={1} size="h2">
        Page not found
      </Title>
      <Text c="dimmed">There is nothing at this address.</Text>
      <AnchorLink to="/">Go to the dashboard</AnchorLink>
    </Stack>
  );
}
