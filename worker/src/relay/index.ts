export { createRelay, defaultRelayOptions } from './relay.ts';
export type { Relay, RelayLogger, RelayOptions } from './relay.ts';
export { createSmtpTransport } from './transport.ts';
export { messageIdOf } from './compose.ts';
export { messageRecipientSchema, resolveRecipientEmails } from './recipients.ts';
export type { MessageRecipient } from './recipients.ts';
