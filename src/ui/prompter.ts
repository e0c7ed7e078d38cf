import type { Readable } from 'node:stream';
import { Writable } from 'node:stream';
import { styleText } from 'node:util';
import type { Lang } from '../i18n/lang.js';
import { promptKeyWords } from '../i18n/prompt.js';

/** The streams prompts read keys from and draw on: a command's Io is one. */
export interface Terminal {
  readonly stdin: Readable & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  readonly stdout: Writable & { isTTY?: boolean; columns?: number };
}

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
  /** Ticks any number of choices (at least one); resolves with their values in list order. */
  checkbox<V>(message: string, choices: readonly PromptChoice<V>[], options?: { readonly help?: string }): Promise<V[]>;
  /** A line of text; `validate` returns true or the message to show while the input is refused. */
  input(message: string, options?: { readonly validate?: (value: string) => true | string }): Promise<string>;
  /** Puts `items` in order with the arrow keys; resolves with their indices in the chosen order. */
  order(message: string, items: readonly string[], options?: { readonly help?: string }): Promise<number[]>;
}

/**
 * A stream that forwards to `out` but is never allowed to end it: inquirer ends its output
 * when a prompt closes, and kefu keeps writing after the prompt.
 */
export function unclosable(out: Terminal['stdout']): Writable & { isTTY?: boolean; columns?: number; rows?: number } {
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

/**
 * The prompts on the terminal's streams. When `signal` aborts, the prompt showing gives up with an
 * AbortPromptError (exit 130), and so does every later one.
 */
export function inquirerPrompter(io: Terminal, options: { readonly signal?: AbortSignal; readonly lang?: Lang } = {}): Prompter {
  const { signal, lang = 'en' } = options;
  const words = promptKeyWords[lang];
  const word = (w: string): string => (Object.hasOwn(words, w) ? words[w as keyof typeof words] : w);
  // The key help line in the interface's language, drawn as inquirer draws it.
  const theme = {
    style: {
      keysHelpTip: (keys: [string, string][]): string =>
        keys.map(([key, action]) => `${styleText('bold', word(key))} ${styleText('dim', word(action))}`).join(styleText('dim', ' • ')),
    },
  };
  const context = (): { input: Terminal['stdin']; output: ReturnType<typeof unclosable>; clearPromptOnDone: false; signal?: AbortSignal } => ({
    input: io.stdin,
    output: unclosable(io.stdout),
    clearPromptOnDone: false,
    ...(signal ? { signal } : {}),
  });
  return {
    async select<V>(message: string, choices: readonly (PromptChoice<V> | PromptSeparator)[]): Promise<V> {
      const { select, Separator } = await import('@inquirer/prompts');
      const items = choices.map((c) =>
        'separator' in c ? new Separator(c.separator) : { name: c.name, value: c.value, ...(c.description ? { description: c.description } : {}) },
      );
      return select<V>(
        { message, choices: items, pageSize: 14, loop: false, theme },
        context(),
      );
    },
    async checkbox<V>(message: string, choices: readonly PromptChoice<V>[], options: { readonly help?: string } = {}): Promise<V[]> {
      const { checkbox } = await import('@inquirer/prompts');
      return checkbox<V>(
        {
          message,
          choices: choices.map((c) => ({ name: c.name, value: c.value, ...(c.description ? { description: c.description } : {}) })),
          pageSize: 14,
          loop: false,
          required: true,
          theme,
          ...(options.help ? { instructions: options.help } : {}),
        },
        context(),
      );
    },
    async input(message: string, options: { readonly validate?: (value: string) => true | string } = {}): Promise<string> {
      const { input } = await import('@inquirer/prompts');
      return input(
        { message, ...(options.validate ? { validate: options.validate } : {}) },
        context(),
      );
    },
    async order(message: string, items: readonly string[], options: { readonly help?: string } = {}): Promise<number[]> {
      const { orderPrompt } = await import('./order-prompt.js');
      return orderPrompt(
        { message, items, ...(options.help ? { help: options.help } : {}) },
        context(),
      );
    },
  };
}
