// A communication plan item as the API answers it, for the plan helpers' tests.
import type { Communication } from '../../api/communications.ts';

export function communication(patch: Partial<Communication> = {}): Communication {
  return {
    id: 'c1',
    code: 'COM-001',
    projectId: 'p1',
    projectCode: 'PRJ-001',
    projectName: 'Warehouse Move',
    title: 'Monthly status e-mail',
    description: '',
    ownerId: null,
    ownerName: null,
    ownerEmail: null,
    createdBy: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    version: 1,
    status: 'active',
    type: 'status_report',
    frequency: 'monthly',
    channel: 'email',
    audience: { stakeholderIds: ['s1'], userIds: [], groups: ['Site B'] },
    recipients: [],
    nextDueOn: '2026-03-02',
    lastDoneOn: null,
    lastDoneBy: null,
    report: null,
    dueState: 'due',
    daysOverdue: 0,
    ...patch,
  };
}
