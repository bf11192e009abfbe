// The PMO's policies (Settings › Policies): each policy with its rule, severity and parameters, a
// switch to turn it on or off, and a form to tune it. Saving sends the whole policy with If-Match
// (version 0 for a built-in never edited); a 409 offers a reload. PMO and administrators only.
import { useState } from 'react';
import { Alert, Badge, Button, Card, Modal, Stack, Switch, Table, Text } from '@mantine/core';
import { usePolicies, useSavePolicy } from '../../api/compliance.ts';
import type { Policy, PolicyKindSpec } from '../../api/types.ts';
import { canEditRegister } from '../../auth/permissions.ts';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { BADGE_STYLE } from '../../ui/badges.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { ButtonLink } from '../../ui/router-links.tsx';
import { SeverityBadge } from './breach-list.tsx';
import { PolicyForm } from './policy-form.tsx';
import { paramSummary, toggledBody } from './policy-form-values.ts';

export function PoliciesPage() {
  const user = useCurrentUser();
  const policies = usePolicies();
  const save = useSavePolicy();
  const [editing, setEditing] = useState<Policy | null>(null);

  if (!canEditRegister(user)) return <Alert color="yellow" title="Not allowed">Only the PMO and administrators change policies.</Alert>;
  const kinds = new Map<string, PolicyKindSpec>((policies.data?.kinds ?? []).map((k) => [k.kind, k]));

  return (
    <Stack gap="md">
      <PageHeader
        title="Policies"
        subtitle="The rules every project is checked against on the Compliance page and at its gate reviews."
        actions={<ButtonLink to="/compliance" variant="default">Compliance</ButtonLink>}
      />
      <ProblemAlert error={policies.error ?? (editing ? null : save.error)} onReload={() => { save.reset(); void policies.refetch(); }} />
      <Card withBorder padding={0} radius="md">
        {policies.isPending ? <Pending label="Loading policies" /> : (
          <Table.ScrollContainer minWidth={900}>
            <Table aria-label="Policies" verticalSpacing="sm" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={90}>Enabled</Table.Th>
                  <Table.Th>Policy</Table.Th>
                  <Table.Th w={110}>Severity</Table.Th>
                  <Table.Th>Parameters</Table.Th>
                  <Table.Th w={90} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(policies.data?.items ?? []).map((policy) => (
                  <Table.Tr key={policy.key} data-policy={policy.key}>
                    <Table.Td>
                      <Switch aria-label={`${policy.name} enabled`} checked={policy.enabled} disabled={save.isPending}
                        onChange={(e) => save.mutate({ key: policy.key, version: policy.version, body: toggledBody(policy, e.currentTarget.checked) })} />
                    </Table.Td>
                    <Table.Td>
                      <Text fz="sm" fw={500}>{policy.name} {policy.builtIn ? <Badge style={BADGE_STYLE} size="xs" variant="outline" color="gray">Built-in</Badge> : null}</Text>
                      <Text fz="xs" c="dimmed">{policy.description}</Text>
                    </Table.Td>
                    <Table.Td><SeverityBadge severity={policy.severity} /></Table.Td>
                    <Table.Td fz="sm">{paramSummary(policy)}</Table.Td>
                    <Table.Td>
                      <Button size="compact-sm" variant="default" onClick={() => { save.reset(); setEditing(policy); }} aria-label={`Edit ${policy.name}`}>Edit</Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing?.name ?? ''} size="lg">
        {editing ? (
          <Stack>
            <ProblemAlert error={save.error} onReload={() => { save.reset(); setEditing(null); void policies.refetch(); }} />
            <PolicyForm
              key={`${editing.key}:${editing.version}`}
              policy={editing}
              kind={kinds.get(editing.kind)}
              submitting={save.isPending}
              onSubmit={async (body) => {
                await save.mutateAsync({ key: editing.key, version: editing.version, body });
                setEditing(null);
              }}
              onCancel={() => setEditing(null)}
            />
          </Stack>
        ) : null}
      </Modal>
    </Stack>
  );
}
