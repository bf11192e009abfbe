// The schedule drawn by SVAR Gantt, read-only: edits happen in the task grid and go through the
// API, whose answer is drawn again. SVAR's free edition has no critical path or baselines of its
// own, so our bar template marks critical tasks (CSS colours the bar, see schedule-gantt.css) and
// draws the baseline under the bar.
//
// Styles: `style.css` holds only the chart's own rules (no grid, no theme variables), so we take
// `all.css` and point its font variables at Mantine's font: its @font-face rules name a CDN but a
// font that no element uses is never fetched, and <Willow fonts={false}> adds no CDN stylesheet.
// The few SVAR icons (tree toggles) are drawn by schedule-gantt.css. The e2e test checks that the
// page asks nothing of any other host.
import { Gantt, Willow, type IApi, type ITask } from '@svar-ui/react-gantt';
import '@svar-ui/react-gantt/all.css';
import './schedule-gantt.css';
import { useMemo } from 'react';
import type { Schedule } from '../../api/types.ts';
import { chartWindow, dayWidth, daysBetween, toGanttBars, toGanttLinks, type BaselineDates } from './schedule-view.ts';

const MONTH_FORMAT = '%F %Y';
const DAY_FORMAT = '%j';
const CELL_HEIGHT = 36;

interface ScheduleGanttProps {
  schedule: Schedule;
  baseline?: ReadonlyMap<string, BaselineDates>;
}

/** What SVAR hands a bar template: the task with its computed geometry ($x, $w, $h …). */
interface BarTemplateProps {
  data: ITask;
  api: IApi;
}

function barTemplate(pxPerDay: number) {
  return function BarContent({ data }: BarTemplateProps) {
    const critical = data.critical === true;
    const start = data.start instanceof Date ? data.start : null;
    const baseStart = data.baseStart instanceof Date ? data.baseStart : null;
    const baseEnd = data.baseEnd instanceof Date ? data.baseEnd : null;
    const milestone = data.type === 'milestone';
    let baselineBar = null;
    if (start && baseStart && baseEnd) {
      const barHeight = typeof data.$h === 'number' ? data.$h : 0;
      const offset = daysBetween(start, baseStart) * pxPerDay;
      const width = milestone ? 8 : Math.max(daysBetween(baseStart, baseEnd) * pxPerDay, 2);
      const left = milestone ? offset + barHeight / 2 - 4 : offset;
      baselineBar = <div className={`orrery-baseline${milestone ? ' orrery-baseline-milestone' : ''}`} style={{ left, width }} title="Baseline" />;
    }
    return (
      <>
        <div className={milestone ? 'wx-text-out orrery-bar-text' : 'wx-content orrery-bar-text'} data-critical={critical ? 'true' : undefined}>
          {String(data.text ?? '')}
        </div>
        {baselineBar}
      </>
    );
  };
}

export function ScheduleGantt({ schedule, baseline }: ScheduleGanttProps) {
  const bars = useMemo(() => toGanttBars(schedule, baseline), [schedule, baseline]);
  const links = useMemo(() => toGanttLinks(schedule.links, bars), [schedule.links, bars]);
  const window = useMemo(() => chartWindow(bars), [bars]);
  const pxPerDay = dayWidth(window?.days ?? 30);
  const template = useMemo(() => barTemplate(pxPerDay), [pxPerDay]);
  const scales = useMemo(
    () => [
      { unit: 'month', step: 1, format: MONTH_FORMAT },
      { unit: 'day', step: 1, format: pxPerDay >= 20 ? DAY_FORMAT : () => '' },
    ],
    [pxPerDay],
  );
  const columns = useMemo(() => [{ id: 'text', header: 'Task', flexgrow: 1 }], []);

  if (!window) return null;
  return (
    <div className={`orrery-gantt${baseline ? ' orrery-gantt-baselines' : ''}`} data-testid="schedule-gantt" style={{ height: Math.min(120 + bars.length * CELL_HEIGHT, 640) }}>
      <Willow fonts={false}>
        <Gantt
          tasks={bars}
          links={links}
          scales={scales}
          columns={columns}
          gridWidth={260}
          start={window.start}
          end={window.end}
          autoScale={false}
          lengthUnit="day"
          cellWidth={pxPerDay}
          cellHeight={CELL_HEIGHT}
          taskTemplate={template}
          readonly
        />
      </Willow>
    </div>
  );
}
