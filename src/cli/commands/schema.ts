import type { Command } from 'commander';
import { planDocumentJsonSchema } from '../../schema/json-schema.js';

export function register(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of the output document (generated from the zod schema)')
    .action(() => {
      process.stdout.write(`${JSON.stringify(planDocumentJsonSchema(), null, 2)}\n`);
    });
}
