// The dialog that adds a stakeholder to a project or opens one: editing works on the version read
// when it opened and sends it in If-Match (a 409 says someone else changed it, with a reload), and
// "Mark inactive" takes them off the grid while keeping them on the record. Readers see it read-only.
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { stakeholderQueries, useCreateStakeholder, useStakeholder, useStakeholderGrid, useUpdateStakeholder, type Stakeholder } from '../../api/stakeholders.ts';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useEditSnapshot } from '../../ui/use-edit-snapshot.ts';
import { StakeholderForm } from './stakeholder-form.tsx';

export type StakeholderTarget = { mode: 'create' } | { mode: 'edit'; id: string; title?: string };

interface StakeholderModalProps {
  projectId: string;
  target: StakeholderTarget | null;
  mayEdit: boolean;
  onClose: () => void;
}

export function StakeholderModal({ projectId, target, mayEdit, onClose }: StakeholderModalProps) {
  // A stakeholder opened from a link comes without its name: it is read from the stakeholder itself.
  const untitled = useQuery({ ...stakeholderQueries.detail(target?.mode === 'edit' ? target.id : ''), enabled: target?.mode === 'edit' && !target.title });
  const named = untitled.data ? `${untitled.data.code} · ${untitled.data.title}` : 'Stakeholder';
  const title = !target ? '' : target.mode === 'create' ? 'Add stakeholder' : (target.title ?? named);
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="lg">
      {target?.mode === 'create' ? <CreateStakeholder projectId={projectId} onClose={onClose} /> : null}
      {target?.mode === 'edit' ? <EditStakeholder key={target.id} projectId={projectId} id={target.id} mayEdit={mayEdit} onClose={onClose} /> : null}
    </Modal>
  );
}

/** The grid's threshold for a high score, for the form's preview (3 until the grid has answered). */
function useHighFrom(projectId: string): number {
  return useStakeholderGrid(projectId).data?.highFrom ?? 3;
}

function CreateStakeholder({ projectId, onClose }: { projectId: string; onClose: () => void }) {
  const create = useCreateStakeholder(projectId);
  const highFrom = useHighFrom(projectId);
  return (
    <Stack>
      <ProblemAlert error={create.error} title="The stakeholder was not added" />
      <StakeholderForm
        mode="create"
        item={null}
        readOnly={false}
        highFrom={highFrom}
        submitting={create.isPending}
        onSubmit={async (body) => {
          await create.mutateAsync(body);
          onClose();
        }}
        onCancel={onClose}
      />
    </Stack>
  );
}

function EditStakeholder({ projectId, id, mayEdit, onClose }: { projectId: string; id: string; mayEdit: boolean; onClose: () => void }) {
  const detail = useStakeholder(id);
  const update = useUpdateStakeholder();
  const highFrom = useHighFrom(projectId);
  const { loaded, reload } = useEditSnapshot<Stakeholder>(detail);
  const restart = () => {
    update.reset();
    void reload();
  };
  if (detail.error) return <ProblemAlert error={detail.error} title="This stakeholder could not be read" />;
  if (!loaded) return <Pending label="Loading stakeholder" />;
  const save = async (patch: Parameters<typeof update.mutateAsync>[0]['patch']) => {
    await update.mutateAsync({ id, version: loaded.version, patch });
    onClose();
  };
  const inactive = loaded.status === 'inactive';
  return (
    <Stack>
      {mayEdit ? null : (
        <Alert color="gray" title="Read only">
          Only the project’s manager and team, the PMO and administrators change its stakeholders.
        </Alert>
      )}
      {inactive ? <Alert color="gray" title="Inactive">No longer a stakeholder: kept for the record, left off the grid.</Alert> : null}
      <ProblemAlert error={update.error} onReload={restart} />
      <StakeholderForm key={loaded.version} mode="edit" item={loaded} readOnly={!mayEdit} highFrom={highFrom} submitting={update.isPending} onSubmit={save} onCancel={onClose} />
      {mayEdit ? (
        <Group justify="flex-start">
          <Button variant="light" color={inactive ? 'teal' : 'gray'} loading={update.isPending} onClick={() => void save({ status: inactive ? 'active' : 'inactive' }).catch(() => undefined)}>
            {inactive ? 'Make active again' : 'Mark inactive'}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
