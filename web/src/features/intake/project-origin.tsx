// On a project's page: the project request it came from, if it was approved from one.
import { Text } from '@mantine/core';
import { useProjectOrigin } from '../../api/requests.ts';
import { AnchorLink } from '../../ui/router-links.tsx';

export function ProjectOrigin({ projectId }: { projectId: string }) {
  const origin = useProjectOrigin(projectId);
  if (!origin.data) return null;
  return (
    <Text size="sm" mb="sm">
      From project request{' '}
      <AnchorLink to="/requests/$requestId" params={{ requestId: origin.data.id }}>{origin.data.code} · {origin.data.title}</AnchorLink>
    </Text>
  );
}
