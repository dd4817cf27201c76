import type { Command } from 'commander';
import { DEFAULT_DICTIONARY_DIR, loadRestorer } from '../../restore/index.js';
import { addDictionaryEntry, checkDictionaries, dictionaryKindOf } from '../../restore/dictionary-check.js';
import { ExitCode } from '../../errors/index.js';

export function register(program: Command): void {
  const dict = program.command('dict').description('check or extend the restoration dictionaries (dictionaries/)');

  dict
    .command('check')
    .description('report format errors (file:line), duplicates, conflicts, and corrections that do not apply to their own example')
    .option('--dir <folder>', 'dictionary folder', DEFAULT_DICTIONARY_DIR)
    .action(async (options: { dir: string }) => {
      const restorer = await loadRestorer({ dictionaryDir: options.dir }).catch(() => undefined);
      const report = checkDictionaries(options.dir, restorer);
      for (const issue of report.issues) process.stdout.write(`${issue.file}:${issue.line}: ${issue.message}\n`);
      process.stdout.write(`${report.entries} entries checked, ${report.issues.length} problem(s)${restorer ? '' : ' (restorer not loaded: examples not applied)'}\n`);
      if (report.issues.length > 0) process.exitCode = ExitCode.someFailed;
    });

  dict
    .command('add')
    .description('append a validated entry and show its effect, e.g. `vnplan dict add correction "thw vién → thư viện"`')
    .argument('<kind>', 'phrase | correction | protected | code')
    .argument('<entry...>', 'the entry as it would stand on its line')
    .option('--dir <folder>', 'dictionary folder', DEFAULT_DICTIONARY_DIR)
    .action(async (kindName: string, words: string[], options: { dir: string }) => {
      const kind = dictionaryKindOf(kindName);
      const added = addDictionaryEntry(options.dir, kind, words.join(' '));
      process.stdout.write(`added to ${added.file}:${added.line}: ${added.entry}\n`);
      if (kind === 'corrections' || kind === 'codeCorrections') {
        const from = added.entry.split(' → ')[0] ?? '';
        const example = kind === 'codeCorrections' ? `1/${from}-UBND` : from;
        const restorer = await loadRestorer({ dictionaryDir: options.dir });
        process.stdout.write(`effect: ${example} → ${restorer.restore(example).text}\n`);
      }
    });
}
