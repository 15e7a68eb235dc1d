// SPDX-License-Identifier: EUPL-1.2
import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured JSON logs. Callers log codes, ids and counts only: never names, e-mail addresses,
 * free text, tokens or passwords. The redact list is a second line of defence for known keys.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'weerbaar' },
      redact: {
        paths: [
          'email',
          'password',
          'token',
          'code',
          'name',
          '*.email',
          '*.password',
          '*.token',
          '*.name',
          'headers.cookie',
        ],
        censor: '[verwijderd]',
      },
    },
    destination,
  );
}
