// Shown on a project's page right after it was created from a template: what was made with it
// (tasks, links, risks, documents …) and where its plan starts and finishes, with the way to them.
import { Alert, Group, Text } from '@mantine/core';
import { useCreatedFromTemplate, useDismissCreatedFromTemplate, useTemplates } from '../../api/templates.ts';
import { AnchorLink } from '../../ui/router-links.tsx';
import { formatLocal } from '../schedule/schedule-view.ts';
import { createdSummary } from './template-view.ts';

export function TemplateCreatedNotice({ projectId }: { projectId: string }) {
  const created = useCreatedFromTemplate(projectId);
  const dismiss = useDismissCreatedFromTemplate(projectId);
  const result = created.data;
  const templates = useTemplates(Boolean(result));
  if (!result) return null;
  const name = templates.data?.items.find((t) => t.key === result.template.key)?.name ?? result.template.key;
  const made = createdSummary(result);
  return (
    <Alert color="teal" title={`Created from the template “${name}”`} withCloseButton onClose={dismiss} role="status">
      <Text size="sm">Made with it: {made.length > 0 ? made.join(', ') : 'the project only'}.</Text>
      {result.schedule.start ? <Text size="sm">The plan runs {formatLocal(result.schedule.start)} → {formatLocal(result.schedule.finish)}.</Text> : null}
      <Group gap="md" mt={4}>
        <AnchorLink to="/projects/$projectId/schedule" params={{ projectId }} fz="sm">Open the schedule</AnchorLink>
        <AnchorLink to="/projects/$projectId/raid" params={{ projectId }} fz="sm">Open the RAID log</AnchorLink>
      </Group>
    </Alert>
  );
}
