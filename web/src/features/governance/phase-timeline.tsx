// A project's lifecycle as a stepper: its methodology's phases (done, current, next) with the gate
// that ends each one, so everyone sees where the project stands and which gate it must pass next.
import { Stepper } from '@mantine/core';
import type { ProjectGovernance } from '../../api/types.ts';

const STATE_WORDS = { done: 'Done', current: 'Current phase', next: 'Ahead' } as const;

export function PhaseTimeline({ phases }: { phases: ProjectGovernance['phases'] }) {
  const current = phases.findIndex((p) => p.state === 'current');
  return (
    <Stepper active={current < 0 ? phases.length : current} size="sm" aria-label="Phases" allowNextStepsSelect={false} wrap>
      {phases.map((phase) => (
        <Stepper.Step
          key={phase.key}
          label={phase.name}
          description={`${STATE_WORDS[phase.state]}${phase.gateName ? ` · then ${phase.gateName}` : ''}`}
          aria-current={phase.state === 'current' ? 'step' : undefined}
          data-phase={phase.key}
          data-state={phase.state}
        />
      ))}
    </Stepper>
  );
}
