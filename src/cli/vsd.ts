import { parseArgs, single, UsageError } from './args';
import { validate } from './validate';

const USAGE = `usage: vsd validate --data DIR   load every CSV in DIR and print the load report (JSON)`;

async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === 'validate') {
      const { report, exitCode } = await validate(single(args, 'data'));
      process.stdout.write(JSON.stringify(report) + '\n');
      return exitCode;
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
