// The methodology editor's two pages: editing one (built-in or the PMO's own, under its key) and a
// new one, blank or duplicated from another ("Duplicate as new" in the library). Both go back to
// the library's methodologies once saved. PMO and administrators only.
import { Stack } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMethodologies, useMethodology } from '../../api/governance.ts';
import type { Methodology } from '../../api/types.ts';
import { canGovern } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ButtonLink } from '../../ui/router-links.tsx';
import { MethodologyEditor } from './methodology-editor.tsx';
import { blankMethodologyValues, duplicateFormValues, knownDeliverables, methodologyFormValues } from './methodology-form-values.ts';
import { LibrariesNotAllowed } from './not-allowed.tsx';
import { OriginBadge } from './origin-badge.tsx';

const editRoute = getRouteApi('/_app/settings/libraries/methodologies/$key/edit');
const newRoute = getRouteApi('/_app/settings/libraries/methodologies/new');

function useBackToLibrary() {
  const navigate = useNavigate();
  return () => void navigate({ to: '/settings/libraries', search: { tab: 'methodologies' } });
}

const backLink = <ButtonLink to="/settings/libraries" search={{ tab: 'methodologies' }} variant="default">Libraries</ButtonLink>;

export function MethodologyEditPage() {
  const { key } = editRoute.useParams();
  const user = useCurrentUser();
  const methodology = useMethodology(key);
  const library = useMethodologies();
  const back = useBackToLibrary();
  if (!canGovern(user)) return <LibrariesNotAllowed />;
  if (methodology.isPending || library.isPending) return <Pending label="Loading the methodology" />;
  if (methodology.error || library.error) return <ProblemAlert error={methodology.error ?? library.error} title="This methodology could not be shown" />;
  const m = methodology.data;
  return (
    <Stack gap="md" maw={1100}>
      <PageHeader title={`Edit ${m.name}`} subtitle={`key ${m.key} · version ${m.version}`} badges={<OriginBadge item={m} />} actions={backLink} />
      <MethodologyEditor
        key={`${m.key}:${m.version}`}
        initialValues={methodologyFormValues(m)}
        version={m.version}
        takenKeys={null}
        known={knownDeliverables(library.data)}
        onSaved={back}
        onCancel={back}
        onReload={() => void methodology.refetch()}
      />
    </Stack>
  );
}

export function MethodologyNewPage() {
  const { from } = newRoute.useSearch();
  const user = useCurrentUser();
  const library = useMethodologies();
  const back = useBackToLibrary();
  if (!canGovern(user)) return <LibrariesNotAllowed />;
  if (library.isPending) return <Pending label="Loading the methodology library" />;
  if (library.error) return <ProblemAlert error={library.error} />;
  const keys = library.data.map((m) => m.key);
  const source: Methodology | undefined = from ? library.data.find((m) => m.key === from) : undefined;
  return (
    <Stack gap="md" maw={1100}>
      <PageHeader
        title={source ? `Duplicate ${source.name}` : 'New methodology'}
        subtitle={source ? 'A copy under a new key: your own methodology, which projects may then follow.' : 'Your own lifecycle: its phases and the gates between them.'}
        actions={backLink}
      />
      <MethodologyEditor
        key={source?.key ?? 'blank'}
        initialValues={source ? duplicateFormValues(source, keys) : blankMethodologyValues()}
        version={0}
        takenKeys={keys}
        known={knownDeliverables(library.data)}
        onSaved={back}
        onCancel={back}
      />
    </Stack>
  );
}
