import { describe, expect, it } from 'vitest';
import { canDecideChange, canEditProject, canReadProject, projectRoleOf } from './policy.ts';
import type { Actor } from '../context.ts';

const actor = (orgRole: Actor['orgRole'], userId = 'u1'): Actor => ({ userId, name: 'X', orgRole, via: 'token' });
const none = { managerId: null, sponsorId: null, memberRole: null };

describe('project access', () => {
  it('makes the named manager a manager, the sponsor a viewer, and members what they were given', () => {
    expect(projectRoleOf(actor('member'), { ...none, managerId: 'u1' })).toBe('manager');
    expect(projectRoleOf(actor('member'), { ...none, sponsorId: 'u1' })).toBe('viewer');
    expect(projectRoleOf(actor('member'), { ...none, sponsorId: 'u1', memberRole: 'contributor' })).toBe('contributor');
    expect(projectRoleOf(actor('member'), none)).toBeNull();
  });

  it('lets executives read every project and edit none, even one they manage', () => {
    expect(canReadProject(actor('executive'), none)).toBe(true);
    expect(canEditProject(actor('executive'), { ...none, managerId: 'u1' })).toBe(false);
  });

  it('lets members edit only projects they manage', () => {
    expect(canEditProject(actor('member'), { ...none, memberRole: 'contributor' })).toBe(false);
    expect(canEditProject(actor('member'), { ...none, managerId: 'u1' })).toBe(true);
    expect(canReadProject(actor('member'), none)).toBe(false);
  });

  it('puts the sponsor, the PMO and administrators on a project’s change board, not its manager', () => {
    expect(canDecideChange(actor('member'), { sponsorId: 'u1' })).toBe(true);
    expect(canDecideChange(actor('pmo'), { sponsorId: null })).toBe(true);
    expect(canDecideChange(actor('admin'), { sponsorId: 'u2' })).toBe(true);
    expect(canDecideChange(actor('member'), { sponsorId: 'u2' })).toBe(false);
    expect(canDecideChange(actor('executive', ''), { sponsorId: null })).toBe(false);
  });
});
