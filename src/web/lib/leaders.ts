import type { TFunction } from 'i18next';
import { foldVietnamese } from '../../common/text/fold-vietnamese';
import type { Schemas } from './api/client';

/**
 * "Chủ tịch Nguyễn Đăng Bình": the leader's title before the name, unless the account's name already begins
 * with it (an account named after its office, "Phó Chủ tịch UBND tỉnh").
 */
export function leaderLabel(t: TFunction, leader: Pick<Schemas['LeaderResponse'], 'fullName' | 'leaderTitle'>): string {
  if (!leader.leaderTitle) return leader.fullName;
  const title = t(`tasks.leaderTitles.${leader.leaderTitle}`);
  return foldVietnamese(leader.fullName).startsWith(foldVietnamese(title))
    ? leader.fullName
    : `${title} ${leader.fullName}`;
}
