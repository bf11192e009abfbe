// Exporting a schedule file gives text that reads back, under a file name that is safe to save.
import { describe, expect, it } from 'vitest';
import { link, plan, task } from '../core/schedule/plan-builder.ts';
import { schedule } from '../core/schedule/schedule.ts';
import { readScheduleText } from './read-schedule-file.ts';
import { writeScheduleText } from './write-schedule-file.ts';

describe('writeScheduleText', () => {
  it('writes MS Project XML that reads back to the same schedule', () => {
    const input = plan([task(1, 'Design', '2d'), task(2, 'Build', '3d')], [link(1, 2)]);
    const file = writeScheduleText({ name: 'Bridge: phase 1/2?', schedule: input }, { computed: schedule(input) });
    expect(file).toMatchObject({ fileName: 'Bridge phase 1 2.xml', mediaType: 'application/xml' });
    const read = readScheduleText(file.text);
    if (!read.ok) throw new Error(read.error.message);
    expect(schedule(read.project.schedule)).toStrictEqual(schedule(input));
    expect(writeScheduleText({ name: ' .. ', schedule: input }).fileName).toBe('schedule.xml');
  });
});
