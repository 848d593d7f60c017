import { foldWithOffsets } from '../common/text/fold-vietnamese';
import { addDays, ExtractionCalendar, fallbackCalendar, isoDate } from './calendar-adapter';
import {
  coveredPeriod,
  findDeadlines,
  FROM_A_DAY_ON,
  FROM_DAY_OPENING,
  ParsedDeadline,
  Recurrence,
  sameDayAs,
  TaskKind,
} from './deadline-parser';
import { remembered } from './remembered';
import { leadCandidatesByTopic } from './topics';
import { DepartmentGroupKey, groupsOfAssignee } from '../departments/department-groups';
import {
  DepartmentRef,
  headsAsChiefs,
  Mention,
  MUST,
  PLACE_GOES_ON,
  PLACE_OPENING_PERIOD,
  UnitMatcher,
} from './unit-matcher';
import { lowerFirst, upperFirst } from '../common/text/letter-case';
import type { TableCell } from './pasted-table';
import { findStackedTaskTables, findTaskTables, TaskTable } from './task-table';

export interface DraftTask {
  title: string;
  description: string;
  leadDepartmentId: number | null;
  leadCandidates: Array<{ departmentId: number; name: string; score: number }>;
  supportDepartmentIds: number[];
  groupAssignees: string[];
  /** The groups of units the group assignees stand for (see GET /api/departments/groups). */
  groupKeys: DepartmentGroupKey[];
  kind: TaskKind;
  dueDate: string | null;
  workingDays: number | null;
  recurrence: Recurrence | null;
  leaderId: number | null;
  deadlineText: string | null;
  isKey: boolean;
  /** UTF-16 indices into the text as received, end exclusive. */
  sourceSpan: { start: number; end: number };
  confidence: number;
}

export interface ExtractOptions {
  departments: readonly DepartmentRef[];
  /** The date of the document or session (YYYY-MM-DD) that relative deadlines count from. */
  date: string;
  calendar?: ExtractionCalendar;
  /** Reuse across calls (the matcher is built from the department table). */
  matcher?: UnitMatcher;
}

/** A run of text: [start, end) in the original text. */
interface Piece {
  start: number;
  end: number;
  /** A generic clause joined to its directive: a deadline in it frames the work and is not the directive's. */
  timeFrameOnly?: boolean;
  /** "để sở …": the step of the department named before it, with its own date. */
  purpose?: boolean;
  /** "…, do Thanh tra tỉnh chủ trì tiến hành kiểm tra …": the work of the unit that chairs it. */
  chaired?: boolean;
  /** "Thời gian thực hiện trước ngày …" closing the letter: its date is also that of the same units' work before. */
  closingTime?: boolean;
}

interface Sentence extends Piece {
  paragraph: number;
  /** Starts with an enumeration mark ("1.", "a)", "-", "Một là"). */
  item: boolean;
  /** The kind and rank of that mark when it has one ("2." is the second of "N."): see ordinalMark. */
  ordinal?: { kind: string; rank: number };
  /** Ends with ":" — a preamble ("Chủ tịch UBND tỉnh yêu cầu:", "…, đó là:"). */
  preamble: boolean;
  /** Under a plan's "1. Mục đích" or "Mục tiêu" heading: an aim, not work. */
  aim?: boolean;
  /** Under a heading of results or of the situation ("I. KẾT QUẢ ĐẠT ĐƯỢC"): told, work only where an assigner gives it. */
  told?: boolean;
}

interface Assignees {
  lead: number | null;
  leadMentions: number[];
  support: number[];
  groups: string[];
  /**
   * Units named as leads that the table does not hold ("UBND thị xã Đông Hòa" in a text of another province, "Kho bạc
   * Nhà nước tỉnh"), as written: no id to give the draft, so the title keeps the name, and the same name twice is the
   * same assignee.
   */
  outside: string[];
  /**
   * Whether any unit or group was named where the lead stands. "Chủ trì, phối hợp với Sở Y tế …" names only a
   * cooperating unit: its lead is the unit the heading or the preamble names ("1. Sở Tài chính: - Chủ trì, …").
   */
  leadNamed: boolean;
  /** Where the action begins in the piece (after "Giao Sở X chủ trì, phối hợp với …"). */
  actionStart: number;
  explicit: boolean;
  /** Named after "giao", "yêu cầu" or "đề nghị": what follows is the work assigned, never a report. */
  cued: boolean;
}

interface Directive {
  pieces: Piece[];
  assignees: Assignees;
  /**
   * The units of the work before a cooperation clause ("…; phối hợp ngành Giao thông vận tải trong …; quản lý vận
   * chuyển …"): the duties after it are theirs, without the partners of that clause.
   */
  ownAssignees?: Assignees;
  deadline: ParsedDeadline | null;
  isKey: boolean;
  cue: boolean;
  /** A news lead that sums up the letter ("UBND tỉnh vừa có văn bản yêu cầu …"), in this paragraph. */
  summaryOf?: number;
  /** Opens with the document acted on ("Thực hiện Nghị quyết …, UBND tỉnh giao …"). */
  actsOnDocument?: boolean;
  /** Tells that a letter was issued and what it asks ("UBND tỉnh đã ban hành Công văn số … yêu cầu …"). */
  tellsLetter?: boolean;
  /** … naming the letter by its number ("có văn bản số 13080/UBND-VP yêu cầu …"). */
  numbersLetter?: boolean;
  /** Addresses a body the table does not know by its name ("… yêu cầu Ban An toàn giao thông tỉnh chủ trì …"). */
  namesBody?: boolean;
  /** Opens with "Theo đó, …": the items of the letter told before it. */
  itemsOfLetter?: boolean;
  /** The text's first line, a title that names no unit ("UBND tỉnh chỉ đạo tham mưu giải quyết …"). */
  headline?: boolean;
  /** The first sentence of a news item, after the paper's tag ("(TBTCO) - Lãnh đạo TP. Hà Nội yêu cầu các đơn vị …"). */
  newsLead?: boolean;
  /**
   * The units of the preamble in force where the work stands ("Chủ tịch UBND tỉnh yêu cầu các cấp, các ngành …:"),
   * not those of a later one ("a) Cục Thuế có trách nhiệm:").
   */
  preambleAssignees?: Assignees | null;
  /** The period its sentence or its list's preamble opens with (OPENING_PERIOD): its time when it gives none. */
  frame?: ParsedDeadline | null;
}

// "1.Sở Công Thương …": a page that drops the space after the number still numbers the item.
// "1.3 Trong trường hợp …": an item under an item, its number with no closing dot, before a capital (not "1.5 tỷ đồng").
const ENUMERATION =
  /^\s*(?:(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?(?=\s+\p{Lu})|\(?\d{1,2}[.)](?!\d)|\d{1,2}-(?=\s)|\(?[a-zđA-ZĐ]\)|[-+•*–—]|(?:[Mm]ột|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười) là[,:]?|[Tt]hứ (?:nhất|hai|ba|tư|năm|sáu|bảy)[,:]?(?:\s+là[,:]?)?)\s+|\d{1,2}\.(?=\p{Lu}))/u;
const ROMAN_HEADING = /^\s*[IVX]+\.\s/;
/** The mark of an item under a numbered one, at the start of its line: "a)", "(b)", "-", "+". */
const SUB_ITEM_MARK = /(?:^|\n)[ \t]*(?:\(?[a-zđ]\)|[-+•*–—])\s*$/iu;
/**
 * "I. KẾT QUẢ ĐẠT ĐƯỢC", "1. Tình hình thực hiện nhiệm vụ", "2. Tồn tại, hạn chế và nguyên nhân:", "1. Những công việc
 * đã thực hiện:": an account of what was done follows, up to the next heading of its level, not work (its number, if
 * any, and the words).
 */
const ACCOUNT_HEADING =
  /^\s*(?:([IVX]+\.|\d{1,2}(?:\.\d{1,2})*[.)])\s*)?(?:(?:những\s+|các\s+)?kết quả(?:\s+(?:đạt được|thực hiện|chủ yếu|nổi bật))?|(?:đánh giá\s+)?tình hình(?:\s+thực hiện)?|đánh giá\s+(?:kết quả|chung|tình hình)|(?:những\s+)?(?:tồn tại|hạn chế|khó khăn)(?:\s*,\s*|\s+và\s+)(?:hạn chế|tồn tại|vướng mắc|yếu kém)|nguyên nhân|(?:những\s+)?(?:công việc|việc|nhiệm vụ)\s+đã\s+(?:thực hiện|hoàn thành|triển khai|làm))(?![\p{L}\p{M}])[^.;]{0,80}$/iu;
/**
 * "1. Mục đích", "2.1. Mục tiêu cụ thể:", "Mục tiêu chung", "I. MỤC ĐÍCH, YÊU CẦU": a plan's aims and requirements
 * follow, not work.
 */
const AIMS_HEADING =
  /^\s*(?:(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVX]+\.)\s*)?(?:mục đích|mục tiêu)(?:\s*(?:,|và)\s*yêu cầu)?(?:\s+(?:chung|cụ thể))?\s*:?\s*$/iu;

/** Words that may stand between the assigner and the action: titles, roles, connectors. */
const CHAIN_WORDS = [
  'ket luan phien hop',
  'ket luan cuoc hop',
  'phat bieu ket luan',
  'theo do',
  'sau khi xem xet',
  'dong thoi',
  'ngoai ra',
  'chu tich ubnd tinh',
  'chu tich uy ban nhan dan tinh',
  'pho chu tich ubnd tinh',
  'chu tich',
  'pho chu tich',
  'ubnd tinh',
  'uy ban nhan dan tinh',
  'ubnd tp',
  'lanh dao tp',
  'lanh dao thanh pho',
  'lanh dao ubnd tinh',
  'ubnd',
  'dong chi',
  'tat ca',
  'giao trach nhiem cho',
  'giao trach nhiem',
  'giao nhiem vu cho',
  'giao nhiem vu',
  'giao cho',
  'giao',
  'yeu cau',
  'de nghi',
  // "Chủ tịch UBND tỉnh lưu ý (nhấn mạnh) các sở, ngành cần …": the chair's note to the units, an assignment.
  'luu y',
  'nhan manh',
  // "Giao Sở Tài chính tiếp tục chủ trì, phối hợp với …": the lead keeps its role; "đề nghị Sở Xây dựng khẩn trương chủ
  // trì, phối hợp với …", urged to.
  'tiep tuc chu tri',
  'khan truong chu tri',
  'chu tri',
  // "… có trách nhiệm chủ động (tăng cường) phối hợp với UBND các huyện …": the partners, however keenly named.
  'chu dong phoi hop voi',
  'tich cuc phoi hop voi',
  'tang cuong phoi hop voi',
  'khan truong phoi hop voi',
  'phoi hop chat che voi',
  'phoi hop chat che',
  'phoi hop voi',
  'phoi hop',
  'voi',
  'va',
  'cho',
  'cung',
  'giam doc',
  'thu truong',
  // "Do đó, người đứng đầu các địa phương cần …": the heads stand for their units, as "thủ trưởng".
  'nguoi dung dau',
  // "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh": the commander stands for the command.
  'chi huy truong',
  // "Cục trưởng Cục Quản lý thị trường tỉnh", "Chi cục trưởng Chi cục Thủy sản": the head of the body named after.
  'chi cuc truong',
  'cuc truong',
  // "Chánh Văn phòng UBND tỉnh", "Chánh Thanh tra tỉnh": the chief stands for the office or the inspectorate.
  'chanh',
  // "Bí thư, Chủ tịch UBND các xã, phường": the communes' party secretaries named with their chairs.
  'bi thu',
  // "yêu cầu người dân và UBND các xã ven biển …", "đề nghị Nhân dân và yêu cầu các sở, ban, ngành …": the people named
  // with the units asked (not "người dân các xã …", the communes' people).
  'nguoi dan va',
  'nhan dan va',
  // "tập thể lãnh đạo, cán bộ, công chức, viên chức, người lao động Sở X": the staff of X stand for X; "lực lượng công
  // an tỉnh": its forces.
  'tap the',
  'luc luong',
  'can bo',
  'cong chuc',
  'vien chuc',
  'nguoi lao dong',
  'truong',
  'lanh dao',
  'dai dien',
  // "Sở X được giao chủ trì …": the remit given to X, read as the words before "chủ trì"; "vừa được giao", "cũng được
  // giao" in the news.
  'vua duoc giao',
  'cung duoc giao',
  'vua duoc yeu cau',
  'cung duoc yeu cau',
  // "Sở Xây dựng được giao trách nhiệm hướng dẫn …", "Văn phòng UBND tỉnh cũng được giao nhiệm vụ chủ trì …": the duty
  // given, as "giao trách nhiệm", "giao nhiệm vụ".
  'duoc giao nhiem vu',
  'duoc giao trach nhiem',
  'duoc giao',
  // "Sở X được yêu cầu hoàn thành …", "các cơ sở khám, chữa bệnh được chỉ đạo tập trung cấp cứu …": the work asked of X,
  // in the passive.
  'duoc yeu cau',
  'duoc chi dao',
  'co trach nhiem',
  // "Sở X có nhiệm vụ tổng hợp …": the duty given to X, as "có trách nhiệm".
  'co nhiem vu',
  'chiu trach nhiem chinh',
  'chiu trach nhiem',
  'la co quan thuong truc',
  'co quan thuong truc',
  // "Giao Sở X là cơ quan chủ trì, phối hợp với …": the lead's role named, as "chủ trì".
  'la co quan chu tri',
  'la don vi chu tri',
  'la co quan dau moi',
  'la don vi dau moi',
  'la dau moi',
  // "Công an tỉnh là lực lượng nòng cốt, chủ trì …": the unit's role, then its lead.
  'la luc luong nong cot',
  'lam chu nhiem de an',
  'lam chu nhiem',
  'lam dau moi',
  // "… doanh nghiệp trên địa bàn đều tiến hành …": all of the units named.
  'deu',
  'tinh',
  'tp',
];
/**
 * After a unit, its remit's giver named: "(vừa) được (Chủ tịch) UBND tỉnh (thành phố, TP) giao (nhiệm vụ) ", then the work
 * or "chủ trì" (see its use). Not "đã được … giao", what was given before, nor "cũng được … giao làm cơ quan thường trực".
 */
const REMIT_GIVEN_BY =
  /^(?:(?:vua|cung)\s+)?duoc\s+(?:(?:pho\s+)?chu tich\s+)?(?:ubnd|uy ban nhan dan)(?:\s+(?:tinh|tp|thanh pho))?\s+giao\s+(?:nhiem vu\s+)?/;
/** The words of CHAIN_WORDS that name a unit's staff or forces ("cán bộ, công chức Sở X", "lực lượng công an tỉnh"). */
const STAFF_WORDS = new Set(['tap the', 'luc luong', 'can bo', 'cong chuc', 'vien chuc', 'nguoi lao dong']);
const STAFF_RUN =
  /^(?:(?:tap the|luc luong|can bo|cong chuc|vien chuc|nguoi lao dong|lanh dao)(?:\s*,\s*|\s+va\s+|\s+))+/;
const LEAD_CUES = new Set([
  'giao',
  'giao cho',
  'giao trach nhiem',
  'giao trach nhiem cho',
  'giao nhiem vu',
  'giao nhiem vu cho',
  'yeu cau',
  'de nghi',
]);
/** "phối hợp với" named keenly: the partners after it, or, opening a unit's work, how that unit works. */
const KEEN_COOPERATION = [
  'chu dong phoi hop voi',
  'tich cuc phoi hop voi',
  'tang cuong phoi hop voi',
  'khan truong phoi hop voi',
];
const SUPPORT_CUES = new Set([
  'phoi hop',
  'phoi hop voi',
  ...KEEN_COOPERATION,
  'phoi hop chat che voi',
  'phoi hop chat che',
  'voi',
  'cung',
]);
const LEAD_AFTER = new Set([
  'chu tri',
  'tiep tuc chu tri',
  'khan truong chu tri',
  'co trach nhiem',
  'co nhiem vu',
  'chiu trach nhiem',
  'chiu trach nhiem chinh',
  'la co quan thuong truc',
  'la co quan chu tri',
  'la don vi chu tri',
  'la co quan dau moi',
  'la don vi dau moi',
  'la dau moi',
  'lam chu nhiem',
  'lam chu nhiem de an',
  'lam dau moi',
]);

/**
 * Actions a directive starts with (after optional adverbs); not "tham dự" (to attend) nor "thậm chí" (even), whose
 * "thăm" (to visit) and "thậm" fold as "tham", while "rà soát dự án" is work. "thông báo đến/tới …" informs others (not the office's
 * closing "thông báo để …"); "Thông tin trên được công bố …" is the news itself, not "thông tin" to someone. "giao mặt
 * bằng / đất (cho …)" hands over a site, the work itself (not the assigner's "giao", see ASSIGN_GIAO). "Kéo dài thời
 * gian thực hiện / áp dụng …" extends the measures, not "… kéo dài thời gian giải quyết thủ tục" a clerk is blamed for.
 * "Quyết định phê duyệt (công nhận, thành lập …) …" is the unit deciding, not the decision ("Quyết định phê duyệt dự án
 * được ban hành ngày …", "… số 12/QĐ-UBND"). "Thi công" builds only before how or what it builds ("thi công đúng theo hồ sơ
 * được duyệt", "thi công gọn theo các đoạn"), not as the builders' trade ("Thi công công trình đạt 80%").
 */
const ACTIONS =
  /^(?:(?:tiep tuc|khan truong|quyet liet|kien quyet|tuyet doi|tich cuc|chu dong|nghiem tuc|nghiem khac|kip thoi|tap trung|can|phai|khan cap|thuong xuyen|sau sat|nhanh chong|som|dinh ky|tam thoi|deu|dong loat|truc tiep),?\s+)*(?:khong de (?:xay ra|phat sinh|tai dien|(?:nguoi|dan|nhan dan|phuong tien|tau|thuyen|xe|hoc sinh|tre em|dich|tinh trang|viec)\b(?![^.;]*\b(?:la (?:ket qua|quyet dinh|thanh tich)|da (?:chi dao|thuc hien|to chuc))\b))|khong cho (?=(?:nguoi|phuong tien|tau|thuyen|xe|hoc sinh)\b(?![^.;]*\b(?:la (?:ket qua|quyet dinh|thanh tich)|da (?:chi dao|thuc hien|to chuc))\b))|to chuc|trien khai|thuc hien|day nhanh|day manh|tang cuong|ra soat|hoan thanh|hoan tat|hoan thien|hoan chinh|xay dung|nghien cuu|de xuat|de ra|tham muu|bao cao|chi dao|chu trong|phan dau|bao dam|dam bao|kiem tra|huong dan|xu ly|giai quyet|theo doi|quan triet|tuyen truyen|phat huy|nang cao|nang chat|thi cong(?= (?:dung|gon|dam bao|theo|an toan|xong|hoan thanh|cac|ngay)\b)|chuan bi|cap nhat|lap|ban hanh|trinh|phoi hop|quan tam|tap trung|uu tien|khac phuc|thu hoi|don doc|giam sat|cham lo|tham|tang(?! truong\b)|duy tri|huy dong|cai thien|nam bat|lam tot|lam ro|chan chinh|siet chat|xem xet|tiep thu|sap xep|bo tri|phan cong(?! (?:cua|tai|nhiem vu cua)\b)|giai ngan|kien toan|van dong|phat dong(?= (?:dot|phong trao|chien dich|cuoc|thi dua|toan dan|nguoi dan|nhan dan)\b)|danh gia|tong hop|tong ket|so ket|tham gia|tham du(?= (?:day du|ky hop|hoi nghi|hoi thi|hoi thao|le|dai hoi|phien hop|cuoc hop)\b)(?![^.;]*\bco (?:dong chi|ong|ba|cac|dai dien|lanh dao)\b)|dieu chinh|thay doi|no luc|khan truong|tien hanh|su dung|rut kinh nghiem|bam sat|thong ke(?! (?:cua|cho thay|tu|nam|den|so bo|moi nhat|ban dau|chua day du)\b)|ho tro|tao dieu kien(?= thuan loi| cho| de)|thao go|gui|nop(?= (?:ho so|bao cao|ve|lai|day du|cho|tien phat)\b)|tiep nhan|cong khai|day nhanh|kiem soat|phong|chong|bao ve|quan ly|thong tin(?! (?:tren|nay|do|duoc|va (?:the thao|truyen thong|du lich))\b)|thong bao (?:den|toi|cho(?! biet\b)|kip thoi|rong rai|cong khai(?![^.;]{0,80}\b(?:da|vua)\s))|thong bao\s*(?:,|va)\s*(?:huong dan|tuyen truyen|pho bien|canh bao)|canh bao|cam(?= (?:tat ca|cac|moi|nguoi|phuong tien|tau|xe|hoat dong|to chuc|kinh doanh|buon ban|san xuat|dot|dua)\b)|thanh lap|cham dut|chinh ly|mua sam|van hanh|so tan|cung cap|ngan chan|ban giao|giao (?:mat bang|dat)|phe duyet|cap phat|chi tra|thanh toan|quyet toan|tam dung|dinh chi|cung co|sua chua|nao vet|gia co|lay mau|truy vet|thu gom|cam bien(?= (?:bao|cam|canh bao|chi dan|thong bao)\b)|khoanh vung(?!\s+(?:[a-z]+\s+){0,3}?(?:da|duoc|con|dang)\s)|cam moc(?!\s+(?:[a-z]+\s+){0,8}?(?:da|duoc|con|dang|la|tien do)\s)|rao chan(?![^.;]{0,60}\b(?:duoc|bi|da)\b)|keo dai thoi (?:gian|han) (?:thuc hien|ap dung|gian cach|cach ly|nop|tiep nhan|dang ky)|thu don|chang chong|cat tia|di doi|di dan|neo dau|bo sung|pho bien|tap huan|boi duong|nghiem cam|xac dinh|lua chon|thanh tra|dieu tra|phat hien|khao sat|do dac|van chuyen|bao quan(?! doi)|du tru|ung pho|ung cuu|cuu ho|tim kiem|keu goi|nhac nho|xu phat|truy thu|tra loi|giai dap|doi thoai|lay y kien|kiem ke|kiem dem|cap phep|xuc tien|quang ba|mo rong|nang cap|cai tao|chinh trang|don dep|khoi thong|cham soc|khu trung(?! tam)|tieu huy|giam dinh|niem yet|binh on|thay the|tam ung|phan bo|dieu chuyen|hoan tra|khoi phuc|kiem dinh|doi chieu|thu thap|han che|chiu trach nhiem|san sang|can doi|sua doi|long ghep|so hoa|bao duong|duy tu|ngan ngua|bao ton|ton tao|trung tu|boi thuong|giai phong mat bang|dang_ky(?![^.;]*\bcho\s+(?:hon\s+|gan\s+|tren\s+)?\d)|cuong che|nghiem thu|thanh ly|kiem diem|truc ban|tuan tra|truy quet|triet pha|chinh sua|tich hop|giai trinh|khuyen cao|phan loai|xet duyet|soan thao|thao do|phat quang|doi soat|ban phao hoa|tuyen dung|chap hanh(?= (?:nghiem|tot|dung|day du|che do|quy dinh)\b)|giu(?= (?:vung|gin|nghiem|thong tin|lien lac|on dinh|chat)\b)|co (?:phuong an|ke hoach|bien phap|giai phap)(?= [a-z])|dinh huong(?= (?:cac|cho|du luan|thong tin|bao chi|tuyen truyen)\b)|giao chi tieu|(?<=\bchu dong )cac (?:phuong an|bien phap|giai phap)|(?:dung|ngung)(?= (?:ngay )?(?:(?:cac|moi|toan bo|tat ca) )?(?:hoat dong|le hoi|su kien|hoi nghi|kinh doanh|cung cap|san xuat|don khach|tiep nhan)\b)|dong cua(?! (?:nha nuoc|nguoi dan|doanh nghiep|tinh)\b)|kien nghi(?= (?:(?:cap|co quan) co tham quyen|xu ly)\b)|du thao(?= (?:bao cao|van ban|ke hoach|quyet dinh|to trinh|cong van|thong bao)\b)|nhan rong|tu sua|lien he(?=\s*,| (?:voi|chat che|thuong xuyen|ngay|truc tiep|va)\b)|tap hop(?= (?:ho so|danh sach|so lieu|y kien|kien nghi|cac|day du))|dua (?:thong tin|tin)(?= [a-z])|dua(?= [^.;]{2,120}?\svao\s+(?:chuong trinh|ke hoach|noi dung|danh sach|su dung|hoat dong|van hanh|khai thac)\b)(?![^.;]*\b(?:la (?:ket qua|quyet dinh|thanh tich)|(?:da\s+)?(?:gop phan|mang lai)|da (?:chi dao|thuc hien|to chuc|giup|tao))\b)|dua (?:nguoi|dan|tau|thuyen|phuong tien|lao dong)(?= (?:len|vao|ve|ra|den|di)\b)|dung(?= (?:to chuc|hoat dong|thi cong)\b)|phan luong|giai toa|dieu tiet|dieu phoi|ung truc|chot chan|dang tai|phun(?= (?:thuoc|hoa chat|khu trung|tieu doc|diet|phong)\b)|tiem(?= (?:vac xin|vaccine|vacxin|phong|chung|bo sung|mui)\b)|quyet dinh(?= (?:phe duyet|cong nhan|thanh lap|cho phep|thu hoi|xu phat|dieu chinh|giao (?:dat|chi tieu|ke hoach))\b)(?![^.;]{0,120}\b(?:duoc|so \d|ngay \d|cua (?:ubnd|uy ban|chu tich|bo|thu tuong))))\b(?!(?<=\btham) (?:du|chi)\b)/;

/**
 * Words that report rather than assign; "Báo cáo (cũng) cho thấy …" and "Báo cáo của Sở Tài chính cho thấy …" tell
 * what a report shows; "Sở Công thương đang tiến hành …" what a unit is doing, "Sở Tài chính sẽ tham mưu …" what it
 * will do (unless an assigner's word gives it); "UBND huyện họp phiên thường kỳ tháng 11" the session held; "Tập trung
 * khoảng 1.000 người tham dự" the crowd a rally gathered; "Cục Thống kê tỉnh vừa thông báo …" what was just announced
 * (not "vừa … vừa …", both at once); "Thuế tỉnh … là đơn vị thu ngân sách đứng thứ 10/34 …" what a unit is; "Sở Tài
 * chính báo cáo hiện còn 26 tỷ đồng …" what a unit told; "Sở Tư pháp đăng ký khai sinh cho 2.350 trẻ em …" what it
 * registered, counted; "Sở Tài chính, sau khi rà soát, đã báo cáo …" what it did once it had checked.
 */
const REPORTING =
  /^(?:(?:sau khi|qua) [^,;.]{2,60},\s*(?=da |dang |vua ))?(?:dang |dang_ky(?=[^.;]*\bcho\s+(?:hon\s+|gan\s+|tren\s+)?\d)|se |bao cao,?\s+(?:hien(?: nay| con| da)?|da|tinh den|den nay|tu dau nam|luy ke)\s|hop (?:phien|giao ban|thuong ky|dinh ky)\b|tap trung (?:khoang |hon |tren |gan )?\d|cho biet|thua nhan|khang dinh|bao cao them|bao cao tom tat|bao cao tai|(?:bao cao|so lieu)(?: cua [^,.;:]{1,80}?)?(?: cung)? cho (?:thay|biet)|da |vua (?:thong bao|cong bo|ban hanh|ky|co|gui|hoan thanh)\b|duoc |co |nhan duoc|thong tin them|thong tin tu |phat bieu|trinh bay|cho hay|la (?:don vi|mot trong|dia phuong|nganh|co quan)(?! (?:duoc giao|duoc phan cong|chu tri|dau moi|thuong truc|co trach nhiem|phu trach)\b))/;
/** Work that is to have a thing ready: an opinion, a letter, a plan ("Sở Tư pháp có ý kiến đối với …"). */
const WORK_TO_HAVE =
  /^co (?:y kien|van ban|ke hoach|phuong an|giai phap|bien phap|bao cao|to trinh)\b(?! (?:cua|nay|do|tren|thi|so|nhanh)\b)/;
/** Of those, what a date alone makes work: an opinion or a letter (a plan, a report, a submission with a date is told). */
const OPINION_TO_HAVE = /^co (?:y kien|van ban)\b/;
/**
 * A letter's addressees and what it asks of them, read after its "gửi " (folded): "(UBND tỉnh vừa có công văn) gửi các sở,
 * ngành yêu cầu tập trung …" from any committee or its chair; "… gửi Sở Y tế đề nghị …" from the province's committee only
 * (a district's "đề nghị" to a department is a request, not work given), and never to another province's committee.
 */
const LETTER_ADDRESSEES = String.raw`(?!(?:ubnd|uy ban nhan dan)\s+(?:tinh|thanh pho)\b)(?:cac|ubnd|uy ban|so|thu truong|giam doc|chu tich|ban|cong an|thanh tra|van phong|cuc|chi cuc|kho bac|bo chi huy)\b[^.;:]{2,160}?`;
const LETTER_ASKING = String.raw`(?:(?<=\b(?:ubnd|uy ban nhan dan|chu tich)\b[^.;:]{0,160})${LETTER_ADDRESSEES}\byeu cau\s|(?<=\b(?:(?:chu tich\s+)?(?:ubnd|uy ban nhan dan)\s+tinh|chu tich tinh)\b[^.;:]{0,160})${LETTER_ADDRESSEES}\bde nghi\s)`;
/** "giao" after a letter sent with its request (see LETTER_ASKING): where the addressees the work is given to start. */
const LETTER_SENT_ASKING = String.raw`(?=g[ou]i)(?<=\b(?:cong van|van ban|cong dien)(?: (?:hoa toc|khan|thuong khan))? )g[ou]i\s(?=${LETTER_ASKING})`;

/**
 * Not work given. A letter sent is told, not assigned, unless an assigner gives it ("giao Sở X có văn bản gửi …") or it
 * asks work of those it is sent to (see LETTER_ASKING); a
 * petition ("kiến nghị") is not work, unless a unit is to advise on it ("tham mưu cho tỉnh kiến nghị với Bộ …") or to work on
 * it ("tổng hợp kiến nghị", "rà soát, xem xét kiến nghị"); what a thing shows ("thể hiện"), not "(tổng) thể hiện trạng";
 * the office passing on a leader's words ("truyền đạt / thông báo ý kiến …"), unless they give units work in the same
 * clause ("… truyền đạt ý kiến chỉ đạo của Phó Chủ tịch UBND thành phố giao Sở Xây dựng chủ trì …").
 */
/**
 * A leader by post and name ending "Dũng", before the assigner's verb (folded): "Chủ tịch UBND tỉnh Trần Văn Dũng ", "chủ
 * tịch UBND thị xã – Doãn Tiến Dũng ".
 */
const LEADER_NAMED_DUNG =
  /\b(?:chu tich|pho chu tich|ong|dong chi|giam doc|bi thu)(?:\s+thuong truc)?(?:\s+(?:ubnd|uy ban nhan dan))?(?:\s+(?:tinh|thanh pho|tp|huyen|thi xa))?(?:\s*[-–]?\s+[a-z]+){0,3}\s+dung\s+$/;
const NOT_DIRECTIVE = new RegExp(
  String.raw`(?:chi dao ve viec|de nghi ubnd tinh|de nghi uy ban nhan dan tinh|(?:yeu cau|de nghi) tinh (?:chi dao|xem xet|giai quyet)\b|(?<!(?:phan anh|y kien|to cao|khieu nai|giai quyet|xu ly|tra loi|tiep nhan|tiep thu|tong hop|ra soat|xem xet|nghien cuu|cac|va|hoac|nhung|noi dung|\d),? )(?<!\b(?:tham muu|de xuat)\b[^.;]{0,50})(?<!\b(?:giao|yeu cau)\s[^.;:]{2,160}\b(?:cu tri|kiem toan(?: nha nuoc)?)\s)kien nghi(?!,\s*de nghi\b| cua\b| (?:cap|co quan) co tham quyen\b| xu ly\b| lien quan\b)|(?<!\b(?:ban|chuyen) )giao \d|bao cao tai phien hop|\bthe hien\b(?! trang\b)|(?<!\b(?:giao|yeu cau|de nghi)\s[^.;:]{0,80})(?:\bco (?:van ban|cong van)(?: so [0-9a-z/.-]+)? gui\b|\bvua co (?:van ban|cong van) (?:hoa toc|khan) gui\b)(?!\s${LETTER_ASKING})|(?<!^thuc hien\b[^.;]{0,200})\b(?:truyen dat|thong bao) y kien\b(?!(?:(?!\bve viec\b)[^.;:]){0,150}?(?<!\bda\s)\b(?:giao|yeu cau)\s+(?:cho\s+)?(?:cac|ubnd|uy ban|so|cong an|thanh tra|chu tich|giam doc)\b)|\b(?:truyen dat|thong bao) y kien(?: chi dao)?(?: cua [^,.;]{0,60}?)?\s(?:den|toi)\s[^.;]{0,120}\bbiet\b)`,
);
/**
 * The province's request to those above it: "Đề nghị Bộ Giao thông vận tải xem xét, hỗ trợ …", "UBND tỉnh kính đề nghị
 * Thủ tướng Chính phủ …", "Đề nghị Thường trực HĐND tỉnh cho ý kiến": no work of its units (not "Bộ Chỉ huy Quân sự
 * tỉnh", "Bộ đội Biên phòng", the province's own forces).
 */
const REQUEST_UPWARD =
  /^(?:(?:chu tich\s+)?(?:ubnd|uy ban nhan dan)\s+tinh\s+)?(?:kinh\s+)?(?:de nghi|kien nghi)\s+(?:bo\s(?!chi huy|doi)|cac bo\b|chinh phu|thu tuong|quoc hoi|trung uong|ban thuong vu|thuong truc (?:tinh uy|thanh uy|huyen uy|thi uy|hdnd|hoi dong nhan dan)|tinh uy|hdnd tinh|hoi dong nhan dan tinh)/;
/** The result of the work, named (folded): "Kết quả (thực hiện, xử lý …)". */
const RESULT_NAMED = String.raw`ket qua(?: thuc hien| trien khai| xu ly| kiem tra| giai quyet)?`;
/** The result of the work to be reported (folded): "Kết quả (xử lý) (phải được) báo cáo …". */
const RESULT_REPORTED = String.raw`${RESULT_NAMED}(?: phai)?(?: duoc)?,? bao cao`;
/** A group's name without its committee's words ("UBND các huyện" is "các huyện"), folded. */
const groupName = (g: string) => foldWithOffsets(g).folded.replace(/^(?:ubnd|uy ban nhan dan)\s+/, '');
/** What a report found, told (folded): "Báo cáo của Sở X … cho thấy / cho biết / chỉ ra …". */
const REPORT_FINDINGS = String.raw`(?:cho thay|cho biet|chi ra)`;
/**
 * A report sent (folded): "Báo cáo (kết quả thực hiện) gửi …", "Báo cáo hoàn thành của các cơ quan, đơn vị gửi …"; not
 * what a report found, nor "… nêu rõ …" unless the report is to hold it and go by a date ("Báo cáo của Sở phải nêu rõ …,
 * gửi UBND tỉnh trước ngày …").
 */
/** A sentence that tells what a report found: "Báo cáo của Sở Tài chính gửi UBND tỉnh … nêu rõ / cho thấy, …". */
const REPORT_FOUND = new RegExp(
  String.raw`^(?:bao cao|ket qua)(?: [a-z]+){0,2} cua [^.;]{2,80}?(?<!\b(?:can|phai|se)\s)\b(?:neu ro|${REPORT_FINDINGS})\b`,
);
const REPORT_SENT = String.raw`(?:bao cao|ket qua)(?: (?:thuc hien|nhanh|day du|tong hop|hoan thanh))?(?: cua (?![^.;]*\b${REPORT_FINDINGS}\b)(?![^.;]*(?<!\b(?:phai|can|se)\s)\bneu ro\b(?![^.;]*\bgui\b[^.;]*\b(?:truoc|cham nhat)\b))[^.;]{2,60}?)? (?:yeu cau )?gui`;
/**
 * A sentence that goes on with the work before it: "Hoàn thành trước ngày …" dates it, "Báo cáo kết quả …" reports on
 * it; "Hoàn thành việc neo đậu tàu thuyền trước 8h ngày …" names work of its own.
 */
/**
 * The work before, reported on by a date in a sentence of its own (folded): "Toàn bộ nội dung công việc này báo cáo UBND
 * TP trước ngày 31/8.", "Các nội dung phải báo cáo, đề xuất UBND tỉnh … trước ngày 20-12."
 */
const CONTENTS_REPORTED = String.raw`(?:toan bo\s+)?(?:cac\s+)?noi dung(?: cong viec)?(?: (?:nay|tren|neu tren))?\s+(?:phai\s+|can\s+)?(?:duoc\s+)?bao cao\b(?=[^.;]*\b(?:truoc|cham nhat)\b)`;
/**
 * A time limit in a sentence of its own (folded): "Thời hạn hoàn thành (nội dung chỉ đạo này) trước ngày …", "Thời gian
 * thực hiện trước ngày …".
 */
const TIME_LIMIT_APART = new RegExp(
  String.raw`^(?:thoi (?:han|gian)(?: (?:hoan thanh|thuc hien))?(?: (?:noi dung chi dao nay|(?:cac|nhung) (?:noi dung|nhiem vu|viec) (?:tren|nay|neu tren)))?\s*:?\s*(?:hoan thanh\s+)?(?:truoc|cham nhat|trong)\b|${CONTENTS_REPORTED})[^.;]*[.;]?\s*$`,
);
const FOLLOW_UP = new RegExp(
  String.raw`^(?:${CONTENTS_REPORTED}|yeu cau hoan thien|yeu cau hoan thanh|hoan thanh(?! viec\s)|hoan thien|trinh|thoi han|han (?:chot|cuoi)\b|sau do|bao cao ket qua|${RESULT_REPORTED}|bao cao (?:ubnd|uy ban nhan dan)|bao cao chu tich|bao cao (?:[a-z]+ ){1,6}?(?:ve|cho|len) (?:so|ubnd|uy ban|chu tich|van phong)\b(?=[^.;]*\b(?:truoc|cham nhat)\b)|gui ket qua|trong do|trong qua trinh|${REPORT_SENT})`,
);
/**
 * "phối hợp Sở X, Sở Y (đồng) trình UBND tỉnh (trước ngày …)": the work's submission with partners of its own, and
 * nothing more (folded; not "… trình UBND tỉnh điều chỉnh quy hoạch", "… trình UBND tỉnh, đồng thời hướng dẫn …").
 */
const PARTNERS_SUBMIT =
  /^\s*phoi hop (?:voi )?[^;.]{2,120}?\s(?:dong )?trinh (?:ubnd|uy ban nhan dan|chu tich(?: ubnd)?)(?: (?:tinh|thanh pho))?\s*(?:(?:truoc|cham nhat(?: la)?|trong)(?:\s+(?:ngay|thang|quy|nam|gio|h|\d[\d/.h-]*|[ivx]+))+)?\s*[.;]?\s*$/;
/**
 * A paragraph of its own that sends the report on the work of the paragraph before ("Báo cáo gửi về … chậm nhất …",
 * "Báo cáo nhanh gửi trước 14h00 ngày …", "Báo cáo hoàn thành của các cơ quan, đơn vị gửi … trước ngày …").
 */
const REPORT_PARAGRAPH = new RegExp(
  String.raw`^(?:${REPORT_SENT}|${RESULT_REPORTED} (?:ve |cho |len )?(?:ubnd|uy ban nhan dan|chu tich)|bao cao ket qua(?: thuc hien)? (?:cho|ve|len) (?:ubnd|uy ban nhan dan|chu tich)|thoi han|han (?:chot|cuoi))\b`,
);
/**
 * A sentence about the work just given and its date: "Việc hoàn thành các kiến nghị … phải hoàn thành trước ngày …",
 * "Việc rà soát phải hoàn thành trước ngày …", "Kết quả thực hiện phải được hoàn thành trước ngày …", "Hoàn thành trước
 * Tết." on the line after the work.
 */
const TIME_OF_WORK =
  /^viec (?:hoan thanh|thuc hien|giai quyet|xu ly|tra loi)\b|^ket qua (?:ra soat|thuc hien|trien khai)\b(?![^.;]{0,160}?\bda\s+(?:duoc\s+)?gui\b)[^.;]{0,160}?\s(?:phai\s+)?(?:duoc\s+)?gui\s+(?:ve\s+)?[^.;]{2,60}?\s(?:truoc|cham nhat)\b|^ket qua(?: thuc hien)? phai (?:duoc\s+)?(?:hoan thanh|bao cao|gui)(?:\s+xong)?\s+(?:truoc|cham nhat|trong)\b|^viec\s(?:[a-z0-9]+,?\s){1,14}?(?:phai\s+)?(?:hoan thanh|xong)\s+(?:truoc|cham nhat|trong)\b|^(?:(?:de nghi|yeu cau)\s+)?(?:phai\s+)?(?:(?:khan truong|som|co gang|phan dau)\s+)?hoan thanh(?:\s+xong)?(?:\s*,?\s*(?:trinh|bao cao)\s+(?:ubnd|uy ban nhan dan|chu tich)(?:\s+(?:tinh|thanh pho))?)?\s+(?:truoc|cham nhat|trong|den)\b[^,;]{0,60}(?:,\s*(?:bao cao|trinh)\s[^,;]{0,60})?$/;
/**
 * "Chỉ thị của UBND tỉnh yêu cầu chậm nhất đến ngày 10.1 phải có báo cáo …": a sentence (the document asking, no
 * addressee) that only dates the report on the work told before it.
 */
const REPORT_DUE =
  /^(?:(?:cong van|van ban|chi thi|cong dien|thong bao)(?:\s+(?:nay|tren|cua [a-z ]{1,30}?))?\s+(?:cung\s+)?yeu cau\s+)?(?:cham nhat|truoc)\b(?:[^.;]|\.(?=\d))*?\bphai (?:co )?bao cao\b/;
/**
 * "Thời gian thực hiện trước ngày 18/3/2023.", "Thời gian báo cáo trước ngày …", "Thời gian thực hiện xong trước ngày …",
 * "Thời gian tặng quà phải hoàn thành trong ngày 1-9", "Thời gian thực hiện: thường xuyên": a sentence closing the
 * letter that dates the work told before it.
 */
const CLOSING_TIME =
  /^thoi gian(?: (?:thuc hien|hoan thanh|bao cao|gui bao cao))?(?: hoan thanh| xong)?\s*:?\s*(?:truoc|cham nhat|thuong xuyen|hang|dinh ky|trong|quy|thang|nam|ngay|\d)|^thoi gian\s(?:[a-z]+\s){1,6}?(?:phai\s+)?(?:hoan thanh|xong)\s+(?:truoc|cham nhat|trong)\b/;
/** Whether a folded sentence only dates the work told before it (TIME_OF_WORK, REPORT_DUE, CLOSING_TIME). */
function datesWorkBefore(folded: string): boolean {
  return TIME_OF_WORK.test(folded) || REPORT_DUE.test(folded) || CLOSING_TIME.test(folded);
}
/**
 * The target a sentence's opening purpose strives for, not yet closed by its comma (folded): "Để … phấn đấu đạt mục tiêu
 * giải ngân đến hết ngày …" (not "Để bảo đảm hoàn thành công tác bồi thường trước ngày …", the work's own date).
 */
const PURPOSE_BEFORE = /^\s*(?:[-+•*]\s*)?(?:de|nham)\s[^,;:]*\b(?:phan dau|ty le)\b[^,;:]*$/;
/** "… chỉ đạo của UBND tỉnh về đấu tranh chống hàng giả, …": the matter of a direction, up to the time in it. */
const MATTER_OF_DIRECTION = /(?<!\p{L})chỉ đạo(?:\s+của\s+[^,;.]{1,40}?)?\s+về\s[^;.]*$/iu;
/** "tình hình trước, trong và sau Tết": the period of the situation reported on. */
const REPORTED_PERIOD = /tình hình\s*$/i;
/**
 * "các nhiệm vụ … có thời hạn hoàn thành trong năm 2025", "các xã có khả năng đạt chuẩn nông thôn mới trong năm 2020":
 * the term of the things named, not the work's deadline.
 */
const DESCRIBED_TERM = /\bco (?:thoi han|thoi gian)(?: hoan thanh| thuc hien)?\s*$/;
/**
 * The projects of a period, named as such: "rà soát … các dự án triển khai (trong năm 2023)", "tham mưu danh mục đầu tư
 * công dự định triển khai (trong năm 2019)" (folded); not the goal of the work ("… để các dự án khởi công trong quý
 * II/2024").
 */
const PROJECTS_OF_PERIOD =
  /\b(?:(?:cac|nhung)\s+(?:du an|cong trinh|goi thau)(?:\s+[a-z]+){0,3}?\s+(?:trien khai|khoi cong(?: moi)?|phat sinh)|(?:danh muc|cac)\s+(?:du an|cong trinh)?(?:\s*[a-z]+){0,4}?\s+(?:du dinh|du kien)\s+(?:trien khai|khoi cong|thuc hien|dau tu))\s*$/;
/** What the things named can reach in a period: "các xã có khả năng đạt chuẩn nông thôn mới (trong năm 2020)". */
const CAPABLE_WITHIN = /\bco kha nang (?:dat|hoan thanh|ve dich)\b(?:(?!\bva\b)[^,;.]){0,60}$/;
/**
 * "… phân tích rõ những hạn chế để có giải pháp ứng phó hiệu quả với thiên tai trong năm 2022": a period at the end of
 * a purpose ("để …", "nhằm …", no comma between) frames the aim, not the work; unless the purpose is to submit, send,
 * compile, finish, start building or be recognised ("… hoàn thành các thủ tục để khởi công dự án trong tháng 9/2017";
 * "… để tổng hợp trước ngày 01/11/2021" is a date, not a period, anyway). "… tiến tới
 * hoàn thành kế hoạch 6 tháng cuối năm" is the aim the work heads for, whatever it is.
 */
const PURPOSE_TIME =
  /(?<!\p{L})(?:để|nhằm)\s(?![^;,]*?(?<!\p{L})(?:trình|gửi|báo cáo|tổng hợp|tham mưu|hoàn thành|hoàn thiện|kịp|bàn giao|đưa vào|phục vụ|sở|khởi công|được công nhận)(?!\p{L}))[^;,]*$|(?<!\p{L})tiến tới\s[^;,]*$/iu;
const PERIOD_TIME = /^(?:trong\s|năm\s|\d+\s+tháng\s+(?:đầu|cuối)\s+năm\b)/iu;
/** An action that only weighs the work (folded): "(cần) xác định nhiệm vụ chống hạn là nhiệm vụ hàng đầu …". */
const WORK_WEIGHED = /^(?:can |phai )?(?:xac dinh|coi)\s+(?!ro\b)[^;,.]{2,80}?\s+la\s+(?:mot\s+)?nhiem vu\b[^;,]*$/;
/** "Xác định đây là nhiệm vụ quan trọng trong năm 2023, …": the period the task is weighed in, not its deadline. */
const TASK_APPRAISED = /^\s*(?:xác định|coi|đánh giá)\s+(?:đây|đó|việc này|nhiệm vụ này)\s+là\s[^;,]*$/iu;
/**
 * "… bảo vệ rừng, nhất là những tháng cuối năm", "… đặc biệt là dịp trước, trong và sau Tết": the time the work is
 * stressed in, not its deadline (on the written text before the period).
 */
const STRESSED_TIME =
  /(?<!\p{L})(?:nhất là|đặc biệt là)(?:\s+(?:vào|trong))?\s+(?:(?:những|các)\s+)?(?:tháng|ngày|dịp|thời điểm|mùa|giai đoạn)(?:\s+cao điểm)?\s*$/iu;
/** The same before the season itself: "… nhất là dịp Tết Nguyên đán" (the period's words begin with "dịp"). */
const STRESSED_BEFORE = /(?<!\p{L})(?:nhất là|đặc biệt là)(?:\s+(?:vào|trong))?\s*$/iu;
/** "… nghiêm cấm tăng giá trong dịp cao điểm cuối năm": the season a rule holds in, not a date. */
const PEAK_SEASON = /(?<!\p{L})dịp cao điểm\s*$/iu;
/**
 * "Ngay sau khi tiếp nhận gạo, các địa phương phải hoàn thành … trong thời hạn 5 ngày": days counted from an event of
 * each case, not from the document (on the clause's written text; the period as written). Not this document received,
 * nor the meeting heard ("Sau khi nhận được văn bản này, …", "Sau khi nghe báo cáo, …"): counted from its date.
 */
const AFTER_EVENT =
  /^\s*(?:ngay\s+)?sau khi\s(?!(?:(?:tiếp\s+)?nhận được|nhận)\s+(?:văn bản|công văn|thông báo|kết luận|chỉ thị|quyết định|công điện)(?!\p{L})|nghe\s|(?:kết thúc\s+)?(?:cuộc họp|buổi làm việc|hội nghị|phiên họp)(?!\p{L}))/iu;
/**
 * "Rà soát các dự án dự kiến hoàn thành trong năm 2026 để …", "xử lý dứt điểm 220 vụ vi phạm phát sinh trong năm 2025
 * còn tồn tại trước ngày 30/10/2025": the date of the things meant, not of the work.
 */
const OBJECT_DATED =
  /(?<!\p{L})(?:(?:các|những)\s+(?:dự án|công trình|gói thầu|hạng mục)[^,;.]{0,60}?\sdự kiến\s+(?:hoàn thành|khởi công|đưa vào sử dụng)|(?:vi phạm|vụ việc|trường hợp|hồ sơ)\s+(?:phát sinh|xảy ra))\s+$/iu;
const COUNTED_PERIOD =
  /^(?:trong|không quá|chậm nhất|thời hạn)(?:\s+(?:vòng|thời hạn|thời gian|không quá))?\s+\d+\s+(?:ngày|tuần|tháng)(?!\s+(?:đầu|cuối))/iu;
/** "từ ngày 10/02 đến hết ngày …", "(từ ngày 30/4 đến hết 03/5/2020)": the start of a period, before its end. */
const RANGE_START = /(?:^|[\s(])từ (?:ngày )?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\s*$/i;
/** A sentence that points back at what was just assigned ("… nêu trên hoàn thành trong quý 3/2021"). */
const ANAPHORA = /\b(?:neu tren|noi tren|tren day|cac noi dung tren|cac nhiem vu tren)\b/;
const GENERIC_OBJECT =
  /^(?:(?:quyet liet|tap trung|khan truong|nghiem tuc|kip thoi|tich cuc|chu dong|tiep tuc|chi dao|trien khai|thuc hien|to chuc|tot|hoan thanh|day manh|xu ly|giai quyet|cac)\s+)*(?:(?:cac|mot so)\s+)?(?:nhiem vu|cong viec)(?:\s+(?:tu|duoc giao|da|dung)\b|\s*[;.,]\s*(?:khong|dam bao|bao dam|$)|\s*$)/;
const DEADLINE_LEFTOVER =
  /^(?:va\s+)?(?:hoan thanh|(?:thoi (?:gian|han)(?! (?:toi|qua)\b)|han (?:chot|cuoi))(?: [a-z0-9]+){0,8}?|(?:cac )?hoat dong(?: [a-z]+){0,3}? dien ra(?: (?:tai|tren dia ban)\b[a-z0-9 ,]*)?|xong|bao cao (?:ubnd|uy ban nhan dan) tinh|bao cao ket qua)?(?:\s*(?:va\s+)?(?:bao cao\s+(?:ket qua\s+)?(?:ve\s+)?(?:(?:chu tich\s+)?(?:ubnd|uy ban nhan dan)) tinh))?(?:\s*[:,.;/])*\s*$/;
// "Xét báo cáo đề xuất của UBND thị xã …; UBND tỉnh yêu cầu …": what the direction answers, before it.
const PREFACE =
  /^(?:can cu|thuc hien|tren co so|de |nham|theo |xet (?:bao cao|de nghi|de xuat|to trinh|van ban|kien nghi)\b)/;
/**
 * "Thực hiện Kết luận số …", "Thực hiện Công văn …", "Thực hiện Quy chế làm việc của UBND tỉnh …": the document acted on,
 * not work assigned; "Thực hiện nhiệm vụ "kép", …", "Thực hiện mục tiêu kép, …" likewise, the dual aim of the epidemic
 * years the sentence goes on from.
 */
const PREFACE_DOCUMENT =
  /^thuc hien\s+(?:cac\s+)?(?:ket luan|nghi quyet|chi thi|cong van|cong dien|van ban|thong bao|quyet dinh|ke hoach|y kien|chuong trinh|nghi dinh|thong tu|luat|quy che lam viec|(?:nhiem vu|muc tieu)\s+\W?kep\b)\b/;
/**
 * "giao" as the assigner's verb ("Giao Sở X …", "… giao cho …"), not a word it begins once folded: "giao thông", "Giáo
 * dục", "giáo trình", "giao dịch", "giao lưu", "giao nhận", "giao nộp", "giao thừa", "giao thương", "giao tiếp", "giao kết",
 * "giao đất", "giao rừng", "giao khoán" (not "giao Thường trực Ban …"); "giáo viên" where teachers follow
 * as teachers do ("… giáo viên cho các trường"), not "giao Viện Nghiên cứu …"; nor "(cuộc) họp giao ban", "buổi giao …";
 * nor goods or land handed over ("giao gạo cho UBND các huyện", "giao mặt bằng cho nhà đầu tư"), nor recruits ("tuyển quân,
 * giao quân năm 2025", "giao quân đạt 100% chỉ tiêu"); nor the end of "tôn giáo",
 * "tuyên giáo", "ngoại giao" ("… chức sắc tôn giáo tiêu biểu, các đơn vị lực lượng vũ trang …").
 */
const ASSIGN_GIAO = String.raw`giao(?! (?:thong|thuong(?! truc)|duc|dich|luu|nhan|nop|ket|tiep|thua|dat|rung|khoan|trinh|an|xu|hang|gao|luong thuc|mat bang|vat tu|con giong|thuoc|chi tieu|quan(?= (?:nam|dot|dat|dung|bao dam|dam bao|cho|tai|va|nhap ngu)\b|\s*[,.;]|$)|ban (?:cong tac|truc tuyen|tuan|thang|quy|dinh ky|thuong ky|giua|voi|sang|chieu|hang))\b)(?! vien(?= (?:va|cac|mam non|tieu hoc|trung hoc|thcs|thpt|day|chu nhiem|cho|tai|o|tieng|the duc|ngoai ngu|tin hoc|con|thieu|du|moi|duoc|dang|da|la|co|nghi|hop dong|bien che|tham gia|gioi|cot can|trong|ngay|tu|truoc|theo|dat|chua|tren|khi|hien|can|phai|nay|cua|ve|den|cap|nhu|theo)\b|\s*[,;.)]|$))(?<!\bmau\s+giao)(?<!\b(?:hop|buoi|cuoc|phien|hoi nghi|chu tri|ton|tuyen|ngoai)\s+giao)(?!(?<=\b(?:nhiem vu|viec|cong viec|chi tieu|muc tieu)\b[^,;.]{0,30}?\s(?:tinh|ubnd(?: tinh)?|uy ban nhan dan(?: tinh)?|cap tren|trung uong)\s+giao)(?!\s+(?:cho\s+)?(?:so|cac|ubnd|uy ban|ban|cong an|thanh tra|van phong|cuc|chi cuc|phong|trung tam|bo chi huy|kho bac)\b))`;
/**
 * Before "giao", the passive with the committee as its agent: "kế hoạch vốn được UBND tỉnh giao tại Quyết định số …",
 * "nhiệm vụ được Chủ tịch UBND tỉnh giao", "kế hoạch vốn được tỉnh Quảng Ngãi giao của năm 2022": what the units were
 * given before, which names no one new (not "… được HĐND
 * tỉnh thông qua giao Sở X …", where the committee's "giao" follows another passive).
 */
const GIVEN_BY = String.raw`(?<!\bduoc\s(?:(?:(?:dong chi\s)?(?:pho\s)?chu tich\s)?(?:ubnd|uy ban nhan dan)(?:\s[a-z]+){0,5}|(?:hdnd|hoi dong nhan dan)\s(?:tinh|huyen)|tinh(?:\s[a-z]+){0,3}|thu tuong(?:\schinh phu)?|chinh phu|trung uong|tinh uy|ban thuong vu(?:\stinh uy)?|cap (?:co )?tham quyen|cap tren|bo(?:\s[a-z]+){1,5})\s)`;
/**
 * The assigner named mid-sentence: "Qua kiểm tra …, Chủ tịch UBND tỉnh … đã chỉ đạo, giao …"; a leader's "đề nghị" too
 * ("Phó Chủ tịch UBND tỉnh đề nghị hoàn thành việc chi trả … trước ngày …"), but not to a ministry or the government,
 * nor the citizens' "đề nghị" told after the leader ("lãnh đạo tỉnh đã tiếp 12 lượt công dân, các công dân … đề nghị
 * bồi thường …").
 * "Ban Chỉ đạo 389 tỉnh" is a body the chair hears, not the chair's "chỉ đạo".
 */
const ASSIGNER_MID = new RegExp(
  String.raw`\b(?:(?:chu tich|pho chu tich|ubnd tinh|uy ban nhan dan tinh|ubnd (?:thanh pho|tp)|uy ban nhan dan thanh pho|lanh dao tinh|lanh dao thanh pho)\b[^;]*?\b(?<!\b(?:theo|dung|dap ung)(?: (?:y kien|su|cac))?\s)(?:(?<!\bban\s)chi dao|yeu cau|${ASSIGN_GIAO})|` +
    // "Tỉnh này cũng yêu cầu …": the province, as the news names it again.
    String.raw`^(?:tinh|thanh pho)(?: nay)?(?: cung)?(?: da)? (?:chi dao|yeu cau|${ASSIGN_GIAO})|(?:chu tich|pho chu tich|lanh dao tinh|lanh dao thanh pho)\b(?:(?!\b(?:cong dan|cu tri|nguoi dan|ho dan)\b)[^;])*?\bde nghi(?!\s+(?:bo|chinh phu|thu tuong|van phong chinh phu|trung uong|tong cuc|quoc hoi)\b))\b`,
);
/**
 * The chair's "nhấn mạnh" or "lưu ý" on the work to do, up to the work: "… nhấn mạnh (tới) việc …", "… nhấn mạnh cần
 * …", "… lưu ý, khi triển khai các dự án cần …", "… nhấn mạnh, nhiệm vụ trọng tâm hàng đầu trong tháng 3-2026 là …"
 * (the key task of the period named).
 */
const REMARK_ASKS =
  /\b(?:chu tich|pho chu tich|ubnd tinh|uy ban nhan dan tinh|lanh dao tinh|lanh dao thanh pho|dong chi)\b[^;.]{0,60}?\b(?:nhan manh|luu y)\s*,?\s*(?:(?:(?:toi|den)\s+)?viec\s+|(?:(?:khi|trong)\s[^;.]{2,80}?\s)?(?:can phai|can|phai)\s+|(?:cac\s+)?nhiem vu\s+(?:trong tam|trong diem|chu yeu|cap bach|hang dau)(?:\s+hang dau)?(?:\s+(?:trong|cua)\s[^;.,]{2,50}?)?\s+la\s+)/;
/**
 * The work of carrying out the letter itself: "thực hiện nghiêm chỉ đạo này", "triển khai thực hiện Công văn này", "nghiêm
 * túc triển khai thực hiện" with nothing after it, "(Trên đây là thông báo …, đề nghị …) thực hiện tốt nội dung trong
 * thông báo", "… thực hiện nghiêm chỉ đạo của UBND tỉnh", "khẩn trương triển khai thực hiện, nếu có khó khăn vướng mắc
 * phải kịp thời báo cáo …"; a decision's last article, "… căn cứ Quyết định thi hành", "… chịu trách nhiệm thi hành
 * Quyết định này".
 */
const CLOSING_FORMULA =
  /^(?:(?:nghiem tuc|khan truong|tich cuc|kip thoi)\s*,?\s+)*(?:(?:to chuc|trien khai),?\s+){0,2}thuc hien(?:\s+(?:nghiem tuc|nghiem chinh|nghiem|day du|co hieu qua|tot))?(?:\s+(?:theo\s+)?(?:cac\s+)?(?:chi dao|noi dung|van ban|cong van|thong bao|cong dien|chi thi|ke hoach)(?:\s+(?:nay|nau|de ra|(?:neu\s+)?tren)|\s+(?:trong|cua|tai)\s+(?:thong bao|van ban|cong van|ket luan|cong dien|chi thi)(?:\s+(?:nay|tren))?|\s+cua\s+(?:(?:chu tich\s+)?(?:ubnd|uy ban nhan dan)|chu tich)(?:\s+(?:tinh|thanh pho))?))?(?:\s*,\s*(?:trong qua trinh thuc hien\s*,?\s*)?neu co (?:kho khan|vuong mac)(?![^.;]*\b(?:truoc|cham nhat)\s+(?:ngay\s+)?\d)[^.;]*\bbao cao\b[^.;]*)?\s*[./;]*\s*$|^(?:can cu (?:quyet dinh|chi thi)(?: nay)? (?:thi hanh|thuc hien)|chiu trach nhiem thi hanh (?:quyet dinh|chi thi)(?: nay)?)\s*[./;]*\s*$/;
/** A letter's closing request (folded): "Đề nghị (các) đơn vị quan tâm thực hiện./.", "Đề nghị quý cơ quan phối hợp thực hiện." */
const LETTER_CLOSING =
  /^(?:de nghi|yeu cau|kinh de nghi)\s+(?:cac\s+)?(?:don vi|co quan|dia phuong|quy co quan|quy don vi)(?:\s*,\s*(?:don vi|dia phuong))*\s+(?:quan tam\s*,?\s*|phoi hop\s*,?\s*)?(?:to chuc\s+)?(?:thuc hien|trien khai thuc hien)\s*[./;]*\s*$/;
/**
 * The office's closing of a notice: "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.",
 * "… xin thông báo … để các cơ quan biết, thực hiện".
 */
const NOTICE_CLOSING = /^(?:xin\s+)?(?:thong bao|truyen dat)\b[^.;]*?\bde\b[^.;]*?\bbiet\b/;
/**
 * A letter's courteous closing to those it is sent to, addressed as "quý …" (folded): "Đề nghị quý Sở, ngành, địa
 * phương và cơ quan liên quan quan tâm phối hợp.", "Rất mong quý cơ quan phối hợp thực hiện./.".
 */
const COURTESY_CLOSING =
  /^(?:(?:kinh\s+)?de nghi|rat mong|mong)\s+(?:cac\s+)?quy\s+[^.;:]{2,100}?\s+(?:quan tam\s*,?\s*)?(?:phoi hop|giup do|tao dieu kien)(?:\s+(?:thuc hien|trien khai))?\s*[./;]*\s*$/;
/** Words that appraise what the assigner did: "hoan nghênh UBND tỉnh, đồng chí Chủ tịch … đã …". */
const APPRAISAL = /\b(?:hoan nghenh|cam on|danh gia cao|bieu duong)\b/;
/**
 * A clause whose deadline is the one for sending the report on the work before it ("…; gửi Sở Lao động - Thương binh
 * và Xã hội trước ngày 15/7/2024 để tổng hợp"). Also the work handed back to the assigner: "…; báo cáo, đề xuất UBND
 * tỉnh trước ngày …", "…; đề xuất UBND tỉnh …", "…; tham mưu UBND tỉnh trước ngày …" (not "… trước ngày … ban hành …", advice
 * of its own); "…; gửi UBND tỉnh (qua Sở X) báo cáo
 * kết quả trước ngày …" (not a report of progress, work of its own).
 */
const REPORT_SENDING =
  /\b(?:gui (?:ho so, |ho so va )?(?:bao cao|ket qua|ho so)|gui (?:cho )?(?:so|van phong|ban dan toc)\s|bao cao\b[^;]{0,80}?\bgui (?:ve |cho |len )?(?:ubnd|uy ban nhan dan|chu tich)|bao cao (?:ket qua )?(?:ve |cho |voi )?(?:ubnd|uy ban nhan dan|chu tich|van phong)|bao cao ket qua\b[^;]{0,80}?\b(?:ve|cho|voi|len) (?:ubnd|uy ban nhan dan|chu tich)|gui (?:ve |cho )?(?:ubnd|uy ban nhan dan|chu tich)(?: (?:ubnd |uy ban nhan dan )?(?:tinh|thanh pho))?(?: \((?:thong )?qua [^()]{2,80}\))? bao cao ket qua|bao cao so [a-z& -]{2,60}? ket qua(?: thuc hien)?\b|bao cao (?:ket qua )?(?:ve |cho )?so [^,;]{2,60}?(?=\s+(?:(?:to chuc|de)\s+)?(?:tham dinh|tong hop|theo doi|xem xet)\b)|gui ve|(?:tham muu va )?trinh (?:ubnd|uy ban nhan dan|chu tich)|(?:(?:bao cao|tham muu|kien nghi),\s*)*de xuat (?:ubnd|uy ban nhan dan|chu tich)|tham muu (?:ubnd|uy ban nhan dan|chu tich(?: ubnd)?)(?: (?:tinh|thanh pho))?(?=\s*(?:(?:truoc|cham nhat|trong)(?:\s+(?:ngay|thang|quy|nam|gio|h|\d[\d/.h-]*|[ivx]+(?:\/\d{4})?))+)?\s*(?:[.;]|$)))\b/;
/**
 * A clause that reports or sends at once ("…; tổng hợp, báo cáo UBND tỉnh …", "…; gửi Sở X …"), not own work that ends
 * by submitting it ("…; xây dựng kế hoạch phòng ngừa sự cố môi trường …, trình UBND tỉnh xem xét, phê duyệt").
 */
function reportsAtOnce(folded: string): boolean {
  const sent = REPORT_SENDING.exec(folded);
  return sent !== null && sent.index <= 40;
}
/** The assigner named after a comma, right before its verb: "…, Chủ tịch UBND tỉnh Nguyễn Hương Giang " (then "đề nghị"). */
const ASSIGNER_AFTER_COMMA =
  /,\s*(?:dong chi\s+)?(?:chu tich|pho chu tich|ubnd tinh|uy ban nhan dan tinh|lanh dao tinh)\b[^,;.]{0,40}$/;
/** The results of the work reported to a unit: "… báo cáo kết quả thực hiện về Sở Tài nguyên và Môi trường …". */
const RESULTS_REPORTED = /\bbao cao ket qua thuc hien (?:ve|cho|len)\s/;
/**
 * An opening subordinate clause before the subject: "Trên cơ sở …, Sở X chủ trì …", "Sau khi …, các cơ quan …", "Sau
 * thời hạn nêu trên, Sở X chủ trì …",
 * "Theo chỉ đạo (yêu cầu) của UBND tỉnh, Sở X được giao chủ trì …", "Theo phân cấp, ủy quyền, Sở X chủ trì …"; "Qua đó, Sở Y tế
 * đề xuất …", "Qua kiểm tra, Sở Y tế chấn chỉnh …"; the matter set apart first: "Riêng công tác di dời hạ tầng
 * điện, Sở Công thương phải phối hợp …"; "Về các nội dung chuyên môn, Sở Nội vụ tham mưu …", "Trong công tác chuẩn bị,
 * …" likewise (not "Về nhiệm vụ năm 2019, Sở GTVT tiếp tục …", a unit's own plan told); the end of a round: "Kết thúc đợt
 * cao điểm, Công an tỉnh tổng hợp …", "Sau đợt kiểm tra, …", "Hết thời gian …, …".
 */
const LEADING_CLAUSE =
  /^(?:tren co so|can cu|(?:ngay\s+)?sau khi|truoc khi|ket thuc\s|het (?:thoi gian|thoi han|dot|dip)\b|sau (?:dot|dip|cuoc|buoi)\s|(?:ngay )?sau (?:do|thoi han|thoi gian)\b|tiep do\b|truoc mat\b|thuc hien (?:nhiem vu|chi dao|y kien chi dao|ke hoach|quyet dinh|cong van|van ban|thong bao|ket luan|chi thi|nghi quyet|quy che)\b|de |nham |ngoai viec |(?:trong )?truong hop |neu |khi (?!nhan duoc (?:van ban|cong van|cong dien|ke hoach|chi thi|thong bao|ket luan)(?: nay)?\s*,)(?=[^,;.]{2,120},\s*(?:cac\s+)?(?:ubnd|uy ban|so|cong an|ban|thanh tra|chu tich)(?:\s|,))|tai (?:quan|huyen|thi xa|thanh pho|xa|phuong|cong trinh|du an|khu vuc|dia ban) |tiep thu (?:cac |day du )?(?:y kien|gop y)\b|rieng (?:cong tac|viec|(?:doi voi )?(?:du an|cong trinh|goi thau|noi dung|khu vuc|linh vuc)\b[^,;]{2,100},)|qua (?:do|kiem tra|ra soat|khao sat|lam viec)\s*,|(?:cung )?theo (?:quyet dinh|ke hoach|chi thi|cong van|van ban|nghi quyet|thong bao|ket luan|(?:y kien )?chi dao|yeu cau cua|phan cap|uy quyen|chuc nang|tham quyen)\b|doi voi |ve (?!(?:cac\s+)?(?:nhiem vu|ke hoach|phuong huong|muc tieu)\b[^,;]{0,30}\b(?:nam|thang|quy)\b)|trong cong tac )/;
/**
 * A class of bodies as the subject, then its duty: "Các cửa hàng bán lẻ xăng dầu phải …", "Những đơn vị … có trách nhiệm …",
 * or the work it was given, in the passive: "Các cơ sở khám, chữa bệnh được chỉ đạo tập trung cấp cứu …".
 */
const DUTY_OF_CLASS =
  /^(?:tat ca\s+)?(?:cac|nhung)\s+(?:[a-z]+,?\s+){1,12}?(?:phai|can phai|bat buoc phai|co trach nhiem|duoc (?:chi dao|yeu cau|de nghi|giao(?: nhiem vu)?))\s+/;
/** A local unit the table does not know as the subject: "(Riêng) UBND huyện Khánh Sơn khẩn trương …". */
const LOCAL_UNIT =
  /^(?:rieng\s+)?(?:ubnd|uy ban nhan dan)\s+(?:huyen|quan|thi xa|thanh pho|tp\.?|xa|phuong|thi tran)\s+/;
/** After the local unit, its place's name (up to three words) and a mark of time: "… Chư Pưh vừa tổ chức …". */
const TIME_MARK = String.raw`(?:da|vua|dang|se)\s`;
const LOCAL_UNIT_TELLS = new RegExp(String.raw`^(?:[a-z]+\s+){0,3}?${TIME_MARK}`);
/** The same right after the place's name, read as written (see localUnitTells). */
const TELLS_AFTER_NAME = new RegExp(`^${TIME_MARK}`);
/** A sentence opening with the day its units hold to the work from (folded): "(Theo đó,) từ ngày 01/6/2024, …". */
const SINCE_A_DAY = new RegExp(String.raw`^(?:theo do,?\s+)?${FROM_DAY_OPENING}\s*,\s*[a-z]`);
/**
 * After the local unit, the regular meeting it held, a headline ("UBND huyện Đô Lương tổ chức hội nghị thường kỳ tháng
 * 4"), unless dated as work (not "… tổ chức họp dân", "… tổ chức hội nghị đối thoại", work given).
 */
const LOCAL_MEETING_HEADLINE =
  /^(?:[a-z]+\s+){0,3}?to chuc (?:hoi nghi|phien hop|cuoc hop|hop)\s+(?:thuong ky|thuong le|giao ban|dinh ky|tong ket|so ket|danh gia)\b(?![^.;]*\b(?:truoc|cham nhat|trong thang|trong quy|vao ngay)\b)/;
/** A project board the table does not know as the subject: "Ban QLDA đầu tư xây dựng các công trình … khẩn trương …". */
const BOARD_UNIT =
  /^(?:rieng\s+)?(?:giam doc\s+)?(?:ban\s+(?:qlda|quan ly (?:cac )?du an)|bql\s*da)\s+(?:dau tu (?:va )?xay dung\s+)?/;
/**
 * A department the table does not know, by the head of its name (folded "sở" is also "số": the name must follow):
 * "Sở Ngoại vụ", "Sở Du lịch", and those formed in 2025 ("Sở Nông nghiệp và Môi trường", "Sở Dân tộc và Tôn giáo").
 */
const OTHER_DEPARTMENT = String.raw`so\s+(?:noi vu|tu phap|ke hoach|tai chinh|cong thuong|nong nghiep|giao thong|xay dung|tai nguyen|thong tin|lao dong|van hoa|du lich|khoa hoc|giao duc|y te|ngoai vu|dan toc|quy hoach|the thao|[a-z]{1,3}(?:&|-)[a-z]{1,4}(?:&[a-z]{1,3})?(?![a-z&]))\b`;
/** Other bodies the table does not know, whose names would read as other words alone ("đội" / "đối", "hạt" / "hát"). */
const OTHER_BODY = String.raw`van phong|phong (?:kinh te|van hoa|tai chinh|noi vu|tu phap|giao duc|y te|tai nguyen|nong nghiep|lao dong|quan ly do thi|ha tang|dan toc|thong ke)|hat kiem lam|doi (?:quan ly|canh sat|kiem tra|thanh tra|thue|kiem lam|cong tac|xung kich)|cong an (?:huyen|quan|thi xa|thanh pho|tp|xa|phuong|cac)|canh sat|toa an|vuon quoc gia|khu (?:di tich|du lich|bao ton|kinh te)`;
/**
 * A body the table does not know, addressed by the assigner: "UBND tỉnh giao Ban Quản lý Khu kinh tế tỉnh thông báo
 * cho …", "… chỉ đạo Công ty Điện lực … có trách nhiệm …".
 */
const OUTSIDE_BODY_HEAD = String.raw`(?:thu truong |giam doc |lanh dao |chi huy truong |thuong truc )?(?:${OTHER_DEPARTMENT}|${OTHER_BODY}|ban|trung tam|chi nhanh|tap doan|tong cong ty|cong ty|hop tac xa|htx|bo chi huy|dai|bao|hoi|hiep hoi|lien minh|chi cuc|cuc|kho bac|ngan hang|bao hiem xa hoi|dien luc|uy ban (?:mat tran|mttq)|tinh doan|lien doan|vien|benh vien|quy)`;
const OUTSIDE_BODY = new RegExp(String.raw`^${OUTSIDE_BODY_HEAD}\s`);
/**
 * Such a body listed between units, up to the comma, ";" or "và" before the next ("Cục Quản lý thị trường, " in "Giao
 * Sở NN và PTNT, Cục Quản lý thị trường, Công an tỉnh, UBND các huyện …"): group 1 its name.
 */
const LISTED_BODY = new RegExp(String.raw`^(${OUTSIDE_BODY_HEAD}\s[^,;.:()]{2,60}?)(?:\s*[,;]\s*|\s+va\s+)$`);
/**
 * Such a body named alone ("Bảo hiểm xã hội tỉnh", "Ban Quản lý khu kinh tế tỉnh", "Trung tâm Văn hóa - Thông tin và
 * Thể thao").
 */
const BODY_ALONE = new RegExp(String.raw`^${OUTSIDE_BODY_HEAD}(?:\s+(?:[-–]\s+)?[a-z&]+){0,8}$`);
/** Such bodies listed after ";" or "," (their names may hold verbs: "Ban Quản lý …"). */
const LISTED_BODIES = new RegExp(String.raw`(?:^|[;,])\s*${OUTSIDE_BODY_HEAD}(?:\s+[a-z&]+){1,6}\s*(?=[;,]|$)`, 'g');
/**
 * A body the table does not know opening a sentence as its subject (see OUTSIDE_BODY), not the words that begin as one
 * ("Báo cáo …", "Ban hành …", "Đại diện …", "Hội nghị …", "Quý I …", "Viên chức …").
 */
const SUBJECT_BODY = new RegExp(
  String.raw`^(?:thu truong |giam doc |lanh dao |chi huy truong )?(?:${OTHER_DEPARTMENT}|${OTHER_BODY}|ban(?! hanh| chi dao\b)|trung tam|chi nhanh|tong cong ty|cong ty|hop tac xa|htx|bo chi huy|dai(?! (?:bieu|hoi|dien|hoc|tra))|bao(?! (?:cao|dam|ve|hiem y te|gia|chi|quan))|hoi(?! (?:nghi|thao|cho|dong nhan dan))|hiep hoi|lien minh|chi cuc|cuc|kho bac|ngan hang|bao hiem xa hoi|dien luc|uy ban (?:mat tran|mttq)|tinh doan|lien doan|vien(?! chuc)|benh vien|(?:cac\s+)?truong(?=\s+(?:hoc|mam non|tieu hoc|trung hoc|thcs|thpt|dai hoc|cao dang|trung cap|chinh tri)\b)|cac\s+truong(?!\s+hop\b)|(?:cac\s+)?nha thau|(?:cac\s+)?don vi thi cong|(?:cac\s+)?chu dau tu|(?:to truong\s+)?to cong tac)\s`,
);
/** Its work: an action, "thông báo cho …" (not the office's closing "thông báo để …") or "có trách nhiệm …". */
const OUTSIDE_BODY_WORK = /^(?:co trach nhiem|chiu trach nhiem|thong bao cho)\s/;
/** A purpose clause that gives a department its own step and date: "… trước ngày 28-10 để sở thẩm định, trình … trước ngày 10-11". */
const PURPOSE_STEP = /\s+de\s+(?=so\b)/g;
/**
 * A clause that tells a result ("… đã hoàn thành …", "… đạt 42,5% kế hoạch", "… thấp hơn …", "… còn chậm") or states
 * what a thing is ("Thời gian gửi báo cáo đúng hạn là tiêu chí đánh giá …"), read on the
 * written text: folded, "đạt" is "đất" and "đã" is "đa". Not a target ("phấn đấu đạt …", "phải đạt …").
 */
const RESULT_TOLD =
  /(?<![\p{L}\p{M}])(?<!(?:phải|phấn đấu|đảm bảo|bảo đảm|để|nhằm|sẽ|cần|mới|nhất)\s)(?:đã|đạt|là|thấp hơn|cao hơn|còn (?:chậm|thấp|hạn chế)|(?:hiện|đang) chậm)(?![\p{L}\p{M}])/iu;
/** "phối hợp (chặt chẽ) với …" before the units cooperated with, on the written text. */
const COOPERATION_NAMED = /(?<![\p{L}\p{M}])phối hợp(?:\s+chặt chẽ)?(?:\s+với)?\s/iu;
/** How units cooperate, not whom with (folded): "tốt", "chặt chẽ, đồng bộ", "thật tốt hơn nữa", "với nhau". */
const COOPERATION_MANNER =
  /^(?:(?:that|rat|cang|hon nua)\s+)?(?:tot|chat che|dong bo|nhip nhang|hieu qua|thuong xuyen|kip thoi|voi nhau|cung nhau|tich cuc|nghiem tuc)(?:\s*(?:,|va)\s*(?:tot|chat che|dong bo|nhip nhang|hieu qua|kip thoi|thuong xuyen))*(?:\s+hon)?(?:\s+nua)?$/;
/** What the cooperation is in: "trong công tác …", "trong việc …", "về việc …", "trong quản lý …" (folded). */
const WORK_AREA_OPENING = /^\s*(?:trong|ve|tai)\s+(?:cong tac|viec|qua trinh|quan ly|thuc hien|trien khai)\b/;
/** A field of an activity in a plan, by its label (folded): its lead, its cooperating units, its time. */
const ACTIVITY_FIELD =
  /^(?:(?:don vi|co quan|cac don vi|cac co quan)\s+)?(chu tri|phoi hop|thuc hien)\s*:\s*|^(thoi gian|thoi han)(?:\s+(?:thuc hien|hoan thanh|to chuc|trien khai))?\s*:\s*|^(dia diem|quy mo|thanh phan|hinh thuc|noi dung|kinh phi)(?:\s+(?:to chuc|thuc hien|tham du|tham gia))?\s*:\s*/;
/** "… phối hợp (thực hiện)" closing a clause, the units before it cooperating (see cooperatorsNamedAfter). */
/** An action that is only cooperation, with no work named: "phối hợp (thực hiện)." (folded). */
const COOPERATION_ONLY = /^(?:cung\s+)?phoi hop(?:\s+(?:thuc hien|trien khai(?:\s+thuc hien)?))?\s*[.;]?\s*$/;
const COOPERATE_AFTER_WORK =
  /\s(?:cung\s+)?phoi hop(?:\s+(?:thuc hien|trien khai(?:\s+thuc hien)?))?\s*\)?(?=\s*(?:[.;,]|$))/g;
/** A verb whose objects are units: "Sở X đôn đốc các sở, ngành liên quan; UBND các huyện …" lists more of them. */
const UNITS_AS_OBJECT = /^(?:don doc|chi dao|huong dan|yeu cau|nhac nho)\s/;
/** The words that open a remit (folded): "căn cứ (theo)", "theo", "trong phạm vi", "tùy vào / tùy theo". */
const REMIT_WORDS = String.raw`(?:can cu(?: theo| vao)?|theo|trong pham vi|tuy (?:vao|theo)|tren co so)`;
/**
 * Between the units and their action: "… căn cứ chức năng, nhiệm vụ được giao và nội dung kế hoạch này xây dựng …", "…
 * căn cứ theo chức năng, nhiệm vụ được giao khẩn trương …", "… theo phạm vi quản lý triển khai …".
 */
const REMIT = new RegExp(String.raw`^${REMIT_WORDS}\s+(?:chuc nang|nhiem vu|tham quyen|pham vi(?= quan ly\b))\b`);
/** The remit alone as an opening clause, to its comma: "Theo chức năng, nhiệm vụ được giao, " (folded). */
const REMIT_OPENING = new RegExp(
  String.raw`^${REMIT_WORDS}\s+(?:chuc nang|nhiem vu|tham quyen|phan cap)(?:(?:\s*,\s*|\s+va\s+|\s+)(?:chuc nang|nhiem vu|quyen han|tham quyen|phan cap|uy quyen))*(?:\s+(?:duoc (?:(?:pho\s+)?chu tich\s+)?(?:(?:ubnd|uy ban nhan dan)(?:\s+(?:tinh|thanh pho|tp))?\s+)?giao|cua minh|theo quy dinh))?\s*,\s*`,
);
/**
 * The document a unit works on the basis of, right before the work (folded): "(Sở Y tế) căn cứ Kế hoạch này xây dựng kế
 * hoạch …" — the work itself, the basis being the draft's own document.
 */
const BASIS_DOCUMENT = String.raw`(?:vao )?(?:ke hoach|chi thi|quyet dinh|cong van|van ban|thong bao|ket luan|nghi quyet|chuong trinh|huong dan)(?: (?:thanh tra|kiem tra|kiem toan))?(?: (?:nay|tren|so [^\s,;]+|nam \d{4}))?`;
const BASIS_WORK = String.raw`(?:(?:de|khan truong|chu dong|tiep tuc)\s+)?(?:xay dung|ban hanh|trien khai|to chuc|thuc hien|cu|phan cong|chi dao|thu hoi|xu ly|khac phuc)\b`;
const DOCUMENT_THEN_WORK = String.raw`${BASIS_DOCUMENT} ${BASIS_WORK}`;
/**
 * The same basis opening a title, up to its work (folded; see withoutBasis); also with its author and the remit after it
 * ("Căn cứ Kế hoạch này của UBND tỉnh, theo chức năng, nhiệm vụ được giao tổ chức triển khai …"), or the unit's own field
 * ("căn cứ lĩnh vực quản lý nhà nước của cơ quan, đơn vị có trách nhiệm rà soát …").
 */
const BASIS_BEFORE_WORK = new RegExp(
  String.raw`^can cu (?:${BASIS_DOCUMENT}(?: cua (?:ubnd|uy ban nhan dan)(?: (?:tinh|huyen|thanh pho))?)?|(?:vao )?linh vuc quan ly(?: nha nuoc)?(?: cua (?:co quan|don vi|nganh)(?:\s*,\s*(?:co quan|don vi))*)?)(?:\s*,?\s*(?:theo\s+)?chuc nang\s*,?\s*nhiem vu(?: duoc giao)?)?,?\s+(?:co trach nhiem\s+)?(?=(?:truc tiep\s+)?(?:${BASIS_WORK}|ra soat\b))`,
);
/**
 * A basis between the units and their work (folded): "căn cứ … (và tình hình thực tế) để (có văn bản) chỉ đạo …", "căn cứ
 * kết quả kiểm tra …, dự thảo văn bản …", "cần căn cứ thẩm quyền … để rà soát …", "căn cứ quy định khẩn trương …"; not
 * DOCUMENT_THEN_WORK.
 */
const WORK_ON_BASIS = new RegExp(
  String.raw`^(?:(?:can phai|phai|can)\s+(?=can cu\s))?can cu\s(?!${DOCUMENT_THEN_WORK})(?:(?:cac\s+)?quy dinh(?:\s+(?:hien hanh|cua phap luat|phap luat))?\s+(?=(?:khan truong|kip thoi|tich cuc|nghiem tuc|chu dong)\b)|(?![^;.]{0,40}\b(?:chuc nang|nhiem vu)\b)(?:[^;.,]|\.(?=\d)){2,200}?(?:\s+de\s+|\s*,\s*))`,
);
/**
 * The end of a remit that goes on to what the units manage: "… lĩnh vực", "… địa bàn được giao phụ trách,", "… phạm vi"
 * (folded).
 */
const REMIT_MANAGED = /\b(?:linh vuc|dia ban|nganh|duoc giao|phu trach\s*,?|thuoc|tham quyen|pham vi)\s*$/;
/**
 * A later clause that opens new work of the same units: "…; chủ động đề ra …", and a distinct operation after work
 * already named ("…; rà soát ngay nhà ở …", "…; tăng cường ứng dụng …", "…; phân công cán bộ phụ trách …"); the
 * report due at intervals ("…; định kỳ báo cáo tình hình thực hiện …") is a recurring duty of its own.
 */
const NEW_WORK =
  /^(?:chu dong|khan truong|tich cuc|dinh ky(?:\s+(?:hang|moi)\s+(?:thang|quy|nam))?|(?:ngay\s+)?(?:ra soat|tang cuong|phan cong)\b)\s/;
/**
 * Other openings of work of its own after ";": a field of duty done well ("…; thực hiện tốt việc bảo đảm an ninh trật
 * tự …", "…; làm tốt công tác …"), measures to be had ("…; có biện pháp thúc đẩy giải ngân …") and the escalation of
 * what arises ("…; kịp thời báo cáo những vấn đề nổi cộm …"), not the report on the work before it.
 */
const OTHER_WORK =
  /^(?:(?:thuc hien|lam) tot (?:viec|cong tac)|co (?:bien phap|giai phap|ke hoach|phuong an)|kip thoi bao cao (?:nhung|cac) (?:van de|kho khan|vuong mac|truong hop|tinh huong|su viec|vu viec))\s/;
/**
 * A clause after ";" that goes on with the work before it rather than giving a duty of its own: its report ("…; tổng
 * hợp, báo cáo UBND tỉnh"), its submission, how it is done ("…; đảm bảo đúng quy định"; not "…; đảm bảo đủ nguồn hàng",
 * "…; bảo đảm lưu thông hàng hóa", supplies of its own), its target ("…; phấn đấu giải
 * ngân 100% kế hoạch") or the good practice it carries on ("…; phát huy những việc làm tốt", not "…; phát huy hiệu quả các
 * mô hình …", work of its own); not advice of its own
 * ("…; tham mưu UBND tỉnh bố trí kinh phí …", "…; tham mưu cho thành phố kịp thời giải quyết những khó khăn, vướng
 * mắc") nor a plan or scheme it drafts ("…; tham mưu kế hoạch tập huấn …").
 */
const SAME_WORK_STEP =
  /^(?:dong thoi,?\s+)?(?:(?:tong hop|ra soat),?\s+)?(?:bao cao|trinh|tham muu(?!\s+(?:cho\s+)?(?:ubnd|uy ban nhan dan|chu tich(?: ubnd)?|thanh pho|huyen|thi xa)(?:\s+tinh)?\s+(?:kip thoi\s+)?(?:bo tri|ban hanh|dieu chinh|phan bo|quyet dinh|phe duyet|thanh lap|cho phep|(?:giai quyet|thao go)\s+(?:(?:nhung|cac)\s+)?(?:kho khan|vuong mac|kien nghi))\b)(?!(?:\s+(?:ubnd|uy ban nhan dan|chu tich(?: ubnd)?)(?:\s+tinh)?)?\s+(?:xay dung\s+)?(?:ke hoach|phuong an|de an|du thao|quy che|co che|chinh sach)\b)|gui|(?:dam bao|bao dam)(?!\s+(?:du|luu thong|cung ung|cung cap|nguon|nhu cau|nhu yeu pham|luong thuc|thuc pham|nuoc sach|cho o|an toan tuyet doi|an ninh|trat tu|kinh phi|von)\b)|phan dau|phat huy(?! hieu qua (?:cac |nhung )?(?:mo hinh|cong trinh|diem|to)\b))\b/;
/**
 * "…; phấn đấu đến hết quý I/2024 giải ngân đạt trên 20% kế hoạch", "…; đến ngày 31-1-2024, phấn đấu giải ngân đạt kế
 * hoạch": the work's target, and its date the work's.
 */
const DATED_TARGET =
  /^(?:dong thoi,?\s+)?(?:den(?: het)?(?: ngay)? \d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*,?\s*)?phan dau\b/;
/** "…; không sử dụng thời gian hành chính, phương tiện công …": a prohibition after ";", work of its own. */
const PROHIBITION = /^(?:tuyet doi\s+)?khong\s+(?:duoc\s+)?(?=su dung\b)/;
/**
 * "…; trên cơ sở đó, nghiên cứu tiếp thu, hoàn chỉnh dự thảo …", "…; qua đó, tổ chức đánh giá …": the next step of the
 * same units, work of its own (not "…; qua đó, nâng cao nhận thức …", the aim of the work before).
 */
const NEXT_STEP =
  /^(?:tren co so (?:do|nay)|qua do(?!\s*,?\s*(?:nang cao|gop phan|tao|giup|nham|han che|giam|phat huy|thuc day|cai thien|dam bao|bao dam)\b))\s*,?\s/;
/**
 * Results achieved, told (folded): "… đạt nhiều kết quả nổi bật …", "… đã đạt được những kết quả …"; not the results
 * aimed at ("Phấn đấu đạt kết quả tốt nhất …", "… phải đạt kết quả cụ thể …", "… cần tiếp tục đạt nhiều kết quả …").
 */
const RESULTS_ACHIEVED =
  /\b(?:da\s+dat(?: duoc)?(?: (?:nhieu|mot so|nhung|cac))?|(?<!\b(?:phan dau|phai|can|bao dam|dam bao|de|nham|se|quyet tam|no luc|tiep tuc|huong toi|muc tieu|mong muon)\s(?:[a-z0-9]+\s){0,3})dat(?: duoc)? (?:nhieu|mot so|nhung))(?: [a-z]+)? ket qua\b/;
/**
 * The results achieved told, and no work asked after them: "Các địa phương đạt nhiều kết quả tích cực, tuy nhiên cần
 * tiếp tục: …" goes on with the work.
 */
const resultsOnly = (f: string) =>
  RESULTS_ACHIEVED.test(f) && !/\b(?:tuy nhien|song|nhung)\b[^.;]*\b(?:can|phai)\b/.test(f);
/** A sentence that tells what a unit has done: "Trong 5 tháng đầu năm, UBND thành phố đã tập trung triển khai …". */
const DONE_ACCOUNT =
  /\b(?:da|dang)\s+(?:tap trung|trien khai|thuc hien|to chuc|chi dao|lanh dao|hoan thanh|ban hanh|no luc|day manh|tang cuong|quan tam|chu dong)\b/;
/**
 * What a unit has done or is doing that only "Đồng thời, …" goes on with ("Sở Y tế đã phối hợp …. Đồng thời, …"): after
 * it, a sentence opened by its work is the chair's next direction ("… đã phối hợp kiểm tra 200 cơ sở. Tăng cường …").
 */
const DONE_WITH_OTHERS = /\b(?:da|dang)\s+(?:day nhanh|tien hanh|phoi hop|hoan tat)\b/;
/**
 * A working body a decision forms, given its duty: "Trong 30 ngày, đoàn kiểm tra có nhiệm vụ kiểm tra …", "Tổ công tác
 * có trách nhiệm …". The body is no unit of the table; the work is still given.
 */
const WORKING_BODY_DUTY =
  /^(?:(?:trong|sau|trong vong)\s[^,]{1,30},\s*)?(?:doan (?:kiem tra|thanh tra|cong tac|giam sat|lien nganh)|to (?:cong tac|giup viec|kiem tra|thu ky)|hoi dong(?: [a-z]+){1,6}?|ban chi dao(?: [a-z]+){0,8}?)\s+(?:co nhiem vu|co trach nhiem|chiu trach nhiem)\s+/;
/**
 * Words that open further work after an account ("Tiếp tục …", "Thời gian tới, …", "Cần …"), also after "Đồng thời," (alone
 * it goes on with the account: "… huyện đã chỉ đạo xử lý thêm 196 trường hợp. Đồng thời, rà soát giảm 65 trường hợp …").
 */
const FURTHER_WORK =
  /^(?:(?:dong thoi|ben canh do|ngoai ra)\s*,?\s*)?(?:tiep tuc|can|phai|khan truong|som|de nghi|yeu cau|giao|thoi gian toi|trong thoi gian toi|tu nay|(?:6|sau) thang cuoi nam|nam \d{4})\b/;
/**
 * A second assignment after a comma: "…, giao cho các sở ngành liên quan theo dõi …", "…, đồng thời giao Sở X …",
 * "…, đồng thời yêu cầu xử lý nghiêm …".
 */
// Not "…, Giao thông vận tải, …": a department's name in a list ("các sở: Xây dựng, Giao thông vận tải, …").
const MID_ASSIGNMENT = new RegExp(
  String.raw`,\s+(?:dong thoi,?\s+)?(?=${ASSIGN_GIAO}(?: trach nhiem| nhiem vu)?(?: cho)?\s)|,\s+dong thoi,?\s+(?=(?:yeu cau|de nghi)\s)`,
  'g',
);
/**
 * Every province addressed, by the government or in its words quoted (folded): see classify. Its party secretaries may
 * be named first ("Bí thư tỉnh ủy, thành ủy và Chủ tịch UBND các tỉnh, thành phố").
 */
const TO_EVERY_PROVINCE =
  /^(?:[^;:]{0,80}?\b(?:thu tuong(?: chinh phu)?|chinh phu|van phong chinh phu|bo [a-z ]{2,40}?|ban chi dao\b[^;:]{2,80}?\b(?:quoc gia|trung uong))\s+(?:da\s+|cung\s+|tiep tuc\s+)?(?:yeu cau|de nghi|chi dao|giao)\s+)?(?:bi thu\s+(?:cac\s+)?tinh uy\s*,\s*thanh uy\s*(?:,|va)\s*)?(?:(?:chu tich\s+)?(?:ubnd|uy ban nhan dan)\s+)?cac\s+tinh\s*,\s*thanh pho\b/;
/** The chair or a leader, then their view or account (folded): "Chủ tịch UBND tỉnh cho rằng …", "… nhận định …". */
const LEADER_ASSESSES =
  /^(?:[^,;:]{0,80},\s*)?(?:dong chi\s+)?(?:(?:pho\s+)?chu tich|lanh dao)\b[^,;:]{0,80}?\b(?:nhan dinh|cho rang|danh gia|nhan xet|cho hay|cho biet|khang dinh)\b/;
/** The province's own assigner after the government's words (folded): "…, Chủ tịch UBND tỉnh yêu cầu Sở Y tế …". */
const PROVINCE_ASSIGNS =
  /\b(?:(?:pho\s+)?chu tich\s+)?(?:ubnd|uy ban nhan dan)\s+(?:tinh|thanh pho)\b[^;.]{0,60}?\b(?:yeu cau|giao|de nghi|chi dao)\s/;
/** The province's assigner opening a clause (folded): "Chủ tịch UBND tỉnh yêu cầu …", "UBND tỉnh giao …". */
const PROVINCE_OPENS_ASSIGNMENT =
  /^(?:(?:pho\s+)?chu tich\s+)?(?:ubnd|uy ban nhan dan)\s+(?:tinh|thanh pho|tp)\b[^,;.]{0,60}?\b(?:yeu cau|giao|de nghi|chi dao)\s/;

/** Every province addressed by its level (folded): "(Yêu cầu) UBND cấp tỉnh, Chủ tịch UBND cấp tỉnh …". */
const PROVINCE_LEVEL_ASKED =
  /^(?:[^;:]{0,80}?\b(?:yeu cau|de nghi|giao)\s+)?(?:(?:chu tich|cac)\s+)?(?:ubnd|uy ban nhan dan)\s+cap tinh\b/;
/**
 * The government or a ministry asking the provinces, with the letter it wrote between (folded): "Thủ tướng Chính phủ đã
 * ban hành Chỉ thị số 22, yêu cầu UBND các tỉnh …", "Bộ Y tế đề nghị các địa phương …".
 */
const GOVERNMENT_ASKS_PROVINCES =
  /^[^;:]{0,80}?\b(?:thu tuong(?: chinh phu)?|chinh phu|van phong chinh phu|bo (?!truong\b)[a-z ]{2,40}?)\s+(?:[^;:.]{0,80}?,\s*)?(?:da\s+|cung\s+|tiep tuc\s+)?(?:yeu cau|de nghi|chi dao|giao)\s+(?:(?:chu tich\s+)?(?:ubnd|uy ban nhan dan)\s+)?cac\s+(?:tinh|dia phuong)\b/;
/** Every province addressed by the government, with no work of the province's own given after it (folded). */
function asksEveryProvince(opening: string): boolean {
  // "Để chủ động ứng phó với …, Ban Chỉ đạo … quốc gia đề nghị các tỉnh, thành phố …": the purpose first.
  const f = opening.replace(
    /^(?:de|nham)\s[^,;:]{2,200}?,\s*(?=(?:ban chi dao|thu tuong|chinh phu|bo|van phong chinh phu)\b)/,
    '',
  );
  // "Yêu cầu UBND cấp tỉnh, trực tiếp là Chủ tịch UBND cấp tỉnh chịu trách nhiệm …": the government's words to every
  // province by its level, which no province writes of itself.
  const level = PROVINCE_LEVEL_ASKED.exec(f);
  if (level) return !PROVINCE_ASSIGNS.test(f.slice(level.index + level[0].length));
  // "Thủ tướng Chính phủ đã ban hành Chỉ thị số 22, yêu cầu UBND các tỉnh …": the government named, then the provinces.
  const government = GOVERNMENT_ASKS_PROVINCES.exec(f);
  if (government) return !PROVINCE_ASSIGNS.test(f.slice(government.index + government[0].length));
  if (!/\bcac\s+tinh\s*,/.test(f)) return false;
  const asked = TO_EVERY_PROVINCE.exec(f);
  return asked !== null && !PROVINCE_ASSIGNS.test(f.slice(asked.index + asked[0].length));
}

/** A sentence that goes on from the one before, with its subject: "Đồng thời, …" (folded). */
const GOES_ON = /^dong thoi\s*,/;
/** The assigner's own words before the units it names: "… đã chỉ đạo, giao …". */
const ASSIGNER_ENDING = /\b(?:chi dao|yeu cau|de nghi|ket luan|thong nhat)\s*$/;
/** "Chủ tịch UBND tỉnh (tiếp tục) chỉ đạo các chủ đầu tư cần …": the assigner's verb before the units it directs. */
const ASSIGNER_DIRECTS = /^(?:tiep tuc\s+)?chi dao,?\s+/;
/**
 * Where the assigner's words start: "giao", "yêu cầu", "đề nghị", or "chỉ đạo" after the chairman or the committee
 * (not after "tham mưu UBND tỉnh chỉ đạo …", which is the unit's own work; not "giao thông", "Giáo dục", "bàn giao", "Ban Tuyên giáo"; nor the briefing of "cuộc họp giao ban").
 * The province named as the subject gives it too: "(Theo đó,) tỉnh Lào Cai đã chỉ đạo các địa phương …" (not "tình hình"), and
 * a leader by name: "ông Nguyễn Tiến Hải chỉ đạo Sở NN-PTNT …".
 */
const ASSIGNMENT_CUE = new RegExp(
  // Each alternative that looks behind first looks ahead at its own first words: a lookbehind tried at every position
  // of the text costs more.
  String.raw`\b(?:(?=giao)(?<!\bchuyen\s)(?<!\btuyen\s)(?<!(?<!\bvan\s)\bban\s)${GIVEN_BY}${ASSIGN_GIAO}(?: trach nhiem| nhiem vu)?(?: cho)?\s|(?=yeu cau|de nghi)(?<!\b(?:dap ung|theo|vuot|dam bao|bao dam)(?: (?:cac|nhung|moi))?\s)(?!(?<=\bdat (?:(?:cac|nhung|moi) )?)yeu cau (?:da |duoc )?(?:de ra|dat ra|cua|ve|ky thuat|chat luong)\b)(?:yeu cau|de nghi),?\s|(?=luu y|nhan manh)(?<=(?:\b(?:chu tich|bi thu|ubnd tinh|uy ban nhan dan tinh|ubnd (?:thanh pho|tp)|uy ban nhan dan thanh pho|lanh dao tinh)\b[^,;.]{0,40}|\b(?:dong chi|d\/c|ong|ba)\s(?:[a-z]+\s){1,4}))(?:luu y|nhan manh),?\s|(?=tiep tuc chi dao|chi dao)(?<!\b(?:tap trung|tang cuong|khan truong|quyet liet|truc tiep|chu dong)\s)(?<=(?<!(?:tham muu|giup|trinh|de xuat|bao cao)\s)(?:\b(?:chu tich(?! (?:ubnd|uy ban nhan dan) (?:cac|cap)\b)|ubnd tinh|uy ban nhan dan tinh|ubnd (?:thanh pho|tp)|uy ban nhan dan thanh pho|lanh dao (?:ubnd|uy ban nhan dan) (?:huyen|thi xa|quan|thanh pho))\b[^,;.]{0,40}|\b(?:ong|ba|dong chi)\s(?:[a-z]+\s){1,4}))(?:tiep tuc )?chi dao(?!\s*(?:,|va)\s*dieu hanh\b),?\s|${LETTER_SENT_ASKING}|(?=chi dao)(?<=^(?:theo do,?\s+)?tinh (?!hinh\b)(?:nay|[a-z]+(?: [a-z]+){0,2}) (?:(?:da|cung|vua) )*)chi dao\s)`,
  'g',
);
/**
 * The documents a meeting heard or discussed, listed after a colon: "Tại hội nghị, các đại biểu nghe và cho ý kiến vào
 * các dự thảo: Báo cáo tình hình …; Báo cáo …", "… đã báo cáo, thảo luận về các nội dung quan trọng như: rà soát …". Their
 * titles read like work ("Báo cáo …", "Rà soát …") and are none. Likewise "UBND tỉnh đã nghe và cho ý kiến: Báo cáo …" and
 * what the speakers' opinions were about: "Tại cuộc họp có 02 ý kiến tập trung vào các lĩnh vực: Giải phóng mặt bằng; …"; and
 * the papers of a file: "Hồ sơ lấy ý kiến bao gồm: Báo cáo thuyết minh; Bản đồ …"; and the programmes what was done
 * came under: "… đã khởi công 10.760 căn nhà cho các hộ đối với 3 chương trình: Hỗ trợ nhà ở cho người có công …; …".
 */
const AGENDA =
  /\b(?:nghe|cho y kien|gop y|thao luan|trao doi|xem xet|thong qua)\b[^:;.]{0,60}?\b(?:cac\s+)?(?:du thao|bao cao|to trinh|noi dung)(?:\s+(?:quan trong|chu yeu|chinh|lien quan|trong tam))?\s*(?:(?:sau(?: day)?|nhu)\s*)?:\s*$|\b(?:nghe|thao luan|xem xet)\s+va\s+(?:cho|gop)\s+y kien(?:\s+(?:ve|vao|doi voi))?\s*:\s*$|\by kien\b[^:;.]{0,40}?\b(?:tap trung(?: vao)?|xoay quanh)\s+(?:cac|mot so|nhung)\s+(?:linh vuc|van de|noi dung)(?:\s+(?:sau|nhu))?\s*:\s*$|^(?:\d{1,2}\s*[.)]\s*)?(?:thanh phan\s+)?(?:ho so|tai lieu)\b[^:;.]{0,60}?\b(?:bao gom|gom)\s*:\s*$|\bda\s(?:[^:;.]|\.(?=\d)){0,200}?\b(?:\d+|cac)\s+(?:chuong trinh|du an|de an|chinh sach)(?:\s+[a-z]+){0,3}\s*:\s*$/;
/** The details of the work's scope told after it (folded): "Thời kỳ thanh tra từ …", "Phạm vi kiểm tra …", "Đối tượng áp dụng …". */
const WORK_SCOPE =
  /^(?:thoi ky|thoi gian|pham vi|doi tuong|noi dung|dia diem|dia ban|quy mo|thanh phan)\s+(?:thanh tra|kiem tra|thuc hien|trien khai|ap dung|to chuc|khao sat|dieu tra|ra soat|giam sat)\b/;
/** A meeting told as held: "Ngày 24/6/2020 UBND huyện tổ chức phiên họp thường kỳ tháng 6 năm 2020." */
const MEETING_HELD = /\b(?:to chuc|tien hanh|hop)\s+(?:phien hop|hoi nghi|cuoc hop|buoi hop|phien)\b/;
/** What the meeting just told did, with no subject: "Đánh giá tình hình …, bàn phương hướng nhiệm vụ …". */
const MEETING_BUSINESS = /^(?:danh gia|ban|thao luan|nghe|cho y kien|tong ket|so ket)\b[^.;]*\b(?:ban|thao luan)\s/;
/**
 * A sentence that lists who attended a meeting: "Tham dự …", "Cùng dự có …", "Dự họp có …", "Thành phần tham dự: …",
 * "Cùng tham gia tiếp dân có …", "Tham gia buổi khảo sát là đồng chí …".
 */
const ATTENDANCE =
  /^(?:cung\s+)?(?:tham du|du (?:hop|buoi|cuoc|hoi nghi|phien)|thanh phan(?: tham du| du hop)?\s*:)|^cung (?:du|tham gia)\b|^tham gia (?:buoi|cuoc|doan|hoi nghi)\b[^.;:]{0,60}?\s(?:co|la|gom)\s+(?:cac\s+)?(?:dong chi|ong|ba|lanh dao|dai dien)\b(?![^.]*\b(?:yeu cau|de nghi|giao|chi dao)\s)/;
/** A seat on a board or working group (folded): "làm Tổ trưởng", "là Phó Trưởng ban", "làm Ủy viên". */
const MEMBERSHIP =
  /^(?:lam|la)\s+(?:(?:pho\s+)?(?:to truong|truong ban|truong doan|truong nhom|chu tich hoi dong|giam doc ban)|to pho|uy vien|thanh vien|thu ky|thuong truc)\b/;
/** The head of a unit, then their name (the text as written: the name is told by its capitals). */
const HEAD_NAMED = String.raw`^[\s\-–•+*]*(?:Phó\s+)?(?:Giám đốc|Chánh Thanh tra|Trưởng [Bb]an|Chỉ huy trưởng|Cục trưởng|Chi cục trưởng|Đại diện(?: lãnh đạo)?|Lãnh đạo)\s+(?:Sở|Ban|Thanh tra|Công an|Cục|Chi cục|Bộ Chỉ huy|Kho bạc|Ngân hàng|Văn phòng|Trung tâm)\s[^.;:]{2,90}?\s(?:\p{Lu}[\p{Ll}\p{M}]*\s+){1,3}\p{Lu}[\p{Ll}\p{M}]*\s+(?:đã\s+|cũng\s+)?`;
/**
 * … then what they told: "Giám đốc Sở Văn hóa, Thể thao và Du lịch Trần Thị Mỹ Hạnh báo cáo …", "Phó Giám đốc Sở Y tế
 * Nguyễn Văn A cho biết …".
 */
const HEAD_NAMED_TELLS = new RegExp(
  String.raw`${HEAD_NAMED}(?:báo cáo|cho biết|phát biểu|trình bày|thông tin|nêu)\s`,
  'u',
);
/**
 * The matters a meeting's members discussed, listed after "như:" (folded): "… các đồng chí dự họp đã đóng góp ý kiến vào
 * các nội dung như: …", "Các đại biểu thảo luận về các vấn đề như: …".
 */
const DISCUSSED_TOPICS =
  /^(?:[^.;:]{0,160}?,\s*)?(?:cac\s+)?(?:dong chi|dai bieu|thanh vien|y kien)\b[^.;:]{0,60}?\b(?:dong gop|gop|tham gia|cho|phat bieu|thao luan|trao doi|tap trung)(?:\s+y kien)?(?:\s+(?:vao|ve|doi voi|lam ro))?\s+(?:cac|nhung|mot so)?\s*(?:noi dung|van de|giai phap|linh vuc)\b[^.;:]{0,60}?\bnhu\s*:/;
/** A digest's headlines summed up after their list (folded): "… là những chỉ đạo, điều hành nổi bật của UBND tỉnh …". */
const HEADLINES_SUMMED =
  /\bla\s+(?:nhung|cac|mot so)\s+(?:chi dao|noi dung|thong tin|hoat dong|tin|van ban|y kien)(?:\s*(?:,|va)\s*(?:dieu hanh|chi dao))?\s+(?:noi bat|dang chu y|quan trong|chinh)\b/;
/** A news lede telling of a letter just sent (folded): "… vừa có công văn yêu cầu …", "… vừa ban hành văn bản chỉ đạo …". */
const NEWS_LEDE = /\bvua\s+(?:co|ban hanh|gui|ky)\s+(?:cong van|van ban|cong dien|chi thi|thong bao|y kien)\b/;
/** A news page's time stamp pasted with its text (folded): "Cập nhật, 15:06, Thứ Hai, 03/07/2017 (GMT+7)". */
const PAGE_STAMP =
  /^(?:ngay\s+)?(?:cap nhat|dang|dang tai|xuat ban)(?:\s+(?:luc|ngay))?\s*[,:]?\s*(?:\d{1,2}\s*[:h]\s*\d{2}|thu\s+(?:hai|ba|tu|nam|sau|bay)|chu nhat|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4})\b/;
/**
 * The head of a unit, by name, proposing at a meeting: "Giám đốc Sở Nội vụ Nguyễn Viết Hưng đề nghị từ nay đến ngày
 * 15/03/2026, các Sở, ngành, địa phương quan tâm …". A department's head asks; the chair's conclusion assigns.
 */
const HEAD_NAMED_PROPOSES = new RegExp(String.raw`${HEAD_NAMED}(?:đề nghị|kiến nghị|đề xuất)\s`, 'u');
/**
 * A unit's leader or delegate telling a meeting, unnamed: "Lãnh đạo Sở Lao động - Thương binh và Xã hội báo cáo công tác
 * chăm lo …", "Tại phiên họp, đại diện Sở Xây dựng đã báo cáo tiến độ …" (the text as written). Not a report sent to
 * the committee or its chair ("… báo cáo UBND tỉnh trước ngày …").
 */
const LEADER_TELLS =
  /^[\s\-–•+*]*(?:(?:Tại|Trong) (?:phiên họp|cuộc họp|hội nghị|buổi làm việc)[^,.;]{0,40},\s*)?(?:đại diện\s+)?(?:lãnh đạo|đại diện)\s+(?:các\s+)?(?:Sở|Ban|Công an|Bộ Chỉ huy|UBND|Ủy ban nhân dân|Thanh tra|Kho bạc|Cục|Chi cục|Ngân hàng|Văn phòng|Trung tâm)\s[^.;:]{1,100}?\s(?:đã\s+|cũng\s+)*(?:báo cáo|cho biết|phát biểu|trình bày|thông tin|nêu)\s(?!(?:UBND|Ủy ban|Chủ tịch|với|lên|về (?:UBND|Ủy ban))\s)/iu;
/** After a unit's name, up to three words of its place, then what it reported: "… tỉnh An Giang đã báo cáo …". */
const UNIT_REPORTED = /^(?:[a-z]+\s+){0,3}?(?:da|vua|dang)\s+(?:bao cao|trinh bay|cho biet|phat bieu)\b/;
/** After the units named, that they attended: "Các xã, phường dự họp qua đường truyền trực tuyến." */
const UNITS_ATTENDED = /^(?:cung\s+)?(?:du hop|tham du|du hoi nghi|du phien hop|tham gia hoi nghi)\b/;
/** A document's number opening a clause: "1063/TB-UBND ngày 10/11/2023", "số 246/KH-UBND". */
const DOCUMENT_NUMBER = /^(?:so\s+)?\d+\s*\/\s*[a-z]/;
const KEY = /\b(?:trong tam|trong diem|cap bach|khan cap)\b/;
/** A report's paragraph of the work ahead: "Nhiệm vụ tháng 11 tập trung …", "Phương hướng thời gian tới, …". */
const WORK_AHEAD =
  /^(?:cac\s+)?(?:nhiem vu|phuong huong|ke hoach)(?:,?\s+(?:nhiem vu|giai phap))?(?:\s+(?:trong tam|chu yeu))?\s+(?:trong\s+)?(?:thang|quy|nam|tuan|thoi gian)\s+(?:\d|toi\b|ke\b|cuoi\b|[iv]+\b)|^(?:trong\s+)?(?:thoi gian|thang|tuan) toi\b/;
/** The chair's concluding words open a paragraph of a meeting report: "Phát biểu chỉ đạo cuộc họp, …", "Kết luận hội nghị, …". */
const CONCLUSION_OPENING =
  /^(?:phat bieu (?:chi dao|ket luan)|ket luan (?:cuoc hop|hoi nghi|phien hop|buoi lam viec))\b/;
/**
 * A news lead that sums up the letter whose items follow, addressed to the units concerned without naming them:
 * "(QNO) - UBND tỉnh vừa có văn bản yêu cầu các sở ngành, địa phương liên quan xử lý …".
 */
const LETTER_SUMMARY =
  /\bvua (?:co|ban hanh|gui) (?:van ban|cong van|chi thi|cong dien)\b[^.;]{0,30}?\b(?:yeu cau|de nghi|giao|chi dao) (?:thu truong )?cac [^.;]{0,40}?\b(?:co )?lien quan\b/;
/**
 * "Nhằm chấn chỉnh …, UBND tỉnh đã ban hành Công văn số 3262/UBND-KTKH … yêu cầu các Sở, Ban, ngành … nghiêm túc …":
 * the lead that tells the letter was issued and sums up what it asks; "(QNO) - Phó Chủ tịch UBND tỉnh vừa yêu cầu Sở Y tế
 * …" likewise, the news of a direction whose items follow ("Theo đó, …").
 */
const LETTER_ISSUED =
  /\b(?:(?:da|vua)\s+)?(?:co|ban hanh|gui)\s+(?:cong van|van ban|chi thi|cong dien)\b[^.;]{0,60}?\b(?:yeu cau|de nghi|giao|chi dao)\s|\bvua\s+(?:ky\s+)?(?:yeu cau|chi dao|giao|de nghi)\s/;
/**
 * A unit's document issued, named by its number, told (folded): "Văn phòng UBND tỉnh ban hành văn bản số
 * 986/VPUBND-PVHCC hướng dẫn …" (not "Sở Tài chính ban hành văn bản hướng dẫn …", the work asked, nor "… ban hành hướng
 * dẫn 05 bước …", a count, nor one with a date or a sending after it; its sentence gives no work after ";", "…; các
 * xã, phường triển khai thực hiện", either).
 */
const UNIT_DOCUMENT_ISSUED =
  /^(?:(?:da|vua|cung)\s+)*ban hanh\s+(?:van ban|cong van|ke hoach|quyet dinh|huong dan|chi thi|cong dien|thong bao)\s+(?:so\s+\d|\d+\s*\/)(?![^.;]*\b(?:truoc|cham nhat|gui)\b)/;
/** The letter issued, named by its number: "có văn bản số 13080/UBND-VP", "ban hành Công văn số 3262/UBND-KTKH". */
const LETTER_NUMBER = /\b(?:co|ban hanh|gui)\s+(?:cong van|van ban|chi thi|cong dien)\s+(?:so\s+)?\d/;
/**
 * "Chủ tịch UBND thành phố … vừa ký ban hành Chỉ thị số 04/CT-UBND … về …, nhằm …": the signing of a document told,
 * with its subject and aim; no work given unless an assigner's word follows ("… yêu cầu các sở …").
 */
const DOCUMENT_SIGNED =
  /\b(?:vua|da)\s+(?:ky\s+)?ban hanh\s+(?:cong van|van ban|chi thi|cong dien|quyet dinh|ke hoach|thong bao)\b/;
/** The same told by the document's number and subject: "… tỉnh ban hành Công văn số 02/BCHPCTT-VP, ngày … về việc …". */
const NUMBERED_DOCUMENT_ISSUED =
  /\bban hanh\s+(?:cong van|van ban|chi thi|cong dien|quyet dinh|ke hoach|thong bao)(?:\s+(?:khan|hoa toc))?\s+so\s+\d[^.;]{0,80}?(?=\bve viec\b)/;
/** "Công văn cũng yêu cầu xem xét, xử lý nghiêm …": the letter itself as the assigner, the work with no addressee named. */
const DOCUMENT_ASKS =
  /^(?:cong van|van ban|chi thi|cong dien|quyet dinh|thong bao|ke hoach)(?:\s+(?:nay|tren))?\s+(?:cung\s+|con\s+)?(?:yeu cau|de nghi|chi dao|luu y)\s+(?:(?:phai|can)\s+)?(?:chu y\s+)?/;
/**
 * Directions announced, not given: "… đưa ra hàng loạt chỉ đạo.", "… đưa ra yêu cầu này sau khi …" (folded); not the
 * directions given in the same words ("… đưa ra yêu cầu Văn phòng UBND tỉnh theo dõi …"), nor a unit's work of setting
 * requirements ("… đưa ra yêu cầu kỹ thuật …").
 */
const DIRECTIONS_ANNOUNCED =
  /\bdua ra\s+(?:(?:hang loat|nhieu|mot so|cac|nhung)\s+)?(?:(?:y kien\s+)?chi dao|yeu cau)(?:\s+(?:nay|tren|do|quan trong))?(?=\s*(?:[.;:]|$)|\s+(?:sau khi|khi|tai|trong|nhu sau)\b)/;
/**
 * The tasks announced, named by no more than their kind, before the sentences that give them: "… nhấn mạnh các nhiệm vụ
 * trọng tâm sẽ tập trung triển khai trong tuần tới." (folded), then "Trong đó, đồng chí đề nghị …".
 */
const TASKS_ANNOUNCED =
  /\b(?:nhan manh|neu|chi ra|de ra|xac dinh|dua ra)\s+(?:cac|nhung|mot so)\s+nhiem vu(?:\s+(?:trong tam|chu yeu|trong diem|cap bach|uu tien))?(?:\s+(?:se|can)\s+(?:tap trung\s+)?(?:trien khai|thuc hien)(?:\s+(?:trong\s+)?(?:tuan|thang|quy|nam|thoi gian) toi)?)?\s*\.?\s*$/;
/**
 * What all of a class did or are, told (folded): "Các trưởng điểm thi đều nắm chắc nội quy, quy chế và triển khai công
 * việc nhanh chóng …", "Các sở, ngành đều tích cực triển khai …, đạt nhiều kết quả" (not what all must do: "Các đơn vị đều
 * phải …", "Các huyện đều tổ chức ra quân … trong tháng 10/2024").
 */
const ALL_DID =
  /^(?:cac|tat ca(?: cac)?|nhung)\s(?:[a-z]+,?\s){1,8}?(?:cung\s+)?deu\s(?:da|dang|nam chac|nam vung|duoc|dat|tich cuc|chu dong|hoan thanh|thuc hien tot|trien khai tot|quan tam)\b/;
/** A sentence that looks back over a time gone by: "Thời gian qua, …", "Từ đầu năm đến nay, …", "Trước đó, …". */
const RETROSPECT =
  /^(?:(?:trong\s+)?(?:thoi gian|nhung nam|nam|nhung thang|cac nam)\s+(?:vua\s+)?qua|tu dau nam(?:\s+den nay)?|thoi gian gan day|truoc do|truoc day)\b/;
/** The assignment of now after what was done before (folded): "…; nay yêu cầu …", "…, vì vậy Chủ tịch UBND tỉnh giao …". */
const ASSIGNED_NOW =
  /\b(?:nay|vi vay|do vay|do do|vi the)\s*,?\s+(?:[a-z]+\s+){0,6}?(?:yeu cau|giao|de nghi|chi dao)\b/;
/** … or the letter it sent (folded): "… (cũng) đã có công điện yêu cầu …", "… đã ban hành Kế hoạch số …". */
const LETTER_SENT_BEFORE =
  /\bda\s+(?:co|ban hanh|gui)\s+(?:cong van|van ban|chi thi|cong dien|thong bao|ke hoach|quyet dinh)\b/;
/** The same without "đã", which "Trước đó, …" makes needless (folded): "… UBND tỉnh có Văn bản số … giao …". */
const LETTER_SENT =
  /\b(?:co|ban hanh|gui)\s+(?:cong van|van ban|chi thi|cong dien|thong bao|ke hoach|quyet dinh)\s+so\b/;
/** The day the province's words were given, with its year, before them (folded): "…, ngày 06/11/2019, UBND tỉnh đã …". */
const ORDER_DATED =
  /(?:^|,\s*)ngay\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*,\s*(?:(?:pho\s+)?chu tich\s+)?(?:ubnd|uy ban nhan dan)\b[^;,]{0,40}?\s(?:cung\s+)?da\s/;
/**
 * … or the document the order was given in, cited with its day before it (folded): "… tại công văn trước đó (số
 * 4941/UBND-KTN, ngày 30/9/2022), Chủ tịch UBND tỉnh …, đã giao …".
 */
const ORDER_CITED =
  /\b(?:tai|theo)\s+(?:cong van|van ban|cong dien|chi thi|thong bao|quyet dinh|ke hoach)\b[^.;]{0,80}?\bngay\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b[^.;]{0,120}?\bda\s+(?=(?:giao|chi dao|yeu cau|de nghi)\b)/;
/** … telling what the assigner has directed ("… đã chỉ đạo …", "… đã giao …"). */
const DIRECTED_BEFORE =
  /\bda\s+(?:(?:tap trung|truc tiep|nhieu lan|lien tuc|kip thoi)\s+)?(?:chi dao|giao|yeu cau|de nghi)\b/;
/**
 * A leader's visit told ("Phó Chủ tịch UBND tỉnh … đã đi kiểm tra, chỉ đạo khắc phục sạt lở …", "… đã có mặt tại … để
 * kiểm tra thiệt hại, chỉ đạo lực lượng chức năng …"): the news of it, whose requests follow in sentences of their own
 * (on the written text: folded, "thăm" is also "thẩm định", "tham mưu", "tham gia"). Not what was inspected named so
 * ("các cơ sở đã kiểm tra").
 */
const VISIT_TOLD =
  /(?<![\p{L}\p{M}])(?:chủ tịch|đồng chí|lãnh đạo|bí thư)(?![\p{L}\p{M}])[^.;]{0,120}?\sđã\s+(?:(?:đi|đến|trực tiếp|xuống)\s+)*(?:kiểm tra|có mặt|thăm|khảo sát)(?![\p{L}\p{M}])/iu;
/** What was inspected or given, counted (on the written text): "…, đã khảo sát 36 công trình", "đã thăm hỏi, tặng 2.500 suất quà". */
const DONE_COUNTED =
  /(?<![\p{L}\p{M}])đã\s+(?:kiểm tra|khảo sát|thăm hỏi|tặng|trao)(?:\s*,\s*(?:tặng|trao))?\s+(?:được\s+)?\d/iu;
/** The words of an item that praises: "Đánh giá cao …", "Biểu dương …", "Hoan nghênh …", "Ghi nhận …". */
/** Praise, and its opposite, the reproof of units that fell short ("Phê bình Chủ tịch UBND các huyện …"). */
const PRAISE_WORDS = 'danh gia cao|bieu duong|hoan nghenh|ghi nhan|khen ngoi|phe binh|khien trach';
/** No assigner's word follows in the sentence, which would give work after the agreement or the praise. */
const NO_ASSIGNER_AFTER = String.raw`\b(?![^.;]*\b(?:giao|yeu cau|de nghi)\s)`;
/** An item that agrees, approves or praises: "Thống nhất với báo cáo …", "Đồng ý chủ trương …", "Biểu dương …". */
const AGREEMENT = new RegExp(
  String.raw`^(?:co ban\s+)?(?:thong nhat|dong y|nhat tri|chap thuan|${PRAISE_WORDS})` + NO_ASSIGNER_AFTER,
);
/** An item that only praises (see AGREEMENT): its words never give work, where an approval's may. */
const APPRAISAL_ITEM = new RegExp(String.raw`^(?:${PRAISE_WORDS})` + NO_ASSIGNER_AFTER);
/**
 * Praise alone, no reproof, which may come with work ("… phê bình các cán bộ … và báo cáo kết quả xử lý"); not the
 * petitions taken in ("ghi nhận và xử lý kịp thời các phản ánh …", "ghi nhận ý kiến …").
 */
const PRAISE_ONLY = new RegExp(
  String.raw`^(?:danh gia cao|bieu duong|hoan nghenh|khen ngoi|ghi nhan (?:va danh gia cao\s+)?(?:su|nhung (?:no luc|ket qua|dong gop|thanh tich|co gang)|ket qua|tinh than|no luc|thanh tich|dong gop|(?:cac|nhung)\s+(?:doanh nghiep|tap the|ca nhan|don vi|dia phuong|nganh|co quan|ho dan|xa|phuong)\b(?=[^.;]*\bda\b)))\b(?![^.;]*\b(?:va\s+(?:bao cao|tong hop|de xuat)|khen thuong|de|nham)\b)` +
    NO_ASSIGNER_AFTER,
);
/**
 * The province's committee reproving units that fell short: "UBND TP. Hải Phòng phê bình UBND huyện …" (not a district's
 * committee given work, "Chủ tịch UBND các huyện phê bình … và báo cáo …").
 */
const COMMITTEE_APPRAISES = new RegExp(
  String.raw`^(?:(?:pho\s+)?chu tich\s+)?(?:ubnd|uy ban nhan dan)\s+(?:tinh|thanh pho|tp)\b[^,;]{0,30}?\s(?:da\s+|vua\s+)?(?:phe binh|khien trach)\s` +
    String.raw`(?![^.;]*\b(?:giao|yeu cau|de nghi|chi dao|va (?:xem xet|bao cao|tong hop))\s)`,
);
/**
 * A paragraph that gives work besides what was told before it: "Bên cạnh đó UBND tỉnh yêu cầu Sở X …", "UBND tỉnh cũng
 * yêu cầu các địa phương …".
 */
const FURTHER_PARAGRAPH =
  /^\s*(?:ben canh do|ngoai ra|(?:(?:pho\s+)?chu tich\s+)?(?:ubnd|uy ban nhan dan)\s+(?:tinh|thanh pho|tp)(?:\s+[a-z]+){0,3}?\s+cung\s+(?:yeu cau|giao|de nghi|chi dao))\b/;
/**
 * A condition before the work: "Trong trường hợp khó khăn vướng mắc thì báo cáo …", "Đến ngày 30.12.2013, tổ chức nào
 * không thực hiện thì tổng hợp danh sách …". The work follows "thì" (or "phải").
 */
const CONDITION_OPENING = /^(?:trong\s+)?(?:(?:cac|nhung)\s+truong hop|truong hop|neu)\s/;
/** A condition that tells a failure, and the sanction for it (folded). */
const FAILURE = /\b(?:khong|de xay ra|de cham|cham tre|vi pham|sai pham)\b/;
const SANCTION =
  /^(?:kiem diem|xu ly (?:ky luat|trach nhiem|nghiem trach nhiem)|cham dut|thu hoi|dinh chi|phe binh|khien trach|dieu chuyen)\b/;
/**
 * The sanction told for those who fall short, all the clause's action (folded): "… chậm báo cáo sẽ bị phê bình" (not
 * "…, đơn vị nào chậm trễ sẽ bị xem xét trách nhiệm" after the work).
 */
const SANCTION_TOLD = /^[^,;]{0,80}?\bse bi\s+(?:phe binh|xu ly|kiem diem|ky luat|xem xet trach nhiem)\b/;
/**
 * What the units after an opening time have done or not (folded): "Đến ngày 30/6/2024 Sở Nội vụ vẫn chưa hoàn thành
 * …", "… UBND các huyện mới giải ngân được …", "… chưa có văn bản trả lời …": a told result, no work. The told word
 * comes with its verb, so that "Môi trường", "nông thôn mới", "sửa chữa" are no part of it.
 */
const TOLD_AFTER = String.raw`(?![^.;]{0,80}?\b(?:(?:van|con)\s+)?(?:chua|da|moi|khong)\s+(?:hoan thanh|hoan tat|xong|thuc hien|giai ngan|co van ban|trien khai|ban hanh|tra loi|bao cao|to chuc|dat)\b)`;
/** The board a unit serves as its standing office, after "cơ quan thường trực" (folded): "Ban Chỉ huy … tỉnh". */
const ROLE_BOARD =
  /^\s+(?:cua\s+)?(?:ban chi (?:dao|huy)|hoi dong|ban an toan giao thong|van phong dieu phoi|to cong tac)(?:\s*[,–-]?\s*[a-z0-9]+){0,12}?\s+(?:tinh|thanh pho|huyen)(?![a-z])/;
/**
 * A failure, then who answers for it (folded): "nếu để chậm trễ, Chủ tịch UBND huyện chịu trách nhiệm trước …" (not
 * "nếu không thống nhất, Sở Nội vụ chịu trách nhiệm tổng hợp …", the work of whoever is in charge of it).
 */
const FAILURE_ANSWERED =
  /^(?![^;]*\bphai\s+(?!chiu trach nhiem\b)(?:bao cao|giai trinh|khac phuc|hoan thanh|thuc hien|to chuc|trinh|tham muu|de xuat|xu ly|ra soat|kiem tra)\b)(?:trong\s+)?(?:truong hop|neu)\s[^;,]{0,80}?\b(?:cham|khong|de xay ra|vi pham|sai pham)\b[^;]{0,80}?,\s*[^;,]{0,80}?\b(?:phai\s+)?(?:chiu trach nhiem(?=\s+(?:truoc|ve|voi|hoan toan|chinh)\b|\s*[.;]?\s*$)|(?:se\s+)?bi\s+(?:xu ly|kiem diem|phe binh|ky luat))\b/;
/** A measure defined or a rule stated (folded): "… là biện pháp …", "… là chỉ tiêu bắt buộc …", "… thực hiện theo Nghị quyết …". */
const DEFINITION =
  /^(?!(?:can\s+)?(?:xac dinh|coi)\b)[^;:]{3,160}?\s(?:la\s+(?:mot(?:\s+trong\s+(?:nhung|cac))?\s+)?(?:(?:cac\s+)?nhiem vu\s+(?:trong tam|quan trong|hang dau|chinh tri)|khau\s+(?:then chot|dot pha|quan trong)|trach nhiem cua|nganh kinh te|thanh phan kinh te|chi tieu|bien phap|giai phap|muc tieu|dieu kien|yeu to|nhan to)|(?:duoc\s+)?thuc hien theo (?:nghi quyet|quyet dinh|quy dinh|thong tu|nghi dinh|luat))\b(?![^;]*,\s*(?:phan dau|phai|can|yeu cau|de nghi|giao)\b)/;
/**
 * A figure reached, told (folded): "Giải ngân vốn đầu tư công 6 tháng đầu năm 2024 của tỉnh đạt 35% kế hoạch", "… mới
 * đạt 20%", "… đạt 39,53% kế hoạch", "… đạt 3.950 tỷ đồng, bằng 54,3% kế hoạch"; not a target set ("Phấn đấu giải ngân
 * đạt 100% …", "… phải đạt trên 95% …", "Giải ngân đạt 100% kế hoạch vốn" as an item of work).
 */
const FIGURE_REACHED =
  /^(?![^.;]*\b(?:phan dau|phai|can|bao dam|dam bao|(?<!\b(?:duoi|vuot|so voi)\s)muc tieu|quyet tam|chi tieu|it nhat|toi thieu|yeu cau|de nghi|giao|huong toi|no luc|tiep tuc|tap trung|day nhanh|khan truong)\b)(?=[^.;]*\b(?:(?:moi|chi|da|van chua)\s+dat\b|dat\s+(?:duoc\s+)?\d+,\d+\s*%|dat\s+[^.;]{0,40}?,\s*bang\s+\d|(?:(?:\d{1,2}|sau|nua)\s+thang(?:\s+dau)?\s+nam\s+\d{4}|nua dau nam(?:\s+\d{4})?)\b[^.;]{0,80}?\sdat\s+\d))/;
/**
 * The assigner asking again, naming no unit (folded): "Chủ tịch UBND tỉnh cũng yêu cầu …", "UBND tỉnh đồng thời đề nghị
 * …", up to the work.
 */
const ASKED_AGAIN =
  /^(?:[a-z]+\s+){0,6}?(?:cung|con|dong thoi|tiep tuc)\s+(?:yeu cau|de nghi|luu y|nhan manh)\s+(?:can\s+|phai\s+)?(?=[a-z])/;
/** Sectors named in a list by their departments' names (folded): "Tài nguyên và Môi trường, Công an, …". */
const SECTORS_LISTED =
  /^(?:tai nguyen|cong an|cong thuong|giao thong|nong nghiep|y te|giao duc|tai chinh|xay dung|noi vu|tu phap|van hoa|lao dong|khoa hoc|thong tin|ke hoach)\b[^,;:.]{0,40},/;
/** A class of units pointed back to (folded): "các địa phương này", "các đơn vị trên", "các huyện nêu trên". */
const GROUP_POINTED_BACK =
  /(?:^|[\s,;:])(?:cac|nhung)\s+(?:dia phuong|don vi|co quan|huyen|xa|phuong|so|nganh)(?:\s*,\s*[a-z]+)*\s+(?:nay|tren|noi tren|neu tren)(?![a-z])/;
/** What a newspaper published (folded): "Báo X (ngày …) có bài …", "… đăng bài …", "… đưa tin …", "… phản ánh …". */
const PRESS_REPORTED =
  /^(?:bao|tap chi|dai|trang thong tin|cong thong tin)\s[^,;.:]{0,80}?\b(?:co bai|(?:da\s+)?dang(?: tai)?(?: bai)?|dua tin|(?:co\s+)?phan anh)\b/;
/**
 * A letter or petition received, told (folded): "Văn phòng Chính phủ cũng nhận được đơn thư do … chuyển đến"; not the
 * day a period is counted from ("… trong 07 ngày kể từ ngày nhận được văn bản này").
 */
const LETTER_RECEIVED =
  /^(?!(?:ngay\s+|sau\s+)?khi\b)[^,;.:]{0,80}?\b(?<!\b(?:tu|tinh tu) ngay\s)(?:cung\s+|da\s+|vua\s+)?nhan duoc\s+(?:don|thu|van ban|cong van|phan anh|kien nghi|bao cao|to trinh)\b/;
/** An order that holds for a time (folded): "tạm dừng …", "nghiêm cấm …", "không tổ chức …", "tạm đóng cửa …". */
const HELD_ORDER =
  /^(?:tiep tuc\s+)?(?:tam\s+)?(?:dung|ngung|hoan(?! (?:thanh|tat|thien|chinh|tra|nguyen))|dong cua)\b|^(?:nghiem\s+)?cam\b(?! (?:ket|on|nhan|bien|moc|thong))|^khong\s+(?:to chuc|duoc|cho phep)\b|^(?:tiep tuc\s+)?(?:tam\s+)?dinh chi\b/;
/**
 * The same answering told before the failure: "chịu trách nhiệm trước … trong trường hợp chậm trễ …", "… nếu thiếu
 * trách nhiệm trong chỉ đạo, để xảy ra cháy lớn …", "chịu trách nhiệm khi để xảy ra cháy, nổ …" (folded).
 */
const FAILURE_ANSWERED_FIRST =
  /^(?:phai\s+)?(?:hoan toan\s+)?chiu trach nhiem\s+(?:khi|neu)\s+de\s+xay ra\b(?![^;]*\b(?:dong thoi|va)\s+(?:bao cao|gui|hoan thanh|thuc hien)\b)[^;]*$|^(?:phai\s+)?(?:hoan toan\s+)?chiu trach nhiem(?:\s+hoan toan)?\s+truoc\s[^;,]{2,80}?\s(?:trong truong hop|neu|khi)\s+(?:de\s+(?=[a-z])|(?:de\s+)?(?:cham|xay ra|khong|vi pham|sai pham|that thoat|thieu trach nhiem|buong long|lo la)\b)[^;]*$/;
/**
 * Who shall answer for a failure, named by it (folded): "Chủ tịch UBND các huyện, thị xã nào thiếu quyết liệt …, để
 * thiệt hại xảy ra … phải chịu trách nhiệm trước Chủ tịch UBND tỉnh": a warning, no work.
 */
const ANSWERS_FOR_FAILING =
  /\b(?:don vi|dia phuong|co quan|nganh|huyen|xa|phuong|thi xa|thanh pho|quan|to chuc|ca nhan|nguoi|so|chu dau tu)\s+nao\s+(?:de|khong|thieu|cham|buong long|lo la|vi pham|co sai pham|co vi pham)\b[^;.]*\bchiu trach nhiem\b[^;]*$/;
/** Who answers for the cases of a failure (folded): "… chịu trách nhiệm đối với những trường hợp báo cáo không …". */
const CASES_ANSWERED_FOR =
  /\bchiu trach nhiem(?:\s+hoan toan)?\s+(?:truoc\s[^;,]{2,80}?\s)?doi voi (?:nhung |cac )?truong hop (?:bao cao |so lieu )?(?:khong|sai|cham)\b[^;]*$/;
/** A difficulty met in the work, then its report: "(Trong quá trình thực hiện,) nếu có khó khăn, vướng mắc, … báo cáo …". */
const ESCALATION =
  /^(?:trong qua trinh (?:to chuc |trien khai )?thuc hien[^,;]*,\s*)?(?:neu|trong truong hop|truong hop)\s[^;]*?\b(?:kho khan|vuong mac|phat sinh)\b[^;]*?,\s*(?:(?:cac|nhung)\s+[a-z ,]{2,60}?\s+)?(?:kip thoi\s+|chu dong\s+|khan truong\s+)?(?:bao cao|phan anh|de xuat|gui van ban)\b/;
/** The same difficulty with the advice it asks for ("…, tham mưu đề xuất … trước ngày …"), after the work in its sentence. */
const ESCALATION_ADVICE = new RegExp(ESCALATION.source.replace('|gui van ban)', '|gui van ban|tham muu)'));
/**
 * The same duty with the difficulty told without "nếu" or comma: "Trong quá trình triển khai thực hiện phát sinh khó
 * khăn, vướng mắc các đơn vị kịp thời báo cáo …".
 */
const ESCALATION_IN_COURSE =
  /^trong qua trinh (?:to chuc |trien khai )?thuc hien,?\s+(?:neu\s+)?(?:co|phat sinh|gap)\s+(?:kho khan|vuong mac)\b[^;.]*?[, ]\s*(?:(?:cac|nhung)\s+[a-z ]{2,40}?\s+)?(?:kip thoi\s+|chu dong\s+|khan truong\s+)?(?<!\b(?:da|dang|chua|duoc|vua)\s)(?:bao cao|phan anh|de xuat|gui van ban)\b/;
/**
 * A work of a plan dated with no unit named: "Công tác tuyển sinh vào lớp 10 năm học 2023-2024 sẽ hoàn thành trước ngày
 * 31/7/2023." (after work just given, "Việc … phải hoàn thành trước ngày …" dates that work: TIME_OF_WORK).
 */
/**
 * A target given its date with no unit named (folded): "(Cụ thể,) tỷ lệ giải ngân nguồn vốn đã bố trí phải đạt 60% trước
 * ngày 30.9.2018", the units' work before it measured.
 */
const TARGET_DATED =
  /^(?:cu the\s*,?\s*)?(?:ty le|khoi luong|gia tri)\s(?:[^.;]{0,120}?\s)?(?:phai|can)\s+(?:dat|hoan thanh|dat toi thieu|dat tren)\b/;
const DATED_WORK =
  /^cong tac\s(?:[a-z0-9-]+\s){1,12}?(?:se\s+|phai\s+|can\s+)?(?:duoc\s+)?(?<!\b(?:da|dang|vua|chua)\s)(?:hoan thanh|hoan tat|xong)\s+(?:truoc|cham nhat|trong)\b/;
/**
 * A project given its date with no unit named (folded): "Dự án Bệnh viện Đa khoa … phải hoàn thành các hạng mục công trình
 * còn lại trước ngày 1/6.", "Dự án Cung Văn hóa thiếu nhi phải khởi công trước ngày 1/6."
 */
const PROJECT_DATED =
  /^(?:du an|cong trinh|goi thau)\s(?:[^\s.;]+\s){1,16}?(?:phai|can)\s+(?:duoc\s+)?(?:hoan thanh|hoan tat|khoi cong|thong xe|dua vao (?:su dung|khai thac|hoat dong)|ban giao)\b[^.;]{0,100}?\b(?:truoc|cham nhat|trong)\s/;
const CONDITION_ON_SOME = /\bnao\s+(?:khong|chua)\s[^;.]*?\bthi\s/;
/**
 * "Điều 1. Ban hành kèm theo Quyết định này Quy định …", "Điều 1. Phê duyệt Đề án …": the article that issues or
 * approves what the decision is about, no work.
 */
const ISSUING_ARTICLE = /^(?:ban hanh|phe duyet) kem theo\b/;
/** The act of a decision's article, after its "Điều 1." (folded). */
const DECISION_ACT =
  /^(?:phe duyet|ban hanh|thanh lap|cong nhan|bo nhiem|mien nhiem|dieu chinh|sua doi|bai bo|cho phep|chap thuan|kien toan)\b/;
const ASSIGNER_WORD = new RegExp(String.raw`\b(?:yeu cau|de nghi|${ASSIGN_GIAO}|chi dao)\b`);
/** A sentence that opens by assigning ("Giao Sở X …", "Yêu cầu …"), not with a noun ("Giao thông giảm 4,7%"). */
const OPENS_ASSIGNMENT = new RegExp(String.raw`^(?:${ASSIGN_GIAO}|yeu cau|de nghi)\s`);
/** The same, or "chỉ đạo" addressed to units ("chỉ đạo các cơ quan …"): the work given after a preface. */
const OPENS_ASSIGNMENT_OR_DIRECTION = new RegExp(
  String.raw`^(?:${ASSIGN_GIAO}|yeu cau|de nghi|chi dao(?=\s+(?:cac\s+)?(?:co quan|so|nganh|don vi|ubnd|uy ban)\b))\s`,
);
/** The assigner's words that may come before a list of addressees with their work after it (see joinAddressees). */
const ASSIGNER_BEFORE_ADDRESSEES = new RegExp(
  String.raw`\b(?:(?<!\btheo\s)(?:yeu cau|de nghi)(?! cua\b)|(?<!\bduoc\s)${GIVEN_BY}${ASSIGN_GIAO}(?: cho)?|(?:ubnd tinh|uy ban nhan dan tinh|ubnd (?:thanh pho|tp)|uy ban nhan dan thanh pho|chu tich|(?:ong|ba|dong chi) [a-z]+)(?: [a-z]+){0,5}? (?:(?:da|vua|cung) )*(?:(?:co|ban hanh) (?:cong van|van ban|cong dien)(?: so [^\s,;]+)?(?: [a-z]+){0,2} )?chi dao(?! cua\b)),?\s`,
  'g',
);
/**
 * The government asking every locality, quoted in the province's text (folded): "Thủ tướng đề nghị các địa phương …"
 * (a ministry's words are MINISTRY_ASKS).
 */
const CENTRE_ASKS_LOCALITIES =
  /^(?:[^,;:]{0,60},\s*)?(?:(?:pho\s+)?thu tuong(?: chinh phu)?|chinh phu)\s+(?:da\s+|cung\s+|vua\s+)?(?:yeu cau|de nghi|chi dao)\s+[^,;:.]{0,60}?\bcac dia phuong\b/;
/**
 * A ministry asking a unit, quoted in the province's text (folded): "Bộ Công Thương yêu cầu Sở Công Thương tăng cường
 * kiểm tra …", "Bộ Y tế yêu cầu Sở Y tế các tỉnh, thành phố …"; not the province's commands ("Bộ Chỉ huy Quân sự tỉnh
 * …", "Bộ đội Biên phòng …").
 */
const MINISTRY_ASKS =
  /^(?:[^,;:]{0,60},\s*)?bo (?!phan\b|chi huy\b|doi\b|may\b|tu lenh\b)[a-z]+(?: [a-z]+){0,8}?\s+(?:da\s+|cung\s+|vua\s+)?(?:yeu cau|de nghi|chi dao)\s/;
/** What a draft under review says (folded): "Theo Dự thảo chương trình, … đẩy nhanh tiến độ …". */
const DRAFT_UNDER_REVIEW = /^theo (?:noi dung )?(?:cac )?du thao\b/;
/** A letter told with the units it was sent to (folded): "… ban hành văn bản số … về việc … gửi các sở, ban, ngành …". */
const LETTER_SENT_TO =
  /\b(?:ban hanh|co|gui)\s+(?:van ban|cong van|cong dien|chi thi|thong bao)\b[^.;:]{0,200}?\bgui\s+(?=(?:cac|ubnd|uy ban|so|thu truong|giam doc|chu tich)\b)/;
/**
 * The formula that closes a document, naming who carries it out, ending its clause (folded; the news drops the "này":
 * "… chịu trách nhiệm thi hành quyết định."): not "… chịu trách nhiệm triển khai Chỉ thị này, định kỳ hằng quý báo cáo
 * …", work that goes on after it.
 */
const EXECUTION_FORMULA =
  /\b(?:chiu|co) trach nhiem (?:(?:thi hanh|(?:to chuc )?(?:thuc hien|trien khai)(?: thuc hien)?(?: nghiem)?) (?:quyet dinh|chi thi|ke hoach|van ban|cong van|thong bao|ket luan) nay|thi hanh (?:quyet dinh|chi thi))(?:\s+ke tu ngay (?:ky|ban hanh))?\s*[./;,…]*\s*$/;
/** The people as such, not named with other bodies (folded): "(toàn thể) người dân", not "người dân và UBND các xã …". */
const PEOPLE = String.raw`(?:toan the\s+|moi\s+)?(?:nguoi dan|nhan dan|ba con|cong dan)\b(?!\s*(?:,|va)\s)`;
/**
 * The people addressed by the chair, the committee or the letter (folded): "Chủ tịch UBND tỉnh đề nghị (toàn thể) người
 * dân …", "Yêu cầu người dân không quay lại …"; not "Khuyến cáo người dân …", the units' work of advising them.
 */
const PEOPLE_ASKED = new RegExp(
  String.raw`^(?:[^,;:]{0,80},\s*)?(?:(?:pho\s+)?chu tich\b[^,;:]{0,60}?|(?:ubnd|uy ban nhan dan)\b[^,;:]{0,40}?)?\b(?:de nghi|yeu cau)\s+${PEOPLE}`,
);
/** The people alone after the assigner's word (folded): "người dân không …", not "người dân và UBND các xã …". */
const PEOPLE_ALONE = new RegExp(String.raw`^\s*${PEOPLE}`);
/**
 * The discussion asked of the meeting itself (folded action): "tập trung thảo luận 2 nhóm vấn đề …", "thảo luận về …",
 * "trình bày dự thảo kế hoạch … để các đại biểu dự họp cho ý kiến".
 */
const MEETING_DISCUSSION =
  /^(?:(?:tap trung\s+)?thao luan\s+(?:(?:\d+|hai|ba|cac|nhung)\s+)?(?:nhom\s+)?(?:van de|noi dung|ve)\b|trinh bay\b[^.;]{0,120}?\b(?:de|cho)\s+(?:cac\s+)?(?:dai bieu|thanh vien)\b)/;
/**
 * What an earlier document gave, told as the ground of this one (folded): "Thực hiện chỉ đạo của Chủ tịch UBND tỉnh tại
 * Công điện số 23/CĐ-UBND ngày 26/9/2025, trong đó giao Văn phòng … tham mưu …", "Thực hiện Công điện số 86/CĐ-TTg …,
 * trong đó giao các địa phương …"; the work is the one this text then gives.
 */
const EARLIER_DOCUMENT_GAVE =
  /^thuc hien (?:(?:y kien )?(?:chi dao|ket luan|yeu cau)\b[^.;]{0,160}?\b(?:tai|theo)\s+)?(?:cong dien|cong van|van ban|thong bao|chi thi|ke hoach|quyet dinh|nghi quyet)\b[^.;]{0,120}?,\s*trong do\s+(?:da\s+)?(?:giao|yeu cau|chi dao|de nghi)\b/;
/** A sentence that is a remark quoted, then who made it: '"…", Phó Chủ tịch UBND tỉnh nhấn mạnh.' (written text). */
const QUOTED_REMARK =
  /^\s*["“][^"”]+["”]\s*,?\s*[^,.;"“”]{0,80}?(?<![\p{L}\p{M}])(?:nhấn mạnh|khẳng định|nói|chia sẻ|bày tỏ|cho biết|phát biểu)\s*[.!]?\s*$/u;
/** A page's dateline: "Cập nhật lúc 15:53, Thứ Sáu, 01/02/2019", "Ngày đăng: 08/07/2024". */
const DATELINE = /^(?:cap nhat|ngay dang|dang ngay|ngay cap nhat|dang luc)\s*(?:luc\s*)?:?\s*\d/;
/** "các đơn vị nêu trên", "các địa phương này": the units named before, by the letter's addressees. */
const UNITS_NAMED_BEFORE = /^(?:neu tren|noi tren|tren day|tren(?! (?:co so|dia ban|toan|tat ca|moi)\b)|nay)\b/;
/** "… trong thời gian nêu trên": the time given to the work before it (not "Sau thời hạn nêu trên, …", after it). */
const TIME_NAMED_BEFORE = /(?<!\bsau\s)\b(?:trong\s+)?thoi (?:gian|han) (?:neu tren|noi tren|tren)\b/;
/** "Đối với những kiến nghị …, giao cơ quan chủ trì xây dựng …": the matter named first, then the assignment. */
const MATTER_THEN_ASSIGNMENT = /^(?:rieng\s+)?doi voi\s[^;]*?,\s*(?:giao|yeu cau|de nghi)\s/;
/**
 * A place named by itself (two or three capitalised words), asking for work with no unit named: "Hà Nam cũng yêu cầu
 * dừng các lễ hội …" (the written sentence; the work after "yêu cầu" is read on the folded one).
 */
const PLACE_ASKS =
  /^(?:Theo đó,?\s+)?\p{Lu}[\p{L}\p{M}]*(?:\s+(?:-\s+)?\p{Lu}[\p{L}\p{M}]*){1,2}\s+(?:(?:cũng|đã|vừa|tiếp tục)\s+)*yêu cầu\s/u;
/** "Nhiệm vụ (còn lại) của các đơn vị là tập trung tháo gỡ …": the units' duty, stated. */
/** The heads of the names of the bodies that chair work given in the passive ("… do Sở X chủ trì …"). */
const CHAIR_HEADS = [
  'Sở',
  'Ban',
  'UBND',
  'Ủy ban',
  'Uỷ ban',
  'Công an',
  'Thanh tra',
  'Cục',
  'Văn phòng',
  'Bộ Chỉ huy',
  'Kho bạc',
];
/** "Việc … do Sở X chủ trì …" (folded): see PASSIVE_CHAIR. */
const PASSIVE_CHAIR_FOLDED = new RegExp(
  String.raw`^(?:nhiem vu|viec|cong tac|noi dung)\s[^;:]{2,160}?\sdo\s+(?:${[...new Set(CHAIR_HEADS.map((h) => foldWithOffsets(h).folded))].join('|')})\s[^,;()]{1,80}?\s+(?:chu tri|phu trach)\b`,
);
const DUTY_STATED = /^nhiem vu(?:\s+[a-z]+){0,3}\s+cua\s+[^.;:]{1,80}?\s+la\s+/;
/** The time work is to start, opening a sentence before its work (see stripLead). */
const TIME_TO_START =
  /^(?:(?:ngay\s+)?(?:sau|truoc)\s+(?:khi\s+)?(?:(?:dip|ky|thoi gian)\s+)?(?:nghi\s+)?(?:tet|le)\b|(?:ngay\s+)?(?:khi\s+)?bat tay (?:ngay\s+)?vao\s+(?:cong viec|nam moi|lam viec))[^,;.]{0,60},\s*(?=[a-z])/;
/**
 * "Trong quý II, UBND huyện đề ra một số nhiệm vụ …, như: …", "Năm 2026, ngành công thương tiếp tục …; tập trung …",
 * "Hai tháng cuối năm, huyện tập trung vào các nhiệm vụ như: …",
 * "Nhiệm vụ trọng tâm trong tháng 3-2018, …", "Nhiệm vụ trọng tâm hàng đầu trong tháng 3-2026 là …", "Về giải pháp trong tháng 11, …", "Về nhiệm vụ trong tháng 12, yêu cầu …"
 * (not "Về nhiệm vụ năm 2019, Sở X tiếp tục …", a unit's own plan told), "Trong 02 tuần tới, …", "Từ nay đến ngày
 * 20/10/2020, …", "Đến hết ngày 15/5/2021, …", "Để thực hiện nhiệm vụ tháng 11, … yêu cầu các đơn vị …": the period a sentence or a list's preamble
 * opens with, before a comma (or before the units it is for, the comma left out: "Trong quý II/2024 các sở, ngành …"),
 * is the time of every piece of work in it (group 1: the period as written, folded); not
 * when the committee then tells what it did ("Trong tháng 10, UBND huyện đã ban hành …").
 */
const OPENING_PERIOD =
  /^(?:(?:(?:de|nham)\s+(?:thuc hien|hoan thanh)(?:\s+tot)?\s+(?=(?:cac\s+)?nhiem vu\s+(?:trong\s+)?(?:thang|quy)\b))?(?:(?:ve|doi voi)\s+(?=giai phap|nhiem vu\b(?:[^,;.]|\.(?=\d)){0,40},[^,;.]{0,80}?\b(?:yeu cau|de nghi|giao(?! thong\b))\s|nhiem vu\s+(?:trong\s+)?(?:thang|quy|nam)\b[^,;.]{0,30},\s*(?:hoan chinh|hoan thanh|tap trung|tiep tuc|day manh|trien khai|to chuc|thuc hien|tang cuong)\s))?(?:cac\s+)?(?:nhiem vu|giai phap|phuong huong)(?:,?\s+(?:nhiem vu|giai phap))?(?:\s+(?:trong tam|chu yeu)(?:\s+hang dau)?)?\s+)?((?:trong\s+|tu nay den\s+(?:het\s+|cuoi\s+)?|cham nhat\s+(?:den\s+)?(?:het\s+|cuoi\s+)?|den het\s+)?(?:nam \d{4}|quy (?:iv|i{1,3}|[1-4])(?:\s*[/-]\s*\d{4}|\s+nam\s+\d{4})?|thang \d{1,2}(?:\s*[/.-]\s*\d{4}|\s+nam\s+\d{4})?|(?:6|sau) thang (?:dau|cuoi) nam(?: \d{4})?|(?:nhung|cac|\d{1,2}|hai|ba) thang cuoi nam(?: \d{4})?|(?:(?:nhung|cac|\d{1,2}|hai|ba) (?:thang|quy)|thoi gian) con lai (?:cua )?nam(?: \d{4})?)|trong\s+(?:\d{1,2}|hai|ba)\s+(?:tuan|ngay)\s+toi|(?:tu nay\s+)?den\s+(?:het\s+)?ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)(?:\s*,|(?<=^(?:cac\s+)?(?:nhiem vu|giai phap)\b[^,;.]*)\s+(?:la\s+(?=[a-z])|(?=tap trung\s))|\s+(?=cac\s+(?:so|phong|nganh|cap|dia phuong|don vi|co quan|xa|huyen)\b))(?!\s*(?:ubnd|uy ban nhan dan)\s+(?:[a-z]+\s+){0,3}?da\s+(?:ban hanh|giao|trien khai|to chuc|thuc hien|chi dao|hoan thanh|lanh dao)\b)/;

/**
 * Turns the text of a conclusion into draft tasks: splits enumerations and
 * sentences, keeps preambles as context, splits a sentence that carries several
 * directives (a clause with its own assignee or its own deadline) and joins one
 * that spans sentences (a follow-up such as "Trình UBND tỉnh trước ngày …" or a
 * restatement of the same assignee), then reads the assignees, their roles and
 * the deadline of each. Deterministic; saves nothing.
 */
export function extractDirectives(text: string, options: ExtractOptions): DraftTask[] {
  const calendar = options.calendar ?? fallbackCalendar;
  const matcher = options.matcher ?? new UnitMatcher(options.departments);
  // Remembered for this text only: the office may change its calendar's days off between two readings.
  const deadlinesIn = remembered((piece: string) => findDeadlines(piece, options.date, calendar));
  const workDeadlines = remembered(deadlinesOfWork);
  const written = foldWithOffsets(text);
  const offsets = written.offsets;
  // "xử lí", "quản lí": the same words as "xử lý", "quản lý", spelt with i, read as those (the same length, so that the
  // offsets hold).
  // "chủ trì, tham mưu, phối hợp các sở …": the advice between the lead and its partners read as "chủ trì, phối hợp" (the
  // same length, the advice's letters blanked before it).
  /** Where a blanked news tag ends, before the words it quotes: the line's start for the units after it. */
  const quotedAfterTag = new Set<number>();
  const folded = headsAsChiefs(written.folded)
    .replace(/\b(xu|quan) li\b/g, '$1 ly')
    .replace(
      /\bchu tri(\s*,\s*)(tham muu\s*,\s*)(?=phoi hop\b)/g,
      (_, comma: string, advice: string) => ' '.repeat(advice.length) + 'chu tri' + comma,
    )
    // "… yêu cầu “Sở TT-TT thường xuyên theo dõi …": the letter quoted after the assigner's word, its units first.
    .replace(/\b(?:yeu cau|de nghi|chi dao)\s*:?\s*["“]/g, (m) => m.slice(0, -1) + ' ')
    // "(PLVN) - “Các Sở, ngành, địa phương … phải …" opening a line: the news site's tag and the quote mark opening the
    // words it quotes, blanked, so that the units open the sentence (read as opening the line: quotedAfterTag).
    .replace(
      /(^|\s)((?:\([a-z]{2,8}\)|\(?[a-z0-9]+(?:\.[a-z]{2,4})+\)?)[ \t]*[-–][ \t]*["“])/g,
      (tagged: string, before: string, tag: string, at: number) => {
        if (before !== '' && text[offsets[at]] !== '\n') return tagged;
        quotedAfterTag.add(at + before.length + tag.length - 1);
        return before + ' '.repeat(tag.length);
      },
    )
    // "UBND TP.HCM vừa có văn bản …": the city's name after "TP." read as after "TP " (no end of a sentence inside it).
    .replace(/\btp\.(?=[a-z])/g, 'tp ')
    // "đăng ký" (to register, work) folds as "đang ký" (is signing, told): the written "ă" tells them apart, and the
    // register's two words are joined ("dang_ky", the same length) for ACTIONS to read (not what was registered, counted:
    // "đăng ký khai sinh cho 2.350 trẻ em").
    .replace(/\bdang ky\b/g, (words: string, at: number) =>
      /^[ăĂ]/u.test(text.slice(offsets[at + 1], offsets[at + 2]).normalize('NFC')) ? 'dang_ky' : words,
    );
  // Folded index of each original index, to move between the two.
  const toFolded = new Array<number>(text.length + 1).fill(0);
  for (let i = offsets.length - 1; i >= 0; i--) toFolded[offsets[i]] = i;
  for (let i = 1; i <= text.length; i++)
    if (toFolded[i] === 0 && offsets[0] !== i) toFolded[i] = Math.max(toFolded[i], toFolded[i - 1]);
  const foldedOf = (p: Piece) => folded.slice(toFolded[p.start], toFolded[p.end]);
  const mentions = withHeadsNamed(
    text,
    folded,
    offsets,
    toFolded,
    withUnitsOutsideTable(
      text,
      offsets,
      toFolded,
      folded,
      matcher.find(
        folded,
        folded.replace(/ /g, (space, i: number) => (text[offsets[i]] === '\n' || quotedAfterTag.has(i) ? '\n' : space)),
      ),
    ),
  );
  const mentionsIn = (p: Piece) => mentions.filter((m) => m.from >= toFolded[p.start] && m.to <= toFolded[p.end]);

  const directives: Directive[] = [];
  const paragraphOf = new Map<Directive, number>();
  let context: { assignees: Assignees | null; isKey: boolean; paragraph: number; directivePreamble: boolean } = {
    assignees: null,
    isKey: false,
    paragraph: -1,
    directivePreamble: false,
  };
  /**
   * Whether the context's units come from a heading that names them ("4. UBND các huyện, thành phố" over dashed items)
   * and its items have been read: a paragraph after them that is no item is out of the heading's reach ("Trong quá trình
   * thực hiện, nếu có khó khăn, … các đơn vị kịp thời báo cáo …" closing the plan).
   */
  let headingItemsRead: boolean | null = null;
  /**
   * The numbered or lettered item whose preamble named the context's units ("2. Sở Xây dựng:"), and the context before
   * it: the next item of its kind ("3. …") is out of its reach.
   */
  let unitItem: { kind: string; rank: number; outer: typeof context } | null = null;
  /** The numbered heading of a matter last read ("1. Về công tác phòng, chống thiên tai"), whose units' lines follow. */
  let topicItem: { kind: string; rank: number } | null = null;
  /** The sentence that holds the value of an activity's field whose label ended the sentence before (see ACTIVITY_FIELD). */
  let fieldValue = -1;
  /** The last sentence of the last field read, so that an activity's fields follow one another. */
  let lastField = -1;
  let main: Directive | null = null;
  let current: Directive | null = null;
  let letterItemsFrom: number | null = null;
  /** The line of the list after "Kính gửi:" / "Nơi nhận:" last read (the letter's addressees, not work), or null. */
  let addresseeLine: number | null = null;
  /** The paragraph whose list of attendees is being read (see ATTENDANCE). */
  let attendance: number | null = null;
  /** Reading what voters ask (see VOTERS_ASK), up to the answer. */
  let petition = false;
  /** The paragraph of the last sentence that told what a unit has done, while no directive follows it, or null. */
  let account: number | null = null;
  /** The account was told only by what DONE_WITH_OTHERS reads: only "Đồng thời, …" goes on with it. */
  let accountWithOthers = false;
  /** The sentences that go on with the government's words to every province (see goesOnFromNone). */
  const governmentGoesOn = new Set<number>();
  /** The paragraph whose list of the documents a meeting discussed is being read (see AGENDA). */
  let agenda: number | null = null;
  /** The paragraph of the last sentence that told a meeting was held (see MEETING_HELD). */
  let meetingTold: number | null = null;
  /** The period the last list's preamble opened with, and its paragraph (see OPENING_PERIOD). */
  let listFrame: { period: ParsedDeadline; paragraph: number } | null = null;
  /** The period in force for the work of the sentence being read: its own opening one, else its list's. */
  let frame: ParsedDeadline | null = null;
  /** The period the last sentence that opened with one opened with, and its paragraph (see PLACE_GOES_ON). */
  let lastOpening: { period: ParsedDeadline; paragraph: number } | null = null;

  /** Whether an assigner's words are in the piece ("giao", "yêu cầu", …): a fresh pattern, ASSIGNMENT_CUE being global. */
  const hasAssignmentCue = (p: Piece) => new RegExp(ASSIGNMENT_CUE.source).test(foldedOf(p));

  // A plan's table of tasks, pasted as rows of cells: each row is a draft of its own (tableDrafts), not prose.
  const pasted = findTaskTables(text);
  // The same copied from a PDF, a cell's words on lines of their own.
  const tables = [
    ...pasted,
    ...findStackedTaskTables(text, {
      unitEndAt: (index) => {
        const named = mentions.filter((m) => m.from === toFolded[index]);
        return named.length === 0 ? null : offsets[Math.max(...named.map((m) => m.to)) - 1] + 1;
      },
      isDeadline: (cell) => cellDeadline({ start: 0, end: cell.length, text: cell }) !== null,
    }).filter((stacked) => !pasted.some((t) => stacked.start < t.end && stacked.end > t.start)),
  ];
  const sentences = sentencesOf(text).filter((x) => !tables.some((t) => x.start < t.end && x.end > t.start));
  for (const [index, sentence] of sentences.entries()) {
    // The next item of the unit's kind ("3. …" after "2. Sở Xây dựng:") is out of the unit's reach. Its own items
    // numbered as it is ("1. Sở Xây dựng: ⏎ 1. Chủ trì … ⏎ 2. Hướng dẫn …") restart at one: no next item of its kind
    // can be told from them, so the heading reaches on.
    if (unitItem && sentence.ordinal?.kind === unitItem.kind) {
      if (sentence.ordinal.rank > unitItem.rank) {
        context = { ...unitItem.outer, paragraph: context.paragraph };
        headingItemsRead = null;
      }
      unitItem = null;
    }
    if (sentence.ordinal && !sentence.preamble && headingLine(sentence, stripLead(foldedOf(sentence))))
      topicItem = sentence.ordinal;
    if (sentence.aim) continue;
    if (sentence.told && !hasAssignmentCue(sentence)) continue;
    const f = stripLead(foldedOf(sentence));
    // "- Đơn vị chủ trì: Sở X.", "- Đơn vị phối hợp: …", "- Thời gian: trước ngày …" under an activity of a plan: the
    // fields of the activity just named, not work of their own. A label's colon ends its sentence; its value is the
    // next one of the line.
    if (index === fieldValue) continue;
    const field = ACTIVITY_FIELD.exec(f);
    const activity = directives[directives.length - 1];
    if (field && activity && index > 0 && (reachesSentenceBefore(activity, index) || lastField === index - 1)) {
      const next = sentences[index + 1];
      const valueOn = field[0].length === f.length && next?.paragraph === sentence.paragraph ? next : sentence;
      if (valueOn === next) fieldValue = index + 1;
      lastField = valueOn === next ? index + 1 : index;
      // "Cơ quan chủ trì: Sở Y tế; cơ quan phối hợp: Sở Tài chính; thời gian hoàn thành: tháng 6/2024": the fields of
      // one line, each after its ";".
      const labelStart = toFolded[sentence.start] + (foldedOf(sentence).length - f.length);
      const fields: Array<{ kind: string | undefined; from: number; to: number; start: number }> = [];
      for (const part of clausesIn(text, valueOn)) {
        const partFolded = foldedOf(part);
        const own = fields.length > 0 ? ACTIVITY_FIELD.exec(stripLead(partFolded)) : null;
        const at = toFolded[part.start] + (partFolded.length - stripLead(partFolded).length);
        if (fields.length === 0) {
          const from = valueOn === sentence ? labelStart + field[0].length : toFolded[valueOn.start];
          fields.push({ kind: field[1], from, to: toFolded[part.end], start: sentence.start });
        } else if (own)
          fields.push({ kind: own[1], from: at + own[0].length, to: toFolded[part.end], start: part.start });
        else fields[fields.length - 1].to = toFolded[part.end];
      }
      for (const { kind, from, to, start } of fields) {
        const { ids, groups, bodies, named } = unitsByKind(mentions.filter((m) => m.from >= from && m.to <= to));
        const a = activity.assignees;
        if (kind === 'chu tri' || kind === 'thuc hien') {
          activity.assignees = {
            ...a,
            lead: ids[0] ?? null,
            leadMentions: ids,
            groups: [...new Set([...a.groups, ...groups])],
            outside: bodies,
            leadNamed: true,
            explicit: true,
          };
        } else if (kind === 'phoi hop') {
          // Bodies the table lacks kept by name with the groups, in the order written, as in a table of tasks.
          activity.assignees = {
            ...a,
            support: [...new Set([...a.support, ...ids])],
            groups: [...new Set([...a.groups, ...named])],
          };
        } else activity.pieces.push({ start, end: offsets[Math.min(to, offsets.length) - 1] + 1 });
      }
      continue;
    }
    const opening = openingPeriod(sentence);
    // "Trong tháng 10, huyện tập trung chỉ đạo thu hoạch lúa, đạt 95% diện tích." in November: what the place did in a
    // period gone by, told, not work it sets itself (see PLACE_OPENING_PERIOD).
    const placePeriod = opening ? null : PLACE_OPENING_PERIOD.exec(stripMark(foldedOf(sentence)));
    if (placePeriod && !hasAssignmentCue(sentence) && periodIsOver(placePeriod[1])) continue;
    if (listFrame && !sentence.item && sentence.paragraph !== listFrame.paragraph) listFrame = null;
    const goesOn = lastOpening?.paragraph === sentence.paragraph && PLACE_GOES_ON.test(f) ? lastOpening.period : null;
    frame = opening ?? listFrame?.period ?? goesOn ?? keyTasksPeriod(sentence);
    if (opening) lastOpening = { period: opening, paragraph: sentence.paragraph };
    const timeOfWork = datesWorkBefore(f) && deadlinesIn(text.slice(sentence.start, sentence.end)).length > 0;
    if (
      sentence.paragraph !== context.paragraph &&
      !sentence.item &&
      !(current && (REPORT_PARAGRAPH.test(f) || timeOfWork))
    ) {
      main = current = null;
    }
    // "Tham dự buổi làm việc có đại diện …; lãnh đạo: Sở X, …": who attended, however many units it names (their
    // names hold verbs: "Chi cục Bảo vệ thực vật"), up to the paragraph's end or an assigner's words.
    if (ATTENDANCE.test(stripLead(foldedOf(sentence)))) {
      attendance = sentence.paragraph;
      main = current = null;
      continue;
    }
    // "Cử tri xã Trung Yên, huyện Sơn Dương đề nghị:" and its items: what the voters ask, up to the answer ("Trả lời:")
    // or the committee's own words giving the work.
    if (sentence.preamble && VOTERS_ASK.test(f)) {
      petition = true;
      main = current = null;
      continue;
    }
    if (petition) {
      if (/^tra loi\b/.test(f)) {
        petition = false;
        continue;
      }
      // The committee's answer giving the work after a heading in capitals ("TRẢ LỜI:" is no sentence): "Tiếp thu ý kiến
      // của cử tri, Ủy ban nhân dân tỉnh giao:".
      const answers = sentence.preamble && /\b(?:giao|yeu cau|chi dao)\s*:$/.test(f);
      if (!answers && ![...foldedOf(sentence).matchAll(ASSIGNMENT_CUE)].some((m) => !/^de nghi/.test(m[0]))) continue;
      petition = false;
    }
    if (attendance === sentence.paragraph && !hasAssignmentCue(sentence)) continue;
    attendance = null;
    if (agenda === sentence.paragraph && !hasAssignmentCue(sentence)) continue;
    agenda = null;
    if (AGENDA.test(f) && !hasAssignmentCue(sentence)) {
      agenda = sentence.paragraph;
      main = current = null;
      continue;
    }
    if (meetingTold === sentence.paragraph && !sentence.item && MEETING_BUSINESS.test(f)) continue;
    meetingTold = MEETING_HELD.test(f) ? sentence.paragraph : null;
    // "… giao Sở X chủ trì … triển khai một số nội dung sau:" with nothing after it: the list is not in the text,
    // and the assignment is the directive.
    // Each addressee on a line of its own ("- VP. Ban chỉ huy …;" runs on in the same line).
    if (addresseeLine !== null && (sentence.item || sentence.paragraph === addresseeLine)) {
      addresseeLine = sentence.paragraph;
      continue;
    }
    addresseeLine = null;
    // A dispatch's "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN, điện:", "… TỈNH điện:" before the lines it is sent to.
    if (
      sentence.preamble &&
      (/^(?:kinh gui|noi nhan)\b/.test(f) || /(?:^|,|\b(?:tinh|huyen|thanh pho|thi xa|xa|phuong))\s*dien\s*:$/.test(f))
    ) {
      addresseeLine = sentence.paragraph;
      continue;
    }
    const heading = !sentence.preamble && unitHeading(sentence, index, f);
    if ((sentence.preamble || heading) && !(index === sentences.length - 1 && assignsWork(sentence))) {
      let assignees = readAssignees(sentence, f);
      // "1. Đối với UBND các xã:" heading the items below: the units they are for, with nothing else on the line.
      const unitsFor = sentence.preamble ? /^doi voi\s+(?=[^:]+:\s*$)/.exec(f) : null;
      if (unitsFor && assignees.lead === null && assignees.groups.length === 0 && assignees.outside.length === 0) {
        const at = foldedOf(sentence).lastIndexOf(f);
        const rest = trimPiece(text, offsets[toFolded[sentence.start] + at + unitsFor[0].length], sentence.end);
        const read = readAssignees(rest, stripLead(foldedOf(rest)));
        if (!/[a-z]/.test(actionOf(read, rest).replace(/\b(?:thi|cac|va)\b/g, ''))) assignees = read;
      }
      // "Chủ tịch UBND tỉnh yêu cầu các sở, ngành hoàn thành các nội dung sau trước ngày 30/6/2024:": the date the
      // items are due by, unless they give their own. Not the date of the report on them ("…, báo cáo kết quả về Sở X
      // trước ngày …:").
      // Only a date after the assigner's words or the units' work: not that of a purpose before them ("Để hoàn thành
      // mục tiêu … trước ngày 31/12/2025, UBND tỉnh yêu cầu …:").
      const written = text.slice(sentence.start, sentence.end);
      const cue = [...foldedOf(sentence).matchAll(new RegExp(ASSIGNMENT_CUE.source, 'g'))].pop();
      const after = cue
        ? offsets[toFolded[sentence.start] + cue.index] - sentence.start
        : assignees.explicit
          ? assignees.actionStart - sentence.start
          : null;
      const due =
        opening || after === null
          ? null
          : workDeadlines(written).find(
              (x) =>
                x.start >= after &&
                x.kind === 'deadline' &&
                x.dueDate !== null &&
                x.dueDate >= options.date &&
                !/\b(?:bao cao|gui|trinh)\b/.test(foldWithOffsets(written.slice(0, x.start)).folded.slice(-80)),
            );
      // "… nhấn mạnh một số nội dung trọng tâm tháng 8/2019 như sau:": the month the items are for, named without "trong".
      // Named so, the list is the work ahead whether or not an assigner's word gives it ("… kết luận một số nhiệm vụ
      // trọng tâm …"); of two periods named ("cuối tháng 3 và trong tháng 4/2022"), the later.
      const itemsOf = opening || due ? null : ITEMS_OF_PERIOD.exec(written);
      const itemsDue = itemsOf
        ? deadlinesIn(`trong ${itemsOf[1]}`)
            .filter((x) => x.dueDate !== null)
            .sort((a, b) => b.dueDate!.localeCompare(a.dueDate!))[0]
        : undefined;
      const listed =
        itemsOf && itemsDue && itemsDue.dueDate! >= options.date
          ? {
              ...itemsDue,
              deadlineText: itemsOf[1],
              start: itemsOf.index + itemsOf[0].indexOf(itemsOf[1]),
              end: itemsOf.index + itemsOf[0].indexOf(itemsOf[1]) + itemsOf[1].length,
            }
          : null;
      const period = opening ?? due ?? listed ?? null;
      listFrame = period ? { period, paragraph: sentence.paragraph } : null;
      // "Theo đó, yêu cầu Thủ trưởng các sở …: Thực hiện nghiêm …": the items of the letter told before.
      letterItemsFrom = /^\s*theo do\b/.test(foldedOf(sentence)) && assignees.explicit ? index : letterItemsFrom;
      const named = assignees.groups.length > 0 || assignees.lead !== null || assignees.outside.length > 0;
      // "1. Về công tác phòng, chống thiên tai ⏎ Sở Nông nghiệp và PTNT: ⏎ - …": a unit's line under a matter's numbered
      // heading reaches as far as the heading does.
      const scope: { kind: string; rank: number } | null = sentence.ordinal ?? topicItem;
      if (named) unitItem = scope ? { ...scope, outer: context } : null;
      context = {
        assignees:
          assignees.groups.length || assignees.lead || assignees.outside.length
            ? assignees
            : (sentToBefore(index) ?? detailedWorkBefore(index) ?? context.assignees),
        isKey: KEY.test(f),
        paragraph: sentence.paragraph,
        // "Điều 1. Phê duyệt danh sách … gồm 04 sản phẩm, cụ thể như sau:" lists what a decision approves, not work.
        directivePreamble:
          heading ||
          (/(yeu cau|de nghi|giao|chi dao|ket luan|trach nhiem|nhiem vu|nhu sau|sau day|do la)/.test(f) &&
            !/^(?:phe duyet|cong nhan|ban hanh|thanh lap)\b/.test(f)),
      };
      headingItemsRead = heading ? false : null;
      // "Trong tháng 12/2019, UBND thị xã đã tập trung xử lý … các dự án như: …": an account that lists its examples;
      // the sentences after the list go on with it.
      // "Năm 2024, ngành Xây dựng đạt nhiều kết quả nổi bật trong các lĩnh vực: …": the fields of the results achieved.
      if (!context.directivePreamble && (DONE_ACCOUNT.test(f) || resultsOnly(f))) account = sentence.paragraph;
      main = current = null;
      continue;
    }
    if (sentence.paragraph !== context.paragraph && !sentence.item) {
      if (headingItemsRead) context = { ...context, assignees: null };
      headingItemsRead = null;
      context.paragraph = sentence.paragraph;
    }
    if (sentence.item && headingItemsRead === false) headingItemsRead = true;

    const clauses = joinAddressees(clausesIn(text, sentence))
      .flatMap(splitPurposeSteps)
      .flatMap(splitAssignments)
      .flatMap(splitDatedWorks)
      .flatMap(splitKeyTasks)
      .flatMap(splitChairedWork)
      .flatMap(splitSecondSubjects)
      .flatMap(splitConsequence)
      .flatMap(splitCommaWorks);
    let first = 0;
    for (let c = 0; c < clauses.length; c++) {
      const clause = clauses[c];
      const cf = stripLead(foldedOf(clause));
      if (!/[a-z]/.test(cf)) continue;
      // "…; Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này.": the formula that closes a document, whatever
      // work an earlier clause gave, and before another unit's work (not "Sở X có trách nhiệm tổ chức thực hiện Kế hoạch
      // này; tổng hợp, báo cáo …", the units of the work after it).
      if (EXECUTION_FORMULA.test(foldedOf(clause))) {
        const next = clauses[c + 1];
        if (next === undefined || readAssignees(next, stripLead(foldedOf(next))).explicit) {
          if (c === first) first = c + 1;
          continue;
        }
      }
      const assignees = readAssignees(clause, cf);
      // "…; phối hợp Sở Kế hoạch và Đầu tư, Sở Tài chính đồng trình UBND tỉnh trước ngày …": the same unit's work going on
      // to its submission, with partners of its own and its date.
      if (current && c > 0 && PARTNERS_SUBMIT.test(cf) && assignees.groups.length === 0) {
        const a = current.assignees;
        const ids = [...assignees.leadMentions, ...assignees.support].filter((id) => id !== a.lead);
        current.assignees = { ...a, support: [...new Set([...a.support, ...ids])] };
        current.pieces.push(clause);
        continue;
      }
      const deadlines = workDeadlines(text.slice(clause.start, clause.end));
      const ownDeadline = deadlines.length > 0;
      const actionText = actionOf(assignees, clause);
      const generic = GENERIC_OBJECT.test(actionText) || GENERIC_OBJECT.test(cf);
      // "Sở Y tế chủ trì kiểm tra; Sở Công Thương, Công an tỉnh phối hợp (thực hiện).": the units of the clause cooperate
      // in the work just given; they have no work of their own.
      if (
        current &&
        c > 0 &&
        assignees.explicit &&
        COOPERATION_ONLY.test(cf.slice(cf.lastIndexOf(' phoi hop') + 1)) &&
        /^(?:(?:thuc hien|trien khai(?:\s+thuc hien)?)\s*)?[.;]?\s*$/.test(actionText)
      ) {
        const a = current.assignees;
        const ids = [...assignees.leadMentions, ...assignees.support].filter((id) => id !== a.lead);
        current.assignees = {
          ...a,
          support: [...new Set([...a.support, ...ids])],
          groups: [...new Set([...a.groups, ...assignees.groups, ...assignees.outside])],
        };
        current.pieces.push(clause);
        continue;
      }

      // "… - Cơ quan chủ trì: Sở Công Thương; cơ quan phối hợp: Sở Tài chính - …": the work's partners, by their field.
      const cooperating = c > 0 && current ? ACTIVITY_FIELD.exec(cf) : null;
      if (current && cooperating?.[1] === 'phoi hop') {
        const { ids, named } = unitsByKind(mentionsIn(clause));
        const a = current.assignees;
        current.assignees = {
          ...a,
          support: [...new Set([...a.support, ...ids.filter((id) => id !== a.lead)])],
          groups: [...new Set([...a.groups, ...named])],
        };
        current.pieces.push(clause);
        continue;
      }
      // "… thực hiện cấm biển từ 17h ngày 4/10. Cụ thể, nghiêm cấm tàu, thuyền ra khơi.": the detail of the work of the
      // sentence just before, naming no units of its own and opened by work (not "Cụ thể, trong năm 2022 nhiều gói thầu
      // bị chậm", the state of things, nor "Cụ thể, huyện X phải …", a unit's own share).
      const last = directives[directives.length - 1];
      if (
        c === 0 &&
        index > 0 &&
        last !== undefined &&
        !assignees.explicit &&
        !sentence.item &&
        /^cu the\s*,/.test(foldedOf(sentence).trimStart()) &&
        ACTIONS.test(
          foldedOf(sentence)
            .trimStart()
            .replace(/^cu the\s*,\s*/, ''),
        ) &&
        reachesSentenceBefore(last, index)
      ) {
        last.pieces.push(clause);
        main = current = last;
        continue;
      }
      if (c === first) {
        // "Ban Chỉ đạo Phòng thủ dân sự quốc gia đề nghị các tỉnh, thành phố theo dõi …. Đồng thời, sẵn sàng lực lượng
        // …": what goes on from the government's words to every province, naming no units of its own, is theirs too,
        // in the same paragraph or opening the next.
        // "Theo Công điện, Thủ tướng chỉ đạo Chủ tịch UBND các tỉnh …. Chỉ đạo, thực hiện rà soát … . Chỉ đạo tăng cường
        // …": the items of those words told on, naming no units, are the government's too, to the first that names some.
        const goesOnFromNone =
          c === 0 &&
          index > 0 &&
          !sentence.item &&
          !assignees.explicit &&
          (GOES_ON.test(foldedOf(sentence).trimStart()) || ACTIONS.test(cf.trimStart())) &&
          (governmentGoesOn.has(index - 1) || asksEveryProvince(stripLead(foldedOf(sentences[index - 1]))));
        if (goesOnFromNone) governmentGoesOn.add(index);
        const kind = goesOnFromNone ? 'none' : classify(sentence, clause, cf, assignees, actionText, ownDeadline);
        // A leader's report to the meeting goes on, as an account does, with the work it tells of ("Lãnh đạo Sở … báo
        // cáo công tác chăm lo … Triển khai tặng quà …").
        const leaderTells = c === 0 && !assignees.cued && LEADER_TELLS.test(text.slice(sentence.start, sentence.end));
        const accountTold = DONE_ACCOUNT.test(cf) || DONE_WITH_OTHERS.test(cf) || leaderTells;
        if (kind === 'none' && accountTold) accountWithOthers = !DONE_ACCOUNT.test(cf) && !leaderTells;
        account = kind === 'none' && accountTold ? sentence.paragraph : kind === 'none' ? account : null;
        if (kind === 'none') {
          // "Căn cứ …; …; …, yêu cầu các sở …": the directive comes after a preface.
          // "Nội dung … đã được UBND tỉnh chỉ đạo …; yêu cầu UBND huyện … kịp thời …": the direction after what was
          // directed before. "… Phó Chủ tịch UBND tỉnh đã ghi nhận các ý kiến …; chỉ đạo cơ quan chức năng …" likewise.
          // "Thống nhất thời gian tổ chức Hội nghị …; Văn phòng UBND tỉnh chuẩn bị nội dung …": the work that follows
          // what was agreed.
          // "Bộ Công Thương yêu cầu các địa phương …; UBND tỉnh giao Sở Công Thương …": the province's own assignment after
          // a clause of no work.
          // Not "Để chủ động ứng phó …, Bộ Y tế đề nghị các tỉnh, thành phố theo dõi …; tăng cường giám sát …": after the
          // opening clause, another body's request, whose further clauses are its own, unless one names its units.
          // "Theo Công điện, Thủ tướng chỉ đạo Chủ tịch UBND các tỉnh …; chỉ đạo các cơ sở giáo dục …": the rest of the
          // government's words to every province is its too, unless the province gives work of its own after them ("…;
          // UBND tỉnh giao Sở Công Thương …").
          if (
            asksEveryProvince(cf) &&
            !clauses.slice(c + 1).some((x) => PROVINCE_OPENS_ASSIGNMENT.test(stripLead(foldedOf(x))))
          ) {
            current = null;
            break;
          }
          const requestedInIt = [...cf.matchAll(ASSIGNMENT_CUE)].some((m) =>
            actsSomewhere(cf.slice(m.index + m[0].length)),
          );
          const next = clauses[c + 1];
          const prefaced =
            PREFACE.test(stripLead(foldedOf(clauses[0]))) &&
            (!requestedInIt || (next !== undefined && readAssignees(next, stripLead(foldedOf(next))).explicit));
          if (
            (prefaced ||
              clauses[c + 1]?.chaired ||
              (AGREEMENT.test(cf) && clauses[c + 1] !== undefined && assignsWork(clauses[c + 1])) ||
              // "Tuyên truyền, vận động là giải pháp quan trọng; UBND các huyện tổ chức …", "Trước đó, … đã có công văn
              // …; nay yêu cầu UBND các huyện …": the work given after what a measure is or what was sent before.
              (clauses[c + 1] !== undefined &&
                (DEFINITION.test(cf) || (RETROSPECT.test(cf) && ASSIGNED_NOW.test(foldedOf(clauses[c + 1])))) &&
                assignsWork(clauses[c + 1])) ||
              OPENS_ASSIGNMENT_OR_DIRECTION.test(stripLead(foldedOf(clauses[c + 1] ?? clause))) ||
              // "Năm 2025 là năm cuối …, do đó các sở, ngành cần …" (splitConsequence).
              /^(?:do do|do vay|vi vay|vi the|cho nen|nen)\b/.test(foldedOf(clauses[c + 1] ?? clause).trimStart()) ||
              PROVINCE_OPENS_ASSIGNMENT.test(stripLead(foldedOf(clauses[c + 1] ?? clause)))) &&
            c + 1 < clauses.length
          ) {
            first = c + 1;
            continue;
          }
          current = null;
          break;
        }
        if (current && kind === 'continuation') {
          const target: Directive = generic && main ? main : current;
          target.pieces.push(
            CLOSING_TIME.test(cf) || (c === 0 && TIME_OF_WORK.test(cf)) ? { ...clause, closingTime: true } : clause,
          );
          current = target;
          // "… Đồng thời, Sở này xây dựng quy chế …. Thời hạn hoàn thành nội dung chỉ đạo này trước ngày 25-10-2025.": a
          // time limit set apart after the work dates each work of that paragraph before it that has no date (back to one
          // that has).
          const limit = c === 0 && TIME_LIMIT_APART.test(cf) ? deadlines.find((x) => x.dueDate !== null) : undefined;
          for (let i = directives.length - 1; limit && i >= 0; i--) {
            const d = directives[i];
            if (d === target) continue;
            // Only in the paragraph of the work it follows: not an item or a paragraph of other work before it.
            if (hasDeadline(d) || d.frame || paragraphOf.get(d) !== paragraphOf.get(target)) break;
            d.frame = { ...limit, start: limit.start + clause.start, end: limit.end + clause.start };
          }
          continue;
        }
        if (current && main && generic && !assignees.explicit) {
          main.pieces.push(clause);
          current = main;
          continue;
        }
        // "Tổ chức Hội nghị xúc tiến đầu tư. Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Công Thương thực hiện
        // trong quý III/2024.": the units of the work just named, with no units of its own, and its date.
        const unassigned = (d: Directive) =>
          d.assignees.lead === null && d.assignees.groups.length === 0 && d.assignees.outside.length === 0;
        const before = directives[directives.length - 1];
        const adjacent =
          before !== undefined &&
          index > 0 &&
          reachesSentenceBefore(before, index) &&
          paragraphOf.get(before) === sentence.paragraph;
        // "… tổ chức thăm, tặng quà các đối tượng chính sách …. Hoàn thành việc tặng quà trước ngày 05/02/2024.": the
        // date of the work just given, named again.
        const completed = /^hoan thanh viec\s+([a-z]+ [a-z]+)\b/.exec(cf);
        if (
          adjacent &&
          c === 0 &&
          completed &&
          ownDeadline &&
          !assignees.explicit &&
          !hasDeadline(before) &&
          before.pieces.some((p) => foldedOf(p).includes(completed[1]))
        ) {
          before.pieces.push(clause);
          main = current = before;
          continue;
        }
        if (
          adjacent &&
          c === 0 &&
          unassigned(before) &&
          !sentence.item &&
          assignees.explicit &&
          (assignees.lead !== null || assignees.groups.length > 0) &&
          /^(?:(?:to chuc|trien khai)\s+)?thuc hien\s*[.;]?\s*$/.test(withoutDeadlines(actionText, deadlines))
        ) {
          before.assignees = { ...assignees, actionStart: before.assignees.actionStart };
          before.pieces.push(clause);
          main = current = before;
          continue;
        }
        if (
          current &&
          assignees.explicit &&
          assignees.lead !== null &&
          assignees.lead === current.assignees.lead &&
          /^(?:trien khai thuc hien|to chuc thuc hien|thuc hien)\s*[.;]?\s*$/.test(actionText)
        ) {
          current.pieces.push(clause);
          continue;
        }
        // "Kiểm tra, rà soát …" with no subject, right after a directive that names its units: more work of theirs.
        // "… thành lập các đoàn kiểm tra …. Từ đó có các biện pháp phòng chống rét hiệu quả. Bên cạnh đó, hướng dẫn …":
        // what the work is to bring about may come between the two.
        const previous = directives[directives.length - 1];
        // Or the focus of that work ("Trọng tâm là …") closing its paragraph, before work in the next ("Cùng với đó, …").
        const told =
          index > 1 &&
          (sentences[index - 1].paragraph === sentence.paragraph ||
            (sentences[index - 1].paragraph === sentences[index - 2].paragraph &&
              /^trong tam la\b/.test(foldedOf(sentences[index - 1]).trimStart()) &&
              JOINING_WORDS.test(foldedOf(sentence).trimStart())));
        const lastOfWork =
          told && RESULT_OF_WORK.test(foldedOf(sentences[index - 1]).trimStart()) ? index - 2 : index - 1;
        // "Chủ tịch UBND tỉnh cũng yêu cầu tăng cường …" naming no unit: the units asked just before, asked again.
        const askedAgain =
          assignees.lead === null &&
          assignees.groups.length === 0 &&
          assignees.outside.length === 0 &&
          assignees.support.length === 0
            ? ASKED_AGAIN.exec(cf.trimStart())
            : null;
        const inherits =
          !assignees.explicit &&
          !sentence.item &&
          index > 0 &&
          previous !== undefined &&
          (previous.assignees.lead !== null ||
            previous.assignees.groups.length > 0 ||
            previous.assignees.outside.length > 0) &&
          (previous.pieces[previous.pieces.length - 1].end >= sentences[lastOfWork].start ||
            toldBetween(previous, index)) &&
          (ACTIONS.test(
            cf
              .trimStart()
              .slice(askedAgain?.[0].length ?? 0)
              .replace(DOCUMENT_ASKS, '')
              .replace(CONDITION_FIRST, '')
              .replace(PLACES_SET_APART, '')
              .replace(RESULTS_THEN_REPORT, ''),
          ) ||
            ESCALATION.test(cf) ||
            TARGET_DATED.test(cf.trimStart()));
        // "Chủ trì, phối hợp với các cơ quan liên quan rà soát …" with no subject: the lead of the work just named leads.
        const leads =
          !inherits &&
          assignees.lead === null &&
          /^chu tri\b/.test(cf) &&
          previous !== undefined &&
          previous.assignees.lead !== null &&
          index > 0 &&
          reachesSentenceBefore(previous, index);
        // "Phối hợp với các sở, ngành liên quan nghiên cứu …", "Đồng thời, phối hợp với UBND các huyện …" with no
        // subject, right after work given to a unit: that unit leads, the units named are its partners.
        const cooperates =
          !inherits &&
          !leads &&
          !sentence.item &&
          assignees.lead === null &&
          /^phoi hop\b/.test(cf) &&
          previous !== undefined &&
          (previous.assignees.lead !== null || previous.assignees.groups.length > 0) &&
          index > 0 &&
          previous.pieces[previous.pieces.length - 1].end >= sentences[lastOfWork].start;
        // "Công văn cũng yêu cầu xem xét …": the work starts after the letter's request.
        const raw = foldedOf(clause);
        const asked = assignees.explicit ? null : DOCUMENT_ASKS.exec(raw.trimStart());
        if (asked)
          assignees.actionStart =
            offsets[toFolded[clause.start] + raw.length - raw.trimStart().length + asked[0].length];
        const d: Directive = {
          pieces: [clause],
          preambleAssignees: context.assignees,
          frame,
          assignees: inherits
            ? { ...previous.assignees, actionStart: assignees.actionStart, explicit: false }
            : leads
              ? { ...assignees, lead: previous.assignees.lead, leadMentions: previous.assignees.leadMentions }
              : cooperates
                ? {
                    ...assignees,
                    lead: previous.assignees.lead,
                    leadMentions: previous.assignees.leadMentions,
                    // "UBND các huyện … khẩn trương …. Ngoài ra, phối hợp với Sở GTVT đề xuất …": the group leads (not the
                    // partners of a department's work before).
                    groups:
                      previous.assignees.lead === null
                        ? [...new Set([...previous.assignees.groups, ...assignees.groups])]
                        : assignees.groups,
                  }
                : assignees,
          deadline: null,
          isKey: context.isKey || KEY.test(cf),
          cue: assignees.explicit,
          summaryOf: LETTER_SUMMARY.test(stripLead(foldedOf(sentence))) ? sentence.paragraph : undefined,
          actsOnDocument: PREFACE_DOCUMENT.test(stripLead(foldedOf(sentence))),
          tellsLetter: LETTER_ISSUED.test(stripLead(foldedOf(sentence))),
          numbersLetter: LETTER_NUMBER.test(stripLead(foldedOf(sentence))),
          namesBody: [...cf.matchAll(ASSIGNMENT_CUE)].some((m) => OUTSIDE_BODY.test(cf.slice(m.index + m[0].length))),
          itemsOfLetter:
            (/^\s*theo do\b/.test(foldedOf(sentence)) && assignees.explicit) ||
            (letterItemsFrom !== null && index > letterItemsFrom),
          newsLead: index === 0 && c === 0 && NEWS_TAG.test(foldedOf(sentence).trimStart()),
          headline:
            index === 0 &&
            c === 0 &&
            !assignees.explicit &&
            sentences[1]?.paragraph !== sentence.paragraph &&
            sentence.end - sentence.start < 200 &&
            (headlineDirection(cf) || restatedLater(sentence)),
        };
        paragraphOf.set(d, sentence.paragraph);
        directives.push(d);
        main = current = d;
        continue;
      }
      if (!current) continue;
      // "…; nếu để chậm trễ, Chủ tịch UBND huyện chịu trách nhiệm trước Chủ tịch UBND tỉnh", "…; chịu trách nhiệm trước
      // Chủ tịch UBND tỉnh nếu để xảy ra …": who answers for a failure of the work before, no work of its own.
      if (FAILURE_ANSWERED.test(cf) || FAILURE_ANSWERED_FIRST.test(cf)) {
        current.pieces.push(clause);
        continue;
      }
      // "Phòng Kinh tế tham mưu …; Phòng Văn hóa - Xã hội tham mưu …", "UBND huyện Triệu Phong kiểm tra …; UBND huyện
      // Gio Linh rà soát …": after ";", a body the table does not know as the subject of its own work, not more work
      // of the units before.
      if (assignees.lead === null && assignees.groups.length === 0 && bodyActs(cf)) {
        current = begin(clause, assignees.explicit ? assignees : noAssignees(clause));
        continue;
      }
      // Later clauses of the sentence.
      if (clause.purpose) {
        const named = lastDepartmentBefore(clause.start, sentence.start);
        current = begin(clause, {
          ...(assignees.explicit ? assignees : noAssignees(clause)),
          lead: assignees.lead ?? named,
          leadMentions: assignees.lead !== null ? assignees.leadMentions : named !== null ? [named] : [],
        });
        continue;
      }
      // "…; trường hợp cần thiết, chủ động tham mưu …": the condition of the same work; a time in it frames it.
      // "…; trong đó, có giải pháp … phấn đấu cuối năm …": a part of the same work singled out, likewise.
      // "… phối hợp chặt chẽ; trong đó, Công an tỉnh chủ trì, xây dựng …": the unit singled out leads work of its own.
      const singledOut = assignees.explicit ? null : /^\s*trong do\s*,?\s+/.exec(foldedOf(clause));
      if (singledOut) {
        const rest = trimPiece(text, offsets[toFolded[clause.start] + singledOut[0].length], clause.end);
        const restAssignees = readAssignees(rest, stripLead(foldedOf(rest)));
        if (restAssignees.explicit && restAssignees.lead !== null && restAssignees.actionStart > 0) {
          current = begin(rest, restAssignees, KEY.test(cf), true);
          continue;
        }
      }
      if (!assignees.explicit && /^(?:truong hop|neu|khi|trong do,?)\s/.test(cf)) {
        // "…, báo cáo; trường hợp có khó khăn, vướng mắc, tham mưu đề xuất … trước ngày 15/11/2018": the date of the
        // report on the work is the work's, when it gives none.
        const dated = ownDeadline && ESCALATION_ADVICE.test(cf) && !hasDeadline(current);
        current.pieces.push(dated ? clause : { ...clause, timeFrameOnly: true });
        continue;
      }
      // "…; cơ bản hoàn thành việc hỗ trợ trong tháng 6-2020 và …": the completion of the same work, with its date (not
      // when the work before has its own: "… trong tháng 9/2013; hoàn thành hồ sơ thu hồi đất … trong tháng 12/2013").
      // Not "…; hoàn thành nhiệm vụ thu - chi ngân sách." with no date, naming a work of its own.
      if (
        !assignees.explicit &&
        /^(?:co ban\s+)?hoan thanh\s/.test(cf) &&
        !(ownDeadline && hasDeadline(current)) &&
        (ownDeadline || COMPLETION_OF_THE_SAME.test(cf))
      ) {
        current.pieces.push(clause);
        continue;
      }
      // "…; đặc biệt là không đi vào …, trong thời gian từ 5 giờ đến 14 giờ ngày 23/5/2021": what the work stresses,
      // with the time of the same work.
      if (!assignees.explicit && /^(?:dac biet(?: la)?|nhat la)\s/.test(cf)) {
        current.pieces.push(clause);
        continue;
      }
      if (assignees.explicit && unitsOnlyObject(clauses[c - 1])) {
        // "Sở X đôn đốc các sở, ngành liên quan; UBND thành phố và các huyện khẩn trương …": the units after
        // the ";" are more objects of the verb before it, not assignees of a directive of their own.
        current.pieces.push(clause);
        continue;
      }
      // "Giao Sở Xây dựng chủ trì …; phối hợp Sở Khoa học và Công nghệ, UBND cấp xã … thực hiện …": the units after
      // "phối hợp" cooperate in work the lead named before in the sentence leads; "…; đồng thời, chủ trì, phối hợp với Sở Y
      // tế nghiên cứu …": the same lead chairs the next work.
      if (
        assignees.explicit &&
        !assignees.leadNamed &&
        assignees.lead === null &&
        /^(?:chu tri\s*,?\s*)?phoi hop\b/.test(cf) &&
        (current.assignees.lead !== null || current.assignees.outside.length > 0 || current.assignees.groups.length > 0)
      ) {
        // "UBND các xã, phường thống kê …; phối hợp với Công an tỉnh tổ chức sơ tán dân …": a group that leads keeps
        // leading, the partners named after it; so do the groups named with a body the table lacks ("giao Ban Quản lý
        // Khu kinh tế, UBND các huyện …; phối hợp với Sở X …").
        const { lead, leadMentions, outside } = current.assignees;
        const support = assignees.support.filter((id) => id !== lead);
        const groups =
          lead === null ? [...new Set([...current.assignees.groups, ...assignees.groups])] : assignees.groups;
        const own = current.ownAssignees ?? current.assignees;
        current = begin(clause, { ...assignees, lead, leadMentions, outside, support, groups }, KEY.test(cf), true);
        current.ownAssignees = own;
        continue;
      }
      // "…; người đứng đầu các đơn vị chậm báo cáo sẽ bị phê bình": the sanction for the work before, no work of its own.
      if (assignees.explicit && SANCTION_TOLD.test(actionText)) {
        current.pieces.push(clause);
        continue;
      }
      if (assignees.explicit && (assignees.lead !== null || assignees.groups.length > 0) && assignees.actionStart > 0) {
        current = begin(clause, assignees, KEY.test(cf), true);
        continue;
      }
      // "… tại các văn bản số: 2766/UBND-KTTH …; 1063/TB-UBND ngày 10/11/2023, hoàn thành trước …": the next document
      // of a list, and whatever follows it, goes on with the same work.
      if (!assignees.explicit && DOCUMENT_NUMBER.test(cf)) {
        current.pieces.push(clause);
        continue;
      }
      if (ownDeadline) {
        const rest = withoutDeadlines(cf, deadlines);
        // "… phải đạt 60% trước ngày 30.9.2018; đạt 80% trước 30.10.2018": the next step of a dated target, with its own
        // date, for the same units.
        if (
          !assignees.explicit &&
          /^(?:phai\s+)?dat\s+(?:toi thieu\s+|tren\s+)?\d/.test(rest) &&
          hasDeadline(current, true)
        ) {
          current = begin(clause, { ...current.assignees, actionStart: assignees.actionStart, explicit: false });
          continue;
        }
        if (DEADLINE_LEFTOVER.test(rest) || rest.split(' ').length <= 2) {
          current.pieces.push(clause);
          continue;
        }
        // "…; rà soát …, gửi báo cáo về Sở X trước ngày …": the date is the one for reporting on the work the
        // sentence assigned, when that work has no date of its own. "…; tổng hợp báo cáo kết quả thực hiện về Sở X
        // trước ngày …" likewise, unless the report is due every year or quarter (a standing duty of its own).
        // "…; định kỳ báo cáo tình hình thực hiện và đề xuất UBND tỉnh …" opens recurring work of its own (NEW_WORK).
        if (
          !assignees.explicit &&
          !hasDeadline(current) &&
          !(
            (NEW_WORK.test(cf) || /^dinh ky\b/.test(stripMark(foldedOf(clause).trimStart()))) &&
            deadlines.some((x) => x.kind === 'recurring')
          ) &&
          (REPORT_SENDING.test(cf) ||
            (RESULTS_REPORTED.test(cf) && deadlines.every((x) => x.kind !== 'recurring')) ||
            DATED_TARGET.test(cf))
        ) {
          current.pieces.push(clause);
          continue;
        }
        // "…; xử lý kịp thời các công việc trước, trong và sau Tết, đảm bảo tiến độ…": a time frame on how
        // the work is done, not a task of its own; its time frame is not the deadline of the directive.
        if (main && GENERIC_OBJECT.test(rest)) {
          main.pieces.push({ ...clause, timeFrameOnly: true });
          current = main;
          continue;
        }
        const inherited = assignees.explicit
          ? assignees
          : { ...(current.ownAssignees ?? current.assignees), actionStart: assignees.actionStart, explicit: false };
        current = begin(clause, inherited);
        continue;
      }
      // "… bao gồm: công tác quản lý nhà chung cư; công tác quản lý trật tự đô thị; …": the fields of work a list of key
      // tasks names, each a work of its own (see KEY_TASKS_LISTED).
      if (!assignees.explicit && sentence.item && FIELD_OF_WORK.test(cf) && FIELD_OF_WORK.test(f)) {
        current = begin(clause, { ...(current.ownAssignees ?? current.assignees), explicit: false });
        continue;
      }
      // "…; chủ động đề ra các giải pháp …": new work for the same units, opened by its own adverb; "…; trên cơ sở đó,
      // nghiên cứu tiếp thu …" likewise, the next step after the work before it; and the openings of OTHER_WORK.
      if (
        !assignees.explicit &&
        !generic &&
        (((NEW_WORK.test(cf) || NEXT_STEP.test(foldedOf(clause).trimStart())) &&
          (ACTIONS.test(cf.replace(NEXT_STEP, '')) || /^phan cong\s/.test(cf))) ||
          OTHER_WORK.test(cf) ||
          (PROHIBITION.test(cf) && ACTIONS.test(cf.replace(PROHIBITION, ''))) ||
          // "…; Xây dựng các Đề án …", "…; Chuẩn bị chu đáo cho …": an item of a list written with a capital after ";"
          // and opened by an action is work of its own.
          (/^\p{Lu}/u.test(text.slice(clause.start, clause.end)) && ACTIONS.test(cf)))
      ) {
        const raw = foldedOf(clause);
        const step = NEXT_STEP.exec(raw.trimStart());
        const actionStart = step
          ? offsets[toFolded[clause.start] + raw.length - raw.trimStart().length + step[0].length]
          : assignees.actionStart;
        current = begin(clause, { ...(current.ownAssignees ?? current.assignees), actionStart, explicit: false });
        continue;
      }
      // "… tạm dừng tổ chức các lễ hội chưa khai mạc; đối với các lễ hội đã khai mạc phải giảm quy mô …": the same units'
      // duty for another case, after what it is for.
      const forCase = !assignees.explicit && !generic ? CASE_THEN_DUTY.exec(cf) : null;
      if (forCase && /[a-z]{2}/.test(cf.slice(forCase[0].length))) {
        const own = current.ownAssignees ?? current.assignees;
        current = begin(clause, { ...own, actionStart: assignees.actionStart, explicit: false });
        continue;
      }
      // "Sở X chủ trì tổ chức thực hiện …; tổng hợp nhu cầu …; hướng dẫn thủ tục …": the same units' next duty, a
      // directive of its own, unless it goes on with the work before it (SAME_WORK_STEP).
      // "…; tổng hợp báo cáo kịp thời về tình hình ứng phó …" with no date, "…; chủ động trong công tác tổ chức ứng phó …":
      // a report that goes on as things happen, and the keenness of a work named by its field, are duties of their own.
      if (
        !assignees.explicit &&
        !generic &&
        (ACTIONS.test(cf) || /^chu dong\s+(?:trong|cho)\s+(?:cong tac|viec)\s/.test(cf)) &&
        ((!SAME_WORK_STEP.test(cf) && !reportsAtOnce(cf) && !RESULTS_REPORTED.test(cf)) ||
          (!ownDeadline && /^(?:tong hop,?\s+)?bao cao\s+(?:kip thoi|thuong xuyen)\b/.test(cf)))
      ) {
        const own = current.ownAssignees ?? current.assignees;
        current = begin(clause, { ...own, actionStart: assignees.actionStart, explicit: false });
        continue;
      }
      const target: Directive = generic && main ? main : current;
      target.pieces.push(clause);
      current = target;
    }
  }

  // The lead that sums up the letter is not a task of its own when the letter's items follow in later paragraphs.
  const items = directives.filter(
    (d) =>
      d.summaryOf !== undefined &&
      directives.some((x) => x.assignees.explicit && (paragraphOf.get(x) ?? -1) > d.summaryOf!),
  );
  // "… đã ban hành Công văn số … yêu cầu …" followed by "Theo đó, UBND tỉnh yêu cầu …": the letter's items are the
  // directives, the lead that told of it is not one of its own.
  // Likewise "Ngày 20/10, UBND tỉnh có văn bản số … yêu cầu các sở, ngành, địa phương …", naming the letter by its
  // number and addressed to groups only, when later paragraphs give the units their work (not when they open with
  // "Bên cạnh đó" or "Ngoài ra": work besides the lead's, which stays a task of its own).
  // And a lead that tells of a letter naming no unit at all ("UBND tỉnh vừa có công văn chỉ đạo triển khai thực hiện
  // các phần việc cụ thể."), when later paragraphs give named units their work.
  // A news item's lead that sums up the letter whose items follow ("(TBTCO) - Lãnh đạo TP. Hà Nội yêu cầu các đơn vị tập
  // trung xử lý dứt điểm …", then "Theo đó, Hà Nội yêu cầu UBND phường, xã …"), addressed to groups only and with no date
  // of its own, likewise.
  // Not a lead that names a unit with groups across ";" after a leader's "chỉ đạo" ("Chủ tịch UBND tỉnh vừa có công văn
  // chỉ đạo Sở Y tế; UBND các huyện, thị xã tăng cường …", then "Theo đó, … yêu cầu Sở Y tế …"): its work is its own.
  const groupsLeftOut = (d: Directive) =>
    d.assignees.lead !== null && d.assignees.groups.length > 0 && /\bchi dao\b[^;]*;/.test(foldedOf(d.pieces[0]));
  const told = directives.filter(
    (d, i) =>
      ((d.tellsLetter && !groupsLeftOut(d)) || (d.newsLead && d.assignees.lead === null && !hasDeadline(d))) &&
      directives.some(
        (x, j) =>
          j > i &&
          (x.itemsOfLetter === true ||
            (x.assignees.explicit &&
              d.assignees.lead === null &&
              d.assignees.groups.length === 0 &&
              !d.namesBody &&
              (paragraphOf.get(x) ?? -1) > (paragraphOf.get(d) ?? Infinity)) ||
            (x.assignees.explicit &&
              d.numbersLetter &&
              d.assignees.lead === null &&
              d.assignees.outside.length === 0 &&
              d.assignees.groups.length > 0 &&
              !FURTHER_PARAGRAPH.test(foldedOf(x.pieces[0])) &&
              !FURTHER_PARAGRAPH.test(
                foldedOf(sentences.find((y) => y.paragraph === paragraphOf.get(x)) ?? x.pieces[0]),
              ) &&
              (paragraphOf.get(x) ?? -1) > (paragraphOf.get(d) ?? Infinity))),
      ),
  );
  // The opening paragraph that sums up the letter told next ("Trước …, UBND tỉnh yêu cầu các sở, ngành, địa phương …
  // tăng cường …", then "Ngày 9/3/2026, … ký ban hành Văn bản số …, yêu cầu …"): addressed to groups only, it restates
  // what the letter's items give.
  const sums = directives.filter(
    (d) =>
      !d.tellsLetter &&
      d.assignees.lead === null &&
      d.assignees.groups.length > 0 &&
      told.some((t) => (paragraphOf.get(t) ?? -1) > (paragraphOf.get(d) ?? Infinity)),
  );
  // The headline that sums up the direction ("UBND tỉnh chỉ đạo tham mưu giải quyết đề nghị của Công ty …") is not a
  // task of its own when the body gives named units the work.
  const headlines = directives.filter(
    (d) =>
      ((d.headline || echoedBelow(d)) && directives.some((x) => x !== d && x.assignees.explicit)) || ledeRestated(d),
  );
  // A meeting report: what the committee had assigned under a document, told before the chair's conclusion
  // ("Phát biểu chỉ đạo cuộc họp, …"), is the background the meeting reviewed, not work given at it; so is what the
  // reports said before it without giving anyone work ("Lãnh đạo Sở Lao động - Thương binh và Xã hội báo cáo công tác
  // chăm lo … Triển khai tặng quà …"): only work given by "giao", "yêu cầu" or "đề nghị" is the meeting's before then.
  // Not the work a report sets out for the coming month ("Nhiệm vụ tháng 11 tập trung …"), the meeting's too.
  // The opening is read before stripLead takes "Kết luận phiên họp, đồng chí Chủ tịch UBND tỉnh" off as the assigner.
  const conclusion = sentences.find((x) => CONCLUSION_OPENING.test(stripMark(foldedOf(x))))?.paragraph;
  const plansAhead = new Set(
    sentences
      .filter((x, i) => sentences[i - 1]?.paragraph !== x.paragraph && WORK_AHEAD.test(stripMark(foldedOf(x))))
      .map((x) => x.paragraph),
  );
  const background = directives.filter((d) => {
    const paragraph = paragraphOf.get(d) ?? Infinity;
    return (
      conclusion !== undefined &&
      paragraph < conclusion &&
      (d.actsOnDocument || (!d.assignees.cued && !plansAhead.has(paragraph)))
    );
  });
  // A sentence that restates, word for word, one read before as no work is no work either: a news item's lede told again
  // in its body ("Ngày 02/06/2024 UBND xã Tiền Phong tổ chức Hội nghị triển khai Kế hoạch …", then "… UBND xã Tiền
  // Phong tổ chức Hội nghị triển khai Kế hoạch …"), its day left out the second time.
  const sentenceAt = (at: number) => sentences.findIndex((x) => x.start <= at && at < x.end);
  const drafted = new Set(directives.flatMap((d) => d.pieces.map((p) => sentenceAt(p.start))));
  const sentenceWords = sentences.map((x) =>
    stripMark(foldedOf(x))
      .replace(TOLD_DAY, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim(),
  );
  const restated = directives.filter((d) => {
    const at = sentenceAt(d.pieces[0].start);
    const words = at >= 0 ? sentenceWords[at] : '';
    return (
      words.split(' ').length >= 6 &&
      sentenceWords.some((w, i) => i < at && !drafted.has(i) && !sentences[i].preamble && w === words)
    );
  });
  const drafts: DraftTask[] = [];
  /** The lead units outside the table of each draft, by index (see Assignees.outside). */
  const outsideLeads: string[] = [];
  const kept = dedupe(
    text,
    directives.filter(
      (d) =>
        !items.includes(d) &&
        !background.includes(d) &&
        !told.includes(d) &&
        !sums.includes(d) &&
        !headlines.includes(d) &&
        !restated.includes(d),
    ),
    paragraphOf,
  );
  for (const [k, d] of kept.entries()) {
    const whole = { start: d.pieces[0].start, end: Math.max(...d.pieces.map((p) => p.end)) };
    let deadline: ParsedDeadline | null = null;
    let closing = false;
    for (const p of d.pieces) {
      if (p.timeFrameOnly) continue;
      const pieceText = text.slice(p.start, p.end);
      // "các nhiệm vụ … có thời hạn hoàn thành trong năm 2025" describes the tasks named, never the work's date.
      // "thực hiện nghiêm chỉ đạo của UBND tỉnh về …, phục vụ Nhân dân trước, trong và sau Tết …": the matter of the
      // direction carried out, not the work's date. "Để … đạt mục tiêu giải ngân đến hết ngày 31/7/2025 …, UBND tỉnh yêu
      // cầu …": the target of the purpose the sentence opens with (a period it opens with is its frame, OPENING_PERIOD);
      // not the date of work told as a purpose ("…, gửi Sở X để sở thẩm định trình UBND tỉnh trước ngày 30-10").
      const all = workDeadlines(pieceText).filter((x) => {
        const before = foldWithOffsets(pieceText.slice(0, x.start)).folded;
        return (
          !DESCRIBED_TERM.test(before) &&
          !(
            (CAPABLE_WITHIN.test(before) ||
              (PROJECTS_OF_PERIOD.test(before) && !/\b(?:de|phan dau)\s[^,;]*$/.test(before))) &&
            /^(?:trong\s+)?(?:nam|quy|thang)\b/.test(foldWithOffsets(x.deadlineText).folded)
          ) &&
          !MATTER_OF_DIRECTION.test(pieceText.slice(0, x.start)) &&
          !(PURPOSE_BEFORE.test(before) && /[,:]/.test(pieceText.slice(x.end)))
        );
      });
      // "lập danh sách trực từ ngày 10/02 đến hết ngày 16/02/2021 gửi về … trước ngày 30/01/2021": the end of the
      // period the work covers ("từ ngày … đến ngày …" read whole) is not its deadline when the piece gives another.
      // Likewise the period a report covers ("báo cáo tổng hợp tình hình trước, trong và sau Tết …, gửi … trước 8h00
      // ngày 16/02/2021").
      // "… báo cáo tình hình giá cả thị trường dịp trước, trong và sau Tết …, gửi … trước ngày 13-2-2014": the period
      // reported on, which dates nothing, even when the report gives no date of its own ("báo cáo … về tình hình trước,
      // trong và sau Tết, gửi UBND tỉnh …").
      const reported = (x: ParsedDeadline) =>
        /\bsau\s+tết\b/iu.test(x.deadlineText) && /tình hình[^.;]{0,60}$/iu.test(pieceText.slice(0, x.start));
      const spans = all.filter(
        (x) =>
          !RANGE_START.test(pieceText.slice(Math.max(0, x.start - 24), x.start)) &&
          !/^từ\s/iu.test(x.deadlineText) &&
          !REPORTED_PERIOD.test(pieceText.slice(0, x.start)) &&
          // "sơ kết công tác … 6 tháng đầu năm 2023, báo cáo UBND tỉnh trước ngày 10/7/2023".
          !coveredPeriod(pieceText, x) &&
          !reported(x),
      );
      const found = spans.some((x) => x.dueDate) ? spans : all.filter((x) => !reported(x));
      // "… chậm nhất là ngày 10/10/2023 đối với …, chậm nhất là ngày 15/9/2023 đối với …": dates for parts of the work;
      // the earliest is the first it must meet.
      const parts = found.filter((x) => x.dueDate && /^\s*đối với\b/iu.test(pieceText.slice(x.end, x.end + 12)));
      const earliest = parts.length > 1 ? parts.reduce((a, b) => (b.dueDate! < a.dueDate! ? b : a)) : undefined;
      // "Trong tháng 11, đề nghị Sở Tài chính tham mưu … trước ngày 20/11/2025": the work's own date before the period the
      // sentence opened with.
      const opened = (x: ParsedDeadline) =>
        d.frame !== null && d.frame !== undefined && x.start + p.start === d.frame.start;
      const pick =
        found.find((x) => x.kind === 'recurring') ??
        earliest ??
        found.find((x) => x.dueDate && !opened(x)) ??
        found.find((x) => x.dueDate) ??
        found[0];
      // A period ("từ ngày … đến ngày …") gives way to a deadline written in a later piece ("Báo cáo gửi về … chậm nhất …").
      const period = (x: ParsedDeadline | null) => x !== null && /^từ\s/iu.test(x.deadlineText);
      if (
        pick &&
        (!deadline || (!deadline.dueDate && pick.dueDate) || (period(deadline) && pick.dueDate && !period(pick)))
      ) {
        deadline = { ...pick, start: pick.start + p.start, end: pick.end + p.start };
        closing = p.closingTime === true;
        // "…; UBND đặc khu Lý Sơn hoàn tất … trước 16 giờ cùng ngày": the day the sentence named before this piece, or
        // the paragraph before ("… trước 15 giờ ngày 21-10 …⏎⏎Các chủ lồng, bè … trước 16 giờ cùng ngày").
        if (/cùng ngày$/iu.test(pick.deadlineText) && !/\d\s*[/.-]\s*\d/.test(pieceText.slice(0, pick.start))) {
          const paragraphStart = text.lastIndexOf('\n', p.start) + 1;
          const previousEnd = text.slice(0, paragraphStart).trimEnd().length;
          const previous = previousEnd > 0 ? text.lastIndexOf('\n', previousEnd - 1) + 1 : paragraphStart;
          // Not the day a forecast names ("Theo dự báo, trước ngày 22/10 bão số 12 sẽ đổ bộ …").
          const forecast = /\b(?:du bao|se (?:do bo|anh huong))\b/.test(
            foldedOf({ start: previous, end: paragraphStart }),
          );
          const previousStart = forecast ? paragraphStart : previous;
          const day = sameDayAs(text.slice(Math.max(previousStart, p.start - 600), p.start), options.date);
          if (day) deadline = { ...deadline, dueDate: day };
        }
      }
    }
    // "Trong quý II, UBND huyện đề ra …, như: Tập trung …; Tăng cường …": the period the list opens with.
    if (!deadline && d.frame) deadline = d.frame;
    if (!deadline && drafts.length > 0 && drafts[drafts.length - 1].dueDate) {
      const base = toFolded[whole.start];
      const named = TIME_NAMED_BEFORE.exec(folded.slice(base, toFolded[whole.end]));
      if (named) {
        const before = drafts[drafts.length - 1];
        deadline = {
          deadlineText: text.slice(offsets[base + named.index], offsets[base + named.index + named[0].length - 1] + 1),
          dueDate: before.dueDate,
          kind: 'deadline',
          workingDays: null,
          recurrence: null,
          start: offsets[base + named.index],
          end: offsets[base + named.index + named[0].length - 1] + 1,
        };
      }
    }
    let a = d.assignees;
    // "Các địa phương này phải báo cáo … trước ngày 15/11": the units of the work just given, pointed back to.
    const pointedBack = k > 0 ? kept[k - 1].assignees : null;
    if (
      pointedBack &&
      (pointedBack.lead !== null || pointedBack.groups.length > 0 || pointedBack.outside.length > 0) &&
      a.lead === null &&
      a.outside.length === 0 &&
      a.groups.length === 1 &&
      GROUP_POINTED_BACK.test(
        foldWithOffsets(text.slice(d.pieces[0].start, Math.max(d.pieces[0].start, a.actionStart)).toLowerCase()).folded,
      )
    )
      a = { ...pointedBack, actionStart: a.actionStart, explicit: false };
    const preamble = d.preambleAssignees !== undefined ? d.preambleAssignees : context.assignees;
    // Not after work of a unit the table lacks ("UBND huyện X … ; chậm nhất … phải …"): that unit's, read before.
    if (!a.explicit && a.lead === null && a.groups.length === 0 && a.outside.length === 0 && preamble)
      a = { ...preamble, actionStart: a.actionStart, explicit: false };
    else if (
      // "…; hướng dẫn, kiểm tra …" after such work: the same units, read from the clause before.
      (a.explicit || a.groups.length > 0 || a.support.length > 0) &&
      !a.leadNamed &&
      a.lead === null &&
      preamble &&
      (preamble.lead !== null || preamble.outside.length > 0 || preamble.groups.length > 0)
    ) {
      // "1. Sở Tài chính: - Chủ trì, phối hợp với Sở Y tế, các đơn vị liên quan …": the heading's unit leads, the
      // units named here cooperate.
      const lead = preamble.lead;
      a = {
        ...preamble,
        support: [...new Set([...preamble.support, ...a.support])].filter((id) => id !== lead),
        groups: [...new Set([...preamble.groups, ...a.groups])],
        actionStart: a.actionStart,
        explicit: false,
      };
    }
    const description = descriptionOf(text, d.pieces);
    let titleSource = text.slice(Math.max(d.pieces[0].start, a.actionStart), d.pieces[0].end);
    // "- Phối hợp chặt chẽ với UBND huyện X trong công tác giải phóng mặt bằng": the cooperation is the work, and the
    // title keeps it (not "Trong công tác …"); not after "chủ trì", where the lead's own work follows.
    const cooperation = COOPERATION_NAMED.exec(
      text.slice(d.pieces[0].start, Math.max(d.pieces[0].start, a.actionStart)),
    );
    if (
      cooperation &&
      WORK_AREA_OPENING.test(foldWithOffsets(titleSource).folded) &&
      !/chủ trì/iu.test(text.slice(d.pieces[0].start, d.pieces[0].start + cooperation.index))
    )
      titleSource = text.slice(d.pieces[0].start + cooperation.index, d.pieces[0].end);
    // Those the work itself is to be done with cooperate too ("… kiểm tra, đồng thời phối hợp với Công an tỉnh xử lý …").
    a = { ...a, support: [...new Set([...a.support, ...partnersInWork(d)])] };
    if (a.lead !== null || a.outside.length > 0) {
      for (const [k, p] of d.pieces.entries()) {
        if (p.timeFrameOnly) continue;
        const after = cooperatorsNamedAfter(p, k === 0 ? Math.max(p.start, a.actionStart) : p.start);
        if (!after) continue;
        const { ids: named, groups } = unitsByKind(after.units);
        const ids = named.filter((id) => id !== a.lead);
        a = { ...a, support: [...new Set([...a.support, ...ids])], groups: [...new Set([...a.groups, ...groups])] };
        if (k === 0) {
          const offset = Math.max(p.start, a.actionStart);
          titleSource = titleSource.slice(0, after.start - offset) + titleSource.slice(after.end - offset);
        }
      }
    }
    const leadCandidates = leadCandidatesOf(a.leadMentions, description);
    // The kind is told by the whole of the work, not by a title cut short; the title is read again, cut, only when the
    // whole is too long for one.
    const wholeWork = titleOf(titleSource, deadline?.deadlineText ?? null, Infinity);
    const worded = wholeWork.length > TITLE_LENGTH ? titleOf(titleSource, deadline?.deadlineText ?? null) : wholeWork;
    // "Dự án X phải hoàn thành trước ngày …": the completion its deadline went with stays in the title.
    const modal = /\s(phải|cần)$/u.exec(worded);
    const completion = modal ? new RegExp(`${modal[1]}\\s+(hoàn thành|hoàn tất)`, 'iu').exec(titleSource) : null;
    const work = completion ? `${worded} ${completion[1]}` : worded;
    // "2. Sở Y tế" on a line of its own with no items under it names a unit and gives it nothing to do.
    if (work.trim() === '') continue;
    // "Ban" left of "… Thủ trưởng các cơ quan, ban" where a pasted page was cut: one word that is no work.
    if (!/\s/.test(work.trim()) && !ACTIONS.test(foldWithOffsets(work.toLowerCase()).folded)) continue;
    outsideLeads.push(a.outside.join('|'));
    // "d) Đối với đề nghị hỗ trợ xây dựng cầu Nà Pài: giao Sở X nghiên cứu, tham mưu UBND tỉnh …": a short title names
    // the matter its line opened with.
    const lineStart = text.lastIndexOf('\n', d.pieces[0].start - 1) + 1;
    // "Đối với các kiến nghị của doanh nghiệp, Chủ tịch UBND tỉnh giao Sở Công Thương tham mưu …": the matter opening the
    // sentence, before the assigner, likewise.
    const before = text.slice(d.pieces[0].start, Math.max(d.pieces[0].start, a.actionStart)).replace(ENUMERATION, '');
    const lineMatter = MATTER_BEFORE.exec(text.slice(lineStart, d.pieces[0].start).replace(ENUMERATION, ''))?.[1];
    const matter = lineMatter ?? MATTER_THEN_ASSIGNER.exec(before)?.[1];
    // "Khi có hồ sơ đề nghị của doanh nghiệp, yêu cầu Sở Xây dựng … sớm thực hiện …": the condition the work answers,
    // before the assigner, is part of what the work is.
    const condition = CONDITION_BEFORE.exec(before)?.[0];
    const conditioned =
      condition && !work.includes(condition.trim()) ? `${condition.trim()} ${lowerFirst(work)}` : work;
    // A line's matter heads items that may be long; a sentence's own matter is kept with work of up to 16 words.
    const titled =
      matter && conditioned.split(/\s+/).length <= (lineMatter ? 8 : 16)
        ? `${conditioned} ${lowerFirst(matter)}`
        : conditioned;
    // "Giao các sở, ban, ngành; Đài Khí tượng thủy văn tỉnh; UBND các huyện tổ chức …": a body the table lacks named
    // after groups given the work is one more of them (not "Kho bạc Nhà nước tỉnh chủ trì, phối hợp với UBND các huyện
    // …", the body leading them).
    const groupFirst = a.groups.length > 0 ? description.indexOf(a.groups[0]) : -1;
    const bodyAt = a.outside.length > 0 ? description.indexOf(a.outside[0]) : -1;
    const outsideAmongGroups =
      a.lead === null &&
      groupFirst >= 0 &&
      bodyAt > groupFirst &&
      !/chủ trì/iu.test(description.slice(groupFirst, bodyAt));
    // The words between the units and the work say how it goes on: "Sở Tài chính tiếp tục chủ trì triển khai …" as
    // "tiếp tục triển khai …"; "… chủ động phối hợp với Sở Y tế triển khai …", the keenness the partners were named with.
    const unitsToWork = text.slice(d.pieces[0].start, Math.max(d.pieces[0].start, a.actionStart));
    const withManner = (w: string) =>
      /tiếp tục\s+chủ trì(?![\p{L}\p{M}])/iu.test(unitsToWork)
        ? `tiếp tục ${w}`
        : /(?:chủ động|tích cực)\s+phối hợp(?![\p{L}\p{M}])/iu.test(unitsToWork)
          ? `chủ động ${w}`
          : // "Sở Kế hoạch và Đầu tư làm đầu mối tiếp nhận thông tin, hướng dẫn …": the contact point's work goes on.
            /(?<![\p{L}\p{M}])(?:làm|là)\s+(?:cơ quan\s+|đơn vị\s+)?đầu mối(?![\p{L}\p{M}])/iu.test(unitsToWork)
            ? `thường xuyên ${w}`
            : w;
    const wholeDone = completion && /\s(?:phải|cần)$/u.test(wholeWork) ? `${wholeWork} ${completion[1]}` : wholeWork;
    const wholeConditioned =
      condition && !wholeDone.includes(condition.trim()) ? `${condition.trim()} ${lowerFirst(wholeDone)}` : wholeDone;
    const mannered = withManner(wholeConditioned);
    // "Tạm dừng các lễ hội đến hết tháng 3": an order held until then, standing in the meantime, not work due by then.
    const heldUntil =
      deadline?.kind === 'deadline' &&
      /^(?:cho\s+)?(?:đến|tới)\s/iu.test(deadline.deadlineText) &&
      HELD_ORDER.test(foldWithOffsets(work.toLowerCase()).folded) &&
      // Not with more work dated in the same draft ("…, đồng thời báo cáo kết quả trước ngày 10/4/2024").
      !/(?:trước|chậm nhất)(?:\s+ngày)?\s+\d/iu.test(work);
    drafts.push({
      title: outsideAmongGroups
        ? titled
        : headedByOutsideLead(titled, a.lead, a.outside, /^\p{Lu}/u.test(text.slice(a.actionStart).trimStart())),
      description,
      leadDepartmentId: a.lead,
      leadCandidates,
      // "Sở Y tế, Sở Công Thương kiểm tra …": the first unit named leads, the others named with it cooperate.
      supportDepartmentIds: [...new Set([...a.leadMentions, ...a.support])].filter((id) => id !== a.lead),
      // "Sở Thông tin và Truyền thông, Đài Phát thanh và Truyền hình tỉnh, Báo Bắc Kạn tăng cường …": bodies the table
      // lacks named with a unit of it cooperate, kept by name with the groups.
      groupAssignees: oneLine(a.lead === null && !outsideAmongGroups ? a.groups : [...a.groups, ...a.outside]),
      groupKeys: [...new Set(a.groups.flatMap(groupsOfAssignee))],
      kind: heldUntil ? 'standing' : deadline && !deadline.season ? deadline.kind : undatedKind(mannered),
      dueDate: heldUntil ? null : (deadline?.dueDate ?? null),
      workingDays: deadline?.workingDays ?? null,
      recurrence: deadline?.recurrence ?? null,
      leaderId: null,
      deadlineText: deadline ? deadline.deadlineText.replace(/\s+/g, ' ') : null,
      isKey: d.isKey,
      sourceSpan: whole,
      confidence: Math.min(0.95, 0.5 + (a.lead !== null ? 0.2 : 0) + (deadline?.dueDate ? 0.1 : 0) + (d.cue ? 0.1 : 0)),
    });
    // "Giao UBND thị xã X kiểm tra …. Đồng thời, UBND thị xã X báo cáo …. Thời gian thực hiện trước ngày 18/3/2023.":
    // the closing time dates the same units' undated work just before, too.
    if (closing && deadline?.dueDate) {
      const last = drafts.length - 1;
      const dated = drafts[last];
      // A unit outside the table is the same assignee by its name, whatever groups cooperate with it.
      const same = (k: number) =>
        drafts[k].leadDepartmentId === dated.leadDepartmentId &&
        outsideLeads[k] === outsideLeads[last] &&
        (outsideLeads[last] !== ''
          ? true
          : drafts[k].groupAssignees.join('|') === dated.groupAssignees.join('|') &&
            (dated.leadDepartmentId !== null || dated.groupAssignees.length > 0));
      // Not work of its own kind: ongoing or recurring work keeps its kind ("thường xuyên theo dõi …; xây dựng kế hoạch
      // …. Hoàn thành, trình UBND tỉnh trước ngày …").
      for (
        let k = last - 1;
        k >= 0 && same(k) && !drafts[k].dueDate && !drafts[k].recurrence && drafts[k].kind === 'deadline';
        k--
      )
        drafts[k] = { ...drafts[k], ...deadlineOf(dated), confidence: Math.min(0.95, drafts[k].confidence + 0.1) };
    }
  }
  // "Tập trung lãnh đạo sản xuất vụ lúa Thu Đông …. Sửa chữa cơ sở vật chất …. Tăng cường …, khắc phục … là những
  // nhiệm vụ trọng tâm trong tháng 8 vừa được Chủ tịch UBND huyện … chỉ đạo các ngành tập trung thực hiện …": a news
  // lead that names the work of its paragraph last, with its period and its units; the work before it in the
  // paragraph, naming neither, is theirs and falls in that period.
  for (let last = 1; last < drafts.length; last++) {
    const named = drafts[last];
    const naming = named.dueDate ? WORK_NAMED_LAST.exec(foldedOf(named.sourceSpan)) : null;
    if (!naming) continue;
    // Its own work is what comes before the words that name it, not what the chair is said to have asked.
    const ownWork = text
      .slice(named.sourceSpan.start, offsets[toFolded[named.sourceSpan.start] + naming.index])
      .trim()
      .replace(/[,;]$/, '');
    if (ownWork.length > 0) drafts[last] = { ...named, title: cleanTitle(ownWork) };
    const paragraphStart = text.lastIndexOf('\n', named.sourceSpan.start - 1);
    for (let k = last - 1; k >= 0 && drafts[k].sourceSpan.start > paragraphStart; k--) {
      const d = drafts[k];
      if (d.dueDate || d.recurrence || d.leadDepartmentId !== null || d.groupAssignees.length > 0) break;
      drafts[k] = {
        ...d,
        ...assigneesOf(named),
        ...deadlineOf(named),
        isKey: d.isKey || named.isKey,
        confidence: named.confidence,
      };
    }
  }
  // A news item that sums up the letter, then quotes it: the same work for the same units, proposed once.
  const seen = new Set<string>();
  const once = drafts.filter((d, i) => {
    const key = [d.title, d.leadDepartmentId, d.groupAssignees.join('|'), d.dueDate].join('\u0000');
    if (seen.has(key)) return false;
    // "… yêu cầu các cơ quan, đơn vị … thực hiện một số nhiệm vụ." before the tasks it announces: no task of its own.
    if (ANNOUNCED_TASKS.test(d.title) && i < drafts.length - 1 && !d.dueDate) return false;
    seen.add(key);
    return true;
  });
  if (tables.length === 0) return once;
  return [...once, ...tables.flatMap(tableDrafts)].sort((x, y) => x.sourceSpan.start - y.sourceSpan.start);

  /**
   * The drafts of a table's rows: the work cell is the title, the lead cell's first department the lead and the others
   * named there or in the cooperating cell its cooperating units, groups as written, the date cell read as a deadline.
   */
  function tableDrafts(table: TaskTable): DraftTask[] {
    return table.rows.map((row) => {
      const unitsIn = (cell: TableCell | null) =>
        unitsByKind(cell ? mentions.filter((m) => m.from >= toFolded[cell.start] && m.to <= toFolded[cell.end]) : []);
      const [leads, cooperating] = [unitsIn(row.lead), unitsIn(row.support)];
      const lead = leads.ids[0] ?? null;
      // Bodies the table lacks that cooperate ("Ủy ban MTTQ Việt Nam tỉnh", "Kho bạc Nhà nước tỉnh") are kept by name with
      // the groups, as the office reads them, since they have no id.
      const groups = [...new Set([...leads.groups, ...cooperating.named])];
      const deadline = row.deadline ? cellDeadline(row.deadline) : null;
      const work = cleanTitle(row.work.text);
      const description = row.work.text.replace(/\s+/g, ' ').trim();
      return {
        title: headedByOutsideLead(work, lead, leads.bodies),
        description,
        leadDepartmentId: lead,
        leadCandidates: leadCandidatesOf(leads.ids, description),
        supportDepartmentIds: [...new Set([...leads.ids, ...cooperating.ids])].filter((id) => id !== lead),
        groupAssignees: oneLine(groups),
        groupKeys: [...new Set(groups.flatMap(groupsOfAssignee))],
        kind: deadline && !deadline.season ? deadline.kind : undatedKind(work),
        dueDate: deadline?.dueDate ?? null,
        workingDays: deadline?.workingDays ?? null,
        recurrence: deadline?.recurrence ?? null,
        leaderId: null,
        deadlineText: row.deadline?.text ?? null,
        isKey: KEY.test(foldedOf(row.work)),
        sourceSpan: { start: row.start, end: row.end },
        confidence: Math.min(0.95, 0.6 + (lead !== null ? 0.2 : 0) + (deadline?.dueDate ? 0.1 : 0)),
      };
    });
  }

  /** The units named as leads, the first the likeliest; else the departments whose topics the work's words name. */
  function leadCandidatesOf(leadMentions: number[], description: string): DraftTask['leadCandidates'] {
    if (leadMentions.length === 0) return leadCandidatesByTopic(description, options.departments);
    return leadMentions.map((id, i) => ({
      departmentId: id,
      name: nameOf(options.departments, id),
      score: i === 0 ? 1 : 0.6,
    }));
  }

  /**
   * A date cell as a deadline: written in full ("Trước ngày 15/01/2024", "Thường xuyên", "Hằng quý") or bare, as the
   * column's heading makes it one: "Tháng 3/2024", "Quý I/2024", "Năm 2024" (in that period), "15/01/2024" (by that day).
   */
  function cellDeadline(cell: TableCell): ParsedDeadline | null {
    for (const written of [cell.text, `trong ${cell.text}`, `trước ${cell.text}`]) {
      const found = deadlinesIn(written);
      const pick = found.find((x) => x.kind === 'recurring') ?? found.find((x) => x.dueDate) ?? found[0];
      if (pick && (pick.dueDate !== null || pick.kind !== 'deadline')) return pick;
    }
    return null;
  }

  /** The piece names a unit and the work it is given after it. */
  function assignsWork(piece: Piece): boolean {
    const clauses = clausesIn(text, piece);
    const last = clauses[clauses.length - 1];
    const own = readAssignees(last, stripLead(foldedOf(last)));
    return own.explicit && (own.lead !== null || own.groups.length > 0) && ACTIONS.test(actionOf(own, last));
  }

  /** A group as written, without the head's title. */
  /**
   * "Giao Sở X chủ trì thẩm định …, Sở Y phối hợp", "…; Sở Y, UBND các huyện phối hợp thực hiện.", "… (Sở Y phối hợp)":
   * the units named after the work with "phối hợp" and nothing after it cooperate in it. Returns them with their span
   * in the text (from the comma or bracket before them), which leaves the title; `from` bounds where they may start.
   */
  function cooperatorsNamedAfter(p: Piece, from: number): { start: number; end: number; units: Mention[] } | null {
    const base = toFolded[p.start];
    const f = folded.slice(base, toFolded[p.end]);
    for (const m of f.matchAll(COOPERATE_AFTER_WORK)) {
      const units: Mention[] = [];
      let pos = base + m.index;
      for (let u = mentions.find((x) => x.to === pos); u; u = mentions.find((x) => x.to === pos)) {
        units.unshift(u);
        const sep = /(?:\s*,\s*|\s+va\s+)$/.exec(folded.slice(Math.max(base, u.from - 6), u.from));
        if (!sep) break;
        pos = u.from - sep[0].length;
      }
      if (units.length === 0 || units[0].from < toFolded[from]) continue;
      const opener = /(?:[,;(]\s*|^\s*)$/.exec(folded.slice(base, units[0].from));
      if (!opener) continue;
      const to = base + m.index + m[0].length;
      return { start: offsets[units[0].from - opener[0].length] ?? p.start, end: offsets[to - 1] + 1, units };
    }
    return null;
  }

  /**
   * The units of the table the work names as its partners, after its units were read: "… kiểm tra, đồng thời phối hợp
   * với UBND huyện Nghĩa Hành và Công an tỉnh xử lý …" (the units listed right after "phối hợp (chặt chẽ) (với)").
   */
  function partnersInWork(d: Directive): number[] {
    const ids: number[] = [];
    for (const p of d.pieces) {
      const start = toFolded[Math.max(p.start, d.assignees.actionStart)];
      const units = mentionsIn(p).sort((x, y) => x.from - y.from);
      for (const m of folded
        .slice(start, toFolded[p.end])
        .matchAll(/\bphoi hop(?:\s+chat che)?(?:\s+(?:voi|cung))?\s+/g)) {
        let at = start + m.index + m[0].length;
        for (const u of units.filter((x) => x.from >= at)) {
          if (!/^(?:\s*,\s*|\s+va\s+|\s*)$/.test(folded.slice(at, u.from))) break;
          if (u.departmentId !== null && !u.group) ids.push(u.departmentId);
          at = u.to;
        }
      }
    }
    return ids;
  }

  /**
   * Units named, by kind: the table's departments (ids), groups and bodies the table lacks as written, and those two
   * together in the order written.
   */
  function unitsByKind(units: Mention[]): { ids: number[]; groups: string[]; bodies: string[]; named: string[] } {
    return {
      ids: units.flatMap((m) => (m.departmentId !== null && !m.group ? [m.departmentId] : [])),
      groups: units.filter((m) => m.group).map(writtenGroup),
      bodies: units.filter((m) => !m.group && m.departmentId === null).map(writtenGroup),
      named: units.filter((m) => m.group || m.departmentId === null).map(writtenGroup),
    };
  }

  /**
   * For a locality addressed by its level alone ("huyện", "thị xã"), the committee of that level the text named last
   * before it, within a few paragraphs (a unit of the table or one outside it); null for any other mention.
   */
  function localityNamedBefore(m: Mention): Mention | null {
    const level = /^(huyen|thi xa|thanh pho|xa|phuong)$/.exec(folded.slice(m.from, m.to));
    if (!level) return null;
    const named = new RegExp(String.raw`^(?:chu tich\s+)?(?:ubnd|uy ban nhan dan)\s+${level[1]}\s`);
    const before = mentions.filter(
      (x) => !x.group && x.to <= m.from && m.from - x.to < 3000 && named.test(folded.slice(x.from, x.to)),
    );
    return before[before.length - 1] ?? null;
  }

  function writtenGroup(m: Mention): string {
    // A name a pasted page wrapped ("UBND các huyện, thị⏎xã") reads on one line.
    return text
      .slice(offsets[m.from], offsets[m.to - 1] + 1)
      .replace(/\s+/g, ' ')
      .replace(/^(Thủ trưởng|Giám đốc|Chủ tịch|Người đứng đầu)\s+/i, '');
  }

  /** The units of the last sentence before `at` that names any ("… gửi Công an tỉnh, Sở X, UBND các huyện …"). */
  function unitsNamedBefore(at: number): Mention[] {
    for (let i = sentences.length - 1; i >= 0; i--) {
      if (sentences[i].end > at) continue;
      const named = mentionsIn(sentences[i]);
      if (named.length > 0) return named;
    }
    return [];
  }

  /**
   * Whether only a paragraph of one or two sentences that gave no work lies between `d` and the paragraph the sentence
   * at `index` opens: "Giao Thanh tra tỉnh tiến hành thanh tra …. ¶ Thời kỳ thanh tra từ 01/01/2015 đến 31/12/2022. ¶
   * Tổ chức tập huấn, hướng dẫn …": the details of the work told, then more work of the same unit.
   */
  function toldBetween(d: Directive, index: number): boolean {
    const end = d.pieces[d.pieces.length - 1].end;
    const between = sentences.slice(0, index).filter((x) => x.start >= end);
    return (
      between.length > 0 &&
      between.length <= 2 &&
      // Details of the work's scope ("Thời kỳ thanh tra …", "Phạm vi …", "Có thể kiểm tra …"), not an account of what
      // happened, a heading or the funds ("Mưa lớn kéo dài gây sạt lở …", "Về lĩnh vực giáo dục.", "Kinh phí …").
      WORK_SCOPE.test(foldedOf(between[0]).trimStart()) &&
      between.every((x) => x.paragraph === between[0].paragraph && !x.item && !/\bda\s/.test(foldedOf(x))) &&
      between[0].paragraph !== sentences[index].paragraph &&
      sentences[index - 1].paragraph !== sentences[index].paragraph &&
      !sentences[index].item &&
      paragraphOf.get(d) !== undefined &&
      paragraphOf.get(d)! < between[0].paragraph
    );
  }

  /** Whether `d` runs into the sentence before the one at `index`: the work just given. */
  function reachesSentenceBefore(d: Directive, index: number): boolean {
    return index > 0 && d.pieces[d.pieces.length - 1].end >= sentences[index - 1].start;
  }

  /**
   * The units the letter told in the sentence before `index` was sent to, for a preamble that names none: "UBND tỉnh đã
   * ban hành văn bản số 3025/UBND-VHXH về việc … gửi các sở, ban, ngành tỉnh và UBND các huyện, thành phố. Theo đó Chủ
   * tịch UBND tỉnh chỉ đạo như sau:".
   */
  function sentToBefore(index: number): Assignees | null {
    if (index === 0) return null;
    const before = sentences[index - 1];
    const m = LETTER_SENT_TO.exec(foldedOf(before));
    if (!m) return null;
    const piece = { start: offsets[toFolded[before.start] + m.index + m[0].length], end: before.end };
    const sentTo = readAssignees(piece, stripLead(foldedOf(piece)));
    return sentTo.groups.length || sentTo.lead !== null || sentTo.outside.length ? sentTo : null;
  }

  /**
   * The units of the work just given, for the items a bare "Cụ thể:" (", như sau:") lists after it: "Giao Sở Giáo dục và
   * Đào tạo chuẩn bị tốt các điều kiện cho kỳ thi. Cụ thể: - Rà soát …", "UBND tỉnh đề nghị các cơ quan, đơn vị …
   * tiếp tục thực hiện nghiêm chỉ đạo … Trong đó, tập trung vào một số nhiệm vụ trọng tâm: Theo dõi chặt chẽ …".
   */
  function detailedWorkBefore(index: number): Assignees | null {
    if (index === 0 || !DETAILED_BELOW.test(foldedOf(sentences[index]))) return null;
    const last = directives[directives.length - 1];
    if (!last || !reachesSentenceBefore(last, index)) return null;
    const a = last.assignees;
    return a.lead !== null || a.groups.length || a.outside.length ? a : null;
  }

  /** A directive that starts at a later clause of a sentence. */
  function begin(clause: Piece, assignees: Assignees, key = false, cue = false): Directive {
    const d: Directive = {
      pieces: [clause],
      assignees,
      deadline: null,
      isKey: context.isKey || key,
      cue,
      preambleAssignees: context.assignees,
      frame,
    };
    directives.push(d);
    return d;
  }

  /**
   * The period `piece` opens with (OPENING_PERIOD), as a deadline spanning its words in the text; null when it opens
   * with none, or with one over before the document's date ("Năm 2023, tỉnh đã …" in a letter of 2024).
   */
  function openingPeriod(piece: Piece): ParsedDeadline | null {
    const whole = foldedOf(piece);
    // Before stripLead, which drops some of these periods as saying nothing of the units.
    const f = stripMark(whole);
    const m = OPENING_PERIOD.exec(f);
    if (!m) return null;
    const from = toFolded[piece.start] + whole.length - f.length + m[0].indexOf(m[1]);
    const start = offsets[from];
    const end = offsets[from + m[1].length - 1] + 1;
    const written = text.slice(start, end);
    // A bare year, quarter or month ("Năm 2026, …", "Nhiệm vụ tháng 11/2024, …") is the period the work falls in.
    const bare = /^(?:năm|quý|tháng)\s/iu.test(written);
    const parsed = deadlinesIn(bare ? `trong ${written}` : written).find(
      (x) => x.kind === 'deadline' && x.dueDate !== null,
    );
    if (!parsed?.dueDate || parsed.dueDate < options.date) return null;
    return { ...parsed, deadlineText: written, start, end };
  }

  /** Whether a period named (folded: "trong thang 10", "nam 2022") ended before the text's date. */
  function periodIsOver(period: string): boolean {
    // A year gone by, which the deadline rules do not date at all.
    const year = /(?:^|\s)nam (\d{4})$/.exec(period);
    if (year) return Number(year[1]) < Number(options.date.slice(0, 4));
    const due = deadlinesIn(/^(?:nam|quy|thang)\s/.test(period) ? `trong ${period}` : period).find(
      (x) => x.dueDate !== null,
    )?.dueDate;
    return due !== undefined && due !== null && due < options.date;
  }

  /**
   * The period of the key tasks a sentence names before them ("Lãnh đạo UBND TP cũng đặt ra các nhiệm vụ trọng tâm trong
   * tháng 6 cũng như các tháng cuối năm, trong đó tập trung …; chuẩn bị tốt …"), as a deadline spanning its words: the
   * time of every work the sentence goes on to list; null when it names none still to come.
   */
  function keyTasksPeriod(piece: Piece): ParsedDeadline | null {
    const written = text.slice(piece.start, piece.end);
    const named = KEY_TASKS_PERIOD.exec(written);
    if (!named) return null;
    const at = named.index + named[0].length;
    const period = deadlinesIn(written).find(
      (x) => x.start === at && x.kind === 'deadline' && x.dueDate !== null && x.dueDate >= options.date,
    );
    return period ? { ...period, start: piece.start + period.start, end: piece.start + period.end } : null;
  }

  /** Splits "… trước ngày A để sở … trước ngày B" into the work and the department's own step. */
  function splitPurposeSteps(p: Piece): Piece[] {
    const f = folded.slice(toFolded[p.start], toFolded[p.end]);
    const out: Piece[] = [];
    let from = p.start;
    for (const m of f.matchAll(PURPOSE_STEP)) {
      const at = offsets[toFolded[p.start] + m.index] ?? p.end;
      const before = text.slice(from, at);
      const after = text.slice(at, p.end);
      if (deadlinesIn(before).length === 0 || deadlinesIn(after).length === 0) continue;
      out.push(trimPiece(text, from, at));
      from = at;
    }
    if (out.length === 0) return [p];
    out.push({ ...trimPiece(text, from, p.end), purpose: true });
    return out.map((x, i) => (i > 0 ? { ...x, purpose: true } : x));
  }

  /**
   * "… yêu cầu các thành viên Ban chỉ đạo …; Thủ trưởng các sở …; Chủ tịch UBND các xã … thực hiện …": the
   * addressees of one assignment listed between ";" are one clause with the work that follows them.
   */
  function joinAddressees(clauses: Piece[]): Piece[] {
    const out: Piece[] = [];
    // The cooperation list of the clause before has run on across ";" already.
    let listRuns = false;
    for (const c of clauses) {
      const prev = out[out.length - 1];
      if (prev && unitsOnly(prev)) {
        // "Tất cả các sở, ban, ngành, UBND các huyện, thị xã, thành phố; Báo cáo kịp thời …": the addressees, then
        // their work.
        out[out.length - 1] = { ...prev, end: c.end };
        continue;
      }
      // "…; phối hợp Sở Khoa học và Công nghệ; Viễn thông Đồng Nai; UBND cấp xã … thực hiện …": the units it cooperates
      // with listed apart, up to the work.
      if (prev && cooperationOnly(prev)) {
        out[out.length - 1] = { ...prev, end: c.end };
        continue;
      }
      // "Giao Sở Giao thông vận tải chủ trì, phối hợp các Sở: Tài chính, Xây dựng; Ban Quản lý Khu kinh tế tỉnh; UBND
      // các huyện … nghiên cứu …": a list of the units the work is shared with goes on after ";", up to the work. A unit or
      // body alone between ";" continues any such list ("Công an tỉnh chủ động phối hợp với Bộ Chỉ huy Quân sự tỉnh; Bộ
      // Chỉ huy Bộ đội Biên phòng tỉnh; UBND các huyện biên giới triển khai …"); the work after ";" joins only a lead's
      // (chủ trì) list, and not one closed before a department's own work ("… phối hợp với các đơn vị liên quan; Công an
      // tỉnh tăng cường …").
      const alone = unitsOpen(c) && (unitsOnly(c) || bodyOnly(c));
      if (prev && unitsOpen(c) && endsCooperating(prev, !alone && !listRuns)) {
        if (alone || listRuns || listedAfterColon(prev) || !closedBeforeDepartment(prev, c)) {
          out[out.length - 1] = { ...prev, end: c.end };
          listRuns = alone;
          continue;
        }
      }
      listRuns = false;
      if (prev) {
        // The units' names blanked: "Sở Xây dựng" holds no work ("giao Sở Xây dựng; UBND các huyện …").
        const f = foldedWithoutUnits(prev);
        // "… phải kiên quyết đề nghị hủy bỏ; …": the units' own proposal, not an assigner before addressees.
        const cue = [...f.matchAll(ASSIGNER_BEFORE_ADDRESSEES)]
          .filter((m) => !/\b(?:phai|kien quyet)\s+$/.test(f.slice(0, m.index)))
          .pop();
        // Not "… yêu cầu người dân không đánh bắt cá …; đồng thời giao Công an tỉnh …": the people asked, then the units.
        const after = cue ? f.slice(cue.index + cue[0].length) : '';
        if (cue && !actsSomewhere(after) && !PEOPLE_ALONE.test(after)) {
          out[out.length - 1] = { ...prev, end: c.end };
          continue;
        }
      }
      out.push(c);
    }
    return out;
  }

  /**
   * Splits "… hoàn thành phần móng nền, giao cho các sở ngành liên quan theo dõi …" at the second assignment,
   * when the work before it is complete ("… đã chỉ đạo, giao trách nhiệm cho …" is one assignment).
   */
  function splitAssignments(p: Piece): Piece[] {
    const f = folded.slice(toFolded[p.start], toFolded[p.end]);
    const out: Piece[] = [];
    let from = p.start;
    for (const m of f.matchAll(MID_ASSIGNMENT)) {
      const at = offsets[toFolded[p.start] + m.index + m[0].length] ?? p.end;
      const before = folded.slice(toFolded[from], toFolded[p.start] + m.index);
      // The people's conduct asked before counts as complete ("yêu cầu người dân không đánh bắt cá …, đồng thời giao …").
      const peopleAsked = PEOPLE_ASKED.test(stripLead(before));
      if (ASSIGNER_ENDING.test(before) || (!actsSomewhere(before) && !peopleAsked)) continue;
      const after = trimPiece(text, at, p.end);
      const own = readAssignees(after, stripLead(foldedOf(after)));
      if (!own.explicit || (own.lead === null && own.groups.length === 0)) continue;
      out.push(trimPiece(text, from, offsets[toFolded[p.start] + m.index] ?? at));
      from = at;
    }
    if (out.length === 0) return [p];
    out.push(trimPiece(text, from, p.end));
    return out.filter((x) => x.end > x.start);
  }

  /**
   * Splits "… báo cáo nhanh … trước ngày 20/01/2019 và báo cáo kết quả … trước ngày 10/3/2019 …" after the first date:
   * a second work, opened by its own action after "và", with a date of its own.
   */
  function splitDatedWorks(p: Piece): Piece[] {
    const out: Piece[] = [];
    let from = p.start;
    for (const m of text.slice(p.start, p.end).matchAll(/,?\s+và\s+/gu)) {
      const at = p.start + m.index;
      const next = at + m[0].length;
      const before = deadlinesIn(text.slice(from, at));
      // The first work's date ends it, or opens the sentence ("Trước ngày 25-10, … phải báo cáo … và trước ngày …").
      if (!before.some((x) => x.dueDate && (from + x.end >= at - 1 || x.start === 0))) continue;
      const after = trimPiece(text, next, p.end);
      // "… và trước ngày 16-11 phải báo cáo chính thức …": the second work's date may come before its action.
      const work = stripLead(foldedOf(after)).replace(
        /^(?:truoc|cham nhat) ngay \d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*,?\s*/,
        '',
      );
      if (!ACTIONS.test(work)) continue;
      if (!deadlinesIn(text.slice(after.start, after.end)).some((x) => x.dueDate)) continue;
      out.push(trimPiece(text, from, at));
      from = next;
    }
    if (out.length === 0) return [p];
    out.push(trimPiece(text, from, p.end));
    return out.filter((x) => x.end > x.start);
  }

  /**
   * Splits "…, thị xã tiếp tục đề ra 15 nội dung trọng tâm, trong đó tập trung chỉ đạo thực hiện …" after "trong đó":
   * the key tasks set out are the work, not the sentence that counts them.
   */
  function splitKeyTasks(p: Piece): Piece[] {
    const base = toFolded[p.start];
    const f = folded.slice(base, toFolded[p.end]);
    const m =
      /\b(?:de ra|xac dinh|dat ra)\s+(?:\d+\s+)?(?:noi dung|nhiem vu|giai phap)(?:\s+trong tam)?\s*,\s*trong do,?\s+/.exec(
        f,
      );
    if (!m || !ACTIONS.test(f.slice(m.index + m[0].length))) return [p];
    const at = offsets[base + m.index + m[0].length];
    return [trimPiece(text, p.start, at), trimPiece(text, at, p.end)];
  }

  /**
   * Splits "… đã lập đoàn thanh tra liên ngành, do Thanh tra tỉnh chủ trì tiến hành kiểm tra …" before the unit that
   * chairs the work: what it chairs is its work.
   */
  function splitChairedWork(p: Piece): Piece[] {
    const base = toFolded[p.start];
    const f = folded.slice(base, toFolded[p.end]);
    for (const m of f.matchAll(/,\s+do\s+/g)) {
      const at = base + m.index + m[0].length;
      const unit = mentionsIn(p).find((x) => x.from === at && !x.group && x.departmentId !== null);
      if (!unit) continue;
      const after = folded.slice(unit.to, toFolded[p.end]);
      const chair = /^\s+chu tri\s+/.exec(after);
      if (!chair || !ACTIONS.test(after.slice(chair[0].length))) continue;
      return [
        trimPiece(text, p.start, offsets[base + m.index]),
        { ...trimPiece(text, offsets[at], p.end), chaired: true },
      ];
    }
    return [p];
  }

  /**
   * Splits "Năm 2025 là năm cuối …, do đó các sở, ngành cần triển khai …" before the units the consequence is drawn
   * for: the background before the comma is no work of theirs.
   */
  function splitConsequence(p: Piece): Piece[] {
    const base = toFolded[p.start];
    const m =
      /,\s*(?:do do|do vay|vi vay|vi the|cho nen|nen)\s*,?\s+(?=(?:cac|ubnd|uy ban|so|giam doc|thu truong|chu tich)\s)/.exec(
        folded.slice(base, toFolded[p.end]),
      );
    if (!m || m.index === 0) return [p];
    return [trimPiece(text, p.start, offsets[base + m.index]), trimPiece(text, offsets[base + m.index + 1], p.end)];
  }

  /**
   * Splits "Sở X rà soát …, Sở Y lựa chọn …" before the second department named as a subject with its own action:
   * two works of two units in one sentence. Not "…, Sở Y phối hợp" (the cooperation in the first work), nor a list
   * of units before one action ("Sở X, Sở Y rà soát …").
   */
  function splitSecondSubjects(p: Piece): Piece[] {
    const base = toFolded[p.start];
    const f = folded.slice(base, toFolded[p.end]);
    const out: Piece[] = [];
    let from = p.start;
    for (const m of f.matchAll(/,\s+(?:con\s+|va\s+)?(?=so\s)/g)) {
      const at = base + m.index + m[0].length;
      if (!departmentThenAction(at, p)) continue;
      // "Chủ tịch UBND tỉnh chỉ đạo, Sở X đẩy nhanh …": the assigner's word before the comma addresses the unit.
      if (
        /(?<!\b(?:duoc|ban|chuyen|theo|cua|co)\s)\b(?:chi dao|yeu cau|de nghi|giao|nhan manh|luu y)\s*$/.test(
          folded.slice(base, base + m.index),
        )
      )
        continue;
      // The work before the comma: an action after the last unit named there ("giao Sở X, Sở Y …" names two units).
      const before = mentionsIn(p).filter((x) => x.from >= toFolded[from] && x.to <= base + m.index);
      // "Tiếp thu ý kiến của các thành viên UBND tỉnh, Sở X hoàn chỉnh báo cáo …": what leads to the unit's work, no
      // work of a unit of its own. Read on past the comma: the clause's own pattern looks to the unit after it ("Khi
      // phát hiện sự cố, Sở X …").
      const leading = LEADING_CLAUSE.test(stripLead(folded.slice(base, toFolded[p.end])));
      if (from === p.start && leading && !before.some((x) => !x.group && x.departmentId !== null)) continue;
      if (!actsSomewhere(folded.slice(before[before.length - 1]?.to ?? toFolded[from], base + m.index))) continue;
      out.push(trimPiece(text, from, offsets[base + m.index]));
      from = offsets[at];
    }
    if (out.length === 0) return [p];
    out.push(trimPiece(text, from, p.end));
    return out.filter((x) => x.end > x.start);
  }

  /**
   * Splits "Tăng cường công tác kiểm soát, quản lý thị trường, kiểm soát chặt nguồn gốc hàng hóa" before a work that
   * opens with words no mere second verb of the same work takes ("kiểm soát chặt", "thực hiện tốt", "nghiêm cấm" …; not
   * "chủ động" nor "khắc phục", which the labels keep with the work before), when the work before the comma has an
   * action and an object of its own: two works of the same units.
   */
  function splitCommaWorks(p: Piece): Piece[] {
    const base = toFolded[p.start];
    const f = folded.slice(base, toFolded[p.end]);
    const out: Piece[] = [];
    let from = 0;
    for (const m of f.matchAll(COMMA_THEN_WORK)) {
      const before = f.slice(from, m.index);
      if (before.split(' ').filter(Boolean).length < 4 || /[(]/.test(before.slice(before.lastIndexOf(')') + 1)))
        continue;
      // The work before the comma: an action after the last unit named there, not their cooperation alone ("giao Sở X,
      // Công an tỉnh phối hợp hỗ trợ UBND huyện, tăng cường tuần tra …" is the one work of the units named).
      const units = mentionsIn(p).filter((x) => x.from >= base + from && x.to <= base + m.index);
      const own = folded.slice(units[units.length - 1]?.to ?? base + from, base + m.index).trim();
      if (!actsSomewhere(own) || /^(?:chu tri,?\s+)?phoi hop\b/.test(own)) continue;
      // Nor a verb with no object of its own, whose object is the next work's ("thực hiện quản lý, kiểm soát chặt chẽ
      // việc xuất bến …": one work).
      const words = own.split(/\s+/);
      if (ACTIONS.test(words.slice(-2).join(' ')) || ACTIONS.test(words[words.length - 1])) continue;
      if (
        f
          .slice(m.index + m[0].length)
          .split(/[,;.]/)[0]
          .split(' ')
          .filter(Boolean).length < 3
      )
        continue;
      out.push(trimPiece(text, offsets[base + from], offsets[base + m.index]));
      from = m.index + 1;
    }
    if (out.length === 0) return [p];
    out.push(trimPiece(text, offsets[base + from], p.end));
    return out.filter((x) => x.end > x.start);
  }

  /** A department of the table at `at`, then its own action (not "phối hợp"). */
  function departmentThenAction(at: number, p: Piece): boolean {
    const unit = mentionsIn(p).find((x) => x.from === at && !x.group && x.departmentId !== null);
    if (!unit) return false;
    const after = folded.slice(unit.to, toFolded[p.end]).trimStart();
    return !/^phoi hop\b/.test(after) && ACTIONS.test(after);
  }

  function lastDepartmentBefore(at: number, from: number): number | null {
    const found = mentions.filter(
      (m) => !m.group && m.departmentId !== null && m.from >= toFolded[from] && m.to <= toFolded[at],
    );
    const named = found.filter((m) => folded.startsWith('so ', m.from));
    return (named[named.length - 1] ?? found[found.length - 1])?.departmentId ?? null;
  }

  /**
   * The table's units for places listed after a group ("UBND các huyện: Ba Bể, Pác Nặm và Ngân Sơn"), each named with
   * the group's level ("UBND huyện Ba Bể"); null unless the table holds every one.
   */
  function placeUnits(group: string, listed: string): number[] | null {
    const level = /\b(huyện|thị xã|thành phố|xã|phường)\b/iu.exec(group)?.[1].toLowerCase();
    if (!level) return null;
    const ids: number[] = [];
    for (const place of listed.split(/\s*(?:,|\svà\s)\s*/u).filter(Boolean)) {
      const name = foldWithOffsets(`UBND ${level} ${place}`).folded;
      const found = matcher.find(name).find((m) => m.from === 0 && m.to === name.length && m.departmentId !== null);
      if (!found) return null;
      ids.push(found.departmentId!);
    }
    return ids;
  }

  function noAssignees(piece: Piece): Assignees {
    return {
      lead: null,
      leadMentions: [],
      support: [],
      groups: [],
      outside: [],
      leadNamed: false,
      actionStart: piece.start,
      explicit: false,
      cued: false,
    };
  }

  /** The deadlines of a piece of text, leaving out a time that frames a purpose (PURPOSE_TIME). */
  function deadlinesOfWork(pieceText: string): ParsedDeadline[] {
    const afterEvent = AFTER_EVENT.test(pieceText);
    return deadlinesIn(pieceText)
      .filter(
        (x) =>
          !(PERIOD_TIME.test(x.deadlineText) && PURPOSE_TIME.test(pieceText.slice(0, x.start))) &&
          !(PERIOD_TIME.test(x.deadlineText) && TASK_APPRAISED.test(pieceText.slice(0, x.start))) &&
          !STRESSED_TIME.test(pieceText.slice(0, x.start)) &&
          !(/^dịp\s/iu.test(x.deadlineText) && STRESSED_BEFORE.test(pieceText.slice(0, x.start))) &&
          !PEAK_SEASON.test(pieceText.slice(0, x.start)) &&
          !OBJECT_DATED.test(pieceText.slice(0, x.start)),
      )
      .map((x) => (afterEvent && COUNTED_PERIOD.test(x.deadlineText) ? { ...x, dueDate: null, workingDays: null } : x));
  }

  /**
   * Work with no units in the text's first paragraph (its headline, "Chủ tịch UBND tỉnh …: Lập chốt kiểm soát …") whose
   * words a later directive given to named units holds nearly all of: the same work, summed up before it is given.
   */
  function echoedBelow(d: Directive): boolean {
    if (d.assignees.explicit || paragraphOf.get(d) !== sentences[0]?.paragraph || hasDeadline(d)) return false;
    const wordsOf = (p: Piece) => new Set(foldedOf(p).match(/[a-z0-9]+/g) ?? []);
    const own = new Set(d.pieces.flatMap((p) => [...wordsOf(p)]));
    if (own.size < 5) return false;
    return directives.some((x) => {
      if (x === d || !x.assignees.explicit || (paragraphOf.get(x) ?? -1) <= (paragraphOf.get(d) ?? -1)) return false;
      const later = new Set(x.pieces.flatMap((p) => [...wordsOf(p)]));
      return [...own].filter((w) => later.has(w)).length >= 0.75 * own.size;
    });
  }

  /**
   * A news lede the body restates with the same unit and work: "UBND tỉnh Quảng Ngãi vừa có công văn yêu cầu Sở VHTT&DL
   * kiểm tra thông tin sau khi báo chí …" ⏎ "Chủ tịch UBND tỉnh … yêu cầu Sở VHTT&DL kiểm tra thông tin báo chí nêu, …
   * báo cáo kết quả trước ngày 16.4.2020". The body's draft, with its date, is the task.
   */
  function ledeRestated(d: Directive): boolean {
    const paragraph = paragraphOf.get(d);
    if (paragraph !== sentences[0]?.paragraph || d.assignees.lead === null || hasDeadline(d)) return false;
    if (!NEWS_LEDE.test(foldedOf(d.pieces[0]))) return false;
    const opening = (x: Directive) => actionOf(x.assignees, x.pieces[0]).split(' ').slice(0, 3).join(' ');
    return directives.some(
      (x) =>
        x !== d &&
        (paragraphOf.get(x) ?? -1) > (paragraph ?? -1) &&
        x.assignees.lead === d.assignees.lead &&
        opening(x) === opening(d),
    );
  }

  /** A headline the text restates further on ("Tổ chức trực … năm 2019." ⏎ "… ban hành văn bản về việc tổ chức trực …"). */
  function restatedLater(sentence: Sentence): boolean {
    const own = foldedOf(sentence)
      .trim()
      .replace(/[.!?…]+$/, '');
    return own.length >= 20 && folded.indexOf(own, toFolded[sentence.end]) >= 0;
  }

  /** Whether the directive's text gives it a deadline; with `dated`, one with a date (not a rule or "thường xuyên"). */
  function hasDeadline(d: Directive, dated = false): boolean {
    return d.pieces.some(
      (p) => !p.timeFrameOnly && deadlinesIn(text.slice(p.start, p.end)).some((x) => !dated || x.dueDate !== null),
    );
  }

  /** The piece's folded text with the units it names blanked out, the length kept. */
  function foldedWithoutUnits(piece: Piece): string {
    const from = toFolded[piece.start];
    const out = folded.slice(from, toFolded[piece.end]).split('');
    for (const m of mentionsIn(piece)) out.fill(' ', m.from - from, m.to - from);
    return out.join('');
  }

  /** The piece names units and nothing else ("Tất cả các sở, ban, ngành, UBND các huyện"). */
  function unitsOnly(piece: Piece): boolean {
    if (mentionsIn(piece).length === 0) return false;
    const rest = foldedWithoutUnits(piece);
    // "Theo đó, UBND các huyện, thị xã, thành phố; các sở, ngành … tiếp tục …": the connector opening the sentence is
    // not work either.
    return (
      rest
        .replace(
          /^\s*(?:(?:theo do|dong thoi|ben canh do|ngoai ra|song song (?:voi )?do|dac biet|(?:cong van|cong dien|thong bao|van ban|chi thi|ket luan)(?: (?:nay|tren))?(?: cung)? (?:neu ro|nhan manh|chi ro))\b\s*,?\s*)*/,
          '',
        )
        .replace(/\b(?:tat ca|toan the|cac|va|thu truong|giam doc|chu tich)\b|[\s,;.:]/g, '') === ''
    );
  }

  /** "phối hợp (với) Sở X" and the names after it, no work yet. */
  function cooperationOnly(piece: Piece): boolean {
    const f = stripLead(foldedOf(piece));
    return /^phoi hop\b/.test(f) && !actsSomewhere(f.replace(/^phoi hop(?:\s+(?:voi|chat che voi))?\s*/, ''));
  }

  /** The clause ends on "phối hợp (với)" and the names of units, no work before or after them. */
  function endsCooperating(piece: Piece, leadOnly: boolean): boolean {
    // The units' names blanked: "Sở Xây dựng" holds no work.
    const f = foldedWithoutUnits(piece);
    const at = f.lastIndexOf('phoi hop');
    if (at < 0 || (at > 0 && /[a-z]/.test(f[at - 1]))) return false;
    // Bodies the table lacks listed between them hold no work either ("…; Ban Quản lý khu kinh tế tỉnh").
    const names = f
      .slice(at)
      .replace(/^phoi hop(?:\s+(?:voi|chat che voi))?\s*/, '')
      .replace(LISTED_BODIES, ' ');
    const from = toFolded[piece.start] + at;
    // A lead's list when asked ("… chủ trì, phối hợp …"), not "UBND các huyện phối hợp chặt chẽ với Sở Y tế; …", the work
    // itself; and its work still to come, not "Sở Y tế tăng cường kiểm tra …, phối hợp chặt chẽ với Công an tỉnh; …".
    if (leadOnly && !/\bchu tri\b/.test(f.slice(0, at))) return false;
    const head = f.slice(0, at).replace(/\bchu tri\b/g, ' ');
    return !actsSomewhere(names) && !actsSomewhere(head) && mentionsIn(piece).some((m) => m.from > from);
  }

  /** "… phối hợp các Sở: Tài chính, Xây dựng": the units it cooperates with listed after a colon, a list that runs on. */
  function listedAfterColon(piece: Piece): boolean {
    const f = foldedOf(piece);
    return /:/.test(f.slice(f.lastIndexOf('phoi hop')));
  }

  /** The clause names one body the table lacks and nothing else ("Bảo hiểm xã hội tỉnh", "Ban Quản lý khu kinh tế tỉnh"). */
  function bodyOnly(piece: Piece): boolean {
    return BODY_ALONE.test(foldedOf(piece).replace(/[\s.]+$/, ''));
  }

  /**
   * "… phối hợp với các đơn vị liên quan; Công an tỉnh tăng cường …": a cooperation list closed by its generic end, then
   * a department of the table opening work of its own.
   */
  function closedBeforeDepartment(prev: Piece, next: Piece): boolean {
    const from = toFolded[next.start];
    return (
      /\b(?:lien quan|co lien quan|huu quan|chuc nang)\s*$/.test(foldedOf(prev)) &&
      mentionsIn(next).some((m) => m.from === from && m.departmentId !== null)
    );
  }

  /** The clause opens with the name of a unit. */
  function unitsOpen(piece: Piece): boolean {
    const from = toFolded[piece.start];
    const f = foldedOf(piece);
    // Not "Báo cáo …", "Bảo vệ …", "Bảo đảm …": work, though a newspaper ("Báo …") is a body.
    return (
      mentionsIn(piece).some((m) => m.from === from) ||
      (OUTSIDE_BODY.test(f) && !/^bao\s+(?:cao|ve|dam|quan|tri|hiem)\b/.test(f))
    );
  }

  /** The clause ends on a verb that takes units ("đôn đốc") and the units it names, nothing else. */
  function unitsOnlyObject(piece: Piece): boolean {
    const own = readAssignees(piece, stripLead(foldedOf(piece)));
    const action = actionOf(own, piece);
    const verb = UNITS_AS_OBJECT.exec(action);
    if (!verb) return false;
    const rest = foldedWithoutUnits(piece);
    const after = rest.slice(rest.length - (action.length - verb[0].length));
    return after.replace(/\b(?:cac|va|lien quan|co lien quan)\b|[\s,;.]/g, '') === '';
  }

  /**
   * "1.Sở Công Thương chủ trì, phối hợp với các sở, ngành liên quan" or "2. Sở Y tế" on a line of its own, with no ":"
   * and no work, its work in the lettered or dashed items below: a heading that names their units, as "1. Sở Y tế:" does.
   */
  function unitHeading(sentence: Sentence, index: number, f: string): boolean {
    const next = sentences[index + 1];
    if (!sentence.item || !next || next.paragraph === sentence.paragraph) return false;
    // Its work in lettered or dashed items below, or in the paragraph after it ("2. Các sở, ban, ngành ¶ Căn cứ chức
    // năng, nhiệm vụ được giao, phối hợp …").
    if (next.item && !SUB_ITEM_MARK.test(text.slice(Math.max(0, next.start - 8), next.start))) return false;
    const assignees = readAssignees(sentence, f);
    return assignees.explicit && !/[a-z]/.test(actionOf(assignees, sentence));
  }

  /**
   * "2. Nhiệm vụ thời gian tới", "3. Công tác phòng, chống dịch" on a line of their own, no end mark and no work: the
   * heading of what follows, not an item of work.
   */
  function headingLine(sentence: Sentence, f: string): boolean {
    const written = text.slice(sentence.start, sentence.end).trimEnd();
    if (/[.;,]$/.test(written) || !/^[ \t]*(?:\r?\n|$)/.test(text.slice(sentence.end))) return false;
    // "2. Về giải phóng mặt bằng": the matter the items below are about, though its words are work.
    return f.split(' ').length <= 12 && (/^(?:doi voi|ve)\s/.test(f) || !actsSomewhere(f));
  }

  function actionOf(assignees: Assignees, piece: Piece): string {
    return stripLead(folded.slice(toFolded[Math.max(piece.start, assignees.actionStart)], toFolded[piece.end]));
  }

  /**
   * "Hiện nay, huyện đã phân bổ chi tiết 40 tỷ 773 triệu đồng vốn …. Phân bổ chi tiết 1 tỷ 754 triệu đồng vốn …": an
   * account going on, sentence after sentence of its paragraph, with the verb it told and a figure, its subject and its
   * "đã" left out; not work.
   */
  function accountGoesOn(sentence: Sentence): boolean {
    const opening = /^([a-z]+ [a-z]+)\s[^.;]*\d/.exec(stripMark(foldedOf(sentence).trimStart()));
    if (!opening) return false;
    for (let i = sentences.indexOf(sentence) - 1; i >= 0 && sentences[i].paragraph === sentence.paragraph; i--) {
      const before = stripMark(foldedOf(sentences[i]).trimStart());
      if (new RegExp(String.raw`\b(?:da|vua)\s+${opening[1]}\b`).test(before)) return true;
      if (!before.startsWith(`${opening[1]} `)) return false;
    }
    return false;
  }

  function classify(
    sentence: Sentence,
    clause: Piece,
    f: string,
    assignees: Assignees,
    action: string,
    ownDeadline: boolean,
  ): 'directive' | 'continuation' | 'none' {
    if (PAGE_STAMP.test(f)) return 'none';
    // "…, các đồng chí dự phiên họp đã đóng góp ý kiến vào các nội dung như: …; xử lý việc trả lời phản ánh …": the
    // matters the meeting discussed, listed, not work given.
    const whole = foldedOf(sentence).trimStart();
    if (DISCUSSED_TOPICS.test(whole) && !ASSIGNER_WORD.test(whole)) return 'none';
    // "Tăng cường …; tổ chức lấy ý kiến cử tri … là những chỉ đạo, điều hành nổi bật của UBND tỉnh tháng 4/2025": a
    // digest's headlines of what was directed, each told again in its own item below.
    if (HEADLINES_SUMMED.test(whole)) return 'none';
    if (!assignees.explicit && !ASSIGNER_WORD.test(whole) && accountGoesOn(sentence)) return 'none';
    // "Chủ tịch UBND huyện Đỗ Đức Chiến chủ trì cuộc họp.": who chaired the meeting, a photo's caption, no work.
    if (MEETING_CHAIRED.test(f) && !ASSIGNER_WORD.test(f) && !ownDeadline) return 'none';
    // "Yêu cầu …" opens work given, unless it is what citizens ask of the province ("…; yêu cầu tỉnh chỉ đạo …").
    if (NOT_DIRECTIVE.test(f) && !/^(?:giao|yeu cau(?! tinh\b))/.test(f)) return 'none';
    if (REQUEST_UPWARD.test(f)) return 'none';
    // "Báo Thanh tra ngày 29/10/2016 có bài “…” phản ánh …": what a paper published, which the work then answers.
    if ((PRESS_REPORTED.test(f) || LETTER_RECEIVED.test(f)) && !ASSIGNER_WORD.test(f)) return 'none';
    // "Tiêm phòng đầy đủ cho đàn vật nuôi là biện pháp hiệu quả nhất …", "Điều tiết nguồn thu … thực hiện theo Nghị quyết
    // số …": what a measure is, or the rule it follows, with no unit given it.
    if (!assignees.explicit && !sentence.item && DEFINITION.test(f) && !f.includes(';')) return 'none';
    if (!assignees.explicit && FIGURE_REACHED.test(f)) return 'none';
    // "Giám đốc Sở X; Chủ tịch UBND các huyện chịu trách nhiệm trước Chủ tịch UBND tỉnh trong trường hợp chậm trễ": who
    // answers for a failure, no work (not "… chịu trách nhiệm trước UBND tỉnh về mọi hoạt động …", a duty).
    if (FAILURE_ANSWERED_FIRST.test(action) || ANSWERS_FOR_FAILING.test(f)) return 'none';
    // "Thủ trưởng cơ quan, đơn vị chịu trách nhiệm đối với những trường hợp báo cáo không trung thực": the cases answered
    // for, no work.
    if (CASES_ANSWERED_FOR.test(f) && !ASSIGNER_WORD.test(f)) return 'none';
    // "Cán bộ, công chức, viên chức … được nghỉ 01 ngày (ngày 02/9)": a holiday granted, no work.
    if (
      /^(?:(?:theo do|rieng|doi voi)\s*,?\s*)?(?:tat ca\s+(?:cac\s+)?)?(?:can bo|cong chuc|vien chuc|nguoi lao dong|hoc sinh|toan the)\b[^.;]*?\bduoc nghi (?:tet|le|bu|\d+|mot|hai|ba|bon|nam)\b/.test(
        f,
      ) &&
      !ASSIGNER_WORD.test(f)
    )
      return 'none';
    // "Văn phòng UBND tỉnh chuyển hồ sơ đến Sở Tư pháp để biết.": a matter forwarded for information only.
    if (FORWARDED_FOR_INFORMATION.test(f)) return 'none';
    // "Thủ tướng Chính phủ yêu cầu Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương …", "(Công điện nêu rõ:) Chủ
    // tịch UBND các tỉnh, thành phố … chỉ đạo …": the government's words to every province, quoted in the province's text.
    if (asksEveryProvince(f)) return 'none';
    // "Kết luận cuộc họp, Chủ tịch UBND thành phố nhận định trong tháng 10, thành phố phát triển tương đối khá": the
    // chair's view of where things stand, with no assigner's word.
    if (LEADER_ASSESSES.test(f) && !new RegExp(ASSIGNMENT_CUE.source).test(f)) return 'none';
    // "Chủ tịch UBND Thành phố … đưa ra hàng loạt chỉ đạo.", "… đưa ra yêu cầu này sau khi đi kiểm tra …": the directions
    // announced, given in the sentences after it.
    if (DIRECTIONS_ANNOUNCED.test(f) && !/\b(?:giao|de nghi)\s/.test(f)) return 'none';
    if (TASKS_ANNOUNCED.test(f)) return 'none';
    if (!assignees.cued && !ownDeadline && ALL_DID.test(f)) return 'none';
    // "Các xã, phường mới thành lập sẽ được đặt tên theo số thứ tự …": what the plan will make of them, no work.
    if (
      !assignees.cued &&
      !ownDeadline &&
      !ACTIONS.test(action.trimStart()) &&
      /^(?:[a-z]+\s+){0,5}?se duoc\s+(?!giao\b|phan cong\b|yeu cau\b)/.test(action.trimStart()) &&
      !ASSIGNER_WORD.test(f)
    )
      return 'none';
    if (DATELINE.test(f)) return 'none';
    // "UBND TP. Hải Phòng phê bình UBND huyện Thuỷ Nguyên về việc …": the committee's reproof names the unit, no work.
    if (COMMITTEE_APPRAISES.test(f)) return 'none';
    // '"Các đơn vị phải quyết tâm cao nhất, …", Phó Chủ tịch UBND tỉnh nhấn mạnh.': a leader's words quoted in the news,
    // the resolve they call for, not work given.
    if (QUOTED_REMARK.test(text.slice(sentence.start, sentence.end))) return 'none';
    // The clause as written, its opening kept: these tell of others' words, unless the province's own assigner follows
    // in the clause ("…, trong đó giao các địa phương …, Chủ tịch UBND tỉnh yêu cầu Sở Y tế …").
    const own = foldedOf(clause).trimStart();
    const provinceAfter = (m: RegExpExecArray | null) =>
      m !== null && PROVINCE_ASSIGNS.test(own.slice(m.index + m[0].length));
    // "Ảnh 2: Chủ tịch UBND tỉnh có ý kiến chỉ đạo …": a photo's caption repeats what the news tells.
    const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
    if (/^\s*ảnh(?:\s+\d{1,2})?\s*:/iu.test(text.slice(lineStart, clause.end))) return 'none';
    const earlier = EARLIER_DOCUMENT_GAVE.exec(own);
    if (earlier && !provinceAfter(earlier)) return 'none';
    const centre = CENTRE_ASKS_LOCALITIES.exec(own) ?? MINISTRY_ASKS.exec(own);
    if (centre && !provinceAfter(centre)) return 'none';
    if (DRAFT_UNDER_REVIEW.test(own) && !PROVINCE_ASSIGNS.test(own)) return 'none';
    // "Chủ tịch UBND tỉnh đề nghị người dân thực hiện nghiêm …": the people addressed, no unit given work (not "… và yêu
    // cầu Sở Y tế …" after them).
    const people = PEOPLE_ASKED.exec(f);
    if (!assignees.explicit && people && !ASSIGNER_WORD.test(f.slice(people.index + people[0].length))) return 'none';
    // "… đề nghị lãnh đạo các sở, ngành tập trung thảo luận 2 nhóm vấn đề …": what the meeting itself is to discuss.
    if (MEETING_DISCUSSION.test(action)) return 'none';
    // "Chủ tịch UBND huyện ghi nhận sự nỗ lực của các ngành …": a committee of a district or commune praising, in its own
    // text, no more work than the province's praise.
    // Not praise that names work with a date or a purpose ("… ghi nhận đầy đủ các ý kiến … để giải quyết trước ngày …"),
    // nor the committees of a class told to commend ("UBND các huyện biểu dương, khen thưởng kịp thời …").
    if (
      !assignees.cued &&
      !ownDeadline &&
      PRAISE_ONLY.test(action) &&
      !assignees.groups.some((g) => /(?:^|\s)các\s/iu.test(g))
    )
      return 'none';
    // "… Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo …" after work given: the duty to
    // escalate is work of its own, as the corpus labels it, not the follow-up of the work before.
    if (current && !assignees.explicit && (ESCALATION.test(f) || ESCALATION_IN_COURSE.test(f))) return 'directive';
    // An enumerated item is work of its own, even when it reads like a follow-up ("(2) Trình phê duyệt …").
    // "Báo cáo hoàn thành của các cơ quan, đơn vị gửi … trước ngày …": the units named are those reporting, the ones given
    // the work.
    // Not those of another unit ("Báo cáo của UBND các huyện gửi về Sở X …" after the work of Sở X), nor what a report
    // found ("… cho thấy …").
    const reportOf = /^(?:bao cao|ket qua)(?: [a-z]+){0,2} cua\s/.test(f);
    // The unit named right after "của" (not the one the report is sent to).
    const ofAt = reportOf ? foldedOf(sentence).indexOf(' cua ') : -1;
    const reporterNamed =
      ofAt >= 0 ? mentionsIn(sentence).find((m) => m.from === toFolded[sentence.start] + ofAt + 5) : undefined;
    const anyReporters =
      /^(?:bao cao|ket qua)(?: [a-z]+){0,2} cua (?:cac )?(?:co quan|don vi|dia phuong|xa|phuong|huyen)\b/.test(f);
    const sameReporters =
      current !== null &&
      (reporterNamed !== undefined
        ? reporterNamed.departmentId !== null
          ? reporterNamed.departmentId === current.assignees.lead
          : current.assignees.groups.some((g) => groupName(g) === groupName(writtenGroup(reporterNamed)))
        : reportOf && current.assignees.outside.some((o) => text.slice(sentence.start, sentence.end).includes(o)));
    const reporters =
      reportOf &&
      (anyReporters || sameReporters) &&
      /\b(?:truoc|cham nhat|dinh ky|han)\b/.test(f) &&
      !new RegExp(String.raw`\b${REPORT_FINDINGS}\b`).test(f);
    const othersReport = reporterNamed !== undefined && !anyReporters && !sameReporters;
    // "Giao Sở X hoàn thành quy hoạch … 6 tháng đầu năm 2024. Định kỳ hằng quý báo cáo UBND tỉnh tiến độ thực hiện.": a
    // report that comes round after work with a date of its own is a task of its own, with the same units (work with no
    // date takes the report's rule, as the corpus labels it).
    if (
      current &&
      !assignees.explicit &&
      FOLLOW_UP.test(f) &&
      hasDeadline(current, true) &&
      deadlinesIn(text.slice(clause.start, clause.end)).some((x) => x.kind === 'recurring')
    )
      return 'directive';
    if (current && (!assignees.explicit || reporters) && !othersReport && FOLLOW_UP.test(f) && !sentence.item)
      return 'continuation';
    // "Việc hoàn thành các kiến nghị … phải hoàn thành trước ngày 28/2/2020.": the date of the work before.
    if (current && !assignees.explicit && ownDeadline && datesWorkBefore(f)) return 'continuation';
    // Its deadline belongs to the directive it points back at.
    if (current && !assignees.explicit && ownDeadline && ANAPHORA.test(f)) return 'continuation';

    // "Yêu cầu các ngành, địa phương thực hiện nghiêm chỉ đạo này." after the items: the formula that sends the letter.
    // Not when more work follows in the sentence ("…; định kỳ báo cáo kết quả về Sở Nội vụ trước ngày 15/12"), which
    // takes the units named before the formula.
    if (directives.length > 0 && CLOSING_FORMULA.test(action) && !/\p{L}/u.test(text.slice(clause.end, sentence.end)))
      return 'none';
    // "Đề nghị đơn vị quan tâm thực hiện./.": a letter's closing words to the units it is sent to.
    if (LETTER_CLOSING.test(f) || COURTESY_CLOSING.test(f)) return 'none';
    if (NOTICE_CLOSING.test(action)) return 'none';
    // "Các ngành, các địa phương cần xác định nhiệm vụ chống hạn là nhiệm vụ hàng đầu …": how the work is to be weighed,
    // no work of its own.
    if (WORK_WEIGHED.test(action)) return 'none';
    if (ISSUING_ARTICLE.test(f)) return 'none';
    // "Điều 3. Chánh Văn phòng UBND tỉnh; Chánh Thanh tra tỉnh; Thủ trưởng các sở, …": a decision's last article, which
    // names who executes it, opens with the office's chief; a copy cut before its formula is still no work (not "Điều 3.
    // Chánh Văn phòng UBND tỉnh có trách nhiệm theo dõi, đôn đốc …", work the office is given).
    if (
      /^\s*điều\s+\d+\s*[.:]?\s*chánh văn phòng\b/iu.test(text.slice(clause.start, clause.end)) &&
      !ACTIONS.test(action)
    )
      return 'none';
    // "… giao Chánh Văn phòng UBND tỉnh thừa lệnh Chủ tịch ký văn bản thông báo kết luận này": the notice itself (not "…
    // thừa lệnh Chủ tịch ký văn bản giao Sở Xây dựng kiểm tra …", the work the letter gives).
    if (/\bthua lenh\s+(?:chu tich|ubnd|uy ban)\b[^.;]{0,40}?\bky\b(?![^.;]*\b(?:giao|yeu cau|de nghi)\s)/.test(own))
      return 'none';
    // "Điều 1. Phê duyệt Đề án …": what the decision does, read in the article's first sentence only (not "…. Giao Sở
    // Công Thương …" after it on the same line).
    const written = text.slice(sentence.start, sentence.end);
    const article = /^\s*điều\s+\d+\s*[.:]?\s*/iu.exec(written);
    const numbered = /^\s*điều\s+\d+\s*[.:]?\s*$/iu.test(text.slice(lineStart, sentence.start));
    if ((article && !text.slice(lineStart, sentence.start).trim()) || numbered) {
      if (DECISION_ACT.test(foldWithOffsets(written.slice(article?.[0].length ?? 0)).folded.trimStart())) return 'none';
    }
    // "Ban Chỉ huy … tỉnh ban hành Công văn số 02/BCHPCTT-VP … về việc chủ động ứng phó …": a numbered document told,
    // with no assigner's word.
    const signed = DOCUMENT_SIGNED.exec(f) ?? (assignees.cued ? null : NUMBERED_DOCUMENT_ISSUED.exec(f));
    // "UBND tỉnh vừa ban hành kế hoạch chỉ đạo thực hiện chăm lo …", "… công điện khẩn về việc tập trung chỉ đạo, triển
    // khai …": the document's subject, directing no unit.
    const signedFor = signed
      ? f
          .slice(signed.index + signed[0].length)
          .replace(/^\s+chi dao\s+(?=(?:thuc hien|trien khai|to chuc|cong tac)\b)/, ' ')
          .replace(
            /\bve viec\s+(?:tap trung|tang cuong)\s+chi dao(?=\s*,|\s+(?:thuc hien|trien khai|quyet liet)\b)/,
            ' ',
          )
      : '';
    if (signed && !ASSIGNER_WORD.test(signedFor)) return 'none';
    // "Thời gian qua, UBND tỉnh đã chỉ đạo các sở, ngành tập trung …": what was directed in the time gone by.
    // "Trước đó, ngày 25-10, UBND tỉnh … cũng đã có công điện yêu cầu …": a letter sent before, told.
    // Not the assignment of now after it ("…; nay yêu cầu UBND các huyện báo cáo …").
    // "Trước đó, ngày 13/9, UBND tỉnh có Văn bản số 4828/UBND-TH giao …": after "Trước đó", the letter told needs no "đã".
    if (
      (RETROSPECT.test(f) || orderedLongBefore(f)) &&
      (DIRECTED_BEFORE.test(f) ||
        ((LETTER_SENT_BEFORE.test(f) || (/^truoc (?:do|day)\b/.test(f) && LETTER_SENT.test(f))) &&
          !ASSIGNED_NOW.test(f)))
    )
      return 'none';
    // "Hồi 16 giờ ngày 13/10, Chủ tịch UBND TP đã ban hành Công điện hỏa tốc số 07/CĐ-UBND. Trong đó, giao Sở NN&PTNT
    // …": what the committee's letter sent before, named by its number, gave, told (not "Trong đó, nay yêu cầu …").
    const sentenceBefore = sentences[sentences.indexOf(sentence) - 1];
    if (
      sentenceBefore !== undefined &&
      /^(?:[-+•*]\s*)?trong do\s*,/.test(foldedOf(sentence).trimStart()) &&
      /\b(?:ubnd|uy ban nhan dan)\b[^.;]{0,60}?\bda\s+(?:ban hanh|co|gui)\s+(?:cong van|van ban|chi thi|cong dien|thong bao|ke hoach|quyet dinh)(?:\s+[a-z]+){0,3}\s+so\b/.test(
        foldedOf(sentenceBefore),
      ) &&
      !ASSIGNED_NOW.test(f)
    )
      return 'none';
    // "Báo cáo của Sở Tài chính gửi UBND tỉnh … nêu rõ, nguồn vốn … chưa được bố trí đủ": what a report found, told.
    if (REPORT_FOUND.test(f) && !/\b(?:truoc|cham nhat)\b/.test(f)) return 'none';
    // "Kiểm tra tại khu vực …, Phó Chủ tịch UBND TP … xác định …": where the leader was, then what the leader found.
    // Any assigner's word (not "bàn giao", "đáp ứng yêu cầu"; ASSIGN_GIAO leaves out "giao thông" and the like).
    const anyAssigner =
      ASSIGNER_WORD.test(f.replace(/\b(?:ban|chuyen) giao\b|\b(?:dap ung|theo|vuot|dat) yeu cau\b/g, ' ')) ||
      /\b(?:luu y|nhan manh)\b/.test(f);
    if (
      !anyAssigner &&
      !sentence.item &&
      /^kiem tra (?:thuc te )?tai\b[^,;.]{0,160},\s*(?:ong|ba|dong chi|(?:pho )?chu tich|lanh dao)\b/.test(f)
    )
      return 'none';
    // "Cảnh báo các tỉnh Lai Châu, Sơn La … có khả năng xảy ra lũ quét …": a forecast's warning, told.
    if (
      !anyAssigner &&
      !sentence.item &&
      /^canh bao\s+(?:cac\s+)?(?:tinh|khu vuc|vung|dia phuong|muc nuoc)\b[^.;]*\bco kha nang (?:xay ra|xuat hien|dat)\b/.test(
        f,
      ) &&
      !/\b(?:phai|can|chu dong)\b/.test(f)
    )
      return 'none';
    // "Trước đó, theo Quyết định số 18/2018/QĐ-UBND …, UBND tỉnh giao Sở X quản lý …": what an earlier document gave.
    if (
      /^truoc (?:do|day)\s*,?\s*theo (?:quyet dinh|nghi quyet|chi thi|ke hoach|quy dinh|van ban|cong van) so\b/.test(
        f,
      ) &&
      // Not the assignment of now after it ("…; tuy nhiên …, vì vậy Chủ tịch UBND tỉnh yêu cầu …", "…; nay giao …").
      !ASSIGNED_NOW.test(foldedOf(sentence))
    )
      return 'none';
    if (!assignees.cued && !assignees.leadNamed && DONE_COUNTED.test(text.slice(sentence.start, sentence.end)))
      return 'none';
    if (
      !assignees.cued &&
      !assignees.explicit &&
      VISIT_TOLD.test(text.slice(sentence.start, sentence.end)) &&
      !/\b(?:yeu cau|de nghi|giao)\b|\bchi dao\s+(?:cho\s+)?(?:cac|ubnd|uy ban|so|ban|cong an|thanh tra|phong|trung tam|chu tich|giam doc)\s/.test(
        f,
      )
    )
      return 'none';
    // "…, Chủ tịch UBND tỉnh … đã có chỉ đạo quyết liệt để bảo đảm …": news that the chair has directed, naming no unit.
    if (!assignees.explicit && /\bda co (?:y kien )?chi dao\b/.test(f)) return 'none';
    // "Thực hiện nhiệm vụ UBND tỉnh giao, trong thời gian qua Sở Xây dựng tập trung chỉ đạo …": what a unit did in the time
    // gone by, after the remit it did it under.
    if (
      !assignees.cued &&
      /,\s+(?:trong\s+)?(?:thoi gian|nhung nam|nam|nhung thang|cac nam)\s+(?:vua\s+)?qua\b/.test(f)
    )
      return 'none';
    // "Tối 20.9, thông tin từ UBND tỉnh cho biết, tỉnh đã chỉ đạo các sở, ngành …": news of what was directed.
    const told = /\bcho biet\s*,?\s/.exec(f);
    if (told && DIRECTED_BEFORE.test(f.slice(told.index))) return 'none';
    // "UBND huyện Chư Pưh vừa tổ chức Hội nghị tổng kết …": the committee named with its place, then what it has done, is
    // doing or will do; told, not assigned, when no assigner's word gives it.
    const local = LOCAL_UNIT.exec(f);
    // A meeting headline stands alone: not an item of a list of work, nor after a preamble that gives work.
    const headline = !context.directivePreamble;
    if (
      assignees.explicit &&
      !assignees.cued &&
      local &&
      (localUnitTells(text.slice(sentence.start, sentence.end), f.slice(local[0].length)) ||
        (headline && LOCAL_MEETING_HEADLINE.test(f.slice(local[0].length))))
    )
      return 'none';
    // "Lãnh đạo Sở Xây dựng tỉnh An Giang đã báo cáo tiến độ …": a unit (its province named after it) telling the
    // meeting what it did.
    if (
      assignees.explicit &&
      !assignees.cued &&
      (UNIT_REPORTED.test(action) ||
        UNITS_ATTENDED.test(action) ||
        (UNIT_DOCUMENT_ISSUED.test(action) && !foldedOf(sentence).includes(';')))
    )
      return 'none';
    // "…; người đứng đầu các đơn vị chậm báo cáo sẽ bị phê bình": the sanction told, no work.
    if (SANCTION_TOLD.test(action)) return 'none';
    // "Các chủ mỏ không phải thực hiện cải tạo môi trường đối với …": an exemption, no work.
    // Not "không phải chờ hướng dẫn của tỉnh, chủ động …", "không cần thiết phải tổ chức hội nghị riêng, lồng ghép …": no
    // waiting, then the work.
    if (
      /^(?:(?:thi|se|cung)\s+)?khong (?:phai|can|bat buoc)\s(?!(?:cho|doi|thiet)\b)(?:(?!\bma\s+(?:chu dong|tu|gui|thuc hien|phai|can|kip thoi|truc tiep|xu ly)\b)[^,;])*$/.test(
        action,
      )
    )
      return 'none';
    // "Hết thời gian lấy ý kiến, các đơn vị, tổ chức, cá nhân không có văn bản góp ý gửi về UBND huyện được hiểu là nhất
    // trí …": how the silence of those asked is read, no work.
    if (SILENCE_READ_AS_ASSENT.test(action)) return 'none';
    // "Trường hợp để xảy ra chậm trễ, …, Thủ trưởng cơ quan, đơn vị liên quan phải chịu trách nhiệm …": the sanction for
    // a failure, no work.
    if (/^(?:trong\s+)?(?:truong hop|neu)\b/.test(f) && /^(?:phai\s+)?chiu trach nhiem\b/.test(action)) return 'none';
    // "Các chủ tịch UBND xã, phường phải chịu trách nhiệm toàn diện nếu bàn giao mặt bằng chậm …": the sanction, told
    // with its condition after it.
    if (
      /^(?:phai\s+)?chiu trach nhiem(?:\s+toan dien)?(?:\s+truoc\s+[^,;.]{2,60}?(?:,\s*(?:chu tich|ubnd|uy ban|giam doc|phap luat|thu tuong)[^,;.]{0,40}?)?)?\s+neu\b/.test(
        action,
      ) &&
      !/,\s*dong thoi\b|;/.test(action)
    )
      return 'none';
    // "Chủ tịch UBND các quận, huyện chịu trách nhiệm trước Chủ tịch UBND Thành phố về những vi phạm … phát sinh mới", "…
    // về nội dung công việc được giao", "… về số liệu báo cáo thiệt hại …", "… kết quả chỉ đạo khắc phục thiệt hại và nội
    // dung, số liệu báo cáo": who answers for a failure, the work given or the figures reported, no work (not "… chịu
    // trách nhiệm trước UBND tỉnh về tiến độ …; đồng thời …").
    if (
      /^(?:phai\s+)?chiu trach nhiem(?:\s+toan dien)?\s+truoc\s+[^,;.]{2,80}?\s+(?:ve\s+(?:(?:nhung|cac|moi)\s+)?(?:vi pham|sai pham|hau qua|sai sot|noi dung (?:cong viec|nhiem vu) duoc giao\s*[.;]*\s*$)|(?:ve\s+)?(?:tinh chinh xac cua\s+)?(?:(?:cac|nhung)\s+)?(?:so lieu|ket qua chi dao|noi dung\s*,\s*so lieu)\b(?![^.;]*(?:,|\b(?:va|dong thoi)\s+(?!viec cham\b|noi dung\b|so lieu\b)|\b(?:trinh|gui|nop|cap nhat|hoan thanh)\b)))/.test(
        action,
      ) &&
      !/,\s*dong thoi\b|;/.test(action) &&
      /^[\s./;]*$/.test(text.slice(clause.end, sentence.end))
    )
      return 'none';
    // "Sở Xây dựng cũng báo cáo tiến độ …": what else a unit reported to the meeting (not "… cũng báo cáo UBND tỉnh …").
    if (
      assignees.explicit &&
      !assignees.cued &&
      /^bao cao\b(?!\s+(?:ubnd|uy ban|chu tich|ket qua ve)\b)/.test(action) &&
      /\bcung\s*$/.test(f.slice(0, f.length - action.length))
    )
      return 'none';
    // "Đồng chí …, Chủ tịch UBND Thành phố làm Tổ trưởng Tổ công tác; … làm Tổ phó; … làm Ủy viên": who sits on a
    // working group, no work (not "Sở X là Thường trực Ban Chỉ đạo, có trách nhiệm tham mưu …", the seat and its duty).
    if (!assignees.cued && MEMBERSHIP.test(action) && !action.split(';')[0].includes(',')) return 'none';
    // "Thủ trưởng các đơn vị được giao quyền chủ động quyết định …": a power granted, no work.
    if (/^quyen\s/.test(action) && /\bduoc giao quyen\b/.test(f)) return 'none';
    // "Giám đốc Sở Xây dựng Phạm Hồng Quang báo cáo công tác chỉnh trang đô thị" under a photo, "Giám đốc Sở … Hoàng
    // Quốc Việt cho biết …": the head of a unit, named, telling the meeting.
    if (!assignees.cued && HEAD_NAMED_TELLS.test(text.slice(sentence.start, sentence.end))) return 'none';
    if (!assignees.cued && !ownDeadline && LEADER_TELLS.test(text.slice(sentence.start, sentence.end))) return 'none';
    if (HEAD_NAMED_PROPOSES.test(text.slice(sentence.start, sentence.end))) return 'none';
    // "Chủ tịch UBND huyện Ba Bể Nguyễn Đức Chung." under a photo: a unit and a person's name, no work; the whole
    // sentence (not "2. UBND các huyện, thị xã, thành phố Huế; các sở: … tăng cường … PCCC.", units listed on).
    if (
      assignees.explicit &&
      !assignees.cued &&
      action.split(/\s+/).length <= 3 &&
      !actsSomewhere(action) &&
      /(?:\s\p{Lu}[\p{L}\p{M}]*){1,3}[\s.]*$/u.test(text.slice(sentence.start, sentence.end)) &&
      !/;/.test(text.slice(sentence.start, sentence.end))
    )
      return 'none';
    // "Chủ tịch UBND tỉnh đã trực tiếp chỉ đạo, Sở Y tế đã cử đoàn công tác …": what the unit has done, told after the
    // direction, however it is cued.
    // Not "vừa … vừa …" (both at once).
    if (assignees.explicit && /^(?:da|vua)\s/.test(action) && !/^vua\s[^.;]*\bvua\s/.test(action)) return 'none';
    // "Sở Nội vụ chưa thẩm định đề án …", "UBND các huyện vẫn chưa hoàn thành …": what the unit has not done, told (not
    // when the assigner asks it: "yêu cầu … chưa triển khai …" is no such wording).
    if (assignees.explicit && !assignees.cued && /^(?:(?:van|con)\s+)?chua\s/.test(action)) return 'none';
    // "1. Sở Tư pháp có ý kiến đối với …" under "giao các đơn vị …, cụ thể:", or with a date of its own: the opinion or
    // the letter is the work asked of the unit, not a reply told.
    const asked =
      WORK_TO_HAVE.test(action) &&
      ((ownDeadline && OPINION_TO_HAVE.test(action)) || (sentence.item && context.directivePreamble));
    /** Whether the clause gives its work a date (not "thường xuyên", a manner that a report may tell too). */
    const datedWork = () =>
      workDeadlines(text.slice(clause.start, clause.end)).some((x) => x.dueDate !== null && x.dueDate >= options.date);
    /** What it counts as done ("Tổ chức cấp phát 15 tấn gạo cho 1.200 hộ"), which goes on with an account. */
    const counted = /\d[\d.,]*\s+(?:tan|ho|nguoi|co so|con|ca|vu|lit|kg|ha|xuat|suat|phan qua)\b/.test(f);
    // "… đang đẩy nhanh …. Đồng thời, phối hợp với các địa phương …": the account goes on, naming only whom the unit works
    // with (see the account below).
    if (
      account === sentence.paragraph &&
      !sentence.item &&
      !current &&
      !datedWork() &&
      !assignees.leadNamed &&
      (!accountWithOthers || counted || GOES_ON.test(foldedOf(sentence).trimStart())) &&
      !FURTHER_WORK.test(foldedOf(sentence).trimStart())
    )
      return 'none';
    // "1. Đồng ý cho tiếp tục tổ chức Đại hội …", "Đồng ý tổ chức Giải …": the chair approving what a unit proposed, no
    // work given (unless a unit is given it: "Đồng ý chủ trương …, giao Sở Tài chính …"), whoever proposed it ("… như đề
    // nghị của Sở Văn hóa, Thể thao và Du lịch").
    if (
      /^(?:[-+•*]\s*)?dong y\s/.test(f) &&
      !/(?:[,;]|\bva)\s*(?:dong thoi\s*,?\s*)?(?:giao|yeu cau|de nghi)\s|;|\b(?:chu tri|co trach nhiem)\b/.test(f)
    )
      return 'none';
    // "Từ ngày 01/6/2024, Công an tỉnh ra quân …; sau 20 ngày, … đã xử lý …": what a unit has done since a day gone by,
    // told (see FROM_A_DAY_ON), unless an assigner's word gives it.
    const since = SINCE_A_DAY.exec(foldedOf(sentence).trimStart());
    if (since && !anyAssigner && !sentence.item && !context.directivePreamble && deadlinesIn(since[0]).length === 0)
      return 'none';
    // "Trước ngày 10/11/2020, UBND các huyện, thành phố sẽ báo cáo …": what a unit will do by a date yet to come is work
    // set for it (a news item's way of telling the order); not by a condition's date ("Nếu không hoàn thành … trước ngày
    // 30/6/2024, UBND huyện … sẽ phải giải trình"), nor the committee's own next step ("…; UBND tỉnh sẽ xem xét, quyết
    // định … trước ngày 31/7/2024").
    const dueLater =
      /^se\s/.test(action) &&
      !/^(?:[-+•*]\s*)?(?:chu tich\s+)?(?:ubnd|uy ban nhan dan)\s+tinh\b/.test(foldedOf(clause).trimStart()) &&
      workDeadlines(text.slice(clause.start, clause.end)).some(
        (x) =>
          x.dueDate !== null &&
          x.dueDate >= options.date &&
          /^(?:trước|chậm nhất)\s/iu.test(x.deadlineText) &&
          // "… sẽ xử phạt các chủ đầu tư nếu không hoàn thành … trước ngày …": the date of the condition.
          !/(?<![\p{L}\p{M}])nếu\s|(?:^(?:[-+•*]\s*)?|[,;]\s*)(?:trong\s+)?trường hợp\s/iu.test(
            text.slice(clause.start, clause.start + x.start).trimStart(),
          ),
      );
    // "Đồng thời, đề xuất rằng các dự án … phải nằm trong kế hoạch …": a proposal told (an HĐND committee's), no work.
    if (!assignees.cued && /^(?:cung\s+)?(?:de xuat|kien nghi)\s+rang\b/.test(f)) return 'none';
    // "Đồng thời các thành viên Ban chỉ đạo cũng đề xuất những giải pháp …": what the members proposed at the meeting,
    // told, when no assigner's word asks it.
    if (
      !assignees.cued &&
      MEMBERS_PROPOSED.test(foldedOf(clause)) &&
      !ASSIGNER_WORD.test(foldedOf(clause).replace(/\bban chi dao\b/g, 'ban')) &&
      !ownDeadline
    )
      return 'none';
    // "UBND tỉnh chỉ đạo các sở, ban, ngành … tại Công văn số 7044/UBND-KSTT (về …)": where the direction was given, the
    // work itself not told (not "… tại Công văn số 12/UBND-KT ngày 3/1/2025 rà soát nguồn vốn").
    if (assignees.explicit && DIRECTION_CITED_ONLY.test(action)) return 'none';
    if (assignees.explicit)
      return REPORTING.test(action) && !assignees.cued && !asked && !dueLater ? 'none' : 'directive';
    if (ownDeadline && (DATED_WORK.test(f) || PROJECT_DATED.test(f) || TARGET_DATED.test(f))) return 'directive';
    // "Giao …" / "Yêu cầu …" addressed to a unit the table does not know is still a directive.
    if (OPENS_ASSIGNMENT.test(f)) return 'directive';
    if (PREFACE_DOCUMENT.test(f)) return 'none';
    // "Thực hiện chỉ đạo của Ban Thường vụ … về việc …." with no assigner after it: what the direction acts on, alone.
    if (/^thuc hien (?:su )?chi dao\b/.test(f) && !new RegExp(ASSIGNMENT_CUE.source).test(f)) return 'none';
    if (bodyActs(f)) return 'directive';
    for (const cue of f.matchAll(ASSIGNMENT_CUE)) {
      const addressee = f.slice(cue.index + cue[0].length);
      if (!OUTSIDE_BODY.test(addressee)) continue;
      // The body's name runs to about ten words before its work.
      const words = addressee.split(' ');
      for (let n = 2; n <= 10 && n < words.length; n++) {
        // "Ban QLDA đầu tư xây dựng các công trình …" names the board; its work comes after the name.
        if (words[n - 2] === 'dau' && words[n - 1] === 'tu') continue;
        const rest = words.slice(n).join(' ');
        // Words that are verbs and also parts of names ("công trình", "phòng, chống dịch") do not end the name.
        if (/^(?:phong|chong|tham(?! muu)|tang|lap|gui|trinh)\b/.test(rest)) continue;
        // "… và Thủ trưởng các đơn vị liên quan triển khai thực hiện." is the formula that sends the letter.
        if (/^(?:trien khai|to chuc)?\s*thuc hien\s*[.;]?\s*$/.test(rest)) break;
        // "… chỉ đạo Sở Nông nghiệp và Môi trường, trên cơ sở phương án … đã được phê duyệt, hướng dẫn …": the basis of
        // the work between the body and its work.
        const work = words[n - 1].endsWith(',') ? rest.replace(/^(?:tren co so|can cu|theo)\b[^,;]*,\s*/, '') : rest;
        if ((ACTIONS.test(work) && !REPORTING.test(work)) || OUTSIDE_BODY_WORK.test(work)) {
          // "…, Sở Tài chính sẽ tham mưu …" tells what the body will do or has done, as under SUBJECT_BODY.
          if (/^(?:da|dang|vua|se)$/.test(words[n - 1])) break;
          return 'directive';
        }
      }
    }
    // "Trong 5 tháng đầu năm, UBND thành phố đã tập trung triển khai …. Thực hiện nghiêm các biện pháp …": with no
    // subject, a sentence right after an account of what a unit has done goes on with the account, unless it opens
    // further work or gives a date ("… Bảo đảm bàn giao mặt bằng sạch cho nhà thầu trước ngày 31/12/2024.").
    if (
      account === sentence.paragraph &&
      !sentence.item &&
      !current &&
      !datedWork() &&
      (!accountWithOthers || counted || GOES_ON.test(foldedOf(sentence).trimStart())) &&
      !FURTHER_WORK.test(foldedOf(sentence).trimStart())
    )
      return 'none';
    // "1. Đánh giá cao sự nỗ lực của các sở, ngành …": the chair's appraisal, though "đánh giá" is also work (not an
    // approval, "Thống nhất …", "Đồng ý …", which may carry the work it approves).
    if (APPRAISAL_ITEM.test(f)) return 'none';
    // "Di dân tái định cư là nhiệm vụ chính trị quan trọng …", "Cắt tỉa cây xanh là việc làm thường xuyên …": what the
    // work is; "Di dời hơn 3.000 người dân …": how much of it was done.
    if (
      !assignees.explicit &&
      !ownDeadline &&
      !(sentence.item && context.directivePreamble) &&
      (/^[a-z]+(?: [a-z]+){0,6} la (?:nhiem vu|viec lam|cong viec|mot trong|hoat dong|giai phap)\b[^,;]*$/.test(f) ||
        /^[a-z]+ [a-z]+ (?:duoc )?(?:hon|tren|gan) \d/.test(f))
    )
      return 'none';
    // "Giải phóng mặt bằng cao tốc đoạn Quảng Ngãi - Hoài Nhơn là một trong những nhiệm vụ hàng đầu của chính quyền …
    // trong tháng 4/2024": what the work is to the province, however long its name, dated or not.
    if (
      !assignees.explicit &&
      /^[^,;:]{3,160}?\sla mot trong (?:nhung|cac) (?:nhiem vu|cong viec|giai phap)\b(?![^;]*,\s*(?:cac|ubnd|so|yeu cau|de nghi|giao|dong thoi|can|phai)\b)[^;]*$/.test(
        f,
      )
    )
      return 'none';
    if (ACTIONS.test(f) && !REPORTING.test(f)) return 'directive';
    // "Đối với các khu vực nguy cơ sạt lở cao, chủ động di dời …": the places set apart first, then more work of the
    // units before.
    // (PLACES_SET_APART ends where the work's verb begins.)
    const setApart = PLACES_SET_APART.exec(f);
    if (setApart && !REPORTING.test(f.slice(setApart[0].length))) return 'directive';
    // "- Định kỳ 6 tháng, hằng năm báo cáo kết quả về Công an tỉnh.": an item of a recurring report, its period in months.
    const every = sentence.item ? RECURRENCE_IN_MONTHS.exec(f) : null;
    if (every && ACTIONS.test(f.slice(every[0].length))) return 'directive';
    // "a) Sở Y tế: Chủ trì triển khai …": the unit's work, led by it, under its name.
    if (/^chu tri\b/.test(f) && actsSomewhere(f.slice('chu tri'.length))) return 'directive';
    const asks = DOCUMENT_ASKS.exec(f);
    if (asks && ACTIONS.test(f.slice(asks[0].length))) return 'directive';
    const duty = WORKING_BODY_DUTY.exec(f);
    if (duty && ACTIONS.test(f.slice(duty[0].length))) return 'directive';
    // "1. Thống nhất với báo cáo của Sở Xây dựng.": the chair's agreement, no work given.
    // Not "1. Đối với dự án … (UBND tỉnh đã phê duyệt tại …)": the matter whose items follow, with no work of its own.
    // Not "1. Đến ngày 31/8/2024, tỷ lệ giải ngân của tỉnh đạt 42,5% kế hoạch …", "1. Năm 2023, tỉnh đã hoàn thành …":
    // the chair's account of where things stand, which opens many conclusions. Not "3. Các nội dung khác giữ nguyên /
    // thực hiện theo Thông báo số …", which points back at another notice.
    if (
      sentence.item &&
      context.directivePreamble &&
      !AGREEMENT.test(f) &&
      !/^cac noi dung khac\b/.test(f) &&
      !namesMatterOnly(f) &&
      !headingLine(sentence, f) &&
      !RESULT_TOLD.test(text.slice(sentence.start, sentence.end).split(/[;:]/)[0])
    )
      return 'directive';
    // "Qua kiểm tra …, Chủ tịch UBND tỉnh … đã chỉ đạo, giao trách nhiệm cho …, khẩn trương tháo gỡ …".
    const assigner = ASSIGNER_MID.exec(f);
    if (
      assigner &&
      // "Báo … hoan nghênh UBND tỉnh, đồng chí Chủ tịch … đã … sớm chỉ đạo giải quyết …": praise of what was done.
      !APPRAISAL.test(f.slice(0, assigner.index)) &&
      // "Nội dung kiến nghị … đã được UBND tỉnh chỉ đạo UBND huyện … tại Công văn số …": what was directed before.
      !/\bda duoc\s*$/.test(f.slice(0, assigner.index)) &&
      actsLater(f.slice(assigner.index + assigner[0].length))
    )
      return 'directive';
    if (PLACE_ASKS.test(text.slice(sentence.start, sentence.end)) && actsLater(f.slice(f.indexOf('yeu cau ') + 8)))
      return 'directive';
    // "Chủ tịch UBND tỉnh nhấn mạnh tới việc đẩy nhanh …", "… lưu ý, khi triển khai các dự án cần bảo đảm …": the
    // chair's stress on work, naming no unit (not a remark on how things stand: "nhấn mạnh, thời gian tới rất quan trọng").
    // Not what the work is: "… nhấn mạnh, việc triển khai hiệu quả kế hoạch … là nền tảng quan trọng …".
    const stressed = REMARK_ASKS.exec(f);
    const stressedWork = stressed ? f.slice(stressed.index + stressed[0].length) : '';
    if (stressed && ACTIONS.test(stressedWork) && !/^[^;.]*?\s(?:la|chinh la|se la)\s/.test(stressedWork))
      return 'directive';
    // "Việc rà soát quy hoạch do Sở Xây dựng chủ trì thực hiện.": work given in the passive, its chair named.
    if (PASSIVE_CHAIR_FOLDED.test(f) && !/\b(?:da|vua|dang)\s/.test(f)) return 'directive';
    const stated = DUTY_STATED.exec(f);
    if (stated && ACTIONS.test(f.slice(stated[0].length))) return 'directive';
    const matter = MATTER_THEN_ASSIGNMENT.exec(f);
    if (matter && actsSomewhere(f.slice(matter.index + matter[0].length))) return 'directive';
    // "Trường hợp …, cơ quan chủ trì soạn thảo phải tham mưu …": a standing rule with its own work; "Trong trường hợp
    // khó khăn vướng mắc thì báo cáo …", "… tổ chức nào không thực hiện thì tổng hợp danh sách …" likewise.
    if (
      (CONDITION_OPENING.test(f) || CONDITION_ON_SOME.test(f)) &&
      // Not "Trường hợp để xảy ra chậm trễ, … phải chịu trách nhiệm …": the sanction for a failure, no work.
      ([...f.matchAll(/\bphai\s/g)].some(
        (m) => ACTIONS.test(f.slice(m.index)) && !/^phai chiu trach nhiem\b/.test(f.slice(m.index)),
      ) ||
        [...f.matchAll(/\bthi\s+/g)].some((m) => ACTIONS.test(f.slice(m.index + m[0].length))))
    )
      return 'directive';
    // "… xử lý nghiêm các cá nhân vi phạm. Trường hợp vượt thẩm quyền, tổng hợp hồ sơ, … trình UBND tỉnh …": what the
    // units just given work do when the case is beyond them.
    const conditioned = current && CONDITION_OPENING.test(f) ? f.replace(CONDITION_FIRST, '') : null;
    if (
      conditioned &&
      conditioned !== f &&
      ACTIONS.test(conditioned) &&
      !/^(?:phai\s+)?chiu trach nhiem\b/.test(conditioned) &&
      // Not the sanction for a failure: "Trường hợp không hoàn thành kế hoạch, kiểm điểm trách nhiệm …".
      !(FAILURE.test(f.slice(0, f.length - conditioned.length)) && SANCTION.test(conditioned))
    )
      return 'directive';
    // "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời báo cáo UBND tỉnh …": the units' duty
    // to report what stands in the way, as "Trong trường hợp khó khăn vướng mắc thì báo cáo …".
    if (ESCALATION.test(f) || ESCALATION_IN_COURSE.test(f)) return 'directive';
    // "Các cửa hàng bán lẻ xăng dầu phải duy trì …": a duty laid on a class of bodies named as the subject.
    const classDuty = DUTY_OF_CLASS.exec(f);
    // A class named at length ("Các chủ lồng, bè nuôi trồng thủy sản, đặc biệt tại Lý Sơn, phải …") only with a date: not
    // an account of what some had to do ("Các hộ dân sinh sống ven sông … phải di dời do sạt lở …").
    if (
      classDuty &&
      ACTIONS.test(f.slice(classDuty[0].length)) &&
      (ownDeadline || classDuty[0].trim().split(/\s+/).length <= 10)
    )
      return 'directive';
    return 'none';
  }

  /**
   * The province's order dated a month or more before the document, told again: "…, ngày 06/11/2019, UBND tỉnh đã chỉ
   * đạo tại Công văn số … giao …" in an answer of May 2020 (not the letter a news item is about, dated days before it).
   */
  function orderedLongBefore(f: string): boolean {
    const told = ORDER_DATED.exec(f) ?? ORDER_CITED.exec(f);
    if (!told) return false;
    const on = isoDate(Number(told[3]), Number(told[2]), Number(told[1]));
    return on !== null && on < addDays(options.date, -30);
  }

  /** Who the piece assigns, by walking the assigner's words from its start (or from its "giao/yêu cầu/đề nghị"). */
  function readAssignees(piece: Piece, f: string): Assignees {
    const within = mentionsIn(piece);
    const base = toFolded[piece.start];
    const raw = folded.slice(base, toFolded[piece.end]);
    const lead0 = raw.length - raw.trimStart().length;
    let pos = base + lead0 + (raw.trimStart().length - stripLead(raw.trimStart()).length);
    const cues = [...f.matchAll(ASSIGNMENT_CUE)].filter(
      (m) =>
        // "nhiệm vụ được giao" is the units' remit, not an assignment; "Dự án này đã được giao cho Sở X chủ trì …"
        // names the unit given the work, in the passive.
        !(
          /(?:theo|xet|cua|duoc)\s+$/.test(f.slice(Math.max(0, m.index - 6), m.index)) &&
          !(/duoc\s+$/.test(f.slice(0, m.index)) && /^giao\s+cho\s$/.test(m[0]))
        ) &&
        // "… đã được UBND tỉnh chỉ đạo UBND huyện … tại Công văn số …": what was directed before.
        // ("Sở X được UBND tỉnh giao chủ trì …" is an assignment written in the passive.)
        !/\bda duoc\s+(?:ubnd|uy ban nhan dan|chu tich)\b[^,;]{0,30}$/.test(f.slice(0, m.index)) &&
        // "… thì có văn bản đề nghị UBND huyện … xử lý" is the unit's own letter when no assigner writes it.
        // Not "Văn bản yêu cầu Thuế tỉnh …" opening the sentence: the letter the news item is about, asking it.
        !(
          /van ban\s+$/.test(f.slice(0, m.index)) &&
          !/^(?:cong )?van ban(?: nay| tren)?\s+$/.test(f.slice(0, m.index)) &&
          !/\b(?:ubnd|uy ban nhan dan|chu tich|lanh dao)\b/.test(f.slice(0, m.index))
        ) &&
        !/^de nghi cua/.test(f.slice(m.index)) &&
        // "… báo cáo thông qua Sở Tài chính để Chủ tịch UBND tỉnh chỉ đạo xử lý": what the report is for, after work
        // given to the units named first.
        !/\bde\s+(?:(?:pho\s+)?chu tich\s+)?(?:ubnd|uy ban nhan dan)?(?:\s+tinh)?\s*$/.test(
          f.slice(Math.max(0, m.index - 30), m.index).replace(/\s+$/, ' '),
        ) &&
        // "theo đúng nội dung yêu cầu tại Công văn …", "tiến độ không đảm bảo yêu cầu, …": the noun, not the
        // assigner's verb.
        // "… đã có đơn đề nghị UBND phường …": a citizen's petition.
        // Not a leader whose name folds alike: "Chủ tịch UBND tỉnh Trần Văn Dũng yêu cầu …".
        (!/(?:noi dung|dung|cac|dap ung|nhung|dam bao|bao dam|don)\s+$/.test(
          f.slice(Math.max(0, m.index - 9), m.index),
        ) ||
          LEADER_NAMED_DUNG.test(f.slice(Math.max(0, m.index - 80), m.index))) &&
        !/^yeu cau (?:tai|cua|ve|nay|tren|neu|de ra|dat ra)\b/.test(f.slice(m.index)) &&
        !asksAsItsWork(m),
    );
    /**
     * "Sở Thông tin và Truyền thông tiếp tục đẩy mạnh tuyên truyền, yêu cầu người dân …", "Sở Công Thương chủ trì kiểm
     * tra thị trường, yêu cầu doanh nghiệp …": the unit that opens the sentence asks others as part of its own work,
     * after its own verb; no assigner's word (not when a unit of the table is asked: "…, đề nghị Sở Y tế …").
     */
    function asksAsItsWork(m: RegExpMatchArray): boolean {
      if (!/^(?:yeu cau|de nghi)/.test(m[0]) || !/,\s*$/.test(f.slice(0, m.index))) return false;
      const start = base + raw.length - f.length;
      if (!within.some((x) => x.from === start)) return false;
      const unitsBefore = within.filter((x) => x.from >= start && x.to <= start + m.index!);
      const afterUnits = unitsBefore[unitsBefore.length - 1].to - start;
      const asked = start + m.index! + m[0].length;
      return (
        ACTIONS.test(f.slice(afterUnits, m.index).replace(/^[\s,]+(?:chu tri\s+)?/, '')) &&
        !within.some((x) => x.from === asked && !x.group && x.departmentId !== null)
      );
    }
    /** Whether the sentence's words before the clause end at a ";" after the assigner named as their subject. */
    const assignerBefore = () => {
      const sentenceBefore =
        folded
          .slice(Math.max(0, base - 400), base)
          .split(/[.!?\n:]/)
          .pop() ?? '';
      return (
        /;\s*$/.test(sentenceBefore) &&
        /\b(?:chu tich|ubnd tinh|uy ban nhan dan tinh|lanh dao tinh)\b/.test(sentenceBefore)
      );
    };
    /** Where the clause's words start in the folded text, past its mark. */
    const wordsStart = base + (raw.length - raw.trimStart().length) + (raw.trimStart().length - f.length);
    // "Chúc mừng và giao nhiệm vụ cho tân Giám đốc Sở X, Chủ tịch UBND tỉnh … đề nghị …": the opening clause tells the
    // occasion; the assigner named after the comma gives the work.
    const cueAt = (m: RegExpExecArray) => wordsStart + m.index;
    const namesUnit = (m: RegExpExecArray) => within.some((x) => x.from === cueAt(m) + m[0].length);
    // "Chủ tịch UBND tỉnh lưu ý thời gian không còn nhiều, yêu cầu các sở, ngành …": the chairman's remark names no unit,
    // the request after it in the same clause does.
    const afterRemark =
      cues.length > 1 && /^(?:luu y|nhan manh)/.test(cues[0][0]) && !namesUnit(cues[0])
        ? cues.find((m, i) => i > 0 && namesUnit(m) && !/[;.]/.test(f.slice(cues[0].index, m.index)))
        : undefined;
    const cue =
      cues.find(
        (m, i) =>
          i > 0 &&
          // "… có ý kiến chỉ đạo bằng văn bản yêu cầu Sở X …": the direction's form, then the request naming the units.
          (ASSIGNER_AFTER_COMMA.test(f.slice(cues[0].index, m.index)) ||
            /^chi dao,?\s+bang van ban\s*,?\s*$/.test(f.slice(cues[0].index, m.index))) &&
          !/[;.]/.test(f.slice(cues[0].index, m.index)),
      ) ??
      afterRemark ??
      cues[0];
    // "Chỉ đạo UBND huyện Phú Lộc, Phó Chủ tịch … yêu cầu tiếp tục …": the units the leader's direction is for, named
    // first, and the leader's words after them.
    const directedFirst = /^chi dao\s+/.exec(f);
    const addressedFirst =
      directedFirst && cue && !namesUnit(cue)
        ? within.find(
            (x) =>
              x.from === wordsStart + directedFirst[0].length &&
              /^\s*,\s*(?:dong chi\s+)?(?:pho\s+)?chu tich\b[^,;.]{0,60}$/.test(folded.slice(x.to, cueAt(cue))),
          )
        : undefined;
    // "Đối với Sở Xây dựng, UBND thành phố yêu cầu phải kiểm tra …": the unit the request is about, named first, then the
    // assigner's words, read past once the unit is.
    const aboutFirst = !addressedFirst ? /^(?:rieng\s+)?doi voi\s+/.exec(f) : null;
    // Not "Đối với Sở Xây dựng, UBND tỉnh đề nghị Bộ Xây dựng hướng dẫn …", a request to another body.
    const about =
      aboutFirst && cue && !namesUnit(cue) && ACTIONS.test(f.slice(cue.index + cue[0].length).replace(/^phai\s+/, ''))
        ? within.find(
            (x) =>
              x.from === wordsStart + aboutFirst[0].length &&
              /^\s*,\s*[^,;]{0,60}$/.test(folded.slice(x.to, cueAt(cue))),
          )
        : undefined;
    // "Đối với Sở Y tế, chỉ đạo các bệnh viện …", "Đối với UBND các huyện: tập trung …": the unit named first, then its
    // own work, with no assigner's words between.
    const aboutItself =
      aboutFirst && !cue
        ? within.find((x) => {
            if (x.from !== wordsStart + aboutFirst[0].length) return false;
            // Its comma or colon may go unwritten ("Đối với Sở Tài nguyên và Môi trường chỉ đạo Văn phòng …").
            const after = /^\s*[,:]?\s*(?:(?:can|phai|can phai)\s+)?/.exec(folded.slice(x.to));
            if (after === null) return false;
            const work = folded.slice(x.to + after[0].length);
            // Without it, not what the unit reported or submitted ("Đối với Sở X báo cáo …, Chủ tịch UBND tỉnh …").
            if (!/[,:]/.test(after[0]) && /^(?:bao cao|trinh|de xuat)\b/.test(work)) return false;
            return ACTIONS.test(work);
          })
        : undefined;
    const assignerAfterUnit = about && cue ? { from: about.to, to: cueAt(cue) + cue[0].length } : null;
    if (addressedFirst) pos = addressedFirst.from;
    else if (about) pos = about.from;
    else if (aboutItself) pos = aboutItself.from;
    else if (cue && !/^(?:giao|yeu cau|de nghi)/.test(f)) {
      pos = cueAt(cue);
      if (pos < base) pos = base;
    } else if (!cue && LEADING_CLAUSE.test(f)) {
      // The subject is the first unit named right after a comma.
      // "Theo yêu cầu của UBND tỉnh, tại cuộc họp này Sở X đề xuất …": the meeting may be named before it.
      const subject = within.find((m) =>
        /,\s*(?:tai (?:cuoc hop|buoi lam viec|hoi nghi|phien hop)(?: nay)?\s+)?$/.test(
          folded.slice(Math.max(base, m.from - 30), m.from),
        ),
      );
      if (subject) pos = subject.from;
    } else if (!cue && pos === base + lead0) {
      // "Thời gian còn lại của năm không nhiều, các sở, ngành, địa phương cần tập trung rà soát …": a remark, then the
      // units named after its comma and what they must do.
      // Not when a unit opens the sentence ("Sở Y tế, UBND các huyện căn cứ chức năng …"): both are the subject.
      const subject = within.some((x) => x.from === pos)
        ? undefined
        : within.find(
            (m) =>
              /,\s*$/.test(folded.slice(Math.max(base, m.from - 3), m.from)) &&
              MUST_AFTER_UNIT.test(folded.slice(m.to, toFolded[piece.end])) &&
              !/[.;:]/.test(folded.slice(base, m.from)),
          );
      if (subject) pos = subject.from;
    }
    const end = toFolded[piece.end];
    const result = noAssignees(piece);
    let role: 'lead' | 'support' = 'lead';
    let sawCue = false;
    /** The chair's remark ("nhấn mạnh", "lưu ý") was read: the units it addresses may follow a time, as after a cue. */
    let remarked = false;
    /** The remark is on the units' responsibility ("lưu ý trách nhiệm của …"): their work follows "trong việc". */
    let answersFor = false;
    let last: Mention | null = null;
    // "… có công văn gửi các sở, ngành … yêu cầu …": the letter's addressees after "gửi" are the units given the work.
    if (cue && /^g[ou]i\s/.test(cue[0]) && pos === cueAt(cue)) {
      pos += cue[0].length;
      sawCue = true;
    }
    /** The words just read name the role of the unit before ("… - Cơ quan thường trực …"). */
    let afterRole = false;
    /** Where the last "phối hợp với" read begins. */
    let cooperationFrom: number | null = null;
    /** The cooperation read follows the lead's "chủ trì" ("chủ trì, phối hợp với …"). */
    let chairedCooperation = false;
    /** Reads on past `length` characters of the text as written from where the loop stands. */
    const passWritten = (length: number) => {
      const after = offsets[pos] + length;
      while (pos < end && offsets[pos] < after) pos++;
    };
    /**
     * A partner's capitalised name from `from` (folded), to the first word of work written in small letters or to the
     * units or "cùng"/"và" before them; null when no unit and no work closes it within twelve words.
     */
    const partnerNamed = (from: number): { name: string; to: number } | null => {
      const start = from + (/^\s*/.exec(folded.slice(from))?.[0].length ?? 0);
      if (within.some((x) => x.from === start) || !/^\p{Lu}/u.test(text.slice(offsets[start], offsets[start] + 1)))
        return null;
      // "…, Trong thời gian cao điểm tăng cường …", "…, Tháng 3/2024 hoàn thành …": a time, not a partner.
      // (Not "Quỹ Phát triển đất tỉnh", whose "Quỹ" folds as "quý".)
      if (
        /^(?:(?:trong|tu|den|truoc|sau|khi|neu|dong thoi|dip)\b|(?:thang|quy|nam|ngay)\s+(?:[ivx]+\b|\d))/.test(
          folded.slice(start),
        )
      )
        return null;
      let at = start;
      for (let n = 0; n < 12 && at < end; n++) {
        const space = folded.indexOf(' ', at);
        if (space < 0 || space >= end) return null;
        const name = text.slice(offsets[start], offsets[space - 1] + 1).replace(/[\s,]+$/, '');
        // "… phối hợp với Hội Doanh nhân trẻ, Câu lạc bộ …": the name ends at its comma; the list reads on.
        if (folded[space - 1] === ',') return name.length > 3 ? { name, to: space - 1 } : null;
        at = space + 1;
        const next = folded.slice(at, end);
        const small = /^\p{Ll}/u.test(text.slice(offsets[at], offsets[at] + 1));
        const unitNext = /^(?:cung|va)\s/.test(next) && within.some((x) => x.from === at + next.indexOf(' ') + 1);
        // "… phối hợp với Giám đốc Sở X …": a head of the unit named next, not a partner of its own.
        if (within.some((x) => x.from === at)) return null;
        if (unitNext || (small && ACTIONS.test(next) && !/^(?:phong|chong)\b/.test(next)))
          return name.length > 3 ? { name, to: unitNext ? at + next.indexOf(' ') + 1 : at } : null;
        // "… Ban Quản lý Khu Kinh tế tỉnh và (đề nghị) Liên đoàn Lao động tỉnh …": the name ends before "và" and the
        // next capitalised one.
        const and = /^va\s+(?:(?:de nghi|yeu cau)\s+)?/.exec(next);
        if (and && /^\p{Lu}/u.test(text.slice(offsets[at + and[0].length], offsets[at + and[0].length] + 1)))
          return name.length > 3 ? { name, to: at - 1 } : null;
      }
      return null;
    };
    /** The place written after a group, read as part of its name ("UBND các xã, phường thành phố Bắc Kạn"). */
    const placeGroup = (group: Mention, place: string) => {
      const written = writtenGroup(group);
      result.groups = result.groups.map((g) => (g === written ? `${written} ${place}` : g));
    };
    let guard = 0;
    while (pos < end && guard++ < 200) {
      if (assignerAfterUnit && pos >= assignerAfterUnit.from && pos < assignerAfterUnit.to) {
        pos = assignerAfterUnit.to;
        continue;
      }
      // "Giao Trung tâm Y tế huyện (Cơ quan Thường trực Ban Chỉ đạo …) chủ trì …": what the unit named is, in brackets.
      const bracket = last !== null ? /^\s*\(/.exec(folded.slice(pos, end)) : null;
      if (bracket) {
        const close = folded.indexOf(')', pos);
        if (close > pos && close < end && close - pos < 160) {
          pos = close + 1;
          continue;
        }
      }
      // "Ủy ban nhân dân các huyện, thành phố/Ủy ban nhân dân cấp xã": units parted by a slash, too.
      const ws = /^(?:[\s,;:()/]|-(?=\s))+/.exec(folded.slice(pos, end));
      if (ws) {
        pos += ws[0].length;
        continue;
      }
      // "Giao Sở Xây dựng với tinh thần khẩn trương tăng cường kiểm tra …": the spirit of the work, then the work (not
      // "với tỉnh", the province the units work with).
      const manner = last ? /^voi tinh than\s+/.exec(folded.slice(pos, end)) : null;
      // A motto in quotes ("với tinh thần “dân biết, dân bàn, dân làm, dân kiểm tra” tổ chức …") is read whole.
      const motto = manner ? /^\s*[“"][^”"]{1,120}[”"]\s*/.exec(text.slice(offsets[pos + manner[0].length])) : null;
      const mottoLength = motto
        ? toFolded[offsets[pos + manner![0].length] + motto[0].length] - (pos + manner![0].length)
        : 0;
      const mannerEnd = manner
        ? firstActionIn(folded.slice(pos + manner[0].length + mottoLength, Math.min(end, pos + 160)))
        : -1;
      if (manner && mannerEnd >= 0) {
        pos += manner[0].length + mottoLength + mannerEnd;
        continue;
      }
      const found = within.find((x) => x.from === pos);
      // "… làm việc với UBND huyện Ngân Sơn. … Đồng chí đề nghị huyện tập trung …": the locality addressed by itself is
      // the one the text named last, read where it is addressed.
      const locality = found?.group ? localityNamedBefore(found) : null;
      let m: Mention | undefined =
        found && locality
          ? { from: found.from, to: found.to, departmentId: locality.departmentId, group: false }
          : found;
      if (m) {
        if (role === 'lead') result.leadNamed = true;
        if (m.group) {
          const written = writtenGroup(m);
          if (!result.groups.includes(written)) result.groups.push(written);
        } else if (m.departmentId !== null) {
          if (role === 'lead') {
            if (!result.leadMentions.includes(m.departmentId)) result.leadMentions.push(m.departmentId);
          } else if (!result.support.includes(m.departmentId)) result.support.push(m.departmentId);
        } else {
          const source = locality ?? m;
          let name = text.slice(offsets[source.from], offsets[source.to - 1] + 1);
          // "Chủ tịch UBND xã Long Phước, Phước An, Long Thành, Nhơn Trạch hoàn thành …": the further places of the same
          // level named after the first, up to the work.
          const places: RegExpExecArray | null =
            role === 'lead' &&
            last === null &&
            /^(?:ubnd|uy ban nhan dan|chu tich (?:ubnd|uy ban nhan dan))\s+(?:xa|phuong|huyen|thi xa|thi tran)\s/.test(
              folded.slice(m.from, m.to),
            )
              ? MORE_PLACES.exec(text.slice(offsets[m.to - 1] + 1))
              : null;
          if (places) {
            name += places[0];
            m = { ...m, to: toFolded[offsets[m.to - 1] + 1 + places[0].length] };
          }
          // A cooperating body the table lacks ("phối hợp với Hội Chữ thập đỏ tỉnh") is kept by name with the groups,
          // as the office reads them, since it has no id (as in a table's cells). Not the role of the unit just named:
          // "Sở NN & PTNT - Cơ quan thường trực Ban Chỉ huy phòng chống thiên tai … tỉnh tăng cường …".
          const unitsRole =
            last !== null && !last.group && (afterRole || /^co quan thuong truc\b/.test(folded.slice(m.from, m.to)));
          const named = role === 'lead' ? result.outside : result.groups;
          if (!unitsRole && !named.includes(name)) named.push(name);
        }
        afterRole = false;
        last = m;
        result.explicit = true;
        pos = m.to;
        continue;
      }
      // "Sở Xây dựng TPHCM được giao …", "Sở Y tế tỉnh Quảng Nam", "các địa phương trên địa bàn tỉnh Hà Tĩnh": the
      // province of the unit just named, no word of the work.
      const lastNamed = last !== null ? folded.slice(last.from, last.to) : '';
      // "Sở Y tế tỉnh Quảng Nam", "UBND các huyện, thành phố Cà Mau": the unit's name (its alias, the group) may end
      // with the level, and the place's name follow it.
      // "các bộ phận chuyên môn thuộc UBND huyện Hiệp Hòa": a group owned by a committee named after its level.
      // "UBND các huyện ven sông Hậu", "UBND các xã ven đầm Thị Nại": the river or lagoon they lie along, by its name.
      const levelEnds =
        /\b(?:tinh|thanh pho|tp|ven (?:song|dam|ho|suoi|kenh))$/.test(lastNamed) ||
        /\b(?:cua|thuoc)\s+(?:van phong\s+)?(?:ubnd|uy ban nhan dan)\s+(?:huyen|thi xa|quan|xa|phuong)$/.test(
          lastNamed,
        );
      // "UBND các huyện, TP.Cà Mau", "… TP. Cà Mau": the city's abbreviation with its dot.
      const dotted =
        last !== null && pos === last.to && levelEnds && /tp$/.test(lastNamed)
          ? /^\.\s?/.exec(text.slice(offsets[pos]))
          : null;
      const dottedPlace = dotted ? PLACE_NAME_ONLY.exec(text.slice(offsets[pos] + dotted[0].length)) : null;
      if (dotted && dottedPlace) {
        if (last!.group) placeGroup(last!, dottedPlace[0]);
        passWritten(dotted[0].length + dottedPlace[0].length);
        continue;
      }
      const unitPlace =
        last !== null && pos === last.to + 1
          ? ((levelEnds ? PLACE_NAME_ONLY : UNIT_PLACE).exec(text.slice(offsets[pos])) ??
            (!last.group && last.departmentId !== null ? PROVINCE_AFTER_UNIT.exec(text.slice(offsets[pos])) : null))
          : null;
      if (unitPlace) {
        if (last!.group) placeGroup(last!, unitPlace[0]);
        passWritten(unitPlace[0].length);
        continue;
      }
      // "UBND huyện Long Mỹ, TP Vị Thanh": another local unit listed by its level and name, which the table lacks.
      // "UBND huyện Lâm Hà và Đức Trọng": another of the same level, by its name alone.
      const listedLocality =
        last !== null && /,|\bva\b/.test(folded.slice(last.to, pos))
          ? (LISTED_LOCALITY.exec(text.slice(offsets[pos])) ??
            (!last.group && last.departmentId === null && LOCAL_COMMITTEE_NAMED.test(folded.slice(last.from, last.to))
              ? PROVINCE_AFTER_UNIT.exec(text.slice(offsets[pos]))
              : null))
          : null;
      if (listedLocality) {
        const named = role === 'lead' ? result.outside : result.groups;
        if (!named.includes(listedLocality[0])) named.push(listedLocality[0]);
        passWritten(listedLocality[0].length);
        continue;
      }
      // "Giao Sở NN và PTNT, Cục Quản lý thị trường, Công an tỉnh, UBND các huyện …": a body the table lacks, listed
      // between units; the units after it are read on.
      const nextUnit =
        last !== null && /[,;]|\bva\b/.test(folded.slice(last.to, pos)) ? within.find((x) => x.from > pos) : undefined;
      const listedBody = nextUnit ? LISTED_BODY.exec(folded.slice(pos, nextUnit.from)) : null;
      if (listedBody) {
        const name = text.slice(offsets[pos], offsets[pos + listedBody[1].length - 1] + 1);
        const named = role === 'lead' ? result.outside : result.groups;
        if (!named.includes(name)) named.push(name);
        pos = nextUnit!.from;
        continue;
      }
      const rest = folded.slice(pos, end);
      const before = last?.group ? UNITS_NAMED_BEFORE.exec(rest) : null;
      if (before) {
        // "yêu cầu các đơn vị nêu trên …": the units the text named before stand for the group; "Các địa phương này
        // phải báo cáo …" points back at them too, but the last sentence may name others (the office that told the news).
        const named = before[0] === 'nay' ? [] : unitsNamedBefore(piece.start);
        if (named.length > 0) {
          result.groups = result.groups.filter((g) => g !== writtenGroup(last!));
          for (const n of named) {
            if (n.group) {
              if (!result.groups.includes(writtenGroup(n))) result.groups.push(writtenGroup(n));
            } else if (n.departmentId !== null) {
              const list = role === 'lead' ? result.leadMentions : result.support;
              if (!list.includes(n.departmentId)) list.push(n.departmentId);
            }
          }
        }
        pos += before[0].length;
        continue;
      }
      // "giao Sở X căn cứ các nội dung chỉ đạo của Bộ … và tình hình thực tế để có văn bản chỉ đạo, hướng dẫn …": the basis
      // of the work, then the work after "để".
      // "Văn phòng UBND tỉnh chuyển … đến Sở Xây dựng để nghiên cứu, xử lý …", "… để biết, thực hiện" (see stripLead): the
      // unit, then its work.
      const forwardedFor = last ? /^\s*de\s+(biet\s*(?:,|\bva\b)\s*)?(?=[a-z])/.exec(rest) : null;
      if (
        forwardedFor &&
        (forwardedFor[1] !== undefined || (!last!.group && ACTIONS.test(rest.slice(forwardedFor[0].length))))
      ) {
        pos += forwardedFor[0].length;
        continue;
      }
      const basis = last ? WORK_ON_BASIS.exec(rest) : null;
      const worksOn = basis ? rest.slice(basis[0].length) : '';
      if (
        basis &&
        // "căn cứ vào Kế hoạch số 45/KH-UBND … để tổ chức thực hiện": the basis names the work, which says no more.
        !/^(?:(?:to chuc|trien khai)\s+)?thuc hien\s*[.;]?\s*$/.test(worksOn) &&
        (ACTIONS.test(worksOn) ||
          /^(?:co|du thao) (?:van ban|ke hoach|phuong an|giai phap|bao cao|to trinh|quyet dinh)\b/.test(worksOn))
      ) {
        pos += basis[0].length;
        continue;
      }
      if (last && REMIT.test(rest)) {
        // The units' remit is not their work: the action is the first verb after it, within the clause.
        const action = firstActionIn(rest.slice(0, 160));
        if (action > 0) {
          pos += action;
          continue;
        }
      }
      // Only after the assigner: "Sở Tài chính: Chỉ đạo Kho bạc Nhà nước tỉnh kiểm soát …" opening the clause is the
      // work of the unit it comes under, which directs the body it names. The assigner may be the subject of the
      // sentence's clause before: "…, Phó Chủ tịch UBND tỉnh đã ghi nhận các ý kiến …; chỉ đạo cơ quan chức năng …".
      const directs =
        last === null && (pos > wordsStart || cue !== undefined || assignerBefore())
          ? ASSIGNER_DIRECTS.exec(rest)
          : null;
      if (directs) {
        role = 'lead';
        sawCue = true;
        pos += directs[0].length;
        continue;
      }
      // "… văn bản yêu cầu rõ các đơn vị …": the stress on the request, before its units.
      if (sawCue && last === null && /^ro\s/.test(rest)) {
        pos += 3;
        continue;
      }
      // "Chủ tịch UBND tỉnh lưu ý trách nhiệm của ngành Thuế, Sở Tài chính … trong việc hoàn thành các khoản thu": the
      // chair's remark on the units' responsibility names them, then their work after "trong việc".
      const duty = remarked && last === null ? /^(?:vai tro\s*,?\s*)?trach nhiem cua\s+/.exec(rest) : null;
      if (duty && within.some((x) => x.from === pos + duty[0].length)) {
        role = 'lead';
        sawCue = true;
        answersFor = true;
        pos += duty[0].length;
        continue;
      }
      const inTheWork = answersFor && last !== null ? /^trong (?:viec|cong tac)\s+(?=[a-z])/.exec(rest) : null;
      if (inTheWork) {
        pos += inTheWork[0].length;
        break;
      }
      // "yêu cầu (trong) thời gian tới các cấp, các ngành phải …": when, between the assigner's word and the units.
      const when = (sawCue || remarked) && last === null ? TIME_BEFORE_UNITS.exec(rest) : null;
      if (when) {
        pos += when[0].length;
        continue;
      }
      // "phối hợp với các cơ quan chức năng như Bộ đội Biên phòng, Ban quản lý Khu kinh tế …": the group's examples.
      if (last?.group && /^nhu\s/.test(rest) && within.some((x) => x.from === pos + 4)) {
        pos += 4;
        continue;
      }
      // "Sở X (vừa) được UBND tỉnh giao chủ trì …", "… được Chủ tịch UBND thành phố giao": the remit with its giver.
      const givenBy = last && !/\bden nay\b/.test(f) ? REMIT_GIVEN_BY.exec(rest) : null;
      if (
        givenBy &&
        (/^chu tri\b/.test(rest.slice(givenBy[0].length)) || ACTIONS.test(rest.slice(givenBy[0].length)))
      ) {
        pos += givenBy[0].length;
        continue;
      }
      const word = CHAIN_WORDS.find((w) => rest.startsWith(w) && !/[a-z0-9]/.test(rest[w.length] ?? ''));
      // "cho" joins only "giao cho Sở X", never "Sở X cho biết"; "cùng" (with) and "cũng" (also), never "cung cấp",
      // "củng cố" (the work) nor "cùng cấp" (of the same level).
      if (word === 'cho' && !within.some((x) => x.from === pos + 4)) break;
      // "là lực lượng nòng cốt, chủ trì …" names the unit's role before its lead; "… là lực lượng nòng cốt trong …",
      // what the unit is.
      if (word === 'la luc luong nong cot' && !/^la luc luong nong cot\s*,/.test(rest)) break;
      // "… là cơ quan đầu mối, theo dõi …" names the role before the work; "… là cơ quan đầu mối trong việc …" is the duty.
      if (word && /^la (?:co quan|don vi) dau moi$/.test(word) && !/^\s*,/.test(rest.slice(word.length))) break;
      // "Sở Tài chính giao chỉ tiêu thu ngân sách cho các huyện": the unit's own work, not an assignment.
      if (word === 'giao' && /^giao chi tieu\b/.test(rest)) break;
      if (
        word === 'cung' &&
        (/^cung cap\b/.test(rest) ||
          !/^c[ùũ]ng(?![\p{L}\p{M}])/iu.test(text.slice(offsets[pos], offsets[pos] + 8).normalize('NFC')))
      )
        break;
      // "… phối hợp chặt chẽ, triển khai ngay …": the cooperation before the work; alone ("… phối hợp chặt chẽ;") it is
      // the work.
      if (word === 'phoi hop chat che' && !/^\s*,\s*[a-z]/.test(rest.slice(word.length))) break;
      // "Chủ động phối hợp với các sở, ngành …" opening the work of the unit named before it: how that unit works, not
      // the units given it.
      if (word && KEEN_COOPERATION.includes(word) && last === null) break;
      // The staff of a unit stand for it only with the unit named: "lực lượng công an tỉnh", not "phối hợp với lực
      // lượng kiểm lâm thực hiện …", where the forces are the partner and the work follows.
      if (word && STAFF_WORDS.has(word)) {
        const staff = STAFF_RUN.exec(rest)!;
        if (!within.some((x) => x.from === pos + staff[0].length)) break;
      }
      // "Giao UBND huyện yêu cầu chủ đầu tư tự phá dỡ …": the unit given the work is to ask it of others.
      // Not "giao Sở Tài chính và đề nghị Cục Thuế tỉnh …", two addressees, nor "… yêu cầu Sở Y …", a department after it.
      // Not "… có công văn gửi các sở, ngành yêu cầu …": the letter's addressees, then what it asks of them.
      if (
        (word === 'yeu cau' || word === 'de nghi') &&
        sawCue &&
        !/^g[ou]i\s/.test(cue?.[0] ?? '') &&
        last !== null &&
        !/[,;]|\bva\b/.test(folded.slice(last.to, pos)) &&
        !within.some((x) => x.from === pos + word.length + 1 && !x.group && x.departmentId !== null)
      )
        break;
      if (word) {
        if (LEAD_CUES.has(word)) {
          role = 'lead';
          sawCue = true;
        } else if (word === 'luu y' || word === 'nhan manh') remarked = true;
        else if (SUPPORT_CUES.has(word)) {
          role = word === 'voi' || word === 'cung' ? role : 'support';
          // "… được giao phối hợp Viện Nghiên cứu phát triển TPHCM tiếp nhận …": a partner the table lacks, by its name.
          // "… phối hợp công an khu vực rà soát …": a partner in small letters, no unit, likewise.
          if (
            word.includes('phoi hop') &&
            (word.endsWith(' voi') ||
              /^\s+\p{Lu}/u.test(text.slice(offsets[pos + word.length - 1] + 1)) ||
              /^\s+(?:cong an|luc luong|can bo|chinh quyen)\b/.test(folded.slice(pos + word.length)))
          ) {
            // "chủ trì, phối hợp với Bộ Chỉ huy Bộ đội biên phòng tỉnh thực hiện …", "… phối hợp Phân viện Nghiên cứu
            // thủy sản Nam Sông Hậu cùng các đơn vị liên quan tiếp tục …": a partner the table and the bodies it lacks
            // do not know, capitalised, up to the work or the next unit; kept by name with the groups.
            // Only after the lead's "chủ trì" (not "UBND các phường được giao phối hợp Viện … tiếp nhận …", where
            // cooperating is the group's own work).
            const chaired = /\bchu tri\s*,?\s*$/.test(folded.slice(Math.max(0, pos - 12), pos));
            chairedCooperation = chaired;
            const partner = chaired && last !== null ? partnerNamed(pos + word.length) : null;
            if (partner) {
              if (!result.groups.includes(partner.name)) result.groups.push(partner.name);
              pos = partner.to;
              continue;
            }
            cooperationFrom = pos;
          }
        } else if (LEAD_AFTER.has(word) && last && !last.group && last.departmentId !== null) {
          // "Sở X chủ trì": X leads even after "phối hợp" wording elsewhere.
          const id = last.departmentId;
          result.support = result.support.filter((s) => s !== id);
          if (!result.leadMentions.includes(id)) result.leadMentions.unshift(id);
        }
        // "Giám đốc Sở X chịu trách nhiệm trước Chủ tịch UBND tỉnh về tiến độ …": answering for the matter is the work
        // itself, and its title.
        // "Sở X chịu trách nhiệm chung về Kỳ thi …", "… yêu cầu các cơ quan chịu trách nhiệm về việc này" likewise.
        if (
          word.startsWith('chiu trach nhiem') &&
          /^\s+(?:truoc|chung|toan dien|ve viec nay)\b/.test(rest.slice(word.length))
        )
          break;
        if (word === 'dong chi' || /^(?:pho )?chu tich\b/.test(word)) {
          const name =
            /^(?:dong chi|chu tich|pho chu tich)(?:\s+(?:ubnd|uy ban nhan dan) tinh)?((?:\s+[a-z]+){0,4}?)(?=\s+(?:yeu cau|de nghi|giao|chi dao)\b)/.exec(
              rest,
            );
          if (name) {
            pos += name[0].length;
            continue;
          }
        }
        afterRole = word === 'co quan thuong truc' || word === 'la co quan thuong truc';
        // "Sở NN&PTNT - Cơ quan Thường trực Ban Chỉ huy phòng, chống thiên tai tỉnh chủ trì …": the board the unit serves
        // is part of its role, not its work.
        const board = afterRole ? ROLE_BOARD.exec(rest.slice(word.length)) : null;
        pos += word.length + (board ? board[0].length : 0);
        // "… Ban An toàn giao thông tỉnh Phú Thọ triển khai …": the board's province by its name, as written.
        const place =
          board && /(?:tinh|thanh pho|huyen)$/.test(board[0])
            ? PLACE_NAME_ONLY.exec(text.slice(offsets[pos] + 1))
            : null;
        if (place) passWritten(place[0].length + 1);
        continue;
      }
      // "phối hợp với Hội Doanh nhân trẻ, Câu lạc bộ Nữ doanh nhân tỉnh và …": a cooperating body the table and the
      // bodies it lacks do not know, by its capitalised name, listed after a unit and before another: kept by name
      // with the groups (not "UBND các huyện, thành phố Cà Mau", the place of the group before it).
      const listed = last !== null && /,|\bva\b/.test(folded.slice(last.to, pos));
      // "… chủ trì, phối hợp với Hội Doanh nhân trẻ, Câu lạc bộ Lữ hành tỉnh tổ chức …": a further partner the table
      // lacks, listed after the first, up to the work.
      if (listed && role === 'support' && chairedCooperation) {
        const partner = partnerNamed(pos);
        if (partner) {
          if (!result.groups.includes(partner.name)) result.groups.push(partner.name);
          pos = partner.to;
          continue;
        }
      }
      // "yêu cầu Công an tỉnh, …, Sở Y tế, Ban Quản lý Khu Kinh tế tỉnh và đề nghị Liên đoàn Lao động tỉnh tiếp tục …": a
      // body the table lacks, listed with the units given the work, by its capitalised name up to the next or the work;
      // kept by name with the groups.
      if (listed && role === 'lead' && sawCue && OUTSIDE_BODY.test(rest)) {
        const body = partnerNamed(pos);
        if (body) {
          if (!result.groups.includes(body.name)) result.groups.push(body.name);
          pos = body.to;
          continue;
        }
      }
      // "UBND các huyện, thành phố Cà Mau và …": the province's name after a group is part of it, not the work.
      // "UBND các huyện: Ba Bể, Pác Nặm, Ngân Sơn rà soát …": the places of the group listed after its colon.
      // "UBND các huyện Bố Trạch, Quảng Ninh, Minh Hóa khẩn trương …", "Các xã, phường Tân Phong, Tân Xuân …": or right
      // after the group's level words.
      const places =
        last?.group &&
        (/^\s*:\s*$/.test(text.slice(offsets[last.to - 1] + 1, offsets[pos])) ||
          (pos === last.to + 1 &&
            /\b(?:cac|\d{1,3}) (?:huyen|quan|thi xa|xa|phuong|thi tran)(?:,? (?:xa|phuong|thi tran|dac khu))*$/.test(
              folded.slice(last.from, last.to),
            )))
          ? PLACES_LISTED.exec(text.slice(offsets[pos]))
          : null;
      if (places) {
        const written = writtenGroup(last!);
        // When the table holds every place named, they are its units: the first named leads, as among equal units.
        const units = placeUnits(written, places[0]);
        if (units) {
          result.groups = result.groups.filter((g) => g !== written);
          const list = role === 'lead' ? result.leadMentions : result.support;
          for (const id of units) if (!list.includes(id)) list.push(id);
        } else result.groups = result.groups.map((g) => (g === written ? `${written}: ${places[0]}` : g));
        passWritten(places[0].length);
        continue;
      }
      // "UBND các xã, phường thành phố Bắc Kạn": the communes of the place named after them.
      const place =
        last?.group && !listed
          ? (PLACE_OF_GROUP.exec(text.slice(offsets[pos])) ??
            (/(?:xa|phuong|thi tran)$/.test(folded.slice(last.from, last.to))
              ? PLACE_WITH_LEVEL.exec(text.slice(offsets[pos]))
              : null))
          : null;
      if (place) {
        placeGroup(last!, place[1]);
        passWritten(place[1].length);
        continue;
      }
      // "phối hợp với Công an tỉnh, cơ quan quản lý đường thủy nội địa, đường bộ để kiểm tra …": the last partners named
      // by their role, up to the work the cooperation is for.
      const partners = role === 'support' && last !== null ? /^([^;:.()]{3,80}?)\s+de\s+(?=[a-z])/.exec(rest) : null;
      if (partners && ACTIONS.test(rest.slice(partners[0].length)) && !ACTIONS.test(partners[1])) {
        // Not how they cooperate, which is read past: "các sở, ban, ngành phối hợp tốt (chặt chẽ, đồng bộ) để tổ chức …".
        if (COOPERATION_MANNER.test(partners[1])) {
          pos += partners[0].length;
          continue;
        }
        const name = text.slice(offsets[pos], offsets[pos + partners[1].length - 1] + 1);
        if (!result.groups.includes(name)) result.groups.push(name);
        pos += partners[0].length;
        continue;
      }
      // "Sở Giao thông vận tải phối hợp với Công an tỉnh để kiểm tra …": the work the cooperation is for.
      const purpose = role === 'support' && last !== null ? /^de\s+/.exec(rest) : null;
      if (purpose && ACTIONS.test(rest.slice(purpose[0].length))) {
        pos += purpose[0].length;
        continue;
      }
      const body = role === 'support' && listed ? bodyNamed(rest, text.charAt(offsets[pos])) : null;
      if (body) {
        const name = text.slice(offsets[pos], offsets[pos + body.length - 1] + 1);
        if (!result.groups.includes(name)) result.groups.push(name);
        pos += body.length;
        continue;
      }
      // "… đề nghị, trên cương vị công tác mới, đồng chí … tiếp tục …": a short phrase between the assigner's verb and
      // the unit it names.
      const aside = sawCue && !result.explicit ? /^[^,;.:]{1,40},\s*/.exec(rest) : null;
      if (aside && within.some((x) => x.from === pos + aside[0].length)) {
        pos += aside[0].length;
        continue;
      }
      break;
    }
    // "Sở X - cơ quan thường trực …" and "Giám đốc Sở X và Thủ trưởng …": the first named unit leads.
    result.cued = sawCue && result.explicit;
    result.lead = result.leadMentions[0] ?? null;
    // "Rà soát, sửa đổi quy chế làm việc (Sở Nội vụ chủ trì, hoàn thành trong tháng 5/2024)": the unit that chairs the
    // work named in brackets after it.
    // "Xây dựng đề án … do Sở Nội vụ chủ trì, phối hợp với Sở Tài chính thực hiện": the passive, likewise; the units
    // named after it cooperate.
    if (!result.explicit && result.lead === null) {
      // "Tổ chức hội nghị … (cơ quan chủ trì: Sở Kế hoạch và Đầu tư; cơ quan phối hợp: Sở Công Thương; …)": the
      // activity's fields in brackets, or after dashes ("… - Cơ quan chủ trì: Sở Công Thương - Thời gian: …").
      const labelled = (m: Mention) =>
        /(?:\((?:\s*(?:co quan|don vi))?|\s[-–]\s*(?:co quan|don vi))\s*chu tri\s*:\s*$/.test(
          folded.slice(Math.max(base, m.from - 24), m.from),
        );
      const chair = within.find(
        (m) =>
          !m.group &&
          m.departmentId !== null &&
          ((/(?:\(\s*(?:do\s+)?|\sdo\s+)$/.test(folded.slice(Math.max(base, m.from - 6), m.from)) &&
            /^\s+(?:chu tri|phu trach)\b/.test(folded.slice(m.to, end))) ||
            labelled(m)),
      );
      if (chair) {
        // In brackets, the units after the chair's up to the bracket's end ("(Sở Kế hoạch và Đầu tư chủ trì, phối hợp
        // với Sở Công Thương; …)"); those after it belong to what follows.
        const bracketed = /\(\s*(?:(?:(?:co quan|don vi)\s+)?chu tri\s*:\s*)?$/.test(
          folded.slice(Math.max(base, chair.from - 24), chair.from),
        );
        const close = folded.indexOf(')', chair.to);
        const until = !bracketed ? end : close >= 0 && close < end ? close : -1;
        for (const m of within)
          if (
            m.from > chair.to &&
            m.to <= until &&
            !m.group &&
            m.departmentId !== null &&
            !result.support.includes(m.departmentId)
          )
            result.support.push(m.departmentId);
      }
      if (chair) {
        result.lead = chair.departmentId;
        result.leadMentions.push(chair.departmentId!);
      }
    }
    // "Phối hợp chặt chẽ với Văn phòng … tổ chức …" with no subject: the partner named is not the lead. Nor after
    // "Chủ trì, phối hợp với …", whose lead goes unsaid (the unit of the heading or the sentence before), nor after a
    // lead outside the table ("Kho bạc Nhà nước tỉnh chủ trì, phối hợp với Sở Tài chính …"), which is named.
    if (
      result.lead === null &&
      result.support.length > 0 &&
      !sawCue &&
      result.groups.length === 0 &&
      result.outside.length === 0 &&
      !/^(?:phoi hop|chu tri)\b/.test(f)
    ) {
      result.lead = result.support.shift()!;
      result.leadMentions.push(result.lead);
    }
    // "Công an tỉnh phối hợp với lực lượng kiểm lâm thực hiện …": no unit after "phối hợp với", so the cooperation with
    // the partner named is the work, and opens its title.
    if (cooperationFrom !== null && (last === null || last.to <= cooperationFrom)) pos = cooperationFrom;
    result.actionStart = offsets[Math.min(pos, offsets.length - 1)];
    // With no unit named, the work begins after the connector that joins it to the work before ("Đồng thời, bố trí
    // cán bộ trực …", "Bên cạnh đó, …"): that is no part of its title.
    if (!result.explicit) {
      const marked = stripMark(raw.trimStart());
      const joined = JOINING_WORDS.exec(marked)?.[0].length ?? 0;
      result.actionStart = offsets[base + lead0 + (raw.trimStart().length - marked.length) + joined];
    }
    // "Nhiệm vụ xây dựng Đề án … giao Sở Văn hóa, Thể thao và Du lịch thực hiện, trình UBND tỉnh …": the work named
    // before the units, who are told only to carry it out; the title drops "giao … thực hiện" (cleanTitle).
    const opening = stripMark(raw.trimStart());
    const named = WORK_NAMED_FIRST.exec(opening);
    if (
      sawCue &&
      named &&
      ACTIONS.test(opening.slice(named[0].length)) &&
      /^(?:chu tri\s*,?\s*)?(?:(?:to chuc|trien khai)\s+)?thuc hien\b/.test(folded.slice(pos, end).trimStart())
    )
      result.actionStart = offsets[base + lead0 + (raw.trimStart().length - opening.length)];
    return result;
  }
}

/**
 * Whether `f` (folded, its lead stripped) opens with a body the table does not know as its subject, then its work:
 * "UBND huyện Triệu Phong kiểm tra …", "Ban QLDA các công trình … đẩy nhanh …", "Phòng Kinh tế tham mưu …".
 */
function bodyActs(f: string): boolean {
  const local = LOCAL_UNIT.exec(f);
  if (local) {
    const words = f.slice(local[0].length).split(' ');
    for (let n = 1; n <= 3; n++) if (ACTIONS.test(words.slice(n).join(' '))) return true;
  }
  // The board's name runs to about ten words ("… các công trình Nông nghiệp và PTNT") before its action.
  const board = BOARD_UNIT.exec(f);
  if (board) {
    const words = f.slice(board[0].length).split(' ');
    for (let n = 1; n <= 10; n++) if (ACTIONS.test(words.slice(n).join(' '))) return true;
  }
  // "Bộ Chỉ huy Quân sự tỉnh chủ động xây dựng phương án …", "Kho bạc Nhà nước tỉnh kiểm soát chặt chẽ …": a body the
  // table does not know as the subject, its work after its name (about a dozen words, two bodies at most).
  if (SUBJECT_BODY.test(f)) {
    const words = f.split(' ');
    for (let n = 2; n <= 14 && n < words.length; n++) {
      const rest = words.slice(n).join(' ');
      // "Nhà thầu cho biết khối lượng hoàn thành đạt …": what the body tells, not its work.
      if (/^(?:cho biet|chia se|phan anh|kien nghi)\b/.test(rest)) break;
      // Words of names that are also verbs ("hạ tầng", "Báo …", "Trung tâm Kiểm soát bệnh tật", "Cục Quản lý …").
      if (/^(?:phong|chong|tham(?! muu)|tang(?! cuong)|lap|gui|trinh|bao(?! dam| ve)|giao)\b/.test(rest)) continue;
      if (n <= 3 && /^(?:quan ly|thong tin|kiem soat|phat trien|xuc tien|dieu hanh)\b/.test(rest)) continue;
      if ((ACTIONS.test(rest) && !REPORTING.test(rest)) || /^(?:chu tri|san sang)\b/.test(rest)) {
        // "Công ty … đã hoàn thành …" tells what the body has done.
        if (/^(?:da|dang|vua|se)$/.test(words[n - 1])) break;
        return true;
      }
    }
  }
  return false;
}

/** An action at some word of the text, other than a verb that also names a subject ("phòng, chống dịch"). */
function actsSomewhere(f: string): boolean {
  for (const m of f.matchAll(/(?:^|\s)(?=[a-z])/g)) {
    const rest = f.slice(m.index + m[0].length);
    // "Ban chỉ đạo" names a body.
    if (/\bban\s$/.test(f.slice(0, m.index + m[0].length)) && rest.startsWith('chi dao')) continue;
    // "tăng cường" is work, where "tăng" alone tells a figure.
    if (!/^(?:phong|chong|tham(?! dinh)|tang(?! cuong)|lap|gui|trinh)\b/.test(rest) && ACTIONS.test(rest)) return true;
  }
  return false;
}

/** A place's own name as written: one to four capitalised words ("Ba Bể", "Nam Cường", "Hoàng Su Phì"). */
/**
 * A place's capitalised name, up to four words, a word may have its apostrophe ("Đắk R’lấp", "Ea H'leo"); not a unit's
 * head word ("… Dĩ An và UBND TX.Tân Uyên").
 */
const PLACE_WORD = String.raw`(?!(?:UBND|TX|TP|Sở|Ủy|Uỷ|Ban|Công)(?![\p{L}\p{M}]))\p{Lu}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)?`;
// "Hồ Chí Minh" whole, not the name of its chair written next ("UBND Thành phố Hồ Chí Minh Phan Văn Mãi");
// "Bà Rịa – Vũng Tàu", "Bà Rịa-Vũng Tàu": a province's two names joined by a dash.
const PLACE_WORDS = String.raw`(?:Hồ Chí Minh|Bà Rịa\s*[-–]\s*Vũng Tàu|${PLACE_WORD}(?:\s+${PLACE_WORD}){0,3})(?![\p{L}\p{M}])`;
/** The local unit's place named in capitals as written (PLACE_WORDS), the words of its name. */
const LOCAL_PLACE_WRITTEN = new RegExp(
  String.raw`^(?:[Rr]iêng\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:huyện|quận|thị xã|thành phố|TP\.?|xã|phường|thị trấn)\s*(${PLACE_WORDS})`,
  'u',
);

/**
 * Whether the local unit opening a sentence (folded, after "UBND huyện") tells what it did, does or will do: a mark of
 * time after its place's name; not the name itself, when a word of it folds as one ("UBND huyện Chư Sê khẩn trương
 * …", "UBND thành phố Đà Lạt …").
 */
function localUnitTells(written: string, afterLevel: string): boolean {
  const place = LOCAL_PLACE_WRITTEN.exec(written.trimStart());
  if (!place) return LOCAL_UNIT_TELLS.test(afterLevel);
  const nameWords = place[1].trim().split(/\s+/).length;
  return TELLS_AFTER_NAME.test(afterLevel.split(' ').slice(nameWords).join(' '));
}
/**
 * Two or more places' names listed with commas or "và": "Ba Bể, Pác Nặm và Ngân Sơn"; a later one may name its level
 * ("Phù Mỹ, Vân Canh, TX.An Nhơn và thành phố Quy Nhơn").
 */
const PLACES_LISTED = new RegExp(
  String.raw`^${PLACE_WORDS}(?:\s*(?:,|và)\s*(?:(?:thị xã|thành phố|huyện|quận)\s+|(?:TX|TP)\.?\s*)?${PLACE_WORDS})+`,
  'u',
);

/** A place's name after "Tp." or "TX.": capitalised words, none a unit's head or a sentence's opening word. */
const PLACE_AFTER_ABBREVIATION =
  /^(?!(?:Sở|UBND|[UỦ]y|Công|Ban|Bộ|Cục|Chi|Kho|Đài|Báo|Hội|Trung|Phòng|Văn|Thanh tra|Tổ|Các|Tiếp|Giao|Yêu|Đề|Đồng|Trong|Theo|Thực|Kinh|Dự|Cơ|Chủ|Ngoài|Bên|Riêng|Tuy|Do|Vì|Để|Sau|Trước|Từ)(?![\p{L}\p{M}]))\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}(?=[\s,;.]|$)/u;

/** A place's name right after a group, before another unit, the work or a letter's request: group 1. */
const PLACE_OF_GROUP = new RegExp(String.raw`^(${PLACE_WORDS})(?=\s*,|\s+và\s|\s+(?:yêu cầu|đề nghị)\s)`, 'u');
/** The province or city a unit belongs to, written after its name: "tỉnh Quảng Nam", "thành phố Hà Nội", "TPHCM". */
const UNIT_PLACE = new RegExp(
  String.raw`^(?:(?:tỉnh|thành phố|TP\.?)\s*${PLACE_WORDS}|TP\.?\s?HCM(?![\p{L}\p{M}])|TPHCM(?![\p{L}\p{M}]))`,
  'u',
);
const PLACE_NAME_ONLY = new RegExp(String.raw`^${PLACE_WORDS}`, 'u');
/**
 * A place's name alone, its work after it: the province's right after a department's ("Sở Tài nguyên và Môi trường Lâm
 * Đồng vừa được giao …"), a district's after another ("UBND huyện Lâm Hà và Đức Trọng kiểm tra …"). Not another body
 * or a person's title written next ("Sở Tài chính Kho bạc …", "… và Vườn Quốc gia Mũi Cà Mau"), nor the work written with a
 * capital ("giao Sở Tài chính Thường xuyên theo dõi …", "… Tham mưu UBND tỉnh …").
 */
const PROVINCE_AFTER_UNIT = new RegExp(
  String.raw`^(?!(?:Thanh tra|Bảo hiểm|Trung tâm|Văn phòng|Kho bạc|Ngân hàng|Chi cục|Cục|Bộ|Hội|Liên|Đài|Báo|Viện|Tòa|Phòng|Đoàn|Quỹ|Điện|Viễn|Bưu|Tổng|Nhà|Chủ|Giám|Phó|Thủ|Lãnh|Tỉnh|Huyện|Xã|Phường|Thị|Quận|Vườn|Khu|Hạt|Đội|Trường|Bệnh)(?![\p{L}\p{M}]))(?!(?:Thường xuyên|Tham mưu|Chủ trì|Phối hợp|Khẩn trương|Tổ chức|Triển khai|Chỉ đạo|Rà soát|Tiếp tục|Tăng cường|Kiểm tra|Thực hiện|Hướng dẫn|Xây dựng|Theo dõi|Báo cáo|Nghiên cứu|Đẩy mạnh|Chủ động|Kịp thời|Quyết liệt|Tập trung|Đôn đốc|(?:Phải|Cần|Sớm|Lập|Ghép)(?=\s+\p{Ll}))(?![\p{L}\p{M}]))${PLACE_WORDS}(?=\s+\p{Ll})`,
  'u',
);
/** A local committee the table lacks, named by its level and place (folded): "ubnd huyen lam ha". */
const LOCAL_COMMITTEE_NAMED =
  /^(?:(?:pho\s+)?chu tich\s+)?(?:ubnd|uy ban nhan dan)\s+(?:huyen|thi xa|thanh pho|tp|quan|xa|phuong|thi tran)\s+[a-z]/;
/** A town or district listed after another unit by its level and name: "TP Vị Thanh", "TX.Tân Uyên", "huyện Ba Bể". */
const LISTED_LOCALITY = new RegExp(
  String.raw`^(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?(?:TP\.?\s?|TX\.?\s?|thành phố\s+|thị xã\s+|huyện\s+|quận\s+)${PLACE_WORDS}`,
  'u',
);
/** A district or city by its level and name, where the communes of a group are: group 1. */
const PLACE_WITH_LEVEL = new RegExp(String.raw`^((?:huyện|thị xã|thành phố|quận)\s+${PLACE_WORDS})`, 'u');

/**
 * A name that opens `rest` (folded, at `pos` of the folded text, whose written form `written` gives) as a body's: it
 * begins with a capital letter, has no action in it, ends before a comma or "và" that another name follows, and is
 * at most eight words long. Its folded form, or null.
 */
function bodyNamed(rest: string, writtenFirst: string): string | null {
  if (!/^\p{Lu}/u.test(writtenFirst)) return null;
  const item = /^[^,;.:()]{3,60}?(?=\s*,\s*\S|\s+va\s+\S)/.exec(rest)?.[0];
  if (!item || item.split(' ').length > 8 || firstActionIn(item) >= 0) return null;
  return item;
}

/** An item that names a matter and no work: "Đối với dự án …", "Về công tác …" with no action outside brackets. */
function namesMatterOnly(f: string): boolean {
  return /^(?:doi voi|ve)\s/.test(f) && !actsSomewhere(f.replace(/\([^)]*\)/g, ' '));
}

/** Where the first action of the text begins (after the words of a remit), or -1. */
function firstActionIn(f: string): number {
  for (const m of f.matchAll(/(?:^|\s)(?=[a-z])/g)) {
    const at = m.index + m[0].length;
    const rest = f.slice(at);
    if (/^(?:chuc nang|nhiem vu|tham quyen|quyen han)\b/.test(rest)) continue;
    // "… theo chức năng, nhiệm vụ, thẩm quyền được phân công chỉ đạo …": the remit given, not the work.
    if (/^phan cong\b/.test(rest) && /\b(?:chuc nang|nhiem vu|tham quyen|quyen han)\s+duoc\s+$/.test(f.slice(0, at)))
      continue;
    // "… địa bàn được giao phụ trách, quản lý thực hiện …", "… lĩnh vực quản lý tăng cường …", "… và thẩm quyền quản lý
    // tiếp tục …", "… và lĩnh vực quản lý, có trách nhiệm …": the management the remit
    // names, when the work follows it at once (not "… được giao quản lý chặt chẽ đất đai", where it is the work).
    const managed = /^quan ly\s*,?\s+/.exec(rest);
    const work = rest.slice(managed?.[0].length ?? 0);
    if (
      managed &&
      REMIT_MANAGED.test(f.slice(0, at)) &&
      (ACTIONS.test(work) || /^(?:co|chiu) trach nhiem\b/.test(work))
    )
      return at + managed[0].length;
    if (ACTIONS.test(rest)) return at;
  }
  return -1;
}

/**
 * A title that tells what the assigner directed, the action right after its verb and no addressee: "UBND tỉnh chỉ
 * đạo tham mưu giải quyết đề nghị của Công ty …" (not "UBND tỉnh giao Ban … thông báo …").
 */
function headlineDirection(f: string): boolean {
  const verb = /^(?:chu tich\s+)?(?:ubnd|uy ban nhan dan)(?:\s+tinh)?\s+(?:chi dao|yeu cau)\s+/.exec(f);
  return verb !== null && ACTIONS.test(f.slice(verb[0].length));
}

/** Some part of what follows the assigner, between commas, starts with an action. */
function actsLater(f: string): boolean {
  return f.split(',').some((part) => ACTIONS.test(part.trim()));
}

function nameOf(departments: readonly DepartmentRef[], id: number): string {
  return departments.find((d) => d.id === id)?.name ?? '';
}

/** Leading quotes and the enumeration mark. */
function stripMark(f: string): string {
  return f
    .replace(/^[\s“"‘«]+/, '')
    .replace(
      /^\s*(?:(?:\(?\d{1,2}[.)]|\(?[a-z]\)|[-+*•]|(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi) la[,:]?|thu (?:nhat|hai|ba|tu|nam|sau|bay)[,:]?(?:\s+la[,:]?)?)\s+|\d{1,2}\.(?=[a-z]))/,
      '',
    );
}

/**
 * The words that join a sentence to the one before ("Đồng thời, …", "Bên cạnh đó, …", "Tương tự, …"), folded; whole words, "Theo dõi …"
 * and "Từ đó …" being no "Theo đó" once folded. "Tiếp đến, / Tiếp theo, …" only with the comma and not before who
 * spoke next at a meeting ("Tiếp theo, Giám đốc Sở X báo cáo …"). "Trong đó, thực hiện tốt một số nhiệm vụ trước mắt
 * như …" leads to the first of the tasks listed.
 */
const JOINING_WORDS =
  /^(?:dong thoi|ben canh do|cung (?:voi )?do|song song (?:voi )?do|ngoai ra|tuong tu|cu the|(?:cung )?theo do|mat khac|tren co so do|tu do|do vay|do do|vi vay|vi the|ve phia|truoc mat)(?![a-z0-9])\s*,\s*|^tiep (?:den|theo)\s*,\s*(?!\s*(?:pho\s+)?(?:giam doc|lanh dao|dai dien|ong|ba|dong chi)\b)|^(?:dong thoi|ben canh do|cung (?:voi )?do|song song (?:voi )?do|ngoai ra|cu the|(?:cung )?theo do|mat khac|tren co so do|tu do|do vay|do do|vi vay|vi the|cho nen|nen|ve phia|truoc mat)(?![a-z0-9])\s*|^(?:trong do\s*,?\s*(?:(?:tap trung|uu tien)\s+)?(?:thuc hien tot\s+)?|(?:tap trung|uu tien)\s+(?:thuc hien tot\s+)?|thuc hien tot\s+)(?:mot so|cac|nhung)\s+(?:nhiem vu|cong viec|viec)(?:\s+(?:truoc mat|trong tam|trong diem|chu yeu|cu the|cap bach))?\s+nhu\s*:?\s*(?=[a-z])/;

/** The committee's office, or its chief, as the subject (folded): "(Phó) Chánh Văn phòng UBND tỉnh …". */
const THE_OFFICE = String.raw`(?:(?:pho\s+)?chanh\s+)?van phong (?:ubnd|uy ban nhan dan)\b`;
/** The office passing on a leader's words that give work, up to the assigner's verb (see stripLead). */
const OFFICE_PASSES_ON = new RegExp(
  String.raw`^${THE_OFFICE}[^,;.:]{0,80}?\b(?:truyen dat|thong bao) y kien(?: chi dao| ket luan)?(?: cua (?:(?!\bve viec\b)[^,;.:]){1,80}?)?\s+(?<!\bda\s)(?=(?:giao|yeu cau)\s)`,
);
/** The office forwarding a matter to the unit whose work it is, up to that unit (see stripLead). */
const OFFICE_FORWARDS = new RegExp(
  String.raw`^${THE_OFFICE}[^,;.:]{0,40}?\s(?:(?:da|vua|xin)\s+)?chuyen\s+(?:[^;.]{0,160}?\s)?(?:den|toi|cho)\s+(?=(?:so|ubnd|uy ban|cong an|ban|thanh tra|cuc|chi cuc|trung tam|kho bac|bao hiem)\s[^;.]{2,120}?\sde\s(?!biet\s*(?:[.;]|$)))`,
);
/** A matter the office forwards for information only: "… chuyển hồ sơ đến Sở Tư pháp để biết." */
const FORWARDED_FOR_INFORMATION = new RegExp(String.raw`^${THE_OFFICE}[^.;]*\bchuyen\b[^.;]*\bde biet\s*[.;]?\s*$`);

/**
 * The silence of those asked read as their assent (folded action): "không có văn bản … được hiểu là nhất trí …", "không
 * gửi ý kiến … được coi là đồng ý …".
 */
const SILENCE_READ_AS_ASSENT =
  /^(?:(?:thi|ma)\s+)?khong\s+(?:co|gui|tham gia|phan hoi|tra loi|gop y)\b[^.;]*\b(?:duoc\s+)?(?:hieu|coi|xem)\s+(?:la|nhu)\s+(?:da\s+)?(?:nhat tri|dong y|thong nhat|tan thanh|chap thuan|khong co y kien)\b/;

/** Leading connectors and enumeration marks that say nothing about the directive. */
/**
 * The chair named with the board he heads and his name, up to his words (folded): see stripLead. "… đã chỉ đạo" goes
 * with them, the units directed then opening the work.
 */
const CHAIR_WITH_BOARD =
  /^(?:pho\s+)?chu tich\s+(?:ubnd|uy ban nhan dan)\s+(?:tinh|thanh pho|tp|huyen)(?:\s+[a-z]+){0,3}\s*,\s*(?:pho\s+)?truong ban chi (?:huy|dao)\b[^,;.]{0,100}?\s(?:da\s+|cung\s+|vua\s+)?(?:chi dao\s+|(?=(?:yeu cau|de nghi|giao)\s))/;

/**
 * A leader named by name (with the posts after it), after the occasion of the words, before the assigner's verb
 * (folded): "(Phát biểu kết luận phiên họp,) đồng chí Hoàng Quốc Khánh(, Chủ tịch UBND tỉnh) yêu cầu …"; the verb kept.
 */
const LEADER_BY_NAME_ASKS =
  /^(?:(?:phat bieu\s+)?ket luan(?:\s+(?:phien hop|hoi nghi|buoi lam viec|cuoc hop|buoi kiem tra))?(?:\s+[a-z]+){0,3}\s*,\s*)?(?:dong chi|ong|ba)(?:\s+(?!(?:yeu cau|de nghi|giao|chi dao)\b)[a-z]+){2,4}?(?:\s*,\s*[^,;:.]{2,80}?){0,3}\s+(?=(?:yeu cau|giao)\s)/;

/** A news paper's tag before an item's first sentence (folded): "(tbtco) - ", "thiennhien.net – ". */
const NEWS_TAG = /^(?:\([a-z]{2,8}\)|\(?[a-z0-9]+(?:\.[a-z]{2,4})+\)?)\s*[-–]\s*(?=[a-z])/;

/** See stripLeadOf; the same clause's lead is stripped many times over while its text is read. */
const stripLead = remembered(stripLeadOf, 4096);

function stripLeadOf(f: string): string {
  const stripped = stripMark(f)
    // "ThienNhien.Net – Sở X …", "(GLO)- UBND tỉnh …": the news site's tag before its first sentence, and the quote
    // mark that may open the words it quotes ("(PLVN) - “Các Sở, ngành … phải …").
    .replace(NEWS_TAG, '')
    .replace(/^[\s“"‘«]+/, '')
    .replace(/^dieu \d+\s*[.:]\s*/, '')
    .replace(JOINING_WORDS, '')
    // "Đồng thời, quá trình thực hiện chủ động tăng cường công tác kiểm tra …": while the work goes on, more of it.
    .replace(
      /^(?:trong\s+)?qua trinh (?:thuc hien|trien khai)\s*,?\s+(?=(?:chu dong|tang cuong|kip thoi|thuong xuyen|tiep tuc)\b)/,
      '',
    )
    // "Ngoài ra, chỉ đạo Sở Tài chính xem xét …": the chair's direction to a department, which no department gives
    // another; the department is the subject of its work.
    // Not "Chỉ đạo Sở Y tế, Phó Chủ tịch UBND tỉnh … yêu cầu …", a news item naming the unit before the leader's words.
    .replace(
      /^chi dao\s+(?:cho\s+)?(?=(?:so|cong an tinh|thanh tra tinh|ban dan toc tinh|cuc thue tinh)\s)(?![^.;]*,\s*(?:dong chi\s+)?(?:pho\s+)?chu tich\b)/,
      '',
    )
    // "Chủ tịch UBND tỉnh, Trưởng Ban Chỉ huy PCTT và TKCN tỉnh Thái Bình Đặng Trọng Thăng đã chỉ đạo …": the chair with
    // the board he heads and his name, before his words.
    .replace(CHAIR_WITH_BOARD, '')
    // "Phát biểu kết luận phiên họp, đồng chí Hoàng Quốc Khánh yêu cầu …": the leader, by name, before the words that
    // give the work.
    .replace(LEADER_BY_NAME_ASKS, '')
    // "2. Đồng chí Nguyễn Anh Tuấn – Giám đốc Sở Xây dựng chịu trách nhiệm …": the head by name before the post that
    // names the unit.
    .replace(
      /^(?:dong chi|ong|ba)\s+(?:[a-z]+\s+){1,4}?[-–]\s*(?=(?:pho\s+)?(?:giam doc|chanh van phong|chanh thanh tra|truong ban|cuc truong|chi cuc truong|chu tich|thu truong)\s)/,
      '',
    )
    // "Giao Sở Tài chính chủ trì thẩm định. Đồng thời, Sở cũng có trách nhiệm thông báo …": the department just named,
    // by its kind alone ("Sở"), goes on with its work (not "Số …", the number, which folds alike).
    .replace(
      /^so\s+(?:nay\s+)?(?:cung\s+)?(?:co trach nhiem\s+(?=[a-z])|(?=(?:phai|can|chu dong|tiep tuc|tham muu|chu tri|khan truong)\b))/,
      '',
    )
    // "Đồng thời, có trách nhiệm báo cáo …": the duty, with no subject, is more work of the unit before (not "… có trách
    // nhiệm giải trình khi được yêu cầu", accountability after a sanction).
    .replace(/^(?:cung\s+)?co trach nhiem\s+(?!giai trinh\b)(?=[a-z])/, '')
    // "Đặc biệt, Chi nhánh Bến Cát phải …", "Đặc biệt các xã tiếp tục …": the stress on what follows.
    .replace(/^dac biet\s*,\s*|^dac biet\s+(?=cac\s)/, '')
    // "Công văn nêu rõ, Sở Y tế chủ trì …", "Liên quan đến nhiệm vụ trên, Công an tỉnh chỉ đạo …": the document that
    // says it or the matter it concerns, then the units and their work.
    .replace(
      /^(?:(?:cong van|cong dien|thong bao|van ban|chi thi|ket luan)(?: (?:nay|tren))?(?: cung)? (?:neu ro|nhan manh|chi ro)|lien quan (?:den|toi) (?:nhiem vu|noi dung|van de|viec) (?:tren|nay|nay))\s*,\s*(?=[a-z])/,
      '',
    )
    // "Văn phòng UBND thành phố vừa có văn bản truyền đạt ý kiến chỉ đạo của Phó Chủ tịch UBND thành phố giao Sở Xây
    // dựng …": the office passing on the leader's words, then the assignment.
    .replace(OFFICE_PASSES_ON, '')
    // "(Ngày 10.11,) Văn phòng UBND tỉnh Bình Định cho biết Chủ tịch UBND tỉnh này đã yêu cầu …": who told the news of
    // the leader's words, then the words.
    .replace(TOLD_LEADER_ASKS, '')
    // "Văn phòng UBND tỉnh chuyển nội dung nêu trên đến Sở Xây dựng để nghiên cứu, xử lý theo thẩm quyền": the office
    // forwarding a matter to the unit whose work it is.
    .replace(OFFICE_FORWARDS, '')
    // "Lãnh đạo tỉnh đồng ý chủ trương cho Sở Kế hoạch và Đầu tư chủ trì, phối hợp …": the agreement that gives the unit
    // the lead of its work (not "Đồng ý chủ trương cho Sở X xây dựng Đề án …", an approval the assignment then follows).
    .replace(
      /^(?:(?:lanh dao tinh|ubnd tinh|uy ban nhan dan tinh|(?:pho\s+)?chu tich ubnd tinh|tinh)\s+)?(?:thong nhat|dong y)\s+(?:chu truong\s+)?(?:cho|de)\s+(?=(?:so|ubnd|uy ban|cong an|ban|thanh tra)\s(?:(?!,\s*(?:so|ubnd|uy ban|cong an|ban)\s|\bdo\s)[^;.]){0,80}?\bchu tri\b)/,
      '',
    )
    // "…; riêng Sở Công Thương tham mưu …": the unit singled out, then its own work.
    .replace(/^rieng\s+(?=(?:so|cong an|thanh tra|van phong|ban dan toc|cuc thue)\s)/, '')
    // "- Là cơ quan thường trực, chủ trì …" under a unit's heading: the unit's role, then its work.
    // "Làm chủ đầu tư, tiến hành thuê tư vấn …": the same, as the investor; "Công an tỉnh là lực lượng nòng cốt, chủ trì
    // …": as the force the work rests on.
    .replace(
      /^(?:(?:la (?:co quan|don vi) (?:thuong truc|dau moi|chu tri)|(?:lam|la) chu dau tu)\b[^,;:]*|la luc luong (?:nong cot|chu luc|chu yeu)\s*),\s*(?=[a-z])/,
      '',
    )
    // "Từ 7 giờ ngày 21/7, nghiêm cấm tàu, thuyền ra khơi": the hour an order holds from, then the order.
    .replace(
      /^tu\s+\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}\s*(?:phut|')?)?\s*,?\s+(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*,\s*(?=[a-z])/,
      '',
    )
    // "Từ ngày 02/02/2019 đến hết ngày 10/02/2019 (tức …), các Đơn vị cử người luân phiên trực …": the period of the work;
    // "Trong thời gian từ đầu tháng 1/2013 tới ngày 15/3/2013, Công an tỉnh bố trí …" likewise.
    .replace(
      new RegExp(
        String.raw`^(?:(?:trong\s+)?(?:khoang\s+)?thoi gian\s+)?tu (?:ngay \d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|(?:dau |giua |cuoi )?thang \d{1,2}(?:\s*[/.-]\s*\d{4})?) (?:den|toi)(?: het)?(?: ngay)? \d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?(?:\s*\([^)]{0,120}\))?(?:\s*,\s*(?=[a-z])|\s+(?=(?:cac\s+)?(?:so|ubnd|uy ban|cong an|thanh tra|van phong|ban)\s)${TOLD_AFTER})`,
      ),
      '',
    )
    // "Trước ngày 25-10, UBND các huyện … phải báo cáo …", "Trước 15 giờ ngày 3/7/2019, các địa phương hoàn thành …":
    // the deadline set before the units and their work.
    // "Yêu cầu trước ngày 30/5/2016 Sở Nội vụ phải …": the same without the comma, the unit right after the date.
    .replace(
      new RegExp(
        String.raw`^(?:truoc|cham nhat|muon nhat)(?: la)?(?: \d{1,2}\s*(?:gio|h)\s*(?:\d{2}(?:\s*phut)?)?)? ngay \d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?(?:\s*,\s*(?=[a-z])|\s+(?=(?:cac\s+)?(?:so|ubnd|uy ban|cong an|thanh tra|van phong|ban)\s)${TOLD_AFTER})`,
      ),
      '',
    )
    // "(Chậm nhất) đến hết ngày 15/3/2024, UBND các huyện … phải hoàn thành …", "Từ nay đến (trước) ngày …, …": the
    // same, when the units must have the work done by then ("Đến hết ngày 15/3, toàn tỉnh đã giải ngân …" tells a result).
    .replace(
      new RegExp(
        String.raw`^(?:cham nhat\s+)?(?:tu nay\s+)?den(?: het| truoc)?(?: ngay)? \d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?(?:\s*,\s*|\s+(?=(?:cac\s+)?(?:so|ubnd|uy ban|cong an|thanh tra|van phong|ban)\s))(?=[a-z][^.;]*\b(?:phai|hoan thanh|hoan tat|xong)\b)${TOLD_AFTER}`,
      ),
      '',
    )
    // "Theo bà Phan Thị Thu Sương - Phó Giám đốc Sở …, UBND các huyện, thành phố cần …", "Theo Chủ tịch UBND tỉnh Lê
    // Trí Thanh, các cơ quan …", "Theo ông …, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh …, …": who said it, in a news item.
    .replace(
      /^theo\s+(?:(?:ong|ba|dong chi)\s+[^,;:]{2,60}?(?:\s*(?:,|-|–)\s*(?:pho\s+)?(?:giam doc|chu tich|truong|bi thu|chanh van phong|thu truong)\b[^,;:]{0,120}){0,3}|(?:pho\s+)?chu tich\s+(?:ubnd|uy ban nhan dan)\s+(?:tinh|thanh pho|tp)\b[^,;:]{0,60}?)\s*,\s*(?=[a-z])/,
      '',
    )
    // "Trong thời hạn 07 ngày làm việc (kể từ ngày nhận được văn bản), Sở Tư pháp thẩm định …", "Định kỳ trước ngày 20
    // hằng tháng, các sở, ngành báo cáo …": the time the units are given, before them; "(Theo đó,) từ ngày 1-10-2019, các cơ
    // quan … thực hiện …", the day a class of units (or one with a date) holds to the work from (not a rule for others,
    // "…, các cửa hàng kinh doanh xăng dầu phải …", nor what a unit told since, "…, đến nay đã …", nor news of what a unit
    // holds on a day: "Từ ngày 20/9/2024, Sở Công Thương tổ chức Hội chợ …").
    // "(Ngay) khi nhận được văn bản này, Sở Y tế triển khai …": the moment the dispatch's orders start from.
    .replace(
      /^(?:ngay\s+)?(?:khi|sau khi) nhan duoc (?:van ban|cong van|cong dien|ke hoach|chi thi|thong bao|ket luan)(?: nay)?\s*,\s*(?=[a-z])/,
      '',
    )
    // "Trước ngày 15/12 hằng năm, …", "Định kỳ vào thứ Hai hằng tuần, …", "Trong quá trình thực hiện, Sở Tài chính …".
    .replace(
      new RegExp(
        String.raw`^(?:trong\s+(?:thoi han\s+|thoi gian\s+|vong\s+)?\d{1,2}\s+ngay(?:\s+lam viec)?(?:\s*,?\s*(?:ke tu|tinh tu|sau khi)\s[^,;.]{0,80})?|(?:dinh ky\s+)?(?:truoc|vao)\s+ngay\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2})?\s+(?:hang|moi)\s+(?:thang|quy|nam)|(?:dinh ky\s+)?(?:truoc|vao)\s+(?:(?:sang|chieu)\s+)?(?:thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)\s+(?:hang|moi)\s+tuan|(?:truoc|trong|cham nhat)(?:\s+\d{1,2}\s*(?:gio|h)(?:\s*\d{2})?)?(?:\s+(?:sang|chieu|toi))?\s+ngay mai|trong qua trinh (?:thuc hien|trien khai(?: thuc hien)?)(?=\s*,\s*(?:cac\s+)?(?:so|ubnd|uy ban|cong an|ban|thanh tra|van phong)\s)|(?:den\s+)?cuoi\s+nam(?:\s+\d{4})?(?=\s*,[^.;]*\b(?:phai|hoan thanh|hoan tat|xong)\b)|${FROM_A_DAY_ON}|${FROM_DAY_OPENING}(?![^.]*\b(?:da|vua|den nay)\s)(?=\s*,\s*(?:(?:chu tich\s+)?(?:ubnd|uy ban nhan dan)\s+)?(?:cac|tat ca|moi|toan bo)\s+(?:so|ban|nganh|co quan|don vi|dia phuong|huyen|xa|phuong|thi xa|quan|phong|chu dau tu)\b|[^.]*\b(?:truoc ngay|cham nhat)\b))\s*,\s*(?=[a-z])${TOLD_AFTER}`,
      ),
      '',
    )
    // "Định kỳ hằng quý (hoặc đột xuất) tổng hợp …", "Định kỳ hằng tuần, hằng tháng, UBND các huyện …", "Hằng ngày,
    // …", "Định kỳ 6 tháng, hằng năm hoặc đột xuất báo cáo …", "Định kỳ, các sở …": the recurrence of the work that
    // follows, with its day ("Hằng tháng, chậm nhất ngày 05 tháng sau, các chủ đầu tư …").
    .replace(
      /^(?:(?:dinh ky\s+)?(?:hang|moi)\s+(?:ngay|tuan|thang|quy|nam)|dinh ky\s+(?:6|sau)\s+thang(?=\s*(?:,|va))|dinh ky(?=\s*,))(?:\s*(?:,|va)\s*(?:(?:hang|moi)\s+)?(?:tuan|thang(?!\s+\d)|quy|nam(?!\s+\d)|(?:6|sau)\s+thang(?!\s+(?:dau|cuoi)))\b)*(?:\s+(?:hoac|va)\s+(?:dot xuat|khi co yeu cau))?(?:\s*,?\s*(?:truoc|vao|cham nhat(?: la| vao)?)\s+ngay\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2})?(?:\s+(?:cua\s+)?(?:thang\s+(?:dau|cuoi|\d{1,2})(?:\s+(?:cua\s+)?(?:quy|nam))?|thang|quy|nam)(?:\s+(?:sau|tiep theo|ke tiep|toi))?)?(?:\s+nam\s+sau)?(?=\s*,))?\s*,?\s*(?=[a-z])/,
      '',
    )
    // "Trong thời gian tới, …", also with its comma left out before the units ("Trong thời gian tới các cấp, các ngành
    // tiếp tục …").
    .replace(/^(?:9 thang cuoi nam|thoi gian toi|trong thoi gian toi|tu nay den cuoi nam)(?:\s*,\s*|\s+(?=cac\s))/, '')
    // "(Ngay) sau kỳ nghỉ Tết, tổ chức kiểm tra …", "Bắt tay vào công việc sau dịp nghỉ Tết, tập trung …": when the
    // work is to start, before it.
    .replace(TIME_TO_START, '')
    // "Trong quý I/2024, Sở Tài chính chủ trì …", "Năm 2024, …", "6 tháng cuối năm, …": the period the work falls in
    // (see OPENING_PERIOD), before its units.
    .replace(OPENING_PERIOD, '')
    .trim();
  // "Căn cứ chức năng, nhiệm vụ được giao, phối hợp …" under a unit's heading: the unit's remit, then its work.
  // "Theo chức năng, nhiệm vụ (được giao), Sở X chủ trì …": the remit, then the units whose work follows.
  const remit = REMIT_OPENING.exec(stripped);
  if (remit && !ACTIONS.test(stripped.slice(remit[0].length))) return stripped.slice(remit[0].length);
  const action = REMIT.test(stripped) ? firstActionIn(stripped) : -1;
  return action > 0 ? stripped.slice(action) : stripped;
}

/**
 * The lines of the text, a line broken inside a sentence joined to the next: a page that keeps the line breaks of a
 * printed document ("Giám đốc Sở Thông tin và Truyền thông phối hợp với các sở,\nban, ngành có liên quan tổ chức
 * …") goes on, in a line that starts with a small letter, with the sentence the line before left open.
 */
/**
 * A line that a printed page broke inside a sentence, whatever the next line begins with: after a word that never
 * ends a sentence ("… tại Công văn số⏎12818/UBND-CN …", "… phối hợp với⏎Sở Y tế …"), or after a level whose place's
 * name opens the next line ("… UBND huyện⏎Quảng Xương tập trung …"). Not a heading or a headline that ends with its
 * province ("… trên địa bàn tỉnh⏎Sở Y tế chủ trì …").
 */
const OPEN_LINE_END =
  /(?:,|(?<![\p{L}\p{M}])(?:và|của|các|với|cho|tại|về|theo|trong|trên|đến|từ|để|được|giao|yêu cầu|đề nghị))$/u;
const NUMBER_LINE_END = /(?<![\p{L}\p{M}])(?:số|ngày)$/u;
const LEVEL_LINE_END =
  /(?<![\p{L}\p{M}])(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:huyện|xã|phường|thị xã|thành phố|tỉnh)$/u;

/**
 * A name or an abbreviation in capitals that goes on a sentence a legal database wrapped before it: "… mua và sử dụng
 * vắc xin phòng⏎COVID-19, …", "… chịu trách nhiệm thi hành⏎Quyết định này.", "… triển khai thực hiện⏎Kế hoạch này …".
 */
const CAPITALISED_CONTINUATION =
  /^(?:\p{Lu}{2,}(?=[\s\-\d,.;:)])|(?:Quyết định|Kế hoạch|Chỉ thị|Nghị quyết|Thông báo|Công văn|Nghị định|Thông tư|Luật|Chính phủ|Thủ tướng|Nhà nước|Nhân dân|Trung ương|Đảng|Ủy ban|Uỷ ban|Tỉnh ủy|Hội đồng)(?=\s))/u;

function wrappedLine(previous: string, next: string, first: boolean): boolean {
  if (/^\p{Ll}/u.test(next)) return true;
  const before = previous.trimEnd();
  if (before.trim().length < 20) return false;
  if (NUMBER_LINE_END.test(before)) return /^\d/.test(next);
  if (LEVEL_LINE_END.test(before)) return PROVINCE_AFTER_UNIT.test(next);
  // A full line that stops inside its sentence, on a word in small letters, before a name in capitals: wrapped (not a
  // news headline over its text, a heading in capitals, nor "Về …", "Đối với …", the matter of what follows).
  if (
    !first &&
    before.trim().length >= 60 &&
    /\p{Ll}$/u.test(before) &&
    !/^\s*(?:Về|Đối với)\s/u.test(before) &&
    before !== before.toUpperCase() &&
    next !== next.toUpperCase() &&
    CAPITALISED_CONTINUATION.test(next)
  )
    return true;
  return OPEN_LINE_END.test(before) && /^[\p{Lu}\d]/u.test(next);
}

function linesOf(text: string): Array<{ index: number; body: string }> {
  const out: Array<{ index: number; body: string }> = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.index + prev.body.length + 1 === m.index &&
      prev.body.trim() &&
      !/[.;:…!?)"”]\s*$/.test(prev.body) &&
      !ENUMERATION.test(m[0]) &&
      wrappedLine(prev.body, m[0], out.length === 1)
    ) {
      prev.body = text.slice(prev.index, m.index + m[0].length);
      continue;
    }
    out.push({ index: m.index, body: m[0] });
  }
  return out;
}

/**
 * The kind and rank of an enumeration mark that counts ("2." and "(2)" are the second of their kinds, "b)" the second
 * letter), or undefined for a dash or a bullet.
 */
function ordinalMark(mark: string): { kind: string; rank: number } | undefined {
  const m = mark.trim();
  const number = /^(\(?)(\d{1,2})([.)-]?)$/.exec(m);
  if (number) return { kind: `${number[1]}N${number[3]}`, rank: Number(number[2]) };
  const letter = /^(\(?)([a-zđ])\)$/iu.exec(m);
  if (letter)
    return { kind: `${letter[1]}a)`, rank: 'abcdđefghijklmnopqrstuvwxyz'.indexOf(letter[2].toLowerCase()) + 1 };
  return undefined;
}

/** The time a news item was posted, on a line of its own: "14/09/2025 - 15:51", "14/09/2025 15:51", "Thứ hai, 14/09/2025". */
const POSTED_AT =
  /^\s*(?:(?:Thứ\s+\S+|Chủ nhật)\s*,?\s*)?\d{1,2}\/\d{1,2}\/\d{4}(?:\s*[-–|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$/u;

/** A case, then what must be done in it (folded): "đối với các lễ hội đã khai mạc phải …", "riêng đối với … cần …". */
const CASE_THEN_DUTY = /^(?:rieng\s+)?doi voi\s[^;]{2,120}?\s(?:can phai|phai|can)\s+/;

/** Key tasks named as such (as written): "nhiệm vụ trọng tâm", "nội dung chủ yếu", "công việc trọng điểm". */
const KEY_TASKS = String.raw`(?:nhiệm vụ|nội dung|công việc)\s+(?:trọng tâm|chủ yếu|trọng điểm)`;
/** … set out by the leader or the meeting (as written): "đặt ra các nhiệm vụ trọng tâm", "kết luận một số nhiệm vụ …". */
const KEY_TASKS_SET_OUT = String.raw`(?:đặt ra|đề ra|nêu ra|xác định|kết luận|chỉ ra)\s+(?:(?:các|những|một số)\s+)?${KEY_TASKS}`;
/**
 * The key tasks set out before the period they are for (as written): "… đặt ra các nhiệm vụ trọng tâm trong tháng 6 …"
 * (not "… là những nhiệm vụ trọng tâm trong tháng 8 …", the work told before it, see WORK_NAMED_LAST).
 */
const KEY_TASKS_PERIOD = new RegExp(
  String.raw`(?<![\p{L}\p{M}])${KEY_TASKS_SET_OUT}\s+(?=(?:trong|đến|từ nay)\s)`,
  'iu',
);
/** The same words opening a draft's title, before the work they name (see cleanTitle). */
const KEY_TASKS_SET_OUT_BEFORE_WORK = new RegExp(
  String.raw`^(?:cũng\s+)?${KEY_TASKS_SET_OUT}\s*,?\s*(?:trong đó\s*,?\s*)?(?=\p{L})`,
  'iu',
);
/** The day a sentence opens with, telling when something happened (folded): "Ngày 02/06/2024 ", "Sáng 8/3, ". */
const TOLD_DAY = /^(?:(?:sang|chieu|toi|trua)\s+)?(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*,?\s*/;
/** A field of work named as the work itself (folded): "công tác quản lý …", "các nhiệm vụ thực hiện theo kế hoạch …". */
const FIELD_OF_WORK = /^(?:cong tac|(?:cac\s+)?nhiem vu)\s/;
/**
 * The key tasks a leader concludes, listed after "bao gồm" / "gồm": "… kết luận một số nhiệm vụ trọng tâm thực hiện cuối
 * tháng 3 và trong tháng 4/2022, bao gồm" (the words before the colon).
 */
const KEY_TASKS_LISTED = new RegExp(
  String.raw`${KEY_TASKS}(?:\s+(?:cần\s+)?(?:thực hiện|triển khai))?[^:;.]{0,80}?(?:bao gồm|gồm có|gồm)\s*$`,
  'iu',
);
/**
 * The items of a list named by the period they are for: "… (một số) nội dung trọng tâm tháng 8/2019 như sau:", "… kết luận
 * một số nhiệm vụ trọng tâm thực hiện cuối tháng 3 và trong tháng 4/2022, bao gồm:" (group 1: the period as written); not
 * the results of a month gone through ("Kết quả thực hiện nhiệm vụ tháng 3 như sau:").
 */
const ITEMS_OF_PERIOD =
  /(?<!kết quả(?:\s+thực hiện)?(?:\s+(?:các|những))?\s+)(?:nội dung|nhiệm vụ|công việc)(?:\s+(?:trọng tâm|chủ yếu|cụ thể|trọng điểm))?(?:\s+(?:cần\s+)?(?:thực hiện|triển khai))?\s+(?:trong\s+)?((?:(?:cuối|đầu)\s+)?(?:tháng|quý)\s+[\dIVX]+(?:\s*[/-]\s*\d{4}|\s+năm\s+\d{4})?(?:\s+và\s+(?:trong\s+)?(?:tháng|quý)\s+[\dIVX]+(?:\s*[/-]\s*\d{4}|\s+năm\s+\d{4})?)?)\s*,?\s+(?:như sau|sau(?:\s+đây)?|bao gồm|gồm(?:\s+có)?)\s*:\s*$/iu;

/** Who tells the news of the leader's words, before them (folded): "… Văn phòng UBND tỉnh … cho biết (,) Chủ tịch …". */
const TOLD_LEADER_ASKS =
  /^(?:ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*,\s*)?[^,;.:]{2,120}?\scho biet\s*,?\s+(?=(?:(?:pho\s+)?chu tich|ubnd tinh|uy ban nhan dan tinh|lanh dao tinh)\b[^.;]{0,60}?\b(?:(?:da|vua)\s+)?(?:yeu cau|giao|chi dao|de nghi)\b)/;

/** Who chaired a meeting (folded): "… chủ trì cuộc họp (Ban chỉ đạo …)", "… chủ trì hội nghị". */
const MEETING_CHAIRED = /\bchu tri\s+(?:cuoc hop|hoi nghi|buoi lam viec|phien hop|buoi hop|buoi tiep|hop)\b/;

/** Further places named after the first, each capitalised, before the work (as written): ", Phước An, Long Thành". */
const MORE_PLACES =
  /^(?:\s*,\s*(?:và\s+)?(?!(?:TP|TX|UBND|Ủy|Uỷ|Sở|Ban|Công|Chi|Phòng|Trung|Cục|Văn|Đài|Báo|Hội|Liên|Quận|Huyện|Thị|Thành|Xã|Phường|Các|Tổ|Đội|Bộ|Kho|Ngân|Bảo|Điện|Viện|Bệnh|Trường)(?![\p{L}\p{M}]))\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})+(?=\s+\p{Ll})/u;

/** Only the document a direction was given in, with its number, day and matter (folded): "tại Công văn số … về …". */
const DIRECTION_CITED_ONLY =
  /^tai\s+(?:cong van|van ban|thong bao|ket luan|cong dien|chi thi|quyet dinh|ke hoach)(?:\s+so\s+\S+)?(?:\s+ngay\s+[\d/.-]+)?(?:\s+(?:ve|cua)\s[^;]*)?(?:\s*,?\s*(?:duoc\s+)?ban hanh\b[^;]*)?\s*[.;]?\s*$/;

/** What the members or delegates proposed, told (folded): "các thành viên Ban chỉ đạo cũng đề xuất …". */
const MEMBERS_PROPOSED =
  /\b(?:cac\s+)?(?:thanh vien|dai bieu)\b[^;.]{0,60}?\s(?:cung|deu|da)\s+(?:da\s+)?(?:de xuat|kien nghi|gop y|neu)\b/;

/** Sentences with their paragraph, enumeration mark and preamble flag. */
function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  /** Reading the items under a plan's "Mục đích" / "Mục tiêu" heading, up to the next numbered heading. */
  let aims = false;
  let aimsUnderRoman = false;
  /** The level of the account's heading being read (0 a Roman or capitalised one, else its number's depth), or null. */
  let toldLevel: number | null = null;
  /** The line before told what was achieved or done and opens a list: its items are told too. */
  let accountList = false;
  const lines = linesOf(text);
  for (const [n, line] of lines.entries()) {
    const lineStart = line.index;
    // "Chủ tịch UBND xã Thái Hoà kiểm tra tình hình sạt lở … ⏎ 14/09/2025 - 15:51": a news item's headline, over the time
    // it was posted.
    if (paragraph === 0 && POSTED_AT.test(lines.slice(n + 1).find((l) => l.body.trim())?.body ?? '')) continue;
    // "… Ngày đăng: 01/03/2023 | 18:38 | Lượt xem: 1215": a news page's posting data after its headline, no text.
    const body = line.body.replace(/\s+(?:Ngày đăng|Ngày cập nhật|Cập nhật lúc|Lượt xem)\s*:.*$/u, '');
    if (!body.trim()) continue;
    paragraph++;
    if (AIMS_HEADING.test(body)) {
      aims = true;
      // Under a Roman heading ("I. MỤC ĐÍCH, YÊU CẦU") its numbered items are aims too, up to the next Roman heading.
      aimsUnderRoman = ROMAN_HEADING.test(body);
      continue;
    }
    const capitalised = body.trim().length > 3 && body === body.toUpperCase() && /\p{Lu}/u.test(body);
    const numbered = /^\s*(\d{1,2}(?:\.\d{1,2})*)[.)]\s/.exec(body);
    const level = ROMAN_HEADING.test(body) || capitalised ? 0 : numbered ? numbered[1].split('.').length : null;
    if (level !== null && toldLevel !== null && level <= toldLevel) toldLevel = null;
    // A heading in capitals may close with a dot: "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO TẠI BUỔI HỌP GIAO BAN QUÝ I-2018.".
    const account = ACCOUNT_HEADING.exec(capitalised ? body.replace(/\.\s*$/, '') : body);
    // Not an item that tells the situation and gives work at once ("1. Tình hình dịch còn phức tạp, yêu cầu …").
    if (
      account &&
      (level !== null || !/[.;]\s*$/.test(body)) &&
      // (Not the work "được giao" nor the "giao ban" meeting the account is of: "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO TẠI
      // BUỔI HỌP GIAO BAN QUÝ I-2018.")
      !/(?<![\p{L}\p{M}])(?<!được\s)(?:giao(?!\s+ban)|yêu cầu|đề nghị)(?![\p{L}\p{M}])/iu.test(body)
    ) {
      toldLevel = level ?? 0;
      continue;
    }
    if (ROMAN_HEADING.test(body) || capitalised) {
      aims = false;
      continue;
    }
    if (numbered && !aimsUnderRoman) aims = false;
    const item = ENUMERATION.test(body);
    const more = text.slice(lineStart + body.length).trim().length > 0;
    // A line with no end mark is a heading, unless the news names it a leader's direction on the next line: "Phấn đấu
    // bàn giao 100% mặt bằng … trước 30/6/2023⏎(binhdinh.gov.vn) - Đó là yêu cầu của Phó Chủ tịch UBND tỉnh …".
    const directionNamed = more && DIRECTION_NAMED_NEXT.test(text.slice(lineStart + line.body.length));
    if (
      !item &&
      more &&
      body.trim().length < 160 &&
      !/[.;:…!?)"”]\s*$/.test(body) &&
      !directionNamed &&
      !amongUnpunctuatedAssignments(body, lines.slice(n + 1).find((l) => l.body.trim())?.body ?? '') &&
      // "Phó Chủ tịch UBND tỉnh … đề nghị các ngành khẩn trương … ⏎⏎ Quang cảnh phiên họp": below the headline, a line
      // giving work by a leader's words is the request as a page lays it out under a photo, not a heading.
      !(paragraph > 1 && ASSIGNING_LINE.test(foldWithOffsets(body.trim()).folded))
    )
      continue;
    // "Người dân … trồng cây xanh gắn với bảo vệ rừng. Ảnh: Văn Nỷ", "… Trong ảnh: …": a photo's caption, no text.
    if (PHOTO_CAPTION.test(body)) continue;
    // "Phòng Truyền thông", "Thanh Sơn", "PV" closing a news item: who wrote it, on its last line after the last sentence.
    if (
      !item &&
      !more &&
      out.length > 0 &&
      /[.!?…]\s*$/.test(text.slice(0, lineStart).trimEnd()) &&
      /^\s*\p{Lu}\S*(?:\s+\S+){0,3}\s*$/u.test(body) &&
      !/[.;:!?…]\s*$/.test(body) &&
      !/\d/.test(body)
    )
      continue;
    // "Năm 2024, ngành Xây dựng đạt nhiều kết quả nổi bật trong các lĩnh vực:" and its items ("- Hoàn thành lập 12 đồ
    // án …"): what was achieved or done, told, up to the first line that is no item.
    const underAccount = item && accountList;
    if (!item) accountList = listsAccount(foldWithOffsets(body).folded);
    // Inline enumerations "… 1. …; 2. …" and preambles ending in ":" followed by text.
    const cuts: number[] = [0];
    const inline = /(?:[;:.]\s+)(?=\(?\d{1,2}[.)]\s+\p{Lu})/gu;
    for (let m = inline.exec(body); m; m = inline.exec(body)) cuts.push(m.index + m[0].length);
    // "… địa chỉ email: abc@…" gives an address, not a list; "… qua số fax: 02613.544279" a number.
    const colon = /:\s+(?=\S)(?![^\s@]+@|https?:|www\.|\+?\d[\d .]{5,}\d(?!\d*[/-]))/g;
    /**
     * Where the words after the colon of a preamble that gives work begin: "… chỉ đạo các cơ sở giáo dục: Thông báo …" is
     * its one item.
     */
    const afterColon = new Set<number>();
    for (let m = colon.exec(body); m; m = colon.exec(body)) {
      // "… làm rõ thông tin: “Hà Nội: Hàng loạt hố cáp quang mất nắp”" quotes a title, it opens no list.
      // Not "Nội dung chỉ đạo nêu rõ: “Các địa phương … cần …”", the direction quoted.
      if (
        /^["“]/.test(body.slice(m.index + m[0].length)) &&
        /(?<![\p{L}\p{M}])(?:thông tin|bài viết|bài báo|bài|tiêu đề|phản ánh|đăng tải)\s*$/iu.test(
          body.slice(0, m.index),
        )
      )
        continue;
      // "… theo tinh thần “6 rõ”: rõ người, rõ việc, …" spells out the quoted watchword, it does not open a list.
      if (/[”"]\s*$/u.test(body.slice(0, m.index))) continue;
      // "Báo Thanh tra … có bài “Hải Dương: Vận động người dân …”": a colon inside a quoted title, in curly or straight
      // quotes ("… bài viết "Gia Lai: Hàng chục trạm cân …"").
      const before = body.slice(0, m.index);
      // A page may open a title with one kind of quote and close it with the other ("Bình Định: … ”).
      if ((before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0)) continue;
      if ((before.match(/["“”]/g)?.length ?? 0) % 2 === 1) continue;
      // "… thực hiện Tiểu dự án 3: Giải phóng mặt bằng …" names the part of a project, it opens no list.
      if (/(?:tiểu dự án|dự án thành phần|gói thầu|hợp phần)\s+(?:số\s+)?[\dIVX]+\s*$/iu.test(body.slice(0, m.index)))
        continue;
      // "… quán triệt phương châm 4 tại chỗ: chỉ huy tại chỗ; lực lượng tại chỗ; …" spells out the watchword named.
      if (/\b(?:phương châm|khẩu hiệu|tinh thần)\s+[^:;.,]{1,40}$/iu.test(body.slice(0, m.index))) continue;
      // "… tham mưu các nội dung, bao gồm: phương án phân bổ vốn; cơ chế hỗ trợ …" lists what the work covers.
      // Not the key tasks a leader concludes ("… kết luận một số nhiệm vụ trọng tâm thực hiện trong tháng 4/2022, bao
      // gồm: công tác quản lý nhà chung cư; …"), each a work of its own (see KEY_TASKS_LISTED).
      if (
        /(?:^|[\s,])(?:bao gồm|gồm có|gồm)\s*$/iu.test(body.slice(0, m.index)) &&
        m.index > 40 &&
        !KEY_TASKS_LISTED.test(body.slice(0, m.index))
      )
        continue;
      // "… hoàn thành các hạng mục: sân khấu, âm thanh, ánh sáng trước ngày 20/4/2025" names the things the work is on
      // (not "… các nội dung: rà soát …; xây dựng …", work listed).
      if (
        /(?<![\p{L}\p{M}])(?:các|những)\s+(?:hạng mục|công trình|mặt hàng|thiết bị|vật tư|sản phẩm)\s*$/iu.test(
          body.slice(0, m.index),
        ) &&
        !ACTIONS.test(foldWithOffsets(body.slice(m.index + m[0].length).toLowerCase()).folded.trimStart())
      )
        continue;
      // "… sau khi loại trừ các khoản: chi lương, …; các khoản chi theo …", "… cho các doanh nghiệp thuộc các trường hợp
      // sau: …" list the cases the work leaves out or covers, no work of their own.
      if (
        /(?<![\p{L}\p{M}])(?:các|những)\s+(?:khoản|trường hợp|đối tượng)(?:\s+(?:sau(?:\s+đây)?|như sau|dưới đây))?\s*$/iu.test(
          body.slice(0, m.index),
        ) &&
        m.index > 40
      )
        continue;
      // "… tại các văn bản số: 2766/UBND-KTTH ngày 29/8/2023; 1034/TB-UBND …" numbers documents, it opens no list.
      if (/\bsố\s*$/iu.test(body.slice(0, m.index)) && /^\d+\/\p{Lu}/u.test(body.slice(m.index + m[0].length)))
        continue;
      // "… tổ chức nhiều hoạt động vui xuân như: Đêm thơ Xuân …; Chương trình văn nghệ …" gives examples of the work's
      // object, it opens no list of work (not "… cụ thể như:", "… như sau:").
      // Not the tasks a preamble lists ("… một số nhiệm vụ, giải pháp trọng tâm, như: Sở Tài chính …; Sở Xây dựng …").
      if (
        /(?<![\p{L}\p{M}])như\s*$/iu.test(body.slice(0, m.index)) &&
        !/(?:cụ thể|chi tiết)\s+như\s*$/iu.test(body.slice(0, m.index)) &&
        !/(?:nhiệm vụ|giải pháp)[^:]{0,40}$/iu.test(body.slice(0, m.index)) &&
        /^\p{Lu}/u.test(body.slice(m.index + m[0].length)) &&
        !/^(?:Sở|UBND|Ủy ban|Uỷ ban|Công an|Ban|Các|Thanh tra|Cục|Văn phòng)\s/u.test(body.slice(m.index + m[0].length))
      )
        continue;
      // "- Chỉnh trang lại khuôn viên nhà văn hóa thôn: Như treo lại khung giấy khen, …" gives examples of the work
      // before the colon, it opens no list.
      if (/^như\s+(?!sau\b)/iu.test(body.slice(m.index + m[0].length))) continue;
      // "… phối hợp với các cơ quan: Sở Tài chính, Sở Tư pháp; …" names the partners, it does not open a list.
      if (
        /(?<![\p{L}\p{M}])phối hợp(?:\s+(?:chặt chẽ\s+)?với)?\s+các\s+(?:cơ quan|đơn vị|sở|ngành|địa phương)(?:\s*,\s*(?:đơn vị|ngành|địa phương))*\s*$/iu.test(
          body.slice(0, m.index),
        )
      )
        continue;
      // "Các sở: Y tế, Công Thương, …", "Các Sở, ngành: Y tế, …" name departments, they do not open a list; nor does
      // "các ngành: Tài nguyên và Môi trường, Công an, …" naming them by their sectors.
      if (/\bcác\s+sở(?:\s*,\s*(?:ban\s*,\s*)?ngành)?\s*$/iu.test(body.slice(0, m.index))) continue;
      if (
        /\bcác\s+ngành\s*$/iu.test(body.slice(0, m.index)) &&
        SECTORS_LISTED.test(
          foldWithOffsets(
            body.slice(m.index + m[0].length, m.index + m[0].length + 80).toLowerCase(),
          ).folded.trimStart(),
        )
      )
        continue;
      // "… thanh tra trực tiếp tại: Sở Xây dựng, …", "…; các TP: Hạ Long, Cẩm Phả …" name the places of the work (not
      // "1. UBND các huyện: Khẩn trương triển khai …", the units' heading before their work).
      if (
        /(?<![\p{L}\p{M}])(?:tại|các\s+(?:TP|thành phố|huyện|thị xã|quận|xã|phường|thị trấn))\s*$/iu.test(
          body.slice(0, m.index),
        ) &&
        !ACTIONS.test(
          foldWithOffsets(
            body.slice(m.index + m[0].length, m.index + m[0].length + 60).toLowerCase(),
          ).folded.trimStart(),
        )
      )
        continue;
      // "Cơ quan chủ trì: Sở Y tế; cơ quan phối hợp: Sở Tài chính; …" gives an activity's fields, read together, as
      // does "… (cơ quan chủ trì: Sở Y tế; …)", "…, cơ quan chủ trì: Sở Y tế" or "… - Cơ quan chủ trì: …" after the work.
      if (
        /(?:(?:^|[;.(])\s*(?:[-+•*–]\s*)?(?:(?:đơn vị|cơ quan)\s+)?|(?:,|\s[-–])\s*(?:đơn vị|cơ quan)\s+)(?:chủ trì|phối hợp|thực hiện)\s*$/iu.test(
          body.slice(0, m.index),
        )
      )
        continue;
      // "…, thời gian hoàn thành: tháng 6/2024", "…; hoàn thành: trước ngày 15/3/2024", "…; thời gian thực hiện:
      // thường xuyên" date the work, they do not open a list.
      if (
        /(?:(?:thời gian|thời hạn|hạn)(?:\s+(?:thực hiện|hoàn thành|báo cáo|gửi báo cáo|chót|cuối))?|hoàn thành(?:\s+xong)?)\s*$/iu.test(
          body.slice(0, m.index),
        ) &&
        /^\s*(?:trước|chậm nhất|trong|ngày|tháng|quý|năm|hết|thường xuyên|liên tục|hằng|hàng|định kỳ|\d)/iu.test(
          body.slice(m.index + 1),
        )
      )
        continue;
      // "… chỉ đạo tại các văn bản: số 500/UBND-NL1 …, số 1011/UBND-XD1 …", "… các Văn bản của UBND tỉnh: Công văn số …"
      // names the documents, it does not open a list.
      if (
        /(?:văn bản|công văn|công điện|chỉ thị|quyết định|kế hoạch|thông báo)(?:\s+(?:của|chỉ đạo của)\s+[^,;:.]{2,40})?\s*$/iu.test(
          body.slice(0, m.index),
        ) &&
        /^(?:(?:công văn|công điện|chỉ thị|quyết định|kế hoạch|thông báo|văn bản)\s+)?số\s*\d/iu.test(
          body.slice(m.index + m[0].length),
        )
      )
        continue;
      // "… tại các huyện: Giao Thuỷ, Xuân Trường, …", "UBND các huyện, thị xã: Tân Yên, …" names the places, it does not
      // open a list.
      if (
        /\bcác\s+(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn|tỉnh|địa phương)(?:\s*(?:,|và)\s*(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn))*\s*$/iu.test(
          body.slice(0, m.index),
        ) &&
        /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}(?:\s*,\s*|\s+và\s+)\p{Lu}/u.test(body.slice(m.index + m[0].length))
      )
        continue;
      // "Giao Sở Công Thương kiểm tra, xử lý các vi phạm như: hàng giả, hàng nhái, …" gives examples, in lower case and
      // no work, of what the work before names (whatever opens the sentence), up to the rest of the work.
      if (
        /(?<![\p{L}\p{M}])(?:như|gồm|là)\s*$/iu.test(body.slice(0, m.index)) &&
        !/(?:cụ thể|chi tiết)\s+như\s*$/iu.test(body.slice(0, m.index)) &&
        !KEY_TASKS_LISTED.test(body.slice(0, m.index)) &&
        /^\p{Ll}/u.test(body.slice(m.index + m[0].length)) &&
        // Not units listed ("Chủ tịch các huyện bị phê bình gồm: huyện Diễn Châu, …").
        !/^(?:các|những|huyện|xã|phường|thị xã|thành phố|sở|ubnd|ủy ban|uỷ ban|ban|công an|ngành)\s/iu.test(
          body.slice(m.index + m[0].length),
        ) &&
        !ACTIONS.test(foldWithOffsets(body.slice(m.index + m[0].length, m.index + m[0].length + 80)).folded)
      )
        continue;
      // "…; xử lý nghiêm các hành vi vi phạm: khai thác vượt công suất, …" spells out what the work before it names: the
      // words after the colon, in lower case, are no work (no action) and the words before it are.
      const spelledOut = body.slice(m.index + m[0].length);
      if (
        /^\p{Ll}/u.test(spelledOut) &&
        !ACTIONS.test(foldWithOffsets(spelledOut.slice(0, 80)).folded) &&
        // "…: các sở, ngành, địa phương phải …", "…: huyện Chợ Mới tập trung …": units after the colon, given work.
        !/^(?:các|những|toàn|huyện|xã|phường|thị xã|thành phố|sở|ubnd|ủy ban|uỷ ban|ban|công an|ngành)\s/iu.test(
          spelledOut,
        ) &&
        !/(?:sau|sau đây|như sau|cụ thể)\s*$/iu.test(body.slice(0, m.index)) &&
        ACTIONS.test(
          foldWithOffsets(
            body
              .slice(0, m.index)
              .split(/[;.]\s+/)
              .pop()!,
          ).folded,
        )
      )
        continue;
      cuts.push(m.index + m[0].length);
      // Only when the units are all the preamble names after the assigner's word, not its work ("giao các sở, ngành
      // theo dõi tình hình: Giá xăng dầu tăng …" spells out the situation).
      const opening = foldWithOffsets(
        body
          .slice(0, m.index)
          .split(/[;.]\s+/)
          .pop()!,
      ).folded;
      const assigner = [...opening.matchAll(new RegExp(ASSIGNER_WORD.source, 'g'))].pop();
      if (
        (assigner && firstActionIn(opening.slice(assigner.index + assigner[0].length)) < 0) ||
        KEY_TASKS_LISTED.test(body.slice(0, m.index))
      )
        afterColon.add(m.index + m[0].length);
    }
    // "…; Giao Trung tâm VHTT-TT: Tiếp tục …": an assignment that opens with a capital after a semicolon is a sentence
    // of its own, so the colon of the next one makes no preamble of the work before it.
    for (const m of body.matchAll(/;\s+(?=(?:Giao|Yêu cầu|Đề nghị)\s)/gu)) cuts.push(m.index + m[0].length);
    // "… trên địa bàn.Các sở Xây dựng, …": a page that lost the space after a full stop (not "Tp.Huế", "TX.Hương Trà",
    // "ThienNhien.Net").
    for (const m of body.matchAll(/(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll})(?!(?:Net|Com|Vn|Org|Gov|Info)\b)/gu))
      if (!/(?:^|[^\p{L}])(?:tp|tx|tt|th|ths|ts)$/iu.test(body.slice(Math.max(0, m.index - 4), m.index)))
        cuts.push(m.index + 1);
    const sentenceEnd = /(?:[.!?]|\.{3}|…)(?:\/\.)?\s+(?=[\p{Lu}“"(\d])/gu;
    for (let m = sentenceEnd.exec(body); m; m = sentenceEnd.exec(body)) {
      const before = body.slice(Math.max(0, m.index - 4), m.index);
      // "… xã Hiệp An, H. Đức Trọng": a level's abbreviation ("TP.", "Tp.", and after a comma "H.", "TX.", "Q.", "P.")
      // before a place's name.
      if (/(?:\bTP|\bTr|\bTS|\bv\.v|\bNĐ|\bQĐ)$/.test(before)) continue;
      // "UBND Tp. Hà Tĩnh", "UBND TX. Kỳ Anh": the city's or the town's abbreviation before a place's name (not "… trên
      // địa bàn Tp. Sở Công Thương …", "… cho UBND TX. Tiếp tục …", a sentence ending with it).
      if (
        /(?:\bTp|(?:UBND|[UỦ]y ban nhân dân)\s+TX)$/u.test(body.slice(Math.max(0, m.index - 20), m.index)) &&
        PLACE_AFTER_ABBREVIATION.test(body.slice(m.index + m[0].length))
      )
        continue;
      // "Công văn số. 125" (not "… trong quá trình chuyển đổi số. Các đơn vị …", the digital economy's word).
      if (/\bsố$/.test(before) && /^\.\s+\d/.test(body.slice(m.index))) continue;
      // Not a person's initial ("ông Nguyễn Văn H. Sở Tư pháp …").
      if (/[,(]\s*(?:TX|H|Q|P)$/u.test(body.slice(Math.max(0, m.index - 6), m.index))) continue;
      if (/^\s*(?:\(?[\dIVX]{1,4}|[a-zđ]|Điều \d+|Mục \d+)$/u.test(body.slice(0, m.index))) continue;
      cuts.push(m.index + m[0].length);
    }
    const sorted = [...new Set(cuts)].sort((a, b) => a - b);
    for (let i = 0; i < sorted.length; i++) {
      const from = sorted[i];
      const to = i + 1 < sorted.length ? sorted[i + 1] : body.length;
      let s = from;
      let e = to;
      while (s < e && /\s/.test(body[s])) s++;
      while (e > s && /\s/.test(body[e - 1])) e--;
      if (e <= s) continue;
      let chunk = body.slice(s, e);
      const mark = ENUMERATION.exec(chunk);
      if (mark && mark[0].length < chunk.length) {
        s += mark[0].length;
        chunk = body.slice(s, e);
      }
      out.push({
        start: lineStart + s,
        end: lineStart + e,
        paragraph,
        item: (i === 0 && item) || mark !== null || afterColon.has(from),
        ordinal: mark ? ordinalMark(mark[0]) : undefined,
        // "…, UBND tỉnh Gia Lai yêu cầu." before the paragraphs of the work: a preamble whose colon is a full stop.
        preamble:
          /:$/.test(chunk) ||
          /(?<![\p{L}\p{M}])(?:UBND|[UỦ]y ban nhân dân|Chủ tịch)(?:\s+[^\s,;.]+){0,6}\s+(?<!\s(?:có|theo|khi|của|để|sự)\s)(?:yêu cầu|đề nghị|chỉ đạo)(?:\s+(?:thực hiện|triển khai)?\s*(?:một số|các)\s+(?:nội dung|nhiệm vụ|việc)(?:\s+(?:sau|sau đây|như sau|cụ thể))?)?\s*\.$/iu.test(
            chunk,
          ) ||
          // "… yêu cầu thủ trưởng các sở, ban, ngành và Chủ tịch UBND các huyện khẩn trương triển khai thực hiện một số
          // nhiệm vụ.", its items in the sentences after it.
          /(?<![\p{L}\p{M}])(?:UBND|[UỦ]y ban nhân dân|Chủ tịch)(?:\s+[^\s,;.]+){0,6}\s+(?<!\s(?:có|theo|khi|của|để|sự)\s)(?:yêu cầu|đề nghị|chỉ đạo)\s[^.;:]{2,200}?\s(?:(?:khẩn trương|tập trung|tiếp tục)\s+)?(?:triển khai|thực hiện|tổ chức)(?:\s+thực hiện)?\s+(?:một số|các|những)\s+(?:nội dung|nhiệm vụ|giải pháp)(?:,?\s+(?:giải pháp|nhiệm vụ))?(?:\s+(?:sau|sau đây|như sau|cụ thể|trọng tâm|chủ yếu))?\s*\.$/iu.test(
            chunk,
          ),
        aim: aims,
        told: toldLevel !== null || underAccount,
      });
    }
  }
  return out;
}

/** A line that tells what was achieved or done and lists it after its colon, with no assigner's word (folded). */
function listsAccount(folded: string): boolean {
  // The line's last sentence opens the list: "Năm 2024, ngành … đạt nhiều kết quả …. Năm 2025, Sở Xây dựng tập trung
  // thực hiện các nhiệm vụ sau:" lists work.
  const opening = folded.split(/[.!?]\s+/).pop() ?? '';
  return (
    /:\s*$/.test(opening) &&
    (resultsOnly(opening) || DONE_ACCOUNT.test(opening)) &&
    !ASSIGNER_WORD.test(opening) &&
    // "Đạt được những kết quả trên, tỉnh tiếp tục thực hiện các nhiệm vụ sau:": the work after the results.
    !/\bket qua\b[^:]*\b(?:tiep tuc|tap trung|can|phai|se)\b/.test(opening)
  );
}

/** The folded words of a clause with its deadlines' words taken out. */
function withoutDeadlines(f: string, deadlines: readonly ParsedDeadline[]): string {
  let rest = f;
  for (const d of deadlines) rest = rest.replace(foldWithOffsets(d.deadlineText).folded, ' ');
  return rest.replace(/\s+/g, ' ').trim();
}

/** The next line names the line before a leader's direction: "⏎(Nguồn) - Đó là chỉ đạo (yêu cầu) của …". */
/** A line that gives work by the assigner's words (folded): "Giao Sở Y tế …", "Phó Chủ tịch UBND tỉnh … đề nghị …". */
const ASSIGNING_LINE =
  /^(?:(?:giao|yeu cau|de nghi)\s+(?:cho\s+)?(?:cac\s+)?(?:so|ubnd|uy ban|ban|cong an|thanh tra|van phong|bo chi huy|chu tich|giam doc|thu truong|nganh|dia phuong|huyen|xa|phuong)\b|(?:(?:pho\s+)?chu tich|giam doc)\b[^,;.]{0,80}?\s(?:yeu cau|de nghi|giao|chi dao)\s+\S)/;
/**
 * "Giao Sở Y tế kiểm tra an toàn thực phẩm dịp Tết ⏎⏎ Giao Sở Công Thương bảo đảm …": assignments a page wrote one a
 * line with no end mark, each a sentence (not a headline that gives work over an article written in sentences).
 */
function amongUnpunctuatedAssignments(line: string, next: string): boolean {
  return (
    ASSIGNING_LINE.test(foldWithOffsets(line.trim()).folded) &&
    ASSIGNING_LINE.test(foldWithOffsets(next.trim()).folded) &&
    !/[.;:…!?)"”]\s*$/.test(next)
  );
}
const DIRECTION_NAMED_NEXT =
  /^\s*\n\s*(?:\([^()\n]{1,40}\)\s*[-–]?\s*)?(?:Đó|Đây) là (?:(?:ý kiến )?chỉ đạo|yêu cầu|kết luận|đề nghị) của\s/u;

/**
 * A condition before the work: "Trường hợp vượt thẩm quyền thì tham mưu …", "Nếu có vướng mắc, báo cáo …" (folded); its
 * "thì" ends it where there is one ("Nếu các cơ sở vi phạm …, không đủ điều kiện … thì kiên quyết thu hồi …").
 */
/**
 * A sentence that only says the items below detail the work just given (folded): "Cụ thể (như sau):", "Trong đó, tập
 * trung vào một số nhiệm vụ trọng tâm:", "Trong đó, chú trọng các nhiệm vụ sau:", "Đồng thời có những giải pháp …, trong
 * đó tập trung thực hiện một số nhiệm vụ sau:", "Đồng thời, tập trung các nhiệm vụ sau:", "Nội dung như sau:".
 */
const DETAILED_BELOW =
  /^\s*(?:cu the(?:\s+(?:nhu sau|la))?|(?:cac\s+)?noi dung(?:\s+cu the)?\s+(?:nhu sau|sau(?:\s+day)?)|(?:dong thoi\b[^:;.]{0,160}?,\s*(?=trong do\b))?(?:trong do|dong thoi)\s*,?(?:\s+(?:tap trung|chu trong|uu tien)(?:\s+(?:vao|thuc hien))?)?(?:\s+(?:mot so|cac|nhung))?\s+nhiem vu(?:\s+(?:trong tam|trong diem|chu yeu|cu the|uu tien))?(?:\s+(?:sau(?: day)?|nhu sau))?)\s*:\s*$/;

/** The results named before their report, with no subject (folded): "Kết quả thực hiện, báo cáo trực tiếp …". */
const RESULTS_THEN_REPORT = new RegExp(String.raw`^${RESULT_NAMED}\s*,\s*(?=bao cao\b)`);
/**
 * Places set apart before the work, to the comma before it (folded): "Đối với các khu vực nguy cơ sạt lở cao, ", "Tại
 * các trường, trạm y tế, " (a list of places, up to the work's first verb).
 */
const PLACES_SET_APART = new RegExp(
  String.raw`^(?:rieng\s+)?(?:doi voi|tai)\s+(?:cac\s+|nhung\s+)?(?:khu vuc|dia ban|vung|diem|noi|khu dan cu|tuyen|ho chua|ho dap|cong trinh|xa|phuong|thon|ban|to dan pho|truong|khu neo dau|long be)\b(?:[^,;.:]{0,120}?,\s*){1,5}?(?=` +
    ACTIONS.source.slice(1) +
    ')',
);

const CONDITION_FIRST = /^(?:trong\s+)?(?:truong hop|neu)\s(?:[^;.]{2,160}?\s+thi\s+|[^;,.]{2,80}?,\s*)/;

/** Voters' petition before its items (folded): "Cử tri xã X, huyện Y đề nghị:", "Ý kiến, kiến nghị của cử tri …:". */
const VOTERS_ASK =
  /^(?:(?:y kien|noi dung)\s*,?\s*(?:kien nghi\s+)?(?:cua\s+)?)?cu tri\b[^:]{0,160}\b(?:de nghi|kien nghi|phan anh|hoi|yeu cau)\s*:$/;

/** A line that is a photo's caption: it ends with the photo's credit ("Ảnh: C.N") or tells what the photo shows. */
const PHOTO_CAPTION =
  /(?:^|[.!?)]\s+)(?:(?:Trong )?[Ảả]nh(?: minh họa| minh hoạ)?|Nguồn ảnh)\s*:\s*[^.:;]{1,60}(?:\.[^.:;\s]{1,3})*\.?\s*$|^\s*(?:Trong ảnh|Ảnh minh họa|Ảnh minh hoạ)\s*:/u;

/** Not the units whose work follows ("Đối với UBND các huyện, thành phố: …", "Đối với Sở Y tế, …"), written. */
const NO_UNIT_HEAD = String.raw`(?!(?:các\s+)?(?:Sở|sở|UBND|Ủy ban|Uỷ ban|Công an|Thanh tra|Ban|Văn phòng|Bộ Chỉ huy|Cục)\s)`;
/**
 * The matter a line opens with before its colon: "Đối với đề nghị …:", "Về dự án …:" (group 1); not the units whose work
 * follows ("Đối với UBND các huyện, thành phố: …", "Đối với Sở Y tế:").
 */
const MATTER_BEFORE = new RegExp(
  String.raw`^\s*((?:[Đđ]ối với|[Vv]ề|VỀ|ĐỐI VỚI)\s${NO_UNIT_HEAD}[^:;.]{3,120}?)\s*:\s*$`,
  'u',
);

/**
 * The same matter opening a sentence, before the assigner's words and a comma (group 1); not a document's subject ("Về
 * việc thực hiện Chỉ thị số 16/CT-TTg …, UBND tỉnh yêu cầu …") nor the matter just told ("Về nội dung này, …").
 */
const MATTER_THEN_ASSIGNER = new RegExp(
  String.raw`^\s*((?:[Đđ]ối với|[Vv]ề(?!\s+việc\s)(?!\s+(?:nội dung|vấn đề|kiến nghị|đề nghị|phản ánh)\s+(?:này|trên|nêu trên)\s*,))\s${NO_UNIT_HEAD}(?![^:;.,]*\b[Ss]ố\s+\d)[^:;.,]{3,120}?)\s*,\s*(?:(?:Phó\s+)?Chủ tịch|UBND|Ủy ban|Uỷ ban|Lãnh đạo)[^,;.]{0,60}?\s(?:giao|yêu cầu|đề nghị|chỉ đạo)\s`,
  'u',
);
/**
 * What the work just given is to bring about, or its focus, told after it (folded): "Từ đó …", "Qua đó …", "Nhờ đó …",
 * "Trọng tâm là …".
 */
const RESULT_OF_WORK = /^(?:tu do|qua do|nho do|nho vay|trong tam la)\b/;

/**
 * A time between the assigner's word and its units (folded): "(trong) thời gian tới", "từ nay đến cuối năm", "trong
 * tháng 12/2024", or the deadline itself: "yêu cầu đến ngày 30/5/2016 Sở Nội vụ phải …", "yêu cầu từ nay đến ngày
 * 1/7/2021 Công an tỉnh phải …" (still read as the work's date).
 */
const TIME_BEFORE_UNITS =
  /^(?:(?:trong\s+)?thoi gian toi|truoc mat|tu nay den (?:(?:het|cuoi) nam(?: \d{4})?|(?:het )?(?:ngay )?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?(?!\d))|(?:trong\s+)?(?:thang \d{1,2}|quy (?:iv|i{1,3}|[1-4]))(?:\s*[/-]\s*\d{4}|\s+nam\s+\d{4})?|(?:trong\s+)?nam \d{4}|(?:truoc|cham nhat|muon nhat|den(?: het)?)(?: la)?(?: \d{1,2}\s*(?:gio|h)(?:\s*\d{2})?)?(?: ngay)? \d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?(?!\d)|(?:den\s+)?(?:het|cuoi)\s+nam(?:\s+\d{4}|\s+nay)?)\s*,?\s*/;

/** What the unit just named must do: "…, Sở Tài chính cần tập trung …" (see MUST). */
const MUST_AFTER_UNIT = new RegExp(String.raw`^\s+${MUST}\s`);

/** "Nhiệm vụ …", "Việc …", "Nội dung …" opening the work that the units named after it carry out (folded). */
const WORK_NAMED_FIRST = /^(?:nhiem vu|viec|noi dung)\s+/;

/** "Định kỳ 6 tháng, hằng năm …" (folded): a recurrence in months opening the work (see stripLead for "hằng quý"). */
const RECURRENCE_IN_MONTHS =
  /^dinh ky\s+\d{1,2}\s+thang(?:\s*(?:,|va)\s*(?:(?:hang|moi)\s+)?(?:tuan|thang|quy|nam))*(?:\s+(?:hoac|va)\s+(?:dot xuat|khi co yeu cau))?\s*,?\s*(?=[a-z])/;

/**
 * "…; hoàn thành việc hỗ trợ …", "…; hoàn thành dứt điểm …", "…; hoàn thành các nội dung trên": the completion of the work
 * before, not a work of its own (folded).
 */
const COMPLETION_OF_THE_SAME =
  /^(?:co ban\s+)?hoan thanh\s+(?:(?:xong|dut diem|tot|som)\b|viec\b|cac (?:noi dung|nhiem vu|cong viec)(?:\s+(?:tren|nay|neu tren|duoc giao))?\s*[.;]?\s*$|nhiem vu(?:\s+(?:duoc giao|nay|tren))?\s*[.;]?\s*$)/;

/**
 * "… là những nhiệm vụ trọng tâm trong tháng 8 vừa được Chủ tịch UBND huyện … chỉ đạo các ngành …" (folded): the
 * closing words of a news lead that names the work told before them as the period's, given by the chair.
 */
const WORK_NAMED_LAST =
  /\bla (?:nhung|cac|mot so) (?:nhiem vu|cong viec|giai phap)(?: (?:trong tam|chu yeu|trong diem|quan trong))?(?: (?:trong|cua))? (?:thang|quy|nam|tuan|thoi gian)\b[^.;]*?\b(?:chi dao|yeu cau|giao|de nghi)\b/;

/** A comma, then a work opened by words that start work of its own (folded; see splitCommaWorks). */
const COMMA_THEN_WORK =
  /,\s+(?=(?:tang cuong|thuc hien tot|(?:tap trung )?lam tot|to chuc tot|kiem soat chat|nghiem cam|chan chinh|that chat|day manh cong tac)\s)/g;

/** A draft's deadline, for the work before it that the same words date. */
function deadlineOf(d: DraftTask): Pick<DraftTask, 'dueDate' | 'deadlineText' | 'kind' | 'workingDays'> {
  return { dueDate: d.dueDate, deadlineText: d.deadlineText, kind: d.kind, workingDays: d.workingDays };
}

/** A draft's units, for the work before it that the same words give them. */
function assigneesOf(
  d: DraftTask,
): Pick<DraftTask, 'leadDepartmentId' | 'leadCandidates' | 'supportDepartmentIds' | 'groupAssignees' | 'groupKeys'> {
  const { leadDepartmentId, leadCandidates, supportDepartmentIds, groupAssignees, groupKeys } = d;
  return { leadDepartmentId, leadCandidates, supportDepartmentIds, groupAssignees, groupKeys };
}

/** Clauses split at ";" outside parentheses. */
function clausesIn(text: string, p: Piece): Piece[] {
  const s = text.slice(p.start, p.end);
  const out: Piece[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) {
      out.push(trimPiece(text, p.start + from, p.start + i));
      from = i + 1;
    }
  }
  out.push(trimPiece(text, p.start + from, p.end));
  return out.filter((x) => x.end > x.start);
}

function trimPiece(text: string, start: number, end: number): Piece {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** The pieces joined as the text reads: "; " within a sentence, " " across sentences; end marks ("…/." ) cleaned. */
function descriptionOf(text: string, pieces: Piece[]): string {
  let out = '';
  for (const p of pieces) {
    const piece = text.slice(p.start, p.end);
    if (out) out += /[.!?…:]$/.test(out) ? ' ' : '; ';
    out += piece;
  }
  out = out
    .replace(/(?:\s*(?:\.{2,}|…))+\s*(?:\/\.)?\s*$/, '.')
    .replace(/\.\/\.\s*$/, '.')
    .trim();
  if (!/[.!?]$/.test(out)) out += '.';
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** A short title: the action without the assigner, the deadline or trailing marks, at most 240 characters. */
/**
 * The words that lead to a deadline, left at the end of a title without it: "…, hoàn thành", "… chậm nhất là",
 * "…, hoàn thành muộn nhất", "…, thời hạn hoàn thành:", "…, hạn chót", "… vào (cuối tháng 3)", "… cho (đến hết năm 2025)",
 * "… chi thường xuyên của (6 tháng cuối năm 2017)", "… bình ổn thị trường dịp (trước, trong và sau Tết)", "…, phấn đấu
 * (hoàn thành trong năm 2026)", "… và phấn đấu (hoàn thành trước 17 giờ ngày 1-10)", "…; thực hiện (trong 2 năm 2024-2025)",
 * "…, nhất là trong thời gian (trước, trong và sau Tết …)", "…, đặc biệt là (trước ngày …)", "…, bảo đảm (hoàn thành trước
 * ngày 15-10)".
 */
const DEADLINE_LEAD_IN =
  /(?:[\s,;:]+(?:và\s+)?(?:hoàn thành(?:\s+xong)?|xong|(?:chậm|muộn) nhất(?:\s+(?:là|vào))?|hạn chót)|\s*[,;]\s*thời (?:hạn|gian)(?:\s+(?:thực hiện|hoàn thành|báo cáo))?|\s*[,;]\s*thực hiện(?:\s+xong)?|\s+(?:vào|cho|của|dịp|trước)|\s+trong(?:\s+khoảng)?\s+thời gian|(?:\s*,\s*|\s+và\s+)(?:phấn đấu|bảo đảm|đảm bảo)(?:\s+hoàn thành)?|\s*,?\s+nhất là|\s*,\s*đặc biệt(?:\s+là)?)\s*:?$/iu;

/** A date in brackets that restates the deadline: "(trước ngày 31/12/2024)", "(chậm nhất ngày 15/3)". */
const DEADLINE_IN_BRACKETS =
  /\s*\(\s*(?:trước|chậm nhất|muộn nhất|đến hết|đến)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*\)/giu;

/** Names as one line each, once each: a printed page may break a name across lines ("UBND huyện⏎Quảng Xương"). */
function oneLine(names: string[]): string[] {
  return [...new Set(names.map((n) => n.replace(/\s+/g, ' ').trim()))];
}

/** A person's name by the usual family names, then a capitalised name: "Phan Văn Mãi", "Nguyễn Thị Hà". */
const PERSON_NAMED =
  /^(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trương|Lương|Mai|Lâm|Hà|Đoàn|Cao|Lưu|Tạ)\s+\p{Lu}/u;

/** A lead the table does not hold has no id to carry it: the title names it before its work. */
function headedByOutsideLead(work: string, lead: number | null, outside: string[], writtenCapital = false): string {
  if (lead !== null || outside.length === 0) return work;
  const names = oneLine(outside).join(', ');
  // "Nếu các cơ sở vi phạm …, thì Sở X kiên quyết thu hồi …": the units after the condition of their work.
  const condition = /^(?:trong\s+)?(?:trường hợp|nếu)\s(?:[^;.]{2,160}?\s+thì\s+|[^;,.]{2,80}?,\s*)/iu.exec(work);
  if (condition) return `${condition[0]}${names} ${work.slice(condition[0].length)}`;
  // "giao phòng Văn hóa và Thông tin quận …": the office's name opens the title, capitalised; a person's name after the
  // unit's ("… Thành phố Hồ Chí Minh Phan Văn Mãi họp …") keeps its capitals.
  // A name written with its capital keeps it ("… phối hợp với …, Đài Thông tin duyên hải tăng cường …"); a word the
  // title capitalised does not ("… đường Dung Quất …", "… tỉnh trình Thủ tướng …").
  const named =
    PERSON_NAMED.test(work) || (writtenCapital && !ACTIONS.test(foldWithOffsets(work.toLowerCase()).folded));
  return upperFirst(`${names} ${named ? work : lowerFirst(work)}`);
}

/**
 * Not work for an occasion, an event, a campaign or an emergency named in its clause (folded): "… trong dịp Tết", "…
 * Ngày hội …", "… chào mừng Đại hội …", "… đợt cao điểm …", "… cấp bách …"; an occasion only stressed after ", nhất là" or
 * "đặc biệt", or a congress's resolution ("Nghị quyết Đại hội …"), leaves the work ongoing.
 */
const NOT_FOR_AN_OCCASION = String.raw`(?!(?:(?!,\s*(?:nhat la|dac biet|trong do)\b)[^.;])*\b(?:dip|nhan dip|chao mung|(?<!nghi quyet )dai hoi|le hoi|ngay hoi|chien dich|dot|ky thi|thi tuyen|cap bach)\b)`;
/** Not a round or a campaign carried out ("… thực hiện tốt đợt cao điểm …", "… chiến dịch …", "… tháng hành động …"). */
const NOT_A_CAMPAIGN = String.raw`(?!\s+(?:dot|chien dich|thang hanh dong)\b)`;
/**
 * Carrying out, after "tổ chức", what goes on (folded): a document or the tasks, policies and rules given, "công tác …",
 * "việc giải quyết …", or carried out well ("tốt", "nghiêm", "có hiệu quả", "đầy đủ"); not for an occasion.
 */
const CARRIED_OUT = String.raw`(?:trien khai\s+)?thuc hien(?:\s+(?:tot|nghiem|co hieu qua|day du)${NOT_A_CAMPAIGN}|(?=\s*(?:[.;,]|$)|\s+(?:va|theo|(?:cac\s+)?(?:quyet dinh|ke hoach|chi thi|cong van|van ban|nghi quyet|chuong trinh|de an|luat)(?:\s+(?:nay|tren|so))?|cac\s+(?:noi dung|nhiem vu|giai phap|bien phap|co che|chinh sach|quy dinh)|viec giai quyet|cong tac|che do|phong trao|quy dinh|chinh sach)\b))${NOT_FOR_AN_OCCASION}`;
/**
 * Ongoing work, by the words it opens with: "tăng cường …", "tiếp tục …", "theo dõi chặt chẽ …", "thường xuyên …",
 * "không để xảy ra …", "tuyệt đối không được lơ là", "thực hiện nghiêm …", "sẵn sàng …", "chủ động …".
 */
const ONGOING_WORK = new RegExp(
  String.raw`^(?:(?:can|phai|can phai|cung|tuyet doi)\s+)?(?:tiep tuc|thuong xuyen|tang cuong|day manh|day nhanh|bam sat|quyet liet|no luc|quan ly|duy tri|tap trung|kip thoi|(?:to chuc )?theo doi(?!,? cham thi)|giam sat|don doc|kiem soat chat|quan triet|san sang|nang cao|neu cao|de cao|phat huy|tao (?:moi )?dieu kien|kien quyet|quyet tam|khong (?:de|duoc|cho|su dung|to chuc)|nghiem cam|cam(?!\s+(?:moc|bien|coc|trai|tru|co)\b)|cham dut (?:tinh trang|viec|hoat dong)|tuyen truyen|van dong|chiu trach nhiem|xu ly nghiem|(?:thuc hien|trien khai(?:\s+(?:va\s+)?thuc hien)?|chap hanh) (?:nghiem|tot|dung|day du|dong bo|co hieu qua|quyet liet)${NOT_A_CAMPAIGN}|to chuc ${CARRIED_OUT}|to chuc quan ly(?!\s+(?:thi|ky thi|cuoc thi|le hoi)\b)|(?:thuc hien (?:cong tac\s+)?(?:quan ly|kiem soat|tuyen truyen)|kiem tra\s*,\s*kiem soat|trien khai (?:cac |dong bo cac )?(?:bien phap|giai phap))${NOT_FOR_AN_OCCASION}|to chuc thuong truc|thuc hien che do (?:bao cao|thong tin|truc|giam sat|cong khai)|nghiem tuc|phoi hop chat che|cap nhat|(?:to chuc (?:phan cong )?)?truc(?= (?:ban|24|tet|le|chien dau|cap cuu|nghiem|day du|san sang|trong))|canh bao|nam bat|lam tot|giu vung|chu dong|quan tam|chu trong|sau sat|tich cuc|bao dam|dam bao|huong dan|dinh huong|to chuc (?:tuyen truyen|pho bien\s*,\s*tuyen truyen))\b`,
);
/**
 * Work directed to others, named after them (folded): "chỉ đạo (các) <up to eight words> <their work>"; group 1 those
 * directed, group 2 their work.
 */
const DIRECTED_WORK =
  /^chi dao\s+((?:[a-z&()-]+,?\s+){1,8}?)((?:tiep tuc|tang cuong|duy tri|day manh|theo doi|giam sat|kiem soat chat|quan ly|huong dan|tuyen truyen|nam bat|thuong xuyen|san sang|chu dong|bao dam|dam bao|kip thoi|nghiem tuc|thuc hien (?:nghiem|tot))\b.*)$/;
/**
 * Work done once, by its verb, though it opens with a word of ongoing work: "Chủ động xây dựng phương án …", "Tập
 * trung rà soát …", "Trước mắt khẩn trương …".
 */
const ONE_OFF_WORK = new RegExp(
  String.raw`^(?:(?:can|phai|can phai|cung)\s+)?(?:(?:chu dong|tap trung|truoc mat|kip thoi|no luc)\s*,?\s+)*(?:khan truong|som|ngay|gap|khan cap|xay dung|ra soat|bao cao|tham muu|de xuat|nghien cuu|hoan thanh|hoan thien|hoan chinh|hoan tat|lap|ban hanh|trinh|thanh lap|soan|xac minh|lam ro|tra loi|xem xet|dieu chinh|bo sung|tong hop|chuan bi|kien toan|sua chua|khac phuc|thong bao|to chuc(?! (?:phan cong )?truc\b| theo doi\b| tuyen truyen\b| pho bien\s*,\s*tuyen truyen\b| ${CARRIED_OUT}| quan ly(?!\s+(?:thi|ky thi|cuoc thi|le hoi)\b)| thuong truc\b)|kiem tra(?!\s*,\s*kiem soat${NOT_FOR_AN_OCCASION})|xu ly|giai quyet|di doi|bo tri)\b`,
);

/**
 * Work done once, wherever in the work it is named: "vận động, di dời 25 hộ dân …", "tiếp tục hoàn thiện hồ sơ …" (not
 * "hoàn thành xuất sắc nhiệm vụ", an aim),
 * "tăng cường lực lượng, khẩn trương tìm kiếm …", "hướng dẫn các hợp tác xã xây dựng phương án …".
 */
const DONE_ONCE =
  /\b(?:khan truong|hoan thanh(?! (?:xuat sac|tot)(?: (?:cac|moi))? nhiem vu)|hoan thien|hoan tat|hoan chinh|di doi|trinh (?:ubnd|uy ban|chu tich|hdnd|cap co tham quyen)|ban hanh|thanh lap|xac minh|lam ro|(?:giai quyet|xu ly) dut diem|cuong che|thao do|kiem diem|tim kiem(?! cuu nan)|truc vot|cam moc|sua chua|ban giao|xay dung (?:ke hoach|phuong an|de an|quy che|quy dinh|du an|ho so|chuong trinh)|lap (?:ho so|ke hoach|danh sach|phuong an|du an|quy hoach)|to chuc (?:le|hoi nghi|hoi thi|ky thi|doan|dien tap|tap huan|cuoc)|cap nhat\b[^,;]{0,60}?\bvao (?:quy hoach|ke hoach)|trong vu (?:chay|no|viec|tai nan|lat|sap|ngo doc))\b/g;

/**
 * The kind of work no deadline was found for. Ongoing work ("tăng cường …", "tiếp tục …", "theo dõi chặt chẽ …") is
 * standing (thường xuyên), as the tracking report counts a task without a deadline; any other work is drafted with a
 * deadline the office still has to set, so that nothing done once is left untracked by mistake.
 */
/**
 * A condition opening the sentence, to the comma before the assigner or the units: "Khi có hồ sơ đề nghị của doanh
 * nghiệp, ", "Nếu phát sinh khó khăn, vướng mắc vượt thẩm quyền, " (not "Khi nhận được Công điện này, ", which only
 * opens the dispatch's orders; "Khi nhận được thông tin về sự cố, " is a condition).
 */
const CONDITION_BEFORE =
  /^\s*(?:trong\s+)?(?:trường hợp|nếu|khi)\s(?!nhận được\s+(?:(?:văn bản|công văn|công điện|kế hoạch|chỉ thị|thông báo|kết luận)(?:\s+(?:này|số)\b|\s*,)|(?:Văn bản|Công văn|Công điện|Kế hoạch|Chỉ thị|Thông báo|Kết luận)\s))[^;.:]{2,160}?,\s*(?=(?:yêu cầu|giao|đề nghị|chỉ đạo|UBND|Ủy ban|Uỷ ban|Sở|các|Chủ tịch|Giám đốc|Công an|Thủ trưởng|Ban)\s)/iu;
/**
 * Work done when something happens ("Trường hợp tạm dừng bán …", "Khi có hồ sơ …, sớm thực hiện …", "Trong quá trình
 * thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo …") (folded).
 */
const CONDITIONAL_WORK =
  /^(?:trong qua trinh[^,;]{0,40},\s*)?(?:trong\s+)?(?:truong hop|neu|khi)\s(?!nhan duoc (?:van ban|cong van|cong dien|ke hoach|chi thi|thong bao|ket luan)\b)/;

function undatedKind(work: string): TaskKind {
  // "Từ 7 giờ ngày 21/7, nghiêm cấm …": the hour it holds from, then the order.
  const folded = foldWithOffsets(work.toLowerCase())
    .folded.replace(/^tu\s+\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2})?\b[^,]{0,30},\s*/, '')
    // "Có trách nhiệm theo dõi, hướng dẫn …", "Giúp Chủ tịch UBND tỉnh theo dõi, đôn đốc …": the duty's own verb tells.
    .replace(
      /^(?:co trach nhiem|(?:la (?:co quan|don vi)[^,;]{0,60}?\s)?giup\s+(?:(?:pho\s+)?chu tich\s+)?(?:ubnd|uy ban nhan dan)(?:\s+(?:tinh|thanh pho|huyen))?)\s+(?=[a-z])/,
      '',
    );
  // Work that answers a condition is done each time it arises, as a standing duty ("… báo cáo kết quả khi có yêu cầu",
  // "bố trí lực lượng, phương tiện khắc phục sự cố khi xảy ra mưa lớn", "xử lý trách nhiệm … khi để xảy ra sai phạm").
  // Likewise once the means or the rule it waits for come ("… khi được cấp vốn", "… khi có quy định của cấp có thẩm quyền").
  if (
    CONDITIONAL_WORK.test(folded) ||
    /\bkhi (?:co|duoc) yeu cau\b|\bkhi can thiet\b|\b(?:khi|neu) de (?:xay ra|cham|sai pham|vi pham)\b/.test(folded) ||
    /\bkhi (?:duoc|co) (?:cap|bo tri|phan bo|giao) (?:von|kinh phi|nguon von)\b|\bkhi co (?:quy dinh|huong dan|van ban huong dan)\b/.test(
      folded,
    )
  )
    return 'standing';
  // Not the plan or the team made for such times ("xây dựng phương án phân luồng giao thông khi xảy ra mưa lớn", "thành
  // lập đội ứng cứu khi có sự cố mạng"), nor a check made before them.
  const event =
    /\bkhi (?:(?:xay ra|co) (?:mua|bao|lu|thien tai|su co|tinh huong|dich|bien dong|phat sinh)|mua (?:lon|to)|(?:bao|lu) (?:vao|den|len)|nuoc (?:len|dang))\b/.exec(
      folded,
    );
  if (
    event &&
    !/\b(?:xay dung|lap|ban hanh|thanh lap|(?<!\b(?:cong|lo|qua|chuong) )trinh|ra soat|kiem tra|sua chua|khong de)\b/.test(
      folded.slice(0, event.index),
    )
  )
    return 'standing';
  // "Kịp thời báo cáo UBND tỉnh những vấn đề phát sinh", "Thông báo kịp thời cho thuyền trưởng …": each time one arises.
  // Not a report or advice on one matter ("kịp thời báo cáo kết quả xác minh vụ việc", "… tham mưu UBND tỉnh ban hành …"),
  // nor this letter passed on ("thông báo kịp thời nội dung trên đến …").
  if (
    /^(?:(?:can|phai)\s+)?(?:tong hop,?\s+)?(?:kip thoi\s+(?:bao cao|tham muu|thong bao)|(?:bao cao|thong bao|thong tin) kip thoi)\b/.test(
      folded,
    ) &&
    !/\b(?:ket qua|vu viec|vu chay|noi dung (?:tren|nay)|(?:van ban|cong van|cong dien|thong bao) nay)\b/.test(
      folded,
    ) &&
    !new RegExp(DONE_ONCE.source).test(folded)
  )
    return 'standing';
  // "Tạm dừng chợ đêm … cho đến khi có thông báo mới": an order that holds until it is lifted.
  if (
    /\b(?:cho\s+)?den khi co (?:thong bao|chi dao|van ban|quyet dinh|chu truong|huong dan)(?: moi| khac)\b/.test(folded)
  )
    return 'standing';
  // "Chỉ đạo Chi cục Quản lý thị trường tăng cường …", "Chỉ đạo cảnh sát giao thông duy trì lực lượng …": the work of
  // those directed tells its kind.
  // Only when their work opens with it: not "chỉ đạo các xã xây dựng phương án bảo đảm an toàn …", "chỉ đạo Công an
  // thành phố khởi tố vụ án, bảo đảm …", one-off work named first.
  const directed = DIRECTED_WORK.exec(folded);
  if (directed) {
    const [, those, work] = directed;
    const words = those.trim().split(/\s+/);
    const oneOffFirst = words.some((_, k) => ONE_OFF_WORK.test(`${words.slice(k).join(' ')} ${work}`));
    if (ONGOING_WORK.test(work) && !ONE_OFF_WORK.test(work) && !/,\s*$/.test(those) && !oneOffFirst)
      return undatedKind(work);
  }
  if (!ONGOING_WORK.test(folded) || ONE_OFF_WORK.test(folded)) return 'deadline';
  // Work done once named as what is banned, what was done before, what may happen or others' work is no work of its
  // own: "không tổ chức lễ hội …", "… các văn bản đã ban hành", "khi có tình huống khẩn trương sơ tán …", "… điều phối
  // trong việc lập quy hoạch tỉnh", "đẩy nhanh tiến độ lập quy hoạch"; nor is
  // what is paid for as it is done ("thanh toán khối lượng hoàn thành"), nor the spirit of the work ("với tinh thần khẩn
  // trương").
  for (const m of folded.matchAll(DONE_ONCE)) {
    const before = folded.slice(Math.max(0, m.index - 40), m.index);
    if (/\bkhoi luong\s+$/.test(before)) continue;
    // "… thực hiện đầy đủ, nghiêm túc, khẩn trương các chỉ đạo …": urgency as one manner of carrying out directions, not
    // work done once (not "… nghiêm túc, khẩn trương việc kiểm đếm thiệt hại …").
    if (
      m[0] === 'khan truong' &&
      /\b(?:day du|nghiem tuc|kip thoi|hieu qua|quyet liet)\s*,\s*$/.test(before) &&
      /^\s+cac\s+(?:chi dao|nhiem vu|noi dung|van ban|giai phap)\b/.test(folded.slice(m.index + m[0].length))
    )
      continue;
    if (
      !/\b(?:khong|cam|da|duoc|sau khi|khi|neu|trong qua trinh|phuc vu|cua|tinh than|(?:trong|ve) (?:viec|cong tac)|tien do|chat luong)\s+(?:[a-z]+\s+){0,2}$/.test(
        before,
      )
    )
      return 'deadline';
  }
  return 'standing';
}

function titleOf(source: string, deadlineText: string | null, limit = TITLE_LENGTH): string {
  // A deadline written in a later clause leaves the title's own words ("thẩm định … các dự án hoàn thành") whole.
  if (!deadlineText || !source.includes(deadlineText)) return cleanTitle(source, limit);
  // "…, hoàn thành trước ngày 15/02/2024", "…, hoàn thành chậm nhất đến hết ngày …": the words that led to the
  // deadline go with it.
  // What the deadline leaves in brackets or before a later clause goes too: "… (hoàn thành trước ngày 20/3/2024)", "…
  // trong năm 2024 (trước ngày 31/12/2024)", "…, hoàn thành trước ngày 20/3/2024, báo cáo kết quả …".
  const at = source.indexOf(deadlineText);
  // "… trong dịp Tết Dương lịch, Tết Nguyên đán Quý Mão và lễ hội xuân 2023": a season the work's words go on from is
  // theirs, not to be cut out of them (not "… trước ngày 30/4/2024 và trình UBND tỉnh …", a date before more work).
  if (/^(?:trong\s+)?dịp\s/iu.test(deadlineText) && /^\s+(?:và|cùng)\s/u.test(source.slice(at + deadlineText.length)))
    return cleanTitle(source, limit);
  // "… giải ngân vốn đầu tư công những tháng cuối năm 2022 và đầu năm 2023 …": a period joined to another names what the
  // work is about, and cut out of it would leave "… công và đầu năm 2023".
  if (
    /^\s+và\s+(?:đầu|cuối|giữa|những tháng|các tháng|năm\s+\d|quý|tháng\s+\d|\d+\s+tháng)/iu.test(
      source.slice(at + deadlineText.length),
    )
  )
    return cleanTitle(source, limit);
  // "… tăng trưởng đạt 8% trở lên trong năm 2025 và tăng trưởng hai con số trong năm 2026": a year the work goes on to
  // set another against is the target's own; cut out, the title would give the second year's target to the first (not
  // "… và báo cáo kết quả năm 2024", more work).
  if (
    /^(?:trong\s+)?năm\s+\d{4}$/iu.test(deadlineText) &&
    /^\s*(?:,|và)\s[^.;]*?(?<!\p{L})năm\s+\d{4}/iu.test(source.slice(at + deadlineText.length)) &&
    !ACTIONS.test(foldWithOffsets(source.slice(at + deadlineText.length).replace(/^\s*(?:,|và)\s+/u, '')).folded)
  )
    return cleanTitle(source, limit);
  // "Bảo đảm trực cấp cứu 24/24 giờ trong các ngày nghỉ Tết Nguyên đán": the season of ongoing work, no date, is part
  // of what the work is.
  if (/^(?:trong\s+)?(?:dịp|(?:các\s+|những\s+)?ngày nghỉ)\s+tết(?!\s+dương)/iu.test(deadlineText))
    return cleanTitle(source, limit);
  // "… cấp thẻ BHYT liên tục và bảo đảm quyền lợi …", "… cập nhật thường xuyên, liên tục và đồng bộ …", "… hướng dẫn
  // kịp thời, thường xuyên cho …": how the work is done, inside its words, stays (not "Thường xuyên kiểm tra …", "… báo
  // cáo thường xuyên.").
  if (
    /^(?:thường xuyên|liên tục)$/iu.test(deadlineText) &&
    /\p{L},?\s+$/u.test(source.slice(0, at)) &&
    /^\s*,?\s+\p{L}/u.test(source.slice(at + deadlineText.length))
  )
    return cleanTitle(source, limit);
  let before = source.slice(0, at);
  // "…, phấn đấu đến hết ngày 31/01/2025 giải ngân đạt 100% kế hoạch": the target goes on after its date, and its
  // "phấn đấu" ("bảo đảm") stays with it.
  const targetGoesOn = /^\s+(?!và\s)\p{L}/u.test(source.slice(at + deadlineText.length));
  for (let lead = DEADLINE_LEAD_IN.exec(before); lead; lead = DEADLINE_LEAD_IN.exec(before)) {
    if (targetGoesOn && /phấn đấu|bảo đảm|đảm bảo/iu.test(lead[0])) break;
    before = before.slice(0, lead.index);
  }
  let title = cleanTitle(
    (before + source.slice(at + deadlineText.length))
      .replace(DEADLINE_IN_BRACKETS, '')
      .replace(
        /\s*\(\s*(?:hoàn thành(?:\s+xong)?|xong|thời hạn(?:\s+hoàn thành)?|(?:chậm|muộn) nhất|hạn chót)?\s*:?\s*\)/giu,
        '',
      ),
    limit,
  );
  for (let lead = DEADLINE_LEAD_IN.exec(title); lead; lead = DEADLINE_LEAD_IN.exec(title))
    title = title.slice(0, lead.index);
  // "Định kỳ hằng tháng báo cáo UBND tỉnh trước ngày 25": a deadline that is the whole of the work leaves it whole.
  if (title === '') return cleanTitle(source, limit);
  // "Yêu cầu Sở Xây dựng khẩn trương hoàn thành trước ngày 15/3/2024": the words that led to the deadline are the work
  // when only the manner is left without them.
  if (MANNER_ONLY.test(title)) return cleanTitle(source.slice(0, at) + source.slice(at + deadlineText.length), limit);
  // "Định kỳ hằng quý báo cáo kết quả về Sở Tài chính trước ngày 10 tháng đầu quý sau": the rule's day, written after
  // the work, is the rule's too.
  if (/^(?:định kỳ\s+)?(?:hằng|hàng|mỗi)\s+(?:tháng|quý|năm)$/iu.test(deadlineText)) {
    const day = RULE_DAY_AFTER_WORK.exec(title);
    if (day && day.index > 0)
      return cleanTitle(title.slice(0, day.index) + title.slice(day.index + day[0].length), limit);
  }
  return title;
}

/** A rule's day after the work: "trước ngày 25", "vào ngày 10 của tháng đầu quý sau" (not "trước ngày 25/9"). */
const RULE_DAY_AFTER_WORK =
  /,?\s+(?:trước|vào|chậm nhất)\s+ngày\s+\d{1,2}(?![\d/.-])(?:\s+(?:của\s+)?(?:tháng\s+(?:đầu|01|1)\s+(?:của\s+)?(?:quý|năm)|tháng|quý|năm)\s+(?:sau|tiếp theo|kế tiếp|tới)(?!\p{L}))?(?=[\s,.;]|$)/iu;

/** A title of a manner alone, no work: "Khẩn trương", "Sớm", "Nghiêm túc". */
const MANNER_ONLY =
  /^(?:(?:khẩn trương|sớm|kịp thời|nghiêm túc|quyết liệt|tập trung|chủ động|tích cực|phải|cần)\s*,?\s*)+$/iu;

/** The passive naming of the chair after the work, to the end of its clause (written text). */
const PASSIVE_CHAIR = new RegExp(
  String.raw`\s*,?\s+do\s+(?:${CHAIR_HEADS.join('|')})\s[^,;()]{1,80}?\s+(?:chủ trì|phụ trách)(?![\p{L}\p{M}]).*$`,
  'u',
);

/** A title as it reads in the list: no copies sent, no stray punctuation, within 240 characters, capitalised. */
/** A title without the document its work is based on when the work follows at once (BASIS_BEFORE_WORK). */
function withoutBasis(title: string): string {
  const { folded, offsets } = foldWithOffsets(title);
  const basis = BASIS_BEFORE_WORK.exec(folded);
  return basis ? title.slice(offsets[basis[0].length]) : title;
}

function cleanTitle(source: string, limit = TITLE_LENGTH): string {
  let t = source
    .replace(/\s*\((?:Sao gửi|kèm theo)[^)]*\)/gi, '')
    // "… do Sở Nội vụ chủ trì, phối hợp với Sở Tài chính thực hiện": who does the work, read as its units.
    .replace(PASSIVE_CHAIR, '')
    // "… (Sở Kế hoạch và Đầu tư chủ trì, )", "… (Sở X chủ trì, phối hợp với Sở Y; )": the bracket of the units, emptied
    // of its date.
    .replace(
      /\s*\(\s*(?:do\s+)?[^()]{2,80}?\s+chủ trì(?:\s*,?\s*phối hợp(?:\s+với)?\s[^()]{2,160}?)?(?:\s*,?\s*thực hiện)?\s*[,;]?\s*\)/giu,
      '',
    )
    // "Nhiệm vụ xây dựng Đề án … giao Sở X thực hiện, trình …": the units, read as such (WORK_NAMED_FIRST).
    .replace(
      /^((?:nhiệm vụ|việc|nội dung)\s[^,;]+?)(?<!được)\s+giao\s+(?:cho\s+)?(?=(?:sở|ubnd|ủy ban|uỷ ban|ban|công an|thanh tra|văn phòng|cục|chi cục|các|bộ chỉ huy|đài|báo|trung tâm|kho bạc)\s)[^;]{2,80}?\s+(?:chủ trì\s*,?\s*)?(?:(?:tổ chức|triển khai)\s+)?thực hiện(?![\p{L}\p{M}])/iu,
      '$1',
    )
    // "… (cơ quan chủ trì: Sở X; cơ quan phối hợp: Sở Y; )": the activity's fields, read as its units.
    .replace(/\s*\(\s*(?:(?:cơ quan|đơn vị)\s+)?chủ trì\s*:[^()]*\)/giu, '')
    // "… - Cơ quan chủ trì: Sở X - Thời gian hoàn thành: …" likewise, up to the next dash or the end.
    .replace(/\s[-–]\s*(?:cơ quan|đơn vị)\s+(?:chủ trì|phối hợp)\s*:[^–]*?(?=\s[-–]\s|$)/giu, '')
    .replace(/\s+([,;.])/g, '$1')
    // A pasted page's line breaks inside a sentence: the title is one line.
    .replace(/\s+/g, ' ')
    .replace(/,(?=,)/g, '')
    .replace(/(?:[\s,;:.…/”"’»]|\s[-–])+$/g, '')
    // "(Sở Giao thông vận tải có trách nhiệm đôn đốc, kiểm tra)": the bracket the work was written in, left open.
    .replace(/^([^()]*)\)$/, '$1')
    .replace(/^[\s,;:.\-–“"‘«]+/, '')
    // "Căn cứ Kế hoạch này xây dựng kế hoạch …": the basis of the work, which the draft's document is.
    .replace(/^căn cứ\s[\s\S]*/iu, withoutBasis)
    // "Đặc biệt, triển khai ngay …", "Ngoài ra, kiểm tra …": the word that joins the work to the one before.
    .replace(/^(?:đặc biệt|ngoài ra|bên cạnh đó|mặt khác|đồng thời|trong đó|theo đó|cụ thể)\s*,\s*(?=\p{L})/iu, '')
    // "Quá trình thực hiện chủ động tăng cường …": while the work goes on (see stripLead).
    .replace(
      /^(?:trong\s+)?quá trình (?:thực hiện|triển khai)\s*,?\s+(?=(?:chủ động|tăng cường|kịp thời|thường xuyên|tiếp tục)\s)/iu,
      '',
    )
    // "(Công an tỉnh) là đơn vị thường trực, giúp Chủ tịch UBND tỉnh theo dõi …": the unit's role before its work.
    .replace(
      /^là (?:cơ quan|đơn vị) (?:thường trực|đầu mối|chủ trì(?!\s*,\s*phối hợp)(?=\s*,))(?:\s+(?:của\s+)?(?:Ban|Hội đồng)\s[^;:]{0,100}?\s(?:tỉnh|thành phố)(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})?,\s*(?=\p{L})/iu,
      '',
    )
    // "Đặt ra các nhiệm vụ trọng tâm (trong tháng 6 …), trong đó tập trung …" with its period taken as the deadline
    // (KEY_TASKS_PERIOD): the work it goes on to name.
    .replace(KEY_TASKS_SET_OUT_BEFORE_WORK, '')
    // "Nhiệm vụ trọng tâm trong tháng 3-2018, tập trung …" with its period taken as the deadline: the work after it.
    // "Về nhiệm vụ tháng 11 năm 2020, hoàn chỉnh …", "Về giải pháp trong tháng 11, …", "Đối với nhiệm vụ trong tháng
    // 11.2019, …" likewise.
    .replace(
      /^(?:(?:về|đối với)\s+)?(?:các\s+)?(?:nhiệm vụ|giải pháp|phương hướng)(?:,?\s+(?:nhiệm vụ|giải pháp))?(?:\s+(?:trọng tâm|chủ yếu)(?:\s+hàng đầu)?)?\s*(?:,|\s+là)\s*/iu,
      '',
    )
    // "Sở này cũng cần hoàn thành …", "Sở cần …": the department named before, pointed back to, is the lead, not the
    // title's first words (not "Sở Y tế …", named, nor "Số …").
    .replace(
      /^(?:(?:đề nghị|yêu cầu)\s+)?[Ss]ở(?:\s+này)?\s+(?:cũng\s+)?(?=(?:cần|phải|tiếp tục|chủ động|khẩn trương|có trách nhiệm)\s)/iu,
      '',
    )
    // "Tuyệt đối không được lơ là, chủ quan, tổ chức kiểm tra …": the warning before the work, when work follows it.
    .replace(
      /^(?:tuyệt đối\s+)?không\s+(?:được\s+)?(?:lơ là|chủ quan|mất cảnh giác)(?:\s*(?:,|và)\s*(?:lơ là|chủ quan|mất cảnh giác))*\s*,\s*(?!(?:lơ là|chủ quan|mất cảnh giác)(?![\p{L}\p{M}]))(?=\p{Ll})/iu,
      '',
    )
    // "Cần quyết tâm cao độ …", "Phải báo cáo sơ bộ …": the work, not the need for it (not "Cần Thơ").
    .replace(/^\s*(?:cần phải|cần|phải|sẽ)\s+(?=\p{Ll})/iu, '')
    // "Lãnh đạo tỉnh Đồng Nai yêu cầu công tác bồi thường … phải thực hiện xong …", "Tỉnh Gia Lai yêu cầu thành lập
    // ngay …": the assigner before work that names
    // no unit; with the purpose first: "Để ứng phó và khắc phục hậu quả …, Chủ tịch UBND tỉnh Đồng Tháp yêu cầu tổ
    // chức xử lý khẩn cấp …", or the document: "Trong chỉ thị, Chủ tịch UBND TP Hà Nội yêu cầu tạm dừng …", or the
    // occasion: "Dịp nghỉ lễ Quốc khánh 2/9, số lượng người vào tỉnh sẽ tăng mạnh, Chủ tịch UBND tỉnh Hải Dương yêu cầu …".
    .replace(
      /^(?:(?:để|nhằm)\s[^;:.]{2,200}?,\s*|(?:trong|tại)\s+(?:chỉ thị|công văn|công điện|văn bản|kế hoạch|thông báo|kết luận)(?:\s+(?:này|trên))?\s*,\s*|(?!(?:riêng|tại|đối với|ở|trên địa bàn)\s)[^;:.]{2,200}?,\s*(?=(?:(?:đồng chí|đ\/c|ông|bà)\s+)?(?:(?:phó\s+)?chủ tịch|lãnh đạo|UBND|[UỦ]y ban nhân dân)\s))?(?:(?:(?:đồng chí|đ\/c|ông|bà)\s+)?(?:lãnh đạo(?:\s+UBND)?|(?:phó\s+)?chủ tịch(?:\s+thường trực)?(?:\s+(?:UBND|[UỦ]y ban nhân dân))?|UBND|[UỦ]y ban nhân dân)\s+(?:tỉnh|thành phố|TP\.?|huyện|thị xã|quận|xã|phường)(?:\s+\p{Lu}[\p{L}\p{M}]*){0,6}|(?:tỉnh|thành phố)(?:\s+này|(?:\s+\p{Lu}[\p{L}\p{M}]*){1,3}))\s+(?:(?:đã|vừa|cũng)\s+)?(?:yêu cầu|đề nghị|chỉ đạo)\s+(?:cần\s+(?:phải\s+)?)?(?=\p{Ll})/iu,
      '',
    )
    // "Phát biểu kết luận phiên họp, đồng chí Hoàng Quốc Khánh yêu cầu cơ quan soạn thảo …": the occasion and the
    // leader by name before work that names no unit of the table.
    .replace(
      /^(?:(?:phát biểu\s+)?kết luận(?:\s+[\p{Ll}\p{M}]+){0,4}\s*,\s*)?(?:đồng chí|ông|bà)\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){1,3}(?:\s*,\s*[^,;:.]{2,80}?){0,3}\s+(?:(?:đã|cũng)\s+)?(?:yêu cầu|giao)\s+(?=\p{Ll})/iu,
      '',
    )
    .replace(
      /^(?:phát biểu\s+)?kết luận(?:\s+[\p{Ll}\p{M}]+){0,4}\s*,\s*(?=(?:đồng chí|ông|bà|(?:phó\s+)?chủ tịch)\s)/iu,
      '',
    )
    // "Về việc xử lý các điểm đen ngập lụt, Phó Chủ tịch yêu cầu cần khảo sát kỹ lưỡng …": the matter and the leader
    // named by post alone before work that names no unit.
    .replace(
      /^(?:về (?:việc )?[^,;.]{2,80},\s*)?(?:đồng chí\s+)?(?:phó\s+)?chủ tịch(?:\s+\p{Lu}[\p{L}\p{M}]*){0,4}\s+(?:(?:đã|cũng)\s+)?(?:yêu cầu|đề nghị|chỉ đạo)\s+(?:cần\s+)?(?=\p{Ll})/iu,
      '',
    )
    // "Kết luận phiên họp, Chủ tịch UBND tỉnh nhấn mạnh tới việc đẩy nhanh …", "… lưu ý cần …": the chair's stress on
    // work that names no unit (REMARK_ASKS).
    .replace(
      /^(?:(?:phát biểu\s+)?kết luận(?:\s+[\p{Ll}\p{M}]+){0,4}\s*,\s*|tại (?:phiên|cuộc) họp\s*,?\s*)?(?:(?:đồng chí|đ\/c)\s+)?(?:(?:phó\s+)?chủ tịch(?:\s+(?:UBND|[UỦ]y ban nhân dân)\s+(?:tỉnh|thành phố|TP\.?|huyện|thị xã|xã|phường)(?:\s+\p{Lu}[\p{L}\p{M}]*){0,6})?|(?:UBND|[UỦ]y ban nhân dân|lãnh đạo)\s+(?:tỉnh|thành phố)(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})\s+(?:cũng\s+)?(?:nhấn mạnh|lưu ý)\s*,?\s*(?:(?:(?:tới|đến)\s+)?việc\s+|(?:cần phải|cần|phải)\s+|(?:các\s+)?nhiệm vụ\s+(?:trọng tâm|trọng điểm|chủ yếu|cấp bách|hàng đầu)(?:\s+hàng đầu)?(?:\s+(?:trong|của)\s[^;.,]{2,50}?)?\s+là\s+)?(?=\p{Ll})/iu,
      '',
    )
    // "Chịu trách nhiệm trước UBND tỉnh, Chủ tịch UBND tỉnh đôn đốc, theo dõi tiến độ …": whom the head answers to, then
    // the work.
    .replace(
      /^chịu trách nhiệm trước\s+(?:(?:Chủ tịch\s+)?(?:UBND|[UỦ]y ban nhân dân)\s+tỉnh(?:\s*(?:,|và)\s*)?){1,2}\s*(?=(?:đôn đốc|theo dõi|chỉ đạo|tổ chức|triển khai|hoàn thành|kiểm tra|bảo đảm|đảm bảo|trực tiếp)(?![\p{L}\p{M}]))/iu,
      '',
    )
    // "Chịu trách nhiệm trước UBND tỉnh, Chủ tịch UBND tỉnh trong việc tham mưu …": the work the unit answers for.
    .replace(
      /^chịu trách nhiệm trước\s[^;.]{2,80}?\strong\s+việc\s+(?!(?:chậm|để xảy ra|để|không(?!\s+để)|thiếu|buông lỏng|vi phạm|sai phạm)(?![\p{L}\p{M}]))(?=\p{Ll})/iu,
      '',
    )
    // "Công an tỉnh là đơn vị được giao nhiệm vụ giúp Chủ tịch UBND tỉnh theo dõi …": what the unit is given, not what
    // it is.
    .replace(
      /^là\s+(?:đơn vị|cơ quan)(?:\s+(?:đầu mối|thường trực|chủ trì|chuyên môn))?\s+(?:được giao(?:\s+(?:nhiệm vụ|trách nhiệm))?|có (?:nhiệm vụ|trách nhiệm)|chịu trách nhiệm)\s+(?=\p{Ll})/iu,
      '',
    )
    // "Công an tỉnh là lực lượng nòng cốt, chủ trì …": the force the work rests on, then the work.
    .replace(/^là\s+lực lượng\s+(?:nòng cốt|chủ lực|chủ yếu)\s*,\s*(?=\p{Ll})/iu, '')
    // "… thúc đẩy giải ngân vốn đầu tư công, vì tỷ lệ giải ngân của tỉnh vẫn còn thấp": why the work is asked, not the
    // work (not "…, vì Nhân dân phục vụ", a watchword, which tells no state).
    .replace(/\s*,\s*(?:bởi\s+)?vì\s+[^,;]{2,80}?\s(?:vẫn|còn|chưa|đang|rất|quá|không)\s[^;]*$/iu, '')
    // "Phấn đấu thu hoạch … xong trong ngày hôm nay, đó là chỉ đạo của Chủ tịch UBND huyện … trong buổi kiểm tra …":
    // the news names whose direction the work is after it.
    .replace(
      /\s*[,–-]\s*(?:đó|đây)\s+là\s+(?:(?:ý kiến\s+)?chỉ đạo|yêu cầu|đề nghị|kết luận)\s+(?:của|tại)\s(?:[^;,]|,(?!\s*(?:đồng thời|và)\s))*/iu,
      '',
    )
    // "… theo Nghị định số 178/2025/NĐ-CP theo chỉ đạo của Bộ Chính trị": whose direction the work follows, closing it.
    .replace(
      /\s*,?\s+theo\s+(?:đúng\s+)?(?:sự\s+)?chỉ đạo của\s+(?:Bộ Chính trị|Ban Bí thư|Chính phủ|Thủ tướng(?:\s+Chính phủ)?|Trung ương|(?:Ban Thường vụ\s+)?(?:Tỉnh|Thành) ủy|Bộ\s+\p{Lu}[\p{L}\p{M}]*(?:\s+(?:và\s+)?\p{Lu}[\p{L}\p{M}]*){0,5})\s*$/u,
      '',
    )
    .trim();
  // "Đặc biệt, yêu cầu chấp hành nghiêm giờ giấc làm việc": the work asked for, its addressees those before it.
  // "Việc rà soát quy hoạch (do Sở Xây dựng chủ trì)", "Nhiệm vụ xây dựng đề án": the work itself (not "Việc làm …").
  // Not "Yêu cầu bồi thường … được xem xét", a claim the sentence is about.
  const named = /^(?:nhiệm vụ|việc|yêu cầu(?![^,;.]{0,60}\s(?:được|bị)\s))\s+/iu.exec(t);
  if (named && ACTIONS.test(foldWithOffsets(t.slice(named[0].length)).folded)) t = t.slice(named[0].length);
  // "… cơ quan, công sở (treo cờ từ 16/5 đến 01/6/2015)" with its dates taken as the deadline: the bracket's words left.
  t = t.replace(/\s*\([^()]{1,30}\s\)/g, '');
  // "Chỉnh trang lại khuôn viên nhà văn hóa thôn: Như treo lại khung giấy khen, …": the work, its examples left to the
  // description.
  // (The words before are read forward: a look-behind over them would read the whole title again at every place.)
  t = t.replace(/^(\s*\S+(?:\s+\S+){2,}?)\s*:\s*như\s+(?!sau\b)[\s\S]*$/iu, '$1');
  // "Ban hành kế hoạch cải cách hành chính năm là (trước ngày 20/11 hằng năm)": the copula left before the date taken out.
  t = t.replace(/\s+là\s*$/u, '');
  if (t.length > limit) t = t.slice(0, titleCut(t)).trim();
  // "… xác định “nơi có nhiều lao động”": a quotation the title ends in keeps its closing mark.
  if (countOf(t, '“') > countOf(t, '”')) t += '”';
  if (countOf(t, '"') % 2 === 1 && /"[^"]*$/.test(t)) t += '"';
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * Where a title over 240 characters ends: at the last clause within them ("…; Quyết định số …"), else before the last
 * work joined on (", đồng thời …"), else at a comma that does not split a pair of words read as one ("phòng cháy, chữa
 * cháy", "cứu hộ, cứu nạn") nor the manners of the work ("nghiêm túc, có hiệu quả"), else at a word; before a bracket
 * that would be left open.
 */
function titleCut(title: string): number {
  const cut = titleCutAnywhere(title);
  // Not inside a bracket: "… thời gian yêu cầu (đối với nội dung cung cấp thông tin …" ends before it.
  const open = title.lastIndexOf('(', cut);
  const close = title.indexOf(')', open);
  return open > 80 && (close < 0 || close >= cut) ? open : cut;
}

/** titleCut before it keeps brackets whole. */
function titleCutAnywhere(title: string): number {
  const clause = title.lastIndexOf(';', TITLE_LENGTH);
  if (clause > 80) return clause;
  // "…, đồng thời thực hiện nghiêm túc, có hiệu quả …": before the next work joined on, not inside it.
  const joined = [
    ...title.slice(0, TITLE_LENGTH).matchAll(/,\s*(?:đồng thời|trong đó|nhất là|đặc biệt là)(?![\p{L}\p{M}])/giu),
  ].pop();
  if (joined && joined.index > 80) return joined.index;
  // "… và các hoạt động khác, như: Không sử dụng nước uống đóng chai nhựa, ly, …": before the examples, not inside them.
  const examples = [...title.slice(0, TITLE_LENGTH).matchAll(/,?\s*(?:như|gồm|bao gồm|cụ thể(?: là)?)\s*:/giu)].pop();
  if (examples && examples.index > 80) return examples.index;
  for (let i = title.lastIndexOf(',', TITLE_LENGTH); i > 80; i = title.lastIndexOf(',', i - 1))
    if (!PAIRED_WORDS.test(foldWithOffsets(title.slice(i + 1, i + 30).toLowerCase()).folded.trimStart())) return i;
  return title.lastIndexOf(' ', TITLE_LENGTH);
}
/** The longest title drafted: the directive's whole text stays in its description. */
const TITLE_LENGTH = 240;
/**
 * The second of a pair of words a comma joins into one name of work (folded): "chữa cháy", "cứu nạn"; or a manner of it;
 * or the next kind of place in a list of them ("… trên từng địa bàn phường, xã …").
 */
const PAIRED_WORDS =
  /^(?:chua chay|cuu nan|cuu ho|chong|co hieu qua|dung quy dinh|chat che|day du|nghiem tuc|(?:xa|phuong|thi tran|dac khu|thi xa|huyen)\s*(?:[,;.)]|(?:va|theo|tren|trong|thuoc|cua|lien quan)\b|$))/;

function countOf(text: string, mark: string): number {
  return text.split(mark).length - 1;
}

/**
 * Words a restatement may word otherwise (folded, see dedupe): "Báo cáo UBND tỉnh" / "báo cáo kết quả về Uỷ ban nhân
 * dân tỉnh", "… các cửa hàng bán lẻ xăng dầu" / "… các cửa hàng bán lẻ xăng dầu trên địa bàn".
 */
const RESTATED_FREELY = new Set(
  'bao cao ket qua ve len cho uy ban nhan dan ubnd tinh thanh pho theo dung quy dinh cua phap luat va tren dia'.split(
    ' ',
  ),
);

/**
 * A title that only announces the tasks told after it: "Thực hiện một số nhiệm vụ", "Triển khai các nhiệm vụ sau",
 * "Khẩn trương thực hiện ngay một số nhiệm vụ".
 */
const ANNOUNCED_TASKS =
  /^(?:khẩn trương\s+)?(?:thực hiện|triển khai(?: thực hiện)?|tập trung thực hiện)(?:\s+ngay)?\s+(?:một số|các|những)\s+(?:nhiệm vụ|nội dung|công việc)(?:\s+(?:sau|sau đây|cụ thể|trọng tâm|như sau|chủ yếu))?$/iu;

/** The same directive named twice (a headline and its assignment, a news item's lead and the letter): keep the fuller one. */
function dedupe(text: string, directives: Directive[], paragraphOf: Map<Directive, number>): Directive[] {
  /** Each draft's folded words, read once. */
  const tokens = new Map<Directive, string[]>();
  const tokensOf = (d: Directive) => {
    let t = tokens.get(d);
    if (!t) {
      t = d.pieces
        .map((p) => foldWithOffsets(text.slice(p.start, p.end)).folded)
        .join(' ')
        .split(/[^a-z0-9/]+/);
      tokens.set(d, t);
    }
    return t;
  };
  const words = (d: Directive) => new Set(tokensOf(d).filter((w) => w.length > 2));
  const numbers = (d: Directive) =>
    tokensOf(d)
      .filter((x) => /\d/.test(x) || /^(?:i|ii|iii|iv|v|vi)$/.test(x))
      .sort()
      .join(' ');
  /** Every word of the one is in the other, but for the words of reporting back and of the law it cites. */
  const restates = (one: Set<string>, other: Set<string>) =>
    [...one].every((x) => other.has(x) || RESTATED_FREELY.has(x));
  /** The draft opens with a report back ("Báo cáo …", "Kết quả thực hiện, báo cáo …"). */
  const reportsBack = (d: Directive) =>
    /^(?:ket qua[a-z ]{0,20},\s*)?(?:bao cao|tong hop bao cao)\b/.test(
      stripMark(foldWithOffsets(text.slice(d.pieces[0].start, d.pieces[0].end)).folded.trimStart()),
    );
  /** The words of the work alone, from where its units end, but for those of urgency and pointing back. */
  const workWords = (d: Directive) =>
    new Set(
      foldWithOffsets(text.slice(d.assignees.actionStart, Math.max(...d.pieces.map((p) => p.end))))
        .folded.split(/[^a-z0-9/]+/)
        .filter((x) => x.length > 2 && !/^(?:khan|truong|nay|tren|ngay|kip|thoi)$/.test(x)),
    );
  const kept: Directive[] = [];
  for (const d of directives) {
    const w = words(d);
    // "UBND tỉnh giao Sở X chủ trì … nghiên cứu, giải quyết …" in a news item's headline or lead, then word for word in
    // the letter it quotes, in another paragraph: the same units, the same numbers, and no word of either that the other
    // lacks but those of reporting back (not the same work for two places, halves of the year or quarters). The first
    // is kept unless the second says more.
    const repeated = kept.findIndex((k) => {
      const kw = words(k);
      const shared = [...w].filter((x) => kw.has(x)).length;
      return (
        paragraphOf.get(k) !== paragraphOf.get(d) &&
        k.assignees.lead === d.assignees.lead &&
        k.assignees.groups.join('|') === d.assignees.groups.join('|') &&
        (k.assignees.lead !== null || k.assignees.groups.length > 0) &&
        Math.min(w.size, kw.size) >= 6 &&
        shared >= 0.85 * Math.max(w.size, kw.size) &&
        restates(w, kw) &&
        restates(kw, w) &&
        numbers(k) === numbers(d)
      );
    });
    if (repeated >= 0) {
      if (w.size > words(kept[repeated]).size) kept[repeated] = d;
      continue;
    }
    // The same work named again with the letter it cites: the later, fuller one is kept. Not the report of the work
    // citing that letter too ("Kết quả thực hiện, báo cáo … theo chỉ đạo … tại Văn bản số 15473/BXD-TTCNTT …").
    const twin = kept.findIndex((k) => {
      if (k.assignees.lead === null || k.assignees.lead !== d.assignees.lead) return false;
      if (reportsBack(k) !== reportsBack(d)) return false;
      const kw = words(k);
      const shared = [...w].filter((x) => kw.has(x)).length;
      return shared / Math.min(w.size, kw.size) >= 0.5 && [...w].some((x) => /\d+\/\d{4}/.test(x) && kw.has(x));
    });
    if (twin >= 0) {
      kept[twin] = d;
      continue;
    }
    // "UBND tỉnh … vừa ban hành văn bản yêu cầu các sở, ngành và các địa phương rà soát, kiểm tra, xử lý dứt điểm các hồ sơ
    // …", then in a later paragraph "…, Chủ tịch UBND tỉnh yêu cầu lãnh đạo các sở, ngành và Chủ tịch UBND các xã, phường
    // … khẩn trương rà soát, kiểm tra, xử lý dứt điểm các hồ sơ này": the news of the letter, addressed to groups, then its
    // request given in full; the request is kept.
    const told = kept.findIndex((k) => {
      // Not news that names its unit, outside the table ("Chủ tịch UBND tỉnh vừa yêu cầu Cục Quản lý thị trường … tạm thời
      // chưa thanh tra …"), before another unit's work in the same words ("… giao Thanh tra tỉnh tiếp tục rà soát …").
      if (!k.tellsLetter || k.assignees.lead !== null || k.assignees.outside.length > 0) return false;
      if (paragraphOf.get(k) === paragraphOf.get(d)) return false;
      if (!d.assignees.explicit) return false;
      const work = workWords(d);
      if (work.size < 4) return false;
      const kw = words(k);
      return [...work].filter((x) => kw.has(x)).length >= 0.75 * work.size;
    });
    if (told >= 0) kept[told] = d;
    else kept.push(d);
  }
  return kept;
}

const HEAD_NAME = String.raw`((?:\p{Lu}[\p{Ll}\p{M}]*\s+){1,3}\p{Lu}[\p{Ll}\p{M}]*)`;
/** "đồng chí Nguyễn Thế Sơn, Phó Giám đốc phụ trách Sở X": a person named with the department they head. */
const HEAD_BEFORE_POST = new RegExp(
  String.raw`(?:đồng chí|ông|bà)\s+` + HEAD_NAME + String.raw`\s*,?\s+(?:Phó\s+)?Giám đốc(?:\s+phụ trách)?\s+`,
  'gu',
);
/** "… tân Giám đốc Sở X Nguyễn Thế Sơn …": the post, then the person. */
const HEAD_AFTER_POST = new RegExp(String.raw`^\s+` + HEAD_NAME, 'u');

/**
 * The text's mentions, with the people it names as the head of a department ("đồng chí Nguyễn Thế Sơn, Phó Giám đốc
 * phụ trách Sở Giáo dục và Đào tạo …"): a later "đồng chí Nguyễn Thế Sơn" is that department.
 */
function withHeadsNamed(
  text: string,
  folded: string,
  offsets: number[],
  toFolded: number[],
  mentions: Mention[],
): Mention[] {
  const heads = new Map<string, number>();
  const unitAt = (from: number) => mentions.find((m) => m.from === from && !m.group && m.departmentId !== null);
  for (const m of text.matchAll(HEAD_BEFORE_POST)) {
    const unit = unitAt(toFolded[m.index + m[0].length]);
    if (unit) heads.set(foldWithOffsets(m[1]).folded, unit.departmentId!);
  }
  for (const unit of mentions) {
    if (unit.group || unit.departmentId === null) continue;
    if (!/giam doc\s+$/.test(folded.slice(Math.max(0, unit.from - 10), unit.from))) continue;
    const start = offsets[unit.to - 1] + 1;
    const after = HEAD_AFTER_POST.exec(text.slice(start, start + 60));
    if (after) heads.set(foldWithOffsets(after[1]).folded, unit.departmentId);
  }
  if (heads.size === 0) return mentions;
  const added: Mention[] = [];
  for (const [name, departmentId] of heads) {
    const re = new RegExp(String.raw`\bdong chi ${name}\b`, 'g');
    for (const m of folded.matchAll(re)) {
      const from = m.index;
      const to = from + m[0].length;
      if (!mentions.some((x) => from < x.to && to > x.from)) added.push({ from, to, departmentId, group: false });
    }
  }
  return [...mentions, ...added].sort((a, b) => a.from - b.from);
}

/** A one-committee head the unit table may lack the rest of: "UBND huyện", "Chủ tịch UBND xã" (folded). */
const LOCAL_COMMITTEE_HEAD =
  /^(?:chu tich\s+)?(?:ubnd|uy ban nhan dan)\s+(?:huyen|quan|thi xa|tx|thanh pho|tp|h|xa|phuong|thi tran|dac khu)$/;
/** The place's own name after it (see PLACE_WORDS). */
/** A place's name, or a ward's or district's number ("UBND quận 3", "UBND phường 12"). */
const PLACE_NAME = new RegExp(String.raw`^\s+(?:${PLACE_WORDS}|\d{1,2}(?![\d/.:-]|,\d))`, 'u');

/**
 * The mentions, with a local committee named by its place that the unit table does not hold ("UBND huyện Ba Bể" in a
 * text of another province, a commune of the 2025 reorganisation the table lacks) read as one unit outside the
 * table, not as the group "UBND huyện" followed by words that would begin the work's title; and the bodies of
 * BODY_OUTSIDE_TABLE the table lacks. A unit of the table is matched before this (see UnitMatcher.find), so only
 * unknown units get here.
 */
/**
 * "Chủ tịch UBND huyện kết luận như sau:", "UBND huyện yêu cầu …": the district's (or commune's) own committee giving the
 * work, in its own conclusion, not a group of units given it.
 */
function isAssigningCommittee(folded: string, m: Mention): boolean {
  if (!m.group || !COMMITTEE_ITSELF.test(folded.slice(m.from, m.to))) return false;
  const after = folded.slice(m.to, m.to + 40);
  if (/(?:pho\s+)?chu tich\s+$/.test(folded.slice(Math.max(0, m.from - 14), m.from)))
    return ASSIGNING_VERB_AFTER.test(after) || /^\s+(?:da\s+|cung\s+)?chi dao\b/.test(after);
  if (/[a-z]/.test(folded.slice(Math.max(0, m.from - 3), m.from))) return false;
  // "UBND huyện cũng chỉ đạo đẩy mạnh …": the committee writing, directing work it names (not "UBND huyện Tam Đường chỉ
  // đạo các đơn vị …" in a province's text, a district given the work of directing its own).
  if (/^\s+(?:cung\s+|tiep tuc\s+)?chi dao\s+(?!(?:cac|ubnd|uy ban|so|phong|cong an)\b)/.test(after)) return true;
  // "Ủy ban nhân dân xã Nhơn Mỹ thông báo …" opening the text: the committee by its place's name, as well.
  return ASSIGNING_VERB_AFTER.test(after) || ASSIGNING_AFTER_PLACE.test(folded.slice(m.to, m.to + 80));
}
/** A committee named by its level alone, which is the one writing when it gives work (folded). */
const COMMITTEE_ITSELF =
  /^(?:(?:pho\s+)?chu tich\s+)?(?:ubnd|uy ban nhan dan) (?:huyen|thanh pho|tp|thi xa|quan|xa|phuong|thi tran)$/;
const ASSIGNING_VERB_AFTER =
  /^\s+(?:da\s+|cung\s+|tiep tuc\s+)?(?:ket luan|yeu cau|giao|de nghi|co y kien|thong nhat|thong bao)\b/;
/** The same after the place's name, one to four words. */
const ASSIGNING_AFTER_PLACE = new RegExp(String.raw`^(?:\s+[a-z]+){1,4}?` + ASSIGNING_VERB_AFTER.source.slice(1));

function withUnitsOutsideTable(
  text: string,
  offsets: number[],
  toFolded: number[],
  folded: string,
  mentions: Mention[],
) {
  const named = mentions
    .filter((m) => !isAssigningCommittee(folded, m))
    .map((m) => {
      // "Công an thành phố Huế", "Công an TP. Cao Lãnh": a city's police under the province, named with its place; "Văn
      // phòng UBND thành phố Bắc Kạn", a city's office.
      if (
        !m.group &&
        m.departmentId !== null &&
        /^(?:cong an|van phong (?:ubnd|uy ban nhan dan)) (?:thanh pho|tp)$/.test(folded.slice(m.from, m.to))
      ) {
        const end = offsets[m.to - 1] + 1;
        const place = PLACE_NAME.exec(text.slice(end).replace(/^\.\s?/, ' '));
        if (!place) return m;
        const dot = /^\.\s?/.exec(text.slice(end))?.[0].length ?? 0;
        return {
          from: m.from,
          to: toFolded[end + Math.max(0, dot - 1) + place[0].length],
          departmentId: null,
          group: false,
        };
      }
      if (!m.group || !LOCAL_COMMITTEE_HEAD.test(folded.slice(m.from, m.to))) return m;
      const end = offsets[m.to - 1] + 1;
      // "UBND TP. Cao Lãnh", "UBND TP.Cao Lãnh", "UBND H.Đức Trọng": the level's abbreviation with its dot.
      const abbreviated = /\b(?:tp|tx|h)$/.test(folded.slice(m.from, m.to))
        ? /^\.\s*(?=\S)/.exec(text.slice(end))?.[0]
        : undefined;
      const name = PLACE_NAME.exec((abbreviated ? ' ' : '') + text.slice(end + (abbreviated?.length ?? 0), end + 80));
      if (!name) return m;
      const to = end + (abbreviated ? abbreviated.length - 1 : 0) + name[0].length;
      return { from: m.from, to: toFolded[to], departmentId: null, group: false };
    });
  // The province's offices of central bodies and its mass organisations, when the table lacks them: "phối hợp với Kho
  // bạc Nhà nước tỉnh rà soát …" cooperates with one, it does not begin the work's title.
  const added: Mention[] = [];
  const within: Mention[] = [];
  for (const m of text.matchAll(BODY_OUTSIDE_TABLE)) {
    const from = toFolded[m.index];
    const to = toFolded[m.index + m[0].length];
    const overlapping = named.filter((x) => from < x.to && to > x.from);
    // "Văn phòng HĐND và UBND xã": the office, though a group's words ("UBND xã") end its name.
    if (overlapping.length > 0 && !overlapping.every((x) => x.group && x.from > from && x.to <= to)) continue;
    within.push(...overlapping);
    added.push({ from, to, departmentId: null, group: false });
  }
  if (added.length === 0) return named;
  return [...named.filter((x) => !within.includes(x)), ...added].sort((a, b) => a.from - b.from);
}

/** The offices of a district committee ("Phòng …"), by their usual names, longer names first. */
const DISTRICT_OFFICES = [
  'Tài chính\\s*[-–]\\s*Kế hoạch',
  'Tài nguyên và Môi trường',
  'Nông nghiệp\\s*(?:và|&)\\s*(?:PTNT|Phát triển nông thôn|Môi trường)',
  // Their short names: "Phòng NN và PTNT", "Phòng TC-KH", "Phòng TN&MT", "Phòng GD&ĐT", "Phòng LĐ-TB&XH", "Phòng KT&HT".
  'NN\\s*(?:&|và)\\s*PTNT',
  'TC\\s*[-–]\\s*KH',
  'TN\\s*(?:&|và)\\s*MT',
  'GD\\s*(?:&|và)\\s*ĐT',
  'LĐ\\s*[-–]\\s*TB\\s*(?:&|và|[-–])\\s*XH',
  'KT\\s*(?:&|và)\\s*HT',
  'VH\\s*(?:&|và|-)\\s*TT',
  'Giáo dục và Đào tạo',
  'Lao động\\s*[-–]?\\s*Thương binh và Xã hội',
  'Văn h(?:óa|oá)(?:\\s*[-–]\\s*| và )(?:Thông tin|Xã hội|Thể thao)',
  // A ward's office since 2025: "Phòng Kinh tế, Hạ tầng và Đô thị".
  'Kinh tế,\\s*Hạ tầng và Đô thị',
  'Kinh tế(?:\\s*(?:và|&)\\s*Hạ tầng|\\s*[-–]\\s*Hạ tầng(?: và Đô thị)?)?',
  'Quản lý đô thị',
  'Y tế',
  'Tư pháp',
  'Nội vụ',
  'Dân tộc',
  'Nông nghiệp',
  'Giáo dục',
];

/**
 * The names of a province's departments, those before the 2025 reorganisation and those it formed ("Sở Nông nghiệp và
 * Môi trường", "Sở Dân tộc và Tôn giáo"): a table of either time lacks those of the other, and a text that names one
 * assigns it work ("giao Sở Ngoại vụ chủ trì, phối hợp với Sở Tài chính …") all the same. Longer names first.
 */
const PROVINCIAL_DEPARTMENTS = [
  'Nông nghiệp và Phát triển nông thôn',
  'Nông nghiệp và Môi trường',
  'Tài nguyên và Môi trường',
  'Kế hoạch và Đầu tư',
  'Giao thông vận tải',
  'Thông tin và Truyền thông',
  'Lao động\\s*[-–]\\s*Thương binh và Xã hội',
  'Văn h(?:óa|oá), Thể thao và Du lịch',
  'Văn h(?:óa|oá) và Thể thao',
  'Khoa học và Công nghệ',
  'Giáo dục và Đào tạo',
  'Dân tộc và Tôn giáo',
  'Quy hoạch\\s*[-–]\\s*Kiến trúc',
  'Công [Tt]hương',
  'Xây dựng',
  'Tài chính',
  'Nội vụ',
  'Tư pháp',
  'Y tế',
  'Ngoại vụ',
  'Du lịch',
  // Their short names, which a table rarely lists for the departments of the other time: "Sở NN&MT", "Sở NN-MT", "Sở
  // DT&TG", "Sở KH&CN".
  'NN\\s*(?:&|và|[-–])\\s*(?:MT|PTNT)',
  'TN\\s*(?:&|và|[-–])\\s*MT',
  'KH\\s*(?:&|và|[-–])\\s*(?:ĐT|CN)',
  'GD\\s*(?:&|và|[-–])\\s*ĐT',
  'DT\\s*(?:&|và|[-–])\\s*TG',
  'TT\\s*(?:&|và|[-–])\\s*TT',
  'VH\\s*(?:[,&–-]|và)?\\s*TT\\s*(?:&|và|[-–])\\s*DL',
  'LĐ\\s*[-–]\\s*TB\\s*(?:&|và|[-–])\\s*XH',
  'GTVT',
];

/**
 * The bodies a provincial text names beside its departments that most unit tables leave out, by their own words,
 * read where no letter precedes them (one check of what precedes for them all: a lookbehind per alternative, tried at
 * every position of the text, doubled the time of this pattern).
 */
const OUTSIDE_NAMES: readonly string[] = [
  // Each with the place it serves ("tỉnh", "khu vực 5", "chi nhánh tỉnh Bắc Kạn", the province's own name), capitalised
  // as written, or as often written in small letters after its head ("Bộ Chỉ huy quân sự tỉnh").
  String.raw`(?:Kho bạc Nhà nước|Bảo hiểm xã hội|BHXH|Cục Thuế|Thuế|Cục Hải quan|Chi cục Hải quan|Ngân hàng Nhà nước(?: Việt Nam)?|` +
    String.raw`Bộ [Cc]hỉ huy [Qq]uân sự|Bộ CHQS|BCHQS|Bộ [Cc]hỉ huy [Bb]ộ đội [Bb]iên phòng|Bộ Chỉ huy BĐBP|BĐBP|Liên đoàn Lao động|Liên hiệp các [Hh]ội [Kk]hoa học và [Kk]ỹ thuật|Liên hiệp các [Tt]ổ chức [Hh]ữu nghị|Hội Nông dân|Hội Liên hiệp Phụ nữ|` +
    String.raw`Hội Cựu chiến binh|Hội Chữ thập đỏ|Hội Người cao tuổi|Hội Khuyến học|Hội Luật gia|Hội Nhà báo|` +
    String.raw`Hội Văn học\s*[-–]?\s*[Nn]ghệ thuật|Hội Doanh nhân trẻ|Hiệp hội Doanh nghiệp|Liên minh Hợp tác xã|` +
    String.raw`Ngân hàng Chính sách xã hội|Viện Kiểm sát nhân dân|Tòa án nhân dân|Cục Thi hành án dân sự|` +
    String.raw`Quỹ Đầu tư phát triển|Quỹ Bảo vệ và Phát triển rừng|Trung tâm Phát triển [Qq]uỹ đất|Trường Chính trị|Bệnh viện Đa khoa|Cục [Tt]hống kê|Thống kê|Công ty Điện lực|Cục [Qq]uản lý thị trường|Ban Tiếp công dân|` +
    String.raw`Ban Quản lý (?:Khu kinh tế|các [Kk]hu công nghiệp)|` +
    String.raw`Ban (?:Quản lý|QL)\s*(?:các )?(?:dự án|DA)(?: đầu tư(?: xây dựng)?| ĐTXD)?(?: (?:các )?công trình (?:dân dụng và công nghiệp|giao thông|nông nghiệp(?: và PTNT| và phát triển nông thôn)?|NN\s*(?:&|và)\s*PTNT))?|Ban Dân tộc|Ban Thi đua\s*[-–]\s*Khen thưởng|` +
    String.raw`Đài Phát thanh(?: và |\s*[-–]\s*)Truyền hình|(?:Ủy|Uỷ) ban (?:Mặt trận Tổ quốc|MTTQ)(?: Việt Nam)?|` +
    String.raw`Ban Chỉ huy Quân sự|(?:(?:Văn phòng|Thường trực|Cơ quan thường trực)\s+)?Ban [Aa]n toàn [Gg]iao thông|Trung tâm Phục vụ [Hh]ành chính công|Văn phòng (?:HĐND và UBND|Hội đồng nhân dân và Ủy ban nhân dân)|Trung tâm [Kk]iểm soát [Bb]ệnh tật(?:\s*\(CDC\))?|` +
    String.raw`Trung tâm Xúc tiến [Đđ]ầu tư(?:,? [Tt]hương mại(?: và [Dd]u lịch)?)?|` +
    String.raw`Văn phòng Điều phối (?:[Cc]hương trình )?(?:(?:mục tiêu quốc gia )?xây dựng )?[Nn]ông thôn mới|` +
    // A province's steering boards by their field ("Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh", "Thường trực
    // Ban Chỉ đạo phòng, chống dịch tỉnh"), the province closing the name; no word of the assigner's inside it.
    String.raw`(?:(?:Thường trực|Cơ quan thường trực)\s+)?Ban [Cc]hỉ (?:đạo|huy)(?:,?\s+(?!(?:đã|đang|sẽ|vừa|yêu|giao|đề|chỉ|được|là|có|tỉnh|UBND|Ủy|Uỷ|Chủ)(?![\p{L}\p{M}]))[\p{L}\p{M}\d&-]+){0,12}?)` +
    // The place after it is on the same line and in the same cell: "Kho bạc Nhà nước tỉnh\tSở Tài chính" is two units.
    String.raw`(?:\s+(?:chi nhánh\s+)?(?:tỉnh|khu vực|Khu vực)(?:[ \u00a0]+(?:\d+|[IVX]+|\p{Lu}[\p{L}\p{M}]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}]*){0,2}))?|\s+(?:TP\.?\s?HCM|TPHCM|TP\.?\s?Hồ Chí Minh|[Tt]hành phố(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})|\s+(?:xã|phường|huyện|thị xã|đặc khu)(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}]*){0,3}(?![\p{L}\p{M}]))`,
  // The province's youth union, by the province's name: "Tỉnh đoàn Tuyên Quang".
  String.raw`Tỉnh [Đđ]oàn(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}(?![\p{L}\p{M}])`,
  // A province's research or planning institute, by the province closing its name: "Viện Nghiên cứu phát triển kinh tế -
  // xã hội tỉnh", "Viện Quy hoạch xây dựng tỉnh" (a city's, "Viện Nghiên cứu phát triển TPHCM", is as often a partner).
  String.raw`Viện (?:[Nn]ghiên cứu [Pp]hát triển(?: [Kk]inh tế\s*[-–]\s*[Xx]ã hội)?|[Qq]uy hoạch(?: [Xx]ây dựng| và [Kk]iến trúc(?: đô thị)?)?) tỉnh(?![\p{L}\p{M}])`,
  // The province's radio and television, and its coastal radio, by the province's name: "Đài Phát thanh và Truyền hình
  // Thanh Hóa, Đài Thông tin duyên hải Thanh Hóa …" (the name ends at a word in small letters).
  String.raw`(?:Đài Phát thanh(?: và |\s*[-–]\s*)Truyền hình|Đài [Tt]hông tin [Dd]uyên hải)(?:\s+\p{Lu}[\p{L}\p{M}]*){1,3}(?![\p{L}\p{M}])`,
  // The party committee's boards and office, beside which a department works: "phối hợp với Ban Tuyên giáo Tỉnh ủy,
  // Công an tỉnh …".
  String.raw`(?:Ban (?:Tuyên giáo(?: và Dân vận)?|Dân vận|Tổ chức|Nội chính|Kinh tế)|(?:Ủy|Uỷ) ban Kiểm tra|Văn phòng) (?:[Tt]ỉnh|[Tt]hành) ủy(?![\p{L}\p{M}])`,
  // A port authority by its port: "Cảng vụ Hàng hải Quy Nhơn", "Cảng vụ Quy Nhơn", or by its kind alone ("Cảng vụ Hàng
  // hải, UBND các xã ven biển …").
  String.raw`Cảng vụ (?:[Hh]àng hải|[Đđ]ường thủy nội địa)(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}(?![\p{L}\p{M}])|Cảng vụ(?:\s+\p{Lu}[\p{L}\p{M}]*){1,3}`,
  // A centrally-run city's inspectorate, as the province's: "Thanh tra TP", "Thanh tra Thành phố".
  String.raw`Thanh tra (?:TP|[Tt]hành phố)(?![\p{L}\p{M}])`,
  // A district's offices and bodies, in a district committee's conclusion: "Phòng Tài chính - Kế hoạch", "Phòng Nông
  // nghiệp và PTNT", "Công an huyện", "Trung tâm Y tế huyện", "Ban Quản lý dự án đầu tư xây dựng huyện"; an office may
  // be written in small letters ("giao phòng Văn hóa và Thông tin quận …"; not its head's title, "Trưởng phòng …").
  String.raw`(?:(?:Phòng|(?<![Tt]rưởng\s)phòng) (?:${DISTRICT_OFFICES.join('|')})(?:\s+(?:huyện|thị xã|thành phố|quận|xã|phường)(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}]*){0,2})?)?` +
    String.raw`|(?:Công an|Ban [Cc]hỉ huy [Qq]uân sự|Trung tâm Y tế|Trung tâm Văn hóa(?:,| và) Thể thao(?: và Truyền thông)?|Trung tâm Phát triển quỹ đất|Ban (?:[Qq]uản lý|QL)\s*(?:các )?(?:dự án|DA)(?: đầu tư(?: xây dựng)?| ĐTXD)?(?:\s+khu vực)?)\s+(?:huyện|thị xã|[Tt]hành phố|TP|quận)(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}]*){0,2})?)(?![\p{L}\p{M}])`,
  // A district's or commune's office and its building-order team: "Văn phòng UBND phường", "Văn phòng HĐND và UBND
  // huyện", "Đội Quản lý trật tự xây dựng đô thị huyện" (the province's office is a department of the table).
  String.raw`(?:Văn phòng (?:HĐND (?:và|&) )?UBND|Đội (?:[Qq]uản lý|[Kk]iểm tra) trật tự(?: [Xx]ây dựng)?(?: (?:và )?[Đđ]ô thị)?)\s+(?:huyện|thị xã|quận|xã|phường|thị trấn)(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}]*){0,3}(?![\p{L}\p{M}])`,
  // A district's culture and media centre, its district said or left unsaid: "Trung tâm Văn hóa - Thông tin và Thể thao",
  // "Trung tâm Truyền thông - Văn hóa huyện".
  String.raw`Trung tâm (?:Văn hóa(?:\s*[-–,]\s*|\s+và\s+)Thông tin(?:\s*[-–,]\s*|\s+và\s+)Thể thao|Truyền thông(?:\s*[-–]\s*|\s+và\s+)Văn hóa)(?:\s+(?:huyện|thị xã|[Tt]hành phố|quận)(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}]*){0,3})?(?![\p{L}\p{M}])`,
  // A district's farm service centre, its district left unsaid in the district's own text: "yêu cầu phòng Nông nghiệp &
  // PTNT, Trung tâm Dịch vụ nông nghiệp, UBND các xã …".
  String.raw`Trung tâm Dịch vụ [Nn]ông nghiệp(?:\s+(?:huyện|thị xã|[Tt]hành phố|TP|quận)(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}]*){0,2})?)?(?![\p{L}\p{M}])`,
  // A newspaper opening the sentence with the radio and television named after it: "Báo Hưng Yên, Đài Phát thanh và
  // …" (alone there, it is as often the teller of the news: "Báo Quân đội nhân dân hoan nghênh …").
  String.raw`Báo\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}(?=\s*(?:,|và)\s*(?:Đài|Báo|Sở|Cổng|Trung tâm)\s)`,
  // The border guard ("Biên phòng tỉnh" in a list), and an economic zone's board by the zone's name: "phối hợp với các
  // cơ quan chức năng như Bộ đội Biên phòng, Ban quản lý Khu kinh tế Vân Phong …", or listed with no name ("giao Ban Quản lý Khu kinh tế, UBND các
  // huyện …").
  String.raw`(?:Bộ đội Biên phòng(?:\s+tỉnh)?|Biên phòng\s+tỉnh)(?![\p{L}\p{M}])`,
  // The board of a province's economic zone and its industrial zones together: "Ban Quản lý Khu kinh tế và Khu công
  // nghiệp tỉnh", "Ban Quản lý các Khu kinh tế tỉnh".
  String.raw`Ban [Qq]uản lý (?:các )?[Kk]hu kinh tế(?: và (?:các )?[Kk]hu công nghiệp(?:\s+tỉnh)?|\s+tỉnh)(?:\s+(?!(?:Sở|UBND|Ủy|Uỷ|Công|Ban|Bộ|Cục)\s)\p{Lu}[\p{L}\p{M}]*){0,3}(?![\p{L}\p{M}])`,
  String.raw`Ban [Qq]uản lý Khu kinh tế(?:(?:\s+(?:[-–]\s+)?\p{Lu}[\p{L}\p{M}]*){1,5}(?: và các [Kk]hu công nghiệp(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})?|(?=\s*[,;]))`,
  // A forest board by its forest's name: "Ban Quản lý rừng phòng hộ Bắc An Khê".
  String.raw`Ban [Qq]uản lý rừng (?:phòng hộ|đặc dụng)(?:\s+(?:[-–]\s+)?\p{Lu}[\p{L}\p{M}]*){1,5}`,
  // A tourist area's board: "Ban Quản lý KDL Quốc gia hồ Tuyền Lâm", "Ban Quản lý Khu du lịch Quốc gia Núi Sam".
  String.raw`Ban [Qq]uản lý (?:[Kk]hu du lịch|KDL)(?:\s+[Qq]uốc gia)?(?:\s+(?:hồ|núi|vịnh|đảo|biển)(?=\s+\p{Lu}))?(?:\s+\p{Lu}[\p{L}\p{M}]*){1,4}`,
  // The boards of export-processing, industrial and high-tech zones: "Các Ban Quản lý Khu chế xuất và công nghiệp, Ban
  // Quản lý Khu Công nghệ cao và Sở Công Thương phối hợp …".
  String.raw`(?:[Cc]ác )?Ban [Qq]uản lý (?:các )?[Kk]hu (?:chế xuất(?: và (?:các )?(?:[Kk]hu )?[Cc]ông nghiệp)?|[Cc]ông nghiệp|[Cc]ông nghệ cao)(?![\p{L}\p{M}])`,
  // A city's youth union, as the province's: "Thành đoàn TP Hồ Chí Minh".
  String.raw`Thành đoàn(?:\s+(?:TP\.?\s?|thành phố\s+)?\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,2})?(?![\p{L}\p{M}])`,
  // A national park by its name: "UBND huyện Ngọc Hiển và Vườn Quốc gia Mũi Cà Mau có trách nhiệm …".
  String.raw`(?:Ban [Qq]uản lý )?Vườn [Qq]uốc gia(?:\s+(?:[-–]\s+)?\p{Lu}[\p{L}\p{M}]*){1,5}`,
  // A department's branch offices, written with no place: "giao Chi cục Kiểm lâm kiểm tra …".
  String.raw`Chi [Cc]ục (?:Quản lý thị trường|Kiểm lâm|Thú y|Chăn nuôi và Thú y|Bảo vệ thực vật|Trồng trọt và Bảo vệ thực vật|Thủy lợi|Thuỷ lợi|Phát triển nông thôn|Thủy sản|Quản lý chất lượng [Nn]ông lâm sản và [Tt]hủy sản|An toàn vệ sinh thực phẩm|Dân số\s*[-–]\s*Kế hoạch hóa gia đình|Văn thư\s*[-–]\s*Lưu trữ|Bảo vệ môi trường|Quản lý đất đai|Giám định xây dựng)(?:\s+tỉnh)?(?![\p{L}\p{M}])`,
  // With a centrally-run city's name, which is no work: "Sở NN-MT TPHCM được giao …".
  String.raw`Sở (?:${PROVINCIAL_DEPARTMENTS.join('|')})(?:\s+(?:TP\.?\s?HCM|TPHCM|TP\.?\s?Hồ Chí Minh|TP\.?\s?(?:Hà Nội|Hải Phòng|Đà Nẵng|Cần Thơ|Huế)))?(?![\p{L}\p{M}])`,
  // An economic zone's or the industrial zones' board by its short name: "BQL Khu kinh tế", "BQL các KCN".
  String.raw`BQL\s+(?:Khu [Kk]inh tế|KKT|các [Kk]hu [Cc]ông nghiệp|các KCN)(?:\s+tỉnh)?(?![\p{L}\p{M}])`,
  // A project board by its short name, with no place after it: "BQL DA các công trình giao thông".
  String.raw`BQL\s*DA(?: đầu tư(?: xây dựng)?| ĐTXD)?(?: (?:các )?công trình (?:dân dụng và công nghiệp|giao thông|nông nghiệp(?: và PTNT| và phát triển nông thôn)?|NN\s*(?:&|và)\s*PTNT))?(?![\p{L}\p{M}])`,
  // "phối hợp với Công ty Điện lực quản lý an toàn điện …": the power company, its place left unsaid.
  String.raw`(?:Tổng )?Công ty Điện lực(?=\s+\p{Ll})`,
  // A company by its legal form and name: "Công ty cổ phần thủy điện Thác Bà", "Công ty TNHH MTV Xổ số kiến thiết".
  // A word in small letters between its capitalised ones is the name's too ("Công ty cổ phần Xi măng Tuyên Quang"), not
  // a unit's name after it.
  String.raw`Công ty\s+(?:cổ phần|CP|TNHH|trách nhiệm hữu hạn)(?:\s+(?:MTV|một thành viên|hai thành viên))?(?:\s+\p{Ll}[\p{L}\p{M}]*){0,4}(?:\s+\p{Lu}[\p{L}\p{M}]*)(?:(?:\s+\p{Ll}[\p{L}\p{M}]*)?\s+(?!(?:Sở|UBND|Ủy|Uỷ|Ban|Công|Cục|Chi|Bộ|Kho|Thanh|Văn)(?![\p{L}\p{M}]))\p{Lu}[\p{L}\p{M}]*){0,3}`,
  // The province's branches of the telecom, power and post companies, by the province's name ("Viễn thông Đồng Nai
  // (VNPT Đồng Nai)", "Viettel Thanh Hóa", "Điện lực Thanh Hóa"), the short name in brackets with them.
  String.raw`(?:(?:Tổng )?[Cc]ông ty\s+)?(?:Viễn thông|Viettel|VNPT|Điện lực|Bưu điện tỉnh|Bưu điện)\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,2}(?:\s*\([^()]{1,40}\))?`,
];

/** The first words of a board's work, which end its name ("Ban Chỉ đạo phòng chống dịch theo dõi …"). */
const BOARD_WORK_WORDS =
  'theo|thực|triển|tổ|tăng|tập|kiểm|rà|chủ|chuẩn|khẩn|đẩy|báo|đảm|bảo|hướng|phối|xử|giám|nắm|sẵn|khắc|tiếp|quyết|kịp|nghiêm';
/** The bodies of OUTSIDE_NAMES, and those named only where the words before them tell they are bodies. */
const BODY_OUTSIDE_TABLE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${OUTSIDE_NAMES.join('|')})` +
    // The market surveillance named mid-sentence ("phối hợp với Quản lý thị trường tăng cường kiểm tra …"), not the
    // words opening a sentence ("Quản lý thị trường chặt chẽ …").
    String.raw`|(?<=(?:,|\svà|\svới|\scùng)\s+)(?:Đội |Chi cục )?Quản lý thị trường(?:\s+tỉnh)?(?![\p{L}\p{M}])` +
    // A newspaper listed after another unit ("Sở Thông tin và Truyền thông, Báo Bắc Kạn đẩy mạnh …") or addressed by
    // the assigner ("giao Báo Bắc Kạn đăng tải …").
    String.raw`|(?<=(?:,|\svà|[Gg]iao|[Gg]iao cho|đề nghị|yêu cầu)\s+)Báo\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}` +
    // A board addressed by the assigner, its name closed by the next unit ("yêu cầu Ban Chỉ huy phòng chống thiên tai –
    // Tìm kiếm cứu nạn và phòng thủ dân sự, các sở, ngành …", "… Ban Chỉ huy PCTT và TKCN kiêm Ban Chỉ huy PTDS thị
    // xã, Thủ trưởng các phòng …"); its words first, then the assigner's before them.
    // A council, a working group or a team addressed the same way: "giao Thường trực Hội đồng thẩm định bảng giá đất
    // Thành phố khẩn trương rà soát …", "giao Tổ công tác …".
    String.raw`|(?:(?:Thường trực|Cơ quan thường trực)\s+)?(?:Ban Chỉ (?:đạo|huy)|Hội đồng|Tổ công tác|Đoàn (?:kiểm tra|thanh tra|công tác))(?<=(?:[Gg]iao|[Gg]iao cho|đề nghị|yêu cầu|[Cc]hỉ đạo)\s+(?:(?:Thường trực|Cơ quan thường trực)\s+)?(?:Ban Chỉ (?:đạo|huy)|Hội đồng|Tổ công tác|Đoàn (?:kiểm tra|thanh tra|công tác)))(?:\s*[,–-]?\s+(?!(?:đã|đang|sẽ|vừa|yêu|giao|đề|chỉ|được|là|có|các|UBND|Chủ|${BOARD_WORK_WORDS})(?![\p{L}\p{M}]))[\p{L}\p{M}\d&]+){1,14}?` +
    String.raw`(?=\s*[,;]\s*(?:các|Các|UBND|Ủy ban|Uỷ ban|Thủ trưởng|Chủ tịch|Giám đốc|Sở|Công an)\s|\s+(?:${BOARD_WORK_WORDS})(?![\p{L}\p{M}]))`,
  'gu',
);
