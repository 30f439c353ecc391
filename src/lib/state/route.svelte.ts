/** The view named in the URL hash (`#/quality`), kept in step with back and forward. */
export class Route {
  view = $state('');

  constructor(private readonly ids: readonly string[], private readonly fallback: string) {
    this.read();
  }

  read(): void {
    const id = location.hash.replace(/^#\/?/, '');
    this.view = this.ids.includes(id) ? id : this.fallback;
  }

  listen(): () => void {
    const onHash = () => this.read();
    addEventListener('hashchange', onHash);
    addEventListener('popstate', onHash);
    return () => {
      removeEventListener('hashchange', onHash);
      removeEventListener('popstate', onHash);
    };
  }
}
