/** Writes docs/data-contract.md from the contract module: `npm run docs`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contractMarkdown } from '../src/lib/contract/reference.ts';

const out = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'data-contract.md');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, contractMarkdown(), 'utf8');
console.log(`wrote ${out}`);
