// The headline figures of a project's earned value: what was budgeted, planned, earned and spent,
// the variances and indices (CPI and SPI in red, amber or green), the estimates at completion by
// the chosen method, the to-complete indices, and earned schedule with its forecast finish.
import { Card, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ProjectEvm } from '../../api/types.ts';
import { formatDate } from '../../ui/dates.ts';
import { EAC_LABELS, formatPeriods, formatRatio, money } from './evm-view.ts';
import { IndexBadge } from './index-badge.tsx';

interface Line {
  key: string;
  label: string;
  value: ReactNode;
  /** A negative variance reads red. */
  negative?: boolean;
}

function FigureCard({ title, lines, note }: { title: string; lines: Line[]; note?: string }) {
  return (
    <Card withBorder radius="md" padding="sm" component="section" aria-label={title}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>{title}</Text>
      <Stack gap={2}>
        {lines.map((l) => (
          <div key={l.key} data-figure={l.key} style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'center' }}>
            <Text size="sm" c="dimmed">{l.label}</Text>
            <Text size="sm" fw={600} c={l.negative ? 'red.7' : undefined} component="div">{l.value}</Text>
          </div>
        ))}
      </Stack>
      {note ? <Text size="xs" c="dimmed" mt={4}>{note}</Text> : null}
    </Card>
  );
}

export function EvmFigures({ evm }: { evm: ProjectEvm }) {
  const { amounts: a, indices: i, schedule: s, currency } = evm;
  const m = (v: number | null) => money(v, currency);
  const neg = (v: number | null) => v !== null && v < 0;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm">
      <FigureCard title="Budget at completion" lines={[{ key: 'bac', label: 'BAC', value: m(a.bac) }]} note="Baseline 0’s task costs." />
      <FigureCard title="Planned value" lines={[{ key: 'pv', label: 'PV', value: m(a.pv) }]} note="Work scheduled by the status date." />
      <FigureCard title="Earned value" lines={[{ key: 'ev', label: 'EV', value: m(a.ev) }]} note="Budget of the work done." />
      <FigureCard title="Actual cost" lines={[{ key: 'ac', label: 'AC', value: m(a.ac) }]} note="Approved hours, expenses and invoices." />
      <FigureCard title="Variances" lines={[
        { key: 'cv', label: 'CV', value: m(i.cv), negative: neg(i.cv) },
        { key: 'sv', label: 'SV', value: m(i.sv), negative: neg(i.sv) },
      ]} />
      <FigureCard title="Performance" lines={[
        { key: 'cpi', label: 'CPI', value: <IndexBadge label="CPI" value={i.cpi} /> },
        { key: 'spi', label: 'SPI', value: <IndexBadge label="SPI" value={i.spi} /> },
      ]} />
      <FigureCard title="Estimates" note={`EAC = ${EAC_LABELS[i.eacMethod]}.`} lines={[
        { key: 'eac', label: 'EAC', value: m(i.eac) },
        { key: 'etc', label: 'ETC', value: m(i.etc) },
        { key: 'vac', label: 'VAC', value: m(i.vac), negative: neg(i.vac) },
      ]} />
      <FigureCard title="To-complete index" note="The CPI the remaining work needs." lines={[
        { key: 'tcpi-bac', label: 'TCPI to BAC', value: formatRatio(i.tcpiToBac) },
        { key: 'tcpi-eac', label: 'TCPI to EAC', value: formatRatio(i.tcpiToEac) },
      ]} />
      <FigureCard title="Earned schedule" lines={[
        { key: 'es', label: 'ES', value: s ? formatPeriods(s.es, s.period) : '—' },
        { key: 'sv-t', label: 'SV(t)', value: s ? formatPeriods(s.svT, s.period) : '—', negative: neg(s?.svT ?? null) },
        { key: 'spi-t', label: 'SPI(t)', value: <IndexBadge label="SPI(t)" value={s?.spiT ?? null} /> },
      ]} note={s ? `Actual time ${formatPeriods(s.at, s.period)} of ${formatPeriods(s.pd, s.period)} planned.` : undefined} />
      <FigureCard title="Forecast" lines={[
        { key: 'ieac-t', label: 'IEAC(t)', value: s ? formatPeriods(s.ieacT, s.period) : '—' },
        { key: 'forecast-finish', label: 'Finish', value: formatDate(s?.forecastFinish) },
      ]} note="Planned duration ÷ SPI(t), from the baseline start." />
    </SimpleGrid>
  );
}
