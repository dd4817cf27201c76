import { Command, CommanderError } from 'commander';
import { ExitCode, VnplanError } from '../errors/index.js';
import { PIPELINE_VERSION } from '../pipeline/version.js';
import { commands } from './commands/index.js';

export function buildProgram(): Command {
  const program = new Command('vnplan')
    .description('Scanned Vietnamese plan documents (Kế hoạch) to restored text and validated JSON')
    .version(PIPELINE_VERSION)
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');
  for (const register of commands) register(program);
  return program;
}

/** Runs the CLI and returns the exit code; only this layer turns errors into codes. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (error instanceof VnplanError) {
      process.stderr.write(`vnplan: ${error.message}\n`);
      if (error.hint) process.stderr.write(`hint: ${error.hint}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`vnplan: internal error: ${message}\n`);
    if (process.env.VNPLAN_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return ExitCode.internal;
  }
}
