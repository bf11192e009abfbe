// One row per API operation: who may call it, and how to make a request to it against fresh
// targets. The access matrix and the contract matrix tests both walk these rows.
import type { Case } from './route-case-kit.ts';
import { CORE_CASES } from './core-route-cases.ts';
import { GOVERNANCE_CASES } from './governance-route-cases.ts';
import { MONEY_CASES } from './money-route-cases.ts';
import { PLATFORM_CASES } from './platform-route-cases.ts';
import { RESOURCE_CASES } from './resource-route-cases.ts';
import { TIMESHEET_CASES } from './timesheet-route-cases.ts';
import { PMO_CASES } from './pmo-route-cases.ts';
import { INTAKE_CASES } from './intake-route-cases.ts';
import { LESSONS_CASES } from './lessons-route-cases.ts';
import { BENEFIT_CASES } from './benefit-route-cases.ts';
import { SCENARIO_CASES } from './scenario-route-cases.ts';
import { KNOWLEDGE_CASES } from './knowledge-route-cases.ts';
import { TRAINING_CASES } from './training-route-cases.ts';
import { SUPPORT_CASES } from './support-route-cases.ts';

export { ROLES, type Case, type Env, type Role } from './route-case-kit.ts';

export const CASES: Case[] = [
  ...CORE_CASES,
  ...GOVERNANCE_CASES,
  ...TIMESHEET_CASES,
  ...PMO_CASES,
  ...INTAKE_CASES,
  ...LESSONS_CASES,
  ...BENEFIT_CASES,
  ...SCENARIO_CASES,
  ...KNOWLEDGE_CASES,
  ...TRAINING_CASES,
  ...SUPPORT_CASES,
  ...MONEY_CASES,
  ...PLATFORM_CASES,
  ...RESOURCE_CASES,
];
