// What every row of the access and contract matrices is made of: the roles a test signs in as,
// the groups of roles routes allow, the test environment, and the shape of a case.
import type { FastifyInstance } from 'fastify';
import type { Cast } from './fixtures.ts';
import type { Register } from './register-fixtures.ts';
import type { AppDeps } from '../../src/app/context.ts';

export type Role = 'admin' | 'pmo' | 'executive' | 'member' | 'manager' | 'contributor' | 'outsider';
export const ROLES: Role[] = ['admin', 'pmo', 'executive', 'member', 'manager', 'contributor', 'outsider'];
export const ALL = ROLES;
export const REGISTER_EDITORS: Role[] = ['admin', 'pmo'];
export const PROJECT_READERS: Role[] = ['admin', 'pmo', 'executive', 'manager', 'contributor'];
export const PROJECT_EDITORS: Role[] = ['admin', 'pmo', 'manager'];
/** Who keeps a project's logs: its manager and team, and the PMO. */
export const PROJECT_WORKERS: Role[] = ['admin', 'pmo', 'manager', 'contributor'];

export interface Env {
  deps: AppDeps;
  cast: Cast;
  reg: Register;
  app: FastifyInstance;
}
export interface Case {
  route: string;
  allowed: Role[];
  /** Prepares a target and returns the request to make. */
  request: (env: Env, role: Role) => Promise<{ method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'; url: string; body?: unknown; ifMatch?: number }>;
  mutates: boolean;
  /** Needs If-Match (default: PATCH, archive and restore). */
  versioned?: boolean;
  /** Audit events an allowed call writes (default 1: one per record it changes). */
  audits?: number;
}
