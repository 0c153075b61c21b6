import type { Contact } from './model.ts';
export function sig(c: Contact, company: string, title?: string, extra: string[] = []): string {
  return ['', c.name ?? '', title ?? '', company, ...(c.phone ? [`Tel. ${c.phone}`] : []), ...(c.email ? [c.email] : []), ...extra].filter((l, i) => i === 0 || l).join('\n');
}
export const ATTACHED: Record<string, (po: string) => string> = {
  en: (po) => `Hello,\n\nPlease find attached our purchase order ${po}.\nKindly confirm receipt and the delivery date.\n\nKind regards,`,
  us: (po) => `Hi,\n\nAttached is PO ${po}. Please send order acknowledgement with ship date.\n\nThanks,`,
  de: (po) => `Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Bestellung ${po}.\nBitte senden Sie uns eine Auftragsbestätigung.\n\nMit freundlichen Grüßen`,
  fr: (po) => `Bonjour,\n\nVeuillez trouver ci-joint notre commande ${po}.\nMerci de nous retourner un accusé de réception de commande.\n\nCordialement,`,
  es: (po) => `Buenos días:\n\nAdjuntamos nuestro pedido ${po}.\nRogamos confirmación del pedido y plazo de entrega.\n\nUn saludo,`,
  nl: (po) => `Goedemiddag,\n\nBijgaand onze inkooporder ${po}.\nGraag een orderbevestiging met leverdatum.\n\nMet vriendelijke groet,`,
  it: (po) => `Buongiorno,\n\nin allegato il nostro ordine ${po}.\nVi preghiamo di inviarci conferma d'ordine.\n\nCordiali saluti`,
  pt: (po) => `Bom dia,\n\nJunto enviamos a nossa nota de encomenda ${po}.\nAgradecemos confirmação do prazo de entrega.\n\nCom os melhores cumprimentos,`,
  sv: (po) => `Hej,\n\nBifogar vår beställning ${po}.\nVänligen skicka orderbekräftelse.\n\nMed vänliga hälsningar`,
};
