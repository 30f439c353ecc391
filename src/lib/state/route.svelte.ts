export const VIEWS = [
  { id: 'load', label: 'Load data' },
  { id: 'quality', label: 'Data quality' },
  { id: 'help', label: 'Help' },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];

const isView = (s: string): s is ViewId => VIEWS.some((v) => v.id === s);

/** The view named in the URL hash (`#/quality`), kept in step with back and forward. */
export class Route {
  view = $state<ViewId>('load');

  constructor() {
    this.read();
  }

  read(): void {
    const id = location.hash.replace(/^#\/?/, '');
    this.view = isView(id) ? id : 'load';
  }

  listen(): () => void {
    const onHash = () => this.read();
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }
}
