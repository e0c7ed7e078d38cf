import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { moveItem, orderPrompt } from '../../src/ui/order-prompt.js';

describe('moveItem', () => {
  it.each([
    [[0, 1, 2], 0, 2, [1, 2, 0]],
    [[0, 1, 2], 2, 0, [2, 0, 1]],
    [[0, 1, 2], 1, 1, [0, 1, 2]],
  ])('%j: %i → %i', (list, from, to, out) => expect(moveItem(list, from, to)).toEqual(out));
});

describe('the ordering prompt', () => {
  it('submits the order as shown with Enter', async () => {
    const { answer, events } = await render(orderPrompt, { message: 'Order', items: ['a', 'b', 'c'] });
    events.keypress('enter');
    await expect(answer).resolves.toEqual([0, 1, 2]);
  });

  it('moves the cursor with the arrows and carries an item picked up with space', async () => {
    const { answer, events, getScreen } = await render(orderPrompt, { message: 'Order', items: ['a', 'b', 'c'] });
    events.keypress('down');
    events.keypress('space');
    expect(getScreen()).toContain('⇅ 2. b');
    events.keypress('up');
    events.keypress('space');
    expect(getScreen()).toMatch(/❯ 1\. b\n {2}2\. a\n {2}3\. c/);
    events.keypress('down');
    events.keypress('down');
    events.keypress('down'); // stops at the last row
    events.keypress('space');
    events.keypress('up');
    events.keypress('enter');
    await expect(answer).resolves.toEqual([1, 2, 0]);
    expect(getScreen()).toContain('b → c → a');
  });

  it('moves the cursor alone when nothing is carried', async () => {
    const { answer, events } = await render(orderPrompt, { message: 'Order', items: ['a', 'b', 'c'] });
    events.keypress('up'); // stops at the first row
    events.keypress('down');
    events.keypress('down');
    events.keypress('enter');
    await expect(answer).resolves.toEqual([0, 1, 2]);
  });

  it('shows its help line', async () => {
    const { events, getScreen, answer } = await render(orderPrompt, { message: 'Order', items: ['a', 'b', 'c'], help: 'keys here' });
    expect(getScreen()).toContain('keys here');
    events.keypress('enter');
    await answer;
  });
});
