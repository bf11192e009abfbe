// Keys for the PMO's library items, the way the server wants them (lower-case words joined by _,
// 1 to 40 characters, starting with a letter): suggested from what people type (a phase's name, a
// criterion's text), made unique among their siblings, and checked before sending.
export const KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
const MAX = 40;

export const KEY_HINT = 'Lower-case words joined by _, such as plan_phase (up to 40 characters).';

/**
 * A key from free text, or `fallback` when the text has no letters.
 * @example suggestKey('Gate 1 – Approval to plan') // 'gate_1_approval_to_plan'
 */
export function suggestKey(text: string, fallback = 'item'): string {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .replace(/_+$/, '');
  return trimKey(words) || fallback;
}

/** Cut to 40 characters, at a word boundary when one is close, never ending in _. */
function trimKey(key: string, max = MAX): string {
  if (key.length <= max) return key;
  const cut = key.slice(0, max);
  const boundary = cut.lastIndexOf('_');
  return (boundary >= max / 2 ? cut.slice(0, boundary) : cut).replace(/_+$/, '');
}

/** `base`, or `base_2`, `base_3` … : the first not in `taken` (kept within 40 characters). */
export function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${trimKey(base, MAX - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
