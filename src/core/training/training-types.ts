// Training and competencies, as plain data: courses that raise competencies to a level, what each
// person completed and which certifications they hold, self and PMO assessments, the levels a role
// requires, and the projects people manage with their risk exposure. Levels run 1 (aware) … 5 (expert).

export type CompetencyLevel = 1 | 2 | 3 | 4 | 5;

export interface Competency {
  readonly key: string;
  readonly name: string;
}

export interface Course {
  readonly id: string;
  readonly name: string;
  readonly provider: string;
  readonly durationHours: number;
  /** The level a person who completes the course reaches in each competency it covers. */
  readonly competencies: Readonly<Record<string, CompetencyLevel>>;
  /** The certification the course prepares for (e.g. "PMP"), if any. */
  readonly preparesFor: string | null;
  /** Archived courses still count on records but are no longer offered. */
  readonly archived?: boolean;
}

export interface TrainingRecord {
  readonly personId: string;
  readonly courseId: string;
  /** YYYY-MM-DD. */
  readonly completedOn: string;
  /** 0–100, or null when the course has no test. */
  readonly score: number | null;
}

export interface Certification {
  readonly personId: string;
  /** e.g. PMP, PRINCE2 Practitioner. */
  readonly name: string;
  /** Whether it certifies project management (PMP, PRINCE2, IPMA …), as the high-risk rule asks. */
  readonly projectManagement: boolean;
  readonly obtainedOn: string;
  /** YYYY-MM-DD, or null when it never expires. */
  readonly expiresOn: string | null;
  /** The level it attests in each competency it covers. */
  readonly competencies: Readonly<Record<string, CompetencyLevel>>;
}

export interface Assessment {
  readonly personId: string;
  readonly competencyKey: string;
  readonly level: CompetencyLevel;
  readonly by: 'self' | 'pmo';
  readonly assessedOn: string;
}

/** The levels a role requires, e.g. project managers: scheduling 3, risk 3. */
export interface RoleRequirement {
  readonly role: string;
  readonly name: string;
  readonly levels: Readonly<Record<string, CompetencyLevel>>;
}

export interface Person {
  readonly id: string;
  readonly name: string;
  /** Roles the person holds, e.g. project_manager for anyone managing an active project. */
  readonly roles: ReadonlyArray<string>;
}

export interface ManagedProject {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly managerId: string;
  /** The highest exposure (probability × impact) among its open risks; null without any. */
  readonly maxExposure: number | null;
}

export interface TrainingFacts {
  readonly today: string;
  readonly competencies: ReadonlyArray<Competency>;
  readonly courses: ReadonlyArray<Course>;
  readonly records: ReadonlyArray<TrainingRecord>;
  readonly certifications: ReadonlyArray<Certification>;
  readonly assessments: ReadonlyArray<Assessment>;
  readonly requirements: ReadonlyArray<RoleRequirement>;
  readonly people: ReadonlyArray<Person>;
  readonly projects: ReadonlyArray<ManagedProject>;
  /** Exposure from which a project counts as high-risk (the risk matrix's "high" band). */
  readonly highRiskExposure: number;
  /** Days ahead within which an expiring certification is flagged (90 by default). */
  readonly expiryWarningDays?: number;
}
