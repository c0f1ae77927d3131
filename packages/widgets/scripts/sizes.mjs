// Byte sizes of what a page downloads for each widget, from the CDN build's metafiles: an
// entry plus every chunk it imports statically (lazy chunks — other languages, details opened
// on demand — are counted apart). gzip level 9, as a CDN serves them; brotli too, for the record.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url);
const read = (path) => readFileSync(new URL(path, root));
const gz = (path) => gzipSync(read(path), { level: 9 }).length;
const br = (path) => brotliCompressSync(read(path)).length;

function graph(dir) {
  const meta = JSON.parse(read(`${dir}/meta.json`));
  const outputs = Object.fromEntries(Object.entries(meta.outputs).filter(([p]) => p.endsWith('.js')));
  /** Files a page loads for `entry` before anything lazy: the entry and its static imports. */
  const firstLoad = (entry) => {
    const seen = new Set();
    const walk = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const i of outputs[file]?.imports ?? []) if (i.kind === 'import-statement') walk(i.path);
    };
    walk(entry);
    return seen;
  };
  const lazy = Object.keys(outputs).filter((p) =>
    Object.values(outputs).some((o) => o.imports?.some((i) => i.kind === 'dynamic-import' && i.path === p)),
  );
  return { outputs, firstLoad, lazy };
}

const sum = (files, f) => [...files].reduce((n, file) => n + f(file), 0);

/** Every figure the budgets are about. */
export function measure() {
  const widgets = graph('dist/cdn/widgets');
  const entries = Object.keys(widgets.outputs).filter((p) => /\/widgets\/[\w-]+\.js$/.test(p));
  const first = Object.fromEntries(
    entries.map((e) => [e.replace(/.*\/([\w-]+)\.js$/, '$1'), widgets.firstLoad(e)]),
  );
  const result = { widgets: {}, second: {}, locales: {}, cdn: {} };
  for (const [name, files] of Object.entries(first)) {
    result.widgets[name] = { gz: sum(files, gz), br: sum(files, br), files: [...files] };
  }
  const names = Object.keys(first);
  for (const a of names) {
    for (const b of names) {
      if (a === b) continue;
      const extra = [...first[b]].filter((f) => !first[a].has(f));
      result.second[`${b} after ${a}`] = { gz: sum(extra, gz), br: sum(extra, br) };
    }
  }
  // Lazy chunks: each language's words (`es`; `es-form`, `es-registration`, `es-proposals`,
  // `es-meetings` for pages with a form, the calendar or the directory), and parts
  // a widget loads on demand. A widget entry loaded on demand by another (the selection report
  // inside the registration form) is counted as a widget already.
  for (const file of widgets.lazy) {
    if (!file.includes('/chunks/')) continue;
    const name = file.replace(/.*\/([\w-]+?)-[A-Z0-9]{8}\.js$/, '$1');
    if (/^(es|pt|fr|ht)(-form|-registration|-proposals|-meetings)?$/.test(name))
      result.locales[name] = { gz: gz(file), br: br(file) };
    else result.widgets[`${name} (lazy)`] = { gz: gz(file), br: br(file), files: [file] };
  }
  const cdn = graph('dist/cdn');
  const all = cdn.firstLoad('dist/cdn/lad-widgets.js');
  result.cdn['lad-widgets.js (every widget)'] = { gz: sum(all, gz), br: sum(all, br) };
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const r = measure();
  for (const [group, rows] of Object.entries(r)) {
    for (const [name, v] of Object.entries(rows))
      console.log(
        `${group.padEnd(8)} ${name.padEnd(44)} gz ${kb(v.gz).padStart(8)}  br ${kb(v.br).padStart(8)}`,
      );
  }
}
