import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { launchBrowser, serveSite } from './scripts/lib/browser.ts';
import { openSearchPage, topResults } from './scripts/lib/search-quality.ts';
import { readdirSync } from 'node:fs';
const files = (readdirSync('dist/ar', { recursive: true }) as string[]).filter(f => f.endsWith('index.html'));
const words = new Set<string>();
for (const f of files) {
  const { document } = parseHTML(readFileSync('dist/ar/' + f, 'utf8'));
  const body = document.querySelector('[data-pagefind-body]');
  if (!body) continue;
  const parts: string[] = [];
  const walk = (n: any) => { if (n.nodeType === 3) parts.push(n.data); else if (!(n.hasAttribute?.('hidden')) && !(n.hasAttribute?.('data-pagefind-ignore'))) for (const c of n.childNodes) walk(c); };
  walk(body);
  for (const w of parts.join(' ').match(/[\p{Script=Arabic}\p{M}]+/gu) ?? []) if (w.length >= 3 && !/^(ال|[وفبكل])/.test(w) && /^\p{L}+$/u.test(w)) words.add(w);
}
const all = [...words].sort();
const step = all.length / 220;
const sample = Array.from({ length: 220 }, (_, i) => all[Math.floor(i * step)]!);
const prefixes = ['و', 'ف', 'ب', 'ك', 'ل', 'ال', 'وال', 'بال', 'لل'];
const server = await serveSite('/work/main/dist');
const browser = await launchBrowser();
const page = await browser.newPage();
await openSearchPage(page, server.url, 'ar');
let ok = 0; const bad: string[] = [];
const t0 = performance.now();
for (const [i, w] of sample.entries()) {
  const attached = prefixes[i % prefixes.length] + w;
  const a = await topResults(page, w); if (!a.length) { bad.push('NONE ' + w); continue; } const b = await topResults(page, attached);
  if (a.some(x => b.includes(x))) ok++; else bad.push(`${w} / ${attached}: ${a.join(',')} | ${b.join(',')}`);
}
console.log(all.length, 'words;', ok, '/', sample.length, Math.round(performance.now() - t0), 'ms');
console.log(bad.join('\n'));
await browser.close(); await server.close();
