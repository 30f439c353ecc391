export class UsageError extends Error {}

export interface Args {
  command: string;
  options: Map<string, string[]>;
}

/** `vsd <command> [--key value]...`; repeated keys collect. */
export function parseArgs(argv: readonly string[]): Args {
  const [command, ...rest] = argv;
  if (!command || command.startsWith('-')) throw new UsageError('missing command');
  const options = new Map<string, string[]>();
  for (let i = 0; i < rest.length; i++) {
    const key = rest[i];
    if (!key.startsWith('--')) throw new UsageError(`unexpected argument "${key}"`);
    const value = rest[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${key} needs a value`);
    options.set(key.slice(2), [...(options.get(key.slice(2)) ?? []), value]);
    i++;
  }
  return { command, options };
}

export function single(args: Args, key: string): string {
  const v = args.options.get(key);
  if (!v || v.length !== 1) throw new UsageError(`--${key} is required once`);
  return v[0];
}
