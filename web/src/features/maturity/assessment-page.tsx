// One maturity assessment: its respondents and who has answered, the questionnaire for a respondent
// while it is open, the results, and Close / Reopen for the PMO.
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useMaturityAssessment, useUpdateMaturityAssessment } from '../../api/maturity.ts';
import type { MaturityAssessment } from '../../api/types.ts';
import { formatDate } from '../../ui/dates.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { AssessmentResults } from './assessment-results.tsx';
import { Questionnaire } from './questionnaire.tsx';

const route = getRouteApi('/_app/maturity/$assessmentId');

export function AssessmentPage() {
  const { assessmentId } = route.useParams();
  const assessment = useMaturityAssessment(assessmentId);
  if (assessment.isPending) return <Pending label="Loading assessment" />;
  if (assessment.error) return <ProblemAlert error={assessment.error} title="This assessment could not be shown" />;
  return <AssessmentView assessment={assessment.data} reload={() => void assessment.refetch()} />;
}

function AssessmentView({ assessment, reload }: { assessment: MaturityAssessment; reload: () => void }) {
  const update = useUpdateMaturityAssessment(assessment.id);
  const move = assessment.status === 'open' ? { to: 'closed' as const, label: 'Close assessment' } : { to: 'open' as const, label: 'Reopen' };
  return (
    <Stack gap="md">
      <PageHeader
        title={<><Text span inherit c="dimmed" ff="monospace" mr="xs">{assessment.code}</Text>{assessment.title}</>}
        badges={<Badge variant="light" color={assessment.status === 'open' ? 'blue' : 'gray'}>{assessment.status}</Badge>}
        subtitle={<><AnchorLink to="/maturity" fz="sm">PMO maturity</AnchorLink> · taken {formatDate(assessment.openedOn)}</>}
        actions={assessment.canEdit ? (
          <Button variant={move.to === 'closed' ? 'filled' : 'default'} loading={update.isPending} onClick={() => update.mutate({ version: assessment.version, patch: { status: move.to } })}>{move.label}</Button>
        ) : null}
      />
      <ProblemAlert error={update.error} onReload={() => { update.reset(); reload(); }} />
      <Group gap="xs" aria-label="Respondents">
        <Text size="sm" c="dimmed">Respondents:</Text>
        {assessment.respondents.map((r) => <Badge key={r.id} variant={r.answered ? 'filled' : 'outline'} color={r.answered ? 'teal' : 'gray'}>{r.name}{r.answered ? ' ✓' : ''}</Badge>)}
      </Group>
      {assessment.canAnswer ? <Questionnaire key={assessment.version} assessment={assessment} /> : null}
      <AssessmentResults assessment={assessment} />
    </Stack>
  );
}
