// Governance settings: the PMO's operating model (editable by the PMO and administrators, read by
// everyone who opens the page) and the methodology library browser; the PMO edits the libraries
// (methodologies, review types, templates) on the Libraries page it links to.
import { Stack } from '@mantine/core';
import { canGovern } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { ButtonLink } from '../../ui/router-links.tsx';
import { MethodologyBrowser } from './methodology-browser.tsx';
import { OperatingModelCard } from './operating-model-card.tsx';

export function GovernanceSettingsPage() {
  const user = useCurrentUser();
  return (
    <Stack gap="md" maw={1100}>
      <PageHeader
        title="Governance"
        subtitle="How gates hold, and the lifecycles projects follow."
        actions={canGovern(user) ? <ButtonLink to="/settings/libraries" variant="default">Edit the libraries</ButtonLink> : null}
      />
      <OperatingModelCard editable={canGovern(user)} />
      <MethodologyBrowser editable={canGovern(user)} />
    </Stack>
  );
}
