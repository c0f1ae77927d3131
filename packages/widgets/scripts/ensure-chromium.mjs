// Browser tests drive Debian's Chromium (never a downloaded browser). Find it, install it when
// this machine can (root with apt), or say exactly what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log('Installing Debian chromium for the browser tests (apt-get install -y chromium)…');
    execSync('apt-get update -qq && apt-get install -y -qq chromium', { stdio: 'inherit' });
  } else {
    console.error(
      `Browser tests need Chromium at ${path}. Install it with:\n\n  sudo apt-get update && sudo apt-get install -y chromium\n\nor point CHROMIUM_PATH at a Chromium binary.`,
    );
    process.exit(1);
  }
}
