// The PMO's selection settings of a portfolio: the horizon, the default budget per year, how far
// proposed projects may slip, whether active ones are weighed, mutually exclusive options and
// prerequisites. Per-role demand estimates for projects without assignments stay as they were
// (the API sets them). Others see the settings read-only through what the optimiser answers.
import { useState } from 'react';
import { ActionIcon, Button, Card, Checkbox, Group, MultiSelect, NumberInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useProjectList } from '../../api/projects.ts';
import { useSaveSelectionSettings } from '../../api/scoring.ts';
import type { SelectionSettings } from '../../api/types.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { budgetText, groupKey, parseBudget } from './selection-view.ts';

export function SelectionSettingsCard({ settings }: { settings: SelectionSettings }) {
  const save = useSaveSelectionSettings(settings.portfolioId);
  const projects = useProjectList({ portfolioId: settings.portfolioId, sort: 'code' });
  const options = (projects.data?.pages.flatMap((p) => p.items) ?? []).filter((p) => p.status === 'proposed' || p.status === 'active' || p.status === 'on_hold').map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }));
  const [firstQuarter, setFirstQuarter] = useState(settings.firstQuarter ?? '');
  const [quarters, setQuarters] = useState(settings.quarters);
  const [budget, setBudget] = useState(budgetText(settings.budgetPerYear, 'EUR'));
  const [groups, setGroups] = useState(settings.exclusiveGroups.map((g) => ({ name: g.name, projectIds: g.projectIds })));
  const [prereqs, setPrereqs] = useState(settings.prerequisites);
  const amounts = parseBudget(budget, 'EUR');
  const { portfolioId: _portfolio, version, ...kept } = settings;
  const submit = () => save.mutate({
    version,
    body: {
      ...kept, firstQuarter: firstQuarter.trim() || null, quarters, budgetPerYear: amounts ?? [],
      exclusiveGroups: groups.filter((g) => g.projectIds.length >= 2).map((g, i) => ({ key: groupKey(g.name, i), name: g.name.trim() || `Options ${i + 1}`, projectIds: g.projectIds })),
      prerequisites: prereqs.filter((p) => p.projectId && p.requiresProjectId),
    },
  });
  return (
    <Card withBorder component="section" aria-label="Selection settings">
      <Title order={2} size="h4" mb="xs">Selection settings</Title>
      <Stack gap="sm">
        <Group align="flex-end">
          <TextInput label="First quarter" placeholder="this quarter" description="YYYY-Qn" value={firstQuarter} onChange={(e) => setFirstQuarter(e.currentTarget.value)} w={160} />
          <NumberInput label="Quarters" min={1} max={12} value={quarters} onChange={(v) => setQuarters(Number(v) || 8)} w={110} />
          <TextInput label="Budget per year (EUR)" description="One per budget year of the horizon" value={budget} onChange={(e) => setBudget(e.currentTarget.value)} error={amounts === null ? 'Amounts separated by commas' : undefined} w={280} />
        </Group>
        <Text fw={500} size="sm">Mutually exclusive options (at most one of each group)</Text>
        {groups.map((g, i) => (
          <Group key={i} align="flex-end">
            <TextInput label={`Group ${i + 1} name`} placeholder="Name" value={g.name} onChange={(e) => { const name = e.currentTarget.value; setGroups(groups.map((x, j) => (j === i ? { ...x, name } : x))); }} w={200} />
            <MultiSelect label={`Group ${i + 1} projects`} data={options} value={g.projectIds} onChange={(projectIds) => setGroups(groups.map((x, j) => (j === i ? { ...x, projectIds } : x)))} style={{ flex: 1 }} />
            <ActionIcon variant="subtle" aria-label={`Remove group ${i + 1}`} onClick={() => setGroups(groups.filter((_, j) => j !== i))}>✕</ActionIcon>
          </Group>
        ))}
        <Group><Button size="xs" variant="default" onClick={() => setGroups([...groups, { name: '', projectIds: [] }])}>Add a group</Button></Group>
        <Text fw={500} size="sm">Prerequisites</Text>
        {prereqs.map((p, i) => (
          <Group key={i} align="flex-end">
            <Select label={`Prerequisite ${i + 1}: project`} data={options} value={p.projectId || null} onChange={(v) => setPrereqs(prereqs.map((x, j) => (j === i ? { ...x, projectId: v ?? '' } : x)))} w={260} />
            <Text size="sm">only with</Text>
            <Select label="requires" data={options} value={p.requiresProjectId || null} onChange={(v) => setPrereqs(prereqs.map((x, j) => (j === i ? { ...x, requiresProjectId: v ?? '' } : x)))} w={260} />
            <Checkbox label="and after it finishes" checked={p.afterFinish} onChange={(e) => { const afterFinish = e.currentTarget.checked; setPrereqs(prereqs.map((x, j) => (j === i ? { ...x, afterFinish } : x))); }} />
            <ActionIcon variant="subtle" aria-label={`Remove prerequisite ${i + 1}`} onClick={() => setPrereqs(prereqs.filter((_, j) => j !== i))}>✕</ActionIcon>
          </Group>
        ))}
        <Group><Button size="xs" variant="default" onClick={() => setPrereqs([...prereqs, { projectId: '', requiresProjectId: '', afterFinish: false }])}>Add a prerequisite</Button></Group>
        <ProblemAlert error={save.error} />
        <Group justify="flex-end"><Button onClick={submit} loading={save.isPending} disabled={amounts === null}>Save settings</Button></Group>
      </Stack>
    </Card>
  );
}
