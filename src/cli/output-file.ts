// Writing a file the user named with --out, and saying how big it is: shared by every command
// that writes one (exports, reports), so a missing folder reads the same everywhere.
import { writeFileSync } from 'node:fs';

export const sizeOf = (bytes: number): string => (bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} kB`);

export function writeOutFile(out: string, bytes: Buffer): void {
  try {
    writeFileSync(out, bytes);
  } catch (error) {
    throw new Error(`Cannot write ${out}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (error as Error).message}.`, { cause: error });
  }
}
