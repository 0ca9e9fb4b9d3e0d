/**
 * A cache of values made once per key, for what is slow to make and comes in few kinds on a page:
 * Intl formatters (a few locales and formats) and checked locale tags. Unbounded, so the key must
 * come from settings, never from data.
 */
export const memo = <T>(): ((key: string, make: () => T) => T) => {
  const cache = new Map<string, T>();
  return (key, make) => {
    if (cache.has(key)) return cache.get(key) as T;
    const value = make();
    cache.set(key, value);
    return value;
  };
};
