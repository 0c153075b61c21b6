// Text around an order that is not part of it: letterheads, disclaimers, signatures, greetings.
// None of it carries urgency words (the truth's urgency check would refuse it).
import type { Rng } from '../gen/random.ts';
import type { Lang } from './lexicon.ts';
import { LOCALE_INFO, phoneFor } from './locale.ts';
import type { Order } from './order.ts';

export const DISCLAIMERS: Record<Lang, string[]> = {
  en: ['This email and any attachments are confidential and intended solely for the addressee. If you received it in error, please delete it and notify the sender.', 'Our standard terms and conditions of purchase apply to this order; see our website.'],
  de: ['Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese Mail.', 'Es gelten unsere Allgemeinen Einkaufsbedingungen.'],
  fr: ['Ce message et ses pièces jointes sont confidentiels. Si vous avez reçu ce message par erreur, merci de le supprimer et d\'en avertir l\'expéditeur.', 'Nos conditions générales d\'achat s\'appliquent à cette commande.'],
  es: ['Este mensaje y sus anexos son confidenciales. Si lo ha recibido por error, le rogamos que lo elimine y lo comunique al remitente.', 'Son de aplicación nuestras condiciones generales de compra.'],
  nl: ['Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Heeft u het per vergissing ontvangen, verwijder het dan en informeer de afzender.', 'Op deze order zijn onze algemene inkoopvoorwaarden van toepassing.'],
  it: ['Questo messaggio e i suoi allegati sono riservati. Se lo avete ricevuto per errore, vi preghiamo di cancellarlo e di avvisare il mittente.', 'Si applicano le nostre condizioni generali di acquisto.'],
};

export const GREETINGS: Record<Lang, string[]> = {
  en: ['Hello,', 'Hi team,', 'Good morning,', 'Dear Sir or Madam,'],
  de: ['Guten Tag,', 'Sehr geehrte Damen und Herren,', 'Hallo zusammen,'],
  fr: ['Bonjour,', 'Madame, Monsieur,'],
  es: ['Buenos días:', 'Hola,', 'Estimados señores:'],
  nl: ['Goedemorgen,', 'Beste leverancier,', 'Hallo,'],
  it: ['Buongiorno,', 'Spett.le fornitore,', 'Gentili signori,'],
};

export const INTROS: Record<Lang, string[]> = {
  en: ['Please find our purchase order attached.', 'Attached is our PO, please confirm receipt.', 'Please process the attached order.'],
  de: ['anbei erhalten Sie unsere Bestellung.', 'bitte bearbeiten Sie die beigefügte Bestellung.'],
  fr: ['Veuillez trouver ci-joint notre bon de commande.', 'Merci de traiter la commande jointe.'],
  es: ['Adjuntamos nuestro pedido de compra.', 'Les enviamos el pedido adjunto.'],
  nl: ['In de bijlage vindt u onze inkooporder.', 'Graag de bijgevoegde bestelling verwerken.'],
  it: ['in allegato trasmettiamo il ns. ordine di acquisto.', 'vi inviamo l\'ordine in allegato.'],
};

export const BODY_INTROS: Record<Lang, string[]> = {
  en: ['Please supply the following:', 'We would like to order the items below.'],
  de: ['wir bestellen hiermit folgende Positionen:', 'bitte liefern Sie uns:'],
  fr: ['Merci de nous livrer les articles suivants :', 'Nous vous commandons :'],
  es: ['Les rogamos nos suministren lo siguiente:', 'Les pasamos el siguiente pedido:'],
  nl: ['Graag bestellen wij het volgende:', 'Wij bestellen hierbij:'],
  it: ['vi ordiniamo quanto segue:', 'con la presente ordiniamo:'],
};

export const CLOSINGS: Record<Lang, string[]> = {
  en: ['Thanks,', 'Best regards,', 'Kind regards,'],
  de: ['Mit freundlichen Grüßen', 'Viele Grüße'],
  fr: ['Cordialement,', 'Bien cordialement,'],
  es: ['Un saludo,', 'Atentamente,'],
  nl: ['Met vriendelijke groet,', 'Groeten,'],
  it: ['Cordiali saluti,', 'Distinti saluti,'],
};

const PHONE_WORD: Record<Lang, string> = { en: 'Phone', de: 'Tel.', fr: 'Tél.', es: 'Tel.', nl: 'Tel.', it: 'Tel.' };

/** The sender's signature: name, title, company, phone (the buyer's own, so it is the truth's phone). */
export function signatureLines(rng: Rng, o: Order): string[] {
  const c = o.contact;
  const lines = [rng.pick(CLOSINGS[o.lang]), c.name, `${c.title} | ${o.firm.name}`, `${PHONE_WORD[o.lang]}: ${c.phone}`];
  if (hasNoise(o, 'signature')) {
    // A rich signature: a fax number and the street, numbers that are not the buyer's phone or an item.
    const site = o.firm.sites[0];
    lines.push(`Fax: ${phoneFor(rng, LOCALE_INFO[o.locale].country)}`, `${site.street.join(', ')} · ${site.postalCode} ${site.city}`, `www.${o.firm.domain}`);
  }
  if (rng.chance(0.5)) lines.push(c.email);
  if (hasNoise(o, 'disclaimer')) lines.push('', rng.pick(DISCLAIMERS[o.lang]));
  return lines;
}

/** A letterhead line: the company's registration and switchboard numbers. */
export function letterheadLine(rng: Rng, o: Order): string {
  const main = phoneFor(rng, LOCALE_INFO[o.locale].country);
  return `${o.firm.reg} · Tel ${main} · www.${o.firm.domain}`;
}

export const hasNoise = (o: Order, kind: 'signature' | 'disclaimer' | 'letterhead') => o.axes.noise === kind || o.axes.noise === 'all';
