// What a PMO hands a new project so that it does not start from a blank page: a project template
// is a starting WBS (phases as summary tasks, standard tasks with typical durations, gate
// milestones and the links between them), the risks, assumptions and actions such projects
// usually begin with, and the documents the methodology's gates ask for, as Markdown with
// placeholders ({{project.name}} …) filled in when a project is created from it. Templates are
// data, not code, so that a PMO can tailor the built-in ones (default-templates.ts) and add its
// own without a release; validate-template.ts checks one before it is saved or used.

export type TemplateLinkType = 'FS' | 'SS' | 'FF' | 'SF';
export const TEMPLATE_LINK_TYPES: ReadonlyArray<TemplateLinkType> = ['FS', 'SS', 'FF', 'SF'];

/** A link to an earlier (or later) row of the WBS, named by its ref. */
export interface TemplatePredecessor {
  readonly ref: string;
  readonly type: TemplateLinkType;
  /** Working days (negative: a lead); halves allowed. */
  readonly lagDays: number;
}

/**
 * A row of the WBS, in outline order. A row followed by a deeper row is a summary task (a phase,
 * a work package): its duration comes from its children, so it has none of its own.
 */
export interface WbsRow {
  /** Stable within the template, e.g. "2.3" or "uat": links name rows by it. */
  readonly ref: string;
  readonly name: string;
  /** 1 for the phases; a child is one level deeper than its parent. */
  readonly outlineLevel: number;
  /** Working days (halves allowed); 0 for milestones and summary rows. */
  readonly durationDays: number;
  /** A point in time (a gate, a go-live): no duration. */
  readonly milestone: boolean;
  readonly predecessors: ReadonlyArray<TemplatePredecessor>;
}

export type TemplateRiskStrategy = 'avoid' | 'transfer' | 'mitigate' | 'accept' | 'escalate' | 'exploit' | 'enhance' | 'share';

/** A risk such projects typically face; its owner is left for the project to name. */
export interface TemplateRisk {
  readonly title: string;
  /** The event: what may happen. */
  readonly description: string;
  readonly category: string;
  readonly cause: string;
  readonly effect: string;
  /** Levels of the PMO's risk matrix, 1 = lowest. */
  readonly probability: number;
  readonly impact: number;
  readonly strategy: TemplateRiskStrategy | null;
  readonly response: string;
}

export interface TemplateAssumption {
  readonly title: string;
  readonly description: string;
  /** Check it by this many calendar days after the project starts; null: no date. */
  readonly validateAfterDays: number | null;
}

export interface TemplateAction {
  readonly title: string;
  readonly description: string;
  /** Due this many calendar days after the project starts; null: no date. */
  readonly dueAfterDays: number | null;
}

export interface TemplateRegisters {
  readonly risks: ReadonlyArray<TemplateRisk>;
  readonly assumptions: ReadonlyArray<TemplateAssumption>;
  readonly actions: ReadonlyArray<TemplateAction>;
}

/** A starting document: it becomes a draft deliverable meeting the requirement with this key. */
export interface TemplateDocument {
  readonly requirementKey: string;
  readonly title: string;
  /** Markdown with placeholders such as {{project.name}} (placeholders.ts lists them). */
  readonly body: string;
}

export interface ProjectTemplate {
  readonly key: string;
  readonly name: string;
  readonly description: string;
  /** The methodology projects made from it follow (predictive, agile …). */
  readonly methodologyKey: string;
  readonly wbs: ReadonlyArray<WbsRow>;
  readonly registers: TemplateRegisters;
  readonly documents: ReadonlyArray<TemplateDocument>;
}

/** A problem found in a template, at a path such as `wbs[4].predecessors[0].ref`. */
export interface TemplateError {
  readonly path: string;
  readonly message: string;
}

export type TemplateValidation = { readonly ok: true } | { readonly ok: false; readonly errors: ReadonlyArray<TemplateError> };
