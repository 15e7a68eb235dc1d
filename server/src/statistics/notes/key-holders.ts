// SPDX-License-Identifier: EUPL-1.2
import { secretColumn, type KeyHolder } from '../../platform/key-holders';

/** The text of private region notes, sealed under the master key. */
export const noteKeyHolders: readonly KeyHolder[] = [secretColumn('region_note', 'text_enc')];
