// The demo's resource pool: the people who staff its projects (the demo accounts who do project
// work, and colleagues without an account), the generic roles early plans use, some equipment, a
// material and a cost resource; with skills, a part-time analyst, two periods of leave and rates.
// Loaded through the pool's own use cases, so it is checked and audited like anything else.
import type { AppContext } from '../context.ts';
import { createResource, updateResource } from '../resources/resources.ts';
import { addResourceLeave, setResourceCalendar } from '../resources/resource-calendars.ts';
import { createResourceRate } from '../resources/resource-rates.ts';
import type { ResourceCreate } from '../../contracts/resource.schema.ts';

type Skills = Array<[string, number]>;
const eur = (major: number) => ({ amountMinor: major * 100, currency: 'EUR' });

const ROLES: Array<{ name: string; headcount: number; skills: Skills; hourly: number }> = [
  { name: 'Project manager', headcount: 3, skills: [['Project management', 4], ['Stakeholder management', 4]], hourly: 95 },
  { name: 'Business analyst', headcount: 2, skills: [['Requirements', 4], ['Process modelling', 3]], hourly: 80 },
  { name: 'Solution architect', headcount: 2, skills: [['Architecture', 5], ['Cloud', 4]], hourly: 110 },
  { name: 'Senior developer', headcount: 4, skills: [['TypeScript', 4], ['SQL', 4]], hourly: 90 },
  { name: 'Data engineer', headcount: 3, skills: [['SQL', 4], ['Python', 4], ['Spark', 3]], hourly: 88 },
  { name: 'Test engineer', headcount: 3, skills: [['Test automation', 4], ['Performance testing', 3]], hourly: 70 },
];

interface DemoResourcePerson {
  name: string;
  /** A demo account's key, for the people who sign in. */
  account?: string;
  role: string;
  department: string;
  team: string;
  manager: string;
  skills: Skills;
  /** Per hour, for people without an account (accounts keep their rates on the Rates page). */
  hourly?: number;
}

const PEOPLE: DemoResourcePerson[] = [
  { name: 'Marcus Lee', account: 'marcus', role: 'Project manager', department: 'PMO', team: 'Delivery', manager: 'priya', skills: [['Project management', 5], ['Stakeholder management', 4], ['Risk management', 4]] },
  { name: 'Sofia Rossi', account: 'sofia', role: 'Project manager', department: 'PMO', team: 'Delivery', manager: 'priya', skills: [['Project management', 4], ['Agile', 4]] },
  { name: 'Jonas Weber', account: 'jonas', role: 'Project manager', department: 'PMO', team: 'Delivery', manager: 'priya', skills: [['Project management', 4], ['Procurement', 3]] },
  { name: 'Sam Taylor', account: 'sam', role: 'Business analyst', department: 'Business Technology', team: 'Analysis', manager: 'tom', skills: [['Requirements', 5], ['Process modelling', 4], ['SQL', 2]] },
  { name: 'Mei Chen', account: 'mei', role: 'Solution architect', department: 'Engineering', team: 'Architecture', manager: 'david', skills: [['Architecture', 5], ['Cloud', 4], ['SQL', 3], ['TypeScript', 3]] },
  { name: 'Priya Shah', account: 'priya', role: 'Project manager', department: 'PMO', team: 'Portfolio office', manager: 'elena', skills: [['Portfolio management', 5], ['Project management', 4]] },
  { name: 'Tom Becker', account: 'tom', role: 'Project manager', department: 'PMO', team: 'Portfolio office', manager: 'priya', skills: [['Portfolio management', 4], ['Financial control', 4]] },
  { name: 'Lena Hoffmann', role: 'Senior developer', department: 'Engineering', team: 'Platform', manager: 'david', skills: [['TypeScript', 5], ['SQL', 4], ['Cloud', 3]], hourly: 92 },
  { name: 'Ravi Patel', role: 'Senior developer', department: 'Engineering', team: 'Platform', manager: 'david', skills: [['TypeScript', 4], ['Java', 4], ['SQL', 3]], hourly: 90 },
  { name: 'Chloé Martin', role: 'Senior developer', department: 'Engineering', team: 'CRM', manager: 'david', skills: [['Salesforce', 5], ['TypeScript', 3]], hourly: 95 },
  { name: 'Kenji Sato', role: 'Data engineer', department: 'Engineering', team: 'Data', manager: 'david', skills: [['SQL', 5], ['Python', 4], ['Spark', 4]], hourly: 88 },
  { name: 'Amara Nwosu', role: 'Data engineer', department: 'Engineering', team: 'Data', manager: 'david', skills: [['Python', 5], ['Spark', 3], ['SQL', 4]], hourly: 86 },
  { name: 'Olivia Brown', role: 'Test engineer', department: 'Quality', team: 'Test', manager: 'tom', skills: [['Test automation', 5], ['Performance testing', 4]], hourly: 72 },
  { name: 'Lucas Silva', role: 'Test engineer', department: 'Quality', team: 'Test', manager: 'tom', skills: [['Test automation', 3], ['Accessibility', 4]], hourly: 68 },
  { name: 'Hannah Novak', role: 'Business analyst', department: 'Business Technology', team: 'Analysis', manager: 'tom', skills: [['Requirements', 4], ['Change management', 4]], hourly: 78 },
  { name: 'Yusuf Demir', role: 'Solution architect', department: 'Engineering', team: 'Architecture', manager: 'david', skills: [['Architecture', 4], ['Security', 5], ['Cloud', 4]], hourly: 115 },
  { name: 'Grace Kim', role: 'Business analyst', department: 'Finance', team: 'Finance systems', manager: 'elena', skills: [['Requirements', 3], ['Financial control', 5]], hourly: 82 },
  { name: 'Pedro Alves', role: 'Senior developer', department: 'Engineering', team: 'CRM', manager: 'david', skills: [['Salesforce', 4], ['Java', 3]], hourly: 85 },
  { name: 'Ingrid Larsen', role: 'Project manager', department: 'Facilities', team: 'Workplace', manager: 'elena', skills: [['Project management', 4], ['Procurement', 4], ['Facilities', 5]], hourly: 90 },
  { name: 'Noah Fischer', role: 'Test engineer', department: 'Quality', team: 'Test', manager: 'tom', skills: [['Performance testing', 5], ['Test automation', 4]], hourly: 74 },
];

const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const skillsOf = (skills: Skills) => skills.map(([skill, proficiency]) => ({ skill, proficiency }));

/** The pool, with dates relative to `today` (YYYY-MM-DD): rates from the start of its year, leave in the coming weeks. */
export async function loadDemoResources(ctx: AppContext, person: (key: string) => string, today: string): Promise<number> {
  const yearStart = `${today.slice(0, 4)}-01-01`;
  const add = async (input: ResourceCreate, rate?: Parameters<typeof createResourceRate>[2]) => {
    const created = await createResource(ctx, input);
    if (rate) await createResourceRate(ctx, created.id, rate);
    return created;
  };
  const roleIds = new Map<string, string>();
  for (const r of ROLES) {
    const role = await add({ kind: 'role', name: r.name, headcount: r.headcount, department: 'Resource planning', skills: skillsOf(r.skills) }, { effectiveFrom: yearStart, standard: eur(r.hourly) });
    roleIds.set(r.name, role.id);
  }
  const ids = new Map<string, string>();
  for (const p of PEOPLE) {
    const common = { kind: 'person' as const, roleId: roleIds.get(p.role)!, department: p.department, team: p.team, managerId: person(p.manager), skills: skillsOf(p.skills) };
    const created = p.account
      ? await add({ ...common, userId: person(p.account) })
      : await add({ ...common, name: p.name, email: `${p.name.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').replace(' ', '.')}@example.com` }, { effectiveFrom: yearStart, standard: eur(p.hourly!), overtime: eur(Math.round(p.hourly! * 1.5)) });
    ids.set(p.name, created.id);
  }

  // Hannah works Monday to Wednesday: her own week on the Standard calendar, and 60 % from today.
  const hannah = ids.get('Hannah Novak')!;
  await setResourceCalendar(ctx, hannah, 0, { baseCalendarId: 'standard', definition: { week: [null, null, null, null, [], [], null], workWeeks: [], exceptions: [] } });
  await updateResource(ctx, hannah, 1, { maxUnits: [{ from: today, units: 60 }] });
  await addResourceLeave(ctx, ids.get('Lena Hoffmann')!, { from: addDays(today, 14), to: addDays(today, 25), name: 'Summer holiday' });
  await addResourceLeave(ctx, ids.get('Kenji Sato')!, { from: addDays(today, 7), to: addDays(today, 9), name: 'Conference' });

  await add({ kind: 'equipment', name: 'Performance test rig', department: 'Quality', notes: 'Load generators for up to 50,000 virtual users.' }, { effectiveFrom: yearStart, standard: eur(40), perUse: eur(250) });
  await add({ kind: 'equipment', name: 'Mobile device lab', department: 'Quality', maxUnits: [{ from: yearStart, units: 200 }], notes: 'Two racks of phones and tablets.' }, { effectiveFrom: yearStart, standard: eur(15) });
  await add({ kind: 'equipment', name: 'Moving van', department: 'Facilities' }, { effectiveFrom: yearStart, standard: eur(55), perUse: eur(120) });
  await add({ kind: 'material', name: 'Cat 6A network cable', unit: 'm', department: 'Facilities' }, { effectiveFrom: yearStart, perUnit: eur(2) });
  await add({ kind: 'cost', name: 'Travel', notes: 'Trips to sites and suppliers, booked per use.' });
  return ROLES.length + PEOPLE.length + 5;
}
