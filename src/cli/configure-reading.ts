// The reading sandbox's limits from the settings, for every command that reads documents.

import { configureReadingSandbox } from '../documents/sandbox/reading-sandbox.ts';
import type { Settings } from './load-settings.ts';

export function configureReading(settings: Pick<Settings, 'READ_MEMORY_LIMIT_MB' | 'READ_TIME_LIMIT_SECONDS' | 'MESSAGE_READ_TIME_LIMIT_SECONDS'>): void {
  configureReadingSandbox({
    memoryLimitBytes: settings.READ_MEMORY_LIMIT_MB * 1024 * 1024,
    timeLimitMs: settings.READ_TIME_LIMIT_SECONDS * 1000,
    messageTimeLimitMs: settings.MESSAGE_READ_TIME_LIMIT_SECONDS * 1000,
  });
}
