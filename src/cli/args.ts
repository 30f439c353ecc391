export class UsageError extends Error {}

export interface Args {
  command: string;
  options: Map<string, string[]>;
  flags: Set<string>;
}

/** `vsd <command> [--key value]... [--flag]...`; repeated keys collect. */
export function parseArgs(argv: readonly string[], knownFlags: readonly string[] = []): Args {
  const [command, ...rest] = argv;
  if (!command || command.startsWith('-')) throw new UsageError('missing command');
  const options = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const key = rest[i];
    if (!key.startsWith('--')) throw new UsageError(`unexpected argument "${key}"`);
    if (knownFlags.includes(key.slice(2))) {
      flags.add(key.slice(2));
      continue;
    }
    const value = rest[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${key} needs a value`);
    options.set(key.slice(2), [...(options.get(key.slice(2)) ?? []), value]);
    i++;
  }
  return { command, options, flags };
}

export function single(args: Args, key: string): string {
  const v = args.options.get(key);
  if (!v || v.length !== 1) throw new UsageError(`--${key} is required once`);
  return v[0];
}

export function only(args: Args, allowed: readonly string[]): void {
  for (const k of [...args.options.keys(), ...args.flags]) {
    if (!allowed.includes(k)) throw new UsageError(`${args.command} takes no --${k}`);
  }
}
