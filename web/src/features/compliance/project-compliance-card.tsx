// The "Compliance" section of a project's overview: its breaches of the PMO's policies, each with
// a link to put it right, and a way to the portfolio-wide view.
import { Badge, Card, Group, Title } from '@mantine/core';
import { useCompliance } from '../../api/compliance.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { BreachList } from './breach-list.tsx';
import { STATE_META } from './compliance-view.ts';

export function ProjectComplianceCard({ projectId }: { projectId: string }) {
  const compliance = useCompliance({ projectId });
  const project = compliance.data?.projects.find((p) => p.projectId === projectId);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label="Compliance">
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <Title order={2} size="h4">Compliance</Title>
          {project ? <Badge style={BADGE_STYLE} color={STATE_META[project.state].color} variant="light">{STATE_META[project.state].label}</Badge> : null}
        </Group>
        <AnchorLink to="/compliance" fz="sm">All projects</AnchorLink>
      </Group>
      <ProblemAlert error={compliance.error} title="Compliance could not be read" />
      {compliance.isPending ? <Pending label="Loading compliance" /> : null}
      {project ? <BreachList breaches={project.breaches} label="Policy breaches" /> : null}
    </Card>
  );
}
