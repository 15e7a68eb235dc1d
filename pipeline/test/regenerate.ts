// SPDX-License-Identifier: EUPL-1.2
// Regenerates the expected golden package: `node bin/run-ts.js pipeline/test/regenerate.ts`.
// Review the diff of pipeline/test/output before committing it: every change is a changed result.
import { goldenOutput, runGolden } from './golden';

const summary = await runGolden(goldenOutput);
process.stdout.write(`${goldenOutput}: ${summary.manifest.values.rows} waarden\n`);
