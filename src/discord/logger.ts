import { pino, type Logger } from 'pino';

/** Wherever a token could hide in a logged object, it is censored. */
const REDACT = [
  'token',
  '*.token',
  'config.token',
  'headers.authorization',
  '*.headers.authorization',
  'options.token',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    { level, redact: { paths: REDACT, censor: '[redacted]' }, base: { app: 'archivist' } },
    destination,
  );
}

export type { Logger };
