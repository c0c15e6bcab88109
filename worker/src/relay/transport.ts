// The SMTP transport of the relay (nodemailer), from SMTP_URL: `smtp://user:pass@host:587` (STARTTLS when offered) or
// `smtps://…:465`. Short timeouts so a dead server fails an attempt quickly and the backoff takes over.
import nodemailer from 'nodemailer';

export function createSmtpTransport(smtpUrl: string) {
  const url = new URL(smtpUrl);
  return nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
    secure: url.protocol === 'smtps:',
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}
