import type { Lang } from './lang.js';

/** What the YAML reader says about a file's form, in the trainer's words rather than the parser's. */
export interface SourceMessages {
  /** The file holds `n` (more than one) YAML documents. */
  documents(n: number): string;
  repeatedYamlDirective: string;
  /** A list or a mapping was written where a key goes. */
  complexKey(kind: 'list' | 'mapping'): string;
  tooManyKeys(limit: number): string;
}

export const sourceMessages: Readonly<Record<Lang, SourceMessages>> = {
  en: {
    documents: (n) => `a scenario file holds one YAML document; this one has ${n}, separated by ---`,
    repeatedYamlDirective: 'the %YAML directive appears twice before the same document; write it once',
    complexKey: (kind) => `a ${kind} is used as a key here; keys are plain names such as 'title' or a node id`,
    tooManyKeys: (limit) => `this mapping has more than ${limit.toLocaleString('en')} keys; no kefu file needs that many`,
  },
  zh: {
    documents: (n) => `一个情景文件只能有一个 YAML 文档；这个文件有 ${n} 个，用 --- 隔开`,
    repeatedYamlDirective: '%YAML 指令在同一个文档前出现了两次；只写一次',
    complexKey: (kind) => `这里把${kind === 'list' ? '列表' : '映射'}当成了键；键只能是简单的名字，比如 'title' 或节点 id`,
    tooManyKeys: (limit) => `这个映射的键超过了 ${limit} 个；kefu 的文件用不了这么多`,
  },
};
