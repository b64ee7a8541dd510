/** Where the renderer tells what it does (a pino logger fits). */
export interface BriefLogger {
  info(message: string): void;
  warn(message: string): void;
}

export const SILENT_LOGGER: BriefLogger = { info: () => undefined, warn: () => undefined };
