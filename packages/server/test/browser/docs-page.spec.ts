import { existsSync } from 'node:fs';
import { expect } from 'chai';
import { noteSkipped } from '@campus/adapters/testing';
import { chromium, type Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A person opening /docs sees the API rendered, from assets the server itself serves. */
describe('the /docs page in a real browser', function () {
  this.timeout(60_000);
  let app: TestApp;
  let browser: Browser | undefined;
  let base: string;

  before(async function () {
    if (!existsSync(CHROMIUM)) {
      if (process.env.CI === 'true') throw new Error(`Chromium is required in CI at ${CHROMIUM}`);
      noteSkipped(`Chromium at ${CHROMIUM}`);
      console.warn(
        `\n!! Chromium not found at ${CHROMIUM}: the browser test is SKIPPED (apt-get install chromium).\n`,
      );
      return this.skip();
    }
    app = await startTestApp('memory');
    base = app.url;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lists the endpoints and makes no request outside the server', async () => {
    const page = await browser!.newPage();
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(base)) foreign.push(request.url());
    });
    await page.goto(`${base}/docs`);
    await page.waitForSelector('.opblock-summary-path', { timeout: 20_000 });
    const paths = await page.locator('.opblock-summary-path').allInnerTexts();
    const joined = paths.join('\n').replace(/\u200b/g, '');
    expect(joined).to.contain('/api/v1/auth/signup');
    expect(joined).to.contain('/api/v1/posts/{postId}');
    expect(joined).to.contain('/api/v1/timetables/{id}/courses');
    expect(foreign).to.deep.equal([]);
    await page.close();
  });
});
