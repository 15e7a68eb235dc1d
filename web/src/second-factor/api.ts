// SPDX-License-Identifier: EUPL-1.2
import { recoveryCodesSchema, totpEnrolmentSchema } from '../../../common/contracts/accounts';
import { apiSend } from '../api/client';

/** Starts (or restarts) linking an authenticator app; the old one keeps working until confirmed. */
export function startTotpEnrolment() {
  return apiSend('POST', '/api/v1/me/totp', undefined, totpEnrolmentSchema);
}

/** Confirms the link with a first code and returns the new recovery codes. */
export async function confirmTotpEnrolment(code: string): Promise<string[]> {
  const result = await apiSend('POST', '/api/v1/me/totp/confirm', { code }, recoveryCodesSchema);
  return result.recoveryCodes;
}

/** Replaces all recovery codes with new ones. */
export async function createRecoveryCodes(): Promise<string[]> {
  const result = await apiSend('POST', '/api/v1/me/recovery-codes', undefined, recoveryCodesSchema);
  return result.recoveryCodes;
}

/** The QR code SVG as an image URL (the CSP allows data: images). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** The recovery codes as a text file to download. */
export function recoveryCodesFileUrl(codes: readonly string[]): string {
  const text = [
    'Herstelcodes voor Weerbaar',
    'Elke code werkt één keer. Bewaar dit bestand op een veilige plek.',
    '',
    ...codes,
    '',
  ].join('\r\n');
  return `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;
}
