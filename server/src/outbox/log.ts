/** The part of the server's structured logger (pino, through Fastify) the outbox writes to. */
export interface OutboxLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}
