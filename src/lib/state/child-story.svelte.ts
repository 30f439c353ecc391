import type { Db } from '../db/types';
import { loadChildStory, type ChildStory } from '../measures/child-story';

/** The story of the child on the page; a newer request always wins over a slower older one. */
export class ChildStoryState {
  story = $state.raw<ChildStory | null>(null);
  /** 'unknown': pupils.csv has no child with the id */
  status = $state<'loading' | 'ready' | 'unknown' | 'error'>('loading');
  error = $state<string | null>(null);
  /** the id that story and status answer for */
  childId = $state<string | null>(null);
  private latest = 0;

  async load(db: () => Promise<Db>, childId: string): Promise<void> {
    const ticket = ++this.latest;
    this.status = 'loading';
    try {
      const story = await loadChildStory(await db(), childId);
      if (ticket !== this.latest) return;
      this.childId = childId;
      this.story = story;
      this.status = story ? 'ready' : 'unknown';
      this.error = null;
    } catch (e) {
      if (ticket !== this.latest) return;
      this.childId = childId;
      this.story = null;
      this.status = 'error';
      this.error = e instanceof Error ? e.message : String(e);
    }
  }
}
