import { pino, type Logger, type DestinationStream } from 'pino';
import type { LogLevel } from '../config.js';

/**
 * Structured JSON logs on stderr (stdout stays free for the console). The token is redacted wherever
 * it could appear; message content (questions, topics) is only logged at debug level.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'archivist' },
      redact: { paths: ['token', '*.token', 'config.discord.token', 'headers.authorization'], censor: '[redacted]' },
    },
    destination ?? pino.destination(2),
  );
}

export type { Logger };
