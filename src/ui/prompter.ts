import { Writable } from 'node:stream';
import type { Io } from '../cli/io.js';

export interface PromptChoice<V> {
  readonly name: string;
  readonly value: V;
  readonly description?: string;
}

/**
 * The prompts kefu asks, behind one small interface: the real one uses @inquirer/prompts on
 * the given streams, tests can pass their own.
 */
/** A heading between groups of choices. */
export interface PromptSeparator {
  readonly separator: string;
}

export interface Prompter {
  select<V>(message: string, choices: readonly (PromptChoice<V> | PromptSeparator)[]): Promise<V>;
}

/**
 * A stream that forwards to `out` but is never allowed to end it: inquirer ends its output
 * when a prompt closes, and kefu keeps writing after the prompt.
 */
export function unclosable(out: Io['stdout']): Writable & { isTTY?: boolean; columns?: number; rows?: number } {
  const proxy = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      out.write(chunk, () => callback());
    },
  }) as Writable & { isTTY?: boolean; columns?: number; rows?: number };
  proxy.isTTY = out.isTTY;
  Object.defineProperty(proxy, 'columns', { get: () => out.columns ?? 80 });
  Object.defineProperty(proxy, 'rows', { get: () => (out as { rows?: number }).rows ?? 24 });
  return proxy;
}

export function inquirerPrompter(io: Io): Prompter {
  return {
    async select<V>(message: string, choices: readonly (PromptChoice<V> | PromptSeparator)[]): Promise<V> {
      const { select, Separator } = await import('@inquirer/prompts');
      const items = choices.map((c) =>
        'separator' in c ? new Separator(c.separator) : { name: c.name, value: c.value, ...(c.description ? { description: c.description } : {}) },
      );
      return select<V>(
        { message, choices: items, pageSize: 14, loop: false },
        { input: io.stdin, output: unclosable(io.stdout), clearPromptOnDone: false },
      );
    },
  };
}
