// Renders an HTML file in headless Chromium, through the DevTools protocol on a pipe (no npm
// package beyond axe-core), and prints one JSON object:
//   {"widths": {"360": <documentElement.scrollWidth>, ...},
//    "overflow": {"<width>": [<element sticking out, its right edge>...]},
//    "axe": {"<width>": [{"id", "impact", "help", "nodes": [<target>...]}]}}   // violations
// Usage: node check.mjs CHROMIUM FILE.html AXE.min.js WIDTH...
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [chromium, file, axePath, ...widthArgs] = process.argv.slice(2);
if (!chromium || !file || !axePath || widthArgs.length === 0) {
  console.error('usage: node check.mjs CHROMIUM FILE.html AXE.min.js WIDTH...');
  process.exit(2);
}
const widths = widthArgs.map(Number);
const axeSource = readFileSync(axePath, 'utf8');
const url = pathToFileURL(resolve(file)).href;
const profile = mkdtempSync(join(tmpdir(), 'consulta-chromium-'));

const browser = spawn(chromium, [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-extensions', '--hide-scrollbars', '--mute-audio',
  `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank',
], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
let stderr = '';
browser.stderr.on('data', (d) => { stderr += d; });

const finish = (code, message) => {
  if (message) console.error(message);
  try { browser.kill('SIGKILL'); } catch {}
  try { rmSync(profile, { recursive: true, force: true }); } catch {}
  process.exit(code);
};
const timer = setTimeout(() => finish(1, `timed out; chromium said:\n${stderr.slice(-2000)}`), 90_000);
browser.on('exit', (code) => finish(1, `chromium exited (${code}) early:\n${stderr.slice(-2000)}`));

const toBrowser = browser.stdio[3];
const fromBrowser = browser.stdio[4];
let nextId = 1;
const waiting = new Map();
let buffered = Buffer.alloc(0);
fromBrowser.on('data', (chunk) => {
  buffered = Buffer.concat([buffered, chunk]);
  let end;
  while ((end = buffered.indexOf(0)) >= 0) {
    const msg = JSON.parse(buffered.subarray(0, end).toString('utf8'));
    buffered = buffered.subarray(end + 1);
    if (msg.id && waiting.has(msg.id)) {
      const { ok, fail } = waiting.get(msg.id);
      waiting.delete(msg.id);
      if (msg.error) fail(new Error(JSON.stringify(msg.error))); else ok(msg.result);
    } else if (msg.method) {
      for (const w of [...eventWaiters]) if (w.test(msg)) { eventWaiters.delete(w); w.ok(msg); }
    }
  }
});
const eventWaiters = new Set();
const send = (method, params = {}, sessionId) => new Promise((ok, fail) => {
  const id = nextId++;
  waiting.set(id, { ok, fail });
  toBrowser.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
});
const waitFor = (test) => new Promise((ok) => eventWaiters.add({ test, ok }));

async function main() {
  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  const page = (method, params) => send(method, params, sessionId);
  await page('Page.enable');
  await page('Runtime.enable');
  const evaluate = async (expression) => {
    const r = await page('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (r.exceptionDetails) throw new Error(JSON.stringify(r.exceptionDetails));
    return r.result.value;
  };
  const out = { widths: {}, axe: {} };
  for (const width of widths) {
    await page('Emulation.setDeviceMetricsOverride', { width, height: 900, deviceScaleFactor: 1, mobile: false });
    const loaded = waitFor((m) => m.method === 'Page.loadEventFired' && m.sessionId === sessionId);
    await page('Page.navigate', { url });
    await loaded;
    out.widths[width] = await evaluate('document.documentElement.scrollWidth');
    // What sticks out, to say where when the page is too wide.
    out.overflow = out.overflow || {};
    out.overflow[width] = out.widths[width] <= width ? [] : await evaluate(`[...document.querySelectorAll('body *')]
      .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
        (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '') +
        ' ' + Math.round(e.getBoundingClientRect().right))`);
    await evaluate(axeSource + '\n;true');
    const result = await evaluate(`axe.run(document, { runOnly: { type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
      .then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')) })))`);
    out.axe[width] = result;
  }
  clearTimeout(timer);
  browser.removeAllListeners('exit');
  console.log(JSON.stringify(out));
  finish(0);
}
main().catch((e) => finish(1, `${e.stack || e}\nchromium said:\n${stderr.slice(-2000)}`));
