// The links between the training pages, shown under each page's header.
import { Group } from '@mantine/core';
import { AnchorLink } from '../../ui/router-links.tsx';

export function TrainingNav() {
  return (
    <Group gap="md" aria-label="Training pages">
      <AnchorLink to="/training" fz="sm">Catalogue</AnchorLink>
      <AnchorLink to="/training/needs" fz="sm">Training needs</AnchorLink>
      <AnchorLink to="/training/matrix" fz="sm">Competency matrix</AnchorLink>
    </Group>
  );
}
