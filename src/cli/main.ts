// Entry point of the `orrery` command: runs the program and turns failures into a clear message
// and a non-zero exit code instead of a stack trace.
import { AppError } from '../app/errors.ts';
import { buildProgram } from './program.ts';

// `orrery schedule plan.xml | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  const message = error instanceof AppError || error instanceof Error ? error.message : String(error);
  console.error(`orrery: ${message}`);
  process.exit(1);
}
