import { mount } from 'svelte';
import App from './App.svelte';
import { appDb } from './lib/db/app-db';
import './app.css';

mount(App, { target: document.getElementById('app')! });
// The shell is on screen; DuckDB starts in the background.
setTimeout(() => void appDb().catch(() => undefined), 0);
if (new URLSearchParams(location.search).has('bench')) void import('./lib/db/bench-hook').then((m) => m.installBenchHooks());
