// A status report's colours: each dimension by its rule, and the overall colour as the worst of the
// dimensions that could be assessed (grey ones neither help nor hurt; all grey gives grey). Then
// the project manager's overrides: a colour set by hand needs a written justification, and both the
// computed and the chosen colour are kept, so a reader always sees what the data said.
import { assessCost, assessQuality, assessResources, assessRisk, assessSchedule, assessScope } from './dimension-rules.ts';
import { worstColour } from './rag-scale.ts';
import { DIMENSIONS, type Assessment, type Colour, type Dimension, type FieldError, type JudgedColour, type StatusFacts, type StatusRag, type StatusThresholds } from './status-types.ts';

/** The overall assessment from the dimensions' colours. */
export function overallOf(dimensions: { readonly [D in Dimension]: { readonly colour: Colour } }): Assessment {
  const assessed = DIMENSIONS.filter((d) => dimensions[d].colour !== 'grey');
  const notAssessed = DIMENSIONS.filter((d) => dimensions[d].colour === 'grey');
  if (assessed.length === 0) return { colour: 'grey', reasons: ['No dimension could be assessed, so the project has no overall colour.'] };
  const colour = worstColour(assessed.map((d) => dimensions[d].colour));
  const driving = assessed.filter((d) => dimensions[d].colour === colour);
  const reasons = [`The overall colour is the worst of the assessed dimensions: ${colour}, from ${driving.join(', ')}.`];
  if (notAssessed.length > 0) reasons.push(`Not assessed: ${notAssessed.join(', ')}.`);
  return { colour, reasons };
}

/**
 * The computed colours of a project from its facts.
 * @example
 * assessStatus(facts, DEFAULT_STATUS_THRESHOLDS).dimensions.schedule
 * // { colour: 'amber', reasons: ['The forecast finish (2027-03-12) is 7 working days later than baseline 0 (2027-03-03): amber above 5, red above 15 working days.'] }
 */
export function assessStatus(facts: StatusFacts, t: StatusThresholds): StatusRag {
  const dimensions = {
    schedule: assessSchedule(facts.schedule, t.schedule),
    cost: assessCost(facts.cost, t.cost),
    scope: assessScope(facts.scope, t.scope, facts.period),
    risk: assessRisk(facts.risk, t.risk),
    resources: assessResources(),
    quality: assessQuality(facts.quality, t.quality),
  };
  return { overall: overallOf(dimensions), dimensions };
}

// ---------------------------------------------------------------------------------------------
// Overrides

export interface Override {
  readonly colour: JudgedColour;
  readonly justification: string;
}

export type OverrideKey = Dimension | 'overall';
export const OVERRIDE_KEYS: ReadonlyArray<OverrideKey> = [...DIMENSIONS, 'overall'];
export type Overrides = Partial<Record<OverrideKey, Override>>;

/** Overrides without a written justification (empty: none). */
export function overrideProblems(overrides: Overrides): FieldError[] {
  return OVERRIDE_KEYS.filter((k) => overrides[k] !== undefined && overrides[k]!.justification.trim() === '').map((k) => ({
    path: `overrides.${k}.justification`,
    message: `say why ${k} is ${overrides[k]!.colour} rather than the computed colour: an override needs a written justification`,
  }));
}

export interface RagLine {
  readonly key: OverrideKey;
  readonly computed: Colour;
  readonly reasons: ReadonlyArray<string>;
  readonly override: Override | null;
  /** The colour the report shows: the override when there is one, else the computed colour. */
  readonly effective: Colour;
}

/**
 * The report's colours, computed and as shown. The overall colour shown is the overall override if
 * there is one, else the worst of the dimensions as shown (so a dimension's override carries into it).
 */
export function effectiveRag(rag: StatusRag, overrides: Overrides): { overall: RagLine; dimensions: RagLine[] } {
  const line = (key: OverrideKey, a: Assessment, fallback: Colour): RagLine => {
    const override = overrides[key] ?? null;
    return { key, computed: a.colour, reasons: a.reasons, override, effective: override?.colour ?? fallback };
  };
  const dimensions = DIMENSIONS.map((d) => line(d, rag.dimensions[d], rag.dimensions[d].colour));
  const shown = Object.fromEntries(dimensions.map((l) => [l.key, { colour: l.effective }])) as { [D in Dimension]: { colour: Colour } };
  return { overall: line('overall', rag.overall, overallOf(shown).colour), dimensions };
}
