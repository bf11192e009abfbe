// `npm run fidelity [-- --verbose]`: the per-file report of how our schedules compare with MS
// Project's on the oracle files, and the match rate per folder (one JSON line each at the end).
import { checkFolder, summarise, FOLDERS, type FolderName } from '../test/fidelity/fidelity.ts';

const verbose = process.argv.includes('--verbose');
for (const folder of Object.keys(FOLDERS) as FolderName[]) {
  const reports = checkFolder(folder);
  for (const r of reports) {
    if (r.status === 'skipped') continue;
    const head = `${r.status.padEnd(6)} ${r.file}  ${r.matchingTasks}/${r.tasks} tasks${r.message ? `  ${r.message}` : ''}`;
    console.log(head);
    if (verbose || r.status === 'differ') {
      for (const d of r.differences.slice(0, verbose ? 50 : 3)) console.log(`         task ${d.uid} ${d.name}: ${d.field} expected ${d.expected}, got ${d.actual}`);
    }
  }
  console.log(JSON.stringify({ fidelity: summarise(folder, reports) }));
}
