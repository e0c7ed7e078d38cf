import type { StoreReason } from './errors.js';
import type { Catalog, Messages } from '../i18n/lang.js';

/**
 * What the user is told when the database cannot be used, one message per reason: the file or
 * folder, what is wrong with it, what to do. From the facts: the path; the system's or
 * SQLite's error code; the detail, for `folder-blocked` the file in the way, for `failed`
 * SQLite's own words, quoted as such since nothing better is known; the schema versions found
 * and known; the busy timeout in seconds.
 */
/** What a store message can say about its database. */
export interface StoreFacts {
  readonly path: string;
  readonly code: string;
  readonly detail: string;
  readonly version: string;
  readonly known: number;
  readonly seconds: number;
}

export type StoreText = { readonly [R in StoreReason]: (v: StoreFacts) => string } & { readonly noSave: string };

export const storeMessages: Catalog<StoreText> = {
  zh: {
    'not-sqlite': (v) => `${v.path} 不是 kefu 能读取的数据库：它不是 SQLite 文件。kefu 没有改动它：把它移到别处（比如改名为 kefu.db.bad），kefu 会新建一个。`,
    'bad-header': (v) => `${v.path} 不是 kefu 能读取的数据库：它的文件头已损坏。kefu 没有改动它：把它移到别处（比如改名为 kefu.db.bad），kefu 会新建一个。`,
    damaged: (v) => `${v.path} 已损坏：SQLite 在其中发现了坏页。kefu 没有改动它：把它移到别处（比如改名为 kefu.db.bad），kefu 会新建一个；如果有它的备份，可以用备份替换它。`,
    'not-kefu': (v) => `${v.path} 是别的程序的 SQLite 数据库，不是 kefu 的。kefu 没有改动它：把它移到别处，或用 --data-dir / KEFU_HOME 换一个文件夹。`,
    'newer-schema': (v) => `${v.path} 由更新版本的 kefu 写入（数据结构版本 ${v.version}，这个 kefu 只认到 ${v.known}）。kefu 没有改动它：请升级 kefu，或用 --data-dir / KEFU_HOME 换一个文件夹。`,
    'is-folder': (v) => `${v.path} 是一个文件夹，而 kefu 要在这里存放数据库文件：请把这个文件夹移走或改名，或用 --data-dir / KEFU_HOME 换一个文件夹。`,
    'no-permission': (v) => `kefu 无权打开 ${v.path}：请让你的用户能读写这个文件，或用 --data-dir / KEFU_HOME 换一个文件夹。`,
    'cannot-open': (v) => `kefu 打不开 ${v.path}（系统错误 ${v.code}）：请确认它是一个你能读写的文件，或用 --data-dir / KEFU_HOME 换一个文件夹。`,
    'folder-denied': (v) => `kefu 无权在数据文件夹 ${v.path} 里创建文件：请让你的用户能写入这个文件夹，或用 --data-dir / KEFU_HOME 换一个你能写入的文件夹。`,
    'folder-read-only': (v) => `数据文件夹 ${v.path} 是只读的（因为它的权限或所在的磁盘），kefu 无法在里面创建文件：请让它可写，或用 --data-dir / KEFU_HOME 换一个你能写入的文件夹。`,
    'folder-blocked': (v) => `kefu 无法创建数据文件夹 ${v.path}：${v.detail} 是一个文件，不是文件夹。请把那个文件移走，或用 --data-dir / KEFU_HOME 换一个文件夹。`,
    'folder-refused': (v) => `kefu 无法创建数据文件夹 ${v.path}：系统不允许在这里创建文件夹（${v.code}）。请用 --data-dir / KEFU_HOME 换一个你能写入的普通文件夹。`,
    'file-read-only': (v) => `kefu 无法写入 ${v.path}：这个文件是只读的（因为它的权限或所在的磁盘）。请让你的用户能写入它，或用 --data-dir / KEFU_HOME 换一个文件夹。`,
    'disk-full': (v) => `kefu 无法写入 ${v.path}：磁盘已满。请腾出一些空间后再试。`,
    busy: (v) => `${v.path} 被另一个进程锁住超过 ${v.seconds} 秒：等它结束后再试。`,
    failed: (v) => `kefu 无法使用 ${v.path}：SQLite 报告 ${v.code}，原文为“${v.detail}”。请再试一次；如果仍然出错，请保留这个文件的副本，并报告这条消息。`,
    noSave: '也可以加 --no-save，不保存记录。',
  },
  en: {
    'not-sqlite': (v) => `${v.path} is not a database kefu can read: it is not a SQLite file. kefu has left it as it is: move it aside (rename it to kefu.db.bad, say) and kefu will start a new one.`,
    'bad-header': (v) => `${v.path} is not a database kefu can read: its header is damaged. kefu has left it as it is: move it aside (rename it to kefu.db.bad, say) and kefu will start a new one.`,
    damaged: (v) => `${v.path} is damaged: SQLite found broken pages in it. kefu has left it as it is: move it aside (rename it to kefu.db.bad, say) and kefu will start a new one; a backup of it, if you have one, can take its place.`,
    'not-kefu': (v) => `${v.path} is another program's SQLite database, not kefu's. kefu has left it as it is: move it aside, or point --data-dir / KEFU_HOME at another folder.`,
    'newer-schema': (v) => `${v.path} was written by a newer kefu (schema version ${v.version}; this kefu knows up to ${v.known}). kefu has left it as it is: upgrade kefu, or point --data-dir / KEFU_HOME at another folder.`,
    'is-folder': (v) => `${v.path} is a folder, where kefu keeps its database file: move or rename that folder, or point --data-dir / KEFU_HOME at another folder.`,
    'no-permission': (v) => `kefu may not open ${v.path}: let your user read and write that file, or point --data-dir / KEFU_HOME at another folder.`,
    'cannot-open': (v) => `cannot open ${v.path} (system error ${v.code}): check that it is a file you may read and write, or point --data-dir / KEFU_HOME at another folder.`,
    'folder-denied': (v) => `kefu may not create files in the data folder ${v.path}: let your user write in that folder, or point --data-dir / KEFU_HOME at a folder you can write to.`,
    'folder-read-only': (v) => `the data folder ${v.path} is read-only (its permissions or its disk), so kefu cannot create files in it: make it writable, or point --data-dir / KEFU_HOME at a folder you can write to.`,
    'folder-blocked': (v) => `cannot create the data folder ${v.path}: ${v.detail} is a file, not a folder. Move that file, or point --data-dir / KEFU_HOME at another folder.`,
    'folder-refused': (v) => `cannot create the data folder ${v.path}: the system does not allow a folder there (${v.code}). Point --data-dir / KEFU_HOME at an ordinary folder you can write to.`,
    'file-read-only': (v) => `cannot write to ${v.path}: the file is read-only (its permissions or its disk). Let your user write it, or point --data-dir / KEFU_HOME at another folder.`,
    'disk-full': (v) => `cannot write to ${v.path}: the disk is full. Free some space and try again.`,
    busy: (v) => `${v.path} stayed locked by another process for ${v.seconds} s: try again when it has finished.`,
    failed: (v) => `kefu could not use ${v.path}: SQLite reported ${v.code}, in its words "${v.detail}". Try again; if it happens again, keep a copy of the file and report this message.`,
    noSave: 'Or run without saving: --no-save.',
  },
};

/** What is said when the name of whose history it is cannot be used. */
export const traineeMessages: Messages<'traineeEmpty' | 'traineeInvalid'> = {
  zh: {
    traineeEmpty: '--trainee 要一个名字，例如 --trainee wangfang',
    traineeInvalid: '学员名字最多 100 个字符，不能含控制字符',
  },
  en: {
    traineeEmpty: '--trainee takes a name, e.g. --trainee wangfang',
    traineeInvalid: 'a trainee name is at most 100 characters with no control characters',
  },
};
