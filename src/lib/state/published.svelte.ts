import { checkSnapshotFile } from '../snapshot/check';
import type { Snapshot } from '../snapshot/document';
import type { FileInput } from './dataset.svelte';

/** A published snapshot opened in the app (dropped, or named by `?snapshot=`): shown read-only, or why it cannot be. */
export class Published {
  snapshot = $state.raw<Snapshot | null>(null);
  error = $state<string | null>(null);

  async open(file: Blob | FileInput): Promise<void> {
    try {
      this.snapshot = await checkSnapshotFile(file instanceof Blob ? file : lazyBlob(file));
      this.error = null;
    } catch (e) {
      this.error = `This snapshot cannot be opened: ${e instanceof Error ? e.message : String(e)}`;
    }
  }

  /** `?snapshot=<url>`: only a file of this site's own origin is fetched. */
  async openUrl(url: string): Promise<void> {
    const target = new URL(url, location.href);
    if (target.origin !== location.origin) {
      this.error =
        'This snapshot cannot be opened: a snapshot is only read from this site’s own address. Download the file and drop it on the page instead.';
      return;
    }
    try {
      const response = await fetch(target, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`the address answered ${response.status} ${response.statusText}`.trim());
      await this.open(await response.blob());
    } catch (e) {
      this.error = `This snapshot cannot be opened: ${e instanceof Error ? e.message : String(e)}.`;
    }
  }

  close(): void {
    this.snapshot = null;
    this.error = null;
  }
}

/** A dropped JSON file is a snapshot: exports are CSV, TSV, text or XML. */
export const isSnapshotFile = (file: FileInput): boolean => /\.json$/i.test(file.name);

/** What the check needs of a dropped file: its size first (a file over 20 MB is never read), then its text. */
const lazyBlob = (f: FileInput) => ({ size: f.size, text: async () => new TextDecoder().decode(await f.read()) });
