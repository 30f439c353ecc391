import { only, parseArgs, single, UsageError } from './args';
import { report } from './report';
import { validate } from './validate';

const USAGE = `usage:
  vsd validate --data DIR [--map FILE] [--year YYYY]             load every CSV in DIR, print the load report (JSON)
  vsd report --data DIR [--filter key=v1,v2]... [--benchmarks] [--map FILE] [--year YYYY]
                                                                 print every measure for every period with data (JSON)
  --map FILE   column maps (vsd-column-map/1 JSON, as the app exports them) for exports the contract does not know
  --year YYYY  the reporting year (ending 31 March) of an SSDA903 OC3 file that does not say it`;

const optional = (args: ReturnType<typeof parseArgs>, key: string): string | undefined => (args.options.has(key) ? single(args, key) : undefined);

async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv, ['benchmarks']);
    if (args.command === 'validate') {
      only(args, ['data', 'map', 'year']);
      const { report: loadReport, exitCode } = await validate(single(args, 'data'), { map: optional(args, 'map'), year: optional(args, 'year') });
      process.stdout.write(JSON.stringify(loadReport) + '\n');
      return exitCode;
    }
    if (args.command === 'report') {
      only(args, ['data', 'filter', 'benchmarks', 'map', 'year']);
      const out = await report(single(args, 'data'), args.options.get('filter') ?? [], args.flags.has('benchmarks'), { map: optional(args, 'map'), year: optional(args, 'year') });
      for (const p of out.problems) process.stderr.write(`vsd: ${p}\n`);
      if (out.json) process.stdout.write(JSON.stringify(out.json) + '\n');
      return out.exitCode;
    }
    throw new UsageError(`unknown command "${args.command}"`);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`vsd: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
