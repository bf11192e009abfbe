// The PMO's operating model: what a failed mandatory criterion or a missing deliverable costs at a
// gate (warn, need a waiver, or block). The PMO and administrators change it (If-Match; a 409 offers
// a reload); everyone else reads it.
import { useState } from 'react';
import { Button, Card, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useGovernanceSettings, useSetOperatingModel } from '../../api/governance.ts';
import type { OperatingModel } from '../../api/types.ts';
import { Pending } from '../../ui/pending.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { OPERATING_MODELS } from './governance-labels.ts';

const MODELS = Object.keys(OPERATING_MODELS) as OperatingModel[];

export function OperatingModelCard({ editable }: { editable: boolean }) {
  const settings = useGovernanceSettings();
  const save = useSetOperatingModel();
  const [chosen, setChosen] = useState<OperatingModel | null>(null);
  if (settings.isPending) return <Pending label="Loading the operating model" />;
  if (settings.error) return <ProblemAlert error={settings.error} />;
  const current = settings.data.operatingModel;
  const value = chosen ?? current;

  const submit = async () => {
    await save.mutateAsync({ version: settings.data.version, operatingModel: value });
    setChosen(null);
  };
  const reload = async () => {
    save.reset();
    await settings.refetch();
  };

  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} size="h4" mb="xs">
        Operating model
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        How strictly gates hold: the same checklist and deliverables weigh differently under each of the three PMO types.
      </Text>
      <Stack>
        <ProblemAlert error={save.error} title="The operating model was not changed" onReload={() => void reload()} />
        <Radio.Group label="Operating model" value={value} onChange={(v) => setChosen(v as OperatingModel)} readOnly={!editable}>
          <Stack gap="sm" mt="xs">
            {MODELS.map((m) => (
              <Radio key={m} value={m} label={`${OPERATING_MODELS[m].label}${m === current ? ' (in force)' : ''}`} description={OPERATING_MODELS[m].explanation} disabled={!editable && m !== current} />
            ))}
          </Stack>
        </Radio.Group>
        {editable ? (
          <Group justify="flex-end">
            <Button onClick={() => void submit().catch(() => undefined)} disabled={value === current} loading={save.isPending}>
              Save operating model
            </Button>
          </Group>
        ) : (
          <Text size="xs" c="dimmed">
            Only the PMO and administrators change it.
          </Text>
        )}
      </Stack>
    </Card>
  );
}
