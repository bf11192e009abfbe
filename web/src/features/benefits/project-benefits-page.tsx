// A project's benefits tab: each benefit with its measure from baseline to target, its realisation
// bar, status with the reasons, owner, the next or overdue measurement and the measurements so
// far; the money totals planned against realised. Those who keep a benefit (the project's
// manager while it runs, the PMO, the benefit's owner even after closure) record measurements
// and change it; the server says per benefit whether you may (`editable`).
import { useState } from 'react';
import { ActionIcon, Alert, Badge, Button, Card, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useDeleteMeasurement, useProjectBenefits, type Benefit, type ProjectBenefits } from '../../api/benefits.ts';
import { useProject } from '../../api/projects.ts';
import { formatDate } from '../../ui/dates.ts';
import { formatMoney } from '../../ui/money.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AnchorLink } from '../../ui/router-links.tsx';
import { BenefitModal, MeasurementModal, type BenefitTarget } from './benefit-modals.tsx';
import { barValue, formatBenefitValue, formatPct, STATUS_META } from './benefit-view.ts';
import { TotalTiles } from './total-tiles.tsx';

const route = getRouteApi('/_app/projects/$projectId/benefits');

export function ProjectBenefitsPage() {
  const { projectId } = route.useParams();
  const project = useProject(projectId);
  const benefits = useProjectBenefits(projectId);
  const [editing, setEditing] = useState<BenefitTarget | null>(null);
  const [measuring, setMeasuring] = useState<Benefit | null>(null);
  if (project.error || benefits.error) return <ProblemAlert error={project.error ?? benefits.error} title="The benefits could not be shown" />;
  if (!project.data || !benefits.data) return <Pending label="Loading benefits" />;
  const data = benefits.data;
  return (
    <Stack gap="md">
      <PageHeader
        title={<>Benefits <Text span c="dimmed" inherit>· {project.data.code}</Text></>}
        subtitle={<>What <AnchorLink to="/projects/$projectId" params={{ projectId }}>{project.data.name}</AnchorLink> is to bring about, and how far it has come.</>}
        actions={data.canAdd ? <Button onClick={() => setEditing({ mode: 'create' })}>Add benefit</Button> : null}
      />
      <Totals data={data} />
      {data.items.length === 0 ? <Text c="dimmed">No benefits registered yet.</Text> : data.items.map((b) => <BenefitCard key={b.id} benefit={b} onEdit={() => setEditing({ mode: 'edit', benefit: b })} onMeasure={() => setMeasuring(b)} />)}
      <BenefitModal projectId={projectId} baseCurrency={data.currency} target={editing} onClose={() => setEditing(null)} />
      <MeasurementModal benefit={measuring} onClose={() => setMeasuring(null)} />
    </Stack>
  );
}

function Totals({ data }: { data: ProjectBenefits }) {
  const t = data.totals;
  const m = (minor: number) => formatMoney({ amountMinor: minor, currency: data.currency });
  const tiles = [
    ['planned', 'Money planned', m(t.plannedMinor)],
    ['realised', 'Money realised', m(t.realisedMinor)],
    ['pct', 'Realised', formatPct(t.realisedPct)],
    ['at-risk', 'At risk', String(t.byStatus.at_risk + t.byStatus.not_realised)],
    ['overdue', 'Measurements overdue', String(t.overdueMeasurements)],
  ] as const;
  return (
    <>
      <TotalTiles label="Benefit totals" tiles={tiles} />
      {data.unconverted.length ? <Alert color="orange" title="Left out of the money totals">{data.unconverted.join(', ')}: no exchange rate to {data.currency} today.</Alert> : null}
    </>
  );
}

function BenefitCard({ benefit: b, onEdit, onMeasure }: { benefit: Benefit; onEdit: () => void; onMeasure: () => void }) {
  const remove = useDeleteMeasurement();
  const status = STATUS_META[b.status];
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={`${b.code} ${b.title}`} data-benefit={b.code}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Group gap="xs">
            <Title order={2} size="h5">{b.code} · {b.title}</Title>
            <Badge color={status.color} variant="light" data-status={b.status}>{status.label}</Badge>
            <Badge color="gray" variant="outline">{b.category === 'financial' ? 'Financial' : 'Non-financial'}</Badge>
          </Group>
          <Text size="sm">
            {b.measure}: {formatBenefitValue(b, b.baseline)} → {formatBenefitValue(b, b.target)} ({b.direction === 'higher_is_better' ? 'higher' : 'lower'} is better) by {formatDate(b.expectedBy)}
          </Text>
          <Text size="sm" c="dimmed">Owner: {b.ownerName ?? 'nobody yet'}{b.nextMeasurement ? ` · next measurement ${formatDate(b.nextMeasurement)}` : ''}</Text>
        </Stack>
        {b.editable ? (
          <Group gap="xs" wrap="nowrap">
            <Button size="xs" onClick={onMeasure}>Record measurement</Button>
            <Button size="xs" variant="light" onClick={onEdit}>Edit</Button>
          </Group>
        ) : null}
      </Group>
      <Group gap="sm" mt="sm" wrap="nowrap">
        <Progress value={barValue(b.realisationPct)} color={status.color} style={{ flex: 1 }} aria-label={`${b.code} realisation`} />
        <Text size="sm" fw={600} w={80} ta="right" data-figure="realisation">{formatPct(b.realisationPct)}</Text>
      </Group>
      <Text size="sm" c={b.status === 'at_risk' || b.status === 'not_realised' ? 'orange.8' : 'dimmed'} mt={4} data-reasons>{b.reasons.join(' ')}</Text>
      {b.overdueMeasurements.length ? <Text size="sm" c="red.7" fw={500}>Overdue measurement{b.overdueMeasurements.length > 1 ? 's' : ''}: {b.overdueMeasurements.map(formatDate).join(', ')}</Text> : null}
      <ProblemAlert error={remove.error} title="The measurement was not removed" />
      {b.measurements.length ? (
        <Table mt="xs" striped aria-label={`${b.code} measurements`}>
          <Table.Thead><Table.Tr><Table.Th>Measured on</Table.Th><Table.Th ta="right">Value</Table.Th><Table.Th ta="right">Realisation</Table.Th><Table.Th>Note</Table.Th><Table.Th>By</Table.Th>{b.editable ? <Table.Th /> : null}</Table.Tr></Table.Thead>
          <Table.Tbody>
            {b.measurements.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{formatDate(m.measuredOn)}</Table.Td>
                <Table.Td ta="right">{formatBenefitValue(b, m.value)}</Table.Td>
                <Table.Td ta="right">{formatPct(m.realisationPct)}</Table.Td>
                <Table.Td>{m.note}</Table.Td>
                <Table.Td>{m.recordedBy?.name ?? ''}</Table.Td>
                {b.editable ? (
                  <Table.Td>
                    <ActionIcon variant="subtle" color="red" aria-label={`Remove the measurement of ${m.measuredOn}`} onClick={() => remove.mutate({ id: b.id, measurementId: m.id })}>×</ActionIcon>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Card>
  );
}
