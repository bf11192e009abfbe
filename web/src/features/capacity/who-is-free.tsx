// "Who is free?": people with a skill at a proficiency who have N consecutive weeks at some units
// free in a window, freest first (then the more proficient).
import { Button, Card, Group, NumberInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useCapacityAvailable, type CapacityAvailableQuery } from '../../api/capacity.ts';
import { useResourceFacets } from '../../api/resources.ts';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

export function WhoIsFree({ from, to, includeProposed }: { from: string; to: string; includeProposed: boolean }) {
  const facets = useResourceFacets();
  const [skill, setSkill] = useState<string | null>(null);
  const [minProficiency, setMinProficiency] = useState<string | null>('3');
  const [weeks, setWeeks] = useState<number | string>(3);
  const [units, setUnits] = useState<number | string>(100);
  const [windowFrom, setWindowFrom] = useState(from);
  const [windowTo, setWindowTo] = useState(to);
  const [asked, setAsked] = useState<CapacityAvailableQuery | null>(null);
  const found = useCapacityAvailable(asked);
  const ask = () =>
    skill && setAsked({ skill, weeks: Number(weeks), units: Number(units), from: windowFrom, to: windowTo, ...(minProficiency && { minProficiency: Number(minProficiency) }), ...(includeProposed && { includeProposed: 'true' }) });

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label="Who is free?">
      <Stack gap="sm">
        <Title order={2} size="h5">Who is free?</Title>
        <Group align="flex-end" gap="sm">
          <Select label="Skill" searchable w={180} value={skill} onChange={setSkill} data={facets.data?.skills ?? []} />
          <Select label="At least" w={110} clearable value={minProficiency} onChange={setMinProficiency} data={['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: `${v} / 5` }))} />
          <NumberInput label="Weeks in a row" w={130} min={1} max={52} value={weeks} onChange={setWeeks} />
          <NumberInput label="Units %" w={100} min={1} max={100} value={units} onChange={setUnits} />
          <TextInput label="Window from" type="date" w={160} value={windowFrom} onChange={(e) => setWindowFrom(e.currentTarget.value)} />
          <TextInput label="to" type="date" w={160} value={windowTo} onChange={(e) => setWindowTo(e.currentTarget.value)} />
          <Button onClick={ask} disabled={!skill}>Find</Button>
        </Group>
        <ProblemAlert error={found.error} />
        {asked === null ? null : found.isPending ? (
          <Pending label="Looking for free people" />
        ) : found.data && found.data.candidates.length === 0 ? (
          <Text size="sm" c="dimmed">Nobody with {found.data.skill} is free for {found.data.weeks} week{found.data.weeks === 1 ? '' : 's'} in a row at {found.data.units} % in this window.</Text>
        ) : found.data ? (
          <Table aria-label="Free people" fz="sm" striped>
            <Table.Thead>
              <Table.Tr><Table.Th>#</Table.Th><Table.Th>Name</Table.Th><Table.Th>Role</Table.Th><Table.Th>Proficiency</Table.Th><Table.Th>Freest run</Table.Th><Table.Th ta="right">Spare</Table.Th><Table.Th ta="right">Free weeks</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {found.data.candidates.map((c, i) => (
                <Table.Tr key={c.resourceId}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>{c.name} <Text span c="dimmed" size="xs">{c.code}</Text></Table.Td>
                  <Table.Td>{c.role ?? '—'}</Table.Td>
                  <Table.Td>{c.proficiency} / 5</Table.Td>
                  <Table.Td>{c.bestRun.firstDay} – {c.bestRun.lastDay}</Table.Td>
                  <Table.Td ta="right">{c.bestRun.spareUnits} %</Table.Td>
                  <Table.Td ta="right" title={c.freeWeeks.map((w) => `${w.weekStart}: ${w.freeHours} h free`).join('\n')}>{c.freeWeeks.length}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
      </Stack>
    </Card>
  );
}
