#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
// Entry point of the `weerbaar` command. The sources are TypeScript; tsx compiles them on load,
// so a fresh clone runs without a separate build step for the server.
import { register } from 'tsx/esm/api';

register();
await import('../server/src/cli/main.ts');
