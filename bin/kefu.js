#!/usr/bin/env node
import { run } from '../.build/cli/main.js';

process.exitCode = await run(process.argv.slice(2));
