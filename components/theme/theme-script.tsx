import { initTheme, THEME_CHANGE_EVENT, THEME_STORAGE_KEY } from "./theme";

const source = `(${initTheme.toString()})(${JSON.stringify(THEME_STORAGE_KEY)},${JSON.stringify(THEME_CHANGE_EVENT)})`;

export interface ThemeScriptProps {
  /** The request's CSP nonce; without it a strict Content-Security-Policy blocks the script. */
  nonce?: string;
}

/**
 * Render in <head>: it runs while the document is parsed, so the right theme
 * is applied before first paint instead of flashing light then dark.
 * Pair with `suppressHydrationWarning` on <html>, whose class it changes.
 */
export function ThemeScript({ nonce }: ThemeScriptProps) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: source }} />;
}
