// The governor view (src/views/governor/) as one self-contained HTML file with its own CSP, and the
// Vite plugin that writes it to dist/governor.html on `vite build` and serves it in dev.
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = join(ROOT, 'src', 'views', 'governor');
const SRC = join(ROOT, 'src');
export const GOVERNOR_FILE = 'governor.html';

/** Builds the governor entry and returns its single HTML file, CSP included. */
export async function buildGovernorHtml(): Promise<string> {
  const result = await build({
    root: ENTRY,
    configFile: false,
    envDir: false,
    publicDir: false,
    cacheDir: join(ROOT, 'node_modules', '.vite', 'governor'),
    logLevel: 'warn',
    plugins: [svelte({ configFile: false }), viteSingleFile({ removeViteModuleLoader: true })],
    build: { target: 'es2022', write: false, modulePreload: false, reportCompressedSize: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const page = outputs.find((o) => o.type === 'asset' && o.fileName === 'index.html');
  if (!page || page.type !== 'asset') throw new Error('governor build: no index.html in the output');
  const others = outputs.filter((o) => o !== page).map((o) => o.fileName);
  if (others.length > 0) throw new Error(`governor build: files left outside the HTML: ${others.join(', ')}`);
  return withCsp(String(page.source));
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function inlineHashes(html: string, tag: 'script' | 'style', executable: (attrs: string) => boolean): string[] {
  const elements = html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi'));
  return [...elements].filter(([, attrs]) => executable(attrs)).map(([, , text]) => hash(text));
}

const isJavaScript = (attrs: string) => {
  const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1].toLowerCase();
  return !type || type === 'module' || type === 'text/javascript';
};

/** Adds, first in <head>, a policy allowing exactly the file's own inline scripts and styles. */
export function withCsp(html: string): string {
  if (/<script\b[^>]*\ssrc\s*=|<link\b[^>]*\shref\s*=/i.test(html)) {
    throw new Error('governor build: the HTML still loads a script or stylesheet from a file');
  }
  const scripts = inlineHashes(html, 'script', isJavaScript);
  const styles = inlineHashes(html, 'style', () => true);
  const policy = [
    "default-src 'none'",
    `script-src ${scripts.join(' ') || "'none'"}`,
    `style-src ${styles.join(' ') || "'none'"}`,
    'img-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  if (!/<head\b[^>]*>/i.test(html)) throw new Error('governor build: the HTML has no <head>');
  return html.replace(/<head\b[^>]*>/i, (head) => `${head}\n    ${meta}`);
}

/** Writes dist/governor.html after the app's client build; serves /governor.html in dev, built once per change under src/. */
export function governorHtml(): Plugin {
  let config: ResolvedConfig;
  let cached: Promise<string> | undefined;
  return {
    name: 'vsd:governor-html',
    apply: () => !process.env.VITEST,
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      server.watcher.on('all', (_event, file) => {
        if (resolve(file).startsWith(SRC)) cached = undefined;
      });
      server.middlewares.use(`${config.base}${GOVERNOR_FILE}`, (_req, res, next) => {
        cached ??= buildGovernorHtml();
        cached.then(
          (html) => {
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.end(html);
          },
          (err: unknown) => {
            cached = undefined;
            next(err);
          },
        );
      });
    },
    async closeBundle() {
      if (config.command !== 'build' || config.build.ssr || this.environment?.name !== 'client') return;
      await writeFile(resolve(config.root, config.build.outDir, GOVERNOR_FILE), await buildGovernorHtml());
    },
  };
}
