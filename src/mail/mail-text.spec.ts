import {
  deliverableAddresses,
  escapeHtml,
  headerText,
  isDeliverableAddress,
  messageIdFor,
  senderDomain,
} from './mail-text';

describe('mail text hygiene', () => {
  it('escapes the five HTML special characters', () => {
    expect(escapeHtml(`<a href="x">'Tết' & co</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;Tết&#39; &amp; co&lt;/a&gt;',
    );
  });

  it('turns line breaks and other control characters into spaces and cuts long text', () => {
    expect(headerText('Nhắc hạn\r\nBcc: x@example.com\u2028Y\tZ')).toBe('Nhắc hạn Bcc: x@example.com Y Z');
    expect(headerText('a'.repeat(300), 10)).toBe('aaaaaaaaa…');
  });

  it('accepts only plain addresses', () => {
    expect(isDeliverableAddress('vanphong@backan.gov.vn')).toBe(true);
    expect(isDeliverableAddress('x@localhost')).toBe(true);
    expect(isDeliverableAddress('a@b.vn\r\nBcc: c@d.vn')).toBe(false);
    expect(isDeliverableAddress('Name <a@b.vn>')).toBe(false);
    expect(isDeliverableAddress('a@b.vn, c@d.vn')).toBe(false);
    expect(deliverableAddresses([' A@b.vn ', 'a@B.vn', 'bad', 'c@d.vn'])).toEqual(['A@b.vn', 'c@d.vn']);
  });

  it('derives a stable Message-ID from the delivery key and the sender domain', () => {
    expect(senderDomain('Văn phòng UBND tỉnh <no-reply@BacKan.gov.vn>')).toBe('backan.gov.vn');
    expect(senderDomain('no-reply@localhost')).toBe('localhost');
    expect(messageIdFor('reminder.t1.v2.3d.d4', 'backan.gov.vn')).toBe('<reminder.t1.v2.3d.d4@backan.gov.vn>');
  });
});
