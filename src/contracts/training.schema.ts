// Training and competencies: the PMO's competency framework (competencies and each role's required
// levels), the course catalogue, people's training records, certifications (flagged when they expire
// within 90 days) and competency assessments, the competency matrix of a role's holders, and who
// needs which training with the reason and the courses that would meet it.
import { z } from 'zod';
import { TRAINING_ROLE_INFO, TRAINING_ROLES } from '../core/training/training-roles.ts';
import { Id, IsoDate, Timestamp } from './common.schema.ts';

const Key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'Keys are lower-case words joined by _, such as risk_management.');
export const CompetencyLevel = z.number().int().min(1).max(5).describe('1 aware, 2 practitioner (guided), 3 practitioner, 4 expert, 5 leader.');
export const TrainingRole = z.enum(TRAINING_ROLES);
const Levels = z.record(Key, CompetencyLevel);
const Name = z.string().trim().min(1).max(200);

export const CompetencyFrameworkBody = z.object({
  competencies: z.array(z.object({ key: Key, name: Name }).strict()).min(1).max(50),
  requirements: z.array(z.object({
    role: TrainingRole.describe(Object.entries(TRAINING_ROLE_INFO).map(([role, info]) => `${role}: ${info.heldBy}`).join('; ') + '.'),
    name: Name,
    levels: Levels.describe('The level the role requires per competency key.'),
  }).strict()).max(20),
}).strict();
export type CompetencyFrameworkBody = z.infer<typeof CompetencyFrameworkBody>;
export const CompetencyFramework = CompetencyFrameworkBody.extend({ version: z.number().int().min(0).describe('0 while the built-in framework is in use.') });
export type CompetencyFramework = z.infer<typeof CompetencyFramework>;

export const CourseCreate = z.object({
  name: Name,
  provider: Name,
  durationHours: z.number().int().min(1).max(2000),
  competencies: Levels.default({}).describe('The level a person reaches per competency on completing it.'),
  preparesFor: z.string().trim().min(1).max(100).nullable().default(null).describe('The certification it prepares for, e.g. PMP.'),
}).strict();
export type CourseCreate = z.infer<typeof CourseCreate>;
export const CourseUpdate = z.object({
  name: Name.optional(), provider: Name.optional(), durationHours: z.number().int().min(1).max(2000).optional(),
  competencies: Levels.optional(), preparesFor: z.string().trim().min(1).max(100).nullable().optional(),
  archived: z.boolean().optional().describe('Archived courses stay on records but are not offered.'),
}).strict();
export type CourseUpdate = z.infer<typeof CourseUpdate>;
export const Course = z.object({
  id: Id, code: z.string(), name: z.string(), provider: z.string(), durationHours: z.number().int(),
  competencies: z.record(z.string(), z.number().int()), preparesFor: z.string().nullable(), archived: z.boolean(), version: z.number().int(),
});
export type Course = z.infer<typeof Course>;
export const CourseList = z.object({ items: z.array(Course) });
export const CourseListQuery = z.object({ includeArchived: z.enum(['true', 'false']).optional() }).strict();

export const TrainingRecordCreate = z.object({
  userId: Id, courseId: Id, completedOn: IsoDate, score: z.number().int().min(0).max(100).nullable().default(null),
}).strict();
export type TrainingRecordCreate = z.infer<typeof TrainingRecordCreate>;

export const CertificationCreate = z.object({
  userId: Id,
  name: z.string().trim().min(1).max(100).describe('e.g. PMP, PRINCE2 Practitioner.'),
  projectManagement: z.boolean().describe('Whether it certifies project management (what the high-risk rule asks for).'),
  obtainedOn: IsoDate,
  expiresOn: IsoDate.nullable().describe('null: never expires.'),
  competencies: Levels.default({}),
}).strict();
export type CertificationCreate = z.infer<typeof CertificationCreate>;

export const AssessmentCreate = z.object({
  userId: Id.describe('Yourself for a self-assessment; anyone for the PMO.'),
  competencyKey: Key, level: CompetencyLevel, assessedOn: IsoDate.optional().describe('Default today.'),
}).strict();
export type AssessmentCreate = z.infer<typeof AssessmentCreate>;

const PersonRef = z.object({ id: Id, name: z.string() });
const CourseRef = z.object({ id: Id, code: z.string(), name: z.string() });
const Cell = z.object({ level: z.number().int().nullable(), source: z.enum(['pmo', 'self', 'course', 'certification']).nullable() });

export const NEED_KINDS = ['high_risk_uncertified', 'certification_expiring', 'competency_gap'] as const;
export const TrainingNeed = z.object({
  person: PersonRef,
  kind: z.enum(NEED_KINDS),
  reason: z.string(),
  courses: z.array(CourseRef).describe('Catalogue courses that would meet the need.'),
  projects: z.array(z.object({ id: Id, code: z.string(), exposure: z.number() })).describe('high_risk_uncertified: the high-risk projects managed.'),
  certification: z.string().nullable(),
  expiresOn: IsoDate.nullable(),
  daysLeft: z.number().int().nullable().describe('certification_expiring: negative once expired.'),
  competencyKey: z.string().nullable(),
  level: z.number().int().nullable(),
  required: z.number().int().nullable(),
});
export type TrainingNeed = z.infer<typeof TrainingNeed>;
export const TrainingNeeds = z.object({ items: z.array(TrainingNeed), highRiskExposure: z.number().describe('Exposure from which a project counts as high-risk.') });
export type TrainingNeeds = z.infer<typeof TrainingNeeds>;

export const PersonTraining = z.object({
  person: PersonRef,
  roles: z.array(z.string()),
  records: z.array(z.object({ id: Id, course: CourseRef, completedOn: IsoDate, score: z.number().int().nullable() })),
  certifications: z.array(z.object({
    id: Id, name: z.string(), projectManagement: z.boolean(), obtainedOn: IsoDate, expiresOn: IsoDate.nullable(),
    state: z.enum(['current', 'expiring', 'expired']).describe('expiring: within 90 days.'), version: z.number().int(),
  })),
  assessments: z.array(z.object({ id: Id, competencyKey: z.string(), level: z.number().int(), by: z.enum(['self', 'pmo']), assessedOn: IsoDate, createdAt: Timestamp })),
  levels: z.record(z.string(), Cell),
  needs: z.array(TrainingNeed),
});
export type PersonTraining = z.infer<typeof PersonTraining>;

export const CompetencyMatrixQuery = z.object({ role: TrainingRole.default('project_manager').describe('Whose matrix: the people holding this role now.') }).strict();
export type CompetencyMatrixQuery = z.infer<typeof CompetencyMatrixQuery>;
export const CompetencyMatrix = z.object({
  role: TrainingRole, roleName: z.string(), heldBy: z.string().describe('Who holds the role, in words.'),
  competencies: z.array(z.object({ key: z.string(), name: z.string(), required: z.number().int().nullable() })),
  rows: z.array(z.object({ person: PersonRef, cells: z.record(z.string(), Cell) })).describe('The people holding the role.'),
});
export type CompetencyMatrix = z.infer<typeof CompetencyMatrix>;
