// Pure view logic of the scoring pages: AHP judgements typed as "3" or "1/3", the upper triangle
// of a model's judgements, weights as percentages, and a rank movement in words.

/** "3", "1/3", "0.5" → the number, or null when it is not a positive judgement. */
export function parseJudgement(text: string): number | null {
  const t = text.trim();
  const frac = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(t);
  const value = frac ? Number(frac[1]) / Number(frac[2]) : t === '' ? Number.NaN : Number(t);
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** A judgement as people type it: 3, 1/3 (within rounding), else two decimals. */
export function judgementText(value: number): string {
  if (value >= 1) return Number.isInteger(value) ? String(value) : String(+value.toFixed(2));
  const inverse = 1 / value;
  return Math.abs(inverse - Math.round(inverse)) < 1e-6 ? `1/${Math.round(inverse)}` : String(+value.toFixed(2));
}

/** The upper triangle for n criteria: the saved judgements, else all 1 (equal importance). */
export function upperOf(n: number, saved: ReadonlyArray<ReadonlyArray<number>> | null | undefined): string[][] {
  return Array.from({ length: Math.max(0, n - 1) }, (_, i) => Array.from({ length: n - 1 - i }, (_, k) => judgementText(saved?.[i]?.[k] ?? 1)));
}

export const percent = (share: number): string => `${(share * 100).toFixed(1)} %`;

export function movementText(movement: number): string {
  if (movement === 0) return 'no change';
  return movement > 0 ? `▲ ${movement} up` : `▼ ${-movement} down`;
}
