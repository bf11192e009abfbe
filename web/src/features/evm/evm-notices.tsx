// What keeps a project's earned value from being whole, and what to do about it: no figures at all
// (no baseline 0, no task costs: the server's sentence says which), approved hours left unpriced
// for want of a cost rate (the PMO sets rates), actual cost booked to no task of the baseline, and
// tasks without an estimate to complete when the bottom-up EAC is asked for.
import { Alert, Group, Stack, Text } from '@mantine/core';
import type { ProjectEvm } from '../../api/types.ts';
import { AnchorLink, ButtonLink } from '../../ui/router-links.tsx';
import { formatHours, money } from './evm-view.ts';
import { bottomUpGap } from './task-earning-view.ts';

export function EvmNotices({ evm }: { evm: ProjectEvm }) {
  return (
    <Stack gap="sm">
      {evm.notAssessed ? (
        <Alert color="yellow" title="No earned value yet" role="status" data-notice="not-assessed">
          <Text size="sm">{evm.notAssessed}</Text>
          <Text size="sm" mt={4}>Spent so far: {money(evm.amounts.ac, evm.currency)}.</Text>
          <Group mt="sm">
            <ButtonLink size="xs" variant="white" to="/projects/$projectId/schedule" params={{ projectId: evm.projectId }}>Open the schedule</ButtonLink>
          </Group>
        </Alert>
      ) : null}
      {evm.unpricedMinutes > 0 ? (
        <Alert color="orange" title="Hours without a cost rate" role="status" data-notice="unpriced">
          <Text size="sm">
            {formatHours(evm.unpricedMinutes)} of approved time is left out of actual cost: the people who booked it had no cost rate on those days.
            The PMO sets cost rates under <AnchorLink to="/settings/rates" fz="sm">Rates</AnchorLink>; the hours count as soon as a rate covers their day.
          </Text>
        </Alert>
      ) : null}
      {!evm.notAssessed && bottomUpGap(evm) ? <Text size="sm" c="dimmed" data-notice="bottom-up">{bottomUpGap(evm)}</Text> : null}
      {!evm.notAssessed && evm.unassignedAc > 0 ? (
        <Text size="sm" c="dimmed" data-notice="unassigned">
          {money(evm.unassignedAc, evm.currency)} of actual cost is booked to the project but to no task of baseline 0: it is in the project’s AC and in no task’s.
        </Text>
      ) : null}
    </Stack>
  );
}
