/**
 * How the tests and scripts start Chromium: Debian's build (no browser download works here),
 * with the background services that would phone home switched off, so that every request a
 * test sees comes from the page under test.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
    '--no-sandbox',
  ],
};
