// SPDX-License-Identifier: EUPL-1.2

/** Wrong arguments: the message says what is expected. */
export class UsageError extends Error {}
