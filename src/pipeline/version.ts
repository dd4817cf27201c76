import { readFileSync } from 'node:fs';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** Bumped with the package version; resume compares it. */
export const PIPELINE_VERSION: string = packageJson.version;
