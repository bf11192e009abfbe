// The filter bar of a RAID grid: text search, statuses (several at once) and owner. It edits the
// URL's search params, the single source of the grid's state; the search box waits for a pause in
// typing before it does.
import { useEffect, useState } from 'react';
import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { RaidKind } from '../../api/types.ts';
import { optionsOf } from '../../ui/labels.ts';
import { usePeopleOptions } from '../../ui/person-name.tsx';
import { RAID_KIND_META, RAID_STATUS_LABELS } from './raid-labels.ts';
import { statusesOf, type RaidSearch } from './raid-search.ts';

interface RaidFiltersProps {
  kind: RaidKind;
  search: RaidSearch;
  onChange: (patch: Partial<RaidSearch>) => void;
}

/** The filters a clear keeps: the page's scope, the tab and the sort. */
const FILTER_KEYS = ['q', 'status', 'ownerId', 'probability', 'impact', 'rating'] as const;

export function RaidFilters({ kind, search, onChange }: RaidFiltersProps) {
  const [q, setQ] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(q, 300);
  useEffect(() => {
    const next = debounced.trim() || undefined;
    if (next !== search.q) onChange({ q: next });
    // Only a new debounced value should write the URL; `search.q` follows from it.
  }, [debounced]);
  const people = usePeopleOptions();
  const noun = RAID_KIND_META[kind].tab.toLowerCase();
  const filtered = FILTER_KEYS.some((key) => search[key] !== undefined);

  const clear = () => {
    setQ('');
    onChange(Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined])));
  };

  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label={`Filter ${noun}`}>
      <TextInput label="Search" placeholder="Title or code" value={q} onChange={(e) => setQ(e.currentTarget.value)} w={220} />
      <MultiSelect
        label="Status"
        placeholder={statusesOf(kind, search).length ? undefined : 'Any'}
        data={optionsOf(RAID_STATUS_LABELS[kind])}
        value={statusesOf(kind, search)}
        onChange={(values) => onChange({ status: values.length ? values.join(',') : undefined })}
        clearable
        w={260}
      />
      <Select
        label="Owner"
        placeholder="Anyone"
        data={people}
        value={search.ownerId ?? null}
        onChange={(v) => onChange({ ownerId: v ?? undefined })}
        clearable
        searchable
        w={200}
      />
      {filtered ? (
        <Button variant="subtle" onClick={clear}>
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}
