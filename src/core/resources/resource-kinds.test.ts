import { describe, expect, it } from 'vitest';
import { defaultMaxUnits, kindProblems, maxUnitsProblems, rateProblems, skillProblems, type KindFields } from './resource-kinds.ts';
import { maxUnitsOn } from './capacity.ts';

const person: KindFields = { kind: 'person', userId: null, roleId: null, email: null, unit: null, headcount: null, maxUnitsRows: 0 };
const parts = { standard: false, overtime: false, perUse: false, perUnit: false };

describe('resource kinds', () => {
  it('gives persons and equipment 100 %, a role its headcount, material and cost no capacity', () => {
    expect([defaultMaxUnits('person', null), defaultMaxUnits('equipment', null), defaultMaxUnits('role', 3), defaultMaxUnits('role', null)]).toEqual([100, 100, 300, 100]);
    expect([defaultMaxUnits('material', null), defaultMaxUnits('cost', null)]).toEqual([null, null]);
  });

  it('takes the latest row on or before the day, and the default before the first', () => {
    const rows = [{ from: '2027-07-01', units: 50 }, { from: '2027-01-01', units: 100 }, { from: '2028-01-01', units: 80 }];
    expect(['2026-12-31', '2027-01-01', '2027-06-30', '2027-07-01', '2028-05-05'].map((d) => maxUnitsOn(rows, d, 300))).toEqual([300, 100, 100, 50, 80]);
    expect(maxUnitsProblems([...rows, { from: '2027-07-01', units: 20 }])).toEqual([{ path: 'maxUnits.3.from', message: 'row 1 already starts on 2027-07-01; give one row per day' }]);
  });

  it('says which fields do not belong to a kind and what material needs', () => {
    expect(kindProblems(person)).toEqual([]);
    expect(kindProblems({ ...person, userId: 'u', email: 'a@b.c' }).map((p) => p.path)).toEqual(['email']);
    expect(kindProblems({ ...person, kind: 'material' })).toEqual([{ path: 'unit', message: 'material needs the unit it is counted in, e.g. t, m³, pcs' }]);
    expect(kindProblems({ ...person, kind: 'equipment', userId: 'u', headcount: 2 }).map((p) => p.path)).toEqual(['userId', 'headcount']);
    expect(kindProblems({ ...person, kind: 'cost', maxUnitsRows: 1 }).map((p) => p.message)).toEqual(['a cost resource has no capacity; leave maximum units out']);
    expect(kindProblems({ ...person, kind: 'role', headcount: 4 })).toEqual([]);
  });

  it('refuses the same skill twice whatever its case', () => {
    expect(skillProblems([{ skill: 'SQL' }, { skill: 'Java' }, { skill: ' sql ' }])).toEqual([{ path: 'skills.2.skill', message: '" sql " is listed twice; give each skill once with its proficiency' }]);
  });

  it('allows the rate parts each kind has', () => {
    expect(rateProblems('person', false, { ...parts, standard: true, overtime: true, perUse: true })).toEqual([]);
    expect(rateProblems('person', true, { ...parts, standard: true }).map((p) => p.path)).toEqual(['standard']);
    expect(rateProblems('person', true, { ...parts, perUse: true })).toEqual([]);
    expect(rateProblems('material', false, { ...parts, perUnit: true })).toEqual([]);
    expect(rateProblems('material', false, { ...parts, standard: true })[0]!.message).toContain('give its cost per unit');
    expect(rateProblems('cost', false, { ...parts, perUse: true })).toEqual([]);
    expect(rateProblems('equipment', false, { ...parts, perUnit: true }).map((p) => p.path)).toEqual(['perUnit']);
    expect(rateProblems('role', false, parts).map((p) => p.path)).toEqual(['effectiveFrom']);
    expect(rateProblems('role', false, { ...parts, overtime: true }).map((p) => p.path)).toEqual(['overtime']);
  });
});
