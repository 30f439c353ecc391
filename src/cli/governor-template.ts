import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SRC = join(ROOT, 'src');
const BUILT = join(ROOT, 'dist', 'governor.html');

async function newestUnder(dir: string): Promise<number> {
  const files = await readdir(dir, { recursive: true, withFileTypes: true });
  const times = await Promise.all(
    files.filter((f) => f.isFile()).map(async (f) => (await stat(join(f.parentPath, f.name))).mtimeMs),
  );
  return Math.max(0, ...times);
}

/** The governor HTML template: dist/governor.html when it is newer than every file under src/, else built now. */
export async function governorTemplate(): Promise<string> {
  const built = await stat(BUILT).catch(() => undefined);
  if (built && built.mtimeMs > (await newestUnder(SRC))) return readFile(BUILT, 'utf8');
  const { buildGovernorHtml } = await import('../../scripts/governor-build');
  return buildGovernorHtml();
}
