import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { decodeText } from '../../ingest/text.js';
import { loadRestorer } from '../../restore/index.js';
import { InputFileError, UsageError } from '../../errors/index.js';

async function readInput(file: string): Promise<Uint8Array> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  return readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new InputFileError(file, error.code === 'ENOENT' ? 'file not found' : `cannot read (${error.code ?? error.message})`);
  });
}

export function register(program: Command): void {
  program
    .command('restore')
    .description('print the restored text of a text file (or - for stdin), line for line')
    .argument('<file>', 'a UTF-8 text file, or - to read standard input')
    .option('--corrections', 'print the corrections as JSON lines to stderr')
    .option('--dictionaries <folder>', 'dictionary folder (default: the one shipped with vnplan)')
    .option('--channel <kind>', 'OCR channel: mixed (default), learned or provisional')
    .action(async (file: string, options: { corrections?: boolean; dictionaries?: string; channel?: string }) => {
      const channel = options.channel;
      if (channel !== undefined && channel !== 'mixed' && channel !== 'learned' && channel !== 'provisional') {
        throw new UsageError(`--channel must be mixed, learned or provisional, not \`${channel}\``);
      }
      const { text } = decodeText(file, await readInput(file));
      const restorer = await loadRestorer({
        ...(options.dictionaries ? { dictionaryDir: options.dictionaries } : {}),
        ...(channel ? { channel } : {}),
      });
      const result = restorer.restore(text.normalize('NFC'));
      process.stdout.write(result.text);
      if (options.corrections) {
        for (const correction of result.corrections) process.stderr.write(`${JSON.stringify(correction)}\n`);
      }
    });
}
