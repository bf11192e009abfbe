// The change request's forms: a proposed edit from its draft, and the details' create body and patch.
import { describe, expect, it } from 'vitest';
import type { ChangeRequest } from '../../api/types.ts';
import { changeDetailsValues, parseCostImpact, toChangeCreate, toChangePatch, validateChangeDetails } from './change-details-values.ts';
import { draftToEdit, editErrorOf, emptyDraft } from './edit-draft.ts';

const A = '0190a0c0-0000-7000-8000-00000000000a';

describe('proposed edit drafts', () => {
  it('turns days into working minutes and checks what each edit needs', () => {
    expect(draftToEdit({ ...emptyDraft('add_task'), name: ' Review ', durationDays: 1.5, afterTaskId: A }, 480)).toEqual({
      ok: true,
      edit: { op: 'add_task', name: 'Review', durationMinutes: 720, milestone: false, afterTaskId: A, beforeTaskId: null },
    });
    expect(draftToEdit({ ...emptyDraft('add_task'), durationDays: '' }, 480)).toEqual({ ok: false, errors: { name: 'Give the task a name.', durationDays: 'Enter the duration in days.' } });
    expect(draftToEdit({ ...emptyDraft('add_link'), predecessorId: A, successorId: A, lagDays: -1 }, 480)).toEqual({ ok: false, errors: { successorId: 'A task cannot follow itself.' } });
    expect(draftToEdit({ ...emptyDraft('set_constraint'), taskId: A, constraintType: 'ASAP', constraintDate: 'x' }, 480)).toEqual({ ok: true, edit: { op: 'set_constraint', taskId: A, type: 'ASAP', date: null } });
    expect(draftToEdit({ ...emptyDraft('set_constraint'), taskId: A }, 480).ok).toBe(false);
    expect(draftToEdit(emptyDraft('remove_link'), 480)).toEqual({ ok: false, errors: { linkId: 'Choose a link.' } });
  });

  it('finds the edit a server error names', () => {
    expect(editErrorOf('scheduleEdits.2.taskId')).toEqual({ index: 2, field: 'taskId' });
    expect(editErrorOf('title')).toBeNull();
  });
});

describe('change request details', () => {
  it('parses a cost impact that may be a saving', () => {
    expect(parseCostImpact('-1,500.50', 'EUR')).toEqual({ ok: true, money: { amountMinor: -150050, currency: 'EUR' } });
    expect(parseCostImpact('', 'EUR')).toEqual({ ok: true, money: null });
    expect(parseCostImpact('12.345', 'EUR').ok).toBe(false);
    expect(validateChangeDetails({ ...changeDetailsValues(), costAmount: 'abc' })).toMatchObject({ title: 'Give the change request a title.', costAmount: expect.any(String) });
  });

  it('creates with every field and patches only what changed', () => {
    const values = { ...changeDetailsValues(), title: 'Add security review', reason: 'Audit finding', costAmount: '2500' };
    expect(toChangeCreate(values)).toMatchObject({ title: 'Add security review', reason: 'Audit finding', costImpact: { amountMinor: 250000, currency: 'EUR' }, scheduleEdits: [] });
    const request = { ...toChangeCreate(values), ownerId: null, costImpact: { amountMinor: 250000, currency: 'EUR' } } as unknown as ChangeRequest;
    expect(toChangePatch({ ...changeDetailsValues(request), priority: 'high' }, request)).toEqual({ priority: 'high' });
    expect(toChangePatch({ ...changeDetailsValues(request), costAmount: '' }, request)).toEqual({ costImpact: null });
  });
});
