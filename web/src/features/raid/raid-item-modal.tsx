// The dialog that adds a RAID item to a project or opens one to change it. Editing works on the
// version read when the dialog opened (a background refetch never swaps it under the user's edits)
// and sends it in If-Match; on a 409 it says someone else changed the item and offers a reload.
// A risk also shows its score history and "the risk happened → raise an issue"; risks and issues
// have their comment thread below.
import { Alert, Divider, Modal, Stack } from '@mantine/core';
import { useCreateRaidItem, useRaidItem, useRiskMatrix, useUpdateRaidItem } from '../../api/raid.ts';
import type { Issue, RaidItem, RaidKind, Risk } from '../../api/types.ts';
import { Pending } from '../../ui/pending.tsx';
import { CommentThread } from '../comments/comment-thread.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useEditSnapshot } from '../../ui/use-edit-snapshot.ts';
import { RaidItemForm } from './raid-item-form.tsx';
import { RAID_KIND_META } from './raid-labels.ts';
import { RiskHistory } from './risk-history.tsx';
import { RiskOccurred } from './risk-occurred.tsx';
import { useMayContribute } from './use-may-contribute.ts';

/** What the dialog shows: a new item of a project's log, or an existing item. */
export type RaidTarget = { mode: 'create'; projectId: string } | { mode: 'edit'; projectId: string; id: string; title: string };

interface RaidItemModalProps {
  kind: RaidKind;
  target: RaidTarget | null;
  onClose: () => void;
  /** An issue was raised from a risk that happened. */
  onIssueRaised?: (issue: Issue, risk: Risk) => void;
}

export function RaidItemModal({ kind, target, onClose, onIssueRaised }: RaidItemModalProps) {
  const noun = RAID_KIND_META[kind].noun;
  // An item opened from a link comes without its title: it is read from the item itself.
  const untitled = useRaidItem(kind, target?.mode === 'edit' && !target.title ? target.id : null);
  const named = untitled.data ? `${untitled.data.code} · ${untitled.data.title}` : `Loading ${noun}…`;
  const title = !target ? '' : target.mode === 'create' ? `Add ${noun}` : target.title || named;
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size={kind === 'risks' ? 'xl' : 'lg'}>
      {target?.mode === 'create' ? <CreateItem kind={kind} projectId={target.projectId} onClose={onClose} /> : null}
      {target?.mode === 'edit' ? (
        <EditItem key={target.id} kind={kind} id={target.id} projectId={target.projectId} onClose={onClose} onIssueRaised={onIssueRaised} />
      ) : null}
    </Modal>
  );
}

function CreateItem({ kind, projectId, onClose }: { kind: RaidKind; projectId: string; onClose: () => void }) {
  const create = useCreateRaidItem(kind, projectId);
  const matrix = useRiskMatrix();
  return (
    <Stack>
      <ProblemAlert error={create.error} title={`The ${RAID_KIND_META[kind].noun} was not added`} />
      <RaidItemForm
        kind={kind}
        mode="create"
        item={null}
        projectId={projectId}
        matrix={matrix.data}
        readOnly={false}
        submitting={create.isPending}
        onSubmit={async (body) => {
          await create.mutateAsync(body as never);
          onClose();
        }}
        onCancel={onClose}
      />
    </Stack>
  );
}

interface EditItemProps {
  kind: RaidKind;
  id: string;
  projectId: string;
  onClose: () => void;
  onIssueRaised: RaidItemModalProps['onIssueRaised'];
}

function EditItem({ kind, id, projectId, onClose, onIssueRaised }: EditItemProps) {
  const detail = useRaidItem(kind, id);
  const update = useUpdateRaidItem(kind);
  const matrix = useRiskMatrix();
  const mayEdit = useMayContribute(projectId);
  const snapshot = useEditSnapshot<RaidItem>(detail);
  const loaded = snapshot.loaded;
  const reload = async () => {
    update.reset();
    await snapshot.reload();
  };

  if (detail.error) return <ProblemAlert error={detail.error} title="This item could not be read" />;
  if (!loaded) return <Pending label="Loading" />;
  const risk = kind === 'risks' ? (loaded as Risk) : null;

  return (
    <Stack>
      {mayEdit ? null : (
        <Alert color="gray" title="Read only">
          Only the project’s manager and team, the PMO and administrators change its logs.
        </Alert>
      )}
      <ProblemAlert error={update.error} onReload={() => void reload()} />
      <RaidItemForm
        key={loaded.version}
        kind={kind}
        mode="edit"
        item={loaded}
        projectId={projectId}
        matrix={matrix.data}
        readOnly={!mayEdit}
        submitting={update.isPending}
        onSubmit={async (patch) => {
          await update.mutateAsync({ id, version: loaded.version, patch: patch as never });
          onClose();
        }}
        onCancel={onClose}
      />
      {risk ? (
        <>
          <Divider />
          {mayEdit && risk.status === 'open' ? (
            <RiskOccurred
              key={risk.version}
              risk={risk}
              onReload={() => void reload()}
              onRaised={(issue) => {
                onIssueRaised?.(issue, risk);
                onClose();
              }}
            />
          ) : null}
          <RiskHistory riskId={risk.id} />
        </>
      ) : null}
      {kind === 'risks' || kind === 'issues' ? (
        <>
          <Divider />
          <CommentThread projectId={projectId} subjectType={kind === 'risks' ? 'risk' : 'issue'} subjectId={id} framed={false} />
        </>
      ) : null}
    </Stack>
  );
}
