import xss from 'xss';

// HTML mail made safe to show. js-xss works on strings (no DOM), so it runs on Node and Workers.
// An allow-list: scripts, styles, forms, frames, SVG and event handlers go, javascript: links go
// (js-xss's URL check), and images keep only inline data: sources, since a remote image tells the
// sender the mail was opened. The result still goes into a sandboxed frame (no scripts, no
// same-origin) under a CSP that blocks remote loads, in case the filter ever misses something.

// js-xss is CommonJS: its named exports are reached through the default import under Node's ESM.
const { FilterXSS, getDefaultWhiteList } = xss as unknown as typeof import('xss');
const allowList = getDefaultWhiteList();
for (const tag of ['audio', 'video', 'source', 'track']) delete allowList[tag];
allowList.img = ['src', 'alt', 'title', 'width', 'height'];

const INLINE_IMAGE = /^data:image\/(png|jpe?g|gif|webp);base64,[a-z0-9+/=\s]+$/i;

const filter = new FilterXSS({
  whiteList: allowList,
  stripIgnoreTag: true,
  stripIgnoreTagBody: ['script', 'style', 'head', 'title', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'form', 'select', 'textarea'],
  allowCommentTag: false,
  onTagAttr(tag, name, value) {
    // Returning '' drops the attribute; undefined lets js-xss apply its own checks.
    if (tag === 'img' && name === 'src') return INLINE_IMAGE.test(value) ? undefined : '';
    if (name === 'href' && !/^(https?:|mailto:|#)/i.test(value.trim())) return '';
    return undefined;
  },
});

export function sanitizeMailHtml(html: string): string {
  return filter.process(html);
}

/** The sanitised mail as a whole document for `<iframe sandbox srcdoc>`, with its own strict CSP. */
export function toMailDocument(html: string): string {
  const csp = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"></head><body>${sanitizeMailHtml(html)}</body></html>`;
}
