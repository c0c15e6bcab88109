// A real SMTP server for the suite (the `smtp-server` package) on a free local port: it records every message it
// accepts, can refuse messages, and can be stopped and started again on the same port to play an outage.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  messageId: string;
  rcptTo: string[];
  subject: string;
  raw: string;
}

export interface SmtpSink {
  url: string;
  port: number;
  received: ReceivedMail[];
  /** Refuse (with a 451) the next `count` messages. */
  refuseNext: (count: number) => void;
  stop: () => Promise<void>;
  /** Listens again on the same port after stop(). */
  restart: () => Promise<void>;
}

function header(raw: string, name: string): string {
  const match = new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(raw);
  return match?.[1]?.trim() ?? '';
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  let refusals = 0;
  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (refusals > 0) {
            refusals -= 1;
            const error = Object.assign(new Error('Service temporairement indisponible'), { responseCode: 451 });
            callback(error);
            return;
          }
          const raw = Buffer.concat(chunks).toString('utf8');
          received.push({
            messageId: header(raw, 'Message-ID'),
            rcptTo: session.envelope.rcptTo.map((r) => r.address).sort(),
            subject: header(raw, 'Subject'),
            raw,
          });
          callback();
        });
      },
    });
  let server = create();
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port));
    });
  const port = await listen(0);
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    refuseNext: (count) => {
      refusals = count;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    restart: async () => {
      server = create();
      await listen(port);
    },
  };
}
