// The buttons that move a change request along (submit to the board; approve, reject or defer;
// apply to the plan; withdraw), shown by its status and the reader's rights, each confirmed in a
// dialog with the comment that goes into the request's history. Steps carry If-Match; a 409 offers
// a reload and a refused step shows the server's reason.
import { useState } from 'react';
import { Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useChangeStep, type ChangeStepInput } from '../../api/change-requests.ts';
import type { ChangeDecisionBody, ChangeRequest } from '../../api/types.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { availableSteps, type ChangeRights, type ChangeStepName } from './change-view.ts';

const META: Record<ChangeStepName, { button: string; title: string; confirm: string; color?: string }> = {
  submit: { button: 'Submit', title: 'Submit to the change board', confirm: 'Submit' },
  decide: { button: 'Decide', title: 'The change board’s decision', confirm: 'Record decision' },
  apply: { button: 'Apply', title: 'Apply to the plan', confirm: 'Apply to the plan' },
  withdraw: { button: 'Withdraw', title: 'Withdraw the change request', confirm: 'Withdraw', color: 'red' },
};

interface ChangeStepsProps {
  request: ChangeRequest;
  rights: ChangeRights;
  onReload: () => void;
}

export function ChangeSteps({ request, rights, onReload }: ChangeStepsProps) {
  const [open, setOpen] = useState<ChangeStepName | null>(null);
  const steps = availableSteps(request, rights);
  if (steps.length === 0) return null;
  return (
    <>
      {steps.map((step) => (
        <Button key={step} variant={step === 'withdraw' ? 'default' : 'filled'} color={META[step].color} onClick={() => setOpen(step)}>
          {META[step].button}
        </Button>
      ))}
      <Modal opened={open !== null} onClose={() => setOpen(null)} title={open ? META[open].title : ''}>
        {open ? <StepForm key={open} step={open} request={request} onDone={() => setOpen(null)} onReload={() => { setOpen(null); onReload(); }} /> : null}
      </Modal>
    </>
  );
}

const DECISIONS = [
  { value: 'approved', label: 'Approve' },
  { value: 'rejected', label: 'Reject' },
  { value: 'deferred', label: 'Defer' },
];

function StepForm({ step, request, onDone, onReload }: { step: ChangeStepName; request: ChangeRequest; onDone: () => void; onReload: () => void }) {
  const mutation = useChangeStep(request.id);
  const [comment, setComment] = useState('');
  const [decision, setDecision] = useState<ChangeDecisionBody['decision']>('approved');
  const [missing, setMissing] = useState<string | null>(null);

  const run = () => {
    if (step === 'decide' && decision !== 'approved' && !comment.trim()) return setMissing('Say why: the requester and the decision log need the reason.');
    const input: ChangeStepInput =
      step === 'submit' ? { step: 'submit', comment } : step === 'decide' ? { step: 'decision', body: { decision, comment } } : step === 'apply' ? { step: 'apply', comment } : { step: 'withdraw' };
    mutation.mutate({ version: request.version, input }, { onSuccess: onDone });
  };

  return (
    <Stack>
      <ProblemAlert error={mutation.error} onReload={onReload} />
      {step === 'submit' ? <Text size="sm">The change board (the project’s sponsor and the PMO) will decide on {request.code}. Its content can still change until they do.</Text> : null}
      {step === 'apply' ? (
        <Text size="sm">
          The {request.scheduleEdits.length} proposed schedule {request.scheduleEdits.length === 1 ? 'edit is' : 'edits are'} made to the plan, and the plan is then saved as the next free baseline (1–10).
        </Text>
      ) : null}
      {step === 'withdraw' ? <Text size="sm">{request.code} will be closed without a decision. This cannot be undone.</Text> : null}
      {step === 'decide' ? <SegmentedControl aria-label="Decision" data={DECISIONS} value={decision} onChange={(v) => setDecision(v as ChangeDecisionBody['decision'])} /> : null}
      {step !== 'withdraw' ? (
        <Textarea
          label="Comment"
          description={step === 'decide' ? 'Required to reject or defer.' : undefined}
          autosize
          minRows={2}
          value={comment}
          error={missing}
          onChange={(e) => { setComment(e.currentTarget.value); setMissing(null); }}
        />
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone} disabled={mutation.isPending}>Cancel</Button>
        <Button color={META[step].color} onClick={run} loading={mutation.isPending}>{META[step].confirm}</Button>
      </Group>
    </Stack>
  );
}
