import MailComposer from 'nodemailer/lib/mail-composer';
const m = new MailComposer({from:'"A B" <a@b.example>', to:'"Northwind Industrial Supply" <orders@northwind-supply.example>', subject:'Test ü', date:'Tue, 14 Apr 2026 08:41:17 -0500' as any, messageId:'<x@y>', text:'hi', html:'<p>hi</p>', baseBoundary:'h3x01', attachments:[{filename:'a.pdf', content:Buffer.from('%PDF'), contentType:'application/octet-stream'}]} as any);
const b = await m.compile().build();
console.log(b.toString());
