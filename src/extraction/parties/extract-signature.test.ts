import { describe, expect, it } from 'vitest';
import { extractSignature, isCompany, type Signature } from './extract-signature.ts';

const sig = (name: string | null, company: string | null, phone: string | null = null): Signature => ({ name, company, phone });

describe('extractSignature', () => {
  it.each([
    [
      '"Title | Company"',
      'Best regards,\nJane Doe\nPurchasing Manager | Cedar Ridge Packaging Co.\nTel: +1 503 555 0100',
      sig('Jane Doe', 'Cedar Ridge Packaging Co.', '+1 503 555 0100'),
    ],
    ['"Title, Company"', 'Kind regards\nTom Baker\nPurchasing Manager, Thameside Joinery Ltd\n01484 555 123', sig('Tom Baker', 'Thameside Joinery Ltd', '01484 555 123')],
    [
      'the company on the line after the title',
      'Mit freundlichen Grüßen\nHans Becker\nEinkauf\nMüller Maschinenbau GmbH\nTel. +49 711 123456',
      sig('Hans Becker', 'Müller Maschinenbau GmbH', '+49 711 123456'),
    ],
    ['a company without a legal form after a title', 'Cordialement,\nMarie Dupont\nResponsable achats\nAtelier Dupont', sig('Marie Dupont', 'Atelier Dupont')],
    ['"Title | Company" without a legal form', 'Saludos,\nCarlos Pérez\nJefe de compras | Talleres Vallès', sig('Carlos Pérez', 'Talleres Vallès')],
    ["an Italian closing and job title (the lexicon's)", 'Cordiali saluti\nGiulia Rossi\nResponsabile acquisti\nOfficine Brenta', sig('Giulia Rossi', 'Officine Brenta')],
    [
      'a legal form after a comma stays with the name',
      'Atenciosamente,\nAna Costa\nCompras | Laboratório Douro Análises, Lda.',
      sig('Ana Costa', 'Laboratório Douro Análises, Lda.'),
    ],
    ['"Title, Company, Inc."', 'Best regards,\nJim Hale\nBuyer, Granite State Tool, Inc.', sig('Jim Hale', 'Granite State Tool, Inc.')],
    ['a Portuguese closing', 'Atenciosamente,\nJoão Silva\nComprador | Metalúrgica Douro', sig('João Silva', 'Metalúrgica Douro')],
    ['a first name alone', 'Thanks,\nJane', sig('Jane', null)],
    ['a "--" separator', 'Regards\n--\nJane Doe\nAcme Inc.', sig('Jane Doe', 'Acme Inc.')],
  ])('%s', (_, signature, expected) => {
    expect(extractSignature(`Please send 12 x AB-1234.\n\n${signature}`)).toEqual(expected);
  });

  it('finds no signature without a closing', () => {
    expect(extractSignature('Please send 12 x AB-1234.\nJane Doe')).toBeNull();
  });
});

describe('isCompany', () => {
  it.each([
    ['Cedar Ridge Packaging Co.', true],
    ['Müller Maschinenbau GmbH', true],
    ['Talleres Vallès S.A.', true],
    ['Acme', false],
    ['Jane Doe', false],
  ])('%j: %s', (text, expected) => {
    expect(isCompany(text)).toBe(expected);
  });
});
