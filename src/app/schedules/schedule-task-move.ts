// Reordering the plan: a task moves with the tasks under it to just above another task (or to the
// end), optionally indented or outdented; the outline must stay well-formed. Reschedules.
import type { ScheduleTaskMove } from '../../contracts/schedule.schema.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { changeSchedule, type ScheduleChangeResult } from './schedule-commands.ts';
import { checkOutline } from './schedule-rules.ts';

export function moveScheduleTask(ctx: AppContext, projectId: string, taskId: string, input: ScheduleTaskMove): Promise<ScheduleChangeResult> {
  return changeSchedule(ctx, projectId, 'plan tasks', async (trx, state) => {
    const tasks = state.tasks;
    const index = tasks.findIndex((t) => t.id === taskId);
    if (index < 0) throw notFound('Task', taskId);
    const task = tasks[index]!;
    let end = index + 1;
    while (end < tasks.length && tasks[end]!.outlineLevel > task.outlineLevel) end++;
    const block = tasks.slice(index, end);
    const rest = [...tasks.slice(0, index), ...tasks.slice(end)];
    let at = rest.length;
    if (input.beforeTaskId !== null) {
      if (block.some((t) => t.id === input.beforeTaskId)) {
        throw new AppError('validation_failed', `Task "${task.name}" cannot move above a task under it.`, { errors: [{ path: 'beforeTaskId', message: 'is the task itself or under it' }] });
      }
      at = rest.findIndex((t) => t.id === input.beforeTaskId);
      if (at < 0) throw new AppError('invalid_reference', 'No task of this project has that id.', { errors: [{ path: 'beforeTaskId', message: 'unknown task' }] });
    }
    const shift = (input.outlineLevel ?? task.outlineLevel) - task.outlineLevel;
    const moved = block.map((t) => ({ ...t, outlineLevel: t.outlineLevel + shift }));
    const order = [...rest.slice(0, at), ...moved, ...rest.slice(at)];
    checkOutline(order);
    const now = nowIso(ctx.clock);
    const originalOf = new Map(tasks.map((o) => [o.id, o]));
    for (const [i, t] of order.entries()) {
      const original = originalOf.get(t.id)!;
      if (original.position === i + 1 && original.outlineLevel === t.outlineLevel) continue;
      await trx.updateTable('scheduleTasks').set({ position: i + 1, outlineLevel: t.outlineLevel, updatedAt: now, version: original.version + 1 }).where('id', '=', t.id).execute();
    }
    return {
      entityType: 'schedule_task',
      entityId: taskId,
      action: 'move',
      before: { position: task.position, outlineLevel: task.outlineLevel },
      after: (s) => {
        const placed = s.tasks.find((t) => t.id === taskId);
        return placed ? { position: placed.position, outlineLevel: placed.outlineLevel } : null;
      },
    };
  });
}
