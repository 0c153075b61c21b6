import { describe, expect, it } from 'vitest';
import { htmlToPlainText, MAX_HTML_DEPTH } from './html-to-plain-text.ts';

describe('htmlToPlainText', () => {
  it('keeps each table row on one line with TAB-separated cells', () => {
    const html = `<p>Please ship:</p><table>
      <thead><tr><th>Item</th><th>Description</th><th>Qty</th><th>Price</th></tr></thead>
      <tbody><tr><td>A-1</td><td>Widget   blue<br>large</td><td>10</td><td>1.234,50</td></tr>
      <tr><td></td><td>Spacer</td><td></td><td>5</td></tr>
      <tr><td colspan="3">Total</td><td>99</td></tr></tbody></table><p>Thanks</p>`;
    expect(htmlToPlainText(html)).toBe('Please ship:\n\nItem\tDescription\tQty\tPrice\nA-1\tWidget blue large\t10\t1.234,50\n\tSpacer\t\t5\nTotal\t\t\t99\n\nThanks');
  });

  it('drops images and link targets, keeps link text and heading case', () => {
    const html = '<h1>Order</h1><p><img src="cid:logo" alt="Logo">See <a href="https://x.test/po">our PO</a>.</p>';
    expect(htmlToPlainText(html)).toBe('Order\n\nSee our PO.');
  });

  it('flattens layout tables instead of joining their blocks', () => {
    const html = `<table><tr><td><table><tr><td>SKU</td><td>Qty</td></tr><tr><td>B-2</td><td>3</td></tr></table></td>
      <td><p>Line one</p><p>Line two</p><p>Line three</p></td></tr></table>`;
    expect(htmlToPlainText(html)).toBe('SKU\tQty\nB-2\t3\nLine one\n\nLine two\n\nLine three');
  });

  it('prefixes blockquotes so the quote stripper can find them', () => {
    expect(htmlToPlainText('<p>New</p><blockquote>old<br>older</blockquote>')).toBe('New\n\n> old\n> older');
  });

  it('ignores style and script content', () => {
    expect(htmlToPlainText('<style>td{color:red}</style><script>x()</script><p>Hi</p>')).toBe('Hi');
  });

  it('reads tables nested 20 deep, and leaves out what stands below the chosen depth of 10,000-deep ones', () => {
    const nest = (depth: number) => `${'<table><tr><td>x'.repeat(depth)}PO 4711${'</td></tr></table>'.repeat(depth)}`;
    expect(htmlToPlainText(nest(20))).toContain('PO 4711');
    const deep = htmlToPlainText(nest(10_000));
    expect(deep).not.toContain('PO 4711');
    expect(deep.split('x').length - 1).toBeLessThanOrEqual(MAX_HTML_DEPTH);
  });
});
