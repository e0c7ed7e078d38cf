import { createPrompt, isDownKey, isEnterKey, isSpaceKey, isUpKey, makeTheme, useKeypress, usePrefix, useState } from '@inquirer/core';

export interface OrderPromptConfig {
  readonly message: string;
  /** The items in the order first shown. */
  readonly items: readonly string[];
  /** The key help under the list, e.g. "↑↓ move · space pick up / put down · ⏎ done". */
  readonly help?: string;
  /** Marks the item being carried (default "⇅"). */
  readonly carryMark?: string;
  readonly theme?: Parameters<typeof makeTheme>[0];
}

/** Moves the entry at `from` to `to` in a copy of the list. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  if (item !== undefined) out.splice(to, 0, item);
  return out;
}

/**
 * A prompt that puts items in order with the arrow keys: ↑/↓ move the cursor; space picks up
 * the item under it, after which ↑/↓ carry it through the list, and space puts it down; Enter
 * confirms. Resolves with the indices of `items` in the chosen order.
 */
export const orderPrompt = createPrompt<number[], OrderPromptConfig>((config, done) => {
  const theme = makeTheme(config.theme);
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [order, setOrder] = useState<number[]>(config.items.map((_, i) => i));
  const [cursor, setCursor] = useState(0);
  const [carrying, setCarrying] = useState(false);
  const prefix = usePrefix({ status, theme });
  const last = order.length - 1;

  useKeypress((key) => {
    if (isEnterKey(key)) {
      setCarrying(false);
      setStatus('done');
      done(order);
    } else if (isSpaceKey(key)) {
      setCarrying(!carrying);
    } else if (isUpKey(key, theme.keybindings) || isDownKey(key, theme.keybindings)) {
      const to = Math.min(last, Math.max(0, cursor + (isUpKey(key, theme.keybindings) ? -1 : 1)));
      if (to === cursor) return;
      if (carrying) setOrder(moveItem(order, cursor, to));
      setCursor(to);
    }
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') {
    return `${prefix} ${message} ${theme.style.answer(order.map((i) => config.items[i] ?? '').join(' → '))}`;
  }
  const mark = config.carryMark ?? '⇅';
  const lines = order.map((itemIndex, row) => {
    const label = `${row + 1}. ${config.items[itemIndex] ?? ''}`;
    if (row !== cursor) return `  ${label}`;
    return carrying ? theme.style.highlight(`${mark} ${label}`) : theme.style.highlight(`❯ ${label}`);
  });
  const help = config.help ?? '↑↓ move · space pick up / put down · ⏎ done';
  return [`${prefix} ${message}`, [...lines, theme.style.help(help)].join('\n')];
});
