import { describe, expect, it } from 'vitest';
import { sanitizeMailHtml, toMailDocument } from './sanitize-mail-html.ts';

describe('sanitizeMailHtml', () => {
  it.each([
    ['<p>Hi<script>alert(1)</script></p>', '<p>Hi</p>'],
    ['<img src=x onerror=alert(1)>', '<img>'],
    ['<svg onload=alert(1)><circle/></svg>text', 'text'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="&#106;avascript:alert(1)">x</a>', '<a>x</a>'],
    ['<img src="https://track.example/p.gif">', '<img>'],
    ['<form action="https://evil"><input name=a></form>ok', 'ok'],
    ['<td style="background:url(https://x)" background="https://y">c</td>', '<td>c</td>'],
    ['<a href="https://shop.example/po/1">PO</a>', '<a href="https://shop.example/po/1">PO</a>'],
    ['<img src="data:image/png;base64,iVBORw0KGgo=">', '<img src="data:image/png;base64,iVBORw0KGgo=">'],
    ['<img src="data:image/svg+xml;base64,PHN2Zz4=">', '<img>'],
  ])('%s', (input, expected) => {
    expect(sanitizeMailHtml(input)).toBe(expected);
  });

  it('wraps the result in a document with a CSP that allows no remote loads', () => {
    expect(toMailDocument('<p>x</p>')).toMatch(
      /^<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:;/,
    );
  });
});
