// Module hooks that record every module URL resolved, one per line, in the file named by
// KEFU_TRACE_FILE: how the start-up test sees what `kefu --version` loads.
import { appendFileSync } from 'node:fs';

export async function resolve(specifier, context, nextResolve) {
  const result = await nextResolve(specifier, context);
  if (process.env.KEFU_TRACE_FILE) appendFileSync(process.env.KEFU_TRACE_FILE, `${result.url}\n`);
  return result;
}
