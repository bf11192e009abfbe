// The intake form: anyone (but executives) raises a project request, saves it as a draft or
// submits it to the PMO. A submit the server refuses (a required field left blank) keeps the draft
// it saved and shows each problem on its field; the next save updates that draft.
import { Alert, Card, Stack } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useCreateRequest, useIntakeFields, useRequestStep, useUpdateRequest } from '../../api/requests.ts';
import type { ProjectRequest } from '../../api/types.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { fieldErrorsOf } from './problem-fields.ts';
import { RequestForm } from './request-form.tsx';
import { requestBody, requestFormValues, type RequestFormValues } from './request-form-values.ts';

export function RequestNewPage() {
  const fields = useIntakeFields();
  const create = useCreateRequest();
  const update = useUpdateRequest();
  const step = useRequestStep();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ProjectRequest | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (fields.isPending) return <Pending label="Loading the request form" />;
  const own = fields.data?.fields ?? [];

  const save = async (values: RequestFormValues, submit: boolean) => {
    setProblem(null);
    const parsed = requestBody(values, own);
    if (!parsed.ok) return setErrors({ [parsed.field]: parsed.message });
    setErrors({});
    try {
      let saved = draft ? await update.mutateAsync({ id: draft.id, version: draft.version, body: parsed.body }) : await create.mutateAsync(parsed.body);
      setDraft(saved);
      if (submit) saved = await step.mutateAsync({ id: saved.id, version: saved.version, body: { action: 'submit', comment: '' } });
      await navigate({ to: '/requests/$requestId', params: { requestId: saved.id } });
    } catch (error) {
      setProblem(error);
      setErrors(fieldErrorsOf(error));
    }
  };

  return (
    <Stack gap="md">
      <PageHeader title="New project request" subtitle="Propose a project to the PMO: the problem, what it should achieve, what it may cost and return." />
      <ProblemAlert error={fields.error} />
      {draft ? <Alert color="blue" role="status">Saved as draft {draft.code}. Fix what is marked and submit again.</Alert> : null}
      <ProblemAlert error={problem} title="The request could not be submitted" />
      <Card withBorder radius="md" padding="lg">
        <RequestForm initial={requestFormValues(null)} fields={own} busy={create.isPending || update.isPending || step.isPending} errors={errors} onSave={(v, submit) => void save(v, submit)} canSubmit />
      </Card>
    </Stack>
  );
}
