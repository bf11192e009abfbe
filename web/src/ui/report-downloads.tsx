// Downloads of the reports that leave Orrery: the executive portfolio report (PDF, PowerPoint,
// Excel) for the scope a page shows, and a project's status report (PDF, PowerPoint). Plain links
// with `download`: the browser saves the file the server names, with the session cookie.
import { Button } from '@mantine/core';

const FORMATS = { pdf: 'PDF', pptx: 'PowerPoint', xlsx: 'Excel' } as const;
type ReportFormat = keyof typeof FORMATS;

function links(base: string, formats: readonly ReportFormat[], query: Record<string, string | undefined>, noun: string) {
  return formats.map((format) => {
    const params = new URLSearchParams({ format, ...Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1]))) });
    return (
      <Button key={format} component="a" variant="default" size="sm" href={`${base}?${params.toString()}`} download>
        {noun} {FORMATS[format]}
      </Button>
    );
  });
}

/** The portfolio report of the projects in scope (a portfolio or program, or all you can see). */
export function PortfolioReportDownloads({ portfolioId, programId }: { portfolioId?: string | undefined; programId?: string | undefined }) {
  return <>{links('/api/v1/reports/portfolio', ['pdf', 'pptx', 'xlsx'], { portfolioId, programId }, 'Report')}</>;
}

/** One project's status report, from its latest submitted report. */
export function ProjectReportDownloads({ projectId }: { projectId: string }) {
  return <>{links(`/api/v1/projects/${projectId}/report`, ['pdf', 'pptx'], {}, 'Report')}</>;
}
