import {
  checkEntry,
  ColumnMapError,
  parseColumnMap,
  withEntry,
  type ColumnMap,
  type ColumnMapEntry,
} from '../ingest/column-map';

const KEY = 'vsd-column-map';

/** The column maps the user made, remembered in this browser (header names and constants only, never values). */
export class ColumnMaps {
  map = $state.raw<ColumnMap>({ schema: 'vsd-column-map/1', maps: [] });

  constructor(private readonly storage: Storage | null = typeof localStorage === 'undefined' ? null : localStorage) {
    const saved = this.storage?.getItem(KEY);
    if (!saved) return;
    try {
      this.map = parseColumnMap(saved);
    } catch {
      this.storage?.removeItem(KEY);
    }
  }

  private save(map: ColumnMap): void {
    this.map = map;
    this.storage?.setItem(KEY, JSON.stringify(map));
  }

  /** The entry checked against the contract and the door; throws a ColumnMapError saying what is wrong. */
  check(entry: ColumnMapEntry): ColumnMapEntry {
    return checkEntry(entry, 'the map');
  }

  add(entry: ColumnMapEntry): void {
    this.save(withEntry(this.map, entry));
  }

  remove(index: number): void {
    this.save({ ...this.map, maps: this.map.maps.filter((_, i) => i !== index) });
  }

  /** Take the maps of a `vsd-column-map/1` file, added to those already here; throws a ColumnMapError naming the field. */
  import(json: string): number {
    const incoming = parseColumnMap(json);
    this.save(incoming.maps.reduce<ColumnMap>((m, e) => withEntry(m, e), this.map));
    return incoming.maps.length;
  }

  json(): string {
    return JSON.stringify(this.map, null, 2) + '\n';
  }
}

export { ColumnMapError };
