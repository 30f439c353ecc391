// Builds the command line (src/cli/vsd.ts and what it imports) into node_modules/.vsd/vsd.mjs, one ES module for
// Node, so that `vsd` starts without transpiling TypeScript. `npm install` runs it (prepare); scripts/vsd.mjs runs it
// again when a file it was built from is newer. Packages stay imports, resolved from node_modules at run time.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'node_modules', '.vsd');
export const VSD = join(OUT, 'vsd.mjs');
/** The files the build read, relative to the root (this script among them). */
export const INPUTS = join(OUT, 'inputs.json');

/** Each module keeps the import.meta.url and dirname of its source file, so paths relative to it still resolve. */
function sourceImportMeta() {
  return {
    name: 'vsd:source-import-meta',
    transform(code, id) {
      const file = relative(OUT, id).replaceAll('\\', '/');
      return code
        .replaceAll('import.meta.url', `new URL(${JSON.stringify(file)}, import.meta.url).href`)
        .replaceAll('import.meta.dirname', `(import.meta.dirname + ${JSON.stringify(`/${dirname(file)}`)})`);
    },
  };
}

/** Writes by renaming, so that a `vsd` started during a build reads the old file or the new, never half of one. */
async function writeWhole(path, text) {
  await writeFile(`${path}.${process.pid}`, text);
  await rename(`${path}.${process.pid}`, path);
}

export async function buildVsd() {
  const { build } = await import('vite');
  const result = await build({
    root: ROOT,
    configFile: false,
    envDir: false,
    publicDir: false,
    logLevel: 'warn',
    plugins: [sourceImportMeta()],
    build: {
      ssr: 'src/cli/vsd.ts',
      target: 'node20',
      write: false,
      minify: false,
      reportCompressedSize: false,
      // The governor view's build (vite, svelte) is imported only when dist/governor.html is stale: keep it a chunk.
      rolldownOptions: { output: { entryFileNames: 'vsd.mjs', chunkFileNames: '[name].mjs' } },
    },
  });
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  const read = chunks.flatMap((c) => Object.keys(c.modules)).filter((id) => !id.startsWith('\0'));
  const inputs = [...new Set([fileURLToPath(import.meta.url), ...read])].map((id) => relative(ROOT, id));
  await mkdir(OUT, { recursive: true });
  await writeWhole(INPUTS, JSON.stringify(inputs, null, 1));
  // The entry last: its time is the build's.
  for (const chunk of chunks.sort((a, b) => Number(a.isEntry) - Number(b.isEntry))) {
    await writeWhole(join(OUT, chunk.fileName), chunk.code);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildVsd();
