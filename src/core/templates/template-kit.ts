// Terse builders for the built-in templates, so that each reads like the plan it is:
// `work('3.1.2', 'Configure the system', 30, '3.1.1')`, `gate('1.5', 'Gate 1', '1.3', '1.4 SS+2')`.
// The outline level is the number of parts of the WBS ref (3.1.2 → 3).
import type { TemplateAction, TemplateAssumption, TemplateLinkType, TemplatePredecessor, TemplateRisk, TemplateRiskStrategy, WbsRow } from './template-types.ts';

const LINK = /^(\S+?)(?:\s+(FS|SS|FF|SF)([+-]\d+(?:\.5)?)?)?$/;

/**
 * A predecessor from `'2.1'` (finish-to-start), `'2.1 SS'` or `'2.1 SS+5'` (a lag in working days; `-` for a lead).
 * @example
 * predecessor('2.1 SS+5'); // { ref: '2.1', type: 'SS', lagDays: 5 }
 */
export function predecessor(text: string): TemplatePredecessor {
  const match = LINK.exec(text.trim());
  if (!match) throw new RangeError(`Not a predecessor: ${text}`);
  return { ref: match[1]!, type: (match[2] ?? 'FS') as TemplateLinkType, lagDays: Number(match[3] ?? 0) };
}

const levelOf = (ref: string): number => ref.split('.').length;

/** A summary row: a phase or a work package; its duration comes from the rows under it. */
export const summary = (ref: string, name: string, ...after: string[]): WbsRow => ({ ref, name, outlineLevel: levelOf(ref), durationDays: 0, milestone: false, predecessors: after.map(predecessor) });

/** A task of `days` working days. */
export const work = (ref: string, name: string, days: number, ...after: string[]): WbsRow => ({ ref, name, outlineLevel: levelOf(ref), durationDays: days, milestone: false, predecessors: after.map(predecessor) });

/** A milestone: a gate, a sign-off, a go-live. */
export const gate = (ref: string, name: string, ...after: string[]): WbsRow => ({ ref, name, outlineLevel: levelOf(ref), durationDays: 0, milestone: true, predecessors: after.map(predecessor) });

/** A typical risk: `[probability, impact]` on the default 5×5 matrix. */
export const risk = (
  title: string,
  category: string,
  [probability, impact]: [number, number],
  strategy: TemplateRiskStrategy,
  text: { description?: string; cause?: string; effect?: string; response: string },
): TemplateRisk => ({ title, category, probability, impact, strategy, description: text.description ?? '', cause: text.cause ?? '', effect: text.effect ?? '', response: text.response });

export const assumption = (title: string, description: string, validateAfterDays: number | null): TemplateAssumption => ({ title, description, validateAfterDays });

export const action = (title: string, description: string, dueAfterDays: number | null): TemplateAction => ({ title, description, dueAfterDays });
