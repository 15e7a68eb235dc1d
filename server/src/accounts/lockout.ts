// SPDX-License-Identifier: EUPL-1.2

/** Failed attempts allowed before the account locks for the first time. */
export const freeAttempts = 5;
const maxLockMinutes = 60;

/**
 * Progressive lockout: after five failures the account locks for 1 minute, then 2, 4, 8 …
 * up to an hour per further failure. Returns the lock end, or null while attempts remain.
 */
export function lockUntilAfterFailure(failedBefore: number, now: Date): Date | null {
  const failures = failedBefore + 1;
  if (failures < freeAttempts) return null;
  const minutes = Math.min(2 ** (failures - freeAttempts), maxLockMinutes);
  return new Date(now.getTime() + minutes * 60_000);
}

/** Dutch time of day for messages such as "probeer het na 14:05 opnieuw". */
export function formatTime(date: Date): string {
  return date.toLocaleTimeString('nl-NL', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  });
}
