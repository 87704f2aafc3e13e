// Finds the Chromium the browser tests use: CHROME_PATH, else Debian's /usr/bin/chromium.
// Where none is installed and apt-get can be used (root), installs Debian's `chromium`.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Flags every launch uses (web-test-runner, Storybook's vitest, e2e, benchmarks): root in a
 * sandboxless container, no GPU, and no background networking (the machine's network is closed).
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function findChromium({ install = true } = {}) {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist.`);
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const canApt = install && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    throw new Error(
      'No Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chrome/Chromium binary.',
    );
  }
  console.log("No Chromium found: installing Debian's `chromium` with apt-get (one time, about a minute)…");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  if (!existsSync(DEBIAN_CHROMIUM)) throw new Error('apt-get finished but /usr/bin/chromium is missing.');
  return DEBIAN_CHROMIUM;
}

/** `findChromium()` for a command line: where there is none, its one-line reason and exit 1. */
export function chromiumOrExit() {
  try {
    return findChromium();
  } catch (error) {
    console.error(String(error.message));
    process.exit(1);
  }
}

/**
 * Java for the Nu HTML checker (vnu-jar) in the Node tests. Where `java` is missing and apt-get
 * can be used (root), installs Debian's `default-jre-headless`; elsewhere says in one line how to
 * get it (the validity test then fails with the same line).
 */
export function ensureJava() {
  const hasJava = () => {
    try {
      execSync('java -version', { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  if (hasJava()) return true;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    console.log('No Java found (the Nu HTML checker needs it): `sudo apt-get install default-jre-headless`.');
    return false;
  }
  console.log(
    "No Java found: installing Debian's `default-jre-headless` with apt-get for the Nu HTML checker…",
  );
  execSync(
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless',
    {
      stdio: 'inherit',
    },
  );
  return hasJava();
}
