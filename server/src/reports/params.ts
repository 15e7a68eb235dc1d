// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

/** The `{id}` of a case in a path. */
export const reportIdParams = z.object({
  id: z.uuid().meta({ example: '0b8f5c6e-3c1d-4a59-9d43-1f3f4b8a2c10' }),
});
