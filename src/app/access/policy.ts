// Who may do what. Every use case asks here before it reads or writes; nothing else decides.
//
// Organisation roles: admin (everything, including accounts and the audit trail), pmo (runs the
// register), executive (reads everything, changes nothing), member (sees the register's structure
// and the projects they take part in).
// Project roles: manager (edits the project and its team), contributor (works on it), viewer.
import type { ProjectRole } from '../../contracts/project.schema.ts';
import type { Actor } from '../context.ts';
import { forbidden } from '../errors.ts';

export const canAdminister = (actor: Actor): boolean => actor.orgRole === 'admin';
export const canEditRegister = (actor: Actor): boolean => actor.orgRole === 'admin' || actor.orgRole === 'pmo';
export const canReadAllProjects = (actor: Actor): boolean => actor.orgRole !== 'member';

/**
 * Who reads a resource's rates: those who read everyone's person rates (the PMO, administrators),
 * and a person their own resource's — as with person rates, pay is personal.
 */
export const canReadResourceRates = (actor: Actor, resource: { readonly userId: string | null }): boolean =>
  canEditRegister(actor) || (resource.userId !== null && resource.userId === actor.userId);

export function requireAdmin(actor: Actor, doing: string): void {
  if (!canAdminister(actor)) throw forbidden(doing);
}

export function requireRegisterEditor(actor: Actor, doing: string): void {
  if (!canEditRegister(actor)) throw forbidden(doing);
}

/** The fields of a project only the PMO may change: they move it in the register or reassign it. */
export const PMO_ONLY_PROJECT_FIELDS = ['portfolioId', 'programId', 'sponsorId', 'managerId'] as const;

export interface ProjectAccessFacts {
  readonly managerId: string | null;
  readonly sponsorId: string | null;
  /** The actor's explicit membership role, if any. */
  readonly memberRole: ProjectRole | null;
}

/** The actor's effective role on one project: the named manager manages, the sponsor views. */
export function projectRoleOf(actor: Actor, facts: ProjectAccessFacts): ProjectRole | null {
  if (facts.managerId === actor.userId) return 'manager';
  if (facts.memberRole) return facts.memberRole;
  if (facts.sponsorId === actor.userId) return 'viewer';
  return null;
}

export const canReadProject = (actor: Actor, facts: ProjectAccessFacts): boolean =>
  canReadAllProjects(actor) || projectRoleOf(actor, facts) !== null;

export const canEditProject = (actor: Actor, facts: ProjectAccessFacts): boolean =>
  canEditRegister(actor) || (actor.orgRole !== 'executive' && projectRoleOf(actor, facts) === 'manager');

/** Who may add to and keep a project's logs (risks, issues, actions …): its team, not only its manager. */
export const canContributeToProject = (actor: Actor, facts: ProjectAccessFacts): boolean => {
  const role = projectRoleOf(actor, facts);
  return canEditRegister(actor) || (actor.orgRole !== 'executive' && (role === 'manager' || role === 'contributor'));
};

/**
 * The change board of a project's change requests: its sponsor, the PMO and administrators (its
 * manager submits and applies them, but does not approve their own plan's changes).
 */
export const canDecideAnyChange = (actor: Actor): boolean => canEditRegister(actor);
export const canDecideChange = (actor: Actor, project: { readonly sponsorId: string | null }): boolean =>
  canDecideAnyChange(actor) || (project.sponsorId !== null && project.sponsorId === actor.userId);

/**
 * Intake: any member drafts and submits their own project requests; the PMO and administrators
 * triage and decide them; executives read them all (as they read every project).
 */
export const canTriageRequests = (actor: Actor): boolean => canEditRegister(actor);
/** Raising, and commenting on, project requests: everyone but executives, who read them. */
export const canRaiseRequests = (actor: Actor): boolean => actor.orgRole !== 'executive';
export const canReadAllRequests = (actor: Actor): boolean => canReadAllProjects(actor);
/** A project is closed for its benefits once completed, cancelled or archived. */
export const isClosedProject = (project: { readonly status: string; readonly archivedAt: string | null }): boolean =>
  project.status === 'completed' || project.status === 'cancelled' || project.archivedAt !== null;

/**
 * Who adds and removes a project's benefits: its editors while it runs; once it has closed, the
 * PMO and administrators (benefits are mostly measured after the project ends).
 */
export const canKeepBenefits = (actor: Actor, facts: ProjectAccessFacts, closed: boolean): boolean =>
  canEditRegister(actor) || (!closed && canEditProject(actor, facts));

/** Who changes a benefit and records its measurements: those who keep the project's benefits, and always its owner (not an executive). */
export const canKeepBenefit = (actor: Actor, facts: ProjectAccessFacts, closed: boolean, benefit: { readonly ownerId: string | null }): boolean =>
  canKeepBenefits(actor, facts, closed) || (actor.orgRole !== 'executive' && benefit.ownerId !== null && benefit.ownerId === actor.userId);

/** Scenario planning is the PMO's: it keeps scenarios; executives (and administrators) read them. */
export const canReadScenarios = canReadAllProjects;
export const canEditScenarios = canEditRegister;
