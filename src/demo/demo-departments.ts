import type { DepartmentKind } from '../departments/department.entity';

export interface DemoDepartment {
  code: string;
  name: string;
  kind: DepartmentKind;
  emails: string[];
}

/**
 * Addresses use the reserved `.example` top-level domain (RFC 2606), so that
 * demo reminders can never reach a real mailbox.
 */
const mailbox = (local: string) => [`${local}@backan.example`];

/** Member bodies of UBND tỉnh Bắc Kạn and the UBND of its city and seven districts. */
export const DEMO_DEPARTMENTS: readonly DemoDepartment[] = [
  { code: 'VP-UBND', name: 'Văn phòng UBND tỉnh', kind: 'department', emails: mailbox('vpubnd') },
  { code: 'SKHDT', name: 'Sở Kế hoạch và Đầu tư', kind: 'department', emails: mailbox('skhdt') },
  { code: 'STC', name: 'Sở Tài chính', kind: 'department', emails: mailbox('stc') },
  { code: 'SCT', name: 'Sở Công Thương', kind: 'department', emails: mailbox('sct') },
  { code: 'SLDTBXH', name: 'Sở Lao động – Thương binh và Xã hội', kind: 'department', emails: mailbox('sldtbxh') },
  { code: 'SYT', name: 'Sở Y tế', kind: 'department', emails: mailbox('syt') },
  { code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn', kind: 'department', emails: mailbox('snnptnt') },
  { code: 'SXD', name: 'Sở Xây dựng', kind: 'department', emails: mailbox('sxd') },
  { code: 'SGDDT', name: 'Sở Giáo dục và Đào tạo', kind: 'department', emails: mailbox('sgddt') },
  { code: 'SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', kind: 'department', emails: mailbox('svhttdl') },
  { code: 'STNMT', name: 'Sở Tài nguyên và Môi trường', kind: 'department', emails: mailbox('stnmt') },
  { code: 'SNV', name: 'Sở Nội vụ', kind: 'department', emails: mailbox('snv') },
  { code: 'STP', name: 'Sở Tư pháp', kind: 'department', emails: mailbox('stp') },
  { code: 'STTTT', name: 'Sở Thông tin và Truyền thông', kind: 'department', emails: mailbox('stttt') },
  { code: 'SKHCN', name: 'Sở Khoa học và Công nghệ', kind: 'department', emails: mailbox('skhcn') },
  { code: 'TTT', name: 'Thanh tra tỉnh', kind: 'department', emails: mailbox('thanhtra') },
  { code: 'BDT', name: 'Ban Dân tộc tỉnh', kind: 'department', emails: mailbox('bandantoc') },
  { code: 'CA', name: 'Công an tỉnh', kind: 'agency', emails: mailbox('congan') },
  { code: 'CT', name: 'Cục Thuế tỉnh', kind: 'agency', emails: mailbox('cucthue') },
  { code: 'UBND-TPBK', name: 'UBND thành phố Bắc Kạn', kind: 'district', emails: mailbox('ubnd.tpbackan') },
  { code: 'UBND-BB', name: 'UBND huyện Ba Bể', kind: 'district', emails: mailbox('ubnd.babe') },
  { code: 'UBND-BT', name: 'UBND huyện Bạch Thông', kind: 'district', emails: mailbox('ubnd.bachthong') },
  { code: 'UBND-CD', name: 'UBND huyện Chợ Đồn', kind: 'district', emails: mailbox('ubnd.chodon') },
  { code: 'UBND-CM', name: 'UBND huyện Chợ Mới', kind: 'district', emails: mailbox('ubnd.chomoi') },
  { code: 'UBND-NR', name: 'UBND huyện Na Rì', kind: 'district', emails: mailbox('ubnd.nari') },
  { code: 'UBND-NS', name: 'UBND huyện Ngân Sơn', kind: 'district', emails: mailbox('ubnd.nganson') },
  { code: 'UBND-PN', name: 'UBND huyện Pác Nặm', kind: 'district', emails: mailbox('ubnd.pacnam') },
];

/** The city and the seven districts, which cooperate on most directives. */
export const DISTRICT_CODES = DEMO_DEPARTMENTS.filter((d) => d.kind === 'district').map((d) => d.code);
