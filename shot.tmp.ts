import { chromium } from 'playwright-core';
import { currentTotpCode } from './server/src/accounts/totp';
const base = 'http://127.0.0.1:8098';
const demo = (await (await fetch(`${base}/api/v1/demo`)).json()) as { accounts: { email: string; password: string; totpSecret: string; role: string }[] };
const analist = demo.accounts.find((a) => a.role === 'analist')!;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()); });
await page.goto(`${base}/inloggen`);
await page.getByLabel('E-mailadres', { exact: true }).fill(analist.email);
await page.getByLabel('Wachtwoord', { exact: true }).fill(analist.password);
await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
await page.getByLabel('Code', { exact: true }).fill(currentTotpCode(analist.totpSecret, new Date()));
await page.getByRole('button', { name: 'Bevestigen' }).click();
await page.waitForURL(`${base}/`);
for (const [name, path] of process.argv.slice(2).map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)])) {
  const t = performance.now();
  await page.goto(`${base}${path}`);
  await page.waitForLoadState('networkidle');
  console.log(name, Math.round(performance.now() - t), 'ms');
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
}
await browser.close();
