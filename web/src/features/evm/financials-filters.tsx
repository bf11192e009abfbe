// The portfolio financials' scope: a portfolio, one of its programs (as the dashboard's filter
// bar picks them, from the register's own lists), the status date and the EAC method, all in the URL.
import { Button, Group, Select } from '@mantine/core';
import { usePortfolios } from '../../api/portfolios.ts';
import { usePrograms } from '../../api/programs.ts';
import { EvmControls } from './evm-controls.tsx';
import type { FinancialsSearch } from './evm-view.ts';

interface FinancialsFiltersProps {
  search: FinancialsSearch;
  statusDate: string;
  onChange: (patch: Partial<FinancialsSearch>) => void;
  onClear: () => void;
}

const labelled = (items: readonly { id: string; code: string; name: string; archivedAt?: string | null }[] | undefined) =>
  (items ?? []).filter((i) => !i.archivedAt).map((i) => ({ value: i.id, label: `${i.code} · ${i.name}` }));

export function FinancialsFilters({ search, statusDate, onChange, onClear }: FinancialsFiltersProps) {
  const portfolios = usePortfolios();
  const programs = usePrograms(search.portfolioId);
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <Group align="flex-end" gap="sm" role="search" aria-label="Filter the financials">
        <Select label="Portfolio" placeholder="All" w={220} clearable searchable data={labelled(portfolios.data)} value={search.portfolioId ?? null}
          onChange={(v) => onChange({ portfolioId: v ?? undefined, programId: undefined })} />
        <Select label="Program" placeholder="All" w={220} clearable searchable data={labelled(programs.data)} value={search.programId ?? null}
          onChange={(v) => onChange({ programId: v ?? undefined })} />
      </Group>
      <EvmControls statusDate={statusDate} eac={search.eac ?? 'cpi'} onChange={onChange} />
      {search.portfolioId || search.programId || search.statusDate || search.eac ? <Button variant="subtle" onClick={onClear}>Clear</Button> : null}
    </Group>
  );
}
