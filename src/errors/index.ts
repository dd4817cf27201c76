/** Exit codes are public API (documented in the README). */
export const ExitCode = {
  ok: 0,
  someFailed: 1,
  usage: 2,
  inputError: 3,
  outputError: 4,
  missingDependency: 5,
  internal: 10,
  interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** An error a user can act on: it names the file, the reason and, where one helps, a hint. */
export class VnplanError extends Error {
  readonly exitCode: ExitCode = ExitCode.internal;
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InputFileError extends VnplanError {
  override readonly exitCode = ExitCode.inputError;
  constructor(
    readonly file: string,
    readonly reason: string,
    hint?: string,
  ) {
    super(`${file}: ${reason}`, hint);
  }
}

export class OutputError extends VnplanError {
  override readonly exitCode = ExitCode.outputError;
}

export class UsageError extends VnplanError {
  override readonly exitCode = ExitCode.usage;
}

export class MissingDependencyError extends VnplanError {
  override readonly exitCode = ExitCode.missingDependency;
}

/** One line for a console or a report: the message of a known error, or the error's own message. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}
