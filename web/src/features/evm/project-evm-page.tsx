// A project's earned value at a status date (by default the schedule's, where progress is recorded,
// else today; the page says which): the headline figures (PV, EV, AC, variances, CPI and
// SPI in colour, the estimates, earned schedule and the forecast finish), the S-curve with its
// numbers one click away, the CPI/SPI trend, the bottom-up estimate to complete and where it comes
// from (the project's estimate, which those who plan the costs give in a dialog, or the tasks'),
// each costed task (how it earns and its estimate to complete, changed in a dialog too), and what
// keeps the figures from being whole.
import { useState } from 'react';
import { Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useProjectEvm } from '../../api/evm.ts';
import { formatDate } from '../../ui/dates.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { useFinanceRights } from '../finance/use-finance-rights.ts';
import { EvmControls } from './evm-controls.tsx';
import { EvmFigures } from './evm-figures.tsx';
import { EvmNotices } from './evm-notices.tsx';
import { EvmTaskTable } from './evm-task-table.tsx';
import { STATUS_DATE_NOTES, type EvmSearch } from './evm-view.ts';
import { SCurve } from './s-curve-chart.tsx';
import { TrendChart } from './trend-chart.tsx';
import { TaskEarningModal, type TaskEarningTarget } from './task-earning-modal.tsx';
import { ProjectEstimateCard, ProjectEstimateModal } from './project-estimate-card.tsx';

const route = getRouteApi('/_app/projects/$projectId/evm');

export function ProjectEvmPage() {
  const { projectId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  // No date picked: the server takes the schedule's status date (else today) and says which.
  const query = { ...(search.statusDate && { statusDate: search.statusDate }), period: search.period ?? 'week', eac: search.eac ?? 'cpi' } as const;
  const evm = useProjectEvm(projectId, query);
  const setSearch = (patch: Partial<EvmSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const data = evm.data;
  const { mayPlan } = useFinanceRights(projectId);
  const [editing, setEditing] = useState<TaskEarningTarget | null>(null);
  const [estimating, setEstimating] = useState(false);

  return (
    <Stack gap="md">
      <PageHeader
        title={data ? <><Text span inherit c="dimmed" ff="monospace" mr="xs">{data.projectCode}</Text>Earned value</> : 'Earned value'}
        subtitle={data ? `${data.projectName} · as of the end of ${formatDate(data.statusDate)}${STATUS_DATE_NOTES[data.statusDateSource]} · in ${data.currency}` : undefined}
        actions={<AnchorLink to="/projects/$projectId" params={{ projectId }}>Back to the project</AnchorLink>}
      />
      <EvmControls statusDate={search.statusDate ?? data?.statusDate ?? ''} period={query.period} eac={query.eac} onChange={setSearch} />
      <ProblemAlert error={evm.error} title="The earned value could not be computed" />
      {data ? (
        <>
          <EvmNotices evm={data} />
          <ProjectEstimateCard evm={data} onEdit={mayPlan ? () => setEstimating(true) : undefined} />
          <ProjectEstimateModal projectId={projectId} currency={data.currency} opened={estimating} onClose={() => setEstimating(false)} />
          {data.notAssessed ? null : (
            <>
              <EvmFigures evm={data} />
              <SCurve evm={data} />
              <TrendChart evm={data} />
              <EvmTaskTable evm={data} onEdit={mayPlan ? (t) => setEditing({ taskId: t.taskId, name: t.name }) : undefined} />
              <TaskEarningModal projectId={projectId} currency={data.currency} target={editing} onClose={() => setEditing(null)} />
            </>
          )}
        </>
      ) : evm.isPending ? <Pending label="Loading the earned value" /> : null}
    </Stack>
  );
}
