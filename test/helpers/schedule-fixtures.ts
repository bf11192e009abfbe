// A small MS Project XML plan: a summary task with three tasks in a chain, on the Standard week.
const day = (d: number) =>
  `<WeekDay><DayType>${d}</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>`;
const weekend = (d: number) => `<WeekDay><DayType>${d}</DayType><DayWorking>0</DayWorking></WeekDay>`;
const task = (uid: number, name: string, level: number, hours: number, pred?: number) =>
  `<Task><UID>${uid}</UID><ID>${uid}</ID><Name>${name}</Name><OutlineLevel>${level}</OutlineLevel><Duration>PT${hours}H0M0S</Duration><DurationFormat>7</DurationFormat>` +
  (pred ? `<PredecessorLink><PredecessorUID>${pred}</PredecessorUID><Type>1</Type><LinkLag>0</LinkLag><LagFormat>7</LagFormat></PredecessorLink>` : '') +
  `</Task>`;

export const MSPDI_SAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
<Name>Foundations</Name><StartDate>2026-03-02T08:00:00</StartDate><ScheduleFromStart>1</ScheduleFromStart><CalendarUID>1</CalendarUID>
<MinutesPerDay>480</MinutesPerDay><MinutesPerWeek>2400</MinutesPerWeek><DaysPerMonth>20</DaysPerMonth>
<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays>${weekend(1)}${day(2)}${day(3)}${day(4)}${day(5)}${day(6)}${weekend(7)}</WeekDays></Calendar></Calendars>
<Tasks>${task(1, 'Phase', 1, 0)}${task(2, 'Dig', 2, 16)}${task(3, 'Pour', 2, 8, 2)}${task(4, 'Cure', 2, 32, 3)}</Tasks>
</Project>`;
