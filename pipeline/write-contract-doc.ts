// SPDX-License-Identifier: EUPL-1.2
// Rewrites docs/pipeline-input.md from pipeline/contract.ts: `node bin/run-ts.js pipeline/write-contract-doc.ts`.
import { writeFileSync } from 'node:fs';

import { contractMarkdown } from './contract-doc';

writeFileSync(new URL('../docs/pipeline-input.md', import.meta.url), contractMarkdown());
