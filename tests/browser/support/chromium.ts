// Which Chromium the browser tests drive, decided once in the browser project's global setup:
// 1. `CHROMIUM_PATH`, when set: that binary, and nothing else (an error if it is missing);
// 2. Debian's `/usr/bin/chromium`, when installed (what `.ci/run` installs);
// 3. otherwise the headless Chromium shipped inside the `@sparticuz/chromium` npm package, unpacked into the temporary
//    directory (≈2.5 s, once per boot), with the NSS libraries and fonts it ships, so a machine where nobody installed
//    a browser still runs the suite. `CHROMIUM_BUNDLED=1` forces this one even where Debian's is installed.
// There is no fourth branch: without a browser the setup fails, so the browser tests never silently skip.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export interface ChromiumChoice {
  executablePath: string;
  source: 'CHROMIUM_PATH' | 'debian' | 'bundled';
  /** Environment the browser process needs (the bundled one's libraries and fonts). */
  env: Record<string, string>;
}

async function bundledChromium(): Promise<ChromiumChoice> {
  // Imported only when used: the package's module body reads the environment at load time.
  const { default: chromium, inflate } = await import('@sparticuz/chromium');
  const executablePath = await chromium.executablePath();
  // The package's libnss3/libnspr4 (built for Amazon Linux 2023, glibc-compatible with Debian 12) go first on the
  // library path, so the bundled browser does not depend on what the machine happens to have installed.
  const libraries = join(tmpdir(), 'al2023', 'lib');
  if (!existsSync(join(libraries, 'libnss3.so'))) await inflate(join(packageBin(), 'al2023.tar.br'));
  return {
    executablePath,
    source: 'bundled',
    env: {
      LD_LIBRARY_PATH: [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_PATH: process.env.FONTCONFIG_PATH ?? join(tmpdir(), 'fonts'),
    },
  };
}

/** The package's `bin/` folder of brotli archives (beside its `build/index.js`). */
function packageBin(): string {
  return join(createRequire(import.meta.url).resolve('@sparticuz/chromium'), '..', '..', 'bin');
}

export async function chooseChromium(environment = process.env): Promise<ChromiumChoice> {
  const forced = environment.CHROMIUM_PATH;
  if (forced) {
    if (!existsSync(forced)) throw new Error(`CHROMIUM_PATH=${forced}: no such file`);
    return { executablePath: forced, source: 'CHROMIUM_PATH', env: {} };
  }
  if (environment.CHROMIUM_BUNDLED !== '1' && existsSync(DEBIAN_CHROMIUM))
    return { executablePath: DEBIAN_CHROMIUM, source: 'debian', env: {} };
  return bundledChromium();
}
