// One resource of the pool at a glance: who or what it is, its skills, maximum units over time,
// its calendar's exceptions and leave, the hours it can give in the next four weeks, and its
// rates for those who may read pay. The PMO edits it, records leave and adds rates from here.
import { Badge, Button, Card, Drawer, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useAddLeave, useCreateResourceRate, useResource, useResourceAvailability, useResourceCalendar, useResourceRates } from '../../api/resources.ts';
import type { Resource } from '../../api/types.ts';
import { canGovern } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { formatDate } from '../../ui/dates.ts';
import { decimalToMinor, formatMoney, minorDigits } from '../../ui/money.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { today } from '../timesheets/timesheet-search.ts';
import { hasCapacity, KIND_LABELS } from './resource-form-values.ts';

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function ResourceDrawer({ id, onClose, onEdit }: { id: string | null; onClose: () => void; onEdit: (r: Resource) => void }) {
  const resource = useResource(id);
  const r = resource.data;
  return (
    <Drawer opened={id !== null} onClose={onClose} position="right" size="lg" title={r ? `${r.code} · ${r.name}` : 'Resource'}>
      <ProblemAlert error={resource.error} />
      {r ? <ResourceDetail resource={r} onEdit={onEdit} /> : null}
    </Drawer>
  );
}

function ResourceDetail({ resource: r, onEdit }: { resource: Resource; onEdit: (r: Resource) => void }) {
  const user = useCurrentUser();
  const mayEdit = canGovern(user);
  const working = hasCapacity(r.kind);
  const detail = (label: string, value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? null : <Text size="sm"><Text span c="dimmed">{label}: </Text>{value}</Text>);
  return (
    <Stack gap="md" aria-label={`Resource ${r.name}`}>
      <Group justify="space-between">
        <Group gap="xs"><Badge variant="light">{KIND_LABELS[r.kind]}</Badge>{r.archivedAt ? <Badge color="gray">Archived</Badge> : null}</Group>
        {mayEdit ? <Button size="xs" onClick={() => onEdit(r)}>Edit</Button> : null}
      </Group>
      <Stack gap={2}>
        {detail('Account', r.userName)}
        {detail('Role', r.roleName)}
        {detail('Department', [r.department, r.team].filter(Boolean).join(' / '))}
        {detail('Manager', r.managerName)}
        {detail('E-mail', r.email)}
        {detail('Unit', r.unit)}
        {detail('Headcount', r.headcount)}
        {detail('Notes', r.notes)}
      </Stack>
      <section aria-label="Skills">
        <Title order={3} size="h5" mb={4}>Skills</Title>
        {r.skills.length === 0 ? <Text size="sm" c="dimmed">None recorded.</Text> : <Group gap={6}>{r.skills.map((s) => <Badge key={s.skill} variant="outline">{s.skill} · {s.proficiency}/5</Badge>)}</Group>}
      </section>
      {working ? (
        <section aria-label="Maximum units">
          <Title order={3} size="h5" mb={4}>Maximum units</Title>
          <Text size="sm">{r.defaultMaxUnits} % by default{r.maxUnits.map((u) => `, ${u.units} % from ${formatDate(u.from)}`).join('')}</Text>
        </section>
      ) : null}
      {working ? <CalendarSection resource={r} mayEdit={mayEdit} /> : null}
      {mayEdit || (r.userId !== null && r.userId === user.id) ? <RatesSection resource={r} mayEdit={mayEdit} /> : null}
    </Stack>
  );
}

function CalendarSection({ resource: r, mayEdit }: { resource: Resource; mayEdit: boolean }) {
  const calendar = useResourceCalendar(r.id, true);
  const from = today();
  const availability = useResourceAvailability(r.id, from, addDays(from, 27), true);
  const addLeave = useAddLeave(r.id);
  const [leave, setLeave] = useState({ from: '', to: '', name: '' });
  const weeks = [0, 1, 2, 3].map((w) => (availability.data?.days.slice(w * 7, w * 7 + 7) ?? []).reduce((s, d) => s + d.capacityMinutes, 0) / 60);
  const c = calendar.data;
  return (
    <section aria-label="Calendar">
      <Title order={3} size="h5" mb={4}>Calendar</Title>
      <ProblemAlert error={calendar.error ?? availability.error} />
      {c ? <Text size="sm" mb={4}>{c.baseCalendarName}{c.definition.workWeeks.length > 0 || c.definition.week.some((d) => d !== null) ? ', with its own working week' : ''}</Text> : null}
      {c && c.definition.exceptions.length > 0 ? (
        <Table fz="sm" aria-label="Exceptions and leave" verticalSpacing={2}>
          <Table.Tbody>
            {c.definition.exceptions.map((e) => (
              <Table.Tr key={`${e.start}-${e.end}`}>
                <Table.Td>{formatDate(e.start)}{e.end !== e.start ? ` – ${formatDate(e.end)}` : ''}</Table.Td>
                <Table.Td>{e.name ?? 'Exception'}</Table.Td>
                <Table.Td c="dimmed">{e.ranges.length === 0 ? 'not working' : 'some hours'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : <Text size="sm" c="dimmed">No holidays or leave of its own.</Text>}
      {availability.data ? <Text size="sm" mt={4} aria-label="Capacity">Capacity in the next four weeks: {weeks.map((h) => `${h.toFixed(1)} h`).join(' · ')}</Text> : null}
      {mayEdit ? (
        <Card withBorder padding="xs" mt="xs">
          <form aria-label="Record leave" onSubmit={(e) => { e.preventDefault(); void addLeave.mutateAsync(leave).then(() => setLeave({ from: '', to: '', name: '' })).catch(() => undefined); }}>
            <ProblemAlert error={addLeave.error} title="The leave was not recorded" />
            <Group gap="xs" align="flex-end">
              <TextInput type="date" label="Leave from" size="xs" value={leave.from} onChange={(e) => setLeave({ ...leave, from: e.currentTarget.value })} />
              <TextInput type="date" label="to" size="xs" value={leave.to} onChange={(e) => setLeave({ ...leave, to: e.currentTarget.value })} />
              <TextInput label="Name" size="xs" placeholder="Summer holiday" value={leave.name} onChange={(e) => setLeave({ ...leave, name: e.currentTarget.value })} />
              <Button type="submit" size="xs" loading={addLeave.isPending}>Record leave</Button>
            </Group>
          </form>
        </Card>
      ) : null}
    </section>
  );
}

function RatesSection({ resource: r, mayEdit }: { resource: Resource; mayEdit: boolean }) {
  const rates = useResourceRates(r.id, true);
  const create = useCreateResourceRate(r.id);
  const [draft, setDraft] = useState({ effectiveFrom: '', amount: '', perUse: '', currency: 'EUR' });
  const [problem, setProblem] = useState<string | null>(null);
  const hourly = r.kind === 'person' || r.kind === 'role' || r.kind === 'equipment';
  const linked = r.userId !== null;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const digits = minorDigits(draft.currency);
    const money = (text: string) => { const p = decimalToMinor(text, digits); return p.ok ? { amountMinor: p.amountMinor, currency: draft.currency } : null; };
    const amount = draft.amount.trim() === '' ? null : money(draft.amount);
    const perUse = draft.perUse.trim() === '' ? null : money(draft.perUse);
    if ((draft.amount.trim() !== '' && !amount) || (draft.perUse.trim() !== '' && !perUse)) return setProblem('Enter amounts like 85 or 85.50.');
    setProblem(null);
    const main = linked || r.kind === 'cost' ? {} : r.kind === 'material' ? { perUnit: amount } : { standard: amount };
    void create.mutateAsync({ effectiveFrom: draft.effectiveFrom, ...main, perUse }).then(() => setDraft({ ...draft, amount: '', perUse: '' })).catch(() => undefined);
  };
  const items = rates.data?.items ?? [];
  return (
    <section aria-label="Rates">
      <Title order={3} size="h5" mb={4}>Rates</Title>
      <ProblemAlert error={rates.error} />
      {linked && rates.data ? <Text size="sm" c="dimmed" mb={4}>Hourly rates are the person’s rates on the Rates page: {rates.data.personRates.map((p) => `${formatMoney(p.standard)}/h from ${formatDate(p.effectiveFrom)}`).join(', ') || 'none yet'}.</Text> : null}
      {items.length > 0 ? (
        <Table fz="sm" aria-label="Resource rates" verticalSpacing={2}>
          <Table.Thead><Table.Tr><Table.Th>From</Table.Th><Table.Th>Standard / h</Table.Th><Table.Th>Overtime / h</Table.Th><Table.Th>Per use</Table.Th><Table.Th>Per unit</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {items.map((x) => (
              <Table.Tr key={x.id}><Table.Td>{formatDate(x.effectiveFrom)}</Table.Td><Table.Td>{formatMoney(x.standard)}</Table.Td><Table.Td>{formatMoney(x.overtime)}</Table.Td><Table.Td>{formatMoney(x.perUse)}</Table.Td><Table.Td>{formatMoney(x.perUnit)}</Table.Td></Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : rates.data && !linked ? <Text size="sm" c="dimmed">No rates yet.</Text> : null}
      {mayEdit ? (
        <form aria-label="Add a rate" onSubmit={submit}>
          <ProblemAlert error={create.error} title="The rate was not added" />
          {problem ? <Text size="xs" c="red">{problem}</Text> : null}
          <SimpleGrid cols={4} spacing="xs" mt="xs">
            <TextInput type="date" label="From" size="xs" value={draft.effectiveFrom} onChange={(e) => setDraft({ ...draft, effectiveFrom: e.currentTarget.value })} />
            {!linked && r.kind !== 'cost' ? <TextInput label={r.kind === 'material' ? `Per ${r.unit ?? 'unit'}` : hourly ? 'Per hour' : 'Amount'} size="xs" inputMode="decimal" value={draft.amount} onChange={(e) => setDraft({ ...draft, amount: e.currentTarget.value })} /> : null}
            <TextInput label="Per use" size="xs" inputMode="decimal" value={draft.perUse} onChange={(e) => setDraft({ ...draft, perUse: e.currentTarget.value })} />
            <Button type="submit" size="xs" mt={22} loading={create.isPending}>Add rate</Button>
          </SimpleGrid>
        </form>
      ) : null}
    </section>
  );
}
