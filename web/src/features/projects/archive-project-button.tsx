// Archive (with a confirmation) or restore a project: the PMO's action; it sends If-Match.
import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useSetProjectArchived } from '../../api/projects.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { Project } from '../../api/types.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

export function ArchiveProjectButton({ project }: { project: Project }) {
  const [opened, { open, close }] = useDisclosure(false);
  const setArchived = useSetProjectArchived(project.id);
  const queryClient = useQueryClient();
  const archived = Boolean(project.archivedAt);
  // What the open dialog does, fixed when it opens so its words do not flip while it closes.
  const [restoring, setRestoring] = useState(archived);

  const reload = () => {
    setArchived.reset();
    void queryClient.invalidateQueries({ queryKey: queryKeys.projects.detail(project.id) });
  };
  const confirm = () => setArchived.mutate({ version: project.version, archived: !restoring }, { onSuccess: close });
  const openDialog = () => {
    setArchived.reset();
    setRestoring(archived);
    open();
  };

  return (
    <>
      <Button variant={archived ? 'light' : 'default'} color={archived ? 'teal' : 'red'} onClick={openDialog}>
        {archived ? 'Restore' : 'Archive'}
      </Button>
      <Modal opened={opened} onClose={close} title={restoring ? `Restore ${project.code}?` : `Archive ${project.code}?`} centered>
        <Stack>
          <Text size="sm">
            {restoring
              ? 'The project comes back into the register’s lists.'
              : 'The project leaves the register’s lists (it can still be found with “Include archived”) and can be restored later.'}
          </Text>
          <ProblemAlert error={setArchived.error} onReload={reload} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button color={restoring ? 'teal' : 'red'} onClick={confirm} loading={setArchived.isPending}>
              {restoring ? 'Restore project' : 'Archive project'}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
