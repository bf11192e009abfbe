// The dialog that adds an item to a project's communication plan or opens one: editing works on the
// version read when it opened and sends it in If-Match (a 409 says someone else changed it, with a
// reload). Readers see the item read-only.
import { Alert, Modal, Stack } from '@mantine/core';
import { useCommunication, useCreateCommunication, useUpdateCommunication, type Communication } from '../../api/communications.ts';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useEditSnapshot } from '../../ui/use-edit-snapshot.ts';
import { CommunicationForm } from './communication-form.tsx';

export type CommunicationTarget = { mode: 'create' } | { mode: 'edit'; id: string; title: string };

interface CommunicationModalProps {
  projectId: string;
  target: CommunicationTarget | null;
  mayEdit: boolean;
  onClose: () => void;
}

export function CommunicationModal({ projectId, target, mayEdit, onClose }: CommunicationModalProps) {
  const title = !target ? '' : target.mode === 'create' ? 'Add to the communication plan' : target.title;
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="lg">
      {target?.mode === 'create' ? <CreateCommunication projectId={projectId} onClose={onClose} /> : null}
      {target?.mode === 'edit' ? <EditCommunication key={target.id} projectId={projectId} id={target.id} mayEdit={mayEdit} onClose={onClose} /> : null}
    </Modal>
  );
}

function CreateCommunication({ projectId, onClose }: { projectId: string; onClose: () => void }) {
  const create = useCreateCommunication(projectId);
  return (
    <Stack>
      <ProblemAlert error={create.error} title="The item was not added" />
      <CommunicationForm
        mode="create"
        item={null}
        projectId={projectId}
        readOnly={false}
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

function EditCommunication({ projectId, id, mayEdit, onClose }: { projectId: string; id: string; mayEdit: boolean; onClose: () => void }) {
  const detail = useCommunication(id);
  const update = useUpdateCommunication();
  const { loaded, reload } = useEditSnapshot<Communication>(detail);
  if (detail.error) return <ProblemAlert error={detail.error} title="This item could not be read" />;
  if (!loaded) return <Pending label="Loading the item" />;
  return (
    <Stack>
      {mayEdit ? null : (
        <Alert color="gray" title="Read only">
          Only the project’s manager and team, the PMO and administrators change its communication plan.
        </Alert>
      )}
      <ProblemAlert
        error={update.error}
        onReload={() => {
          update.reset();
          void reload();
        }}
      />
      <CommunicationForm
        key={loaded.version}
        mode="edit"
        item={loaded}
        projectId={projectId}
        readOnly={!mayEdit}
        submitting={update.isPending}
        onSubmit={async (patch) => {
          await update.mutateAsync({ id, version: loaded.version, patch });
          onClose();
        }}
        onCancel={onClose}
      />
    </Stack>
  );
}
