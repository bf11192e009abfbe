// Names the main schemas so the OpenAPI document (and the web client generated from it) refers
// to them as components: `Project`, `Problem` … instead of repeating them inline.
import { z } from 'zod';
import { Problem, Money } from './common.schema.ts';
import { Objective, Portfolio, Program } from './register.schema.ts';
import { Project, ProjectMember } from './project.schema.ts';
import { User, ApiToken, PersonRef, Session } from './user.schema.ts';
import { AuditEvent } from './audit.schema.ts';
import { Schedule, ScheduleTask, ScheduleLink, ScheduleCalendar, Baseline } from './schedule.schema.ts';
import { Methodology, GateReview, Deliverable, ProjectGovernance } from './governance.schema.ts';
import { ReviewType, QualityReview, Finding } from './quality.schema.ts';
import { ChangeImpact, ChangeRequest } from './change-request.schema.ts';
import { IntakeFields, ProjectRequest } from './intake.schema.ts';
import { BusinessCase } from './business-case.schema.ts';
import { Risk, Issue, Assumption, Decision, Action, Dependency, RiskMatrix, HeatMap } from './raid.schema.ts';
import { Policy, Breach, ProjectCompliance, Compliance } from './policy.schema.ts';
import { ProjectTemplate, TemplateSummary } from './template.schema.ts';
import { StatusReport, StatusReportListItem, StatusThresholds, StatusTrend } from './status-report.schema.ts';
import { DashboardProject, PortfolioDashboard, ProgramDashboard } from './dashboard.schema.ts';
import { MyWork } from './my-work.schema.ts';
import { Stakeholder, StakeholderGrid } from './stakeholder.schema.ts';
import { Communication, CommunicationPlan } from './communication.schema.ts';
import { Meeting, MeetingSummary } from './meeting.schema.ts';
import { Notification, NotificationPreferences } from './notification.schema.ts';
import { ExchangeRate, PersonRate } from './rates.schema.ts';
import { PortfolioEvm, ProjectEvm, TaskEarning } from './evm.schema.ts';
import { ProjectEstimate } from './evm-estimate.schema.ts';
import { Comment } from './comment.schema.ts';
import { Timesheet, TimesheetListItem, BookableTask, TimesheetLock } from './timesheet.schema.ts';
import { BudgetRevision, ProjectBudget } from './finance.schema.ts';
import { Expense, PurchaseOrder, TaskCost } from './finance-costs.schema.ts';
import { Financials } from './financials.schema.ts';
import { Ranking, ScoringModel, SubjectScore } from './scoring.schema.ts';
import { Optimisation, SelectionSettings } from './selection.schema.ts';
import { Resource, ResourceCalendar, ResourceRate, ResourceRateOn, BaseCalendars } from './resource.schema.ts';
import { Assignment, ProjectAssignments, ResourceRequest } from './assignment.schema.ts';
import { CapacityView, CapacityDetail, CapacityAvailable, CapacityWhatIf } from './capacity.schema.ts';
import { LevellingResult } from './levelling.schema.ts';
import { MaturityAssessment, MaturityModel } from './maturity.schema.ts';
import { PmoKpis } from './pmo-kpis.schema.ts';
import { PmoCharter } from './pmo-charter.schema.ts';
import { ClosureFigures, ClosureReport } from './closure.schema.ts';
import { Lesson, LessonHit, LessonSuggestion } from './lesson.schema.ts';
import { Benefit, BenefitMeasurement, ProjectBenefits, PortfolioBenefits } from './benefit.schema.ts';
import { Scenario, ScenarioComparison } from './scenario.schema.ts';
import { Article, ArticleSummary, ArticleVersion, ProjectGuidance } from './knowledge.schema.ts';
import { CompetencyFramework, CompetencyMatrix, Course, PersonTraining, TrainingNeed } from './training.schema.ts';
import { ServiceLevels, SupportQueue, SupportRequest } from './support.schema.ts';


const named: Record<string, z.ZodType> = { Problem, Money, Objective, Portfolio, Program, Project, ProjectMember, User, ApiToken, PersonRef, Session, AuditEvent, Schedule, ScheduleTask, ScheduleLink, ScheduleCalendar, Baseline, Risk, Issue, Assumption, Decision, Action, Dependency, RiskMatrix, HeatMap, Methodology, GateReview, Deliverable, ProjectGovernance, ReviewType, QualityReview, QualityFinding: Finding, Policy, Breach, ProjectCompliance, Compliance, ProjectTemplate, TemplateSummary, ChangeRequest, ChangeImpact, ProjectRequest, IntakeFields, BusinessCase, StatusReport, StatusReportListItem, StatusThresholds, StatusTrend, Stakeholder, StakeholderGrid, Communication, CommunicationPlan, Meeting, MeetingSummary, DashboardProject, PortfolioDashboard, ProgramDashboard, MyWork, Notification, NotificationPreferences, Comment, PersonRate, ExchangeRate, Timesheet, TimesheetListItem, BookableTask, TimesheetLock, BudgetRevision, ProjectBudget, TaskCost, PurchaseOrder, Expense, Financials, ProjectEvm, PortfolioEvm, TaskEarning, ProjectEstimate, Resource, ResourceCalendar, ResourceRate, ResourceRateOn, BaseCalendars, Assignment, ProjectAssignments, ResourceRequest, CapacityView, CapacityDetail, CapacityAvailable, CapacityWhatIf, LevellingResult, MaturityModel, MaturityAssessment, PmoKpis, PmoCharter, ClosureFigures, ClosureReport, Lesson, LessonHit, LessonSuggestion, ScoringModel, SubjectScore, Ranking, SelectionSettings, Optimisation, Benefit, BenefitMeasurement, ProjectBenefits, PortfolioBenefits, Scenario, ScenarioComparison, Article, ArticleSummary, ArticleVersion, ProjectGuidance, CompetencyFramework, Course, PersonTraining, CompetencyMatrix, TrainingNeed, ServiceLevels, SupportRequest, SupportQueue };
for (const [id, schema] of Object.entries(named)) {
  if (!z.globalRegistry.has(schema)) z.globalRegistry.add(schema, { id });
}
