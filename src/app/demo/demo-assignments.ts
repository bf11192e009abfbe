// The demo's staffing: the pool's people, roles, equipment, material and travel assigned to the
// tasks of four flagship projects by their managers, after each plan was baselined (staffing came
// once the budgets were agreed, so the baselines hold the partners' fixed prices). Lena Hoffmann
// builds both the CRM and the lakehouse at once, and Kenji Sato carries the lakehouse and the
// warehouse system, so the capacity views show over-allocation; the lakehouse still plans with a
// generic data engineer, for whom its manager has asked the PMO for a Spark specialist.
import type { AssignmentCreate } from '../../contracts/assignment.schema.ts';
import type { AppContext } from '../context.ts';
import { createAssignment } from '../resources/assignments.ts';
import { createResourceRequest } from '../resources/resource-requests.ts';
import { getSchedule } from '../schedules/schedule-commands.ts';
import { DEMO_PEOPLE } from './demo-organisation.ts';

type Staffing = ReadonlyArray<readonly [task: string, resource: string, amounts: Omit<AssignmentCreate, 'resourceId'>]>;

const STAFFING: ReadonlyArray<readonly [project: string, manager: string, Staffing]> = [
  ['CRM Replacement', 'marcus', [
    ['Requirements', 'Sam Taylor', { units: 50 }],
    ['Solution design', 'Mei Chen', { units: 50 }],
    ['Build', 'Lena Hoffmann', { units: 100 }],
    ['Build', 'Chloé Martin', { units: 100, contour: 'back-loaded' }],
    ['Integration and testing', 'Olivia Brown', { units: 100 }],
    ['Integration and testing', 'Performance test rig', { units: 50 }],
    ['Training and change', 'Hannah Novak', { units: 60 }],
    ['Training and change', 'Travel', { amount: { amountMinor: 450_000, currency: 'EUR' } }],
  ]],
  ['Data Lakehouse Foundation', 'mei', [
    ['Solution design', 'Yusuf Demir', { units: 50 }],
    ['Build', 'Kenji Sato', { units: 100 }],
    ['Build', 'Lena Hoffmann', { units: 50 }],
    ['Build', 'Data engineer', { units: 100, contour: 'front-loaded' }],
    ['Integration and testing', 'Noah Fischer', { units: 50 }],
  ]],
  ['Warehouse Management System', 'jonas', [
    ['Requirements', 'Grace Kim', { units: 50 }],
    ['Build', 'Ravi Patel', { units: 100 }],
    ['Build', 'Kenji Sato', { units: 50 }],
    ['Integration and testing', 'Lucas Silva', { units: 100 }],
    ['Deployment', 'Cat 6A network cable', { quantity: 1200 }],
    ['Deployment', 'Moving van', { workMinutes: 960 }],
  ]],
  ['Germany Market Launch', 'sofia', [
    ['Requirements', 'Business analyst', { units: 100 }],
    ['Build', 'Pedro Alves', { units: 80 }],
    ['Training and change', 'Travel', { amount: { amountMinor: 900_000, currency: 'EUR' } }],
  ]],
];

function as(ctx: AppContext, key: string, userId: string): AppContext {
  const p = DEMO_PEOPLE.find((d) => d.key === key)!;
  return { ...ctx, actor: { userId, name: p.name, orgRole: p.orgRole, via: 'session' } };
}

/** Assigns the pool to the flagship projects and opens one request for a person; answers how many assignments. */
export async function loadDemoAssignments(ctx: AppContext, projectIds: ReadonlyMap<string, string>, person: (key: string) => string): Promise<number> {
  const pool = await ctx.db.selectFrom('resources as r').leftJoin('users as u', 'u.id', 'r.userId').select(['r.id', 'r.name', 'u.name as userName']).execute();
  const resourceId = new Map(pool.map((r) => [r.userName ?? r.name, r.id]));
  let count = 0;
  for (const [project, manager, staffing] of STAFFING) {
    const projectId = projectIds.get(project)!;
    const planner = as(ctx, manager, person(manager));
    const taskId = new Map((await getSchedule(ctx, projectId)).tasks.filter((t) => !t.summary).map((t) => [t.name, t.id]));
    for (const [task, resource, amounts] of staffing) {
      const assignment = await createAssignment(planner, projectId, taskId.get(task)!, { resourceId: resourceId.get(resource)!, ...amounts });
      count++;
      if (resource === 'Data engineer') await createResourceRequest(planner, projectId, assignment.taskId, assignment.id, { skill: 'Spark', minProficiency: 4, note: 'The ingestion pipelines need someone who has run Spark in production.' });
    }
  }
  return count;
}
