// For the CDN builds: makes Lit's template and style literals and the message descriptions
// smaller before minification, without changing what renders.
// - `css` and `html` literals, nested ones included (`html` inside a `${…}` of another):
//   runs of whitespace that include a line break become one space (HTML and CSS collapse them
//   anyway; the templates use no <pre> or <textarea>); only the literal text is touched, never
//   the code in `${…}`;
// - `msg(…, { id, desc })`: `desc` is for translators (it is in the XLIFF files) and is dropped.

const TAG = /\b(css|html|svg)`/g;
/** CSS: also no space around braces, colons, semicolons and commas, nor after `(` or before `)`. */
const squeezeCss = (body) =>
  body
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/([^$]{|;)\s*([\w-]+)\s*:\s*/g, '$1$2:')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/;}/g, '}')
    .trim();
const DESC = /,\s*desc:\s*'(?:[^'\\]|\\.)*'(?=\s*[,}])/g;

/**
 * The template literal whose text starts at `at` (after its backtick), up to and including its
 * closing backtick, with its text squeezed when `tag` is `html`, `svg` or `css`.
 */
function template(code, at, tag) {
  const texts = [];
  const expressions = [];
  let text = '';
  let i = at;
  while (code[i] !== '`') {
    if (i >= code.length) throw new Error(`Unterminated template literal at ${at}`);
    if (code[i] === '\\') {
      text += code.slice(i, i + 2);
      i += 2;
    } else if (code[i] === '$' && code[i + 1] === '{') {
      texts.push(text);
      text = '';
      const inner = substitution(code, i + 2);
      expressions.push(inner.text);
      i = inner.end;
    } else text += code[i++];
  }
  texts.push(text);
  const squeezed =
    tag === 'css' && !expressions.length
      ? [squeezeCss(texts[0])]
      : tag
        ? texts.map((t) => t.replace(/\s*\n\s*/g, ' '))
        : texts;
  const body = squeezed.reduce((all, t, k) => `${all}\${${expressions[k - 1]}${t}`);
  return { text: `${body}\``, end: i + 1 };
}

/**
 * The code of a `${…}` that starts at `at`, up to and including its closing brace, with the
 * templates inside it squeezed. Strings and comments are skipped whole, so braces and
 * backticks in them do not count.
 */
function substitution(code, at) {
  let out = '';
  let depth = 0;
  let i = at;
  for (;;) {
    if (i >= code.length) throw new Error(`Unterminated \${ at ${at}`);
    const c = code[i];
    const skip = (end) => {
      out += code.slice(i, end);
      i = end;
    };
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      skip(j + 1);
    } else if (c === '/' && code[i + 1] === '/') skip(code.indexOf('\n', i));
    else if (c === '/' && code[i + 1] === '*') skip(code.indexOf('*/', i) + 2);
    else if (c === '`') {
      const inner = template(code, i + 1, /\b(css|html|svg)$/.exec(out)?.[1]);
      out += `\`${inner.text}`;
      i = inner.end;
    } else {
      if (c === '}' && depth-- === 0) return { text: `${out}}`, end: i + 1 };
      if (c === '{') depth++;
      out += c;
      i++;
    }
  }
}

/** The source with squeezed literals and no `desc` notes. */
export function squeeze(code) {
  let out = '';
  let from = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(code); m; m = TAG.exec(code)) {
    const at = m.index + m[0].length;
    const literal = template(code, at, m[1]);
    out += code.slice(from, at) + literal.text;
    from = TAG.lastIndex = literal.end;
  }
  return (out + code.slice(from)).replace(DESC, '');
}
