/**
 * The local mail catcher as a process of its own (npm start runs it): SMTP on MAIL_CATCHER_SMTP_PORT
 * (1025), the mails on a web page at MAIL_CATCHER_WEB_PORT (8025). Development only.
 */
import { MailCatcher } from './mail-catcher.js';

const catcher = new MailCatcher({
  smtpPort: Number(process.env['MAIL_CATCHER_SMTP_PORT'] ?? 1025),
  webPort: Number(process.env['MAIL_CATCHER_WEB_PORT'] ?? 8025),
});
await catcher.start();
process.stdout.write(
  JSON.stringify({ msg: 'mail catcher started', smtpPort: catcher.smtpPort, webPort: catcher.webPort }) +
    '\n',
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void catcher.stop().then(() => process.exit(0));
  });
}
