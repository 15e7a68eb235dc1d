// SPDX-License-Identifier: EUPL-1.2
import nodemailer from 'nodemailer';

import type { Logger } from './logger';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail over SMTP; without SMTP_URL mail is switched off and that fact (not the content) is logged. */
export interface Mailer {
  readonly enabled: boolean;
  send(mail: Mail): Promise<void>;
}

export function createMailer(smtpUrl: string | undefined, from: string, logger: Logger): Mailer {
  if (!smtpUrl) {
    return {
      enabled: false,
      async send() {
        logger.warn({ event: 'mail.disabled' }, 'SMTP_URL ontbreekt: e-mail niet verzonden');
      },
    };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    enabled: true,
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
      logger.info({ event: 'mail.sent' }, 'e-mail verzonden');
    },
  };
}
