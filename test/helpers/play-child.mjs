// Runs the built kefu (npm run build) with a standard input that claims to be a terminal and
// is fed from this process's own stdin: a test can play interactively in a child process,
// then interrupt or kill it. Everything else is the real process's: streams, env, signals.
import { PassThrough } from 'node:stream';
import { processIo } from '../../.build/cli/io.js';
import { run } from '../../.build/cli/main.js';

const stdin = new PassThrough();
stdin.isTTY = true;
stdin.setRawMode = () => stdin;
process.stdin.pipe(stdin);
const code = await run(process.argv.slice(2), { ...processIo(), stdin });
process.exit(code);
