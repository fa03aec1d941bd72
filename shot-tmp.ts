import { launchBrowser, offlinePage, readable } from './test/support/browser';
void (async () => {
  const url = process.argv[2]!; const out = process.argv[3] ?? '/tmp/shot.png';
  const b = await launchBrowser();
  const origin = new URL(url).origin;
  const { page, foreignRequests } = await offlinePage(b.browser, origin);
  page.on('console', (m) => console.log('console:', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto(url);
  await page.waitForTimeout(Number(process.argv[4] ?? 3000));
  await page.screenshot({ path: out, fullPage: true });
  console.log(readable(await page.locator('main').innerText()).slice(0, 3000));
  console.log('foreign', foreignRequests);
  await b.close();
})();
