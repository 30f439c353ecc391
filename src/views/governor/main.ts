import { mount } from 'svelte';
import Governor from './Governor.svelte';
import { checkSnapshot } from '../../lib/snapshot/check';
import '../../app.css';

const target = document.getElementById('governor')!;
const text = document.getElementById('vsd-snapshot')?.textContent?.trim() ?? '';

function refuse(reason: string): void {
  const alert = document.createElement('p');
  alert.setAttribute('role', 'alert');
  alert.textContent = `This file's snapshot cannot be shown: ${reason}`;
  target.replaceChildren(alert);
}

if (!text) {
  refuse('it holds no snapshot.');
} else {
  let snapshot;
  try {
    snapshot = checkSnapshot(text);
  } catch (err) {
    refuse(err instanceof Error ? err.message : String(err));
  }
  if (snapshot) mount(Governor, { target, props: { snapshot } });
}
