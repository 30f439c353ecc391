import type { FileInput } from './dataset.svelte';

const TABULAR = /\.(csv|tsv|txt|xml)$/i;

export function fromFile(file: File): FileInput {
  return { name: file.name, size: file.size, read: () => file.arrayBuffer() };
}

/** Files of a folder pick: only the tabular ones, since a folder often holds other things. */
export function fromFolder(files: Iterable<File>): FileInput[] {
  return [...files].filter((f) => TABULAR.test(f.name)).map(fromFile);
}

function entryFiles(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile)
    return new Promise((resolve, reject) => (entry as FileSystemFileEntry).file((f) => resolve([f]), reject));
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  return new Promise((resolve, reject) => {
    const all: File[] = [];
    const next = () =>
      reader.readEntries(async (entries) => {
        if (entries.length === 0) return resolve(all);
        for (const e of entries) if (e.isDirectory || TABULAR.test(e.name)) all.push(...(await entryFiles(e)));
        next();
      }, reject);
    next();
  });
}

/** Everything dropped: files as they are, folders opened for their tabular files. */
export async function fromDrop(data: DataTransfer): Promise<FileInput[]> {
  const entries = [...data.items].map((i) => i.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  if (entries.length === 0) return [...data.files].map(fromFile);
  const files = await Promise.all(entries.map(entryFiles));
  return files.flat().map(fromFile);
}
