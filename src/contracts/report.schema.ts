// Reports that leave Orrery as files: the executive portfolio report (PDF, PowerPoint or Excel)
// and a project's status report (PDF or PowerPoint). Only the queries are schemas: the answer is
// the file itself.
import { z } from 'zod';
import { Id } from './common.schema.ts';

export const REPORT_FORMATS = ['pdf', 'pptx', 'xlsx'] as const;
export const PROJECT_REPORT_FORMATS = ['pdf', 'pptx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const PortfolioReportQuery = z
  .object({
    format: z.enum(REPORT_FORMATS).default('pdf').describe('pdf (default): the executive report; pptx: a deck with a slide per project; xlsx: the figures as sheets.'),
    portfolioId: Id.optional().describe('Only this portfolio’s projects; default every project you can see.'),
    programId: Id.optional().describe('Only this program’s projects.'),
  })
  .strict();
export type PortfolioReportQuery = z.infer<typeof PortfolioReportQuery>;

export const ProjectReportQuery = z.object({ format: z.enum(PROJECT_REPORT_FORMATS).default('pdf').describe('pdf (default) or pptx.') }).strict();
export type ProjectReportQuery = z.infer<typeof ProjectReportQuery>;

/** What a report route answers besides problems. */
export const REPORT_TYPES: Readonly<Record<ReportFormat, string>> = {
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
