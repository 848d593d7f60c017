/**
 * Text hygiene for outgoing mail. Everything a user typed (task titles,
 * descriptions, department names) passes through here before it reaches a header
 * or an HTML body.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/**
 * One line of header text: control characters (CR and LF above all, which would
 * start a new header) become spaces, runs of whitespace collapse, and the result
 * is cut to `max` characters.
 */
export function headerText(value: string, max = 200): string {
  const line = value
    .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** A plain address (no display name, no comments, nothing that could carry a second header). */
const ADDRESS =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

export function isDeliverableAddress(value: string): boolean {
  return value.length <= 254 && ADDRESS.test(value);
}

/** The usable addresses of a list, trimmed, without duplicates (case-insensitive). */
export function deliverableAddresses(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of values) {
    const address = raw.trim();
    const key = address.toLowerCase();
    if (isDeliverableAddress(address) && !seen.has(key)) {
      seen.add(key);
      result.push(address);
    }
  }
  return result;
}

/** The domain of the sender address in MAIL_FROM ("Name <a@b.gov.vn>" → "b.gov.vn"). */
export function senderDomain(mailFrom: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(mailFrom.trim());
  return match ? match[1].toLowerCase() : 'localhost';
}

/**
 * A Message-ID derived from the delivery key, so that a message sent twice in the
 * one window the service cannot close (see NotificationSender) carries the same id
 * and mail clients can fold the copies.
 */
export function messageIdFor(deliveryKey: string, domain: string): string {
  return `<${deliveryKey.replace(/[^A-Za-z0-9.-]/g, '-')}@${domain}>`;
}
