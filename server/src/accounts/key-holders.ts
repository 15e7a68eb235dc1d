// SPDX-License-Identifier: EUPL-1.2
import { secretColumn, type KeyHolder } from '../platform/key-holders';

/** The TOTP secrets (enabled and pending), sealed under the master key. */
export const accountKeyHolders: readonly KeyHolder[] = [
  secretColumn('app_user', 'totp_secret_enc'),
  secretColumn('app_user', 'totp_pending_enc'),
];
