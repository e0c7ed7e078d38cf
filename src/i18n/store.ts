import type { Messages } from './lang.js';

type Key = 'corrupt' | 'foreign' | 'newer' | 'unreadable' | 'unwritable' | 'busy' | 'failed' | 'noSave' | 'traineeEmpty' | 'traineeInvalid';

/**
 * What the user is told when the database cannot be used: the file, what happened, what to do;
 * and when the name of whose history it is cannot be.
 */
export const storeMessages: Messages<Key> = {
  zh: {
    corrupt: '{path} 不是 kefu 能读取的数据库（{detail}）。kefu 没有改动它：把它移到别处（比如改名为 kefu.db.bad），kefu 会新建一个。',
    foreign: '{path} 是别的程序的 SQLite 数据库（{detail}）。kefu 没有改动它：把它移到别处，或用 --data-dir / KEFU_HOME 换一个文件夹。',
    newer: '{path} 由更新版本的 kefu 写入（数据结构版本 {detail}，这个 kefu 只认到 {known}）。kefu 没有改动它：请升级 kefu，或用 --data-dir / KEFU_HOME 换一个文件夹。',
    unreadable: '打不开 {path}（{detail}）：请确认它是一个你能读写的文件，或用 --data-dir / KEFU_HOME 换一个文件夹。',
    unwritable: '无法在数据文件夹 {path} 里写入（{detail}）：请让它可写，或用 --data-dir / KEFU_HOME 换一个你能写入的文件夹。',
    busy: '{path} 被另一个进程锁住超过 {seconds} 秒：等它结束后再试。',
    failed: '{path}：{detail}',
    noSave: '也可以加 --no-save，不保存记录。',
    traineeEmpty: '--trainee 要一个名字，例如 --trainee wangfang',
    traineeInvalid: '学员名字最多 100 个字符，不能含控制字符',
  },
  en: {
    corrupt: '{path} is not a database kefu can read ({detail}). kefu has left it as it is: move it aside (rename it to kefu.db.bad, say) and kefu will start a new one.',
    foreign: '{path} is the SQLite database of another program ({detail}). kefu has left it as it is: move it aside, or point --data-dir / KEFU_HOME at another folder.',
    newer: '{path} was written by a newer kefu (schema version {detail}; this kefu knows up to {known}). kefu has left it as it is: upgrade kefu, or point --data-dir / KEFU_HOME at another folder.',
    unreadable: 'cannot open {path} ({detail}): check that it is a file you may read and write, or point --data-dir / KEFU_HOME at another folder.',
    unwritable: 'cannot write in the data folder {path} ({detail}): make it writable, or point --data-dir / KEFU_HOME at a folder you can write to.',
    busy: '{path} stayed locked by another process for {seconds} s: try again when it has finished.',
    failed: '{path}: {detail}',
    noSave: 'Or run without saving: --no-save.',
    traineeEmpty: '--trainee takes a name, e.g. --trainee wangfang',
    traineeInvalid: 'a trainee name is at most 100 characters with no control characters',
  },
};
