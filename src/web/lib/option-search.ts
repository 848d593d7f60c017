import type { SelectProps } from 'antd';
import { foldVietnamese } from '../../common/text/fold-vietnamese';

/**
 * The search of a Select whose options are labelled in Vietnamese: what is typed matches with or without
 * diacritics ("so tai chinh" finds "Sở Tài chính"), with the server's own folding, so a clerk on a keyboard
 * without Telex finds a unit as the task search would.
 */
export const foldedSearch: NonNullable<SelectProps['showSearch']> = {
  filterOption: (input, option) =>
    typeof option?.label === 'string' && foldVietnamese(option.label).includes(foldVietnamese(input)),
};
