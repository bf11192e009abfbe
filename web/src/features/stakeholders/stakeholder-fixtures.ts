// Stakeholders as the API answers them, for the stakeholder and communication helpers' tests.
import type { Stakeholder } from '../../api/stakeholders.ts';

export function stakeholder(patch: Partial<Stakeholder> = {}): Stakeholder {
  return {
    id: '0190a0c0-0000-7000-8000-00000000000a',
    code: 'STK-001',
    projectId: 'p1',
    projectCode: 'PRJ-001',
    projectName: 'Warehouse Move',
    title: 'Works council',
    description: '',
    ownerId: null,
    ownerName: null,
    createdBy: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    version: 1,
    status: 'active',
    userId: null,
    userName: null,
    organisation: 'Acme',
    role: '',
    email: '',
    phone: '',
    contactEmail: null,
    category: 'other',
    influence: 2,
    interest: 4,
    quadrant: 'keep_informed',
    engagementCurrent: 'neutral',
    engagementDesired: 'supportive',
    engagementGap: 1,
    ...patch,
  };
}
