import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';
import { appConfig } from '../../src/config/app.config.js';
import { DomainException } from '../../src/errors/domain.exception.js';
import { MailErrors } from './notification.errors.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * nodemailer over SMTP from the configuration; in demo mode and tests the "folder" transport
 * renders each message exactly as SMTP would send it and writes it as an .eml file under MAIL_DIR.
 */
@Injectable()
export class MailService {
  private readonly transport: Transporter | null;

  constructor(@Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>) {
    const { transport, smtp } = app.mail;
    this.transport =
      transport === 'off'
        ? null
        : transport === 'smtp'
        ? nodemailer.createTransport({ host: smtp.host, port: smtp.port, secure: smtp.secure, ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password } } : {}) })
        : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  /** Throws MAIL.DISABLED with mail off: callers send inside their transaction, so nothing is recorded as sent. */
  async send(mail: Mail): Promise<void> {
    if (!this.transport) throw new DomainException(MailErrors.DISABLED);
    const info = await this.transport.sendMail({ from: this.app.mail.from, ...mail });
    if (this.app.mail.transport === 'folder') {
      await mkdir(this.app.mail.dir, { recursive: true });
      await writeFile(join(this.app.mail.dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`), info.message as Buffer);
    }
  }
}
