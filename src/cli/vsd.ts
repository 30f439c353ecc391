import { only, parseArgs, single, UsageError } from './args';
import { report } from './report';
import { checkFile, parseSnapshotArgs, snapshot } from './snapshot';
import { validate } from './validate';

const USAGE = `usage:
  vsd validate --data DIR [--map FILE] [--year YYYY]             load every CSV in DIR, print the load report (JSON)
  vsd report --data DIR [--filter key=v1,v2]... [--benchmarks] [--authority A] [--intervals] [--map FILE] [--year YYYY]
                                                                 print every measure for every period with data (JSON);
                                                                 --benchmarks adds national figures, and with --authority
                                                                 (a DfE code such as E08000027, or a name) its statistical
                                                                 neighbours', region's and own published figures;
                                                                 --intervals adds each figure's 95% interval (low, high)
  vsd snapshot --data DIR --out FILE [--k 6] [--title T] [--authority A] [--as-at YYYY-MM-DD]
               [--from 2021/22] [--to 2024/25] [--html] [--map FILE] [--year YYYY]
                                                                 write the published snapshot (vsd-snapshot/1 JSON, or with
                                                                 --html the governor view as one HTML file) of the whole roll
  vsd snapshot --check FILE                                      check a snapshot file (JSON or HTML) against vsd-snapshot/1
  --k K        the disclosure threshold, a whole number from 6 to 20 (default 6)
  --title T    default "Virtual school annual report <to>"; --authority A default none; --as-at default today (UTC)
  --from, --to the academic years to publish (default every period loaded)
  --map FILE   column maps (vsd-column-map/1 JSON, as the app exports them) for exports the contract does not know
  --year YYYY  the reporting year (ending 31 March) of an SSDA903 OC3 file that does not say it`;

const optional = (args: ReturnType<typeof parseArgs>, key: string): string | undefined =>
  args.options.has(key) ? single(args, key) : undefined;

async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv, ['benchmarks', 'intervals', 'html']);
    if (args.command === 'validate') {
      only(args, ['data', 'map', 'year']);
      const { report: loadReport, exitCode } = await validate(single(args, 'data'), {
        map: optional(args, 'map'),
        year: optional(args, 'year'),
      });
      process.stdout.write(JSON.stringify(loadReport) + '\n');
      return exitCode;
    }
    if (args.command === 'report') {
      only(args, ['data', 'filter', 'benchmarks', 'authority', 'intervals', 'map', 'year']);
      const out = await report(
        single(args, 'data'),
        {
          filters: args.options.get('filter') ?? [],
          benchmarks: args.flags.has('benchmarks'),
          authority: optional(args, 'authority'),
          intervals: args.flags.has('intervals'),
        },
        { map: optional(args, 'map'), year: optional(args, 'year') },
      );
      for (const p of out.problems) process.stderr.write(`vsd: ${p}\n`);
      if (out.json) process.stdout.write(JSON.stringify(out.json) + '\n');
      return out.exitCode;
    }
    if (args.command === 'snapshot') {
      const req = parseSnapshotArgs(args);
      if ('check' in req) {
        const checked = checkFile(req.check);
        if (checked.out) process.stdout.write(checked.out + '\n');
        if (checked.err) process.stderr.write(`vsd: ${checked.err}\n`);
        return checked.exitCode;
      }
      const out = await snapshot(req);
      for (const p of out.problems) process.stderr.write(`vsd: ${p}\n`);
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
