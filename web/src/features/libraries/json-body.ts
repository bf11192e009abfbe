// The JSON editors of the review type and template libraries, pure: an item as the body the PMO
// edits (what it reads minus what the server keeps: key, version, built-in, counts), the text read
// back with a readable message (line and column) when it is not a JSON object, and the server's
// field errors as a list of paths and messages.
import { isApiProblem } from '../../api/api-problem.ts';

const STORED_FIELDS = ['key', 'version', 'builtIn', 'counts'];

/** The item's body, pretty-printed (two spaces), without the fields the server keeps. */
export function editableJson(item: object): string {
  const body = Object.fromEntries(Object.entries(item).filter(([name]) => !STORED_FIELDS.includes(name)));
  return JSON.stringify(body, null, 2);
}

export type ParsedBody = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

/** The text as a JSON object, or why it is not one ("Line 3, column 5: …"). */
export function parseJsonBody(text: string): ParsedBody {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: parseMessage(text, error instanceof Error ? error.message : String(error)) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, message: 'The body must be a JSON object: { … }.' };
  return { ok: true, value: value as Record<string, unknown> };
}

/** V8 says "… at position 42 (line 3 column 5)" or only "at position 42"; people want the line. */
function parseMessage(text: string, raw: string): string {
  const reason = raw.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '').replace(/ at position \d+/, '');
  const position = /position (\d+)/.exec(raw);
  if (!position) return `Not valid JSON: ${reason}.`;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `Line ${line}, column ${column}: ${reason}.`;
}

export interface PathProblem {
  path: string;
  message: string;
}

/** The server's field errors, paths as it wrote them (minus a leading "body."); none for other failures. */
export function fieldProblems(error: unknown): PathProblem[] {
  if (!isApiProblem(error)) return [];
  return error.fieldErrors.map(({ path, message }) => ({ path: path.replace(/^body\./, '') || '(body)', message }));
}
