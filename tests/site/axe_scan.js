// An accessibility scan of press room pages in headless Chromium with axe-core, for the
// WCAG 2.1 A and AA rules. usage: node axe_scan.js CHROMIUM FILE.html...
// Prints each violation (rule, impact, the first elements) and exits 1 when there is any;
// each page is scanned in the light and the dark colour scheme.
'use strict';
const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');

async function main() {
  const [chromium, ...files] = process.argv.slice(2);
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'],
  });
  let violations = 0;
  try {
    for (const file of files) {
      for (const scheme of ['light', 'dark']) {
        for (const width of [1280, 375]) {
          const page = await browser.newPage();
          await page.setViewport({ width, height: 900 });
          await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
          await page.goto('file://' + path.resolve(file), { waitUntil: 'load' });
          await page.evaluate(axeSource);
          const result = await page.evaluate(() =>
            window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
          for (const violation of result.violations) {
            ++violations;
            const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ');
            console.log(`${file} (${scheme}, ${width}px): ${violation.id} [${violation.impact}] ${violation.help}: ${targets}`);
          }
          console.log(`${file} (${scheme}, ${width}px): ${result.passes.length} rules passed, ${result.violations.length} violated`);
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
  process.exit(violations ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
