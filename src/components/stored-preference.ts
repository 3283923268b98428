/** A choice the reader makes once and the browser remembers (text size, projector theme). */
export type StoredPreference<T extends string> = {
  /** The choice of this visit, else the remembered one, else the default. */
  read: () => T;
  /** Makes `value` the choice and tells subscribers; `remember: false` keeps it to this visit. */
  save: (value: T, remember?: boolean) => void;
  /** For useSyncExternalStore: called on every save; returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
};

/**
 * A preference kept in localStorage under `key`, one of `allowed`. Where storage is switched off
 * (private windows, kiosk browsers) or holds anything else, the choice still applies for the
 * visit and `fallback` is what a new visit starts with.
 */
export function storedPreference<T extends string>(
  key: string,
  allowed: readonly T[],
  fallback: T,
): StoredPreference<T> {
  let chosen: T | undefined;
  const listeners = new Set<() => void>();
  return {
    read() {
      if (chosen !== undefined) return chosen;
      try {
        const stored = window.localStorage.getItem(key);
        return allowed.find((value) => value === stored) ?? fallback;
      } catch {
        return fallback;
      }
    },
    save(value, remember = true) {
      chosen = value;
      for (const listener of listeners) listener();
      if (!remember) return;
      try {
        window.localStorage.setItem(key, value);
      } catch {
        // Not remembered across reloads when storage is unavailable; the choice still applies now.
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
