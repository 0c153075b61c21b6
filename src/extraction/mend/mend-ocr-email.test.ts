import { describe, expect, it } from 'vitest';
import { mendOcrContact, mendOcrEmail } from './mend-ocr-email.ts';

const page = (text: string, contactName: string | null = null, company: string | null = null) => ({ text, contactName, company });

describe('mendOcrEmail', () => {
  it('puts a local-part letter right from the contact name, in the usual joinings', () => {
    expect(mendOcrEmail('hrett.nguyen@bluegill-marine.example', page('', 'Brett Nguyen'))).toBe('brett.nguyen@bluegill-marine.example');
    expect(mendOcrEmail('jgamier@ateliers-mercier.example', page('', 'Jacques Garnier'))).toBe('jgarnier@ateliers-mercier.example');
    // German letters both ways: Jörg is jorg or joerg in an address.
    expect(mendOcrEmail('jory@alpenblick-lt.example', page('', 'Jörg Huber'))).toBe('jorg@alpenblick-lt.example');
    expect(mendOcrEmail('joerq.huber@alpenblick-lt.example', page('', 'Jörg Huber'))).toBe('joerg.huber@alpenblick-lt.example');
    // A letter more or less, as OCR splits or loses a stroke.
    expect(mendOcrEmail('nura.iglesias@talleres-ortega.example', page('', 'Nuria Iglesias'))).toBe('nuria.iglesias@talleres-ortega.example');
    expect(mendOcrEmail('Jjames.brennan@lakeshore.example', page('', 'James Brennan'))).toBe('james.brennan@lakeshore.example');
  });

  it('puts the domain right from another address or the web site on the page', () => {
    const text = 'Brandt & Söhne Maschinenbau GmbH\nBestellt von: Birgit Hofmann, biryit@hrandt-soehne.example\nVersand: jorg.vogt@brandt-soehne.example';
    expect(mendOcrEmail('biryit@hrandt-soehne.example', page(text, 'Birgit Hofmann', 'Brandt & Söhne Maschinenbau GmbH'))).toBe('birgit@brandt-soehne.example');
    // With no other mention, the company's own name witnesses the domain.
    expect(mendOcrEmail('birgit@hrandt-soehne.example', page('E-Mail: birgit@hrandt-soehne.example', null, 'Brandt & Söhne Maschinenbau GmbH'))).toBe(
      'birgit@brandt-soehne.example',
    );
    const site = 'Kestrel Engineering Ltd · www.kestrel-eng.example · www.kestrel-eng.example/orders\nbuyer: tom@kestrel-enq.example';
    expect(mendOcrEmail('tom@kestrel-enq.example', page(site))).toBe('tom@kestrel-eng.example');
  });

  it('keeps what no witness contradicts: other people, other domains, short names, two letters off', () => {
    // A colleague's address is not the contact's.
    expect(mendOcrEmail('sales@acme.example', page('', 'Brett Nguyen'))).toBe('sales@acme.example');
    // Two letters off is another name, not a misread.
    expect(mendOcrEmail('joxyg.vogt@brandt.example', page('', 'Jörg Vogt'))).toBe('joxyg.vogt@brandt.example');
    // "Ann" and "Anna": too short to tell a misread from another person.
    expect(mendOcrEmail('anna@x.example', page('', 'Ann Lee'))).toBe('anna@x.example');
    // The same spelling written as often elsewhere, and no nearer the company: the address stands.
    expect(mendOcrEmail('a.b@acme-tools.example', page('a.b@acme-tools.example, c@acme-tool.example', null, 'Widget Corp'))).toBe('a.b@acme-tools.example');
    // A letter more or less is how companies name their domains, and "Jon" too short to mend.
    expect(mendOcrEmail('sales@acme-tool.example', page('', null, 'ACME Tools Inc'))).toBe('sales@acme-tool.example');
    expect(mendOcrEmail('jon.smith@x.example', page('', 'John Smith'))).toBe('jon.smith@x.example');
    // A domain with no dot has no name part to mend.
    expect(mendOcrEmail('sales@hrandt', page('', null, 'Brandt GmbH'))).toBe('sales@hrandt');
    // Two names equally near: no guess.
    expect(mendOcrEmail('lina@x.example', page('', 'Lisa Lino'))).toBe('lina@x.example');
  });
});

describe('mendOcrContact', () => {
  it('puts back the "rn" OCR ran into "m" where the email spells it, and never the other way', () => {
    expect(mendOcrContact('Callum Fairbaim', 'cfairbairn@kestrel-eng.example')).toBe('Callum Fairbairn');
    expect(mendOcrContact('Julien Gamier', 'julien.garnier@ateliers.example')).toBe('Julien Garnier');
    // The email is the one misread: the contact stands, and the email is not "mended" towards it.
    expect(mendOcrContact('Julien Garnier', 'jgamier@ateliers.example')).toBe('Julien Garnier');
    expect(mendOcrEmail('cfairbairn@kestrel-eng.example', page('', 'Callum Fairbaim'))).toBe('cfairbairn@kestrel-eng.example');
    // A real m the email also has, and no email at all.
    expect(mendOcrContact('Amy Hamm', 'amy.hamm@x.example')).toBe('Amy Hamm');
    expect(mendOcrContact('Callum Fairbaim', null)).toBe('Callum Fairbaim');
  });
});
