#!/usr/bin/env node
// The `orrery` command. Orrery runs its TypeScript sources through tsx's loader, so there is no
// separate compile step for the server or the CLI (see ARCHITECTURE.md, "Running TypeScript").
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
