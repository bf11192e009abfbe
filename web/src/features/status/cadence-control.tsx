// The PMO's choice of how often a project reports (weekly, fortnightly, monthly), saved under
// If-Match; the current period follows it.
import { Group, NativeSelect } from '@mantine/core';
import { useSetReportingCadence } from '../../api/status-reports.ts';
import type { Cadence, ReportingSettings } from '../../api/types.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { CADENCE_LABELS } from './status-labels.ts';

export function CadenceControl({ settings }: { settings: ReportingSettings }) {
  const set = useSetReportingCadence(settings.projectId);
  return (
    <Group mt="sm" align="flex-end">
      <NativeSelect size="xs" w={180} label="Reporting cadence" disabled={set.isPending}
        data={Object.entries(CADENCE_LABELS).map(([value, label]) => ({ value, label }))}
        value={settings.cadence} onChange={(e) => set.mutate({ version: settings.version, cadence: e.currentTarget.value as Cadence })} />
      <ProblemAlert error={set.error} title="The cadence was not changed" />
    </Group>
  );
}
