/**
 * Checks a bench script's command line before it runs: `--help` prints the usage and exits 0; an option the script
 * does not know, or a value option without its value, prints the usage and exits 2. The scripts read their options
 * themselves; this only makes sure that none is silently ignored (a mistyped option used to run the default, which
 * for eval-holdout meant scoring every judge).
 */
export interface OptionSpec {
  /** Options that take a value (`--out FILE`). */
  values?: readonly string[];
  /** Options that stand alone (`--details`). */
  flags?: readonly string[];
}

/** The problem with `argv`'s options, or null when every option is known and has its value. */
export function optionProblem(argv: readonly string[], spec: OptionSpec): string | null {
  const values = new Set(spec.values ?? []);
  const flags = new Set([...(spec.flags ?? []), '--help']);
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) return `unexpected argument ${arg}`;
    if (flags.has(arg)) continue;
    if (!values.has(arg)) return `unknown option ${arg}`;
    const value = argv[i + 1];
    if (value === undefined || (value.startsWith('--') && value.length > 2)) return `${arg} needs a value`;
    i += 1;
  }
  return null;
}

/** Validates `process.argv`; prints `usage` and exits on --help (0) or a problem (2). */
export function checkOptions(script: string, spec: OptionSpec, usage: string): void {
  const argv = process.argv.slice(2);
  if (argv.includes('--help')) {
    console.log(usage);
    process.exit(0);
  }
  const problem = optionProblem(argv, spec);
  if (problem === null) return;
  console.error(`${script}: ${problem}\n${usage}`);
  process.exit(2);
}
