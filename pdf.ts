import { startApp } from './tests/e2e/harness';
const app = await startApp();
try {
  const { page } = await app.openPage('/?demo&sex=F#/ks4');
  await page.waitForSelector('[data-panel] svg', { timeout: 60_000 });
  await page.waitForTimeout(2000);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: '/tmp/scratch/ks4.pdf', format: 'A4', printBackground: true });
} finally { await app.close(); }
