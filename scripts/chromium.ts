/**
 * Finds a Chromium for the browser tests: `CHROME_PATH`, then the usual install paths. Run as a
 * script (the first step of `npm test`), it installs Debian's `chromium` with apt when none is
 * found and it can (root, apt-get present); otherwise it stops with a one-line instruction.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The path of a runnable Chromium, or undefined. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return executable(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find(executable);
}

function install(): void {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !executable('/usr/bin/apt-get')) {
    console.error(
      'No Chromium found: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH.',
    );
    process.exit(1);
  }
  console.log('No Chromium found: installing Debian’s chromium with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env,
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.env.CHROME_PATH && !findChromium()) {
    console.error(`CHROME_PATH=${process.env.CHROME_PATH} is not an executable file.`);
    process.exit(1);
  }
  if (!findChromium()) install();
  const found = findChromium();
  if (!found) {
    console.error('Chromium is still missing after installation; set CHROME_PATH.');
    process.exit(1);
  }
  console.log(`Chromium: ${found}`);
}
