// Writes a schedule in a format other tools open, the counterpart of read-schedule-file.ts: today
// MS Project XML (MSPDI), which MS Project, ProjectLibre, Primavera and MPXJ all read.
import type { ScheduleResult } from '../core/schedule/schedule-types.ts';
import { writeMspdi, type MspdiExportInput } from './mspdi/write-mspdi.ts';

export type ScheduleExportFormat = 'mspdi';

/** An ImportedProject fits; so does a plan built in Orrery (only name and schedule are required). */
export type ScheduleExportInput = MspdiExportInput;

export interface ScheduleFile {
  readonly text: string;
  /** A file name for downloads: the project name made safe, with the format's extension. */
  readonly fileName: string;
  readonly mediaType: string;
}

/**
 * The schedule as file text. `computed` (a `schedule()` result) adds the engine's dates, slack
 * and critical flags; without it the file carries the inputs and any dates stored on import.
 *
 * @example
 * const file = writeScheduleText(project, { computed: schedule(project.schedule) });
 * writeFileSync(file.fileName, file.text);
 */
export function writeScheduleText(project: ScheduleExportInput, options: { readonly format?: ScheduleExportFormat; readonly computed?: ScheduleResult } = {}): ScheduleFile {
  const format = options.format ?? 'mspdi';
  switch (format) {
    case 'mspdi':
      return { text: writeMspdi(project, options.computed), fileName: `${safeFileName(project.name)}.xml`, mediaType: 'application/xml' };
  }
}

function safeFileName(name: string): string {
  const printable = [...name.normalize('NFKC')].map((ch) => (ch.codePointAt(0)! < 0x20 ? ' ' : ch)).join('');
  const safe = printable
    .replace(/[<>:"/\\|?*]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^\.+/, '')
    .slice(0, 100)
    .trim();
  return safe === '' ? 'schedule' : safe;
}
