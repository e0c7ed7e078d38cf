/**
 * What the YAML reader says about a file's form, in the trainer's words rather than the parser's.
 * Kept here, below the reader, because the reader may import only the model; the interface's
 * message catalogues list it through src/i18n/source.ts.
 */
export interface SourceMessages {
  /** The file holds `n` (more than one) YAML documents. */
  documents(v: { readonly n: number }): string;
  readonly repeatedYamlDirective: string;
  /** A list or a mapping was written where a key goes. */
  complexKey(v: { readonly kind: 'list' | 'mapping' }): string;
  tooManyKeys(v: { readonly max: number }): string;
}

export const sourceMessages: Readonly<Record<'zh' | 'en', SourceMessages>> = {
  zh: {
    documents: (v) => `一个情景文件只能有一个 YAML 文档；这个文件有 ${v.n} 个，用 --- 隔开`,
    repeatedYamlDirective: '%YAML 指令在同一个文档前出现了两次；只写一次',
    complexKey: (v) => `这里把${v.kind === 'list' ? '列表' : '映射'}当成了键；键只能是简单的名字，比如 'title' 或节点 id`,
    tooManyKeys: (v) => `这个映射的键超过了 ${v.max} 个；kefu 的文件用不了这么多`,
  },
  en: {
    documents: (v) => `a scenario file holds one YAML document; this one has ${v.n}, separated by ---`,
    repeatedYamlDirective: 'the %YAML directive appears twice before the same document; write it once',
    complexKey: (v) => `a ${v.kind} is used as a key here; keys are plain names such as 'title' or a node id`,
    tooManyKeys: (v) => `this mapping has more than ${v.max.toLocaleString('en')} keys; no kefu file needs that many`,
  },
};
