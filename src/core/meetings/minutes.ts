// Minutes are Markdown a scribe types during the meeting; decisions and actions are captured from
// lines written in a small syntax, so nobody copies them into the logs afterwards. A line counts
// when, after optional indentation, a list marker (-, *, +, 1.) and bold markers (** or __), it
// starts with the word DECISION or ACTION (any case), then optional parameters, then a colon and
// the text:
//
//   DECISION: We go with supplier B.
//   ACTION: Book the room for the next board.
//   ACTION @ann@example.org due 2026-12-04: Send the revised budget.
//   - ACTION due 2026-12-04 @ann: Send the revised budget.   (any order; @ann: an attendee ann@…)
//   **DECISION:** Go live on 1 March.
//
// Parameters (actions only): `@owner`, an e-mail address or the part of an attendee's address
// before the @; `due YYYY-MM-DD`. Not captured: lines inside fenced code blocks (``` or ~~~),
// lines with nothing after the colon yet (still being typed), and lines where the words between
// the keyword and the colon are not parameters ("Action items:" is a heading). When such a line
// is written in capitals it was probably meant, so it is reported as a problem. Pure and total:
// any text parses, and every item comes from one line of it.

export type CaptureKind = 'decision' | 'action';

export interface MinutesItem {
  readonly kind: CaptureKind;
  /** 1-based line of the minutes. */
  readonly line: number;
  readonly text: string;
  /** As written after the @, lower-case: an e-mail address or the part before the @. */
  readonly owner: string | null;
  readonly dueDate: string | null;
}

export interface MinutesProblem {
  readonly line: number;
  readonly message: string;
}

export interface ParsedMinutes {
  readonly items: ReadonlyArray<MinutesItem>;
  readonly problems: ReadonlyArray<MinutesProblem>;
}

/** Decision and action lines captured from one text at the most; later ones are reported. */
export const MAX_CAPTURED = 500;

const PREFIX = /^[ \t]*(?:[-*+][ \t]+|\d{1,4}[.)][ \t]+)?/;
const HEAD = /^(\*\*|__)?(decision|action)(?![\p{L}\p{N}]|_(?!_))/iu;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SYNTAX = 'write DECISION: text, or ACTION @owner due YYYY-MM-DD: text (owner and due date optional)';

const isRealDate = (d: string): boolean => DATE.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);

interface Params {
  owner: string | null;
  dueDate: string | null;
  understood: boolean;
  closesBold: boolean;
  notes: string[];
}

/** The words between the keyword and the colon. */
function readParams(words: string[], bold: string | undefined): Params {
  const p: Params = { owner: null, dueDate: null, understood: true, closesBold: false, notes: [] };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (bold && word === bold) p.closesBold = true;
    else if (word.startsWith('@') && word.length > 1) {
      if (p.owner === null) p.owner = word.slice(1).replace(/[,;]+$/, '').toLowerCase();
      else p.notes.push(`one owner per action: ${word} is ignored`);
    } else if (word.toLowerCase() === 'due') {
      const date = words[i + 1] ?? '';
      i++;
      if (!isRealDate(date)) p.notes.push(`due date "${date}" not understood: write due YYYY-MM-DD`);
      else if (p.dueDate === null) p.dueDate = date;
      else p.notes.push(`one due date per action: ${date} is ignored`);
    } else p.understood = false;
  }
  return p;
}

/** The item a line holds, if any, and what is wrong with it. */
function readLine(source: string, line: number): { item: MinutesItem | null; problems: string[] } {
  const rest = source.slice(PREFIX.exec(source)![0].length);
  const head = HEAD.exec(rest);
  if (!head) return { item: null, problems: [] };
  const [matched, bold, word] = head as unknown as [string, string | undefined, string];
  const meant = word === word.toUpperCase();
  const kind: CaptureKind = word.toLowerCase() === 'decision' ? 'decision' : 'action';
  const colon = rest.indexOf(':', matched.length);
  if (colon < 0) return { item: null, problems: meant ? [`${word} without a colon is not captured: ${SYNTAX}`] : [] };
  const params = readParams(rest.slice(matched.length, colon).split(/\s+/).filter(Boolean), bold);
  if (!params.understood) return { item: null, problems: meant ? [`the words before the colon are not understood, so the line is not captured: ${SYNTAX}`] : [] };
  let text = rest.slice(colon + 1).trim();
  let open = bold !== undefined && !params.closesBold;
  if (bold && text.startsWith(bold)) {
    text = text.slice(bold.length).trim();
    open = false;
  }
  if (open && bold && text.endsWith(bold)) text = text.slice(0, -bold.length).trim();
  if (text === '') return { item: null, problems: [] };
  const notes = [...params.notes];
  if (kind === 'decision' && (params.owner !== null || params.dueDate !== null)) notes.push('an owner and a due date are for actions; ignored on a decision');
  const isAction = kind === 'action';
  return { item: { kind, line, text, owner: isAction ? params.owner : null, dueDate: isAction ? params.dueDate : null }, problems: notes };
}

/**
 * The decisions and actions written in the minutes, in order, and what could not be read.
 * @example parseMinutes('Notes\nACTION @ann due 2026-12-04: Send the budget').items[0] // { kind: 'action', line: 2, text: 'Send the budget', owner: 'ann', dueDate: '2026-12-04' }
 */
export function parseMinutes(minutes: string): ParsedMinutes {
  const items: MinutesItem[] = [];
  const problems: MinutesProblem[] = [];
  let fence: string | null = null;
  const lines = minutes.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const source = lines[i]!;
    const trimmed = source.trimStart();
    const marker = trimmed.startsWith('```') ? '```' : trimmed.startsWith('~~~') ? '~~~' : null;
    if (marker && (fence === null || fence === marker)) {
      fence = fence === null ? marker : null;
      continue;
    }
    if (fence !== null) continue;
    const read = readLine(source, i + 1);
    for (const message of read.problems) problems.push({ line: i + 1, message });
    if (!read.item) continue;
    if (items.length === MAX_CAPTURED) {
      problems.push({ line: i + 1, message: `only the first ${MAX_CAPTURED} decisions and actions of the minutes are captured; split the minutes or record the rest in the logs` });
      break;
    }
    items.push(read.item);
  }
  return { items, problems };
}
