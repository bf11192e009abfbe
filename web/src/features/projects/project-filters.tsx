// The filter bar of the project list. It edits the URL's search params (the single source of the
// list's state); text boxes wait for a pause in typing before they do.
import { useEffect, useState } from 'react';
import { Button, Checkbox, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMethodologies } from '../../api/governance.ts';
import type { Portfolio } from '../../api/types.ts';
import { PROJECT_PRIORITY_LABELS, PROJECT_STATUS_LABELS, isLabelKey, optionsOf } from '../../ui/labels.ts';
import { allPhaseOptions, isPhaseKey } from '../../ui/phase-labels.ts';
import type { ProjectSearch } from './project-search.ts';

interface ProjectFiltersProps {
  search: ProjectSearch;
  portfolios: readonly Portfolio[];
  onChange: (patch: Partial<ProjectSearch>) => void;
  onClear: () => void;
}

/** A text box bound to a search param, debounced. */
function useDebouncedParam(value: string | undefined, apply: (next: string | undefined) => void) {
  const [text, setText] = useState(value ?? '');
  const [debounced] = useDebouncedValue(text, 300);
  useEffect(() => {
    const next = debounced.trim() || undefined;
    if (next !== value) apply(next);
    // Only a new debounced value should write the URL; `value` follows from it.
  }, [debounced]);
  return [text, setText] as const;
}

export function ProjectFilters({ search, portfolios, onChange, onClear }: ProjectFiltersProps) {
  const [q, setQ] = useDebouncedParam(search.q, (next) => onChange({ q: next }));
  const [tag, setTag] = useDebouncedParam(search.tag, (next) => onChange({ tag: next }));
  const methodologies = useMethodologies();
  const portfolioOptions = portfolios.map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }));
  const filtered = Object.entries(search).some(([key, v]) => key !== 'sort' && v !== undefined);

  const clear = () => {
    setQ('');
    setTag('');
    onClear();
  };

  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap" role="search" aria-label="Filter projects">
      <TextInput label="Search" placeholder="Name or code" value={q} onChange={(e) => setQ(e.currentTarget.value)} w={200} />
      <Select
        label="Portfolio"
        placeholder="All"
        data={portfolioOptions}
        value={search.portfolioId ?? null}
        onChange={(v) => onChange({ portfolioId: v ?? undefined })}
        clearable
        searchable
        w={220}
      />
      <Select
        label="Status"
        placeholder="All"
        data={optionsOf(PROJECT_STATUS_LABELS)}
        value={search.status ?? null}
        onChange={(v) => onChange({ status: isLabelKey(PROJECT_STATUS_LABELS, v) ? v : undefined })}
        clearable
        w={140}
      />
      <Select
        label="Phase"
        placeholder="All"
        data={allPhaseOptions(methodologies.data)}
        value={search.phase ?? null}
        onChange={(v) => onChange({ phase: isPhaseKey(v) ? v : undefined })}
        clearable
        w={130}
      />
      <Select
        label="Priority"
        placeholder="All"
        data={optionsOf(PROJECT_PRIORITY_LABELS)}
        value={search.priority ?? null}
        onChange={(v) => onChange({ priority: isLabelKey(PROJECT_PRIORITY_LABELS, v) ? v : undefined })}
        clearable
        w={130}
      />
      <TextInput label="Tag" placeholder="Any" value={tag} onChange={(e) => setTag(e.currentTarget.value)} w={130} />
      <Group gap="md" pb={6}>
        <Checkbox label="Only my projects" checked={search.mine ?? false} onChange={(e) => onChange({ mine: e.currentTarget.checked || undefined })} />
        <Checkbox label="Include archived" checked={search.archived ?? false} onChange={(e) => onChange({ archived: e.currentTarget.checked || undefined })} />
      </Group>
      {filtered ? (
        <Button variant="subtle" onClick={clear}>
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}
