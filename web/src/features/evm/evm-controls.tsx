// The earned-value page's controls: the status date (figures as of the end of that day), the
// length of the S-curve's and earned schedule's periods, and how EAC is estimated. They edit the
// URL, so a view of the figures can be shared as a link.
import { Group, Select, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { EacMethod, EvmPeriod } from '../../api/types.ts';
import { EAC_LABELS, EAC_METHODS, PERIOD_LABELS, PERIODS } from './evm-view.ts';

interface EvmControlsProps {
  statusDate: string;
  period?: EvmPeriod;
  eac?: EacMethod;
  onChange: (patch: { statusDate?: string; period?: EvmPeriod; eac?: EacMethod }) => void;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function EvmControls({ statusDate, period, eac, onChange }: EvmControlsProps) {
  return (
    <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label="Earned value as of">
      <TextInput type="date" label="Status date" value={statusDate} w={170}
        onChange={(e) => ISO_DATE.test(e.currentTarget.value) && onChange({ statusDate: e.currentTarget.value })} />
      {period !== undefined ? (
        <Stack gap={4}>
          <Text size="sm" fw={500} id="evm-period-label">Periods</Text>
          <SegmentedControl value={period} aria-labelledby="evm-period-label" onChange={(v) => onChange({ period: PERIODS.find((p) => p === v) ?? 'week' })}
            data={PERIODS.map((p) => ({ value: p, label: PERIOD_LABELS[p].option }))} />
        </Stack>
      ) : null}
      {eac !== undefined ? (
        <Select label="EAC method" w={300} allowDeselect={false} value={eac} data={EAC_METHODS.map((m) => ({ value: m, label: EAC_LABELS[m] }))}
          onChange={(v) => onChange({ eac: EAC_METHODS.find((m) => m === v) ?? 'cpi' })} />
      ) : null}
    </Group>
  );
}
