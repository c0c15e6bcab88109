// The only file reading of the rules package: the CLI loads JSON files given on the command line.
import { readFileSync } from 'node:fs';

/** Reads and parses a JSON file; throws an Error with a French message naming the file. */
export function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new Error(`${file}: fichier illisible`, { cause });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new Error(`${file}: JSON invalide (${e instanceof Error ? e.message : String(e)})`, { cause: e });
  }
}
