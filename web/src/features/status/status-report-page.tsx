// One status report: its RAG tiles, narrative and evidence. Its manager (and the PMO) write it while
// it is a draft or sent back; submitted and reviewed reports are read-only and show the figures
// frozen at submission. A sent-back report shows the PMO's comment first; the PMO reviews here.
// Below it, the report's comment thread.
import { Alert, Badge, Grid, Stack, Table, Text, Title, Card } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useStatusReport } from '../../api/status-reports.ts';
import type { StatusReport } from '../../api/types.ts';
import { formatDate, formatInstant } from '../../ui/dates.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ButtonLink } from '../../ui/router-links.tsx';
import { CommentThread } from '../comments/comment-thread.tsx';
import { RagBadge } from './rag-badge.tsx';
import { ReportFigures } from './report-figures.tsx';
import { ReportForm } from './report-form.tsx';
import { ReportReviewPanel } from './report-review-panel.tsx';
import { REPORT_STATUSES } from './status-labels.ts';

const route = getRouteApi('/_app/status-reports/$reportId');

const ACTIONS = { create: 'Started', submit: 'Submitted', accept: 'Accepted', send_back: 'Sent back' } as const;

export function StatusReportPage() {
  const { reportId } = route.useParams();
  const report = useStatusReport(reportId);
  if (report.isPending) return <Pending label="Loading status report" />;
  if (report.error) return <ProblemAlert error={report.error} title="This status report could not be shown" />;
  return <StatusReportView report={report.data} />;
}

function StatusReportView({ report }: { report: StatusReport }) {
  const status = REPORT_STATUSES[report.status];
  return (
    <Stack gap="md">
      <PageHeader
        title={<><Text span inherit c="dimmed" ff="monospace" mr="xs">{report.code}</Text>Status report</>}
        badges={<>
          <Badge color={status.color} variant="light" data-testid="report-status">{status.label}</Badge>
          <RagBadge colour={report.rag.overall.effective} prefix="Overall" />
        </>}
        subtitle={`${report.projectCode} · ${report.projectName} — ${formatDate(report.periodStart)} to ${formatDate(report.periodEnd)}`}
        actions={<ButtonLink to="/projects/$projectId/status" params={{ projectId: report.projectId }} variant="default">Project status</ButtonLink>}
      />
      {report.status === 'sent_back' && report.reviewComment ? (
        <Alert color="orange" title="Sent back by the PMO" role="alert" data-testid="review-comment">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{report.reviewComment}</Text>
          <Text size="xs" c="dimmed" mt={4}>{formatInstant(report.reviewedAt)} — change the report and submit it again.</Text>
        </Alert>
      ) : null}
      {report.status === 'reviewed' ? (
        <Alert color="teal" title="Accepted by the PMO">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{report.reviewComment || 'No comment.'}</Text>
        </Alert>
      ) : null}
      <Text size="sm" c="dimmed" data-testid="figures-as-of">
        {report.live ? `Live figures, read ${formatInstant(report.figures.asOf)}; they freeze when the report is submitted.` : `Figures as of ${formatInstant(report.figures.asOf)} (frozen at submission).`}
      </Text>
      <Grid>
        <Grid.Col span={{ base: 12, xl: report.canReview ? 8 : 12 }}>
          <ReportForm key={`${report.id}:${report.version}`} report={report} />
        </Grid.Col>
        {report.canReview ? (
          <Grid.Col span={{ base: 12, xl: 4 }}>
            <ReportReviewPanel key={report.version} report={report} />
          </Grid.Col>
        ) : null}
      </Grid>
      <Title order={2} size="h4">Evidence</Title>
      <ReportFigures figures={report.figures} />
      <Card withBorder radius="md" padding="md">
        <Title order={3} size="h5" mb="xs">History</Title>
        <Table aria-label="Report history" fz="sm" verticalSpacing={4}>
          <Table.Tbody>
            {report.history.map((h, i) => (
              <Table.Tr key={i}>
                <Table.Td w={180}>{formatInstant(h.at)}</Table.Td>
                <Table.Td w={110}>{ACTIONS[h.action]}</Table.Td>
                <Table.Td w={180}>{h.actorName}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{h.comment}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <CommentThread projectId={report.projectId} subjectType="status_report" subjectId={report.id} />
    </Stack>
  );
}
