// The risks across every project I can see, narrowed to a portfolio or a program: the PMO's view
// of where exposure sits (the heat map) and the register behind it, each risk with its project.
// Risks are added on their project's RAID page; here a row opens the risk to review or change it.
import { Group, Select, Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { usePortfolios } from '../../api/portfolios.ts';
import { usePrograms } from '../../api/programs.ts';
import { raidExportUrl } from '../../api/raid.ts';
import { ExportButtons } from '../../ui/export-buttons.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { RaidLogPanel } from './raid-log-panel.tsx';
import type { RaidScope, RaidSearch } from './raid-search.ts';

const route = getRouteApi('/_app/risks');

export function PortfolioRisksPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const portfolios = usePortfolios();
  const programs = usePrograms(search.portfolioId, { enabled: Boolean(search.portfolioId) });
  const setSearch = (patch: Partial<RaidSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  const scope: RaidScope = {
    ...(search.portfolioId ? { portfolioId: search.portfolioId } : {}),
    ...(search.programId ? { programId: search.programId } : {}),
  };

  return (
    <Stack gap="md">
      <PageHeader
        title="Risks"
        subtitle="The risks of every project you can see, on the PMO’s matrix."
        actions={<ExportButtons href={(format) => raidExportUrl({ ...scope, kinds: 'risks', format })} />}
      />
      <Group gap="sm" align="flex-end" role="search" aria-label="Scope">
        <Select
          label="Portfolio"
          placeholder="All portfolios"
          data={(portfolios.data ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))}
          value={search.portfolioId ?? null}
          onChange={(v) => setSearch({ portfolioId: v ?? undefined, programId: undefined })}
          clearable
          searchable
          w={260}
        />
        <Select
          label="Program"
          placeholder={search.portfolioId ? 'All programs' : 'Choose a portfolio first'}
          data={(programs.data ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))}
          value={search.programId ?? null}
          onChange={(v) => setSearch({ programId: v ?? undefined })}
          disabled={!search.portfolioId}
          clearable
          searchable
          w={260}
        />
      </Group>
      <RaidLogPanel kind="risks" search={search} onSearch={setSearch} scope={scope} showProject />
    </Stack>
  );
}
