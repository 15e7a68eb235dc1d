// SPDX-License-Identifier: EUPL-1.2
import type { z } from 'zod';

import {
  tipDetailSchema,
  tipListSchema,
  type tipConversionRequestSchema,
  type tipStatusRequestSchema,
} from '../../../common/contracts/tips';
import { apiSend } from '../api/client';

export const tipsPath = '/api/v1/tips';
export const tipPath = (id: string) => `${tipsPath}/${encodeURIComponent(id)}`;
export { tipDetailSchema, tipListSchema };

export function replyToTip(id: string, body: string) {
  return apiSend('POST', `${tipPath(id)}/messages`, { body }, tipDetailSchema);
}

export function setTipStatus(id: string, body: z.input<typeof tipStatusRequestSchema>) {
  return apiSend('POST', `${tipPath(id)}/status`, body, tipDetailSchema);
}

export function convertTip(id: string, body: z.input<typeof tipConversionRequestSchema>) {
  return apiSend('POST', `${tipPath(id)}/conversion`, body, tipDetailSchema);
}
