export const THEME_STORAGE_KEY = "ledgerly-theme";
/** Fired on window after the preference changes in this tab ("storage" covers other tabs). */
export const THEME_CHANGE_EVENT = "ledgerly-theme-change";

export type ThemePreference = "light" | "dark" | "system";

export function readThemePreference(): ThemePreference {
  try {
    const stored = window.localStorage.getItem(THEME_STORAGE_KEY);
    return stored === "light" || stored === "dark" ? stored : "system";
  } catch {
    return "system";
  }
}

export function writeThemePreference(preference: ThemePreference): void {
  try {
    // "system" is the absence of a choice, so the OS setting keeps applying.
    if (preference === "system") window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // Storage can be blocked (privacy modes); the choice then lasts for this page only.
  }
  window.dispatchEvent(new Event(THEME_CHANGE_EVENT));
}

export function subscribeToThemePreference(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === THEME_STORAGE_KEY || event.key === null) onChange();
  };
  window.addEventListener(THEME_CHANGE_EVENT, onChange);
  window.addEventListener("storage", onStorage);
  return () => {
    window.removeEventListener(THEME_CHANGE_EVENT, onChange);
    window.removeEventListener("storage", onStorage);
  };
}

/**
 * Keeps the `dark` class on <html> in line with the stored preference and,
 * for "system", with the OS setting. It is the only code that sets the class.
 *
 * ThemeScript inlines it with `toString()`, so it must stay self-contained:
 * no imports and no references to anything outside its own body.
 */
export function initTheme(storageKey: string, changeEvent: string): void {
  const root = document.documentElement;
  const media = window.matchMedia("(prefers-color-scheme: dark)");

  function apply() {
    let stored: string | null = null;
    try {
      stored = window.localStorage.getItem(storageKey);
    } catch {
      // Storage blocked: follow the OS.
    }
    // toggle() with a force flag is a no-op when the class is already right, so the observer below can't loop.
    root.classList.toggle("dark", stored === "dark" || (stored !== "light" && media.matches));
  }

  apply();
  media.addEventListener("change", apply);
  window.addEventListener(changeEvent, apply);
  window.addEventListener("storage", (event) => {
    if (event.key === storageKey || event.key === null) apply();
  });
  // React resets <html> attributes it doesn't own (e.g. on the dev-mode Strict Mode remount); restore the class.
  new MutationObserver(apply).observe(root, { attributes: true, attributeFilter: ["class"] });
}
