// The editable body of an open report: the RAG tiles with their override controls, and the
// narrative (Markdown textareas), saved together under If-Match. Submitting saves pending edits
// first, then asks to confirm, since a submitted report is frozen. Read-only once submitted.
import { Alert, Button, Group, Modal, SimpleGrid, Stack, Text, Textarea, Title, Card } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { isApiProblem } from '../../api/api-problem.ts';
import { useStatusReport, useSubmitStatusReport, useUpdateStatusReport } from '../../api/status-reports.ts';
import type { StatusReport } from '../../api/types.ts';
import { applyProblemToForm } from '../../ui/form-problems.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { RagTile } from './rag-tile.tsx';
import { NARRATIVE_FIELDS, reportFieldOf, reportFormValues, toReportPatch, type ReportFormValues } from './report-form-values.ts';

/** The error for the form's alert, unless its messages already sit on the fields they name. */
const unplaced = (error: unknown) =>
  isApiProblem(error) && error.fieldErrors.some((f) => reportFieldOf(f.path.replace(/^body\./, '')) !== null) ? null : error;

export function ReportForm({ report }: { report: StatusReport }) {
  const editable = report.canEdit;
  const update = useUpdateStatusReport(report.id);
  const submit = useSubmitStatusReport(report.id);
  const detail = useStatusReport(report.id);
  const [confirming, confirm] = useDisclosure(false);
  const form = useForm<ReportFormValues>({ initialValues: reportFormValues(report) });

  /** Saves the form; the new report remounts this form (keyed by version). Null when refused. */
  const save = async (values: ReportFormValues): Promise<StatusReport | null> => {
    try {
      return await update.mutateAsync({ version: report.version, patch: toReportPatch(values) });
    } catch (error) {
      applyProblemToForm(form, error, reportFieldOf);
      return null;
    }
  };
  const onSubmitReport = async () => {
    confirm.close();
    let version = report.version;
    if (form.isDirty()) {
      const saved = await save(form.values);
      if (!saved) return;
      version = saved.version;
    }
    try {
      await submit.mutateAsync({ version });
    } catch (error) {
      applyProblemToForm(form, error, reportFieldOf);
    }
  };
  const reload = () => void detail.refetch().then(() => (update.reset(), submit.reset()));

  return (
    <form onSubmit={form.onSubmit((v) => void save(v))} noValidate aria-label="Status report">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          {[report.rag.overall, ...report.rag.dimensions].map((line) => (
            <RagTile key={line.key} line={line} form={editable ? form : undefined} />
          ))}
        </SimpleGrid>
        <Card withBorder radius="md" padding="lg">
          <Title order={2} size="h4" mb="xs">Narrative</Title>
          <Stack gap="sm">
            {NARRATIVE_FIELDS.map((f) =>
              editable ? (
                <Textarea key={f.key} label={f.label} description={f.description} autosize minRows={f.key === 'summary' ? 3 : 2} maxRows={16} {...form.getInputProps(f.key)} />
              ) : (
                <div key={f.key}>
                  <Text size="sm" fw={500}>{f.label}</Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={report[f.key] ? undefined : 'dimmed'} data-field={f.key}>{report[f.key] || 'Nothing written.'}</Text>
                </div>
              ),
            )}
          </Stack>
        </Card>
        {editable ? (
          <>
            <ProblemAlert error={unplaced(update.error ?? submit.error)} title={submit.error ? 'The report was not submitted' : 'The report was not saved'} onReload={reload} />
            <Group justify="flex-end">
              <Button type="submit" variant="default" loading={update.isPending} disabled={!form.isDirty()}>Save</Button>
              <Button onClick={confirm.open} loading={submit.isPending}>Submit report</Button>
            </Group>
          </>
        ) : null}
      </Stack>
      <Modal opened={confirming} onClose={confirm.close} title="Submit this report?">
        <Stack>
          <Alert color="blue">Submitting freezes the figures and colours as they are now and sends the report to the PMO for review. You can no longer change it unless the PMO sends it back.</Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>Cancel</Button>
            <Button onClick={() => void onSubmitReport()}>Submit</Button>
          </Group>
        </Stack>
      </Modal>
    </form>
  );
}
