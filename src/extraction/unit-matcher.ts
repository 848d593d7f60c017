import { foldWithOffsets } from '../common/text/fold-vietnamese';

export interface DepartmentRef {
  id: number;
  name: string;
}

export interface Mention {
  /** Indices into the folded text (same length as the text the matcher was given, see foldWithOffsets). */
  from: number;
  to: number;
  departmentId: number | null;
  /** The group as written ("UBND các huyện, thành phố"), for a group assignee. */
  group: boolean;
}

const fold = (s: string) => foldWithOffsets(s).folded;
const initials = (words: string) =>
  fold(words)
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0])
    .join('');

// A space alone too: "Sở Kế hoạch Đầu tư", "Sở Tài nguyên Môi trường" drop the "và" of the full name; a dash with a
// space after it only: "Sở Giáo dục- Đào tạo"; a comma with no space after it: "Sở VH,TT&DL".
const SEPARATORS = [' va ', ' & ', '&', '-', ' - ', '- ', ', ', ',', ' ', ''];

/** "Sở Lao động - Thương binh và Xã hội" → "so ld-tb&xh", "so ldtbxh", "sldtbxh", … */
function departmentAliases(name: string): string[] {
  const folded = fold(name).replace(/\s+/g, ' ').trim();
  const aliases = new Set<string>([folded]);
  // "Văn phòng UBND thành phố": a centrally-run city's office, the province's in a city's text (one named with its place,
  // "Văn phòng UBND thành phố Bắc Kạn", is a district's: see withUnitsOutsideTable in the extractor).
  if (folded === 'van phong ubnd tinh') aliases.add('van phong ubnd thanh pho');
  const swaps: Array<[RegExp, string]> = [
    [/\bubnd\b/, 'uy ban nhan dan'],
    [/\buy ban nhan dan\b/, 'ubnd'],
    [/\bthanh pho\b/, 'tp'],
    [/\bthanh pho\b/, 'tp.'],
    [/\bvan phong ubnd\b/, 'vp ubnd'],
  ];
  for (const [from, to] of swaps) for (const a of [...aliases]) if (from.test(a)) aliases.add(a.replace(from, to));
  if (/^(ban|cuc) .+ tinh$/.test(folded)) aliases.add(folded.replace(/ tinh$/, ''));
  // "Thuế tỉnh": the provincial tax office's name since the 2025 reorganisation (before it, "Cục Thuế tỉnh").
  if (folded === 'cuc thue tinh') aliases.add('thue tinh');
  // "Công an TP", "Công an thành phố": a centrally-run city's police, the province's in a city's text (one named with its
  // place, "Công an thành phố Huế", is a district's: see withUnitsOutsideTable in the extractor).
  if (folded === 'cong an tinh') for (const city of ['cong an thanh pho', 'cong an tp']) aliases.add(city);
  const so = /^so (.+)$/.exec(folded);
  if (so) {
    const original = name.replace(/^\s*Sở\s+/i, '');
    const groups = original.split(/\s+và\s+|\s*,\s*|\s+[-–]\s+/).filter(Boolean);
    const options = groups.map((g) => [fold(g), initials(g)]);
    const combine = (i: number): string[] => {
      if (i === options.length - 1) return options[i];
      const rest = combine(i + 1);
      const out: string[] = [];
      for (const head of options[i])
        for (const sep of SEPARATORS)
          for (const tail of rest) {
            if (sep === '' && (head.includes(' ') || tail.includes(' '))) continue;
            out.push(head + sep + tail);
          }
      return out;
    };
    for (const body of combine(0)) {
      aliases.add(`so ${body}`);
      if (!body.includes(' ') && body.length >= 2) aliases.add(`s${body}`);
      // "Giám đốc GD&ĐT": the director named by the department's initials, "Sở" left out.
      if (!body.includes(' ') && /[&-]/.test(body)) aliases.add(`giam doc ${body}`);
    }
  }
  return [...aliases].filter((a) => a.length >= 4);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The sectors a leader addresses by name: "ngành giáo dục", "ngành y tế", … (folded). */
/** The level a sector or the staff are of, right before their work ("ngành nông nghiệp huyện thường xuyên …"), not a place's name. */
const LEVEL_BEFORE_WORK = String.raw`(?=\s+(?:thuong xuyen|tang cuong|chu dong|tiep tuc|khan truong|phoi hop|chu tri|to chuc|trien khai|thuc hien|kiem tra|huong dan|theo doi|xay dung|ra soat|chap hanh|nghiem tuc|can|phai)\b)`;
/** A sector by its department's initials: "ngành GTVT", "ngành GD-ĐT", "ngành NN&PTNT", "ngành TN&MT" (folded). */
const SECTOR_INITIALS = String.raw`gtvt|gd\s*[-&]\s*dt|gddt|nn\s*[-&]\s*ptnt|nnptnt|tn\s*[-&]\s*mt|tnmt|ld\s*-\s*tb\s*[-&]\s*xh|ldtbxh|vh\s*[-,]?\s*tt\s*[-&]\s*dl|vhttdl|tt\s*[-&]\s*tt|tttt|kh\s*[-&]\s*cn|khcn`;
/** The sectors by their names (folded), as "ngành …" names them. */
const SECTOR_NAME = String.raw`(?:giao duc(?:\s+(?:va|-)\s+dao tao)?|y te|nong nghiep(?:\s+(?:va|-)\s+phat trien nong thon)?|cong thuong|tai chinh|thue|xay dung|giao thong(?:\s+van tai)?|du lich|tai nguyen(?:\s+(?:va|-)\s+moi truong)?|noi vu|tu phap|kiem lam|thong tin(?:\s+(?:(?:va|-)\s+)?truyen thong)?|khoa hoc(?:\s+(?:va|-)\s+cong nghe)?|lao dong(?:\s*(?:,|-)\s*thuong binh(?:\s+(?:va|-)\s+xa hoi)?)?|dien(?:\s+luc)?|van hoa(?:\s*(?:,|-|va)\s*(?:the thao|thong tin)(?:\s+va\s+du lich)?)?|ngan hang|hai quan|cong an|thong ke|bao hiem xa hoi|kho bac|quan ly thi truong|${SECTOR_INITIALS})`;
const SECTOR = String.raw`nganh\s+${SECTOR_NAME}(?:\s+tinh|\s+(?:huyen|xa|thi xa)${LEVEL_BEFORE_WORK})?(?![a-z0-9])`;

/**
 * What a unit must do, after its name (folded): "cần", "phải", "cần phải". Not "cần được", "cần có", "cần khoảng 50 tỷ
 * đồng", "cần thêm …" (a need, not a duty), nor a place's own name ("Cần Thơ", "Cần Giuộc", "Cần Đước", "Cần Giờ").
 */
export const MUST = String.raw`(?:can phai|phai|can(?!\s+(?:(?:tho|giuoc|duoc|gio|co|khoang|them|tren|hon|toi|den)\b|\d)))`;

/** The work a unit opening a sentence is given: "Ngành y tế chủ động …", "Huyện Thái Thụy phối hợp …". */
const SUBJECT_WORK = String.raw`(?:cung\s+)?(?:can|phai|tham muu|tiep tuc|tap trung|khan truong|quyet liet|tich cuc|chu dong|nghiem tuc|kip thoi|som|day nhanh|day manh|tang cuong|ra soat|chi dao|quan tam|thuc hien|trien khai|to chuc|xay dung|uu tien|lam tot|phoi hop|chuan bi|huong dan|kiem tra|theo doi|quan triet|khac phuc|bao dam|dam bao)`;
/** A commune's staff at their work (see the staff's group): the subject's work, or out on the ground. */
const STAFF_WORK = String.raw`(?:${SUBJECT_WORK}|${MUST}|bam sat|do dac|tiep nhan|van dong)`;
/** What was or will be done, told ("Huyện đã thực hiện …", "Thị xã đã tổ chức …"): no word of a place's name. */
const TOLD = String.raw`(?:da|dang|vua|se|chua|cung)`;
/**
 * A place's own name after its level, one to three words (none of them its work), or its number: "… Thái Thụy", "… Đô
 * Lương", "phường Hải Châu 1", "phường 3", "xã D’Ran" (a word may have its apostrophe); not "không", "chưa", "mới" (but
 * "Chợ Mới", "Tân Mới") that tell what the place did or did not; nor a company's ("Phương Nam Group").
 */
const PLACE_OWN_NAME = String.raw`(?:(?:\s+(?!${SUBJECT_WORK}\b)(?!${TOLD}\s+${SUBJECT_WORK}\b)(?!(?:khong|chua|hon|nua|group|jsc|corp|holdings)\b)(?!(?<!\b(?:cho|tan)\s+)moi\b)[a-z]+(?:['’][a-z]+)?){1,3}?(?:\s+\d{1,2}\b)?|\s+\d{1,2}\b)`;
/**
 * What a locality addressed by its name is asked to do ("yêu cầu huyện Diễn Châu bàn giao mặt bằng …"): the subject's
 * words and the work's own, of two words each, which no place's name holds.
 */
const ADDRESSED_WORK = String.raw`(?:${SUBJECT_WORK}|hoan thanh|ban giao|giai ngan|xu ly|bo tri|khoi cong|di doi|so tan|giai quyet|tuyen truyen|van dong|bao cao|don doc|nang cao|ho tro|thu hoi|quan ly|nghien cuu|rut kinh nghiem|chu tri|khac phuc|cung co|dieu chinh|bo sung|hoan thien|tham dinh|phe duyet|ban hanh|tuyet doi|truoc mat)`;
/** Up to three words of a body's name before its work (folded), "hậu cần" (logistics) one of them. */
const BODY_NAMED = String.raw`(?:\s+(?:hau can|(?!${ADDRESSED_WORK}\b)[a-z]+)){0,3}?`;
const ADDRESSED_PLACE_NAME = String.raw`(?:(?:\s+(?!${ADDRESSED_WORK}\b)[a-z]+(?:['’][a-z]+)?){1,3}?(?:\s+\d{1,2}\b)?|\s+\d{1,2}\b)`;
/**
 * A ward ("phường Cao Lãnh", "phường Đông Hải"), not the words "phương" begins once folded: "phương án", "phương tiện",
 * "phương thức" (but "các phường thực hiện …", "… tiến hành …", "… hướng dẫn …").
 */
const NOT_WARD = String.raw`tien(?!\s+hanh)|an|thuc(?!\s+hien)|huong(?!\s+dan)|phap|cham(?!\s+lo)|trinh|dien`;
const WARD = String.raw`phuong(?!\s+(?:${NOT_WARD})\b)`;
/**
 * A district, town, city, commune, township or ward named by its own name: "huyện Thái Thụy", "xã Tân Thành", "phường
 * Minh Xuân", "Phường Đông Hải phối hợp …" (not "xã hội", "phương án", "phương Bắc tiếp tục …", nor the words that
 * fold as "xã" does: "xạ trị", "xả lũ", "xà lan").
 */
const NAMED_LOCALITY = String.raw`(?:huyen|thi xa|thanh pho|thi tran|xa(?!\s+(?:hoi|tri|lu|thai|lo|rac|nuoc|tran|khi|lan|hon)\b)|phuong(?!\s+(?:${NOT_WARD})\b)(?!\s+(?:tay|dong|nam|bac)\s+${SUBJECT_WORK}\b))${PLACE_OWN_NAME}(?!\s+(?:group|jsc|corp|holdings)\b)`;
/**
 * What opens a sentence about the work ahead and joins it to the one before, with its comma: "Thời gian tới,", "Đồng
 * thời,", "Bên cạnh đó,".
 */
const FORWARD = String.raw`(?:(?:trong\s+)?thoi gian toi|sap toi|dong thoi|ben canh do|ngoai ra|song song (?:voi )?do)\s*,`;
/** The assigner's verbs, after which the units addressed follow ("yêu cầu …", "giao cho …", "lưu ý …"). */
const ASSIGNER_VERBS = 'yeu cau|de nghi|giao|giao cho|chi dao|luu y';
/** A school's level (folded): "mầm non", "mẫu giáo", "tiểu học", "trung học cơ sở", "THPT". */
const SCHOOL_LEVEL = String.raw`(?:mam non|mau giao|tieu hoc|trung hoc(?: co so| pho thong)?|thcs|thpt|pho thong(?: dan toc (?:noi tru|ban tru))?|dan toc (?:noi tru|ban tru))`;
/** Right after the assigner's verb: what follows is addressed. */
const ADDRESSED = String.raw`(?<=\b(?:${ASSIGNER_VERBS})\s+)`;
/** An arm of the forces, as "lực lượng" names them: "công an", "quân sự", "kiểm lâm", "dân quân (tự vệ)", "biên phòng". */
const FORCE_ARM = String.raw`(?:cong an|quan su|kiem lam|dan quan(?: tu ve)?|bien phong|canh sat|phong chay chua chay|xung kich|quan ly thi truong)`;

/** A word of a board's field ("PCTT và TKCN", "phòng, chống dịch"), not the assigner's words nor the province. */
const BOARD_WORD = String.raw`(?!(?:vua|da|co|de|yeu|giao|chi|tinh|cac|ubnd|uy)\b)[a-z&]+`;

/** A health facility (folded): "bệnh viện", "trung tâm y tế", "trạm y tế", "cơ sở y tế", "cơ sở khám, chữa bệnh". */
const HEALTH_FACILITY = String.raw`(?:benh vien|trung tam y te|tram y te|phong kham|co so (?:y te|kham(?:\s*,\s*|\s+)chua benh|kham benh\s*,\s*chua benh))(?![a-z])`;
/**
 * What a class of places holds or is crossed by, part of its name (folded): "(UBND các huyện) có đường sắt đi qua", "có
 * dự án đi qua", "có biên giới", "có cửa khẩu", "có chợ", "có rừng", before the work or the next unit; the danger they are
 * in, up to what they must do: "(Các xã, thị trấn) có nguy cơ xảy ra sạt lở núi, …, ngập lụt … phải thực hiện ngay …".
 */
const PLACES_HOLDING = String.raw`co nguy co\s[^.;:]{2,200}?(?=\s+(?:can phai|phai)\s)|co (?:du an|cong trinh|tuyen(?: duong)?|duong sat|duong cao toc|cao toc|quoc lo|song|suoi)(?:\s+[a-z]+){0,4}?\s+(?:di qua|chay qua|tren dia ban)|co (?:bien gioi|cua khau|cho|bien|dao|rung)(?:\s+(?:dat lien|quoc te|chinh|phu|dau moi|truyen thong|dan sinh))?(?=\s*[,;:]|\s+(?:va|can|phai|tham muu|tiep tuc|tap trung|khan truong|quyet liet|tich cuc|chu dong|nghiem tuc|kip thoi|som|day nhanh|day manh|tang cuong|ra soat|chi dao|quan tam|thuc hien|trien khai|to chuc|xay dung|uu tien|lam tot|phoi hop|chuan bi|huong dan|kiem tra|theo doi|quan triet|khac phuc|bao dam|dam bao|bo tri|quan ly)\b)`;

/** A unit of a class after "từng" / "mỗi" (folded), and its head before it ("từng Giám đốc sở"). */
const EACH_UNIT = String.raw`(?:so|nganh|dia phuong|don vi|co quan|cap|huyen|xa|phuong)`;
const EACH_HEAD = String.raw`(?:(?:giam doc|thu truong|chu tich|nguoi dung dau)\s+)?`;

/** A village's or a quarter's head (folded): "xóm trưởng", "tổ trưởng tổ dân phố", "trưởng thôn". */
const VILLAGE_HEAD = String.raw`(?:(?:thon|xom|ban|ap|khu pho|to)\s+truong(?:\s+(?:to dan pho|khu pho|thon|xom))?|truong\s+(?:thon|xom|ban|ap|khu pho|to dan pho))`;
/** "… của tỉnh" right after a department's name, before its role or the next unit. */
const OF_PROVINCE =
  /^\s+cua\s+(?:tinh|thanh pho)(?=\s*[,;.]|\s+(?:chu tri|phoi hop|va|tham muu|khan truong|co trach nhiem)\b)/;
/**
 * The period ahead a sentence opens with (folded): "Trong 2 tháng còn lại của năm 2023", "Trong 6 tháng cuối năm", "Thời
 * gian tới", "Trong quý II/2024", "Năm 2026".
 */
const PERIOD_AHEAD = String.raw`(?:(?:trong\s+|tu nay den\s+(?:het\s+|cuoi\s+)?|den het\s+)?(?:thoi gian (?:toi|con lai(?:\s+cua\s+nam)?)|nam \d{4}|quy (?:iv|i{1,3}|[1-4])(?:\s*[/-]\s*\d{4}|\s+nam\s+\d{4})?|thang \d{1,2}(?:\s*[/-]\s*\d{4}|\s+nam\s+\d{4})?|(?:0?6|sau|0?9|chin) thang (?:dau|cuoi) nam|(?:nhung|cac|\d{1,2}|hai|ba) (?:thang|quy) (?:cuoi nam|con lai(?:\s+cua\s+nam)?))(?:\s+\d{4})?)`;
/**
 * A sentence opening with a period and the place that sets itself work in it (folded; group 1: the period as written):
 * "Trong 6 tháng cuối năm, huyện …". The extractor reads it as work only while that period is still to come.
 */
export const PLACE_OPENING_PERIOD = new RegExp(
  String.raw`^(${PERIOD_AHEAD})\s*,\s{1,3}(?:huyen|thi xa|thanh pho|quan)\b`,
);
/**
 * The place going on with more of the work it set itself, in the next sentence (folded): "Huyện cũng tập trung triển khai
 * …"; the extractor gives it the period of the sentence before (see GROUPS).
 */
const PLACE_GOES_ON_WORDS = String.raw`(?:huyen|thi xa|thanh pho)(?=\s+cung\s+(?:tiep tuc\s+)?(?:tap trung|day manh|day nhanh|chu trong|uu tien)\b)`;
export const PLACE_GOES_ON = new RegExp(`^${PLACE_GOES_ON_WORDS}`);
/** The work a place sets itself for the period ahead, not told as done: "tập trung", "tiếp tục", "đẩy mạnh" … */
const PLACE_WORK_AHEAD = String.raw`(?:(?:cung|se)\s+)?(?:tiep tuc\s+)?(?:tap trung|tiep tuc|day manh|day nhanh|chu trong|uu tien|quyet liet|khan truong)`;
/** Group assignees: a whole class of units, expanded only when the office confirms. */
const GROUPS: RegExp[] = [
  // The boards of a class of units: "Ban Chỉ huy PCTT và TKCN các sở, ngành, các huyện, thành phố", "Ban Chỉ đạo
  // phòng, chống dịch các huyện" (each unit's own board, which the emergency letters address). Not "văn bản chỉ đạo Sở Y
  // tế phối hợp với các sở, ngành …": the letter that directs the department.
  new RegExp(
    String.raw`(?=ban chi)(?<!\bvan )ban chi (?:huy|dao)(?:\s*,?\s*${BOARD_WORD}){1,10}\s+cac\s+(?:so|huyen|xa|dia phuong|nganh|cap|quan)\b` +
      String.raw`(?:\s*(?:,|va)\s*(?:cac\s+)?(?:so|ban|nganh|huyen|thi xa|thanh pho|tp|xa|phuong|thi tran|dia phuong|cap|don vi))*` +
      String.raw`(?:\s+(?:lien quan|tren dia ban|trong tinh))?`,
    'g',
  ),
  // "các UBND các huyện, thị xã, thành phố (trong tỉnh)": the plural may be written twice, or a count be given ("UBND 24
  // quận-huyện", "UBND 13/13 huyện"). Also one committee of a
  // kind ("UBND phường", "UBND đặc khu"), which a place's name may follow (see withUnitsOutsideTable in the extractor).
  // "UBND các huyện, thành, thị", "UBND các huyện, thị, thành phố": the city and the towns in short. "UBND các xã,
  // phường, đặc khu Phú Quý": a province's one special zone named after the list (the thirteen of 2025). "UBND các huyện
  // có dự án đi qua": those the work passes through; "UBND các xã, phường thuộc vùng bị dịch uy hiếp và vùng đệm", "… ven
  // biển, đảo": where they lie; "UBND các huyện, thành phố nơi có chốt kiểm soát", "UBND các xã, phường có tàu, thuyền
  // hoạt động trên biển": what they hold.
  new RegExp(
    String.raw`(?:cac\s+)?(?:chu tich\s+)?(?:cac\s+)?(?:ubnd|uy ban nhan dan)\s+(?:cac\s+|\d{1,3}(?:\/\d{1,3})?\s+)?(?:huyen|quan|thi xa|tx|thanh pho|tp|h(?=\.)|xa|phuong|thi tran|dac khu|(?<=cac\s+)(?:dia phuong|tinh(?=\s*(?:,|va)\s*thanh pho\b(?!\s+(?:giap ranh|lan can|trong khu vuc)\b))))(?![a-z])(?:(?:\s*(?:,|va|\/|-)\s*|(?<=\bthi xa)\s+(?=thanh pho\b)|(?<=\b(?:quan|phuong|xa|huyen))\s+(?=(?:huyen|xa|phuong|thi tran|thi xa)\b))(?:thanh\s*,\s*thi\b|huyen|thi xa|thanh pho|tp|thi tran|phuong|xa|dac khu|cap (?:xa|huyen)|(?<=\/\s*)thi(?!\s+(?:xa|tran)\b)|thi(?=\s*(?:,|va)\s*(?:thanh pho|tp)\b))\b)*(?:(?<=(?:,|\bva)\s*dac khu)\s+(?:van don|co to|cat hai|bach long vi|phu quoc|tho chau|kien hai|con dao|ly son|phu quy|con co|hoang sa|truong sa)\b)?(?:\s+(?:co lien quan|lien quan|truc thuoc trung uong|tren dia ban|trong tinh|trong (?:huyen|thi xa|thanh pho)(?![a-z])|ven bien(?:\s*(?:,|va)\s*(?:hai\s+)?dao\b)?|ven (?:song|dam|ho|suoi|kenh)|bien gioi|mien nui|vung (?:cao|ven bien)|co rung|thuoc vung (?:bi dich uy hiep|co dich|dich|dem)(?:\s*(?:,|va)\s*vung (?:dem|bi dich uy hiep))?|${PLACES_HOLDING}|(?:noi )?co (?:chot|diem|tau(?!\s*,\s*thuyen)|tau\s*,\s*thuyen|thuyen|o dich|ca benh|ca mac)(?:\s+[a-z]+|\s*,\s*chong\b){0,5}?(?=\s*[,;:](?!\s*chong\b)|\s+va\s|\s+(?:can|phai|tham muu|tiep tuc|tap trung|khan truong|quyet liet|tich cuc|chu dong|nghiem tuc|kip thoi|som|day nhanh|day manh|tang cuong|ra soat|chi dao|quan tam|thuc hien|trien khai|to chuc|xay dung|uu tien|lam tot|phoi hop|chuan bi|huong dan|kiem tra|theo doi|quan triet|khac phuc|bao dam|dam bao|bo tri|quan ly)\b)))?(?:(?<=\bcac\s[a-z ,/-]{2,60})\s+(?:khac(?! (?:nhau|phuc|voi|biet|han|thuong)\b)|con lai)(?![a-z]))?`,
    'g',
  ),
  // … with the districts after them, without their committees: "các sở, ngành, quận, huyện, thị xã".
  // "… cơ quan, doanh nghiệp trên địa bàn tỉnh": the firms and the place, as the emergency letters list them.
  /(?:thu truong\s+|giam doc\s+)?cac\s+(?:so|co quan|don vi)\s*[,-]\s*(?:ban\s*,\s*)?nganh(?:\s*(?:,|va)\s*(?:doan the|dia phuong|don vi|co quan(?:\s+don vi(?:\s+doan the)?)?|doanh nghiep|quan\s*-\s*huyen|(?:phuong|xa)\s*\/\s*(?:xa|phuong)|quan|huyen|thi xa|(?<=(?:huyen|thi xa)\s*,\s*)thanh pho)(?![a-z]))*(?:\s+(?:cap tinh|tinh|thanh pho|lien quan|co lien quan|thanh vien|chuyen mon|thuoc tinh|con lai|tren dia ban(?:\s+(?:tinh|thanh pho))?))*/g,
  // "các sở, ban, ngành", also "các sở, ban ngành", "các sở ban ngành" and "các ban ngành, địa phương"; with the mass
  // organisations: "các sở, ban ngành, tổ chức chính trị,
  // đoàn thể thuộc tỉnh"; "các sở, ban, ngành, tổ chức, đơn vị trực thuộc thành phố".
  /(?:thu truong\s+|giam doc\s+)?(?:cac\s+(?:so|ban)(?:\s*,\s*|\s+(?=ban\s+nganh\b))(?:ban\s+nganh|ban|nganh)|cac\s+ban\s+nganh)(?:\s*(?:,|va)\s*(?:nganh|doan the|hoi(?=\s*(?:,|va)\s*doan the\b)|dia phuong|to chuc(?=\s*,\s*don vi\b)|don vi(?:\s+su nghiep cong lap)?|(?:cac\s+)?to chuc chinh tri(?:\s*[-–]\s*xa hoi)?)(?![a-z])|\s+dia phuong\b)*(?:\s+(?:cap tinh|cap huyen|cap xa|tinh|thanh pho|cua tinh|(?:truc )?thuoc (?:ubnd |uy ban nhan dan )?(?:tinh|thanh pho)|lien quan|co lien quan|thanh vien|chuyen mon|chuc nang|tren dia ban|trong tinh|con lai))*(?:\s*(?:,|va)\s*(?:dia phuong|don vi)(?![a-z]))*(?:\s+thuoc (?:ubnd|uy ban nhan dan) tinh)?/g,
  // The departments listed after other units without "các": "phối hợp với UBND cấp xã và sở ngành liên quan", "phối hợp
  // với sở, ngành chức năng, UBND các huyện"; or addressed so: "yêu cầu sở, ban, ngành, UBND các huyện …".
  // Their heads, likewise: "yêu cầu Thủ trưởng sở, ban, ngành tỉnh, Chủ tịch UBND huyện, thị xã …".
  // Also opening a sentence or an item, in the list form: "1. Sở, ban, ngành, Ủy ban nhân dân quận-huyện … thực hiện …".
  /(?=so\b)(?<=(?:,|\bva|\bvoi|\b(?:yeu cau|de nghi|giao|giao cho|chi dao))\s+)so\s*,?\s*(?:ban\s*,?\s*)?nganh(?:\s*(?:,|va)\s*(?:dia phuong|don vi|co quan)(?![a-z]))*(?:\s+(?:lien quan|co lien quan|chuc nang|thanh pho|tinh))?|(?=so\b)(?<=(?:^|[.;:\n])\s*)so\s*,\s*(?:ban\s*,\s*)?nganh(?:\s*(?:,|va)\s*(?:dia phuong|don vi|co quan)(?![a-z]))*(?:\s+(?:lien quan|co lien quan|chuc nang|thanh pho|tinh))?(?=\s*(?:,|va\b))|(?:thu truong|giam doc)\s+so\s*,\s*ban\s*,?\s*nganh(?:\s+(?:tinh|thanh pho|lien quan))?/g,
  // The heads of the departments and of the sectors, written apart: "Giám đốc các Sở, Thủ trưởng các ban ngành và …".
  /(?:thu truong|giam doc)\s+cac\s+so\b/g,
  // The departments addressed as a class, or worked with, or opening the sentence: "yêu cầu các sở thảo luận …", "chủ
  // trì, phối hợp các sở và UBND thành phố …", "Các sở rà soát …", "Khi có sự cố, các sở báo cáo …", "Hằng tuần, các sở
  // báo cáo …" (not "các sở: Y tế, …", see listedByName). Not "các số liệu", "các số vốn", "các sổ sách" ("số", "sổ" fold as "so"
  // too).
  new RegExp(
    String.raw`(?<=\b(?:${ASSIGNER_VERBS}|phoi hop|phoi hop voi)\s+|(?:^|[.;:\n]|\s[-–])\s*(?:(?:khi|neu|(?:trong\s+)?truong hop)\s[^,;.:]{2,120},\s*|(?:(?:dinh ky\s+)?(?:hang|moi)\s+(?:ngay|tuan|thang|quy|nam)|dinh ky)[^,;.:]{0,40},\s*)?)` +
      String.raw`cac\s+so(?:\s+(?:lien quan|co lien quan))?(?![a-z0-9]|\s*:|\s+(?:lieu|von|tien|luong|hieu|du|thu|chi|ho|phieu|nguoi|dien|tai khoan|ke|ca|vu|km|ha|sach|tay|tiet kiem|ghi chep|do(?!\s+(?:[a-z]+\s+){0,10}?(?:phu trach|quan ly|chu tri)))\b)`,
    'g',
  ),
  /(?:thu truong\s+)?cac\s+ban\s+nganh(?:\s+(?:cap tinh|tinh|lien quan|co lien quan|thanh vien|chuyen mon))*/g,
  // Each unit of a class, as the subject: "Từng ngành, từng địa phương chủ động rà soát …", "yêu cầu từng sở, ngành …"
  // (not "giao chỉ tiêu cho từng đơn vị", each one an object); each one's head: "yêu cầu từng Giám đốc sở, ngành, Chủ
  // tịch quận, huyện và chủ đầu tư …".
  new RegExp(
    String.raw`(?<=\b(?:${ASSIGNER_VERBS})\s+|(?:^|[.;:,\n]|\s[-–])\s*)` +
      String.raw`(?:tung|moi)\s+${EACH_HEAD}${EACH_UNIT}(?:\s*(?:,|va)\s*(?:(?:tung|moi)\s+)?${EACH_HEAD}(?:${EACH_UNIT}|quan(?!\s+(?:ly|tam|triet|he|trac|sat|doi)\b)|chu dau tu))*(?![a-z])`,
    'g',
  ),
  // "UBND cấp huyện", "UBND các cấp", "UBND cấp huyện, cấp xã".
  /(?:chu tich\s+)?(?:ubnd|uy ban nhan dan)\s+(?:cac\s+cap|cap\s+(?:huyen|xa))\b(?:\s*(?:,|va)\s*cap\s+(?:huyen|xa)\b)*/g,
  /cac\s+xa\s*,\s*phuong(?:\s*,\s*thi tran)?(?:\s*,\s*dac khu)?/g,
  // Their heads: "yêu cầu các ông xóm trưởng …", "các đồng chí trưởng thôn, tổ trưởng tổ dân phố …".
  new RegExp(
    String.raw`cac\s+(?:ong\s+|ba\s+|dong chi\s+)?${VILLAGE_HEAD}(?:\s*(?:,|va)\s*${VILLAGE_HEAD})*(?![a-z])`,
    'g',
  ),
  // A commune's villages and quarters: "yêu cầu các thôn tổng hợp …", "… các cơ quan, đơn vị và thôn, xóm tập trung …".
  /(?:cac\s+(?:thon|ap(?!\s+(?:dung|luc|thap|dat|giai|che|tai)\b))|(?<=(?:,|\bva)\s+)thon)(?:\s*(?:,|va)\s*(?:xom|ban|buon|ap|to dan pho|khu pho|khu dan cu)\b)*(?:\s+(?:tren dia ban|trong xa|lien quan))?(?![a-z])/g,
  /cac\s+(?:to dan pho|khu pho|khu dan cu)(?:\s*(?:,|va)\s*(?:thon|xom|khu pho|to dan pho)\b)*(?![a-z])/g,
  // … or opening the sentence with what they must do, their leaders too: "Lãnh đạo xã, phường phải cung cấp …".
  new RegExp(
    String.raw`(?<=(?:^\s*|[.;:!?\n]\s{0,3}|[-+•*]\s{1,3}))(?:lanh dao\s+)?(?:cac\s+)?xa\s*,\s*phuong(?:\s*,\s*(?:thi tran|dac khu))*(?=\s+(?:${MUST}|${SUBJECT_WORK})\b)`,
    'g',
  ),
  // The commune levels listed after other units without "các": "yêu cầu các sở, ngành và xã, phường phải …".
  // Also with the comma left out: "đề nghị các phòng, ban, đơn vị, xã phường chuẩn bị …".
  /(?<=(?:,|\bva)\s+)xa\s*,?\s*phuong(?:\s*,\s*(?:thi tran|dac khu))*(?![a-z])/g,
  // The offices of a district or city: "các phòng, ban chuyên môn", "các phòng, ban, cơ quan thành phố".
  /(?:thu truong\s+|truong\s+)?cac\s+phong\s*,?\s*(?:ban|nganh)(?:\s*,\s*(?:nganh|co quan|don vi|trung tam))*(?:\s+(?:chuyen mon|chuc nang|lien quan|co lien quan|thanh pho|huyen|thi xa|quan(?!\s+(?:ly|tam|trac|triet|he)\b)|tren dia ban|thuoc (?:ubnd |uy ban nhan dan )?(?:huyen|quan|thi xa|thanh pho))(?![a-z]))*(?:\s*(?:,|va)\s*(?:cac\s+)?(?:don vi su nghiep(?: cong lap)?|don vi truc thuoc)(?![a-z]))*/g,
  // Districts named together without their committees: "các huyện", "hai huyện" (the ones just named), a count of them
  // addressed ("yêu cầu 10 huyện, thành phố …").
  // "các phường", "các thị trấn" (not "các phương tiện", "các phương án"); listed together: "các xã, thị trấn", "các
  // phường, xã", also with the comma left out ("các xã phường", "các xã thị trấn"; not "các xã thị xã Kỳ Anh", the
  // communes of the town).
  new RegExp(
    String.raw`(?:(?:cac|hai|ba|bon|nam|sau|(?<=(?:yeu cau|giao|de nghi|chi dao|giao cho)\s+)\d{1,3}(?:\/\d{1,3})?)\s+(?:huyen|thi xa|xa)|cac\s+(?:phuong(?!\s+(?:${NOT_WARD}|tay|dong|nam|bac)\b)|thi tran))\b(?:(?:\s*(?:,|\/|va)\s*|(?<=\b(?:xa|phuong))\s+(?=(?:xa|phuong|thi tran)\b))(?:xa(?! hoi\b)|phuong(?!\s+(?:${NOT_WARD})\b)|thi tran|thi xa|thanh pho|dac khu|thi(?=\s*(?:,|va)\s*(?:thanh pho|tp)\b))\b)*(?:\s+(?:lien quan|tren dia ban|trong tinh|trong huyen|trong thi xa|trong thanh pho|ven bien|bien gioi|vung lu|vung cao|mien nui|vung sau|vung xa|dong bang|${PLACES_HOLDING}))?(?:\s+(?:khac(?! (?:nhau|phuc|voi|biet|han|thuong)\b)|con lai)(?![a-z]))?`,
    'g',
  ),
  // The mass organisations: "các tổ chức đoàn thể", "các đoàn thể (chính trị - xã hội) tỉnh", "các tổ chức chính trị - xã hội",
  // "các đoàn thể địa phương"; the Front's member organisations: "các tổ chức thành viên".
  /cac\s+(?:to chuc\s+)?(?:hoi\s*,\s*)?(?:doan the|chinh tri\s*[-–]?\s*xa hoi)(?:\s+chinh tri\s*[-–]?\s*xa hoi)?(?:\s+(?:tinh|cua tinh|cap tinh|cac cap|truc thuoc|dia phuong|huyen|xa))?(?:\s*,\s*doan the\b(?:\s+cua tinh)?)?/g,
  /cac\s+to chuc\s+thanh vien/g,
  // The members of a steering board, an organising board or a council, addressed by the chair: "các thành viên Ban Chỉ
  // đạo (phòng, chống dịch tỉnh)", "các thành viên Ban tổ chức", "thành viên Hội đồng thẩm định", "các đồng chí thành
  // viên Ban Chỉ huy …".
  // Its name runs to its place ("… phòng, chống dịch COVID-19 tỉnh") or up to the work ("các thành viên Đoàn kiểm tra
  // liên ngành thực hiện kiểm tra …").
  new RegExp(
    String.raw`(?:cac\s+)?(?:dong chi\s+)?thanh vien\s+(?:cua\s+)?(?:ban chi dao|ban chi huy|ban to chuc|hoi dong|to cong tac|doan kiem tra)` +
      String.raw`(?:(?:(?:\s+|\s*[,–-]\s*)[a-z0-9&]+){0,16}?\s+(?:tinh|thanh pho|huyen|cac cap)(?![a-z])(?:\s+\d{2,4}(?![\d/]))?|(?:(?:\s+|\s*[,–-]\s*)(?!${SUBJECT_WORK}\b)(?!(?:${TOLD}|van|con)\b)[a-z0-9&]+){1,14}?(?=\s+${SUBJECT_WORK}\b)|\s+\d{2,4}(?![\d/]))?(?![a-z])`,
    'g',
  ),
  // … listed after other units without "các": "yêu cầu các sở, ban, ngành, tổ chức đoàn thể, thành viên Ban Chỉ huy …".
  /(?=to chuc\s)(?<=(?:,|\bva)\s+)to chuc\s+(?:doan the|chinh tri\s*[-–]?\s*xa hoi)(?:\s+(?:tinh|cac cap))?(?![a-z])/g,
  // Organisations and people of a trade, addressed or listed after a group, up to their work: "yêu cầu các tổ chức, cá
  // nhân hoạt động khai thác khoáng sản thực hiện nghiêm …", "… và các tổ chức, cá nhân có liên quan phải …".
  new RegExp(
    String.raw`(?=cac)(?<=(?:\b(?:yeu cau|de nghi|giao|va)\s+|(?:^\s*|[.;:!?\n]\s{0,3})))cac\s+(?:to chuc\s*(?:,|va)\s*ca nhan|ca nhan\s*(?:,|va)\s*to chuc)(?:\s+(?:co lien quan|lien quan|tren dia ban(?:\s+tinh)?|(?:hoat dong|kinh doanh|san xuat|khai thac)(?:\s+[a-z]+){1,6}?))?(?=\s+(?:${MUST}|${SUBJECT_WORK})\b)`,
    'g',
  ),
  // A commune's or district's staff by their work, addressed: "giao các cán bộ chuyên môn tiếp tục rà soát …", "… các cán
  // bộ phụ trách địa bàn xã Tân Lập kiểm tra …" (their place's name runs up to their work).
  new RegExp(
    String.raw`(?<=\b(?:giao|giao cho|yeu cau|de nghi)\s+)(?<!\b(?:da|duoc|vua)\s+(?:giao|giao cho|yeu cau|de nghi)\s+)cac\s+can bo\s+(?:chuyen mon|dia chinh(?:\s*[-–]\s*xay dung)?|phu trach)(?:\s+(?:thuoc|cua)\s+(?:ubnd|uy ban nhan dan)\s+(?:xa|phuong|huyen|thi tran))?(?:\s+(?:linh vuc|dia ban|thon|ban|xa|phuong|thi tran)(?:(?:\s*,\s*|\s+)(?!${STAFF_WORK}\b)[a-z]+){0,4}?)?(?=\s+${STAFF_WORK}\b)`,
    'g',
  ),
  // A commune's or ward's offices after 2025: "các bộ phận chuyên môn (liên quan) (của UBND phường)".
  /cac\s+bo phan(?:\s+chuyen mon)?(?:\s+(?:lien quan|co lien quan))?(?:\s+(?:cua|thuoc)\s+(?:van phong\s+)?(?:ubnd|uy ban nhan dan)\s+(?:tinh|thanh pho|tp|huyen|quan|thi xa|xa|phuong))?(?![a-z])/g,
  // The armed forces' units: "(các) đơn vị lực lượng vũ trang cấp tỉnh".
  /(?:cac\s+)?don vi luc luong vu trang(?:\s+(?:cap tinh|tinh|tren dia ban))?/g,
  // The press: "các cơ quan báo chí", "các cơ quan thông tấn, báo chí (trên địa bàn)", no class of departments.
  /cac\s+co quan\s+(?:thong tan\s*(?:,|va)\s*)?bao chi(?:\s+(?:tren dia ban|cua tinh|trong tinh|dia phuong))?/g,
  /cac\s+(?:co quan|phuong tien)\s+thong tin dai chung(?:\s+(?:tren dia ban|cua tinh|trong tinh))?/g,
  // The units by how they are funded or what they run, told their work: "các đơn vị sự nghiệp công lập", "các đơn vị sử
  // dụng ngân sách", "các cơ quan, đơn vị dự toán cấp tỉnh", "các đơn vị quản lý, vận hành hồ chứa thủy điện, thủy lợi".
  /(?:thu truong\s+)?cac\s+(?:co quan\s*,\s*)?don vi\s+(?:su nghiep cong lap|su dung ngan sach(?:\s+nha nuoc)?|du toan(?:\s+(?:cap tinh|ngan sach|cap i{1,3}))*|quan ly(?:\s*(?:,|va)\s*van hanh)?\s+(?:cac\s+)?(?:ho chua|ho dap|cong trinh thuy loi)(?:\s+(?:thuy dien|thuy loi))?(?:\s*(?:,|va)\s*(?:ho chua\s+)?(?:thuy dien|thuy loi))*)(?:\s+(?:tren dia ban|(?:truc\s+)?thuoc (?:tinh|(?:ubnd|uy ban nhan dan) tinh)))?(?![a-z])/g,
  // "các đơn vị trực thuộc UBND tỉnh", "các cơ quan, đơn vị thuộc UBND tỉnh": the province's own units.
  /(?:thu truong\s+)?cac\s+(?:co quan\s*,\s*)?(?:don vi|co quan)\s+(?:truc\s+)?thuoc\s+(?:ubnd|uy ban nhan dan)\s+(?:tinh|thanh pho)(?:\s*(?:,|va)\s*cac\s+doanh nghiep(?:\s+(?:nha nuoc|truc thuoc))?)?(?![a-z])/g,
  // Not "các đơn vị trực thuộc", the units under the one that directs them ("Sở X: Chỉ đạo các đơn vị trực thuộc …");
  // with the work they were given: "Các đơn vị được giao nhiệm vụ tại Thông báo này khẩn trương …"; by their level
  // ("các cơ quan, tổ chức, đơn vị cấp tỉnh") or the schools among them ("Các đơn vị trường học, cơ sở giáo dục, quản lý
  // giáo dục").
  new RegExp(
    String.raw`(?:thu truong\s+|giam doc\s+)?cac\s+(?:don vi|co quan|dia phuong)(?!\s+(?:truc thuoc|thong tan|bao chi)\b)(?:(?:\s*(?:,|va)\s*|\s+(?=(?:don vi|dia phuong|truong hoc)\b))(?:cac\s+)?(?:dia phuong|don vi|co quan|truong hoc|co so giao duc|(?<=,\s*)quan ly giao duc|to chuc kinh te(?:\s*[-–]?\s*xa hoi)?|to chuc (?:thuy loi|khai thac cong trinh thuy loi|tin dung)|to chuc|doanh nghiep|ban(?:\s*,?\s*nganh)?(?=\s*(?:,|va)?\s*nganh\b|\s|,)|nganh(?=\s*(?:[,;:.)]|$)|\s+(?:lien quan|co lien quan|chuc nang|va|trong|tren|tinh|thanh pho|cap)\b)|cong so|ho gia dinh|ho dan|ca nhan|luc luong vu trang)(?![a-z]))*(?:\s+(?:(?:hanh chinh\s+)?nha nuoc(?:\s+cac cap)?|hanh chinh(?:\s+cac cap)?|cap (?:tinh|huyen|xa(?! hoi)|thanh pho)(?:\s*(?:,|va)\s*cap (?:huyen|xa(?! hoi)))*(?![a-z])|thuoc (?:cac )?don vi hanh chinh cap (?:huyen|xa)(?:\s*(?:,|va)\s*cap (?:huyen|xa))?(?:\s*\(cu\))?|trong (?:huyen|xa|thi xa|quan)(?![a-z])|(?<=(?:,|va)\s*(?:cac\s+)?(?:don vi|co quan|to chuc)\s+)truc thuoc (?:ubnd |uy ban nhan dan )?(?:tinh|thanh pho)(?![a-z])|noi co (?:chot|diem|o dich|ca benh|du an|cong trinh)(?:\s+[a-z]+|\s*,\s*chong\b){0,5}?(?=\s*[,;:](?!\s*chong\b)|\s+va\s|\s+(?:can|phai|tiep tuc|tap trung|khan truong|chu dong|thuc hien|trien khai|to chuc|hoan thanh|ra soat|kiem tra|bo tri|tang cuong|phoi hop)\b)|thong tin dai chung|lien quan|co lien quan|tren dia ban|trong tinh|ven bien|bien gioi|mien nui|vung lu|vung (?:bi )?(?:ngap|thien tai|anh huong)|bi anh huong|bau cu|(?:dong quan|dong) tren dia ban|trung uong(?:\s+(?:dong chan|dong quan|dong))?(?=\s+tren dia ban\b)|thuoc tinh|thuoc thanh pho|cua (?:tinh|thanh pho)(?![a-z])|thanh pho(?=\s*,)|chuc nang(?:\s*,\s*(?:co\s+)?lien quan(?![a-z]))?|quan ly(?:\s*(?:,|va)?\s*(?:bao tri|van hanh|khai thac))+(?![a-z])|(?<=(?:,|va)\s*(?:cac\s+)?(?:don vi|co quan)\s+)(?:truc )?thuoc (?:ubnd|uy ban nhan dan)(?: (?:tinh|huyen|thanh pho|thi xa|quan))?|(?:thanh tra(?: nha nuoc)?|dieu tra)(?! (?:tinh|so|huyen|chinh phu|bo)\b)(?!\s*(?:,|va)\s*(?:kiem tra|dieu tra|giam sat|xu ly|kiem soat|lam ro|xac minh)\b(?![^.;]{0,50}?\b(?:tang cuong|thuc hien|phoi hop|chu dong|tiep tuc|khan truong|can|phai)\b))(?:\s*(?:,|va)\s*(?:kiem toan(?: nha nuoc)?|dieu tra|kiem tra|giam sat|truy to|xet xu)(?![a-z]))*|chuyen mon(?: (?:thuoc|truc thuoc|cua) (?:ubnd|uy ban nhan dan) tinh)?))?(?:\s+(?:co lien quan|lien quan|huu quan|con lai|duoc (?:kiem toan|thanh tra|kiem tra)|${PLACES_HOLDING}))?(?:\s+tren dia ban(?:\s+(?:tinh|thanh pho|huyen))?)?(?:\s+(?:khac(?! (?:phuc|voi|biet|han|thuong)\b)|thi cong|soan thao|thue|chu quan|tu van(?: giam sat)?|giam sat(?!\s+(?:chat|viec|cac|tinh hinh|hoat dong|thuc hien|qua trinh|tien do|chat luong)\b)|chu dau tu)\b)?(?:\s*(?:,|va)\s*(?:cac\s+)?doan the(?:\s+(?:huyen|tinh|xa))?\b(?:\s+tren dia ban)?)?(?:\s+duoc giao(?! quyen\b)(?: nhiem vu| chu tri)?(?:\s+tai\s+(?:thong bao|van ban|ket luan|cong van|quyet dinh|ke hoach)(?:\s+(?:nay|tren))?)?)?(?:\s+thuoc pham vi quan ly(?:\s+cua\s+(?:(?:ubnd|uy ban nhan dan)\s+)?(?:tinh|thanh pho|huyen|minh)\b|(?!\s+cua\b)))?`,
    'g',
  ),
  // The party committees with the authorities and the front beside them, as a party's or a committee's directive addresses
  // them: "các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội", "các cấp ủy đảng,
  // chính quyền các cấp", "Các cấp ủy, chính quyền, Mặt trận và đoàn thể:".
  /(?:cac\s+cap uy|(?=cap uy)(?<=\b(?:yeu cau|de nghi|giao|chi dao)\s+)cap uy)(?:\s+dang)?(?:\s+(?:cac cap|dia phuong))?(?:\s*(?:,|va)\s*(?:cac\s+)?(?:to chuc (?:co so )?dang|chinh quyen(?:\s+(?:cac cap|dia phuong|co so))?|mat tran(?: to quoc)?(?: viet nam)?|doan the(?:\s+chinh tri\s*-\s*xa hoi)?(?:\s+cac cap)?|to chuc chinh tri\s*-\s*xa hoi(?:\s+cac cap)?)(?![a-z]))*/g,
  // The local authorities: "chính quyền các địa phương", "chính quyền cơ sở", "chính quyền các cấp", "các cấp chính
  // quyền", and "chính quyền" alone beside the functional sectors ("Chính quyền và ngành chức năng cần …").
  /chinh quyen\s+(?:cac\s+)?(?:dia phuong|co so|cac cap|cap (?:huyen|xa|co so))\b|cac cap chinh quyen\b|chinh quyen(?=\s+va\s+(?:cac\s+)?(?:nganh|co quan|luc luong)\s+chuc nang\b)/g,
  // … and the communes' or wards' own: "yêu cầu chính quyền các xã, phường (mới thành lập) khẩn trương …".
  /chinh quyen\s+cac\s+(?:xa|phuong|huyen|thi tran)(?:\s*(?:,|va)\s*(?:xa|phuong|thi tran|dac khu)\b)*(?!\s*(?:,|va)\s*(?:xa|phuong|thi tran|dac khu)\b)(?:\s+moi(?:\s+(?:thanh lap|sau sap xep))?)?(?:\s+(?:ven bien|bien gioi|mien nui|vung cao|tren dia ban))?(?![a-z])/g,
  // The heads of the bodies concerned, without "các": "Thủ trưởng cơ quan liên quan", "Thủ trưởng cơ quan, đơn vị liên quan".
  /(?:thu truong|lanh dao)\s+(?:co quan|don vi)(?:\s*(?:,|va)\s*(?:co quan|don vi|dia phuong))*\s+(?:co\s+)?lien quan/g,
  // … and listed after other units without "các": "phối hợp với UBND huyện, thị xã, thành phố và cơ quan liên quan".
  /(?:co quan|don vi)(?<=(?:,|\bva|\bvoi)\s+(?:co quan|don vi))(?:\s*(?:,|va)\s*(?:co quan|don vi|dia phuong|to chuc))*\s+(?:(?:co\s+)?lien quan|chuc nang)/g,
  // … or told their duty as the subject: "Thủ trưởng cơ quan, đơn vị, địa phương có trách nhiệm thông báo …".
  /(?<=(?:^\s*|[.;:!?\n]\s{0,3}|[-+•*]\s{1,3}))(?:thu truong|lanh dao)\s+(?:cac\s+)?(?:co quan|don vi)(?:\s*(?:,|va)\s*(?:co quan|don vi|dia phuong))*(?=\s+(?:co trach nhiem|chiu trach nhiem|phai)\b)/g,
  /cac\s+(?:huyen|cap)\s*,\s*(?:thanh\s*,\s*thi\b|thi xa|thanh pho|nganh|cac nganh)(?:\s*(?:,|va)\s*thanh pho)?(?:(?<=nganh)\s*(?:,|va)\s*(?:cac\s+)?(?:dia phuong|doan the)\b(?:\s+(?:lien quan|co lien quan))?)?(?:\s+(?:tren (?:dia ban|toan) tinh|trong tinh))?/g,
  // The levels from one to another as the subject of a duty: "Từ huyện đến xã phải thành lập ngay Ban chỉ đạo …".
  /(?=tu\s)(?<=(?:^|[.;:!?\n])\s*)tu\s+(?:tinh|huyen)\s+(?:den|toi)\s+(?:huyen|xa|co so|thon)(?=\s+(?:phai|can|deu phai)\b)/g,
  // … and the other way round: "các ngành, các cấp", "các ngành, các cấp, các địa phương".
  /cac\s+nganh\s*(?:,|va)\s*(?:cac\s+)?cap(?![a-z])(?:\s*(?:,|va)\s*(?:cac\s+)?dia phuong\b)?/g,
  // A city's districts: "các quận, huyện (, thị xã)".
  /cac\s+quan\s*,\s*huyen(?:\s*,\s*thi xa)?(?:\s+(?:lien quan|tren dia ban))?/g,
  /(?:giam doc\s+)?cac\s+ban\s+quan\s+ly(?:\s+du\s+an(?:\s+dau tu xay dung)?(?:\s+chuyen nganh)?|\s+chuyen nganh)(?:\s*,\s*khu vuc)?(?:\s*\([^()]{1,80}\))?/g,
  /cac\s+chu\s+dau\s+tu/g,
  // The inspection teams: "các đoàn kiểm tra (liên ngành) (lấy mẫu)", "các đoàn công tác".
  /cac\s+doan\s+(?:kiem tra|cong tac|thanh tra|giam sat)(?:\s+(?:lien nganh|lay mau|cua tinh|cap tinh))*/g,
  // The forest owners, told to guard their forests: "chủ rừng trên địa bàn tỉnh", "các chủ rừng".
  /(?<![a-z])(?:cac\s+)?chu rung(?:\s+tren dia ban(?:\s+tinh)?)?/g,
  // The owners of dams and reservoirs, told to operate them safely: "các chủ hồ đập thủy lợi, thủy điện trên địa bàn",
  // "các chủ hồ đập, thủy lợi, thủy điện".
  /cac\s+chu\s+(?:ho\s+dap|ho chua|dap|ho)(?:\s*,?\s+(?:thuy loi|thuy dien)(?:\s*(?:,|va)\s*(?:thuy loi|thuy dien))*)?(?:\s+tren dia ban(?:\s+tinh)?)?/g,
  // The owners of mines, boats and vehicles, told what they must do: "yêu cầu các chủ mỏ khẩn trương lập hồ sơ đóng cửa
  // mỏ", "các chủ mỏ đá trên địa bàn huyện Thanh Liêm" (a place's name of two words), "các chủ tàu thuyền".
  new RegExp(
    String.raw`cac\s+chu\s+(?:mo(?:\s+(?:khoang san|da|cat|dat|than|quang))?|tau(?:\s*,?\s+(?:thuyen(?!\s+(?:truong|vien)\b)|ca))?(?:\s+du lich)?|phuong tien(?:\s+(?:thuy noi dia|thuy|van tai|giao thong|co gioi))?(?:\s+(?:hanh khach|hang hoa|duong bo|duong thuy(?: noi dia)?|du lich))?)(?:\s+tren dia ban(?:\s+tinh|\s+(?:huyen|thi xa|thanh pho|xa|phuong)${ADDRESSED_PLACE_NAME}(?=\s+(?:${ADDRESSED_WORK}|dung|ngung|tam dung|chap hanh|lap|khong|co trach nhiem|chiu trach nhiem|nop|ky quy)\b))?)?(?![a-z])`,
    'g',
  ),
  // Enterprises as a class, told their work: "Các doanh nghiệp nhà nước trên địa bàn tỉnh thực hiện …".
  new RegExp(
    String.raw`cac\s+doanh nghiep(?:\s+nha nuoc)?(?:\s+(?:kinh doanh\s+)?(?:xang dau|van tai|du lich|xay dung))?(?:\s+tren dia ban(?:\s+tinh)?)?(?=\s+${SUBJECT_WORK}\b)`,
    'g',
  ),
  // … or addressed by the assigner with their trade: "yêu cầu các doanh nghiệp kinh doanh xăng dầu trên địa bàn cam kết …".
  new RegExp(
    ADDRESSED +
      String.raw`cac\s+doanh nghiep(?:\s+[a-z]+){0,4}?(?:\s+tren dia ban(?:\s+tinh)?)?(?=\s+(?:${SUBJECT_WORK}|cam ket|khong de|duy tri|thuc hien)\b)`,
    'g',
  ),
  // The companies, cooperatives and a board's sub-committees addressed with their work: "đề nghị các công ty tiếp tục
  // đẩy mạnh …", "chỉ đạo các tiểu ban đẩy nhanh …", "yêu cầu các hợp tác xã …", "yêu cầu các Tiểu ban hậu cần, Tiểu ban
  // tuyên truyền chuẩn bị …" (its "cần" the word's, not "must").
  new RegExp(
    // The words first, then the assigner's before them: a lookbehind tried at every position of the text costs more.
    String.raw`(?=cac\s+(?:cong ty|tieu ban|hop tac xa|htx)\b)` +
      ADDRESSED +
      String.raw`cac\s+(?:cong ty|tieu ban|hop tac xa|htx)${BODY_NAMED}(?:\s*(?:,|va)\s*tieu ban\s+[a-z]+${BODY_NAMED})*(?:\s+tren dia ban(?:\s+tinh)?)?(?=\s+${ADDRESSED_WORK}\b)`,
    'g',
  ),
  // The staff as a class: "cán bộ, công chức, viên chức, người lao động (trong các cơ quan, đơn vị)".
  new RegExp(
    String.raw`(?:toan the\s+)?can bo\s*,\s*cong chuc(?:\s*,\s*vien chuc)?(?:\s*(?:,|va)\s*nguoi lao dong)?(?:\s+(?:xa|huyen|phuong)${LEVEL_BEFORE_WORK})?(?:\s+(?:trong|tai|cua)\s+cac\s+co quan\s*,\s*don vi)?`,
    'g',
  ),
  // Written without the comma, and the sectors with the localities: "các sở ngành liên quan", "các ngành, địa phương".
  // … with the districts and communes written the same way: "các sở ngành, quận huyện và xã phường".
  /cac\s+so\s+nganh(?:\s*(?:,|va)\s*(?:dia phuong|don vi|doan the|quan huyen|xa phuong)(?![a-z]))*(?:\s+(?:chuc nang|cap huyen))?(?:\s+(?:lien quan|co lien quan|tinh|thanh pho))?/g,
  /cac\s+nganh\s*,?\s*(?:cac\s+)?(?:dia phuong|don vi|co quan)(?:\s*(?:,|va)\s*(?:dia phuong|don vi|co quan|khu dan cu|thon|to dan pho)(?![a-z]))*(?:\s+(?:lien quan|co lien quan|trong tinh|tren dia ban|cua tinh|thuoc tinh))?/g,
  // The businesses of a trade addressed, to their work: "các đơn vị kinh doanh vận tải hành khách tăng cường …", "các đơn
  // vị kinh doanh du lịch, lữ hành trên địa bàn tỉnh xây dựng …", "Các đơn vị vệ sinh môi trường phải tăng cường …".
  new RegExp(
    String.raw`cac\s+(?:don vi|doanh nghiep|co so)\s+(?:kinh doanh(?:\s*,?\s*[a-z]+){1,10}?|(?:ve sinh moi truong|thu gom(?: rac)?|cap nuoc|van tai)(?:\s*,?\s*[a-z]+){0,6}?)(?=\s+(?:${MUST}|${SUBJECT_WORK}|cam ket|niem yet|chap hanh|cong bo|duy tri)\b)`,
    'g',
  ),
  // Bodies outside the department table named by their role: the investor, the contractor.
  /(?:chu dau tu|don vi thi cong|nha thau thi cong)(?:\s+(?:du an|cong trinh))?/g,
  // "(Yêu cầu) các chủ đầu tư (xây dựng) dự án (CCN, công trình giao thông) tập trung …": the works they hold named with
  // them, up to the work or the next body ("… và nhà thầu thi công …").
  new RegExp(
    String.raw`cac\s+chu dau tu\s+(?:(?:xay dung|thi cong)\s+)?(?:du an|cong trinh|ccn|cum cong nghiep|khu cong nghiep)(?:\s+(?!(?:va|cung|voi)\b)[a-z0-9]+){0,8}?(?=\s+(?:${MUST}|${SUBJECT_WORK}|hoan thien|hoan thanh|cong khai|bo tri|va)\b)`,
    'g',
  ),
  // … with the works they hold, told what they must do: "Chủ đầu tư các dự án xây dựng cơ bản trên địa bàn tỉnh phải …".
  new RegExp(String.raw`chu dau tu\s+cac\s+(?:du an|cong trinh)(?:\s+[a-z]+){0,12}?(?=\s+${MUST}\b)`, 'g'),
  // … and the contractors addressed, with the works they hold: "yêu cầu (các) nhà thầu (các gói thầu đang chậm tiến độ) …".
  // … or opening the sentence after a word that joins it to the one before: "Đồng thời, nhà thầu tập trung nhân lực …", or
  // listed with a unit: "Sở Y tế và đơn vị nhà thầu phải rà soát …".
  new RegExp(
    String.raw`(?:${ADDRESSED}|(?<=(?:^\s*|[.;:!?\n]\s{0,3})${FORWARD}\s{1,3})|(?<=(?:,|\bva)\s+))` +
      String.raw`(?:cac\s+)?(?:don vi\s+)?nha thau(?:\s+(?:cua\s+)?cac\s+(?:goi thau|du an|cong trinh)(?:\s+(?:dang\s+)?cham tien do)?)?(?=\s+${SUBJECT_WORK}\b|\s+nghiem tuc\b)`,
    'g',
  ),
  /(?:uy ban\s+)?mat tran to quoc(?: viet nam)?(?: (?:tinh|huyen|xa|phuong|thi tran))?|ub\.?\s?mttq(?:vn| viet nam)?(?: (?:tinh|huyen|xa|phuong|thi tran))?|uy ban\s+mttq(?:vn| viet nam)?(?!(?: viet nam)? (?:tinh|huyen|xa|phuong|thi tran)\b)/g,
  // The sectors with a function, listed with the localities after other units: "… cùng với Sở X, (các) ngành chức năng,
  // địa phương rà soát …".
  /(?<=(?:,|\bva|\bvoi|\bcung)\s+)(?:cac\s+)?nganh\s+chuc\s+nang(?:\s*(?:,|va)\s*(?:cac\s+)?(?:dia phuong|don vi|co quan)(?![a-z]))*(?:\s+(?:lien quan|co lien quan))?(?![a-z])/g,
  // The sectors as the subject of their work: "yêu cầu các ngành tập trung …", "Các ngành liên quan chủ động …", "Các
  // ngành liên quan, UBND các xã xây dựng …" (not "các ngành nghề", "các ngành hàng", "các ngành kinh tế", which are no
  // units).
  new RegExp(
    String.raw`(?:thu truong\s+)?cac\s+nganh(?:\s+(?:lien quan|co lien quan|cua tinh|tinh|thanh vien|chuyen mon|chuc nang))?(?=\s+${SUBJECT_WORK}\b|\s*,\s*(?:cac\s+)?(?:ubnd|uy ban nhan dan)\s)`,
    'g',
  ),
  // Sectors listed by name: "các ngành y tế, điện lực, thông tin truyền thông (,..) phải …".
  new RegExp(String.raw`cac\s+nganh\s+${SECTOR_NAME}(?:\s*(?:,|va)\s*(?:nganh\s+)?${SECTOR_NAME})+(?![a-z])`, 'g'),
  // … or the partners of the lead: "chủ trì, phối hợp với các ngành liên quan và UBND cấp huyện tổ chức …".
  /(?=cac\s+nganh\b)(?<=\bphoi hop(?:\s+chat che)?(?:\s+voi)?\s+)cac\s+nganh(?!\s+(?:nghe|hang|kinh te|san xuat|cong nghiep|dich vu)\b)(?:\s+(?:lien quan|co lien quan|chuc nang|cua tinh|tinh))?(?![a-z])/g,
  // … or listed with other groups after a comma: "đề nghị UBMTTQ, các ngành, các đoàn thể, các tổ dân phố …".
  /(?<=,\s{0,3})cac\s+nganh(?=\s*(?:,|va)\s*(?:cac\s+)?(?:doan the|dia phuong|don vi|co quan|to dan pho|thon|xa|phuong|huyen)\b)/g,
  // … or addressed by the assigner, whatever their work: "lưu ý các ngành liên quan tổng hợp kiến nghị …".
  new RegExp(
    ADDRESSED +
      String.raw`(?:thu truong\s+)?cac\s+nganh(?!\s+(?:nghe|hang|kinh te|san xuat|cong nghiep|dich vu)\b)(?:\s+(?:lien quan|co lien quan|cua tinh|tinh|thanh vien|chuyen mon|chuc nang))?(?![a-z])`,
    'g',
  ),
  // The functional sectors and forces: "các ngành chức năng", "các cơ quan chức năng", "các lực lượng chức năng"; without
  // "các" as the subject opening a sentence, told its duty: "Lực lượng chức năng phải thông báo ngay …", "… khẩn trương …"
  // (not "Lực lượng chức năng tổ chức kiểm tra 15 cơ sở, phát hiện …", the news of a raid).
  new RegExp(
    String.raw`(?:cac\s+|(?<=\bchinh quyen va\s+)|(?<=(?:^\s*|[.;:!?\n]\s{0,3}))(?=(?:nganh|co quan|luc luong)\s+chuc nang\s+(?:${MUST}|khan truong|chu dong|kip thoi|nghiem tuc|quyet liet|tuyet doi)\b))(?:nganh|co quan|luc luong)\s+chuc nang(?:\s+(?:lien quan|co lien quan|cua tinh|tinh))?` +
      // … and the classes listed on with them: "các lực lượng chức năng, đơn vị, địa phương".
      String.raw`(?:\s*,\s*(?:cac\s+)?(?:don vi|dia phuong|co quan|nganh)(?:\s+(?:lien quan|co lien quan))?(?![a-z]))*`,
    'g',
  ),
  // The schools and their heads addressed: "giao Hiệu trưởng các trường, lãnh đạo các trung tâm chủ động …", "yêu cầu
  // các trường học …" (not "các trường hợp"), by their levels too: "hiệu trưởng các trường mầm non, phổ thông".
  new RegExp(
    String.raw`(?:hieu truong\s+cac\s+truong(?:\s+hoc)?(?:\s+${SCHOOL_LEVEL}(?:\s*(?:,|va)\s*${SCHOOL_LEVEL})*(?![a-z])(?:\s*(?:,|va)\s*(?:cac\s+)?don vi truc thuoc\b)?)?|${ADDRESSED}cac\s+truong\s+hoc)(?:\s*(?:,|va)\s*(?:lanh dao\s+)?cac\s+(?:trung tam|co so giao duc))?(?:\s+tren dia ban(?:\s+(?:tinh|thanh pho|huyen))?)?`,
    'g',
  ),
  // The health facilities and their heads: "yêu cầu các bệnh viện, trung tâm y tế …", "các cơ sở khám, chữa bệnh",
  // "Giám đốc các bệnh viện, trung tâm y tế …", "các trạm y tế xã", "thủ trưởng các cơ sở y tế trên địa bàn".
  new RegExp(
    String.raw`(?:(?:giam doc|thu truong|lanh dao)\s+)?cac\s+${HEALTH_FACILITY}(?:\s*(?:,|va)\s*(?:cac\s+)?${HEALTH_FACILITY})*` +
      String.raw`(?:\s+(?:xa|phuong|huyen|tuyen (?:tinh|huyen|xa)|cong lap|tu nhan|ngoai cong lap|truc thuoc(?: so y te)?|lien quan|tren dia ban(?:\s+(?:tinh|thanh pho|huyen))?))*(?![a-z])`,
    'g',
  ),
  // The heads of the bodies named as a class without "các": "yêu cầu người đứng đầu cơ quan, tổ chức, đơn vị nêu cao …".
  /(?:nguoi dung dau|thu truong)\s+co quan\s*,\s*(?:to chuc\s*,\s*)?don vi(?:\s+(?:lien quan|tren dia ban|nha nuoc|truc thuoc))?(?![a-z])/g,
  // Each of a class, as the subject of its work: "Mỗi cơ quan, đơn vị bố trí 01 thùng thu gom pin thải …".
  new RegExp(
    String.raw`(?<=(?:^\s*|[.;:!?\n]\s{0,3}|[-+•*]\s{1,3}))moi\s+(?:co quan|don vi|dia phuong|so|xa|phuong|truong hoc)(?:(?:\s*(?:,|va)\s*|\s+(?=(?:phuong|thi tran|dac khu)\b))(?:co quan|don vi|dia phuong|so|nganh|xa|phuong|thi tran|dac khu))*(?=\s+(?:${SUBJECT_WORK}|bo tri|cu|lap|phan cong|gui|nop|bao cao|co trach nhiem)\b)`,
    'g',
  ),
  // Schools by their level: "các trường Trung cấp, Cao đẳng", "các trường THPT trên địa bàn".
  new RegExp(
    String.raw`cac\s+truong\s+(?:${SCHOOL_LEVEL}|trung cap|cao dang|dai hoc|chinh tri)(?:\s*(?:,|va)\s*(?:${SCHOOL_LEVEL}|trung cap|cao dang|dai hoc)(?![a-z]))*(?:\s+(?:tren dia ban(?:\s+tinh(?![a-z]))?|trong tinh|cong lap|ngoai cong lap))?`,
    'g',
  ),
  // The armed forces: "các lực lượng Quân đội", "các lực lượng vũ trang tỉnh".
  // "Các lực lượng phải thông báo cho ngư dân …": the forces, named so, told their duty.
  new RegExp(
    String.raw`cac\s+luc luong(?:\s+(?:vu trang|quan doi)(?:\s+(?:tinh|tren dia ban))?|(?=\s+(?:${MUST}|khan truong|chu dong|kip thoi|tiep tuc|duy tri|tang cuong|san sang)\b))`,
    'g',
  ),
  // The forces named by their arms, told their duty: "Lực lượng công an, kiểm lâm, quân sự tăng cường …" (not "Lực lượng
  // công an đã bắt giữ …", news of what they did; "lực lượng công an tỉnh" is Công an tỉnh, a unit of the table).
  new RegExp(
    String.raw`(?:(?:cac\s+)?|(?<=(?:^\s*|[.;:!?\n]\s{0,3})))luc luong\s+${FORCE_ARM}(?:\s*(?:,|va)\s*${FORCE_ARM})*(?:\s+(?:xa|phuong|huyen|dia phuong))?(?=\s+(?:${MUST}|khan truong|chu dong|kip thoi|tiep tuc|duy tri|tang cuong|san sang|phoi hop chat che)\b)`,
    'g',
  ),
  // The police and other enforcing bodies named as a class, told their duty: "Cơ quan công an các cấp tăng cường …", "Cơ
  // quan Cảnh sát điều tra khẩn trương …".
  new RegExp(
    String.raw`(?:(?:cac\s+)?|(?<=(?:^\s*|[.;:!?\n]\s{0,3})))co quan\s+(?:cong an|canh sat dieu tra|thue|hai quan|thanh tra)(?:\s+cac cap)?(?=\s+(?:${MUST}|khan truong|chu dong|kip thoi|tiep tuc|duy tri|tang cuong|san sang|phoi hop chat che)\b)`,
    'g',
  ),
  // … and addressed without "các": "lưu ý lực lượng chức năng kiểm tra kỹ …".
  new RegExp(
    ADDRESSED + String.raw`(?:nganh|co quan|luc luong)\s+chuc nang(?:\s+(?:lien quan|co lien quan|cua tinh|tinh))?`,
    'g',
  ),
  // A sector addressed by the assigner: "yêu cầu ngành giáo dục tập trung …", "chỉ đạo ngành nông nghiệp hướng dẫn …",
  // "lưu ý trách nhiệm của ngành Thuế …".
  new RegExp(String.raw`(?<=\b(?:yeu cau|de nghi|giao|giao cho|chi dao|trach nhiem cua)\s+(?:toan\s+)?)` + SECTOR, 'g'),
  // … or worked with: "Sở Y tế chủ trì, phối hợp với ngành giáo dục tăng cường tuyên truyền …".
  new RegExp(String.raw`(?<=\bphoi hop(?:\s+chat che)?(?:\s+voi)?\s+)` + SECTOR, 'g'),
  // … or opening a sentence as its subject with its work ("Ngành y tế chủ động các phương án …"), not with its figures
  // ("Ngành xây dựng tăng 10,5%").
  // "Ngành nông nghiệp, huyện Thái Thụy phối hợp …", "Ngành thuế và các địa phương phải …": a district or the localities
  // named beside it may share the work.
  new RegExp(
    String.raw`(?<=(?:^\s*|[.;:!?\n]\s{0,3}|[-+•*]\s{1,3})(?:toan\s+)?)` +
      SECTOR +
      String.raw`(?=(?:\s*(?:,|va)\s+(?:${NAMED_LOCALITY}|cac\s+(?:dia phuong|don vi|co quan)(?:\s+lien quan)?))?\s+${SUBJECT_WORK}\b)`,
    'g',
  ),
  // … or after a remark's comma, with what it must do: "Đồng chí yêu cầu thời gian tới, ngành giáo dục cần chuẩn bị …".
  new RegExp(
    String.raw`(?<=,\s{1,3}(?:toan\s+)?)` +
      SECTOR +
      String.raw`(?=(?:\s*(?:,|va)\s+cac\s+(?:dia phuong|don vi|co quan)(?:\s+lien quan)?)?\s+${MUST}\b)`,
    'g',
  ),
  // "Cơ quan chuyên môn tham mưu chỉ đạo …" in a district's letter: its offices, opening the sentence with their work.
  new RegExp(
    String.raw`(?<=(?:^\s*|[.;:!?\n]\s{0,3}|[-+•*]\s{1,3}|(?:^\s*|[.;:!?\n]\s{0,3})${FORWARD}\s{1,3}))(?:cac\s+)?(?:co quan|phong) chuyen mon(?:\s+(?:thuoc|truc thuoc|cua)\s+(?:ubnd|uy ban nhan dan)\s+(?:huyen|thi xa|thanh pho|tinh))?(?=\s+(?:${MUST}|tham muu|chu tri|co trach nhiem|chiu trach nhiem|tiep tuc|tang cuong|chu dong|khan truong|tap trung)\b)`,
    'g',
  ),
  // "Yêu cầu (trước mắt) địa phương tập trung cao độ, hoàn thành …": the locality the leader visits, addressed without
  // "các".
  new RegExp(
    String.raw`(?<=\b(?:yeu cau|de nghi|giao|giao cho|chi dao|luu y)\s+(?:truoc mat\s+)?)dia phuong(?=\s+${ADDRESSED_WORK}\b)`,
    'g',
  ),
  // "Chủ tịch UBND huyện yêu cầu các phòng chuyên môn tập trung …", "yêu cầu các trường thực hiện nghiêm …", "yêu
  // cầu tất cả tổ dân phố theo dõi …", "yêu cầu các thương nhân đầu mối bảo đảm …": a district's or a commune's offices,
  // the schools, the quarters, the traders, bus stations and markets, addressed (not
  // after "chỉ đạo", the work of a committee over its schools: "UBND các huyện … chỉ đạo các trường sớm hoàn thiện …").
  new RegExp(
    String.raw`(?<=\b(?:yeu cau|de nghi|giao|giao cho)\s+)` +
      String.raw`(?:nha truong|(?:tat ca\s+(?:cac\s+)?|cac\s+)(?:phong chuyen mon|truong|co so giao duc|to dan pho|thuong nhan(?: dau moi| phan phoi)?(?: xang dau)?|cua hang(?: ban le)?(?: xang dau)?|ben xe|sieu thi|cho dau moi))(?:\s+(?:thuoc|truc thuoc)\s+(?:ubnd|uy ban nhan dan)\s+(?:huyen|thi xa|thanh pho|xa|phuong))?(?:\s+tren dia ban(?:\s+(?:tinh|thanh pho|huyen|xa|phuong))?)?(?=(?:\s+va\s+(?:cac\s+)?luc luong chuc nang)?\s+${ADDRESSED_WORK}\b)`,
    'g',
  ),
  // "Các trường mầm non, mẫu giáo tăng cường …", "Các cơ sở giáo dục chủ động …", "Các trường học, cơ sở giáo dục tiếp
  // tục …": the schools by their levels, opening the sentence, told their work.
  new RegExp(
    String.raw`(?=cac|tat ca)(?<=(?:^\s*|[.;:!?\n]\s{0,3}|[-+•*]\s{1,3}))(?:tat ca\s+)?cac\s+(?:truong(?:\s+hoc)?(?:\s+${SCHOOL_LEVEL}(?:\s*(?:,|va)\s*(?:truong\s+)?${SCHOOL_LEVEL})*)?|co so giao duc(?:\s+(?:mam non|pho thong|dai hoc|nghe nghiep))?)(?:\s*(?:,|va)\s*(?:cac\s+)?(?:truong hoc|co so giao duc|(?:co quan|don vi)\s+quan ly giao duc|quan ly giao duc)(?![a-z]))*(?:\s+tren dia ban(?:\s+(?:tinh|thanh pho|huyen|xa|phuong))?)?(?=\s+${SUBJECT_WORK}\b)`,
    'g',
  ),
  // "Huyện Thái Thụy phối hợp với các đơn vị …": a district named without its committee, opening the sentence.
  new RegExp(
    // The place's word first, then what precedes it: a lookbehind tried at every position of the text costs more.
    String.raw`(?=huyen|thi|thanh|xa|phuong)(?<=(?:^\s*|[.;:!?\n]\s{0,3}|[-+•*]\s{1,3}|^\s*${SECTOR}\s*(?:,|va)\s+))` +
      NAMED_LOCALITY +
      String.raw`(?=\s+${SUBJECT_WORK}\b)`,
    'g',
  ),
  // … or singled out by name before its work: "Riêng đối với phường Nghi Hương, cần triển khai tháo dỡ …".
  new RegExp(
    String.raw`(?=huyen|thi xa|thanh pho|xa|thi tran|phuong)(?<=\bdoi voi\s+)(?:huyen|thi xa|thanh pho|xa(?! hoi\b)|thi tran|${WARD})${ADDRESSED_PLACE_NAME}(?=\s*,\s*(?:(?:can|phai)\s+)?${ADDRESSED_WORK}\b)`,
    'g',
  ),
  // A district, town, commune or ward addressed by the assigner with its own name: "yêu cầu huyện Đô Lương khẩn trương
  // …", "đề nghị xã Nam Cường tập trung …" (not "xã hội"), "yêu cầu phường Cao Lãnh triển khai …"; with its party
  // committee: "yêu cầu cấp ủy, chính quyền xã Noong Luông cần …"; its level abbreviated: "giao H.Tu Mơ Rông chủ động
  // …", "yêu cầu TX.Tân Uyên khẩn trương …", "đề nghị TP Thuận An …"; the first of several so listed ("yêu cầu huyện Mỹ Xuyên, huyện Trần Đề đẩy
  // nhanh …").
  new RegExp(
    ADDRESSED +
      String.raw`(?:(?:cap uy\s*(?:,|va)\s*chinh quyen\s+)?(?:huyen|thi xa|thanh pho|xa(?! hoi\b)|thi tran|dac khu|${WARD})${ADDRESSED_PLACE_NAME}|(?:(?:h|tx|tp)\.\s?|tp\s)(?!${ADDRESSED_WORK}\b)[a-z]+(?:\s+(?!${ADDRESSED_WORK}\b)[a-z]+){0,2}?)(?=(?:\s*(?:,|va)\s*(?:huyen|thi xa|thanh pho|xa|phuong|thi tran)${ADDRESSED_PLACE_NAME})*\s+${ADDRESSED_WORK}\b)`,
    'g',
  ),
  // … or as the subject of what it must do: "Thời gian tới, huyện cần tập trung …"; of its work after the key tasks
  // named: "Nhiệm vụ trọng tâm trong tháng 3-2018, thành phố tiếp tục tập trung …". Not of its plans told in the news
  // ("Trong 6 tháng cuối năm, huyện tiếp tục …"), nor "thành phố đã …", which tells what it did.
  new RegExp(
    String.raw`(?<=(?:^\s*|[.;:!?\n]\s{0,3}|[-+•*]\s{1,3}|,\s{1,3}))(?:huyen|thi xa|thanh pho|phuong|thi tran)(?=\s+${MUST}\b)`,
    'g',
  ),
  // … or told the work it sets itself for the period the sentence opens with, as a district's or a city's session
  // concludes: "Trong 2 tháng còn lại của năm 2023, huyện Đất Đỏ tập trung …", "Trong 6 tháng cuối năm, huyện tiếp
  // tục đẩy nhanh …" (not "Trong tháng 10, huyện đã …", nor "… huyện tổ chức 5 lớp tập huấn", the month's account; a
  // period gone by is left out by the extractor, see PLACE_OPENING_PERIOD).
  new RegExp(
    String.raw`(?=huyen|thi xa|thanh pho|quan)(?<=(?:^|[.!?…\n])\s*${PERIOD_AHEAD}\s*,\s{1,3})(?:huyen|thi xa|thanh pho|quan(?!\s+(?:ly|tam|triet|he|trac|sat|doi)\b))(?:${PLACE_OWN_NAME})?(?=\s+${PLACE_WORK_AHEAD}\b)`,
    'g',
  ),
  // … and going on with it in the next sentence: "Huyện cũng tập trung triển khai dự án đầu tư công …".
  new RegExp(String.raw`(?=huyen|thi xa|thanh pho)(?<=(?:^|[.!?…\n])\s*)${PLACE_GOES_ON_WORDS}`, 'g'),
  new RegExp(
    // The place's word first, then what precedes it: a lookbehind tried at every position of the text costs more.
    String.raw`(?:huyen|thi xa|thanh pho|tinh)(?<=(?:^|[.!?…\n])\s*(?:cac\s+)?nhiem vu(?:\s+(?:trong tam|chu yeu|trong diem))?[^.;:!?\n]{0,40},\s{1,3}(?:huyen|thi xa|thanh pho|tinh))(?=\s+${SUBJECT_WORK}\b)`,
    'g',
  ),
  // The locality a leader visits, addressed by itself: "đề nghị huyện tập trung …", "yêu cầu thị xã khẩn trương …".
  new RegExp(
    ADDRESSED +
      String.raw`(?:huyen|thi xa|thanh pho|xa|phuong|thi tran)(?=\s+(?:can|phai|tiep tuc|tap trung|khan truong|quyet liet|tich cuc|chu dong|nghiem tuc|kip thoi|som|day nhanh|day manh|tang cuong|ra soat|hoan thanh|chi dao|quan tam|thuc hien|trien khai|to chuc|xay dung|uu tien|lam tot|phoi hop)\b)`,
    'g',
  ),
];

/**
 * "Người đứng đầu các sở, ban, ngành …", "yêu cầu người đứng đầu Sở Tài chính …": the heads opening a sentence or
 * addressed, read as "Thủ trưởng …" is, in folded text (the same length, so that offsets into it hold). Not "…, người đứng
 * đầu …" further in a sentence, most often the heads of the units just named or those answering for a failure.
 */
export function headsAsChiefs(folded: string): string {
  return folded.replace(
    /(?<=(?:^|[.;:!?\n])\s*|\b(?:yeu cau|de nghi|giao|chi dao|luu y)\s+)nguoi dung dau\b/g,
    'thu truong    ',
  );
}

/**
 * The part of a class of units stressed after it, part of its name (folded): "Các huyện, thành phố, nhất là các huyện ven
 * biển chuẩn bị …", before the work.
 */
const STRESSED_PART =
  /\s*,\s*(?:nhat la|dac biet la)\s+(?:cac\s+[a-z ]{2,40}?|(?:so|huyen|xa|phuong|thanh pho|thi xa)\s[a-z ,&-]{2,60}?)(?=\s*,?\s+(?:can|phai|chuan bi|tap trung|chu dong|khan truong|tang cuong|trien khai|thuc hien|to chuc|kiem tra|ra soat)\b)/y;

/**
 * "mới" after a class of units, part of its name before the work (folded): "Các phường mới cần hoàn tất …", "các đơn vị
 * hành chính mới nhanh chóng ổn định …", "Các xã mới được thành lập cần …", as the units formed by a reorganisation are
 * called, before what they must do; not "mới" as "only": "Các huyện mới hoàn thành 60% …", "Các phường mới tổ chức
 * được 02 cuộc …", "Các xã mới triển khai thí điểm, cần …".
 */
const NEWLY_FORMED = new RegExp(
  String.raw`\s+moi(?:\s+(?:duoc\s+)?(?:thanh lap|sap nhap|hinh thanh))?(?:\s+sau\s+sap xep)?(?=\s*,?\s+(?:can|phai|khan truong|nhanh chong|som|chu dong)\b)`,
  'y',
);
/**
 * The same right after the assigner's word, before any work: "yêu cầu UBND các phường mới rà soát …" (what is asked is
 * not "only" done).
 */
const NEWLY_FORMED_ADDRESSED =
  /\s+moi(?:\s+(?:duoc\s+)?(?:thanh lap|sap nhap|hinh thanh))?(?:\s+sau\s+sap xep)?(?=\s*,?\s+[a-z])/y;
/** The assigner's word right before a class of units (folded): "yêu cầu", "đề nghị (Chủ tịch)". */
const ADDRESSED_BEFORE = /\b(?:yeu cau|de nghi|giao|giao cho|chi dao|luu y)\s+(?:chu tich\s+)?$/;

/**
 * Where a class of units' name ends, `end` or past the leader it is under, the part of it stressed after it or the
 * "mới" of units newly formed.
 */
function classNameEnd(source: string, start: number, end: number): number {
  const addressed = ADDRESSED_BEFORE.test(source.slice(Math.max(0, start - 30), start));
  for (const tail of [LEADER_IN_CHARGE, STRESSED_PART, addressed ? NEWLY_FORMED_ADDRESSED : NEWLY_FORMED]) {
    tail.lastIndex = end;
    if (tail.exec(source)) return tail.lastIndex;
  }
  return end;
}

/**
 * A bare "sở" given work, after the assigner's word or opening a sentence ("Đồng thời, Sở này …", "Sở cũng cần …"),
 * before the work's first words (folded); not "số", "sổ" (which fold alike), nor a department's name. Group 1: "sở"
 * or "sở này".
 */
const POINTED_BACK =
  /(?:\b(?:giao|yeu cau|de nghi|giao cho)\s+|(?:^|[.;\n])\s*(?:(?:dong thoi|ben canh do|ngoai ra)\s*,\s*)?)(so(?:\s+nay)?)(?=\s+(?:cung\s+)?(?:can\s+)?(?:tiep tuc|thuong xuyen|chu dong|khan truong|tham muu|phoi hop|co trach nhiem|chu tri|ra soat|tong hop|kiem tra|huong dan|theo doi|xay dung|hoan thanh|to chuc|trien khai)\b)/g;

/**
 * The leader a class of units is under, part of its name (folded): "các sở, ngành do đồng chí Phó Chủ tịch UBND tỉnh
 * Nguyễn Văn A phụ trách", "các sở thuộc lĩnh vực Phó Chủ tịch UBND tỉnh phụ trách".
 */
const LEADER_IN_CHARGE =
  /\s+(?:do|thuoc (?:linh vuc|nganh|khoi)(?:\s+(?:do|cua))?)\s+(?:dong chi\s+)?(?:pho\s+)?chu tich\s[^,;.:]{0,100}?\sphu trach(?![a-z])/y;

/** The patterns of GROUPS that look for a line's start ("\n" in a lookbehind), read on the text with its line breaks. */
const LINE_STARTS = new Set(GROUPS.filter((pattern) => pattern.source.includes('\\n')));

/**
 * Finds the departments of the table in a text, in their usual written forms
 * (full names, "Sở KH&ĐT", "Sở LĐ-TB&XH", "UBND TP Bắc Kạn", …), and the group
 * assignees ("UBND các huyện, thành phố", "các sở, ban, ngành"). Matching is on
 * folded text, so case, diacritics and dash variants do not matter.
 */
export class UnitMatcher {
  private readonly byFirstWord = new Map<string, Array<{ alias: string; id: number }>>();
  /** Full names written with a dash between their words: "Sở Giao thông - Vận tải", "Sở Kế hoạch - Đầu tư". */
  private readonly dashed = new Map<string, Array<{ pattern: RegExp; id: number }>>();
  /** The departments of the table called "Sở …", which a bare "sở" points back at. */
  private readonly departmentIds = new Set<number>();

  constructor(departments: readonly DepartmentRef[]) {
    for (const d of departments) if (/^so\s/.test(fold(d.name))) this.departmentIds.add(d.id);
    for (const d of departments) {
      for (const alias of departmentAliases(d.name)) {
        const first = alias.split(/[\s&-]/)[0];
        const list = this.byFirstWord.get(first) ?? [];
        list.push({ alias, id: d.id });
        this.byFirstWord.set(first, list);
      }
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.alias.length - a.alias.length);
    for (const d of departments) {
      const words = fold(d.name)
        .replace(/\s+[-–]\s+/g, ' ')
        .trim()
        .split(/\s+/);
      if (words.length < 3) continue;
      const list = this.dashed.get(words[0]) ?? [];
      list.push({
        pattern: new RegExp(words.map(escape).join(String.raw`(?:\s*-\s*|\s+)`) + '(?![a-z0-9])', 'y'),
        id: d.id,
      });
      this.dashed.set(words[0], list);
    }
  }

  /**
   * "UBND tỉnh thống nhất với đề xuất của Sở Tài nguyên và Môi trường; đồng thời giao sở tiếp tục thực hiện …", "Sở
   * thường xuyên rà soát …" after it: a bare "sở" given work is the last department named before it.
   */
  private departmentPointedBack(folded: string, mentions: readonly Mention[]): Mention[] {
    const out: Mention[] = [];
    for (const m of folded.matchAll(POINTED_BACK)) {
      const at = m.index + m[0].length - m[1].length;
      if (mentions.some((x) => x.from <= at && at < x.to)) continue;
      const before = mentions.filter(
        (x) =>
          x.to <= at &&
          x.departmentId !== null &&
          this.departmentIds.has(x.departmentId) &&
          // Not a partner ("phối hợp với Sở Tài chính") nor a department listed after another ("Sở X, Sở Y …").
          !/(?:\bphoi hop(?:\s+chat che)?(?:\s+voi)?|\bcung|\bva|,)\s*$/.test(
            folded.slice(Math.max(0, x.from - 30), x.from),
          ),
      );
      const last = before[before.length - 1];
      if (last) out.push({ from: at, to: m.index + m[0].length, departmentId: last.departmentId, group: false });
    }
    return out;
  }

  /**
   * Departments listed by their names without "Sở" each: after one "sở" ("Các sở: Y tế, Công Thương, Nông nghiệp và
   * PTNT", "Các Sở, ngành: Y tế, Tài chính, …"), after "các ngành:" and after "phối hợp". The first mention starts at
   * "các sở" (or "các ngành") so that the list reads as the units it names.
   */
  private listedByName(folded: string): Mention[] {
    const out: Mention[] = [];
    const bodies = (this.byFirstWord.get('so') ?? []).filter((c) => c.alias.startsWith('so '));
    // "các ngành: Tài nguyên và Môi trường, Công an, Công thương, …": the sectors by their departments' names, and the
    // police by its own.
    const police = (this.byFirstWord.get('cong') ?? []).find((c) => c.alias === 'cong an tinh');
    // "phối hợp Nông nghiệp và Phát triển nông thôn, Lao động - Thương binh và Xã hội, …": departments named without
    // "Sở" after the cooperation, two of them at least (not "phối hợp xây dựng kế hoạch …", work).
    for (const head of folded.matchAll(
      /(?<![a-z0-9])(?:cac (?:so(?:\s*,\s*(?:ban\s*,\s*)?nganh\s*:|\s*:)?|(nganh)\s*:)|(phoi hop(?:\s+chat che)?(?:\s+voi)?))\s+/g,
    )) {
      const listed = out.length;
      let from = head[2] ? head.index + head[0].length : head.index;
      let pos = head.index + head[0].length;
      for (;;) {
        const named = bodies.find(
          (c) => folded.startsWith(c.alias.slice(3), pos) && !/[a-z0-9]/.test(folded[pos + c.alias.length - 3] ?? ''),
        );
        const body =
          named ??
          (head[1] && police && /^cong an(?: tinh)?(?![a-z0-9])/.test(folded.slice(pos))
            ? { alias: `so ${/^cong an(?: tinh)?/.exec(folded.slice(pos))![0]}`, id: police.id }
            : undefined);
        if (!body) {
          // "phối hợp với các sở: Du lịch, Tài chính, Nội vụ …": a department the table lacks (one of 2025) named first
          // does not end the list; its name goes with the next one's.
          const unknown =
            out.length === listed ? /^[a-z]+(?: [a-z]+){0,3}\s*,\s*(?=[a-z])/.exec(folded.slice(pos)) : null;
          if (!unknown || !bodies.some((c) => folded.startsWith(c.alias.slice(3), pos + unknown[0].length))) break;
          pos += unknown[0].length;
          continue;
        }
        const to = pos + body.alias.length - 3;
        const next = /^\s*(?:,|;|va\b)\s*/.exec(folded.slice(to));
        // "Các sở, ngành: Xây dựng kế hoạch …": "Xây dựng" alone is the work's first word, not the department.
        if (!next && out.length === listed && body.alias === 'so xay dung') break;
        out.push({ from, to, departmentId: body.id, group: false });
        if (!next) break;
        pos = from = to + next[0].length;
      }
      if (head[2] && out.length - listed < 2) out.length = listed;
    }
    return out;
  }

  /**
   * Mentions in `folded` (a foldWithOffsets result), in order, longest match first, no overlaps. `lines`, the same
   * text with its line breaks kept, lets the patterns that look for a line's start see it (after a heading or a line
   * with no end mark); every other name is matched across line breaks, as a pasted page may wrap it ("UBND các
   * huyện, thị⏎xã").
   */
  find(written: string, writtenLines = written): Mention[] {
    const folded = headsAsChiefs(written);
    const lines = writtenLines === written ? folded : headsAsChiefs(writtenLines);
    const mentions: Mention[] = [];
    for (const pattern of GROUPS) {
      const source = LINE_STARTS.has(pattern) ? lines : folded;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
        if (m.index > 0 && /[a-z0-9]/.test(folded[m.index - 1])) continue;
        mentions.push({
          from: m.index,
          to: classNameEnd(source, m.index, m.index + m[0].length),
          departmentId: null,
          group: true,
        });
      }
    }
    const wordStart = /[a-z0-9]+/g;
    for (let w = wordStart.exec(folded); w; w = wordStart.exec(folded)) {
      const candidates = this.byFirstWord.get(w[0]);
      if (!candidates || (w.index > 0 && /[a-z0-9]/.test(folded[w.index - 1]))) continue;
      let found = false;
      for (const { alias, id } of candidates) {
        const end = w.index + alias.length;
        if (folded.startsWith(alias, w.index) && !/[a-z0-9]/.test(folded[end] ?? '')) {
          // "giao Sở Giao thông vận tải của Tỉnh chủ trì, …": the province the department is of, part of its name.
          const ofProvince = OF_PROVINCE.exec(folded.slice(end));
          mentions.push({ from: w.index, to: end + (ofProvince?.[0].length ?? 0), departmentId: id, group: false });
          found = true;
          break;
        }
      }
      if (found) continue;
      for (const { pattern, id } of this.dashed.get(w[0]) ?? []) {
        pattern.lastIndex = w.index;
        const m = pattern.exec(folded);
        if (m) {
          mentions.push({ from: w.index, to: w.index + m[0].length, departmentId: id, group: false });
          break;
        }
      }
    }
    mentions.push(...this.listedByName(folded));
    mentions.sort((a, b) => a.from - b.from || b.to - a.to);
    mentions.push(...this.departmentPointedBack(folded, mentions));
    mentions.sort((a, b) => a.from - b.from || b.to - a.to);
    const kept: Mention[] = [];
    for (const m of mentions) {
      const last = kept[kept.length - 1];
      if (last && m.from < last.to) {
        // "Chủ tịch UBND huyện Ba Bể": a unit of the table that a group form only begins ("Chủ tịch UBND huyện")
        // is that unit, with its head's title.
        if (last.group && !m.group && m.departmentId !== null && m.to > last.to)
          kept[kept.length - 1] = { from: last.from, to: m.to, departmentId: m.departmentId, group: false };
        continue;
      }
      kept.push(m);
    }
    return kept;
  }
}
