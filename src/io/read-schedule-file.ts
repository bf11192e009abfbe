// Reads a schedule file of any format Orrery knows: MS Project XML (MSPDI) or MPXJ's JSON, told
// apart by their first character rather than trusting the file name.
import { readMspdi } from './mspdi/read-mspdi.ts';
import { readMpxjJson } from './mpxj-json/read-mpxj-json.ts';
import { importFailure, type ImportResult } from './imported-project.ts';

export function readScheduleText(text: string): ImportResult {
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  if (first === '<') return readMspdi(text);
  if (first === '{') return readMpxjJson(text);
  return importFailure('This is neither MS Project XML (MSPDI) nor MPXJ JSON: it starts with neither "<" nor "{". Save the plan from MS Project as XML, or convert it with MPXJ.', { line: 1, column: 1 });
}
