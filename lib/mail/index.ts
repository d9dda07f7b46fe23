export { MailDeliveryError, outboxDir, sendMail } from "./send-mail";
export type { Mail, OutboxEntry } from "./send-mail";
export { readOutbox } from "./read-outbox";
