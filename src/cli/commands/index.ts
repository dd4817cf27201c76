import type { Command } from 'commander';
import { register as registerRun } from './run.js';
import { register as registerRestore } from './restore.js';
import { register as registerSchema } from './schema.js';
import { register as registerQuery } from './query.js';
import { register as registerExport } from './export.js';
import { register as registerDict } from './dict.js';

/** Every command registers itself here, one line each. */
export const commands: Array<(program: Command) => void> = [registerRun, registerRestore, registerSchema, registerQuery, registerExport, registerDict];
