import { describe, expect, it } from 'vitest';
import { decodeXmlText, parseSafeXml } from './parse-safe-xml.ts';

describe('parseSafeXml: nothing fetched, nothing expanded', () => {
  it('allows a DOCTYPE that only names an external DTD (cXML), never reading it', () => {
    const { name, root } = parseSafeXml('<?xml version="1.0"?><!DOCTYPE cXML SYSTEM "http://127.0.0.1:1/never.dtd"><cXML version="1.2"><a>x &amp; y</a></cXML>');
    expect(name).toBe('cXML');
    expect(root['@version']).toBe('1.2');
    expect((root.a as Array<Record<string, string>>)[0]['#text']).toBe('x & y');
  });

  it('refuses an external entity (XXE) in one line', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>';
    expect(() => parseSafeXml(xxe)).toThrow(/^XML declares entities \(<!ENTITY>\): refused, entities are never expanded or fetched$/);
  });

  it('refuses a billion-laughs bomb at once, in bounded memory', () => {
    const defs = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "lol">${defs}]><r>&l9;</r>`;
    const before = process.memoryUsage().heapUsed;
    const started = Date.now();
    expect(() => parseSafeXml(bomb)).toThrow(/declares entities/);
    expect(Date.now() - started).toBeLessThan(200);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(20 * 1024 * 1024);
  });

  it('refuses an internal DTD subset even without entities, and malformed XML', () => {
    expect(() => parseSafeXml('<!DOCTYPE r [<!ELEMENT r ANY>]><r/>')).toThrow(/internal DTD subset/);
    expect(() => parseSafeXml('<a><b></a>')).toThrow(/^not well-formed XML: .*\(line 1\)$/);
  });

  it('decodes only the predefined entities and character references, one for one', () => {
    expect(decodeXmlText('&lt;&gt;&quot;&apos;&amp;&#233;&#x41;&nbsp;')).toBe('<>"\'&éA&nbsp;');
  });
});
