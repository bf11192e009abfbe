// The communication plan's helpers: an item's due state in words, its recipients flagged when no
// e-mail reaches them, and the form's checks, body, patch (with the report Orrery sends) and
// server-error fields.
import { describe, expect, it } from 'vitest';
import { communication } from './communication-fixtures.ts';
import { communicationFieldOf, communicationFormValues, isPeriodic, toCommunicationCreate, toCommunicationPatch, validateCommunication } from './communication-form-values.ts';
import { dueText, recipientSummary, recipientViews } from './communication-view.ts';

describe('plan view', () => {
  it('says how an item stands', () => {
    expect(dueText({ dueState: 'overdue', daysOverdue: 3 })).toBe('Overdue by 3 days');
    expect(dueText({ dueState: 'overdue', daysOverdue: 1 })).toBe('Overdue by 1 day');
    expect(dueText({ dueState: 'due', daysOverdue: 0 })).toBe('Due today');
    expect(dueText({ dueState: 'paused', daysOverdue: null })).toBe('Paused');
  });

  it('flags recipients no e-mail reaches: groups, and stakeholders or people without an address', () => {
    const recipients = [
      { via: 'stakeholder' as const, id: 's1', code: 'STK-001', name: 'Dana Finch', email: 'dana@acme.example' },
      { via: 'stakeholder' as const, id: 's2', code: 'STK-002', name: 'Works council', email: null },
      { via: 'group' as const, id: null, code: null, name: 'Site B', email: null },
    ];
    expect(recipientViews(recipients).map((r) => [r.name, r.flag, r.title])).toEqual([
      ['Dana Finch', null, 'STK-001 · Dana Finch <dana@acme.example>'],
      ['Works council', 'no address', 'STK-002 · Works council: no e-mail address'],
      ['Site B', 'group', 'Site B: a group, reached outside Orrery'],
    ]);
    expect(recipientSummary(recipients)).toBe('3 recipients, 1 without an address');
    expect(recipientSummary(recipients.slice(0, 1))).toBe('1 recipient');
    expect(recipientSummary([])).toBe('No audience');
  });
});

describe('communication form', () => {
  it('starts as a monthly e-mailed status report and needs a title', () => {
    const v = communicationFormValues();
    expect(v).toMatchObject({ type: 'status_report', frequency: 'monthly', channel: 'email', status: 'active', nextDueOn: '' });
    expect(Object.keys(validateCommunication(v))).toEqual(['title']);
    expect(validateCommunication({ ...v, title: 'Board pack', nextDueOn: '2/3/2026' })).toEqual({ nextDueOn: 'Give a date, or leave it empty.' });
    expect(isPeriodic('quarterly')).toBe(true);
    expect(isPeriodic('ad_hoc')).toBe(false);
  });

  it('adds an item without a date (the server’s default) and with the groups trimmed', () => {
    const v = { ...communicationFormValues(), title: ' Board pack ', stakeholderIds: ['s1'], groups: [' Site B ', ' '] };
    expect(toCommunicationCreate(v)).toEqual({
      title: 'Board pack', description: '', type: 'status_report', frequency: 'monthly', channel: 'email', ownerId: null,
      audience: { stakeholderIds: ['s1'], userIds: [], groups: ['Site B'] }, status: 'active', report: null,
    });
    expect(toCommunicationCreate({ ...v, nextDueOn: '2026-04-01' }).nextDueOn).toBe('2026-04-01');
  });

  it('edits only what changed, the audience whole when any of it changed', () => {
    const original = communication({ audience: { stakeholderIds: ['s1', 's2'], userIds: [], groups: ['Site B'] } });
    const v = communicationFormValues(original);
    expect(toCommunicationPatch(v, original)).toEqual({});
    expect(toCommunicationPatch({ ...v, stakeholderIds: ['s2', 's1'] }, original)).toEqual({});
    expect(toCommunicationPatch({ ...v, userIds: ['u1'] }, original)).toEqual({ audience: { stakeholderIds: ['s1', 's2'], userIds: ['u1'], groups: ['Site B'] } });
    expect(toCommunicationPatch({ ...v, nextDueOn: '', status: 'paused' }, original)).toEqual({ nextDueOn: null, status: 'paused' });
  });

  it('names the report Orrery sends, which needs the e-mail channel and an owner', () => {
    const v = { ...communicationFormValues(), title: 'Board pack', report: 'portfolio:xlsx' };
    expect(validateCommunication({ ...v, channel: 'meeting' })).toEqual({ channel: 'Orrery sends reports by e-mail: choose E-mail, or let the owner send it.', ownerId: 'Name an owner: Orrery draws the report up as they see it.' });
    expect(toCommunicationCreate({ ...v, ownerId: 'u1' }).report).toEqual({ kind: 'portfolio', format: 'xlsx' });
    const original = communication({ ownerId: 'u1', report: { kind: 'project_status', format: 'pdf' } });
    const values = communicationFormValues(original);
    expect(values.report).toBe('project_status:pdf');
    expect(toCommunicationPatch(values, original)).toEqual({});
    expect(toCommunicationPatch({ ...values, report: '' }, original)).toEqual({ report: null });
    expect(communicationFieldOf('report.format')).toBe('report');
  });

  it('puts server errors on the field their path names', () => {
    expect(communicationFieldOf('audience.stakeholderIds[1]')).toBe('stakeholderIds');
    expect(communicationFieldOf('audience.userIds[0]')).toBe('userIds');
    expect(communicationFieldOf('audience')).toBe('stakeholderIds');
    expect(communicationFieldOf('nextDueOn')).toBe('nextDueOn');
    expect(communicationFieldOf('recipients')).toBeNull();
  });
});
