import type { IndicatorDto } from '../sessions/dto/report.dto';
import type { Attendance, AttendeeRole } from '../sessions/entities/session-attendee.entity';
import { DEMO_DEPARTMENTS } from './demo-departments';
import { SOURCE_TEXT } from './source-text';

/**
 * The January 2024 regular session of UBND tỉnh Bắc Kạn. Its date is shifted to
 * `heldDaysAgo` days before the seed runs (in APP_TIMEZONE), so that the
 * deadlines set at the session fall around "today" and the demo shows every
 * task status; the dates inside the text stay those of January 2024.
 */
export const DEMO_SESSION = {
  title: 'Phiên họp thường kỳ UBND tỉnh tháng 01/2024',
  kind: 'regular',
  location: 'Hội trường UBND tỉnh Bắc Kạn',
  chairedBy: 'Nguyễn Đăng Bình, Chủ tịch UBND tỉnh',
  status: 'concluded',
  heldDaysAgo: 20,
  heldAtLocalTime: '08:00',
  noticeNumber: '18/TB-UBND',
  /** The conclusion notice is issued this many days after the session. */
  noticeDaysAfterSession: 2,
  minutes: [
    SOURCE_TEXT.attendance,
    SOURCE_TEXT.economy,
    SOURCE_TEXT.agricultureInvestmentBudget,
    SOURCE_TEXT.industryAndTrade,
    SOURCE_TEXT.labourAndSocialAffairs,
    SOURCE_TEXT.health,
    SOURCE_TEXT.delegatesProposals,
  ].join('\n\n'),
  conclusion: [SOURCE_TEXT.conclusionPriorities, SOURCE_TEXT.conclusionDirectives].join('\n\n'),
} as const;

export interface DemoAttendee {
  fullName: string;
  position: string | null;
  organization: string;
  departmentCode: string | null;
  role: AttendeeRole;
  attendance: Attendance;
  delegateName?: string;
  note?: string;
}

const departmentName = (code: string) => DEMO_DEPARTMENTS.find((d) => d.code === code)!.name;

/**
 * The report names only the chair; the others are recorded by office, as the
 * report lists them ("lãnh đạo HĐND tỉnh, Ủy ban MTTQ Việt Nam tỉnh, lãnh đạo các
 * sở, ngành thành viên"). One head sends a delegate and one district is absent,
 * so that the demo shows those values.
 */
const leaderOf = (code: string, role: AttendeeRole, extra: Partial<DemoAttendee> = {}): DemoAttendee => ({
  fullName: `Lãnh đạo ${departmentName(code)}`,
  position: null,
  organization: departmentName(code),
  departmentCode: code,
  role,
  attendance: 'present',
  ...extra,
});

export const DEMO_ATTENDEES: readonly DemoAttendee[] = [
  {
    fullName: 'Nguyễn Đăng Bình',
    position: 'Chủ tịch UBND tỉnh',
    organization: 'UBND tỉnh Bắc Kạn',
    departmentCode: null,
    role: 'chair',
    attendance: 'present',
  },
  {
    fullName: 'Đại diện lãnh đạo HĐND tỉnh',
    position: null,
    organization: 'HĐND tỉnh Bắc Kạn',
    departmentCode: null,
    role: 'invited',
    attendance: 'present',
  },
  {
    fullName: 'Đại diện lãnh đạo Ủy ban MTTQ Việt Nam tỉnh',
    position: null,
    organization: 'Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn',
    departmentCode: null,
    role: 'invited',
    attendance: 'present',
  },
  ...DEMO_DEPARTMENTS.filter((d) => d.kind !== 'district').map((d) =>
    d.code === 'STNMT'
      ? leaderOf(d.code, 'member', {
          attendance: 'delegated',
          delegateName: 'Trưởng phòng Kế hoạch – Tài chính, Sở Tài nguyên và Môi trường',
          note: 'Lãnh đạo Sở đi công tác, cử đại diện dự họp',
        })
      : // Cục Thuế is a central agency in the province, not a member body of UBND tỉnh: it is invited.
        leaderOf(d.code, d.code === 'CT' ? 'invited' : 'member'),
  ),
  ...DEMO_DEPARTMENTS.filter((d) => d.kind === 'district').map((d) =>
    d.code === 'UBND-PN'
      ? leaderOf(d.code, 'invited', { attendance: 'absent', note: 'Vắng mặt có lý do' })
      : leaderOf(d.code, 'invited'),
  ),
  {
    fullName: 'Chuyên viên Phòng Tổng hợp',
    position: 'Chuyên viên',
    organization: 'Văn phòng UBND tỉnh',
    departmentCode: 'VP-UBND',
    role: 'secretary',
    attendance: 'present',
    note: 'Thư ký Phiên họp',
  },
];

export interface DemoReport {
  departmentCode: string;
  title: string;
  body: string;
  indicators: readonly Required<IndicatorDto>[];
}

/** The budget sentence of the general report, presented as the finance department's figure. */
export const BUDGET_REVENUE_SENTENCE =
  'Thu ngân sách nhà nước trên địa bàn tỉnh tính đến hết ngày 22/01 được 40 tỷ đồng…';

export const DEMO_REPORTS: readonly DemoReport[] = [
  {
    departmentCode: 'SKHDT',
    title: 'Báo cáo tình hình kinh tế - xã hội tháng 01/2024',
    body: [SOURCE_TEXT.economy, SOURCE_TEXT.agricultureInvestmentBudget].join('\n\n'),
    indicators: [
      {
        // The index relative to the previous month (100 = unchanged).
        name: 'Chỉ số sản xuất toàn ngành công nghiệp',
        value: 101.71,
        unit: '% so với tháng trước',
        changeFromPreviousPct: 1.71,
        changeFromLastYearPct: 25.1,
        planPct: null,
        changeKind: 'percent',
        estimate: false,
      },
      {
        name: 'Giá trị sản xuất công nghiệp',
        value: 194970,
        unit: 'triệu đồng',
        changeFromPreviousPct: 1.8,
        changeFromLastYearPct: 35,
        planPct: null,
        changeKind: 'percent',
        estimate: false,
      },
      {
        name: 'Tổng kim ngạch xuất, nhập khẩu',
        value: 1.908,
        unit: 'triệu USD',
        changeFromPreviousPct: null,
        changeFromLastYearPct: 15.82,
        planPct: null,
        changeKind: 'percent',
        estimate: false,
      },
      {
        name: 'Kế hoạch đầu tư công năm 2024 đã phân bổ chi tiết',
        value: 2157119,
        unit: 'triệu đồng',
        changeFromPreviousPct: null,
        changeFromLastYearPct: null,
        planPct: null,
        changeKind: 'percent',
        estimate: false,
      },
    ],
  },
  {
    departmentCode: 'STC',
    title: 'Báo cáo tình hình thu ngân sách nhà nước tháng 01/2024',
    body: BUDGET_REVENUE_SENTENCE,
    indicators: [
      {
        name: 'Thu ngân sách nhà nước trên địa bàn tỉnh đến hết ngày 22/01',
        value: 40,
        unit: 'tỷ đồng',
        changeFromPreviousPct: null,
        changeFromLastYearPct: null,
        planPct: null,
        changeKind: 'percent',
        estimate: false,
      },
    ],
  },
  {
    departmentCode: 'SCT',
    title: 'Báo cáo tình hình thị trường, cung ứng hàng hóa dịp Tết Nguyên đán Giáp Thìn 2024',
    body: SOURCE_TEXT.industryAndTrade,
    indicators: [
      {
        name: 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ',
        value: 887.968,
        unit: 'tỷ đồng',
        changeFromPreviousPct: 1.72,
        changeFromLastYearPct: 28.82,
        planPct: null,
        changeKind: 'percent',
        estimate: false,
      },
    ],
  },
  {
    departmentCode: 'SLDTBXH',
    title: 'Báo cáo công tác chăm lo Tết cho gia đình chính sách, người có công và đối tượng có hoàn cảnh khó khăn',
    body: SOURCE_TEXT.labourAndSocialAffairs,
    indicators: [],
  },
  {
    departmentCode: 'SYT',
    title: 'Báo cáo công tác chăm sóc sức khỏe Nhân dân dịp Tết Nguyên đán 2024',
    body: SOURCE_TEXT.health,
    indicators: [],
  },
];
