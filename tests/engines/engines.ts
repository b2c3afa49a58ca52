/**
 * The three engines a learner's browser runs on, each driven by what drives it best from
 * Debian's packages (Playwright's own builds cannot be downloaded here):
 * - Chromium and Firefox ESR through puppeteer-core (Chrome DevTools Protocol and WebDriver BiDi;
 *   Playwright's moz-firefox channel fails on Firefox ESR's emulation commands);
 * - WebKitGTK, Safari's engine, through WebKitWebDriver (W3C WebDriver), which drives its
 *   MiniBrowser under a virtual X display (xvfb-run).
 * Each is wrapped in one small interface, so that the smoke suite (smoke.test.ts) says once
 * what a learner does and runs it in all three.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { freePort } from '../support/free-port';

/** The keys the smoke suite presses, by their W3C WebDriver code points. */
const KEYS = {
  Escape: '\uE00C',
  Tab: '\uE004',
  Enter: '\uE007',
  End: '\uE010',
  Home: '\uE011',
  Control: '\uE009',
} as const;
export type Key = keyof typeof KEYS;

export interface LearnerBrowser {
  readonly name: 'chromium' | 'firefox' | 'webkit';
  open(url: string): Promise<void>;
  /** An expression evaluated in the page; its value must be JSON. */
  value<T>(expression: string): Promise<T>;
  /** Waits until `expression` is truthy in the page (10 s). */
  until(expression: string, what: string): Promise<void>;
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  press(key: Key): Promise<void>;
  /** Ctrl and a letter, held together. */
  control(letter: string): Promise<void>;
  /** Makes the page's viewport `width` × `height` CSS pixels, as on a phone or a desktop. */
  resize(width: number, height: number): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const ENGINE_BINARIES = {
  chromium: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  firefox: process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr',
  webkit: process.env['MINIBROWSER_PATH'] ?? MINIBROWSER,
} as const;

/** Whether this machine has the engine (`.ci/run` installs all three). */
export const installed = (name: keyof typeof ENGINE_BINARIES) => existsSync(ENGINE_BINARIES[name]);

async function poll(check: () => Promise<unknown>, what: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < end) {
    try {
      if (await check()) return;
    } catch (error) {
      // A page between two documents (a reload, a navigation) answers nothing for a moment.
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}${last ? ` (${String(last)})` : ''}`);
}

class PuppeteerBrowser implements LearnerBrowser {
  constructor(
    readonly name: 'chromium' | 'firefox',
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
  }
  value<T>(expression: string): Promise<T> {
    return this.page.evaluate(`(() => (${expression}))()`) as Promise<T>;
  }
  until(expression: string, what: string): Promise<void> {
    // A boolean: an engine may hand back an object (a constructor, an element) as nothing.
    return poll(() => this.value<boolean>(`Boolean(${expression})`), what);
  }
  async click(selector: string): Promise<void> {
    const element = await this.page.waitForSelector(selector, { visible: true, timeout: 10_000 });
    await element?.click();
  }
  async type(selector: string, text: string): Promise<void> {
    const element = await this.page.waitForSelector(selector, { visible: true, timeout: 10_000 });
    await element?.type(text);
  }
  press(key: Key): Promise<void> {
    return this.page.keyboard.press(key);
  }
  async control(letter: string): Promise<void> {
    await this.page.keyboard.down('Control');
    await this.page.keyboard.press(letter as Parameters<Page['keyboard']['press']>[0]);
    await this.page.keyboard.up('Control');
  }
  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load' });
  }
  resize(width: number, height: number): Promise<void> {
    return this.page.setViewport({ width, height });
  }
  close(): Promise<void> {
    return this.browser.close();
  }
}

/** How W3C WebDriver names an element in a command's arguments. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A W3C WebDriver session: the handful of commands the smoke suite needs, over HTTP. */
class WebDriverBrowser implements LearnerBrowser {
  readonly name = 'webkit';

  constructor(
    private readonly endpoint: string,
    private readonly stop: () => void,
  ) {}

  async command<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.endpoint}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const { value } = (await response.json()) as { value: T & { error?: string; message?: string } };
    if (!response.ok) throw new Error(`WebDriver ${path}: ${value.error ?? ''} ${value.message ?? ''}`);
    return value;
  }

  private async element(selector: string): Promise<string> {
    let id = '';
    await poll(async () => {
      const found = await this.command<Record<string, string>>('POST', '/element', {
        using: 'css selector',
        value: selector,
      });
      id = Object.values(found)[0] ?? '';
      return id;
    }, selector);
    return id;
  }

  async open(url: string): Promise<void> {
    await this.command('POST', '/url', { url });
  }
  value<T>(expression: string): Promise<T> {
    return this.command<T>('POST', '/execute/sync', { script: `return (${expression});`, args: [] });
  }
  until(expression: string, what: string): Promise<void> {
    // A boolean: an engine may hand back an object (a constructor, an element) as nothing.
    return poll(() => this.value<boolean>(`Boolean(${expression})`), what);
  }
  /**
   * The element, scrolled into view at once: the driver's own scrolling follows the site's
   * `scroll-behavior: smooth` and is still under way when it clicks ("element not interactable").
   */
  private async inView(selector: string): Promise<string> {
    const id = await this.element(selector);
    await this.command('POST', '/execute/sync', {
      script: 'arguments[0].scrollIntoView({ block: "center", behavior: "instant" });',
      args: [{ [ELEMENT]: id }],
    });
    return id;
  }
  async click(selector: string): Promise<void> {
    await this.command('POST', `/element/${await this.inView(selector)}/click`, {});
  }
  async type(selector: string, text: string): Promise<void> {
    await this.command('POST', `/element/${await this.inView(selector)}/value`, { text });
  }
  private async keys(values: string[]): Promise<void> {
    const actions = [
      ...values.map((value) => ({ type: 'keyDown', value })),
      ...values.toReversed().map((value) => ({ type: 'keyUp', value })),
    ];
    await this.command('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }
  press(key: Key): Promise<void> {
    return this.keys([KEYS[key]]);
  }
  control(letter: string): Promise<void> {
    return this.keys([KEYS.Control, letter]);
  }
  async reload(): Promise<void> {
    await this.command('POST', '/refresh', {});
  }
  async resize(width: number, height: number): Promise<void> {
    await this.command('POST', '/window/rect', { width, height });
  }
  async close(): Promise<void> {
    await this.command('DELETE', '').catch(() => undefined);
    this.stop();
  }
}

/**
 * A GTK stylesheet that lets MiniBrowser's toolbar shrink to nothing: without it the window stays
 * at least 447 px wide, and a 320 px phone could not be laid out.
 */
function shrinkingToolbar(): string {
  const config = mkdtempSync(join(tmpdir(), 'digidel-gtk-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(
    join(config, 'gtk-3.0', 'gtk.css'),
    '* { min-width: 0; min-height: 0; padding: 0; margin: 0; font-size: 1px; }\n',
  );
  return config;
}

async function webkit(width: number, height: number): Promise<LearnerBrowser> {
  const port = await freePort();
  // Its own X display, so that two runs never share one.
  const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1600x1200x24', 'WebKitWebDriver', `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, XDG_CONFIG_HOME: shrinkingToolbar() },
  });
  const server = `http://127.0.0.1:${port}`;
  await poll(() => fetch(`${server}/status`).then((response) => response.ok), 'WebKitWebDriver', 20_000);
  const response = await fetch(`${server}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: ENGINE_BINARIES.webkit, args: ['--automation'] },
        },
      },
    }),
  });
  const { value } = (await response.json()) as { value: { sessionId?: string; message?: string } };
  if (!value.sessionId) throw new Error(`WebKitWebDriver gave no session: ${value.message ?? ''}`);
  // xvfb-run and everything under it (the X server, the driver, MiniBrowser): one process group.
  const browser = new WebDriverBrowser(`${server}/session/${value.sessionId}`, () => {
    if (driver.pid) process.kill(-driver.pid, 'SIGTERM');
  });
  await browser.command('POST', '/window/rect', { width, height });
  return browser;
}

/** Starts `name` with a window about `width` × `height`; the page's own layout is tested in frames of any width. */
export async function launch(name: LearnerBrowser['name'], width = 1280, height = 900): Promise<LearnerBrowser> {
  if (name === 'webkit') return webkit(width, height);
  const browser = await puppeteer.launch({
    browser: name === 'firefox' ? 'firefox' : 'chrome',
    executablePath: ENGINE_BINARIES[name],
    headless: true,
    args: name === 'chromium' ? ['--no-sandbox', `--window-size=${width},${height}`] : [],
    ...(name === 'firefox' ? { extraPrefsFirefox: { 'browser.sessionstore.resume_from_crash': false } } : {}),
  });
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  return new PuppeteerBrowser(name, browser, page);
}
