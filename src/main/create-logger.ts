import pino from 'pino';
import type { Logger } from '../domain/logger.ts';

/** JSON lines on stdout, one object per event, ISO timestamps; the level comes from LOG_LEVEL. */
export function createLogger(level: string, destination: NodeJS.WritableStream = process.stdout): Logger {
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  ) as unknown as Logger;
}
