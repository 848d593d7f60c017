import type { SignerBlock } from './state-document';

/**
 * The signature block for a signer's title. For the committee's own documents
 * the chairman signs in his own name, a vice-chairman on his behalf (KT. CHỦ
 * TỊCH), the office's chief by his order (TL. CHỦ TỊCH). For the office's own
 * letters its chief signs in his own name and a deputy on his behalf (KT.
 * CHÁNH VĂN PHÒNG). Other titles are written as given.
 */
export function signerBlock(
  title: string | null,
  name: string | null,
  issuedBy: 'committee' | 'office' = 'committee',
): SignerBlock {
  const folded = (title ?? '').trim().toLowerCase();
  const upper = (title ?? '').trim().toUpperCase();
  const block = (authorityLines: string[], position: string) => ({
    authorityLines,
    position,
    name: name ?? '',
  });
  const byOrder = issuedBy === 'committee' ? ['TL. CHỦ TỊCH'] : [];
  if (!folded || folded === 'chánh văn phòng') return block(byOrder, 'CHÁNH VĂN PHÒNG');
  if (folded.startsWith('phó chánh văn phòng')) return block([...byOrder, 'KT. CHÁNH VĂN PHÒNG'], upper);
  if (folded.startsWith('phó chủ tịch')) return block(['KT. CHỦ TỊCH'], 'PHÓ CHỦ TỊCH');
  if (folded.startsWith('chủ tịch')) return block([], 'CHỦ TỊCH');
  return block([], upper);
}
