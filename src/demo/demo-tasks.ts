import type { TaskStatus } from '../tasks/task-status';
import { DISTRICT_CODES } from './demo-departments';

export interface DemoExtension {
  /** The requested deadline, in days after the session day. */
  dueDaysAfterSession: number;
  reason: string;
  decision?: { approve: true; note?: string } | { approve: false; note: string };
}

/**
 * A directive from the chairman's conclusion and what has happened to it by
 * the time the seed runs (ten days after the session).
 */
export interface DemoTask {
  title: string;
  description: string;
  leadCode: string;
  supportCodes: readonly string[];
  isKey: boolean;
  /** The deadline in days after the session day; null for a continuing task (thường xuyên). */
  dueDaysAfterSession: number | null;
  /** Progress reported so far; a note without percent leaves the percent as it is. */
  progress: ReadonlyArray<{ percent?: number; note: string }>;
  /** Completed when the seed runs, with this note. */
  completion?: string;
  extension?: DemoExtension;
  cancellation?: string;
  /** What the task shows right after seeding (the dashboard classification). */
  expectedStatus: TaskStatus;
}

export const DEMO_TASKS: readonly DemoTask[] = [
  {
    title:
      'Tổ chức triển khai thực hiện các mục tiêu, nhiệm vụ, giải pháp phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2024',
    description:
      'Tổ chức triển khai thực hiện tốt các mục tiêu, nhiệm vụ, giải pháp về phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2024 đã đề ra; các Chương trình hành động, kế hoạch của UBND tỉnh. Quyết liệt chỉ đạo triển khai thực hiện các nhiệm vụ từ ngày đầu, tháng đầu của năm; nghiêm túc thực hiện nhiệm vụ được giao, không để quá hạn, bỏ sót nhiệm vụ.',
    leadCode: 'SKHDT',
    supportCodes: ['STC', 'CT'],
    isKey: true,
    dueDaysAfterSession: null,
    progress: [{ note: 'Đã tổng hợp, theo dõi tình hình thực hiện các chỉ tiêu kinh tế - xã hội tháng 01/2024.' }],
    expectedStatus: 'standing',
  },
  {
    title: 'Đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2024, phấn đấu giải ngân 100% kế hoạch được giao',
    description:
      'Đẩy nhanh tiến độ thực hiện và giải ngân vốn đầu tư công ngay từ đầu năm 2024, đặc biệt là các dự án trọng điểm và các chương trình MTQG; phấn đấu giải ngân 100% kế hoạch được giao (kế hoạch đầu tư công năm 2024 đã phân bổ chi tiết 2.157.119 triệu đồng). Thời hạn: hết năm 2024.',
    leadCode: 'SKHDT',
    supportCodes: ['STC', ...DISTRICT_CODES],
    isKey: true,
    dueDaysAfterSession: 341,
    progress: [
      {
        percent: 5,
        note: 'Đã giao chi tiết kế hoạch vốn cho các chủ đầu tư; đang hoàn thiện thủ tục khởi công các dự án mới.',
      },
    ],
    expectedStatus: 'in_progress',
  },
  {
    title: 'Thăm, tặng quà Tết cho hộ nghèo, gia đình chính sách, người có công trước Tết Nguyên đán Giáp Thìn 2024',
    description:
      'Chú trọng chăm lo Tết cho người dân, tổ chức thăm, tặng quà Tết, nhất là các hộ nghèo, gia đình chính sách, người có công theo kế hoạch đã ban hành. Hoàn thành trước Tết Nguyên đán Giáp Thìn 2024.',
    leadCode: 'SLDTBXH',
    supportCodes: ['STC', ...DISTRICT_CODES],
    isKey: true,
    dueDaysAfterSession: 11,
    progress: [{ percent: 60, note: 'Đã chuyển kinh phí quà Tết về các huyện, thành phố để tổ chức thăm, tặng quà.' }],
    completion:
      'Hoàn thành thăm, tặng quà Tết cho người có công với cách mạng, hộ nghèo và các đối tượng chính sách trên địa bàn tỉnh.',
    expectedStatus: 'done_on_time',
  },
  {
    title: 'Tổ chức Lễ phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” Xuân Giáp Thìn năm 2024',
    description:
      'Triển khai tốt Kế hoạch tổ chức Lễ phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” Xuân Giáp Thìn năm 2024 gắn với Chương trình trồng một tỷ cây xanh giai đoạn 2021 - 2025 trên địa bàn tỉnh Bắc Kạn.',
    leadCode: 'SNNPTNT',
    supportCodes: ['SVHTTDL', ...DISTRICT_CODES],
    isKey: false,
    dueDaysAfterSession: 12,
    progress: [{ percent: 70, note: 'Đã thống nhất địa điểm tổ chức Lễ phát động và chuẩn bị cây giống.' }],
    expectedStatus: 'due_soon',
  },
  {
    title: 'Bảo đảm đón Tết Nguyên đán Giáp Thìn 2024 lành mạnh, an toàn, tiết kiệm',
    description:
      'Triển khai thực hiện tốt các nhiệm vụ, biện pháp bảo đảm đón Tết Nguyên đán Giáp Thìn 2024 lành mạnh, an toàn, tiết kiệm theo đúng tinh thần Chỉ thị của Thủ tướng Chính phủ và Ban Bí thư.',
    leadCode: 'SVHTTDL',
    supportCodes: ['CA', 'SCT', 'SYT', ...DISTRICT_CODES],
    isKey: true,
    dueDaysAfterSession: 26,
    progress: [
      {
        percent: 30,
        note: 'Đã ban hành văn bản hướng dẫn tổ chức các hoạt động mừng Đảng, mừng Xuân trên địa bàn tỉnh.',
      },
    ],
    expectedStatus: 'in_progress',
  },
  {
    title: 'Bảo đảm cung ứng hàng hóa, bình ổn thị trường dịp Tết Nguyên đán Giáp Thìn 2024',
    description:
      'Theo dõi sát tình hình thị trường, bảo đảm lượng hàng hóa dự trữ đáp ứng nhu cầu tiêu dùng của người dân trong dịp Tết Nguyên đán Giáp Thìn 2024; báo cáo UBND tỉnh kết quả thực hiện.',
    leadCode: 'SCT',
    supportCodes: ['STC', 'CA'],
    isKey: false,
    dueDaysAfterSession: 5,
    progress: [
      { percent: 80, note: 'Đã kiểm tra lượng hàng hóa dự trữ tại các doanh nghiệp phân phối và chợ trung tâm.' },
    ],
    completion:
      'Đã báo cáo UBND tỉnh tình hình cung ứng hàng hóa; thị trường ổn định, không xảy ra khan hiếm hàng hóa.',
    expectedStatus: 'done_late',
  },
  {
    title: 'Bảo đảm công tác khám, chữa bệnh cho Nhân dân trong dịp Tết Nguyên đán Giáp Thìn 2024',
    description:
      'Chỉ đạo các đơn vị khám, chữa bệnh công lập bảo đảm các điều kiện phục vụ khám, chữa bệnh cho Nhân dân trong dịp Tết; thực hiện nghiêm công tác phòng, chống dịch, giám sát chặt chẽ tình hình bệnh dịch phát sinh theo mùa.',
    leadCode: 'SYT',
    supportCodes: DISTRICT_CODES,
    isKey: false,
    dueDaysAfterSession: 26,
    progress: [{ percent: 40, note: 'Đã phân công lịch trực Tết tại các bệnh viện và trung tâm y tế.' }],
    expectedStatus: 'in_progress',
  },
  {
    title: 'Triển khai các giải pháp phòng, chống rét cho học sinh',
    description:
      'Có các giải pháp hiệu quả để bảo đảm phòng, chống rét cho học sinh trong các đợt rét đậm, rét hại (theo đề nghị của các đại biểu dự họp).',
    leadCode: 'SGDDT',
    supportCodes: DISTRICT_CODES,
    isKey: false,
    dueDaysAfterSession: 3,
    progress: [{ percent: 40, note: 'Đã chỉ đạo các trường điều chỉnh giờ học khi nhiệt độ xuống thấp.' }],
    extension: {
      dueDaysAfterSession: 15,
      reason: 'Một số trường chưa bố trí đủ kinh phí mua chăn, áo ấm cho học sinh bán trú.',
      decision: { approve: false, note: 'Đề nghị hoàn thành ngay do đang trong đợt rét đậm, rét hại.' },
    },
    expectedStatus: 'overdue',
  },
  {
    title:
      'Lập các đồ án quy hoạch điều chỉnh, mở rộng quy hoạch chung các đô thị, quy hoạch chung xây dựng xã, quy hoạch vùng huyện',
    description:
      'Chỉ đạo các địa phương tiếp tục triển khai lập các Đồ án quy hoạch điều chỉnh, mở rộng quy hoạch chung các đô thị trên địa bàn, quy hoạch chung xây dựng xã, quy hoạch vùng huyện (theo đề nghị của các đại biểu dự họp).',
    leadCode: 'SXD',
    supportCodes: DISTRICT_CODES,
    isKey: false,
    dueDaysAfterSession: 157,
    progress: [{ percent: 15, note: 'Đã hướng dẫn các huyện, thành phố rà soát danh mục đồ án cần lập.' }],
    extension: {
      dueDaysAfterSession: 249,
      reason: 'Các huyện đề nghị thêm thời gian để bố trí kinh phí lập quy hoạch vùng huyện.',
    },
    expectedStatus: 'in_progress',
  },
  {
    title: 'Tổ chức các lễ hội xuân, hoạt động văn hóa, văn nghệ mừng Đảng, mừng Xuân Giáp Thìn 2024',
    description:
      'Tổ chức tốt các lễ hội xuân, các hoạt động văn hóa, văn nghệ, mừng Đảng, mừng Xuân Giáp Thìn 2024 (theo đề nghị của các đại biểu dự họp).',
    leadCode: 'SVHTTDL',
    supportCodes: DISTRICT_CODES,
    isKey: false,
    dueDaysAfterSession: 20,
    progress: [{ percent: 25, note: 'Đã xây dựng chương trình các hoạt động văn hóa, văn nghệ mừng Đảng, mừng Xuân.' }],
    extension: {
      dueDaysAfterSession: 35,
      reason: 'Một số lễ hội truyền thống được tổ chức sau Tết theo lịch của các địa phương.',
      decision: { approve: true, note: 'Đồng ý gia hạn.' },
    },
    expectedStatus: 'in_progress',
  },
  {
    title: 'Tổ chức các hoạt động sự kiện mừng Xuân, vui chơi, đón Xuân phục vụ người dân thành phố Bắc Kạn dịp Tết',
    description:
      'Các đơn vị, địa phương tổ chức các hoạt động sự kiện mừng Xuân, hoạt động vui chơi, đón Xuân phục vụ người dân dịp Tết, đảm bảo vui tươi, lành mạnh, an toàn, tiết kiệm.',
    leadCode: 'UBND-TPBK',
    supportCodes: ['SVHTTDL', 'CA'],
    isKey: false,
    dueDaysAfterSession: 16,
    progress: [],
    cancellation:
      'Nội dung đã được lồng ghép vào nhiệm vụ tổ chức các lễ hội xuân, hoạt động văn hóa, văn nghệ mừng Đảng, mừng Xuân do Sở Văn hóa, Thể thao và Du lịch chủ trì.',
    expectedStatus: 'cancelled',
  },
];
