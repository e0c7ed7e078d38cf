/** The interface's own language; scenario text stays as authored. */
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/** The language from the environment's locale variables: Chinese when they say zh, else English. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

/**
 * One area's messages in both languages. Both sides have the same type, so a message that
 * exists in one language only does not compile; a message with values is a function of them.
 */
export type Catalog<T> = Readonly<Record<Lang, T>>;

/** A message table of plain strings in both languages with the same keys. */
export type Messages<K extends string> = Catalog<Readonly<Record<K, string>>>;

const LOCALE: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en' };
const pluralRules: Readonly<Record<Lang, Intl.PluralRules>> = {
  zh: new Intl.PluralRules(LOCALE.zh),
  en: new Intl.PluralRules(LOCALE.en),
};

/**
 * The form a count takes, by the language's plural rules (Intl.PluralRules): `one` where the
 * language has a singular for `n` (English 1), else `other`. Chinese has one form for every count.
 */
export function plural(lang: Lang, n: number, forms: { readonly one: string; readonly other: string }): string {
  return pluralRules[lang].select(n) === 'one' ? forms.one : forms.other;
}

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * Items joined as the language joins a list (Intl.ListFormat): "a, b and c", 「a、b和c」;
 * `disjunction` for "a, b or c"; `unit` for a plain "a, b, c".
 */
export function listOf(lang: Lang, items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  // Intl's Chinese unit lists run the items together; a plain list takes the enumeration comma.
  if (type === 'unit') return items.join(lang === 'zh' ? '、' : ', ');
  const key = `${lang}:${type}`;
  let f = listFormats.get(key);
  if (!f) {
    f = new Intl.ListFormat(LOCALE[lang], { type });
    listFormats.set(key, f);
  }
  return f.format(items);
}

/** Something a catalogue names in both languages: a method, step, fault or personality. */
export interface Named {
  readonly name: string;
  readonly name_en: string;
}

/** An entity's name in the interface language. */
export function nameIn(entity: Named, lang: Lang): string {
  return lang === 'zh' ? entity.name : entity.name_en;
}

/** A catalogue text in the interface language: in English the file's English where it has one, else its Chinese. */
export function textIn<T>(lang: Lang, zh: T, en: T | undefined): T {
  return lang === 'en' && en !== undefined ? en : zh;
}
