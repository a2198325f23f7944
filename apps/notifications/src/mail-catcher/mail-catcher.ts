import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { parseMail, type CaughtMail } from './mail-message.js';

export interface MailCatcherOptions {
  readonly smtpPort: number;
  /** The web page's port; undefined runs no page (tests). */
  readonly webPort?: number;
  readonly host?: string;
  /** How many mails to keep (the oldest are forgotten). */
  readonly keep?: number;
}

/**
 * A local SMTP server that accepts every mail and keeps it in memory, with a small web page
 * listing what arrived: the demo's mailbox (npm start runs it on 1025 / 8025), and the real SMTP
 * server the notification tests send to. It can be stopped and started again on the same port.
 */
export class MailCatcher {
  private smtp: SMTPServer | undefined;
  private web: Server | undefined;
  private readonly mails: CaughtMail[] = [];
  private counter = 0;
  smtpPort: number;
  webPort: number | undefined;

  constructor(private readonly options: MailCatcherOptions) {
    this.smtpPort = options.smtpPort;
    this.webPort = options.webPort;
  }

  get messages(): readonly CaughtMail[] {
    return this.mails;
  }

  async start(): Promise<void> {
    const host = this.options.host ?? '127.0.0.1';
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      banner: 'Samvirke mail catcher',
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          this.keep(
            Buffer.concat(chunks).toString('utf8'),
            session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            session.envelope.rcptTo.map((address) => address.address),
          );
          callback();
        });
      },
    });
    smtp.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      smtp.server.once('error', reject);
      smtp.listen(this.smtpPort, host, () => resolve());
    });
    this.smtp = smtp;
    this.smtpPort = (smtp.server.address() as AddressInfo).port;
    if (this.options.webPort !== undefined && !this.web) {
      const web = createServer((request, response) => this.page(request.url ?? '/', response));
      await new Promise<void>((resolve, reject) => {
        web.once('error', reject);
        web.listen(this.options.webPort, host, () => resolve());
      });
      this.web = web;
      this.webPort = (web.address() as AddressInfo).port;
    }
  }

  /** Stops accepting mail (connections are refused) but keeps what arrived. */
  async stopSmtp(): Promise<void> {
    const smtp = this.smtp;
    this.smtp = undefined;
    if (smtp) await new Promise<void>((resolve) => smtp.close(() => resolve()));
  }

  async stop(): Promise<void> {
    await this.stopSmtp();
    const web = this.web;
    this.web = undefined;
    if (web) await new Promise<void>((resolve) => web.close(() => resolve()));
  }

  private keep(raw: string, envelopeFrom: string, envelopeTo: string[]): void {
    const { headers, text } = parseMail(raw);
    this.counter += 1;
    this.mails.push({
      id: this.counter,
      receivedAt: new Date().toISOString(),
      envelopeFrom,
      envelopeTo,
      messageId: headers.get('message-id') ?? '',
      subject: headers.get('subject') ?? '',
      from: headers.get('from') ?? '',
      to: headers.get('to') ?? '',
      language: headers.get('content-language') ?? '',
      text,
      raw,
    });
    if (this.mails.length > (this.options.keep ?? 1_000)) this.mails.shift();
  }

  private page(url: string, response: ServerResponse): void {
    if (url.startsWith('/health')) {
      response.writeHead(this.smtp ? 200 : 503, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ status: this.smtp ? 'up' : 'down' }));
      return;
    }
    if (url.startsWith('/messages.json')) {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(this.mails.map(({ raw: _raw, ...mail }) => mail)));
      return;
    }
    const rows = [...this.mails]
      .reverse()
      .map(
        (mail) => `<article><h2>${escape(mail.subject)}</h2>
<p class="meta">${escape(mail.receivedAt)} · til ${escape(mail.envelopeTo.join(', '))} · ${escape(mail.language)}</p>
<pre>${escape(mail.text)}</pre></article>`,
      )
      .join('\n');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Samvirke mail catcher</title>
<meta http-equiv="refresh" content="5">
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
article{border-bottom:1px solid #ccc;padding:.5rem 0}.meta{color:#555;font-size:.9rem}pre{white-space:pre-wrap}</style></head>
<body><h1>Samvirke mail catcher</h1><p>${this.mails.length} mails caught on SMTP port ${this.smtpPort} (newest first; JSON at <a href="/messages.json">/messages.json</a>).</p>
${rows || '<p>No mail yet.</p>'}</body></html>`);
  }
}

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
