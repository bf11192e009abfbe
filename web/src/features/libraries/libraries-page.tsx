// The PMO's libraries (Settings › Libraries): what Orrery ships and the PMO makes its own —
// methodologies, quality review types and project templates — a tab each, the tab in the URL.
// PMO and administrators only.
import { Stack, Tabs } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { canGovern } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { ButtonLink } from '../../ui/router-links.tsx';
import { isLibraryTab } from './libraries-search.ts';
import { MethodologyLibrary } from './methodology-library.tsx';
import { LibrariesNotAllowed } from './not-allowed.tsx';
import { ReviewTypeLibrary } from './review-type-library.tsx';
import { TemplateLibrary } from './template-library.tsx';

const route = getRouteApi('/_app/settings/libraries');

export function LibrariesPage() {
  const user = useCurrentUser();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  if (!canGovern(user)) return <LibrariesNotAllowed />;
  const tab = search.tab ?? 'methodologies';
  return (
    <Stack gap="md" maw={1200}>
      <PageHeader
        title="Libraries"
        subtitle="Orrery ships a sensible default set; the PMO edits its own."
        actions={<ButtonLink to="/settings/governance" variant="default">Governance</ButtonLink>}
      />
      <Tabs value={tab} onChange={(next) => isLibraryTab(next) && void navigate({ search: { tab: next }, replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="methodologies">Methodologies</Tabs.Tab>
          <Tabs.Tab value="review-types">Review types</Tabs.Tab>
          <Tabs.Tab value="templates">Templates</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="methodologies">
          <MethodologyLibrary />
        </Tabs.Panel>
        <Tabs.Panel value="review-types">
          <ReviewTypeLibrary />
        </Tabs.Panel>
        <Tabs.Panel value="templates">
          <TemplateLibrary />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
