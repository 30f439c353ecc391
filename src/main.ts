import { mount } from 'svelte';
import App from './App.svelte';
import { appDb } from './lib/db/app-db';
import './app.css';

const target = document.getElementById('app')!;
const params = new URLSearchParams(location.search);
const snapshot = params.get('snapshot');
if (snapshot !== null) {
  // A governor reading a published snapshot: no DuckDB at all.
  void import('./views/governor/SnapshotApp.svelte').then((m) =>
    mount(m.default, { target, props: { url: snapshot } }),
  );
} else {
  mount(App, { target });
  // The shell is on screen; DuckDB starts in the background.
  setTimeout(() => void appDb().catch(() => undefined), 0);
  if (params.has('bench')) void import('./lib/db/bench-hook').then((m) => m.installBenchHooks());
}
