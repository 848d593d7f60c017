/**
 * Words the generated data set is made of: the bodies of a provincial People's
 * Committee and the kind of directives its chairman concludes a session with.
 * Titles keep their Vietnamese diacritics so that search without them is
 * exercised as users exercise it.
 */

export const DEPARTMENT_BODIES: Array<{
  code: string;
  name: string;
  kind: 'department' | 'district' | 'agency' | 'other';
}> = [
  { code: 'SKHDT', name: 'Sở Kế hoạch và Đầu tư', kind: 'department' },
  { code: 'STC', name: 'Sở Tài chính', kind: 'department' },
  { code: 'SCT', name: 'Sở Công Thương', kind: 'department' },
  { code: 'SYT', name: 'Sở Y tế', kind: 'department' },
  { code: 'SLDTBXH', name: 'Sở Lao động – Thương binh và Xã hội', kind: 'department' },
  { code: 'SGDDT', name: 'Sở Giáo dục và Đào tạo', kind: 'department' },
  { code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn', kind: 'department' },
  { code: 'SXD', name: 'Sở Xây dựng', kind: 'department' },
  { code: 'SGTVT', name: 'Sở Giao thông vận tải', kind: 'department' },
  { code: 'STNMT', name: 'Sở Tài nguyên và Môi trường', kind: 'department' },
  { code: 'SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', kind: 'department' },
  { code: 'STTTT', name: 'Sở Thông tin và Truyền thông', kind: 'department' },
  { code: 'SKHCN', name: 'Sở Khoa học và Công nghệ', kind: 'department' },
  { code: 'STP', name: 'Sở Tư pháp', kind: 'department' },
  { code: 'SNV', name: 'Sở Nội vụ', kind: 'department' },
  { code: 'TTT', name: 'Thanh tra tỉnh', kind: 'agency' },
  { code: 'BDT', name: 'Ban Dân tộc tỉnh', kind: 'agency' },
  { code: 'CAT', name: 'Công an tỉnh', kind: 'agency' },
  { code: 'BCHQS', name: 'Bộ Chỉ huy Quân sự tỉnh', kind: 'agency' },
  { code: 'CTK', name: 'Cục Thống kê tỉnh', kind: 'agency' },
  { code: 'CT', name: 'Cục Thuế tỉnh', kind: 'agency' },
  { code: 'BQLDA', name: 'Ban Quản lý dự án đầu tư xây dựng tỉnh', kind: 'agency' },
  { code: 'BHXH', name: 'Bảo hiểm xã hội tỉnh', kind: 'other' },
  { code: 'NHNN', name: 'Ngân hàng Nhà nước chi nhánh tỉnh', kind: 'other' },
  { code: 'MTTQ', name: 'Ủy ban MTTQ Việt Nam tỉnh', kind: 'other' },
];

export const DISTRICTS = [
  'Ba Bể',
  'Bạch Thông',
  'Chợ Đồn',
  'Chợ Mới',
  'Na Rì',
  'Ngân Sơn',
  'Pác Nặm',
  'thành phố Bắc Kạn',
  'Hòa An',
  'Hà Quảng',
  'Trùng Khánh',
  'Quảng Hòa',
  'Bảo Lạc',
  'Nguyên Bình',
  'Thạch An',
  'Hạ Lang',
];

export const PROVINCES = [
  'Bắc Kạn',
  'Cao Bằng',
  'Lạng Sơn',
  'Thái Nguyên',
  'Tuyên Quang',
  'Hà Giang',
  'Lào Cai',
  'Yên Bái',
  'Sơn La',
  'Điện Biên',
  'Lai Châu',
  'Hòa Bình',
  'Phú Thọ',
  'Bắc Giang',
  'Quảng Ninh',
];

export const ACTIONS = [
  'Đẩy nhanh tiến độ',
  'Chủ động triển khai',
  'Tập trung chỉ đạo',
  'Khẩn trương hoàn thiện',
  'Rà soát, đánh giá',
  'Tổ chức kiểm tra',
  'Tham mưu UBND tỉnh ban hành',
  'Phối hợp tháo gỡ vướng mắc',
  'Xây dựng kế hoạch',
  'Tăng cường công tác quản lý',
  'Hướng dẫn các địa phương thực hiện',
  'Báo cáo kết quả thực hiện',
  'Đôn đốc hoàn thành',
  'Chuẩn bị đầy đủ điều kiện',
  'Tổng hợp, đề xuất phương án',
];

export const SUBJECTS = [
  'giải ngân 100% kế hoạch vốn đầu tư công năm 2024',
  'tặng quà Tết cho hộ nghèo, gia đình chính sách và người có công',
  'phát động "Tết trồng cây đời đời nhớ ơn Bác Hồ"',
  'tổ chức đón Tết Nguyên đán vui tươi, lành mạnh, an toàn, tiết kiệm',
  'bình ổn giá cả thị trường, bảo đảm cung ứng hàng hóa thiết yếu',
  'phòng, chống dịch bệnh và bảo đảm thuốc, vật tư y tế',
  'thu ngân sách nhà nước trên địa bàn',
  'cải cách thủ tục hành chính và chuyển đổi số',
  'giải phóng mặt bằng các dự án trọng điểm',
  'xây dựng nông thôn mới và chương trình OCOP',
  'phòng cháy, chữa cháy rừng mùa khô',
  'bảo đảm trật tự an toàn giao thông dịp lễ, Tết',
  'giải quyết việc làm, đào tạo nghề cho lao động nông thôn',
  'chương trình mục tiêu quốc gia giảm nghèo bền vững',
  'phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số',
  'quản lý, khai thác khoáng sản trái phép',
  'sắp xếp đơn vị hành chính cấp xã',
  'nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI)',
  'kiểm tra an toàn thực phẩm',
  'phòng, chống thiên tai và tìm kiếm cứu nạn',
  'hỗ trợ doanh nghiệp phục hồi sản xuất',
  'quy hoạch tỉnh thời kỳ 2021–2030, tầm nhìn đến năm 2050',
  'xóa nhà tạm, nhà dột nát cho hộ nghèo',
  'thu hút đầu tư vào các khu, cụm công nghiệp',
  'bảo vệ môi trường và xử lý rác thải sinh hoạt',
  'phát triển du lịch hồ Ba Bể',
  'tiêm chủng mở rộng cho trẻ em',
  'thanh toán không dùng tiền mặt trong dịch vụ công',
  'kiểm soát giá vật liệu xây dựng',
  'tuyển sinh đầu cấp và bảo đảm cơ sở vật chất trường học',
];

export const PLACES = [
  ...DISTRICTS.map((d) => (d.startsWith('thành phố') ? `tại ${d}` : `tại huyện ${d}`)),
  'trên địa bàn tỉnh',
  '',
];

export const DETAILS = [
  'Báo cáo kết quả về Văn phòng UBND tỉnh để tổng hợp.',
  'Kịp thời báo cáo, đề xuất UBND tỉnh những nội dung vượt thẩm quyền.',
  'Gắn trách nhiệm người đứng đầu với kết quả thực hiện.',
  'Phối hợp chặt chẽ với các sở, ngành liên quan và UBND các huyện, thành phố.',
  'Bảo đảm chất lượng, hiệu quả, không để chậm trễ.',
  'Định kỳ hằng tháng báo cáo tiến độ trước ngày 20.',
];

export const PROGRESS_NOTES = [
  'Đã ban hành văn bản hướng dẫn các đơn vị thực hiện.',
  'Đang tổng hợp số liệu từ các huyện, thành phố.',
  'Đã tổ chức họp triển khai với các đơn vị liên quan.',
  'Hoàn thành dự thảo, đang lấy ý kiến các sở, ngành.',
  'Đã kiểm tra thực tế tại cơ sở, đang hoàn thiện báo cáo.',
  'Giải ngân đạt theo kế hoạch tháng.',
];

export const EXTENSION_REASONS = [
  'Chờ ý kiến thẩm định của bộ, ngành Trung ương.',
  'Khối lượng công việc lớn, cần thêm thời gian tổng hợp số liệu.',
  'Vướng mắc trong công tác giải phóng mặt bằng.',
  'Điều kiện thời tiết không thuận lợi.',
];

export const PEOPLE = [
  'Nguyễn Văn An',
  'Trần Thị Bích',
  'Lê Minh Châu',
  'Phạm Đức Dũng',
  'Hoàng Thị Hà',
  'Vũ Quang Huy',
  'Đặng Thu Hương',
  'Bùi Văn Khánh',
  'Đỗ Thị Lan',
  'Hà Văn Long',
  'Nông Thị Mai',
  'Triệu Văn Nam',
  'Ma Thị Nga',
  'Lục Văn Phúc',
  'Nguyễn Đăng Bình',
  'Đinh Quang Tuyên',
  'Phạm Duy Hưng',
  'Hoàng Duy Chinh',
];

/** Queries typed without diacritics, as on a keyboard without an input method; each matches many titles. */
export const SEARCH_QUERIES = [
  'von dau tu cong',
  'tet trong cay',
  'ho ngheo',
  'chuyen doi so',
  'nong thon moi',
  'an toan thuc pham',
  'giai phong mat bang',
  'thu ngan sach',
  'phong chong thien tai',
  'du lich ho ba be',
];
