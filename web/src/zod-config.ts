// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

// Zod probes `new Function` when it builds object schemas; under our CSP (no 'unsafe-eval') that
// probe is reported as a violation. Imported first in main.tsx, before any schema is created.
z.config({ jitless: true });
