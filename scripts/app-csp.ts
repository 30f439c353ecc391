// The app's Content Security Policy, as a meta tag added to the built page only: Vite's dev server injects styles
// and scripts inline, which the policy forbids.
import type { Plugin } from 'vite';

/** Nothing leaves the origin; DuckDB's wasm may compile; workers from our own files or blob wrappers of them. */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function appCsp(): Plugin {
  return {
    name: 'vsd-app-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${APP_CSP}" />`,
        ),
    },
  };
}
