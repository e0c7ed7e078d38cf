import { describe, expect, it } from 'vitest';
import { storeErrorMessage } from '../../src/cli/report-error.js';
import { storeMessages } from '../../src/store/messages.js';
import type { StoreReason } from '../../src/store/errors.js';
import { STORE_REASONS, StoreError, storeFailure } from '../../src/store/errors.js';

const FILE = '/home/wang/.local/share/kefu/kefu.db';
const FOLDER = '/home/wang/.local/share/kefu';

/** An error of each reason as kefu raises it: the folder reasons name the folder, `newer-schema` carries the version. */
function errorOf(reason: StoreReason): StoreError {
  if (reason === 'newer-schema') return new StoreError(reason, FILE, '7');
  if (reason === 'folder-blocked') return new StoreError(reason, FOLDER, '/home/wang/.local');
  if (reason.startsWith('folder-')) return new StoreError(reason, FOLDER, 'EACCES: permission denied', 'EACCES');
  return new StoreError(reason, FILE, 'disk I/O error', 'SQLITE_IOERR_READ');
}

/** What may stay in a Chinese message once the Chinese is taken out: paths, flags, names, codes. */
const NOT_WORDS = [FILE, FOLDER, '/home/wang/.local', '--data-dir', 'KEFU_HOME', '--no-save', 'kefu.db.bad', 'SQLite', 'kefu', 'SQLITE_IOERR_READ', 'EACCES'];

describe('store error messages', () => {
  it('every reason has a message in both languages', () => {
    for (const lang of ['zh', 'en'] as const) expect(Object.keys(storeMessages[lang]).sort()).toEqual([...STORE_REASONS, 'noSave'].sort());
  });

  it.each(STORE_REASONS.flatMap((reason) => (['zh', 'en'] as const).map((lang) => [reason, lang] as const)))('%s in %s: names the file or folder, says what to do, all in that language', (reason, lang) => {
    const e = errorOf(reason);
    const text = storeErrorMessage(e, lang);
    expect(text).toContain(e.path);
    expect(text).not.toMatch(/\{\w+\}/);
    expect(text).toMatch(lang === 'zh' ? /。$/ : /\.$/);
    // What to do: another folder, a move, a wait, a retry, an upgrade or some room.
    expect(text).toMatch(lang === 'zh' ? /--data-dir|移到别处|再试|升级/ : /--data-dir|move it aside|try again|upgrade/i);
    if (lang === 'en') {
      expect(text).not.toMatch(/\p{Script=Han}/u);
    } else if (reason === 'failed') {
      // Only SQLite's own words stay as it said them, quoted.
      expect(text).toContain('原文为“disk I/O error”');
    } else {
      const rest = NOT_WORDS.reduce((t, w) => t.split(w).join(' '), text);
      expect(rest).not.toMatch(/[A-Za-z]/);
    }
  });

  it('a file is never called a folder, nor a folder a file', () => {
    for (const reason of STORE_REASONS) {
      const en = storeErrorMessage(errorOf(reason), 'en');
      if (reason.startsWith('folder-')) expect(en).toMatch(new RegExp(`(data folder ${FOLDER}|cannot create the data folder)`));
      else expect(en).not.toContain(`folder ${FILE}`);
    }
  });

  it.each([
    ['SQLITE_CORRUPT', 'damaged', FILE],
    ['SQLITE_NOTADB', 'damaged', FILE],
    ['SQLITE_CANTOPEN', 'cannot-open', FILE],
    ['EACCES', 'no-permission', FILE],
    ['EISDIR', 'is-folder', FILE],
    ['SQLITE_READONLY', 'file-read-only', FILE],
    ['SQLITE_READONLY_DBMOVED', 'file-read-only', FILE],
    ['SQLITE_READONLY_DIRECTORY', 'folder-read-only', FOLDER],
    ['SQLITE_FULL', 'disk-full', FILE],
    ['SQLITE_BUSY', 'busy', FILE],
    ['SQLITE_IOERR_READ', 'failed', FILE],
  ])('%s on the database is %s, about %s', (code, reason, path) => {
    const e = storeFailure(Object.assign(new Error('what SQLite said'), { code }), FILE);
    expect(e).toMatchObject({ reason, path, code });
  });

  it('the read-only database file: what is read-only, and what to do', () => {
    const e = storeFailure(Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' }), FILE);
    expect(storeErrorMessage(e, 'en')).toBe(
      `cannot write to ${FILE}: the file is read-only (its permissions or its disk). Let your user write it, or point --data-dir / KEFU_HOME at another folder.`,
    );
    expect(storeErrorMessage(e, 'zh')).toBe(`kefu 无法写入 ${FILE}：这个文件是只读的（因为它的权限或所在的磁盘）。请让你的用户能写入它，或用 --data-dir / KEFU_HOME 换一个文件夹。`);
  });

  it('a hint follows in the same language', () => {
    const e = errorOf('busy');
    expect(storeErrorMessage(e, 'en', storeMessages.en.noSave)).toBe(`${FILE} stayed locked by another process for 5 s: try again when it has finished. Or run without saving: --no-save.`);
    expect(storeErrorMessage(e, 'zh', storeMessages.zh.noSave)).toBe(`${FILE} 被另一个进程锁住超过 5 秒：等它结束后再试。也可以加 --no-save，不保存记录。`);
  });
});
