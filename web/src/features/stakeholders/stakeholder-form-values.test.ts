// The stakeholder form: a person in Orrery or someone else, the client's checks, the body that adds
// one, the patch that changes only what changed, and server errors on the fields they name.
import { describe, expect, it } from 'vitest';
import { stakeholder } from './stakeholder-fixtures.ts';
import { stakeholderFieldOf, stakeholderFormValues, toStakeholderCreate, toStakeholderPatch, validateStakeholder } from './stakeholder-form-values.ts';

describe('stakeholder form', () => {
  it('starts a new one as a person, unscored, neutral wanting supportive', () => {
    const v = stakeholderFormValues();
    expect(v).toMatchObject({ who: 'person', userId: null, influence: '', interest: '', engagementCurrent: 'neutral', engagementDesired: 'supportive', category: 'other' });
    expect(validateStakeholder(v)).toEqual({
      userId: 'Choose the person, or add someone outside Orrery.',
      influence: 'Score their influence (power over the project).',
      interest: 'Score their interest in the project.',
    });
  });

  it('needs a name and a valid address for someone outside Orrery', () => {
    const v = { ...stakeholderFormValues(), who: 'other' as const, influence: '4', interest: '4', email: 'dana@' };
    expect(validateStakeholder(v)).toEqual({ title: 'Give the stakeholder’s name.', email: 'Give a valid e-mail address, or leave it empty.' });
    expect(validateStakeholder({ ...v, title: 'Dana Finch', email: 'dana@acme.example' })).toEqual({});
  });

  it('adds a person without a name (theirs is used) and someone else without a userId', () => {
    const person = { ...stakeholderFormValues(), userId: 'u1', influence: '4', interest: '2', role: ' CFO ' };
    expect(toStakeholderCreate(person)).toEqual({
      userId: 'u1', organisation: '', role: 'CFO', email: '', phone: '', category: 'other', influence: 4, interest: 2,
      engagementCurrent: 'neutral', engagementDesired: 'supportive', ownerId: null, description: '',
    });
    const other = { ...person, who: 'other' as const, title: ' Dana Finch ', email: ' dana@acme.example ' };
    expect(toStakeholderCreate(other)).toMatchObject({ title: 'Dana Finch', userId: null, email: 'dana@acme.example' });
  });

  it('edits only what changed', () => {
    const original = stakeholder({ email: 'dana@acme.example', contactEmail: 'dana@acme.example' });
    const v = stakeholderFormValues(original);
    expect(v.who).toBe('other');
    expect(toStakeholderPatch(v, original)).toEqual({});
    expect(toStakeholderPatch({ ...v, engagementCurrent: 'supportive', engagementDesired: 'leading', interest: '5' }, original)).toEqual({ engagementCurrent: 'supportive', engagementDesired: 'leading', interest: 5 });
    expect(toStakeholderPatch({ ...v, who: 'person', userId: 'u2' }, original)).toEqual({ userId: 'u2' });
  });

  it('keeps a person’s name when the name is cleared, and drops the person when they become someone else', () => {
    const original = stakeholder({ title: 'Pat Planner', userId: 'u1', userName: 'Pat Planner' });
    const v = stakeholderFormValues(original);
    expect(v.who).toBe('person');
    expect(toStakeholderPatch({ ...v, title: '' }, original)).toEqual({});
    expect(toStakeholderPatch({ ...v, who: 'other' }, original)).toEqual({ userId: null });
  });

  it('puts server errors on the field their path names', () => {
    expect(stakeholderFieldOf('email')).toBe('email');
    expect(stakeholderFieldOf('userId')).toBe('userId');
    expect(stakeholderFieldOf('quadrant')).toBeNull();
  });
});
