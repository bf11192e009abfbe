// Words and colours for quality reviews and findings, typed by the API so a new server value fails
// the type check until it has a label.
import type { AnswerOutcome, Finding, QualityReview } from '../../api/types.ts';

type Labels<K extends string> = Readonly<Record<K, string>>;

export const REVIEW_STATUS_LABELS: Labels<QualityReview['status']> = {
  planned: 'Planned',
  in_progress: 'In progress',
  completed: 'Completed',
  closed: 'Closed',
  cancelled: 'Cancelled',
};
export const REVIEW_STATUS_COLORS: Readonly<Record<QualityReview['status'], string>> = {
  planned: 'gray',
  in_progress: 'blue',
  completed: 'teal',
  closed: 'indigo',
  cancelled: 'gray',
};

export const OUTCOME_LABELS: Labels<AnswerOutcome> = {
  compliant: 'Compliant',
  partially: 'Partially',
  non_compliant: 'Non-compliant',
  not_applicable: 'N/A',
};

export const RAG_LABELS: Labels<NonNullable<QualityReview['rag']>> = { green: 'Green', amber: 'Amber', red: 'Red' };
export const RAG_COLORS: Readonly<Record<NonNullable<QualityReview['rag']>, string>> = { green: 'teal', amber: 'orange', red: 'red' };

export const FINDING_STATUS_LABELS: Labels<Finding['status']> = { open: 'Open', in_progress: 'In progress', resolved: 'Resolved', closed: 'Closed' };
export const FINDING_STATUS_COLORS: Readonly<Record<Finding['status'], string>> = { open: 'blue', in_progress: 'cyan', resolved: 'teal', closed: 'gray' };
export const FINDING_SEVERITY_LABELS: Labels<Finding['severity']> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };
export const FINDING_SEVERITY_COLORS: Readonly<Record<Finding['severity'], string>> = { critical: 'red', high: 'orange', medium: 'indigo', low: 'gray' };
