import type { Recurrence } from '../tasks/entities/task.entity';
import type { TaskStatus } from '../tasks/task-status';
import { DISTRICT_CODES } from './demo-departments';

export interface DemoExtension {
  /** The requested deadline, in days after the session day. */
  dueDaysAfterSession: number;
  /** The day the request was made, in days after the session; default the day after it. */
  requestedDaysAfterSession?: number;
  reason: string;
  decision?: { approve: true; note?: string } | { approve: false; note: string };
}

/** Where a demo task comes from: the conclusion notice of the session, or the office's follow-up letter. */
export type DemoTaskSource = 'conclusion' | 'follow_up';

/**
 * A task of the demo and what has happened to it by the time the seed runs
 * (DEMO_SESSION.heldDaysAgo days after the session).
 */
export interface DemoTask {
  source: DemoTaskSource;
  /** A short summary of the item, written by the office. */
  title: string;
  /** For a conclusion item: the item's text exactly as the conclusion writes it. */
  description: string;
  /** The deadline as the source writes it; null when the source states none. */
  deadlineText: string | null;
  /**
   * What the office decided because the source does not state it. The seeder
   * appends OFFICE_NOTE to the description of such a task.
   */
  officeSets: { lead: boolean; deadline: boolean };
  leadCode: string;
  supportCodes: readonly string[];
  isKey: boolean;
  /** The deadline in days after the session day; null for a standing task (thường xuyên). */
  dueDaysAfterSession: number | null;
  /** Progress reported so far; a note without percent leaves the percent as it is. */
  progress: ReadonlyArray<{ percent?: number; note: string }>;
  completion?: {
    note: string;
    /** The actual completion date in days after the session; default the day the seed runs. */
    completedDaysAfterSession?: number;
    /** Reported by the unit, so it waits for the office's confirmation. */
    reportedByUnit?: boolean;
  };
  extension?: DemoExtension;
  cancellation?: string;
  /** What the task shows right after seeding (the dashboard classification). */
  expectedStatus: TaskStatus;
}

/**
 * A recurring task in the shape of the recurring-task contract: `kind: 'recurring'`
 * and `recurrence` instead of a deadline.
 */
export interface DemoRecurringTask extends Omit<DemoTask, 'dueDaysAfterSession' | 'expectedStatus'> {
  kind: 'recurring';
  recurrence: Recurrence;
}

/**
 * The units in the demo vice-chairman's sectors (Văn hóa - xã hội, Giáo dục, Y tế, Lao động, thương binh và xã
 * hội: see DEMO_USERS); the chairman directs the tasks of the others.
 */
const VICE_CHAIRMAN_UNITS: readonly string[] = ['SVHTTDL', 'SLDTBXH', 'SYT', 'SGDDT'];

/** The leader in charge (lãnh đạo chỉ đạo) of a demo task, by the sector of its lead unit. */
export function demoLeaderTitle(task: Pick<DemoTask, 'leadCode'>): 'chairman' | 'vice_chairman' {
  return VICE_CHAIRMAN_UNITS.includes(task.leadCode) ? 'vice_chairman' : 'chairman';
}

/** What the office writes under a task whose lead unit or deadline the source does not state. */
export function officeNote(sets: DemoTask['officeSets']): string | null {
  const what =
    sets.lead && sets.deadline
      ? 'đơn vị chủ trì và thời hạn'
      : sets.lead
        ? 'đơn vị chủ trì'
        : sets.deadline
          ? 'thời hạn'
          : null;
  return what
    ? `Ghi chú của Văn phòng UBND tỉnh: văn bản giao nhiệm vụ không nêu ${what}; ${what} do Văn phòng UBND tỉnh xác định.`
    : null;
}

/**
 * Deadlines the office sets, in days after the session. The demo counts as if
 * the session were held on 25/01/2024: Tết Giáp Thìn is 10/02/2024, so "before
 * Tết" is 09/02 (+15); the Tết trồng cây ceremony is held after Tết, on 16/02
 * (mùng 7 Tết, +22); the 2024 socio-economic plan runs to 31/12/2024 (+341) and
 * disbursement of the 2024 public investment plan to 31/01/2025 (+372).
 */
const BEFORE_TET = 15;
const TREE_PLANTING_DAY = 22;
const END_OF_2024 = 341;
const DISBURSEMENT_END = 372;
const FOLLOW_UP_REPORT_AFTER_TET = 22;

const NONE_STATED = { lead: true, deadline: true } as const;

/**
 * Every item of the chairman's conclusion ("một số nhiệm vụ trọng tâm, đó là: …"),
 * in its order, each a key task; the text is the conclusion's own, item by item as
 * POST /api/sessions/:id/draft-tasks splits it. The conclusion addresses
 * "các sở, ban, ngành, địa phương" and states no lead unit or deadline: those are the office's.
 */
export const DEMO_CONCLUSION_TASKS: readonly DemoTask[] = [
  {
    source: 'conclusion',
    title: 'Triển khai các mục tiêu, nhiệm vụ, giải pháp phát triển kinh tế - xã hội và dự toán ngân sách năm 2024',
    description:
      'Tổ chức triển khai thực hiện tốt các mục tiêu, nhiệm vụ, giải pháp về phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2024 đã đề ra; các Chương trình hành động, kế hoạch của UBND tỉnh. Quyết liệt chỉ đạo triển khai thực hiện các nhiệm vụ từ ngày đầu, tháng đầu của năm; xử lý kịp thời các công việc trước, trong và sau Tết, đảm bảo tiến độ và hiệu quả; nghiêm túc thực hiện nhiệm vụ được giao, không để quá hạn, bỏ sót nhiệm vụ.',
    deadlineText: null,
    officeSets: NONE_STATED,
    leadCode: 'SKHDT',
    supportCodes: ['STC', 'CT'],
    isKey: true,
    dueDaysAfterSession: END_OF_2024,
    progress: [
      { percent: 5, note: 'Đã tổng hợp, theo dõi tình hình thực hiện các chỉ tiêu kinh tế - xã hội tháng 01/2024.' },
    ],
    expectedStatus: 'in_progress',
  },
  {
    source: 'conclusion',
    title: 'Đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2024, phấn đấu giải ngân 100% kế hoạch',
    description:
      'Đẩy nhanh tiến độ thực hiện và giải ngân vốn đầu tư công ngay từ đầu năm 2024, đặc biệt là các dự án trọng điểm và các chương trình MTQG; phấn đấu giải ngân 100% kế hoạch được giao.',
    deadlineText: null,
    officeSets: NONE_STATED,
    leadCode: 'SKHDT',
    supportCodes: ['STC', ...DISTRICT_CODES],
    isKey: true,
    dueDaysAfterSession: DISBURSEMENT_END,
    progress: [
      {
        percent: 5,
        note: 'Đã giao chi tiết kế hoạch vốn cho các chủ đầu tư; đang hoàn thiện thủ tục khởi công các dự án mới.',
      },
    ],
    expectedStatus: 'in_progress',
  },
  {
    source: 'conclusion',
    title: 'Bảo đảm đón Tết Nguyên đán Giáp Thìn 2024 lành mạnh, an toàn, tiết kiệm',
    description:
      'Triển khai thực hiện tốt các nhiệm vụ, biện pháp bảo đảm đón Tết Nguyên đán Giáp Thìn 2024 lành mạnh, an toàn, tiết kiệm theo đúng tinh thần Chỉ thị của Thủ tướng Chính phủ và Ban Bí thư.',
    deadlineText: null,
    officeSets: NONE_STATED,
    leadCode: 'SVHTTDL',
    supportCodes: ['CA', 'SCT', 'SYT', ...DISTRICT_CODES],
    isKey: true,
    dueDaysAfterSession: BEFORE_TET,
    progress: [
      {
        percent: 60,
        note: 'Đã ban hành văn bản hướng dẫn tổ chức các hoạt động mừng Đảng, mừng Xuân trên địa bàn tỉnh.',
      },
    ],
    expectedStatus: 'overdue',
  },
  {
    source: 'conclusion',
    title: 'Thăm, tặng quà Tết cho hộ nghèo, gia đình chính sách, người có công',
    description:
      'Chú trọng chăm lo Tết cho người dân, tổ chức thăm, tặng quà Tết, nhất là các hộ nghèo, gia đình chính sách, người có công theo kế hoạch đã ban hành.',
    deadlineText: null,
    officeSets: NONE_STATED,
    leadCode: 'SLDTBXH',
    supportCodes: ['STC', ...DISTRICT_CODES],
    isKey: true,
    dueDaysAfterSession: BEFORE_TET,
    progress: [{ percent: 60, note: 'Đã chuyển kinh phí quà Tết về các huyện, thành phố để tổ chức thăm, tặng quà.' }],
    completion: {
      note: 'Hoàn thành thăm, tặng quà Tết cho người có công với cách mạng, hộ nghèo và các đối tượng chính sách trên địa bàn tỉnh.',
      completedDaysAfterSession: BEFORE_TET,
    },
    expectedStatus: 'done_on_time',
  },
  {
    source: 'conclusion',
    title: 'Tổ chức Lễ phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” Xuân Giáp Thìn năm 2024',
    description:
      'Triển khai tốt Kế hoạch tổ chức Lễ phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” Xuân Giáp Thìn năm 2024 gắn với Chương trình trồng một tỷ cây xanh giai đoạn 2021 - 2025 trên địa bàn tỉnh Bắc Kạn.',
    deadlineText: null,
    officeSets: NONE_STATED,
    leadCode: 'SNNPTNT',
    supportCodes: ['SVHTTDL', ...DISTRICT_CODES],
    isKey: true,
    dueDaysAfterSession: TREE_PLANTING_DAY,
    progress: [{ percent: 70, note: 'Đã thống nhất địa điểm tổ chức Lễ phát động và chuẩn bị cây giống.' }],
    extension: {
      dueDaysAfterSession: TREE_PLANTING_DAY + 7,
      reason: 'Đề nghị lùi Lễ phát động một tuần để thống nhất thời gian với Thường trực Tỉnh ủy.',
    },
    expectedStatus: 'due_soon',
  },
  {
    source: 'conclusion',
    title: 'Tổ chức các hoạt động sự kiện mừng Xuân, vui chơi, đón Xuân phục vụ người dân dịp Tết',
    description:
      'Các đơn vị, địa phương tổ chức các hoạt động sự kiện mừng Xuân, hoạt động vui chơi, đón Xuân phục vụ người dân dịp Tết, đảm bảo vui tươi, lành mạnh, an toàn, tiết kiệm.',
    deadlineText: null,
    officeSets: NONE_STATED,
    leadCode: 'UBND-TPBK',
    supportCodes: ['SVHTTDL', 'CA'],
    isKey: true,
    dueDaysAfterSession: BEFORE_TET,
    progress: [{ percent: 50, note: 'Đã xây dựng chương trình bắn pháo hoa và các hoạt động đón giao thừa.' }],
    completion: {
      note: 'Đã tổ chức chương trình nghệ thuật, bắn pháo hoa đón giao thừa và các hoạt động vui chơi tại Quảng trường thành phố, bảo đảm an toàn.',
    },
    expectedStatus: 'done_late',
  },
];

/** The office's follow-up letter: invented for the demo (its summary says so), for what the seed cannot supply. */
export const DEMO_FOLLOW_UP_DOCUMENT = {
  kind: 'official_letter',
  number: '46/VPUBND-TH',
  issuer: 'Văn phòng UBND tỉnh Bắc Kạn',
  summary:
    'Về việc giao nhiệm vụ theo dõi, báo cáo sau Phiên họp thường kỳ UBND tỉnh tháng 01/2024 ' +
    '(văn bản giả định, lập cho dữ liệu mẫu)',
  issuedDaysAfterSession: 3,
} as const;

/** Invented for the demo: a standing task, a completion awaiting confirmation, a refused late extension request, a cancelled task. */
export const DEMO_FOLLOW_UP_TASKS: readonly DemoTask[] = [
  {
    source: 'follow_up',
    title: 'Theo dõi thời tiết, chỉ đạo phòng, chống đói, rét cho cây trồng, vật nuôi',
    description:
      'Thường xuyên theo dõi diễn biến thời tiết, chỉ đạo các địa phương triển khai biện pháp phòng, chống đói, rét cho cây trồng, vật nuôi trong mùa đông xuân.',
    deadlineText: 'thường xuyên',
    officeSets: { lead: false, deadline: false },
    leadCode: 'SNNPTNT',
    supportCodes: DISTRICT_CODES,
    isKey: false,
    dueDaysAfterSession: null,
    progress: [{ note: 'Đã ban hành văn bản hướng dẫn chống rét cho trâu, bò trong các đợt rét đậm, rét hại.' }],
    expectedStatus: 'standing',
  },
  {
    source: 'follow_up',
    title: 'Báo cáo kết quả bảo đảm khám, chữa bệnh, trực cấp cứu dịp Tết Nguyên đán Giáp Thìn 2024',
    description:
      'Báo cáo kết quả bảo đảm công tác khám, chữa bệnh, trực cấp cứu tại các cơ sở y tế trong dịp Tết Nguyên đán Giáp Thìn 2024, hoàn thành sau kỳ nghỉ Tết.',
    deadlineText: 'sau kỳ nghỉ Tết',
    officeSets: { lead: false, deadline: false },
    leadCode: 'SYT',
    supportCodes: [],
    isKey: false,
    dueDaysAfterSession: FOLLOW_UP_REPORT_AFTER_TET,
    progress: [{ percent: 50, note: 'Đã tổng hợp số liệu trực Tết của các bệnh viện tuyến tỉnh.' }],
    completion: {
      note: 'Đã gửi báo cáo kết quả trực Tết: các cơ sở y tế bảo đảm thuốc, trang thiết bị, không để người bệnh không được cấp cứu.',
      reportedByUnit: true,
    },
    expectedStatus: 'awaiting_confirmation',
  },
  {
    source: 'follow_up',
    title: 'Rà soát, báo cáo phương án phòng, chống rét cho học sinh bán trú',
    description:
      'Rà soát, báo cáo phương án phòng, chống rét cho học sinh bán trú trong các đợt rét đậm, rét hại; hoàn thành trước ngày 14/02/2024.',
    deadlineText: 'trước ngày 14/02/2024',
    officeSets: { lead: false, deadline: false },
    leadCode: 'SGDDT',
    supportCodes: DISTRICT_CODES,
    isKey: false,
    // The last day: the request arrives on it, late, and is refused.
    dueDaysAfterSession: 20,
    progress: [{ percent: 40, note: 'Đã chỉ đạo các trường điều chỉnh giờ học khi nhiệt độ xuống thấp.' }],
    extension: {
      dueDaysAfterSession: 27,
      requestedDaysAfterSession: 20,
      reason: 'Một số trường chưa bố trí đủ kinh phí mua chăn, áo ấm cho học sinh bán trú.',
      decision: {
        approve: false,
        note: 'Không đồng ý gia hạn: đề nghị gửi vào ngày cuối của thời hạn, trong khi đang có đợt rét đậm, rét hại; đề nghị Sở hoàn thành, báo cáo ngay.',
      },
    },
    expectedStatus: 'due_soon',
  },
  {
    source: 'follow_up',
    title: 'Tổ chức kiểm tra liên ngành thị trường, giá cả hàng hóa dịp Tết',
    description:
      'Tổ chức kiểm tra liên ngành về thị trường, giá cả, chất lượng hàng hóa trên địa bàn tỉnh dịp Tết Nguyên đán Giáp Thìn 2024.',
    deadlineText: 'trước Tết Nguyên đán',
    officeSets: { lead: false, deadline: false },
    leadCode: 'SCT',
    supportCodes: ['CA', 'SYT'],
    isKey: false,
    dueDaysAfterSession: BEFORE_TET - 1,
    progress: [],
    cancellation:
      'Nội dung đã được Ban Chỉ đạo 389 tỉnh tổ chức kiểm tra theo kế hoạch của Ban; dừng thực hiện để tránh trùng lặp.',
    expectedStatus: 'cancelled',
  },
];

/**
 * Invented for the demo: the monthly report, due before the 20th of each month,
 * on disbursement of the 2024 public investment plan. No end date: the demo's
 * dates are shifted, so a fixed one (31/01/2025) would already be past. The
 * seeder records `completion.note` as the report of every occurrence already
 * due when it runs, sent on its due date; the next occurrence stays open.
 */
export const DEMO_RECURRING_TASK: DemoRecurringTask = {
  source: 'follow_up',
  kind: 'recurring',
  recurrence: { every: 'month', day: 20, until: null },
  title: 'Báo cáo tình hình giải ngân vốn đầu tư công năm 2024 hằng tháng',
  description:
    'Báo cáo UBND tỉnh tình hình giải ngân vốn đầu tư công năm 2024, các dự án chậm giải ngân và đề xuất giải pháp; hằng tháng trước ngày 20.',
  deadlineText: 'hằng tháng trước ngày 20',
  officeSets: { lead: false, deadline: false },
  leadCode: 'SKHDT',
  supportCodes: ['STC'],
  isKey: false,
  progress: [],
  completion: {
    note: 'Đã gửi báo cáo tình hình giải ngân vốn đầu tư công trong tháng, kèm danh sách dự án chậm giải ngân và đề xuất giải pháp.',
  },
};

/** The demo tasks the seeder creates, conclusion first. */
export const DEMO_TASKS: readonly DemoTask[] = [...DEMO_CONCLUSION_TASKS, ...DEMO_FOLLOW_UP_TASKS];
