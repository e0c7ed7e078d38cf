/** The interface's own language; scenario text stays as authored. */
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/** The language from the environment's locale variables: Chinese when they say zh, else English. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

/** A message table in both languages with the same keys. */
export type Messages<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

/**
 * Fills `{name}` placeholders with their values, and `{name:one|other}` with the word a count
 * takes: `one` when the value is 1, else `other` (`{n} {n:session|sessions}`). A placeholder
 * without a value is left as it is.
 */
export function format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)(?::([^{}|]*)\|([^{}]*))?\}/g, (m, k: string, one: string | undefined, other: string | undefined) => {
    if (!(k in values)) return m;
    if (one === undefined || other === undefined) return String(values[k]);
    return values[k] === 1 ? one : other;
  });
}
