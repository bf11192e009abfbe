// A request's business case: the figures the server computed (NPV, IRR, payback, ROI, benefit–cost
// ratio) with the cash-flow table behind them, and, for whoever may change the request, the editor
// of its lines per period and its discount rate. Saving sends the whole case under If-Match.
import { ActionIcon, Alert, Button, Card, Group, NumberInput, SegmentedControl, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useSaveBusinessCase } from '../../api/requests.ts';
import type { BusinessCaseFigures, ProjectRequest } from '../../api/types.ts';
import { formatMoney } from '../../ui/money.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { caseBody, caseForm, percentText, periodWord, type CaseForm } from './request-view.ts';

export function BusinessCasePanel({ request, onReload }: { request: ProjectRequest; onReload: () => void }) {
  const [editing, setEditing] = useState(false);
  const bc = request.businessCase;
  return (
    <Card withBorder radius="md" padding="lg">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">Business case</Title>
        {request.canEdit && !editing ? <Button size="xs" variant="light" onClick={() => setEditing(true)}>{bc ? 'Edit business case' : 'Enter business case'}</Button> : null}
      </Group>
      {editing ? <CaseEditor request={request} onDone={() => setEditing(false)} onReload={onReload} /> : null}
      {!bc ? <Text size="sm" c="dimmed">No business case yet. A request is approved on one with at least one cost line.</Text> : null}
      {bc?.figures ? <Figures figures={bc.figures} currency={bc.currency} periodicity={bc.periodicity} /> : null}
      {bc && !bc.figures ? <Alert color="red">{bc.problems.map((p) => p.message).join(' ')}</Alert> : null}
    </Card>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={600} aria-label={label}>{value}</Text>
    </div>
  );
}

function Figures({ figures: f, currency, periodicity }: { figures: BusinessCaseFigures; currency: string; periodicity: 'year' | 'quarter' | 'month' }) {
  const m = (amountMinor: number) => formatMoney({ amountMinor, currency });
  const years = (p: BusinessCaseFigures['payback']) => (p ? `${p.years.toFixed(2)} years` : 'not within the case');
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        <Figure label="NPV" value={m(f.npvMinor)} />
        <Figure label="IRR (a year)" value={percentText(f.irr.annualRate)} />
        <Figure label="Payback" value={years(f.payback)} />
        <Figure label="ROI" value={percentText(f.roi)} />
        <Figure label="Benefit–cost ratio" value={f.benefitCostRatio === null ? '—' : f.benefitCostRatio.toFixed(2)} />
      </SimpleGrid>
      {f.irr.note ? <Text size="xs" c="dimmed">{f.irr.note}</Text> : null}
      <Text size="xs" c="dimmed">Discounted payback: {years(f.discountedPayback)}. Period 0 is now and is not discounted.</Text>
      <Table aria-label="Cash flows" striped withTableBorder fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{periodWord(periodicity)}</Table.Th><Table.Th ta="right">Costs</Table.Th><Table.Th ta="right">Benefits</Table.Th><Table.Th ta="right">Net</Table.Th>
            <Table.Th ta="right">Cumulative</Table.Th><Table.Th ta="right">Discount factor</Table.Th><Table.Th ta="right">Present value</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {f.rows.map((r) => (
            <Table.Tr key={r.period}>
              <Table.Td>{r.period}</Table.Td><Table.Td ta="right">{m(r.costMinor)}</Table.Td><Table.Td ta="right">{m(r.benefitMinor)}</Table.Td><Table.Td ta="right">{m(r.netMinor)}</Table.Td>
              <Table.Td ta="right">{m(r.cumulativeMinor)}</Table.Td><Table.Td ta="right">{r.discountFactor.toFixed(4)}</Table.Td><Table.Td ta="right">{m(r.presentValueMinor)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

const PERIODICITIES = [{ value: 'year', label: 'Yearly' }, { value: 'quarter', label: 'Quarterly' }, { value: 'month', label: 'Monthly' }];

function CaseEditor({ request, onDone, onReload }: { request: ProjectRequest; onDone: () => void; onReload: () => void }) {
  const [form, setForm] = useState<CaseForm>(() => caseForm(request.businessCase, request.costEstimate?.currency ?? 'EUR'));
  const [message, setMessage] = useState<string | null>(null);
  const save = useSaveBusinessCase(request.id);
  const periods = Math.max(1, ...form.lines.map((l) => l.amounts.length));
  const setLine = (i: number, change: Partial<CaseForm['lines'][number]>) => setForm((f) => ({ ...f, lines: f.lines.map((l, j) => (j === i ? { ...l, ...change } : l)) }));
  const setPeriods = (n: number) => setForm((f) => ({ ...f, lines: f.lines.map((l) => ({ ...l, amounts: Array.from({ length: n }, (_, t) => l.amounts[t] ?? '') })) }));
  const submit = () => {
    const parsed = caseBody(form);
    if (!parsed.ok) return setMessage(parsed.message);
    setMessage(null);
    save.mutate({ version: request.version, body: parsed.body }, { onSuccess: onDone });
  };
  return (
    <Stack mb="md">
      <ProblemAlert error={save.error} onReload={onReload} />
      {message ? <Alert color="red" role="alert">{message}</Alert> : null}
      <Group align="flex-end">
        <SegmentedControl aria-label="Periods" data={PERIODICITIES} value={form.periodicity} onChange={(p) => setForm((f) => ({ ...f, periodicity: p as CaseForm['periodicity'] }))} />
        <TextInput label="Discount rate (% a year)" w={150} value={form.ratePercent} onChange={(e) => setForm((f) => ({ ...f, ratePercent: e.currentTarget.value }))} />
        <TextInput label="Currency" w={90} maxLength={3} value={form.currency} onChange={(e) => setForm((f) => ({ ...f, currency: e.currentTarget.value }))} />
        <NumberInput label="Number of periods" w={140} min={1} max={120} value={periods} onChange={(n) => setPeriods(Math.max(1, Math.min(120, Number(n) || 1)))} />
      </Group>
      <Table.ScrollContainer minWidth={500}>
        <Table aria-label="Cash-flow lines" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Line</Table.Th><Table.Th>Kind</Table.Th>
              {Array.from({ length: periods }, (_, t) => <Table.Th key={t}>{periodWord(form.periodicity)} {t}</Table.Th>)}
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {form.lines.map((line, i) => (
              <Table.Tr key={i}>
                <Table.Td><TextInput aria-label={`Line ${i + 1} label`} value={line.label} onChange={(e) => setLine(i, { label: e.currentTarget.value })} /></Table.Td>
                <Table.Td><SegmentedControl size="xs" aria-label={`Line ${i + 1} kind`} data={[{ value: 'cost', label: 'Cost' }, { value: 'benefit', label: 'Benefit' }]} value={line.kind} onChange={(k) => setLine(i, { kind: k as 'cost' | 'benefit' })} /></Table.Td>
                {line.amounts.map((a, t) => (
                  <Table.Td key={t}><TextInput w={110} aria-label={`Line ${i + 1} ${periodWord(form.periodicity).toLowerCase()} ${t}`} value={a} onChange={(e) => setLine(i, { amounts: line.amounts.map((x, u) => (u === t ? e.currentTarget.value : x)) })} /></Table.Td>
                ))}
                <Table.Td><ActionIcon variant="subtle" color="red" aria-label={`Remove line ${i + 1}`} onClick={() => setForm((f) => ({ ...f, lines: f.lines.filter((_, j) => j !== i) }))}>×</ActionIcon></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between">
        <Button variant="default" size="xs" onClick={() => setForm((f) => ({ ...f, lines: [...f.lines, { label: '', kind: 'benefit', amounts: Array.from({ length: periods }, () => '') }] }))}>Add line</Button>
        <Group>
          <Button variant="default" onClick={onDone}>Cancel</Button>
          <Button loading={save.isPending} onClick={submit}>Save business case</Button>
        </Group>
      </Group>
    </Stack>
  );
}
