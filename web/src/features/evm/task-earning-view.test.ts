// How a task earns, as the earned-value page shows and edits it: why the bottom-up EAC is empty,
// the dialog's checks, the body it saves (nothing when nothing changed; a changed estimate dated
// today by the server unless a day is given) and where the server's field errors land.
import { describe, expect, it } from 'vitest';
import type { TaskEarning } from '../../api/types.ts';
import { bottomUpGap, taskEarningFieldOf, taskEarningValues, toTaskEarningBody, validateTaskEarning } from './task-earning-view.ts';

const unset: TaskEarning = { projectId: 'p', taskId: 't', taskName: 'Side 1', method: 'percent-complete', milestones: [], etc: null, etcAsOf: null, updatedAt: null, version: 0 };
const task = (name: string, etc: number | null) => ({ name, amounts: { bac: 1, pv: 0, ev: 0, ac: 0, etcBottomUp: etc } });
const indices = (eacMethod: 'cpi' | 'bottom-up', eac: number | null) => ({ eacMethod, eac }) as never;

describe('bottomUpGap', () => {
  it('names the tasks without an estimate when the bottom-up EAC is empty', () => {
    const tasks = [task('Side 1', 0), task('Side 2', null), task('Side 3', 500), task('Side 4', null)] as never;
    expect(bottomUpGap({ indices: indices('bottom-up', null), tasks })).toBe('No bottom-up EAC: 2 of 4 tasks have no estimate to complete (Side 2, Side 4). Give each an estimate (Edit on its row under Tasks), or give the project’s estimate to complete.');
  });
  it('says nothing when the EAC has a figure or another method is chosen', () => {
    const tasks = [task('Side 1', null)] as never;
    expect(bottomUpGap({ indices: indices('bottom-up', 1_000), tasks })).toBeNull();
    expect(bottomUpGap({ indices: indices('cpi', null), tasks })).toBeNull();
  });
});

describe('the earning dialog', () => {
  it('checks milestones only for the milestones method, and the estimate as money of the currency', () => {
    const values = { ...taskEarningValues(unset), method: 'milestones' as const, milestones: [{ name: '', weight: '0', done: false }, { name: 'B', weight: '-1', done: false }], etc: '12.345' };
    expect(validateTaskEarning(values, 'EUR')).toEqual({
      'milestones.0.name': 'Name the milestone.',
      'milestones.1.weight': 'A weight is a number of 0 or more.',
      milestones: 'Give at least one milestone a weight above 0.',
      etc: expect.stringMatching(/2 decimals|decimal/),
    });
    expect(validateTaskEarning({ ...values, method: '0/100', etc: '' }, 'EUR')).toEqual({});
  });

  it('saves nothing when nothing changed, and the whole settings when something did', () => {
    const values = taskEarningValues(unset);
    expect(toTaskEarningBody(values, unset, 'EUR')).toEqual({});
    expect(toTaskEarningBody({ ...values, method: '0/100' }, unset, 'EUR')).toEqual({ method: '0/100', milestones: [], etc: null });
    const milestones = [{ name: 'Posts set', weight: '3', done: true }, { name: 'Boards on', weight: '1', done: false }];
    expect(toTaskEarningBody({ ...values, method: 'milestones', milestones }, unset, 'EUR')).toEqual({
      method: 'milestones',
      milestones: [{ name: 'Posts set', weight: 3, done: true }, { name: 'Boards on', weight: 1, done: false }],
      etc: null,
    });
  });

  it('lets the server date a changed estimate today, and keeps the date of one that did not change', () => {
    const estimated: TaskEarning = { ...unset, method: '50/50', etc: { amountMinor: 120_000, currency: 'EUR' }, etcAsOf: '2027-03-02', version: 2 };
    const values = taskEarningValues(estimated);
    expect(values).toMatchObject({ etc: '1200.00', etcAsOf: '2027-03-02' });
    expect(toTaskEarningBody({ ...values, etc: '1500' }, estimated, 'EUR')).toEqual({ method: '50/50', milestones: [], etc: { amountMinor: 150_000, currency: 'EUR' } });
    expect(toTaskEarningBody({ ...values, method: '0/100' }, estimated, 'EUR')).toEqual({ method: '0/100', milestones: [], etc: { amountMinor: 120_000, currency: 'EUR' }, etcAsOf: '2027-03-02' });
    expect(toTaskEarningBody({ ...values, etc: '' }, estimated, 'EUR')).toEqual({ method: '50/50', milestones: [], etc: null });
  });

  it('puts the server’s field errors on their fields', () => {
    expect(['milestones[1].weight', 'milestones', 'etc.currency', 'etc.amountMinor', 'etcAsOf', 'taskId'].map(taskEarningFieldOf)).toEqual(['milestones.1.weight', 'milestones', 'etc', 'etc', 'etcAsOf', null]);
  });
});
