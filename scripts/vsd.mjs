// `npm run vsd`: runs the built command line, building it first when it is missing or a file it was built from is newer.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildVsd, INPUTS, VSD } from './build-vsd.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function stale() {
  const built = await stat(VSD).catch(() => undefined);
  const inputs = await readFile(INPUTS, 'utf8').then(JSON.parse, () => undefined);
  if (!built || !inputs) return true;
  const times = await Promise.all(
    inputs.map((f) =>
      stat(join(ROOT, f)).then(
        (s) => s.mtimeMs,
        () => Infinity,
      ),
    ),
  );
  return times.some((t) => t > built.mtimeMs);
}

if (await stale()) await buildVsd();
await import(pathToFileURL(VSD).href);
