/**
 * The view named in the URL hash (`#/quality`), kept in step with back and forward. A view may take a path
 * after its name (`#/pupils/C123`): `rest`, decoded, empty when there is none.
 */
export class Route {
  view = $state('');
  rest = $state('');

  constructor(
    private readonly ids: readonly string[],
    private readonly fallback: string,
  ) {
    this.read();
  }

  read(): void {
    const path = location.hash.replace(/^#\/?/, '');
    const slash = path.indexOf('/');
    const id = slash < 0 ? path : path.slice(0, slash);
    const known = this.ids.includes(id);
    this.view = known ? id : this.fallback;
    this.rest = known && slash >= 0 ? decodePart(path.slice(slash + 1)) : '';
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

function decodePart(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
