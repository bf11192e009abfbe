// The schedule quality check: the fourteen points of the DCMA 14-point assessment (the US Defense
// Contract Management Agency's test of an integrated master schedule), asked as checklist
// questions. The thresholds in the guidance are DCMA's; a PMO that uses others edits the type.
import { question as q, type ReviewType } from './review-types.ts';

export const SCHEDULE_QUALITY: ReviewType = {
  key: 'schedule_quality',
  name: 'Schedule quality check',
  description: 'The DCMA 14-point assessment as a checklist: is the schedule a sound network the critical path and forecasts can be trusted on?',
  questions: [
    q('missing_logic', 'Logic', 'Every incomplete task has a predecessor and a successor.', 'DCMA 1: at most 5 % of incomplete tasks may lack a predecessor or a successor (the project start and finish milestones excepted).'),
    q('leads', 'Logic', 'No link has a lead (negative lag).', 'DCMA 2: leads hide overlaps and distort the critical path; the target is none. Model overlaps with start-to-start links instead.'),
    q('lags', 'Logic', 'Few links carry a lag.', 'DCMA 3: at most 5 % of links may have a positive lag; a lag that stands for work should be a task.'),
    q('relationship_types', 'Logic', 'Most links are finish-to-start.', 'DCMA 4: at least 90 % of links should be finish-to-start; start-to-finish links should not occur.'),
    q('hard_constraints', 'Constraints', 'Few tasks carry hard date constraints.', 'DCMA 5: at most 5 % of incomplete tasks may have must-start-on, must-finish-on, start-no-later-than or finish-no-later-than constraints.'),
    q('high_float', 'Float', 'Few tasks have a total float above 44 working days.', 'DCMA 6: at most 5 % of incomplete tasks; high float usually means missing successors.'),
    q('negative_float', 'Float', 'No task has negative total float.', 'DCMA 7: negative float means the plan cannot meet a constraint or deadline; each case needs a recovery plan.'),
    q('high_duration', 'Durations', 'Few tasks last longer than 44 working days.', 'DCMA 8: at most 5 % of incomplete tasks; break long tasks into pieces that can be tracked.'),
    q('invalid_dates', 'Dates', 'No forecast date lies before the status date and no actual date after it.', 'DCMA 9: the target is none. Update the schedule to the status date before reviewing it.'),
    q('resources', 'Resources', 'Every task with a duration has resources or cost assigned.', 'DCMA 10: tasks without resources cannot be costed or levelled; milestones are excepted.'),
    q('missed_tasks', 'Performance', 'Few tasks finished later than their baseline finish.', 'DCMA 11: at most 5 % of the tasks due by the status date may have finished (or still be open) after their baseline finish.'),
    q('critical_path_test', 'Critical path', 'The critical path responds to a delay.', 'DCMA 12: add a large delay to a critical task; the project finish must move by the same amount. If not, the network is broken.'),
    q('critical_path_length_index', 'Critical path', 'The critical path length index is at least 0.95.', 'DCMA 13: CPLI = (critical path length + total float) ÷ critical path length; below 0.95 the finish date is at risk.'),
    q('baseline_execution_index', 'Performance', 'The baseline execution index is at least 0.95.', 'DCMA 14: BEI = tasks completed ÷ tasks the baseline planned to complete by the status date; below 0.95 the project is falling behind.'),
  ],
};
