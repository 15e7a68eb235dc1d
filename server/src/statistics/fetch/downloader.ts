// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A download or its answer went wrong; the message is Dutch and names the table and URL. */
export class FetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FetchError';
  }
}

/** Where raw answers are cached and whether to ignore them. */
export interface DownloaderOptions {
  /** Folder for raw answers; a second run reads them from here instead of the network. */
  cacheDir: string;
  /** Download again even when the answer is cached. */
  refresh: boolean;
  /** Milliseconds before a request is given up. */
  timeoutMs?: number;
}

/**
 * Fetches JSON over HTTP and keeps every raw answer under `<cacheDir>/raw/`, named by a hash of
 * its URL, so a second run makes no requests. An answer is cached only once it parsed as JSON:
 * a broken download is never reused.
 */
export class Downloader {
  /** Requests that went to the network (not to the cache); the tests count them. */
  requests = 0;
  private readonly rawDir: string;

  constructor(private readonly options: DownloaderOptions) {
    this.rawDir = join(options.cacheDir, 'raw');
  }

  /** The parsed JSON answer of `url`; `label` names the table or layer in error messages. */
  async json(url: string, label: string): Promise<unknown> {
    const file = join(this.rawDir, `${createHash('sha256').update(url).digest('hex')}.json`);
    if (!this.options.refresh) {
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as unknown;
      } catch {
        // Not cached yet (or unreadable): download below.
      }
    }
    const text = await this.download(url, label);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text) as unknown;
    } catch (error) {
      throw new FetchError(
        `${label}: het antwoord van ${url} is geen geldige JSON (${(error as Error).message}).`,
      );
    }
    mkdirSync(this.rawDir, { recursive: true });
    // Write beside and rename, so an interrupted run never leaves half a file in the cache.
    writeFileSync(`${file}.tmp`, text);
    renameSync(`${file}.tmp`, file);
    return parsed;
  }

  private async download(url: string, label: string): Promise<string> {
    this.requests++;
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 120_000),
      });
    } catch (error) {
      const cause = error instanceof Error ? (error.cause ?? error) : error;
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new FetchError(
        `${label}: ${url} is niet bereikbaar (${reason}). Controleer de internetverbinding of het adres.`,
      );
    }
    if (!response.ok) {
      throw new FetchError(
        `${label}: ${url} antwoordde met HTTP ${response.status} ${response.statusText}.`.trim(),
      );
    }
    try {
      return await response.text();
    } catch (error) {
      throw new FetchError(
        `${label}: het antwoord van ${url} brak af (${(error as Error).message}).`,
      );
    }
  }
}
