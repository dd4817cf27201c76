#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

const code = await main(process.argv);
process.exitCode = code;
// A worker thread that failed to start (e.g. an OCR model that never loaded) must not keep a finished command alive.
setTimeout(() => process.exit(code), 2000).unref();
