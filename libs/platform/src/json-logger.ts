import type { LoggerService, LogLevel } from '@nestjs/common';
import { currentContext } from './request-context.js';

const LEVELS: readonly LogLevel[] = ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'];
const LEVEL_NAMES: Record<LogLevel, string> = {
  verbose: 'trace',
  debug: 'debug',
  log: 'info',
  warn: 'warn',
  error: 'error',
  fatal: 'fatal',
};

/**
 * Structured JSON lines on stdout, one object per entry, with the correlation id of the work in
 * progress. Nest's logger interface passes the context name as the last string argument.
 */
export class JsonLogger implements LoggerService {
  private readonly minimum: number;

  constructor(
    private readonly service: string,
    level: string = process.env['LOG_LEVEL'] ?? 'log',
    private readonly write: (line: string) => void = (line) => process.stdout.write(line + '\n'),
  ) {
    const index = LEVELS.indexOf((level === 'info' ? 'log' : level) as LogLevel);
    this.minimum = index < 0 ? LEVELS.indexOf('log') : index;
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.emit('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.emit('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.emit('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.emit('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.emit('verbose', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.emit('fatal', message, rest);
  }

  private emit(level: LogLevel, message: unknown, rest: unknown[]): void {
    if (LEVELS.indexOf(level) < this.minimum) return;
    const params = [...rest];
    const context = typeof params[params.length - 1] === 'string' ? (params.pop() as string) : undefined;
    const entry: Record<string, unknown> = {
      time: new Date().toISOString(),
      level: LEVEL_NAMES[level],
      service: this.service,
      context,
      correlationId: currentContext()?.correlationId,
    };
    if (message instanceof Error) {
      entry['msg'] = message.message;
      entry['err'] = { name: message.name, stack: message.stack };
    } else if (typeof message === 'object' && message !== null) {
      Object.assign(entry, message);
    } else {
      entry['msg'] = String(message);
    }
    for (const param of params) {
      if (typeof param === 'string' && level === 'error') entry['stack'] = param;
      else if (param instanceof Error)
        entry['err'] = { name: param.name, message: param.message, stack: param.stack };
      else if (typeof param === 'object' && param !== null) Object.assign(entry, param);
    }
    this.write(JSON.stringify(entry));
  }
}
