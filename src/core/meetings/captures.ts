// Which decision or action in the logs each captured line of the minutes stands for, from one save
// to the next. The minutes are saved every few seconds while the scribe types, so a line is
// captured half-typed and then finished, edited, moved, deleted and restored by an undo; none of
// that may create a second item. Between two saves the captured lines are matched like a line
// diff: lines unchanged in order first (longest common subsequence), then, between two of those,
// lines of the same kind whose texts are alike (one begins the other, or they share most of their
// letter pairs: a line finished or edited in place), then lines whose text is found among the
// other items this meeting captured (a line moved, or deleted and typed again). Only what is left
// is new: a line rewritten beyond recognition becomes a new item rather than overwrite another
// decision. Pure: it says which line is which item; the caller creates and updates the items.
import type { CaptureKind, MinutesItem } from './minutes.ts';

/** A line captured at an earlier save, and the item it became. */
export interface Capture {
  /** The item's id. */
  readonly key: string;
  readonly kind: CaptureKind;
  readonly text: string;
  readonly owner: string | null;
  readonly dueDate: string | null;
  /** Still written in the minutes at the last save (in minutes order), or removed since. */
  readonly present: boolean;
}

export interface Assignment {
  readonly line: MinutesItem;
  /** The item the line stands for, or null for a line to turn into a new item. */
  readonly key: string | null;
  /** The line's text, owner or due date differ from the item's capture (the item should follow). */
  readonly changed: boolean;
}

/** Past this many cells the common subsequence is skipped (the other matches still apply). */
const MAX_LCS_CELLS = 1_000_000;
/** Past this many line pairs between two unchanged lines, edits are not looked for (a paste, not typing). */
const MAX_GAP_PAIRS = 2_500;
/** How alike two texts must be for one to be the other edited. */
export const MIN_SIMILARITY = 0.5;

const norm = (text: string): string => text.trim().replace(/\s+/g, ' ');
const sameText = (c: Capture, l: MinutesItem): boolean => c.kind === l.kind && norm(c.text) === norm(l.text);
const sameLine = (c: Capture, l: MinutesItem): boolean => sameText(c, l) && c.owner === l.owner && c.dueDate === l.dueDate;

function letterPairs(text: string): Map<string, number> {
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) pairs.set(text.slice(i, i + 2), (pairs.get(text.slice(i, i + 2)) ?? 0) + 1);
  return pairs;
}

/**
 * How alike two texts are, 0–1: 1 when one begins the other (a line half-typed, then finished),
 * else the share of letter pairs they have in common (Dice's coefficient), ignoring case and spacing.
 * @example similarity('We go with', 'We go with supplier B') // 1; similarity('Go', 'Stop') // 0
 */
export function similarity(a: string, b: string): number {
  const x = norm(a).toLowerCase();
  const y = norm(b).toLowerCase();
  if (x.startsWith(y) || y.startsWith(x)) return 1;
  const px = letterPairs(x);
  const py = letterPairs(y);
  let shared = 0;
  for (const [pair, n] of px) shared += Math.min(n, py.get(pair) ?? 0);
  const total = Math.max(0, x.length - 1) + Math.max(0, y.length - 1);
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * Index pairs of a longest common subsequence of `a` and `b` under `eq`, in order. The common
 * start and end are matched first, position by position, so a line edited in place leaves every
 * other line paired with itself (and the table stays small: saves change a few lines).
 */
function commonSubsequence<A, B>(a: readonly A[], b: readonly B[], eq: (x: A, y: B) => boolean): Array<[number, number]> {
  let start = 0;
  while (start < a.length && start < b.length && eq(a[start]!, b[start]!)) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && eq(a[a.length - 1 - end]!, b[b.length - 1 - end]!)) end++;
  const head = Array.from({ length: start }, (_, i): [number, number] => [i, i]);
  const tail = Array.from({ length: end }, (_, k): [number, number] => [a.length - end + k, b.length - end + k]);
  const n = a.length - start - end;
  const m = b.length - start - end;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_LCS_CELLS) return [...head, ...tail];
  const len = new Int32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  const same = (i: number, j: number) => eq(a[start + i]!, b[start + j]!);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) len[at(i, j)] = same(i, j) ? len[at(i + 1, j + 1)]! + 1 : Math.max(len[at(i + 1, j)]!, len[at(i, j + 1)]!);
  }
  const middle: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (same(i, j)) middle.push([start + i++, start + j++]);
    else if (len[at(i + 1, j)]! >= len[at(i, j + 1)]!) i++;
    else j++;
  }
  return [...head, ...middle, ...tail];
}

/**
 * Matches the lines of the minutes as saved now to the items captured before.
 * @example reconcileCaptures([{ key: 'd1', kind: 'decision', text: 'Go with', owner: null, dueDate: null, present: true }], [{ kind: 'decision', line: 3, text: 'Go with B', owner: null, dueDate: null }])[0] // { line: …, key: 'd1', changed: true }
 */
export function reconcileCaptures(previous: ReadonlyArray<Capture>, lines: ReadonlyArray<MinutesItem>): Assignment[] {
  const present = previous.filter((c) => c.present);
  const keyOf: Array<string | null> = lines.map(() => null);
  const used = new Set<string>();
  const take = (lineIndex: number, capture: Capture) => {
    keyOf[lineIndex] = capture.key;
    used.add(capture.key);
  };

  // 1. Unchanged lines, in order; 2. between two of them, alike lines of the same kind are edits.
  const anchors = commonSubsequence(present, lines, sameLine);
  let fromP = 0;
  let fromL = 0;
  for (const [p, l] of [...anchors, [present.length, lines.length] as [number, number]]) {
    if ((p - fromP) * (l - fromL) <= MAX_GAP_PAIRS) {
      const pairs: Array<{ score: number; i: number; j: number }> = [];
      for (let i = fromP; i < p; i++) {
        for (let j = fromL; j < l; j++) {
          if (present[i]!.kind !== lines[j]!.kind) continue;
          const score = similarity(present[i]!.text, lines[j]!.text);
          if (score >= MIN_SIMILARITY) pairs.push({ score, i, j });
        }
      }
      pairs.sort((a, b) => b.score - a.score || Math.abs(a.i - fromP - (a.j - fromL)) - Math.abs(b.i - fromP - (b.j - fromL)) || a.i - b.i || a.j - b.j);
      for (const { i, j } of pairs) if (keyOf[j] === null && !used.has(present[i]!.key)) take(j, present[i]!);
    }
    if (p < present.length) take(l, present[p]!);
    fromP = p + 1;
    fromL = l + 1;
  }

  // 3. Lines moved, or removed and written again: the same text as another capture of this meeting.
  lines.forEach((line, j) => {
    if (keyOf[j] !== null) return;
    const again = previous.find((c) => !used.has(c.key) && sameText(c, line));
    if (again) take(j, again);
  });

  const byKey = new Map(previous.map((c) => [c.key, c]));
  return lines.map((line, j) => {
    const key = keyOf[j]!;
    const before = key === null ? undefined : byKey.get(key);
    return { line, key, changed: before !== undefined && !sameLine(before, line) };
  });
}

/**
 * The captures to keep after a save: each line with its item (`newKeys` gives the items made for
 * the new lines, in order), then the earlier captures no longer written, kept so that an undo
 * finds its item again.
 */
export function capturesAfter(previous: ReadonlyArray<Capture>, assignments: ReadonlyArray<Assignment>, newKeys: ReadonlyArray<string>): Capture[] {
  let next = 0;
  const now: Capture[] = assignments.map(({ line, key }) => ({ key: key ?? newKeys[next++]!, kind: line.kind, text: line.text, owner: line.owner, dueDate: line.dueDate, present: true }));
  const kept = new Set(now.map((c) => c.key));
  return [...now, ...previous.filter((c) => !kept.has(c.key)).map((c) => ({ ...c, present: false }))];
}
