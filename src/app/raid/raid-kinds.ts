// The six RAID logs by the name the API and the CLI use for them.
import type { RaidKind } from '../../contracts/raid.schema.ts';
import { actionKind } from './actions.ts';
import { assumptionKind } from './assumptions.ts';
import { decisionKind } from './decisions.ts';
import { dependencyKind } from './dependencies.ts';
import { issueKind } from './issues.ts';
import type { LogKind } from './raid-log.ts';
import { riskKind } from './risks.ts';

export const RAID_LOGS: { readonly [K in RaidKind]: LogKind<any, any, any, any, any> } = {
  risks: riskKind,
  issues: issueKind,
  assumptions: assumptionKind,
  decisions: decisionKind,
  actions: actionKind,
  dependencies: dependencyKind,
};
