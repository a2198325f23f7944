import { createTransport, type Transporter } from 'nodemailer';
import type { NotificationsConfig } from '../config.js';

export interface EmailMessage {
  readonly deliveryId: string;
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly language: string;
  /** The one-click unsubscribe address (RFC 8058) of a non-critical e-mail. */
  readonly unsubscribeUrl?: string | undefined;
}

/** Sends one e-mail over SMTP; the Message-ID names the delivery so a receiver can spot a repeat. */
export class EmailSender {
  private readonly transport: Transporter;

  constructor(private readonly config: NotificationsConfig) {
    // A small pool of SMTP connections reused across mails: far fewer handshakes than one per mail.
    this.transport = createTransport({
      pool: true,
      maxConnections: 5,
      maxMessages: 100,
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      secure: config.SMTP_SECURE,
      ignoreTLS: !config.SMTP_SECURE && config.SMTP_HOST === '127.0.0.1',
      connectionTimeout: 5_000,
      greetingTimeout: 5_000,
      socketTimeout: 15_000,
      ...(config.SMTP_USER ? { auth: { user: config.SMTP_USER, pass: config.SMTP_PASSWORD ?? '' } } : {}),
    });
  }

  async send(message: EmailMessage): Promise<void> {
    await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to: message.to,
      subject: message.subject,
      text: message.body,
      messageId: `<${message.deliveryId}@samvirke.notifications>`,
      headers: {
        'Content-Language': message.language,
        'X-Samvirke-Delivery': message.deliveryId,
        ...(message.unsubscribeUrl
          ? {
              'List-Unsubscribe': `<${message.unsubscribeUrl}>`,
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            }
          : {}),
      },
    });
  }

  close(): void {
    this.transport.close();
  }
}
