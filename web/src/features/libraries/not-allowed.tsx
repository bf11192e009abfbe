// What the library pages say to someone who is not the PMO or an administrator (the server would
// refuse their saves anyway).
import { Alert } from '@mantine/core';

export function LibrariesNotAllowed() {
  return (
    <Alert color="yellow" title="Not allowed">
      Only the PMO and administrators change the libraries.
    </Alert>
  );
}
