// For the CDN builds: makes Lit's template and style literals and the message descriptions
// smaller before minification, without changing what renders.
// - `css` and `html` literals: runs of whitespace that include a line break become one space
//   (HTML and CSS collapse them anyway; the templates use no <pre> or <textarea>);
// - `msg(…, { id, desc })`: `desc` is for translators (it is in the XLIFF files) and is dropped.

const LITERAL = /\b(css|html|svg)`((?:[^`\\]|\\.)*)`/g;
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

/** The source with squeezed literals and no `desc` notes. */
export function squeeze(code) {
  return code
    .replace(LITERAL, (_all, tag, body) =>
      tag === 'css' && !body.includes('${')
        ? `css\`${squeezeCss(body)}\``
        : `${tag}\`${body.replace(/\s*\n\s*/g, ' ')}\``,
    )
    .replace(DESC, '');
}
