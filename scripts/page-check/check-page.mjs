// Opens a CellCompare web page in Debian's Chromium, as a family's phone and a nonprofit's desktop
// would, and checks what a person cannot see at a glance:
//   - at 360 and 390 px wide the document is no wider than the window (no sideways scrolling);
//   - the page asks for nothing beyond itself (no fonts, styles, scripts or images from elsewhere);
//   - axe-core finds no violation of WCAG 2.1 A and AA, at phone and at desktop width.
// It saves what it saw: the first screen and the whole page at 390x844 and 1280x800, and the page
// printed on A4 and on Letter. Exit status 1 when any check fails, each failure on a line of its own.
//
//   node check-page.mjs PAGE.html OUT-FOLDER        (CHROMIUM=/path/to/chromium to use another)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const [pageFile, outFolder] = process.argv.slice(2);
if (!pageFile || !outFolder) {
  console.error('usage: node check-page.mjs PAGE.html OUT-FOLDER');
  process.exit(2);
}
const url = pathToFileURL(path.resolve(pageFile)).href;
const name = path.basename(pageFile, '.html');
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
fs.mkdirSync(outFolder, { recursive: true });

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cellcompare-chromium-'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  userDataDir: profile,
  // a closed network: no background requests, no sandbox for root in CI, no GPU on a server
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--hide-scrollbars'],
});
const failures = [];
try {
  for (const [label, width, height] of [['narrow', 360, 740], ['phone', 390, 844], ['desktop', 1280, 800]]) {
    const tab = await browser.newPage();
    const elsewhere = [];
    tab.on('request', (request) => {
      if (request.url() !== url) {
        elsewhere.push(request.url());
      }
    });
    await tab.setViewport({ width, height });
    await tab.goto(url, { waitUntil: 'load' });
    for (const address of elsewhere) {
      failures.push(`${label}: the page asked for ${address}`);
    }
    const widths = await tab.evaluate(() => ({
      document: document.documentElement.scrollWidth,
      window: window.innerWidth,
      widest: [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
        .slice(0, 5)
        .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}">`),
    }));
    if (widths.document > widths.window) {
      failures.push(`${label}: the document is ${widths.document} px wide in a ${widths.window} px window,`
        + ` so it scrolls sideways; too wide: ${widths.widest.join(', ')}`);
    }
    if (label !== 'narrow') {
      await tab.screenshot({ path: path.join(outFolder, `${name}-${width}x${height}.png`) });
      await tab.screenshot({ path: path.join(outFolder, `${name}-${width}x${height}-whole.png`), fullPage: true });
      await tab.addScriptTag({ content: axeSource });
      const result = await tab.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
        WCAG_21_A_AA);
      for (const violation of result.violations) {
        const where = violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join('; ');
        failures.push(`${label}: axe ${violation.id} (${violation.impact}): ${violation.help}, ${violation.nodes.length}`
          + ` element(s), e.g. ${where}`);
      }
      console.log(`${name} at ${width}x${height}: ${result.passes.length} axe rules passed, `
        + `${result.violations.length} violated, ${result.incomplete.length} to check by hand`);
    }
    if (label === 'desktop') {
      for (const format of ['A4', 'Letter']) {
        await tab.pdf({ path: path.join(outFolder, `${name}-${format}.pdf`), format, printBackground: true });
      }
    }
    await tab.close();
  }
} finally {
  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`${pageFile}: ${failures.length} problem(s)`);
  failures.forEach((failure) => console.error(`  ${failure}`));
  process.exit(1);
}
console.log(`${pageFile}: no sideways scrolling at 360 and 390 px, no request beyond the page, no WCAG 2.1 A or AA`
  + ` violation; screenshots and A4 and Letter prints in ${outFolder}`);
