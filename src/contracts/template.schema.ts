// Project templates: the PMO's library of starting points (a WBS with durations and links, typical
// risks, assumptions and actions, and documents in Markdown with placeholders), and creating a
// project from one. Built-in templates have version 0 until the PMO saves its own version.
import { z } from 'zod';
import { MethodologyKey } from './governance.schema.ts';
import { Project, ProjectCreate } from './project.schema.ts';
import { RiskStrategy } from './raid.schema.ts';
import { LinkType, LocalDateTime } from './schedule.schema.ts';

const KEY = /^[a-z][a-z0-9_]{0,39}$/;
export const TemplateKey = z.string().regex(KEY, 'Keys are lower-case words joined by _, such as office_relocation.').describe('The template’s key, e.g. it_system_implementation.');
const RequirementKey = z.string().regex(KEY, 'Name the requirement by its key, such as charter or business_case.');
const Label = z.string().trim().min(1).max(200);
const Text = z.string().max(5000);
const HalfDays = (min: number) => z.number().min(min).max(2000).multipleOf(0.5);
const DaysFromStart = z.number().int().min(0).max(3660).nullable().default(null);

const Predecessor = z
  .object({
    ref: z.string().describe('The ref of the row it follows.'),
    type: LinkType.default('FS'),
    lagDays: HalfDays(-2000).default(0).describe('Working days; negative: a lead.'),
  })
  .strict();
const WbsRow = z
  .object({
    ref: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, 'A ref is 1 to 40 letters, digits, dots, dashes or underscores, such as 2.3.').describe('Unique in the template; links name rows by it.'),
    name: z.string().trim().min(1, 'Give the row a name.').max(400),
    outlineLevel: z.number().int().min(1).max(10).describe('1 for phases; a row followed by a deeper row is a summary task.'),
    durationDays: HalfDays(0).default(0).describe('Working days; 0 for milestones and summary rows.'),
    milestone: z.boolean().default(false),
    predecessors: z.array(Predecessor).max(20).default([]),
  })
  .strict();
const TemplateRisk = z
  .object({
    title: Label,
    description: Text.default('').describe('The event: what may happen.'),
    category: z.string().trim().min(1).max(60).default('general'),
    cause: Text.default(''),
    effect: Text.default(''),
    probability: z.number().int().min(1).max(10).describe('A level of the PMO’s risk matrix.'),
    impact: z.number().int().min(1).max(10),
    strategy: RiskStrategy.nullable().default(null),
    response: Text.default(''),
  })
  .strict();
const TemplateAssumption = z.object({ title: Label, description: Text.default(''), validateAfterDays: DaysFromStart.describe('Validate by this many days after the project starts.') }).strict();
const TemplateAction = z.object({ title: Label, description: Text.default(''), dueAfterDays: DaysFromStart.describe('Due this many days after the project starts.') }).strict();
const TemplateDocument = z
  .object({
    requirementKey: RequirementKey.describe('The gate requirement the document meets once final, e.g. charter.'),
    title: Label.describe('May use placeholders, e.g. Charter – {{project.code}}.'),
    body: z.string().max(15_000).describe('Markdown with placeholders: {{project.name}}, {{project.code}}, {{project.manager}}, {{project.sponsor}}, {{project.start}}, {{project.finish}}, {{portfolio.name}}, {{program.name}}, {{methodology.name}}, {{template.name}}, {{today}}; \\{{ for literal braces.'),
  })
  .strict();

export const TemplateBody = z
  .object({
    name: Label,
    description: Text.default(''),
    methodologyKey: MethodologyKey,
    wbs: z.array(WbsRow).min(1).max(300).describe('The rows in outline order.'),
    registers: z
      .object({ risks: z.array(TemplateRisk).max(50).default([]), assumptions: z.array(TemplateAssumption).max(50).default([]), actions: z.array(TemplateAction).max(50).default([]) })
      .strict()
      .default({ risks: [], assumptions: [], actions: [] })
      .describe('Typical starting items; their owners are left for the project to name.'),
    documents: z.array(TemplateDocument).max(20).default([]),
  })
  .strict();
export type TemplateBody = z.infer<typeof TemplateBody>;

const stored = {
  key: z.string(),
  builtIn: z.boolean().describe('Shipped with Orrery (the PMO may still edit it).'),
  version: z.number().int().min(0).describe('0 for a built-in template never edited; send it back in If-Match.'),
};
export const ProjectTemplate = TemplateBody.extend(stored);
export type ProjectTemplate = z.infer<typeof ProjectTemplate>;
export const TemplateSummary = z.object({
  ...stored,
  name: z.string(),
  description: z.string(),
  methodologyKey: z.string(),
  counts: z.object({ tasks: z.number().int(), milestones: z.number().int(), risks: z.number().int(), assumptions: z.number().int(), actions: z.number().int(), documents: z.number().int() }),
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;
export const TemplateList = z.object({ items: z.array(TemplateSummary) });
export const TemplateParams = z.object({ key: TemplateKey }).strict();

export const ProjectFromTemplate = z
  .object({
    templateKey: TemplateKey,
    project: ProjectCreate.omit({ methodologyKey: true }).describe('As for creating a project; the methodology is the template’s.'),
  })
  .strict();
export type ProjectFromTemplate = z.infer<typeof ProjectFromTemplate>;

const Count = z.number().int().min(0);
export const ProjectFromTemplateResult = z.object({
  project: Project,
  template: z.object({ key: z.string(), version: z.number().int().min(0) }),
  instantiated: z.object({ tasks: Count, milestones: Count, links: Count, risks: Count, assumptions: Count, actions: Count, documents: Count }),
  schedule: z.object({ start: LocalDateTime.nullable(), finish: LocalDateTime.nullable() }).describe('Where the new schedule starts and finishes.'),
});
export type ProjectFromTemplateResult = z.infer<typeof ProjectFromTemplateResult>;
