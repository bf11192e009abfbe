// The buttons that move a request on (submit, screen, ask for a business case, reject, defer,
// re-open, withdraw) — those the server says the reader may take now — each confirmed in a dialog
// with the comment that goes into the request's history. Approving has its own panel.
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useRequestStep } from '../../api/requests.ts';
import type { ProjectRequest, RequestAction } from '../../api/types.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ACTION_LABELS, NEEDS_REASON } from './request-view.ts';

type Step = Exclude<RequestAction, 'approve'>;

export function RequestSteps({ request, size = 'sm', onReload }: { request: ProjectRequest; size?: 'xs' | 'sm'; onReload?: () => void }) {
  const [open, setOpen] = useState<Step | null>(null);
  const steps = request.actions.filter((a): a is Step => a !== 'approve');
  if (steps.length === 0) return null;
  return (
    <>
      <Group gap="xs">
        {steps.map((step) => (
          <Button key={step} size={size} variant={step === 'withdraw' || step === 'reject' ? 'default' : 'light'} color={step === 'reject' ? 'red' : undefined} onClick={() => setOpen(step)} aria-label={`${ACTION_LABELS[step]} ${request.code}`}>
            {ACTION_LABELS[step]}
          </Button>
        ))}
      </Group>
      <Modal opened={open !== null} onClose={() => setOpen(null)} title={open ? `${ACTION_LABELS[open]}: ${request.code}` : ''}>
        {open ? <StepForm step={open} request={request} onDone={() => setOpen(null)} onReload={() => { setOpen(null); onReload?.(); }} /> : null}
      </Modal>
    </>
  );
}

function StepForm({ step, request, onDone, onReload }: { step: Step; request: ProjectRequest; onDone: () => void; onReload: () => void }) {
  const mutation = useRequestStep();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const run = () => {
    if (NEEDS_REASON.has(step) && !comment.trim()) return setMissing('Say why: the requester and the record need the reason.');
    mutation.mutate({ id: request.id, version: request.version, body: { action: step, comment } }, { onSuccess: onDone });
  };
  return (
    <Stack>
      <ProblemAlert error={mutation.error} onReload={onReload} />
      <Text size="sm">{request.title}</Text>
      <Textarea label="Comment" description={NEEDS_REASON.has(step) ? 'Required: why.' : 'Kept on the request’s history.'} autosize minRows={2} value={comment} error={missing} onChange={(e) => { setComment(e.currentTarget.value); setMissing(null); }} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>Cancel</Button>
        <Button loading={mutation.isPending} onClick={run}>{ACTION_LABELS[step]}</Button>
      </Group>
    </Stack>
  );
}
