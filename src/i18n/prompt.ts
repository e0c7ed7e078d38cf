import type { Messages } from './lang.js';

/** The words of the prompts' key help line (`↑↓ navigate • ⏎ select`). */
export const promptKeyWords: Messages<'navigate' | 'select' | 'submit' | 'all' | 'invert' | 'space'> = {
  zh: { navigate: '移动', select: '选择', submit: '确认', all: '全选', invert: '反选', space: '空格' },
  en: { navigate: 'navigate', select: 'select', submit: 'submit', all: 'all', invert: 'invert', space: 'space' },
};
