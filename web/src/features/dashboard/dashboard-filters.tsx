// The portfolio dashboard's filter bar: portfolio, program (of the chosen portfolio), sponsor,
// manager, tag and objective, fed from the register's own lists. It edits the URL's search params,
// the single source of the dashboard's scope; the tag waits for a pause in typing.
import { useEffect, useState } from 'react';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useObjectives } from '../../api/objectives.ts';
import { usePeople } from '../../api/people.ts';
import { usePortfolios } from '../../api/portfolios.ts';
import { usePrograms } from '../../api/programs.ts';
import { hasFilters, type DashboardSearch } from './dashboard-view.ts';

interface DashboardFiltersProps {
  search: DashboardSearch;
  onChange: (patch: Partial<DashboardSearch>) => void;
  onClear: () => void;
}

const labelled = (items: readonly { id: string; code: string; name: string }[] | undefined) => (items ?? []).map((i) => ({ value: i.id, label: `${i.code} · ${i.name}` }));

export function DashboardFilters({ search, onChange, onClear }: DashboardFiltersProps) {
  const portfolios = usePortfolios();
  const programs = usePrograms(search.portfolioId);
  const people = usePeople();
  const objectives = useObjectives();
  const [tag, setTag] = useState(search.tag ?? '');
  const [debouncedTag] = useDebouncedValue(tag, 300);
  useEffect(() => {
    const next = debouncedTag.trim() || undefined;
    if (next !== search.tag) onChange({ tag: next });
    // Only a new debounced value writes the URL.
  }, [debouncedTag]);

  const personOptions = (people.data ?? []).map((p) => ({ value: p.id, label: p.name }));
  const select = (label: string, key: keyof DashboardSearch, data: { value: string; label: string }[], extra: Partial<DashboardSearch> = {}) => (
    <Select label={label} placeholder="All" data={data} value={search[key] ?? null} clearable searchable w={200}
      onChange={(v) => onChange({ [key]: v ?? undefined, ...extra })} />
  );

  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label="Filter the dashboard">
      {select('Portfolio', 'portfolioId', labelled(portfolios.data), { programId: undefined })}
      {select('Program', 'programId', labelled(programs.data?.filter((p) => !p.archivedAt)))}
      {select('Sponsor', 'sponsorId', personOptions)}
      {select('Manager', 'managerId', personOptions)}
      <TextInput label="Tag" placeholder="Any" value={tag} onChange={(e) => setTag(e.currentTarget.value)} w={140} />
      {select('Objective', 'objectiveId', labelled(objectives.data))}
      {hasFilters(search) ? (
        <Button variant="subtle" onClick={() => { setTag(''); onClear(); }}>Clear filters</Button>
      ) : null}
    </Group>
  );
}
