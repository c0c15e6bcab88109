// `npx parcours <command>`: validate, simulate and check eligibility from the command line.
import { parseArgs } from './args.js';
import { validateCommand } from './validate.js';
import { simulateCommand } from './simulate.js';
import { eligibleCommand } from './eligible.js';

const USAGE = `parcours — outils du langage de parcours
  parcours validate FICHIER... [--json]
  parcours simulate FICHIER --facts PATIENT.json [--answers REPONSES.json] [--start 2026-01-01] [--json]
  parcours eligible FICHIER --patients PATIENTS.json [--date 2026-01-01] [--json]`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const args = parseArgs(rest);
  switch (command) {
    case 'validate':
      return validateCommand(args);
    case 'simulate':
      return simulateCommand(args);
    case 'eligible':
      return eligibleCommand(args);
    case undefined:
    case 'help':
    case '--help':
      console.log(USAGE);
      return 0;
    default:
      console.log(USAGE);
      return 2;
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 2;
}
