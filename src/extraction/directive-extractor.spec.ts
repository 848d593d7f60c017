import { DEMO_DEPARTMENTS } from '../demo/demo-departments';
import { DEMO_SESSION } from '../demo/demo-session';
import { DEMO_CONCLUSION_TASKS } from '../demo/demo-tasks';
import { extractDirectives } from './directive-extractor';

const departments = DEMO_DEPARTMENTS.map((d, i) => ({ id: i + 1, name: d.name }));
const idOf = (code: string) => DEMO_DEPARTMENTS.findIndex((d) => d.code === code) + 1;
const extract = (text: string, date = '2024-01-26') => extractDirectives(text, { departments, date });
/** A text of several paragraphs, as a page gives them. */
const extractParagraphs = (paragraphs: string[], date: string) => extract(paragraphs.join('\n\n'), date);
/** Each draft's title and group assignees, in order. */
const titlesAndGroups = (text: string, date?: string) => extract(text, date).map((d) => [d.title, d.groupAssignees]);

/** A draft's fields the tests read, by the names a clerk knows them. */
const drafted = (text: string, date: string) =>
  extract(text, date).map((d) => ({
    title: d.title,
    lead: d.leadDepartmentId,
    support: d.supportDepartmentIds,
    groups: d.groupAssignees,
    kind: d.kind,
    dueDate: d.dueDate,
  }));

describe('extractDirectives on conclusions and directions read for their dates', () => {
  it('dates the work told before with "Cố gắng / Phấn đấu hoàn thành trong …" on its own, drafting no work of it', () => {
    expect(
      drafted(
        'Giao Sở Y tế chủ trì kiểm tra an toàn thực phẩm. Phấn đấu hoàn thành trong quý II/2024.\n\nGiao Sở Xây dựng chủ trì hoàn thiện hồ sơ dự án. Cố gắng hoàn thành trong tháng 3/2024.',
        '2024-01-26',
      ).map((d) => [d.title, d.lead, d.dueDate]),
    ).toEqual([
      ['Kiểm tra an toàn thực phẩm', idOf('SYT'), '2024-06-30'],
      ['Hoàn thiện hồ sơ dự án', idOf('SXD'), '2024-03-31'],
    ]);
  });

  it('drafts no work of a figure reached ("… đạt 35% kế hoạch", "… mới đạt 20%"), and keeps a target set as work', () => {
    expect(
      extractParagraphs(
        [
          'Giải ngân vốn đầu tư công 6 tháng đầu năm 2024 của tỉnh đạt 35% kế hoạch.',
          '(BĐT) - Giải ngân vốn đầu tư công nửa đầu năm 2023 của tỉnh Lâm Đồng đạt 39,53% kế hoạch, dưới mục tiêu đề ra.',
          'Giải ngân vốn đầu tư công 10 tháng năm 2024 đạt 3.950 tỷ đồng, bằng 54,3% kế hoạch.',
          'Giải ngân kế hoạch vốn năm 2023 kéo dài sang năm 2024 mới đạt 20%.',
          'Chủ tịch UBND tỉnh yêu cầu:\n- Giải ngân vốn đầu tư công đạt 100% kế hoạch.\n- Phấn đấu đến ngày 30/11 giải ngân đạt trên 60% kế hoạch vốn.',
        ],
        '2024-11-05',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([
      ['Giải ngân vốn đầu tư công đạt 100% kế hoạch', null],
      ['Phấn đấu giải ngân đạt trên 60% kế hoạch vốn', '2024-11-30'],
    ]);
  });

  it('drafts no work of what a task is called ("…, là một trong những nhiệm vụ hàng đầu … trong tháng 4/2024")', () => {
    expect(
      extract(
        'Giải phóng mặt bằng cao tốc đoạn Quảng Ngãi - Hoài Nhơn, là một trong những nhiệm vụ hàng đầu của chính quyền Quảng Ngãi trong tháng 4/2024.',
        '2024-04-05',
      ),
    ).toEqual([]);
  });

  it('drafts no work of who answers for a failure: "…; đồng thời chịu trách nhiệm … nếu để …", "… huyện nào để … phải chịu trách nhiệm"', () => {
    expect(
      extractParagraphs(
        [
          'UBND tỉnh giao Sở Xây dựng khẩn trương triển khai thực hiện dự án, giải ngân hết kế hoạch vốn được giao; đồng thời chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để cắt giảm, điều chuyển vốn cho các địa phương khác.',
          'UBND tỉnh vừa ban hành Công điện số 12 và nêu rõ Chủ tịch UBND các huyện, thành phố, thị xã nào thiếu quyết liệt trong công tác chỉ đạo chống hạn, để thiệt hại xảy ra đối với sản xuất phải chịu trách nhiệm trước Chủ tịch UBND tỉnh.',
        ],
        '2024-11-05',
      ).map((d) => [d.title, d.leadDepartmentId]),
    ).toEqual([['Khẩn trương triển khai thực hiện dự án, giải ngân hết kế hoạch vốn được giao', idOf('SXD')]]);
  });

  it('reads "được giao trách nhiệm" as the duty given, leaving "trách nhiệm" out of the title', () => {
    expect(
      drafted('Sở Xây dựng được giao trách nhiệm hướng dẫn các địa phương thực hiện.', '2020-05-18').map((d) => [
        d.title,
        d.lead,
      ]),
    ).toEqual([['Hướng dẫn các địa phương thực hiện', idOf('SXD')]]);
  });

  it('takes the weekday of a weekly report from the rule written last in its clause', () => {
    expect(
      extract(
        'Yêu cầu Sở Y tế tổng hợp, báo cáo bằng văn bản hàng tuần về UBND tỉnh trước 10 giờ sáng Thứ 4 hàng tuần.',
        '2021-08-02',
      ).map((d) => [d.kind, d.recurrence]),
    ).toEqual([['recurring', { every: 'week', day: 3, until: null }]]);
  });

  it('reads "từng Giám đốc sở, ngành, Chủ tịch quận, huyện và chủ đầu tư" and "hiệu trưởng các trường mầm non, phổ thông" as groups', () => {
    expect(
      titlesAndGroups(
        'Phó Chủ tịch UBND Thành phố yêu cầu từng Giám đốc sở, ngành, Chủ tịch quận, huyện và chủ đầu tư trực tiếp ký văn bản cam kết giải ngân nguồn vốn đầu tư công.\n\nYêu cầu hiệu trưởng các trường mầm non, phổ thông trên địa bàn rà soát cơ sở vật chất.',
        '2018-06-20',
      ),
    ).toEqual([
      [
        'Trực tiếp ký văn bản cam kết giải ngân nguồn vốn đầu tư công',
        ['từng Giám đốc sở, ngành, Chủ tịch quận, huyện và chủ đầu tư'],
      ],
      ['Rà soát cơ sở vật chất', ['hiệu trưởng các trường mầm non, phổ thông trên địa bàn']],
    ]);
  });

  it('drafts "Tiếp tục phát động đợt thi đua …" as work of the units asked before, who keep the work after it', () => {
    expect(
      titlesAndGroups(
        'Chủ tịch UBND tỉnh yêu cầu thủ trưởng các sở, ban ngành, chủ tịch UBND các huyện, thị xã, thành phố tổ chức chăm lo chu đáo đời sống vật chất và tinh thần cho nhân dân. Tiếp tục phát động đợt thi đua đặc biệt lập thành tích chào mừng Đại hội đại biểu toàn quốc lần thứ XIII của Đảng. Tổ chức thực hiện đón Tết Nguyên đán Tân Sửu năm 2021 an toàn, tiết kiệm.',
        '2021-01-08',
      ).map(([, groups]) => groups),
    ).toEqual([
      ['các sở, ban ngành', 'UBND các huyện, thị xã, thành phố'],
      ['các sở, ban ngành', 'UBND các huyện, thị xã, thành phố'],
      ['các sở, ban ngành', 'UBND các huyện, thị xã, thành phố'],
    ]);
  });

  it('reads "… và đơn vị trực thuộc" after the schools\' levels with the schools, and "khi để xảy ra sai phạm" as a standing duty', () => {
    expect(
      titlesAndGroups(
        'Yêu cầu hiệu trưởng các trường mầm non, phổ thông và đơn vị trực thuộc cho học sinh nghỉ học từ chiều nay.',
        '2019-10-30',
      ),
    ).toEqual([
      ['Cho học sinh nghỉ học từ chiều nay', ['hiệu trưởng các trường mầm non, phổ thông và đơn vị trực thuộc']],
    ]);
    expect(
      drafted(
        'Giao Sở Xây dựng chủ trì xử lý trách nhiệm các tổ chức, cá nhân có liên quan khi để xảy ra sai phạm nhưng không kịp thời phát hiện xử lý.',
        '2019-07-16',
      ).map((d) => d.kind),
    ).toEqual(['standing']);
  });

  it('gives "Chủ tịch UBND tỉnh cũng yêu cầu …" naming no unit to the units asked just before', () => {
    expect(
      titlesAndGroups(
        'Chủ tịch UBND tỉnh yêu cầu thủ trưởng các sở, ban ngành, chủ tịch UBND các huyện, thị xã, thành phố tổ chức chăm lo chu đáo đời sống vật chất và tinh thần cho nhân dân. Chủ tịch UBND tỉnh cũng yêu cầu tăng cường phòng chống dịch bệnh trong mùa đông xuân.',
        '2021-01-08',
      ),
    ).toEqual([
      [
        'Tổ chức chăm lo chu đáo đời sống vật chất và tinh thần cho nhân dân',
        ['các sở, ban ngành', 'UBND các huyện, thị xã, thành phố'],
      ],
      [
        'Tăng cường phòng chống dịch bệnh trong mùa đông xuân',
        ['các sở, ban ngành', 'UBND các huyện, thị xã, thành phố'],
      ],
    ]);
  });

  it("reads a district's culture and media centre heading its items as theirs, the heading no work of its own", () => {
    expect(
      titlesAndGroups(
        'UBND huyện có ý kiến như sau:\n\n1. Trung tâm Văn hóa - Thông tin và Thể thao\n\n- Tăng cường các tin, bài tuyên truyền trên sóng truyền thanh.\n\n2. Giao Trung tâm Truyền thông - Văn hóa huyện\n\n- Chủ trì, phối hợp với UBND xã Hua Nhàn trang trí khánh tiết.',
        '2021-04-22',
      ),
    ).toEqual([
      ['Trung tâm Văn hóa - Thông tin và Thể thao tăng cường các tin, bài tuyên truyền trên sóng truyền thanh', []],
      ['Trung tâm Truyền thông - Văn hóa huyện trang trí khánh tiết', ['UBND xã Hua Nhàn']],
    ]);
  });

  it('reads the health facilities as a group, addressed, heading the work or in the passive', () => {
    expect(
      titlesAndGroups(
        [
          'Yêu cầu các bệnh viện, trung tâm y tế tăng cường công tác phòng chống sốt xuất huyết.',
          'Giám đốc các bệnh viện, trung tâm y tế chịu trách nhiệm rà soát thuốc, vật tư trước ngày 25/8/2024.',
          'Yêu cầu các trạm y tế xã giám sát ca bệnh.',
          'Cùng với đó, các cơ sở khám, chữa bệnh được chỉ đạo tập trung cấp cứu người bị ngộ độc.',
        ].join('\n\n'),
        '2024-08-05',
      ),
    ).toEqual([
      ['Tăng cường công tác phòng chống sốt xuất huyết', ['các bệnh viện, trung tâm y tế']],
      ['Rà soát thuốc, vật tư', ['các bệnh viện, trung tâm y tế']],
      ['Giám sát ca bệnh', ['các trạm y tế xã']],
      ['Tập trung cấp cứu người bị ngộ độc', ['các cơ sở khám, chữa bệnh']],
    ]);
  });

  it('reads the police and market control named as a class, and a unit after "Kết thúc đợt …, ", as given the work', () => {
    expect(
      drafted(
        [
          'Cơ quan công an các cấp tăng cường tuần tra, kiểm soát, xử lý vi phạm trước ngày 30/6/2024.',
          'Lực lượng Quản lý thị trường tăng cường kiểm tra hàng giả.',
          'Kết thúc đợt cao điểm, Công an tỉnh tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 30/6/2024.',
        ].join('\n\n'),
        '2024-04-05',
      ).map((d) => [d.title, d.lead, d.groups, d.dueDate]),
    ).toEqual([
      ['Tăng cường tuần tra, kiểm soát, xử lý vi phạm', null, ['Cơ quan công an các cấp'], '2024-06-30'],
      ['Tăng cường kiểm tra hàng giả', null, ['Lực lượng Quản lý thị trường'], null],
      ['Tổng hợp kết quả, báo cáo UBND tỉnh', idOf('CA'), [], '2024-06-30'],
    ]);
  });

  it('reads "các ngành: Tài nguyên và Môi trường, Công an, Công thương, …" as the departments named', () => {
    expect(
      drafted(
        'Chủ tịch UBND tỉnh yêu cầu các ngành: Tài nguyên và Môi trường, Công an, Công thương, UBND các huyện, thành phố kiểm tra, đánh giá tình trạng sạt lở bờ sông.',
        '2024-09-12',
      ).map((d) => [d.title, d.lead, d.support, d.groups]),
    ).toEqual([
      [
        'Kiểm tra, đánh giá tình trạng sạt lở bờ sông',
        idOf('STNMT'),
        [idOf('CA'), idOf('SCT')],
        ['UBND các huyện, thành phố'],
      ],
    ]);
  });

  it('dates the work with "Báo cáo Ủy ban nhân dân tỉnh trước ngày …" written out after it', () => {
    expect(
      drafted(
        'Giao Sở Tài nguyên và Môi trường rà soát diện tích đất rừng. Báo cáo Ủy ban nhân dân tỉnh trước ngày 30/8/2024.',
        '2024-08-05',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([['Rà soát diện tích đất rừng', '2024-08-30']]);
  });

  it('reads the reorganisation\'s classes: "UBND các phường mới" asked, "… thị xã và cấp xã", "người đứng đầu cơ quan, tổ chức, đơn vị"', () => {
    expect(
      titlesAndGroups(
        [
          'Phó Chủ tịch UBND tỉnh yêu cầu UBND các phường mới rà soát hồ sơ dự án.',
          'UBND Thành phố yêu cầu các sở, ban, ngành, UBND quận, huyện, thị xã và cấp xã tập trung triển khai đồng bộ các nhiệm vụ.',
          'UBND tỉnh yêu cầu người đứng đầu cơ quan, tổ chức, đơn vị nêu cao tinh thần trách nhiệm trong thực hiện chi trả chính sách.',
        ].join('\n\n'),
        '2025-08-07',
      ),
    ).toEqual([
      ['Rà soát hồ sơ dự án', ['UBND các phường mới']],
      ['Tập trung triển khai đồng bộ các nhiệm vụ', ['các sở, ban, ngành', 'UBND quận, huyện, thị xã và cấp xã']],
      ['Nêu cao tinh thần trách nhiệm trong thực hiện chi trả chính sách', ['cơ quan, tổ chức, đơn vị']],
    ]);
  });

  it('reads what a class of places holds as part of its name: "có đường sắt đi qua", "có biên giới", "có chợ"', () => {
    expect(
      titlesAndGroups(
        [
          'Yêu cầu UBND các huyện có đường sắt đi qua tăng cường kiểm tra các lối đi tự mở.',
          'Yêu cầu UBND các huyện có biên giới tăng cường tuần tra.',
          'Yêu cầu UBND các huyện, thành phố có chợ tăng cường phòng cháy.',
          'Các xã có rừng chủ động phòng cháy.',
        ].join('\n\n'),
        '2024-04-05',
      ),
    ).toEqual([
      ['Tăng cường kiểm tra các lối đi tự mở', ['UBND các huyện có đường sắt đi qua']],
      ['Tăng cường tuần tra', ['UBND các huyện có biên giới']],
      ['Tăng cường phòng cháy', ['UBND các huyện, thành phố có chợ']],
      ['Chủ động phòng cháy', ['Các xã có rừng']],
    ]);
  });

  it('drafts no work of an account going on with the verb it told ("… đã phân bổ chi tiết …. Phân bổ chi tiết …")', () => {
    const text = [
      'Hiện nay, huyện đã phân bổ chi tiết 40 tỷ 773 triệu đồng vốn tỉnh quyết định đầu tư. Phân bổ chi tiết 1 tỷ 754 triệu đồng vốn Di dân tái định cư thủy điện. Phân bổ chi tiết 132 tỷ 230 triệu đồng vốn huyện quản lý.',
      // The same words in a paragraph of their own, with a date: work.
      'Phân bổ chi tiết 35 tỷ đồng vốn còn lại trước ngày 31/3/2024.',
    ].join('\n\n');
    expect(extract(text, '2024-02-20').map((d) => [d.title, d.dueDate])).toEqual([
      ['Phân bổ chi tiết 35 tỷ đồng vốn còn lại', '2024-03-31'],
    ]);
  });

  it('reads the danger a class of places is in as part of its name, up to what it must do: "có nguy cơ … phải …"', () => {
    expect(
      extract(
        "2. Các xã, thị trấn có nguy cơ xảy ra sạt lở núi, sạt lở bờ sông, ngập lụt và các khu nhà cũ, xuống cấp theo danh sách báo cáo phải thực hiện ngay việc di dân khỏi vùng nguy hiểm, hoàn thành trước 20h00' ngày 06/9/2024.",
        '2024-09-06',
      ).map((d) => [d.title, d.groupAssignees, d.dueDate]),
    ).toEqual([
      [
        'Thực hiện ngay việc di dân khỏi vùng nguy hiểm',
        [
          'Các xã, thị trấn có nguy cơ xảy ra sạt lở núi, sạt lở bờ sông, ngập lụt và các khu nhà cũ, xuống cấp theo danh sách báo cáo',
        ],
        '2024-09-06',
      ],
    ]);
    // A danger told, no class of places given work.
    expect(extract('Các xã có nguy cơ xảy ra sạt lở núi rất cao.', '2024-09-06')).toEqual([]);
  });

  it('drafts no work of "Sở X, sau khi rà soát, đã …", and titles "được giao nhiệm vụ chủ trì …" and "…, bảo đảm hoàn thành trước …" by the work', () => {
    expect(
      drafted(
        [
          'Sở Tài chính, sau khi rà soát, đã báo cáo UBND tỉnh.',
          'Văn phòng UBND tỉnh cũng được giao nhiệm vụ chủ trì, phối hợp với các đơn vị khẩn trương hoàn tất việc chuyển đổi dữ liệu.',
          'UBND tỉnh đề nghị các sở, ngành khẩn trương chi trả chính sách, chế độ, bảo đảm hoàn thành trước ngày 15-10.',
        ].join('\n\n'),
        '2025-08-07',
      ).map((d) => [d.title, d.lead, d.dueDate]),
    ).toEqual([
      ['Khẩn trương hoàn tất việc chuyển đổi dữ liệu', idOf('VP-UBND'), null],
      ['Khẩn trương chi trả chính sách, chế độ', null, '2025-10-15'],
    ]);
  });

  it('dates the work by "Hạn cuối …, báo cáo gửi về Sở Nội vụ là ngày 15.8.2025" after it', () => {
    expect(
      drafted(
        'Sở Nội vụ yêu cầu các xã tổ chức rà soát toàn diện đội ngũ cán bộ, công chức. Hạn cuối hoàn tất việc rà soát này, báo cáo gửi về Sở Nội vụ là ngày 15.8.2025.',
        '2025-08-07',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([['Tổ chức rà soát toàn diện đội ngũ cán bộ, công chức', '2025-08-15']]);
  });

  it('reads a yearly report\'s days written after "định kỳ", and "…; chịu trách nhiệm khi để xảy ra cháy, nổ" as no work', () => {
    expect(
      extract(
        'Giao Công an tỉnh định kỳ báo cáo UBND tỉnh (gửi Công an tỉnh tổng hợp) trước ngày 21/6 và 25/12 hằng năm.\n\nYêu cầu UBND các xã kiểm tra các khu dân cư; chịu trách nhiệm khi để xảy ra cháy, nổ trên địa bàn quản lý.',
        '2024-04-05',
      ).map((d) => [d.title, d.kind, d.deadlineText]),
    ).toEqual([
      ['Định kỳ báo cáo UBND tỉnh (gửi Công an tỉnh tổng hợp)', 'recurring', 'trước ngày 21/6 và 25/12 hằng năm'],
      ['Kiểm tra các khu dân cư', 'deadline', null],
    ]);
  });

  it('drafts "Nghiêm khắc xử lý …" after the unit\'s work as its next work, and the unit keeps the work after it', () => {
    expect(
      extract(
        'Chủ tịch UBND tỉnh yêu cầu Sở Y tế khẩn trương xác minh vụ việc. Nghiêm khắc xử lý các tập thể, cá nhân theo đúng quy định hiện hành. Công khai thông tin về kết quả xác minh cho cơ quan truyền thông.',
        '2018-08-16',
      ).map((d) => [d.title, d.leadDepartmentId]),
    ).toEqual([
      ['Khẩn trương xác minh vụ việc', idOf('SYT')],
      ['Nghiêm khắc xử lý các tập thể, cá nhân theo đúng quy định hiện hành', idOf('SYT')],
      ['Công khai thông tin về kết quả xác minh cho cơ quan truyền thông', idOf('SYT')],
    ]);
  });

  it('gives "Các địa phương này phải báo cáo …" to the units of the work just given', () => {
    expect(
      titlesAndGroups(
        'Yêu cầu UBND các huyện Phù Mỹ, Vân Canh khẩn trương giải quyết hồ sơ tồn đọng. Các địa phương này phải báo cáo Chủ tịch UBND tỉnh trước ngày 15/11/2021.',
        '2021-11-10',
      ),
    ).toEqual([
      ['Khẩn trương giải quyết hồ sơ tồn đọng', ['UBND các huyện: Phù Mỹ, Vân Canh']],
      ['Báo cáo Chủ tịch UBND tỉnh', ['UBND các huyện: Phù Mỹ, Vân Canh']],
    ]);
  });

  it('reads a colon after "các khoản" or "các trường hợp sau" as the cases named, the work before it kept', () => {
    expect(
      extract(
        'Chủ tịch UBND tỉnh yêu cầu các đơn vị, địa phương thực hiện tiết kiệm, cắt giảm 05% chi thường xuyên ngân sách nhà nước năm 2024 sau khi loại trừ các khoản: chi lương, có tính chất tiền lương; các khoản chi theo các cam kết quốc tế.',
        '2024-08-12',
      ).map((d) => d.title),
    ).toEqual([
      'Thực hiện tiết kiệm, cắt giảm 05% chi thường xuyên ngân sách nhà nước năm 2024 sau khi loại trừ các khoản: chi lương, có tính chất tiền lương',
    ]);
  });

  it('keeps the work before "các hạng mục: sân khấu, âm thanh, …" with its date, and the work after "Tương tự, "', () => {
    expect(
      drafted(
        'Giao Sở Văn hóa, Thể thao và Du lịch hoàn thành các hạng mục: sân khấu, âm thanh, ánh sáng trước ngày 20/4/2025. Tương tự, Sở Y tế chuẩn bị phương án bảo đảm y tế trước ngày 25/4/2025.',
        '2025-03-12',
      ).map((d) => [d.title, d.lead, d.dueDate]),
    ).toEqual([
      ['Hoàn thành các hạng mục: sân khấu, âm thanh, ánh sáng', idOf('SVHTTDL'), '2025-04-20'],
      ['Chuẩn bị phương án bảo đảm y tế', idOf('SYT'), '2025-04-25'],
    ]);
  });

  it('reads "các Tiểu ban hậu cần, Tiểu ban tuyên truyền" as a group, and "giao quân" as recruits handed over, not an assignment', () => {
    expect(
      titlesAndGroups(
        'Yêu cầu các Tiểu ban hậu cần, Tiểu ban tuyên truyền chuẩn bị chu đáo các điều kiện phục vụ lễ hội.\n\nUBND các huyện tổ chức khám tuyển, giao quân đúng thời gian quy định.',
        '2024-11-20',
      ),
    ).toEqual([
      ['Chuẩn bị chu đáo các điều kiện phục vụ lễ hội', ['các Tiểu ban hậu cần, Tiểu ban tuyên truyền']],
      ['Tổ chức khám tuyển, giao quân đúng thời gian quy định', ['UBND các huyện']],
    ]);
  });

  it('reads departments named without "Sở" after "phối hợp" as partners, and a unit after "Từ nay đến trước ngày …, "', () => {
    expect(
      drafted(
        [
          'Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp Nông nghiệp và Phát triển nông thôn, Lao động - Thương binh và Xã hội, Tài nguyên và Môi trường rà soát các dự án.',
          'Giao Sở Tài chính chủ trì, phối hợp xây dựng kế hoạch phát triển.',
          'Từ nay đến trước ngày 20/4/2025, Sở Xây dựng hoàn thành sửa chữa các tuyến đường.',
        ].join('\n\n'),
        '2025-01-08',
      ).map((d) => [d.title, d.lead, d.support, d.dueDate]),
    ).toEqual([
      ['Rà soát các dự án', idOf('SKHDT'), [idOf('SNNPTNT'), idOf('SLDTBXH'), idOf('STNMT')], null],
      ['Xây dựng kế hoạch phát triển', idOf('STC'), [], null],
      ['Hoàn thành sửa chữa các tuyến đường', idOf('SXD'), [], '2025-04-20'],
    ]);
  });

  it('reads the units after "Đến (hết) ngày …, " as given the work, held to until that day or done by it', () => {
    expect(
      extract(
        [
          'Đến hết ngày 15/5/2021, UBND các huyện, thành phố tạm dừng tổ chức các lễ hội trên địa bàn.',
          'Đến hết ngày 30/6/2021, Sở Xây dựng hoàn thành việc rà soát các dự án.',
          'Đến ngày 15/7/2021, Sở Tài chính hoàn thành thẩm định dự toán.',
          'Đến ngày 15/7/2021, Sở Nội vụ đã hoàn thành việc sắp xếp.',
        ].join('\n\n'),
        '2021-05-01',
      ).map((d) => [d.title, d.leadDepartmentId, d.groupAssignees, d.kind, d.dueDate, d.deadlineText]),
    ).toEqual([
      [
        'Tạm dừng tổ chức các lễ hội trên địa bàn',
        null,
        ['UBND các huyện, thành phố'],
        'standing',
        null,
        'Đến hết ngày 15/5/2021',
      ],
      ['Hoàn thành việc rà soát các dự án', idOf('SXD'), [], 'deadline', '2021-06-30', 'Đến hết ngày 30/6/2021'],
      ['Hoàn thành thẩm định dự toán', idOf('STC'), [], 'deadline', '2021-07-15', 'Đến ngày 15/7/2021'],
    ]);
  });

  it('dates the work a list opened by "Hai / Những tháng cuối năm, …" holds by the end of the year', () => {
    expect(
      extract(
        [
          'Hai tháng cuối năm, huyện tập trung vào các nhiệm vụ như: Tiếp tục khảo sát các mô hình sản xuất nông nghiệp; hoàn thành nhiệm vụ thu - chi ngân sách.',
          'Những tháng cuối năm 2020, UBND các huyện, thành phố tập trung hoàn thành các chỉ tiêu nông thôn mới như: Hoàn thành tiêu chí về môi trường; xây dựng đường giao thông nông thôn.',
        ].join('\n\n'),
        '2020-10-28',
      ).map((d) => [d.dueDate, d.deadlineText]),
    ).toEqual([
      ['2020-12-31', 'Hai tháng cuối năm'],
      ['2020-12-31', 'Hai tháng cuối năm'],
      ['2020-12-31', 'Những tháng cuối năm 2020'],
      ['2020-12-31', 'Những tháng cuối năm 2020'],
    ]);
  });

  it('drafts "…; hoàn thành <a work of its own>" apart, and keeps "…; hoàn thành việc …" with the work it completes', () => {
    expect(
      drafted(
        [
          'Chủ tịch yêu cầu các ngành tiếp tục khảo sát các mô hình sản xuất nông nghiệp; hoàn thành nhiệm vụ thu - chi ngân sách.',
          'Giao Sở Tài chính rà soát các khoản nợ đọng; hoàn thành việc rà soát trong tháng 12/2020.',
          'Giao Sở Xây dựng kiểm tra các công trình; hoàn thành dứt điểm các sai phạm.',
        ].join('\n\n'),
        '2020-10-28',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([
      ['Tiếp tục khảo sát các mô hình sản xuất nông nghiệp', null],
      ['Hoàn thành nhiệm vụ thu - chi ngân sách', null],
      ['Rà soát các khoản nợ đọng', '2020-12-31'],
      ['Kiểm tra các công trình', null],
    ]);
  });

  it('gives the work of a news lead the period and units its last sentence names it by ("… là những nhiệm vụ trọng tâm trong tháng 8 …")', () => {
    expect(
      drafted(
        [
          'Huyện Tháp Mười họp thường kỳ UBND tháng 7 năm 2020',
          'Tập trung lãnh đạo sản xuất vụ lúa Thu Đông. Nâng chất các tiêu chí xã nông thôn mới nâng cao, kiểu mẫu. Tăng cường giải pháp đảm bảo an ninh trật tự là những nhiệm vụ trọng tâm trong tháng 8 vừa được Chủ tịch UBND huyện chỉ đạo các ngành tập trung thực hiện tại cuộc họp ngày 11/8/2020.',
          'Trong tháng 7, huyện đã xuống giống vụ Thu Đông được trên 35.000 ha.',
        ].join('\n\n'),
        '2020-08-11',
      ).map((d) => [d.title, d.groups, d.kind, d.dueDate]),
    ).toEqual([
      ['Tập trung lãnh đạo sản xuất vụ lúa Thu Đông', ['các ngành'], 'deadline', '2020-08-31'],
      ['Nâng chất các tiêu chí xã nông thôn mới nâng cao, kiểu mẫu', ['các ngành'], 'deadline', '2020-08-31'],
      [expect.stringMatching(/^Tăng cường giải pháp đảm bảo an ninh trật tự/), ['các ngành'], 'deadline', '2020-08-31'],
    ]);
  });

  it('drafts a work joined by a comma apart when it opens with "kiểm soát chặt", "thực hiện tốt", "nghiêm cấm" …, not a verb pair or a cooperation', () => {
    expect(
      drafted(
        [
          'Trong tháng 5, Sở Công Thương tăng cường công tác kiểm soát, quản lý thị trường, kiểm soát chặt nguồn gốc hàng hóa.',
          'UBND các huyện ven biển hướng dẫn tàu thuyền về nơi trú ẩn an toàn, nghiêm cấm tàu thuyền ra khơi.',
          'Sở Y tế thực hiện quản lý, kiểm soát chặt chẽ việc xuất bến của tàu cá.',
          'Giao Sở Nông nghiệp và Phát triển nông thôn, Công an tỉnh phối hợp hỗ trợ UBND huyện Xuyên Mộc, tăng cường tuần tra trên biển.',
        ].join('\n\n'),
        '2023-05-09',
      ).map((d) => [d.title, d.lead, d.groups, d.dueDate]),
    ).toEqual([
      ['Tăng cường công tác kiểm soát, quản lý thị trường', idOf('SCT'), [], '2023-05-31'],
      ['Kiểm soát chặt nguồn gốc hàng hóa', idOf('SCT'), [], '2023-05-31'],
      ['Hướng dẫn tàu thuyền về nơi trú ẩn an toàn', null, ['UBND các huyện ven biển'], null],
      ['Nghiêm cấm tàu thuyền ra khơi', null, ['UBND các huyện ven biển'], null],
      ['Thực hiện quản lý, kiểm soát chặt chẽ việc xuất bến của tàu cá', idOf('SYT'), [], null],
      ['Hỗ trợ UBND huyện Xuyên Mộc, tăng cường tuần tra trên biển', idOf('SNNPTNT'), [], null],
    ]);
  });

  it('drafts "…; tham mưu (cho thành phố) kịp thời giải quyết những khó khăn, vướng mắc" as a duty of its own', () => {
    expect(
      extract(
        'Giao Sở Xây dựng bố trí cán bộ thường xuyên theo dõi, đôn đốc kiểm tra thực hiện; tham mưu cho thành phố kịp thời giải quyết những khó khăn, vướng mắc.',
        '2022-11-28',
      ).map((d) => [d.title, d.leadDepartmentId]),
    ).toEqual([
      ['Bố trí cán bộ thường xuyên theo dõi, đôn đốc kiểm tra thực hiện', idOf('SXD')],
      ['Tham mưu cho thành phố kịp thời giải quyết những khó khăn, vướng mắc', idOf('SXD')],
    ]);
  });

  it('drafts "…; thi công đúng theo hồ sơ …" and "…; thi công gọn …" after ";" as more work of the same units', () => {
    expect(
      titlesAndGroups(
        'Phó Chủ tịch đề nghị các đơn vị thi công tập trung nhân lực đẩy nhanh tiến độ thi công các công trình; thi công đúng theo hồ sơ được duyệt; thi công gọn theo các đoạn, di chuyển vật liệu thừa trong ngày.',
        '2022-11-28',
      ),
    ).toEqual([
      ['Tập trung nhân lực đẩy nhanh tiến độ thi công các công trình', ['các đơn vị thi công']],
      ['Thi công đúng theo hồ sơ được duyệt', ['các đơn vị thi công']],
      ['Thi công gọn theo các đoạn, di chuyển vật liệu thừa trong ngày', ['các đơn vị thi công']],
    ]);
  });

  it('dates the works after "Đối với nhiệm vụ trong tháng 11.2019, … yêu cầu …" by that month, its year after a dot', () => {
    const drafts = extract(
      'Đối với nhiệm vụ trong tháng 11.2019, Chủ tịch UBND huyện yêu cầu các ngành, các địa phương tập trung chỉ đạo sản xuất Đông Xuân 2019 – 2020, thực hiện tốt công tác kiểm dịch động vật.',
      '2019-11-01',
    );
    expect(drafts.map((d) => [d.title, d.dueDate])).toEqual([
      ['Tập trung chỉ đạo sản xuất Đông Xuân 2019 – 2020', '2019-11-30'],
      ['Thực hiện tốt công tác kiểm dịch động vật', '2019-11-30'],
    ]);
  });

  it('dates the works after "Về nhiệm vụ tháng 11 năm 2020, …" by that month, and drafts "…, đẩy mạnh công tác …" apart', () => {
    expect(
      extract(
        'Về nhiệm vụ tháng 11 năm 2020, hoàn chỉnh kế hoạch thực hiện Nghị quyết Đại hội Đảng bộ huyện, tập trung làm tốt công tác giao thông thủy lợi và phòng chống bão lụt, đẩy mạnh công tác phòng chống tệ nạn xã hội.',
        '2020-10-26',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([
      ['Hoàn chỉnh kế hoạch thực hiện Nghị quyết Đại hội Đảng bộ huyện', '2020-11-30'],
      ['Tập trung làm tốt công tác giao thông thủy lợi và phòng chống bão lụt', '2020-11-30'],
      ['Đẩy mạnh công tác phòng chống tệ nạn xã hội', '2020-11-30'],
    ]);
  });

  it('drafts no work of "Thực hiện nhiệm vụ "kép", …" telling what happened, and keeps the work given after it', () => {
    expect(
      extract(
        [
          'Thực hiện nhiệm vụ "kép", tháng 5/2020, hoạt động sản xuất kinh doanh trên địa bàn tỉnh đã trở lại bình thường.',
          'Thực hiện mục tiêu kép, UBND tỉnh yêu cầu Sở Y tế tăng cường kiểm soát dịch bệnh.',
        ].join('\n\n'),
        '2020-06-01',
      ).map((d) => [d.title, d.leadDepartmentId]),
    ).toEqual([['Tăng cường kiểm soát dịch bệnh', idOf('SYT')]]);
  });

  it('reads "người đứng đầu các địa phương" as the localities given the work, after "Do đó,"', () => {
    expect(
      titlesAndGroups(
        'Tình hình giải ngân còn chậm. Do đó, người đứng đầu các địa phương cần tập trung chỉ đạo quyết liệt công tác giải phóng mặt bằng.',
      ),
    ).toEqual([['Tập trung chỉ đạo quyết liệt công tác giải phóng mặt bằng', ['các địa phương']]]);
  });
});

describe('extractDirectives on letters, plans and conclusions read against their drafts', () => {
  it('drafts the chair\'s "nhấn mạnh (tới) việc …" and "lưu ý cần …" on work that names no unit, without the assigner', () => {
    expect(
      drafted(
        'Kết luận phiên họp, Chủ tịch UBND tỉnh nhấn mạnh tới việc đẩy nhanh tiến độ giải ngân vốn đầu tư công, phấn đấu giải ngân 100% kế hoạch vốn trước ngày 31/1/2025.',
        '2024-12-20',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([['Đẩy nhanh tiến độ giải ngân vốn đầu tư công, phấn đấu giải ngân 100% kế hoạch vốn', '2025-01-31']]);
    expect(
      extract('Đồng chí Chủ tịch UBND tỉnh lưu ý cần rà soát quy hoạch các khu tái định cư.', '2024-12-20').map(
        (d) => d.title,
      ),
    ).toEqual(['Rà soát quy hoạch các khu tái định cư']);
    // A remark on how things stand is no work.
    expect(extract('Chủ tịch UBND tỉnh nhấn mạnh giải ngân còn chậm.', '2024-12-20')).toEqual([]);
  });

  it('drafts the key task the chair names after "nhấn mạnh, nhiệm vụ trọng tâm … là", due at its period\'s end', () => {
    expect(
      extract(
        'Tại phiên họp Chủ tịch UBND tỉnh Thanh Hóa nhấn mạnh, nhiệm vụ trọng tâm hàng đầu trong tháng 3-2026 là tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031.',
        '2026-03-05',
      ).map((d) => [d.title, d.dueDate, d.isKey]),
    ).toEqual([
      [
        'Tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031',
        '2026-03-31',
        true,
      ],
    ]);
    // What the key task is like, no work.
    expect(
      extract('Chủ tịch UBND tỉnh nhấn mạnh, nhiệm vụ trọng tâm trong năm 2026 là hết sức nặng nề.', '2026-03-05'),
    ).toEqual([]);
  });

  it('keeps "…; đảm bảo đủ nguồn hàng" after ";" as a duty of its own, and "…; đảm bảo đúng quy định" with the work', () => {
    expect(
      extract(
        'Sở Công Thương theo dõi diễn biến thị trường hàng hóa; giám sát chặt việc cung ứng hàng hóa; đảm bảo đủ nguồn hàng, nhất là các mặt hàng tiêu dùng thiết yếu.',
        '2013-12-20',
      ).map((d) => d.title),
    ).toEqual([
      'Theo dõi diễn biến thị trường hàng hóa',
      'Giám sát chặt việc cung ứng hàng hóa',
      'Đảm bảo đủ nguồn hàng, nhất là các mặt hàng tiêu dùng thiết yếu',
    ]);
    expect(
      extract('Sở Xây dựng kiểm tra các công trình; đảm bảo đúng quy định.', '2013-12-20').map((d) => d.title),
    ).toEqual(['Kiểm tra các công trình']);
  });

  it('reads "(đảm bảo quy mô như hàng năm)" as a comparison, not a rule that comes round every year', () => {
    expect(
      drafted(
        'Giao Sở Văn hóa, Thể thao và Du lịch chủ động xây dựng kế hoạch chi tiết (đảm bảo quy mô như hàng năm), báo cáo tại cuộc họp giao ban trong tháng 4/2023.',
        '2023-04-12',
      ).map((d) => [d.kind, d.dueDate]),
    ).toEqual([['deadline', '2023-04-30']]);
  });

  it('reads "vốn được giao" and "vốn được tỉnh … giao" as what the units were given before, not a new assignment', () => {
    expect(
      drafted(
        'Sở Xây dựng phải giải ngân 100% kế hoạch vốn được tỉnh Quảng Ngãi giao của năm 2022 trước ngày 31/12/2022; khẩn trương lập thủ tục xây dựng khu tái định cư.',
        '2022-11-15',
      ).map((d) => [d.title, d.lead, d.dueDate]),
    ).toEqual([
      ['Giải ngân 100% kế hoạch vốn được tỉnh Quảng Ngãi giao của năm 2022', idOf('SXD'), '2022-12-31'],
      ['Khẩn trương lập thủ tục xây dựng khu tái định cư', idOf('SXD'), null],
    ]);
    expect(
      extract(
        'Sở Xây dựng giải ngân 100% kế hoạch vốn được giao năm 2022; khẩn trương lập thủ tục xây dựng khu tái định cư.',
        '2022-11-15',
      ).map((d) => d.title),
    ).toEqual(['Giải ngân 100% kế hoạch vốn được giao năm 2022', 'Khẩn trương lập thủ tục xây dựng khu tái định cư']);
  });
  it('drafts each duty after ";" whose subject is an office, a district or a force the table does not know', () => {
    expect(
      drafted(
        'Phòng Kinh tế tham mưu xây dựng các kế hoạch; Phòng Văn hóa - Xã hội tham mưu xây dựng các phương án.',
        '2023-04-06',
      ).map((d) => [d.title, d.lead, d.groups]),
    ).toEqual([
      ['Phòng Kinh tế tham mưu xây dựng các kế hoạch', null, []],
      ['Phòng Văn hóa - Xã hội tham mưu xây dựng các phương án', null, []],
    ]);
    expect(
      extract(
        'UBND huyện Triệu Phong kiểm tra hiện trạng; UBND huyện Gio Linh rà soát các công trình.',
        '2023-04-06',
      ).map((d) => d.title),
    ).toEqual(['UBND huyện Triệu Phong kiểm tra hiện trạng', 'UBND huyện Gio Linh rà soát các công trình']);
    expect(
      extract(
        'Ban Chỉ huy quân sự xã tham mưu xây dựng các kế hoạch huấn luyện; Lực lượng công an, kiểm lâm, quân sự tăng cường công tác phối hợp tuần tra, kiểm tra.',
        '2023-04-06',
      ).map((d) => [d.title, d.groupAssignees]),
    ).toEqual([
      ['Ban Chỉ huy quân sự xã tham mưu xây dựng các kế hoạch huấn luyện', []],
      ['Tăng cường công tác phối hợp tuần tra, kiểm tra', ['Lực lượng công an, kiểm lâm, quân sự']],
    ]);
    // The forces in news of what they did are no addressee.
    expect(extract('Lực lượng công an đã bắt giữ 3 đối tượng.', '2023-04-06')).toEqual([]);
  });
  it("drafts a leader's request laid out as a line with no end mark under a photo, below the headline", () => {
    const request =
      'Phó Chủ tịch UBND tỉnh Thái Văn Thành đề nghị các ngành khẩn trương triển khai kế hoạch thực hiện các Nghị quyết đã được Bộ Chính trị ban hành';
    expect(
      extractParagraphs(['Phiên họp UBND tỉnh thường kỳ tháng 1', request, 'Quang cảnh phiên họp'], '2026-01-26').map(
        (d) => [d.title, d.groupAssignees],
      ),
    ).toEqual([
      ['Khẩn trương triển khai kế hoạch thực hiện các Nghị quyết đã được Bộ Chính trị ban hành', ['các ngành']],
    ]);
    // The same words as the text's own first line are its headline.
    expect(extractParagraphs([request, 'Quang cảnh phiên họp'], '2026-01-26')).toEqual([]);
  });

  it('reads a contact point\'s work ("làm đầu mối", "là đầu mối") as ongoing, and "chậm nhất đến cuối tháng 12" whole', () => {
    expect(
      drafted('Sở Kế hoạch và Đầu tư là đầu mối tiếp nhận, hướng dẫn nhà đầu tư.', '2022-03-15').map((d) => [
        d.title,
        d.lead,
        d.kind,
      ]),
    ).toEqual([['Tiếp nhận, hướng dẫn nhà đầu tư', idOf('SKHDT'), 'standing']]);
    expect(
      drafted(
        'Chủ tịch UBND tỉnh chỉ đạo Sở Công Thương làm đầu mối cùng các địa phương giám sát chặt tình hình, kiểm tra nắm tình hình.',
        '2022-11-10',
      ).map((d) => [d.title, d.groups, d.kind]),
    ).toEqual([['Giám sát chặt tình hình, kiểm tra nắm tình hình', ['các địa phương'], 'standing']]);
    // Work done once stays so.
    expect(extract('Sở Tài chính làm đầu mối xây dựng đề án sắp xếp trụ sở.', '2022-03-15')[0].kind).toBe('deadline');
    expect(
      extract('Sở Xây dựng hoàn thành thẩm định hồ sơ chậm nhất đến cuối tháng 12.', '2022-11-15').map((d) => [
        d.title,
        d.dueDate,
        d.deadlineText,
      ]),
    ).toEqual([['Hoàn thành thẩm định hồ sơ', '2022-12-31', 'chậm nhất đến cuối tháng 12']]);
  });

  it('leaves "theo chỉ đạo của Chính phủ" closing the work out of its title', () => {
    expect(
      extract(
        'Giao Sở Xây dựng hoàn thành thẩm định hồ sơ trước ngày 30/6/2023 theo chỉ đạo của Chính phủ.',
        '2023-03-01',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([['Hoàn thành thẩm định hồ sơ', '2023-06-30']]);
  });
  it('reads the units of "lưu ý trách nhiệm của … trong việc …" as those given the work after it', () => {
    expect(
      drafted(
        'Chủ tịch UBND tỉnh Phạm Minh Huấn lưu ý trách nhiệm của ngành Thuế, Sở Tài chính và các huyện, thành phố trong việc hoàn thành các khoản thu; đôn đốc đảm bảo vượt các khoản thu theo kế hoạch.',
        '2019-11-25',
      ).map((d) => [d.title, d.lead, d.groups]),
    ).toEqual([
      ['Hoàn thành các khoản thu', idOf('STC'), ['ngành Thuế', 'các huyện, thành phố']],
      ['Đôn đốc đảm bảo vượt các khoản thu theo kế hoạch', idOf('STC'), ['ngành Thuế', 'các huyện, thành phố']],
    ]);
    expect(
      titlesAndGroups('Chủ tịch UBND huyện nhấn mạnh trách nhiệm của các xã trong việc quản lý đất đai.', '2019-11-25'),
    ).toEqual([['Quản lý đất đai', ['các xã']]]);
  });

  it('drafts the work given after a judgement with ", nên các sở, ngành …"', () => {
    expect(
      titlesAndGroups(
        'Đồng chí Chủ tịch UBND tỉnh cho rằng đây là nhiệm vụ lớn, nên các sở, ngành tiếp tục nghiên cứu, trao đổi với đơn vị tư vấn.',
        '2019-11-25',
      ),
    ).toEqual([['Tiếp tục nghiên cứu, trao đổi với đơn vị tư vấn', ['các sở, ngành']]]);
  });
  it('keeps the partners of a cooperation clause after ";" out of the duties that follow it', () => {
    expect(
      drafted(
        'Sở Y tế làm tốt công tác tuyên truyền; phối hợp với UBND các huyện kiểm tra an toàn thực phẩm; chủ động phòng chống dịch bệnh; rà soát các cơ sở trước ngày 20/1/2024.',
        '2024-01-10',
      ).map((d) => [d.title, d.lead, d.groups]),
    ).toEqual([
      ['Làm tốt công tác tuyên truyền', idOf('SYT'), []],
      ['Kiểm tra an toàn thực phẩm', idOf('SYT'), ['UBND các huyện']],
      ['Chủ động phòng chống dịch bệnh', idOf('SYT'), []],
      ['Rà soát các cơ sở', idOf('SYT'), []],
    ]);
  });

  it('gives the items after "Nội dung như sau:" the units of the request before it', () => {
    expect(
      titlesAndGroups(
        'Văn phòng UBND tỉnh đề nghị các sở, ban, ngành tỉnh, UBND các huyện, thành phố tổ chức trực trong dịp nghỉ lễ 30/4 và 01/5. Nội dung như sau:\n1. Về việc trực trong dịp nghỉ lễ:\nBố trí nghỉ hợp lý; phân công lãnh đạo, cán bộ trực trong ngày nghỉ.',
        '2016-04-12',
      ).slice(1),
    ).toEqual([
      ['Bố trí nghỉ hợp lý', ['các sở, ban, ngành tỉnh', 'UBND các huyện, thành phố']],
      ['Phân công lãnh đạo, cán bộ trực trong ngày nghỉ', ['các sở, ban, ngành tỉnh', 'UBND các huyện, thành phố']],
    ]);
  });
  it('reads "các cơ quan soạn thảo", "các cơ quan thuế" whole as the groups given the work', () => {
    expect(
      titlesAndGroups(
        'Đồng chí Chủ tịch UBND huyện yêu cầu các cơ quan soạn thảo tiếp thu các ý kiến phát biểu của các đại biểu.',
        '2021-03-10',
      ),
    ).toEqual([['Tiếp thu các ý kiến phát biểu của các đại biểu', ['các cơ quan soạn thảo']]]);
    expect(titlesAndGroups('Các cơ quan thuế phải tập trung khai thác nguồn thu.', '2025-10-21')).toEqual([
      ['Tập trung khai thác nguồn thu', ['Các cơ quan thuế']],
    ]);
  });

  it('drafts "…; đối với … phải …" after ";" as the same units\' duty for another case', () => {
    expect(
      titlesAndGroups(
        'Chủ tịch UBND tỉnh yêu cầu UBND các huyện tạm dừng tổ chức các lễ hội chưa khai mạc; đối với các lễ hội đã tổ chức khai mạc phải giảm quy mô, thời gian tổ chức lễ hội.',
        '2020-02-01',
      ),
    ).toEqual([
      ['Tạm dừng tổ chức các lễ hội chưa khai mạc', ['UBND các huyện']],
      ['Đối với các lễ hội đã tổ chức khai mạc phải giảm quy mô, thời gian tổ chức lễ hội', ['UBND các huyện']],
    ]);
  });
  it('dates the work by the report on it sent in the next sentence ("Báo cáo số liệu … về Sở …, UBND tỉnh trước …")', () => {
    expect(
      drafted(
        'Chủ tịch UBND các huyện, thành phố khẩn trương chỉ đạo rà soát, thống kê số lượng cây trồng, vật nuôi bị thiệt hại do đợt rét đậm, rét hại vừa qua. Báo cáo số liệu thiệt hại chính thức về Sở Nông nghiệp và Phát triển nông thôn, UBND tỉnh trước 14h ngày 01/02/2016.',
        '2016-01-30',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([
      [
        'Khẩn trương chỉ đạo rà soát, thống kê số lượng cây trồng, vật nuôi bị thiệt hại do đợt rét đậm, rét hại vừa qua',
        '2016-02-01',
      ],
    ]);
  });

  it('reads a schedule of reports ("trước ngày 15 của tháng", "… tháng cuối cùng của mỗi quý") as rules, and "tháng này"', () => {
    expect(
      drafted(
        'Thời gian quy định cho các cơ quan, đơn vị gửi báo cáo về UBND tỉnh như sau:\n- Ban hành kế hoạch cải cách hành chính năm là trước ngày 20/11 hàng năm\n- Báo cáo tháng gửi trước ngày 15 của tháng\n- Báo cáo quý gửi trước ngày 05 tháng cuối cùng của mỗi quý',
        '2012-05-08',
      ).map((d) => [d.title, d.kind]),
    ).toEqual([
      ['Ban hành kế hoạch cải cách hành chính năm', 'recurring'],
      ['Báo cáo tháng gửi', 'recurring'],
      ['Báo cáo quý gửi', 'recurring'],
    ]);
    expect(
      extract('Sở Tài chính hoàn thành báo cáo trước ngày 15 của tháng này.', '2012-05-08').map((d) => d.dueDate),
    ).toEqual(['2012-05-15']);
  });
  it('dates the items by the month their lead-in names them for ("nội dung trọng tâm tháng 8/2019 như sau:")', () => {
    expect(
      extract(
        'Chủ tịch UBND huyện nhấn mạnh một số nội dung trọng tâm tháng 8/2019 như sau:\n- Ban Kinh tế - Xã hội tổ chức giám sát công tác quản lý chợ.\n- Phòng Kinh tế xây dựng kế hoạch phát triển chợ.',
        '2019-08-07',
      ).map((d) => [d.dueDate, d.deadlineText]),
    ).toEqual([
      ['2019-08-31', 'tháng 8/2019'],
      ['2019-08-31', 'tháng 8/2019'],
    ]);
  });
  it('keeps "…; đảm bảo nhu yếu phẩm …" after ";" as a duty of its own', () => {
    expect(
      extract(
        'Đồng chí Nguyễn Thành Công đề nghị huyện Sốp Cộp khẩn trương vận động nhân dân di chuyển ra khỏi vùng nguy hiểm; theo dõi sát diễn biến sạt lở đất; đảm bảo nhu yếu phẩm cần thiết cho nhân dân.',
        '2024-10-04',
      ).map((d) => d.title),
    ).toEqual([
      'Khẩn trương vận động nhân dân di chuyển ra khỏi vùng nguy hiểm',
      'Theo dõi sát diễn biến sạt lở đất',
      'Đảm bảo nhu yếu phẩm cần thiết cho nhân dân',
    ]);
  });

  it('drafts nothing for an order told again after "Trước đó, ngày …, UBND tỉnh có Văn bản số …"', () => {
    expect(
      extract(
        'Trước đó, ngày 13/9, UBND tỉnh có Văn bản số 4828/UBND-TH giao Sở Tài nguyên và Môi trường kiểm tra, xử lý thông tin phản ánh của công dân; báo cáo kết quả cho Chủ tịch UBND tỉnh trước ngày 22/9.',
        '2023-09-28',
      ),
    ).toEqual([]);
    // The order of now after it is work.
    expect(
      extract(
        'Trước đó, UBND tỉnh có Văn bản số 4828/UBND-TH về việc này; nay yêu cầu Sở Tài nguyên và Môi trường báo cáo kết quả trước ngày 29/9.',
        '2023-09-28',
      ).map((d) => d.dueDate),
    ).toEqual(['2023-09-29']);
  });
  it('reads the leader\'s words told by another ("Văn phòng UBND tỉnh cho biết Chủ tịch UBND tỉnh đã yêu cầu …")', () => {
    expect(
      titlesAndGroups(
        'Ngày 10.11, Văn phòng UBND tỉnh Bình Định cho biết Chủ tịch UBND tỉnh này đã yêu cầu Chủ tịch UBND các huyện khẩn trương kiểm tra, làm rõ nguyên nhân gây ra tình trạng trễ hẹn.',
        '2021-11-10',
      ),
    ).toEqual([['Khẩn trương kiểm tra, làm rõ nguyên nhân gây ra tình trạng trễ hẹn', ['UBND các huyện']]]);
    expect(
      drafted(
        'Sở Nội vụ cho biết Chủ tịch UBND tỉnh đã giao Sở Tư pháp rà soát thủ tục hành chính, hoàn thành trước ngày 15/11/2023.',
        '2023-11-01',
      ).map((d) => [d.lead, d.dueDate]),
    ).toEqual([[idOf('STP'), '2023-11-15']]);
  });

  it('reads "giáo viên" and "mẫu giáo" in the work as no "giao" of an assigner', () => {
    expect(
      drafted('Sở Giáo dục và Đào tạo bố trí đủ giáo viên trước ngày 31/8/2024.', '2024-08-07').map((d) => [
        d.title,
        d.lead,
      ]),
    ).toEqual([['Bố trí đủ giáo viên', idOf('SGDDT')]]);
    expect(
      drafted('Sở Giáo dục và Đào tạo hướng dẫn các trường mẫu giáo trước ngày 31/8/2024.', '2024-08-07').map(
        (d) => d.lead,
      ),
    ).toEqual([idOf('SGDDT')]);
    expect(
      titlesAndGroups(
        'Các cơ sở giáo dục thực hiện nghiêm túc các chính sách hỗ trợ học sinh và giáo viên ngay từ đầu năm học.',
        '2024-08-07',
      ),
    ).toEqual([
      ['Thực hiện nghiêm túc các chính sách hỗ trợ học sinh và giáo viên ngay từ đầu năm học', ['Các cơ sở giáo dục']],
    ]);
  });
  it('drafts nothing for who chaired a meeting, a project part named before a colon, or what the chair says work is', () => {
    expect(
      extract(
        'Chiều ngày 13/11, đồng chí Đỗ Đức Chiến, Chủ tịch UBND huyện chủ trì cuộc họp Ban chỉ đạo nhằm tháo gỡ những khó khăn, vướng mắc thực hiện Tiểu dự án 3: Giải phóng mặt bằng trên địa bàn huyện Hàm Yên thuộc Dự án cao tốc Tuyên Quang - Hà Giang.\n\nChủ tịch UBND huyện Đỗ Đức Chiến chủ trì cuộc họp.',
        '2023-11-13',
      ),
    ).toEqual([]);
    expect(
      extract(
        'Phát biểu kết luận cuộc họp, Chủ tịch UBND tỉnh nhấn mạnh, việc triển khai hiệu quả kế hoạch đầu tư công trung hạn là nền tảng quan trọng để tạo đà cho giai đoạn tiếp theo.',
        '2025-07-07',
      ),
    ).toEqual([]);
  });
  it('reads the units quoted right after the news site\'s tag ("(PLVN) - “Các địa phương phải …")', () => {
    expect(
      titlesAndGroups(
        '(PLVN) - “Các địa phương phải tập trung đẩy nhanh tiến độ giải phóng mặt bằng của dự án”.',
        '2022-12-15',
      ),
    ).toEqual([['Tập trung đẩy nhanh tiến độ giải phóng mặt bằng của dự án', ['Các địa phương']]]);
    // Below the page's headline, the same.
    expect(
      titlesAndGroups(
        'Đẩy mạnh tiến độ bồi thường, giải phóng mặt bằng\n\n(PLVN) - “Các địa phương phải tập trung đẩy nhanh tiến độ giải phóng mặt bằng của dự án”.',
        '2022-12-15',
      ),
    ).toEqual([['Tập trung đẩy nhanh tiến độ giải phóng mặt bằng của dự án', ['Các địa phương']]]);
  });
  it('drafts the work of a working group as its subject ("Tổ công tác Đề án 06 cấp huyện tổ chức …")', () => {
    expect(
      drafted(
        'Tổ công tác Đề án 06 cấp huyện tổ chức các cuộc họp dân để tuyên truyền, hoàn thành trước ngày 15-12-2022.',
        '2022-11-15',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([['Tổ công tác Đề án 06 cấp huyện tổ chức các cuộc họp dân để tuyên truyền', '2022-12-15']]);
  });
  it('drafts the next work opened by "liên hệ" or "tập hợp" for the unit before', () => {
    expect(
      drafted(
        'Theo đó, UBND tỉnh giao Sở Y tế chủ trì kiểm tra an toàn thực phẩm tại các bếp ăn tập thể.\nĐồng thời, chủ động liên hệ, tham khảo mức hỗ trợ của các địa phương, tham mưu UBND tỉnh.\nTập hợp hồ sơ các đơn vị có dấu hiệu vi phạm chuyển đến cơ quan công an để xác minh, xử lý theo quy định.',
        '2023-01-05',
      ).map((d) => [d.title.slice(0, 30), d.lead]),
    ).toEqual([
      ['Kiểm tra an toàn thực phẩm tại', idOf('SYT')],
      ['Chủ động liên hệ, tham khảo mứ', idOf('SYT')],
      ['Tập hợp hồ sơ các đơn vị có dấ', idOf('SYT')],
    ]);
  });
  it('reads sectors listed by name ("các ngành y tế, điện lực, thông tin truyền thông") as one group', () => {
    expect(
      titlesAndGroups(
        'Các ngành y tế, điện lực, thông tin truyền thông,.. phải xây dựng kế hoạch phối hợp thật tốt trong việc tổ chức kỳ thi.',
        '2023-05-29',
      ),
    ).toEqual([
      [
        'Xây dựng kế hoạch phối hợp thật tốt trong việc tổ chức kỳ thi',
        ['Các ngành y tế, điện lực, thông tin truyền thông'],
      ],
    ]);
    expect(
      titlesAndGroups(
        'Chủ tịch UBND tỉnh yêu cầu các ngành y tế, điện lực, công an xây dựng kế hoạch phối hợp tổ chức kỳ thi.',
        '2023-05-29',
      ),
    ).toEqual([['Xây dựng kế hoạch phối hợp tổ chức kỳ thi', ['các ngành y tế, điện lực, công an']]]);
  });
  it('reads bodies the table lacks listed with the units given the work ("…, Ban Quản lý … và đề nghị Liên đoàn …")', () => {
    expect(
      drafted(
        'Theo đó, UBND tỉnh yêu cầu Công an tỉnh, Cục Thuế tỉnh, Sở Y tế, Ban Quản lý Khu Kinh tế tỉnh và đề nghị Liên đoàn Lao động tỉnh tiếp tục phối hợp chặt chẽ với Bảo hiểm xã hội tỉnh tổ chức các hội nghị đối thoại.',
        '2023-06-15',
      ).map((d) => [d.title, d.lead, d.support, d.groups, d.kind]),
    ).toEqual([
      [
        'Tiếp tục phối hợp chặt chẽ với Bảo hiểm xã hội tỉnh tổ chức các hội nghị đối thoại',
        idOf('CA'),
        [idOf('CT'), idOf('SYT')],
        ['Ban Quản lý Khu Kinh tế tỉnh', 'Liên đoàn Lao động tỉnh'],
        'standing',
      ],
    ]);
  });
  it('keeps the communes listed after "Chủ tịch UBND xã" with their commas and capitals', () => {
    expect(
      extract(
        '5. Chủ tịch UBND xã Long Phước, Phước An, Long Thành, Nhơn Trạch hoàn thành công tác bồi thường, giải phóng mặt bằng dự án đường 25B, 25C trước ngày 30 tháng 11 năm 2025.',
        '2025-11-05',
      ).map((d) => d.title),
    ).toEqual([
      'Chủ tịch UBND xã Long Phước, Phước An, Long Thành, Nhơn Trạch hoàn thành công tác bồi thường, giải phóng mặt bằng dự án đường 25B, 25C',
    ]);
    // After a body the table lacks, a name written with its capital keeps it.
    expect(
      extract(
        'Bộ Chỉ huy Quân sự tỉnh phối hợp với Bộ đội Biên phòng, Đài Thông tin duyên hải tăng cường thông báo cho tàu thuyền.',
        '2025-08-23',
      )[0].title,
    ).toContain('Đài Thông tin duyên hải tăng cường thông báo cho tàu thuyền');
  });
  it('reads the unit of a head named with the person ("Đồng chí … – Giám đốc Sở Xây dựng chịu trách nhiệm …")', () => {
    expect(
      drafted(
        'Theo đó, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n2. Đồng chí Nguyễn Anh Tuấn – Giám đốc Sở Xây dựng chịu trách nhiệm trước UBND tỉnh, Chủ tịch UBND tỉnh đôn đốc, theo dõi tiến độ 02 dự án đảm bảo hoàn thành.',
        '2025-11-05',
      ).map((d) => [d.title, d.lead]),
    ).toEqual([['Đôn đốc, theo dõi tiến độ 02 dự án đảm bảo hoàn thành', idOf('SXD')]]);
  });
  it('drafts "…; tổng hợp báo cáo kịp thời …" with no date and "…; chủ động trong công tác …" as standing duties of their own', () => {
    expect(
      drafted(
        'UBND các huyện tổ chức phân công cán bộ thường trực; phối hợp xử lý kịp thời sự cố ô nhiễm môi trường; tổng hợp báo cáo kịp thời về tình hình ứng phó và khắc phục hậu quả do mưa, lũ; chủ động trong công tác tổ chức ứng phó, khắc phục sự cố ô nhiễm nguồn nước.',
        '2024-09-16',
      ).map((d) => [d.title, d.kind]),
    ).toEqual([
      ['Tổ chức phân công cán bộ thường trực', 'deadline'],
      ['Phối hợp xử lý kịp thời sự cố ô nhiễm môi trường', 'deadline'],
      ['Tổng hợp báo cáo kịp thời về tình hình ứng phó và khắc phục hậu quả do mưa, lũ', 'standing'],
      ['Chủ động trong công tác tổ chức ứng phó, khắc phục sự cố ô nhiễm nguồn nước', 'standing'],
    ]);
  });
  it('gives no date to a report on "tình hình trước, trong và sau Tết" with none of its own, and keeps the words', () => {
    expect(
      drafted(
        'Các sở, ban, ngành, UBND các huyện, thành phố báo cáo ngắn gọn bằng văn bản về tình hình trước, trong và sau Tết, gửi UBND tỉnh.',
        '2019-01-08',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([['Báo cáo ngắn gọn bằng văn bản về tình hình trước, trong và sau Tết, gửi UBND tỉnh', null]]);
  });
  it('drafts nothing for where a direction was given when its work is not told ("… chỉ đạo các sở … tại Công văn số …")', () => {
    expect(
      extract(
        'UBND tỉnh chỉ đạo các Sở, ban, ngành cấp tỉnh và UBND các phường, xã tại Công văn số 7044/UBND-KSTT ngày 18/7/2025.',
        '2025-07-18',
      ),
    ).toEqual([]);
    // With the work after the document, a draft.
    expect(
      drafted('Giao Sở Tài chính tại Công văn số 12/UBND-KT ngày 3/1/2025 rà soát nguồn vốn.', '2025-07-18').map(
        (d) => d.lead,
      ),
    ).toEqual([idOf('STC')]);
  });
  it('drafts nothing for what the members or a committee proposed ("… cũng đề xuất …", "đề xuất rằng …")', () => {
    expect(
      extract(
        'Đồng thời các thành viên Ban chỉ đạo cũng đề xuất những giải pháp thực hiện ngay để kịp thời tháo gỡ những vướng mắc khó khăn.',
        '2023-11-13',
      ),
    ).toEqual([]);
    // Nor what a council's committee proposed ("Đồng thời, đề xuất rằng …").
    expect(
      extract(
        'Trong đó, Ban Kinh tế - Ngân sách lưu ý đến việc bố trí vốn từ đấu giá đất cần phải được xem xét thận trọng. Đồng thời, đề xuất rằng các dự án thu hồi đất phải nằm trong kế hoạch sử dụng đất cho năm 2024.',
        '2023-11-15',
      ),
    ).toEqual([]);
    // Asked of them, it is work.
    expect(
      titlesAndGroups(
        'Yêu cầu các thành viên Ban chỉ đạo đề xuất giải pháp tháo gỡ vướng mắc trước ngày 20/11/2023.',
        '2023-11-13',
      ),
    ).toEqual([['Đề xuất giải pháp tháo gỡ vướng mắc', ['các thành viên Ban chỉ đạo']]]);
  });
});

describe('extractDirectives on a meeting report pasted whole', () => {
  const reports = [
    'Báo cáo tại Phiên họp thể hiện, trong tháng 01, tình hình sản xuất kinh doanh duy trì ổn định.',
    'Sản xuất nông nghiệp tập trung trồng, chăm sóc và thu hoạch cây rau màu các loại. Đẩy mạnh công tác phòng, chống dịch bệnh, đói, rét trên cây trồng, vật nuôi. Triển khai đến người dân thực hiện đăng ký trồng lại rừng sau khai thác.',
    'Lãnh đạo Sở Lao động - Thương binh và Xã hội báo cáo công tác chăm lo cho gia đình chính sách và người có công được quan tâm thực hiện. Triển khai tặng quà đối với người có công với cách mạng, hộ nghèo nhân dịp Tết Nguyên đán.',
  ];
  const conclusion =
    'Kết luận Phiên họp, đồng chí Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành, địa phương tập trung thực hiện tốt các nhiệm vụ sau:\n\nĐẩy nhanh tiến độ giải ngân vốn đầu tư công ngay từ đầu năm 2024.';

  it("drafts only the chair's conclusion, not what the reports before it said was done or under way", () => {
    expect(extractParagraphs([...reports, conclusion], '2024-01-26').map((d) => d.title)).toEqual([
      'Đẩy nhanh tiến độ giải ngân vốn đầu tư công ngay từ đầu năm 2024',
    ]);
    // The same paragraphs with no conclusion after them are the text to draft from.
    expect(extractParagraphs(reports, '2024-01-26').map((d) => d.title)).toContain(
      'Triển khai đến người dân thực hiện đăng ký trồng lại rừng sau khai thác',
    );
  });

  it("reads a unit's leader or delegate telling the meeting, and what their paragraph goes on with, as no work", () => {
    expect(
      extractParagraphs(
        [
          reports[2],
          'Tại cuộc họp, đại diện Sở Xây dựng đã báo cáo tiến độ thực hiện các dự án. Đẩy nhanh thi công các công trình chuyển tiếp.',
          // A report the leader is to send by a date, or is asked for, is work.
          'Lãnh đạo Sở Y tế báo cáo kết quả kiểm tra an toàn thực phẩm trước ngày 20/02/2024.',
          'Đề nghị lãnh đạo Sở Tài chính báo cáo cụ thể nguồn vốn tại phiên họp tới.',
        ],
        '2024-01-26',
      ).map((d) => [d.title, d.leadDepartmentId, d.dueDate]),
    ).toEqual([
      ['Báo cáo kết quả kiểm tra an toàn thực phẩm', idOf('SYT'), '2024-02-20'],
      ['Báo cáo cụ thể nguồn vốn tại phiên họp tới', idOf('STC'), null],
    ]);
  });

  it("reads a department head's proposal at the meeting, by name, as no work", () => {
    expect(
      extract(
        'Giám đốc Sở Nội vụ Nguyễn Viết Hưng đề nghị từ nay đến ngày 15/03/2026, các Sở, ngành, địa phương quan tâm quyết liệt cho công tác tuyên truyền vận động cử tri tham gia bầu cử.',
        '2026-02-27',
      ),
    ).toEqual([]);
    // The chair's request in the same words is work.
    expect(
      extract(
        'Chủ tịch UBND tỉnh đề nghị từ nay đến ngày 15/03/2026, các sở, ngành, địa phương quan tâm quyết liệt cho công tác tuyên truyền vận động cử tri tham gia bầu cử.',
        '2026-02-27',
      ).map((d) => d.dueDate),
    ).toEqual(['2026-03-15']);
  });

  it('leaves why the work is asked out of its title', () => {
    expect(
      extract(
        'Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành có biện pháp thúc đẩy giải ngân vốn đầu tư công, vì tỷ lệ giải ngân của tỉnh vẫn còn thấp.',
        '2022-07-26',
      ).map((d) => d.title),
    ).toEqual(['Có biện pháp thúc đẩy giải ngân vốn đầu tư công']);
    expect(
      extract('Công an tỉnh tiếp tục xây dựng lực lượng trong sạch, vững mạnh, vì Nhân dân phục vụ.', '2022-07-26').map(
        (d) => d.title,
      ),
    ).toEqual(['Tiếp tục xây dựng lực lượng trong sạch, vững mạnh, vì Nhân dân phục vụ']);
  });

  it('reads a briefing the committee holds ("giao ban công tác") as no assignment, and a board after "giao" as one', () => {
    expect(
      extract(
        'Chiều 10-8, đồng chí Nguyễn Anh Tú, Phó Bí thư Thành ủy, Chủ tịch UBND Thành phố chủ trì hội nghị UBND thành phố giao ban công tác với lãnh đạo các phòng ban, xã phường tuần thứ 2 tháng 8-2017.',
        '2017-08-10',
      ),
    ).toEqual([]);
    expect(
      extract(
        'Chủ tịch UBND tỉnh giao Ban Quản lý dự án đầu tư xây dựng tỉnh hoàn thành hồ sơ trước ngày 30/8/2017.',
        '2017-08-10',
      ).map((d) => d.dueDate),
    ).toEqual(['2017-08-30']);
  });

  it('takes the chair written "đ/c" out of the title, with the "cần" of the request', () => {
    expect(
      extract(
        'Đặc biệt, đ/c Chủ tịch UBND thị xã yêu cầu cần làm tốt công tác kiểm tra nồng độ cồn.',
        '2024-04-25',
      ).map((d) => d.title),
    ).toEqual(['Làm tốt công tác kiểm tra nồng độ cồn']);
  });

  it("reads a news page's time stamp as no work, and the same verb giving work as work", () => {
    expect(
      extractParagraphs(
        ['Cập nhật, 15:06, Thứ Hai, 03/07/2017 (GMT+7)', 'Cập nhật hồ sơ địa chính trước ngày 30/7/2017.'],
        '2017-07-03',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([['Cập nhật hồ sơ địa chính', '2017-07-30']]);
  });

  it('reads "nhiệm vụ … tỉnh giao" as the work the province gave, not a new assignment', () => {
    expect(
      extract(
        'Năm 2018, Sở TNMT đã có nhiều nỗ lực cố gắng, tập trung chỉ đạo, triển khai quyết liệt các nhiệm vụ của UBND tỉnh giao, đặc biệt kịp thời xử lý, tham mưu, giải quyết những nhiệm vụ phát sinh tỉnh giao đảm bảo tiến độ, chất lượng theo yêu cầu.',
        '2018-12-28',
      ),
    ).toEqual([]);
    // A unit after it is the assignment.
    expect(
      extract('Về nhiệm vụ năm 2019 UBND tỉnh giao Sở Y tế kiểm tra an toàn thực phẩm.', '2018-12-28').map((d) => [
        d.title,
        d.leadDepartmentId,
      ]),
    ).toEqual([['Kiểm tra an toàn thực phẩm', idOf('SYT')]]);
  });

  it('reads the leader named only as "Ông" or "Đồng chí" before the request', () => {
    for (const speaker of ['Ông yêu cầu', 'Đồng chí đề nghị', 'Bà giao'])
      expect(
        extract(`${speaker} Sở Giáo dục và Đào tạo tiếp tục khắc phục những tồn tại hạn chế.`, '2023-12-19').map(
          (d) => [d.title, d.leadDepartmentId],
        ),
      ).toEqual([['Tiếp tục khắc phục những tồn tại hạn chế', idOf('SGDDT')]]);
  });

  it('reads a sector by its initials ("ngành GTVT", "ngành GD-ĐT", "ngành NN&PTNT") as the group addressed', () => {
    expect(
      extractParagraphs(
        [
          'Phó Chủ tịch UBND tỉnh đề nghị ngành GTVT tập trung thực hiện các nội dung về giao thông vận tải theo quy hoạch tỉnh.',
          'Phó Chủ tịch UBND tỉnh đề nghị ngành GD-ĐT tập trung nâng cao chất lượng đội ngũ giáo viên.',
          'Phó Chủ tịch UBND tỉnh đề nghị ngành NN&PTNT tập trung chỉ đạo sản xuất vụ Xuân.',
        ],
        '2023-12-19',
      ).map((d) => [d.title, d.groupAssignees]),
    ).toEqual([
      ['Tập trung thực hiện các nội dung về giao thông vận tải theo quy hoạch tỉnh', ['ngành GTVT']],
      ['Tập trung nâng cao chất lượng đội ngũ giáo viên', ['ngành GD-ĐT']],
      ['Tập trung chỉ đạo sản xuất vụ Xuân', ['ngành NN&PTNT']],
    ]);
  });

  it('leaves "Đề nghị Sở" pointing back to the department out of the title', () => {
    expect(
      extract(
        'Phó Chủ tịch UBND tỉnh ghi nhận kết quả của ngành. Trong năm 2023, đề nghị Sở tiếp tục bám chắc các chỉ đạo của Trung ương và của tỉnh để triển khai các nhiệm vụ.',
        '2023-01-17',
      ).map((d) => d.title),
    ).toEqual(['Tiếp tục bám chắc các chỉ đạo của Trung ương và của tỉnh để triển khai các nhiệm vụ']);
  });

  it('splits "tham dự kỳ họp …" from the item before it, and leaves the remit before the work out of the title', () => {
    expect(
      extract(
        'Kết luận phiên họp, đồng chí Nguyễn Ngọc Thiều, Chủ tịch UBND huyện yêu cầu các ngành căn cứ vào nhiệm vụ được giao thực hiện tốt nhiệm vụ trọng tâm trong tháng 7 và những tháng cuối năm 2022. Trong đó, thực hiện tốt một số nhiệm vụ trước mắt như tổ chức tốt Tuần văn hóa du lịch Bắc Sơn; tham dự kỳ họp thường lệ giữa năm 2022, kỳ họp thứ 7 HĐND huyện khóa XX, nhiệm kỳ 2021 – 2026; tổ chức Hội nghị biểu dương người có công tiêu biểu.',
        '2022-07-14',
      ).map((d) => d.title),
    ).toEqual([
      'Thực hiện tốt nhiệm vụ trọng tâm',
      'Tổ chức tốt Tuần văn hóa du lịch Bắc Sơn',
      'Tham dự kỳ họp thường lệ giữa năm 2022, kỳ họp thứ 7 HĐND huyện khóa XX, nhiệm kỳ 2021 – 2026',
      'Tổ chức Hội nghị biểu dương người có công tiêu biểu',
    ]);
    // Who attended is no work.
    expect(extract('Tham dự hội nghị có đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh.', '2022-07-14')).toEqual([]);
  });

  it('reads the matters the members discussed, listed after "như:", as no work', () => {
    expect(
      extract(
        'Trên cơ sở dự thảo báo cáo của ngành chuyên môn, các đồng chí dự phiên họp đã đóng góp ý kiến vào các nội dung như: giải pháp nâng cao hiệu quả chuyển đổi số; xử lý việc trả lời phản ánh kiến nghị trên thiết bị di động; ký số các văn bản điện tử; Tăng cường tuyên truyền thực hiện cải cách hành chính.',
        '2024-04-25',
      ),
    ).toEqual([]);
  });

  it('reads the units the work is to be done with, after "phối hợp với" inside it, as cooperating', () => {
    expect(
      extract(
        'Chủ tịch UBND tỉnh yêu cầu Sở Y tế kiểm tra, đồng thời phối hợp với UBND huyện Nghĩa Hành và Công an tỉnh xử lý dứt điểm, báo cáo UBND tỉnh trước ngày 20/4/2020.',
        '2020-04-14',
      ).map((d) => [d.leadDepartmentId, d.supportDepartmentIds, d.dueDate]),
    ).toEqual([[idOf('SYT'), [idOf('CA')], '2020-04-20']]);
  });

  it('reads "theo chỉ đạo …", "theo yêu cầu" after the work as what it follows, not as the assigner\'s word', () => {
    expect(
      extract(
        'Phó Chủ tịch Thường trực UBND tỉnh Bùi Thanh An đề nghị hoàn thành công tác chi trả chế độ theo Nghị định số 178/2025/NĐ-CP trước ngày 15/10/2025 theo chỉ đạo của Bộ Chính trị.',
        '2025-10-07',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([['Hoàn thành công tác chi trả chế độ theo Nghị định số 178/2025/NĐ-CP', '2025-10-15']]);
    expect(
      extract(
        'Phó Chủ tịch UBND tỉnh đề nghị hoàn thành công tác chi trả chế độ trước ngày 15/10/2025 theo yêu cầu.',
        '2025-10-07',
      ).map((d) => d.dueDate),
    ).toEqual(['2025-10-15']);
  });

  it('keeps the addressees listed after "các đơn vị sự nghiệp công lập thuộc UBND tỉnh" on the line above the work', () => {
    expect(
      extract(
        'Ngày 03/04/2025, Chủ tịch UBND tỉnh ban hành Chỉ thị số 03/CT-UBND với yêu cầu như sau:\nThủ trưởng các Sở, ban, ngành; các đơn vị sự nghiệp công lập thuộc UBND tỉnh; Chủ tịch UBND các huyện, thành phố:\nTổ chức phổ biến, quán triệt Công văn số 414/BNV-VTLTNN ngày 19/3/2025 của Bộ Nội vụ.',
        '2025-04-03',
      ).map((d) => d.groupAssignees),
    ).toEqual([['các Sở, ban, ngành', 'các đơn vị sự nghiệp công lập thuộc UBND tỉnh', 'UBND các huyện, thành phố']]);
  });

  it('drafts a news lede the body restates with the same unit and work once, from the body with its date', () => {
    expect(
      extractParagraphs(
        [
          'UBND tỉnh Quảng Ngãi vừa có công văn yêu cầu Sở Văn hóa, Thể thao và Du lịch kiểm tra thông tin sau khi báo chí có bài phản ánh tình trạng khai thác mỏ đất sát di tích.',
          'Chủ tịch UBND tỉnh yêu cầu Sở Văn hóa, Thể thao và Du lịch kiểm tra thông tin báo chí nêu, có biện pháp xử lý kịp thời nếu có ảnh hưởng đến di tích, báo cáo kết quả cho UBND tỉnh trước ngày 16.4.2020.',
        ],
        '2020-04-14',
      ).map((d) => [d.leadDepartmentId, d.dueDate]),
    ).toEqual([[idOf('SVHTTDL'), '2020-04-16']]);
  });

  it("reads a digest's headlines, summed up after their list, as no work", () => {
    expect(
      extract(
        'Tăng cường công tác bảo đảm an ninh, trật tự dịp Lễ 30/4 và 01/5; tăng cường công tác đấu tranh phòng, chống thuốc giả; tổ chức lấy ý kiến cử tri về chủ trương sắp xếp đơn vị hành chính... là những chỉ đạo, điều hành nổi bật của UBND tỉnh tháng 4/2025.',
        '2025-04-30',
      ),
    ).toEqual([]);
  });

  it('reads the forces told their duty and the classes listed with them, and leaves the warning out of the title', () => {
    expect(
      extractParagraphs(
        [
          'Tối 28/10, ông Phạm Anh Tuấn, Chủ tịch UBND tỉnh Gia Lai ra công điện khẩn, yêu cầu các lực lượng chức năng, đơn vị, địa phương triển khai ngay các biện pháp ứng phó với mưa lớn kéo dài.',
          'Các lực lượng phải thông báo cho ngư dân, hộ nuôi trồng thủy sản biết thời gian ngưng toàn bộ hoạt động trên biển.',
          'Cụ thể, các đơn vị, địa phương tuyệt đối không được lơ là, chủ quan, tổ chức kiểm tra, rà soát ngay các khu vực xung yếu.',
        ],
        '2025-10-28',
      ).map((d) => [d.title, d.groupAssignees]),
    ).toEqual([
      ['Triển khai ngay các biện pháp ứng phó với mưa lớn kéo dài', ['các lực lượng chức năng, đơn vị, địa phương']],
      [
        'Thông báo cho ngư dân, hộ nuôi trồng thủy sản biết thời gian ngưng toàn bộ hoạt động trên biển',
        ['Các lực lượng'],
      ],
      ['Tổ chức kiểm tra, rà soát ngay các khu vực xung yếu', ['các đơn vị, địa phương']],
    ]);
    // A warning alone is the whole of what is asked.
    expect(extract('Các địa phương tuyệt đối không được lơ là, chủ quan.', '2025-10-28').map((d) => d.title)).toEqual([
      'Tuyệt đối không được lơ là, chủ quan',
    ]);
  });

  it('keeps the work of advising the committee and its chair on a request upward ("tham mưu UBND tỉnh, Chủ tịch UBND tỉnh kiến nghị Bộ …")', () => {
    expect(
      extract(
        'Sở Tài nguyên và Môi trường tham mưu UBND tỉnh, Chủ tịch UBND tỉnh kiến nghị Bộ Tài nguyên và Môi trường sửa đổi quy định.',
        '2024-04-09',
      ).map((d) => [d.title, d.leadDepartmentId]),
    ).toEqual([
      ['Tham mưu UBND tỉnh, Chủ tịch UBND tỉnh kiến nghị Bộ Tài nguyên và Môi trường sửa đổi quy định', idOf('STNMT')],
    ]);
    // The province's own request upward is still no work of its units.
    expect(extract('UBND tỉnh kiến nghị Bộ Tài nguyên và Môi trường sửa đổi quy định.', '2024-04-09')).toEqual([]);
  });

  it('reads "các đơn vị trực thuộc UBND tỉnh" as the province\'s own units addressed', () => {
    expect(
      extract(
        'Chủ tịch UBND tỉnh yêu cầu các sở, ban ngành, các đơn vị trực thuộc UBND tỉnh và UBND các huyện, thị xã, thành phố triển khai xây dựng Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2021-2025.',
        '2020-06-01',
      ).map((d) => [d.title, d.groupAssignees]),
    ).toEqual([
      [
        'Triển khai xây dựng Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2021-2025',
        ['các sở, ban ngành', 'các đơn vị trực thuộc UBND tỉnh', 'UBND các huyện, thị xã, thành phố'],
      ],
    ]);
    // … with the enterprises listed after them: the work, not "Các doanh nghiệp …", heads the title.
    expect(
      extract(
        'Chủ tịch UBND tỉnh yêu cầu thủ trưởng các sở, ngành, đơn vị cấp tỉnh và các đơn vị trực thuộc UBND tỉnh, các doanh nghiệp đề cao trách nhiệm, phấn đấu ngay từ những ngày đầu năm mới; xây dựng và triển khai chủ đề hành động của ngành mình.',
        '2018-02-22',
      ).map((d) => d.title),
    ).toEqual([
      'Đề cao trách nhiệm, phấn đấu ngay từ những ngày đầu năm mới',
      'Xây dựng và triển khai chủ đề hành động của ngành mình',
    ]);
  });

  it("leaves the basis of the work, with its author, the remit or the unit's field, out of the title", () => {
    expect(
      extractParagraphs(
        [
          'UBND tỉnh giao Thủ trưởng các cơ quan, đơn vị có liên quan căn cứ lĩnh vực quản lý nhà nước của cơ quan, đơn vị có trách nhiệm rà soát, bãi bỏ văn bản hướng dẫn thi hành.',
          'Thủ trưởng các sở, ngành, địa phương căn cứ vào kế hoạch trực tiếp chỉ đạo xây dựng chương trình, kế hoạch hành động cụ thể của cơ quan, đơn vị.',
          'Giao Thủ trưởng các sở, ban, ngành căn cứ Kế hoạch này của UBND tỉnh, theo chức năng, nhiệm vụ được giao xây dựng kế hoạch của đơn vị.',
        ],
        '2021-05-10',
      ).map((d) => d.title),
    ).toEqual([
      'Rà soát, bãi bỏ văn bản hướng dẫn thi hành',
      'Trực tiếp chỉ đạo xây dựng chương trình, kế hoạch hành động cụ thể của cơ quan, đơn vị',
      'Xây dựng kế hoạch của đơn vị',
    ]);
  });

  it('keeps the letter told first when the next paragraph adds to it ("UBND tỉnh cũng yêu cầu …")', () => {
    expect(
      extractParagraphs(
        [
          'Ngày 14/01/2022 UBND tỉnh ban hành Công văn số 138 yêu cầu các sở, ban, ngành, UBND các huyện, thành phố chủ động xây dựng kế hoạch thăm hỏi, tặng quà nhân dịp Tết Nguyên đán.',
          'UBND tỉnh cũng yêu cầu các địa phương thường xuyên cập nhật, báo cáo việc tiếp nhận tài trợ. UBND tỉnh giao Sở Lao động – Thương binh và Xã hội tăng cường công tác kiểm tra việc thăm hỏi, tặng quà.',
        ],
        '2022-01-14',
      ).map((d) => d.title),
    ).toEqual([
      'Chủ động xây dựng kế hoạch thăm hỏi, tặng quà nhân dịp Tết Nguyên đán',
      'Cập nhật, báo cáo việc tiếp nhận tài trợ',
      'Tăng cường công tác kiểm tra việc thăm hỏi, tặng quà',
    ]);
  });

  it('reads a line a legal database wrapped before a name in capitals as one sentence', () => {
    expect(
      extract(
        'II. NHIỆM VỤ\n1. Sở Y tế chủ trì tuyên truyền Nghị quyết số 21/NQ-CP ngày 26/02/2021 của Chính phủ về mua và sử dụng vắc xin phòng\nCOVID-19, các chủ trương, chính sách về công tác tiêm chủng vắc xin.',
        '2021-03-01',
      ).map((d) => [d.title, d.leadDepartmentId]),
    ).toEqual([
      [
        'Tuyên truyền Nghị quyết số 21/NQ-CP ngày 26/02/2021 của Chính phủ về mua và sử dụng vắc xin phòng COVID-19, các chủ trương, chính sách về công tác tiêm chủng vắc xin',
        idOf('SYT'),
      ],
    ]);
    // The closing formula of a decision, wrapped so, is still no work.
    expect(
      extract(
        'Điều 3.\nChánh Văn phòng UBND tỉnh; Giám đốc Sở Nông nghiệp và Phát triển nông thôn; Thủ trưởng các sở, ngành tỉnh; Chủ tịch UBND các huyện,\nthị xã, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành\nQuyết định này.',
        '2021-03-01',
      ),
    ).toEqual([]);
    // A news headline over its text is not wrapped into it.
    expect(
      extractParagraphs(
        [
          'Chủ tịch UBND tỉnh chỉ đạo triển khai các biện pháp cấp bách khống chế dịch tả lợn châu Phi\nUBND tỉnh vừa ban hành Công điện yêu cầu Sở Nông nghiệp và Phát triển nông thôn hướng dẫn tiêu hủy lợn bệnh.',
        ],
        '2019-03-13',
      ).map((d) => d.title),
    ).toEqual(['Hướng dẫn tiêu hủy lợn bệnh']);
  });

  it('reads the numbered items under "I. MỤC ĐÍCH, YÊU CẦU" as aims, up to the next Roman heading', () => {
    expect(
      extract(
        'I. MỤC ĐÍCH, YÊU CẦU\n1. Tiếp tục tuyên truyền Nghị quyết số 21/NQ-CP của Chính phủ.\nII. NHIỆM VỤ\n1. Sở Y tế chủ trì tổ chức tiêm vắc xin trước ngày 30/6/2021.',
        '2021-03-01',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([['Tổ chức tiêm vắc xin', '2021-06-30']]);
  });

  it('splits "…; không để dân quay về …" after ";" as work of its own', () => {
    expect(
      extract(
        'Tuyệt đối không để người ở lại trên tàu, thuyền và lồng bè; không để dân quay về khi chưa an toàn.',
        '2025-11-06',
      ).map((d) => d.title),
    ).toEqual(['Tuyệt đối không để người ở lại trên tàu, thuyền và lồng bè', 'Không để dân quay về khi chưa an toàn']);
  });

  it("keeps the work given before the conclusion, and the coming month's work a report sets out", () => {
    expect(
      extractParagraphs(
        [
          reports[2],
          'Nhiệm vụ tháng 02 tập trung rà soát tiến độ các dự án. Tăng cường công tác đôn đốc thu nộp thuế cho ngân sách năm 2024.',
          'Tại phiên họp, Chủ tịch UBND tỉnh giao Sở Y tế kiểm tra an toàn thực phẩm trước ngày 05/02/2024.',
          conclusion,
        ],
        '2024-01-26',
      ).map((d) => [d.title, d.leadDepartmentId, d.dueDate]),
    ).toEqual([
      // The month the report's paragraph opens with is the time of its first work.
      ['Tập trung rà soát tiến độ các dự án', null, '2024-02-29'],
      ['Tăng cường công tác đôn đốc thu nộp thuế cho ngân sách năm 2024', null, null],
      ['Kiểm tra an toàn thực phẩm', idOf('SYT'), '2024-02-05'],
      ['Đẩy nhanh tiến độ giải ngân vốn đầu tư công ngay từ đầu năm 2024', null, null],
    ]);
  });
});

describe('extractDirectives on faults of land, education and commune texts', () => {
  it('cuts a Tết season out of the title with the "nhất là" that led to it, and reads annual crops as no period', () => {
    expect(
      drafted(
        'Chủ tịch UBND huyện, thành phố có trách nhiệm ban hành văn bản chỉ đạo Phòng Tài nguyên và Môi trường, UBND xã, phường, thị trấn tăng cường công tác quản lý Nhà nước về đất đai, nhất là trong thời gian trước, trong và sau Tết Nguyên đán Canh Tý - năm 2020.',
        '2020-01-20',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([
      [
        'Ban hành văn bản chỉ đạo Phòng Tài nguyên và Môi trường, UBND xã, phường, thị trấn tăng cường công tác quản lý Nhà nước về đất đai',
        '2020-02-08',
      ],
    ]);
    expect(
      extract(
        'Các địa phương thường xuyên kiểm tra, xử lý nghiêm các trường hợp vi phạm trong quản lý đất đai, nhất là các trường hợp tự ý trồng cây lâu năm trên đất nông nghiệp, trồng cây hàng năm, lấn chiếm đất đai.',
        '2020-01-20',
      ).map((d) => [d.kind, d.recurrence]),
    ).toEqual([['standing', null]]);
  });

  it('keeps the level and the schools of a class of units in its name, and the central bodies stationed in the province', () => {
    expect(
      titlesAndGroups(
        'Theo đó, các cơ quan, tổ chức, đơn vị cấp tỉnh báo cáo việc bố trí, sắp xếp lại trụ sở làm việc; rà soát báo cáo việc bàn giao trụ sở làm việc.',
        '2025-08-11',
      ),
    ).toEqual([
      ['Báo cáo việc bố trí, sắp xếp lại trụ sở làm việc', ['các cơ quan, tổ chức, đơn vị cấp tỉnh']],
      ['Rà soát báo cáo việc bàn giao trụ sở làm việc', ['các cơ quan, tổ chức, đơn vị cấp tỉnh']],
    ]);
    expect(titlesAndGroups('Các cơ quan, đơn vị cấp huyện, cấp xã rà soát hồ sơ đất đai.', '2025-08-11')).toEqual([
      ['Rà soát hồ sơ đất đai', ['Các cơ quan, đơn vị cấp huyện, cấp xã']],
    ]);
    for (const [text, group] of [
      [
        'Các đơn vị trường học, cơ sở giáo dục, quản lý giáo dục tiếp tục thực hiện nghiêm các chỉ đạo của UBND tỉnh về các khoản thu.',
        'Các đơn vị trường học, cơ sở giáo dục, quản lý giáo dục',
      ],
      [
        'Các trường học, cơ sở giáo dục tiếp tục thực hiện nghiêm các chỉ đạo của UBND tỉnh về các khoản thu.',
        'Các trường học, cơ sở giáo dục',
      ],
    ])
      expect(titlesAndGroups(text, '2020-09-10')).toEqual([
        ['Tiếp tục thực hiện nghiêm các chỉ đạo của UBND tỉnh về các khoản thu', [group]],
      ]);
    // The people asked beside the units do not hide them.
    expect(
      titlesAndGroups(
        'Chủ tịch UBND tỉnh đề nghị Nhân dân và yêu cầu các sở, ban, ngành, các cơ quan Trung ương đóng chân trên địa bàn tỉnh và UBND các huyện, thành phố tiếp tục duy trì thực hiện các giải pháp cấp bách phòng, chống dịch Covid-19.',
        '2020-04-22',
      ),
    ).toEqual([
      [
        'Tiếp tục duy trì thực hiện các giải pháp cấp bách phòng, chống dịch Covid-19',
        ['các sở, ban, ngành', 'các cơ quan Trung ương đóng chân trên địa bàn tỉnh', 'UBND các huyện, thành phố'],
      ],
    ]);
    expect(
      titlesAndGroups(
        'Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành, cơ quan đơn vị đoàn thể và UBND các huyện, thành phố tiếp tục duy trì thực hiện các giải pháp phòng, chống dịch.',
        '2020-04-22',
      ),
    ).toEqual([
      [
        'Tiếp tục duy trì thực hiện các giải pháp phòng, chống dịch',
        ['các sở, ban, ngành, cơ quan đơn vị đoàn thể', 'UBND các huyện, thành phố'],
      ],
    ]);
  });

  it('drafts "tạo điều kiện thuận lợi …" among a unit\'s duties, units after "từ nay đến ngày …" and units "thuộc UBND tỉnh"', () => {
    expect(
      drafted(
        'Chủ tịch UBND tỉnh yêu cầu Sở Giáo dục và Đào tạo bảo đảm an ninh, an toàn tuyệt đối cho kỳ thi; tạo điều kiện thuận lợi nhất về đi lại, ăn nghỉ cho thí sinh dự thi.',
        '2024-06-20',
      ).map((d) => [d.title, d.lead]),
    ).toEqual([
      ['Bảo đảm an ninh, an toàn tuyệt đối cho kỳ thi', idOf('SGDDT')],
      ['Tạo điều kiện thuận lợi nhất về đi lại, ăn nghỉ cho thí sinh dự thi', idOf('SGDDT')],
    ]);
    expect(
      drafted(
        'UBND tỉnh yêu cầu từ nay đến ngày 1/7/2021 Công an tỉnh phải tiếp tục duy trì các tổ cấp thẻ căn cước công dân lưu động tại khu dân cư.',
        '2021-03-10',
      ).map((d) => [d.title, d.lead, d.dueDate]),
    ).toEqual([
      ['Tiếp tục duy trì các tổ cấp thẻ căn cước công dân lưu động tại khu dân cư', idOf('CA'), '2021-07-01'],
    ]);
    expect(
      titlesAndGroups(
        'Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các cơ quan, đơn vị thuộc UBND tỉnh, Chủ tịch UBND các huyện, thành phố tổ chức tuyên truyền lợi ích của việc cấp căn cước công dân.',
        '2021-03-10',
      ),
    ).toEqual([
      [
        'Tổ chức tuyên truyền lợi ích của việc cấp căn cước công dân',
        ['các cơ quan, đơn vị thuộc UBND tỉnh', 'UBND các huyện, thành phố'],
      ],
    ]);
  });

  it('reads the functional forces opening a sentence without "các" as the units told their duty', () => {
    expect(
      titlesAndGroups(
        'Lực lượng chức năng phải thông báo ngay cho chủ các phương tiện biết diễn biến của bão số 3.',
        '2024-09-06',
      ),
    ).toEqual([['Thông báo ngay cho chủ các phương tiện biết diễn biến của bão số 3', ['Lực lượng chức năng']]]);
    // Named in a story, they are no addressee.
    for (const story of [
      'Lực lượng chức năng đã kịp thời sơ tán 120 hộ dân ra khỏi vùng nguy hiểm.',
      'Lực lượng chức năng tổ chức kiểm tra 15 cơ sở kinh doanh, phát hiện 3 cơ sở vi phạm.',
      'Lực lượng chức năng phối hợp với Công an xã di dời 120 hộ dân, không có thiệt hại về người.',
    ])
      expect(extract(story, '2024-09-06')).toEqual([]);
  });

  it('keeps a year in the title when a target for a later year follows it', () => {
    expect(
      drafted(
        'Các sở, ngành, UBND các xã, phường tập trung thực hiện các giải pháp, bảo đảm mục tiêu tăng trưởng của Thành phố đạt 8% trở lên trong năm 2025 và tăng trưởng hai con số trong năm 2026.',
        '2025-11-19',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([
      [
        'Tập trung thực hiện các giải pháp, bảo đảm mục tiêu tăng trưởng của Thành phố đạt 8% trở lên trong năm 2025 và tăng trưởng hai con số trong năm 2026',
        '2025-12-31',
      ],
    ]);
    // More work after the year, with a year of its own, leaves the first year to the date.
    expect(
      drafted(
        'Sở Nội vụ hoàn thành việc sắp xếp trong năm 2024 và báo cáo kết quả năm 2024 về UBND tỉnh.',
        '2024-01-10',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([['Hoàn thành việc sắp xếp và báo cáo kết quả năm 2024 về UBND tỉnh', '2024-12-31']]);
  });
});

describe('extractDirectives on faults of agriculture, reform, environment and transport texts', () => {
  it('reads the lead urged to lead ("đề nghị Sở Xây dựng khẩn trương chủ trì, phối hợp với …") as one that leads', () => {
    const [report] = drafted(
      'UBND tỉnh đề nghị Sở Xây dựng khẩn trương chủ trì, phối hợp với các Sở, ngành, đơn vị, địa phương liên quan rà soát, tổng hợp báo cáo theo đề nghị của Bộ Xây dựng trước ngày 08/12/2022.',
      '2022-12-01',
    );
    expect(report).toEqual({
      title: 'Rà soát, tổng hợp báo cáo theo đề nghị của Bộ Xây dựng',
      lead: idOf('SXD'),
      support: [],
      groups: ['các Sở, ngành, đơn vị, địa phương liên quan'],
      kind: 'deadline',
      dueDate: '2022-12-08',
    });
  });

  it('drafts work held to from a day opening its clause ("Theo đó, từ ngày 1-10-2019, các cơ quan … thực hiện …") as standing', () => {
    for (const opening of ['Theo đó, từ ngày 1-10-2019,', 'Từ ngày 01/10/2019,'])
      expect(
        drafted(`${opening} các cơ quan, đơn vị thực hiện cắt giảm sử dụng túi ni lông.`, '2019-09-20').map((d) => [
          d.title,
          d.groups,
          d.kind,
          d.dueDate,
        ]),
      ).toEqual([['Thực hiện cắt giảm sử dụng túi ni lông', ['các cơ quan, đơn vị'], 'standing', null]]);
    // A rule for others from a day is no work of the units.
    expect(
      extract(
        'Từ ngày 01/11/2024, các cửa hàng kinh doanh xăng dầu trên địa bàn tỉnh phải thực hiện xuất hóa đơn điện tử.',
        '2024-10-08',
      ),
    ).toEqual([]);
    // News of what a unit holds from a day is no order, whoever it is held for.
    expect(
      extract(
        'Từ ngày 20/9/2024, Sở Công Thương tổ chức Hội chợ hàng Việt tại thành phố. Từ ngày 14/10/2024, Sở Nội vụ tổ chức lớp bồi dưỡng cho cán bộ, công chức cấp xã.',
        '2024-09-01',
      ),
    ).toEqual([]);
    // What a unit has done since a day gone by is told.
    expect(
      extract(
        'Từ ngày 01/6/2024, Công an tỉnh ra quân tổng kiểm soát phương tiện giao thông; sau 20 ngày, lực lượng chức năng đã xử lý hơn 1.200 trường hợp vi phạm. Từ ngày 1/6, Sở Y tế triển khai chiến dịch tiêm vắc xin, đến nay đã tiêm được hơn 15.000 liều.',
        '2024-06-20',
      ),
    ).toEqual([]);
    // A period with its end stays a period: the work is due when it ends.
    expect(
      drafted('Từ ngày 01/10/2019 đến ngày 15/10/2019, các cơ quan, đơn vị rà soát hồ sơ tồn đọng.', '2019-09-20').map(
        (d) => d.dueDate,
      ),
    ).toEqual(['2019-10-15']);
  });

  it('drafts what units "sẽ" do by a date yet to come, the way news tells an order, and not what they will do on a day', () => {
    expect(
      drafted(
        'Theo đó, trước ngày 10/11/2020, UBND các huyện, thành phố sẽ báo cáo chính thức kết quả rà soát hộ nghèo, cận nghèo trên địa bàn về UBND tỉnh.',
        '2020-09-20',
      ).map((d) => [d.title, d.groups, d.dueDate]),
    ).toEqual([
      [
        'Báo cáo chính thức kết quả rà soát hộ nghèo, cận nghèo trên địa bàn về UBND tỉnh',
        ['UBND các huyện, thành phố'],
        '2020-11-10',
      ],
    ]);
    expect(extract('Sở Y tế sẽ tổ chức hội nghị tổng kết vào ngày 15/10/2020.', '2020-09-20')).toEqual([]);
    // The cases a unit reviews are no condition.
    expect(
      drafted(
        'Sở Tài chính sẽ rà soát các trường hợp chậm nộp hồ sơ quyết toán trước ngày 31/10/2024.',
        '2024-10-08',
      ).map((d) => [d.lead, d.dueDate]),
    ).toEqual([[idOf('STC'), '2024-10-31']]);
    // Nor what a unit registered, counted, nor what it is signing ("đang ký", written without the "ă" of "đăng ký").
    expect(
      extract(
        'Trong tháng 9/2024, Sở Tư pháp đăng ký khai sinh cho 2.350 trẻ em qua dịch vụ công trực tuyến. Sở Nội vụ đang ký danh sách đề nghị khen thưởng.',
        '2024-10-08',
      ),
    ).toEqual([]);
    // Nor what a unit is signing, nor a penalty after a condition's date.
    expect(
      extract(
        'Sở Kế hoạch và Đầu tư đang ký kết thỏa thuận hợp tác với Tổ chức JICA. Sở Công Thương đang ký các hợp đồng tư vấn. Sở Xây dựng sẽ xử phạt các chủ đầu tư nếu không hoàn thành việc khắc phục trước ngày 30/9/2024.',
        '2024-09-01',
      ),
    ).toEqual([]);
    // Nor the date of a condition the unit will answer for.
    expect(
      extract(
        'Nếu không hoàn thành việc bàn giao mặt bằng trước ngày 30/6/2024, UBND huyện Krông Pắc sẽ phải báo cáo giải trình với Chủ tịch UBND tỉnh.',
        '2024-06-01',
      ),
    ).toEqual([]);
  });

  it('reads a district named with a word that folds as a mark of time ("Chư Sê", "Đà Lạt") as its name, not as told', () => {
    expect(
      drafted(
        'UBND huyện Chư Sê kiểm tra, xử lý vi phạm, báo cáo UBND tỉnh trước ngày 30/12/2022. UBND thành phố Đà Lạt khẩn trương rà soát các công trình vi phạm.',
        '2022-12-20',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([
      ['UBND huyện Chư Sê kiểm tra, xử lý vi phạm, báo cáo UBND tỉnh', '2022-12-30'],
      ['UBND thành phố Đà Lạt khẩn trương rà soát các công trình vi phạm', null],
    ]);
    // What the district did or just held is still told.
    expect(
      extract(
        'UBND huyện Chư Sê đã tổ chức kiểm tra, xử lý vi phạm. UBND thành phố Đà Lạt vừa tổ chức hội nghị tổng kết.',
      ),
    ).toEqual([]);
  });

  it('dates the work before by "Toàn bộ nội dung công việc này báo cáo … trước ngày …" set apart after it', () => {
    expect(
      drafted(
        'Theo đó, Sở Tài nguyên và Môi trường có trách nhiệm chủ trì phối hợp với các sở, ngành liên quan rà soát nhiệm vụ chưa triển khai. Toàn bộ nội dung công việc này báo cáo UBND tỉnh trước ngày 31/12.',
        '2019-12-11',
      ).map((d) => [d.title, d.lead, d.dueDate]),
    ).toEqual([['Rà soát nhiệm vụ chưa triển khai', idOf('STNMT'), '2019-12-31']]);
    expect(
      drafted(
        'UBND tỉnh chỉ đạo Sở Tài nguyên và Môi trường chủ trì, phối hợp với các cơ quan có liên quan kiểm tra phản ánh của báo Người Lao Động. Các nội dung phải báo cáo, đề xuất UBND tỉnh xử lý theo đúng quy định trước ngày 20-12.',
        '2019-12-11',
      ).map((d) => [d.title, d.lead, d.dueDate]),
    ).toEqual([['Kiểm tra phản ánh của báo Người Lao Động', idOf('STNMT'), '2019-12-20']]);
  });

  it('reads "đăng ký" as work, not as "đang" (is doing), which folds alike', () => {
    expect(
      extractParagraphs(
        [
          'UBND thành phố yêu cầu thủ trưởng các đơn vị chỉ đạo toàn bộ cán bộ hoàn thành thủ tục cấp thẻ Căn cước công dân gắn chip.',
          'Đồng thời đăng ký, kích hoạt thành công tài khoản định danh điện tử trên ứng dụng VNeID trong tháng 4-2023.',
        ],
        '2023-03-31',
      ).map((d) => [d.title, d.groupAssignees, d.dueDate]),
    ).toEqual([
      ['Chỉ đạo toàn bộ cán bộ hoàn thành thủ tục cấp thẻ Căn cước công dân gắn chip', ['các đơn vị'], null],
      ['Đăng ký, kích hoạt thành công tài khoản định danh điện tử trên ứng dụng VNeID', ['các đơn vị'], '2023-04-30'],
    ]);
    // What a unit is doing is still told.
    expect(extract('Sở Y tế đang triển khai tiêm vắc xin cho trẻ em.')).toEqual([]);
  });

  it('reads "BHXH tỉnh" as the social insurance and the partner after "khẩn trương phối hợp với"', () => {
    expect(
      drafted(
        'Giao BHXH tỉnh chủ trì, phối hợp với Sở Tài chính đôn đốc các doanh nghiệp trích nộp số tiền chậm đóng. Giao Sở Y tế khẩn trương phối hợp với Sở Nội vụ rà soát biên chế các trạm y tế.',
        '2024-03-01',
      ).map((d) => [d.title, d.lead, d.support]),
    ).toEqual([
      ['BHXH tỉnh đôn đốc các doanh nghiệp trích nộp số tiền chậm đóng', null, [idOf('STC')]],
      ['Rà soát biên chế các trạm y tế', idOf('SYT'), [idOf('SNV')]],
    ]);
  });

  it('drops "và phấn đấu" before a date from the title, and drafts no "Khẩn trương thực hiện ngay một số nhiệm vụ"', () => {
    expect(
      drafted(
        'Giao UBND các huyện chỉ đạo chằng chống cây xanh ngã đổ và phấn đấu hoàn thành trước 17 giờ ngày 1-10.',
        '2022-09-28',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([['Chỉ đạo chằng chống cây xanh ngã đổ', '2022-10-01']]);
    expect(
      extractParagraphs(
        [
          'Để chủ động ứng phó lũ, Chủ tịch UBND tỉnh yêu cầu các địa phương, đơn vị khẩn trương thực hiện ngay một số nhiệm vụ.',
          'Theo dõi chặt chẽ diễn biến mưa lũ, thông tin kịp thời đến người dân.',
        ],
        '2025-07-22',
      ).map((d) => d.title),
    ).toEqual(['Theo dõi chặt chẽ diễn biến mưa lũ, thông tin kịp thời đến người dân']);
  });

  it('drafts no approval of what a unit proposed ("1. Đồng ý tổ chức … theo đề nghị của Sở …"), but the work it gives', () => {
    expect(
      drafted(
        'Chủ tịch UBND tỉnh có ý kiến như sau:\n1. Đồng ý cho tiếp tục tổ chức Đại hội Thể dục thể thao cấp xã từ ngày 13/3/2021 như đề nghị của Sở Văn hóa, Thể thao và Du lịch.\n2. Đồng ý chủ trương tổ chức Giải đua thuyền năm 2021, giao Sở Văn hóa, Thể thao và Du lịch xây dựng kế hoạch.',
        '2021-03-11',
      ).map((d) => [d.title, d.lead]),
    ).toEqual([['Xây dựng kế hoạch', idOf('SVHTTDL')]]);
    expect(
      drafted(
        'Đồng ý chủ trương sửa chữa trụ sở và giao Sở Tài chính bố trí kinh phí thực hiện trước ngày 15/11/2024.',
        '2024-10-08',
      ).map((d) => [d.lead, d.dueDate]),
    ).toEqual([[idOf('STC'), '2024-11-15']]);
  });

  it('ends a long title before the examples it lists (", như: Không sử dụng …")', () => {
    const [work] = extract(
      'Các cơ quan, đơn vị thực hiện cắt giảm và tiến tới không sử dụng các sản phẩm nhựa dùng một lần trong các cuộc họp, hội nghị, hội thảo và các hoạt động cụ thể khác, như: Không sử dụng nước uống đóng chai nhựa, ly, dĩa nhựa sử dụng một lần, ống hút nhựa trong công sở, khi tổ chức các cuộc họp, hội nghị, hội thảo và các hoạt động khác.',
      '2019-09-20',
    );
    expect(work.title).toBe(
      'Thực hiện cắt giảm và tiến tới không sử dụng các sản phẩm nhựa dùng một lần trong các cuộc họp, hội nghị, hội thảo và các hoạt động cụ thể khác',
    );
  });
});

describe('extractDirectives on faults left from the texts read before', () => {
  it('reads the schools listed by their levels as one group ("các trường mầm non, mẫu giáo trên địa bàn tỉnh")', () => {
    expect(
      titlesAndGroups(
        'Yêu cầu các trường mầm non, mẫu giáo trên địa bàn tỉnh tăng cường kiểm tra an toàn thực phẩm. Giao các trường phổ thông dân tộc nội trú rà soát bếp ăn bán trú.',
      ),
    ).toEqual([
      ['Tăng cường kiểm tra an toàn thực phẩm', ['các trường mầm non, mẫu giáo trên địa bàn tỉnh']],
      ['Rà soát bếp ăn bán trú', ['các trường phổ thông dân tộc nội trú']],
    ]);
  });

  it('keeps "phấn đấu" with a target written after its date ("…, phấn đấu đến hết ngày 31/01/2025 giải ngân đạt 100% …")', () => {
    const [target] = drafted(
      'Các sở, ban, ngành tập trung đẩy nhanh tiến độ giải ngân vốn đầu tư công, phấn đấu đến hết ngày 31/01/2025 giải ngân đạt 100% kế hoạch vốn được giao.',
      '2024-10-10',
    );
    expect([target.title, target.dueDate]).toEqual([
      'Tập trung đẩy nhanh tiến độ giải ngân vốn đầu tư công, phấn đấu giải ngân đạt 100% kế hoạch vốn được giao',
      '2025-01-31',
    ]);
    // A target that ends on its date still drops the words that led to it.
    expect(extract('Sở Xây dựng đẩy nhanh tiến độ dự án, phấn đấu hoàn thành trước ngày 30/6/2024.')[0].title).toBe(
      'Đẩy nhanh tiến độ dự án',
    );
  });

  it("names a province's research or planning institute addressed by the assigner, out of the assigner's words", () => {
    expect(
      extract(
        'Giao Viện Nghiên cứu phát triển kinh tế - xã hội tỉnh tiếp thu ý kiến, hoàn chỉnh dự thảo Báo cáo. UBND tỉnh giao Viện Quy hoạch xây dựng tỉnh rà soát đồ án.',
      ).map((d) => [d.title, d.leadDepartmentId]),
    ).toEqual([
      ['Viện Nghiên cứu phát triển kinh tế - xã hội tỉnh tiếp thu ý kiến, hoàn chỉnh dự thảo Báo cáo', null],
      ['Viện Quy hoạch xây dựng tỉnh rà soát đồ án', null],
    ]);
  });

  it('drafts a plan the unit is to propose after ";" as work of its own ("…; tham mưu kế hoạch tập huấn …")', () => {
    expect(
      drafted(
        'Giao Sở Nội vụ chủ trì, phối hợp các cơ quan, đơn vị liên quan rà soát đội ngũ công chức cấp xã; tham mưu kế hoạch tập huấn và sát hạch công chức cấp xã.',
        '2025-08-13',
      ).map((d) => [d.title, d.lead, d.groups]),
    ).toEqual([
      ['Rà soát đội ngũ công chức cấp xã', idOf('SNV'), ['các cơ quan, đơn vị liên quan']],
      ['Tham mưu kế hoạch tập huấn và sát hạch công chức cấp xã', idOf('SNV'), ['các cơ quan, đơn vị liên quan']],
    ]);
    // The report on the work is no draft of its own.
    expect(extract('Giao Sở Nội vụ rà soát đội ngũ công chức; tham mưu UBND tỉnh xử lý theo quy định.')).toHaveLength(
      1,
    );
  });

  it('reads the units a letter named by its number directs across ";" ("Công văn số 6090/UBND-ĐTXD chỉ đạo các sở, ban, ngành; các huyện …")', () => {
    expect(
      titlesAndGroups(
        'Ngày 4-12, UBND tỉnh đã có Công văn số 6090/UBND-ĐTXD chỉ đạo các sở, ban, ngành; các huyện, thành phố đẩy mạnh việc giải ngân vốn đầu tư công năm 2023.',
        '2023-12-04',
      ),
    ).toEqual([['Đẩy mạnh việc giải ngân vốn đầu tư công năm 2023', ['các sở, ban, ngành', 'các huyện, thành phố']]]);
  });

  it('reads "chủ trì, tham mưu, phối hợp <units>" as the lead and its partners, the work after them', () => {
    const [work] = drafted(
      'UBND tỉnh giao Sở Tài chính chủ trì, tham mưu, phối hợp các sở, ban, ngành, UBND các huyện, thành phố triển khai các giải pháp tăng thu ngân sách.',
      '2022-03-25',
    );
    expect([work.title, work.lead, work.groups]).toEqual([
      'Triển khai các giải pháp tăng thu ngân sách',
      idOf('STC'),
      ['các sở, ban, ngành', 'UBND các huyện, thành phố'],
    ]);
  });

  it('reads "các chủ đầu tư xây dựng công trình" whole as a group', () => {
    expect(
      titlesAndGroups(
        'Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành và các chủ đầu tư xây dựng công trình chủ động rà soát tiến độ giải ngân.',
      ),
    ).toEqual([['Chủ động rà soát tiến độ giải ngân', ['các sở, ban, ngành', 'các chủ đầu tư xây dựng công trình']]]);
  });

  it('gives the units of the sentence before to the items of "Đồng thời …, trong đó tập trung … nhiệm vụ sau:"', () => {
    expect(
      titlesAndGroups(
        [
          'Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố chuẩn bị tốt các điều kiện phục vụ nhân dân đón Tết. Đồng thời có những giải pháp để thực hiện thắng lợi các nhiệm vụ được giao, trong đó tập trung thực hiện một số nhiệm vụ sau:',
          'Chủ động bình ổn giá cả thị trường.',
          'Tăng cường công tác bảo đảm an ninh chính trị, trật tự an toàn xã hội.',
        ].join('\n\n'),
        '2019-12-30',
      ),
    ).toEqual([
      ['Chuẩn bị tốt các điều kiện phục vụ nhân dân đón Tết', ['các sở, ban, ngành', 'UBND các huyện, thành phố']],
      ['Chủ động bình ổn giá cả thị trường', ['các sở, ban, ngành', 'UBND các huyện, thành phố']],
      [
        'Tăng cường công tác bảo đảm an ninh chính trị, trật tự an toàn xã hội',
        ['các sở, ban, ngành', 'UBND các huyện, thành phố'],
      ],
    ]);
  });

  it('reads "… yêu cầu <units> khẩn trương triển khai thực hiện một số nhiệm vụ." as the preamble of the sentences after it', () => {
    expect(
      titlesAndGroups(
        [
          'UBND tỉnh yêu cầu thủ trưởng các sở, ban, ngành tỉnh và Chủ tịch UBND các huyện, thành phố khẩn trương triển khai thực hiện một số nhiệm vụ.',
          'Tiếp tục duy trì quyết tâm chính trị cao của người đứng đầu; tăng cường công tác kiểm tra, giám sát, đôn đốc.',
        ].join('\n\n'),
        '2024-03-25',
      ),
    ).toEqual([
      [
        'Tiếp tục duy trì quyết tâm chính trị cao của người đứng đầu',
        ['các sở, ban, ngành tỉnh', 'UBND các huyện, thành phố'],
      ],
      ['Tăng cường công tác kiểm tra, giám sát, đôn đốc', ['các sở, ban, ngành tỉnh', 'UBND các huyện, thành phố']],
    ]);
  });
});

describe('extractDirectives on the second round of texts read', () => {
  it('dates the work by "đến ngày …" before "phải", after the unit, or opening its target after ";"', () => {
    expect(
      drafted('Giao Sở Tài chính đến ngày 31/1/2024 phải giải ngân đạt kế hoạch.', '2023-06-21').map((d) => [
        d.title,
        d.dueDate,
      ]),
    ).toEqual([['Giải ngân đạt kế hoạch', '2024-01-31']]);
    expect(
      drafted(
        'Lãnh đạo UBND tỉnh chỉ đạo các đơn vị phải thực hiện đạt 100% kế hoạch vốn đầu tư công năm 2023; đến ngày 31-1-2024, phấn đấu giải ngân đạt kế hoạch đề ra.',
        '2023-06-21',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([['Thực hiện đạt 100% kế hoạch vốn đầu tư công năm 2023', '2024-01-31']]);
    // A figure counted to a day is no date of work.
    expect(
      extract('Tính đến ngày 30/6/2023 phải kể đến 15 dự án chậm tiến độ của các chủ đầu tư.', '2023-07-10'),
    ).toEqual([]);
  });

  it('dates each work before it by a time limit set apart ("Thời hạn hoàn thành nội dung chỉ đạo này trước ngày …")', () => {
    expect(
      drafted(
        'Giao Sở Xây dựng chủ trì khẩn trương xác định phương án bố trí lực lượng. Đồng thời, Sở này xây dựng quy chế phối hợp quản lý trật tự xây dựng.\n\nThời hạn hoàn thành nội dung chỉ đạo này trước ngày 25-10-2025.',
        '2025-10-09',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([
      ['Khẩn trương xác định phương án bố trí lực lượng', '2025-10-25'],
      ['Xây dựng quy chế phối hợp quản lý trật tự xây dựng', '2025-10-25'],
    ]);
    // Back only to a work that has a date of its own.
    expect(
      drafted(
        'Giao Sở Nội vụ rà soát biên chế trước ngày 15/10/2025. Sở Xây dựng xác định phương án bố trí lực lượng. Sở Tài chính bố trí kinh phí. Thời hạn hoàn thành trước ngày 25-10-2025.',
        '2025-10-09',
      ).map((d) => d.dueDate),
    ).toEqual(['2025-10-15', '2025-10-25', '2025-10-25']);
  });

  it('drafts the duty of a class of owners named at length ("Các chủ lồng, bè nuôi trồng thủy sản, đặc biệt tại Lý Sơn, phải …")', () => {
    expect(
      drafted(
        'Các chủ lồng, bè nuôi trồng thủy sản, đặc biệt tại Lý Sơn, phải hoàn tất việc di dời, chằng buộc an toàn trước 16 giờ ngày 21/10.',
        '2025-10-20',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([
      [
        'Các chủ lồng, bè nuôi trồng thủy sản, đặc biệt tại Lý Sơn, phải hoàn tất việc di dời, chằng buộc an toàn',
        '2025-10-21',
      ],
    ]);
  });

  it('reads "tôn giáo" in a list of people visited as no assigner\'s "giao"', () => {
    expect(
      titlesAndGroups(
        [
          'UBND tỉnh chỉ đạo thủ trưởng các sở, ban, ngành, chủ tịch UBND các huyện, thành phố chăm lo Tết cho nhân dân.',
          'Tổ chức tốt việc thăm hỏi, chúc Tết gia đình chính sách, người có uy tín, chức sắc tôn giáo tiêu biểu, các đơn vị lực lượng vũ trang, lực lượng thường trực làm nhiệm vụ trong những ngày Tết.',
        ].join('\n\n'),
        '2023-12-27',
      ),
    ).toEqual([
      ['Chăm lo Tết cho nhân dân', ['các sở, ban, ngành', 'UBND các huyện, thành phố']],
      [
        'Tổ chức tốt việc thăm hỏi, chúc Tết gia đình chính sách, người có uy tín, chức sắc tôn giáo tiêu biểu, các đơn vị lực lượng vũ trang, lực lượng thường trực làm nhiệm vụ trong những ngày Tết',
        ['các sở, ban, ngành', 'UBND các huyện, thành phố'],
      ],
    ]);
  });

  it('reads the partner after "tăng cường phối hợp với"', () => {
    const [work] = drafted(
      'Công an tỉnh tăng cường phối hợp với Sở Giáo dục và Đào tạo xử lý nghiêm các trường hợp vi phạm pháp luật.',
      '2019-04-09',
    );
    expect([work.title, work.lead, work.support]).toEqual([
      'Xử lý nghiêm các trường hợp vi phạm pháp luật',
      idOf('CA'),
      [idOf('SGDDT')],
    ]);
  });

  it('keeps the province\'s name with "Tỉnh đoàn" and its capitals, and reads the partners of its lead', () => {
    expect(
      drafted(
        'Tỉnh đoàn Tuyên Quang chủ trì, phối hợp với Sở Giáo dục và Đào tạo cùng UBND các huyện, thành phố đẩy mạnh tuyên truyền kỹ năng phòng, chống đuối nước.',
        '2025-05-20',
      ).map((d) => [d.title, d.lead, d.support, d.groups]),
    ).toEqual([
      [
        'Tỉnh đoàn Tuyên Quang đẩy mạnh tuyên truyền kỹ năng phòng, chống đuối nước',
        null,
        [idOf('SGDDT')],
        ['UBND các huyện, thành phố'],
      ],
    ]);
  });

  it('drafts nothing for who answers, after ";", if a failure happens ("…; chịu trách nhiệm trước … nếu thiếu trách nhiệm …")', () => {
    expect(
      titlesAndGroups(
        'Yêu cầu các sở, ngành tăng cường quản lý nhà nước về phòng cháy chữa cháy; chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu thiếu trách nhiệm trong chỉ đạo, để xảy ra cháy lớn.',
      ),
    ).toEqual([['Tăng cường quản lý nhà nước về phòng cháy chữa cháy', ['các sở, ngành']]]);
  });

  it('drafts "…; phát huy hiệu quả các mô hình …" and "…; đưa … vào chương trình …" as work of their own', () => {
    expect(
      extract(
        'Yêu cầu các sở, ngành tăng cường quản lý nhà nước về phòng cháy chữa cháy; phát huy hiệu quả các mô hình điểm chữa cháy công cộng. Sở Giáo dục và Đào tạo chỉ đạo các trường học tăng cường truyền thông; đưa chương trình dạy bơi vào chương trình ngoại khóa.',
      ).map((d) => d.title),
    ).toEqual([
      'Tăng cường quản lý nhà nước về phòng cháy chữa cháy',
      'Phát huy hiệu quả các mô hình điểm chữa cháy công cộng',
      'Chỉ đạo các trường học tăng cường truyền thông',
      'Đưa chương trình dạy bơi vào chương trình ngoại khóa',
    ]);
  });

  it('reads the units of a letter quoted after the assigner\'s word ("yêu cầu “Sở Y tế …")', () => {
    expect(
      drafted(
        'Chủ tịch UBND tỉnh yêu cầu "Sở Y tế khẩn trương kiểm tra cơ sở". Đồng thời, ông Nguyễn Ngọc Hai yêu cầu “Sở Tài chính rà soát nguồn vốn; khẩn trương báo cáo Bộ Tài chính.',
        '2020-11-06',
      ).map((d) => [d.title, d.lead]),
    ).toEqual([
      ['Khẩn trương kiểm tra cơ sở', idOf('SYT')],
      ['Rà soát nguồn vốn', idOf('STC')],
      ['Khẩn trương báo cáo Bộ Tài chính', idOf('STC')],
    ]);
  });

  it('dates the work before "…; tham mưu UBND tỉnh trước ngày …", advice with nothing of its own', () => {
    expect(
      drafted(
        'Giao Sở Công Thương rà soát các cửa hàng xăng dầu; tham mưu UBND tỉnh trước ngày 20/10/2022.',
        '2022-10-12',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([['Rà soát các cửa hàng xăng dầu', '2022-10-20']]);
  });

  it('drafts nothing for a committee of a district or commune praising ("Chủ tịch UBND huyện biểu dương …")', () => {
    expect(extract('Chủ tịch UBND huyện biểu dương các xã đã hoàn thành chỉ tiêu.', '2023-03-28')).toEqual([]);
    expect(
      extract(
        'UBND phường ghi nhận các doanh nghiệp đã phối hợp chặt chẽ trong công tác tổng dọn vệ sinh.',
        '2021-01-15',
      ),
    ).toEqual([]);
    // Work the praise comes with stays.
    expect(
      extract('Chủ tịch UBND huyện biểu dương các xã và yêu cầu UBND các xã tiếp tục rà soát hộ nghèo.', '2023-03-28'),
    ).toHaveLength(1);
  });

  it('dates "trước 16 giờ cùng ngày" by the day the paragraph before named', () => {
    expect(
      drafted(
        'Tối 20-10, Chủ tịch UBND tỉnh có công điện yêu cầu UBND các xã ven biển kêu gọi toàn bộ tàu thuyền vào nơi trú tránh an toàn trước 15 giờ ngày 21-10.\n\nCác chủ lồng, bè nuôi trồng thủy sản phải hoàn tất việc di dời, chằng buộc an toàn trước 16 giờ cùng ngày.',
        '2025-10-20',
      ).map((d) => d.dueDate),
    ).toEqual(['2025-10-21', '2025-10-21']);
  });

  it('reads "(Ngoài ra,) chỉ đạo Sở X …" after another department\'s work as the work of Sở X', () => {
    expect(
      drafted(
        'Sở Văn hóa, Thể thao và Du lịch chủ trì xây dựng kế hoạch phát triển du lịch. Ngoài ra, chỉ đạo Sở Tài chính xem xét, tham mưu UBND tỉnh bố trí kinh phí phù hợp.',
        '2022-06-23',
      ).map((d) => [d.title, d.lead]),
    ).toEqual([
      ['Xây dựng kế hoạch phát triển du lịch', idOf('SVHTTDL')],
      ['Xem xét, tham mưu UBND tỉnh bố trí kinh phí phù hợp', idOf('STC')],
    ]);
    // A department directing bodies of its own stays their lead.
    expect(
      drafted(
        'Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi. Đồng thời, chỉ đạo các trường rà soát cơ sở vật chất.',
        '2022-06-23',
      )[1],
    ).toMatchObject({ title: 'Chỉ đạo các trường rà soát cơ sở vật chất', lead: idOf('SGDDT') });
  });

  it("names a district's or commune's office, its building-order team and its staff addressed, out of the assigner's words", () => {
    expect(
      extract(
        'Giao Văn phòng UBND phường thông báo lịch ra quân tổng vệ sinh. Chủ tịch UBND huyện giao Đội Quản lý trật tự xây dựng đô thị huyện kiểm tra các công trình. Đồng thời, giao các cán bộ chuyên môn tiếp tục rà soát các trường hợp vi phạm.',
        '2021-01-15',
      ).map((d) => [d.title, d.leadDepartmentId, d.groupAssignees]),
    ).toEqual([
      ['Văn phòng UBND phường thông báo lịch ra quân tổng vệ sinh', null, []],
      ['Đội Quản lý trật tự xây dựng đô thị huyện kiểm tra các công trình', null, []],
      ['Tiếp tục rà soát các trường hợp vi phạm', null, ['các cán bộ chuyên môn']],
    ]);
  });

  it('reads the units after "Ngay sau khi có …," as the subject of their work', () => {
    expect(
      titlesAndGroups(
        'Đồng thời, ngay sau khi có Nghị quyết thành lập các cơ quan chuyên môn thuộc UBND cấp xã, Chủ tịch UBND cấp xã ban hành Quyết định bổ nhiệm Trưởng phòng, các Phó Trưởng phòng.',
        '2025-06-25',
      ),
    ).toEqual([['Ban hành Quyết định bổ nhiệm Trưởng phòng, các Phó Trưởng phòng', ['UBND cấp xã']]]);
  });

  it('keeps one draft of a news item\'s lead restated "trên địa bàn", and no work of the units\' words in their group', () => {
    expect(
      drafted(
        [
          'Chủ tịch UBND tỉnh chỉ đạo Sở Công Thương chủ trì, phối hợp với các cơ quan, đơn vị liên quan giám sát chặt chẽ việc bán xăng dầu tại các cửa hàng bán lẻ xăng dầu, xử lý nghiêm các trường hợp vi phạm.',
          'Theo đó, Chủ tịch UBND tỉnh chỉ đạo Sở Công Thương chủ trì, phối hợp với các cơ quan, đơn vị liên quan giám sát chặt chẽ việc bán xăng dầu tại các cửa hàng bán lẻ xăng dầu trên địa bàn, xử lý nghiêm các trường hợp vi phạm.',
        ].join('\n\n'),
        '2022-10-12',
      ).map((d) => [d.title, d.lead, d.groups]),
    ).toEqual([
      [
        'Giám sát chặt chẽ việc bán xăng dầu tại các cửa hàng bán lẻ xăng dầu trên địa bàn, xử lý nghiêm các trường hợp vi phạm',
        idOf('SCT'),
        ['các cơ quan, đơn vị liên quan'],
      ],
    ]);
    // The units that supervise by their kind stay a group.
    expect(
      extract('Yêu cầu các đơn vị tư vấn giám sát tăng cường kiểm tra chất lượng công trình.')[0].groupAssignees,
    ).toEqual(['các đơn vị tư vấn giám sát']);
  });

  it('does not end a long title inside a list of places ("… trên từng địa bàn phường, xã …")', () => {
    const [draft] = extract(
      'Giao Sở Xây dựng chủ trì, phối hợp với UBND các phường, xã khẩn trương tổng hợp, phân khai khối lượng công tác duy trì vệ sinh môi trường và chiếu sáng công cộng trên từng địa bàn phường, xã theo các hợp đồng đã ký kết với các nhà thầu trước đây và tổ chức bàn giao nguyên trạng công tác quản lý cho UBND các phường, xã.',
      '2025-11-20',
    );
    expect(draft.title.endsWith('phường')).toBe(false);
    expect(draft.title.length).toBeLessThanOrEqual(240);
  });
});

describe("extractDirectives on the near misses of the second round's review", () => {
  it('keeps a period "từ ngày 1 đến ngày 15/10/2024" whole before "phải"', () => {
    const [draft] = extract(
      'Yêu cầu các chủ tàu cá trong thời gian từ ngày 1 đến ngày 15/10/2024 phải neo đậu tàu thuyền tại nơi trú ẩn an toàn.',
      '2024-09-25',
    );
    expect([draft.deadlineText, draft.dueDate]).toEqual(['từ ngày 1 đến ngày 15/10/2024', '2024-10-15']);
  });

  it('does not date "cùng ngày" by the day a forecast in the paragraph before names', () => {
    expect(
      drafted(
        'Theo dự báo, trước ngày 22/10 bão số 12 sẽ đổ bộ vào đất liền.\n\nUBND các xã ven biển hoàn thành sơ tán dân khỏi khu vực nguy hiểm trước 17 giờ cùng ngày.',
        '2024-10-20',
      ).map((d) => d.dueDate),
    ).toEqual(['2024-10-20']);
  });

  it('drafts no account of a decision ("Đưa 3 dự án … vào danh sách … là quyết định của …")', () => {
    expect(
      extract(
        'Đưa 3 dự án chậm tiến độ vào danh sách theo dõi đặc biệt là quyết định của Tổ công tác tại phiên họp tháng 7.',
        '2024-07-10',
      ),
    ).toEqual([]);
  });

  it('dates by a time limit set apart only the work of its own paragraph', () => {
    expect(
      drafted(
        '1. Giao Sở Nội vụ tiếp tục theo dõi, hướng dẫn các địa phương thực hiện chế độ, chính sách.\n\n2. Giao Sở Tài chính thẩm định dự toán kinh phí chi trả chế độ. Thời gian thực hiện trước ngày 30/11/2024.',
        '2024-10-10',
      ).map((d) => d.dueDate),
    ).toEqual([null, '2024-11-30']);
  });

  it('drafts no account of what some had to do, told at length before "phải"', () => {
    expect(
      extract(
        'Các hộ dân sinh sống ven sông Lam ở xã Thanh Hưng phải di dời do sạt lở bờ sông diễn biến phức tạp, gây nguy hiểm cho người và tài sản.',
      ),
    ).toEqual([]);
  });

  it('keeps "…; phát huy hiệu quả những kết quả đã đạt được" with the work before it', () => {
    expect(
      extract(
        'Các sở, ngành tiếp tục thực hiện tốt công tác cải cách hành chính; phát huy hiệu quả những kết quả đã đạt được trong năm 2023.',
      ),
    ).toHaveLength(1);
  });

  it('reads "ghi nhận và xử lý …" and "ghi nhận ý kiến …" as work, not praise', () => {
    expect(
      extract(
        'Sở Thông tin và Truyền thông ghi nhận và xử lý kịp thời các phản ánh của người dân. Các xã, phường ghi nhận ý kiến cử tri để giải quyết dứt điểm.',
      ).map((d) => d.title),
    ).toEqual([
      'Ghi nhận và xử lý kịp thời các phản ánh của người dân',
      'Ghi nhận ý kiến cử tri để giải quyết dứt điểm',
    ]);
  });

  it('reads the work written with a capital right after a department ("giao Sở Tài chính Thường xuyên theo dõi …")', () => {
    expect(
      extract(
        'Giao Sở Tài chính Thường xuyên theo dõi, báo cáo UBND tỉnh. Giao Sở Y tế Tham mưu UBND tỉnh bố trí kinh phí.',
      ).map((d) => [d.title, d.leadDepartmentId]),
    ).toEqual([
      ['Theo dõi, báo cáo UBND tỉnh', idOf('STC')],
      ['Tham mưu UBND tỉnh bố trí kinh phí', idOf('SYT')],
    ]);
    // The province's name after a department stays its place.
    expect(extract('Giao Sở Tài chính Cần Thơ rà soát nguồn vốn.')[0].title).toBe('Rà soát nguồn vốn');
  });

  it('reads the weekday of a weekly report in brackets, and "Giáo dục thường xuyên" as a school\'s name', () => {
    const [weekly] = extract(
      'Giao Sở Nông nghiệp và Phát triển nông thôn tổng hợp thông tin, báo cáo hằng tuần (vào thứ 5) về Bộ Nông nghiệp và Phát triển nông thôn.',
      '2020-02-20',
    );
    expect([weekly.title, weekly.recurrence]).toEqual([
      'Tổng hợp thông tin, báo cáo về Bộ Nông nghiệp và Phát triển nông thôn',
      { every: 'week', day: 4, until: null },
    ]);
    const [notice] = extract(
      'Giao Sở Giáo dục và Đào tạo thông báo tới các trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên về việc nghỉ học.',
      '2020-04-12',
    );
    expect([notice.kind, notice.deadlineText]).toEqual(['deadline', null]);
  });

  it('reads "các Sở, ngành, phường/xã", "các cơ quan đơn vị, lực lượng vũ trang" and "Các đơn vị vệ sinh môi trường" whole', () => {
    expect(
      titlesAndGroups(
        'UBND thành phố yêu cầu các Sở, ngành, phường/xã đẩy mạnh tuyên truyền kỹ năng PCCC. Chủ tịch UBND thành phố yêu cầu các cơ quan đơn vị, lực lượng vũ trang tổ chức trực ban. Các đơn vị vệ sinh môi trường phải tăng cường tần suất quét đường.',
        '2025-10-27',
      ),
    ).toEqual([
      ['Đẩy mạnh tuyên truyền kỹ năng PCCC', ['các Sở, ngành, phường/xã']],
      ['Tổ chức trực ban', ['các cơ quan đơn vị, lực lượng vũ trang']],
      ['Tăng cường tần suất quét đường', ['Các đơn vị vệ sinh môi trường']],
    ]);
  });

  it('keeps in the title a period joined to another ("… những tháng cuối năm 2022 và đầu năm 2023")', () => {
    expect(
      extract(
        'Giao Sở Kế hoạch và Đầu tư tham mưu UBND tỉnh triển khai giải pháp đẩy nhanh giải ngân vốn đầu tư công những tháng cuối năm 2022 và đầu năm 2023.',
        '2022-11-18',
      )[0].title,
    ).toBe(
      'Tham mưu UBND tỉnh triển khai giải pháp đẩy nhanh giải ngân vốn đầu tư công những tháng cuối năm 2022 và đầu năm 2023',
    );
  });

  it('drafts as standing ongoing work whose object names a plan to draw up ("tăng cường … trong việc lập quy hoạch tỉnh")', () => {
    expect(
      extract(
        'Sở Kế hoạch và Đầu tư tăng cường công tác điều phối, đôn đốc các cơ quan, đơn vị trong việc lập quy hoạch tỉnh. Sở Xây dựng tăng cường kiểm tra, lập hồ sơ xử lý các công trình vi phạm.',
        '2022-06-03',
      ).map((d) => d.kind),
    ).toEqual(['standing', 'deadline']);
  });

  it('reads "các tổ chức, cá nhân hoạt động …" as a group, alone or after another', () => {
    expect(
      titlesAndGroups(
        'Các sở, ngành có liên quan và các tổ chức, cá nhân hoạt động khai thác khoáng sản phải thường xuyên theo dõi, giám sát. Yêu cầu các tổ chức, cá nhân có liên quan thực hiện nghiêm quy định.',
        '2022-06-01',
      ),
    ).toEqual([
      [
        'Thường xuyên theo dõi, giám sát',
        ['Các sở, ngành có liên quan', 'các tổ chức, cá nhân hoạt động khai thác khoáng sản'],
      ],
      ['Thực hiện nghiêm quy định', ['các tổ chức, cá nhân có liên quan']],
    ]);
  });

  it('keeps advice dated before its own work a draft of its own ("…; tham mưu UBND tỉnh trước ngày … ban hành …")', () => {
    expect(
      drafted(
        'Giao Sở Tài chính rà soát các nguồn kinh phí hợp pháp; tham mưu UBND tỉnh trước ngày 20/11/2024 ban hành quyết định bổ sung dự toán.',
        '2024-10-10',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([
      ['Rà soát các nguồn kinh phí hợp pháp', null],
      ['Tham mưu UBND tỉnh ban hành quyết định bổ sung dự toán', '2024-11-20'],
    ]);
  });

  it('reads "ghi nhận các kiến nghị … để giải quyết" as work, and "vào tuần sau Tết" as no week', () => {
    expect(
      extract(
        'UBND xã ghi nhận các kiến nghị của người dân để giải quyết theo thẩm quyền trước ngày 30/10/2024.',
        '2024-10-09',
      ),
    ).toHaveLength(1);
    expect(
      extract(
        'Giao Sở Lao động - Thương binh và Xã hội rà soát danh sách hộ nghèo, hoàn thành vào tuần sau Tết Nguyên đán.',
        '2024-10-09',
      )[0].dueDate,
    ).not.toBe('2024-10-18');
  });

  it("keeps the district Lập Thạch a place, and the groups of a commune's staff whole", () => {
    expect(
      extract(
        'UBND huyện Tam Dương và Lập Thạch hoàn thành giải phóng mặt bằng trước ngày 31/12/2024.',
        '2024-10-10',
      )[0].title,
    ).toBe('UBND huyện Tam Dương, Lập Thạch hoàn thành giải phóng mặt bằng');
    expect(
      titlesAndGroups(
        'Đề nghị các cán bộ chuyên môn thuộc UBND xã hướng dẫn người dân kê khai đất đai. Giao các cán bộ địa chính xã đo đạc lại diện tích đất công ích.',
      ),
    ).toEqual([
      ['Hướng dẫn người dân kê khai đất đai', ['các cán bộ chuyên môn thuộc UBND xã']],
      ['Đo đạc lại diện tích đất công ích', ['các cán bộ địa chính xã']],
    ]);
  });

  it('keeps "giáo dục thường xuyên" for teaching regularly, and the city after "UBND TP." as one name', () => {
    expect(
      extract('Các trường học tổ chức giáo dục thường xuyên cho học sinh về kỹ năng phòng, chống đuối nước.')[0].kind,
    ).toBe('standing');
    expect(
      titlesAndGroups(
        'UBND TP.HCM vừa có văn bản gửi các sở, ngành yêu cầu khẩn trương rà soát, giải quyết các kiến nghị của cử tri.',
        '2025-12-20',
      ),
    ).toEqual([['Khẩn trương rà soát, giải quyết các kiến nghị của cử tri', ['các sở, ngành']]]);
  });

  it('reads the work after "Đồng thời, quá trình thực hiện, …" with the units before it', () => {
    expect(
      titlesAndGroups(
        'Chủ tịch UBND thành phố yêu cầu các sở, ngành tập trung giải ngân vốn đầu tư công. Đồng thời, quá trình thực hiện chủ động tăng cường công tác kiểm tra, tháo gỡ kịp thời các vướng mắc.',
        '2022-11-18',
      ),
    ).toEqual([
      ['Tập trung giải ngân vốn đầu tư công', ['các sở, ngành']],
      ['Chủ động tăng cường công tác kiểm tra, tháo gỡ kịp thời các vướng mắc', ['các sở, ngành']],
    ]);
  });

  it('leaves the document and the assigner out of the title ("Trong chỉ thị, Chủ tịch UBND TP Hà Nội yêu cầu …")', () => {
    expect(
      extract(
        'Trong chỉ thị, Chủ tịch UBND TP Hà Nội yêu cầu tạm dừng cấp phép thi công đào lòng lề đường, vỉa hè khi chất lượng không khí bị ô nhiễm nghiêm trọng.',
        '2025-12-11',
      )[0].title,
    ).toBe('Tạm dừng cấp phép thi công đào lòng lề đường, vỉa hè khi chất lượng không khí bị ô nhiễm nghiêm trọng');
  });

  it('keeps praise that names dated work or commendation as work, and a week after an event no date', () => {
    expect(
      extract(
        'UBND xã ghi nhận đầy đủ các ý kiến của cử tri để tổng hợp, giải quyết trước ngày 15/11/2024.',
        '2024-10-10',
      ),
    ).toHaveLength(1);
    expect(
      extract(
        'UBND các huyện biểu dương, khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc.',
        '2024-10-10',
      ),
    ).toHaveLength(1);
    expect(
      extract(
        'Giao Sở Tài chính tổng hợp nhu cầu kinh phí, báo cáo UBND tỉnh vào tuần sau Đại hội Đảng bộ tỉnh.',
        '2024-10-10',
      )[0].dueDate,
    ).toBeNull();
  });

  it('keeps the districts Cần Giờ and Cần Giuộc places, and the staff of a field or a place whole as a group', () => {
    expect(
      extract('UBND huyện Bến Lức và Cần Giuộc hoàn thành giải phóng mặt bằng trước ngày 31/12/2024.', '2024-10-10')[0]
        .title,
    ).toBe('UBND huyện Bến Lức, Cần Giuộc hoàn thành giải phóng mặt bằng');
    expect(
      titlesAndGroups(
        'Giao các cán bộ phụ trách lĩnh vực đất đai rà soát hồ sơ tồn đọng. Yêu cầu các cán bộ phụ trách địa bàn xã Tân Lập kiểm tra tình hình sản xuất.',
      ),
    ).toEqual([
      ['Rà soát hồ sơ tồn đọng', ['các cán bộ phụ trách lĩnh vực đất đai']],
      ['Kiểm tra tình hình sản xuất', ['các cán bộ phụ trách địa bàn xã Tân Lập']],
    ]);
  });

  it('lowers the verb after a body the table lacks before a capitalised name ("… tỉnh trình Thủ tướng …")', () => {
    expect(
      extract(
        'Giao Ban Quản lý dự án đầu tư xây dựng tỉnh tiếp thu ý kiến, hoàn chỉnh hồ sơ; trên cơ sở đó, trình Thủ tướng Chính phủ xem xét điều chỉnh chủ trương đầu tư.',
      ).map((d) => d.title),
    ).toEqual([
      'Ban Quản lý dự án đầu tư xây dựng tỉnh tiếp thu ý kiến, hoàn chỉnh hồ sơ',
      'Ban Quản lý dự án đầu tư xây dựng tỉnh trình Thủ tướng Chính phủ xem xét điều chỉnh chủ trương đầu tư',
    ]);
  });

  it('drafts no account of works put to use ("Đưa 5 công trình … vào sử dụng … đã góp phần …")', () => {
    expect(
      extract(
        'Đưa 5 công trình thủy lợi vào sử dụng trong năm 2024 đã góp phần bảo đảm nước tưới cho trên 2.000 ha lúa.',
      ),
    ).toEqual([]);
  });

  it('reads a department the table lacks first in "các sở: Du lịch, Tài chính, Nội vụ" without losing the others', () => {
    expect(
      drafted(
        'UBND tỉnh giao Sở Tài chính chủ trì, phối hợp với các sở: Du lịch, Nội vụ triển khai đồng bộ các nhiệm vụ trọng tâm.',
        '2025-10-01',
      ).map((d) => [d.title, d.lead, d.support]),
    ).toEqual([['Triển khai đồng bộ các nhiệm vụ trọng tâm', idOf('STC'), [idOf('SNV')]]]);
  });

  it('leaves the occasion before the assigner out of the title ("Dịp nghỉ lễ …, Chủ tịch UBND tỉnh … yêu cầu …")', () => {
    expect(
      extract(
        'Dịp nghỉ lễ Quốc khánh 2/9, số lượng người vào tỉnh sẽ tăng mạnh, Chủ tịch UBND tỉnh Hải Dương yêu cầu siết chặt công tác quản lý người ra vào tỉnh.',
        '2021-08-31',
      )[0].title,
    ).toBe('Siết chặt công tác quản lý người ra vào tỉnh');
  });

  it('keeps the petitions a committee takes in as work, and only praise of efforts and results as praise', () => {
    expect(
      extract(
        'UBND huyện ghi nhận đầy đủ các kiến nghị của doanh nghiệp để kịp thời tháo gỡ vướng mắc. UBND các xã ghi nhận đầy đủ ý kiến của người dân về phương án bồi thường.',
      ),
    ).toHaveLength(2);
    expect(extract('Chủ tịch UBND huyện ghi nhận những nỗ lực của các xã trong phòng, chống bão.')).toEqual([]);
  });

  it('keeps a commune named with a verb\'s first word a place ("UBND xã Phú Kim và Cần Kiệm", "Lập Lễ")', () => {
    expect(extract('UBND xã Phả Lễ và Lập Lễ kiểm tra, gia cố đê biển.')[0].title).toBe(
      'UBND xã Phả Lễ, Lập Lễ kiểm tra, gia cố đê biển',
    );
  });

  it('reads no staff told their past work as a group, and no "… góp phần …" account of works put to use as work', () => {
    expect(
      extract(
        'UBND xã đã giao các cán bộ chuyên môn kiểm tra thực tế tại 12 hộ dân, kết quả cho thấy không có vi phạm. Đưa 12 trạm bơm vào vận hành trong năm 2023 góp phần chống hạn cho vụ đông xuân.',
        '2024-10-10',
      ),
    ).toEqual([]);
  });

  it('keeps the place a request is set apart for in the title ("Riêng huyện Mường Lát, Chủ tịch UBND tỉnh yêu cầu …")', () => {
    expect(
      extract(
        'Riêng huyện Mường Lát, Chủ tịch UBND tỉnh yêu cầu tổ chức sơ tán ngay các hộ dân ở khu vực có nguy cơ sạt lở.',
      )[0].title,
    ).toContain('Mường Lát');
  });

  it('dates "… báo cáo UBND tỉnh vào tuần tới" by the last working day of next week', () => {
    expect(
      drafted(
        'Giao Sở Du lịch hoàn chỉnh kế hoạch xúc tiến du lịch, báo cáo UBND tỉnh vào tuần tới.',
        '2021-04-14',
      ).map((d) => d.dueDate),
    ).toEqual(['2021-04-23']);
  });
});

describe('extractDirectives on a report’s rule and its day', () => {
  it('leaves the rule’s day, written after the work or in the next period, out of the title', () => {
    expect(
      drafted(
        'UBND các huyện, thành phố định kỳ hằng quý báo cáo kết quả thực hiện về Sở Tài chính để tổng hợp trước ngày 10 tháng đầu quý sau.',
        '2024-03-01',
      ),
    ).toEqual([
      {
        title: 'Báo cáo kết quả thực hiện về Sở Tài chính để tổng hợp',
        lead: null,
        support: [],
        groups: ['UBND các huyện, thành phố'],
        kind: 'recurring',
        dueDate: null,
      },
    ]);
    const [monthly] = extract(
      'Các sở, ban, ngành báo cáo kết quả hằng tháng trước ngày 05 của tháng sau về Sở Nội vụ.',
    );
    expect(monthly).toMatchObject({
      title: 'Báo cáo kết quả về Sở Nội vụ',
      recurrence: { every: 'month', day: 5 },
    });
    const [yearly] = extract(
      'Các sở, ban, ngành báo cáo định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12) về Sở Nội vụ.',
    );
    expect(yearly).toMatchObject({ title: 'Báo cáo về Sở Nội vụ', kind: 'recurring', recurrence: null });
    // A dated report after a monthly one keeps its date in the title: it is not the rule's day.
    expect(extract('Hằng tháng, Sở Tài chính báo cáo kết quả về UBND tỉnh trước ngày 25/9/2024.')[0].title).toBe(
      'Báo cáo kết quả về UBND tỉnh trước ngày 25/9/2024',
    );
  });
});

describe('extractDirectives on a class of units under one leader', () => {
  it('keeps "do (đồng chí) Phó Chủ tịch … phụ trách" with the group, out of the title', () => {
    expect(
      drafted(
        'Các sở, ngành do đồng chí Phó Chủ tịch UBND tỉnh Nguyễn Văn A phụ trách khẩn trương rà soát, đề xuất danh mục dự án trước ngày 15/3/2024.',
        '2024-03-01',
      ),
    ).toEqual([
      {
        title: 'Khẩn trương rà soát, đề xuất danh mục dự án',
        lead: null,
        support: [],
        groups: ['Các sở, ngành do đồng chí Phó Chủ tịch UBND tỉnh Nguyễn Văn A phụ trách'],
        kind: 'deadline',
        dueDate: '2024-03-15',
      },
    ]);
    const [fields] = extract('Giao các sở thuộc lĩnh vực Phó Chủ tịch UBND tỉnh phụ trách rà soát danh mục dự án.');
    expect(fields).toMatchObject({
      title: 'Rà soát danh mục dự án',
      groupAssignees: ['các sở thuộc lĩnh vực Phó Chủ tịch UBND tỉnh phụ trách'],
    });
    const [named] = extract(
      'Yêu cầu các sở do Phó Chủ tịch UBND tỉnh Trần Văn B phụ trách chủ động phối hợp với Sở Tài chính rà soát kinh phí.',
    );
    expect(named.groupAssignees).toEqual(['các sở do Phó Chủ tịch UBND tỉnh Trần Văn B phụ trách']);
  });
});

describe('extractDirectives on units a table of the other time lacks', () => {
  it('reads a department by its short name ("Sở NN-MT", "Sở NN&MT"), with a city\'s name, as a unit outside the table', () => {
    expect(drafted('Giao Sở NN&MT chủ trì, phối hợp Sở Tài chính rà soát bảng giá đất.', '2025-08-01')).toEqual([
      {
        title: 'Sở NN&MT rà soát bảng giá đất',
        lead: null,
        support: [idOf('STC')],
        groups: [],
        kind: 'deadline',
        dueDate: null,
      },
    ]);
    expect(extract('Sở NN-MT TPHCM được giao khẩn trương tổng hợp, hoàn thiện dự thảo Bảng giá đất.')[0].title).toBe(
      'Sở NN-MT TPHCM khẩn trương tổng hợp, hoàn thiện dự thảo Bảng giá đất',
    );
  });

  it('keeps "thành phố" with "các sở, ban ngành" written without a comma', () => {
    expect(
      extract('Giao Thủ trưởng các sở, ban ngành thành phố, Chủ tịch UBND các huyện rà soát số liệu.')[0],
    ).toMatchObject({ title: 'Rà soát số liệu', groupAssignees: ['các sở, ban ngành thành phố', 'UBND các huyện'] });
  });

  it('drafts nothing for who answers for a failure, told before it ("chịu trách nhiệm trước … trong trường hợp chậm trễ")', () => {
    expect(
      extract(
        'Giám đốc Sở NN-MT TPHCM; Thủ trưởng các sở, ban ngành thành phố; Chủ tịch UBND các huyện chịu trách nhiệm trước Chủ tịch UBND TPHCM trong trường hợp chậm trễ việc thực hiện Bảng giá đất.',
      ),
    ).toEqual([]);
    expect(
      extract(
        'Giám đốc Sở Tài chính; Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện chịu trách nhiệm trước Chủ tịch UBND tỉnh trong trường hợp chậm trễ.',
      ),
    ).toEqual([]);
    // A duty answered for stays.
    expect(
      extract(
        'Khu Di tích lịch sử đền Hùng chịu trách nhiệm trước UBND tỉnh về mọi hoạt động diễn ra tại Khu Di tích.',
      ),
    ).toHaveLength(1);
  });
});

describe('extractDirectives on the same unit’s next duties after ";"', () => {
  it('drafts each duty opened by its verb: traffic, vaccination, spraying, standby, checkpoints, posting, regulating', () => {
    const titles = (text: string) => extract(text).map((d) => [d.title, d.leadDepartmentId]);
    expect(
      titles(
        'Sở Xây dựng chủ trì tổ chức kiểm tra tải trọng xe; phân luồng và xử lý ùn tắc giao thông; giải tỏa hành lang giao thông.',
      ),
    ).toEqual([
      ['Tổ chức kiểm tra tải trọng xe', idOf('SXD')],
      ['Phân luồng và xử lý ùn tắc giao thông', idOf('SXD')],
      ['Giải tỏa hành lang giao thông', idOf('SXD')],
    ]);
    expect(
      titles('Sở Y tế tăng cường giám sát dịch bệnh; tiêm vắc xin cho trẻ em; phun hóa chất diệt muỗi tại các ổ dịch.'),
    ).toEqual([
      ['Tăng cường giám sát dịch bệnh', idOf('SYT')],
      ['Tiêm vắc xin cho trẻ em', idOf('SYT')],
      ['Phun hóa chất diệt muỗi tại các ổ dịch', idOf('SYT')],
    ]);
    expect(titles('Công an tỉnh tăng cường tuần tra; ứng trực 24/24 giờ; chốt chặn tại các tuyến đường.')).toHaveLength(
      3,
    );
    expect(
      titles(
        'Sở Thông tin và Truyền thông hướng dẫn các cơ quan báo chí; đăng tải thông tin trên Cổng thông tin điện tử tỉnh.',
      ),
    ).toHaveLength(2);
    // Not "tiềm năng", a word that begins as "tiêm" does once folded.
    expect(titles('Sở Y tế tăng cường giám sát dịch bệnh; tiềm năng du lịch y tế còn lớn.')).toHaveLength(1);
  });

  it('keeps work done when heavy rain comes standing, "công trình" being no submission', () => {
    const [watch, regulate] = extract(
      'Sở Nông nghiệp và Phát triển nông thôn theo dõi mực nước các hồ chứa; điều tiết, vận hành an toàn công trình thủy lợi khi mưa lớn kéo dài.',
    );
    expect(watch.kind).toBe('standing');
    expect(regulate).toMatchObject({
      title: 'Điều tiết, vận hành an toàn công trình thủy lợi khi mưa lớn kéo dài',
      kind: 'standing',
    });
    // The plan for such times is made once.
    expect(extract('Sở Xây dựng trình UBND tỉnh phương án phân luồng giao thông khi có mưa lớn.')[0].kind).toBe(
      'deadline',
    );
  });
});

describe('extractDirectives on news of directions and their framing', () => {
  it('dates the work with its report written "Kết quả thực hiện, báo cáo …", with a comma', () => {
    expect(
      drafted(
        'Giao Sở Xây dựng chủ trì kiểm tra các công trình. Kết quả thực hiện, báo cáo Chủ tịch UBND tỉnh trước ngày 30/12/2025.',
        '2025-12-01',
      ),
    ).toEqual([
      {
        title: 'Kiểm tra các công trình',
        lead: idOf('SXD'),
        support: [],
        groups: [],
        kind: 'deadline',
        dueDate: '2025-12-30',
      },
    ]);
  });

  it('drafts nothing for a letter sent before, told after "Trước đó"', () => {
    expect(
      extract(
        'Trước đó, ngày 25-10, UBND tỉnh Bình Thuận cũng đã có công điện yêu cầu các sở, ngành, địa phương tổ chức trực ban nghiêm túc.',
        '2019-10-26',
      ),
    ).toEqual([]);
    // The request of now after it stays.
    expect(
      extract(
        'Trước đó, UBND tỉnh đã có văn bản giao Sở Xây dựng kiểm tra. Nay UBND tỉnh yêu cầu Sở Xây dựng khẩn trương báo cáo kết quả trước ngày 10/3/2024.',
      ),
    ).toMatchObject([{ leadDepartmentId: idOf('SXD'), dueDate: '2024-03-10' }]);
  });

  it('reads the units after a period opening the sentence ("Trong thời gian từ đầu tháng 1/2013 tới ngày 15/3/2013, …")', () => {
    expect(
      extract(
        'Trong thời gian từ đầu tháng 1/2013 tới ngày 15/3/2013, Công an tỉnh bố trí lực lượng tuần tra, kiểm soát.',
        '2013-01-02',
      ),
    ).toMatchObject([{ title: 'Bố trí lực lượng tuần tra, kiểm soát', leadDepartmentId: idOf('CA') }]);
  });

  it('reads each unit of a class as the subject ("Từng ngành, từng địa phương …"), not as an object', () => {
    expect(
      extract(
        'Thông báo cũng nêu rõ, từng ngành, từng địa phương chủ động rà soát các nhiệm vụ, báo cáo UBND tỉnh trước ngày 15/3/2024.',
      ),
    ).toMatchObject([{ groupAssignees: ['từng ngành, từng địa phương'], dueDate: '2024-03-15' }]);
    expect(extract('Sở Tài chính giao chỉ tiêu cho từng đơn vị, từng địa phương.')[0].groupAssignees).toEqual([]);
  });

  it('keeps "còn lại" and "thanh tra" with the class of units they qualify', () => {
    expect(
      extract('Các sở, ngành cấp tỉnh còn lại tổ chức tuyên truyền, phổ biến văn bản pháp luật.')[0],
    ).toMatchObject({
      groupAssignees: ['Các sở, ngành cấp tỉnh còn lại'],
    });
    expect(extract('Các cơ quan thanh tra thực hiện nghiêm việc gửi kết luận thanh tra.')[0]).toMatchObject({
      title: 'Thực hiện nghiêm việc gửi kết luận thanh tra',
      groupAssignees: ['Các cơ quan thanh tra'],
    });
  });
});

describe('extractDirectives on partners named keenly and on proposals to the competent level', () => {
  it('reads the partners after "chủ động phối hợp với" as such, the keenness kept for the kind', () => {
    expect(
      drafted(
        'Giao Sở Nông nghiệp và Phát triển nông thôn có trách nhiệm chủ động phối hợp với UBND các huyện, thành phố để lựa chọn địa điểm tổ chức Lễ phát động Tết trồng cây trước ngày 12/02/2019.',
        '2019-01-20',
      ),
    ).toEqual([
      {
        title: 'Lựa chọn địa điểm tổ chức Lễ phát động Tết trồng cây',
        lead: idOf('SNNPTNT'),
        support: [],
        groups: ['UBND các huyện, thành phố'],
        kind: 'deadline',
        dueDate: '2019-02-12',
      },
    ]);
    expect(
      extract('Sở Y tế chủ động phối hợp với Sở Giáo dục và Đào tạo tuyên truyền phòng, chống dịch.')[0],
    ).toMatchObject({
      title: 'Tuyên truyền phòng, chống dịch',
      leadDepartmentId: idOf('SYT'),
      supportDepartmentIds: [idOf('SGDDT')],
      kind: 'standing',
    });
    // Opening the sentence, it tells how the unit named before works: those after it are not given the work.
    const [first, second] = extract(
      'Sở Giáo dục và Đào tạo thường xuyên đôn đốc các trường. Chủ động phối hợp với các sở, ngành liên quan triển khai các giải pháp.',
    );
    expect(first.leadDepartmentId).toBe(idOf('SGDDT'));
    expect(second).toMatchObject({ leadDepartmentId: idOf('SGDDT'), groupAssignees: [] });
  });

  it('reads a sector worked with ("phối hợp với ngành giáo dục") as a partner, and keeps the cooperation in a title that is only its field', () => {
    expect(
      extract('Sở Y tế chủ trì, phối hợp với ngành giáo dục tăng cường tuyên truyền phòng, chống dịch.')[0],
    ).toMatchObject({
      title: 'Tăng cường tuyên truyền phòng, chống dịch',
      leadDepartmentId: idOf('SYT'),
      groupAssignees: ['ngành giáo dục'],
    });
    expect(extract('Công an tỉnh phối hợp Sở Xây dựng trong thực hiện các nhiệm vụ liên quan.')[0]).toMatchObject({
      title: 'Phối hợp Sở Xây dựng trong thực hiện các nhiệm vụ liên quan',
      supportDepartmentIds: [idOf('SXD')],
    });
  });

  it('drafts a unit’s proposal to the competent level, not a petition told', () => {
    expect(extract('Thanh tra tỉnh xử lý hoặc kiến nghị cấp có thẩm quyền xử lý nghiêm các sai phạm.')).toMatchObject([
      { title: 'Xử lý hoặc kiến nghị cấp có thẩm quyền xử lý nghiêm các sai phạm', leadDepartmentId: idOf('TTT') },
    ]);
    expect(extract('Thanh tra tỉnh kiến nghị cấp có thẩm quyền xử lý nghiêm các sai phạm.')).toHaveLength(1);
    expect(extract('Cử tri kiến nghị UBND tỉnh sớm sửa chữa tuyến đường.')).toEqual([]);
  });
});

describe('extractDirectives on a round of texts read against their drafts', () => {
  it('drafts the key task of a month named with "là" ("Nhiệm vụ trọng tâm hàng đầu trong tháng 3-2026 là tổ chức …")', () => {
    expect(
      drafted(
        'Nhiệm vụ trọng tâm hàng đầu trong tháng 3-2026 là tổ chức thành công cuộc bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp.',
        '2026-02-20',
      ),
    ).toEqual([
      {
        title: 'Tổ chức thành công cuộc bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp',
        lead: null,
        support: [],
        groups: [],
        kind: 'deadline',
        dueDate: '2026-03-31',
      },
    ]);
  });

  it('keeps the work’s own date after what it avoids, and the period it is done in out of the title', () => {
    expect(
      extract('Sở Xây dựng hoàn thành lắp đặt biển báo, đèn tín hiệu tránh tai nạn giao thông trước ngày 30/6/2024.')[0]
        .dueDate,
    ).toBe('2024-06-30');
    expect(
      extract(
        'UBND các huyện tập trung giải quyết dứt điểm các vụ việc khiếu nại, tránh để kéo dài đến hết quý III/2024.',
      )[0].dueDate,
    ).toBe('2024-09-30');
    expect(
      extract(
        'Công an tỉnh tổ chức phân luồng giao thông hợp lý tránh ùn tắc trong thời gian từ ngày 01/02 đến ngày 15/02/2024.',
      )[0],
    ).toMatchObject({ title: 'Tổ chức phân luồng giao thông hợp lý tránh ùn tắc', dueDate: '2024-02-15' });
  });

  it('reads "chậm nhất ngày 05 tháng sau" as the monthly rule’s day', () => {
    expect(
      extract('Các chủ đầu tư báo cáo tiến độ hằng tháng, chậm nhất ngày 05 tháng sau, gửi Sở Tài chính.')[0],
    ).toMatchObject({
      title: 'Báo cáo tiến độ, gửi Sở Tài chính',
      recurrence: { every: 'month', day: 5 },
    });
  });

  it('keeps the request of now after a letter sent before ("Trước đó, … ; nay yêu cầu …")', () => {
    expect(
      extract(
        'Trước đó, UBND tỉnh đã có Công văn số 456/UBND-NC chỉ đạo các huyện tăng cường kiểm tra; nay yêu cầu UBND các huyện báo cáo kết quả trước ngày 20/5/2024.',
      ).map((d) => d.dueDate),
    ).toContain('2024-05-20');
  });

  it('drafts nothing for what a measure is or the rule it follows, with no unit given it', () => {
    expect(extract('Tiêm phòng đầy đủ cho đàn vật nuôi là biện pháp hiệu quả nhất để phòng bệnh.')).toEqual([]);
    expect(
      extract(
        'Điều tiết nguồn thu giữa ngân sách tỉnh và ngân sách huyện thực hiện theo Nghị quyết số 15/2022/NQ-HĐND.',
      ),
    ).toEqual([]);
    // A unit given the work keeps it.
    expect(extract('Sở Tài chính điều tiết nguồn thu thực hiện theo Nghị quyết số 15/2022/NQ-HĐND.')).toHaveLength(1);
  });

  it('reads "thanh tra" followed by more verbs as the work, not the bodies’ name; routine immunisation as standing work', () => {
    expect(extract('Yêu cầu các cơ quan thanh tra, kiểm tra, xử lý nghiêm các cơ sở vi phạm.')[0]).toMatchObject({
      title: 'Thanh tra, kiểm tra, xử lý nghiêm các cơ sở vi phạm',
      groupAssignees: ['các cơ quan'],
    });
    expect(extract('Sở Y tế tổ chức tiêm chủng thường xuyên cho trẻ em dưới 1 tuổi.')[0].kind).toBe('standing');
  });
});

describe('extractDirectives on district, commune and disbursement texts', () => {
  it('keeps "có liên quan" with the committees it qualifies', () => {
    expect(
      drafted('UBND các huyện có liên quan hoàn thành bàn giao mặt bằng trước ngày 30/6/2024.', '2024-05-01'),
    ).toEqual([
      {
        title: 'Hoàn thành bàn giao mặt bằng',
        lead: null,
        support: [],
        groups: ['UBND các huyện có liên quan'],
        kind: 'deadline',
        dueDate: '2024-06-30',
      },
    ]);
  });

  it('reads the offices of a commune or ward since 2025 as units outside the table', () => {
    expect(extract('Giao Văn phòng HĐND và UBND xã theo dõi, đôn đốc việc thực hiện.')[0].title).toBe(
      'Văn phòng HĐND và UBND xã theo dõi, đôn đốc việc thực hiện',
    );
    expect(
      extract(
        'Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Công an phường kiểm tra các công trình xây dựng.',
      )[0],
    ).toMatchObject({
      title: 'Phòng Kinh tế, Hạ tầng và Đô thị kiểm tra các công trình xây dựng',
      groupAssignees: ['Công an phường'],
    });
  });

  it('reads the committee writing as the assigner when it directs work it names, not a district given the work', () => {
    expect(
      extract('UBND huyện cũng chỉ đạo đẩy mạnh công tác kiểm tra liên ngành về an toàn thực phẩm.')[0],
    ).toMatchObject({
      title: 'Đẩy mạnh công tác kiểm tra liên ngành về an toàn thực phẩm',
      groupAssignees: [],
    });
  });

  it('keeps "khu dân cư" with the units listed before it; the closing formula with several manners drafts nothing', () => {
    expect(
      extract('Yêu cầu các ngành, đơn vị, khu dân cư tập trung rà soát các hộ có nguy cơ thiếu đói.')[0],
    ).toMatchObject({
      title: 'Tập trung rà soát các hộ có nguy cơ thiếu đói',
      groupAssignees: ['các ngành, đơn vị, khu dân cư'],
    });
    expect(
      extract(
        'Sở Y tế tăng cường kiểm tra an toàn thực phẩm. Nhận được công văn này, yêu cầu các địa phương, đơn vị được giao nhiệm vụ nghiêm túc, khẩn trương triển khai thực hiện./.',
      ).map((d) => d.title),
    ).toEqual(['Tăng cường kiểm tra an toàn thực phẩm']);
  });

  it('reads a bare "Định kỳ," as a report at intervals, and work held to from a day on as standing', () => {
    const [, report] = extract(
      'UBND các huyện rà soát danh mục dự án. Định kỳ, báo cáo tình hình thực hiện và giải ngân vốn đầu tư gửi Sở Tài chính.',
    );
    expect(report).toMatchObject({
      title: 'Báo cáo tình hình thực hiện và giải ngân vốn đầu tư gửi Sở Tài chính',
      kind: 'recurring',
    });
    expect(
      extract('Kể từ ngày 01/7/2024, các sở, ngành phải thực hiện ký số trên văn bản điện tử.', '2024-06-01')[0],
    ).toMatchObject({ title: 'Thực hiện ký số trên văn bản điện tử', kind: 'standing', dueDate: null });
    // A time counted from that day is a date still.
    expect(
      extract('Sở Tư pháp giải quyết hồ sơ trong 05 ngày làm việc kể từ ngày 01/7/2024.', '2024-06-01')[0].dueDate,
    ).toBe('2024-07-08');
  });

  it('drafts each dated step of a disbursement target for the units given the disbursement', () => {
    expect(
      drafted(
        'UBND tỉnh yêu cầu UBND các xã khẩn trương giải ngân nguồn vốn. Cụ thể, tỷ lệ giải ngân nguồn vốn đã bố trí phải đạt 60% trước ngày 30.9.2018; đạt 80% trước 30.10.2018 và hoàn thành nhiệm vụ giải ngân trong năm 2018.',
        '2018-09-01',
      ).map((d) => [d.groups, d.dueDate]),
    ).toEqual([
      [['UBND các xã'], null],
      [['UBND các xã'], '2018-09-30'],
      [['UBND các xã'], '2018-10-30'],
      [['UBND các xã'], '2018-12-31'],
    ]);
  });
});

describe('extractDirectives on units named by a heading or pointed back at', () => {
  it('gives the items under "1. Đối với UBND các xã:" to those units, not under a matter\'s heading', () => {
    const drafts = drafted(
      '1. Đối với UBND các xã:\n- Tăng cường tuyên truyền phòng, chống dịch.\n- Rà soát danh sách hộ nghèo, báo cáo trước ngày 20/3/2024.\n2. Đối với các sở, ban, ngành:\n- Phối hợp triển khai kế hoạch.',
      '2024-03-01',
    );
    expect(drafts.map((d) => d.groups)).toEqual([['UBND các xã'], ['UBND các xã'], ['các sở, ban, ngành']]);
    expect(
      extract('Đối với các kiến nghị của cử tri:\n- Sở Xây dựng kiểm tra, trả lời cử tri.').map(
        (d) => d.leadDepartmentId,
      ),
    ).toEqual([idOf('SXD')]);
  });

  it('reads a bare "sở" given work as the department named last before it', () => {
    const drafts = extract(
      'UBND tỉnh thống nhất với đề xuất của Sở Tài nguyên và Môi trường; đồng thời giao sở tiếp tục thực hiện chỉ đạo của UBND tỉnh tại Văn bản số 2212. Sở thường xuyên rà soát, tổng hợp để tham mưu UBND tỉnh điều chỉnh Kế hoạch định giá đất.',
      '2021-03-01',
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId])).toEqual([
      ['Tiếp tục thực hiện chỉ đạo của UBND tỉnh tại Văn bản số 2212', idOf('STNMT')],
      ['Rà soát, tổng hợp để tham mưu UBND tỉnh điều chỉnh Kế hoạch định giá đất', idOf('STNMT')],
    ]);
  });

  it('reads no deadline in the time ongoing work is stressed in, and spreading models as work after ";"', () => {
    expect(
      extract('Sở Công Thương kiểm soát thị trường, đặc biệt là trước, trong và sau Tết.', '2024-01-10')[0],
    ).toMatchObject({
      title: 'Kiểm soát thị trường, đặc biệt là trước, trong và sau Tết',
      dueDate: null,
    });
    expect(
      extract('Sở Nông nghiệp và Phát triển nông thôn tăng cường kiểm tra; nhân rộng các mô hình hay.').map(
        (d) => d.title,
      ),
    ).toEqual(['Tăng cường kiểm tra', 'Nhân rộng các mô hình hay']);
  });

  it('reads the board of the agriculture projects by its short name as a unit outside the table', () => {
    expect(
      extract(
        'UBND tỉnh giao Ban Quản lý dự án đầu tư xây dựng các công trình NN&PTNT tỉnh chịu trách nhiệm quản lý, sử dụng kế hoạch vốn được giao.',
      )[0].title,
    ).toBe('Ban Quản lý dự án đầu tư xây dựng các công trình NN&PTNT tỉnh quản lý, sử dụng kế hoạch vốn được giao');
  });
});

describe('extractDirectives on the mends of a review', () => {
  it('gives the duties after a cooperation clause to the units before it, without its partners', () => {
    expect(
      extract(
        'Công an tỉnh triển khai kế hoạch cao điểm; phối hợp ngành Giao thông vận tải trong thực hiện các nhiệm vụ liên quan; quản lý vận chuyển hàng hóa nguy hiểm.',
      ).map((d) => [d.title, d.leadDepartmentId, d.groupAssignees]),
    ).toEqual([
      ['Triển khai kế hoạch cao điểm', idOf('CA'), []],
      [
        'Phối hợp ngành Giao thông vận tải trong thực hiện các nhiệm vụ liên quan',
        idOf('CA'),
        ['ngành Giao thông vận tải'],
      ],
      ['Quản lý vận chuyển hàng hóa nguy hiểm', idOf('CA'), []],
    ]);
  });

  it('keeps a quarter’s or a year’s rule when its day falls in the period after, the day left to the office', () => {
    expect(
      extract('Các sở, ngành báo cáo tình hình thực hiện hằng quý, chậm nhất ngày 05 tháng sau.')[0],
    ).toMatchObject({
      title: 'Báo cáo tình hình thực hiện',
      recurrence: { every: 'quarter', day: null },
    });
    expect(
      extract('UBND các huyện báo cáo kết quả hằng quý (chậm nhất ngày 05 tháng sau) về Sở Tài chính.')[0],
    ).toMatchObject({
      title: 'Báo cáo kết quả về Sở Tài chính',
      recurrence: { every: 'quarter', day: null },
    });
    // A day with its month is the yearly rule's own day when in December, as "trước ngày 15/12 hằng năm".
    expect(extract('Các sở, ngành báo cáo kết quả thực hiện hằng năm, chậm nhất ngày 15/12.')[0]).toMatchObject({
      recurrence: { every: 'year', day: 15 },
    });
    expect(extract('Các sở, ngành báo cáo kết quả thực hiện hằng năm, chậm nhất ngày 15/6.')[0]).toMatchObject({
      recurrence: { every: 'year', day: null },
    });
  });

  it('reads "các cơ quan thanh tra, kiểm toán …" before their work as bodies, and a definition with a comma as none', () => {
    expect(
      extract('Các cơ quan thanh tra, kiểm toán nhà nước tăng cường phối hợp để tránh chồng chéo.')[0].groupAssignees,
    ).toEqual(['Các cơ quan thanh tra, kiểm toán nhà nước']);
    expect(extract('Tiêm chủng đầy đủ, đúng lịch là biện pháp phòng bệnh hiệu quả nhất cho trẻ em.')).toEqual([]);
  });
});

describe('extractDirectives on emergency dispatches and news of them', () => {
  it('reads the units after the chair named with the board he heads and his name', () => {
    expect(
      titlesAndGroups(
        'Chủ tịch UBND tỉnh, Trưởng Ban Chỉ huy PCTT và TKCN tỉnh Thái Bình Đặng Trọng Thăng đã chỉ đạo Ban Chỉ huy PCTT và TKCN các cấp, các ngành nghiêm cấm tàu, thuyền ra khơi; kêu gọi tàu thuyền vào nơi trú ẩn an toàn.',
        '2019-07-03',
      ),
    ).toEqual([
      ['Nghiêm cấm tàu, thuyền ra khơi', ['Ban Chỉ huy PCTT và TKCN các cấp, các ngành']],
      ['Kêu gọi tàu thuyền vào nơi trú ẩn an toàn', ['Ban Chỉ huy PCTT và TKCN các cấp, các ngành']],
    ]);
  });

  it('reads the units after who said it with all his titles ("Theo ông …, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh …, …")', () => {
    expect(
      extract(
        'Theo ông Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Tuyên Quang, các địa phương phải tổ chức nghiêm việc kiểm dịch.',
        '2024-04-01',
      ),
    ).toMatchObject([{ title: 'Tổ chức nghiêm việc kiểm dịch', groupAssignees: ['các địa phương'] }]);
  });

  it('reads an order held until a date as standing, and "đến hết tháng 3" whole', () => {
    expect(drafted('Các địa phương tạm dừng các lễ hội đến hết tháng 3.', '2024-03-01')).toEqual([
      {
        title: 'Tạm dừng các lễ hội',
        lead: null,
        support: [],
        groups: ['Các địa phương'],
        kind: 'standing',
        dueDate: null,
      },
    ]);
    // Work done by then keeps its date, whatever word it begins with.
    expect(extract('Sở Xây dựng hoàn thành thẩm định đến hết tháng 3.', '2024-03-01')[0]).toMatchObject({
      title: 'Hoàn thành thẩm định',
      dueDate: '2024-03-31',
    });
    expect(extract('Các chủ đầu tư cam kết giải ngân hết vốn đến hết quý III/2024.', '2024-03-01')[0].dueDate).toBe(
      '2024-09-30',
    );
  });

  it('keeps the part of a class of units stressed after it with the class ("…, nhất là các huyện ven biển …")', () => {
    expect(
      extract('Các huyện, thành phố, nhất là các huyện ven biển chuẩn bị sẵn sàng phương án sơ tán dân.')[0],
    ).toMatchObject({
      title: 'Chuẩn bị sẵn sàng phương án sơ tán dân',
      groupAssignees: ['Các huyện, thành phố, nhất là các huyện ven biển'],
    });
  });

  it('dates work to be done the same day ("trước 16 giờ cùng ngày", "hoàn thành trong ngày") on the dispatch’s day', () => {
    expect(
      extract('Các địa phương sơ tán dân ở vùng nguy hiểm, hoàn thành trước 16 giờ cùng ngày.', '2019-07-03')[0]
        .dueDate,
    ).toBe('2019-07-03');
    expect(extract('UBND các huyện kiểm tra các hồ đập, hoàn thành trong ngày.', '2019-07-03')[0].dueDate).toBe(
      '2019-07-03',
    );
    expect(extract('UBND các huyện bố trí lực lượng trực trong ngày lễ.', '2019-07-03')[0].dueDate).toBeNull();
  });
});

describe('extractDirectives on answers to the press and to petitions', () => {
  it('drafts the next duties spelt "quản lí", "xử lí", opened by "trực tiếp" or by drafting a report', () => {
    const titles = (text: string) => extract(text).map((d) => d.title);
    expect(titles('Giao Sở Y tế kiểm tra các cơ sở; quản lí chặt chẽ việc kinh doanh thuốc.')).toEqual([
      'Kiểm tra các cơ sở',
      'Quản lí chặt chẽ việc kinh doanh thuốc',
    ]);
    expect(
      titles(
        'Thanh tra tỉnh đôn đốc UBND các huyện thực hiện; trực tiếp xử lý theo thẩm quyền các trường hợp chậm trễ.',
      ),
    ).toEqual(['Đôn đốc UBND các huyện thực hiện', 'Trực tiếp xử lý theo thẩm quyền các trường hợp chậm trễ']);
    expect(titles('Thanh tra tỉnh hoàn thiện hồ sơ các vụ việc; dự thảo báo cáo của Ban cán sự Đảng.')).toEqual([
      'Hoàn thiện hồ sơ các vụ việc',
      'Dự thảo báo cáo của Ban cán sự Đảng',
    ]);
  });

  it('drafts nothing for what a paper published or a letter received, and reads a cooperative as a body', () => {
    expect(
      extract(
        'Báo Thanh tra ngày 29/10/2016 có bài “Hải Dương: Vận động người dân hiến đất rồi quên trách nhiệm” phản ánh việc thu hồi đất. Chủ tịch UBND tỉnh giao Sở Tài nguyên và Môi trường kiểm tra, báo cáo trước ngày 15/11/2016.',
        '2016-11-01',
      ).map((d) => [d.title, d.leadDepartmentId]),
    ).toEqual([['Kiểm tra, báo cáo', idOf('STNMT')]]);
    expect(
      extract('Văn phòng Chính phủ cũng nhận được đơn thư do Thanh tra Bộ Thông tin và Truyền thông chuyển đến.'),
    ).toEqual([]);
    expect(
      extract('Chủ tịch UBND tỉnh yêu cầu Hợp tác xã Tân Phú chấm dứt ngay việc cho thuê đất trái quy định.'),
    ).toMatchObject([{ title: 'Hợp tác xã Tân Phú chấm dứt ngay việc cho thuê đất trái quy định' }]);
  });
});

describe('extractDirectives on the mends of a last review', () => {
  it('reads "các cơ quan thanh tra, kiểm toán" as the bodies before their work', () => {
    expect(
      extract(
        'Yêu cầu các cơ quan thanh tra, kiểm toán xử lý nghiêm các trường hợp vi phạm, hoàn thành trước ngày 31/12/2024.',
      )[0],
    ).toMatchObject({
      title: 'Xử lý nghiêm các trường hợp vi phạm',
      groupAssignees: ['các cơ quan thanh tra, kiểm toán'],
    });
  });

  it('drafts the work given after a definition or a letter sent before, in the same sentence, and not the letter’s', () => {
    expect(
      extract(
        'Tuyên truyền, vận động là giải pháp quan trọng; UBND các huyện tổ chức tuyên truyền sâu rộng đến người dân.',
      ).map((d) => d.groupAssignees),
    ).toEqual([['UBND các huyện']]);
    expect(
      extract(
        'Trước đó, UBND tỉnh đã có Công văn số 456/UBND-NC chỉ đạo các huyện tăng cường kiểm tra; nay yêu cầu UBND các huyện báo cáo kết quả trước ngày 20/5/2024.',
      ).map((d) => d.title),
    ).toEqual(['Báo cáo kết quả']);
    // Work done when a letter is received is work still.
    expect(
      extract('Khi nhận được đơn thư, các cơ quan, đơn vị phải phân loại, xử lý theo đúng quy định.')[0].groupAssignees,
    ).toEqual(['các cơ quan, đơn vị']);
  });

  it('reads the units after a rule opening the sentence with its day, or after "Kể từ ngày …,"', () => {
    const read = (text: string) =>
      extract(text, '2024-06-10').map((d) => [d.title, d.groupAssignees, d.kind, d.recurrence]);
    expect(
      read('Hằng tháng, chậm nhất ngày 05 tháng sau, các chủ đầu tư báo cáo tiến độ giải ngân về Sở Tài chính.'),
    ).toEqual([
      [
        'Báo cáo tiến độ giải ngân về Sở Tài chính',
        ['các chủ đầu tư'],
        'recurring',
        { every: 'month', day: 5, until: null },
      ],
    ]);
    expect(read('Định kỳ hằng quý, trước ngày 15 tháng cuối quý, các đơn vị gửi báo cáo về Sở Nội vụ.')).toEqual([
      ['Gửi báo cáo về Sở Nội vụ', ['các đơn vị'], 'recurring', { every: 'quarter', day: 15, until: null }],
    ]);
    expect(
      read(
        'Kể từ ngày 01/7/2024, các cơ quan hành chính nhà nước không tiếp nhận hồ sơ giấy đối với các thủ tục đã cung cấp trực tuyến toàn trình.',
      ),
    ).toEqual([
      [
        'Không tiếp nhận hồ sơ giấy đối với các thủ tục đã cung cấp trực tuyến toàn trình',
        ['các cơ quan hành chính nhà nước'],
        'standing',
        null,
      ],
    ]);
  });

  it('keeps repair work after ";", a hold with more dated work its date, and reads more definitions as no work', () => {
    expect(
      extract(
        'UBND các huyện rà soát các tuyến đường giao thông nông thôn; tu sửa các đoạn bị hư hỏng; báo cáo kết quả trước ngày 15/8/2024.',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([
      ['Rà soát các tuyến đường giao thông nông thôn', null],
      ['Tu sửa các đoạn bị hư hỏng', '2024-08-15'],
    ]);
    expect(
      extract(
        'Công an tỉnh tạm dừng đăng ký xe đối với các trường hợp vi phạm đến hết tháng 3/2024, đồng thời báo cáo UBND tỉnh kết quả xử lý trước ngày 10/4/2024.',
        '2024-03-01',
      )[0].kind,
    ).toBe('deadline');
    expect(extract('Các sở tiếp tục tạm dừng tuyển dụng công chức đến hết năm 2024.', '2024-03-01')[0]).toMatchObject({
      kind: 'standing',
      dueDate: null,
    });
    expect(
      titlesAndGroups(
        'Cải cách hành chính là nhiệm vụ trọng tâm, xuyên suốt; các sở, ban, ngành hoàn thành các chỉ tiêu cải cách hành chính trước ngày 30/6/2024.',
        '2024-03-01',
      ),
    ).toEqual([['Hoàn thành các chỉ tiêu cải cách hành chính', ['các sở, ban, ngành']]]);
    expect(extract('Phòng cháy, chữa cháy là trách nhiệm của toàn dân.')).toEqual([]);
  });

  it('keeps "thanh tra nhà nước", the investigating bodies and a named unit stressed after a class with the class', () => {
    const read = (text: string) => titlesAndGroups(text);
    expect(read('Các cơ quan thanh tra nhà nước thực hiện nghiêm quy trình thanh tra.')).toEqual([
      ['Thực hiện nghiêm quy trình thanh tra', ['Các cơ quan thanh tra nhà nước']],
    ]);
    expect(read('Các cơ quan điều tra khẩn trương điều tra, xử lý nghiêm các vụ việc.')).toEqual([
      ['Khẩn trương điều tra, xử lý nghiêm các vụ việc', ['Các cơ quan điều tra']],
    ]);
    expect(read('UBND các huyện, nhất là huyện Định Quán, Tân Phú tăng cường tuần tra bảo vệ rừng.')).toEqual([
      ['Tăng cường tuần tra bảo vệ rừng', ['UBND các huyện, nhất là huyện Định Quán, Tân Phú']],
    ]);
    // Verbs after the bodies' word stay the work.
    expect(read('Yêu cầu các cơ quan điều tra, làm rõ các sai phạm.')).toEqual([
      ['Điều tra, làm rõ các sai phạm', ['các cơ quan']],
    ]);
  });

  it('points a bare "Sở" back at the department given the work, not its partner nor one listed after it', () => {
    expect(
      extract(
        'Giao Sở Công Thương chủ trì, phối hợp với Sở Tài chính kiểm tra giá cả hàng hóa dịp Tết. Sở thường xuyên báo cáo UBND tỉnh về diễn biến giá cả thị trường.',
      ).map((d) => d.leadDepartmentId),
    ).toEqual([idOf('SCT'), idOf('SCT')]);
    expect(
      extract(
        'Sở Tài nguyên và Môi trường, Sở Xây dựng rà soát quy hoạch sử dụng đất. Giao sở tiếp tục tham mưu điều chỉnh Kế hoạch sử dụng đất năm 2024.',
      ).map((d) => d.leadDepartmentId),
    ).toEqual([idOf('STNMT'), idOf('STNMT')]);
  });
});

describe('extractDirectives on the demo conclusion', () => {
  const drafts = extract(DEMO_SESSION.conclusion);

  it('proposes every item of the conclusion, in order, with the text of the demo tasks taken from it', () => {
    expect(drafts.map((d) => d.description)).toEqual(DEMO_CONCLUSION_TASKS.map((t) => t.description));
    expect(drafts.every((d) => d.isKey)).toBe(true);
  });

  it('keeps "xử lý kịp thời các công việc trước, trong và sau Tết" in its item, as a time frame and not a deadline', () => {
    expect(drafts[0].description).toContain('; xử lý kịp thời các công việc trước, trong và sau Tết, đảm bảo tiến độ');
    expect(drafts[0]).toMatchObject({ deadlineText: null, dueDate: null });
    expect(drafts[0].groupAssignees).toEqual(['các sở, ban, ngành, địa phương']);
  });

  it('still splits a clause with its own deadline and an object of its own', () => {
    const [first, second] = extract(
      'Sở Y tế tăng cường giám sát dịch bệnh; tổ chức kiểm tra an toàn thực phẩm trước Tết Nguyên đán (Giáp Thìn).',
    );
    expect(first).toMatchObject({ deadlineText: null, leadDepartmentId: idOf('SYT') });
    expect(second).toMatchObject({ dueDate: '2024-02-09', leadDepartmentId: idOf('SYT') });
  });

  it('splits the same unit’s next duty after ";", but not the report, the manner or the target of the work before it', () => {
    const steps = extract(
      'UBND tỉnh yêu cầu: Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các sở, ngành tổ chức thực ' +
        'hiện Quyết định; tổng hợp nhu cầu đăng ký hỗ trợ của các địa phương; hướng dẫn thủ tục thanh quyết toán.',
    );
    expect(steps.map((d) => [d.title, d.leadDepartmentId])).toEqual([
      ['Tổ chức thực hiện Quyết định', idOf('SNNPTNT')],
      ['Tổng hợp nhu cầu đăng ký hỗ trợ của các địa phương', idOf('SNNPTNT')],
      ['Hướng dẫn thủ tục thanh quyết toán', idOf('SNNPTNT')],
    ]);
    for (const tail of [
      'tổng hợp, báo cáo UBND tỉnh kết quả thực hiện',
      'đảm bảo đúng quy định',
      'phấn đấu giải ngân 100% kế hoạch được giao',
    ]) {
      const one = extract(`Sở Tài chính chủ trì thẩm định dự toán kinh phí hỗ trợ giống lúa; ${tail}.`);
      expect(one).toHaveLength(1);
      expect(one[0].description).toContain(tail);
    }
  });

  it('titles the work without its deadline in brackets, its date restated, or the words before it', () => {
    const titles = [
      'Sở Tài chính rà soát nhu cầu kinh phí (hoàn thành trước ngày 20/3/2024).',
      'Sở Tài chính rà soát nhu cầu kinh phí, hoàn thành trong năm 2024 (trước ngày 31/12/2024).',
      'Sở Tài chính rà soát nhu cầu kinh phí, hoàn thành trước ngày 20/3/2024, báo cáo kết quả trước ngày 25/3/2024.',
      'Sở Tài chính thẩm định các dự án hoàn thành, báo cáo UBND tỉnh trước ngày 20/3/2024.',
    ].map((text) => extract(text)[0].title);
    expect(titles).toEqual([
      'Rà soát nhu cầu kinh phí',
      'Rà soát nhu cầu kinh phí',
      'Rà soát nhu cầu kinh phí, báo cáo kết quả trước ngày 25/3/2024',
      'Thẩm định các dự án hoàn thành, báo cáo UBND tỉnh',
    ]);
  });

  it('titles the work without the words that led to its deadline, and keeps a dated target with the work', () => {
    const drafts = extract(
      'Chủ tịch UBND tỉnh kết luận và chỉ đạo như sau:\n' +
        '1. Giao Sở Kế hoạch và Đầu tư chủ trì tham mưu phân bổ chi tiết kế hoạch vốn đầu tư công năm 2024, hoàn thành ' +
        'trước ngày 15/02/2024.\n' +
        '2. Sở Tài chính tập trung đẩy nhanh tiến độ giải ngân vốn đầu tư công; phấn đấu đến hết quý I/2024 giải ngân ' +
        'đạt trên 20% kế hoạch.\n' +
        '3. Sở Y tế thường xuyên kiểm tra an toàn thực phẩm; định kỳ hằng tháng báo cáo UBND tỉnh trước ngày 25.',
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId, d.dueDate, d.kind])).toEqual([
      ['Tham mưu phân bổ chi tiết kế hoạch vốn đầu tư công năm 2024', idOf('SKHDT'), '2024-02-15', 'deadline'],
      ['Tập trung đẩy nhanh tiến độ giải ngân vốn đầu tư công', idOf('STC'), '2024-03-31', 'deadline'],
      ['Kiểm tra an toàn thực phẩm', idOf('SYT'), null, 'standing'],
      // The deadline is the whole of the work: the work keeps its words.
      ['Định kỳ hằng tháng báo cáo UBND tỉnh trước ngày 25', idOf('SYT'), null, 'recurring'],
    ]);
  });

  it('titles the work without "hoàn thành muộn nhất", "thời hạn hoàn thành:" or "hoàn thành chậm nhất" before its date', () => {
    const titles = [
      'Giao Sở Tài chính rà soát các khoản nợ đọng, hoàn thành muộn nhất trong tháng 5/2025.',
      'Giao Sở Tài chính rà soát các khoản nợ đọng, thời hạn hoàn thành: trước 15 giờ ngày 25/3/2025.',
      'Giao Sở Tài chính rà soát các khoản nợ đọng, hoàn thành chậm nhất đến hết ngày 25/3/2025.',
    ].map((text) => extract(text, '2025-03-19').map((d) => [d.title, d.dueDate]));
    expect(titles).toEqual([
      [['Rà soát các khoản nợ đọng', '2025-05-31']],
      [['Rà soát các khoản nợ đọng', '2025-03-25']],
      [['Rà soát các khoản nợ đọng', '2025-03-25']],
    ]);
  });

  it('titles the work without the need for it ("cần", "phải")', () => {
    const titles = extractParagraphs(
      [
        'Chủ tịch UBND tỉnh yêu cầu các cấp, các ngành cần quyết tâm cao độ, theo dõi sát diễn biến tình hình.',
        'Các địa phương phải báo cáo sơ bộ kết quả rà soát trước ngày 25/10/2025.',
      ],
      '2025-10-04',
    ).map((d) => d.title);
    expect(titles).toEqual(['Quyết tâm cao độ, theo dõi sát diễn biến tình hình', 'Báo cáo sơ bộ kết quả rà soát']);
  });

  it('dates the work of a list or a sentence with the period it opens with, unless the work gives its own or the period is over', () => {
    const listed = extract(
      'Trong quý II, UBND tỉnh đề ra một số nhiệm vụ, giải pháp trọng tâm, như: Sở Tài chính tập trung đôn đốc thu ' +
        'ngân sách; Sở Xây dựng đẩy nhanh giải phóng mặt bằng các dự án; Sở Y tế hoàn thành kiểm tra an toàn thực ' +
        'phẩm trước ngày 15/4/2024.',
      '2024-04-02',
    );
    expect(listed.map((d) => [d.leadDepartmentId, d.dueDate, d.deadlineText])).toEqual([
      [idOf('STC'), '2024-06-30', 'Trong quý II'],
      [idOf('SXD'), '2024-06-30', 'Trong quý II'],
      [idOf('SYT'), '2024-04-15', 'trước ngày 15/4/2024'],
    ]);
    const steps = extract(
      'Năm 2024, Sở Công Thương tiếp tục tham mưu xây dựng đề án phát triển công nghiệp; rà soát quy hoạch các cụm công nghiệp.',
      '2024-01-10',
    );
    expect(steps.map((d) => [d.leadDepartmentId, d.dueDate])).toEqual([
      [idOf('SCT'), '2024-12-31'],
      [idOf('SCT'), '2024-12-31'],
    ]);
    // The period before the units: the units still lead, and the titles are their work alone.
    const opened = extract(
      'Trong quý I/2024, Sở Tài chính chủ trì đôn đốc thu ngân sách; rà soát các khoản chi thường xuyên.',
      '2024-01-10',
    );
    expect(opened.map((d) => [d.title, d.leadDepartmentId, d.dueDate, d.kind])).toEqual([
      ['Đôn đốc thu ngân sách', idOf('STC'), '2024-03-31', 'deadline'],
      ['Rà soát các khoản chi thường xuyên', idOf('STC'), '2024-03-31', 'deadline'],
    ]);
    // The period of a year gone by is an account's, not the work's.
    const over = extract(
      'Năm 2023, Sở Công Thương tiếp tục tham mưu xây dựng đề án phát triển công nghiệp; rà soát quy hoạch các cụm công nghiệp.',
      '2024-01-10',
    );
    expect(over.map((d) => d.dueDate)).toEqual([null, null]);
  });

  it('spans the text as received and proposes leads by topic when the text names none', () => {
    for (const d of drafts) {
      const source = DEMO_SESSION.conclusion.slice(d.sourceSpan.start, d.sourceSpan.end);
      expect(source.length).toBeGreaterThan(20);
      expect(d.leadDepartmentId).toBeNull();
    }
    const investment = drafts.find((d) => d.description.startsWith('Đẩy nhanh'))!;
    expect(investment.leadCandidates[0]).toMatchObject({ departmentId: idOf('SKHDT') });
    const gifts = drafts.find((d) => d.description.startsWith('Chú trọng chăm lo Tết'))!;
    expect(gifts.leadCandidates[0]).toMatchObject({ departmentId: idOf('SLDTBXH') });
  });
});

describe('extractDirectives', () => {
  it('splits enumerations, leaves the preamble out and reads units in their usual forms', () => {
    const text = [
      'Chủ tịch UBND tỉnh yêu cầu:',
      '1. Giao Sở KH&ĐT chủ trì, phối hợp với Sở Tài chính, Cục Thuế tỉnh tham mưu phân bổ vốn; hoàn thành trước ngày 15/3/2024.',
      '2. Sở LĐ-TB&XH chủ trì tổ chức thăm, tặng quà trước Tết Nguyên đán (Giáp Thìn).',
      '3. Công an tỉnh bảo đảm an ninh trật tự trước, trong và sau Tết; UBND thành phố Bắc Kạn tổ chức bắn pháo hoa trong tháng 02/2024.',
      '4. Đề nghị UBND các huyện, thành phố báo cáo kết quả hằng tháng trước ngày 20.',
    ].join('\n');
    const drafts = extract(text);
    expect(drafts.map((d) => [d.leadDepartmentId, d.dueDate, d.kind])).toEqual([
      [idOf('SKHDT'), '2024-03-15', 'deadline'],
      [idOf('SLDTBXH'), '2024-02-09', 'deadline'],
      [idOf('CA'), '2024-02-24', 'deadline'],
      [idOf('UBND-TPBK'), '2024-02-29', 'deadline'],
      [null, null, 'recurring'],
    ]);
    // A recurring task takes no deadline: the rule dates each occurrence.
    expect(drafts[4].recurrence).toEqual({ every: 'month', day: 20, until: null });
    expect(drafts[0]).toMatchObject({
      title: 'Tham mưu phân bổ vốn',
      supportDepartmentIds: [idOf('STC'), idOf('CT')],
      deadlineText: 'trước ngày 15/3/2024',
    });
    expect(drafts[4].groupAssignees).toEqual(['UBND các huyện, thành phố']);
    expect(drafts[4].groupKeys).toEqual(['districts']);
    expect(drafts[4].recurrence).toEqual({ every: 'month', day: 20, until: null });
  });

  it('takes the unit after "giao" as the lead even when it "phối hợp", and ignores "theo đề nghị của"', () => {
    const [d] = extract(
      'Theo đề nghị của Sở Xây dựng, UBND tỉnh giao trách nhiệm Sở Y tế phối hợp các sở, ngành liên quan kiểm tra cơ sở khám, chữa bệnh trong 10 ngày.',
    );
    expect(d).toMatchObject({
      leadDepartmentId: idOf('SYT'),
      groupAssignees: ['các sở, ngành liên quan'],
      dueDate: '2024-02-05',
    });
  });

  it('takes the deadline of a sentence that sends the report or points back at what was assigned', () => {
    const sent = extract(
      'Giao các sở, ngành giải trình các nội dung thẩm tra. Báo cáo yêu cầu gửi về Văn phòng UBND tỉnh trước 14 giờ, ngày 05/02/2024.',
    );
    expect(sent.map((d) => [d.groupAssignees, d.dueDate])).toEqual([[['các sở, ngành'], '2024-02-05']]);
    const pointed = extract(
      'Giao Sở Nội vụ chủ trì xây dựng đề án sắp xếp đơn vị hành chính cấp xã. UBND tỉnh yêu cầu đề án nêu trên hoàn thành trong quý 3/2024.',
    );
    expect(pointed.map((d) => [d.leadDepartmentId, d.dueDate])).toEqual([[idOf('SNV'), '2024-09-30']]);
  });

  it('joins a follow-up sentence to its directive and keeps report sentences out', () => {
    const text =
      'Sở Y tế cho biết đã chuẩn bị đủ thuốc. Giao Sở Công Thương chủ trì kiểm tra thị trường. Trình UBND tỉnh trước ngày 10/2/2024. Các xã, phường thực hiện thường xuyên việc rà soát hộ nghèo.';
    const drafts = extract(text);
    expect(drafts.map((d) => [d.leadDepartmentId, d.dueDate, d.kind, d.groupAssignees])).toEqual([
      [idOf('SCT'), '2024-02-10', 'deadline', []],
      [null, null, 'standing', ['Các xã, phường']],
    ]);
    expect(text.slice(drafts[0].sourceSpan.start, drafts[0].sourceSpan.end)).toBe(
      'Giao Sở Công Thương chủ trì kiểm tra thị trường. Trình UBND tỉnh trước ngày 10/2/2024.',
    );
  });

  it('reads a unit named after "yêu cầu" as assigned even when a relative clause follows it', () => {
    const [d, ...rest] = extract(
      'Chủ tịch UBND tỉnh yêu cầu UBND các huyện, thành phố có dự án đi qua khẩn trương bàn giao mặt bằng trước ngày 10/10/2024',
    );
    expect(rest).toEqual([]);
    // The clause names which of them, kept with the group (still the districts' group).
    expect(d).toMatchObject({
      groupAssignees: ['UBND các huyện, thành phố có dự án đi qua'],
      groupKeys: ['districts'],
      dueDate: '2024-10-10',
    });
  });

  it('finds the assigner named mid-sentence and a conditional rule with work of its own', () => {
    const inspected = extract(
      'Qua kiểm tra thực địa, Chủ tịch UBND tỉnh đã chỉ đạo, giao trách nhiệm cho các đơn vị liên quan, khẩn trương hoàn thành công trình trong năm 2024 này.',
    );
    expect(inspected.map((d) => d.dueDate)).toEqual(['2024-12-31']);
    const rule = extract(
      'Trường hợp hồ sơ phải lấy ý kiến của Sở Tư pháp thì cơ quan chủ trì phải tham mưu bổ sung kịp thời. Trường hợp để chậm trễ, thủ trưởng cơ quan phải chịu trách nhiệm.',
    );
    expect(rule.map((d) => d.description)).toEqual([
      'Trường hợp hồ sơ phải lấy ý kiến của Sở Tư pháp thì cơ quan chủ trì phải tham mưu bổ sung kịp thời.',
    ]);
  });

  it('leaves the document acted on out: "Thực hiện Kết luận số …" is not work', () => {
    const drafts = extract(
      'Thực hiện Kết luận số 12-KL/TU ngày 10/01/2024 của Tỉnh ủy; Sở Y tế chủ trì tổ chức kiểm tra an toàn thực phẩm.',
    );
    expect(drafts.map((d) => [d.leadDepartmentId, d.description])).toEqual([
      [idOf('SYT'), 'Sở Y tế chủ trì tổ chức kiểm tra an toàn thực phẩm.'],
    ]);
  });

  it('keeps the work and the report on it together, and units listed as objects in their directive', () => {
    const reported = extract(
      'UBND các huyện, thành phố tổ chức đánh giá kết quả thực hiện; rà soát nhu cầu, gửi báo cáo về Sở Kế hoạch và Đầu tư trước ngày 28/5/2024.',
    );
    expect(reported.map((d) => [d.groupAssignees, d.dueDate])).toEqual([[['UBND các huyện, thành phố'], '2024-05-28']]);
    const urged = extract(
      'Sở Tài chính đôn đốc các sở, ngành liên quan; UBND các huyện, thành phố khẩn trương thực hiện; tổng hợp, báo cáo UBND tỉnh trước ngày 29/5/2024.',
    );
    expect(urged.map((d) => [d.leadDepartmentId, d.dueDate])).toEqual([[idOf('STC'), '2024-05-29']]);
  });

  it('reads the subject after an opening clause and a district the table does not know', () => {
    const [plan, report] = extract(
      'Trên cơ sở hướng dẫn của các Bộ, ngành, Sở Kế hoạch và Đầu tư chủ trì tham mưu UBND tỉnh ban hành kế hoạch. Hoàn thành trong quý I/2024. Sau khi ban hành kế hoạch, các sở, ngành định kỳ đánh giá kết quả thực hiện.',
    );
    expect(plan).toMatchObject({ leadDepartmentId: idOf('SKHDT'), dueDate: '2024-03-31' });
    expect(report.groupAssignees).toEqual(['các sở, ngành']);
    const [district] = extract('Riêng UBND huyện Khánh Sơn khẩn trương hoàn thiện hồ sơ trước ngày 25/3/2024.');
    expect(district).toMatchObject({ leadDepartmentId: null, dueDate: '2024-03-25' });
  });

  it('gives a department its own step after "để sở …" and keeps a conditional clause in its directive', () => {
    const drafts = extract(
      'UBND các huyện, thành phố hoàn thiện quy hoạch; gửi hồ sơ về Sở Tài chính trước ngày 28/3/2024 để sở thẩm định, trình UBND tỉnh trước ngày 10/4/2024.',
    );
    expect(drafts.map((d) => [d.leadDepartmentId, d.groupAssignees, d.dueDate])).toEqual([
      [null, ['UBND các huyện, thành phố'], '2024-03-28'],
      [idOf('STC'), [], '2024-04-10'],
    ]);
    const [standing, ...rest] = extract(
      'Sở Y tế thường xuyên theo dõi tình hình dịch bệnh; trường hợp cần thiết, tham mưu UBND tỉnh văn bản chỉ đạo, đặc biệt là dịp trước, trong và sau Tết Nguyên đán.',
    );
    expect(rest).toEqual([]);
    expect(standing).toMatchObject({ leadDepartmentId: idOf('SYT'), kind: 'standing', dueDate: null });
  });

  it('opens new work for the same units at a later clause led by its own adverb ("…; chủ động đề ra …")', () => {
    const drafts = extract(
      'Đề nghị UBND các huyện, thành phố tiếp tục rà soát lại công việc; kịp thời báo cáo UBND tỉnh các vướng mắc phát sinh; chủ động đề ra các giải pháp cụ thể nhằm đẩy nhanh tiến độ các dự án.',
    );
    expect(drafts.map((d) => [d.groupAssignees, d.description.slice(0, 20)])).toEqual([
      [['UBND các huyện, thành phố'], 'Đề nghị UBND các huy'],
      [['UBND các huyện, thành phố'], 'Chủ động đề ra các g'],
    ]);
  });

  it('splits a second assignment after a comma and reads the investor, the contractor and "các sở ngành" as assignees', () => {
    const drafts = extract(
      'Phó Chủ tịch UBND tỉnh yêu cầu đơn vị thi công đẩy nhanh tiến độ và đến ngày 10/02 hoàn thành phần móng, giao cho các sở ngành liên quan theo dõi, đôn đốc đơn vị thi công.',
    );
    expect(drafts.map((d) => [d.groupAssignees, d.dueDate])).toEqual([
      [['đơn vị thi công'], '2024-02-10'],
      [['các sở ngành liên quan'], null],
    ]);
    // "… đã chỉ đạo, giao trách nhiệm cho …" is one assignment.
    expect(
      extract('Qua kiểm tra, Chủ tịch UBND tỉnh đã chỉ đạo, giao chủ đầu tư khẩn trương hoàn thành công trình.'),
    ).toHaveLength(1);
  });

  it('keeps the addressees of one assignment listed between ";" with the work that follows them', () => {
    const drafts = extract(
      'Chủ tịch UBND tỉnh yêu cầu các thành viên Ban chỉ đạo các cấp; Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các huyện, thành phố thực hiện quyết liệt công tác phòng, chống dịch.',
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0].description).toContain('thực hiện quyết liệt');
  });

  it('reads an item opened by an adverb and a comma ("Tiếp tục chủ động, huy động …") as a directive', () => {
    const drafts = extract(
      'UBND tỉnh yêu cầu UBND các huyện, thành phố triển khai thực hiện các nội dung:\n\nTập trung rà soát các nhiệm vụ còn lại.\n\nTiếp tục chủ động, huy động, bố trí các nguồn lực khắc phục thiệt hại do thiên tai.',
    );
    expect(drafts.map((d) => [d.groupAssignees, d.description.slice(0, 24)])).toEqual([
      [['UBND các huyện, thành phố'], 'Tập trung rà soát các nh'],
      [['UBND các huyện, thành phố'], 'Tiếp tục chủ động, huy đ'],
    ]);
  });

  it('keeps "…; trong đó, …" in its directive, its time a time frame and not the deadline', () => {
    const drafts = extract(
      'Yêu cầu UBND các huyện, thành phố tập trung thực hiện các nhiệm vụ còn lại của kế hoạch năm 2024; trong đó, có giải pháp đẩy nhanh giải ngân vốn đầu tư công, phấn đấu cuối năm đạt tiến độ.',
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ dueDate: null, deadlineText: null });
    expect(drafts[0].description).toContain('trong đó, có giải pháp');
  });

  it('reads "kiến nghị" in a list of petitions as a noun, and a letter sent to units as a report', () => {
    const drafts = extract(
      'UBND thành phố vừa có văn bản gửi thủ trưởng các sở, ban, ngành; chủ tịch UBND các xã, phường, đặc khu về việc tăng cường công tác kiểm tra chuyên ngành. Theo đó, Chủ tịch UBND thành phố chỉ đạo giao thủ trưởng các sở, ban, ngành thành phố; chủ tịch UBND các xã, phường, đặc khu thực hiện nghiêm Chỉ thị 01/2025 về công tác tiếp công dân, giải quyết khiếu nại, tố cáo, phản ánh, kiến nghị.',
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0].groupAssignees).toEqual(['các sở, ban, ngành thành phố', 'UBND các xã, phường, đặc khu']);
    expect(drafts[0].title).toMatch(/^Thực hiện nghiêm Chỉ thị 01\/2025/);
  });

  it('reads the units of an article before their remit ("căn cứ chức năng, nhiệm vụ được giao …") and their action after it', () => {
    const drafts = extract(
      'Điều 2. Thủ trưởng các sở - ngành, Chủ tịch Ủy ban nhân dân các quận - huyện, Giám đốc các cơ quan, đơn vị và doanh nghiệp thuộc thành phố căn cứ chức năng, nhiệm vụ được giao và nội dung kế hoạch này xây dựng chương trình cụ thể; báo cáo kết quả thực hiện về Sở Tài nguyên và Môi trường định kỳ hàng năm.',
    );
    const groups = [
      'các sở - ngành',
      'Ủy ban nhân dân các quận - huyện',
      'các cơ quan, đơn vị và doanh nghiệp thuộc thành phố',
    ];
    expect(drafts.map((d) => [d.groupAssignees, d.title.slice(0, 24), d.kind])).toEqual([
      [groups, 'Xây dựng chương trình cụ', 'deadline'],
      [groups, 'Báo cáo kết quả thực hiệ', 'recurring'],
    ]);
    expect(drafts[0].leadDepartmentId).toBeNull();
  });

  it('reads "… địa bàn được giao phụ trách, quản lý" and "… lĩnh vực quản lý" as the remit, the work after it', () => {
    const titles = extractParagraphs(
      [
        'UBND tỉnh yêu cầu các đơn vị, địa phương căn cứ chức năng, nhiệm vụ và địa bàn được giao phụ trách, quản lý ' +
          'thực hiện nghiêm các kết luận của UBND tỉnh.',
        'Yêu cầu các sở, ngành theo chức năng, nhiệm vụ, lĩnh vực quản lý tăng cường kiểm tra an toàn thực phẩm.',
        'Yêu cầu các sở, ngành căn cứ chức năng, nhiệm vụ được giao quản lý chặt chẽ đất đai.',
      ],
      '2025-02-15',
    ).map((d) => d.title);
    expect(titles).toEqual([
      'Thực hiện nghiêm các kết luận của UBND tỉnh',
      'Tăng cường kiểm tra an toàn thực phẩm',
      'Quản lý chặt chẽ đất đai',
    ]);
  });

  it('gives the work the date of a paragraph of its own that sends its report, past an e-mail address after a colon', () => {
    const drafts = extract(
      "UBND tỉnh yêu cầu UBND các huyện, thành phố rà soát, báo cáo kết quả phòng, chống dịch từ ngày 30/01/2020 đến ngày 24/4/2020.\n\nBáo cáo gửi về Ủy ban nhân dân tỉnh (thông qua Sở Y tế) qua địa chỉ email: khnv@example.vn chậm nhất 10h00' ngày 27/4/2020.\n\nGiao Sở Y tế tổng hợp báo cáo gửi về UBND tỉnh trước 14h00 ngày 28/4/2020.",
      '2020-04-23',
    );
    expect(drafts.map((d) => [d.groupAssignees, d.leadDepartmentId, d.dueDate])).toEqual([
      [['UBND các huyện, thành phố'], null, '2020-04-27'],
      [[], idOf('SYT'), '2020-04-28'],
    ]);
  });

  it('reads "Thông tin từ Sở …, …" as the source of a report, not a directive', () => {
    expect(
      extract('Thông tin từ Sở Công Thương, chỉ số sản xuất công nghiệp tháng 8 tăng 2,23% so với cùng kỳ.'),
    ).toEqual([]);
  });

  it('reads a project board the table does not know as the subject of its work', () => {
    const drafts = extract(
      'Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến:\n1. Đồng ý về chủ trương bổ sung một số nội dung của dự án.\n2. Ban QLDA đầu tư xây dựng các công trình Nông nghiệp và PTNT khẩn trương hoàn thiện hồ sơ điều chỉnh, bổ sung dự án theo quy định, đảm bảo hoàn thành công trình trong năm 2018.',
      '2018-08-15',
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ dueDate: '2018-12-31', leadDepartmentId: null });
    expect(drafts[0].description).toMatch(/^Ban QLDA/);
  });

  it('reads an assignment ending in ":" with nothing after it as the directive', () => {
    const drafts = extract(
      'Theo đề nghị của Bộ Xây dựng tại Công văn số 788/BXD-QLN ngày 27/02/2024; Phó Chủ tịch UBND tỉnh giao Sở Xây dựng chủ trì, phối hợp với các sở, ban, ngành, địa phương triển khai một số nội dung sau:',
    );
    expect(drafts.map((d) => [d.leadDepartmentId, d.title])).toEqual([[idOf('SXD'), 'Triển khai một số nội dung sau']]);
    // Followed by its items, the same sentence stays a preamble.
    expect(
      extract(
        'Giao Sở Xây dựng chủ trì triển khai một số nội dung sau:\n1. Rà soát quỹ đất nhà ở xã hội.\n2. Đề xuất cơ chế hỗ trợ nhà đầu tư.',
      ).map((d) => d.title),
    ).toEqual(['Rà soát quỹ đất nhà ở xã hội', 'Đề xuất cơ chế hỗ trợ nhà đầu tư']);
  });

  it('reads "kiến nghị" after "và", "những", "nội dung" or before ", đề nghị" as petitions, not a recommendation', () => {
    const drafts = extract(
      'Chủ tịch UBND tỉnh giao các sở, ngành khẩn trương rà soát và thực hiện các chỉ đạo tại Công văn số 2063/UBND-TH và kiến nghị, đề nghị trong báo cáo của Hiệp hội Doanh nghiệp tỉnh.',
    );
    expect(drafts.map((d) => d.groupAssignees)).toEqual([['các sở, ngành']]);
  });

  it('reads the chairman\'s "chỉ đạo" as the assigner\'s verb, but not "tham mưu UBND tỉnh chỉ đạo"', () => {
    const [investors] = extract(
      'Từ kết quả đó, Chủ tịch UBND tỉnh tiếp tục chỉ đạo các chủ đầu tư cần tập trung giải ngân vốn kế hoạch năm 2020 trong thời gian còn lại (đến ngày 31.1.2021), với mục tiêu đạt kết quả cao nhất.',
      '2021-01-24',
    );
    expect(investors).toMatchObject({ groupAssignees: ['các chủ đầu tư'], dueDate: '2021-01-31' });
    expect(extract('Chủ tịch UBND tỉnh chỉ đạo Sở Tài chính tập trung giải ngân vốn.')[0].leadDepartmentId).toBe(
      idOf('STC'),
    );
    const [plan] = extract(
      'Sở Tài chính tham mưu Ủy ban nhân dân tỉnh chỉ đạo tổ chức triển khai kế hoạch; tổ chức sơ kết hằng năm.',
    );
    expect(plan.leadDepartmentId).toBe(idOf('STC'));
  });

  it('reads "Đối với …, giao cơ quan chủ trì …" as an assignment after the matter it concerns', () => {
    const drafts = extract(
      [
        'Chủ tịch UBND tỉnh giao các sở, ngành khẩn trương rà soát các kiến nghị của doanh nghiệp.',
        'Đối với những kiến nghị có tính chất phức tạp, phải có sự phối hợp giữa nhiều cơ quan, giao cơ quan chủ trì xây dựng kế hoạch, lộ trình giải quyết chi tiết.',
      ].join('\n\n'),
    );
    expect(drafts).toHaveLength(2);
    expect(drafts[1].description).toContain('xây dựng kế hoạch, lộ trình giải quyết');
    // A matter with no work after it is not a directive.
    expect(extract('Đối với những kiến nghị đã giải quyết, giao kết quả cho doanh nghiệp đúng hạn.')).toHaveLength(0);
  });

  it('leaves out the news lead that sums up a letter to "the units concerned" when its items follow', () => {
    const lead =
      '(QNO) - UBND tỉnh vừa có văn bản yêu cầu các sở ngành, địa phương liên quan xử lý kiến nghị của doanh nghiệp.';
    const items = [
      'UBND tỉnh yêu cầu thủ trưởng các đơn vị, chủ tịch UBND huyện, thị xã, thành phố khẩn trương xử lý dứt điểm các nội dung; báo cáo UBND tỉnh trước ngày 20.7.2021.',
      'Sở Nội vụ tham mưu biện pháp xử lý đối với đơn vị chậm thực hiện.',
    ].join('\n\n');
    const drafts = extract(`${lead}\n\n${items}`, '2021-07-01');
    expect(drafts.map((d) => d.dueDate)).toEqual(['2021-07-20', null]);
    // Alone, the lead is the directive; and a lead naming its addressees keeps its own work.
    expect(extract(lead)).toHaveLength(1);
    const named =
      'Chủ tịch UBND tỉnh vừa có văn bản yêu cầu Thủ trưởng các sở, ban ngành, Chủ tịch UBND các huyện, thành phố nghiêm túc quán triệt Chỉ thị số 27/CT-TTg.';
    expect(extract(`${named}\n\n${items}`)).toHaveLength(3);
  });

  it('reads a body the table does not know, addressed by the assigner, as given the work after its name', () => {
    const drafts = extract(
      [
        'Được sự đồng ý của Tổng Công ty Điện lực miền Trung, UBND tỉnh giao Ban Quản lý Khu kinh tế tỉnh thông báo cho các nhà đầu tư đến làm việc trực tiếp với Công ty Điện lực.',
        'Bên cạnh đó, UBND tỉnh chỉ đạo Ban Quản lý Khu kinh tế tỉnh có trách nhiệm hỗ trợ Công ty Điện lực trong công tác giải phóng mặt bằng.',
      ].join('\n\n'),
    );
    expect(drafts.map((d) => d.title)).toEqual([
      expect.stringContaining('thông báo cho các nhà đầu tư'),
      expect.stringContaining('hỗ trợ Công ty Điện lực'),
    ]);
    // A board whose name holds verbs ("đầu tư xây dựng các công trình"), sent the letter by its closing formula, is given nothing.
    expect(
      extract(
        'Chủ tịch UBND tỉnh yêu cầu Giám đốc Ban QLDA đầu tư xây dựng các công trình Nông nghiệp & PTNT và Thủ trưởng các đơn vị có liên quan triển khai thực hiện.',
      ),
    ).toHaveLength(0);
  });

  it('keeps the unit\'s own letter ("thì có văn bản đề nghị UBND huyện …") in its work, dated by a paragraph reporting to the committee', () => {
    const drafts = extract(
      [
        'Giao Sở Tài nguyên và Môi trường rà soát các hành vi vi phạm của các doanh nghiệp; những vấn đề thuộc thẩm quyền của cấp huyện thì có văn bản đề nghị UBND huyện Quế Phong xử lý.',
        'Báo cáo kết quả thực hiện cho UBND tỉnh trước ngày 10/8/2014.',
      ].join('\n\n'),
      '2014-07-23',
    );
    expect(drafts.map((d) => [d.leadDepartmentId, d.dueDate])).toEqual([[idOf('STNMT'), '2014-08-10']]);
    // The committee's own letter still assigns.
    const [committee] = extract('UBND tỉnh vừa có văn bản đề nghị Sở Tài chính rà soát các khoản chi.');
    expect(committee.leadDepartmentId).toBe(idOf('STC'));
  });

  it("reads a holiday duty letter: the list's own deadline, units named among bodies, report paragraphs and an addressee clause", () => {
    const drafts = extract(
      [
        'Theo đó UBND tỉnh giao Các Sở, ban, ngành và UBND các huyện, thị xã, thành phố tổ chức trực trong thời gian nghỉ Tết, lập danh sách lãnh đạo trực Tết từ ngày 10/02 đến hết ngày 16/02/2021 gửi về UBND tỉnh trước ngày 30/01/2021.',
        'Công an tỉnh, Sở Y tế, Ban An toàn giao thông tỉnh thường xuyên cập nhật tình hình, báo cáo Thường trực Tỉnh ủy theo đúng nội dung yêu cầu tại Công văn số 286-CV/TU.',
        'Báo cáo nhanh gửi trước 14h00 ngày 13/02/2021 (tức ngày mùng 02 Tết).',
        'Tất cả các sở, ban, ngành, UBND các huyện, thị xã, thành phố; Báo cáo tổng hợp tình hình trước, trong và sau Tết Nguyên đán, gửi UBND tỉnh trước 8h00 ngày 16/02/2021',
      ].join('\n\n'),
      '2021-01-21',
    );
    expect(drafts.map((d) => [d.leadDepartmentId, d.dueDate])).toEqual([
      [null, '2021-01-30'],
      [idOf('CA'), '2021-02-13'],
      [null, '2021-02-16'],
    ]);
    expect(drafts[1].leadCandidates.map((c) => c.departmentId)).toEqual([idOf('CA'), idOf('SYT')]);
    expect(drafts[2].groupAssignees).toEqual(['các sở, ban, ngành', 'UBND các huyện, thị xã, thành phố']);
  });

  it('does not read "giao thông", "Giáo dục" or "bàn giao" as an assignment, nor the partner after an opening "Phối hợp với" as the lead', () => {
    const [education] = extract('Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi an toàn.');
    expect(education.leadDepartmentId).toBe(idOf('SGDDT'));
    const [handover] = extract('Phối hợp chặt chẽ với Văn phòng UBND tỉnh tổ chức bàn giao mặt bằng.');
    expect(handover.leadDepartmentId).toBeNull();
  });

  it("leaves out what the committee had assigned under a document, told before the chair's conclusion of a meeting", () => {
    const before =
      'Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh, UBND tỉnh giao các sở, ngành, đơn vị tham mưu 30 đề án, chương trình thực hiện.';
    const conclusion =
      'Phát biểu chỉ đạo cuộc họp, Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành liên quan khẩn trương triển khai thực hiện các đề án được giao.';
    const drafts = extract(`${before}\n\n${conclusion}`);
    expect(drafts.map((d) => d.groupAssignees)).toEqual([['các sở, ngành liên quan']]);
    // Without a conclusion after it, the assignment is the directive.
    expect(extract(before)).toHaveLength(1);
  });

  it('does not read a page\'s dateline ("Cập nhật lúc15:53, Thứ Sáu, 01/02/2019") as a directive', () => {
    const drafts = extractParagraphs(
      [
        'Triển khai các nhiệm vụ cấp bách bảo đảm trật tự an toàn giao thông',
        'Cập nhật lúc15:53, Thứ Sáu, 01/02/2019 (GMT+7)',
        'Công an tỉnh thực hiện nghiêm Chỉ thị số 01/CT-BCA ngày 9-1-2019 của Bộ trưởng Bộ Công an.',
      ],
      '2019-01-28',
    );
    expect(drafts.map((d) => d.leadDepartmentId)).toEqual([idOf('CA')]);
  });

  it('leaves out the lead that tells a letter was issued when "Theo đó, …" gives its items', () => {
    const told =
      'Nhằm chấn chỉnh tình trạng nêu trên, UBND tỉnh đã ban hành Công văn số 3262/UBND-KTKH ngày 06/7/2018 yêu cầu các Sở, Ban, ngành, UBND các huyện, thị xã nghiêm túc triển khai thực hiện việc trả lời kiến nghị của doanh nghiệp.';
    const items =
      'Theo đó, UBND tỉnh yêu cầu Thủ trưởng các Sở, Ban, ngành, Chủ tịch UBND các huyện, thị xã khẩn trương và nghiêm túc thực hiện việc trả lời (bằng văn bản) cho doanh nghiệp.';
    const drafts = extract(`${told}\n\n${items}`, '2018-07-06');
    expect(drafts).toHaveLength(1);
    expect(drafts[0].description).toMatch(/^Theo đó/);
    // Alone, the letter's lead is the directive.
    expect(extract(told, '2018-07-06')).toHaveLength(1);
  });

  it('reads "các đơn vị nêu trên" as the addressees named before, a paragraph with no subject as more of their work, dated by "trong thời gian nêu trên"', () => {
    const units = [
      { id: 1, name: 'Công an tỉnh' },
      { id: 2, name: 'Sở Giao thông vận tải' },
    ];
    const drafts = extractDirectives(
      [
        'Chiều 20/5, UBND tỉnh có văn bản hoả tốc gửi Công an tỉnh, Sở Giao thông Vận tải, UBND các huyện, thành phố về việc bảo đảm giao thông trong ngày bầu cử.',
        'Theo đó, UBND tỉnh yêu cầu các đơn vị nêu trên khẩn trương chỉ đạo lực lượng cảnh sát giao thông tăng cường tuần tra, kiểm soát; đặc biệt là không để xe tải đi vào các tuyến đường có điểm bỏ phiếu, trong thời gian từ 5 giờ đến 14 giờ ngày 23/5/2021.',
        'Kiểm tra, rà soát và lắp đặt tạm các biển báo trong thời gian nêu trên.',
      ].join('\n\n'),
      { departments: units, date: '2021-05-20' },
    );
    expect(drafts.map((d) => [d.leadCandidates.map((c) => c.departmentId), d.groupAssignees, d.dueDate])).toEqual([
      [[1, 2], ['UBND các huyện, thành phố'], '2021-05-23'],
      [[1, 2], ['UBND các huyện, thành phố'], '2021-05-23'],
    ]);
    expect(drafts.map((d) => d.leadDepartmentId)).toEqual([1, 1]);
    expect(drafts[0].title).toMatch(/^Khẩn trương chỉ đạo/);
  });

  it('reads a department named with a dash between its words ("Sở Giao thông - Vận tải")', () => {
    const [draft] = extractDirectives(
      'Giao Sở Giao thông - Vận tải - Cơ quan Thường trực Ban An toàn giao thông tỉnh kiểm tra, đôn đốc và tổng hợp kết quả thực hiện trước ngày 8-2-2019.',
      { departments: [{ id: 7, name: 'Sở Giao thông vận tải' }], date: '2019-01-28' },
    );
    expect(draft).toMatchObject({ leadDepartmentId: 7, dueDate: '2019-02-08' });
  });

  it('reads the units after an opening "Theo Quyết định …," and a sentence opening with "Trên cơ sở đó," or "Định kỳ hằng quý" as directives', () => {
    const drafts = extractParagraphs(
      [
        'Theo Quyết định 1726 của Chủ tịch UBND tỉnh, các sở, ban, ngành và UBND cấp huyện có trách nhiệm tổ chức thực hiện việc giải quyết các thủ tục được ủy quyền.',
        'Các cơ quan được phép sử dụng con dấu của mình. Trên cơ sở đó, tổng hợp kết quả, khó khăn trong quá trình thực hiện, báo cáo UBND tỉnh.',
        'Chủ tịch UBND tỉnh, giao các sở, ban, ngành có trách nhiệm theo dõi, hướng dẫn các cơ quan tổ chức giải quyết các thủ tục. Định kỳ hằng quý tổng hợp kết quả thực hiện, báo cáo UBND tỉnh qua Sở Nội vụ.',
      ],
      '2023-08-16',
    );
    // Carrying out the procedures delegated is standing work.
    expect(drafts.map((d) => [d.groupAssignees, d.kind])).toEqual([
      [['các sở, ban, ngành', 'UBND cấp huyện'], 'standing'],
      [[], 'deadline'],
      [['các sở, ban, ngành'], 'standing'],
      [['các sở, ban, ngành'], 'recurring'],
    ]);
    expect(drafts[1].description).toMatch(/^Trên cơ sở đó, tổng hợp/);
  });

  it('leaves out the lead that names the letter by its number and sums it up for groups, when later paragraphs assign the work', () => {
    const lead =
      'Ngày 20/10, UBND tỉnh có văn bản số 13080/UBND-VP yêu cầu các sở, ngành, địa phương triển khai tổng rà soát, kiểm tra an toàn về PCCC trên địa bàn tỉnh.';
    const items = [
      'UBND tỉnh giao Công an tỉnh chủ trì tham mưu UBND tỉnh thành lập đoàn kiểm tra.',
      'Các sở, ngành có liên quan chủ động phối hợp với Công an tỉnh rà soát, kiểm tra an toàn PCCC đối với các cơ sở thuộc diện quản lý.',
    ];
    const drafts = extractParagraphs([lead, ...items], '2022-10-20');
    expect(drafts.map((d) => [d.leadDepartmentId, d.groupAssignees])).toEqual([
      [idOf('CA'), []],
      [null, ['Các sở, ngành có liên quan']],
    ]);
    // A lead that asks for work on a document named by its number still is a directive.
    const own =
      'Chủ tịch UBND tỉnh vừa có văn bản yêu cầu các sở, ban, ngành nghiêm túc quán triệt và triển khai thực hiện Chỉ thị số 27/CT-TTg ngày 19/11/2019.';
    expect(extractParagraphs([own, items[0]], '2019-12-02')).toHaveLength(2);
  });

  it('reads "đề nghị," with a comma after an opening clause, "Các sở: Y tế, Công Thương, …" before "theo chức năng", and a quoted direction', () => {
    const [comma] = extract(
      'Phát biểu tại phiên họp, Chủ tịch UBND tỉnh đề nghị, Sở Kế hoạch và Đầu tư, các ngành, địa phương cần tập trung đẩy nhanh tiến độ giải ngân vốn đầu tư công.',
    );
    expect(comma).toMatchObject({ leadDepartmentId: idOf('SKHDT'), groupAssignees: ['các ngành, địa phương'] });
    const drafts = extract(
      'Các sở: Y tế, Công Thương, Nông nghiệp và Phát triển nông thôn theo chức năng, nhiệm vụ được giao chủ động kiểm tra an toàn thực phẩm.',
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0].leadCandidates.map((c) => c.departmentId)).toEqual([idOf('SYT'), idOf('SCT'), idOf('SNNPTNT')]);
    expect(drafts[0].title).toBe('Chủ động kiểm tra an toàn thực phẩm');
    const [quoted] = extract(
      'Chủ tịch UBND tỉnh yêu cầu: “Sở Xây dựng phải hoàn thành việc rà soát quy hoạch trước ngày 30/4/2024”.',
    );
    expect(quoted).toMatchObject({
      leadDepartmentId: idOf('SXD'),
      dueDate: '2024-04-30',
      title: 'Hoàn thành việc rà soát quy hoạch',
    });
  });

  it('splits the items of "… bao gồm: (1) …; (2) …" even when an item reads like a follow-up', () => {
    const drafts = extract(
      'UBND tỉnh giao Sở Kế hoạch và Đầu tư chủ trì triển khai các nhiệm vụ trọng tâm, bao gồm: (1) Hoàn thiện hồ sơ dự án; (2) Trình phê duyệt chủ trương đầu tư trong tháng 4/2024.',
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId, d.dueDate])).toEqual([
      ['Hoàn thiện hồ sơ dự án', idOf('SKHDT'), null],
      ['Trình phê duyệt chủ trương đầu tư', idOf('SKHDT'), '2024-04-30'],
    ]);
  });

  it('keeps "…; cơ bản hoàn thành … trong tháng 6-2020" as the date of the same work', () => {
    const drafts = extract(
      'UBND thành phố vừa có văn bản giao Sở Y tế chủ trì, phối hợp với các sở, ngành liên quan đẩy mạnh triển khai thực hiện Công điện số 05/CĐ-BYT; cơ bản hoàn thành việc hỗ trợ trong tháng 6-2020 và thực hiện báo cáo theo yêu cầu của Bộ Y tế.',
      '2020-06-24',
    );
    expect(drafts.map((d) => [d.leadDepartmentId, d.dueDate])).toEqual([[idOf('SYT'), '2020-06-30']]);
  });

  it('reads the office conveying a direction as no work, "Chủ trì, phối hợp …" with no subject as led by the unit just named, and "có thời hạn hoàn thành …" as a term of the things named', () => {
    const drafts = extractParagraphs(
      [
        'Văn phòng UBND tỉnh truyền đạt ý kiến của đồng chí Phó Chủ tịch UBND tỉnh chỉ đạo, đôn đốc triển khai thực hiện công tác chuyển đổi số, tại Công văn số 2881/VP-KGVX, ngày 07/5/2025.',
        'Theo đó, yêu cầu Sở Khoa học và Công nghệ chủ trì, phối hợp với các cơ quan liên quan rà soát, chủ động triển khai thực hiện các nội dung thuộc trách nhiệm của địa phương. Chủ trì, phối hợp với các cơ quan liên quan rà soát lại các nhiệm vụ UBND tỉnh đã giao cho các cơ quan, đơn vị, địa phương tại các Kế hoạch có thời hạn hoàn thành trong năm 2025; báo cáo UBND tỉnh về tiến độ.',
      ],
      '2025-05-07',
    );
    expect(drafts.map((d) => [d.leadDepartmentId, d.dueDate])).toEqual([
      [idOf('SKHCN'), null],
      [idOf('SKHCN'), null],
    ]);
  });

  it('reads "các cơ quan chuyên môn thuộc UBND tỉnh" as a group and the units after an opening "Đối với …," as the subject of a noted point', () => {
    const drafts = extractParagraphs(
      [
        'Theo đó, Ủy ban nhân dân tỉnh yêu cầu thủ trưởng các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, Công an tỉnh theo chức năng, nhiệm vụ được giao khẩn trương tham mưu các nội dung trình kỳ họp. Trong đó, lưu ý một số nội dung sau:',
        '1. Đối với Nghị quyết là văn bản quy phạm pháp luật, các cơ quan, đơn vị chủ trì hoàn thiện hồ sơ gửi về Ủy ban nhân dân tỉnh chậm nhất trong ngày 01 tháng 11 năm 2023.',
      ],
      '2023-10-24',
    );
    expect(drafts.map((d) => [d.leadDepartmentId, d.groupAssignees, d.dueDate])).toEqual([
      [idOf('CA'), ['các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh'], null],
      [null, ['các cơ quan, đơn vị'], '2023-11-01'],
    ]);
  });

  it('reads "Các trường hợp … cần phải khẩn trương tham mưu" as work, "kỳ họp cuối năm" as no deadline, and the earliest of dates given for parts', () => {
    const drafts = extractParagraphs(
      [
        'UBND tỉnh yêu cầu các sở, ngành thống nhất tiến độ trình hồ sơ cho tỉnh chậm nhất là ngày 10/10/2023 đối với dự thảo nghị quyết cá biệt và chậm nhất là ngày 15/9/2023 đối với dự thảo nghị quyết là văn bản quy phạm pháp luật.',
        'Các trường hợp đăng ký bổ sung danh mục nghị quyết trình tại kỳ họp cuối năm của HĐND tỉnh cần phải khẩn trương tham mưu để kịp tiến độ yêu cầu.',
      ],
      '2023-09-13',
    );
    expect(drafts.map((d) => d.dueDate)).toEqual(['2023-09-15', null]);
  });

  it('leaves out the lead that tells a letter was issued when "Theo đó, yêu cầu …:" lists its items', () => {
    const drafts = extractParagraphs(
      [
        '(Baoquangngai.vn)- Chủ tịch UBND tỉnh vừa ban hành văn bản chỉ đạo thực hiện phương án sắp xếp số lượng cấp phó.',
        'Theo đó, yêu cầu Thủ trưởng các sở, ban ngành tỉnh, Chủ tịch UBND các huyện, thành phố: Thực hiện nghiêm các quy định trong công tác bổ nhiệm cán bộ.',
      ],
      '2018-02-24',
    );
    expect(drafts.map((d) => d.title)).toEqual(['Thực hiện nghiêm các quy định trong công tác bổ nhiệm cán bộ']);
  });

  it('leaves out a title that tells what the committee directed when the body gives a named unit the work', () => {
    const text = [
      'UBND tỉnh chỉ đạo tham mưu giải quyết đề nghị của Công ty Cổ phần Xây dựng An Phát.',
      'Ủy ban nhân dân tỉnh nhận được văn bản của Công ty về việc xin gia hạn thuê đất; sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo:',
      'Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp các sở, ngành liên quan nghiên cứu, tham mưu UBND tỉnh giải quyết theo quy định.',
    ].join('\n');
    const drafts = extract(text, '2019-05-06');
    expect(drafts.map((d) => [d.title.slice(0, 24), d.leadDepartmentId])).toEqual([
      ['Nghiên cứu, tham mưu UBN', idOf('STNMT')],
    ]);
    // Standing alone, the title is the only direction the text gives.
    expect(
      extract('UBND tỉnh chỉ đạo tăng cường công tác phòng cháy, chữa cháy rừng trong mùa khô.', '2019-05-06'),
    ).toHaveLength(1);
  });

  it("does not take a newspaper's praise of what the chairman directed for a directive", () => {
    const drafts = extractParagraphs(
      [
        'Ngày 12-3-2019, UBND tỉnh có công văn giao Sở Tài nguyên và Môi trường kiểm tra, xác minh nội dung báo nêu, báo cáo kết quả với Chủ tịch UBND tỉnh trước ngày 30-3-2019.',
        'Báo hoan nghênh UBND tỉnh, đồng chí Chủ tịch UBND tỉnh đã kịp thời tiếp thu ý kiến bạn đọc và sớm chỉ đạo giải quyết vụ việc.',
      ],
      '2019-03-12',
    );
    expect(drafts.map((d) => [d.leadDepartmentId, d.dueDate])).toEqual([[idOf('STNMT'), '2019-03-30']]);
  });

  it('reads "Chủ tịch UBND huyện Ba Bể" as the district of the table, not as the group of district chairmen', () => {
    const [draft] = extract(
      'UBND tỉnh giao Chủ tịch UBND huyện Ba Bể chỉ đạo kiểm tra, xác minh nội dung báo nêu, báo cáo kết quả với Chủ tịch UBND tỉnh trước ngày 30-3-2019.',
      '2019-03-12',
    );
    expect(draft).toMatchObject({ leadDepartmentId: idOf('UBND-BB'), groupAssignees: [], dueDate: '2019-03-30' });
    // The group form itself stays a group.
    expect(extract('Yêu cầu Chủ tịch UBND các huyện, thành phố khẩn trương kiểm tra.')[0].groupAssignees).toEqual([
      'UBND các huyện, thành phố',
    ]);
  });

  it('reads items numbered "1- …", leaves out the addressees after "Kính gửi:" and the closing "thực hiện nghiêm chỉ đạo này"', () => {
    const text = [
      'Kính gửi:',
      '- Sở Y tế;',
      '- VP. Ban chỉ huy phòng chống thiên tai tỉnh;',
      '- UBND các huyện, thành phố.',
      'Để chủ động ứng phó với bão, UBND tỉnh chỉ đạo:',
      '1- Tạm dừng các hoạt động lễ hội đông người kể từ sáng ngày 05-10-2020 đến khi bão tan;',
      '2- UBND các huyện, thành phố sơ tán dân khỏi vùng nguy hiểm, xong trước 17 giờ ngày 05-10-2020.',
      'Yêu cầu các ngành, địa phương thực hiện nghiêm chỉ đạo này.',
    ].join('\n');
    const drafts = extract(text, '2020-10-04');
    expect(drafts.map((d) => [d.title.slice(0, 20), d.groupAssignees, d.dueDate])).toEqual([
      ['Tạm dừng các hoạt độ', [], null],
      ['Sơ tán dân khỏi vùng', ['UBND các huyện, thành phố'], '2020-10-05'],
    ]);
    // Standing alone, a direction to carry out a letter is still one.
    expect(extract('Yêu cầu các sở, ngành thực hiện nghiêm Chỉ thị này.')).toHaveLength(1);
  });

  it('takes what was directed before ("… đã được UBND tỉnh chỉ đạo … tại Công văn số …") for history and the direction after ";" for the work', () => {
    const drafts = extract(
      'Nội dung kiến nghị của công dân đã được UBND tỉnh chỉ đạo UBND huyện Ba Bể kiểm tra, giải quyết tại Công văn số 512/UBND-KT ngày 04/10/2023; yêu cầu UBND huyện Ba Bể kịp thời kiểm tra, giải quyết, trả lời công dân và báo cáo UBND tỉnh trước ngày 20/11/2023.',
      '2023-10-27',
    );
    expect(drafts.map((d) => [d.title.slice(0, 20), d.leadDepartmentId, d.dueDate])).toEqual([
      ['Kịp thời kiểm tra, g', idOf('UBND-BB'), '2023-11-20'],
    ]);
  });

  it('keeps the addressees after "UBND tỉnh đã chỉ đạo …;" with their work, reads "25 kiến nghị" as a noun and "Việc hoàn thành … trước ngày …" as the date of the work before', () => {
    const text =
      'UBND tỉnh đã chỉ đạo thủ trưởng các sở, ban, ngành liên quan; chủ tịch UBND các huyện, thành phố căn cứ nội dung của 18 kiến nghị của cử tri để xem xét, xử lý và trả lời cử tri.\n\n' +
      'Việc giải quyết các kiến nghị của cử tri phải hoàn thành trước ngày 15/3/2021.';
    const [only, ...more] = extract(text, '2021-02-20');
    expect(more).toEqual([]);
    expect(only.groupAssignees).toEqual(['các sở, ban, ngành liên quan', 'UBND các huyện, thành phố']);
    expect(only).toMatchObject({ dueDate: '2021-03-15', deadlineText: 'trước ngày 15/3/2021' });
  });

  it('reads "các UBND các huyện" as the districts, "Chủ động sử dụng …" as more of their work, and leaves out a lead that tells of a letter naming no unit', () => {
    const lead =
      'Để khẩn trương khắc phục hậu quả do cơn bão gây ra, UBND tỉnh vừa có công văn chỉ đạo triển khai thực hiện các phần việc cụ thể.';
    const body =
      'UBND tỉnh chỉ đạo các UBND các huyện, thị xã, thành phố trong tỉnh tổ chức thăm hỏi, động viên gia đình có người thân bị thiệt mạng do bão, lũ. ' +
      'Chủ động sử dụng ngân sách địa phương để ứng phó, khắc phục hậu quả thiệt hại đúng theo quy định.';
    const drafts = extractParagraphs([lead, body], '2021-09-14');
    expect(drafts.map((d) => [d.title.slice(0, 20), d.groupAssignees])).toEqual([
      ['Tổ chức thăm hỏi, độ', ['các UBND các huyện, thị xã, thành phố trong tỉnh']],
      ['Chủ động sử dụng ngâ', ['các UBND các huyện, thị xã, thành phố trong tỉnh']],
    ]);
    // Standing alone, the lead is still the only direction the text gives.
    expect(extract(lead, '2021-09-14')).toHaveLength(1);
  });

  it('reads the heads of the departments and sectors written apart as groups, "giao Sở X có văn bản gửi …" as work given to X, and the places named after "các huyện:" as no list', () => {
    const heads = extract(
      'Để chủ động trong công tác phòng cháy, chữa cháy rừng, UBND tỉnh yêu cầu Giám đốc các Sở, Thủ trưởng các ban ngành và Chủ tịch UBND các huyện, thành phố, thị xã triển khai thực hiện tốt các nội dung tại công văn này.',
      '2019-05-06',
    );
    expect(heads.map((d) => d.groupAssignees)).toEqual([
      ['các Sở', 'các ban ngành', 'UBND các huyện, thành phố, thị xã'],
    ]);
    expect(extract('Yêu cầu các sở, ban ngành khẩn trương kiểm tra.')[0].groupAssignees).toEqual(['các sở, ban ngành']);

    const letter = extract(
      'UBND tỉnh giao Sở Kế hoạch và Đầu tư có văn bản gửi các doanh nghiệp, đề nghị các doanh nghiệp phản ánh khó khăn vướng mắc. Trên cơ sở đó chủ trì, phối hợp với các Sở, ban, ngành trả lời, giải quyết kiến nghị của các doanh nghiệp theo thẩm quyền.',
      '2020-04-10',
    );
    expect(letter.map((d) => [d.title.slice(0, 20), d.leadDepartmentId])).toEqual([
      ['Có văn bản gửi các d', idOf('SKHDT')],
      ['Trả lời, giải quyết ', idOf('SKHDT')],
    ]);
    // Told of the committee itself, the letter sent still assigns nothing.
    expect(extract('UBND tỉnh vừa có văn bản gửi các doanh nghiệp về việc phản ánh khó khăn.', '2020-04-10')).toEqual(
      [],
    );

    const places = extract(
      'Chủ tịch UBND tỉnh đã ký ban hành Quyết định công bố hết dịch bệnh tại các huyện: Giao Thuỷ, Xuân Trường, Hải Hậu, Trực Ninh.\n\n' +
        'Chủ tịch UBND tỉnh giao Sở NN và PTNT xây dựng kế hoạch, hướng dẫn UBND các huyện: Giao Thuỷ, Xuân Trường, Hải Hậu, Trực Ninh chủ động thực hiện đồng bộ các giải pháp phòng, chống dịch bệnh.',
      '2017-11-13',
    );
    expect(places.map((d) => [d.title.slice(0, 20), d.leadDepartmentId])).toEqual([
      ['Xây dựng kế hoạch, h', idOf('SNNPTNT')],
    ]);
  });

  it('reads "theo kiến nghị của …" as a noun, not a recommendation, and a report of the results to a unit with a date as the date of the work before it', () => {
    const text = [
      'Đồng chí Phó Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:',
      'Giao Sở Tài nguyên và Môi trường, Sở Xây dựng căn cứ chức năng, nhiệm vụ chủ trì, nghiêm túc thực hiện đầy đủ các kiến nghị của Kiểm toán Nhà nước; tổng hợp báo cáo kết quả thực hiện về Sở Tài nguyên và Môi trường trước ngày 10/12/2022.',
      'Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với các cơ quan, đơn vị có liên quan: Nghiên cứu, tham mưu Ủy ban nhân dân tỉnh giải quyết các nội dung theo kiến nghị của Kiểm toán Nhà nước, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/7/2022.',
    ].join('\n');
    expect(extract(text, '2022-07-01').map((d) => [d.title.slice(0, 20), d.leadDepartmentId, d.dueDate])).toEqual([
      ['Nghiêm túc thực hiện', idOf('STNMT'), '2022-12-10'],
      ['Nghiên cứu, tham mưu', idOf('STNMT'), '2022-07-30'],
    ]);
    // A report due every year is a standing duty of its own.
    const yearly = extract(
      'Sở Xây dựng kiểm tra các công trình; báo cáo kết quả thực hiện về Sở Tài nguyên và Môi trường định kỳ hàng năm.',
      '2022-07-01',
    );
    expect(yearly).toHaveLength(2);
  });

  it("reads a person the text names as head of a department as that department, the staff of a department as the department, a short phrase after the assigner's verb and an opening clause before the assigner", () => {
    const text = [
      'Sáng 11/6, Chủ tịch UBND tỉnh trao Quyết định bổ nhiệm đồng chí Nguyễn Thế Sơn, Phó Giám đốc phụ trách Sở Giáo dục và Đào tạo giữ chức Giám đốc Sở Giáo dục và Đào tạo.',
      'Chúc mừng và giao nhiệm vụ cho tân Giám đốc, Chủ tịch UBND tỉnh Nguyễn Hương Giang đề nghị, trên cương vị công tác mới, đồng chí Nguyễn Thế Sơn tiếp tục nêu cao tinh thần trách nhiệm.',
      'Chủ tịch UBND tỉnh cũng đề nghị tập thể lãnh đạo, cán bộ, công chức, viên chức, người lao động Sở Giáo dục và Đào tạo hỗ trợ, tạo điều kiện thuận lợi nhất để đồng chí Nguyễn Thế Sơn hoàn thành tốt nhiệm vụ.',
    ].join('\n');
    expect(extract(text, '2021-06-11').map((d) => [d.title.slice(0, 20), d.leadDepartmentId])).toEqual([
      ['Tiếp tục nêu cao tin', idOf('SGDDT')],
      ['Hỗ trợ, tạo điều kiệ', idOf('SGDDT')],
    ]);
    // A person the text does not name with a department is no unit.
    expect(
      extract('Chủ tịch UBND tỉnh đề nghị đồng chí Nguyễn Văn An tiếp tục nêu cao tinh thần trách nhiệm.')[0]
        ?.leadDepartmentId ?? null,
    ).toBeNull();
  });

  it('reads "Sở X có nhiệm vụ …" as the duty given to X, dated by "…; trình UBND tỉnh trước ngày …"', () => {
    const drafts = extract(
      'Trên cơ sở báo cáo của các đơn vị, địa phương, Sở Kế hoạch và Đầu tư có nhiệm vụ tổng hợp báo cáo, tham mưu cho UBND tỉnh lựa chọn những cách làm hay, mô hình mới; trình UBND tỉnh trước ngày 15/11/2021 để tổng hợp.',
      '2021-03-01',
    );
    expect(drafts.map((d) => [d.title.slice(0, 20), d.leadDepartmentId, d.dueDate])).toEqual([
      ['Tổng hợp báo cáo, th', idOf('SKHDT'), '2021-11-15'],
    ]);
  });

  it('reads "…; trên cơ sở đó, …" with an action as the next step of the same units', () => {
    const drafts = extract(
      'Theo đó, Sở Nông nghiệp và Phát triển nông thôn lấy ý kiến tham gia của các sở, ngành, đơn vị liên quan về dự thảo kế hoạch; trên cơ sở đó, nghiên cứu tiếp thu, hoàn chỉnh dự thảo, báo cáo Chủ tịch UBND tỉnh theo quy định.',
      '2020-11-30',
    );
    expect(drafts.map((d) => [d.title.slice(0, 20), d.leadDepartmentId])).toEqual([
      ['Lấy ý kiến tham gia ', idOf('SNNPTNT')],
      ['Nghiên cứu tiếp thu,', idOf('SNNPTNT')],
    ]);
  });

  it('reads a sentence with no subject after an account of what a unit has done as more of the account, unless it opens further work', () => {
    const account =
      'Trong 5 tháng đầu năm, UBND thành phố đã tập trung triển khai quyết liệt chương trình hành động của UBND tỉnh; có nhiều đổi mới trong công tác chỉ đạo, điều hành.';
    expect(
      extract(
        `${account} Thực hiện nghiêm các biện pháp phòng chống dịch Covid-19 gắn với phát triển kinh tế - xã hội. Hoạt động thương mại duy trì ổn định.`,
        '2021-06-03',
      ),
    ).toEqual([]);
    expect(
      extract(`${account} Tiếp tục thực hiện nghiêm các biện pháp phòng chống dịch Covid-19.`, '2021-06-03').map((d) =>
        d.title.slice(0, 20),
      ),
    ).toEqual(['Tiếp tục thực hiện n']);
  });

  it('reads the duty a decision gives the working body it forms ("Trong 30 ngày, đoàn kiểm tra có nhiệm vụ …") as work, dated by its period', () => {
    const drafts = extract(
      'Theo quyết định này, đoàn kiểm tra có 13 thành viên do Phó Giám đốc Sở Tài chính làm trưởng đoàn. Trong 30 ngày, đoàn kiểm tra có nhiệm vụ kiểm tra việc quản lý, sử dụng kinh phí phòng, chống dịch và báo cáo về UBND tỉnh.',
      '2021-10-09',
    );
    expect(drafts.map((d) => [d.title.slice(0, 24), d.leadDepartmentId, d.dueDate])).toEqual([
      ['Đoàn kiểm tra có nhiệm v', null, '2021-11-08'],
    ]);
    // The team's plan, told with "sẽ", is no work given.
    expect(extract('Đoàn kiểm tra sẽ làm việc với Sở Y tế và các đơn vị trực thuộc.', '2021-10-09')).toEqual([]);
  });

  it('reads "Theo chỉ đạo của UBND tỉnh, Sở X được giao chủ trì …" with X as the lead', () => {
    const drafts = extract(
      'Theo chỉ đạo của UBND tỉnh, Sở Công Thương được giao chủ trì đẩy mạnh tuyên truyền, hướng dẫn các doanh nghiệp kinh doanh xăng dầu thực hiện nghiêm các quy định của pháp luật.',
      '2026-03-10',
    );
    expect(drafts.map((d) => [d.title.slice(0, 20), d.leadDepartmentId])).toEqual([
      ['Đẩy mạnh tuyên truyề', idOf('SCT')],
    ]);
  });

  it('reads a duty laid on a class of bodies as the subject ("Các cửa hàng bán lẻ xăng dầu phải duy trì …") as work', () => {
    const drafts = extract(
      'Các cửa hàng bán lẻ xăng dầu phải duy trì hoạt động bán hàng theo đúng thời gian đã đăng ký.',
      '2026-03-10',
    );
    expect(drafts.map((d) => [d.title.slice(0, 24), d.leadDepartmentId])).toEqual([['Các cửa hàng bán lẻ xăng', null]]);
    // A class of things with a target is no work given.
    expect(extract('Các chỉ tiêu phải đạt được ghi trong nghị quyết.', '2026-03-10')).toEqual([]);
  });

  it('drops the opening paragraph addressed to groups that sums up the numbered letter told next, when named units get its items', () => {
    const drafts = extract(
      [
        'Trước những biến động của thị trường, UBND tỉnh yêu cầu các sở, ngành, địa phương tăng cường kiểm tra hoạt động kinh doanh xăng dầu.',
        '',
        'Ngày 9/3/2026, Phó Chủ tịch UBND tỉnh ký ban hành Văn bản số 3927/UBND-KTTC, yêu cầu các sở, ngành và địa phương tăng cường quản lý hoạt động kinh doanh xăng dầu.',
        '',
        'Theo đó, Sở Công Thương chủ trì kiểm tra việc chấp hành quy định của các cửa hàng bán lẻ xăng dầu.',
      ].join('\n'),
      '2026-03-10',
    );
    expect(drafts.map((d) => [d.title.slice(0, 20), d.leadDepartmentId])).toEqual([
      ['Kiểm tra việc chấp h', idOf('SCT')],
    ]);
  });

  it('reads districts named together without their committees ("yêu cầu hai huyện …", "các huyện") as a group', () => {
    const drafts = extract(
      'Đối với diện tích lúa cấy lại do ảnh hưởng của cơn bão số 1, đồng chí Phó Chủ tịch UBND tỉnh yêu cầu hai huyện chỉ đạo ngành nông nghiệp hướng dẫn nông dân chủ động phòng, trừ sâu bệnh. Chủ tịch UBND tỉnh yêu cầu các huyện tăng cường kiểm tra.',
      '2016-10-13',
    );
    expect(drafts.map((d) => [d.leadDepartmentId, d.groupAssignees])).toEqual([
      [null, ['hai huyện']],
      [null, ['các huyện']],
    ]);
  });

  it('reads "Báo cáo cũng cho thấy …" as what a report shows, and the signing of a directive told with its aim as no work', () => {
    expect(
      extract('Báo cáo cũng cho thấy chỉ số giá tiêu dùng bình quân 4 tháng tăng 1,8% so với cùng kỳ.', '2021-06-11'),
    ).toEqual([]);
    const drafts = extract(
      'Chủ tịch UBND thành phố Nguyễn Văn An vừa ký ban hành Chỉ thị số 05/CT-UBND ngày 10-4-2023 về công tác phòng, chống thiên tai năm 2023, nhằm chủ động ứng phó có hiệu quả với thiên tai trong năm 2023. Theo đó, UBND thành phố giao Sở Nông nghiệp và Phát triển nông thôn tổ chức tổng kết công tác phòng, chống thiên tai năm 2022.',
      '2023-04-10',
    );
    expect(drafts.map((d) => [d.title.slice(0, 20), d.leadDepartmentId, d.dueDate])).toEqual([
      ['Tổ chức tổng kết côn', idOf('SNNPTNT'), null],
    ]);
    // The signing told with the assigner's word after it still gives the work.
    expect(
      extract(
        'UBND tỉnh vừa ban hành Công văn số 120/UBND-KT yêu cầu Sở Tài chính rà soát các khoản chi trước ngày 20/4/2023.',
        '2023-04-10',
      ).map((d) => [d.leadDepartmentId, d.dueDate]),
    ).toEqual([[idOf('STC'), '2023-04-20']]);
  });

  it('reads "Cảnh báo …" as work, and "…; rà soát …", "…; tăng cường …", "…; phân công …" after work already named as work of their own', () => {
    const drafts = extract(
      [
        'Chủ tịch UBND tỉnh chỉ đạo các huyện thực hiện ngay các nội dung sau: Cảnh báo cho nhân dân chủ động phòng tránh mưa lớn; rà soát ngay các công trình đang thi công; đặc biệt là khu vực ven sông.',
        'Sở Nông nghiệp và Phát triển nông thôn lồng ghép kế hoạch phòng, chống thiên tai vào kế hoạch của ngành; tăng cường ứng dụng khoa học công nghệ trong dự báo.',
        'UBND các huyện hướng dẫn nông dân phòng trừ sâu bệnh; phân công cán bộ phụ trách từng xã.',
      ].join('\n'),
      '2021-05-18',
    );
    expect(drafts.map((d) => [d.title.slice(0, 18), d.leadDepartmentId])).toEqual([
      ['Cảnh báo cho nhân ', null],
      ['Rà soát ngay các c', null],
      ['Lồng ghép kế hoạch', idOf('SNNPTNT')],
      ['Tăng cường ứng dụn', idOf('SNNPTNT')],
      ['Hướng dẫn nông dân', null],
      ['Phân công cán bộ p', null],
    ]);
  });

  it('reads a period at the end of a purpose ("để có giải pháp … trong năm 2023") as the aim\'s frame, not a deadline', () => {
    const drafts = extract(
      'UBND các huyện tổ chức tổng kết công tác phòng, chống thiên tai năm 2022; phát huy những việc làm tốt, phân tích rõ những hạn chế để có giải pháp ứng phó hiệu quả với thiên tai trong năm 2023.',
      '2023-04-10',
    );
    expect(drafts.map((d) => [d.title.slice(0, 16), d.dueDate])).toEqual([['Tổ chức tổng kết', null]]);
    // A purpose that is to submit keeps its time as the deadline.
    expect(
      extract('Sở Tài chính hoàn thiện dự thảo quy định để trình UBND tỉnh trong tháng 5/2023.', '2023-04-10').map(
        (d) => d.dueDate,
      ),
    ).toEqual(['2023-05-31']);
  });

  it('joins a line broken inside a sentence to the next line, and reads the article that issues the attached rules as no work', () => {
    const drafts = extract(
      'QUYẾT ĐỊNH:\nĐiều 1.\nBan hành kèm theo Quyết định này Quy chế quản lý hồ sơ điện\ntử của Ủy ban nhân dân tỉnh.\nĐiều 2.\nGiám đốc Sở Nội vụ phối hợp với các sở,\nban, ngành có liên quan tổ chức triển khai thực hiện Quyết định này.',
      '2009-12-24',
    );
    expect(drafts.map((d) => [d.title.slice(0, 20), d.leadDepartmentId])).toEqual([
      ['Tổ chức triển khai t', idOf('SNV')],
    ]);
  });

  it('reads "Trong trường hợp …, … thì phải báo cáo …" as work, and splits two works each with its date after "và"', () => {
    const drafts = extract(
      'UBND các huyện chủ động cân đối kinh phí để hỗ trợ người dân. Trong trường hợp đặc biệt, những huyện không tự cân đối được kinh phí thì phải báo cáo UBND tỉnh trước ngày 05/01/2020. Đồng thời báo cáo nhanh tình hình hỗ trợ trước ngày 20/01/2020 và báo cáo kết quả hỗ trợ trước ngày 10/3/2020 về UBND tỉnh.',
      '2019-12-19',
    );
    expect(drafts.map((d) => [d.title.slice(0, 16), d.dueDate])).toEqual([
      ['Chủ động cân đối', null],
      ['Trong trường hợp', '2020-01-05'],
      ['Báo cáo nhanh tì', '2020-01-20'],
      ['Báo cáo kết quả ', '2020-03-10'],
    ]);
  });

  it('reads "Công văn cũng yêu cầu …" with no addressee as work the letter gives', () => {
    const drafts = extract(
      'Công văn cũng yêu cầu xem xét, xử lý nghiêm các vi phạm theo Quyết định số 120/QĐ-UBND và báo cáo kết quả về UBND tỉnh.',
      '2023-06-07',
    );
    expect(drafts.map((d) => [d.title.slice(0, 24), d.leadDepartmentId, d.groupAssignees])).toEqual([
      ['Xem xét, xử lý nghiêm cá', null, []],
    ]);
  });

  it('reads the work a unit chairs ("…, do Thanh tra tỉnh chủ trì tiến hành kiểm tra …") as its work, and the work given after ";" as another', () => {
    const drafts = extract(
      'Lãnh đạo tỉnh đã lập đoàn kiểm tra liên ngành, do Thanh tra tỉnh chủ trì tiến hành kiểm tra việc giao đất; với đất do cộng đồng quản lý giao cho Sở NN-PTNT phối hợp với các địa phương rà soát.',
      '2019-08-01',
    );
    expect(drafts.map((d) => [d.title.slice(0, 16), d.leadDepartmentId])).toEqual([
      ['Tiến hành kiểm t', idOf('TTT')],
      ['Rà soát', idOf('SNNPTNT')],
    ]);
  });

  it('keeps the lead that tells a letter giving a named body its work, and reads "Bên cạnh đó, thành lập …" as more work', () => {
    const drafts = extract(
      [
        'Chủ tịch UBND tỉnh vừa ban hành Công văn số 3143/UBND-KTN yêu cầu Ban An toàn giao thông tỉnh chủ trì, phối hợp với Công an tỉnh tham mưu UBND tỉnh thành lập Tổ công tác liên ngành.',
        '',
        'Công văn yêu cầu Chủ tịch UBND các huyện chỉ đạo kiểm tra biển báo tải trọng. Bên cạnh đó, thành lập tổ công tác cấp huyện kiểm tra xe quá tải.',
      ].join('\n'),
      '2020-06-01',
    );
    // The board is outside the table: its name opens its work's title.
    expect(drafts.map((d) => d.title.slice(0, 18))).toEqual([
      'Ban An toàn giao t',
      'Chỉ đạo kiểm tra b',
      'Thành lập tổ công ',
    ]);
  });

  it('gives work with no subject the units of the preamble in force where it stands, not those of a later preamble', () => {
    const drafts = extract(
      [
        'Chủ tịch UBND tỉnh yêu cầu các cấp, các ngành tập trung thực hiện một số giải pháp sau đây:',
        '1. Tập trung rà soát các đối tượng phải kê khai nộp thuế; không bỏ sót nguồn thu.',
        'a) Cục Thuế có trách nhiệm:',
        '- Xác định chính xác đối tượng nộp thuế.',
      ].join('\n'),
      '2019-05-02',
    );
    expect(drafts.map((d) => [d.title.slice(0, 9), d.leadDepartmentId, d.groupAssignees])).toEqual([
      ['Tập trung', null, ['các cấp, các ngành']],
      ['Xác định ', idOf('CT'), []],
    ]);
  });

  it('reads a sector the assigner addresses ("yêu cầu ngành giáo dục tập trung …") as a group assignee', () => {
    const drafts = extract(
      'Chủ tịch UBND tỉnh yêu cầu ngành giáo dục tập trung triển khai hiệu quả Nghị quyết 71-NQ/TW năm 2025 của Bộ Chính trị; bảo đảm phổ cập giáo dục mầm non.',
      '2025-11-03',
    );
    expect(drafts.map((d) => [d.title.slice(0, 9), d.leadDepartmentId, d.groupAssignees])).toEqual([
      ['Tập trung', null, ['ngành giáo dục']],
    ]);
  });

  it('reads "Giao thông giảm 4,7%" opening a sentence as a figure, not as "giao" (assign)', () => {
    expect(
      extract(
        'Có 4 nhóm hàng hóa có chỉ số giá giảm so với tháng trước đó là: Giao thông giảm 4,7%; Giáo dục giảm 1,06%.',
        '2024-10-01',
      ),
    ).toEqual([]);
    expect(extract('Giao Sở Y tế kiểm tra an toàn thực phẩm.', '2024-10-01').map((d) => d.leadDepartmentId)).toEqual([
      idOf('SYT'),
    ]);
  });

  it('reads the items under a plan\'s "1. Mục đích" heading as aims, not work', () => {
    const drafts = extract(
      [
        '1. Mục đích',
        '- Nâng cao nhận thức của các cấp, các ngành trong việc thực hiện Đề án.',
        '2. Nhiệm vụ',
        '- Sở Y tế chủ trì tổ chức tập huấn cho cán bộ y tế cơ sở.',
      ].join('\n'),
      '2017-08-24',
    );
    expect(drafts.map((d) => [d.title.slice(0, 7), d.leadDepartmentId])).toEqual([['Tổ chức', idOf('SYT')]]);
  });

  it('joins units listed after "Theo đó," and before ";" to the units and work after it, not a draft of their own', () => {
    const drafts = extract(
      'Theo đó, UBND các huyện, thị xã, thành phố; các sở, ngành, đơn vị liên quan tiếp tục khẩn trương rà soát, triển khai thực hiện nội dung được giao.',
      '2019-07-16',
    );
    expect(drafts.map((d) => [d.title.slice(0, 8), d.groupAssignees])).toEqual([
      ['Tiếp tục', ['UBND các huyện, thị xã, thành phố', 'các sở, ngành, đơn vị liên quan']],
    ]);
  });

  it('dates the work of the same unit before "Thời gian thực hiện trước ngày …" closing the letter', () => {
    const drafts = extractParagraphs(
      [
        'UBND tỉnh giao Sở Xây dựng kiểm tra, xác minh làm rõ thông tin báo chí phản ánh.',
        'Đồng thời, Sở Xây dựng báo cáo, đề xuất UBND tỉnh giải pháp quản lý. Thời gian thực hiện trước ngày 18/3/2023.',
        'Sở Y tế tăng cường kiểm tra an toàn thực phẩm.',
      ],
      '2023-03-07',
    );
    expect(drafts.map((d) => [d.title.slice(0, 8), d.leadDepartmentId, d.dueDate])).toEqual([
      ['Kiểm tra', idOf('SXD'), '2023-03-18'],
      ['Báo cáo,', idOf('SXD'), '2023-03-18'],
      ['Tăng cườ', idOf('SYT'), null],
    ]);
  });

  it('keeps the lead that numbers a letter and gives the districts work when the next paragraph opens with "Bên cạnh đó"', () => {
    const drafts = extractParagraphs(
      [
        'UBND tỉnh có Công văn số 1604/UBND-CNXD yêu cầu UBND các huyện, thị xã, thành phố khẩn trương hoàn thành các công trình đo đạc, lập bản đồ địa chính.',
        'Bên cạnh đó UBND tỉnh yêu cầu Sở Tài nguyên và Môi trường chủ trì hướng dẫn, đôn đốc các huyện thực hiện.',
      ],
      '2017-05-06',
    );
    expect(drafts.map((d) => [d.title.slice(0, 9), d.leadDepartmentId])).toEqual([
      ['Khẩn trươ', null],
      ['Hướng dẫn', idOf('STNMT')],
    ]);
  });

  it('reads work after a condition\'s "thì" as a draft, and "thông báo đến …" as work', () => {
    const drafts = extractParagraphs(
      [
        'UBND tỉnh yêu cầu UBND các huyện khẩn trương hoàn thành việc đo đạc. Trong trường hợp khó khăn vướng mắc thì báo cáo, đề xuất UBND tỉnh để được hướng dẫn.',
        'Chủ tịch UBND tỉnh yêu cầu thông báo đến tất cả các tổ chức thực hiện việc kê khai. Đến ngày 30.12.2013, tổ chức, đơn vị nào không thực hiện thì tổng hợp danh sách, đề xuất biện pháp xử lý.',
      ],
      '2013-10-17',
    );
    expect(drafts.map((d) => [d.title.slice(0, 9), d.dueDate])).toEqual([
      ['Khẩn trươ', null],
      ['Trong trư', null],
      ['Thông báo', null],
      ['Đến ngày ', null],
    ]);
  });

  it('reads "đảm bảo đến ngày …" after ";" as dated work of its own, and "phải kiên quyết đề nghị hủy bỏ" as no assigner', () => {
    const drafts = extract(
      'Chủ tịch UBND tỉnh yêu cầu kiểm tra quy trình thủ tục cấp giấy chứng nhận, những quy định nào không đúng quy định phải kiên quyết đề nghị hủy bỏ; đảm bảo đến ngày 30/12/2013, tỷ lệ cấp giấy chứng nhận lần đầu phải đạt tối thiểu là 95%.',
      '2013-10-17',
    );
    expect(drafts.map((d) => [d.description.slice(0, 9), d.dueDate])).toEqual([
      ['Chủ tịch ', null],
      ['Đảm bảo đ', '2013-12-30'],
    ]);
  });

  it('dates the work of the paragraph before by "Chỉ thị … yêu cầu chậm nhất đến ngày 10.1 phải có báo cáo …"', () => {
    const drafts = extractParagraphs(
      [
        'Phó Chủ tịch UBND tỉnh vừa yêu cầu Giám đốc Sở Tài nguyên và Môi trường kiểm tra và cương quyết xử lý những trường hợp vi phạm.',
        'Chỉ thị của UBND tỉnh yêu cầu chậm nhất đến ngày 10.1 phải có báo cáo cho thường trực UBND tỉnh.',
      ],
      '2014-01-04',
    );
    expect(drafts.map((d) => [d.title.slice(0, 8), d.leadDepartmentId, d.dueDate])).toEqual([
      ['Kiểm tra', idOf('STNMT'), '2014-01-10'],
    ]);
  });

  it('reads work of its own after ";" opened by a field of duty done well, measures to be had or the escalation of what arises', () => {
    const drafts = extractParagraphs(
      [
        'UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện, thành phố thực hiện nghiêm túc việc treo cờ Tổ quốc; thực hiện tốt việc bảo đảm an ninh trật tự, an toàn giao thông; tăng cường tuần tra trong các ngày nghỉ Lễ.',
        'Các sở, ban, ngành, UBND các huyện, thành phố bố trí phân công trực trong những ngày nghỉ Lễ, thường xuyên nắm tình hình; kịp thời báo cáo những vấn đề nổi cộm, phức tạp gửi Văn phòng UBND tỉnh.',
        'Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành hướng dẫn các địa phương triển khai nhanh công tác phân vốn; có biện pháp thúc đẩy giải ngân vốn đầu tư công trong thời gian tới.',
      ],
      '2020-04-21',
    );
    expect(drafts.map((d) => [d.title.slice(0, 11), d.groupAssignees.length > 0])).toEqual([
      ['Thực hiện n', true],
      ['Thực hiện t', true],
      ['Tăng cường ', true],
      ['Bố trí phân', true],
      ['Kịp thời bá', true],
      ['Hướng dẫn c', true],
      ['Có biện phá', true],
    ]);
  });

  it('reads no list after a colon that gives a fax number, and dates the report by its deadline, not the end of the period in brackets', () => {
    const drafts = extract(
      "Báo cáo tình hình trong dịp nghỉ Lễ (từ ngày 30/4 đến hết 03/5/2020), gửi hỏa tốc đến Văn phòng UBND tỉnh trước 17 giờ 00' ngày 03/5/2020 hoặc qua số fax: 02613.544279; gửi đồng thời file mềm qua địa chỉ e-mail: th.ubnd@daknong.gov.vn.",
      '2020-04-21',
    );
    expect(drafts.map((d) => [d.title.slice(0, 8), d.dueDate, d.deadlineText])).toEqual([
      ['Báo cáo ', '2020-05-03', "trước 17 giờ 00' ngày 03/5/2020"],
    ]);
  });

  it('reads "các sở: Xây dựng, Giao thông vận tải, …" as one list, not a second "giao"', () => {
    const withTransport = [...departments, { id: 99, name: 'Sở Giao thông vận tải' }];
    const drafts = extractDirectives(
      'Giao Giám đốc các sở: Xây dựng, Giao thông vận tải, Tài nguyên và Môi trường theo chức năng, nhiệm vụ kiểm tra, hướng dẫn thực hiện.',
      { departments: withTransport, date: '2024-03-05' },
    );
    expect(drafts.map((d) => d.leadDepartmentId)).toEqual([idOf('SXD')]);
  });

  it('reads "thời gian hoàn thành: tháng 6/2024" as the date of the work, not a list', () => {
    const drafts = extract(
      'Sở Khoa học và Công nghệ tham mưu UBND tỉnh ban hành quy định về quản lý nhiệm vụ khoa học, thời gian hoàn thành: tháng 6/2024.',
      '2024-03-05',
    );
    expect(drafts.map((d) => [d.leadDepartmentId, d.dueDate])).toEqual([[idOf('SKHCN'), '2024-06-30']]);
  });

  it('dates the work before by "…; thời gian báo cáo chậm nhất ngày …" and by "…; báo cáo, đề xuất UBND tỉnh trước ngày …"', () => {
    const drafts = extractParagraphs(
      [
        'UBND tỉnh chỉ đạo Sở Nông nghiệp và Phát triển nông thôn khẩn trương kiểm tra, đánh giá thiệt hại do mưa lũ; thời gian báo cáo chậm nhất ngày 12/3/2024.',
        'Giao Sở Tài nguyên và Môi trường chủ trì kiểm tra, xử lý; báo cáo, đề xuất UBND tỉnh trước ngày 20/3/2024.',
      ],
      '2024-03-05',
    );
    expect(drafts.map((d) => [d.leadDepartmentId, d.dueDate])).toEqual([
      [idOf('SNNPTNT'), '2024-03-12'],
      [idOf('STNMT'), '2024-03-20'],
    ]);
  });

  it('reads what was directed in the time gone by ("Thời gian qua, UBND tỉnh đã chỉ đạo …") as no work given', () => {
    expect(
      extract(
        'Thời gian qua, UBND tỉnh đã chỉ đạo các sở, ngành tập trung tháo gỡ khó khăn cho doanh nghiệp. Đến nay, đã giải quyết 45/50 kiến nghị.',
      ),
    ).toEqual([]);
    expect(extract('Trước đó, UBND tỉnh đã giao Sở Xây dựng kiểm tra, báo cáo vụ việc.')).toEqual([]);
    expect(
      extract('Chủ tịch UBND tỉnh đã chỉ đạo Sở Tài nguyên và Môi trường đôn đốc các huyện đẩy nhanh tiến độ.').map(
        (d) => d.leadDepartmentId,
      ),
    ).toEqual([idOf('STNMT')]);
  });

  it('reads the chair\'s "lưu ý" and "nhấn mạnh" to units, and a locality addressed by itself ("đề nghị huyện tập trung …"), as assignments', () => {
    const drafts = extractParagraphs(
      [
        'Kết luận buổi làm việc, Chủ tịch UBND tỉnh lưu ý các sở, ngành, địa phương cần tập trung cao độ cho công tác phòng, chống thiên tai.',
        'Tại buổi làm việc, đồng chí Chủ tịch UBND tỉnh đề nghị huyện tập trung đẩy nhanh tiến độ giải phóng mặt bằng, phấn đấu hoàn thành trong tháng 6/2024.',
        'Phát biểu tại hội nghị, Chủ tịch UBND tỉnh nhấn mạnh, các sở, ngành cần tập trung tháo gỡ khó khăn cho doanh nghiệp.',
      ],
      '2024-03-05',
    );
    expect(drafts.map((d) => [d.groupAssignees, d.dueDate])).toEqual([
      [['các sở, ngành, địa phương'], null],
      [['huyện'], '2024-06-30'],
      [['các sở, ngành'], null],
    ]);
  });

  it('reads a leader\'s "đề nghị" with no unit named as work given, but not one to a ministry (nor "Bộ Giao thông …" as a "giao")', () => {
    expect(
      extract(
        'Phó Chủ tịch UBND tỉnh đề nghị hoàn thành việc chi trả chính sách cho người lao động trước ngày 15/4/2024.',
        '2024-03-05',
      ).map((d) => d.dueDate),
    ).toEqual(['2024-04-15']);
    expect(extract('Chủ tịch UBND tỉnh đề nghị Bộ Giao thông vận tải xem xét, bố trí vốn cho dự án.')).toEqual([]);
    expect(extract('Chủ tịch UBND tỉnh đề nghị Bộ Tài chính xem xét, bố trí vốn cho dự án.')).toEqual([]);
  });

  it('dates the work before by "Thời gian báo cáo trước ngày …", "Thời gian thực hiện xong trước ngày …" and "Việc rà soát phải hoàn thành trước ngày …"', () => {
    for (const closing of [
      'Thời gian báo cáo trước ngày 30/4/2024.',
      'Thời gian thực hiện xong trước ngày 30/4/2024.',
      'Việc rà soát phải hoàn thành trước ngày 30/4/2024.',
    ]) {
      const drafts = extract(`Giao Sở Xây dựng kiểm tra, rà soát các dự án nhà ở xã hội. ${closing}`, '2024-03-05');
      expect(drafts.map((d) => [d.leadDepartmentId, d.dueDate])).toEqual([[idOf('SXD'), '2024-04-30']]);
    }
  });

  it('reads "Chủ trì …" under a unit\'s name as its work, and "Chỉ đạo các đơn vị trực thuộc …" as the work of the unit named', () => {
    const drafts = extract(
      [
        'Chủ tịch UBND tỉnh giao nhiệm vụ cụ thể như sau:',
        'a) Sở Y tế: Chủ trì triển khai các biện pháp phòng, chống dịch bệnh; báo cáo UBND tỉnh trước ngày 15/4/2024.',
        'b) Sở Nông nghiệp và Phát triển nông thôn: Chỉ đạo các đơn vị trực thuộc theo dõi sát tình hình dịch bệnh.',
      ].join('\n'),
      '2024-03-05',
    );
    expect(drafts.map((d) => [d.leadDepartmentId, d.groupAssignees, d.dueDate])).toEqual([
      [idOf('SYT'), [], '2024-04-15'],
      [idOf('SNNPTNT'), [], null],
    ]);
  });

  it('reads an item that only agrees ("1. Thống nhất với báo cáo …") as no work', () => {
    const drafts = extract(
      [
        'Ý kiến kết luận của Chủ tịch UBND tỉnh như sau:',
        '1. Thống nhất với báo cáo của Sở Xây dựng.',
        '2. Giao Sở Xây dựng hoàn thiện dự thảo Quyết định, trình UBND tỉnh trước ngày 10/5/2024.',
      ].join('\n'),
      '2024-03-05',
    );
    expect(drafts.map((d) => [d.leadDepartmentId, d.dueDate])).toEqual([[idOf('SXD'), '2024-05-10']]);
  });

  it('reads "Sở X được yêu cầu …" as work asked of X', () => {
    expect(
      extract('Sở Xây dựng được yêu cầu hoàn thành việc kiểm tra trước ngày 15/5/2024.', '2024-03-05').map((d) => [
        d.leadDepartmentId,
        d.dueDate,
      ]),
    ).toEqual([[idOf('SXD'), '2024-05-15']]);
  });

  it('reads a body the table does not know opening a sentence as its subject, with its work after its name', () => {
    const drafts = extractParagraphs(
      [
        'Bộ Chỉ huy Quân sự tỉnh chủ động xây dựng phương án, bố trí lực lượng sẵn sàng ứng cứu.',
        'Đài Phát thanh và Truyền hình tỉnh, Báo Quảng Ngãi tăng cường công tác thông tin, tuyên truyền.',
        'Kho bạc Nhà nước tỉnh kiểm soát chặt chẽ các khoản chi, thanh toán kịp thời cho các dự án.',
        'Công ty Điện lực tỉnh bảo đảm cung cấp điện an toàn, ổn định.',
        'Bệnh viện Đa khoa tỉnh sẵn sàng giường bệnh, thuốc men để thu dung, điều trị bệnh nhân.',
        'Trung tâm Kiểm soát bệnh tật tỉnh theo dõi chặt chẽ diễn biến dịch bệnh.',
      ],
      '2024-03-05',
    );
    expect(drafts.map((d) => d.title.split(' ').slice(0, 2).join(' '))).toEqual([
      'Bộ Chỉ',
      'Đài Phát',
      'Kho bạc',
      'Công ty',
      'Bệnh viện',
      'Trung tâm',
    ]);
    expect(
      extractParagraphs(
        [
          'Công ty Điện lực tỉnh đã hoàn thành việc sửa chữa lưới điện.',
          'Bệnh viện Đa khoa tỉnh đang điều trị cho 20 bệnh nhân.',
          'Hội nghị thống nhất các nội dung trình HĐND tỉnh.',
          'Đại diện Cục Thuế cho biết sẽ tăng cường kiểm tra.',
          'Quý I/2024, thu ngân sách đạt 2.000 tỷ đồng.',
          'Trung tâm Kiểm soát bệnh tật tỉnh đã tiếp nhận 20 mẫu xét nghiệm.',
        ],
        '2024-03-05',
      ),
    ).toEqual([]);
  });

  it('reads schools opening a sentence as its subject, and a day set for their work ("vào ngày 05/9") as its deadline', () => {
    const drafts = extractParagraphs(
      [
        'Các trường học tại Long An tổ chức khai giảng vào ngày 05/9 theo quy định của Bộ Giáo dục và Đào tạo.',
        'Trường THPT chuyên tỉnh tổ chức kiểm tra cơ sở vật chất trước ngày 25/8/2022.',
      ],
      '2022-08-12',
    );
    expect(drafts.map((d) => [d.title.split(' ').slice(0, 2).join(' '), d.dueDate])).toEqual([
      ['Các trường', '2022-09-05'],
      ['Trường THPT', '2022-08-25'],
    ]);
    expect(
      extractParagraphs(
        ['Các trường học đã tổ chức khai giảng vào ngày 05/9.', 'Trường hợp chậm trễ, UBND huyện báo cáo nguyên nhân.'],
        '2022-09-20',
      ).map((d) => d.title.split(' ').slice(0, 2).join(' ')),
    ).not.toContain('Các trường');
  });

  it('reads "các ngành chức năng" and a sector opening a sentence with its work as groups, not a sector with its figures', () => {
    const drafts = extractParagraphs(
      [
        'Các ngành chức năng tăng cường kiểm tra, xử lý vi phạm về an toàn thực phẩm.',
        'Ngành y tế chủ động các phương án phòng, chống dịch bệnh.',
        'Ngành xây dựng tăng 10,5% so với cùng kỳ.',
      ],
      '2024-03-05',
    );
    expect(drafts.map((d) => d.groupAssignees)).toEqual([['Các ngành chức năng'], ['Ngành y tế']]);
  });

  it('reads the news that a leader "vừa yêu cầu" a unit as the lead of the items after "Theo đó", not a task of its own', () => {
    const drafts = extractParagraphs(
      [
        '(QNO) - Phó Chủ tịch UBND tỉnh vừa yêu cầu Sở Y tế khẩn trương kiểm tra, xử lý vụ ngộ độc thực phẩm tại trường học.',
        'Theo đó, Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo kiểm tra các bếp ăn tập thể trong trường học; báo cáo kết quả về UBND tỉnh trước ngày 20/3/2024.',
      ],
      '2024-03-05',
    );
    expect(drafts.map((d) => [d.title.slice(0, 8), d.leadDepartmentId, d.dueDate])).toEqual([
      ['Kiểm tra', idOf('SYT'), '2024-03-20'],
    ]);
  });

  it("dates work done over a period by the period's last day, unless a later piece gives its deadline", () => {
    expect(
      extract(
        'Công an tỉnh tổ chức đợt cao điểm tấn công trấn áp tội phạm từ ngày 15/3 đến ngày 15/5/2024.',
        '2024-03-05',
      ).map((d) => [d.leadDepartmentId, d.dueDate]),
    ).toEqual([[idOf('CA'), '2024-05-15']]);
    const drafts = extractParagraphs(
      [
        'UBND tỉnh yêu cầu UBND các huyện, thành phố rà soát, báo cáo kết quả công tác phòng, chống dịch từ ngày 30/01/2020 đến ngày 24/4/2020.',
        'Báo cáo gửi về Ủy ban nhân dân tỉnh (thông qua Sở Y tế) chậm nhất 10h00 ngày 27/4/2020.',
      ],
      '2020-04-21',
    );
    expect(drafts.map((d) => d.dueDate)).toEqual(['2020-04-27']);
    expect(
      extract(
        'Sở Y tế tổng hợp tình hình dịch bệnh từ ngày 01/3 đến ngày 15/3/2024, gửi về UBND tỉnh trước ngày 20/3/2024.',
        '2024-03-05',
      ).map((d) => d.dueDate),
    ).toEqual(['2024-03-20']);
  });

  it('reads the closing formulas of a notice ("… thông báo để các cơ quan … biết, thực hiện", "… nghiêm túc triển khai thực hiện") as no work', () => {
    const drafts = extractParagraphs(
      [
        'Giao Sở Xây dựng kiểm tra các công trình.',
        'Trên đây là ý kiến chỉ đạo của Chủ tịch UBND tỉnh, yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện.',
        'Yêu cầu Giám đốc các sở, ngành, Chủ tịch UBND các huyện, thị xã, thành phố nghiêm túc triển khai thực hiện Công văn này.',
        'Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.',
      ],
      '2024-03-05',
    );
    expect(drafts.map((d) => d.leadDepartmentId)).toEqual([idOf('SXD')]);
  });

  it('reads the duty to report what stands in the way ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, … báo cáo …") as work', () => {
    const drafts = extractParagraphs(
      [
        'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời báo cáo UBND tỉnh (qua Sở Tài chính) để xem xét, giải quyết.',
        'Trong trường hợp có khó khăn, vướng mắc phát sinh, báo cáo UBND tỉnh để chỉ đạo.',
        'Nếu có vướng mắc, Sở Tài chính đã báo cáo UBND tỉnh.',
      ],
      '2024-03-05',
    );
    expect(drafts.map((d) => d.title.slice(0, 8))).toEqual(['Trong qu', 'Trong tr']);
  });

  it('reads "thẩm định" as an action (not the "thăm" a name may hold), and splits "…, đồng thời giao Sở X …"', () => {
    const drafts = extractParagraphs(
      [
        'Giao Sở Kế hoạch và Đầu tư chủ trì thẩm định, trình UBND tỉnh phê duyệt; Sở Tài chính cân đối vốn.',
        'Giao Sở Y tế kiểm tra các cơ sở khám bệnh, đồng thời giao Sở Tài chính bố trí kinh phí cho công tác phòng dịch.',
        'Giao Sở Xây dựng kiểm tra hiện trạng công trình. Thẩm định hồ sơ thiết kế, hoàn thành trước ngày 30/4/2024.',
      ],
      '2024-03-05',
    );
    expect(drafts.map((d) => [d.leadDepartmentId, d.dueDate])).toEqual([
      [idOf('SKHDT'), null],
      [idOf('STC'), null],
      [idOf('SYT'), null],
      [idOf('STC'), null],
      [idOf('SXD'), null],
      [idOf('SXD'), '2024-04-30'],
    ]);
  });

  it('reads the unit that chairs the work named in brackets after it ("… (Sở Nội vụ chủ trì, hoàn thành …)") as its lead', () => {
    const drafts = extract(
      '- Rà soát, sửa đổi quy chế làm việc (Sở Nội vụ chủ trì, hoàn thành trong tháng 5/2024).',
      '2024-03-05',
    );
    expect(drafts.map((d) => [d.leadDepartmentId, d.dueDate])).toEqual([[idOf('SNV'), '2024-05-31']]);
  });
});

describe('extractDirectives on meetings, watchwords and reports', () => {
  it('reads "cuộc họp giao ban" as a briefing, not as work given ("giao")', () => {
    const drafts = extractParagraphs(
      [
        'Sáng 5/3, Chủ tịch UBND tỉnh chủ trì cuộc họp giao ban đầu năm và triển khai nhiệm vụ trọng tâm quý I.',
        'Giao Sở Tài chính rà soát nguồn vốn, báo cáo UBND tỉnh trước ngày 15/3/2024.',
      ],
      '2024-03-05',
    );
    expect(drafts.map((d) => [d.leadDepartmentId, d.dueDate])).toEqual([[idOf('STC'), '2024-03-15']]);
  });

  it('keeps a watchword spelled out after a colon ("theo tinh thần “6 rõ”: rõ người, …") in its sentence', () => {
    const drafts = extractParagraphs(
      [
        'Các sở, ngành, địa phương phải xây dựng kế hoạch chi tiết theo tinh thần “6 rõ”: rõ người, rõ việc, rõ thời gian.',
        'Tình hình sản xuất trên địa bàn tỉnh cơ bản ổn định.',
      ],
      '2024-03-05',
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0].description).toContain('xây dựng kế hoạch chi tiết');
    expect(drafts[0].groupAssignees).toEqual(['Các sở, ngành, địa phương']);
  });

  it('reads "Báo cáo của Sở X cho thấy …" as a report told, not as work given', () => {
    const drafts = extractParagraphs(
      [
        'Các sở, ngành, địa phương phải xây dựng kế hoạch chi tiết.',
        'Báo cáo của Sở Tài chính cho thấy tình hình kinh tế - xã hội hai tháng đầu năm ghi nhận nhiều tín hiệu tích cực.',
      ],
      '2024-03-05',
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0].description).toContain('xây dựng kế hoạch chi tiết');
  });
});

describe('extractDirectives on the staff as a class', () => {
  it('reads "cán bộ, công chức, … trong các cơ quan, đơn vị" as a group given work', () => {
    const drafts = extract(
      'Chủ tịch UBND tỉnh yêu cầu cán bộ, công chức, viên chức trong các cơ quan, đơn vị thực hiện nghiêm giờ làm việc.',
      '2024-03-05',
    );
    expect(drafts.map((d) => d.groupAssignees)).toEqual([['cán bộ, công chức, viên chức trong các cơ quan, đơn vị']]);
  });
});

describe('extractDirectives on the wording of news items and letters', () => {
  it('reads the work after the letter acted on ("Thực hiện Công văn … đề nghị tăng cường …; UBND tỉnh yêu cầu …")', () => {
    const [draft] = extract(
      'Thực hiện Công văn số 01/BYT-DP của Bộ Y tế đề nghị tăng cường phòng, chống dịch; UBND tỉnh yêu cầu Sở Y tế ' +
        'tăng cường giám sát tại cửa khẩu.',
      '2025-09-16',
    );
    expect([draft?.title, draft?.leadDepartmentId]).toEqual(['Tăng cường giám sát tại cửa khẩu', idOf('SYT')]);
  });

  it("proposes no work from a ministry's request to the provinces after an opening purpose clause, but the province's after it", () => {
    const drafts = extractParagraphs(
      [
        'Theo đó, để chủ động ứng phó với áp thấp nhiệt đới, Ban Chỉ đạo Phòng thủ dân sự quốc gia đề nghị các tỉnh, ' +
          'thành phố theo dõi chặt chẽ bản tin cảnh báo; thông báo cho chủ các tàu thuyền biết để chủ động phòng tránh; ' +
          'duy trì thông tin liên lạc.',
        'Để chủ động ứng phó, Chủ tịch UBND tỉnh giao Sở Nông nghiệp và Phát triển nông thôn theo dõi chặt chẽ bản tin ' +
          'dự báo; kịp thời tham mưu UBND tỉnh các biện pháp ứng phó.',
      ],
      '2025-09-16',
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId])).toEqual([
      ['Theo dõi chặt chẽ bản tin dự báo', idOf('SNNPTNT')],
      ['Kịp thời tham mưu UBND tỉnh các biện pháp ứng phó', idOf('SNNPTNT')],
    ]);
  });

  it('reads the report due at intervals after ";" ("…; định kỳ báo cáo …") as work of its own of the same unit', () => {
    const drafts = extract(
      'Sở Nông nghiệp và Phát triển nông thôn được giao là cơ quan chủ trì, phối hợp với các sở, ngành theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch; định kỳ báo cáo tình hình thực hiện và đề xuất UBND tỉnh các giải pháp cần thiết.',
    );
    expect(drafts.map((d) => [d.leadDepartmentId, d.description.slice(0, 30), d.kind, d.deadlineText])).toEqual([
      [idOf('SNNPTNT'), 'Sở Nông nghiệp và Phát triển n', 'standing', null],
      [idOf('SNNPTNT'), 'Định kỳ báo cáo tình hình thực', 'recurring', 'định kỳ'],
    ]);
  });

  it('reads work given in the passive ("Dự án này đã được giao cho Sở X chủ trì …") as a directive', () => {
    const drafts = extract(
      'Dự án này đã được giao cho Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các ngành chức năng cùng nhà đầu tư lập dự án theo hình thức xã hội hóa.',
    );
    expect(drafts.map((d) => d.leadDepartmentId)).toEqual([idOf('SKHDT')]);
  });

  it('reads what a unit is doing ("đang tiến hành …") or will do ("sẽ tham mưu …") as no work given', () => {
    expect(extract('Sở Công Thương đang tiến hành các bước chuẩn bị thành lập Hiệp hội doanh nghiệp tỉnh.')).toEqual(
      [],
    );
    expect(
      extract('Sở Tài chính sẽ tham mưu UBND tỉnh điều chuyển kế hoạch vốn sang thanh toán khối lượng hoàn thành.'),
    ).toEqual([]);
    // Given by an assigner, it is work.
    expect(extract('UBND tỉnh giao Sở Tài chính sẽ tham mưu điều chuyển kế hoạch vốn.')).toHaveLength(1);
  });

  it('reads "đảm bảo yêu cầu, …" as the requirement met, not the assigner\'s "yêu cầu"', () => {
    expect(
      extract(
        'Trường hợp tiến độ dự án không đảm bảo yêu cầu, Sở Tài chính sẽ tham mưu UBND tỉnh điều chuyển kế hoạch vốn.',
      ),
    ).toEqual([]);
  });

  it('reads "Ban Chỉ đạo 389 tỉnh" as a body the chair hears, not the chair\'s "chỉ đạo"', () => {
    expect(
      extract(
        'Chiều 15/1, Chủ tịch UBND tỉnh chủ trì Hội nghị nghe Ban Chỉ đạo 389 tỉnh và các sở, ngành báo cáo kết quả công tác chống buôn lậu năm 2023, phương hướng nhiệm vụ năm 2024, tổ chức các hoạt động phục vụ Nhân dân dịp Tết.',
      ),
    ).toEqual([]);
  });

  it('reads "Thông tin trên được công bố …" as the news, not work', () => {
    expect(
      extract(
        'Thông tin trên được công bố tại cuộc họp thường kỳ tháng 9 do Chủ tịch UBND tỉnh chủ trì vào cuối tuần qua.',
      ),
    ).toEqual([]);
  });

  it('reads a time in the matter of a direction ("chỉ đạo của UBND tỉnh về …, trước, trong và sau Tết") as no deadline', () => {
    const [draft] = extract(
      'Chủ tịch UBND tỉnh yêu cầu các cấp, các ngành thực hiện nghiêm chỉ đạo của UBND tỉnh về đấu tranh chống hàng giả, bình ổn giá, phục vụ Nhân dân trước, trong và sau Tết Nguyên đán Giáp Thìn 2024, bảo vệ sức khỏe người dân.',
      '2024-01-15',
    );
    expect(draft).toMatchObject({ dueDate: null, deadlineText: null, groupAssignees: ['các cấp, các ngành'] });
  });

  it('reads "chấm dứt …" as work, so that the clause after ";" is not taken for the work of addressees', () => {
    const drafts = extract(
      'Chủ tịch UBND tỉnh yêu cầu Sở Nội vụ chấm dứt việc đi thăm hỏi, dự lễ hội; Sở Y tế tăng cường kiểm tra an toàn thực phẩm.',
    );
    expect(drafts.map((d) => d.leadDepartmentId)).toEqual([idOf('SNV'), idOf('SYT')]);
  });

  it('reads a prohibition after ";" ("…; không sử dụng …") as work of its own of the same units', () => {
    const drafts = extract(
      'Chủ tịch UBND tỉnh yêu cầu cán bộ, công chức, viên chức trong các cơ quan, đơn vị chấm dứt việc đi thăm hỏi, dự lễ hội; không sử dụng thời gian hành chính, phương tiện công để đi lễ hội.',
      '2026-02-22',
    );
    expect(drafts.map((d) => [d.groupAssignees, d.description.slice(0, 15)])).toEqual([
      [['cán bộ, công chức, viên chức trong các cơ quan, đơn vị'], 'Chủ tịch UBND t'],
      [['cán bộ, công chức, viên chức trong các cơ quan, đơn vị'], 'Không sử dụng t'],
    ]);
  });
});
describe('extractDirectives on a list of items after ";"', () => {
  it('reads an item written with a capital after ";" and opened by an action as work of its own', () => {
    const drafts = extract(
      'Chủ tịch UBND thị xã yêu cầu các phòng, ban: Cần quan tâm chuẩn bị tốt buổi gặp mặt các doanh nghiệp; Quan tâm đến lấy ý kiến của nhân dân về tiến độ các dự án; Chuẩn bị chu đáo cho lễ tổng kết du lịch.',
      '2020-10-09',
    );
    expect(drafts.map((d) => d.description)).toEqual([
      'Cần quan tâm chuẩn bị tốt buổi gặp mặt các doanh nghiệp.',
      'Quan tâm đến lấy ý kiến của nhân dân về tiến độ các dự án.',
      'Chuẩn bị chu đáo cho lễ tổng kết du lịch.',
    ]);
  });
});

describe('extractDirectives on the offices of a district or city', () => {
  it('reads "các phòng, ban, cơ quan thành phố" as a group given work, with the month it is given for', () => {
    const drafts = extract(
      'Chủ tịch UBND thành phố yêu cầu các phòng, ban, cơ quan thành phố và các xã, phường tiếp tục triển khai thực hiện nghiêm Kế hoạch số 17/KH-UBND trong tháng 9/2019.',
      '2019-08-22',
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ dueDate: '2019-09-30' });
    expect(drafts[0].groupAssignees).toContain('các phòng, ban, cơ quan thành phố');
  });
});

describe('extractDirectives on an account that lists its examples', () => {
  it('reads the sentences after "… đã tập trung xử lý … như: …" as the same account, not as work given', () => {
    const drafts = extract(
      'Trong tháng 12/2019, UBND thị xã đã tập trung xử lý các nội dung công việc để triển khai các dự án như: Khu vui chơi giải trí Cửa Hội, Quốc lộ ven biển. Phối hợp tổ chức thành công kỳ họp HĐND thị xã lần thứ 12. Chỉ đạo sản xuất vụ đông đúng kế hoạch.',
      '2020-01-06',
    );
    expect(drafts).toEqual([]);
  });
});

describe('extractDirectives on a session held', () => {
  it('reads "UBND huyện họp phiên thường kỳ …" as the session told, and still a session asked for as work', () => {
    expect(extract('Ủy ban nhân dân huyện họp phiên thường kỳ tháng 11 (lần hai)', '2020-11-18')).toEqual([]);
    const asked = extract(
      'Chủ tịch UBND tỉnh yêu cầu UBND các huyện họp giao ban hằng tuần để nắm tình hình.',
      '2020-11-18',
    );
    expect(asked).toHaveLength(1);
  });
});

describe('extractDirectives on key tasks set out', () => {
  it('reads the work after "… đề ra 15 nội dung trọng tâm, trong đó …" with its date', () => {
    const drafts = extract(
      'Để triển khai tốt nhiệm vụ trong tháng 10, thị xã tiếp tục đề ra 15 nội dung trọng tâm, trong đó tập trung chỉ đạo thực hiện các chỉ tiêu thu ngân sách trong 03 tháng cuối năm để hoàn thành kế hoạch năm 2020.',
      '2020-10-09',
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ dueDate: '2020-12-31' });
    expect(drafts[0].description).toMatch(/^tập trung chỉ đạo thực hiện/i);
  });
});

/** The one draft a text gives. */
describe('extractDirectives on units named in other ways', () => {
  it('splits "Sở X rà soát …, Sở Y tổng hợp …" into the work of each, but not a list of units before one action', () => {
    const [first, second] = extract(
      'UBND tỉnh yêu cầu Sở Kế hoạch và Đầu tư rà soát 30 công trình tiêu biểu, Sở Nội vụ tổng hợp 30 công dân tiêu biểu.',
      '2022-03-18',
    );
    expect(first).toMatchObject({ leadDepartmentId: idOf('SKHDT') });
    expect(second).toMatchObject({ leadDepartmentId: idOf('SNV') });
    expect(second.description).toMatch(/^Sở Nội vụ tổng hợp/);
    const one = onlyDraft(
      'UBND tỉnh chỉ đạo Sở Xây dựng, Sở Tài chính khẩn trương nghiên cứu các chính sách.',
      '2022-03-18',
    );
    expect(one.leadDepartmentId).toBe(idOf('SXD'));
    // "…, Sở Y phối hợp" is the cooperation in the same work.
    expect(
      onlyDraft('Sở Kế hoạch và Đầu tư rà soát các công trình tiêu biểu, Sở Nội vụ phối hợp.', '2022-03-18')
        .leadDepartmentId,
    ).toBe(idOf('SKHDT'));
  });

  it('reads a department written without its "và" ("Sở Kế hoạch Đầu tư")', () => {
    expect(
      onlyDraft(
        'Phó Chủ tịch UBND tỉnh yêu cầu Sở Kế hoạch Đầu tư soạn dự thảo văn bản trình Ban Cán sự Đảng.',
        '2022-03-18',
      ).leadDepartmentId,
    ).toBe(idOf('SKHDT'));
  });

  it('finds the work of a department the table does not know, with no lead ("Sở Ngoại vụ", "Sở Nông nghiệp và Môi trường")', () => {
    for (const text of [
      'UBND tỉnh giao Sở Ngoại vụ tham mưu cho UBND tỉnh các biện pháp quản lý.',
      'UBND tỉnh giao Sở Nông nghiệp và Môi trường phối hợp với các sở, ngành liên quan rà soát các cơ sở nuôi cá tầm.',
      'Sở Du lịch chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch kích cầu du lịch.',
    ]) {
      const draft = onlyDraft(text, '2025-08-21');
      expect(draft.leadDepartmentId).toBeNull();
      expect(draft.sourceSpan).toEqual({ start: 0, end: text.length });
    }
    // "giao số vốn" is a sum given, and "… Sở Tài chính sẽ tham mưu …" what the department will do.
    expectNoDraft('Năm 2025, UBND tỉnh giao số vốn còn lại cho các dự án khởi công mới.', '2025-08-21');
    expectNoDraft(
      'Trường hợp tiến độ dự án không đảm bảo yêu cầu, Sở Tài chính sẽ tham mưu UBND tỉnh điều chuyển kế hoạch vốn.',
      '2025-08-21',
    );
  });

  it('finds the work of offices, teams, district police and courts the table does not know', () => {
    for (const body of [
      'Văn phòng Đăng ký đất đai tỉnh',
      'Hạt Kiểm lâm huyện Ba Bể',
      'Đội Quản lý thị trường số 3',
      'Công an huyện Ba Bể',
      'Vườn quốc gia Ba Bể',
      'Cảnh sát Phòng cháy và chữa cháy tỉnh',
      'Tòa án nhân dân tỉnh',
    ]) {
      for (const text of [
        `UBND tỉnh giao ${body} rà soát các hồ sơ còn tồn đọng.`,
        `${body} khẩn trương rà soát các hồ sơ còn tồn đọng.`,
      ]) {
        expect(onlyDraft(text, '2024-03-01').leadDepartmentId).toBeNull();
      }
    }
    // "Đối với …" is no "Đội", nor "hát" a "Hạt".
    expectNoDraft('Đối với các hồ sơ còn tồn đọng, đã giải quyết xong 20 hồ sơ.', '2024-03-01');
  });

  it('reads the heads of the bodies concerned without "các" as cooperating ("Thủ trưởng cơ quan liên quan")', () => {
    const draft = onlyDraft(
      'Giám đốc Sở Nội vụ chủ trì, phối hợp với Giám đốc Sở Kế hoạch và Đầu tư, Thủ trưởng cơ quan liên quan tham mưu việc thành lập Hội đồng Quy hoạch, trình UBND thành phố trước ngày 15-11-2018.',
      '2018-11-03',
    );
    expect(draft).toMatchObject({ leadDepartmentId: idOf('SNV'), dueDate: '2018-11-15' });
    expect(draft.supportDepartmentIds).toEqual([idOf('SKHDT')]);
    expect(draft.groupAssignees).toEqual(['cơ quan liên quan']);
  });

  it('reads the committee of a city as the assigner ("UBND TP chỉ đạo Sở X, Sở Y …")', () => {
    expect(
      onlyDraft(
        'UBND TP chỉ đạo Sở Xây dựng, Sở Tài chính khẩn trương nghiên cứu các chính sách quản lý nhà, đất.',
        '2016-12-21',
      ).leadDepartmentId,
    ).toBe(idOf('SXD'));
  });
});

describe('extractDirectives on the record of a meeting', () => {
  it('drafts nothing from the list of who attended, whatever units and verbs it names', () => {
    const drafts = extractParagraphs(
      [
        'Tham dự buổi làm việc có đại diện Viện Rau quả; lãnh đạo: Sở Tài chính, Chi cục Bảo vệ thực vật; lãnh đạo UBND huyện Ba Bể và các phòng ban chuyên môn.',
        'Phó Chủ tịch UBND tỉnh yêu cầu Sở Tài chính rà soát kinh phí của dự án.',
      ],
      '2015-07-02',
    );
    expect(drafts.map((d) => d.description)).toEqual([
      'Phó Chủ tịch UBND tỉnh yêu cầu Sở Tài chính rà soát kinh phí của dự án.',
    ]);
  });

  it('reads "1. Đối với dự án …" under the conclusion as the matter of the items after it, not work', () => {
    const drafts = extract(
      [
        'Phó Chủ tịch UBND tỉnh kết luận chỉ đạo như sau:',
        '1. Đối với dự án phát triển cây ăn quả ôn đới (UBND tỉnh đã phê duyệt tại Quyết định số 1638/QĐ-UBND ngày 15/12/2014)',
        '- Sở Tài chính rà soát kinh phí của dự án.',
        '2. Đối với dự án trồng chè',
        '- Sở Xây dựng kiểm tra các công trình.',
      ].join('\n\n'),
      '2015-07-02',
    );
    expect(drafts.map((d) => d.leadDepartmentId)).toEqual([idOf('STC'), idOf('SXD')]);
  });
});

describe('extractDirectives on dates, documents and reports told around the work', () => {
  it('reads "Trước ngày 25-10, UBND các huyện … phải báo cáo …", and a second dated report after "và"', () => {
    const [first, second] = extract(
      'Trước ngày 25-10, UBND các huyện, thị xã, thành phố phải báo cáo sơ bộ kết quả rà soát trên địa bàn và trước ngày 16-11 phải báo cáo chính thức kết quả về Sở Lao động – Thương binh và Xã hội để tổng hợp.',
      '2018-08-01',
    );
    expect(first).toMatchObject({ dueDate: '2018-10-25', groupAssignees: ['UBND các huyện, thị xã, thành phố'] });
    expect(second.dueDate).toBe('2018-11-16');
    expect(second.description).toMatch(/^Trước ngày 16-11 phải báo cáo chính thức/);
  });

  it('reads a unit that reported to the meeting as news ("Lãnh đạo Sở Xây dựng tỉnh An Giang đã báo cáo …")', () => {
    expectNoDraft(
      'Lãnh đạo Sở Xây dựng tỉnh Bắc Kạn đã báo cáo tiến độ một số dự án trọng điểm của ngành.',
      '2026-03-11',
    );
    expect(
      onlyDraft('Sở Xây dựng báo cáo tiến độ các dự án trọng điểm trước ngày 10/3/2026.', '2026-03-01').dueDate,
    ).toBe('2026-03-10');
  });

  it('keeps a list of documents by number in its work ("tại các văn bản số: 2766/UBND-KTTH …; 1063/TB-UBND …")', () => {
    const draft = onlyDraft(
      'Các sở, ngành tỉnh tiếp tục phối hợp chặt chẽ với Sở Kế hoạch và Đầu tư, đồng bộ với các chỉ đạo của UBND tỉnh tại các văn bản số: 2766/UBND-KTTH ngày 29/8/2023; 1034/TB-UBND ngày 02/11/2023; 1063/TB-UBND ngày 10/11/2023, hoàn thành trước ngày 08/12/2023.',
      '2023-12-08',
    );
    expect(draft.dueDate).toBe('2023-12-08');
    expect(draft.description).toMatch(/hoàn thành trước ngày 08\/12\/2023\.$/);
  });

  it('reads "Xác định đây là nhiệm vụ quan trọng trong năm 2023, …" as the weight of the work, not its deadline', () => {
    const draft = onlyDraft(
      'Xác định đây là nhiệm vụ quan trọng trong năm 2023, UBND tỉnh yêu cầu Giám đốc các sở đề cao tinh thần trách nhiệm của người đứng đầu.',
      '2023-12-08',
    );
    expect(draft).toMatchObject({ dueDate: null, deadlineText: null });
  });

  it('gives the duty to report difficulties after work given a draft of its own', () => {
    const drafts = extract(
      'UBND tỉnh yêu cầu Giám đốc các sở đề cao tinh thần trách nhiệm. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo UBND tỉnh để xem xét, chỉ đạo.',
      '2023-12-08',
    );
    expect(drafts.map((d) => d.description)).toEqual([
      'UBND tỉnh yêu cầu Giám đốc các sở đề cao tinh thần trách nhiệm.',
      'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo UBND tỉnh để xem xét, chỉ đạo.',
    ]);
  });
});

describe('extractDirectives on connectors, the passive and counting', () => {
  it('reads "Đồng thời, phân công, bố trí cán bộ …" as more work of the same units, titled without the connector', () => {
    const drafts = extract(
      'UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện, thành, thị triển khai thực hiện nghiêm túc Chỉ thị về ' +
        'tổ chức Tết. Đồng thời, phân công, bố trí cán bộ, công chức trực xử lý công việc trong dịp Tết.',
      '2025-01-20',
    );
    expect(drafts.map((d) => [d.title, d.groupAssignees, d.groupKeys])).toEqual([
      [
        'Triển khai thực hiện nghiêm túc Chỉ thị về tổ chức Tết',
        ['các sở, ban, ngành', 'UBND các huyện, thành, thị'],
        ['departments', 'districts'],
      ],
      [
        'Phân công, bố trí cán bộ, công chức trực xử lý công việc trong dịp Tết',
        ['các sở, ban, ngành', 'UBND các huyện, thành, thị'],
        ['departments', 'districts'],
      ],
    ]);
  });

  it('reads the work after "Cùng với đó,", and a class of bodies given work in the passive', () => {
    expect(
      onlyDraft(
        'Cùng với đó, Sở Y tế tập trung cấp cứu, điều trị kịp thời cho người bị nghi ngộ độc thực phẩm.',
        '2025-12-15',
      ).leadDepartmentId,
    ).toBe(idOf('SYT'));
    const passive = onlyDraft(
      'Cùng với đó, các cơ sở khám, chữa bệnh được chỉ đạo tập trung cấp cứu, điều trị kịp thời cho người bị nghi ngộ độc.',
      '2025-12-15',
    );
    expect(passive.leadDepartmentId).toBeNull();
  });

  it('reads "chính quyền các địa phương" as a group given work, and "Kiên quyết không để xảy ra …" as work', () => {
    expect(
      onlyDraft(
        'UBND tỉnh Quảng Ninh yêu cầu chính quyền các địa phương đẩy mạnh việc tuyên truyền giá trị văn hóa của lễ hội.',
        '2018-01-18',
      ).groupAssignees,
    ).toEqual(['chính quyền các địa phương']);
    expect(
      onlyDraft('Kiên quyết không để xảy ra các tình trạng phản cảm, chen lấn tại lễ hội.', '2018-01-18')
        .leadDepartmentId,
    ).toBeNull();
  });

  it('reads "… cho biết, tỉnh đã chỉ đạo …" as news of what was directed', () => {
    expectNoDraft(
      'Tối 20.9, thông tin từ UBND tỉnh Đồng Tháp cho biết, tỉnh đã chỉ đạo các sở, ngành liên quan và UBND P.Cao Lãnh khẩn trương triển khai các biện pháp ứng phó, khắc phục vụ sạt lở trên địa bàn.',
      '2025-09-20',
    );
  });

  it('reads "thống kê" as work ("… thống kê chính xác thiệt hại, Sở X tổng hợp …"), not "Thống kê năm 2018, …"', () => {
    const [count, report] = extract(
      'Chỉ đạo UBND cấp xã và cơ quan chuyên môn thống kê chính xác thiệt hại do thiên tai gây ra, sở Nông nghiệp và Phát triển nông thôn tổng hợp, báo cáo UBND tỉnh.',
      '2018-04-20',
    );
    expect(count.description).toMatch(/thống kê chính xác thiệt hại do thiên tai gây ra\.$/);
    expect(report.leadDepartmentId).toBe(idOf('SNNPTNT'));
    expectNoDraft('Thống kê năm 2018, các địa phương kiên cố hóa được 120 km kênh mương.', '2019-03-01');
  });
});

function onlyDraft(text: string, date: string) {
  const drafts = extract(text, date);
  expect(drafts).toHaveLength(1);
  return drafts[0];
}

/** A text that gives no work. */
const expectNoDraft = (text: string, date: string) => expect(extract(text, date)).toEqual([]);

describe('extractDirectives on work stressed or set apart', () => {
  it('reads "Đặc biệt, Chi nhánh Bến Cát phải hoàn tất …" as the branch\'s work with its date', () => {
    const draft = onlyDraft(
      'Đặc biệt, Chi nhánh Bến Cát phải hoàn tất bàn giao mặt bằng dự án nút giao Cầu Đò 2 cho nhà thầu trước ngày 15-9.',
      '2025-09-11',
    );
    expect(draft.dueDate).toBe('2025-09-15');
  });

  it('reads the unit named after "Riêng công tác …," as the subject of the work', () => {
    const draft = onlyDraft(
      'Riêng công tác di dời hạ tầng điện, cáp quang, Sở Công thương phải phối hợp cùng Tổng Công ty Điện lực và các đơn vị liên quan xử lý dứt điểm.',
      '2025-09-11',
    );
    expect(draft.leadDepartmentId).toBe(idOf('SCT'));
  });
});

describe('extractDirectives on duties of a plan', () => {
  it('reads "Trong quá trình triển khai thực hiện phát sinh khó khăn, vướng mắc các đơn vị kịp thời báo cáo …" as work', () => {
    const draft = onlyDraft(
      'Trong quá trình triển khai thực hiện phát sinh khó khăn, vướng mắc các đơn vị kịp thời báo cáo Ủy ban nhân dân tỉnh để cấp có thẩm quyền xem xét.',
      '2022-01-25',
    );
    expect(draft.description).toMatch(/kịp thời báo cáo/);
    // What was done about a difficulty is told, not given.
    expectNoDraft(
      'Trong quá trình thực hiện gặp khó khăn về kinh phí, các đơn vị đã báo cáo Ủy ban nhân dân tỉnh.',
      '2022-01-25',
    );
  });

  it('reads "Công tác tuyển sinh … sẽ hoàn thành trước ngày …" as dated work, but not a calendar date', () => {
    const draft = onlyDraft(
      'Thời gian kết thúc năm học 2022- 2023 của các cấp học sẽ trước ngày 31/5/2023. Công tác tuyển sinh vào lớp 10 năm học 2023-2024 sẽ hoàn thành trước ngày 31/7/2023.',
      '2022-08-12',
    );
    expect(draft.dueDate).toBe('2023-07-31');
    expect(draft.description).toMatch(/^Công tác tuyển sinh/);
    // A work already done before a date is an account.
    expectNoDraft('Công tác tuyển sinh vào lớp 10 đã hoàn thành trước ngày 31/7/2022.', '2022-08-12');
  });
});

describe('extractDirectives on a local committee telling what it did', () => {
  it('reads "UBND huyện Chư Pưh vừa tổ chức Hội nghị …" as news, and its work when it is asked', () => {
    expectNoDraft(
      'UBND huyện Chư Pưh vừa tổ chức Hội nghị tổng kết năm 2023, triển khai nhiệm vụ năm 2024.',
      '2023-12-02',
    );
    expect(
      onlyDraft('UBND huyện Khánh Sơn khẩn trương rà soát, báo cáo trước ngày 10/12/2023.', '2023-12-02').dueDate,
    ).toBe('2023-12-10');
  });
});

describe('extractDirectives on a unit singled out after "trong đó"', () => {
  it('reads "…; trong đó, Công an tỉnh chủ trì, xây dựng …" as the police\'s own work', () => {
    const drafts = extract(
      'Ủy ban Nhân dân tỉnh chỉ đạo các sở, ban, ngành, địa phương phối hợp chặt chẽ; trong đó, Công an tỉnh chủ trì, xây dựng, triển khai nghiêm túc phương án đón đoàn rước.',
      '2025-05-15',
    );
    expect(drafts.map((d) => [d.leadDepartmentId, d.description])).toEqual([
      [null, expect.stringMatching(/phối hợp chặt chẽ\.?$/)],
      [idOf('CA'), expect.stringMatching(/^Công an tỉnh chủ trì, xây dựng, triển khai nghiêm túc phương án/)],
    ]);
    // A part of the same work singled out stays with it.
    expect(
      extract('Sở Tài chính rà soát các khoản chi; trong đó, chú ý các khoản chi thường xuyên.', '2025-05-15'),
    ).toHaveLength(1);
  });
});

describe('extractDirectives on a district named without its committee', () => {
  it('reads "Ngành nông nghiệp, huyện Thái Thụy phối hợp …" and "Huyện Thái Thụy phối hợp …" as their work', () => {
    const [both] = extract(
      'Ngành nông nghiệp, huyện Thái Thụy phối hợp với các đơn vị có liên quan chuẩn bị trang trí khánh tiết.',
      '2017-01-17',
    );
    expect(both.groupAssignees).toEqual(expect.arrayContaining(['Ngành nông nghiệp', 'huyện Thái Thụy']));
    expect(onlyDraft('Thị xã Sa Pa tiếp tục kiểm tra các điểm du lịch.', '2017-01-17').groupAssignees).toEqual([
      'Thị xã Sa Pa',
    ]);
    // A commune, township or ward, as the 2025 reorganisation leaves most units below the province.
    expect(
      onlyDraft('Phường Minh Xuân cần tập trung giải phóng mặt bằng, hoàn thành trước ngày 30/6/2025.', '2025-08-01')
        .groupAssignees,
    ).toEqual(['Phường Minh Xuân']);
    expect(
      onlyDraft('Xã Tân Thành phải hoàn thành việc bàn giao mặt bằng trước ngày 15/9/2025.', '2025-08-01')
        .groupAssignees,
    ).toEqual(['Xã Tân Thành']);
    expect(onlyDraft('Thị trấn Phủ Thông tiếp tục rà soát các hộ kinh doanh.', '2025-08-01').groupAssignees).toEqual([
      'Thị trấn Phủ Thông',
    ]);
    // Not the words "xã hội", "phương án" opening a sentence.
    expectNoDraft('Xã hội hóa cần được đẩy mạnh hơn nữa.', '2025-08-01');
    expectNoDraft('Phương án cần được hoàn thiện sớm.', '2025-08-01');
    // A district told about is no assignee.
    expectNoDraft('Huyện Thái Thụy có 5 xã ven biển.', '2017-01-17');
  });
});

describe("extractDirectives on a director named by the department's initials", () => {
  it('reads "giao Giám đốc GD&ĐT, sở Lao động - Thương binh và Xã hội thông báo …" as led by the education department', () => {
    const draft = onlyDraft(
      'Đồng thời, UBND tỉnh giao Giám đốc GD&ĐT, sở Lao động - Thương binh và Xã hội thông báo đến các cơ sở giáo dục.',
      '2020-02-15',
    );
    expect(draft.leadDepartmentId).toBe(idOf('SGDDT'));
  });
});

describe('extractDirectives on a city committee telling and on the time of the work given', () => {
  it('reads "UBND TP Cần Thơ cũng đã có quyết định bổ sung …" as news, and "Thời gian tặng quà phải hoàn thành trong ngày 1-9" as the date of the work before it', () => {
    expectNoDraft(
      'UBND TP Cần Thơ cũng đã có quyết định bổ sung hơn 409 tỉ đồng cho ngân sách xã, phường để tặng quà nhân dân.',
      '2025-08-31',
    );
    const draft = onlyDraft(
      'UBND TP Cần Thơ vừa có công văn yêu cầu chủ tịch UBND các xã, phường khẩn trương tổ chức thực hiện việc tặng quà người dân. Thời gian tặng quà phải hoàn thành trong ngày 1-9.',
      '2025-08-31',
    );
    expect(draft.dueDate).toBe('2025-09-01');
  });
});

describe('extractDirectives on what an official is quoted as saying', () => {
  it('reads the work after "Theo bà …, Phó Giám đốc Sở …," and leaves out what is told or promised', () => {
    expect(
      onlyDraft(
        'Theo bà Phan Thị Thu Sương - Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, UBND các huyện, thành phố cần triển khai ngay các quy hoạch trên địa bàn.',
        '2013-03-07',
      ).groupAssignees,
    ).toEqual(['UBND các huyện, thành phố']);
    expectNoDraft('Theo ông Nguyễn Văn An, Giám đốc Sở Y tế, thời gian tới Sở sẽ tăng cường kiểm tra.', '2013-03-07');
    expectNoDraft('Theo ông An, các huyện đã hoàn thành việc rà soát.', '2013-03-07');
  });
});

describe('extractDirectives on the orders of an emergency telegram', () => {
  const text =
    'Cấm tất cả các phương tiện, tàu, thuyền ra biển hoạt động từ 12h ngày 26/9/2022 cho đến khi có thông báo chính thức. Hoàn thành việc kêu gọi tàu, thuyền trước 10h ngày 26/9/2022. Hoàn thành việc neo đậu tàu, thuyền tại khu neo trú trước 8h ngày 27/9/2022.\n\nUBND tỉnh giao Sở Giáo dục và Đào tạo tổ chức triển khai các biện pháp đảm bảo an toàn cho học sinh. Thông báo cho các cơ sở giáo dục cho học sinh nghỉ học kể từ 7h ngày 27/9/2022.';

  it('reads "Thông báo cho …", "Cấm …" and each "Hoàn thành việc … trước …" as work of its own, with its own time', () => {
    const drafts = extract(text, '2022-09-25');
    expect(drafts.map((d) => [d.description.slice(0, 24), d.leadDepartmentId, d.dueDate])).toEqual([
      ['Cấm tất cả các phương ti', null, null],
      ['Hoàn thành việc kêu gọi ', null, '2022-09-26'],
      ['Hoàn thành việc neo đậu ', null, '2022-09-27'],
      ['UBND tỉnh giao Sở Giáo d', idOf('SGDDT'), null],
      ['Thông báo cho các cơ sở ', idOf('SGDDT'), null],
    ]);
    // "Thông báo cho biết …" tells what a notice says.
    expectNoDraft('Thông báo cho biết học sinh sẽ đi học trở lại từ ngày 17/2.', '2020-02-15');
  });
});

describe('extractDirectives on a meeting told in the news', () => {
  it('reads neither what a meeting discussed nor the documents it heard as work', () => {
    expectNoDraft(
      'Ngày 24/6/2020 UBND huyện tổ chức phiên họp thường kỳ tháng 6 năm 2020. Đánh giá tình hình kinh tế xã hội của huyện 6 tháng đầu năm, bàn phương hướng nhiệm vụ 6 tháng cuối năm.\n\nTại hội nghị, các đại biểu nghe và cho ý kiến vào các dự thảo: Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm; phương hướng, nhiệm vụ 6 tháng cuối năm. Báo cáo công tác tiếp dân 6 tháng đầu năm.',
      '2020-06-24',
    );
    expectNoDraft('Các xã, phường dự họp qua đường truyền trực tuyến.', '2018-02-22');
    expectNoDraft(
      'Tập trung khoảng 1.000 người tham dự; với tổng kinh phí thực hiện là 54.810.000 đồng.',
      '2012-04-22',
    );
    // The work given after the meeting is told still is.
    const draft = onlyDraft(
      'Ngày 24/6/2020 UBND huyện tổ chức phiên họp thường kỳ tháng 6 năm 2020. Chủ tịch UBND huyện yêu cầu các xã rà soát các nguồn thu trên địa bàn.',
      '2020-06-24',
    );
    expect(draft.description).toMatch(/rà soát các nguồn thu/);
  });
});

describe('extractDirectives on a chairman quoted in the news', () => {
  it('reads the work after "Theo Chủ tịch UBND tỉnh …," and "cần chỉnh lý …", with no deadline from the aim "tiến tới …"', () => {
    const drafts = extract(
      'Theo Chủ tịch UBND tỉnh Lê Trí Thanh, các cơ quan chủ trì soạn thảo báo cáo tiếp thu ý kiến, hoàn chỉnh các đánh giá về thu chi ngân sách. Ngoài ra cần chỉnh lý số liệu trong các báo cáo cho trùng khớp, nêu rõ những biện pháp cụ thể tiến tới hoàn thành kế hoạch 6 tháng cuối năm.',
      '2021-06-23',
    );
    expect(drafts.map((d) => [d.description.slice(0, 30), d.dueDate])).toEqual([
      ['Theo Chủ tịch UBND tỉnh Lê Trí', null],
      ['Ngoài ra cần chỉnh lý số liệu ', null],
    ]);
  });
});

describe("extractDirectives on the chairman's remark before the request", () => {
  it('reads the units after "lưu ý …, yêu cầu" and "nhấn mạnh …, đề nghị" as those given the work', () => {
    const [noted, stressed] = extractParagraphs(
      [
        'Thống nhất với ý kiến của các đại biểu, Chủ tịch UBND tỉnh lưu ý thời gian 02 tháng không còn nhiều, yêu cầu ' +
          'các sở, ngành theo dõi sát diễn biến tình hình.',
        'Chủ tịch UBND tỉnh nhấn mạnh giải ngân còn chậm, đề nghị Sở Tài chính rà soát, điều chuyển vốn trước ngày 15/11/2025.',
      ],
      '2025-11-04',
    );
    expect([noted.title, noted.groupAssignees, noted.leadDepartmentId]).toEqual([
      'Theo dõi sát diễn biến tình hình',
      ['các sở, ngành'],
      null,
    ]);
    expect(stressed).toMatchObject({
      title: 'Rà soát, điều chuyển vốn',
      leadDepartmentId: idOf('STC'),
      dueDate: '2025-11-15',
    });
  });
});

describe('extractDirectives on a body the table does not know, with the basis of its work', () => {
  it('reads "chỉ đạo Sở Nông nghiệp và Môi trường, trên cơ sở phương án …, hướng dẫn …" as work', () => {
    const draft = onlyDraft(
      'Chủ tịch Ủy ban nhân dân tỉnh vừa có văn bản chỉ đạo Sở Nông nghiệp và Môi trường, trên cơ sở phương án ứng phó với sạt lở đã được phê duyệt, hướng dẫn chính quyền cấp xã rà soát, khoanh vùng khu vực sạt lở.',
      '2025-07-17',
    );
    expect(draft.description).toMatch(/hướng dẫn chính quyền cấp xã/);
  });
});

describe('extractDirectives on a list under each unit', () => {
  it('gives the heading\'s unit the lead of "Chủ trì, phối hợp với …" and "Phối hợp với …", the units named there cooperating', () => {
    const drafts = extract(
      [
        'Chủ tịch UBND tỉnh giao nhiệm vụ như sau:',
        '1. Sở Tài chính:',
        '- Chủ trì, phối hợp với Sở Y tế tham mưu UBND tỉnh bố trí kinh phí mua sắm trang thiết bị y tế, hoàn thành ' +
          'trước ngày 05/12/2025.',
        '- Chủ trì, phối hợp với các đơn vị liên quan tham mưu điều chỉnh kế hoạch đầu tư công năm 2025.',
        '- Phối hợp với Sở Nội vụ rà soát biên chế.',
        '2. Sở Y tế: Chủ trì, phối hợp với các địa phương kiểm tra an toàn thực phẩm dịp Tết.',
        '3. Công an tỉnh tăng cường bảo đảm an ninh, trật tự, an toàn giao thông dịp cuối năm và Tết Nguyên đán.',
      ].join('\n'),
      '2025-11-20',
    );
    expect(drafts.map((d) => [d.leadDepartmentId, d.supportDepartmentIds, d.groupAssignees, d.dueDate])).toEqual([
      [idOf('STC'), [idOf('SYT')], [], '2025-12-05'],
      [idOf('STC'), [], ['các đơn vị liên quan'], null],
      [idOf('STC'), [idOf('SNV')], [], null],
      [idOf('SYT'), [], ['các địa phương'], null],
      [idOf('CA'), [], [], null],
    ]);
    expect(drafts[4].title).toBe(
      'Tăng cường bảo đảm an ninh, trật tự, an toàn giao thông dịp cuối năm và Tết Nguyên đán',
    );
  });

  it('reads a numbered line naming the units and no work ("1.Sở Công Thương chủ trì, phối hợp với …") as the heading of the lettered items below', () => {
    const drafts = extract(
      [
        'Chủ tịch UBND tỉnh giao nhiệm vụ cụ thể như sau:',
        '1.Sở Công Thương chủ trì, phối hợp với các sở, ngành, địa phương liên quan',
        'a) Chủ động nắm bắt tình hình cung ứng hàng hóa, giá cả các mặt hàng thiết yếu.',
        'b) Tham mưu UBND tỉnh kế hoạch dự trữ hàng hóa phục vụ Tết.',
        '2. Sở Y tế',
        'a) Bảo đảm đủ thuốc, trang thiết bị y tế trong dịp Tết.',
      ].join('\n'),
      '2026-01-07',
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId, d.groupAssignees])).toEqual([
      [
        'Chủ động nắm bắt tình hình cung ứng hàng hóa, giá cả các mặt hàng thiết yếu',
        idOf('SCT'),
        ['các sở, ngành, địa phương liên quan'],
      ],
      ['Tham mưu UBND tỉnh kế hoạch dự trữ hàng hóa phục vụ Tết', idOf('SCT'), ['các sở, ngành, địa phương liên quan']],
      ['Bảo đảm đủ thuốc, trang thiết bị y tế trong dịp Tết', idOf('SYT'), []],
    ]);
  });

  it('gives "…; phối hợp Sở X; …; UBND cấp xã … thực hiện …" the lead named before it, the units listed apart cooperating', () => {
    const drafts = extract(
      'Chủ tịch UBND tỉnh giao Sở Xây dựng chủ trì khẩn trương triển khai Công văn số 15473/BXD-TTCNTT; phối hợp Sở Y tế; ' +
        'Viễn thông Đồng Nai (VNPT Đồng Nai); UBND cấp xã và các đơn vị liên quan thực hiện các nội dung theo lộ trình.',
      '2025-12-22',
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId, d.supportDepartmentIds, d.groupAssignees])).toEqual([
      ['Khẩn trương triển khai Công văn số 15473/BXD-TTCNTT', idOf('SXD'), [], []],
      [
        'Thực hiện các nội dung theo lộ trình',
        idOf('SXD'),
        [idOf('SYT')],
        ['Viễn thông Đồng Nai (VNPT Đồng Nai)', 'UBND cấp xã', 'các đơn vị liên quan'],
      ],
    ]);
  });

  it('keeps the cooperating bodies the table lacks by name, not as the start of the work', () => {
    const drafts = extract(
      [
        '1. Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội tỉnh, Hội Chữ thập đỏ tỉnh tổ chức khám, cấp thuốc miễn phí.',
        '2. Công an tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh, Công ty Điện lực Bắc Kạn bảo đảm an toàn lưới điện.',
        '3. Đề nghị Hiệp hội Doanh nghiệp tỉnh chủ trì, phối hợp với Hội Doanh nhân trẻ, Câu lạc bộ Nữ doanh nhân tỉnh ' +
          'và các cơ quan chuyên môn của UBND tỉnh tổng hợp kiến nghị của doanh nghiệp.',
        '4. Sở Công Thương phối hợp với UBND các huyện, thành phố Bắc Kạn và các đơn vị liên quan kiểm tra thị trường.',
      ].join('\n'),
      '2024-01-10',
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId, d.groupAssignees])).toEqual([
      ['Tổ chức khám, cấp thuốc miễn phí', idOf('SYT'), ['Bảo hiểm xã hội tỉnh', 'Hội Chữ thập đỏ tỉnh']],
      ['Bảo đảm an toàn lưới điện', idOf('CA'), ['Bộ Chỉ huy Quân sự tỉnh', 'Công ty Điện lực Bắc Kạn']],
      [
        'Hiệp hội Doanh nghiệp tỉnh tổng hợp kiến nghị của doanh nghiệp',
        null,
        ['Hội Doanh nhân trẻ', 'Câu lạc bộ Nữ doanh nhân tỉnh', 'các cơ quan chuyên môn của UBND tỉnh'],
      ],
      // "Bắc Kạn" is the place of the group before it, not a body of its own.
      ['Kiểm tra thị trường', idOf('SCT'), ['UBND các huyện, thành phố Bắc Kạn', 'các đơn vị liên quan']],
    ]);
  });

  it('reads the work given after what the chairman agreed to in the same sentence', () => {
    const drafts = extract(
      'Thống nhất thời gian tổ chức Hội nghị tổng kết năm 2025 vào ngày 10/01/2026; Văn phòng UBND tỉnh chuẩn bị ' +
        'nội dung, địa điểm.',
      '2025-11-20',
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId])).toEqual([
      ['Chuẩn bị nội dung, địa điểm', idOf('VP-UBND')],
    ]);
  });

  it('leaves "trong 15 ngày kể từ ngày ký Thông báo này" out of the title as a whole', () => {
    const [counted] = extract(
      'Giao Sở Giáo dục và Đào tạo trong 15 ngày kể từ ngày ký Thông báo này, báo cáo UBND tỉnh kết quả rà soát.',
      '2025-11-20',
    );
    expect(counted).toMatchObject({ title: 'Báo cáo UBND tỉnh kết quả rà soát', dueDate: '2025-12-05' });
  });
});

describe('extractDirectives with a local committee the unit table does not hold', () => {
  it('reads "UBND xã Nam Cường" as one unit outside the table: no lead, no group, its name before its work', () => {
    const [draft] = extract('Giao UBND xã Nam Cường chủ trì rà soát hộ nghèo, hoàn thành trước ngày 15/3/2024.');
    expect(draft).toMatchObject({
      title: 'UBND xã Nam Cường rà soát hộ nghèo',
      leadDepartmentId: null,
      groupAssignees: [],
      dueDate: '2024-03-15',
    });
  });

  it('reads the committees of wards and special zones as it reads those of communes', () => {
    const drafts = extractParagraphs(
      [
        'Chủ tịch UBND tỉnh yêu cầu UBND phường Đức Xuân phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức Lễ hội.',
        'Giao UBND các phường, xã rà soát hộ nghèo.',
        'UBND đặc khu Vân Đồn kiểm tra an toàn các tàu du lịch.',
      ],
      '2025-09-15',
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId, d.supportDepartmentIds, d.groupAssignees])).toEqual([
      ['UBND phường Đức Xuân tổ chức Lễ hội', null, [idOf('SVHTTDL')], []],
      ['Rà soát hộ nghèo', null, [], ['UBND các phường, xã']],
      ['UBND đặc khu Vân Đồn kiểm tra an toàn các tàu du lịch', null, [], []],
    ]);
    expect(drafts[1].groupKeys).toEqual(['communes']);
  });

  it('reads the offices of central bodies the table lacks as units: cooperating, or leading with their name kept', () => {
    const drafts = extractParagraphs(
      [
        'Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước tỉnh rà soát, thu hồi các khoản tạm ứng quá hạn.',
        'Đề nghị Bảo hiểm xã hội tỉnh phối hợp với Sở Y tế giải quyết dứt điểm các vướng mắc trong thanh toán.',
      ],
      '2025-12-10',
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId, d.supportDepartmentIds])).toEqual([
      ['Rà soát, thu hồi các khoản tạm ứng quá hạn', idOf('STC'), []],
      ['Bảo hiểm xã hội tỉnh giải quyết dứt điểm các vướng mắc trong thanh toán', null, [idOf('SYT')]],
    ]);
  });

  it('reads what a body "vừa thông báo" as news, not work, but "vừa … vừa …" as work', () => {
    expect(extract('Cục Thống kê tỉnh vừa thông báo chính thức sản lượng lúa năm 2019.', '2019-12-20')).toEqual([]);
    expect(extract('Sở Y tế vừa thông báo kết quả xét nghiệm.', '2019-12-20')).toEqual([]);
    expect(
      extract('Sở Y tế vừa bảo đảm khám chữa bệnh, vừa phòng chống dịch.', '2019-12-20').map((d) => d.leadDepartmentId),
    ).toEqual([idOf('SYT')]);
  });

  it('keeps the lead of the table when the unknown committee only cooperates', () => {
    const [draft] = extract(
      'Giao Sở Kế hoạch và Đầu tư phối hợp với UBND huyện Vị Xuyên rà soát danh mục dự án đầu tư công.',
    );
    // The committee outside the table is kept by name with the groups, as the office reads them.
    expect(draft).toMatchObject({
      title: 'Rà soát danh mục dự án đầu tư công',
      leadDepartmentId: idOf('SKHDT'),
      groupAssignees: ['UBND huyện Vị Xuyên'],
    });
  });

  it('reads a department the table lacks (one of another time, as those formed in 2025) as a lead outside the table', () => {
    const drafts = extractParagraphs(
      [
        'Chủ tịch UBND tỉnh giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính theo dõi chặt chẽ các ' +
          'bản tin dự báo; tổ chức triển khai thực hiện Công văn.',
        'Giao Sở Ngoại vụ chủ trì, phối hợp với các sở, ngành liên quan rà soát các đoàn ra, hoàn thành trước ngày 30/9/2025.',
      ],
      '2025-09-16',
    );
    expect(
      drafts.map((d) => [d.title, d.leadDepartmentId, d.supportDepartmentIds, d.groupAssignees, d.dueDate]),
    ).toEqual([
      ['Sở Nông nghiệp và Môi trường theo dõi chặt chẽ các bản tin dự báo', null, [idOf('STC')], [], null],
      ['Sở Nông nghiệp và Môi trường tổ chức triển khai thực hiện Công văn', null, [idOf('STC')], [], null],
      ['Sở Ngoại vụ rà soát các đoàn ra', null, [], ['các sở, ngành liên quan'], '2025-09-30'],
    ]);
  });

  it('keeps the unit a lead outside the table cooperates with as cooperating, not as the lead', () => {
    const [treasury] = extract(
      'Kho bạc Nhà nước tỉnh chủ trì, phối hợp với Sở Tài chính rà soát các khoản tạm ứng quá hạn.',
    );
    expect(treasury).toMatchObject({
      title: 'Kho bạc Nhà nước tỉnh rà soát các khoản tạm ứng quá hạn',
      leadDepartmentId: null,
      supportDepartmentIds: [idOf('STC')],
    });
    const [commune] = extract('UBND xã Nam Cường chủ trì, phối hợp với Sở Y tế tổ chức tiêm chủng.');
    expect([commune.title, commune.leadDepartmentId, commune.supportDepartmentIds]).toEqual([
      'UBND xã Nam Cường tổ chức tiêm chủng',
      null,
      [idOf('SYT')],
    ]);
  });

  it('still reads "UBND huyện" followed by the work as the group, and a district of the table as that unit', () => {
    const [group] = extract('Giao UBND huyện tập trung rà soát hộ nghèo.');
    expect(group.groupAssignees).toEqual(['UBND huyện']);
    const [known] = extract('Giao UBND huyện Ba Bể chủ trì rà soát hộ nghèo.');
    expect(known).toMatchObject({ title: 'Rà soát hộ nghèo', leadDepartmentId: idOf('UBND-BB') });
  });

  it("dates the same unknown unit's earlier work with the closing time, as it does for a unit of the table", () => {
    const drafts = extractParagraphs(
      [
        'UBND tỉnh đã có văn bản giao UBND thị xã Đông Hòa chủ trì, phối hợp với các cơ quan, đơn vị liên quan kiểm ' +
          'tra, xác minh làm rõ thông tin báo chí phản ánh.',
        'Đồng thời, UBND thị xã Đông Hòa báo cáo, đề xuất UBND tỉnh giải pháp quản lý di tích. Thời gian thực hiện ' +
          'trước ngày 18/3/2023.',
      ],
      '2023-03-07',
    );
    expect(drafts.map((d) => [d.title, d.dueDate])).toEqual([
      ['UBND thị xã Đông Hòa kiểm tra, xác minh làm rõ thông tin báo chí phản ánh', '2023-03-18'],
      ['UBND thị xã Đông Hòa báo cáo, đề xuất UBND tỉnh giải pháp quản lý di tích', '2023-03-18'],
    ]);
  });
});

describe('extractDirectives on a decision', () => {
  const decision = [
    'QUYẾT ĐỊNH:',
    'Điều 1. Phê duyệt danh sách các sản phẩm nông sản hàng hóa cấp tỉnh, giai đoạn 2018 - 2020 gồm 02 sản phẩm, cụ thể như sau:',
    '1. Vải thiều Lục Ngạn;',
    '2. Gà đồi Yên Thế.',
    'Điều 2. Giao Sở Công Thương chủ trì, phối hợp với các cơ quan liên quan tổ chức xúc tiến thương mại, kết nối cung cầu.',
    'Điều 3. Thủ trưởng các cơ quan: Văn phòng UBND tỉnh, Sở Công Thương, Sở Tài chính, Chủ tịch UBND các huyện, thành phố và các cơ quan, đơn vị liên quan căn cứ Quyết định thi hành./.',
  ].join('\n');

  it('reads the work of its articles, not what it approves nor the article that has it carried out', () => {
    const drafts = extract(decision, '2018-04-26');
    expect(drafts.map((d) => [d.leadDepartmentId, d.description.slice(0, 28)])).toEqual([
      [idOf('SCT'), 'Điều 2. Giao Sở Công Thương '],
    ]);
  });
});

describe("extractDirectives on a citizens' reception", () => {
  it("reads the leader's directions, not who took part nor what the citizens asked of the province", () => {
    const drafts = extractParagraphs(
      [
        'Ngày 18/02, UBND tỉnh tổ chức tiếp công dân định kỳ. Cùng tham gia tiếp dân có đại diện lãnh đạo các cơ quan: Sở Tài nguyên và Môi trường, Thanh tra tỉnh, Văn phòng UBND tỉnh.',
        'Tại buổi tiếp công dân, lãnh đạo tỉnh đã tiếp 12 lượt công dân, các công dân đến khiếu nại chủ yếu liên quan đến tranh chấp đất đai; yêu cầu tỉnh chỉ đạo, đôn đốc cơ quan chức năng liên quan sớm giải quyết vụ việc còn tồn đọng.',
        'Tại phiên tiếp công dân, Phó Chủ tịch UBND tỉnh đã ghi nhận các ý kiến phản ánh, kiến nghị của công dân; chỉ đạo cơ quan chức năng nhận đơn thư và hướng dẫn công dân gửi đơn đúng cơ quan có thẩm quyền giải quyết.',
      ],
      '2019-02-18',
    );
    expect(drafts.map((d) => d.description.slice(0, 40))).toEqual(['Chỉ đạo cơ quan chức năng nhận đơn thư v']);
  });
});

describe('a unit named on a line of its own with no work under it', () => {
  const listed =
    'Chủ tịch UBND tỉnh giao nhiệm vụ như sau:\n' +
    '1. Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát các dự án chậm giải ngân, báo cáo trước ngày 15/3/2024.\n' +
    '2. Sở Y tế\n' +
    '3. Sở Giáo dục và Đào tạo chỉ đạo các trường tổ chức cho học sinh nghỉ Tết an toàn.';

  it('proposes no draft for it, and the items around it keep their units', () => {
    expect(extract(listed).map((d) => [d.title, d.leadDepartmentId])).toEqual([
      ['Rà soát các dự án chậm giải ngân, báo cáo', idOf('STC')],
      ['Chỉ đạo các trường tổ chức cho học sinh nghỉ Tết an toàn', idOf('SGDDT')],
    ]);
  });
});

describe('a work due on two dates', () => {
  it('reads the second date with the first, out of the title, due on the first; the days of a yearly rule with it', () => {
    const [twice] = extract(
      'Giao Sở Tài chính tổng hợp, báo cáo kết quả giải ngân quý I trước ngày 20/3/2024 và trước ngày 10/4/2024.',
    );
    expect(twice).toMatchObject({
      title: 'Tổng hợp, báo cáo kết quả giải ngân quý I',
      deadlineText: 'trước ngày 20/3/2024 và trước ngày 10/4/2024',
      dueDate: '2024-03-20',
    });
    // Twice a year: no period of the recurrence fits, the office sets it; the days leave the title with the rule.
    const [yearly] = extract('Sở Xây dựng báo cáo kết quả trước ngày 20/6 và 20/12 hằng năm.');
    expect(yearly).toMatchObject({
      title: 'Báo cáo kết quả',
      deadlineText: 'trước ngày 20/6 và 20/12 hằng năm',
      dueDate: null,
      kind: 'recurring',
      recurrence: null,
    });
    // Once a year in December: the yearly rule's own day.
    const [december] = extract('Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 15/12 hằng năm.');
    expect(december).toMatchObject({
      title: 'Tổng hợp, báo cáo UBND tỉnh',
      recurrence: { every: 'year', day: 15, until: null },
    });
  });
});

describe('extractDirectives on the press', () => {
  it('reads "các cơ quan (thông tấn,) báo chí" as the press, a group that stands for no class of departments', () => {
    const drafts = extractDirectives(
      'Các cơ quan báo chí thường xuyên cập nhật thông tin về diễn biến của đợt rét để nhân dân biết. Đề nghị các cơ quan thông tấn, báo chí trên địa bàn tăng cường tuyên truyền về phòng, chống dịch.',
      { departments, date: '2016-01-25' },
    );
    expect(drafts.map((d) => [d.groupAssignees, d.groupKeys, d.leadDepartmentId])).toEqual([
      [['Các cơ quan báo chí'], [], null],
      [['các cơ quan thông tấn, báo chí trên địa bàn'], [], null],
    ]);
  });
});

describe('extractDirectives on emergency letters', () => {
  it('reads the boards of a class of units as a group, and "thông báo và hướng dẫn …" after ";" as the same units\' next duty', () => {
    const drafts = extractDirectives(
      'Ban Chỉ huy PCTT tỉnh vừa có công điện đề nghị Ban chỉ huy PCTT và TKCN các sở, ngành, các huyện, thành phố theo dõi chặt chẽ diễn biến rét đậm, rét hại; thông báo và hướng dẫn đến các cấp chính quyền và người dân biết để thực hiện chống rét an toàn.',
      { departments, date: '2016-01-25' },
    );
    expect(drafts.map((d) => [d.title, d.groupAssignees, d.groupKeys])).toEqual([
      [
        'Theo dõi chặt chẽ diễn biến rét đậm, rét hại',
        ['Ban chỉ huy PCTT và TKCN các sở, ngành, các huyện, thành phố'],
        ['departments', 'districts'],
      ],
      [
        'Thông báo và hướng dẫn đến các cấp chính quyền và người dân biết để thực hiện chống rét an toàn',
        ['Ban chỉ huy PCTT và TKCN các sở, ngành, các huyện, thành phố'],
        ['departments', 'districts'],
      ],
    ]);
  });
});

describe('extractDirectives on provincial boards the unit table lacks', () => {
  it('reads "Giao Ban Tiếp công dân tỉnh …", "Ban Quản lý Khu kinh tế tỉnh …" as leads outside the table, the assigner\'s word left out', () => {
    const drafts = extractDirectives(
      'Giao Ban Tiếp công dân tỉnh tiếp tục tiếp công dân, xử lý các nội dung khiếu nại, tố cáo trong buổi chiều ngày 15/01/2021. Giao Ban Quản lý Khu kinh tế tỉnh rà soát các dự án chậm tiến độ.',
      { departments, date: '2021-01-15' },
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId, d.dueDate])).toEqual([
      ['Ban Tiếp công dân tỉnh tiếp tục tiếp công dân, xử lý các nội dung khiếu nại, tố cáo', null, '2021-01-15'],
      ['Ban Quản lý Khu kinh tế tỉnh rà soát các dự án chậm tiến độ', null, null],
    ]);
  });
});

describe('extractDirectives on work opening with "Theo dõi"', () => {
  it('reads "Theo dõi …" as work, not as the joining "Theo đó" it folds like, in a list and in a paragraph of its own', () => {
    const listed = extractDirectives(
      'Chủ tịch UBND tỉnh yêu cầu các sở, ngành tập trung thực hiện tốt các nội dung sau:\n- Theo dõi chặt chẽ diễn biến thời tiết để chủ động phòng tránh.\n- Hướng dẫn nhân dân chống rét cho người, cây trồng, vật nuôi.',
      { departments, date: '2024-01-20' },
    );
    expect(listed.map((d) => d.title)).toEqual([
      'Theo dõi chặt chẽ diễn biến thời tiết để chủ động phòng tránh',
      'Hướng dẫn nhân dân chống rét cho người, cây trồng, vật nuôi',
    ]);
    const paragraphs = extractDirectives(
      'Chủ tịch UBND tỉnh yêu cầu các sở, ngành, UBND các huyện, thành phố tăng cường công tác phòng, chống rét cho người, cây trồng, vật nuôi.\n\nTheo dõi chặt chẽ diễn biến thời tiết, kịp thời thông báo cho nhân dân biết để chủ động phòng tránh.',
      { departments, date: '2024-01-20' },
    );
    expect(paragraphs.map((d) => [d.title, d.groupAssignees])).toEqual([
      [
        'Tăng cường công tác phòng, chống rét cho người, cây trồng, vật nuôi',
        ['các sở, ngành', 'UBND các huyện, thành phố'],
      ],
      [
        'Theo dõi chặt chẽ diễn biến thời tiết, kịp thời thông báo cho nhân dân biết để chủ động phòng tránh',
        ['các sở, ngành', 'UBND các huyện, thành phố'],
      ],
    ]);
  });
});

describe('extractDirectives on the verbs of work in a paragraph with no unit', () => {
  const afterGroups = (work: string) =>
    extractDirectives(`Chủ tịch UBND tỉnh yêu cầu các sở, ngành tăng cường công tác quản lý nhà nước.\n\n${work}`, {
      departments,
      date: '2024-01-20',
    }).map((d) => d.title);

  it.each([
    'Sơ tán người dân ra khỏi khu vực nguy hiểm',
    'Nạo vét, khơi thông các tuyến kênh tiêu',
    'Lấy mẫu, truy vết các trường hợp tiếp xúc',
    'Thanh toán, quyết toán dứt điểm các công trình hoàn thành',
    'Tạm dừng các hoạt động tập trung đông người',
    'Khảo sát, đo đạc chiều dài tuyến đường',
    'Kiểm đếm, kêu gọi tàu thuyền vào nơi tránh trú an toàn',
    'Nâng cấp, cải tạo các trạm y tế xã',
    'Lựa chọn đơn vị cung ứng giống bảo đảm chất lượng',
  ])('reads "%s" as work of the units named before', (work) => {
    expect(afterGroups(`${work}.`)).toContain(work);
  });

  it('reads no work in "Báo Quân đội nhân dân …" nor "Khu Trung tâm …", whose folded words are verbs', () => {
    expect(
      afterGroups(
        'Báo Quân đội nhân dân hoan nghênh UBND tỉnh đã sớm chỉ đạo. Khu Trung tâm Y tế là một trong những dự án lớn của tỉnh.',
      ),
    ).toEqual(['Tăng cường công tác quản lý nhà nước']);
  });
});

describe('extractDirectives on a deadline given after ";" with its label', () => {
  it.each([
    '; thời hạn: trước ngày 15/3/2024.',
    '; thời gian thực hiện: trước ngày 15/3/2024.',
    '; hoàn thành: trước ngày 15/3/2024.',
    '; thời hạn hoàn thành trước ngày 15/3/2024.',
    ', hoàn thành: trước ngày 15/3/2024.',
  ])('dates the work before it with "%s", proposing no draft of the label', (tail) => {
    const drafts = extractDirectives(`Giao Sở Tài chính rà soát các hồ sơ tồn đọng${tail}`, {
      departments,
      date: '2024-01-20',
    });
    expect(drafts.map((d) => [d.title, d.dueDate])).toEqual([['Rà soát các hồ sơ tồn đọng', '2024-03-15']]);
  });
});

describe('extractDirectives on units named together as the subject', () => {
  it('makes the first unit named the lead and the others named with it cooperating units', () => {
    const drafts = extractDirectives(
      'UBND tỉnh yêu cầu Sở Y tế, Sở Công Thương, Sở Tài chính kiểm tra an toàn thực phẩm. Sở Tài chính và Sở Xây dựng theo chức năng, nhiệm vụ rà soát các khoản chi.',
      { departments, date: '2024-01-20' },
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId, d.supportDepartmentIds])).toEqual([
      ['Kiểm tra an toàn thực phẩm', idOf('SYT'), [idOf('SCT'), idOf('STC')]],
      ['Rà soát các khoản chi', idOf('STC'), [idOf('SXD')]],
    ]);
  });
});

describe('extractDirectives on a deadline set before the units with "đến hết ngày"', () => {
  it('reads "(Chậm nhất) đến hết ngày …, … phải …" as work due that day, and "Đến hết ngày …, … đã …" as a result', () => {
    const drafts = extractDirectives(
      'Đến hết ngày 15/3/2024, UBND các huyện, thành phố phải hoàn thành việc chi trả. Chậm nhất đến hết ngày 20/3/2024, Sở Tài chính phải rà soát các khoản chi. Đến hết ngày 15/1/2024, toàn tỉnh đã giải ngân được 95% kế hoạch.',
      { departments, date: '2024-01-20' },
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId, d.groupAssignees, d.dueDate])).toEqual([
      ['Hoàn thành việc chi trả', null, ['UBND các huyện, thành phố'], '2024-03-15'],
      ['Rà soát các khoản chi', idOf('STC'), [], '2024-03-20'],
    ]);
  });
});

describe('extractDirectives on work opened by the time it is to start', () => {
  it('reads "Sau Tết, …", "Ngay sau kỳ nghỉ Tết, …" and "Bắt tay vào công việc sau dịp nghỉ Tết, …" as work of the units before', () => {
    const drafts = extractDirectives(
      'Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành khẩn trương ổn định tổ chức sau Tết.\n\nBắt tay vào công việc sau dịp nghỉ Tết, tập trung triển khai ngay các nhiệm vụ trọng tâm của năm 2024.\n\nNgay sau kỳ nghỉ Tết, tổ chức kiểm tra tình hình chấp hành kỷ luật, kỷ cương hành chính.\n\nSau Tết, rà soát các dự án chậm tiến độ.',
      { departments, date: '2024-02-15' },
    );
    expect(drafts.map((d) => [d.title, d.groupAssignees])).toEqual([
      ['Khẩn trương ổn định tổ chức sau Tết', ['các sở, ban, ngành']],
      [
        'Bắt tay vào công việc sau dịp nghỉ Tết, tập trung triển khai ngay các nhiệm vụ trọng tâm của năm 2024',
        ['các sở, ban, ngành'],
      ],
      [
        'Ngay sau kỳ nghỉ Tết, tổ chức kiểm tra tình hình chấp hành kỷ luật, kỷ cương hành chính',
        ['các sở, ban, ngành'],
      ],
      ['Sau Tết, rà soát các dự án chậm tiến độ', ['các sở, ban, ngành']],
    ]);
  });
});

describe('extractDirectives on the kind of work given after its label', () => {
  it.each([
    ['; thời gian thực hiện: thường xuyên.', 'standing', null],
    ['. Thời gian thực hiện: thường xuyên.', 'standing', null],
    ['; thời gian: hằng quý.', 'recurring', 'quarter'],
    ['. Thời gian thực hiện: hằng quý.', 'recurring', 'quarter'],
  ])('reads "%s" after the work as its kind, proposing no draft of the label', (tail, kind, every) => {
    const drafts = extractDirectives(`Sở Tài chính kiểm tra các khoản chi${tail}`, { departments, date: '2024-01-20' });
    expect(drafts.map((d) => [d.title, d.kind, d.recurrence?.every ?? null])).toEqual([
      ['Kiểm tra các khoản chi', kind, every],
    ]);
  });
});

describe("extractDirectives on the chair's appraisal as an item of the conclusion", () => {
  it('reads "1. Đánh giá cao sự nỗ lực …" as no work, though "đánh giá" is a verb of work', () => {
    const drafts = extractDirectives(
      'Chủ tịch UBND tỉnh kết luận như sau:\n\n1. Đánh giá cao sự nỗ lực của các sở, ngành trong thời gian qua.\n\n2. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện.',
      { departments, date: '2024-03-11' },
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId])).toEqual([
      ['Theo dõi, đôn đốc việc thực hiện', idOf('VP-UBND')],
    ]);
  });
});

describe('extractDirectives on the mass organisations and the armed forces as groups', () => {
  it('reads "các tổ chức đoàn thể", "các hội, đoàn thể" and "đơn vị lực lượng vũ trang cấp tỉnh" as groups, not the title', () => {
    const drafts = extractDirectives(
      'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức đoàn thể tuyên truyền, vận động nhân dân tham gia phòng cháy, chữa cháy. Các sở, ban, ngành, các hội, đoàn thể, đơn vị lực lượng vũ trang cấp tỉnh theo chức năng, nhiệm vụ rà soát, báo cáo kết quả thực hiện.',
      { departments, date: '2024-04-01' },
    );
    expect(drafts.map((d) => [d.title, d.groupAssignees, d.groupKeys])).toEqual([
      [
        'Tuyên truyền, vận động nhân dân tham gia phòng cháy, chữa cháy',
        ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'các tổ chức đoàn thể'],
        [],
      ],
      [
        'Rà soát, báo cáo kết quả thực hiện',
        ['Các sở, ban, ngành', 'các hội, đoàn thể', 'đơn vị lực lượng vũ trang cấp tỉnh'],
        ['departments'],
      ],
    ]);
  });
});

describe('extractDirectives on cooperating units named after the work', () => {
  it.each([
    'Giao Sở Tài chính chủ trì thẩm định quyết toán các dự án hoàn thành, Sở Xây dựng phối hợp; xong trước 30/9/2024.',
    'Sở Tài chính chủ trì thẩm định quyết toán các dự án hoàn thành (Sở Xây dựng phối hợp); xong trước 30/9/2024.',
  ])('makes the unit before "phối hợp" a cooperating unit and leaves it out of the title: %s', (text) => {
    const [draft] = extractDirectives(text, { departments, date: '2024-09-06' });
    expect(draft).toMatchObject({
      title: 'Thẩm định quyết toán các dự án hoàn thành',
      leadDepartmentId: idOf('STC'),
      supportDepartmentIds: [idOf('SXD')],
      dueDate: '2024-09-30',
    });
  });

  it('reads the groups among them, and leaves units that lead their own sentence as they are', () => {
    const [among] = extractDirectives(
      'Giao Sở Tài chính chủ trì thẩm định quyết toán, Sở Xây dựng, UBND các huyện và các đơn vị liên quan phối hợp thực hiện.',
      { departments, date: '2024-09-06' },
    );
    expect([among.title, among.leadDepartmentId, among.supportDepartmentIds, among.groupAssignees]).toEqual([
      'Thẩm định quyết toán',
      idOf('STC'),
      [idOf('SXD')],
      ['UBND các huyện', 'các đơn vị liên quan'],
    ]);
    const [own] = extractDirectives('Sở Y tế, Sở Công Thương phối hợp thực hiện.', { departments, date: '2024-09-06' });
    expect([own.title, own.leadDepartmentId, own.supportDepartmentIds]).toEqual([
      'Thực hiện',
      idOf('SYT'),
      [idOf('SCT')],
    ]);
  });
});

describe('extractDirectives on the bodies of the Fatherland Front and the press', () => {
  it('reads "Ủy ban MTTQ Việt Nam tỉnh" as the body asked, and a newspaper listed after a department as a unit', () => {
    const drafts = extractDirectives(
      'Sở Thông tin và Truyền thông, Đài Phát thanh và Truyền hình tỉnh, Báo Bắc Kạn đẩy mạnh tuyên truyền để người dân không hoang mang.\n\nUBND tỉnh cũng đề nghị Ủy ban MTTQ Việt Nam tỉnh vận động hội viên thực hiện nghiêm các biện pháp phòng, chống dịch.',
      { departments, date: '2024-07-12' },
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId])).toEqual([
      ['Đẩy mạnh tuyên truyền để người dân không hoang mang', idOf('STTTT')],
      ['Ủy ban MTTQ Việt Nam tỉnh vận động hội viên thực hiện nghiêm các biện pháp phòng, chống dịch', null],
    ]);
  });
});

describe('extractDirectives on the account that opens a conclusion', () => {
  it('proposes no work for an item telling where things stand, and keeps an item setting a target', () => {
    const drafts = extractDirectives(
      'Chủ tịch UBND tỉnh kết luận như sau:\n1. Đến ngày 31/8/2024, tỷ lệ giải ngân của tỉnh đạt 42,5% kế hoạch, thấp hơn bình quân chung cả nước.\n2. Năm 2023, tỉnh đã hoàn thành 15/18 chỉ tiêu chủ yếu.\n3. Tỷ lệ giải ngân năm 2024 phải đạt 95% kế hoạch.\n4. Sở Tài chính rà soát các dự án.',
      { departments, date: '2024-09-06' },
    );
    expect(drafts.map((d) => d.title)).toEqual(['Tỷ lệ giải ngân năm 2024 phải đạt 95% kế hoạch', 'Rà soát các dự án']);
  });
});

describe('extractDirectives on a heading that names a body the table lacks', () => {
  it('gives the items under "1. Ban Quản lý dự án đầu tư xây dựng tỉnh:" to the board, cooperation kept as the work', () => {
    const drafts = extractDirectives(
      'Phó Chủ tịch UBND tỉnh yêu cầu:\n\n1. Ban Quản lý dự án đầu tư xây dựng tỉnh:\n- Chỉ đạo nhà thầu tăng cường nhân lực, hoàn thành phần nền đường trước ngày 31/12/2024.\n- Phối hợp chặt chẽ với UBND huyện Chợ Đồn trong công tác giải phóng mặt bằng.\n\n2. UBND huyện Chợ Đồn:\n- Tuyên truyền, vận động người dân bàn giao mặt bằng.',
      { departments, date: '2024-10-11' },
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId, d.dueDate])).toEqual([
      [
        'Ban Quản lý dự án đầu tư xây dựng tỉnh chỉ đạo nhà thầu tăng cường nhân lực, hoàn thành phần nền đường',
        null,
        '2024-12-31',
      ],
      [
        'Ban Quản lý dự án đầu tư xây dựng tỉnh phối hợp chặt chẽ với UBND huyện Chợ Đồn trong công tác giải phóng mặt bằng',
        null,
        null,
      ],
      ['Tuyên truyền, vận động người dân bàn giao mặt bằng', idOf('UBND-CD'), null],
    ]);
  });
});

describe('extractDirectives on the closing of a letter and statements among its items', () => {
  it('proposes no work for "… nghiêm túc triển khai thực hiện các nội dung trên" nor for an item stating what a thing is', () => {
    const drafts = extractDirectives(
      'Chủ tịch UBND tỉnh có ý kiến như sau:\n\n1. Sở Tài chính xây dựng dự toán ngân sách năm 2025.\n\n2. Thời gian gửi báo cáo đúng hạn là tiêu chí đánh giá mức độ hoàn thành nhiệm vụ của người đứng đầu cơ quan, đơn vị.\n\nYêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố nghiêm túc triển khai thực hiện các nội dung trên.',
      { departments, date: '2024-10-10' },
    );
    expect(drafts.map((d) => d.title)).toEqual(['Xây dựng dự toán ngân sách năm 2025']);
  });
});

describe('extractDirectives on duties of responsibility and readiness', () => {
  it('reads "…; chịu trách nhiệm …" and "…; sẵn sàng lực lượng …" as work of their own, not a sanction for failing', () => {
    const drafts = extractDirectives(
      'Sở Y tế hướng dẫn các cơ sở y tế tiếp nhận người bệnh; sẵn sàng lực lượng, phương tiện cấp cứu khi có yêu cầu; chịu trách nhiệm toàn diện trước UBND tỉnh về công tác khám, chữa bệnh.\n\nTrường hợp để xảy ra chậm trễ, Thủ trưởng cơ quan, đơn vị liên quan phải chịu trách nhiệm trước Chủ tịch UBND tỉnh.',
      { departments, date: '2024-09-06' },
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId])).toEqual([
      ['Hướng dẫn các cơ sở y tế tiếp nhận người bệnh', idOf('SYT')],
      ['Sẵn sàng lực lượng, phương tiện cấp cứu khi có yêu cầu', idOf('SYT')],
      ['Chịu trách nhiệm toàn diện trước UBND tỉnh về công tác khám, chữa bệnh', idOf('SYT')],
    ]);
  });
});

describe('extractDirectives on "giáo viên", which folds to the assigner’s "giao"', () => {
  it('reads teachers as teachers, and "giao Viện …" still as an assignment', () => {
    const drafts = extractDirectives(
      'UBND tỉnh yêu cầu UBND các huyện bổ sung giáo viên cho các trường; chỉ đạo các trường sớm hoàn thiện báo cáo tự đánh giá.\n\nUBND tỉnh giao Viện Nghiên cứu phát triển kinh tế - xã hội tỉnh chủ trì xây dựng đề án, hoàn thành trước ngày 10/12/2024.',
      { departments, date: '2024-10-19' },
    );
    expect(drafts.map((d) => [d.title, d.groupAssignees, d.dueDate])).toEqual([
      ['Bổ sung giáo viên cho các trường', ['UBND các huyện'], null],
      ['Chỉ đạo các trường sớm hoàn thiện báo cáo tự đánh giá', ['UBND các huyện'], null],
      ['Viện Nghiên cứu phát triển kinh tế - xã hội tỉnh xây dựng đề án', [], '2024-12-10'],
    ]);
  });
});

describe('extractDirectives on a district committee’s conclusion', () => {
  it('reads its offices as the units given work, and the committee that concludes as no assignee', () => {
    const drafts = extractDirectives(
      'Chủ tịch UBND huyện kết luận như sau:\n\n1. Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với các cơ quan liên quan rà soát nguồn vốn, tham mưu UBND huyện bố trí vốn cho các công trình cấp bách; hoàn thành trong tháng 10/2024.\n\n2. Giao Trung tâm Y tế huyện (Cơ quan Thường trực Ban Chỉ đạo Chăm sóc sức khỏe nhân dân huyện) chủ trì, phối hợp các đơn vị liên quan triển khai thực hiện Kế hoạch.\n\n3. Công an huyện tăng cường tuần tra, bảo đảm an ninh trật tự trên địa bàn.',
      { departments, date: '2024-10-10' },
    );
    expect(drafts.map((d) => [d.title, d.groupAssignees, d.dueDate])).toEqual([
      [
        'Phòng Tài chính - Kế hoạch rà soát nguồn vốn, tham mưu UBND huyện bố trí vốn cho các công trình cấp bách',
        ['các cơ quan liên quan'],
        '2024-10-31',
      ],
      ['Trung tâm Y tế huyện triển khai thực hiện Kế hoạch', ['các đơn vị liên quan'], null],
      ['Công an huyện tăng cường tuần tra, bảo đảm an ninh trật tự trên địa bàn', [], null],
    ]);
  });
});

describe('extractDirectives on a news report of an inspection', () => {
  it('reads the contractor asked as a body given work, and a remark quoted with who made it as no work', () => {
    const drafts = extractDirectives(
      'Đồng chí yêu cầu UBND huyện Chợ Mới khẩn trương vận động các hộ dân bàn giao mặt bằng, hoàn thành trước ngày 30/6/2024. Nhà thầu tăng cường nhân lực, máy móc, bảo đảm chất lượng công trình.\n\n"Các đơn vị phải quyết tâm cao nhất, không để dự án chậm tiến độ thêm nữa", Phó Chủ tịch UBND tỉnh nhấn mạnh.\n\nNhà thầu cho biết khối lượng hoàn thành đạt khoảng 70%.',
      { departments, date: '2024-06-12' },
    );
    expect(drafts.map((d) => [d.title, d.dueDate])).toEqual([
      ['Khẩn trương vận động các hộ dân bàn giao mặt bằng', '2024-06-30'],
      ['Nhà thầu tăng cường nhân lực, máy móc, bảo đảm chất lượng công trình', null],
    ]);
  });
});

describe('extractDirectives on a table of tasks pasted with the text', () => {
  it('proposes each row with its lead, cooperating units and groups, and reads its date cell as the column makes it', () => {
    const text = [
      'Chủ tịch UBND tỉnh giao nhiệm vụ cho các sở, ngành như sau:',
      '',
      '1. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch, hoàn thành trước ngày 31/3/2024.',
      '',
      ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'].join('\t'),
      [
        '1',
        'Rà soát các dự án đầu tư công',
        'Sở Kế hoạch và Đầu tư',
        'Sở Tài chính, UBND các huyện',
        'Tháng 6/2024',
      ].join('\t'),
      ['2', 'Kiểm soát chi ngân sách', 'Kho bạc Nhà nước tỉnh', 'Sở Tài chính', '15/5/2024'].join('\t'),
      ['3', 'Kiểm tra an toàn thực phẩm', 'Sở Y tế', 'Công an tỉnh', 'Thường xuyên'].join('\t'),
      ['4', 'Báo cáo kết quả thực hiện', 'Sở Nội vụ', '', 'Hằng quý'].join('\t'),
    ].join('\n');
    const drafts = extractDirectives(text, { departments, date: '2024-03-01' });
    expect(
      drafts.map((d) => [
        d.title,
        d.leadDepartmentId,
        d.supportDepartmentIds,
        d.groupAssignees,
        d.kind,
        d.dueDate,
        d.deadlineText,
      ]),
    ).toEqual([
      [
        'Tham mưu bố trí kinh phí thực hiện Kế hoạch',
        idOf('STC'),
        [],
        [],
        'deadline',
        '2024-03-31',
        'trước ngày 31/3/2024',
      ],
      [
        'Rà soát các dự án đầu tư công',
        idOf('SKHDT'),
        [idOf('STC')],
        ['UBND các huyện'],
        'deadline',
        '2024-06-30',
        'Tháng 6/2024',
      ],
      ['Kho bạc Nhà nước tỉnh kiểm soát chi ngân sách', null, [idOf('STC')], [], 'deadline', '2024-05-15', '15/5/2024'],
      ['Kiểm tra an toàn thực phẩm', idOf('SYT'), [idOf('CA')], [], 'standing', null, 'Thường xuyên'],
      ['Báo cáo kết quả thực hiện', idOf('SNV'), [], [], 'recurring', null, 'Hằng quý'],
    ]);
    const row = drafts[1].sourceSpan;
    expect(text.slice(row.start, row.end)).toMatch(/^1\tRà soát các dự án đầu tư công\t.*Tháng 6\/2024$/);
  });
});

describe('extractDirectives on the section of a plan that gives each unit its part', () => {
  it('reads unit headings with dashed items or a paragraph under them, roles and remits before the work', () => {
    const drafts = extractDirectives(
      [
        'IV. TỔ CHỨC THỰC HIỆN',
        '1. Sở Y tế',
        '- Là cơ quan thường trực, chủ trì tham mưu UBND tỉnh triển khai Kế hoạch này.',
        '- Định kỳ 6 tháng, năm tổng hợp kết quả, báo cáo UBND tỉnh.',
        '2. Các sở, ban, ngành',
        'Căn cứ chức năng, nhiệm vụ được giao, phối hợp với Sở Y tế triển khai các nội dung liên quan.',
        '3. UBND các huyện, thành phố',
        '- Xây dựng kế hoạch triển khai tại địa phương, hoàn thành trong tháng 4/2024.',
        'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời báo cáo UBND tỉnh (qua Sở Y tế) để xem xét, giải quyết./.',
      ].join('\n'),
      { departments, date: '2024-03-15' },
    );
    expect(drafts.map((d) => [d.title.slice(0, 40), d.leadDepartmentId, d.groupAssignees, d.deadlineText])).toEqual([
      ['Chủ trì tham mưu UBND tỉnh triển khai Kế', idOf('SYT'), [], null],
      ['Tổng hợp kết quả, báo cáo UBND tỉnh', idOf('SYT'), [], 'Định kỳ 6 tháng, năm'],
      ['Triển khai các nội dung liên quan', null, ['Các sở, ban, ngành'], null],
      ['Xây dựng kế hoạch triển khai tại địa phư', null, ['UBND các huyện, thành phố'], 'trong tháng 4/2024'],
      ['Trong quá trình thực hiện, nếu có khó kh', null, [], null],
    ]);
    expect(drafts[2].supportDepartmentIds).toEqual([idOf('SYT')]);
  });
});

describe('extractDirectives on more verbs of work in plans and conclusions', () => {
  it.each([
    'Cân đối, bố trí kinh phí thực hiện Kế hoạch',
    'Bồi thường, giải phóng mặt bằng các dự án trọng điểm',
    'Cưỡng chế thu hồi đất đối với các trường hợp không chấp hành',
    'Nghiệm thu, bàn giao công trình đưa vào sử dụng',
    'Tuần tra, truy quét, triệt phá các tụ điểm khai thác khoáng sản trái phép',
    'Kiểm điểm, làm rõ trách nhiệm của tập thể, cá nhân liên quan',
    'Giải trình những nội dung khác nhau giữa các báo cáo',
    'Khuyến cáo người dân không đi qua ngầm, tràn khi nước lên',
    'Phát quang hành lang tuyến điện',
  ])('reads "%s" opening a paragraph after units were given work', (work) => {
    const drafts = extractDirectives(`Chủ tịch UBND tỉnh yêu cầu các sở, ngành tăng cường kiểm tra.\n\n${work}.`, {
      departments,
      date: '2024-03-01',
    });
    expect(drafts.map((d) => d.title)).toEqual(['Tăng cường kiểm tra', work]);
  });

  it('reads no work in what citizens asked, told after the leader who received them', () => {
    const drafts = extractDirectives(
      'Tại buổi tiếp công dân, lãnh đạo tỉnh đã tiếp 12 lượt công dân, các công dân đến khiếu nại chủ yếu liên quan đến tranh chấp đất đai, đề nghị bồi thường, đền bù đối với trường hợp bị thu hồi đất.',
      { departments, date: '2019-02-20' },
    );
    expect(drafts).toEqual([]);
  });
});

describe('extractDirectives on the activities of a plan, each with its fields', () => {
  it('reads "Đơn vị chủ trì:", "Đơn vị phối hợp:" and "Thời gian:" under an activity as its lead, groups and date', () => {
    const drafts = extractDirectives(
      [
        'II. NỘI DUNG HOẠT ĐỘNG',
        '1. Tổ chức thăm, tặng quà Tết',
        '- Đơn vị chủ trì: Sở Lao động - Thương binh và Xã hội.',
        '- Đơn vị phối hợp: Sở Tài chính, Ủy ban MTTQ Việt Nam tỉnh, UBND các huyện, thành phố.',
        '- Thời gian: trước ngày 05/02/2024.',
        '2. Tổ chức Chương trình nghệ thuật chào Xuân',
        '- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.',
        '- Thời gian thực hiện: Tháng 02/2024.',
      ].join('\n'),
      { departments, date: '2024-01-10' },
    );
    expect(
      drafts.map((d) => [d.title, d.leadDepartmentId, d.supportDepartmentIds, d.groupAssignees, d.dueDate]),
    ).toEqual([
      [
        'Tổ chức thăm, tặng quà Tết',
        idOf('SLDTBXH'),
        [idOf('STC')],
        ['Ủy ban MTTQ Việt Nam tỉnh', 'UBND các huyện, thành phố'],
        '2024-02-05',
      ],
      ['Tổ chức Chương trình nghệ thuật chào Xuân', idOf('SVHTTDL'), [], [], '2024-02-29'],
    ]);
  });
});

describe('extractDirectives on bodies the table lacks among the cooperating units of a table of tasks', () => {
  it('keeps them by name with the groups, in the order written', () => {
    const [draft] = extractDirectives(
      [
        ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn'].join('\t'),
        ['1', 'Kiểm soát chi ngân sách', 'Sở Tài chính', 'Kho bạc Nhà nước tỉnh, UBND các huyện', 'Quý II/2024'].join(
          '\t',
        ),
      ].join('\n'),
      { departments, date: '2024-03-01' },
    );
    expect([draft.leadDepartmentId, draft.groupAssignees, draft.dueDate]).toEqual([
      idOf('STC'),
      ['Kho bạc Nhà nước tỉnh', 'UBND các huyện'],
      '2024-06-30',
    ]);
  });
});

describe('extractDirectives on the province and its places as the assigner and the assignees of news pages', () => {
  it('reads a district, town or commune addressed by its own name', () => {
    for (const place of ['huyện Đô Lương', 'thị xã Hoàng Mai', 'xã Nam Cường']) {
      const [draft] = extract(`Chủ tịch UBND tỉnh yêu cầu ${place} khẩn trương khắc phục hậu quả mưa lũ.`);
      expect(draft).toMatchObject({ leadDepartmentId: null, groupAssignees: [place] });
    }
    // Not "xã hội".
    expect(extract('Chủ tịch UBND tỉnh yêu cầu xã hội hóa tập trung nguồn lực.')[0]?.groupAssignees ?? []).toEqual([]);
  });

  it('reads a city committee outside the table written with "TP." as one unit, as without the dot', () => {
    for (const written of ['UBND TP. Cao Lãnh', 'UBND TP.Cao Lãnh', 'UBND TP Cao Lãnh']) {
      const [draft] = extract(`Giao ${written} chủ trì, phối hợp với Sở Xây dựng hoàn thành giải phóng mặt bằng.`);
      expect([draft.title, draft.groupAssignees]).toEqual([`${written} hoàn thành giải phóng mặt bằng`, []]);
    }
  });

  it('reads the province named as the subject that directs or asks, and not "tình hình"', () => {
    const [directed] = extract('Theo đó, tỉnh Lào Cai đã chỉ đạo các địa phương thành lập ngay các đoàn công tác.');
    expect(directed).toMatchObject({ groupAssignees: ['các địa phương'] });
    expect(extract('Tình hình dịch bệnh đã chỉ đạo các địa phương thành lập ngay các đoàn công tác.')).toEqual([]);
    const [asked] = extract('Hà Nam cũng yêu cầu dừng các lễ hội, hoạt động sự kiện tập trung đông người.');
    expect(asked.description).toBe('Hà Nam cũng yêu cầu dừng các lễ hội, hoạt động sự kiện tập trung đông người.');
  });

  it('reads stopping and closing as work, and not the "dựng" of "xây dựng"', () => {
    expect(extract('UBND tỉnh yêu cầu dừng các lễ hội, hoạt động sự kiện tập trung đông người.')).toHaveLength(1);
    expect(
      extract('UBND tỉnh yêu cầu kể từ 18 giờ ngày 29/4, tạm thời đóng cửa và dừng đón khách tại các điểm du lịch.'),
    ).toHaveLength(1);
    // The closing formula after the work given is still no work of its own.
    const drafts = extract(
      'Ban QLDA đầu tư xây dựng các công trình Nông nghiệp và PTNT khẩn trương hoàn thiện hồ sơ điều chỉnh dự án. ' +
        'Chủ tịch UBND tỉnh yêu cầu Giám đốc Ban QLDA đầu tư xây dựng các công trình Nông nghiệp & PTNT và Thủ trưởng ' +
        'các đơn vị có liên quan triển khai thực hiện.',
    );
    expect(drafts).toHaveLength(1);
  });

  it('reads the duty stated as the units’ task, and a body of a heritage site as the subject', () => {
    const [duty] = extract(
      'Nhiệm vụ còn lại của các đơn vị là tập trung tháo gỡ những vướng mắc về chuyên môn, kỹ thuật.',
    );
    expect(duty.title).toContain('tháo gỡ những vướng mắc');
    expect(
      extract(
        'Khu Di tích lịch sử đền Hùng chịu trách nhiệm trước UBND tỉnh về mọi hoạt động diễn ra tại Khu Di tích.',
      ),
    ).toHaveLength(1);
    expect(extract('Khu du lịch Tam Chúc đón hơn 2 triệu lượt khách trong năm 2023.')).toEqual([]);
  });

  it('keeps the work whose matters are listed after "bao gồm:", and tells what else a unit reported', () => {
    const [listed] = extract(
      'Giao Sở Tài chính chủ trì tham mưu các nội dung, bao gồm: phương án phân bổ vốn; cơ chế hỗ trợ doanh nghiệp.',
    );
    expect(listed).toMatchObject({ leadDepartmentId: idOf('STC') });
    expect(listed.description).toContain('cơ chế hỗ trợ doanh nghiệp');
    expect(extract('Sở Xây dựng cũng báo cáo tiến độ thực hiện quy hoạch chung đô thị và nông thôn.')).toEqual([]);
    expect(extract('Sở Tài chính cũng báo cáo UBND tỉnh trước ngày 15/3/2024.')).toHaveLength(1);
  });

  it('reads enterprises as a class told their work, not the figures they reached', () => {
    const [draft] = extract('Các doanh nghiệp kinh doanh xăng dầu bảo đảm nguồn cung, không để đứt hàng.');
    expect(draft.groupAssignees).toEqual(['Các doanh nghiệp kinh doanh xăng dầu']);
    expect(extract('Các doanh nghiệp trên địa bàn tỉnh đạt doanh thu 1.200 tỷ đồng.')).toEqual([]);
  });

  it('keeps the places listed after a group’s colon with the group, or as its units when the table holds them', () => {
    // Hòa An is no district of the demo's table: the places stay with the group, out of the title.
    const [draft] = extract('UBND các huyện: Hòa An, Pác Nặm và Ngân Sơn rà soát, bố trí đất tái định cư.');
    expect([draft.title, draft.groupAssignees]).toEqual([
      'Rà soát, bố trí đất tái định cư',
      ['UBND các huyện: Hòa An, Pác Nặm và Ngân Sơn'],
    ]);
    // The table holds all three: they are its units, the first named leading.
    const [named] = extract('UBND các huyện: Ba Bể, Pác Nặm và Ngân Sơn rà soát, bố trí đất tái định cư.');
    expect([named.leadDepartmentId, named.supportDepartmentIds, named.groupAssignees]).toEqual([
      idOf('UBND-BB'),
      [idOf('UBND-PN'), idOf('UBND-NS')],
      [],
    ]);
    // One capitalised word opening the work is no list of places.
    const [work] = extract('UBND các huyện, thành phố: Rà soát, bố trí đất tái định cư.');
    expect([work.title, work.groupAssignees]).toEqual([
      'Rà soát, bố trí đất tái định cư',
      ['UBND các huyện, thành phố'],
    ]);
  });

  it('keeps the market surveillance named mid-sentence as a cooperating body, out of the title', () => {
    const [draft] = extract(
      'Sở Công Thương phối hợp với Quản lý thị trường tăng cường kiểm tra, kiểm soát thị trường.',
    );
    expect([draft.title, draft.leadDepartmentId, draft.groupAssignees]).toEqual([
      'Tăng cường kiểm tra, kiểm soát thị trường',
      idOf('SCT'),
      ['Quản lý thị trường'],
    ]);
  });

  it('reads "the units given work in this notice" as one group, out of the title', () => {
    const [draft] = extract(
      'Các đơn vị được giao nhiệm vụ tại Thông báo này khẩn trương triển khai thực hiện, báo cáo kết quả về UBND tỉnh ' +
        'trước ngày 25/3/2024.',
    );
    expect([draft.title, draft.groupAssignees, draft.dueDate]).toEqual([
      'Khẩn trương triển khai thực hiện, báo cáo kết quả về UBND tỉnh',
      ['Các đơn vị được giao nhiệm vụ tại Thông báo này'],
      '2024-03-25',
    ]);
  });

  it('reads the units after "Theo yêu cầu của UBND tỉnh," and the meeting named before them', () => {
    const [draft] = extract(
      'Theo yêu cầu của UBND tỉnh, tại cuộc họp này Sở Kế hoạch và Đầu tư đề xuất 30 công trình tiêu biểu.',
    );
    expect(draft).toMatchObject({ leadDepartmentId: idOf('SKHDT') });
  });

  it('keeps work whose unit is to advise on a petition, and the watchword spelled out after a colon', () => {
    const [advice] = extract(
      'Chủ tịch UBND tỉnh giao Sở Tài chính tiếp tục khảo sát, tham mưu cho tỉnh kiến nghị với Bộ Tài chính bố trí vốn.',
    );
    expect(advice).toMatchObject({ leadDepartmentId: idOf('STC') });
    // A petition told is still no work.
    expect(extract('Cử tri kiến nghị tỉnh sớm sửa chữa tuyến đường.')).toEqual([]);
    const [watchword] = extract(
      'Chủ tịch UBND tỉnh yêu cầu các huyện quán triệt phương châm 4 tại chỗ: chỉ huy tại chỗ; lực lượng tại chỗ; ' +
        'phương tiện, vật tư tại chỗ và hậu cần tại chỗ.',
    );
    expect(watchword.description).toContain('hậu cần tại chỗ');
    const [forces] = extract('Chủ tịch UBND tỉnh cũng lưu ý lực lượng chức năng kiểm tra kỹ các giấy xét nghiệm.');
    expect(forces.groupAssignees).toEqual(['lực lượng chức năng']);
  });

  it("names the provincial bodies the table lacks that an assigner addresses, out of the assigner's words", () => {
    const titles = [
      'Giao Ban Chỉ huy Quân sự tỉnh xây dựng phương án bảo vệ.',
      'Giao Thường trực Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh kiểm tra, đôn đốc.',
      'Giao Trung tâm Phục vụ hành chính công tỉnh rà soát quy trình.',
      'Giao Báo Bắc Kạn đăng tải thông tin.',
      'Giao Chi cục Kiểm lâm kiểm tra, xử lý vi phạm.',
    ].map((text) => extract(text).map((d) => d.title));
    expect(titles).toEqual([
      ['Ban Chỉ huy Quân sự tỉnh xây dựng phương án bảo vệ'],
      ['Thường trực Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh kiểm tra, đôn đốc'],
      ['Trung tâm Phục vụ hành chính công tỉnh rà soát quy trình'],
      ['Báo Bắc Kạn đăng tải thông tin'],
      ['Chi cục Kiểm lâm kiểm tra, xử lý vi phạm'],
    ]);
    const [military] = extract(
      'Đề nghị Ban Chỉ huy Quân sự tỉnh chủ trì, phối hợp với Công an tỉnh xây dựng phương án bảo vệ.',
    );
    expect([military.title, military.leadDepartmentId, military.supportDepartmentIds]).toEqual([
      'Ban Chỉ huy Quân sự tỉnh xây dựng phương án bảo vệ',
      null,
      [idOf('CA')],
    ]);
    // The board telling, not told: no body named, no draft.
    expect(extract('Ban Chỉ đạo đã yêu cầu UBND tỉnh báo cáo.')).toEqual([]);
  });

  it('keeps "chịu trách nhiệm trước …" in the title, as the work itself', () => {
    const [draft] = extract(
      'Giám đốc Sở Nông nghiệp và Phát triển nông thôn chịu trách nhiệm trước Chủ tịch UBND tỉnh về tiến độ dự án.',
    );
    expect([draft.title, draft.leadDepartmentId]).toEqual([
      'Chịu trách nhiệm trước Chủ tịch UBND tỉnh về tiến độ dự án',
      idOf('SNNPTNT'),
    ]);
  });

  it('reads no work under a heading of results or of the situation, unless an assigner gives it there', () => {
    const drafts = extractParagraphs(
      [
        'I. KẾT QUẢ ĐẠT ĐƯỢC',
        'Tiếp nhận và giải quyết 12.000 hồ sơ thủ tục hành chính, trong đó 99,5% hồ sơ giải quyết đúng hạn.',
        '1.1. Về kinh tế',
        'Giải ngân vốn đầu tư công đến ngày 31/12/2023 đạt 3.120,5 tỷ đồng, đạt 85,2% kế hoạch vốn giao.',
        'Giao Sở Nội vụ tiếp tục rà soát biên chế.',
        '2. Tồn tại, hạn chế',
        'Triển khai một số nhiệm vụ còn chậm.',
        'II. NHIỆM VỤ THỜI GIAN TỚI',
        '1. Tiếp tục đẩy mạnh cải cách hành chính.',
        '2. Tình hình dịch bệnh còn diễn biến phức tạp, yêu cầu Sở Y tế theo dõi chặt chẽ',
      ],
      '2024-01-26',
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId])).toEqual([
      ['Tiếp tục rà soát biên chế', idOf('SNV')],
      ['Tiếp tục đẩy mạnh cải cách hành chính', null],
      ['Theo dõi chặt chẽ', idOf('SYT')],
    ]);
  });

  it('reads "Chỉ đạo <body> …" under a unit as that unit\'s work, and the assigner\'s "chỉ đạo <body> …" as the body\'s', () => {
    const [underUnit] = extract('- Sở Tài chính: Chỉ đạo Kho bạc Nhà nước tỉnh kiểm soát chặt chẽ các khoản chi.');
    expect([underUnit.title, underUnit.leadDepartmentId]).toEqual([
      'Chỉ đạo Kho bạc Nhà nước tỉnh kiểm soát chặt chẽ các khoản chi',
      idOf('STC'),
    ]);
    const [byAssigner] = extract('Chủ tịch UBND tỉnh chỉ đạo Kho bạc Nhà nước tỉnh kiểm soát chặt chẽ các khoản chi.');
    expect([byAssigner.title, byAssigner.leadDepartmentId]).toEqual([
      'Kho bạc Nhà nước tỉnh kiểm soát chặt chẽ các khoản chi',
      null,
    ]);
  });

  it('keeps bodies the table lacks named beside a unit of it as cooperating, and sectors addressed by the assigner', () => {
    const [press] = extract(
      'Sở Thông tin và Truyền thông, Đài Phát thanh và Truyền hình tỉnh, Báo Bắc Kạn tăng cường công tác tuyên truyền.',
    );
    expect([press.title, press.leadDepartmentId, press.groupAssignees]).toEqual([
      'Tăng cường công tác tuyên truyền',
      idOf('STTTT'),
      ['Đài Phát thanh và Truyền hình tỉnh', 'Báo Bắc Kạn'],
    ]);
    const [power] = extract('Phó Chủ tịch cũng yêu cầu ngành điện bảo đảm cung cấp điện ổn định trong dịp Tết.');
    expect([power.title, power.groupAssignees]).toEqual([
      'Bảo đảm cung cấp điện ổn định trong dịp Tết',
      ['ngành điện'],
    ]);
    expect(extract('Ngành điện có doanh thu tăng 5%.')).toEqual([]);
  });

  it('reads an activity\'s fields written on one line, each after its ";"', () => {
    const drafts = extract(
      '1. Xây dựng phương án mua sắm trang thiết bị y tế. Cơ quan chủ trì: Sở Y tế; cơ quan phối hợp: Sở Tài chính, ' +
        'Công an tỉnh; thời gian hoàn thành: tháng 6/2024.\n2. Rà soát biên chế. Cơ quan chủ trì: Sở Nội vụ.',
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId, d.supportDepartmentIds, d.dueDate])).toEqual([
      ['Xây dựng phương án mua sắm trang thiết bị y tế', idOf('SYT'), [idOf('STC'), idOf('CA')], '2024-06-30'],
      ['Rà soát biên chế', idOf('SNV'), [], null],
    ]);
  });

  it('reads work given in the passive, "… do Sở X chủ trì", with the units after it cooperating', () => {
    const read = (text: string) =>
      extract(text).map((d) => [d.title, d.leadDepartmentId, d.supportDepartmentIds, d.dueDate]);
    expect(
      read(
        'Xây dựng đề án vị trí việc làm do Sở Nội vụ chủ trì, phối hợp với Sở Tài chính thực hiện, hoàn thành trong ' +
          'quý II/2024.',
      ),
    ).toEqual([['Xây dựng đề án vị trí việc làm', idOf('SNV'), [idOf('STC')], '2024-06-30']]);
    expect(read('Việc rà soát quy hoạch do Sở Xây dựng chủ trì thực hiện.')).toEqual([
      ['Rà soát quy hoạch', idOf('SXD'), [], null],
    ]);
    expect(
      read('- Tổ chức Hội nghị xúc tiến đầu tư (Sở Kế hoạch và Đầu tư chủ trì, thời gian: tháng 5/2024).'),
    ).toEqual([['Tổ chức Hội nghị xúc tiến đầu tư', idOf('SKHDT'), [], '2024-05-31']]);
    // What a meeting chaired by a unit agreed is told, not given.
    expect(read('Hội nghị do Sở Nội vụ chủ trì đã thống nhất nhiều nội dung.')).toEqual([]);
  });

  it('reads the assigner\'s "chỉ đạo" after a ";" of its sentence, and a unit\'s role as no other body', () => {
    const [forwarded] = extract(
      'Tại phiên tiếp công dân, Phó Chủ tịch UBND tỉnh đã ghi nhận các ý kiến của công dân; chỉ đạo cơ quan chức năng ' +
        'nhận đơn thư và hướng dẫn công dân.',
    );
    expect([forwarded.title, forwarded.groupAssignees]).toEqual([
      'Nhận đơn thư và hướng dẫn công dân',
      ['cơ quan chức năng'],
    ]);
    const [standing] = extract(
      'UBND tỉnh chỉ đạo Sở Nông nghiệp và Phát triển nông thôn - Cơ quan thường trực Ban Chỉ huy phòng chống thiên ' +
        'tai và tìm kiếm cứu nạn tỉnh tăng cường theo dõi các hiện tượng thời tiết nguy hiểm.',
    );
    expect([standing.title, standing.leadDepartmentId, standing.groupAssignees]).toEqual([
      'Tăng cường theo dõi các hiện tượng thời tiết nguy hiểm',
      idOf('SNNPTNT'),
      [],
    ]);
  });

  it('reads "Tiếp thu ý kiến …," as what leads to the unit\'s work after it, no work of its own', () => {
    const drafts = extract(
      'Tiếp thu ý kiến của các thành viên UBND tỉnh, Sở Kế hoạch và Đầu tư hoàn chỉnh báo cáo, gửi Văn phòng UBND ' +
        'tỉnh trước ngày 30/01/2024.',
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId, d.dueDate])).toEqual([
      ['Hoàn chỉnh báo cáo, gửi Văn phòng UBND tỉnh', idOf('SKHDT'), '2024-01-30'],
    ]);
  });

  it('reads the district addressed by itself as the one the text named last', () => {
    const drafts = extract(
      'Chiều 15/3, Chủ tịch UBND tỉnh đã có buổi làm việc với UBND huyện Ngân Sơn. Đồng chí đề nghị huyện tập trung chỉ ' +
        'đạo quyết liệt công tác giải ngân vốn đầu tư công.',
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId, d.groupAssignees])).toEqual([
      ['Tập trung chỉ đạo quyết liệt công tác giải ngân vốn đầu tư công', idOf('UBND-NS'), []],
    ]);
    // With no district named before, the locality stays as written.
    expect(extract('Đồng chí đề nghị huyện tập trung giải ngân vốn đầu tư công.')[0].groupAssignees).toEqual(['huyện']);
  });

  it('dates the work by the sentence after it that sends its results ("Kết quả báo cáo UBND tỉnh trước ngày …")', () => {
    for (const text of [
      'Giao Sở Tài chính rà soát các khoản chi. Kết quả báo cáo UBND tỉnh trước ngày 15/3/2024.',
      'Giao Sở Tài chính rà soát các khoản chi.\nKết quả thực hiện báo cáo UBND tỉnh trước ngày 15/3/2024.',
    ])
      expect(extract(text).map((d) => [d.title, d.dueDate])).toEqual([['Rà soát các khoản chi', '2024-03-15']]);
  });

  it('reads a plan\'s activities with their place, time of day and bare "phối hợp:" among the fields', () => {
    const drafts = extract(
      [
        'II. NỘI DUNG HOẠT ĐỘNG',
        '1. Tổ chức chương trình nghệ thuật chào mừng năm mới',
        '- Thời gian: 20 giờ ngày 09/02/2024 (đêm 30 Tết).',
        '- Địa điểm: Quảng trường tỉnh.',
        '- Đơn vị thực hiện: Sở Văn hóa, Thể thao và Du lịch.',
        '2. Bắn pháo hoa đón Giao thừa',
        '- Thời gian: 00 giờ ngày 10/02/2024.',
        '- Đơn vị chủ trì: Ban Chỉ huy Quân sự tỉnh; phối hợp: Công an tỉnh.',
      ].join('\n'),
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId, d.supportDepartmentIds, d.dueDate])).toEqual([
      ['Tổ chức chương trình nghệ thuật chào mừng năm mới', idOf('SVHTTDL'), [], '2024-02-09'],
      ['Ban Chỉ huy Quân sự tỉnh bắn pháo hoa đón Giao thừa', null, [idOf('CA')], '2024-02-10'],
    ]);
    expect(drafts[0].description).toContain('Địa điểm: Quảng trường tỉnh');
  });

  it("reads no work in the province's requests to the ministries, the government, the party or the council", () => {
    for (const text of [
      'Đề nghị Bộ Giao thông vận tải xem xét, hỗ trợ vốn sửa chữa Quốc lộ 3B.',
      'UBND tỉnh kính đề nghị Thủ tướng Chính phủ quan tâm, hỗ trợ.',
      'Đề nghị Thường trực HĐND tỉnh xem xét, cho ý kiến.',
      'Đề nghị Ban Thường vụ Tỉnh ủy cho chủ trương.',
    ])
      expect(extract(text)).toEqual([]);
    // The province's own forces, and a unit's work that asks a ministry, are work.
    expect(extract('Đề nghị Bộ Chỉ huy Quân sự tỉnh tăng cường lực lượng.')).toHaveLength(1);
    expect(extract('Sở Tài chính tham mưu văn bản đề nghị Bộ Tài chính hỗ trợ kinh phí.')[0].leadDepartmentId).toBe(
      idOf('STC'),
    );
  });

  it('reads "giáo viên" as teachers, not the assigner\'s "giao" before an institute, and never fails on it', () => {
    expect(titlesAndGroups('Tuyển dụng giáo viên còn thiếu.')).toEqual([['Tuyển dụng giáo viên còn thiếu', []]]);
    expect(extract('Sở Giáo dục và Đào tạo:\n- Bố trí giáo viên còn thiếu cho các trường.')[0].leadDepartmentId).toBe(
      idOf('SGDDT'),
    );
  });

  it('reads work on a project or a draft ("rà soát dự án", "xây dựng dự thảo"), not attendance ("tham dự")', () => {
    for (const [text, title] of [
      ['Rà soát dự án.', 'Rà soát dự án'],
      ['Thanh toán dự án cho nhà thầu.', 'Thanh toán dự án cho nhà thầu'],
      ['Sở Tài chính:\n- Quyết toán dự án hoàn thành.', 'Quyết toán dự án hoàn thành'],
      ['Giao Sở Tư pháp xây dựng dự thảo Nghị quyết.', 'Xây dựng dự thảo Nghị quyết'],
    ])
      expect(extract(text).map((d) => d.title)).toEqual([title]);
    expect(extract('Tham dự hội nghị.')).toEqual([]);
  });

  it('reads units told only to cooperate after a ";" as cooperating in the work before, not as work of their own', () => {
    const drafts = extract('Sở Y tế chủ trì kiểm tra; Sở Công Thương, Công an tỉnh phối hợp thực hiện.');
    expect(drafts.map((d) => [d.title, d.leadDepartmentId, d.supportDepartmentIds])).toEqual([
      ['Kiểm tra', idOf('SYT'), [idOf('SCT'), idOf('CA')]],
    ]);
    // Work of its own with its partner is a draft of its own.
    expect(extract('Sở Y tế kiểm tra; Sở Công Thương phối hợp với Sở Tài chính rà soát giá.')).toHaveLength(2);
  });

  it('reads "các phường" and "các thị trấn" addressed as a group, not "các phương tiện" nor "Hải quan"', () => {
    expect(
      extract('UBND thành phố yêu cầu các phường đẩy mạnh công tác vệ sinh môi trường.')[0].groupAssignees,
    ).toEqual(['các phường']);
    expect(extract('Giao Công an tỉnh hướng dẫn các phương tiện lưu thông an toàn.')[0].groupAssignees).toEqual([]);
  });

  it('reads a heading line among the conclusions ("2. Nhiệm vụ thời gian tới", "3. Về giải phóng mặt bằng") as no work', () => {
    for (const heading of [
      '2. Nhiệm vụ thời gian tới',
      '2. Một số nhiệm vụ trong thời gian tới',
      '3. Về giải phóng mặt bằng',
    ])
      expect(
        extract(
          `Phó Chủ tịch UBND tỉnh kết luận như sau:\n${heading}\na) Sở Tài chính tham mưu bố trí vốn cho dự án.`,
        ).map((d) => d.title),
      ).toEqual(['Tham mưu bố trí vốn cho dự án']);
    // An item that ends with its mark is work, its verb or not.
    expect(extract('Chủ tịch UBND tỉnh kết luận như sau:\n1. Giải phóng mặt bằng dự án đường tránh.')).toHaveLength(1);
  });

  it('dates the work before a ";" by the day its results are sent to a unit ("gửi Sở X trước ngày …")', () => {
    const drafts = extract(
      'UBND các huyện: Chỉ đạo UBND cấp xã rà soát các hộ có nhà ở tạm; gửi Sở Lao động - Thương binh và Xã hội trước ngày 15/7/2024 để tổng hợp.',
    );
    expect(drafts.map((d) => [d.title, d.dueDate])).toEqual([
      ['Chỉ đạo UBND cấp xã rà soát các hộ có nhà ở tạm', '2024-07-15'],
    ]);
  });

  it('reads the units of an activity in brackets: "(Sở X chủ trì, phối hợp với Sở Y; …)", "(cơ quan chủ trì: Sở X; …)"', () => {
    for (const text of [
      '1. Tổ chức Hội nghị xúc tiến đầu tư (Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Công Thương; thời gian: quý III/2024).',
      '1. Tổ chức Hội nghị xúc tiến đầu tư (cơ quan chủ trì: Sở Kế hoạch và Đầu tư; cơ quan phối hợp: Sở Công Thương; thời gian: quý III/2024).',
    ]) {
      const drafts = extract(text);
      expect(drafts.map((d) => [d.title, d.leadDepartmentId, d.supportDepartmentIds, d.dueDate])).toEqual([
        ['Tổ chức Hội nghị xúc tiến đầu tư', idOf('SKHDT'), [idOf('SCT')], '2024-09-30'],
      ]);
    }
    // A unit after the bracket is not the activity's partner.
    expect(
      extract('1. Tổ chức hội nghị (Sở Kế hoạch và Đầu tư chủ trì), báo cáo Sở Tài chính.')[0].supportDepartmentIds,
    ).toEqual([]);
  });

  it('gives work named before its units ("Tổ chức …. Giao Sở X thực hiện …", "Nhiệm vụ … giao Sở X thực hiện") to them', () => {
    const drafts = extract(
      '1. Tổ chức Hội nghị xúc tiến đầu tư. Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Công Thương thực hiện trong quý III/2024.',
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId, d.supportDepartmentIds, d.dueDate])).toEqual([
      ['Tổ chức Hội nghị xúc tiến đầu tư', idOf('SKHDT'), [idOf('SCT')], '2024-09-30'],
    ]);
    const named = extract(
      'Nhiệm vụ xây dựng Đề án phát triển du lịch giao Sở Văn hóa, Thể thao và Du lịch thực hiện, trình UBND tỉnh trong quý II/2024.',
    );
    expect(named.map((d) => [d.title, d.leadDepartmentId, d.dueDate])).toEqual([
      ['Xây dựng Đề án phát triển du lịch, trình UBND tỉnh', idOf('SVHTTDL'), '2024-06-30'],
    ]);
    // Work of its own after the units stays a draft of its own.
    expect(extract('1. Tổ chức hội nghị. Giao Sở Kế hoạch và Đầu tư rà soát danh mục dự án.')).toHaveLength(2);
  });

  it('reads an activity\'s fields after dashes on its line ("… - Cơ quan chủ trì: Sở X - Thời gian hoàn thành: …")', () => {
    const drafts = extract(
      '3. Hoàn thiện hạ tầng các cụm công nghiệp - Cơ quan chủ trì: Sở Công Thương - Cơ quan phối hợp: Sở Tài chính - Thời gian hoàn thành: năm 2025.',
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId, d.supportDepartmentIds, d.dueDate])).toEqual([
      ['Hoàn thiện hạ tầng các cụm công nghiệp', idOf('SCT'), [idOf('STC')], '2025-12-31'],
    ]);
    const semicolon = extract(
      '3. Hoàn thiện hạ tầng các cụm công nghiệp - Cơ quan chủ trì: Sở Công Thương; cơ quan phối hợp: Sở Tài chính - Thời gian hoàn thành: năm 2025.',
    );
    expect(semicolon.map((d) => [d.title, d.leadDepartmentId, d.supportDepartmentIds])).toEqual([
      ['Hoàn thiện hạ tầng các cụm công nghiệp', idOf('SCT'), [idOf('STC')]],
    ]);
  });

  it('reads the units named after a remark\'s comma, then what they must do ("…, Sở X cần tập trung …")', () => {
    const drafts = extract(
      'Thời gian còn lại của năm không nhiều, Sở Tài chính cần tập trung rà soát các chỉ tiêu chưa đạt.',
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId])).toEqual([
      ['Tập trung rà soát các chỉ tiêu chưa đạt', idOf('STC')],
    ]);
    // The units responsible for something, then what they did, is an account.
    expect(
      extract('Tại cuộc họp, các sở, ngành có trách nhiệm soạn thảo dự thảo các văn bản đã báo cáo tiến độ chuẩn bị.'),
    ).toEqual([]);
  });

  it('reads "các ngành", a locality that must act and one named after the key tasks as the units of the work', () => {
    const groupsOf = (text: string) => extract(text, '2018-02-22').map((d) => [d.title, d.groupAssignees, d.dueDate]);
    expect(groupsOf('Chủ tịch UBND tỉnh yêu cầu các ngành tập trung tháo gỡ khó khăn cho doanh nghiệp.')).toEqual([
      ['Tập trung tháo gỡ khó khăn cho doanh nghiệp', ['các ngành'], null],
    ]);
    expect(groupsOf('Trong thời gian tới, huyện cần tập trung tháo gỡ khó khăn cho doanh nghiệp.')).toEqual([
      ['Tập trung tháo gỡ khó khăn cho doanh nghiệp', ['huyện'], null],
    ]);
    expect(
      groupsOf(
        'Tổng số quà Tết là 13.000 suất…\n\nNhiệm vụ trọng tâm trong tháng 3-2018, thành phố tiếp tục tập trung thu chi ngân sách; tháo gỡ khó khăn cho doanh nghiệp',
      ),
    ).toEqual([
      ['Tiếp tục tập trung thu chi ngân sách', ['thành phố'], '2018-03-31'],
      ['Tháo gỡ khó khăn cho doanh nghiệp', ['thành phố'], '2018-03-31'],
    ]);
    expect(groupsOf('Nhiệm vụ trọng tâm trong tháng 3-2018, tập trung tháo gỡ khó khăn cho doanh nghiệp.')).toEqual([
      ['Tập trung tháo gỡ khó khăn cho doanh nghiệp', [], '2018-03-31'],
    ]);
    // A sector opening a line after a heading with no end mark.
    expect(
      groupsOf('Phó Chủ tịch UBND tỉnh kết luận:\n2. Về y tế\nNgành y tế chủ động các phương án phòng dịch.'),
    ).toEqual([['Chủ động các phương án phòng dịch', ['Ngành y tế'], null]]);
    // Trades ("các ngành nghề") are no units given work.
    expect(extract('Giao Sở Công Thương hỗ trợ các ngành nghề nông thôn phát triển.')[0].groupAssignees).toEqual([]);
  });

  it('reads the time ahead opening a sentence with its comma left out before the units ("Trong thời gian tới các cấp, các ngành …")', () => {
    const read = (text: string) => extract(text, '2024-03-20').map((d) => [d.title, d.groupAssignees, d.dueDate]);
    expect(
      read(
        'Kết luận phiên họp, đồng chí Phó Chủ tịch UBND huyện nhấn mạnh: Trong thời gian tới các cấp, các ngành tiếp tục quán triệt Nghị quyết số 01/NQ-CP.',
      ),
    ).toEqual([['Tiếp tục quán triệt Nghị quyết số 01/NQ-CP', ['các cấp, các ngành'], null]]);
    expect(read('Trong quý II/2024 các sở, ngành tập trung đẩy nhanh giải ngân vốn đầu tư công.')).toEqual([
      ['Tập trung đẩy nhanh giải ngân vốn đầu tư công', ['các sở, ngành'], '2024-06-30'],
    ]);
    // What the units did in a month gone by, told: no work.
    expect(read('Trong tháng 2 các sở, ngành đã triển khai nhiều giải pháp.')).toEqual([]);
  });

  it('drafts no work from a sentence restating word for word a lede read as no work, its day left out', () => {
    const text =
      'Ngày 02/06/2024 UBND xã Tiền Phong tổ chức Hội nghị triển khai Kế hoạch bầu cử trưởng thôn nhiệm kỳ 2024 - 2027.\n\nThực hiện Công văn số 1709/UBND-NV của UBND huyện Vĩnh Bảo. UBND xã Tiền Phong tổ chức Hội nghị triển khai Kế hoạch bầu cử trưởng thôn nhiệm kỳ 2024 - 2027.';
    expect(extract(text, '2024-06-02')).toEqual([]);
    // Work that does not restate the lede is read as ever.
    expect(
      extract(
        `${text} Chủ tịch UBND xã yêu cầu các thôn tổ chức bầu cử trưởng thôn trước ngày 08/9/2024.`,
        '2024-06-02',
      ).map((d) => d.dueDate),
    ).toEqual(['2024-09-08']);
  });

  it('reads the key tasks a leader concludes for a period, listed after "bao gồm:", as work of that period, each field of work apart', () => {
    const read = (text: string) => extract(text, '2022-03-28').map((d) => [d.title, d.dueDate, d.deadlineText]);
    expect(
      read(
        'Sau khi nghe các ý kiến, đồng chí chủ trì kết luận một số nhiệm vụ trọng tâm thực hiện cuối tháng 3 và trong tháng 4/2022, bao gồm: công tác quản lý nhà chung cư, phòng cháy chữa cháy; công tác quản lý trật tự đô thị tại các chợ; các nhiệm vụ thực hiện theo kế hoạch xây dựng tuyến phố kiểu mẫu.',
      ),
    ).toEqual([
      ['Công tác quản lý nhà chung cư, phòng cháy chữa cháy', '2022-04-30', 'cuối tháng 3 và trong tháng 4/2022'],
      ['Công tác quản lý trật tự đô thị tại các chợ', '2022-04-30', 'cuối tháng 3 và trong tháng 4/2022'],
      [
        'Các nhiệm vụ thực hiện theo kế hoạch xây dựng tuyến phố kiểu mẫu',
        '2022-04-30',
        'cuối tháng 3 và trong tháng 4/2022',
      ],
    ]);
    // The same list with the assigner's words, its items opened by their work.
    expect(
      read(
        'Đồng chí chủ trì kết luận một số nhiệm vụ trọng tâm trong tháng 4/2022 như sau: tập trung công tác quản lý nhà chung cư; đẩy mạnh công tác quản lý trật tự đô thị.',
      ).map((d) => d[1]),
    ).toEqual(['2022-04-30', '2022-04-30']);
    // What the month's work achieved, listed: no work ahead.
    expect(read('Kết quả thực hiện nhiệm vụ tháng 3 như sau: công tác quản lý nhà chung cư được tăng cường.')).toEqual(
      [],
    );
  });

  it('dates the works a sentence lists after the key tasks it sets out for a period ("đặt ra các nhiệm vụ trọng tâm trong tháng 6 cũng như các tháng cuối năm, trong đó …")', () => {
    const read = (text: string) => extract(text, '2017-05-29').map((d) => [d.title, d.dueDate]);
    expect(
      read(
        'Lãnh đạo UBND TP cũng đặt ra các nhiệm vụ trọng tâm trong tháng 6 cũng như các tháng cuối năm, trong đó tập trung tổ chức tốt các hoạt động chăm sóc sức khỏe nhân dân; chuẩn bị tốt các điều kiện để phục vụ kỳ thi THPT quốc gia; đảm bảo cung cấp điện, nước, vệ sinh môi trường.',
      ),
    ).toEqual([
      ['Tập trung tổ chức tốt các hoạt động chăm sóc sức khỏe nhân dân', '2017-12-31'],
      ['Chuẩn bị tốt các điều kiện để phục vụ kỳ thi THPT quốc gia', '2017-12-31'],
      ['Đảm bảo cung cấp điện, nước, vệ sinh môi trường', '2017-12-31'],
    ]);
  });

  it('reads the work a district sets itself for the period ahead as its work in that period, and more of it after "Huyện cũng …"', () => {
    const read = (text: string) =>
      extract(text, '2023-11-03').map((d) => [d.title, d.groupAssignees, d.dueDate, d.deadlineText]);
    expect(
      read(
        'Trong 2 tháng còn lại của năm 2023, huyện Đất Đỏ tập trung triển khai các mô hình nông nghiệp ứng dụng công nghệ cao. Huyện cũng tập trung giải ngân vốn đầu tư công; theo dõi chặt chẽ tiến độ thu ngân sách.',
      ),
    ).toEqual([
      [
        'Tập trung triển khai các mô hình nông nghiệp ứng dụng công nghệ cao',
        ['huyện Đất Đỏ'],
        '2023-12-31',
        'Trong 2 tháng còn lại của năm 2023',
      ],
      ['Tập trung giải ngân vốn đầu tư công', ['Huyện'], '2023-12-31', 'Trong 2 tháng còn lại của năm 2023'],
      ['Theo dõi chặt chẽ tiến độ thu ngân sách', ['Huyện'], '2023-12-31', 'Trong 2 tháng còn lại của năm 2023'],
    ]);
    expect(read('Trong 6 tháng cuối năm, huyện tiếp tục đẩy nhanh tiến độ trồng rừng.')).toEqual([
      ['Tiếp tục đẩy nhanh tiến độ trồng rừng', ['huyện'], '2023-12-31', 'Trong 6 tháng cuối năm'],
    ]);
    // What the month held, told, is no work: "đã", or a figure of what was done.
    expect(read('Trong tháng 10, huyện đã tập trung chỉ đạo thu hoạch lúa.')).toEqual([]);
    expect(read('Trong tháng 10, huyện tổ chức 5 lớp tập huấn cho nông dân.')).toEqual([]);
    // … or what it did in a period gone by, in the words of work ahead.
    expect(read('Trong tháng 10, huyện tập trung chỉ đạo thu hoạch lúa vụ Hè Thu, đạt 95% diện tích.')).toEqual([]);
    expect(read('Năm 2022, thành phố tiếp tục đẩy mạnh cải cách hành chính.')).toEqual([]);
    // "Huyện cũng …" with no period before it in its paragraph: no date of its own.
    expect(read('Huyện cũng tập trung giải ngân vốn đầu tư công.').map((d) => d[2])).toEqual([null]);
  });

  it('reads an item of a report due every few months ("- Định kỳ 6 tháng, hằng năm báo cáo …") as recurring work', () => {
    const drafts = extract(
      '1. Các sở, ban, ngành, UBND các huyện, thành phố:\n- Tổ chức quán triệt Luật Phòng cháy.\n- Định kỳ 6 tháng, hằng năm báo cáo kết quả về Công an tỉnh để tổng hợp.',
    );
    expect(drafts.map((d) => [d.title, d.kind, d.deadlineText])).toEqual([
      ['Tổ chức quán triệt Luật Phòng cháy', 'deadline', null],
      ['Báo cáo kết quả về Công an tỉnh để tổng hợp', 'recurring', 'Định kỳ 6 tháng, hằng năm'],
    ]);
  });

  it('reads "giao rừng", "giao nộp", "giao kết" as the work\'s words, not the assigner\'s "giao"', () => {
    const drafts = extract(
      'Đến hết tháng 6/2024, Sở Nông nghiệp và Phát triển nông thôn phải hoàn thành việc giao đất, giao rừng.',
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId, d.dueDate])).toEqual([
      ['Hoàn thành việc giao đất, giao rừng', idOf('SNNPTNT'), '2024-06-30'],
    ]);
    expect(extract('Sở Tài chính đôn đốc giao nộp ngân sách.')[0].leadDepartmentId).toBe(idOf('STC'));
  });

  it('reads a unit whose name holds a verb ("Sở Xây dựng") as an addressee listed before a ";"', () => {
    const drafts = extract(
      'UBND tỉnh giao Sở Xây dựng; UBND các huyện, thành phố chịu trách nhiệm duy trì chất lượng phổ cập.',
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId, d.groupAssignees])).toEqual([
      ['Duy trì chất lượng phổ cập', idOf('SXD'), ['UBND các huyện, thành phố']],
    ]);
  });

  it('reads a decision\'s approving article as no work, and a yearly report after ";" as work of its own', () => {
    const drafts = extract(
      [
        'Điều 1. Phê duyệt Đề án phát triển du lịch tỉnh giai đoạn 2024 - 2030.',
        'Điều 2. Tổ chức thực hiện',
        '1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các sở, ngành triển khai thực hiện Đề án; định kỳ hằng năm tổng hợp, báo cáo UBND tỉnh kết quả thực hiện.',
      ].join('\n'),
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId, d.kind])).toEqual([
      ['Triển khai thực hiện Đề án', idOf('SVHTTDL'), 'deadline'],
      ['Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện', idOf('SVHTTDL'), 'recurring'],
    ]);
    expect(extract('Điều 2. Giao Sở Tài chính bố trí kinh phí.').map((d) => d.title)).toEqual(['Bố trí kinh phí']);
  });

  it('reads a unit singled out with "riêng" ("…; riêng Sở Công Thương tham mưu …") as the lead of its own work', () => {
    const drafts = extract(
      'Các đơn vị tập trung hoàn thành chỉ tiêu; riêng Sở Công Thương tham mưu giải pháp thúc đẩy xuất khẩu.',
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId])).toEqual([
      ['Tập trung hoàn thành chỉ tiêu', null],
      ['Tham mưu giải pháp thúc đẩy xuất khẩu', idOf('SCT')],
    ]);
  });

  it('dates the items of a list by the date its preamble gives them, not by the date of the report on them', () => {
    const dated = extract(
      'Chủ tịch UBND tỉnh yêu cầu các sở, ngành hoàn thành các nội dung sau trước ngày 30/6/2024:\n- Rà soát thủ tục hành chính.\n- Cập nhật cơ sở dữ liệu, xong trước ngày 15/5/2024.',
    );
    expect(dated.map((d) => [d.title, d.dueDate])).toEqual([
      ['Rà soát thủ tục hành chính', '2024-06-30'],
      ['Cập nhật cơ sở dữ liệu', '2024-05-15'],
    ]);
    const reported = extract(
      'Yêu cầu các sở, ngành thực hiện các nội dung sau, báo cáo kết quả về Sở Nội vụ trước ngày 30/6/2024:\n- Rà soát thủ tục hành chính.',
    );
    expect(reported.map((d) => [d.title, d.dueDate])).toEqual([['Rà soát thủ tục hành chính', null]]);
  });

  it('reads a sector named after a remark\'s comma with what it must do ("…, ngành giáo dục cần chuẩn bị …")', () => {
    const drafts = extract(
      'Đồng chí yêu cầu thời gian tới, ngành giáo dục cần chuẩn bị tốt cơ sở vật chất cho năm học mới; ngành y tế chủ động phòng chống dịch bệnh mùa mưa.',
    );
    expect(drafts.map((d) => [d.title, d.groupAssignees])).toEqual([
      ['Chuẩn bị tốt cơ sở vật chất cho năm học mới', ['ngành giáo dục']],
      ['Chủ động phòng chống dịch bệnh mùa mưa', ['ngành y tế']],
    ]);
  });

  it('dates the work just given by the sentence that names it again to finish it ("Hoàn thành việc tặng quà trước …")', () => {
    const drafts = extract(
      '2. Sở Lao động - Thương binh và Xã hội chủ trì tổ chức thăm, tặng quà các đối tượng chính sách; bảo đảm mọi nhà đều có Tết. Hoàn thành việc tặng quà trước ngày 05/02/2024.',
    );
    expect(drafts.map((d) => [d.title, d.dueDate])).toEqual([
      ['Tổ chức thăm, tặng quà các đối tượng chính sách', '2024-02-05'],
    ]);
    // Other work to finish is a draft of its own.
    expect(
      extract('Sở Xây dựng kiểm tra các công trình. Hoàn thành việc cấp phép xây dựng trước ngày 05/02/2024.'),
    ).toHaveLength(2);
  });

  it('keeps the work after a decision\'s approving article on its line, a place named "Cần …", a need and a wrapped group', () => {
    expect(
      extract(
        'Điều 1. Phê duyệt Kế hoạch tổ chức Hội chợ. Giao Sở Công Thương chủ trì, phối hợp với Sở Tài chính tổ chức thực hiện trước ngày 30/6/2024.',
      ).map((d) => [d.leadDepartmentId, d.dueDate]),
    ).toEqual([[idOf('SCT'), '2024-06-30']]);
    // "Cần Thơ" is a place, "cần khoảng 50 tỷ đồng" a need: neither is work.
    expect(extract('Đoàn công tác đã làm việc với UBND tỉnh Hậu Giang, thành phố Cần Thơ về hợp tác du lịch.')).toEqual(
      [],
    );
    expect(extract('Theo Sở Tài chính, để hoàn thành mục tiêu, Sở Y tế cần khoảng 50 tỷ đồng.')).toEqual([]);
    // A group's name wrapped by a pasted page.
    expect(
      extract('Giao UBND các huyện, thị\nxã, thành phố phối hợp với Sở Tài chính rà soát kinh phí.').map((d) => [
        d.groupAssignees,
        d.supportDepartmentIds,
      ]),
    ).toEqual([[['UBND các huyện, thị xã, thành phố'], [idOf('STC')]]]);
    // "giao thông", "được giao" before "thực hiện" are no units given the work.
    expect(
      extract(
        'Chủ tịch UBND tỉnh kết luận:\n- Nhiệm vụ đầu tư hạ tầng giao thông nông thôn phải được các địa phương thực hiện đúng kế hoạch.',
      )[0].title,
    ).toBe('Nhiệm vụ đầu tư hạ tầng giao thông nông thôn phải được các địa phương thực hiện đúng kế hoạch');
    // The date of a purpose before the assigner's words does not date the list.
    expect(
      extract(
        'Để hoàn thành mục tiêu giảm nghèo trước ngày 31/12/2025, UBND tỉnh yêu cầu các sở, ngành thực hiện các nhiệm vụ sau:\n- Rà soát hộ nghèo.',
      ).map((d) => d.dueDate),
    ).toEqual([null]);
  });

  it('reads the units after a time between them and the assigner\'s word ("yêu cầu thời gian tới các cấp, các ngành …")', () => {
    expect(
      titlesAndGroups(
        'Chủ tịch UBND tỉnh yêu cầu thời gian tới các cấp, các ngành phải tập trung cho công tác phòng, chống thiên tai.',
      ),
    ).toEqual([['Tập trung cho công tác phòng, chống thiên tai', ['các cấp, các ngành']]]);
    expect(
      extract('Chủ tịch UBND tỉnh yêu cầu trong thời gian tới Sở Tài chính phải tập trung rà soát.').map((d) => [
        d.title,
        d.leadDepartmentId,
      ]),
    ).toEqual([['Tập trung rà soát', idOf('STC')]]);
  });

  it('reads the units after a time that follows the chair\'s remark ("nhấn mạnh, thời gian tới các cấp, các ngành …")', () => {
    expect(
      titlesAndGroups(
        'Đồng chí Chủ tịch UBND tỉnh nhấn mạnh, thời gian tới các cấp, các ngành phải tập trung tháo gỡ khó khăn cho doanh nghiệp.',
      ),
    ).toEqual([['Tập trung tháo gỡ khó khăn cho doanh nghiệp', ['các cấp, các ngành']]]);
    // A remark about the time itself names no unit and gives no work.
    expect(extract('Chủ tịch UBND tỉnh nhấn mạnh, thời gian tới rất quan trọng.')).toEqual([]);
  });

  it('keeps the work whose colon spells out what it names ("xử lý nghiêm các hành vi vi phạm: khai thác vượt …")', () => {
    expect(
      extract(
        'Sở Tài nguyên và Môi trường và UBND các huyện, thị xã, thành phố tăng cường công tác kiểm tra; xử lý nghiêm các hành vi vi phạm: khai thác vượt công suất giấy phép, khai thác ngoài vị trí mỏ được cấp phép.',
      ).map((d) => [d.title, d.leadDepartmentId]),
    ).toEqual([
      ['Tăng cường công tác kiểm tra', idOf('STNMT')],
      [
        'Xử lý nghiêm các hành vi vi phạm: khai thác vượt công suất giấy phép, khai thác ngoài vị trí mỏ được cấp phép',
        idOf('STNMT'),
      ],
    ]);
    // A list after "như sau:" stays a list, and so do items that are work.
    expect(
      extract('Giao Sở Y tế thực hiện các nội dung: rà soát thuốc; kiểm tra cơ sở khám bệnh.').map((d) => d.title),
    ).toEqual(['Rà soát thuốc', 'Kiểm tra cơ sở khám bệnh']);
  });

  it('reads more group forms: "các sở ngành, địa phương", "thị xã thành phố", "các quận, huyện", places after a group', () => {
    const groupsOf = (text: string) => titlesAndGroups(text);
    expect(groupsOf('UBND tỉnh yêu cầu các sở ngành, địa phương phải nâng cao tinh thần trách nhiệm.')).toEqual([
      ['Nâng cao tinh thần trách nhiệm', ['các sở ngành, địa phương']],
    ]);
    expect(groupsOf('UBND tỉnh yêu cầu UBND các huyện, thị xã thành phố tập trung kiểm tra, giám sát.')).toEqual([
      ['Tập trung kiểm tra, giám sát', ['UBND các huyện, thị xã thành phố']],
    ]);
    expect(groupsOf('Tỉnh cũng giao các ngành địa phương tiếp tục đẩy mạnh công tác tuyên truyền.')).toEqual([
      ['Tiếp tục đẩy mạnh công tác tuyên truyền', ['các ngành địa phương']],
    ]);
    expect(groupsOf('Bà Vũ Thu Hà yêu cầu các quận, huyện thành lập Ban Chỉ đạo kỳ thi.')).toEqual([
      ['Thành lập Ban Chỉ đạo kỳ thi', ['các quận, huyện']],
    ]);
    expect(groupsOf('Giao UBND các xã, phường thành phố Bắc Kạn rà soát hộ nghèo.')).toEqual([
      ['Rà soát hộ nghèo', ['UBND các xã, phường thành phố Bắc Kạn']],
    ]);
    expect(
      groupsOf('Yêu cầu UBND các huyện Bố Trạch, Quảng Ninh, Minh Hóa khẩn trương kiểm tra, khắc phục hư hỏng.'),
    ).toEqual([['Khẩn trương kiểm tra, khắc phục hư hỏng', ['UBND các huyện: Bố Trạch, Quảng Ninh, Minh Hóa']]]);
  });

  it('writes a title and its deadline on one line when the pasted page wraps the sentence', () => {
    expect(
      extract(
        'UBND tỉnh yêu cầu UBND các huyện, thị xã, thành phố thành lập các\nđoàn kiểm tra công tác phòng chống rét, thường\nxuyên báo cáo UBND tỉnh.',
      ).map((d) => [d.title, d.deadlineText]),
    ).toEqual([['Thành lập các đoàn kiểm tra công tác phòng chống rét, báo cáo UBND tỉnh', 'thường xuyên']]);
  });

  it('keeps the units of the work across what it is to bring about ("Từ đó …", "Qua đó …")', () => {
    expect(
      titlesAndGroups(
        'UBND tỉnh yêu cầu UBND các huyện, thị xã, thành phố thành lập các đoàn kiểm tra công tác phòng chống rét. Từ đó có các biện pháp phòng chống rét hiệu quả. Bên cạnh đó, hướng dẫn cho nhân dân gia cố chuồng trại.',
      ),
    ).toEqual([
      ['Thành lập các đoàn kiểm tra công tác phòng chống rét', ['UBND các huyện, thị xã, thành phố']],
      ['Hướng dẫn cho nhân dân gia cố chuồng trại', ['UBND các huyện, thị xã, thành phố']],
    ]);
  });

  it('titles the work, not what the unit is ("là đơn vị được giao nhiệm vụ …") nor whose direction it is ("…, đó là chỉ đạo của …")', () => {
    expect(
      extract(
        'Công an tỉnh là đơn vị được giao nhiệm vụ giúp Chủ tịch UBND tỉnh theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch.',
      ).map((d) => [d.title, d.leadDepartmentId]),
    ).toEqual([['Giúp Chủ tịch UBND tỉnh theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch', idOf('CA')]]);
    expect(
      extract(
        'Phấn đấu thu hoạch nhanh gọn 158ha lúa hè thu còn lại xong trong ngày hôm nay, đó là chỉ đạo của Chủ tịch UBND huyện trong buổi kiểm tra sáng nay.',
        '2024-09-05',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([['Phấn đấu thu hoạch nhanh gọn 158ha lúa hè thu còn lại', '2024-09-05']]);
  });

  it('reads no work in the name of who wrote a news item, on its last line', () => {
    expect(
      extract('Các sở, ngành tổ chức triển khai thực hiện nghiêm túc.\n\nPhòng Truyền thông').map((d) => d.title),
    ).toEqual(['Tổ chức triển khai thực hiện nghiêm túc']);
    // A text of one line with no end mark is still read.
    expect(extract('Giao Sở Y tế rà soát thuốc').map((d) => d.title)).toEqual(['Rà soát thuốc']);
  });

  it('reads no work in the lines a dispatch is sent to ("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN, điện:")', () => {
    expect(
      titlesAndGroups(
        'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN, điện:\n\n- Chủ tịch Ủy ban nhân dân các xã;\n\n- Trưởng các phòng, ban, đoàn thể huyện;\n\n- Thủ trưởng các cơ quan đơn vị đóng trên địa bàn huyện.\n\nChủ tịch UBND huyện yêu cầu Chủ tịch UBND các xã khẩn trương triển khai ngay một số nội dung sau:\n\n1. Kiểm tra, rà soát các khu vực xung yếu.',
        '2018-09-13',
      ),
    ).toEqual([['Kiểm tra, rà soát các khu vực xung yếu', ['UBND các xã']]]);
  });

  it('reads no work in what a meeting discussed ("… thảo luận về các nội dung quan trọng như: rà soát …")', () => {
    expect(
      extract(
        'Tại cuộc họp, lãnh đạo các sở, ngành, địa phương đã báo cáo, thảo luận về các nội dung quan trọng như: rà soát, điều chỉnh các quy hoạch xây dựng đô thị; tiến độ lập quy hoạch các khu chức năng.\nPhát biểu kết luận cuộc họp, Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng rà soát các quy hoạch chung.',
      ).map((d) => [d.title, d.leadDepartmentId]),
    ).toEqual([['Rà soát các quy hoạch chung', idOf('SXD')]]);
    // Asked of the units, the same words are work, and "các sở" the units asked.
    expect(
      titlesAndGroups(
        'UBND tỉnh yêu cầu các sở thảo luận, thống nhất các nội dung như: rà soát quy hoạch; kiểm tra tiến độ.',
      ),
    ).toEqual([
      ['Rà soát quy hoạch', ['các sở']],
      ['Kiểm tra tiến độ', ['các sở']],
    ]);
  });

  it("reads a district's offices as the subject of their work, and not its committee giving the work", () => {
    expect(
      titlesAndGroups(
        'Chủ tịch UBND huyện yêu cầu: UBND các xã, thị trấn triển khai thực hiện nghiêm túc việc phòng chống rét cho đàn vật nuôi. Cơ quan chuyên môn tham mưu chỉ đạo thực hiện công tác phòng chống rét. Quản lý, giám sát chặt chẽ tình hình dịch bệnh trên địa bàn.',
      ),
    ).toEqual([
      ['Triển khai thực hiện nghiêm túc việc phòng chống rét cho đàn vật nuôi', ['UBND các xã, thị trấn']],
      ['Tham mưu chỉ đạo thực hiện công tác phòng chống rét', ['Cơ quan chuyên môn']],
      ['Quản lý, giám sát chặt chẽ tình hình dịch bệnh trên địa bàn', ['Cơ quan chuyên môn']],
    ]);
  });

  it('reads the units after "chỉ đạo," and a time ("chỉ đạo, trong thời gian tới, các chủ đầu tư …")', () => {
    expect(
      titlesAndGroups(
        'Chủ tịch UBND tỉnh Phạm Văn Tân chỉ đạo, trong thời gian tới, các chủ đầu tư đẩy nhanh tiến độ giải ngân.',
      ),
    ).toEqual([['Đẩy nhanh tiến độ giải ngân', ['các chủ đầu tư']]]);
    expect(
      extract('Chủ tịch UBND tỉnh chỉ đạo, Sở Y tế đẩy nhanh tiến độ giải ngân.').map((d) => [
        d.title,
        d.leadDepartmentId,
      ]),
    ).toEqual([['Đẩy nhanh tiến độ giải ngân', idOf('SYT')]]);
    // The chairman's own direction and management name no units and give no work.
    expect(extract('Chủ tịch UBND tỉnh chỉ đạo, điều hành quyết liệt công tác giải ngân.')).toEqual([]);
  });

  it('reads a newspaper opening the sentence with the radio and television as leads outside the table', () => {
    expect(
      extract(
        'UBND tỉnh giao Sở Y tế chủ trì, phối hợp với các sở, ngành tham mưu UBND tỉnh xây dựng kế hoạch. Báo Hưng Yên, Đài Phát thanh và Truyền hình tỉnh phối hợp với Sở Y tế thực hiện công tác thông tin, tuyên truyền.',
      ).map((d) => [d.title, d.leadDepartmentId, d.supportDepartmentIds]),
    ).toEqual([
      ['Tham mưu UBND tỉnh xây dựng kế hoạch', idOf('SYT'), []],
      [
        'Báo Hưng Yên, Đài Phát thanh và Truyền hình tỉnh thực hiện công tác thông tin, tuyên truyền',
        null,
        [idOf('SYT')],
      ],
    ]);
  });

  it('reads boards and companies a dispatch addresses, with the groups beside them', () => {
    const read = (text: string) => titlesAndGroups(text);
    expect(
      read(
        'UBND tỉnh yêu cầu Ban Chỉ huy phòng chống thiên tai – Tìm kiếm cứu nạn và phòng thủ dân sự, các sở, ngành và địa phương tổ chức theo dõi chặt chẽ diễn biến thời tiết.',
      ),
    ).toEqual([
      [
        'Ban Chỉ huy phòng chống thiên tai – Tìm kiếm cứu nạn và phòng thủ dân sự tổ chức theo dõi chặt chẽ diễn biến thời tiết',
        ['các sở, ngành và địa phương'],
      ],
    ]);
    expect(
      read(
        'Chủ tịch UBND thị xã yêu cầu Ban Chỉ huy PCTT và TKCN kiêm Ban Chỉ huy PTDS thị xã, Thủ trưởng các Phòng, ban, đơn vị trên địa bàn thị xã; Chủ tịch UBND các xã, phường và các đơn vị liên quan khác thực hiện nghiêm công điện.',
      ),
    ).toEqual([
      [
        'Ban Chỉ huy PCTT và TKCN kiêm Ban Chỉ huy PTDS thị xã thực hiện nghiêm công điện',
        ['các Phòng, ban, đơn vị trên địa bàn thị xã', 'UBND các xã, phường', 'các đơn vị liên quan khác'],
      ],
    ]);
    expect(
      read(
        'Phó Chủ tịch UBND tỉnh yêu cầu UBND các xã, phường; Công ty cổ phần thủy điện Thác Bà; Công ty TNHH Tân Phú chủ động ứng phó nguy cơ mưa lũ.',
      ),
    ).toEqual([
      [
        'Chủ động ứng phó nguy cơ mưa lũ',
        ['UBND các xã, phường', 'Công ty cổ phần thủy điện Thác Bà', 'Công ty TNHH Tân Phú'],
      ],
    ]);
  });

  it('reads the contractors addressed as a group ("yêu cầu nhà thầu các gói thầu đang chậm tiến độ …")', () => {
    expect(
      titlesAndGroups(
        'Phó Chủ tịch UBND tỉnh yêu cầu nhà thầu các gói thầu đang chậm tiến độ nghiêm túc rút kinh nghiệm, thực hiện ngay việc lập tiến độ thi công.',
      ),
    ).toEqual([
      [
        'Nghiêm túc rút kinh nghiệm, thực hiện ngay việc lập tiến độ thi công',
        ['nhà thầu các gói thầu đang chậm tiến độ'],
      ],
    ]);
    expect(titlesAndGroups('Yêu cầu các nhà thầu khẩn trương huy động nhân lực.')).toEqual([
      ['Khẩn trương huy động nhân lực', ['các nhà thầu']],
    ]);
  });

  it('reads a commune addressed with its party committee ("yêu cầu cấp ủy, chính quyền xã Noong Luông cần …")', () => {
    expect(
      titlesAndGroups(
        'Tại xã Noong Luống, đồng chí Bùi Hải Bình – Chủ tịch UBND huyện Điện Biên, yêu cầu cấp ủy, chính quyền xã Noong Luông cần huy động lực lượng, phương tiện khơi thông dòng chảy.',
      ),
    ).toEqual([['Huy động lực lượng, phương tiện khơi thông dòng chảy', ['cấp ủy, chính quyền xã Noong Luông']]]);
  });

  it('reads "bàn giao 100% …" as work, not a sum given ("giao 500 tỷ đồng")', () => {
    expect(
      extract('Phấn đấu bàn giao 100% mặt bằng cao tốc trước 30/6/2023.', '2023-03-01').map((d) => [
        d.title,
        d.dueDate,
      ]),
    ).toEqual([['Phấn đấu bàn giao 100% mặt bằng cao tốc', '2023-06-30']]);
    expect(extract('Năm 2024, tỉnh giao 500 tỷ đồng cho các huyện.')).toEqual([]);
  });

  it('reads a headline the news names a leader\'s direction on the next line ("Đó là yêu cầu của …")', () => {
    expect(
      extract(
        'Phấn đấu bàn giao 100% mặt bằng cao tốc Bắc-Nam trước 30/6/2023 Ngày đăng: 01/03/2023 | 18:38 | Lượt xem: 1215\n(binhdinh.gov.vn) - Đó là yêu cầu của Phó Chủ tịch UBND tỉnh tại buổi làm việc kiểm tra công tác GPMB chiều nay (1/3).',
        '2023-03-01',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([['Phấn đấu bàn giao 100% mặt bằng cao tốc Bắc-Nam', '2023-06-30']]);
    expect(
      extract(
        'Cần sớm hoàn chỉnh các thủ tục để được công nhận xã đạt chuẩn nông thôn mới\n\nĐó là chỉ đạo của Phó Chủ tịch UBND tỉnh đối với 5/8 xã điểm trong xây dựng nông thôn mới.',
      ).map((d) => d.title),
    ).toEqual(['Sớm hoàn chỉnh các thủ tục để được công nhận xã đạt chuẩn nông thôn mới']);
    // A headline with no such line is not read.
    expect(extract('Cần sớm hoàn chỉnh các thủ tục nông thôn mới\n\nSáng 22/3, Ban Chỉ đạo tỉnh họp.')).toEqual([]);
  });

  it('reads the units a news item names before the leader\'s words ("Chỉ đạo UBND huyện X, Phó Chủ tịch … yêu cầu …")', () => {
    expect(
      extract('Chỉ đạo Sở Y tế, Phó Chủ tịch UBND tỉnh Đinh Khắc Đính yêu cầu khẩn trương rà soát thuốc.').map((d) => [
        d.title,
        d.leadDepartmentId,
      ]),
    ).toEqual([['Khẩn trương rà soát thuốc', idOf('SYT')]]);
  });

  it('keeps the units of the work for a condition after it ("Trường hợp vượt thẩm quyền thì tham mưu …")', () => {
    expect(
      extract(
        'UBND tỉnh yêu cầu các Sở, ban, ngành, UBND các huyện, thành phố thực hiện công tác thông tin, báo cáo kịp thời. Trường hợp vượt thẩm quyền thì tham mưu UBND tỉnh xem xét, xử lý.',
      ).map((d) => d.groupAssignees),
    ).toEqual([
      ['các Sở, ban, ngành', 'UBND các huyện, thành phố'],
      ['các Sở, ban, ngành', 'UBND các huyện, thành phố'],
    ]);
  });

  it('reads district offices by their short names and the front of a commune ("Phòng NN và PTNT", "UBMTTQVN xã")', () => {
    expect(
      extract(
        'UBND huyện giao Phòng NN và PTNT phối hợp với Trung tâm Dịch vụ nông nghiệp huyện chỉ đạo các xã tập trung gieo cấy lúa Đông Xuân.',
      ).map((d) => d.title),
    ).toEqual(['Phòng NN và PTNT chỉ đạo các xã tập trung gieo cấy lúa Đông Xuân']);
    expect(
      extract('Yêu cầu UBND xã Lộc Thủy phối hợp với UBMTTQVN xã tăng cường công tác tuyên truyền.').map((d) => [
        d.title,
        d.groupAssignees,
      ]),
    ).toEqual([['UBND xã Lộc Thủy tăng cường công tác tuyên truyền', ['UBMTTQVN xã']]]);
    expect(
      extract(
        'UBND tỉnh yêu cầu các sở, ban, ngành của tỉnh và UBND các huyện, thành phố tiếp tục thực hiện nghiêm túc Công văn 3268.',
      ).map((d) => d.groupAssignees),
    ).toEqual([['các sở, ban, ngành của tỉnh', 'UBND các huyện, thành phố']]);
  });

  it('reads investors, project boards, district police and the power company the dispatches name', () => {
    const read = (text: string, date?: string) =>
      extract(text, date).map((d) => [d.title, d.groupAssignees, d.dueDate]);
    expect(
      read('Chủ đầu tư các dự án xây dựng cơ bản trên địa bàn tỉnh Quảng Ngãi phải giải ngân hết nguồn vốn năm 2021.'),
    ).toEqual([
      ['Giải ngân hết nguồn vốn năm 2021', ['Chủ đầu tư các dự án xây dựng cơ bản trên địa bàn tỉnh Quảng Ngãi'], null],
    ]);
    expect(
      read(
        'Chậm nhất đến cuối tháng 12, BQL DA các công trình giao thông phải giải ngân 100% kế hoạch vốn.',
        '2022-11-20',
      ),
    ).toEqual([['BQL DA các công trình giao thông giải ngân 100% kế hoạch vốn', [], '2022-12-31']]);
    expect(
      read('UBND tỉnh yêu cầu các huyện, thị xã, thành phố trên toàn tỉnh phải đẩy mạnh công tác thanh kiểm tra.'),
    ).toEqual([['Đẩy mạnh công tác thanh kiểm tra', ['các huyện, thị xã, thành phố trên toàn tỉnh'], null]]);
    expect(
      read(
        'UBND thành phố giao Công an TP và chính quyền địa phương kiểm tra điều kiện an toàn PCCC tại các cơ sở karaoke.',
      ),
    ).toEqual([['Kiểm tra điều kiện an toàn PCCC tại các cơ sở karaoke', ['chính quyền địa phương'], null]]);
    expect(
      read('Sở Công Thương chủ trì, phối hợp với Công ty Điện lực quản lý an toàn điện tại các quán karaoke.').map(
        (d) => d[0],
      ),
    ).toEqual(['Quản lý an toàn điện tại các quán karaoke']);
    expect(
      read('Chủ tịch UBND huyện yêu cầu các cơ quan, ban ngành, các địa phương phối hợp triển khai rà soát hộ nghèo.'),
    ).toEqual([['Triển khai rà soát hộ nghèo', ['các cơ quan, ban ngành, các địa phương'], null]]);
  });

  it('names a lead outside the table after the condition its work opens with', () => {
    expect(
      extract(
        'UBND tỉnh yêu cầu Sở Văn hóa và Thể thao tổ chức kiểm tra các cơ sở karaoke. Nếu các cơ sở vi phạm pháp luật, không đủ điều kiện hoạt động thì kiên quyết thu hồi giấy phép.',
        '2025-08-21',
      ).map((d) => d.title),
    ).toEqual([
      'Sở Văn hóa và Thể thao tổ chức kiểm tra các cơ sở karaoke',
      'Nếu các cơ sở vi phạm pháp luật, không đủ điều kiện hoạt động thì Sở Văn hóa và Thể thao kiên quyết thu hồi giấy phép',
    ]);
  });

  it('reads the province written after a unit as part of its name ("Sở Y tế tỉnh Quảng Nam", "Sở Xây dựng TPHCM")', () => {
    const read = (text: string) => extract(text).map((d) => [d.title, d.leadDepartmentId, d.groupAssignees]);
    expect(read('Giao Sở Y tế tỉnh Quảng Nam chủ trì kiểm tra an toàn thực phẩm.')).toEqual([
      ['Kiểm tra an toàn thực phẩm', idOf('SYT'), []],
    ]);
    expect(read('Theo đó, Sở Xây dựng TPHCM được giao khẩn trương bố trí chủ đầu tư.')).toEqual([
      ['Khẩn trương bố trí chủ đầu tư', idOf('SXD'), []],
    ]);
    expect(
      read('Chủ tịch UBND tỉnh yêu cầu các địa phương trên địa bàn tỉnh Hà Tĩnh cần tiếp tục huy động nhân lực.'),
    ).toEqual([['Tiếp tục huy động nhân lực', null, ['các địa phương trên địa bàn tỉnh Hà Tĩnh']]]);
    // The level with no name after it is the unit's own word.
    expect(read('Giao Sở Y tế tỉnh chủ trì kiểm tra an toàn thực phẩm.')).toEqual([
      ['Kiểm tra an toàn thực phẩm', idOf('SYT'), []],
    ]);
  });

  it('reads no work in a photo caption naming a leader, nor in the sanction a duty carries ("… nếu …")', () => {
    expect(extract('Chủ tịch UBND huyện Ba Bể Nguyễn Đức Chung.')).toEqual([]);
    expect(
      titlesAndGroups(
        'Chủ tịch UBND tỉnh chỉ đạo các sở ngành, quận huyện và xã phường đẩy mạnh giải ngân vốn đầu tư công năm 2025. Các chủ tịch UBND xã, phường phải chịu trách nhiệm toàn diện nếu bàn giao mặt bằng thi công chậm.',
      ),
    ).toEqual([['Đẩy mạnh giải ngân vốn đầu tư công năm 2025', ['các sở ngành, quận huyện và xã phường']]]);
  });

  it('keeps the place after a group with it ("ngành chức năng TP Cần Thơ", "UBND các huyện, thành phố Cà Mau")', () => {
    const read = (text: string) => titlesAndGroups(text);
    expect(read('Tổ công tác yêu cầu ngành chức năng TP Cần Thơ khẩn trương đẩy nhanh tiến độ dự án.')).toEqual([
      ['Khẩn trương đẩy nhanh tiến độ dự án', ['ngành chức năng TP Cần Thơ']],
    ]);
    expect(read('Giao UBND các huyện, thành phố Cà Mau rà soát hộ nghèo.')).toEqual([
      ['Rà soát hộ nghèo', ['UBND các huyện, thành phố Cà Mau']],
    ]);
  });

  it('titles work that names no unit without the leader who asks for it', () => {
    expect(
      extract(
        'Lãnh đạo tỉnh Đồng Nai yêu cầu công tác bồi thường, hỗ trợ cho người dân bị thu hồi đất phải thực hiện xong trong tháng 12/2023.',
        '2023-11-15',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([['Công tác bồi thường, hỗ trợ cho người dân bị thu hồi đất phải thực hiện', '2023-12-31']]);
  });

  it('reads the heads of bodies told their duty, offices and households, the press, coastal communes and "tất cả các …"', () => {
    const read = (text: string, date?: string) =>
      extract(text, date).map((d) => [d.title, d.groupAssignees, d.dueDate]);
    expect(
      read(
        'Các cơ quan, đơn vị, công sở và hộ gia đình treo cờ Tổ quốc đến hết ngày 19/5/2018. Thủ trưởng cơ quan, đơn vị, địa phương có trách nhiệm thông báo rộng rãi đến người lao động.',
        '2018-05-15',
      ),
    ).toEqual([
      ['Treo cờ Tổ quốc', ['Các cơ quan, đơn vị, công sở và hộ gia đình'], '2018-05-19'],
      ['Thông báo rộng rãi đến người lao động', ['cơ quan, đơn vị, địa phương'], null],
    ]);
    expect(
      read('Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các phường, xã ven biển hướng dẫn tàu thuyền neo đậu an toàn.'),
    ).toEqual([['Hướng dẫn tàu thuyền neo đậu an toàn', ['UBND các phường, xã ven biển'], null]]);
    expect(
      read('Tất cả các nhóm đối tượng phải hoàn thành hỗ trợ chậm nhất trong tháng 7-2020.', '2020-06-05'),
    ).toEqual([['Tất cả các nhóm đối tượng phải hoàn thành hỗ trợ', [], '2020-07-31']]);
  });

  it('reads the head of a branch office, the new-countryside office, "ngành địa phương" and "ban ngành thuộc tỉnh"', () => {
    const read = (text: string) => titlesAndGroups(text);
    expect(read('UBND tỉnh giao Cục trưởng Cục Quản lý thị trường tỉnh chỉ đạo kiểm tra thị trường.')).toEqual([
      ['Cục Quản lý thị trường tỉnh chỉ đạo kiểm tra thị trường', []],
    ]);
    expect(read('UBND tỉnh giao Văn phòng Điều phối nông thôn mới tỉnh kiểm tra, rà soát hồ sơ.')).toEqual([
      ['Văn phòng Điều phối nông thôn mới tỉnh kiểm tra, rà soát hồ sơ', []],
    ]);
    expect(read('Phó Chủ tịch UBND tỉnh chỉ đạo các sở, ban, ngành địa phương khẩn trương rà soát.')).toEqual([
      ['Khẩn trương rà soát', ['các sở, ban, ngành địa phương']],
    ]);
    expect(
      read(
        'Yêu cầu thủ trưởng các sở, ban ngành thuộc tỉnh, chủ tịch UBND các huyện tổ chức thực hiện tốt công tác giám sát.',
      ),
    ).toEqual([['Tổ chức thực hiện tốt công tác giám sát', ['các sở, ban ngành thuộc tỉnh', 'UBND các huyện']]]);
  });

  it('reads "Phối hợp với …" after a unit\'s work as more of its work, led by it', () => {
    expect(
      extract(
        'Chủ tịch UBND tỉnh giao Sở Nông nghiệp và Phát triển nông thôn điều tra diễn biến của chuột. Phối hợp với các sở, ngành, đơn vị liên quan hướng dẫn các biện pháp diệt chuột.',
      ).map((d) => [d.title, d.leadDepartmentId, d.groupAssignees]),
    ).toEqual([
      ['Điều tra diễn biến của chuột', idOf('SNNPTNT'), []],
      ['Hướng dẫn các biện pháp diệt chuột', idOf('SNNPTNT'), ['các sở, ngành, đơn vị liên quan']],
    ]);
  });

  it("reads no work in what voters ask, and the committee's answer as work", () => {
    expect(
      extract(
        'Cử tri xã Trung Yên, huyện Sơn Dương đề nghị:\n\nXem xét đầu tư, cải tạo, nâng cấp tuyến đường ĐT185.\n\nTRẢ LỜI:\n\nTiếp thu ý kiến của cử tri, Ủy ban nhân dân tỉnh giao Sở Xây dựng tiếp tục nghiên cứu, đề xuất bố trí nguồn vốn.',
      ).map((d) => [d.title, d.leadDepartmentId]),
    ).toEqual([['Tiếp tục nghiên cứu, đề xuất bố trí nguồn vốn', idOf('SXD')]]);
  });

  it('titles work with its basis before "để" left out, and without a bracket left open', () => {
    expect(
      extract(
        'UBND tỉnh giao Sở Y tế căn cứ các nội dung chỉ đạo của Bộ Y tế tại Công văn số 2.350 ngày 1.4.2020 và tình hình thực tế để có văn bản hướng dẫn các địa phương.',
      ).map((d) => d.title),
    ).toEqual(['Có văn bản hướng dẫn các địa phương']);
    expect(
      extract(
        'UBND tỉnh giao UBND thành phố Bắc Kạn sửa chữa tuyến đường. (Sở Xây dựng có trách nhiệm đôn đốc, kiểm tra).',
      ).map((d) => d.title),
    ).toEqual(['Sửa chữa tuyến đường', 'Đôn đốc, kiểm tra']);
  });

  it('reads partners named by their role up to the work "để" they cooperate for, and "lực lượng công an tỉnh"', () => {
    expect(
      extract(
        'Sở Xây dựng phối hợp với Công an tỉnh, cơ quan quản lý đường thủy nội địa, đường bộ để kiểm tra, lắp đặt các biển báo hạn chế tốc độ.',
      ).map((d) => [d.title, d.leadDepartmentId, d.supportDepartmentIds, d.groupAssignees]),
    ).toEqual([
      [
        'Kiểm tra, lắp đặt các biển báo hạn chế tốc độ',
        idOf('SXD'),
        [idOf('CA')],
        ['cơ quan quản lý đường thủy nội địa, đường bộ'],
      ],
    ]);
    expect(
      extract('UBND tỉnh giao lực lượng công an tỉnh tiếp tục triển khai các biện pháp nghiệp vụ.').map((d) => [
        d.title,
        d.leadDepartmentId,
      ]),
    ).toEqual([['Tiếp tục triển khai các biện pháp nghiệp vụ', idOf('CA')]]);
  });

  it('reads units stationed in the area, dam owners and "Ban chỉ huy" written in small letters; no work in what was done', () => {
    const read = (text: string) => titlesAndGroups(text);
    expect(
      read(
        'UBND tỉnh yêu cầu Thủ trưởng các cơ quan, đơn vị đóng quân trên địa bàn, các chủ hồ đập thủy lợi, thủy điện trên địa bàn tỉnh khẩn trương kiểm tra, rà soát.',
      ),
    ).toEqual([
      [
        'Khẩn trương kiểm tra, rà soát',
        ['các cơ quan, đơn vị đóng quân trên địa bàn', 'các chủ hồ đập thủy lợi, thủy điện trên địa bàn tỉnh'],
      ],
    ]);
    expect(
      read(
        'Giao Thường trực Ban chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh theo dõi chặt chẽ diễn biến mưa lũ.',
      ),
    ).toEqual([
      ['Thường trực Ban chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh theo dõi chặt chẽ diễn biến mưa lũ', []],
    ]);
    expect(
      read(
        'Thực hiện nhiệm vụ UBND tỉnh giao, trong thời gian qua Sở Xây dựng tập trung chỉ đạo sửa chữa nền, mặt đường.',
      ),
    ).toEqual([]);
  });

  it("keeps the review's cases of the new rules right", () => {
    const read = (text: string) => extract(text).map((d) => [d.title, d.leadDepartmentId, d.groupAssignees, d.dueDate]);
    // Short work whose verb the table of actions lacks is still work; only a person's name under a photo is not.
    expect(read('UBND tỉnh giao Sở Y tế chủ trì kiểm tra an toàn thực phẩm. Sở Tài chính cấp kinh phí.')).toEqual([
      ['Kiểm tra an toàn thực phẩm', idOf('SYT'), [], null],
      ['Cấp kinh phí', idOf('STC'), [], null],
    ]);
    // Units after a colon are given the work.
    expect(
      read('Triển khai đồng bộ các giải pháp: các sở, ngành, địa phương phải quyết liệt đẩy nhanh giải ngân vốn.'),
    ).toEqual([['Quyết liệt đẩy nhanh giải ngân vốn', null, ['các sở, ngành, địa phương'], null]]);
    // A board addressed keeps its own work, up to its first verb.
    expect(
      read(
        'Chủ tịch UBND tỉnh yêu cầu Ban Chỉ đạo phòng chống dịch theo dõi sát tình hình dịch bệnh; Sở Y tế chuẩn bị đủ thuốc.',
      ).map((d) => d[0]),
    ).toEqual(['Ban Chỉ đạo phòng chống dịch theo dõi sát tình hình dịch bệnh', 'Chuẩn bị đủ thuốc']);
    // "được giao," before a department is no assigner's word.
    expect(
      read('Các đơn vị khẩn trương hoàn thành nhiệm vụ được giao, Sở Tài chính bảo đảm kinh phí thực hiện.').map(
        (d) => d[0],
      ),
    ).toEqual(['Khẩn trương hoàn thành nhiệm vụ được giao', 'Bảo đảm kinh phí thực hiện']);
    // "các số liệu" is no group.
    expect(
      read('UBND tỉnh yêu cầu các số liệu báo cáo phải bảo đảm chính xác, kịp thời.').flatMap((d) => d[2]),
    ).toEqual([]);
    // The sanction with work after it keeps the work and its date.
    expect(
      read(
        'Giám đốc các sở phải chịu trách nhiệm nếu để chậm trễ, đồng thời báo cáo kết quả về UBND tỉnh trước ngày 20/02/2024.',
      ).map((d) => d[3]),
    ).toEqual(['2024-02-20']);
    // A unit's own questions to settle are its work, not a meeting's agenda.
    expect(
      read(
        'Sở Tài chính xem xét, giải quyết các vấn đề sau:\n- Bố trí kinh phí cho các huyện;\n- Thẩm định dự toán.',
      ).map((d) => d[1]),
    ).toEqual([idOf('STC'), idOf('STC')]);
    // A last line with its end mark is read; "Hoàn thành trước Tết." dates the work above it.
    expect(
      read('Giao Sở Y tế tổ chức thăm, tặng quà các gia đình chính sách.\nHoàn thành trước Tết.').map((d) => [
        d[0],
        d[3],
      ]),
    ).toEqual([['Tổ chức thăm, tặng quà các gia đình chính sách', '2024-02-09']]);
    // A year gone by opening the sentence dates nothing.
    expect(
      read(
        'Đến cuối năm 2023, UBND tỉnh đã ban hành 15 quyết định; yêu cầu các sở, ngành tiếp tục rà soát văn bản.',
      ).map((d) => d[3]),
    ).toEqual([null]);
    // What a unit has done, told after the direction, and what the office found are no work.
    expect(read('Chủ tịch UBND tỉnh đã trực tiếp chỉ đạo, Sở Y tế đã cử đoàn công tác xuống hiện trường.')).toEqual([]);
    expect(read('Cơ quan chuyên môn kiểm tra, xác định nguyên nhân ban đầu là do chập điện.')).toEqual([]);
    // "…, đây là yêu cầu của …" leaves the work after its clause.
    expect(
      read(
        'Giao Sở Y tế hướng dẫn các xã hoàn thiện tiêu chí, đây là yêu cầu của Bộ Y tế, đồng thời báo cáo UBND tỉnh trước ngày 15/3/2024.',
      ).map((d) => d[0]),
    ).toEqual(['Hướng dẫn các xã hoàn thiện tiêu chí, đồng thời báo cáo UBND tỉnh']);
  });

  it('reads communes listed after a colon with "và", units parted by "/", forest owners, and "…, UBND tỉnh yêu cầu." as a preamble', () => {
    const read = (text: string, date?: string) =>
      extract(text, date).map((d) => [d.title, d.groupAssignees, d.dueDate]);
    expect(read('Giao UBND các xã: Đồng Tân và Tân Thành khẩn trương thực hiện các biện pháp cách ly.')).toEqual([
      ['Khẩn trương thực hiện các biện pháp cách ly', ['UBND các xã: Đồng Tân và Tân Thành'], null],
    ]);
    expect(
      read('Ủy ban nhân dân các huyện, thành phố/Ủy ban nhân dân cấp xã theo dõi chặt chẽ diễn biến của bão, mưa lũ.'),
    ).toEqual([
      [
        'Theo dõi chặt chẽ diễn biến của bão, mưa lũ',
        ['Ủy ban nhân dân các huyện, thành phố', 'Ủy ban nhân dân cấp xã'],
        null,
      ],
    ]);
    expect(
      read(
        'UBND tỉnh yêu cầu các ngành, địa phương liên quan, chủ rừng trên địa bàn tỉnh tổ chức thực hiện tốt công tác bảo vệ rừng.',
      ),
    ).toEqual([
      [
        'Tổ chức thực hiện tốt công tác bảo vệ rừng',
        ['các ngành, địa phương liên quan', 'chủ rừng trên địa bàn tỉnh'],
        null,
      ],
    ]);
    expect(
      read(
        'Triển khai Công điện số 1658 của Thủ tướng Chính phủ về an toàn giao thông dịp Tết Nguyên đán Canh Tý, UBND tỉnh Gia Lai yêu cầu.\n\nỦy ban MTTQ Việt Nam và các đoàn thể đẩy mạnh tuyên truyền pháp luật an toàn giao thông.',
        '2019-12-15',
      ),
    ).toEqual([['Đẩy mạnh tuyên truyền pháp luật an toàn giao thông', ['Ủy ban MTTQ Việt Nam', 'các đoàn thể'], null]]);
  });

  it('reads no work in photo captions, news of a direction given, or a dispatch acted on; reads what the direction answers', () => {
    const read = (text: string) => extract(text).map((d) => [d.title, d.leadDepartmentId, d.groupAssignees]);
    expect(
      read(
        'Giao Sở Công Thương bảo đảm cung ứng điện cho sản xuất.\n\nUBND tỉnh yêu cầu bảo đảm cung ứng điện. Trong ảnh: Sản xuất, lắp ráp ô tô. Ảnh: C.N\n\nNgười dân trồng cây xanh gắn với bảo vệ rừng. Ảnh: Văn Nỷ',
      ),
    ).toEqual([['Bảo đảm cung ứng điện cho sản xuất', idOf('SCT'), []]]);
    expect(
      read(
        'Thực hiện chỉ đạo của Bộ Công thương, Chủ tịch UBND tỉnh đã có chỉ đạo quyết liệt để bảo đảm nguồn cung xăng dầu ổn định.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Thực hiện Công điện số 441/CĐ-TTg của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh vừa có Công văn số 2080/UBND-KTTH về việc tăng cường các biện pháp phòng cháy, chữa cháy rừng.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Theo đó, xét báo cáo đề xuất của UBND thị xã Phú Mỹ; UBND tỉnh yêu cầu các đơn vị khẩn trương rà soát, kiểm tra.',
      ),
    ).toEqual([['Khẩn trương rà soát, kiểm tra', null, ['các đơn vị']]]);
    expect(
      read(
        'Đồng thời, yêu cầu các doanh nghiệp kinh doanh xăng dầu trên địa bàn cam kết thực hiện nghiêm các quy định.',
      ),
    ).toEqual([['Cam kết thực hiện nghiêm các quy định', null, ['các doanh nghiệp kinh doanh xăng dầu trên địa bàn']]]);
    expect(
      read(
        'Giao Sở Tài nguyên và Môi trường căn cứ kết quả kiểm tra vụ việc nêu trên, dự thảo văn bản của UBND tỉnh để báo cáo Thủ tướng Chính phủ.',
      ),
    ).toEqual([['Dự thảo văn bản của UBND tỉnh để báo cáo Thủ tướng Chính phủ', idOf('STNMT'), []]]);
  });

  it('reads localities listed by level and name, "TX.", "và cơ quan liên quan", "Do vậy, …" and the decision\'s closing formula', () => {
    const read = (text: string) => extract(text).map((d) => [d.title, d.leadDepartmentId, d.groupAssignees]);
    expect(
      read('Giao Sở Y tế phối hợp với UBND huyện Long Mỹ, TP Vị Thanh triển khai các biện pháp chống xâm nhập mặn.'),
    ).toEqual([['Triển khai các biện pháp chống xâm nhập mặn', idOf('SYT'), ['UBND huyện Long Mỹ', 'TP Vị Thanh']]]);
    expect(
      read(
        'UBND tỉnh giao Công an tỉnh, UBND các thành phố: Thủ Dầu Một, Thuận An, Dĩ An và UBND TX.Tân Uyên có trách nhiệm bố trí lực lượng trực, điều tiết giao thông.',
      ),
    ).toEqual([
      [
        'Bố trí lực lượng trực, điều tiết giao thông',
        idOf('CA'),
        ['UBND các thành phố: Thủ Dầu Một, Thuận An, Dĩ An', 'UBND TX.Tân Uyên'],
      ],
    ]);
    expect(
      read(
        'Sở Giáo dục và Đào tạo chủ trì, phối hợp với UBND huyện, thị xã, thành phố và cơ quan liên quan tổ chức tuyên truyền phòng, chống đuối nước.',
      ),
    ).toEqual([
      [
        'Tổ chức tuyên truyền phòng, chống đuối nước',
        idOf('SGDDT'),
        ['UBND huyện, thị xã, thành phố', 'cơ quan liên quan'],
      ],
    ]);
    expect(read('Do vậy, UBND các xã, các ngành rà soát lại các nhiệm vụ theo phương án chống hạn.')).toEqual([
      ['Rà soát lại các nhiệm vụ theo phương án chống hạn', null, ['UBND các xã', 'các ngành']],
    ]);
    expect(
      read(
        'Giao Giám đốc Sở Tài chính; Thủ trưởng cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này kể từ ngày ký.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Vào các ngày thứ bảy và Chủ nhật: UBND các xã và các tổ chức chính trị xã hội trực thuộc vận động các hộ gia đình làm vệ sinh.',
      ),
    ).toEqual([
      ['Vận động các hộ gia đình làm vệ sinh', null, ['UBND các xã', 'các tổ chức chính trị xã hội trực thuộc']],
    ]);
  });

  it('proposes work told twice once, reads inspection teams and "tùy vào chức năng, nhiệm vụ", and no work in a direction acted on', () => {
    const read = (text: string) => titlesAndGroups(text);
    expect(
      read(
        'Phó Chủ tịch UBND tỉnh chỉ đạo các sở, ban, ngành khẩn trương kiểm tra, rà soát các tồn tại.\n\nThực hiện chỉ đạo của Ban Thường vụ Đảng ủy UBND tỉnh tại Công văn số 327-CV/ĐU về việc rà soát.\n\nPhó Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n\nGiao các sở, ban, ngành khẩn trương kiểm tra, rà soát các tồn tại.',
      ),
    ).toEqual([['Khẩn trương kiểm tra, rà soát các tồn tại', ['các sở, ban, ngành']]]);
    expect(
      read(
        'Chủ tịch UBND tỉnh chỉ đạo Chủ tịch UBND các huyện và các đoàn kiểm tra lấy mẫu phải bám sát để tìm hiểu nguyện vọng của người dân.',
      ),
    ).toEqual([['Bám sát để tìm hiểu nguyện vọng của người dân', ['UBND các huyện', 'các đoàn kiểm tra lấy mẫu']]]);
    expect(
      read(
        'UBND tỉnh yêu cầu UBND các huyện, thành phố tùy vào chức năng, nhiệm vụ triển khai các biện pháp phòng, chống đuối nước.',
      ),
    ).toEqual([['Triển khai các biện pháp phòng, chống đuối nước', ['UBND các huyện, thành phố']]]);
  });

  it("keeps the heading's unit as the lead of every clause of an item that names only its partners", () => {
    expect(
      extract(
        '1. Sở Y tế\n- Chủ trì, phối hợp với các sở, ngành liên quan tổ chức triển khai Kế hoạch này; hướng dẫn, kiểm tra, giám sát việc thực hiện.\n2. Sở Tài chính\nTham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch.',
      ).map((d) => [d.title, d.leadDepartmentId, d.groupAssignees]),
    ).toEqual([
      ['Tổ chức triển khai Kế hoạch này', idOf('SYT'), ['các sở, ngành liên quan']],
      ['Hướng dẫn, kiểm tra, giám sát việc thực hiện', idOf('SYT'), ['các sở, ngành liên quan']],
      ['Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch', idOf('STC'), []],
    ]);
  });

  it('names the matter a line opens with in a short title, and reads "khởi công mới năm 2025" as no recurrence', () => {
    const read = (text: string) => extract(text, '2024-03-12').map((d) => [d.title, d.dueDate, d.recurrence]);
    expect(
      read(
        'd) Đối với đề nghị hỗ trợ xây dựng cầu Nà Pài: giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính nghiên cứu, tham mưu UBND tỉnh trước ngày 30/4/2024.',
      ),
    ).toEqual([['Nghiên cứu, tham mưu UBND tỉnh đối với đề nghị hỗ trợ xây dựng cầu Nà Pài', '2024-04-30', null]]);
    expect(
      read(
        'Giao Sở Kế hoạch và Đầu tư rà soát, đề xuất danh mục dự án khởi công mới năm 2025, báo cáo UBND tỉnh trong tháng 5/2024.',
      ),
    ).toEqual([['Rà soát, đề xuất danh mục dự án khởi công mới năm 2025, báo cáo UBND tỉnh', '2024-05-31', null]]);
  });

  it('reads no work in the lines a province\'s dispatch is sent to ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:")', () => {
    expect(
      extract(
        'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n- Chủ tịch UBND các huyện, thành phố;\n- Giám đốc các sở: Y tế, Công Thương;\n- Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; Giám đốc Công an tỉnh.\nChủ tịch UBND tỉnh yêu cầu:\n1. Sở Y tế chuẩn bị đủ thuốc, vật tư.',
        '2024-09-06',
      ).map((d) => [d.title, d.leadDepartmentId]),
    ).toEqual([['Chuẩn bị đủ thuốc, vật tư', idOf('SYT')]]);
  });

  it('reads "Sở X có ý kiến …" as work under a list of work given or with a date, and as a reply told otherwise', () => {
    const read = (text: string) => extract(text, '2024-09-18').map((d) => [d.title, d.leadDepartmentId, d.dueDate]);
    expect(
      read(
        'Chủ tịch UBND tỉnh giao các đơn vị hoàn thành các nội dung trước ngày 20 tháng 9 năm 2024, cụ thể:\n1. Sở Tư pháp có ý kiến đối với việc tiếp tục thực hiện Quyết định số 67/2023/QĐ-UBND.\n2. Sở Xây dựng hướng dẫn các cơ quan thực hiện.',
      ),
    ).toEqual([
      ['Có ý kiến đối với việc tiếp tục thực hiện Quyết định số 67/2023/QĐ-UBND', idOf('STP'), '2024-09-20'],
      ['Hướng dẫn các cơ quan thực hiện', idOf('SXD'), '2024-09-20'],
    ]);
    expect(read('Sở Tư pháp có ý kiến bằng văn bản đối với dự thảo Quyết định trước ngày 25/9/2024.')).toEqual([
      ['Có ý kiến bằng văn bản đối với dự thảo Quyết định', idOf('STP'), '2024-09-25'],
    ]);
    expect(read('Tại buổi làm việc, Sở Tư pháp có ý kiến về dự thảo Quyết định.')).toEqual([]);
  });

  it('reads "các huyện, thị xã và thành phố" and "các đơn vị hữu quan" whole, and no work in a plan named as "kế hoạch chỉ đạo thực hiện …"', () => {
    const read = (text: string) => titlesAndGroups(text, '2016-01-10');
    expect(read('Giao các huyện, thị xã và thành phố tăng cường vận động doanh nghiệp tặng quà tết.')).toEqual([
      ['Tăng cường vận động doanh nghiệp tặng quà tết', ['các huyện, thị xã và thành phố']],
    ]);
    expect(read('Yêu cầu các đơn vị hữu quan tổ chức đoàn thăm, tặng quà tết.')).toEqual([
      ['Tổ chức đoàn thăm, tặng quà tết', ['các đơn vị hữu quan']],
    ]);
    expect(
      read('UBND tỉnh vừa ban hành kế hoạch chỉ đạo thực hiện chăm lo cho gia đình chính sách nhân dịp Tết Bính Thân.'),
    ).toEqual([]);
    expect(
      read('UBND tỉnh vừa ban hành công văn chỉ đạo các sở, ngành thực hiện chăm lo cho gia đình chính sách.'),
    ).toEqual([['Thực hiện chăm lo cho gia đình chính sách', ['các sở, ngành']]]);
  });

  it('reads a ward addressed by its name ("yêu cầu phường Cao Lãnh triển khai …"), not "phương án"', () => {
    const read = (text: string) => titlesAndGroups(text, '2025-09-21');
    expect(
      read('Lãnh đạo tỉnh Đồng Tháp yêu cầu phường Cao Lãnh triển khai lực lượng theo dõi sát diễn biến sạt lở.'),
    ).toEqual([['Triển khai lực lượng theo dõi sát diễn biến sạt lở', ['phường Cao Lãnh']]]);
    expect(read('Giao Sở Tài chính xây dựng phương án tổ chức thực hiện.')).toEqual([
      ['Xây dựng phương án tổ chức thực hiện', []],
    ]);
  });

  it('reads the unit after a condition, and the date and lead of the duty to report difficulties', () => {
    const read = (text: string) =>
      extract(text, '2018-11-05').map((d) => [d.title, d.leadDepartmentId, d.groupAssignees, d.dueDate]);
    expect(
      read(
        'Trường hợp hệ thống bảo quản sữa không đảm bảo, UBND các huyện, thị xã, thành phố bố trí kinh phí để cải tạo, sửa chữa.',
      ),
    ).toEqual([
      [
        'Trường hợp hệ thống bảo quản sữa không đảm bảo, bố trí kinh phí để cải tạo, sửa chữa',
        null,
        ['UBND các huyện, thị xã, thành phố'],
        null,
      ],
    ]);
    expect(
      read('Trường hợp để xảy ra chậm trễ, Giám đốc Sở Tài chính phải chịu trách nhiệm trước Chủ tịch UBND tỉnh.'),
    ).toEqual([]);
    expect(
      read(
        'Chủ tịch UBND tỉnh giao Giám đốc Sở Giáo dục và Đào tạo tổng hợp kết quả rà soát, báo cáo; trường hợp có khó khăn, vướng mắc, tham mưu đề xuất cụ thể với Chủ tịch UBND tỉnh trước ngày 15/11/2018.',
      ),
    ).toEqual([['Tổng hợp kết quả rà soát, báo cáo', idOf('SGDDT'), [], '2018-11-15']]);
    expect(
      read(
        'Giao Sở Tài chính tổng hợp kết quả rà soát. Trường hợp có khó khăn, vướng mắc, kịp thời báo cáo Chủ tịch UBND tỉnh.',
      ),
    ).toEqual([
      ['Tổng hợp kết quả rà soát', idOf('STC'), [], null],
      ['Trường hợp có khó khăn, vướng mắc, kịp thời báo cáo Chủ tịch UBND tỉnh', idOf('STC'), [], null],
    ]);
  });

  it('reads committees given by count ("UBND 24 quận-huyện"), "Bộ CHQS tỉnh", and cooperation with forces that are no unit', () => {
    const read = (text: string) =>
      extract(text, '2018-11-01').map((d) => [d.title, d.leadDepartmentId, d.supportDepartmentIds, d.groupAssignees]);
    expect(
      read(
        'UBND TP đã yêu cầu UBND 24 quận-huyện trước ngày 30/11/2018, báo cáo kế hoạch giải quyết các hồ sơ còn tồn đọng.',
      ),
    ).toEqual([['Báo cáo kế hoạch giải quyết các hồ sơ còn tồn đọng', null, [], ['UBND 24 quận-huyện']]]);
    expect(read('Giao Bộ CHQS tỉnh chủ trì, phối hợp với Công an tỉnh tổ chức diễn tập.')).toEqual([
      ['Bộ CHQS tỉnh tổ chức diễn tập', null, [idOf('CA')], []],
    ]);
    expect(read('Công an tỉnh phối hợp với lực lượng kiểm lâm thực hiện tốt quy chế phối hợp.')).toEqual([
      ['Phối hợp với lực lượng kiểm lâm thực hiện tốt quy chế phối hợp', idOf('CA'), [], []],
    ]);
    expect(read('Yêu cầu lực lượng công an tỉnh tăng cường tuần tra.')).toEqual([
      ['Tăng cường tuần tra', idOf('CA'), [], []],
    ]);
  });

  it('reads "UBND huyện Lâm Hà và Đức Trọng" as two committees, work beyond a unit\'s remit, and no work in a sanction after "trước …, …"', () => {
    const read = (text: string) => extract(text, '2023-10-15').map((d) => [d.title, d.groupAssignees, d.dueDate]);
    expect(
      read(
        'Phó Chủ tịch UBND tỉnh yêu cầu UBND huyện Lâm Hà và Đức Trọng kiểm tra, xác minh việc khai thác cao lanh trái phép. Đồng thời, chịu trách nhiệm trước UBND tỉnh, Chủ tịch UBND tỉnh nếu để xảy ra sai phạm.',
      ),
    ).toEqual([['UBND huyện Lâm Hà, Đức Trọng kiểm tra, xác minh việc khai thác cao lanh trái phép', [], null]]);
    expect(
      read(
        'Chủ tịch UBND tỉnh yêu cầu các sở ngành điều tra làm rõ, xử lý nghiêm các cá nhân vi phạm. Trường hợp vượt thẩm quyền, tổng hợp hồ sơ, trình UBND tỉnh xử lý trước ngày 30/10/2023.',
      ),
    ).toEqual([
      ['Điều tra làm rõ, xử lý nghiêm các cá nhân vi phạm', ['các sở ngành'], null],
      ['Trường hợp vượt thẩm quyền, tổng hợp hồ sơ, trình UBND tỉnh xử lý', ['các sở ngành'], '2023-10-30'],
    ]);
  });

  it('reads a printed page\'s lines broken before a name or number, "địa phương cấp huyện", "các sở ngành chức năng", "nộp" and a term that describes', () => {
    const read = (text: string, date = '2021-09-28') =>
      extract(text, date).map((d) => [d.title, d.leadDepartmentId, d.groupAssignees, d.dueDate]);
    expect(
      read(
        'Phó Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n\nYêu cầu Sở Xây dựng, Sở Tài nguyên và Môi trường, UBND huyện\nQuảng Xương tập trung thực hiện nhiệm vụ được giao tại Công văn số\n12818/UBND-CN ngày 23/8/2021, báo cáo Chủ tịch UBND tỉnh trước ngày 05/10/2021./.',
      ),
    ).toEqual([
      [
        'Tập trung thực hiện nhiệm vụ được giao tại Công văn số 12818/UBND-CN ngày 23/8/2021, báo cáo Chủ tịch UBND tỉnh',
        idOf('SXD'),
        ['UBND huyện Quảng Xương'],
        '2021-10-05',
      ],
    ]);
    expect(
      read('UBND tỉnh yêu cầu các sở, ban ngành, địa phương cấp huyện khẩn trương quyết toán các dự án hoàn thành.'),
    ).toEqual([
      ['Khẩn trương quyết toán các dự án hoàn thành', null, ['các sở, ban ngành, địa phương cấp huyện'], null],
    ]);
    expect(
      read(
        'Giao Sở Xây dựng chủ trì phối hợp với các sở ngành chức năng và UBND các quận, huyện liên quan đề xuất giải quyết.',
      ),
    ).toEqual([
      ['Đề xuất giải quyết', idOf('SXD'), ['các sở ngành chức năng', 'UBND các quận, huyện liên quan'], null],
    ]);
    expect(
      read('UBND tỉnh yêu cầu nộp hồ sơ quyết toán cho Sở Tài chính thẩm tra theo đúng thời gian quy định.'),
    ).toHaveLength(1);
    expect(
      read(
        'Giao Sở Tài chính rà soát, lựa chọn các xã có khả năng đạt chuẩn nông thôn mới trong năm 2020. Hoàn thành, trình UBND tỉnh trước ngày 20/4/2019.',
        '2019-04-12',
      ).map((d) => d[3]),
    ).toEqual(['2019-04-20']);
  });

  it('reads "Đắk R’lấp", "Về phía UBND huyện …", a province after a department, "vừa được giao", and "Kết quả xử lý phải được báo cáo …"', () => {
    const read = (text: string) =>
      extract(text, '2019-09-17').map((d) => [d.title, d.leadDepartmentId, d.groupAssignees, d.dueDate]);
    expect(
      read(
        'Theo đó, UBND tỉnh giao UBND huyện Đắk R’lấp chủ trì, phối hợp với các đơn vị liên quan khẩn trương có phương án khắc phục thiệt hại.\n\nKết quả xử lý phải được báo cáo về UBND tỉnh trước ngày 30/9/2019.',
      ),
    ).toEqual([
      [
        'UBND huyện Đắk R’lấp khẩn trương có phương án khắc phục thiệt hại',
        null,
        ['các đơn vị liên quan'],
        '2019-09-30',
      ],
    ]);
    expect(read('Về phía UBND huyện Đam Rông tổ chức lắp đặt camera giám sát.')).toEqual([
      ['UBND huyện Đam Rông tổ chức lắp đặt camera giám sát', null, [], null],
    ]);
    expect(
      read('Sở Tài nguyên và Môi trường Lâm Đồng vừa được giao chủ trì kiểm tra làm rõ các trường hợp san gạt.'),
    ).toEqual([['Kiểm tra làm rõ các trường hợp san gạt', idOf('STNMT'), [], null]]);
    expect(read('Giao Sở Tài chính Thanh tra tỉnh kiểm tra.')).toEqual([['Kiểm tra', idOf('STC'), [], null]]);
  });

  it('reads the work after the colon of a direction as its item, "Làm chủ đầu tư, …" as the unit\'s role, and "Các địa phương này"', () => {
    const read = (text: string) =>
      extract(text, '2020-03-08').map((d) => [d.title, d.leadDepartmentId, d.groupAssignees, d.dueDate]);
    expect(
      read(
        'Sở Giáo dục và Đào tạo, UBND các huyện, thành phố chỉ đạo các cơ sở giáo dục: Thông báo kịp thời nội dung trên đến học sinh; tiếp tục thực hiện nghiêm túc các văn bản chỉ đạo về phòng, chống Covid-19.',
      ),
    ).toEqual([
      ['Thông báo kịp thời nội dung trên đến học sinh', idOf('SGDDT'), ['UBND các huyện, thành phố'], null],
      [
        'Tiếp tục thực hiện nghiêm túc các văn bản chỉ đạo về phòng, chống Covid-19',
        idOf('SGDDT'),
        ['UBND các huyện, thành phố'],
        null,
      ],
    ]);
    expect(
      read(
        'Chủ tịch UBND tỉnh giao UBND các huyện cắm biển báo vành đai sạt lở.\n\nLàm chủ đầu tư, tiến hành thuê tư vấn khảo sát tuyến dân cư kênh 17.',
      ),
    ).toEqual([
      ['Cắm biển báo vành đai sạt lở', null, ['UBND các huyện'], null],
      ['Làm chủ đầu tư, tiến hành thuê tư vấn khảo sát tuyến dân cư kênh 17', null, ['UBND các huyện'], null],
    ]);
    expect(read('Các địa phương này phải báo cáo Chủ tịch UBND tỉnh kết quả thực hiện trước ngày 15/3.')).toEqual([
      ['Báo cáo Chủ tịch UBND tỉnh kết quả thực hiện', null, ['Các địa phương'], '2020-03-15'],
    ]);
  });

  it('keeps the group of the work before as the lead of "Ngoài ra, phối hợp với Sở X …"', () => {
    expect(
      extract(
        'Chủ tịch UBND tỉnh yêu cầu UBND các huyện khẩn trương kiểm tra, sửa chữa tạm thời các cầu treo. Ngoài ra, phối hợp với Sở Xây dựng đề xuất phương án khắc phục.',
        '2017-10-01',
      ).map((d) => [d.title, d.leadDepartmentId, d.supportDepartmentIds, d.groupAssignees]),
    ).toEqual([
      ['Khẩn trương kiểm tra, sửa chữa tạm thời các cầu treo', null, [], ['UBND các huyện']],
      ['Đề xuất phương án khắc phục', null, [idOf('SXD')], ['UBND các huyện']],
    ]);
  });

  it('reads "TP.Cà Mau" after a group, "UBND các địa phương trên", and no work in a reproof or a dispatch sent', () => {
    const read = (text: string) => titlesAndGroups(text, '2024-04-13');
    expect(
      read('Chủ tịch UBND tỉnh cũng yêu cầu UBND các huyện, TP. Cà Mau chủ trì phát động phong trào trật tự đô thị.'),
    ).toEqual([['Phát động phong trào trật tự đô thị', ['UBND các huyện, TP Cà Mau']]]);
    expect(
      read(
        'Theo đó, phê bình Chủ tịch Ủy ban nhân dân các huyện: Bình Sơn, Sơn Tịnh chưa thực hiện nghiêm túc chỉ đạo của Chủ tịch UBND tỉnh. Ủy ban nhân dân tỉnh còn yêu cầu Chủ tịch Ủy ban nhân dân các địa phương trên tổ chức kiểm điểm, làm rõ trách nhiệm người đứng đầu.',
      ),
    ).toEqual([['Tổ chức kiểm điểm, làm rõ trách nhiệm người đứng đầu', ['Ủy ban nhân dân các huyện']]]);
    expect(
      read(
        'Chủ tịch UBND tỉnh vừa có văn bản hỏa tốc gửi đến các sở, ban, ngành và UBND các huyện chỉ đạo tăng cường vệ sinh môi trường.',
      ),
    ).toEqual([]);
  });

  it('reads "UBND các quận huyện", "các Ban Quản lý dự án đầu tư xây dựng (…)" and "Công an Thành phố"', () => {
    const read = (text: string) =>
      extract(text, '2025-06-20').map((d) => [d.title, d.supportDepartmentIds, d.groupAssignees]);
    expect(
      read('UBND Thành phố cũng yêu cầu UBND các quận huyện có trách nhiệm tổ chức quản lý hành lang bảo vệ.'),
    ).toEqual([['Tổ chức quản lý hành lang bảo vệ', [], ['UBND các quận huyện']]]);
    expect(
      read(
        'Giao các Ban Quản lý dự án đầu tư xây dựng (dân dụng, giao thông) rà soát, phân định rõ trách nhiệm giám sát hoạt động xây dựng.',
      ),
    ).toEqual([
      [
        'Rà soát, phân định rõ trách nhiệm giám sát hoạt động xây dựng',
        [],
        ['các Ban Quản lý dự án đầu tư xây dựng (dân dụng, giao thông)'],
      ],
    ]);
    expect(read('Công an Thành phố phối hợp với Sở Xây dựng quản lý trật tự xây dựng.')).toEqual([
      ['Quản lý trật tự xây dựng', [idOf('SXD')], []],
    ]);
  });

  it('reads a national park beside a district, "các cơ quan đơn vị liên quan", and "Trước mắt, …" before the assigner', () => {
    const read = (text: string) => titlesAndGroups(text, '2019-08-15');
    expect(
      read(
        'UBND huyện Ngọc Hiển và Vườn Quốc gia Mũi Cà Mau có trách nhiệm vận động nhân dân di dời tài sản; nghiêm cấm mọi tác động vào rừng và đất rừng khu vực này.',
      ),
    ).toEqual([
      ['UBND huyện Ngọc Hiển, Vườn Quốc gia Mũi Cà Mau vận động nhân dân di dời tài sản', []],
      ['UBND huyện Ngọc Hiển, Vườn Quốc gia Mũi Cà Mau nghiêm cấm mọi tác động vào rừng và đất rừng khu vực này', []],
    ]);
    expect(
      read(
        'Yêu cầu Sở Tài chính chủ trì, phối hợp các cơ quan đơn vị liên quan nghiên cứu các nội dung về vật liệu xây dựng.',
      ),
    ).toEqual([['Nghiên cứu các nội dung về vật liệu xây dựng', ['các cơ quan đơn vị liên quan']]]);
    expect(read('Trước mắt, UBND tỉnh Cà Mau yêu cầu triển khai thi công xây dựng kè dài khoảng 1 km.')).toEqual([
      ['Triển khai thi công xây dựng kè dài khoảng 1 km', []],
    ]);
  });

  it('reads the examples a group of partners gives after "như", the border guard and an economic zone\'s board', () => {
    expect(
      extract(
        'UBND tỉnh chỉ đạo UBND thành phố Bắc Kạn phối hợp với các cơ quan chức năng như Bộ đội Biên phòng, Ban quản lý Khu kinh tế Vân Phong tăng cường kiểm tra an toàn giao thông đường thủy.',
        '2019-10-15',
      ).map((d) => [d.title, d.leadDepartmentId, d.groupAssignees]),
    ).toEqual([
      [
        'Tăng cường kiểm tra an toàn giao thông đường thủy',
        idOf('UBND-TPBK'),
        ['các cơ quan chức năng', 'Bộ đội Biên phòng', 'Ban quản lý Khu kinh tế Vân Phong'],
      ],
    ]);
  });

  it('reads no assigner in what a report is for ("… để Chủ tịch UBND tỉnh chỉ đạo xử lý"), and keeps "chịu trách nhiệm chung" as work', () => {
    const read = (text: string) =>
      extract(text, '2025-12-24').map((d) => [d.title, d.leadDepartmentId, d.groupAssignees]);
    expect(
      read(
        'Các cơ quan, đơn vị liên quan khẩn trương triển khai thực hiện, nếu có khó khăn vướng mắc phải kịp thời báo cáo thông qua Sở Tài chính để Chủ tịch UBND tỉnh chỉ đạo xử lý.',
      ),
    ).toEqual([
      [
        'Khẩn trương triển khai thực hiện, nếu có khó khăn vướng mắc phải kịp thời báo cáo thông qua Sở Tài chính để Chủ tịch UBND tỉnh chỉ đạo xử lý',
        null,
        ['Các cơ quan, đơn vị liên quan'],
      ],
    ]);
    expect(read('Đề nghị Sở Tài chính tham mưu để UBND tỉnh chỉ đạo các huyện thực hiện.')).toEqual([
      ['Tham mưu để UBND tỉnh chỉ đạo các huyện thực hiện', idOf('STC'), []],
    ]);
    expect(read('Sở Giáo dục và Đào tạo chịu trách nhiệm chung về Kỳ thi và tham mưu cho UBND tỉnh.')).toEqual([
      ['Chịu trách nhiệm chung về Kỳ thi và tham mưu cho UBND tỉnh', idOf('SGDDT'), []],
    ]);
  });

  it('carries the unit past the focus of its work into the next paragraph, and reads "các ban, ngành chức năng và địa phương", "các lực lượng Quân đội"', () => {
    const read = (text: string) =>
      extract(text, '2026-03-10').map((d) => [d.title, d.leadDepartmentId, d.groupAssignees]);
    expect(
      read(
        'Giao Sở Công Thương đẩy mạnh kiểm tra các cửa hàng xăng dầu. Trọng tâm là kịp thời phát hiện các dấu hiệu bất thường.\n\nCùng với đó, tăng cường tuyên truyền, hướng dẫn các thương nhân chấp hành nghiêm quy định.',
      ),
    ).toEqual([
      ['Đẩy mạnh kiểm tra các cửa hàng xăng dầu', idOf('SCT'), []],
      ['Tăng cường tuyên truyền, hướng dẫn các thương nhân chấp hành nghiêm quy định', idOf('SCT'), []],
    ]);
    expect(
      read('UBND tỉnh yêu cầu các ban, ngành chức năng và địa phương tăng cường quản lý khai thác cát, sỏi.'),
    ).toEqual([['Tăng cường quản lý khai thác cát, sỏi', null, ['các ban, ngành chức năng và địa phương']]]);
    expect(read('Công an tỉnh và các lực lượng Quân đội tiếp tục chủ động phương án ứng phó.')).toEqual([
      ['Tiếp tục chủ động phương án ứng phó', idOf('CA'), ['các lực lượng Quân đội']],
    ]);
  });

  it('reads the zone boards, a city\'s social insurance and youth union, "UBND phường xã", and keeps a closing quotation mark', () => {
    const read = (text: string) =>
      extract(text, '2026-01-08').map((d) => [d.title, d.leadDepartmentId, d.groupAssignees, d.dueDate]);
    expect(
      read(
        'Các Ban Quản lý Khu chế xuất và công nghiệp, Ban Quản lý Khu Công nghệ cao và Sở Công Thương phối hợp với Bảo hiểm xã hội TP.HCM thống kê danh sách các doanh nghiệp.',
      ),
    ).toEqual([
      [
        'Thống kê danh sách các doanh nghiệp',
        idOf('SCT'),
        ['Bảo hiểm xã hội TP.HCM', 'Các Ban Quản lý Khu chế xuất và công nghiệp', 'Ban Quản lý Khu Công nghệ cao'],
        null,
      ],
    ]);
    expect(
      read('UBND Thành phố yêu cầu các sở, ngành, UBND phường xã xác định chính xác khu vực đông lao động.'),
    ).toEqual([['Xác định chính xác khu vực đông lao động', null, ['các sở, ngành', 'UBND phường xã'], null]]);
    expect(
      read('Giao Sở Giáo dục và Đào tạo tham mưu ban hành văn bản xác định “nơi có nhiều lao động” trước ngày 30-1.'),
    ).toEqual([['Tham mưu ban hành văn bản xác định “nơi có nhiều lao động”', idOf('SGDDT'), [], '2026-01-30']]);
    expect(
      read(
        'Sở Y tế, Thành đoàn TP Hồ Chí Minh, Trung tâm kiểm soát bệnh tật TP Hồ Chí Minh triển khai hoạt động của Tổ Công tác.',
      ),
    ).toEqual([
      [
        'Triển khai hoạt động của Tổ Công tác',
        idOf('SYT'),
        ['Thành đoàn TP Hồ Chí Minh', 'Trung tâm kiểm soát bệnh tật TP Hồ Chí Minh'],
        null,
      ],
    ]);
  });

  it('reads no work in a committee\'s reproof, the unit asked to require work of others, and "Đối với Sở X, UBND … yêu cầu phải …"', () => {
    const read = (text: string) =>
      extract(text, '2017-02-08').map((d) => [d.title, d.leadDepartmentId, d.groupAssignees, d.dueDate]);
    expect(
      read(
        'Theo đó, UBND TP. Hải Phòng phê bình UBND huyện Thuỷ Nguyên về việc buông lỏng quản lý trật tự xây dựng. Giao UBND huyện yêu cầu chủ đầu tư tự phá dỡ công trình sai nội dung giấy phép xây dựng.',
      ),
    ).toEqual([
      ['Yêu cầu chủ đầu tư tự phá dỡ công trình sai nội dung giấy phép xây dựng', null, ['UBND huyện'], null],
    ]);
    expect(
      read(
        'Đối với Sở Xây dựng, UBND TP. Hải Phòng yêu cầu phải kiểm tra, đôn đốc việc xử lý vi phạm trật tự xây dựng, báo cáo UBND thành phố trong tháng 3.2017.',
      ),
    ).toEqual([
      ['Kiểm tra, đôn đốc việc xử lý vi phạm trật tự xây dựng, báo cáo UBND thành phố', idOf('SXD'), [], '2017-03-31'],
    ]);
  });

  it('reads the places listed after "UBND các huyện, thị xã:" as the group\'s, not as a list of work', () => {
    expect(
      titlesAndGroups(
        'UBND các huyện, thị xã: Tân Yên, Lục Ngạn, Chũ cũng vận động các nhà vườn tham gia Tuần lễ vải thiều.',
        '2025-06-11',
      ),
    ).toEqual([
      ['Vận động các nhà vườn tham gia Tuần lễ vải thiều', ['UBND các huyện, thị xã: Tân Yên, Lục Ngạn, Chũ']],
    ]);
  });

  it('reads "1.3 Trong trường hợp …, Công ty … khẩn trương …" as an item with its own unit, and a tourist area\'s board', () => {
    const read = (text: string) => extract(text, '2024-04-25').map((d) => [d.title, d.leadDepartmentId]);
    expect(
      read(
        '1.2 Giao Sở Công Thương kiểm tra, giám sát Công ty TNHH MTV Điện lực Hải Dương.\n1.3 Trong trường hợp hệ thống điện quốc gia thiếu nguồn điện, căn cứ sản lượng điện được phân bổ theo tháng, tuần, Công ty TNHH MTV Điện lực Hải Dương khẩn trương xây dựng các kịch bản ứng phó.',
      ),
    ).toEqual([
      ['Kiểm tra, giám sát Công ty TNHH MTV Điện lực Hải Dương', idOf('SCT')],
      ['Công ty TNHH MTV Điện lực Hải Dương khẩn trương xây dựng các kịch bản ứng phó', null],
    ]);
    expect(
      read(
        'UBND tỉnh yêu cầu UBND TP Đà Lạt và Ban Quản lý KDL Quốc gia hồ Tuyền Lâm tổ chức kiểm điểm trách nhiệm các cá nhân có liên quan.',
      ),
    ).toEqual([
      [
        'UBND TP Đà Lạt, Ban Quản lý KDL Quốc gia hồ Tuyền Lâm tổ chức kiểm điểm trách nhiệm các cá nhân có liên quan',
        null,
      ],
    ]);
  });

  it('reads "H. Đức Trọng" inside a sentence, "UBND H.Đức Trọng", and the schools of a level as a group', () => {
    const read = (text: string) => extract(text, '2020-11-27').map((d) => [d.title, d.groupAssignees, d.dueDate]);
    expect(
      read(
        'Tỉnh yêu cầu UBND H.Đức Trọng tập trung xử lý dứt điểm các sai phạm tại xã Hiệp An, H. Đức Trọng; hoàn thành trước ngày 15.12.2020.',
      ),
    ).toEqual([
      ['UBND H.Đức Trọng tập trung xử lý dứt điểm các sai phạm tại xã Hiệp An, H. Đức Trọng', [], '2020-12-15'],
    ]);
    expect(
      read(
        'Giao các sở: Giáo dục và Đào tạo, Y tế; các trường Trung cấp, Cao đẳng và UBND các huyện, thành phố thông tin kịp thời về thời gian nghỉ học đến học sinh.',
      ),
    ).toEqual([
      [
        'Thông tin kịp thời về thời gian nghỉ học đến học sinh',
        ['các trường Trung cấp, Cao đẳng', 'UBND các huyện, thành phố'],
        null,
      ],
    ]);
  });

  it('reads "Thậm chí, …" as no work, "Tỉnh này cũng yêu cầu …" as the assigner, and "phối hợp với cơ quan liên quan, trên cơ sở …"', () => {
    const read = (text: string) =>
      extract(text, '2025-10-23').map((d) => [d.title, d.leadDepartmentId, d.groupAssignees]);
    expect(
      read('Thậm chí, trên các tuyến đường xuất hiện biển, bảng hiệu quảng bá trò chơi cá cược trực tuyến.'),
    ).toEqual([]);
    expect(read('Tỉnh này cũng yêu cầu đảm bảo mỹ quan, trật tự quảng cáo trên địa bàn.')).toEqual([
      ['Đảm bảo mỹ quan, trật tự quảng cáo trên địa bàn', null, []],
    ]);
    expect(
      read(
        'Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với cơ quan liên quan, trên cơ sở kết quả rà soát, tổng hợp, phân tích các dự án.',
      ),
    ).toEqual([['Trên cơ sở kết quả rà soát, tổng hợp, phân tích các dự án', idOf('SKHDT'), ['cơ quan liên quan']]]);
  });

  describe('mended after a review of the rules above', () => {
    const read = (text: string) =>
      extract(text, '2024-03-15').map((d) => [d.title, d.leadDepartmentId, d.groupAssignees, d.dueDate]);

    it('joins no heading or headline that ends with its province to the unit opening the next line', () => {
      expect(
        read(
          '1. Về công tác phòng, chống dịch bệnh trên địa bàn tỉnh\nSở Y tế chủ trì, phối hợp với UBND các huyện tăng cường giám sát dịch bệnh.',
        ),
      ).toEqual([['Tăng cường giám sát dịch bệnh', idOf('SYT'), ['UBND các huyện'], null]]);
      expect(read('Giao Sở Tài chính chủ trì, phối hợp với\nSở Y tế rà soát kinh phí mua sắm vật tư y tế.')).toEqual([
        ['Rà soát kinh phí mua sắm vật tư y tế', idOf('STC'), [], null],
      ]);
    });

    it('reads work in a district committee\'s reproof with its report, and in "giao X và đề nghị Y …"', () => {
      expect(
        read(
          'Chủ tịch UBND các huyện phê bình nghiêm khắc các cán bộ để xảy ra vi phạm và báo cáo kết quả xử lý trước ngày 30/4/2024.',
        ),
      ).toEqual([
        [
          'Phê bình nghiêm khắc các cán bộ để xảy ra vi phạm và báo cáo kết quả xử lý',
          null,
          ['UBND các huyện'],
          '2024-04-30',
        ],
      ]);
      expect(
        read(
          'UBND tỉnh giao Sở Tài chính và đề nghị Cục Thuế tỉnh phối hợp rà soát các khoản thu từ đất trước ngày 20/4/2024.',
        ).map((d) => [d[0], d[1]]),
      ).toEqual([['Rà soát các khoản thu từ đất', idOf('STC')]]);
    });

    it('reads no unit in a request to a ministry after "Đối với Sở X,", and "cung cấp" whole', () => {
      expect(read('Đối với Sở Xây dựng, UBND tỉnh đề nghị Bộ Xây dựng hướng dẫn định mức.')).toEqual([]);
      expect(read('Đối với Sở Tài chính, UBND tỉnh yêu cầu cung cấp số liệu giải ngân trước ngày 30/3/2024.')).toEqual([
        ['Cung cấp số liệu giải ngân', idOf('STC'), [], '2024-03-30'],
      ]);
    });

    it('ends a sentence after a person\'s initial, and reads no item in an amount ("1.5 tỷ đồng")', () => {
      expect(
        read(
          'Giao Công an tỉnh điều tra làm rõ vụ việc liên quan đến ông Trần Văn Q. Sở Tư pháp phối hợp thẩm định hồ sơ trước ngày 30/4/2024.',
        ).map((d) => [d[1], d[3]]),
      ).toEqual([
        [idOf('CA'), null],
        [idOf('STP'), '2024-04-30'],
      ]);
      expect(read('UBND tỉnh thống nhất phân bổ kinh phí như sau:\n2.5 tỷ đồng để sửa chữa trường học.')).toEqual([]);
    });

    it('keeps the work\'s date where "có khả năng đạt" is followed by more work', () => {
      expect(
        read(
          'Giao Sở Tài chính rà soát các xã có khả năng đạt chuẩn nông thôn mới và hoàn thành hồ sơ đề nghị công nhận trong tháng 10/2024.',
        ).map((d) => d[3]),
      ).toEqual(['2024-10-31']);
    });

    it('reads no work in a sanction for a failure, and keeps the date of work whose difficulties go to the province', () => {
      expect(
        read(
          'Giao UBND các huyện rà soát hồ sơ. Trường hợp không hoàn thành kế hoạch, kiểm điểm trách nhiệm Chủ tịch UBND huyện.',
        ),
      ).toEqual([['Rà soát hồ sơ', null, ['UBND các huyện'], null]]);
      expect(
        read(
          'Giám đốc Sở Xây dựng chịu trách nhiệm trước Chủ tịch UBND tỉnh về tiến độ, nếu để chậm trễ phải kiểm điểm trách nhiệm.',
        ),
      ).toHaveLength(1);
      expect(
        read(
          'Giao UBND các huyện rà soát, thống kê thiệt hại. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, tham mưu UBND tỉnh xem xét trước ngày 30/3/2024.',
        ),
      ).toEqual([['Rà soát, thống kê thiệt hại', null, ['UBND các huyện'], '2024-03-30']]);
    });

    it('reads no work in a submission, a report or a plan told with a date, in revenue paid or results announced', () => {
      for (const told of [
        'Sở Xây dựng có tờ trình số 12/TTr-SXD trình UBND tỉnh phê duyệt đồ án trước ngày 30/4/2024.',
        'Sở Y tế có báo cáo nhanh về tình hình dịch bệnh, dự kiến khống chế dịch trước ngày 30/4/2024.',
        'Nộp ngân sách nhà nước năm 2023 ước đạt 3.200 tỷ đồng, tăng 12%.',
        'Thông báo công khai kết quả xét tuyển đã được Sở Nội vụ đăng tải.',
        'UBND 5 huyện miền núi đã hoàn thành 100% kế hoạch trồng rừng năm 2023.',
        'UBND 3 huyện Lâm Hà, Đức Trọng, Di Linh đã hoàn thành việc bàn giao mặt bằng.',
        'UBND tỉnh giao các sở, ngành theo dõi tình hình: Giá xăng dầu tăng 3 lần trong tháng 2.',
      ])
        expect(read(told)).toEqual([]);
    });

    it("carries no unit past a result into an unjoined paragraph, nor a department's partners into its next work", () => {
      expect(
        read(
          'Giao Sở Công Thương đẩy mạnh kiểm tra các cửa hàng xăng dầu. Qua đó, góp phần bình ổn thị trường.\n\nTăng cường kiểm soát dịch bệnh trên đàn gia súc.',
        ).map((d) => d[1]),
      ).toEqual([idOf('SCT'), null]);
      expect(
        read(
          'Giao Sở Xây dựng chủ trì, phối hợp với UBND các huyện kiểm tra công trình. Đồng thời, phối hợp với Sở Tài chính đề xuất giá bán.',
        ),
      ).toEqual([
        ['Kiểm tra công trình', idOf('SXD'), ['UBND các huyện'], null],
        ['Đề xuất giá bán', idOf('SXD'), [], null],
      ]);
    });

    it('reads the names of parks and zones with a dash or five words, and wards named by compass or number', () => {
      expect(read('Giao Vườn Quốc gia Phong Nha - Kẻ Bàng tăng cường tuần tra.').map((d) => d[0])).toEqual([
        'Vườn Quốc gia Phong Nha - Kẻ Bàng tăng cường tuần tra',
      ]);
      expect(read('Lãnh đạo tỉnh yêu cầu phường Đông Hải triển khai lực lượng ứng phó.')).toEqual([
        ['Triển khai lực lượng ứng phó', null, ['phường Đông Hải'], null],
      ]);
      expect(read('Yêu cầu phường Hải Châu 1 triển khai lực lượng ứng phó.').map((d) => d[2])).toEqual([
        ['phường Hải Châu 1'],
      ]);
    });
  });

  it('reads "Thanh tra TP" listed with the departments, and "Các cơ quan liên quan và đoàn thể huyện" whole', () => {
    const read = (text: string) => titlesAndGroups(text, '2019-01-31');
    expect(
      read(
        'UBND TP giao các Sở: Tài nguyên và Môi trường, Tài chính, Thanh tra TP, UBND quận Nam Từ Liêm khẩn trương tổ chức thực hiện nghiêm chỉ đạo của Phó Thủ tướng.',
      ),
    ).toEqual([
      ['Khẩn trương tổ chức thực hiện nghiêm chỉ đạo của Phó Thủ tướng', ['Thanh tra TP', 'UBND quận Nam Từ Liêm']],
    ]);
    expect(
      read('Các cơ quan liên quan và đoàn thể huyện phối hợp với UBND các xã tuyên truyền về công tác cày ải.'),
    ).toEqual([['Tuyên truyền về công tác cày ải', ['Các cơ quan liên quan và đoàn thể huyện', 'UBND các xã']]]);
  });

  it('reads "các phường thực hiện …", the units of a city, of a place and of the Front, "đều …" and "Ngoài việc …, X …"', () => {
    const read = (text: string) => titlesAndGroups(text, '2018-01-31');
    expect(read('UBND cũng đề nghị các phường thực hiện nghiêm túc công tác thu gom.')).toEqual([
      ['Thực hiện nghiêm túc công tác thu gom', ['các phường']],
    ]);
    expect(read('Yêu cầu các phương tiện thủy nội địa tránh trú an toàn.')).toEqual([
      ['Yêu cầu các phương tiện thủy nội địa tránh trú an toàn', []],
    ]);
    expect(
      read(
        'Thủ trưởng các cơ quan, đơn vị thành phố, UBND các xã, phường huy động lực lượng tổng vệ sinh cơ quan, công sở.',
      ),
    ).toEqual([
      ['Huy động lực lượng tổng vệ sinh cơ quan, công sở', ['các cơ quan, đơn vị thành phố', 'UBND các xã, phường']],
    ]);
    expect(
      read(
        'UBND thành phố yêu cầu tất cả các cơ quan, đơn vị, tổ chức kinh tế xã hội, doanh nghiệp trên địa bàn đều tiến hành dọn dẹp vệ sinh.',
      ),
    ).toEqual([
      ['Tiến hành dọn dẹp vệ sinh', ['các cơ quan, đơn vị, tổ chức kinh tế xã hội, doanh nghiệp trên địa bàn']],
    ]);
    expect(
      read(
        'Ngoài việc tổng vệ sinh tại cơ quan, đơn vị, các phường huy động toàn thể cán bộ, nhân dân ra quân tổng dọn vệ sinh.',
      ),
    ).toEqual([['Huy động toàn thể cán bộ, nhân dân ra quân tổng dọn vệ sinh', ['các phường']]]);
    expect(
      read(
        'UBND thành phố chỉ đạo UBND các xã phối hợp với các đoàn thể địa phương xây dựng kế hoạch. Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức thành viên làm nòng cốt, hướng dẫn, giám sát phong trào.',
      ).map((d) => d[1]),
    ).toEqual([
      ['UBND các xã', 'các đoàn thể địa phương'],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'các tổ chức thành viên'],
    ]);
  });

  it("reads a headline the text restates, a period before the units, the builders, and a district's project board", () => {
    const read = (text: string) => extract(text, '2019-01-08').map((d) => [d.title, d.groupAssignees, d.dueDate]);
    expect(
      read(
        'Tổ chức trực và báo cáo tình hình trong dịp Tết Kỷ Hợi năm 2019.\n\nNgày 8/01, UBND tỉnh ban hành văn bản về việc tổ chức trực và báo cáo tình hình trong dịp tết Kỷ Hợi năm 2019\n\nTheo đó, Chủ tịch UBND tỉnh yêu cầu UBND các huyện phân công lãnh đạo trực Tết.',
      ),
    ).toEqual([['Phân công lãnh đạo trực Tết', ['UBND các huyện'], null]]);
    expect(
      read(
        'Giao UBND các huyện tổ chức trực Tết. Từ ngày 02/02/2019 đến hết ngày 10/02/2019 (tức 28 tháng Chạp đến hết mùng 6 tháng Giêng), các đơn vị cử người luân phiên trực 24/24 giờ.',
      ).map((d) => [d[0], d[1]]),
    ).toEqual([
      ['Tổ chức trực Tết', ['UBND các huyện']],
      ['Cử người luân phiên trực 24/24 giờ', ['các đơn vị']],
    ]);
    expect(
      read(
        'UBND huyện yêu cầu các đơn vị thi công cần sớm triển khai thi công theo hợp đồng. Ban quản lý dự án đầu tư xây dựng khu vực huyện tăng cường kiểm tra, nghiệm thu.',
      ).map((d) => [d[0], d[1]]),
    ).toEqual([
      ['Sớm triển khai thi công theo hợp đồng', ['các đơn vị thi công']],
      ['Ban quản lý dự án đầu tư xây dựng khu vực huyện tăng cường kiểm tra, nghiệm thu', []],
    ]);
  });

  it('reads no title "Về việc này" left by "… chịu trách nhiệm về việc này"', () => {
    expect(
      extract(
        'Sở Tài chính chủ động lập phương án, báo cáo UBND thành phố, đồng thời yêu cầu các cơ quan chịu trách nhiệm về việc này.',
        '2025-04-10',
      ).map((d) => d.title),
    ).not.toContain('Về việc này');
  });

  it('reads assignments parted by "; Giao …", a named committee giving notice, "UBND TPHCM" and "hộ dân"', () => {
    const read = (text: string) => extract(text, '2020-05-13').map((d) => [d.title, d.groupAssignees, d.dueDate]);
    expect(
      read(
        'Chủ tịch UBND huyện kết luận như sau: Giao Phòng Văn hóa và Thông tin huyện xây dựng kế hoạch chi tiết buổi lễ trước ngày 20/5/2020; Giao Trung tâm Văn hóa huyện: Tiếp tục triển khai các nội dung được phân công; Giao Ban chỉ huy quân sự huyện hoàn thành việc thi công công trình.',
      ).map((d) => [d[0], d[2]]),
    ).toEqual([
      ['Phòng Văn hóa và Thông tin huyện xây dựng kế hoạch chi tiết buổi lễ', '2020-05-20'],
      ['Tiếp tục triển khai các nội dung được phân công', null],
      ['Ban chỉ huy quân sự huyện hoàn thành việc thi công công trình', null],
    ]);
    expect(
      read(
        'Ủy ban nhân dân xã Nhơn Mỹ thông báo đến các cơ quan đơn vị và Nhân dân như sau:\nYêu cầu các hộ dân thực hiện vệ sinh môi trường xung quanh nơi ở.',
      ),
    ).toEqual([['Yêu cầu các hộ dân thực hiện vệ sinh môi trường xung quanh nơi ở', [], null]]);
    expect(read('UBND TPHCM vừa có Thông báo về treo cờ Tổ quốc, nghỉ Tết Nguyên đán Bính Ngọ năm 2026.')).toEqual([]);
    expect(read('Các cơ quan, đơn vị, doanh nghiệp và hộ dân treo Quốc kỳ trong những ngày nghỉ Tết.')).toEqual([
      ['Treo Quốc kỳ trong những ngày nghỉ Tết', ['Các cơ quan, đơn vị, doanh nghiệp và hộ dân'], null],
    ]);
  });

  it('reads "sở ngành liên quan" without "các", a partner by its name after "phối hợp", the units "trên địa bàn", and the whole period', () => {
    const read = (text: string) => extract(text, '2015-05-13').map((d) => [d.title, d.groupAssignees, d.deadlineText]);
    expect(
      read(
        'Giao Sở Tài chính chủ trì, phối hợp với UBND cấp xã và sở ngành liên quan tăng cường công tác tuyên truyền.',
      ),
    ).toEqual([['Tăng cường công tác tuyên truyền', ['UBND cấp xã', 'sở ngành liên quan'], null]]);
    expect(
      read(
        'UBND các phường, xã được giao phối hợp Viện Nghiên cứu phát triển TPHCM tiếp nhận, lưu trữ kết quả khảo sát.',
      ),
    ).toEqual([
      ['Phối hợp Viện Nghiên cứu phát triển TPHCM tiếp nhận, lưu trữ kết quả khảo sát', ['UBND các phường, xã'], null],
    ]);
    expect(
      read(
        'UBND các xã, phường, các cơ quan, ban ngành, đoàn thể trên địa bàn treo cờ Tổ quốc, băng rôn, khẩu hiệu chào mừng (treo cờ từ 16/5 đến 01/6/2015); chỉ đạo nhân dân treo cờ Tổ quốc tại các gia đình từ ngày 16/5 đến hết ngày 22/5/2015.',
      ),
    ).toEqual([
      [
        'Treo cờ Tổ quốc, băng rôn, khẩu hiệu chào mừng',
        ['UBND các xã, phường', 'các cơ quan, ban ngành, đoàn thể trên địa bàn'],
        'từ 16/5 đến 01/6/2015',
      ],
      [
        'Chỉ đạo nhân dân treo cờ Tổ quốc tại các gia đình',
        ['UBND các xã, phường', 'các cơ quan, ban ngành, đoàn thể trên địa bàn'],
        'từ ngày 16/5 đến hết ngày 22/5/2015',
      ],
    ]);
  });

  it('reads a forest board, "Phòng LĐ-TB-XH", a citizen\'s petition, "yêu cầu rõ …" and examples after "như:"', () => {
    const read = (text: string) => titlesAndGroups(text, '2013-05-10');
    expect(
      read(
        'Giao Chi cục Kiểm lâm chủ trì, phối hợp với UBND huyện Đak Pơ, Ban Quản lý rừng phòng hộ Bắc An Khê và các đơn vị liên quan kiểm tra, xác minh ngay.',
      ),
    ).toEqual([
      [
        'Chi cục Kiểm lâm kiểm tra, xác minh ngay',
        ['UBND huyện Đak Pơ', 'Ban Quản lý rừng phòng hộ Bắc An Khê', 'các đơn vị liên quan'],
      ],
    ]);
    expect(read('UBND huyện giao Phòng LĐ-TB-XH tổ chức thăm hỏi, tặng quà cho các đối tượng chính sách.')).toEqual([
      ['Phòng LĐ-TB-XH tổ chức thăm hỏi, tặng quà cho các đối tượng chính sách', []],
    ]);
    expect(
      read(
        'Gia đình ông đã có đơn đề nghị Ủy ban nhân dân phường Đông Cao cắm chỉ giới đất nhưng chưa được giải quyết.',
      ),
    ).toEqual([]);
    expect(
      read('Văn bản yêu cầu rõ các đơn vị Sở Tài chính, UBND các huyện phải xác định rõ lộ trình thực hiện.').map(
        (d) => d[0],
      ),
    ).toEqual(['Xác định rõ lộ trình thực hiện']);
    expect(
      read(
        'UBND huyện giao Phòng Văn hóa - Thông tin tổ chức nhiều hoạt động vui xuân như: Đêm thơ Xuân vào tối mùng 10 tết; Chương trình văn nghệ mừng Đảng.',
      ).map((d) => d[0]),
    ).toEqual(['Phòng Văn hóa - Thông tin tổ chức nhiều hoạt động vui xuân như: Đêm thơ Xuân vào tối mùng 10 tết']);
  });

  it('reads "Sở Giáo dục- Đào tạo", a committee that is to direct with focus, ", đoàn thể" after the mass organisations, and "đã trực tiếp chỉ đạo" as told', () => {
    const read = (text: string) =>
      extract(text, '2021-09-13').map((d) => [d.title, d.leadDepartmentId, d.groupAssignees]);
    expect(read('UBND tỉnh yêu cầu Sở Giáo dục- Đào tạo tiếp tục kiểm tra việc vận động hỗ trợ sách vở.')).toEqual([
      ['Tiếp tục kiểm tra việc vận động hỗ trợ sách vở', idOf('SGDDT'), []],
    ]);
    expect(
      read(
        'Theo đó, Ủy ban nhân dân tỉnh yêu cầu:\n\n1. Ủy ban nhân dân thành phố Phủ Lý tập trung chỉ đạo quyết liệt thực hiện các biện pháp dập dịch.',
      ).map((d) => d[0]),
    ).toEqual(['Ủy ban nhân dân thành phố Phủ Lý tập trung chỉ đạo quyết liệt thực hiện các biện pháp dập dịch']);
    expect(
      read(
        'Giao Sở Y tế chủ trì, phối hợp với các tổ chức chính trị - xã hội, đoàn thể, UBND các huyện tăng cường công tác tuyên truyền.',
      ),
    ).toEqual([
      ['Tăng cường công tác tuyên truyền', idOf('SYT'), ['các tổ chức chính trị - xã hội, đoàn thể', 'UBND các huyện']],
    ]);
    expect(
      read(
        'Trong thời gian qua, UBND tỉnh đã trực tiếp chỉ đạo các sở, ngành, địa phương phải tập trung giải quyết các khó khăn vướng mắc.',
      ),
    ).toEqual([]);
  });

  it('reads a park\'s board, a zone\'s board with its industrial zones, the specialised boards, a sanction "toàn diện", and a request to a party committee', () => {
    const read = (text: string) => titlesAndGroups(text, '2019-09-16');
    expect(
      read(
        'Yêu cầu Giám đốc Ban Quản lý Vườn quốc gia Tà Đùng phối hợp chặt chẽ với chính quyền địa phương trong quản lý đất đai.',
      ),
    ).toEqual([
      [
        'Ban Quản lý Vườn quốc gia Tà Đùng phối hợp chặt chẽ với chính quyền địa phương trong quản lý đất đai',
        ['chính quyền địa phương'],
      ],
    ]);
    expect(
      read(
        'Theo đó, Ban quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi, các ban quản lý chuyên ngành khẩn trương đề xuất phương án điều chuyển vốn.',
      ),
    ).toEqual([
      [
        'Ban quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi khẩn trương đề xuất phương án điều chuyển vốn',
        ['các ban quản lý chuyên ngành'],
      ],
    ]);
    expect(
      read(
        'Chủ tịch UBND huyện Đắk Glong chịu trách nhiệm toàn diện trước UBND tỉnh nếu để tình trạng xây dựng nhà trái phép xảy ra.',
      ),
    ).toEqual([]);
    expect(
      read('Đề nghị Thường trực Huyện ủy Đắk Glong lãnh đạo, chỉ đạo UBND huyện Đắk Glong tăng cường quản lý đất đai.'),
    ).toEqual([]);
  });

  it('reads the unit after "Tại quận …, …", "đơn vị chức năng" after another unit, and "… đơn vị thuộc UBND tỉnh;"', () => {
    const read = (text: string) => titlesAndGroups(text, '2013-07-15');
    expect(
      read(
        'Tại quận Sơn Trà, UBND quận Sơn Trà sớm hoàn tất thủ tục thi hành cưỡng chế. Tại công trình tuyến mương thoát nước chung cư Phước Lý, UBND quận Liên Chiểu và đơn vị chức năng tập trung giải quyết các vướng mắc.',
      ),
    ).toEqual([
      ['UBND quận Sơn Trà sớm hoàn tất thủ tục thi hành cưỡng chế', []],
      ['UBND quận Liên Chiểu tập trung giải quyết các vướng mắc', ['đơn vị chức năng']],
    ]);
    expect(
      read(
        'UBND tỉnh giao Thủ trưởng các sở, ban, ngành, đơn vị thuộc UBND tỉnh; Chủ tịch UBND các huyện, thành phố chỉ đạo đẩy mạnh cải cách thủ tục hành chính.',
      ),
    ).toEqual([
      [
        'Chỉ đạo đẩy mạnh cải cách thủ tục hành chính',
        ['các sở, ban, ngành, đơn vị thuộc UBND tỉnh', 'UBND các huyện, thành phố'],
      ],
    ]);
  });

  it('reads "… yêu cầu thực hiện một số nội dung." as a preamble, "phối hợp chặt chẽ, …" before the work, and "các địa phương trong tỉnh"', () => {
    const read = (text: string) =>
      extract(text, '2025-08-29').map((d) => [d.title, d.leadDepartmentId, d.groupAssignees]);
    expect(
      read(
        'Để kịp thời triển khai ý kiến chỉ đạo của Thủ tướng Chính phủ, Chủ tịch Uỷ ban nhân dân tỉnh yêu cầu thực hiện một số nội dung.\n\nCông an tỉnh, Sở Tài chính theo chức năng, nhiệm vụ được giao, phối hợp chặt chẽ, triển khai ngay việc rà soát đối tượng nhận quà tặng.',
      ),
    ).toEqual([['Triển khai ngay việc rà soát đối tượng nhận quà tặng', idOf('CA'), []]]);
    expect(
      read(
        'UBND tỉnh chỉ đạo các sở, ban, ngành, địa phương phối hợp chặt chẽ; trong đó, Công an tỉnh chủ trì xây dựng phương án.',
      ).map((d) => d[0]),
    ).toEqual(['Phối hợp chặt chẽ', 'Xây dựng phương án']);
    expect(
      read('Chủ tịch UBND tỉnh yêu cầu các địa phương trong tỉnh triển khai các biện pháp phòng chống bão.'),
    ).toEqual([['Triển khai các biện pháp phòng chống bão', null, ['các địa phương trong tỉnh']]]);
  });

  it('reads a commander for the command, and "các địa phương ven biển"', () => {
    const read = (text: string) =>
      extract(text, '2020-10-27').map((d) => [d.title, d.leadDepartmentId, d.groupAssignees]);
    expect(
      read(
        'Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Giám đốc Sở Nông nghiệp và Phát triển nông thôn phối hợp với các địa phương ven biển theo dõi chặt chẽ diễn biến của bão.',
      ),
    ).toEqual([
      [
        'Theo dõi chặt chẽ diễn biến của bão',
        idOf('SNNPTNT'),
        ['các địa phương ven biển', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh'],
      ],
    ]);
    expect(read('Yêu cầu Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh chuẩn bị lực lượng ứng cứu.').map((d) => d[0])).toEqual(
      ['Bộ Chỉ huy Quân sự tỉnh chuẩn bị lực lượng ứng cứu'],
    );
  });
});

describe('extractDirectives on a remit given before', () => {
  const read = (text: string) =>
    extract(text, '2024-01-15').map((d) => [d.title, d.leadDepartmentId, d.groupAssignees, d.dueDate]);

  it('keeps the units of "… được UBND tỉnh giao tại Quyết định …", which names the giver of what they hold', () => {
    expect(
      read(
        'UBND các huyện, thành phố khẩn trương phân bổ chi tiết kế hoạch vốn được UBND tỉnh giao tại Quyết định số 123/QĐ-UBND ngày 10/12/2023.',
      ),
    ).toEqual([
      [
        'Khẩn trương phân bổ chi tiết kế hoạch vốn được UBND tỉnh giao tại Quyết định số 123/QĐ-UBND ngày 10/12/2023',
        null,
        ['UBND các huyện, thành phố'],
        null,
      ],
    ]);
    expect(read('Sở Tài chính thực hiện nhiệm vụ được Chủ tịch UBND tỉnh giao tại Thông báo số 12/TB-UBND.')).toEqual([
      ['Thực hiện nhiệm vụ được Chủ tịch UBND tỉnh giao tại Thông báo số 12/TB-UBND', idOf('STC'), [], null],
    ]);
  });

  it('reads "Sở X (vừa) được UBND tỉnh (thành phố) giao chủ trì …" as the work of X', () => {
    expect(read('Sở Xây dựng được UBND tỉnh giao chủ trì thẩm định dự án, hoàn thành trước ngày 20/2/2024.')).toEqual([
      ['Thẩm định dự án', idOf('SXD'), [], '2024-02-20'],
    ]);
    expect(
      read(
        'Sở Tài nguyên và Môi trường vừa được UBND thành phố giao chủ trì, phối hợp với Sở Xây dựng hoàn thành việc rà soát quỹ đất.',
      ),
    ).toEqual([['Hoàn thành việc rà soát quỹ đất', idOf('STNMT'), [], null]]);
    expect(read('Sở Y tế được Chủ tịch UBND tỉnh giao nhiệm vụ kiểm tra an toàn thực phẩm dịp Tết.')).toEqual([
      ['Kiểm tra an toàn thực phẩm dịp Tết', idOf('SYT'), [], null],
    ]);
  });
});

describe('extractDirectives on what a meeting heard and who spoke', () => {
  const read = (text: string) =>
    extract(text, '2026-02-27').map((d) => [d.title, d.leadDepartmentId, d.groupAssignees, d.dueDate]);

  it('drafts nothing from a unit head named at a photo who reports or tells', () => {
    expect(read('Giám đốc Sở Xây dựng Phạm Hồng Quang báo cáo công tác chỉnh trang đô thị')).toEqual([]);
    expect(
      read(
        'Giám đốc Sở Văn hoá, Thể thao và Du lịch Trần Thị Mỹ Hạnh báo cáo công tác tổ chức các hoạt động vui Xuân, đón Tết Nguyên đán Bính Ngọ 2026',
      ),
    ).toEqual([]);
    expect(
      read(
        'Giám đốc Sở Nông nghiệp và Môi trường Hoàng Quốc Việt cho biết lĩnh vực nông lâm ngư nghiệp đạt nhiều kết quả tích cực.',
      ),
    ).toEqual([]);
    // The head asked to report, unnamed, is work.
    expect(read('Giám đốc Sở Xây dựng báo cáo UBND tỉnh kết quả trước ngày 10/3/2026.')).toEqual([
      ['Báo cáo UBND tỉnh kết quả', idOf('SXD'), [], '2026-03-10'],
    ]);
  });

  it('drafts nothing from the reports a meeting heard, or the fields its speakers spoke on', () => {
    expect(
      read(
        'Tại phiên họp, UBND tỉnh đã nghe và cho ý kiến: Báo cáo kết quả thực hiện Thông báo Kết luận của Chủ tịch UBND tỉnh; tình hình thực hiện nhiệm vụ của các Tổ công tác.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Tại cuộc họp có 02 ý kiến tập trung vào các lĩnh vực: Giải phóng mặt bằng; quản lý trật tự đô thị, vệ sinh môi trường.',
      ),
    ).toEqual([]);
    expect(
      read('UBND tỉnh đã nghe và cho ý kiến: Báo cáo kết quả. Kết luận như sau:\n1. Sở Tài chính rà soát nguồn vốn.'),
    ).toEqual([['Rà soát nguồn vốn', idOf('STC'), [], null]]);
  });

  it('reads the units after an opening remit: "Theo chức năng, nhiệm vụ (được giao), Sở X …", "Theo phân cấp, ủy quyền, …"', () => {
    expect(read('Theo chức năng, nhiệm vụ, Sở Tài chính chủ trì rà soát nguồn vốn.')).toEqual([
      ['Rà soát nguồn vốn', idOf('STC'), [], null],
    ]);
    expect(read('Theo chức năng, nhiệm vụ được giao, các sở, ngành chủ động triển khai.')).toEqual([
      ['Chủ động triển khai', null, ['các sở, ngành'], null],
    ]);
    expect(
      read(
        'Theo phân cấp, ủy quyền, Sở Tài chính chủ trì, phối hợp với UBND các phường, xã khẩn trương tổng hợp khối lượng công tác duy trì vệ sinh môi trường.',
      ),
    ).toEqual([
      [
        'Khẩn trương tổng hợp khối lượng công tác duy trì vệ sinh môi trường',
        idOf('STC'),
        ['UBND các phường, xã'],
        null,
      ],
    ]);
  });
});

describe('extractDirectives on a district abbreviated', () => {
  it('reads "giao H.Tu Mơ Rông chủ động …" as the district addressed', () => {
    const [draft] = extract(
      'Về kinh phí tổ chức, UBND tỉnh giao H.Tu Mơ Rông chủ động cân đối nguồn vốn ngân sách huyện.',
      '2022-06-13',
    );
    expect([draft.title, draft.leadDepartmentId, draft.groupAssignees]).toEqual([
      'Chủ động cân đối nguồn vốn ngân sách huyện về kinh phí tổ chức',
      null,
      ['H.Tu Mơ Rông'],
    ]);
  });
});

describe("extractDirectives on the government's words quoted", () => {
  const titles = (text: string) => extract(text, '2025-09-16').map((d) => d.title);

  it('drafts nothing from what is asked of every province, nor from what goes on from it with "Đồng thời,"', () => {
    expect(
      titles(
        'Thủ tướng Chính phủ yêu cầu Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương tập trung chỉ đạo phòng chống bão.',
      ),
    ).toEqual([]);
    expect(
      titles(
        'Công điện nêu rõ: Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương chỉ đạo bảo đảm trật tự, an toàn giao thông; đồng thời phối hợp với cơ quan, đơn vị liên quan tổ chức giao thông hợp lý. Chịu trách nhiệm toàn diện trước Chính phủ, Thủ tướng Chính phủ nếu để xảy ra tình trạng mất an toàn giao thông trên địa bàn.',
      ),
    ).toEqual([]);
    expect(
      titles(
        'Ban Chỉ đạo Phòng thủ dân sự quốc gia đề nghị các tỉnh, thành phố theo dõi chặt chẽ diễn biến của bão. Đồng thời, sẵn sàng lực lượng, phương tiện để triển khai công tác cứu hộ, cứu nạn khi có tình huống.',
      ),
    ).toEqual([]);
  });

  it('keeps what goes on with "Đồng thời," from the province\'s own work', () => {
    expect(
      titles(
        'Chủ tịch UBND tỉnh yêu cầu các sở, ngành theo dõi chặt chẽ diễn biến của bão. Đồng thời, sẵn sàng lực lượng, phương tiện để cứu hộ.',
      ),
    ).toEqual(['Theo dõi chặt chẽ diễn biến của bão', 'Sẵn sàng lực lượng, phương tiện để cứu hộ']);
  });
});

describe('extractDirectives on units named before their work in other ways', () => {
  const read = (text: string) =>
    extract(text, '2020-03-10').map((d) => [d.title, d.leadDepartmentId, d.supportDepartmentIds, d.groupAssignees]);

  it('reads "Đối với Sở X, <work>" and "Đối với UBND các huyện: <work>" as the work of the units named', () => {
    expect(
      read('Đối với Sở Y tế, chỉ đạo các bệnh viện và đơn vị liên quan tập trung cứu chữa kịp thời bệnh nhân.'),
    ).toEqual([
      ['Chỉ đạo các bệnh viện và đơn vị liên quan tập trung cứu chữa kịp thời bệnh nhân', idOf('SYT'), [], []],
    ]);
    expect(read('Đối với UBND các huyện, thành phố: tập trung chỉ đạo thu hoạch lúa.')).toEqual([
      ['Tập trung chỉ đạo thu hoạch lúa', null, [], ['UBND các huyện, thành phố']],
    ]);
    // A matter named first still heads a short title.
    expect(read('Về dự án đường tỉnh 258: Giao Sở Xây dựng kiểm tra.')).toEqual([
      ['Kiểm tra về dự án đường tỉnh 258', idOf('SXD'), [], []],
    ]);
  });

  it('reads the departments listed after "Các Sở, ngành:"', () => {
    expect(
      read(
        'Các Sở, ngành: Y tế, Công Thương, Tài chính, Công an tỉnh và UBND các huyện, thành phố chủ động triển khai thực hiện các biện pháp phòng chống Cúm gia cầm.',
      ),
    ).toEqual([
      [
        'Chủ động triển khai thực hiện các biện pháp phòng chống Cúm gia cầm',
        idOf('SYT'),
        [idOf('SCT'), idOf('STC'), idOf('CA')],
        ['UBND các huyện, thành phố'],
      ],
    ]);
  });

  it('reads "các ngành liên quan" addressed, and the work of gathering petitions', () => {
    expect(
      read('Phó Chủ tịch UBND thành phố lưu ý các ngành liên quan tổng hợp kiến nghị, đánh giá đúng tình hình.'),
    ).toEqual([['Tổng hợp kiến nghị, đánh giá đúng tình hình', null, [], ['các ngành liên quan']]]);
    expect(read('UBND tỉnh yêu cầu các ngành nghề nông thôn phát triển.')).toEqual([]);
    expect(read('Cử tri kiến nghị tỉnh sớm sửa chữa đường.')).toEqual([]);
  });

  it('drafts nothing from the seats of a working group', () => {
    expect(
      read(
        'Theo Quyết định, Đồng chí Nguyễn Đức Chung, Chủ tịch UBND Thành phố làm Tổ trưởng Tổ công tác; 06 Đồng chí Phó Chủ tịch UBND Thành phố làm Tổ phó; 10 Đồng chí lãnh đạo các sở, ngành làm Ủy viên.',
      ),
    ).toEqual([]);
    expect(read('Giao Sở Nội vụ làm thường trực, tham mưu thành lập Tổ công tác.')).toEqual([
      ['Làm thường trực, tham mưu thành lập Tổ công tác', idOf('SNV'), [], []],
    ]);
  });
});

describe('extractDirectives on the same lead chairing the next work', () => {
  it('reads "…; đồng thời, chủ trì, phối hợp với Sở Y tế …" as more work of the unit given the first', () => {
    const drafts = extract(
      'UBND thành phố giao Sở Nội vụ theo dõi tình hình tiêm chủng; đồng thời, chủ trì, phối hợp với Sở Y tế nghiên cứu, đánh giá xếp loại hàng tháng về công tác tiêm chủng.',
      '2021-08-10',
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId, d.supportDepartmentIds, d.kind])).toEqual([
      ['Theo dõi tình hình tiêm chủng', idOf('SNV'), [], 'standing'],
      ['Nghiên cứu, đánh giá xếp loại về công tác tiêm chủng', idOf('SNV'), [idOf('SYT')], 'recurring'],
    ]);
  });
});

describe('extractDirectives on a letter sent with its request', () => {
  const read = (text: string) =>
    extract(text, '2021-07-24').map((d) => [d.title, d.leadDepartmentId, d.groupAssignees, d.dueDate]);

  it("reads the units a committee's letter is sent to as those given what it asks", () => {
    expect(
      read(
        'Chủ tịch UBND tỉnh vừa ký công văn hỏa tốc gửi các sở, ban, ngành, đoàn thể và UBND các huyện, thị xã yêu cầu bằng mọi biện pháp trong vòng 7 ngày tới, phải khống chế được dịch.',
      ),
    ).toEqual([
      [
        'Bằng mọi biện pháp, phải khống chế được dịch',
        null,
        ['các sở, ban, ngành, đoàn thể', 'UBND các huyện, thị xã'],
        '2021-07-31',
      ],
    ]);
    expect(read('UBND tỉnh vừa có văn bản gửi Sở Y tế đề nghị khẩn trương kiểm tra.')).toEqual([
      ['Khẩn trương kiểm tra', idOf('SYT'), [], null],
    ]);
  });

  it("drafts nothing from a department's own letter told", () => {
    expect(
      read(
        'Trước đó, ngày 11.12.2017, Sở Kế hoạch và Đầu tư có công văn gửi các đơn vị đề nghị chậm nhất ngày 25.12.2017 phải báo cáo nội dung này.',
      ),
    ).toEqual([]);
    expect(read('Sở Y tế có văn bản gửi Bộ Y tế đề nghị hỗ trợ vắc xin.')).toEqual([]);
  });
});

describe('extractDirectives on groups written in full', () => {
  const read = (text: string) => extract(text, '2021-04-26').map((d) => [d.title, d.groupAssignees, d.groupKeys]);

  it("keeps the commune levels listed and a group's qualifier with the group, out of the title", () => {
    expect(read('UBND huyện giao các xã, thị trấn chịu trách nhiệm thông báo, theo dõi giám sát.')).toEqual([
      ['Thông báo, theo dõi giám sát', ['các xã, thị trấn'], ['communes']],
    ]);
    expect(read('Yêu cầu các phường, xã kịp thời tuyên truyền cho nhân dân thu hoạch lúa.')).toEqual([
      ['Kịp thời tuyên truyền cho nhân dân thu hoạch lúa', ['các phường, xã'], ['communes']],
    ]);
    expect(read('Yêu cầu các địa phương vùng lũ sớm khắc phục hậu quả.')).toEqual([
      ['Sớm khắc phục hậu quả', ['các địa phương vùng lũ'], ['districts']],
    ]);
    expect(read('Yêu cầu các đơn vị bầu cử rà soát danh sách cử tri.')).toEqual([
      ['Rà soát danh sách cử tri', ['các đơn vị bầu cử'], []],
    ]);
    expect(
      read('Kết luận hội nghị, đồng chí Chủ tịch UBND huyện yêu cầu các phòng ngành tập trung thực hiện các nhiệm vụ.'),
    ).toEqual([['Tập trung thực hiện các nhiệm vụ', ['các phòng ngành'], []]]);
  });

  it('drops the headline that sums up work a later sentence gives named units', () => {
    expect(
      extract(
        'Chủ tịch UBND tỉnh: Lập chốt kiểm soát, phòng chống dịch Covid-19 tại các cửa ngõ vào tỉnh.\n\nGiao Công an tỉnh chủ trì, phối hợp với Sở Y tế nghiên cứu, lập các chốt kiểm soát, phòng chống dịch Covid-19 tại các khu vực cửa ngõ vào tỉnh.',
        '2020-04-03',
      ).map((d) => [d.title, d.leadDepartmentId]),
    ).toEqual([
      ['Nghiên cứu, lập các chốt kiểm soát, phòng chống dịch Covid-19 tại các khu vực cửa ngõ vào tỉnh', idOf('CA')],
    ]);
  });
});

describe('extractDirectives on the same assignment told twice', () => {
  it("keeps one draft of work a news item's lead gives word for word as its letter does", () => {
    const lead =
      'UBND tỉnh giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài nguyên và Môi trường nghiên cứu, xem xét, giải quyết đề nghị của Công ty Cổ phần khoáng sản Thượng Lưu theo đúng quy định của pháp luật.';
    const letter =
      'Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài nguyên và Môi trường nghiên cứu, xem xét, giải quyết đề nghị của Công ty Cổ phần khoáng sản Thượng Lưu theo đúng quy định của pháp luật; báo cáo kết quả về UBND tỉnh.';
    const drafts = extract(`${lead}\n\n${letter}`, '2018-08-03');
    expect(drafts.map((d) => [d.title, d.leadDepartmentId])).toEqual([
      [
        'Nghiên cứu, xem xét, giải quyết đề nghị của Công ty Cổ phần khoáng sản Thượng Lưu theo đúng quy định của pháp luật',
        idOf('SKHDT'),
      ],
    ]);
  });

  it('keeps a group read whole when its bodies are written without a comma ("cơ quan đơn vị liên quan")', () => {
    const [draft] = extract(
      'Giao Sở Tài chính chủ trì, phối hợp Sở Xây dựng và các Sở, ngành, cơ quan đơn vị liên quan tập trung giải quyết dứt điểm vụ việc.',
      '2021-05-10',
    );
    expect([draft.title, draft.groupAssignees]).toEqual([
      'Tập trung giải quyết dứt điểm vụ việc',
      ['các Sở, ngành, cơ quan đơn vị liên quan'],
    ]);
  });
});

describe('extractDirectives on openings and subjects of a class', () => {
  const read = (text: string) =>
    extract(text, '2025-11-02').map((d) => [d.title, d.leadDepartmentId, d.groupAssignees, d.dueDate]);

  it('reads the units after "Sau đó,", "Sau thời hạn nêu trên,", "Trước mắt,"', () => {
    expect(
      read(
        'Sau thời hạn nêu trên, Sở Tài nguyên và Môi trường chủ trì, phối hợp với UBND thị xã Hương Thủy tổ chức kiểm tra, đánh giá kết quả thực hiện, báo cáo UBND tỉnh.',
      ),
    ).toEqual([
      [
        'Tổ chức kiểm tra, đánh giá kết quả thực hiện, báo cáo UBND tỉnh',
        idOf('STNMT'),
        ['UBND thị xã Hương Thủy'],
        null,
      ],
    ]);
    expect(read('Trước mắt, Sở Y tế khẩn trương kiểm tra an toàn thực phẩm.')).toEqual([
      ['Khẩn trương kiểm tra an toàn thực phẩm', idOf('SYT'), [], null],
    ]);
    expect(read('Sau đó, Sở Y tế đã tổ chức kiểm tra.')).toEqual([]);
  });

  it('reads "Mỗi cơ quan, đơn vị …", "Hiệu trưởng các trường …" and "các trường học" addressed as groups', () => {
    expect(read('Mỗi cơ quan, đơn vị bố trí 01 thùng thu gom pin thải tại trụ sở.')).toEqual([
      ['Bố trí 01 thùng thu gom pin thải tại trụ sở', null, ['Mỗi cơ quan, đơn vị'], null],
    ]);
    expect(
      read(
        'Sở Giáo dục và Đào tạo giao Hiệu trưởng các trường, lãnh đạo các trung tâm chủ động quyết định việc tổ chức dạy học.',
      ),
    ).toEqual([
      ['Chủ động quyết định việc tổ chức dạy học', null, ['Hiệu trưởng các trường, lãnh đạo các trung tâm'], null],
    ]);
    expect(read('Yêu cầu các trường học tiếp tục cho học sinh nghỉ học vào ngày 3/11.')).toEqual([
      ['Tiếp tục cho học sinh nghỉ học', null, ['các trường học'], '2025-11-03'],
    ]);
    expect(read('Mỗi đơn vị được hỗ trợ 50 triệu đồng.')).toEqual([]);
  });
});

describe("extractDirectives on a letter's addressees and what comes after a deadline", () => {
  const read = (text: string, date = '2021-07-24') =>
    extract(text, date).map((d) => [d.title, d.leadDepartmentId, d.groupAssignees, d.dueDate]);

  it('reads a place named after a group, then the letter\'s request, and "trên địa bàn tỉnh" after a group', () => {
    expect(
      read(
        'Chủ tịch UBND tỉnh đã ký công văn hỏa tốc gửi các sở, ban, ngành và UBND các huyện, thị xã La Gi yêu cầu khống chế được dịch trong vòng 7 ngày tới.',
      ),
    ).toEqual([['Khống chế được dịch', null, ['các sở, ban, ngành', 'UBND các huyện, thị xã La Gi'], '2021-07-31']]);
    expect(
      read(
        'Chủ tịch UBND tỉnh đã có văn bản khẩn gửi UBND huyện Tuy Phong và các cơ quan liên quan trên địa bàn tỉnh đề nghị kiểm tra, xử lý thông tin dư luận.',
      ).map((d) => d[2]),
    ).toEqual([['các cơ quan liên quan trên địa bàn tỉnh']]);
    expect(read('Yêu cầu UBND các huyện/thị ven biển khẩn trương xây dựng phương án.')).toEqual([
      ['Khẩn trương xây dựng phương án', null, ['UBND các huyện/thị ven biển'], null],
    ]);
  });

  it('gives work "Sau thời hạn nêu trên" no date of the deadline before it', () => {
    expect(
      read(
        'Giao Sở Tài chính hoàn thành việc rà soát trước ngày 30/8/2016.\n\nSau thời hạn nêu trên, Sở Tài nguyên và Môi trường chủ trì tổ chức kiểm tra, báo cáo UBND tỉnh.',
        '2016-08-01',
      ),
    ).toEqual([
      ['Hoàn thành việc rà soát', idOf('STC'), [], '2016-08-30'],
      ['Tổ chức kiểm tra, báo cáo UBND tỉnh', idOf('STNMT'), [], null],
    ]);
  });
});

describe("extractDirectives on a news site's tag", () => {
  it('reads past "ThienNhien.Net –" and "(GLO)-" to the units', () => {
    const read = (text: string) => extract(text, '2013-04-15').map((d) => [d.title, d.leadDepartmentId]);
    expect(read('ThienNhien.Net – Sở Tài nguyên và Môi trường vừa được UBND TP giao chủ trì rà soát quỹ đất.')).toEqual(
      [['Rà soát quỹ đất', idOf('STNMT')]],
    );
    expect(read('(GLO)- UBND tỉnh yêu cầu Sở Y tế kiểm tra an toàn thực phẩm.')).toEqual([
      ['Kiểm tra an toàn thực phẩm', idOf('SYT')],
    ]);
  });
});

describe("extractDirectives on a chair's view and the 2025 names", () => {
  const read = (text: string) =>
    extract(text, '2025-11-05').map((d) => [d.title, d.leadDepartmentId, d.groupAssignees]);

  it("drafts nothing from the chair's view of where things stand", () => {
    expect(
      read('Kết luận cuộc họp, Chủ tịch UBND TP Cần Thơ nhận định trong tháng 10, thành phố phát triển tương đối khá.'),
    ).toEqual([]);
    expect(read('Chủ tịch UBND thành phố cho hay nhiều xã, phường đang thiếu khoảng 20 người.')).toEqual([]);
    expect(
      read(
        '(PLO)- Thông tin tại cuộc họp UBND TP Cần Thơ thường kỳ, lãnh đạo TP cho biết có 4 điểm bắn pháo hoa dịp Tết.',
      ),
    ).toEqual([]);
    expect(read('Thuế tỉnh Phú Thọ là đơn vị thu ngân sách nhà nước đứng thứ 10/34 tỉnh, thành phố.')).toEqual([]);
    expect(read('Chủ tịch UBND tỉnh đánh giá cao kết quả, đồng thời yêu cầu Sở Y tế tiếp tục kiểm tra.')).toEqual([
      ['Tiếp tục kiểm tra', idOf('SYT'), []],
    ]);
  });

  it('reads "Thuế tỉnh" as the tax office, a letter opening the sentence as asking, and "xã, phường" after "và"', () => {
    expect(
      read('Văn bản yêu cầu Thuế tỉnh và Chi cục Hải quan khu vực tăng cường theo dõi sát diễn biến kinh tế.'),
    ).toEqual([['Tăng cường theo dõi sát diễn biến kinh tế', idOf('CT'), ['Chi cục Hải quan khu vực']]]);
    expect(read('Yêu cầu các sở, ngành và xã, phường phải đoàn kết, thống nhất.')).toEqual([
      ['Đoàn kết, thống nhất', null, ['các sở, ngành', 'xã, phường']],
    ]);
  });
});

describe('extractDirectives on the forms the new rules must leave alone', () => {
  const read = (text: string) =>
    extract(text, '2024-03-15').map((d) => [d.title, d.leadDepartmentId, d.groupAssignees, d.dueDate]);

  it('keeps the assigner\'s "giao" after another passive, and drafts nothing from a remit told', () => {
    expect(
      read(
        'Các khoản kinh phí chưa được cấp có thẩm quyền phê duyệt giao Sở Tài chính rà soát, báo cáo UBND tỉnh trước ngày 30/4/2024.',
      ),
    ).toEqual([['Rà soát, báo cáo UBND tỉnh', idOf('STC'), [], '2024-04-30']]);
    expect(read('Sau khi Đề án được HĐND tỉnh thông qua giao Sở Nội vụ chủ trì tổ chức triển khai thực hiện.')).toEqual(
      [['Tổ chức triển khai thực hiện', idOf('SNV'), [], null]],
    );
    expect(read('Năm 2024, Sở Tài chính được UBND tỉnh giao dự toán thu ngân sách là 5.000 tỷ đồng.')).toEqual([]);
    expect(
      read('Sở Nội vụ đã được UBND tỉnh giao chủ trì xây dựng Đề án và đã trình UBND tỉnh vào tháng 01/2024.'),
    ).toEqual([]);
    expect(
      read(
        'Theo chức năng, nhiệm vụ được UBND tỉnh giao, Sở Xây dựng hướng dẫn UBND các huyện thực hiện quy hoạch xây dựng nông thôn mới.',
      ),
    ).toEqual([['Hướng dẫn UBND các huyện thực hiện quy hoạch xây dựng nông thôn mới', idOf('SXD'), [], null]]);
  });

  it("keeps \"Đồng thời, …\" under a unit's heading, and the province's work after the government's words", () => {
    expect(
      read(
        '2. Sở Xây dựng: Thời gian qua đã có nhiều cố gắng trong công tác quản lý trật tự xây dựng. Đồng thời, cần tập trung kiểm tra, xử lý dứt điểm các công trình vi phạm trước ngày 30/6/2024.',
      ),
    ).toEqual([['Tập trung kiểm tra, xử lý dứt điểm các công trình vi phạm', idOf('SXD'), [], '2024-06-30']]);
    expect(
      read(
        'Thực hiện Công điện số 05/CĐ-TTg của Thủ tướng Chính phủ yêu cầu các tỉnh, thành phố tăng cường phòng, chống dịch, Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Y tế chỉ đạo các đơn vị y tế sẵn sàng thu dung người bệnh.',
      ),
    ).toEqual([['Chỉ đạo các đơn vị y tế sẵn sàng thu dung người bệnh', idOf('SYT'), [], null]]);
  });

  it('keeps a seat with its duty, "Xây dựng" as work after "Các sở, ngành:", and a district\'s request as none', () => {
    expect(
      read('Sở Nội vụ làm thường trực, giúp UBND tỉnh theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch này.'),
    ).toEqual([
      [
        'Làm thường trực, giúp UBND tỉnh theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch này',
        idOf('SNV'),
        [],
        null,
      ],
    ]);
    expect(
      read(
        'Các sở, ngành: Xây dựng kế hoạch triển khai thực hiện Nghị quyết, gửi Sở Kế hoạch và Đầu tư trước ngày 30/4/2024.',
      ),
    ).toEqual([
      [
        'Xây dựng kế hoạch triển khai thực hiện Nghị quyết, gửi Sở Kế hoạch và Đầu tư',
        null,
        ['Các sở, ngành'],
        '2024-04-30',
      ],
    ]);
    expect(
      read('UBND huyện Lâm Hà vừa có công văn gửi Sở Giao thông vận tải đề nghị sớm sửa chữa các đoạn hư hỏng.'),
    ).toEqual([]);
    expect(
      read('UBND huyện Đức Trọng vừa có công văn gửi UBND các xã, thị trấn yêu cầu tăng cường phòng, chống cháy rừng.'),
    ).toEqual([['Tăng cường phòng, chống cháy rừng', null, ['UBND các xã, thị trấn'], null]]);
  });

  it('keeps two works of one unit that differ in their period or place', () => {
    expect(
      read(
        '1. Sở Kế hoạch và Đầu tư tổng hợp, báo cáo kết quả thực hiện các chỉ tiêu 6 tháng đầu năm 2024 của tỉnh.\n\n2. Sở Kế hoạch và Đầu tư tổng hợp, báo cáo kết quả thực hiện các chỉ tiêu 6 tháng cuối năm 2024 của tỉnh.',
      ).map((d) => d[3]),
    ).toEqual(['2024-06-30', '2024-12-31']);
  });
});

describe("extractDirectives on a commune's places", () => {
  const read = (text: string) => titlesAndGroups(text, '2025-08-10');

  it('reads a commune named with an apostrophe, and its villages and quarters', () => {
    expect(read('UBND tỉnh yêu cầu xã D’Ran theo dõi chặt chẽ diễn tiến khu vực sạt lở.')).toEqual([
      ['Theo dõi chặt chẽ diễn tiến khu vực sạt lở', ['xã D’Ran']],
    ]);
    expect(read('UBND xã đề nghị các cơ quan, đơn vị và thôn, xóm tập trung dọn dẹp vệ sinh môi trường.')).toEqual([
      ['Tập trung dọn dẹp vệ sinh môi trường', ['các cơ quan, đơn vị', 'thôn, xóm']],
    ]);
    expect(read('UBND xã yêu cầu các thôn tổng hợp báo cáo thiệt hại về Ban Chỉ huy xã.')).toEqual([
      ['Tổng hợp báo cáo thiệt hại về Ban Chỉ huy xã', ['các thôn']],
    ]);
    expect(read('Các thông tin sai sự thật cần được xử lý.')).toEqual([]);
  });
});

describe('extractDirectives on communes opening a sentence and a power granted', () => {
  const read = (text: string) => titlesAndGroups(text, '2025-09-25');

  it('reads "Lãnh đạo xã, phường phải …" as the communes\' work, and drafts nothing from "được giao quyền …"', () => {
    expect(read('Lãnh đạo xã, phường phải cung cấp khẩn cấp đầy đủ lương thực cho người dân.')).toEqual([
      ['Cung cấp khẩn cấp đầy đủ lương thực cho người dân', ['Lãnh đạo xã, phường']],
    ]);
    expect(
      read('Thủ trưởng các đơn vị được giao quyền chủ động quyết định việc cho học sinh nghỉ học trong ngày 29/9.'),
    ).toEqual([]);
    expect(read('Các đơn vị được giao nhiệm vụ tại Thông báo này khẩn trương triển khai.')).toEqual([
      ['Khẩn trương triển khai', ['Các đơn vị được giao nhiệm vụ tại Thông báo này']],
    ]);
  });
});

describe("extractDirectives on the office's chief, quoted orders and what a meeting itself does", () => {
  const read = (text: string, date = '2025-10-04') =>
    extract(text, date).map((d) => [d.title, d.leadDepartmentId, d.groupAssignees, d.dueDate]);

  it('reads "Chánh Văn phòng UBND tỉnh" after ";" as the office given work of its own', () => {
    expect(
      read(
        'Sở Y tế chủ trì kiểm tra an toàn thực phẩm; Chánh Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện, báo cáo UBND tỉnh.',
      ),
    ).toEqual([
      ['Kiểm tra an toàn thực phẩm', idOf('SYT'), [], null],
      ['Theo dõi, đôn đốc việc thực hiện, báo cáo UBND tỉnh', idOf('VP-UBND'), [], null],
    ]);
    expect(read('Chánh Thanh tra tỉnh chủ trì thanh tra việc quản lý đất đai tại huyện A.')).toEqual([
      ['Thanh tra việc quản lý đất đai tại huyện A', idOf('TTT'), [], null],
    ]);
  });

  it("drafts nothing from a decision's last article, whole or cut before its formula", () => {
    for (const article of [
      'Điều 3. Văn phòng UBND tỉnh; Giám đốc các Sở: Y tế, Tài chính; Chủ tịch UBND các huyện, thành phố và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
      'Điều 4. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Y tế, Thủ trưởng các sở, ban ngành tỉnh có trách nhiệm thi hành Quyết định này./.',
      'Điều 3.Chánh Văn phòng UBND tỉnh; Chánh Thanh tra tỉnh; Thủ trưởng các sở, ban, ngành;Chủ tịch UBND huyện, thị xã, thành phố; Chủ tịch UBND xã, phường, thị trấn vàcác cơ qu',
    ])
      expect(read(`Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n${article}`)).toEqual([]);
  });

  it("drafts nothing from an earlier document's assignment told as the ground, the centre's words to every locality, a draft under review, or the people asked", () => {
    expect(
      read(
        'Thực hiện chỉ đạo của Chủ tịch UBND tỉnh tại Công điện số 23/CĐ-UBND ngày 26/9/2025, trong đó giao Văn phòng Ban Chỉ huy tham mưu ban hành Công điện về việc cấm biển. 1. UBND các xã, phường ven biển tổ chức cấm biển từ 06 giờ ngày 27/9/2025.',
        '2025-09-26',
      ).map((d) => d[0]),
    ).toEqual(['Tổ chức cấm biển từ 06 giờ ngày 27/9/2025']);
    for (const told of [
      'Bộ Công Thương yêu cầu Cục Quản lý thị trường các địa phương quyết liệt chỉ đạo công tác quản lý thị trường.',
      'Thủ tướng yêu cầu Bí thư tỉnh ủy, thành ủy và Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực tiếp lãnh đạo, hoàn thành trước ngày 15/1/2026.',
      'Theo Dự thảo chương trình, các sở, ngành đẩy nhanh tiến độ và hoàn thành giải ngân 100% vốn đầu tư công năm 2025.',
      'Để chủ động kiểm soát dịch bệnh, Chủ tịch UBND tỉnh đề nghị người dân thực hiện nghiêm các biện pháp phòng, chống dịch.',
    ])
      expect(read(told)).toEqual([]);
    expect(read('UBND tỉnh yêu cầu các địa phương kiểm tra thị trường.')).toEqual([
      ['Kiểm tra thị trường', null, ['các địa phương'], null],
    ]);
  });

  it('drafts nothing from who came, what the meeting is to discuss or be shown, or a figure a unit told', () => {
    for (const told of [
      'Tham gia buổi khảo sát là đồng chí Nguyễn Văn Luyện - Phó Bí thư, Chủ tịch UBND phường; đại diện các bộ phận chuyên môn.',
      'Tại hội nghị, Chủ tịch UBND tỉnh đề nghị lãnh đạo các sở, ngành của tỉnh tập trung thảo luận 2 nhóm vấn đề theo gợi ý điều hành.',
      'Chủ tịch UBND tỉnh yêu cầu Sở Tài chính trình bày dự thảo kế hoạch chi ngân sách để các đại biểu dự họp cho ý kiến.',
      'Sở Tài chính báo cáo hiện còn 26 tỷ đồng đã chi cho mục tiêu đầu tư hạ tầng.',
    ])
      expect(read(told)).toEqual([]);
    expect(read('Sở Tài chính báo cáo UBND tỉnh trước ngày 30/10/2025.')).toEqual([
      ['Báo cáo UBND tỉnh', idOf('STC'), [], '2025-10-30'],
    ]);
  });

  it('keeps "Cụ thể, …" with the work just given, and the period "Về giải pháp trong tháng 11, …" opened with for each work', () => {
    expect(
      read(
        'Chủ tịch UBND tỉnh yêu cầu Công an tỉnh chủ trì thực hiện cấm biển từ 17h ngày 4/10.\n\nCụ thể, nghiêm cấm tàu, thuyền ra khơi.',
      ).map((d) => d[0]),
    ).toEqual(['Thực hiện cấm biển từ 17h ngày 4/10']);
    expect(
      read(
        'Về giải pháp trong tháng 11, ông Nguyễn Văn A đề nghị Sở Nội vụ rà soát biên chế; khẩn trương xây dựng vị trí việc làm cấp xã.',
        '2025-11-07',
      ),
    ).toEqual([
      ['Rà soát biên chế', idOf('SNV'), [], '2025-11-30'],
      ['Khẩn trương xây dựng vị trí việc làm cấp xã', idOf('SNV'), [], '2025-11-30'],
    ]);
  });

  it('reads more group forms: party secretaries with the chairs, districts and towns without a comma, sectors and units, the offices of a ward', () => {
    const groups = (text: string) => extract(text, '2025-10-04').map((d) => d.groupAssignees);
    expect(
      groups(
        'Giám đốc các Sở; Bí thư, Chủ tịch UBND các xã, phường phải thần tốc hơn nữa trong khắc phục hậu quả bão.',
      ),
    ).toEqual([['các Sở', 'UBND các xã, phường']]);
    expect(
      groups('UBND tỉnh yêu cầu chủ đầu tư và UBND các huyện thị xã, thành phố tập trung giải phóng mặt bằng.'),
    ).toEqual([['chủ đầu tư', 'UBND các huyện thị xã, thành phố']]);
    expect(
      groups(
        'Chủ tịch UBND tỉnh yêu cầu Sở Giáo dục và Đào tạo và các ngành, đơn vị liên quan thông báo tới các trường.',
      ),
    ).toEqual([['các ngành, đơn vị liên quan']]);
    expect(groups('Chủ tịch UBND phường yêu cầu các bộ phận chuyên môn bám sát tiến độ thực hiện nhiệm vụ.')).toEqual([
      ['các bộ phận chuyên môn'],
    ]);
    expect(
      groups('Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành và địa phương trong tỉnh phối hợp để tổ chức tốt Kỳ thi.'),
    ).toEqual([['các sở, ban, ngành và địa phương trong tỉnh']]);
    expect(groups('Đối với các huyện, thành phố, cần chấp hành nghiêm chế độ thông tin, báo cáo.')).toEqual([
      ['các huyện, thành phố'],
    ]);
    expect(read('Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành phối hợp tốt để tổ chức tốt Kỳ thi.')).toEqual([
      ['Tổ chức tốt Kỳ thi', null, ['các sở, ban, ngành'], null],
    ]);
  });

  it("keeps the province's own assignment in a sentence that opens with others' words, and drops each closing formula alone", () => {
    const leads = (text: string, date = '2026-01-10') =>
      extract(text, date).map((d) => [d.leadDepartmentId, d.groupAssignees, d.dueDate]);
    expect(
      leads(
        'Bộ Công Thương yêu cầu các địa phương bảo đảm nguồn cung xăng dầu; UBND tỉnh giao Sở Công Thương tăng cường kiểm tra các cửa hàng xăng dầu.',
      ),
    ).toEqual([[idOf('SCT'), [], null]]);
    expect(
      leads(
        'Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Công điện số 156/CĐ-TTg, trong đó giao các địa phương thực hiện nghiêm việc cách ly, Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Y tế khẩn trương triển khai ngay các nội dung trên.',
      ),
    ).toEqual([[idOf('SYT'), [], null]]);
    expect(
      leads(
        'Sở Giáo dục và Đào tạo báo cáo hiện còn thiếu 350 giáo viên; Chủ tịch UBND tỉnh giao Sở Nội vụ đề xuất phương án tuyển dụng trước ngày 28/2/2026.',
      ),
    ).toEqual([[idOf('SNV'), [], '2026-02-28']]);
    expect(
      extract(
        'Chủ tịch UBND tỉnh đề nghị người dân tự giác khai báo y tế và yêu cầu Sở Y tế tổ chức giám sát chặt chẽ các trường hợp trở về.',
      ),
    ).toHaveLength(1);
    expect(
      leads(
        'Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính và Thủ trưởng các cơ quan liên quan chịu trách nhiệm tổ chức thực hiện Thông báo này.',
      ),
    ).toEqual([]);
    expect(
      leads(
        'Điều 3. Giao Chánh Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện; Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này.',
      ),
    ).toEqual([[idOf('VP-UBND'), [], null]]);
    expect(
      leads('Giao Sở Y tế kiểm tra việc đấu thầu thuốc. Cụ thể, trong năm 2025 nhiều gói thầu bị chậm.', '2026-01-10'),
    ).toEqual([[idOf('SYT'), [], null]]);
    expect(
      leads(
        'Giao Sở Tư pháp phối hợp với các bộ phận chuyên môn của UBND thành phố rà soát văn bản trước ngày 25/1/2026.',
      ),
    ).toEqual([[idOf('STP'), ['các bộ phận chuyên môn của UBND thành phố'], '2026-01-25']]);
  });

  it('dates work by its own date before the period its sentence opened with, and reads the period after "Về nhiệm vụ …, yêu cầu"', () => {
    const dated = (text: string) => extract(text, '2025-11-05').map((d) => [d.title, d.dueDate]);
    expect(
      dated(
        'Về giải pháp trong tháng 11, đề nghị Sở Tài chính tham mưu phân bổ vốn còn lại trước ngày 20/11/2025; khẩn trương rà soát các dự án.',
      ),
    ).toEqual([
      ['Tham mưu phân bổ vốn còn lại', '2025-11-20'],
      ['Khẩn trương rà soát các dự án', '2025-11-30'],
    ]);
    expect(
      dated('Về nhiệm vụ trong tháng 12, yêu cầu Sở Y tế bảo đảm đủ thuốc; tăng cường kiểm tra an toàn thực phẩm.'),
    ).toEqual([
      ['Bảo đảm đủ thuốc', '2025-12-31'],
      ['Tăng cường kiểm tra an toàn thực phẩm', '2025-12-31'],
    ]);
    expect(dated('Về nhiệm vụ năm 2026, Sở Xây dựng tiếp tục triển khai các nghị quyết về giao thông.')).toEqual([]);
  });

  it("reads the work of a decision's last article given to the office, and no work in the centre's words by level or by ministry", () => {
    expect(
      extract(
        'Điều 3. Chánh Văn phòng UBND tỉnh có trách nhiệm theo dõi, đôn đốc các sở, ngành triển khai Quyết định này, báo cáo Chủ tịch UBND tỉnh trước ngày 30/12/2025.',
        '2025-11-05',
      ).map((d) => [d.leadDepartmentId, d.dueDate]),
    ).toEqual([[idOf('VP-UBND'), '2025-12-30']]);
    for (const told of [
      'Bộ Nông nghiệp và Phát triển nông thôn yêu cầu các địa phương chủ động ứng phó với bão.',
      'Phó Thủ tướng yêu cầu các địa phương khẩn trương hoàn thành giải phóng mặt bằng trong tháng 12/2025.',
      'Bộ Y tế yêu cầu Sở Y tế các tỉnh, thành phố tổ chức tiêm vắc xin sởi cho trẻ, hoàn thành trong tháng 12/2025.',
      'Bộ Công Thương yêu cầu Sở Công Thương tăng cường kiểm tra các cửa hàng xăng dầu.',
      'Chủ tịch UBND các huyện, thị xã chịu trách nhiệm trước Chủ tịch UBND tỉnh về những vi phạm trật tự xây dựng phát sinh mới.',
      'Theo Chỉ thị số 11/CT-TTg: Yêu cầu UBND cấp tỉnh, trực tiếp là Chủ tịch UBND cấp tỉnh chịu trách nhiệm toàn diện về tổ chức Kỳ thi.',
    ])
      expect(extract(told, '2025-11-05')).toEqual([]);
    expect(
      extract(
        'Chủ tịch UBND thành phố yêu cầu các sở, ngành, quận, huyện, thị xã và UBND các xã, phường, thị trấn triển khai đồng bộ các nhiệm vụ.',
        '2025-06-03',
      ).map((d) => d.groupAssignees),
    ).toEqual([['các sở, ngành, quận, huyện, thị xã', 'UBND các xã, phường, thị trấn']]);
  });

  it('gives the items after a bare "Cụ thể:" the units of the work just given, and reads districts and towns listed with no commas', () => {
    expect(
      extract(
        'Giao Sở Giáo dục và Đào tạo chuẩn bị tốt các điều kiện cho kỳ thi. Cụ thể:\n- Rà soát cơ sở vật chất các điểm thi;\n- Tập huấn cán bộ coi thi trước ngày 20/6/2023.',
        '2023-05-10',
      ).map((d) => [d.title, d.leadDepartmentId, d.dueDate]),
    ).toEqual([
      ['Chuẩn bị tốt các điều kiện cho kỳ thi', idOf('SGDDT'), null],
      ['Rà soát cơ sở vật chất các điểm thi', idOf('SGDDT'), null],
      ['Tập huấn cán bộ coi thi', idOf('SGDDT'), '2023-06-20'],
    ]);
    expect(
      extract('Yêu cầu UBND các huyện thị xã thành phố chỉ đạo lực lượng chức năng kiểm tra rừng.').map((d) => [
        d.title,
        d.groupAssignees,
      ]),
    ).toEqual([['Chỉ đạo lực lượng chức năng kiểm tra rừng', ['UBND các huyện thị xã thành phố']]]);
  });

  it("keeps the work that goes on after a closing formula, the units of the work after it, and a place after a group's owner", () => {
    const read = (text: string) =>
      extract(text, '2023-06-10').map((d) => [d.title, d.leadDepartmentId, d.groupAssignees, d.kind, d.dueDate]);
    expect(
      read('Sở Y tế chịu trách nhiệm triển khai Chỉ thị này, định kỳ hằng quý báo cáo UBND tỉnh kết quả thực hiện.'),
    ).toEqual([['Triển khai Chỉ thị này, báo cáo UBND tỉnh kết quả thực hiện', idOf('SYT'), [], 'recurring', null]]);
    expect(
      read(
        'Sở Giáo dục và Đào tạo có trách nhiệm tổ chức thực hiện Kế hoạch này; tổng hợp, báo cáo kết quả về UBND tỉnh trước ngày 15/8/2023.',
      ).map((d) => [d[1], d[4]]),
    ).toEqual([[idOf('SGDDT'), '2023-08-15']]);
    expect(
      read(
        'Văn phòng UBND tỉnh thừa lệnh Chủ tịch ký văn bản giao Sở Xây dựng kiểm tra công trình, báo cáo trước ngày 5/8/2023.',
      ),
    ).toEqual([['Kiểm tra công trình, báo cáo', idOf('SXD'), [], 'deadline', '2023-08-05']]);
    expect(
      read('Chủ tịch UBND tỉnh giao Chánh Văn phòng UBND tỉnh thừa lệnh Chủ tịch ký thông báo kết luận này.'),
    ).toEqual([]);
    expect(
      read(
        'Giám đốc Sở Giao thông vận tải chịu trách nhiệm thi hành Quyết định này; Sở Tài chính bố trí kinh phí thực hiện trong tháng 7/2023.',
      ).map((d) => [d[1], d[4]]),
    ).toEqual([[idOf('STC'), '2023-07-31']]);
    expect(
      read('Văn phòng UBND tỉnh thừa lệnh Chủ tịch ký thông báo kết luận của Chủ tịch UBND tỉnh tại buổi làm việc.'),
    ).toEqual([]);
    expect(
      read(
        'Giao các bộ phận chuyên môn thuộc UBND huyện Hiệp Hòa tham mưu xử lý dứt điểm các vụ việc khiếu nại kéo dài.',
      ),
    ).toEqual([
      [
        'Tham mưu xử lý dứt điểm các vụ việc khiếu nại kéo dài',
        null,
        ['các bộ phận chuyên môn thuộc UBND huyện Hiệp Hòa'],
        'deadline',
        null,
      ],
    ]);
  });

  it('dates the work before by "Kết quả thực hiện phải được hoàn thành trước ngày …", and reads "giữ thông tin liên lạc" as work', () => {
    const drafts = extract(
      'Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành rà soát toàn bộ các hồ sơ quá hạn. Kết quả thực hiện phải được hoàn thành trước ngày 12/3.',
      '2026-03-02',
    );
    expect(drafts.map((d) => [d.title, d.dueDate])).toEqual([['Rà soát toàn bộ các hồ sơ quá hạn', '2026-03-12']]);
    expect(
      extract(
        'Yêu cầu Công an tỉnh chủ trì, phối hợp với UBND các huyện ven biển giữ thông tin liên lạc với chủ các phương tiện để xử lý kịp thời các tình huống.',
      ).map((d) => [d.title, d.leadDepartmentId, d.groupAssignees]),
    ).toEqual([
      [
        'Giữ thông tin liên lạc với chủ các phương tiện để xử lý kịp thời các tình huống',
        idOf('CA'),
        ['UBND các huyện ven biển'],
      ],
    ]);
  });

  it('reads the units asked with the people, a dispatch named as the ground, and "các huyện miền núi"', () => {
    const read = (text: string) => extract(text, '2024-07-20').map((d) => [d.title, d.groupAssignees, d.dueDate]);
    expect(
      read(
        'Chủ tịch UBND tỉnh yêu cầu người dân và UBND các xã ven biển khẩn trương gia cố nhà cửa trước 17 giờ ngày 21/7/2024.',
      ),
    ).toEqual([['Khẩn trương gia cố nhà cửa', ['UBND các xã ven biển'], '2024-07-21']]);
    expect(read('Yêu cầu người dân các xã vùng trũng thấp chủ động di dời tài sản.')).toEqual([]);
    expect(
      read('Yêu cầu người dân không quay lại vùng sạt lở; đồng thời giao UBND huyện Mường Lát bố trí chỗ ở tạm.').map(
        (d) => d[0],
      ),
    ).toEqual(['UBND huyện Mường Lát bố trí chỗ ở tạm']);
    expect(
      read(
        'Chủ tịch UBND các huyện chịu trách nhiệm trước Chủ tịch UBND tỉnh về những vi phạm trật tự xây dựng; dự án phải hoàn thành trước ngày 31/12/2024.',
      ).map((d) => [d[0], d[2]]),
    ).toContainEqual(['Dự án phải hoàn thành', '2024-12-31']);
    for (const text of [
      'UBND tỉnh yêu cầu người dân không đánh bắt cá trên sông; đồng thời giao Công an tỉnh tăng cường tuần tra.',
      'Chủ tịch UBND tỉnh yêu cầu người dân không đánh bắt cá trong mùa lũ, đồng thời giao Công an tỉnh tăng cường tuần tra.',
    ])
      expect(extract(text, '2024-07-20').map((d) => [d.title, d.leadDepartmentId])).toEqual([
        ['Tăng cường tuần tra', idOf('CA')],
      ]);
    expect(
      read(
        'Thực hiện Công điện số 86/CĐ-TTg ngày 7/9/2024 của Thủ tướng Chính phủ, trong đó giao các địa phương chủ động sơ tán dân; UBND tỉnh giao UBND các huyện ven biển hoàn thành sơ tán dân trước 18 giờ ngày 8/9/2024.',
      ),
    ).toEqual([['Hoàn thành sơ tán dân', ['UBND các huyện ven biển'], '2024-09-08']]);
    expect(
      read(
        'Chủ tịch UBND tỉnh yêu cầu các huyện miền núi hoàn thành việc di dời dân khỏi vùng sạt lở trong các ngày 30 và 31/7/2024.',
      ),
    ).toEqual([['Hoàn thành việc di dời dân khỏi vùng sạt lở', ['các huyện miền núi'], '2024-07-31']]);
  });

  it("reads a project's date given with no unit named, and no work in a photo's caption", () => {
    expect(
      extract(
        'Dự án Bệnh viện Đa khoa phải hoàn thành các hạng mục công trình còn lại trước ngày 1/6. Dự án Cung Văn hóa thiếu nhi phải khởi công trước ngày 10/6. Dự án Khu tái định cư đã hoàn thành trước ngày 1/3.',
        '2023-04-03',
      ).map((d) => [d.title, d.leadDepartmentId, d.dueDate]),
    ).toEqual([
      ['Dự án Bệnh viện Đa khoa phải hoàn thành các hạng mục công trình còn lại', null, '2023-06-01'],
      ['Dự án Cung Văn hóa thiếu nhi phải khởi công', null, '2023-06-10'],
    ]);
    expect(
      extract('Ảnh 2: Chủ tịch UBND tỉnh có ý kiến chỉ đạo Sở Xây dựng nhanh chóng hoàn thành công tác thi công.'),
    ).toEqual([]);
  });

  it('gives the items of "Theo đó Chủ tịch UBND tỉnh chỉ đạo như sau:" to the units the letter told before was sent to', () => {
    const items = extract(
      'Ngày 28/7/2021, UBND tỉnh đã ban hành văn bản số 3025/UBND-VHXH về việc tăng cường xử lý tin giả gửi các sở, ban, ngành tỉnh và Ủy ban nhân dân các huyện, thành phố. Theo đó Chủ tịch UBND tỉnh chỉ đạo như sau:\n\nThực hiện nghiêm túc quy định về phát ngôn.\n\nTăng cường rà quét, phát hiện kịp thời tin giả.',
      '2021-07-28',
    );
    expect(items.map((d) => [d.title, d.groupAssignees])).toEqual([
      [
        'Thực hiện nghiêm túc quy định về phát ngôn',
        ['các sở, ban, ngành tỉnh', 'Ủy ban nhân dân các huyện, thành phố'],
      ],
      [
        'Tăng cường rà quét, phát hiện kịp thời tin giả',
        ['các sở, ban, ngành tỉnh', 'Ủy ban nhân dân các huyện, thành phố'],
      ],
    ]);
  });
});

describe("extractDirectives on a unit's numbered item and the items after it", () => {
  it('gives the next numbered item no unit of the item before that named one ("2. Sở Xây dựng: …", "3. Tăng cường …")', () => {
    const drafts = extract(
      '1. Sở Xây dựng: Khẩn trương thẩm định thiết kế dự án đường tỉnh 258, hoàn thành trong tháng 4/2024.\n2. Tăng cường công tác quản lý trật tự xây dựng trên địa bàn.\n3. Sở Y tế: Chủ động xây dựng phương án phòng chống dịch.\n- Tổ chức tiêm chủng đầy đủ.',
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId])).toEqual([
      ['Khẩn trương thẩm định thiết kế dự án đường tỉnh 258', idOf('SXD')],
      ['Tăng cường công tác quản lý trật tự xây dựng trên địa bàn', null],
      ['Chủ động xây dựng phương án phòng chống dịch', idOf('SYT')],
      ['Tổ chức tiêm chủng đầy đủ', idOf('SYT')],
    ]);
  });

  it('keeps the work after ";" with a unit the table lacks, not with the unit of an item before', () => {
    const drafts = extract(
      '1. Sở Xây dựng: Khẩn trương thẩm định thiết kế dự án đường tỉnh 258.\n1. UBND huyện Hiệp Hòa chỉ đạo hoàn thành giải phóng mặt bằng trước ngày 15/5/2024; chậm nhất trong tháng 6/2024 phải bàn giao mặt bằng cho nhà thầu.',
    );
    expect(drafts.slice(1).map((d) => [d.leadDepartmentId, d.dueDate])).toEqual([
      [null, '2024-05-15'],
      [null, '2024-06-30'],
    ]);
  });
});

describe('extractDirectives on localities and offices addressed, openers, and times that are no deadline', () => {
  const read = (text: string, date = '2024-03-05') =>
    extract(text, date).map((d) => [d.groupAssignees, d.leadDepartmentId, d.dueDate]);

  it('reads a locality addressed by its name before work the subject words do not list', () => {
    expect(
      read('Chủ tịch UBND tỉnh yêu cầu huyện Diễn Châu bàn giao mặt bằng sạch cho chủ đầu tư trước ngày 15/5.'),
    ).toEqual([[['huyện Diễn Châu'], null, '2024-05-15']]);
    expect(read('Đề nghị xã Phong Nậm hoàn thành việc di dời các hộ dân.')).toEqual([[['xã Phong Nậm'], null, null]]);
    expect(read('Các ngành cũng cần chuẩn bị tốt hội nghị xúc tiến đầu tư trong tháng 3/2024.')).toEqual([
      [['Các ngành'], null, '2024-03-31'],
    ]);
  });

  it("reads a district's offices, the schools and the quarters addressed", () => {
    expect(read('Chủ tịch UBND huyện yêu cầu các phòng chuyên môn tập trung thu ngân sách.')).toEqual([
      [['các phòng chuyên môn'], null, null],
    ]);
    expect(read('Sở GD&ĐT cũng yêu cầu các trường tuyệt đối thực hiện nghiêm công tác an toàn trường học.')).toEqual([
      [['các trường'], null, null],
    ]);
    expect(
      read('UBND phường yêu cầu tất cả tổ dân phố và lực lượng chức năng theo dõi sát bản tin khí tượng.'),
    ).toEqual([[['tất cả tổ dân phố'], null, null]]);
  });

  it('reads the units after an opener: "Song song đó,", "Đặc biệt", "Công văn nêu rõ,", "Liên quan đến nhiệm vụ trên,"', () => {
    expect(read('Song song đó, Sở Y tế tổ chức kiểm tra công tác phòng chống dịch bệnh.')).toEqual([
      [[], idOf('SYT'), null],
    ]);
    expect(read('Đặc biệt các xã tiếp tục đẩy nhanh tiến độ công tác giải phóng mặt bằng.')).toEqual([
      [['các xã'], null, null],
    ]);
    expect(read('Công văn nêu rõ, Sở Y tế chủ trì kiểm tra các cơ sở.')).toEqual([[[], idOf('SYT'), null]]);
    expect(read('Liên quan đến nhiệm vụ trên, Công an tỉnh chỉ đạo công an các xã tiếp nhận danh sách.')).toEqual([
      [[], idOf('CA'), null],
    ]);
    // Who answers for the work given, after such an opener, is still no work.
    expect(
      read(
        'Đặc biệt, Công văn nêu rõ, Giám đốc, Thủ trưởng các sở, ngành, đơn vị liên quan; Chủ tịch UBND các huyện, thành phố chịu trách nhiệm trước UBND tỉnh về nội dung công việc được giao.',
      ),
    ).toEqual([]);
  });

  it('reads on past a body the table lacks, listed between units', () => {
    expect(
      read(
        'Giao Sở Y tế, Cục Quản lý thị trường, Công an tỉnh, UBND các huyện, thành phố và các đơn vị liên quan tăng cường công tác kiểm tra.',
      ),
    ).toEqual([[['UBND các huyện, thành phố', 'các đơn vị liên quan', 'Cục Quản lý thị trường'], idOf('SYT'), null]]);
  });

  it('reads no assignment in goods handed over, a closing formula without "này", or a numbered document told', () => {
    expect(read('Sở Y tế chủ trì vận chuyển, giao gạo cho UBND các huyện.')).toEqual([[[], idOf('SYT'), null]]);
    expect(read('Giám đốc Sở Tài chính và Chủ tịch UBND các huyện chịu trách nhiệm thi hành quyết định.')).toEqual([]);
    expect(
      read(
        'Chủ tịch UBND tỉnh vừa ban hành công điện khẩn về việc tập trung chỉ đạo, triển khai quyết liệt các giải pháp phòng, chống bệnh Dịch tả lợn châu Phi.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh ban hành Công văn số 02/BCHPCTT-VP ngày 06/2/2024 về việc chủ động ứng phó với rét đậm, rét hại.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Chủ tịch UBND tỉnh vừa ban hành công điện về việc phòng chống dịch, yêu cầu các sở, ngành tập trung chỉ đạo.',
      ),
    ).toEqual([[['các sở, ngành'], null, null]]);
  });

  it('dates no work by the time it is stressed in or by days counted from an event, and dates a bare month opening', () => {
    expect(
      read('Sở Tài nguyên và Môi trường tăng cường bảo vệ rừng, nhất là những tháng cuối năm.', '2023-10-05'),
    ).toEqual([[[], idOf('STNMT'), null]]);
    const afterEvent = extract(
      'Ngay sau khi tiếp nhận gạo, các địa phương phải hoàn thành việc cấp phát trong thời hạn 5 ngày.',
      '2024-01-28',
    );
    expect(afterEvent.map((d) => [d.dueDate, d.deadlineText])).toEqual([[null, 'trong thời hạn 5 ngày']]);
    expect(read('Nhiệm vụ tháng 11/2024, yêu cầu các đơn vị tập trung thu ngân sách.', '2024-11-05')).toEqual([
      [['các đơn vị'], null, '2024-11-30'],
    ]);
  });
});

describe("extractDirectives on a second dated work, a board's standing office, the voters' answer and an object's date", () => {
  const read = (text: string, date = '2024-03-05') =>
    extract(text, date).map((d) => [d.groupAssignees, d.leadDepartmentId, d.dueDate]);

  it('splits the completion after ";" with its own date from work that has one', () => {
    expect(
      read(
        'Sở Xây dựng rà soát hồ sơ trước ngày 15/9/2024; hoàn thành việc lập hồ sơ thu hồi đất trước ngày 31/12/2024.',
      ),
    ).toEqual([
      [[], idOf('SXD'), '2024-09-15'],
      [[], idOf('SXD'), '2024-12-31'],
    ]);
    // Without a date of its own before it, the completion dates the same work.
    expect(read('Sở Xây dựng rà soát hồ sơ; hoàn thành trước ngày 31/12/2024.')).toEqual([
      [[], idOf('SXD'), '2024-12-31'],
    ]);
  });

  it('reads "giao Thường trực Ban …", the contractor and the offices after an opening comma, a month before the units', () => {
    const board = extract('Giao Thường trực Ban An toàn giao thông tỉnh theo dõi, đôn đốc việc thực hiện.');
    expect(board.map((d) => d.title)).toEqual([
      'Thường trực Ban An toàn giao thông tỉnh theo dõi, đôn đốc việc thực hiện',
    ]);
    expect(read('Đồng thời, nhà thầu tập trung nhân lực, thiết bị để sớm hoàn thành các khu tái định cư.')).toEqual([
      [['nhà thầu'], null, null],
    ]);
    expect(read('Thời gian tới, các phòng chuyên môn chủ động hoàn thành kế hoạch kiểm tra chuyên đề.')).toEqual([
      [['các phòng chuyên môn'], null, null],
    ]);
    expect(read('Năm qua, các phòng chuyên môn đã tập trung hoàn thành kế hoạch.')).toEqual([]);
    expect(
      read('Chủ tịch UBND huyện đề nghị trong tháng 12/2024 các phòng, ban tập trung hoàn thành kế hoạch.'),
    ).toEqual([[['các phòng, ban'], null, '2024-12-31']]);
  });

  it("reads the committee's answer after the voters' petition and a heading in capitals", () => {
    const drafts = extract(
      'Cử tri xã Tràng Đà, thành phố Tuyên Quang đề nghị:\nXem xét giải quyết thủ tục thanh lý nhà ở khu tập thể.\nTRẢ LỜI:\nTiếp thu ý kiến của cử tri, Ủy ban nhân dân tỉnh giao:\n- Sở Tài chính chủ trì, phối hợp với Sở Xây dựng hướng dẫn, kiểm tra theo quy định.',
      '2019-08-15',
    );
    expect(drafts.map((d) => [d.title, d.leadDepartmentId])).toEqual([
      ['Hướng dẫn, kiểm tra theo quy định', idOf('STC')],
    ]);
  });

  it('dates no plan by the holiday it is for, no review by the year its projects end, no work by the meetings it follows', () => {
    expect(
      read(
        'Giao Sở Xây dựng xây dựng kế hoạch bảo đảm trật tự, an toàn giao thông trong dịp Tết Dương lịch, Tết Nguyên đán Giáp Thìn.',
        '2023-12-10',
      ),
    ).toEqual([[[], idOf('SXD'), null]]);
    expect(
      read('Công an tỉnh bảo đảm an toàn giao thông trong dịp Tết Dương lịch, Tết Nguyên đán Giáp Thìn.', '2023-12-10'),
    ).toEqual([[[], idOf('CA'), '2024-02-24']]);
    expect(read('Sở Xây dựng rà soát các dự án dự kiến hoàn thành trong năm 2024 để tháo gỡ khó khăn.')).toEqual([
      [[], idOf('SXD'), null],
    ]);
    const followed = extract(
      'Yêu cầu các sở, ngành thực hiện nghiêm chỉ đạo của UBND tỉnh tại các kết luận hằng tháng, quý.',
    );
    expect(followed.map((d) => [d.kind, d.recurrence])).toEqual([['standing', null]]);
  });
});

describe('extractDirectives on the limits of the rules for openers, stressed times, events and numbered units', () => {
  const read = (text: string, date = '2024-09-20') =>
    extract(text, date).map((d) => [d.groupAssignees, d.leadDepartmentId, d.dueDate]);

  it('keeps the assignment after a document told with its subject', () => {
    expect(
      read(
        'UBND tỉnh vừa ban hành văn bản về việc triển khai Nghị định 100/2024/NĐ-CP, Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng hướng dẫn các địa phương thực hiện.',
      ),
    ).toEqual([[[], idOf('SXD'), null]]);
    expect(
      read('UBND tỉnh vừa ban hành văn bản về việc giao Sở Tài chính chủ trì thẩm định giá đất cụ thể các dự án.'),
    ).toEqual([[[], idOf('STC'), null]]);
  });

  it('keeps a date stressed with the work it is due by, and one counted from this document or the meeting', () => {
    expect(
      read(
        'UBND các huyện đẩy nhanh tiến độ giải ngân, nhất là trước ngày 31/12/2024 phải giải ngân 100% kế hoạch vốn.',
      ),
    ).toEqual([[['UBND các huyện'], null, '2024-12-31']]);
    expect(
      read('Sau khi có kết quả thẩm định, Sở Xây dựng trình UBND tỉnh phê duyệt chậm nhất ngày 15 tháng 10 năm 2024.'),
    ).toEqual([[[], idOf('SXD'), '2024-10-15']]);
    expect(
      read('Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh giao Sở Tài chính tham mưu phương án trong thời hạn 7 ngày.'),
    ).toEqual([[[], idOf('STC'), '2024-09-27']]);
    expect(read('Sau khi hoàn thành thủ tục đầu tư, chủ đầu tư phải khởi công dự án không quá 12 tháng.')).toEqual([
      [['chủ đầu tư'], null, null],
    ]);
  });

  it('keeps the work after who answers for the work given', () => {
    expect(
      read(
        'Sở Xây dựng chịu trách nhiệm trước UBND tỉnh về nội dung công việc được giao, bảo đảm hoàn thành trước ngày 31/10/2024.',
      ),
    ).toEqual([[[], idOf('SXD'), '2024-10-31']]);
  });

  it("keeps a unit's heading over its own items numbered as it is, and ends it at the next matter's heading", () => {
    const nested = extract(
      'Phó Chủ tịch UBND tỉnh kết luận:\n1. Sở Xây dựng:\n1. Chủ trì rà soát hồ sơ quy hoạch.\n2. Hướng dẫn chủ đầu tư hoàn thiện hồ sơ.\n2. Sở Tài chính:\n1. Thẩm định giá đất cụ thể của dự án.',
    );
    expect(nested.map((d) => d.leadDepartmentId)).toEqual([idOf('SXD'), idOf('SXD'), idOf('STC')]);
    const matters = extract(
      'Chủ tịch UBND tỉnh kết luận:\n1. Về công tác phòng, chống thiên tai\nSở Xây dựng:\n- Rà soát các công trình xung yếu.\n2. Về công tác y tế\n- Tăng cường kiểm soát dịch cúm gia cầm.\n3. Các nội dung khác thực hiện theo Thông báo số 88/TB-UBND.\n4. Dự án hiện chậm tiến độ khoảng 6 tháng.',
    );
    expect(matters.map((d) => [d.title, d.leadDepartmentId])).toEqual([
      ['Rà soát các công trình xung yếu', idOf('SXD')],
      ['Tăng cường kiểm soát dịch cúm gia cầm', null],
    ]);
  });

  it('reads a site handed over as the work, and both localities addressed', () => {
    expect(
      read('Chủ tịch UBND tỉnh yêu cầu Ban Quản lý dự án giao mặt bằng cho nhà thầu, chậm nhất trong tháng 10/2024.'),
    ).toEqual([[[], null, '2024-10-31']]);
    expect(
      read('Chủ tịch UBND tỉnh yêu cầu huyện Mỹ Xuyên, huyện Trần Đề đẩy nhanh tiến độ giải phóng mặt bằng.'),
    ).toEqual([[['huyện Mỹ Xuyên', 'huyện Trần Đề'], null, null]]);
  });
});

describe('extractDirectives on heads addressed, communes and localities asked, a visit told and work named by its verb', () => {
  const read = (text: string, date = '2024-09-20') =>
    extract(text, date).map((d) => [d.groupAssignees, d.leadDepartmentId, d.dueDate]);

  it('reads "người đứng đầu …" opening a sentence or addressed as the heads of the units named', () => {
    expect(read('Người đứng đầu đơn vị, địa phương phải thực hiện nghiêm việc tiếp nhận, trả lời phản ánh.')).toEqual([
      [['đơn vị, địa phương'], null, null],
    ]);
    expect(
      read('Chủ tịch UBND tỉnh yêu cầu người đứng đầu Sở Tài chính rà soát, báo cáo trước ngày 30/12/2024.'),
    ).toEqual([[[], idOf('STC'), '2024-12-30']]);
    expect(
      read(
        'Chủ tịch UBND tỉnh yêu cầu Chánh Thanh tra tỉnh; người đứng đầu các sở, ban, ngành thuộc tỉnh; Chủ tịch UBND các huyện, thành phố tổ chức thông báo kế hoạch thanh tra.',
      ),
    ).toEqual([[['các sở, ban, ngành thuộc tỉnh', 'UBND các huyện, thành phố'], idOf('TTT'), null]]);
  });

  it('reads the communes\' government and a locality asked without "các", and the work after "trước mắt"', () => {
    expect(read('Đồng chí yêu cầu chính quyền các xã, phường khẩn trương hỗ trợ người dân sửa chữa nhà cửa.')).toEqual([
      [['chính quyền các xã, phường'], null, null],
    ]);
    expect(read('Chủ tịch UBND tỉnh yêu cầu địa phương tập trung cao độ, hoàn thành nhà ở trước ngày 15/10.')).toEqual([
      [['địa phương'], null, '2024-10-15'],
    ]);
    expect(read('Phó Chủ tịch UBND tỉnh yêu cầu huyện Vân Đồn trước mắt cần di dời khẩn cấp các hộ dân.')).toEqual([
      [['huyện Vân Đồn'], null, null],
    ]);
  });

  it('reads the work after "Đồng thời," by its verbs, and "(tổng) thể hiện trạng" as no showing', () => {
    expect(
      read(
        'Trước 18 giờ ngày 24/9, các xã, phường phải hoàn tất việc sơ tán người dân. Đồng thời, chằng chống nhà cửa, cắt tỉa cây xanh.',
      ),
    ).toEqual([
      [['các xã, phường'], null, '2024-09-24'],
      [['các xã, phường'], null, null],
    ]);
    expect(read('UBND các huyện, thành phố tổ chức kiểm tra, rà soát tổng thể hiện trạng các mỏ khoáng sản.')).toEqual([
      [['UBND các huyện, thành phố'], null, null],
    ]);
  });

  it("reads no work in a visit told or in what a unit is doing, and the province's request after a preface", () => {
    expect(
      read(
        'Sáng nay, đồng chí Phó Chủ tịch UBND tỉnh cùng các ngành đã đi kiểm tra, chỉ đạo khắc phục sạt lở tại xã Vạn Yên.',
      ),
    ).toEqual([]);
    expect(
      read('Chủ tịch UBND tỉnh đã trực tiếp kiểm tra hiện trường và yêu cầu Sở Xây dựng khẩn trương khắc phục.'),
    ).toEqual([[[], idOf('SXD'), null]]);
    expect(
      read(
        'Ban quản lý các khu công nghiệp đang đẩy nhanh tiến độ hoàn tất các thủ tục. Đồng thời, phối hợp với các địa phương đẩy nhanh bồi thường giải phóng mặt bằng.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Thực hiện Công văn số 2837/VPCP-QHĐP của Văn phòng Chính phủ thông báo ý kiến chỉ đạo của Thủ tướng Chính phủ, UBND tỉnh yêu cầu Chủ tịch UBND các huyện, thành phố thực hiện nghiêm các quy định về tiếp công dân.',
      ),
    ).toEqual([[['UBND các huyện, thành phố'], null, null]]);
  });

  it('dates work by a purpose that is the dated start itself', () => {
    expect(
      read(
        'Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng khẩn trương hoàn thành các thủ tục đầu tư dự án cầu để khởi công trong tháng 11/2024.',
      ),
    ).toEqual([[[], idOf('SXD'), '2024-11-30']]);
  });
});

describe('extractDirectives on "Việc …, … phải hoàn thành trước …" after the work it dates', () => {
  it('dates the work before by its completion told with commas in the words', () => {
    const drafts = extract(
      'Giao Sở Nội vụ phê duyệt danh sách người phải kê khai. Việc kê khai bản khai tài sản, thu nhập năm 2024 phải hoàn thành trước ngày 31-12-2024.',
      '2024-11-10',
    );
    expect(drafts.map((d) => [d.leadDepartmentId, d.dueDate])).toEqual([[idOf('SNV'), '2024-12-31']]);
  });
});

describe('extractDirectives on the limits of a visit told, an account, a letter passed on and what work is', () => {
  const read = (text: string, date = '2024-05-20') =>
    extract(text, date).map((d) => [d.groupAssignees, d.leadDepartmentId, d.dueDate]);

  it('reads what was appraised, joined or inspected before as the object of work, and a unit directed on a visit', () => {
    expect(
      read('Sở Tài chính tổng hợp danh mục các dự án đã thẩm định, trình UBND tỉnh phê duyệt trước ngày 30/6/2024.'),
    ).toEqual([[[], idOf('STC'), '2024-06-30']]);
    expect(
      read(
        'Đối với các cơ sở đã kiểm tra, phát hiện vi phạm, UBND các huyện xử lý nghiêm, báo cáo trước ngày 30/6/2024.',
      ),
    ).toEqual([[['UBND các huyện'], null, '2024-06-30']]);
    const visited = extract(
      'Chủ tịch UBND tỉnh đã đi kiểm tra thực tế tại công trường và chỉ đạo Ban Quản lý dự án đẩy nhanh tiến độ, hoàn thành trong quý III/2024.',
      '2024-05-20',
    );
    expect(visited.map((d) => d.dueDate)).toEqual(['2024-09-30']);
  });

  it('goes on with an account of work with others only after "Đồng thời,", never over a dated direction', () => {
    expect(
      read(
        'Sở Y tế đã phối hợp với các địa phương kiểm tra 200 cơ sở. Tăng cường kiểm tra, kiểm soát thị trường dịp cuối năm.',
      ),
    ).toEqual([[[], null, null]]);
    expect(
      read(
        'Sở Y tế đã phối hợp với các địa phương kiểm tra 200 cơ sở. Đồng thời, phối hợp với các huyện tiêu hủy lợn bệnh.',
      ),
    ).toEqual([]);
    expect(
      read(
        'UBND huyện đang đẩy nhanh tiến độ giải phóng mặt bằng. Bảo đảm bàn giao mặt bằng sạch cho nhà thầu trước ngày 31/12/2024.',
      ),
    ).toEqual([[[], null, '2024-12-31']]);
  });

  it("reads no work in the office passing on the chair's words, in what work is, in a sanction or in what a head admits", () => {
    expect(
      read(
        'Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh, Văn phòng UBND tỉnh thông báo ý kiến của Chủ tịch UBND tỉnh đến các sở, ngành biết, thực hiện.',
      ),
    ).toEqual([]);
    expect(read('Di dân tái định cư là nhiệm vụ chính trị quan trọng của huyện trong giai đoạn 2021-2025.')).toEqual(
      [],
    );
    expect(read('Di dời hơn 3.000 người dân ra khỏi vùng nguy hiểm trong đêm 7/9.')).toEqual([]);
    expect(
      read(
        'Thủ trưởng các sở, ngành thực hiện nghiêm chế độ báo cáo; người đứng đầu các đơn vị chậm báo cáo sẽ bị phê bình.',
      ),
    ).toEqual([[['các sở, ngành'], null, null]]);
    expect(
      read('Người đứng đầu Sở Y tế thừa nhận còn tình trạng thiếu thuốc tại một số bệnh viện tuyến huyện.'),
    ).toEqual([]);
  });

  it("reads the communes' government with where they are, not the new ones told", () => {
    expect(
      read('Yêu cầu chính quyền các xã, phường ven biển kêu gọi, hướng dẫn tàu thuyền vào nơi tránh trú an toàn.'),
    ).toEqual([[['chính quyền các xã, phường ven biển'], null, null]]);
    expect(read('Chính quyền các xã, phường mới sau sắp xếp đã đi vào hoạt động ổn định, thông suốt.')).toEqual([]);
  });
});

describe('extractDirectives on examples after "như:", the date of the things meant, "có rừng" and "Đối với Sở X <work>"', () => {
  const read = (text: string, date = '2024-07-10') =>
    extract(text, date).map((d) => [d.title, d.groupAssignees, d.leadDepartmentId, d.dueDate]);

  it('reads the examples after "như:" as no list, and the work and date after them', () => {
    expect(
      read(
        'Giao Sở Công Thương kiểm tra, xử lý các vi phạm như: hàng giả, hàng nhái, báo cáo UBND tỉnh trước ngày 30/7/2024.',
      ),
    ).toEqual([
      ['Kiểm tra, xử lý các vi phạm như: hàng giả, hàng nhái, báo cáo UBND tỉnh', [], idOf('SCT'), '2024-07-30'],
    ]);
  });

  it('dates no work by when the violations it deals with arose', () => {
    expect(
      read(
        'Chủ tịch UBND tỉnh chỉ đạo UBND các xã, phường tập trung xử lý dứt điểm 220 vụ vi phạm phát sinh trong năm 2024 còn tồn tại trước ngày 30/10/2024.',
      ).map((d) => d[3]),
    ).toEqual(['2024-10-30']);
  });

  it('reads "có rừng" with the communes, and the unit named after "Đối với" without its comma', () => {
    expect(read('Đề nghị Chủ tịch UBND các xã, phường có rừng tổ chức quán triệt các văn bản chỉ đạo.')).toEqual([
      ['Tổ chức quán triệt các văn bản chỉ đạo', ['UBND các xã, phường có rừng'], null, null],
    ]);
    expect(
      read(
        'Đối với Sở Tài nguyên và Môi trường chỉ đạo Văn phòng Đăng ký đất đai kiểm tra, rà soát hồ sơ cấp giấy chứng nhận.',
      ).map((d) => d[2]),
    ).toEqual([idOf('STNMT')]);
  });
});

describe('extractDirectives on a letter closing, the functional units, traders and schools addressed, and seasons', () => {
  const read = (text: string, date = '2024-11-10') =>
    extract(text, date).map((d) => [d.groupAssignees, d.leadDepartmentId, d.dueDate, d.kind]);

  it("reads no work in a letter's closing request", () => {
    expect(read('Sở Y tế kiểm tra các cơ sở kinh doanh thực phẩm.\nĐề nghị đơn vị quan tâm thực hiện./.')).toEqual([
      [[], idOf('SYT'), null, 'deadline'],
    ]);
  });

  it('reads "các đơn vị chức năng" whole, the school and the traders addressed', () => {
    expect(read('Theo đó, các đơn vị chức năng cần xem xét phương án phân luồng từ sớm.')).toEqual([
      [['các đơn vị chức năng'], null, null, 'deadline'],
    ]);
    expect(read('Chủ tịch UBND tỉnh yêu cầu nhà trường khẩn trương sửa chữa phòng học.')).toEqual([
      [['nhà trường'], null, null, 'deadline'],
    ]);
    expect(read('UBND tỉnh yêu cầu các thương nhân đầu mối bảo đảm nguồn cung xăng dầu.')).toEqual([
      [['các thương nhân đầu mối'], null, null, 'standing'],
    ]);
  });

  it('dates no rule by the peak season it holds in, and reads no recurrence in a plan made every year', () => {
    expect(read('Sở Công Thương nghiêm cấm tự ý tăng giá trong dịp cao điểm cuối năm.')).toEqual([
      [[], idOf('SCT'), null, 'standing'],
    ]);
    expect(
      read(
        'Giao Sở Xây dựng tham mưu văn bản đề nghị Bộ bổ sung kinh phí vào kế hoạch nạo vét duy tu hàng năm của Bộ.',
      ),
    ).toEqual([[[], idOf('SXD'), null, 'deadline']]);
  });
});

describe('extractDirectives on the limits of a preface, a sanction, counts, new communes and a season', () => {
  const read = (text: string, date = '2024-08-10') =>
    extract(text, date).map((d) => [d.groupAssignees, d.leadDepartmentId, d.dueDate]);

  it("keeps the work after a preface that tells another body's words, and reads no work in the office passing them on", () => {
    expect(
      read(
        'Thực hiện Văn bản số 5678/BXD-KTXD ngày 5/8/2024 của Bộ Xây dựng thông báo ý kiến về giá vật liệu, UBND tỉnh giao Sở Xây dựng công bố giá vật liệu xây dựng trước ngày 31/8/2024.',
      ),
    ).toEqual([[[], idOf('SXD'), '2024-08-31']]);
    expect(
      read('Sở Xây dựng thông báo ý kiến chỉ đạo của Chủ tịch UBND tỉnh đến các địa phương biết, thực hiện.'),
    ).toEqual([]);
  });

  it('keeps work whose failure has a sanction after it, and a dated or listed count', () => {
    expect(
      read(
        'Yêu cầu Thủ trưởng các sở, ngành giải ngân 100% kế hoạch vốn trước ngày 31/12/2024, đơn vị nào chậm trễ sẽ bị xem xét trách nhiệm.',
      ),
    ).toEqual([[['các sở, ngành'], null, '2024-12-31']]);
    expect(read('Sơ tán hơn 5.000 hộ dân ở vùng trũng thấp đến nơi an toàn trước 18 giờ ngày 12/8/2024.')).toEqual([
      [[], null, '2024-08-12'],
    ]);
    expect(
      read('Xác định giải ngân là nhiệm vụ trọng tâm, phấn đấu giải ngân 100% kế hoạch vốn trước ngày 31/12/2024.'),
    ).toEqual([[[], null, '2024-12-31']]);
    expect(read('Phối hợp với các sở, ngành tổ chức 8 đợt kiểm tra, đã khảo sát 36 công trình thủy lợi.')).toEqual([]);
  });

  it('reads the new communes as the units, and "từ nay đến tháng …" naming a season as no date', () => {
    expect(
      read(
        'Chính quyền các xã, phường mới thành lập tập trung bàn giao hồ sơ, tài liệu, hoàn thành trước ngày 15/9/2024.',
      ),
    ).toEqual([[['Chính quyền các xã, phường mới thành lập'], null, '2024-09-15']]);
    expect(
      read('Từ nay đến tháng 10/2024 là thời kỳ cao điểm mưa bão, yêu cầu các địa phương chủ động phương án ứng phó.'),
    ).toEqual([[['các địa phương'], null, null]]);
  });
});

describe('extractDirectives on a group that leads and its partners after ";"', () => {
  it('keeps the group leading the work after "; phối hợp với …", the partner cooperating', () => {
    const drafts = extract(
      'UBND các huyện thống kê số lượng lồng bè nuôi trồng thủy sản; phối hợp với Công an tỉnh tổ chức sơ tán dân trước 12 giờ ngày 6/9/2024.',
      '2024-09-05',
    );
    expect(drafts.map((d) => [d.groupAssignees, d.leadDepartmentId, d.supportDepartmentIds, d.dueDate])).toEqual([
      [['UBND các huyện'], null, [], null],
      [['UBND các huyện'], null, [idOf('CA')], '2024-09-06'],
    ]);
  });
});

describe('extractDirectives on what an earlier document gave, told after "Trước đó"', () => {
  it('reads no work in "Trước đó, theo Quyết định số …, UBND tỉnh giao …"', () => {
    expect(
      extract(
        'Trước đó, theo Quyết định số 18/2018/QĐ-UBND ngày 15/6/2018 của UBND tỉnh, UBND tỉnh giao Sở Y tế quản lý các bệnh viện tuyến tỉnh.',
      ),
    ).toEqual([]);
    expect(
      extract('Trước đó, UBND tỉnh giao Sở Y tế quản lý các bệnh viện tuyến tỉnh.').map((d) => d.leadDepartmentId),
    ).toEqual([idOf('SYT')]);
  });
});

describe("extractDirectives on the reporters' own paragraph, an item's 'là', a session's name and a forecast", () => {
  it('dates the work by the paragraph that sends the report of the units named', () => {
    const drafts = extract(
      'Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện, thành phố tổng hợp báo cáo kết quả thực hiện gửi UBND tỉnh.\nBáo cáo hoàn thành của các cơ quan, đơn vị gửi bằng văn bản về Ủy ban nhân dân tỉnh trước ngày 05/6/2024.',
      '2024-05-20',
    );
    expect(drafts.map((d) => [d.groupAssignees, d.dueDate])).toEqual([
      [['các sở, ban, ngành', 'UBND các huyện, thành phố'], '2024-06-05'],
    ]);
  });

  it('reads "Thứ ba, là …" as an item, no date from a session\'s name and no work in a forecast\'s warning', () => {
    expect(
      extract(
        'Thứ nhất, tập trung lãnh đạo công tác chuyển đổi số.\nThứ ba, là triển khai Nghị quyết chuyên đề của Đảng bộ xã.',
      ).map((d) => d.title),
    ).toEqual(['Tập trung lãnh đạo công tác chuyển đổi số', 'Triển khai Nghị quyết chuyên đề của Đảng bộ xã']);
    expect(
      extract(
        'Các phòng chuyên môn tập trung chuẩn bị Kỳ họp thứ 5 (kỳ họp thường lệ cuối năm 2024) HĐND phường.',
        '2024-11-05',
      ).map((d) => d.dueDate),
    ).toEqual([null]);
    expect(extract('Cảnh báo các tỉnh Lai Châu, Sơn La, Hòa Bình có khả năng xảy ra lũ quét, sạt lở đất.')).toEqual([]);
  });
});

describe('extractDirectives on a direction in writing, "trước mắt", more verbs of work, "Tiếp đến," and a visit\'s place', () => {
  const read = (text: string, date = '2024-04-01') =>
    extract(text, date).map((d) => [d.groupAssignees, d.leadDepartmentId, d.dueDate]);

  it('reads the units after "chỉ đạo bằng văn bản yêu cầu" and after "yêu cầu trước mắt"', () => {
    expect(
      read(
        'Chủ tịch UBND tỉnh có ý kiến chỉ đạo bằng văn bản yêu cầu Sở Y tế tiếp tục tăng cường công tác phòng chống dịch.',
      ),
    ).toEqual([[[], idOf('SYT'), null]]);
    expect(
      read('Ông Nguyễn Thanh Nguyên yêu cầu trước mắt địa phương tiếp tục vận động người dân bàn giao mặt bằng.'),
    ).toEqual([[['địa phương'], null, null]]);
  });

  it('reads the work of an unbulleted first item, a sign put up and a sentence opened by "Tiếp đến,"', () => {
    expect(
      read(
        'UBND tỉnh yêu cầu các sở, ngành, địa phương:\nTiếp tục kéo dài thời gian thực hiện các biện pháp.\nCắm biển cảnh báo, khoanh vùng khu vực sạt lở.',
      ),
    ).toEqual([
      [['các sở, ngành, địa phương'], null, null],
      [['các sở, ngành, địa phương'], null, null],
    ]);
    expect(read('Tiếp đến, Văn phòng UBND tỉnh chủ trì chuẩn bị hồ sơ tài liệu trong tháng 4/2024.')).toEqual([
      [[], idOf('VP-UBND'), '2024-04-30'],
    ]);
  });

  it('reads no work in where a leader inspected and what the leader found', () => {
    expect(
      read(
        'Kiểm tra tại khu vực Bình Yên B thuộc phường Long Hòa, Phó Chủ tịch UBND thành phố xác định đây là khu vực sạt lở nguy hiểm.',
      ),
    ).toEqual([]);
  });
});

describe('extractDirectives on the limits of an earlier document, a report paragraph, a warning, a visit and new verbs', () => {
  const read = (text: string, date = '2024-08-19') =>
    extract(text, date).map((d) => [d.groupAssignees, d.leadDepartmentId, d.dueDate]);

  it('keeps the assignment of now after what an earlier document gave', () => {
    expect(
      read(
        'Trước đó, theo Quyết định số 25/2024/QĐ-UBND, UBND tỉnh giao UBND các huyện quản lý đường giao thông nông thôn; nay Chủ tịch UBND tỉnh giao Sở Xây dựng hướng dẫn các huyện lập kế hoạch trước ngày 15/10/2024.',
      ).filter((d) => d[1] !== null),
    ).toEqual([[[], idOf('SXD'), '2024-10-15']]);
  });

  it("dates no work by another unit's report, and reads no work in what a report found", () => {
    expect(
      read(
        'UBND tỉnh giao Sở Xây dựng rà soát danh mục dự án trọng điểm.\nBáo cáo của Sở Tài chính gửi UBND tỉnh cho thấy, đến hết tháng 9/2024, tỷ lệ giải ngân đạt 52%.',
      ),
    ).toEqual([[[], idOf('SXD'), null]]);
    expect(
      read(
        'UBND huyện yêu cầu UBND các xã tổ chức tổng kết công tác năm 2024.\nBáo cáo hoàn thành của các xã gửi về UBND huyện trước ngày 10/12/2024.',
      ),
    ).toEqual([[['UBND các xã'], null, '2024-12-10']]);
  });

  it('keeps a warning that is work, the request after a visit, and a step after "Tiếp theo,"', () => {
    expect(
      read(
        'UBND tỉnh yêu cầu UBND các huyện:\n- Cảnh báo kịp thời cho người dân tại các khu vực có khả năng xảy ra lũ quét.\n- Tổ chức sơ tán dân.',
      ),
    ).toEqual([
      [['UBND các huyện'], null, null],
      [['UBND các huyện'], null, null],
    ]);
    expect(
      read(
        'Kiểm tra thực tế tại Khu tái định cư Nam Hòa, ông Nguyễn Văn Phương yêu cầu đẩy nhanh tiến độ, bàn giao mặt bằng trước ngày 30/9/2024.',
      ),
    ).toEqual([[[], null, '2024-09-30']]);
    expect(read('Tiếp theo, Sở Tài chính thẩm định phương án giá, trình UBND tỉnh trước ngày 20/9/2024.')).toEqual([
      [[], idOf('STC'), '2024-09-20'],
    ]);
    expect(read('Tiếp theo, Giám đốc Sở Tài chính báo cáo tình hình thu chi ngân sách.')).toEqual([]);
  });

  it('reads no work in a barrier or a delay told, and no duty in a delay a clerk is blamed for', () => {
    expect(read('Rào chắn tạm thời tại khu vực sạt lở đã bị nước cuốn trôi.')).toEqual([]);
    expect(
      read(
        'Kiên quyết xử lý cán bộ có hành vi nhũng nhiễu, gây phiền hà; kéo dài thời gian giải quyết thủ tục hành chính của người dân.',
      ),
    ).toHaveLength(1);
  });
});

describe("extractDirectives on the limits of a report's paragraph, assigners' words, earlier documents and sign verbs", () => {
  const read = (text: string, date = '2024-06-05') =>
    extract(text, date).map((d) => [d.groupAssignees, d.leadDepartmentId, d.dueDate]);

  it('dates the work by the report of the units given it, its contents asked included', () => {
    expect(
      read(
        'UBND tỉnh giao Sở Y tế chủ trì kiểm tra an toàn thực phẩm.\nBáo cáo của Sở Y tế gửi UBND tỉnh trước ngày 15/7/2024.',
      ),
    ).toEqual([[[], idOf('SYT'), '2024-07-15']]);
    expect(
      read(
        'UBND tỉnh yêu cầu các huyện đẩy nhanh giải phóng mặt bằng.\nBáo cáo của UBND các huyện gửi Sở Xây dựng trước ngày 20/6/2024.',
      ),
    ).toEqual([[['các huyện'], null, '2024-06-20']]);
    expect(
      read(
        'UBND tỉnh giao Sở Y tế kiểm tra các cơ sở hành nghề y tư nhân.\nBáo cáo của Sở Y tế phải nêu rõ kết quả kiểm tra, gửi UBND tỉnh trước ngày 30/6/2024.',
      ),
    ).toEqual([[[], idOf('SYT'), '2024-06-30']]);
  });

  it('reads no assigner in "giao thông" or "bàn giao", and keeps what an earlier document gave before ";" as told', () => {
    expect(
      read('Kiểm tra tại nút giao thông Ngã Ba Huế, ông Lê Trung Chinh đánh giá cao tiến độ thi công của nhà thầu.'),
    ).toEqual([]);
    expect(
      read(
        'Trước đó, theo Quyết định số 15/QĐ-UBND, UBND tỉnh giao Sở Xây dựng quản lý 3 tuyến đường tỉnh; UBND các huyện quản lý tuyến còn lại.',
      ),
    ).toEqual([]);
  });

  it('reads signs put up, markers set and zones ringed as work, not when they are told', () => {
    expect(read('Rào chắn, cắm biển cảnh báo tại các điểm sạt lở trên Quốc lộ 6 trước ngày 15/9/2024.')).toEqual([
      [[], null, '2024-09-15'],
    ]);
    expect(read('Cắm biển cấm tắm tại các điểm sông sâu, nguy hiểm.')).toHaveLength(1);
    expect(read('Cắm mốc ranh giới đất rừng phòng hộ trước ngày 31/12/2024.')).toEqual([[[], null, '2024-12-31']]);
    expect(read('Khoanh vùng diện tích lúa bị nhiễm rầy nâu để phun thuốc phòng trừ.')).toHaveLength(1);
    expect(read('Cắm mốc giới hành lang bảo vệ lưới điện tiến độ còn chậm.')).toEqual([]);
    expect(read('Kéo dài thời hạn nộp hồ sơ xét tuyển đến ngày 30/8/2024.')).toHaveLength(1);
  });
});

describe('extractDirectives on "các đơn vị chủ đầu tư"', () => {
  it('reads the investors named as units as one group', () => {
    expect(
      extract('Các đơn vị chủ đầu tư đôn đốc nhà thầu huy động tối đa nguồn lực.').map((d) => d.groupAssignees),
    ).toEqual([['Các đơn vị chủ đầu tư']]);
  });
});

describe('extractDirectives on the kind of undated work and the words "cùng", "cũng" before it', () => {
  const kinds = (text: string) => extract(text, '2024-05-10').map((d) => [d.title, d.kind, d.dueDate]);

  it('drafts undated ongoing work as standing and undated work done once as a deadline still to set', () => {
    expect(
      kinds(
        'Giao Công an tỉnh tăng cường tuần tra, kiểm soát. Giao Sở Y tế xây dựng kế hoạch tiêm chủng. ' +
          'UBND các huyện khẩn trương sửa chữa trường học. Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí.',
      ),
    ).toEqual([
      ['Tăng cường tuần tra, kiểm soát', 'standing', null],
      ['Xây dựng kế hoạch tiêm chủng', 'deadline', null],
      ['Khẩn trương sửa chữa trường học', 'deadline', null],
      ['Tham mưu UBND tỉnh bố trí kinh phí', 'deadline', null],
    ]);
    // A deadline found decides the kind, whatever the verb.
    expect(kinds('Giao Công an tỉnh tăng cường tuần tra trước ngày 30/5/2024.')).toEqual([
      ['Tăng cường tuần tra', 'deadline', '2024-05-30'],
    ]);
    // Any other undated work keeps a deadline to set, so that nothing done once is left untracked: a case, a survey;
    // ongoing words before work done once do not make it standing.
    expect(
      kinds(
        'Giao Sở Tài nguyên và Môi trường kiểm tra, xử lý vụ việc lấn chiếm đất công tại xã Hòa Phú. Sở Y tế chủ động xây dựng phương án ứng phó. Sở Tư pháp thực hiện nghiêm quy định về kiểm soát thủ tục hành chính.',
      ).map((d) => d[1]),
    ).toEqual(['deadline', 'deadline', 'standing']);
  });

  it('reads "củng cố" and "cung cấp" as the work, "cùng" and "cũng" as the words joining units to it', () => {
    expect(kinds('Yêu cầu UBND các huyện củng cố lực lượng xung kích.')[0][0]).toBe('Củng cố lực lượng xung kích');
    expect(kinds('Giao Sở Y tế cung cấp số liệu.')[0][0]).toBe('Cung cấp số liệu');
    expect(extract('Yêu cầu UBND các huyện cùng Sở Y tế kiểm tra.')[0].leadDepartmentId).toBe(idOf('SYT'));
    // "cùng cấp" (of the same level) is no "cùng" joining units.
    expect(
      kinds('UBND các huyện phối hợp với Sở Y tế cùng cấp vận động nhân dân tham gia hiến đất làm đường.')[0][0],
    ).toBe('Cùng cấp vận động nhân dân tham gia hiến đất làm đường');
    // "Sở X cũng báo cáo …" tells what else a unit reported: no work.
    expect(extract('Sở Xây dựng cũng báo cáo tiến độ thực hiện quy hoạch chung đô thị.')).toEqual([]);
  });
});

describe('extractDirectives on quoted titles, exemptions, owners addressed, headlines of meetings and frames of a month', () => {
  const read = (text: string, date = '2024-10-31') =>
    extract(text, date).map((d) => [d.title, d.leadDepartmentId ?? d.groupAssignees, d.dueDate]);

  it('reads a colon inside straight quotes as part of the quoted title, not a list', () => {
    expect(
      read(
        'UBND tỉnh chỉ đạo Sở Tài chính khẩn trương kiểm tra thông tin phản ánh tại bài viết "Gia Lai: Hàng chục trạm cân hoạt động không phép", báo cáo UBND tỉnh trước ngày 12.2.',
        '2026-01-24',
      ),
    ).toEqual([
      [
        'Khẩn trương kiểm tra thông tin phản ánh tại bài viết "Gia Lai: Hàng chục trạm cân hoạt động không phép", báo cáo UBND tỉnh',
        idOf('STC'),
        '2026-02-12',
      ],
    ]);
  });

  it('reads an exemption ("không phải thực hiện …") as no work, and the owners of mines, boats and dams as assignees', () => {
    expect(read('Các chủ mỏ không phải thực hiện cải tạo môi trường đối với diện tích đã được cải tạo.')).toEqual([]);
    // No waiting, then the work: work.
    expect(
      read('UBND các huyện không phải chờ hướng dẫn của tỉnh, chủ động bố trí kinh phí khắc phục hậu quả.'),
    ).toEqual([
      ['Không phải chờ hướng dẫn của tỉnh, chủ động bố trí kinh phí khắc phục hậu quả', ['UBND các huyện'], null],
    ]);
    expect(
      read(
        'UBND các huyện không cần thiết phải tổ chức hội nghị riêng, lồng ghép nội dung vào hội nghị giao ban tháng 8.',
      ),
    ).toHaveLength(1);
    expect(read('Yêu cầu các chủ mỏ đá trên địa bàn huyện Thanh Liêm dừng nổ mìn trong giờ cao điểm.')).toEqual([
      ['Dừng nổ mìn trong giờ cao điểm', ['các chủ mỏ đá trên địa bàn huyện Thanh Liêm'], null],
    ]);
    expect(read('Yêu cầu các chủ mỏ khẩn trương lập hồ sơ đóng cửa mỏ.')).toEqual([
      ['Khẩn trương lập hồ sơ đóng cửa mỏ', ['các chủ mỏ'], null],
    ]);
    expect(read('Các chủ tàu thuyền đưa tàu vào nơi tránh trú an toàn.')[0][1]).toEqual(['Các chủ tàu thuyền']);
    expect(read('Các chủ hồ đập, thủy lợi, thủy điện tiếp tục thực hiện ý kiến chỉ đạo của UBND tỉnh.')).toEqual([
      ['Tiếp tục thực hiện ý kiến chỉ đạo của UBND tỉnh', ['Các chủ hồ đập, thủy lợi, thủy điện'], null],
    ]);
  });

  it('reads a headline of the meeting a district held, and an account of what it led, as no work', () => {
    expect(read('UBND huyện Đô Lương tổ chức hội nghị thường kỳ tháng 4 và triển khai nhiệm vụ tháng 5')).toEqual([]);
    // Dated, it is work; and a meeting with the people or a dialogue is work given.
    expect(read('UBND huyện Đô Lương tổ chức hội nghị tổng kết trước ngày 20/12.').map((d) => d[2])).toEqual([
      '2024-12-20',
    ]);
    expect(
      read('Chủ tịch UBND tỉnh kết luận:\n1. UBND huyện Đắk Hà tổ chức họp các hộ dân để vận động bàn giao mặt bằng.'),
    ).toHaveLength(1);
    expect(
      read(
        'Trong tháng 10, UBND huyện đã lãnh đạo, chỉ đạo thực hiện tốt các nhiệm vụ chuyên môn. Chủ động phối hợp với các sở, ngành trong công tác kiểm tra.',
      ),
    ).toEqual([]);
  });

  it('dates the tasks of a list by the month "Để thực hiện nhiệm vụ tháng 11, …" opens it with', () => {
    expect(
      read(
        'Để thực hiện nhiệm vụ tháng 11, lãnh đạo UBND huyện yêu cầu các đơn vị tập trung thực hiện các nhiệm vụ như: chuẩn bị tốt các nội dung trình Kỳ họp chuyên đề; tập trung thu ngân sách.',
      ).map((d) => d[2]),
    ).toEqual(['2024-11-30', '2024-11-30']);
  });

  it('dates the work before it by "Kết quả rà soát … gửi về Sở X trước ngày …"', () => {
    expect(
      read(
        [
          'UBND cấp huyện tập trung chỉ đạo, tổ chức rà soát các văn bản quy phạm pháp luật do HĐND, UBND cấp huyện ban hành.',
          'Kết quả rà soát văn bản quy phạm pháp luật của UBND cấp huyện gửi về Sở Tư pháp trước ngày 20/4/2025 để tổng hợp.',
        ].join('\n\n'),
        '2025-04-10',
      ),
    ).toEqual([
      [
        'Tập trung chỉ đạo, tổ chức rà soát các văn bản quy phạm pháp luật do HĐND, UBND cấp huyện ban hành',
        ['UBND cấp huyện'],
        '2025-04-20',
      ],
    ]);
  });
});

describe('extractDirectives on the office passing on words, places after a colon, matters opened with "Về" and lists across ";"', () => {
  const read = (text: string, date = '2020-10-10') =>
    extract(text, date).map((d) => [d.title, d.leadDepartmentId ?? d.groupAssignees, d.dueDate]);

  it('reads the assignment in the words the office passes on ("truyền đạt ý kiến chỉ đạo của … giao …")', () => {
    expect(
      read(
        'Văn phòng UBND thành phố vừa có văn bản truyền đạt ý kiến chỉ đạo của Phó Chủ tịch UBND thành phố giao Sở Xây dựng chủ trì kiểm tra, báo cáo UBND thành phố trước ngày 31/10/2020.',
      ),
    ).toEqual([['Kiểm tra, báo cáo UBND thành phố', idOf('SXD'), '2020-10-31']]);
    // Words passed on for the units to know give no work.
    expect(read('Văn phòng UBND tỉnh thông báo ý kiến chỉ đạo của Chủ tịch UBND tỉnh đến các sở, ngành biết.')).toEqual(
      [],
    );
  });

  it('reads the places of the work after "tại:" or "các TP:" as no list of work', () => {
    expect(read('Giao Thanh tra tỉnh thanh tra tại: Sở Xây dựng, thành phố Hạ Long.')).toEqual([
      ['Thanh tra tại: Sở Xây dựng, thành phố Hạ Long', idOf('TTT'), null],
    ]);
  });

  it('reads a matter opened with "Về …," or "Trong công tác …," before the unit, not a unit\'s own plan for the year', () => {
    expect(read('Về các nội dung chuyên môn, Sở Tài chính tham mưu hoàn thiện nghị quyết.')).toEqual([
      ['Tham mưu hoàn thiện nghị quyết', idOf('STC'), null],
    ]);
    expect(read('Trong công tác chuẩn bị, Sở Tài chính tham mưu hoàn thiện nghị quyết.')[0][1]).toBe(idOf('STC'));
    expect(read('Về nhiệm vụ năm 2019, Sở Tài chính tiếp tục tham mưu cân đối nguồn vốn.')).toEqual([]);
  });

  it('reads the companies and sub-committees addressed as groups', () => {
    expect(read('Đồng chí Phó Chủ tịch đề nghị các công ty tiếp tục đẩy mạnh ứng dụng tiến bộ khoa học.')).toEqual([
      ['Tiếp tục đẩy mạnh ứng dụng tiến bộ khoa học', ['các công ty'], null],
    ]);
    expect(read('Chủ tịch UBND tỉnh chỉ đạo các tiểu ban đẩy nhanh tiến độ chuẩn bị.')[0][1]).toEqual(['các tiểu ban']);
  });

  it('reads the units a lead cooperates with listed across ";" up to the work, bodies the table lacks among them', () => {
    expect(
      read(
        'Giao Sở Công Thương chủ trì, phối hợp các Sở: Kế hoạch và Đầu tư, Xây dựng; Ban Quản lý khu kinh tế tỉnh; UBND các huyện: Đakrông, Hải Lăng nghiên cứu đề xuất của Công ty, báo cáo UBND tỉnh trước ngày 10/7/2024.',
        '2024-06-21',
      ),
    ).toEqual([['Nghiên cứu đề xuất của Công ty, báo cáo UBND tỉnh', idOf('SCT'), '2024-07-10']]);
    expect(
      read(
        'Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính; Bảo hiểm xã hội tỉnh; UBND các huyện rà soát, đề xuất phương án bố trí kinh phí.',
      ).map((d) => d[1]),
    ).toEqual([idOf('SYT')]);
    // A list closed before ";" leaves the next unit its own work.
    expect(
      read('Giao Sở Công Thương chủ trì, phối hợp với các đơn vị liên quan; Công an tỉnh tăng cường kiểm tra.').map(
        (d) => d[1],
      ),
    ).toEqual([idOf('CA')]);
    // Work of its own after ";" stays apart.
    expect(
      read(
        'Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng thẩm định dự án; UBND các huyện khẩn trương kiểm tra.',
      ).map((d) => d[1]),
    ).toEqual([idOf('STC'), ['UBND các huyện']]);
  });
});

describe('extractDirectives on a first count of damage, the working rules cited and the department named by its kind', () => {
  const read = (text: string, date = '2020-11-15') =>
    extract(text, date).map((d) => [d.title, d.leadDepartmentId ?? d.groupAssignees, d.dueDate]);

  it('reads a first count of damage ("Thống kê ban đầu, …") as no work', () => {
    expect(read('Thống kê ban đầu tại Quảng Bình, bão số 13 đã làm 8 người bị thương, 200 nhà bị tốc mái.')).toEqual(
      [],
    );
    expect(read('Giao UBND các huyện thống kê thiệt hại, báo cáo UBND tỉnh trước ngày 20/11/2020.')).toHaveLength(1);
  });

  it('reads the working rules cited first ("Thực hiện quy chế làm việc …,") as an opening clause', () => {
    expect(
      read(
        'Thực hiện quy chế làm việc của UBND tỉnh, Văn phòng UBND tỉnh chuyển nội dung nêu trên đến Ban Quản lý dự án để nghiên cứu, xử lý.',
      ).map((d) => d[0]),
    ).toEqual(['Chuyển nội dung nêu trên đến Ban Quản lý dự án để nghiên cứu, xử lý']);
  });

  it('reads "Đồng thời, Sở cũng có trách nhiệm …" as more work of the department just named', () => {
    expect(
      read(
        'Giao Sở Tài chính chủ trì thẩm định. Đồng thời, Sở cũng có trách nhiệm thông báo rộng rãi để các đơn vị phối hợp triển khai.',
      ).map((d) => d[1]),
    ).toEqual([idOf('STC'), idOf('STC')]);
  });
});

describe('extractDirectives on the near misses of the rules for kinds, passed-on words, owners, exemptions and meetings', () => {
  const read = (text: string, date = '2024-06-15') =>
    extract(text, date).map((d) => [d.title, d.leadDepartmentId ?? d.groupAssignees, d.dueDate, d.kind]);

  it('drafts work done once named after ongoing words with a deadline to set', () => {
    const kinds = (text: string) => read(text).map((d) => d[3]);
    expect(kinds('Giao Sở Xây dựng vận động, di dời 25 hộ dân ra khỏi khu vực sạt lở.')).toEqual(['deadline']);
    expect(kinds('Giao Sở Công Thương tiếp tục khẩn trương kiểm tra, xác minh nguồn gốc lô hàng.')).toEqual([
      'deadline',
    ]);
    expect(kinds('Yêu cầu Sở Xây dựng trực tiếp kiểm tra hiện trường vụ sập giàn giáo.')).toEqual(['deadline']);
    expect(kinds('Giao Sở Xây dựng cắm mốc giới hành lang bảo vệ hồ chứa nước.')).toEqual(['deadline']);
    expect(kinds('Giao Công an tỉnh tăng cường kiểm tra, xử lý các hành vi buôn lậu.')).toEqual(['standing']);
  });

  it("reads no work in the subject of the office's letter nor in what another unit has asked", () => {
    expect(
      read(
        'Văn phòng UBND tỉnh truyền đạt ý kiến chỉ đạo của Chủ tịch UBND tỉnh về việc giao đất cho Công ty CP Hoàng Phát.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Văn phòng UBND tỉnh thông báo ý kiến của Chủ tịch UBND tỉnh về kiến nghị của Sở Công Thương, theo đó Sở Công Thương đã yêu cầu các doanh nghiệp xăng dầu bảo đảm nguồn cung.',
      ),
    ).toEqual([]);
  });

  it('dates no work by the progress told ("hiện mới hoàn thành … đến ngày …") and keeps a period whole', () => {
    expect(
      read('Yêu cầu Sở Xây dựng đẩy nhanh tiến độ thi công, hiện mới hoàn thành 60% khối lượng đến ngày 10/6.')[0][2],
    ).toBeNull();
    expect(
      read('Giao Sở Y tế tổ chức kiểm tra an toàn thực phẩm, hoàn thành từ ngày 01/7 đến ngày 31/7/2024.').map((d) => [
        d[0],
        d[2],
      ]),
    ).toEqual([['Tổ chức kiểm tra an toàn thực phẩm', '2024-07-31']]);
  });

  it("reads the time ahead in a conclusion's item as work, and the owners' whole names as the group", () => {
    // The time ahead in a conclusion's item is the work given (a year named is a unit's own plan, see above).
    expect(
      read(
        'Chủ tịch UBND tỉnh kết luận:\n2. Về nhiệm vụ thời gian tới, Sở Nông nghiệp và Phát triển nông thôn tập trung chỉ đạo sản xuất vụ Đông Xuân, hoàn thành trước ngày 15/1/2025.',
        '2024-12-10',
      ).map((d) => [d[1], d[2]]),
    ).toEqual([[idOf('SNNPTNT'), '2025-01-15']]);
    expect(
      read('Yêu cầu các chủ mỏ đá trên địa bàn huyện Lắk khẩn trương lập hồ sơ đóng cửa mỏ.')[0].slice(0, 2),
    ).toEqual(['Khẩn trương lập hồ sơ đóng cửa mỏ', ['các chủ mỏ đá trên địa bàn huyện Lắk']]);
    expect(
      read('Yêu cầu các chủ phương tiện thủy nội địa chấp hành nghiêm quy định về áo phao.')[0].slice(0, 2),
    ).toEqual(['Chấp hành nghiêm quy định về áo phao', ['các chủ phương tiện thủy nội địa']]);
  });

  it('reads "không cần … mà …" as the work after "mà", and a meeting given in a list as work', () => {
    expect(read('Sở Y tế không cần xin ý kiến UBND tỉnh mà chủ động xử lý theo thẩm quyền.')).toHaveLength(1);
    expect(
      read(
        'Chủ tịch UBND tỉnh yêu cầu: UBND huyện Krông Pắc tổ chức hội nghị sơ kết Đề án 06; UBND huyện Ea Kar tổ chức hội nghị tổng kết.',
      ),
    ).not.toEqual([]);
  });
});

describe('extractDirectives on quoted headlines, an agreement that gives the lead, and districts by number or in short', () => {
  const read = (text: string, date = '2024-10-01') =>
    extract(text, date).map((d) => [d.title, d.leadDepartmentId ?? d.groupAssignees, d.dueDate]);

  it('reads the quoted headline after "thông tin:" as part of the work, a quoted direction after "nêu rõ:" as the work', () => {
    expect(read('Giao Sở Xây dựng kiểm tra, làm rõ thông tin: “Hà Nội: Hàng loạt hố cáp quang mất nắp”.')).toEqual([
      ['Kiểm tra, làm rõ thông tin: “Hà Nội: Hàng loạt hố cáp quang mất nắp”', idOf('SXD'), null],
    ]);
    expect(
      read(
        'Nội dung chỉ đạo nêu rõ: “Các sở, ban, ngành cần quán triệt không tổ chức đi lễ hội trong giờ hành chính”.',
      ).map((d) => d[1]),
    ).toEqual([['Các sở, ban, ngành']]);
  });

  it('reads "đồng ý chủ trương cho Sở X chủ trì …" as the unit given the lead, not an approval the assignment follows', () => {
    expect(
      read(
        'Lãnh đạo tỉnh đồng ý chủ trương cho Sở Tài chính chủ trì, phối hợp với Sở Xây dựng nghiên cứu phương án.',
      ).map((d) => d[1]),
    ).toEqual([idOf('STC')]);
    expect(
      read(
        '- Đồng ý chủ trương cho Sở Y tế xây dựng Đề án phát triển y tế cơ sở. Giao Sở Y tế chủ trì, phối hợp với các cơ quan liên quan triển khai xây dựng Đề án.',
      ),
    ).toHaveLength(1);
  });

  it('reads "UBND quận 3" as a unit by its number and "UBND các huyện, thị, thành phố" whole', () => {
    expect(read('Yêu cầu UBND quận 3 báo cáo tình hình trước ngày 14/10/2024.')).toEqual([
      ['UBND quận 3 báo cáo tình hình', [], '2024-10-14'],
    ]);
    expect(read('Yêu cầu UBND các huyện, thị, thành phố tiếp tục chỉ đạo thực hiện nghiêm túc.')[0][1]).toEqual([
      'UBND các huyện, thị, thành phố',
    ]);
  });
});

describe("extractDirectives on a letter's further paragraphs of work with no subject", () => {
  it('gives them the units the letter\'s "Theo đó, …" addressed, up to units named again', () => {
    const drafts = extractParagraphs(
      [
        'Chủ tịch UBND tỉnh vừa ký ban hành Công văn số 6166/UBND-TH về triển khai nhiệm vụ trọng tâm những tháng cuối năm.',
        'Theo đó, các sở, ban, ngành, UBND các huyện triển khai hiệu quả các nghị quyết của Chính phủ.',
        'Công văn lưu ý phải chú ý kịp thời đánh giá tác động của thiên tai, bão lũ để rà soát kịch bản tăng trưởng của tỉnh đạt 8% trở lên và tăng trưởng hai con số trong năm 2026.',
        'Tăng cường kỷ luật, kỷ cương công tác thu ngân sách; giải ngân 100% kế hoạch vốn đầu tư công.',
        'Sở Y tế theo dõi tình hình dịch bệnh.',
      ],
      '2025-11-19',
    );
    expect(drafts.map((d) => [d.title.slice(0, 40), d.leadDepartmentId ?? d.groupAssignees])).toEqual([
      ['Triển khai hiệu quả các nghị quyết của C', ['các sở, ban, ngành', 'UBND các huyện']],
      ['Kịp thời đánh giá tác động của thiên tai', ['các sở, ban, ngành', 'UBND các huyện']],
      ['Tăng cường kỷ luật, kỷ cương công tác th', ['các sở, ban, ngành', 'UBND các huyện']],
      ['Giải ngân 100% kế hoạch vốn đầu tư công', ['các sở, ban, ngành', 'UBND các huyện']],
      ['Theo dõi tình hình dịch bệnh', idOf('SYT')],
    ]);
  });
});

describe('extractDirectives on the orders of a storm dispatch', () => {
  it('reads an order from an hour ("Từ 7 giờ ngày 21/7, nghiêm cấm …") as more work of the units before, and "tổ chức đoàn thể" listed', () => {
    const drafts = extract(
      'Yêu cầu các sở, ban, ngành, tổ chức đoàn thể và UBND các xã, phường khẩn trương triển khai các biện pháp ứng phó. Các địa phương khẩn trương rà soát phương án sơ tán dân. Từ 7 giờ ngày 21/7, nghiêm cấm tàu, thuyền ra khơi.',
      '2025-07-20',
    );
    expect(drafts.map((d) => [d.title, d.groupAssignees])).toEqual([
      [
        'Khẩn trương triển khai các biện pháp ứng phó',
        ['các sở, ban, ngành', 'tổ chức đoàn thể', 'UBND các xã, phường'],
      ],
      ['Khẩn trương rà soát phương án sơ tán dân', ['Các địa phương']],
      ['Từ 7 giờ ngày 21/7, nghiêm cấm tàu, thuyền ra khơi', ['Các địa phương']],
    ]);
  });
});

describe('extractDirectives on the near misses found in a third review', () => {
  const read = (text: string, date = '2024-07-10') =>
    extract(text, date).map((d) => [d.title, d.leadDepartmentId ?? d.groupAssignees, d.dueDate, d.kind]);

  it('keeps ongoing work standing when work done once is only what it bans, what was done or what may happen', () => {
    expect(
      read('Yêu cầu các sở, ngành không tổ chức lễ hội, các hoạt động tập trung đông người.').map((d) => d[3]),
    ).toEqual(['standing']);
    expect(read('Yêu cầu các sở, ngành thực hiện nghiêm các văn bản chỉ đạo của UBND tỉnh đã ban hành.')[0][3]).toBe(
      'standing',
    );
    expect(read('Yêu cầu UBND các huyện cấm đánh bắt thủy sản bằng xung điện.')[0][3]).toBe('standing');
    expect(read('Yêu cầu UBND các huyện chấm dứt tình trạng thu các khoản đóng góp trái quy định.')[0][3]).toBe(
      'standing',
    );
  });

  it('reads the work the office passes on from a place or a person whose name folds like "đã", "theo đó" or voters\' petitions', () => {
    expect(
      read(
        'Văn phòng UBND thành phố vừa có văn bản truyền đạt ý kiến chỉ đạo của Chủ tịch UBND thành phố Đà Nẵng giao Sở Xây dựng kiểm tra, báo cáo trước ngày 25/7/2024.',
      ).map((d) => [d[1], d[2]]),
    ).toEqual([[idOf('SXD'), '2024-07-25']]);
    expect(
      read(
        'Văn phòng UBND tỉnh thông báo ý kiến của Phó Chủ tịch UBND tỉnh về kiến nghị của cử tri huyện Tiên Phước giao Sở Xây dựng nghiên cứu, đầu tư tuyến đường ĐT 616.',
      ).map((d) => d[1]),
    ).toEqual([idOf('SXD')]);
  });

  it('reads no work into a news digest of meetings, and a lead with no work of its own leads the work after ";"', () => {
    expect(
      read(
        'Tin hoạt động trong tuần:\n- UBND huyện Đô Lương tổ chức hội nghị thường kỳ tháng 7.\n- UBND huyện Yên Thành tổ chức hội nghị sơ kết 6 tháng đầu năm.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Giao Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo; UBND các huyện tổ chức khám sức khỏe cho học sinh trước ngày 30/10/2024.',
      ).map((d) => [d[1], d[2]]),
    ).toEqual([[idOf('SYT'), '2024-10-30']]);
  });

  it("gives no letter's units to a later paragraph that only tells", () => {
    const drafts = extractParagraphs(
      [
        'UBND tỉnh ban hành Công văn số 3120/UBND-NN về khắc phục sạt lở bờ biển.',
        'Theo đó, UBND tỉnh yêu cầu các sở, ngành, UBND các huyện ven biển khẩn trương rà soát các điểm sạt lở.',
        'Trước đó, mưa lớn kéo dài đã gây sạt lở nhiều đoạn bờ biển.',
        'Kiểm tra thực tế tại xã Ngư Thủy, đoàn công tác của tỉnh ghi nhận nhiều đoạn bờ biển bị sạt lở sâu.',
      ],
      '2024-07-10',
    );
    expect(drafts.filter((d) => d.groupAssignees.length > 0).map((d) => d.title)).toEqual([
      'Khẩn trương rà soát các điểm sạt lở',
    ]);
  });
});

describe('extractDirectives on the near misses found in a last review', () => {
  const read = (text: string, date = '2024-11-01') =>
    extract(text, date).map((d) => [d.title, d.leadDepartmentId ?? d.groupAssignees, d.dueDate, d.kind]);

  it("reads the owners' whole class and the two clauses of units that each have work", () => {
    expect(
      read('Yêu cầu các chủ phương tiện vận tải hành khách không tăng giá vé trái quy định.')[0].slice(0, 2),
    ).toEqual(['Không tăng giá vé trái quy định', ['các chủ phương tiện vận tải hành khách']]);
    expect(read('Yêu cầu các chủ tàu, thuyền không cho phương tiện ra khơi.')[0][1]).toEqual(['các chủ tàu, thuyền']);
    expect(
      read(
        'UBND các huyện phối hợp chặt chẽ với Sở Y tế; Sở Giáo dục và Đào tạo chỉ đạo các trường học tổ chức tiêm vắc xin sởi.',
      ).map((d) => d[1]),
    ).toEqual([idOf('SGDDT')]);
    // A body alone between ";" goes on with any cooperation list, up to the work.
    expect(
      read(
        'Công an tỉnh chủ động phối hợp với Sở Y tế; Bảo hiểm xã hội tỉnh; UBND các huyện triển khai phương án bảo vệ an ninh.',
      ).map((d) => d[1]),
    ).toEqual([idOf('CA')]);
  });

  it('dates no account by its period, drafts no duty to answer after a sanction, and kinds one update and a ban', () => {
    expect(
      read('Để thực hiện nhiệm vụ tháng 11, UBND huyện đã ban hành kế hoạch và giao chỉ tiêu cụ thể cho từng xã.'),
    ).toEqual([]);
    expect(
      read(
        'Thủ trưởng các sở, ngành chịu trách nhiệm nếu để xảy ra sai phạm. Đồng thời, có trách nhiệm giải trình khi được yêu cầu.',
      ).map((d) => d[0]),
    ).not.toContain('Có trách nhiệm giải trình khi được yêu cầu');
    // A duty to report, with no subject, dates the work before.
    expect(
      read(
        'UBND tỉnh giao UBND các huyện rà soát số lượng cán bộ dôi dư. Đồng thời, có trách nhiệm báo cáo kết quả về Sở Nội vụ trước ngày 15/11/2024.',
      ).map((d) => d[2]),
    ).toContain('2024-11-15');
    expect(read('Giao Sở Tài chính cập nhật hướng tuyến đường dây 500kV vào Quy hoạch tỉnh.')[0][3]).toBe('deadline');
    expect(read('Từ 7 giờ ngày 5/11/2024, nghiêm cấm tàu thuyền ra khơi.')[0][3]).toBe('standing');
  });
});

describe('extractDirectives on names with commas and numbers, partners after a colon and units of the same level', () => {
  const read = (text: string, date = '2024-11-01') =>
    extract(text, date).map((d) => [d.title, d.leadDepartmentId ?? d.groupAssignees]);

  it('reads a department whose name holds commas given the lead by an agreement, and partners listed after a colon', () => {
    expect(read('Đồng ý chủ trương cho Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức Lễ hội Cà phê.')).toEqual([
      ['Tổ chức Lễ hội Cà phê', idOf('SVHTTDL')],
    ]);
    expect(
      read(
        'Giao Sở Xây dựng chủ trì, phối hợp với các cơ quan: Sở Tài chính, Sở Tư pháp; UBND các huyện rà soát quy hoạch.',
      ),
    ).toEqual([['Rà soát quy hoạch', idOf('SXD')]]);
  });

  it('reads districts by their numbers listed with commas, and "cung cấp" after units as their work', () => {
    expect(read('Yêu cầu UBND quận 1, UBND quận 3 phối hợp kiểm tra.')[0][0]).toMatch(/^UBND quận 1, UBND quận 3 /);
    expect(read('Các đơn vị cung cấp nước sạch bảo đảm cấp nước liên tục.')[0]).toEqual([
      'Cung cấp nước sạch bảo đảm cấp nước',
      ['Các đơn vị'],
    ]);
  });

  it("keeps a month opening a direction whose objects were given before, the captains apart from the owners, and an approval apart from the next unit's lead", () => {
    expect(read('Trong tháng 11, các phòng, ban, UBND các xã tập trung hoàn thành các chỉ tiêu đã giao.')[0]).toEqual([
      'Tập trung hoàn thành các chỉ tiêu đã giao',
      ['các phòng, ban', 'UBND các xã'],
    ]);
    expect(read('Các chủ tàu, thuyền trưởng phải chấp hành nghiêm lệnh cấm biển.')[0][1]).toEqual(['Các chủ tàu']);
    expect(
      read(
        'Đồng ý chủ trương cho Sở Y tế xây dựng Đề án phát triển y tế cơ sở, Sở Tài chính chủ trì thẩm định kinh phí.',
      ).map((d) => d[1]),
    ).not.toContain(idOf('SYT'));
    // A department whose name holds a verb ("Sở Xây dựng") is still given the lead.
    expect(
      read('UBND tỉnh thống nhất chủ trương cho Sở Xây dựng chủ trì lập điều chỉnh quy hoạch chung đô thị.').map(
        (d) => d[1],
      ),
    ).toEqual([idOf('SXD')]);
  });
});

describe('extractDirectives on long titles, remits, purposes and the units of 2025', () => {
  const read = (text: string, date = '2025-10-20') => drafted(text, date);

  it('keeps a title a little over 200 characters whole, and cuts a longer one at its last clause or at a comma between works', () => {
    const whole =
      'Sở Tài nguyên và Môi trường phối hợp chặt chẽ với Chi cục Thuế trong việc luân chuyển giải quyết các hồ sơ xác định nghĩa vụ tài chính cho gia đình, cá nhân có phát sinh tiền sử dụng đất để thông báo và đôn đốc thu nộp kịp thời vào ngân sách nhà nước.';
    expect(read(whole)[0].title).toBe(
      'Phối hợp chặt chẽ với Chi cục Thuế trong việc luân chuyển giải quyết các hồ sơ xác định nghĩa vụ tài chính cho gia đình, cá nhân có phát sinh tiền sử dụng đất để thông báo và đôn đốc thu nộp kịp thời vào ngân sách nhà nước',
    );
    const [plans] = read(
      'Yêu cầu các đơn vị, địa phương tiến hành rà soát và khẩn trương triển khai thực hiện các nhiệm vụ chuyển đổi số được giao năm 2022 tại Kế hoạch số 1320/KH-UBND ngày 06 tháng 5 năm 2022 của Ủy ban nhân dân tỉnh; Quyết định số 1011/QĐ-BCĐCĐS ngày 12 tháng 4 năm 2022 của Ban Chỉ đạo chuyển đổi số tỉnh về ban hành Kế hoạch hoạt động năm 2022.',
    );
    expect(plans.title).toMatch(/của Ủy ban nhân dân tỉnh$/);
    const [forest] = read(
      'Yêu cầu Sở Nông nghiệp và Phát triển nông thôn tiếp tục triển khai có hiệu quả các nhiệm vụ, giải pháp nhằm tăng cường công tác quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng trên địa bàn tỉnh theo chỉ đạo của UBND tỉnh tại Công văn số 1664/UBND-KTTH ngày 10/5/2023, Công văn số 183/UBND-KTTH ngày 20/01/2023 và các văn bản chỉ đạo khác có liên quan của tỉnh.',
    );
    expect(forest.title.length).toBeLessThanOrEqual(240);
    expect(forest.title).not.toMatch(/phòng cháy$/);
    expect(forest.title).toContain('phòng cháy, chữa cháy rừng');
  });

  it('keeps a season the work goes on from in its title', () => {
    expect(
      read(
        'Yêu cầu các sở, ban, ngành triển khai các giải pháp bảo đảm trật tự, an toàn giao thông trong dịp Tết Dương lịch, Tết Nguyên đán Quý Mão và lễ hội xuân 2023.',
        '2022-12-10',
      )[0].title,
    ).toBe(
      'Triển khai các giải pháp bảo đảm trật tự, an toàn giao thông trong dịp Tết Dương lịch, Tết Nguyên đán Quý Mão và lễ hội xuân 2023',
    );
  });

  it('drafts speeding up, following the plan closely and the duty roster as ongoing work', () => {
    expect(
      read(
        'Các chủ đầu tư đẩy nhanh tiến độ thi công, nghiệm thu, thanh toán khối lượng hoàn thành. Các sở, ngành bám sát kế hoạch, triển khai quyết liệt ngay từ đầu năm. Sở Xây dựng quyết liệt đẩy nhanh tiến độ giải ngân. Sở Y tế tổ chức phân công trực ban 24/24 giờ kể cả thứ 7 và chủ nhật. Sở Y tế tổ chức kiểm tra các cơ sở.',
      ).map((d) => d.kind),
    ).toEqual(['standing', 'standing', 'standing', 'standing', 'deadline']);
  });

  it('leaves the remit and what it manages out of the work', () => {
    expect(
      read(
        'UBND các huyện, thành phố theo chức năng, nhiệm vụ và lĩnh vực quản lý, có trách nhiệm thực hiện, tham mưu tổ chức thực hiện nội dung Quyết định số 343/QĐ-TTg.',
      )[0].title,
    ).toBe('Thực hiện, tham mưu tổ chức thực hiện nội dung Quyết định số 343/QĐ-TTg');
    expect(
      read(
        'Các sở, ban ngành và UBND cấp huyện theo chức năng, nhiệm vụ và thẩm quyền quản lý tiếp tục chỉ đạo, triển khai thực hiện các kế hoạch của tỉnh.',
      )[0],
    ).toMatchObject({ title: 'Tiếp tục chỉ đạo, triển khai thực hiện các kế hoạch của tỉnh', kind: 'standing' });
    expect(
      read(
        'Sở Y tế căn cứ theo chức năng, nhiệm vụ được giao khẩn trương nghiên cứu nội dung Công điện số 1174/CĐ-TTg.',
      )[0].title,
    ).toBe('Khẩn trương nghiên cứu nội dung Công điện số 1174/CĐ-TTg');
    // Management that is the work itself stays.
    expect(read('Các sở, ngành theo chức năng, nhiệm vụ được giao quản lý chặt chẽ đất đai.')[0].title).toBe(
      'Quản lý chặt chẽ đất đai',
    );
  });

  it('does not date the work by the target rate the sentence’s purpose strives for', () => {
    expect(
      read(
        'Để đẩy nhanh tiến độ và phấn đấu đạt mục tiêu giải ngân đến hết ngày 31/7/2025 đạt tỷ lệ trên 50% kế hoạch vốn, UBND tỉnh yêu cầu các sở, ban, ngành xác định rõ đẩy nhanh giải ngân là nhiệm vụ trọng tâm.',
        '2025-06-20',
      )[0].dueDate,
    ).toBeNull();
    expect(
      read(
        'Để hoàn thành mục tiêu giải ngân trước ngày 31/12/2025, Sở Tài chính tham mưu UBND tỉnh điều chuyển vốn.',
        '2025-06-20',
      )[0],
    ).toMatchObject({ lead: idOf('STC'), dueDate: '2025-12-31' });
    // A purpose that completes the work itself dates it.
    expect(
      read(
        'Để bảo đảm hoàn thành công tác bồi thường trước ngày 30/6/2024, yêu cầu UBND huyện Hàm Thuận Nam tập trung chi trả tiền bồi thường cho các hộ dân.',
        '2024-05-10',
      )[0].dueDate,
    ).toBe('2024-06-30');
    // The period a sentence opens its work with is still its frame, and work told as a purpose keeps its own date.
    expect(read('Để thực hiện nhiệm vụ tháng 11, Sở Tài chính tham mưu UBND tỉnh điều chuyển vốn.')[0].dueDate).toBe(
      '2025-11-30',
    );
    expect(
      read(
        'UBND các huyện khẩn trương hoàn thiện hồ sơ, gửi Sở Tài nguyên và Môi trường trước ngày 25-10 để sở thẩm định trình UBND tỉnh trước ngày 30-10.',
      ).map((d) => d.dueDate),
    ).toContain('2025-10-30');
  });

  it('reads "đặc khu" with its name after the communes and wards, a count of districts addressed, and "Sở VH,TT&DL"', () => {
    expect(
      read('Yêu cầu Chủ tịch UBND các xã, phường, đặc khu Phú Quý tập trung lực lượng tìm kiếm người bị vùi lấp.')[0],
    ).toMatchObject({
      title: 'Tập trung lực lượng tìm kiếm người bị vùi lấp',
      groups: ['UBND các xã, phường, đặc khu Phú Quý'],
    });
    expect(
      read(
        'Chủ tịch UBND tỉnh yêu cầu 10 huyện, thành phố và các sở, ban, ngành tiếp tục theo dõi diễn biến thời tiết, mưa lũ.',
      )[0],
    ).toMatchObject({
      title: 'Tiếp tục theo dõi diễn biến thời tiết, mưa lũ',
      groups: ['10 huyện, thành phố', 'các sở, ban, ngành'],
      kind: 'standing',
    });
    expect(read('Năm 2023, tỉnh đã hỗ trợ 10 huyện xây dựng nhà văn hóa.')).toEqual([]);
    expect(read('Giao Sở VH,TT&DL chủ trì tổ chức lễ hội.')[0].lead).toBe(idOf('SVHTTDL'));
    expect(
      read(
        'Các sở: Y tế, GD&ĐT, VH,TT&DL, Thông tin và Truyền thông; Công an tỉnh; UBND các huyện, thị xã, thành phố khẩn trương triển khai.',
      ),
    ).toEqual([
      expect.objectContaining({
        lead: idOf('SYT'),
        support: [idOf('SGDDT'), idOf('SVHTTDL'), idOf('STTTT'), idOf('CA')],
        groups: ['UBND các huyện, thị xã, thành phố'],
      }),
    ]);
  });
});

describe('extractDirectives on forwarded matters, party boards, port authorities and the words of a storm', () => {
  const read = (text: string, date = '2025-10-24') => drafted(text, date);

  it('reads the office forwarding a matter to a unit as that unit’s work, after the working rules it acts on', () => {
    expect(
      read(
        'Thực hiện quy chế làm việc của UBND tỉnh và chỉ đạo của UBND tỉnh tại Công văn số 84/UBND-TH ngày 14/7/2025; Văn phòng UBND tỉnh chuyển nội dung nêu trên đến Sở Xây dựng để nghiên cứu, xử lý theo thẩm quyền, đảm bảo tuân thủ quy định.',
      ),
    ).toEqual([
      expect.objectContaining({
        title: 'Nghiên cứu, xử lý theo thẩm quyền, đảm bảo tuân thủ quy định',
        lead: idOf('SXD'),
      }),
    ]);
    expect(
      read(
        'Văn phòng UBND tỉnh chuyển đơn của ông Nguyễn Văn A đến Sở Tài nguyên và Môi trường để xem xét, giải quyết theo thẩm quyền, báo cáo kết quả trước ngày 15/11/2025.',
      ),
    ).toEqual([
      expect.objectContaining({
        title: 'Xem xét, giải quyết theo thẩm quyền, báo cáo kết quả',
        lead: idOf('STNMT'),
        dueDate: '2025-11-15',
      }),
    ]);
  });

  it('keeps a department the lead when it works with a party board, the youth union or a port authority', () => {
    expect(
      read(
        'Sở Thông tin và Truyền thông tăng cường phối hợp với Ban Tuyên giáo Tỉnh ủy, Công an tỉnh định hướng thông tin báo chí.',
      )[0],
    ).toMatchObject({
      lead: idOf('STTTT'),
      title: 'Định hướng thông tin báo chí',
    });
    expect(
      read(
        'Sở Văn hóa, Thể thao và Du lịch phối hợp với Bộ CHQS tỉnh, Tỉnh Đoàn tạo điều kiện huy động lực lượng hỗ trợ đơn vị thi công.',
      )[0],
    ).toMatchObject({
      lead: idOf('SVHTTDL'),
      groups: ['Bộ CHQS tỉnh', 'Tỉnh Đoàn'],
      title: 'Tạo điều kiện huy động lực lượng hỗ trợ đơn vị thi công',
    });
    expect(
      read(
        'Trên biển, tỉnh giao Sở Y tế, Bộ đội Biên phòng tỉnh, Cảng vụ Hàng hải Quy Nhơn và các địa phương ven biển theo dõi chặt chẽ thời tiết.',
      )[0],
    ).toMatchObject({
      lead: idOf('SYT'),
      groups: ['các địa phương ven biển', 'Bộ đội Biên phòng tỉnh', 'Cảng vụ Hàng hải Quy Nhơn'],
      title: 'Theo dõi chặt chẽ thời tiết',
    });
  });

  it('reads the authorities beside the functional sectors, "các cấp, ngành, địa phương" and a province named as the assigner', () => {
    expect(
      read(
        'Chính quyền và ngành chức năng cần chuẩn bị đầy đủ điều kiện sinh hoạt, nhu yếu phẩm tại nơi tránh trú bão.',
      ),
    ).toEqual([
      expect.objectContaining({
        groups: ['Chính quyền', 'ngành chức năng'],
        title: 'Chuẩn bị đầy đủ điều kiện sinh hoạt, nhu yếu phẩm tại nơi tránh trú bão',
      }),
    ]);
    expect(read('Các cấp chính quyền cần chuẩn bị đầy đủ điều kiện sinh hoạt.')[0].groups).toEqual([
      'Các cấp chính quyền',
    ]);
    expect(read('Chính quyền và nhân dân cần chuẩn bị.')).toEqual([]);
    expect(
      read(
        'Chủ tịch UBND tỉnh yêu cầu các cấp, ngành, địa phương triển khai nghiêm túc các biện pháp ứng phó bão số 10.',
      )[0],
    ).toMatchObject({
      groups: ['các cấp, ngành, địa phương'],
      title: 'Triển khai nghiêm túc các biện pháp ứng phó bão số 10',
    });
    expect(
      read(
        'Tỉnh Gia Lai yêu cầu thành lập ngay các tổ công tác xuống tận thôn, khu phố trước 17 giờ ngày 6/11.',
        '2025-11-05',
      )[0],
    ).toMatchObject({ title: 'Thành lập ngay các tổ công tác xuống tận thôn, khu phố', dueDate: '2025-11-06' });
  });

  it('leaves the government’s further words to every province, opening the next paragraph after a long purpose, to them', () => {
    const drafts = read(
      [
        'Theo đó, để chủ động ứng phó với vùng áp thấp có khả năng mạnh lên thành áp thấp nhiệt đới, Ban Chỉ đạo Phòng thủ dân sự quốc gia đề nghị các tỉnh, thành phố theo dõi chặt chẽ bản tin cảnh báo; duy trì thông tin liên lạc.',
        'Đồng thời, sẵn sàng lực lượng, phương tiện để triển khai công tác cứu hộ, cứu nạn khi có tình huống; trực ban nghiêm túc.',
        'Thực hiện Công văn trên, Chủ tịch UBND tỉnh giao Sở Y tế theo dõi chặt chẽ các bản tin dự báo.',
      ].join('\n\n'),
      '2025-09-16',
    );
    expect(drafts.map((d) => [d.title, d.lead])).toEqual([['Theo dõi chặt chẽ các bản tin dự báo', idOf('SYT')]]);
  });

  it('does not date work by the year of the projects it names', () => {
    expect(
      read(
        'UBND các huyện thực hiện rà soát các dự án khu dân cư, các dự án triển khai trong năm 2023 để xây dựng kế hoạch thu ngân sách.',
        '2023-03-10',
      )[0],
    ).toMatchObject({
      dueDate: null,
      title:
        'Thực hiện rà soát các dự án khu dân cư, các dự án triển khai trong năm 2023 để xây dựng kế hoạch thu ngân sách',
    });
    expect(read('UBND các huyện hoàn thành bồi thường các dự án trong năm 2023.', '2023-03-10')[0].dueDate).toBe(
      '2023-12-31',
    );
  });
});

describe('extractDirectives on the digital economy’s words, boards listed with groups, partners without "với" and conditions', () => {
  const read = (text: string, date = '2025-08-15') => drafted(text, date);

  it('ends a sentence after "chuyển đổi số." but not after "số." before a number', () => {
    expect(
      read(
        'Các sở, ban, ngành phối hợp chặt chẽ để triển khai Kế hoạch, bảo đảm hiệu quả trong quá trình chuyển đổi số. Các đơn vị cần rà soát và cung cấp thông tin về tổ chức, cá nhân thuộc phạm vi quản lý.',
      ).map((d) => d.title),
    ).toEqual([
      'Phối hợp chặt chẽ để triển khai Kế hoạch, bảo đảm hiệu quả trong quá trình chuyển đổi số',
      'Rà soát và cung cấp thông tin về tổ chức, cá nhân thuộc phạm vi quản lý',
    ]);
    expect(read('Thực hiện Công văn số. 125/UBND-KT, Sở Y tế kiểm tra.').map((d) => [d.title, d.lead])).toEqual([
      ['Kiểm tra', idOf('SYT')],
    ]);
  });

  it('keeps the groups named with a board the table lacks in the work they go on with', () => {
    const drafts = read(
      'UBND tỉnh giao Ban Quản lý Khu kinh tế, Ủy ban nhân dân các huyện, thành phố triển khai thực hiện công tác quản lý cụm công nghiệp; phối hợp với Sở Kế hoạch và Đầu tư, Sở Công Thương tăng cường công tác kêu gọi đầu tư.',
    );
    expect(drafts.map((d) => [d.title, d.groups, d.support])).toEqual([
      [
        'Ban Quản lý Khu kinh tế triển khai thực hiện công tác quản lý cụm công nghiệp',
        ['Ủy ban nhân dân các huyện, thành phố'],
        [],
      ],
      [
        'Ban Quản lý Khu kinh tế tăng cường công tác kêu gọi đầu tư',
        ['Ủy ban nhân dân các huyện, thành phố'],
        [idOf('SKHDT'), idOf('SCT')],
      ],
    ]);
  });

  it('reads "phối hợp các sở" without "với" as the partners of the work', () => {
    expect(
      read('Giao Sở Y tế chủ trì, phối hợp các sở và UBND thành phố Phan Thiết khảo sát lại toàn bộ kè.')[0],
    ).toMatchObject({
      lead: idOf('SYT'),
      groups: ['các sở', 'UBND thành phố Phan Thiết'],
      title: 'Khảo sát lại toàn bộ kè',
    });
  });

  it('keeps the condition the work answers in its title and drafts it as standing', () => {
    expect(
      read(
        'Khi có hồ sơ đề nghị của doanh nghiệp, yêu cầu Sở Xây dựng phối hợp với Ban Quản lý các khu công nghiệp sớm thực hiện, báo cáo UBND tỉnh xem xét phê duyệt.',
      )[0],
    ).toMatchObject({
      lead: idOf('SXD'),
      title: 'Khi có hồ sơ đề nghị của doanh nghiệp, sớm thực hiện, báo cáo UBND tỉnh xem xét phê duyệt',
      kind: 'standing',
    });
    expect(read('UBND các huyện trong trường hợp khó khăn vướng mắc thì báo cáo, đề xuất UBND tỉnh.')[0].kind).toBe(
      'standing',
    );
  });
});

describe('extractDirectives on the near misses of the rules for long titles, purposes, conditions and forwarded matters', () => {
  const read = (text: string, date = '2024-04-10') => drafted(text, date);

  it('takes a date out of the title before more work joined by "và" or "cùng"', () => {
    expect(
      read(
        'Giao Sở Xây dựng hoàn thành dự thảo Quyết định trước ngày 30/4/2024 và trình UBND tỉnh xem xét, ban hành.',
      )[0],
    ).toMatchObject({
      title: 'Hoàn thành dự thảo Quyết định và trình UBND tỉnh xem xét, ban hành',
      dueDate: '2024-04-30',
    });
  });

  it('dates work by the period its goal is set in, and by a year still running', () => {
    expect(
      read(
        'Giao Sở Kế hoạch và Đầu tư đôn đốc các chủ đầu tư hoàn thiện thủ tục để các dự án khởi công trong quý II/2024.',
      )[0].dueDate,
    ).toBe('2024-06-30');
    expect(
      read(
        'Yêu cầu các cơ quan, đơn vị phát huy kết quả đạt được trong năm 2023, bám sát chương trình công tác.',
        '2024-01-25',
      )[0].dueDate,
    ).toBeNull();
    expect(read('Yêu cầu các cơ quan, đơn vị hoàn thành giải ngân trong năm 2024.', '2024-01-25')[0].dueDate).toBe(
      '2024-12-31',
    );
  });

  it('keeps the province’s own direction that cites the government’s words to every province', () => {
    expect(
      read(
        'UBND tỉnh yêu cầu các sở, ngành, địa phương triển khai thực hiện nghiêm Công điện số 82/CĐ-TTg ngày 04/9/2024 của Thủ tướng Chính phủ yêu cầu các tỉnh, thành phố chủ động ứng phó với bão số 3.',
        '2024-09-05',
      ),
    ).toHaveLength(1);
  });

  it('reads "Khi nhận được Công điện này" as the dispatch’s opening, and a condition whole to the assigner', () => {
    expect(
      read(
        'Khi nhận được Công điện này, yêu cầu Giám đốc các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố khẩn trương triển khai các biện pháp ứng phó với bão số 3.',
      )[0],
    ).toMatchObject({ title: 'Khẩn trương triển khai các biện pháp ứng phó với bão số 3', kind: 'deadline' });
    expect(
      read('Nếu phát sinh khó khăn, vướng mắc vượt thẩm quyền, Sở Tài chính báo cáo UBND tỉnh xem xét, chỉ đạo.')[0],
    ).toMatchObject({
      title: 'Nếu phát sinh khó khăn, vướng mắc vượt thẩm quyền, báo cáo UBND tỉnh xem xét, chỉ đạo',
      lead: idOf('STC'),
      kind: 'standing',
    });
  });

  it('gives no unit a matter forwarded to it only for its information', () => {
    expect(read('Văn phòng UBND tỉnh chuyển hồ sơ đến Sở Tư pháp để biết.').map((d) => d.lead)).not.toContain(
      idOf('STP'),
    );
  });
});

describe('extractDirectives on the openings of news items, a leader by name and the spirit of the work', () => {
  const read = (text: string, date = '2022-08-10') => drafted(text, date);

  it('reads the unit after "Qua đó," and after a project set apart with "Riêng", with the contractor beside it', () => {
    expect(read('Qua đó, Sở Y tế đề xuất những biện pháp để xử lý dứt điểm các thiết bị y tế.')[0]).toMatchObject({
      lead: idOf('SYT'),
      title: 'Đề xuất những biện pháp để xử lý dứt điểm các thiết bị y tế',
    });
    expect(
      read(
        'Riêng dự án Bệnh viện Ung bướu tỉnh, Sở Y tế và đơn vị nhà thầu phải rà soát khối lượng công trình đã thi công.',
      )[0],
    ).toMatchObject({
      lead: idOf('SYT'),
      groups: ['đơn vị nhà thầu'],
      title: 'Rà soát khối lượng công trình đã thi công',
    });
  });

  it('reads a leader named in the news as the one who directs', () => {
    expect(
      read(
        'Trên cơ sở đó, ông Nguyễn Tiến Hải chỉ đạo Sở NN-PTNT chủ trì, phối hợp với các đơn vị liên quan thực hiện các giải pháp ứng phó hạn hán.',
      )[0],
    ).toMatchObject({ lead: idOf('SNNPTNT'), title: 'Thực hiện các giải pháp ứng phó hạn hán' });
  });

  it('leaves "vào" and "Đặc biệt," out of the title', () => {
    expect(read('Sở Y tế hoàn thành và đưa vào hoạt động dự án vào cuối tháng 3-2023.')[0]).toMatchObject({
      title: 'Hoàn thành và đưa vào hoạt động dự án',
      dueDate: '2023-03-31',
    });
    expect(
      read('Sở Y tế rà soát các cơ sở. Đặc biệt, triển khai ngay các biện pháp đảm bảo cung cấp đủ nước sinh hoạt.')[1]
        .title,
    ).toBe('Triển khai ngay các biện pháp đảm bảo cung cấp đủ nước sinh hoạt');
  });

  it('drafts work done "với tinh thần khẩn trương" and "nỗ lực" as ongoing', () => {
    expect(
      read(
        'Yêu cầu các sở, ngành, địa phương tiếp tục triển khai thực hiện các hoạt động với tinh thần khẩn trương, hiệu quả. Yêu cầu các cấp, các ngành cần nỗ lực, tháo gỡ khó khăn cho sản xuất, kinh doanh.',
      ).map((d) => d.kind),
    ).toEqual(['standing', 'standing']);
  });
});

describe('extractDirectives on own work that ends by submitting it, and the formula closing a decision', () => {
  it('drafts work after ";" that ends with "trình UBND tỉnh xem xét" as work of its own, a report at once not', () => {
    expect(
      extract(
        'Yêu cầu Sở Y tế khẩn trương tổng hợp kết quả kiểm tra; xây dựng kế hoạch phòng ngừa sự cố môi trường, trình UBND tỉnh xem xét, phê duyệt.',
      ).map((d) => d.title),
    ).toEqual([
      'Khẩn trương tổng hợp kết quả kiểm tra',
      'Xây dựng kế hoạch phòng ngừa sự cố môi trường, trình UBND tỉnh xem xét, phê duyệt',
    ]);
    expect(
      extract('Yêu cầu Sở Y tế khẩn trương tổng hợp kết quả kiểm tra; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện.'),
    ).toHaveLength(1);
  });

  it('reads the formula that closes a decision, ended by an ellipsis, as no work', () => {
    expect(
      extract(
        'Giao Giám đốc Sở Nông nghiệp và Phát triển nông thôn, Sở Tài chính; thành viên Ban Chỉ huy phòng chống thiên tai tỉnh, Chủ tịch UBND huyện Long Mỹ; Thủ trưởng cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này kể từ ngày ký…',
      ),
    ).toEqual([]);
  });
});

describe('extractDirectives on the texts of the centrally-run cities and of forwarded letters', () => {
  const read = (text: string, date = '2022-04-20') => drafted(text, date);

  it('reads "Công an TP" and "Công an thành phố" as the city’s police, one named with its place as a district’s', () => {
    expect(read('UBND TP Đà Nẵng giao Công an thành phố tăng cường đảm bảo an ninh trật tự.')[0]).toMatchObject({
      lead: idOf('CA'),
      title: 'Tăng cường đảm bảo an ninh trật tự',
    });
    expect(read('UBND TP yêu cầu Công an TP, Sở Y tế huy động tối đa lực lượng, phương tiện.')[0]).toMatchObject({
      lead: idOf('CA'),
      support: [idOf('SYT')],
    });
    expect(read('UBND tỉnh giao Công an thành phố Huế tăng cường kiểm tra.')[0]).toMatchObject({
      lead: null,
      title: 'Công an thành phố Huế tăng cường kiểm tra',
    });
  });

  it('gives a letter forwarded "để biết, thực hiện" to its receiver, and none forwarded "để biết" alone', () => {
    expect(
      read(
        'Văn phòng UBND tỉnh chuyển văn bản của Bộ Y tế đến Sở Y tế, UBND các huyện để biết, thực hiện theo chức năng, nhiệm vụ.',
      )[0],
    ).toMatchObject({ lead: idOf('SYT'), groups: ['UBND các huyện'], title: 'Thực hiện theo chức năng, nhiệm vụ' });
    expect(read('Văn phòng UBND tỉnh chuyển hồ sơ đến Sở Tư pháp để biết.')).toEqual([]);
  });

  it('leaves the spirit of the work out of its title, and reads "nỗ lực" before an event as work done once', () => {
    expect(
      read('Giao Sở Xây dựng với tinh thần khẩn trương tăng cường kiểm tra chất lượng các công trình.')[0].title,
    ).toBe('Khẩn trương tăng cường kiểm tra chất lượng các công trình');
    expect(
      read(
        'Giao Sở Văn hóa, Thể thao và Du lịch nỗ lực tổ chức thành công Đại hội Thể dục thể thao tỉnh lần thứ IX.',
      )[0].kind,
    ).toBe('deadline');
  });

  it('ends a sentence at a full stop a page left without its space, but not after "Tp."', () => {
    expect(
      read(
        'Sở Y tế kiểm tra các cơ sở trên địa bàn.Các sở Xây dựng, Tài chính phối hợp chặt chẽ với UBND các huyện rà soát các công trình.',
      ).map((d) => [d.title, d.lead]),
    ).toEqual([
      ['Kiểm tra các cơ sở trên địa bàn', idOf('SYT')],
      ['Rà soát các công trình', idOf('SXD')],
    ]);
    expect(read('Giao UBND Tp.Huế tăng cường kiểm tra.')).toHaveLength(1);
  });

  it('reads the units "thuộc phạm vi quản lý" of the city as one group, and their announced tasks as no task', () => {
    expect(
      read(
        'Ủy ban nhân dân thành phố vừa có văn bản yêu cầu các cơ quan, đơn vị thuộc phạm vi quản lý của thành phố thực hiện một số nhiệm vụ. Sở Y tế tăng cường thanh tra, kiểm tra an toàn thực phẩm.',
      ),
    ).toEqual([
      expect.objectContaining({ lead: idOf('SYT'), title: 'Tăng cường thanh tra, kiểm tra an toàn thực phẩm' }),
    ]);
    expect(read('Yêu cầu các cơ quan, đơn vị thuộc phạm vi quản lý của tỉnh tăng cường kiểm tra.')[0].groups).toEqual([
      'các cơ quan, đơn vị thuộc phạm vi quản lý của tỉnh',
    ]);
  });
});

describe('extractDirectives on partners the table lacks, a lead that goes on, and groups by a river or written with dashes', () => {
  const read = (text: string, date = '2025-08-01') => drafted(text, date);

  it('keeps a partner the table lacks by name and starts the title at the work', () => {
    expect(
      read(
        'UBND tỉnh giao Sở Y tế chủ trì, phối hợp với Bộ Chỉ huy Bộ đội biên phòng tỉnh thực hiện quản lý, kiểm soát chặt chẽ việc xuất bến của tàu cá.',
      )[0],
    ).toMatchObject({
      lead: idOf('SYT'),
      groups: ['Bộ Chỉ huy Bộ đội biên phòng tỉnh'],
      title: 'Thực hiện quản lý, kiểm soát chặt chẽ việc xuất bến của tàu cá',
    });
    expect(
      read(
        'Giao Sở Y tế chủ trì, phối hợp Phân viện Nghiên cứu thủy sản Nam Sông Hậu cùng các đơn vị liên quan tiếp tục theo dõi tình hình cá nuôi lồng bè chết.',
      )[0],
    ).toMatchObject({
      groups: ['Phân viện Nghiên cứu thủy sản Nam Sông Hậu', 'các đơn vị liên quan'],
      title: 'Tiếp tục theo dõi tình hình cá nuôi lồng bè chết',
      kind: 'standing',
    });
    // A head of the unit named next is no partner of its own.
    expect(
      read('Giao Sở Y tế chủ trì, phối hợp với Giám đốc Sở Tài chính tham mưu bố trí kinh phí.')[0].groups,
    ).toEqual([]);
  });

  it('reads "tiếp tục chủ trì" as the lead going on with its work', () => {
    expect(
      read(
        'Giao Sở Tài chính tiếp tục chủ trì, phối hợp với UBND các xã, phường và các đơn vị liên quan khẩn trương rà soát hồ sơ, số liệu.',
      )[0],
    ).toMatchObject({
      lead: idOf('STC'),
      groups: ['UBND các xã, phường', 'các đơn vị liên quan'],
      title: 'Khẩn trương rà soát hồ sơ, số liệu',
    });
    expect(read('Sở Tài chính tiếp tục chủ trì triển khai Nghị quyết.')[0]).toMatchObject({ kind: 'standing' });
  });

  it('reads groups along a river or a lagoon, with dashes, and the city’s mass organisations', () => {
    expect(read('UBND tỉnh yêu cầu UBND các huyện ven sông Hậu tăng cường kiểm tra đê bao.')[0]).toMatchObject({
      groups: ['UBND các huyện ven sông Hậu'],
      title: 'Tăng cường kiểm tra đê bao',
    });
    expect(read('UBND TP đã chỉ đạo các sở-ngành, quận-huyện tăng cường hiệu quả quản lý nhà nước.')[0].groups).toEqual(
      ['các sở-ngành, quận-huyện'],
    );
    expect(
      read(
        'UBND TP Đà Nẵng yêu cầu các sở ngành, đoàn thể thành phố, UBND các quận, huyện căn cứ chức năng nhiệm vụ được giao, tập trung chỉ đạo thực hiện Chỉ thị.',
      )[0],
    ).toMatchObject({
      groups: ['các sở ngành, đoàn thể thành phố', 'UBND các quận, huyện'],
      title: 'Tập trung chỉ đạo thực hiện Chỉ thị',
    });
  });

  it('leaves the leader by post and the words before a date out of the title', () => {
    expect(
      read(
        'Về việc xử lý các điểm đen ngập lụt, Phó Chủ tịch yêu cầu cần khảo sát kỹ lưỡng, đề xuất biện pháp cụ thể.',
      )[0].title,
    ).toBe('Khảo sát kỹ lưỡng, đề xuất biện pháp cụ thể');
    expect(
      read(
        'Các chủ đầu tư phải cam kết tiến độ thi công, giải ngân dự án theo từng tuần, từng tháng cho đến hết năm 2025.',
      )[0].title,
    ).toBe('Cam kết tiến độ thi công, giải ngân dự án theo từng tuần, từng tháng');
  });
});

describe('extractDirectives on a sentence that dates the whole work before it', () => {
  it('dates each step of the same units’ work by "Kết quả thực hiện phải được hoàn thành trước ngày …"', () => {
    expect(
      extract(
        'Yêu cầu các đơn vị tập trung kiểm tra, rà soát toàn bộ các hồ sơ đã được ghi nhận quá hạn; đồng thời làm rõ nguyên nhân. Kết quả thực hiện phải được hoàn thành trước ngày 12/3.',
        '2026-03-01',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([
      ['Tập trung kiểm tra, rà soát toàn bộ các hồ sơ đã được ghi nhận quá hạn', '2026-03-12'],
      ['Làm rõ nguyên nhân', '2026-03-12'],
    ]);
  });
});

describe('extractDirectives on the near misses of partners, mottos, remits after two units and a closing date', () => {
  const read = (text: string, date = '2019-03-20') => drafted(text, date);

  it('keeps the unit named first when a group after its comma goes on to its remit', () => {
    expect(
      read('Sở Y tế, UBND các huyện căn cứ chức năng, nhiệm vụ được giao khẩn trương nghiên cứu.')[0],
    ).toMatchObject({
      lead: idOf('SYT'),
      groups: ['UBND các huyện'],
      title: 'Khẩn trương nghiên cứu',
    });
  });

  it('reads every partner the table lacks after the lead’s "chủ trì, phối hợp với", and a motto whole', () => {
    expect(
      read(
        'Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Hội Doanh nhân trẻ, Câu lạc bộ Lữ hành tỉnh tổ chức Hội chợ Du lịch.',
      )[0],
    ).toMatchObject({ groups: ['Hội Doanh nhân trẻ', 'Câu lạc bộ Lữ hành tỉnh'], title: 'Tổ chức Hội chợ Du lịch' });
    expect(
      read(
        'Giao Sở Nội vụ với tinh thần “dân biết, dân bàn, dân làm, dân kiểm tra” tổ chức lấy ý kiến nhân dân về dự thảo Nghị quyết.',
      )[0].title,
    ).toBe('Tổ chức lấy ý kiến nhân dân về dự thảo Nghị quyết');
  });

  it('keeps "thuộc phạm vi quản lý của" a named owner out of the group', () => {
    expect(read('Các đơn vị thuộc phạm vi quản lý của Sở Y tế tăng cường kiểm tra.')[0].groups).toEqual(['Các đơn vị']);
    expect(read('Các cơ quan, đơn vị thuộc phạm vi quản lý của UBND tỉnh thực hiện nghiêm kỷ luật.')[0]).toMatchObject({
      groups: ['Các cơ quan, đơn vị thuộc phạm vi quản lý của UBND tỉnh'],
      title: 'Thực hiện nghiêm kỷ luật',
    });
  });

  it('dates each step by "Hoàn thành, trình UBND tỉnh trước ngày …" closing the work', () => {
    expect(
      read(
        'Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với UBND các huyện tập trung rà soát hiện trạng; nghiên cứu chỉ đạo của Văn phòng Điều phối nông thôn mới Trung ương, tham mưu, đề xuất UBND tỉnh. Hoàn thành, trình UBND tỉnh trước ngày 30/4/2019.',
      ).map((d) => d.dueDate),
    ).toEqual(['2019-04-30', '2019-04-30']);
  });
});

describe('extractDirectives on holidays, letters "gởi" and lists of sectors and districts', () => {
  const read = (text: string, date = '2023-04-20') => drafted(text, date);

  it('reads a letter "gởi" to units as sent to them, and "các huyện, thị, thành phố" as one group', () => {
    expect(
      read(
        'Phó Chủ tịch UBND tỉnh vừa ký văn bản gởi các Sở Nội vụ, Tài chính, Giáo dục & Đào tạo và các huyện, thị, thành phố yêu cầu rà soát việc bố trí số lượng người làm việc.',
      )[0],
    ).toMatchObject({
      lead: idOf('SNV'),
      support: [idOf('STC'), idOf('SGDDT')],
      groups: ['các huyện, thị, thành phố'],
      title: 'Rà soát việc bố trí số lượng người làm việc',
    });
  });

  it('reads lists of sectors, mass organisations and districts as whole groups', () => {
    expect(read('Các cấp, ngành, đoàn thể liên quan xây dựng kế hoạch chi tiết cụ thể.')[0].groups).toEqual([
      'Các cấp, ngành, đoàn thể liên quan',
    ]);
    expect(read('Tất cả các sở, ngành, huyện, thành phố thường xuyên nắm tình hình.')[0]).toMatchObject({
      groups: ['các sở, ngành, huyện, thành phố'],
      title: 'Nắm tình hình',
    });
    expect(
      read(
        'Giao Sở Y tế chủ trì, phối hợp với các Sở, ban, ngành; các hội, đoàn thể của tỉnh; UBND các huyện, thị xã, thành phố tăng cường công tác bảo vệ trẻ em.',
      )[0],
    ).toMatchObject({ lead: idOf('SYT'), title: 'Tăng cường công tác bảo vệ trẻ em' });
  });

  it('reads the weekend off "thứ Bảy, Chủ nhật hằng tuần" as no weekly work, and a holiday granted as no work', () => {
    expect(
      read(
        'Các cơ quan, đơn vị không thực hiện lịch nghỉ cố định thứ Bảy, Chủ nhật hằng tuần thì căn cứ kế hoạch cụ thể của đơn vị để bố trí lịch nghỉ cho phù hợp.',
      )[0].kind,
    ).toBe('deadline');
    expect(
      read(
        'Cán bộ, công chức, viên chức, lực lượng vũ trang, người lao động được nghỉ 01 ngày (ngày 02/9).',
        '2020-08-20',
      ),
    ).toEqual([]);
  });

  it('titles a unit’s duty by the work it answers for', () => {
    expect(
      read(
        'Sở Nội vụ là cơ quan thường trực, chịu trách nhiệm trước UBND tỉnh trong việc tham mưu tổ chức thực hiện cuộc bầu cử.',
        '2025-12-10',
      )[0],
    ).toMatchObject({ lead: idOf('SNV'), title: 'Tham mưu tổ chức thực hiện cuộc bầu cử' });
  });
});

describe('extractDirectives on an economic zone’s board by its short name and notices made public', () => {
  it('reads "BQL Khu kinh tế" as a board the table lacks, and "thông báo công khai" as work', () => {
    const [board] = extract(
      'UBND tỉnh giao BQL Khu kinh tế hướng dẫn, hỗ trợ nhà đầu tư lập hồ sơ đề nghị chấp thuận chủ trương đầu tư dự án.',
    );
    expect(board.title).toBe(
      'BQL Khu kinh tế hướng dẫn, hỗ trợ nhà đầu tư lập hồ sơ đề nghị chấp thuận chủ trương đầu tư dự án',
    );
    expect(
      extract(
        'Giao Sở Tài nguyên và Môi trường thông báo công khai thông tin về phiên đấu giá; thông báo công khai danh sách tổ chức, cá nhân được tham gia phiên đấu giá.',
      ).map((d) => d.title),
    ).toEqual([
      'Thông báo công khai thông tin về phiên đấu giá',
      'Thông báo công khai danh sách tổ chức, cá nhân được tham gia phiên đấu giá',
    ]);
  });
});

describe('extractDirectives on the near misses of closing dates, remarks, weekends, holidays and accountability', () => {
  const read = (text: string, date = '2024-05-10') => drafted(text, date);

  it('leaves ongoing work undated when a closing sentence dates the work done once', () => {
    expect(
      read(
        'Sở Công Thương thường xuyên theo dõi diễn biến thị trường; xây dựng kế hoạch bình ổn giá. Hoàn thành, trình UBND tỉnh trước ngày 20/12/2024.',
      ).map((d) => [d.kind, d.dueDate]),
    ).toEqual([
      ['standing', null],
      ['deadline', '2024-12-20'],
    ]);
    expect(read('Sở Y tế báo cáo kết quả khi có yêu cầu.')[0].kind).toBe('standing');
    expect(read('UBND các huyện quản lý chặt chẽ các cơ sở kinh doanh thức ăn chăn nuôi.')[0].kind).toBe('standing');
  });

  it('still drafts the work of units listed after a remark', () => {
    expect(
      read(
        'Thời gian còn lại của năm không nhiều, Sở Tài chính, UBND các huyện cần khẩn trương rà soát, thanh toán nợ đọng.',
      ),
    ).toHaveLength(1);
  });

  it('keeps weekly work on weekends, and a duty to give leave', () => {
    expect(
      read(
        'Các cơ quan, đơn vị bố trí lực lượng trực vào thứ Bảy, Chủ nhật hằng tuần để tiếp nhận hồ sơ của người dân.',
      )[0].kind,
    ).toBe('standing');
    expect(
      read('Các doanh nghiệp bảo đảm người lao động được nghỉ Tết theo quy định của Bộ luật Lao động.'),
    ).toHaveLength(1);
  });

  it('reads no time as a partner, and keeps accountability for a failure as written', () => {
    expect(
      read('Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính, Tháng 3/2024 hoàn thành mua sắm trang thiết bị.')[0]
        .groups,
    ).toEqual([]);
    expect(
      read('Sở Nội vụ chịu trách nhiệm trước UBND tỉnh trong việc chậm trễ tham mưu kiện toàn tổ chức bộ máy.')[0]
        .title,
    ).toBe('Chịu trách nhiệm trước UBND tỉnh trong việc chậm trễ tham mưu kiện toàn tổ chức bộ máy');
  });
});

describe('extractDirectives on a target year and the committees of two levels', () => {
  it('dates a target "Phấn đấu đến năm 2025" by its year, not a plan’s horizon "tầm nhìn đến năm 2050"', () => {
    expect(
      extract(
        'Phấn đấu đến năm 2025, giảm tối thiểu 10% số lượng các đơn vị sự nghiệp công lập so với năm 2021.',
        '2023-05-10',
      )[0].dueDate,
    ).toBe('2025-12-31');
    expect(
      extract(
        'Sở Kế hoạch và Đầu tư tham mưu triển khai Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050.',
        '2023-05-10',
      )[0].dueDate,
    ).toBeNull();
  });

  it('reads "Chủ tịch UBND cấp huyện, cấp xã" as one group', () => {
    expect(
      extract(
        'Thủ trưởng các cơ quan đơn vị, Chủ tịch Ủy ban nhân dân cấp huyện, cấp xã cụ thể hóa mục tiêu, các chỉ tiêu để thực hành tiết kiệm.',
      )[0],
    ).toMatchObject({
      groupAssignees: ['các cơ quan đơn vị', 'Ủy ban nhân dân cấp huyện, cấp xã'],
      title: 'Cụ thể hóa mục tiêu, các chỉ tiêu để thực hành tiết kiệm',
    });
  });
});

describe('extractDirectives on trades addressed, funds as partners, holidays told after "Theo đó" and "không để"', () => {
  const read = (text: string, date = '2022-12-20') => drafted(text, date);

  it('reads the businesses of a trade to their work as one group', () => {
    expect(read('Các đơn vị kinh doanh vận tải hành khách tăng cường phương tiện.')[0]).toMatchObject({
      groups: ['Các đơn vị kinh doanh vận tải hành khách'],
      title: 'Tăng cường phương tiện',
    });
    expect(
      read('Các đơn vị kinh doanh du lịch, lữ hành trên địa bàn tỉnh xây dựng các tour du lịch mới.')[0].groups,
    ).toEqual(['Các đơn vị kinh doanh du lịch, lữ hành trên địa bàn tỉnh']);
  });

  it('keeps a fund as a partner, a holiday told after "Theo đó, tất cả" as no work, and "không để" as work', () => {
    expect(
      read('Giao Sở Tài chính chủ trì, phối hợp với Quỹ Phát triển đất tỉnh rà soát tài sản công.')[0],
    ).toMatchObject({ groups: ['Quỹ Phát triển đất tỉnh'], title: 'Rà soát tài sản công' });
    expect(
      read(
        'Theo đó, tất cả cán bộ, công chức, viên chức và người lao động được nghỉ Tết Dương lịch vào Chủ Nhật ngày 01/01/2023.',
      ),
    ).toEqual([]);
    expect(read('Sở Y tế chịu trách nhiệm trước UBND tỉnh trong việc không để dịch bệnh lây lan.')[0].title).toBe(
      'Không để dịch bệnh lây lan',
    );
  });
});

describe('extractDirectives on weekly reports, places listed with their level, a force the work rests on', () => {
  const read = (text: string, date = '2024-08-01') => drafted(text, date);

  it('reads a weekly report as a weekly rule, "hoặc đột xuất" with it, and "trong những tháng cuối năm" as a date', () => {
    expect(extract('Sở Y tế báo cáo UBND tỉnh hàng tuần hoặc đột xuất tình hình dịch bệnh.')[0]).toMatchObject({
      kind: 'recurring',
      recurrence: { every: 'week', day: null, until: null },
      title: 'Báo cáo UBND tỉnh tình hình dịch bệnh',
    });
    expect(
      read('Các sở, ngành, địa phương cần tập trung công tác phòng cháy chữa cháy trong những tháng cuối năm 2024.')[0],
    ).toMatchObject({ title: 'Tập trung công tác phòng cháy chữa cháy', dueDate: '2024-12-31' });
  });

  it('leaves no "của" or "dịp" the deadline was read from at the end of a title', () => {
    expect(
      read('Sở Tài chính thực hiện tiết kiệm thêm 10% chi thường xuyên của 6 tháng cuối năm 2017.', '2017-07-10')[0]
        .title,
    ).toBe('Thực hiện tiết kiệm thêm 10% chi thường xuyên');
    expect(
      read(
        'Sở Công Thương triển khai các biện pháp dự trữ hàng hóa bình ổn thị trường dịp trước, trong và sau Tết Nguyên đán.',
        '2024-01-10',
      )[0].title,
    ).toBe('Triển khai các biện pháp dự trữ hàng hóa bình ổn thị trường');
  });

  it('keeps the places of a group listed with their level ("TX.An Nhơn và thành phố Quy Nhơn") in the group', () => {
    for (const [last, written] of [
      ['TX.An Nhơn và TP.Quy Nhơn', 'TX.An Nhơn và TP.Quy Nhơn'],
      ['thị xã An Nhơn và thành phố Quy Nhơn', 'thị xã An Nhơn và thành phố Quy Nhơn'],
    ])
      expect(
        read(
          `Chủ tịch UBND tỉnh yêu cầu UBND các huyện Phù Mỹ, Vân Canh, ${last} khẩn trương kiểm tra hồ sơ trễ hẹn.`,
        )[0],
      ).toMatchObject({
        groups: [`UBND các huyện: Phù Mỹ, Vân Canh, ${written}`],
        title: 'Khẩn trương kiểm tra hồ sơ trễ hẹn',
      });
  });

  it('keeps the units named by how they are funded or what they run, and the mass organisations, in their groups', () => {
    expect(
      read(
        'Yêu cầu thủ trưởng các sở, ban, ngành, đơn vị sự nghiệp công lập và Chủ tịch UBND các xã, phường tập trung siết chặt kỷ luật hành chính.',
      )[0],
    ).toMatchObject({
      groups: ['các sở, ban, ngành, đơn vị sự nghiệp công lập', 'UBND các xã, phường'],
      title: 'Tập trung siết chặt kỷ luật hành chính',
    });
    expect(read('Thủ trưởng các đơn vị sử dụng ngân sách xác định số kinh phí cắt giảm.')[0]).toMatchObject({
      groups: ['các đơn vị sử dụng ngân sách'],
      title: 'Xác định số kinh phí cắt giảm',
    });
    expect(
      read('Yêu cầu các đơn vị quản lý, vận hành hồ chứa thủy điện, thủy lợi kiểm tra an toàn đập.')[0].groups,
    ).toEqual(['các đơn vị quản lý, vận hành hồ chứa thủy điện, thủy lợi']);
    expect(
      read(
        'Yêu cầu các sở, ban ngành, tổ chức chính trị, đoàn thể thuộc tỉnh, UBND các huyện thực hiện tiết kiệm chi thường xuyên.',
      )[0],
    ).toMatchObject({
      groups: ['các sở, ban ngành, tổ chức chính trị, đoàn thể thuộc tỉnh', 'UBND các huyện'],
      title: 'Thực hiện tiết kiệm chi thường xuyên',
    });
  });

  it('reads a city’s "Văn phòng UBND thành phố" as the office, one named with its place as a district’s', () => {
    expect(read('Ông đề nghị Văn phòng UBND thành phố kiểm tra lại hồ sơ.')[0]).toMatchObject({
      lead: idOf('VP-UBND'),
      title: 'Kiểm tra lại hồ sơ',
    });
    expect(read('Giao Văn phòng UBND thành phố Bắc Kạn kiểm tra lại hồ sơ.')[0].lead).toBeNull();
  });

  it('reads "Đặc biệt, yêu cầu …" as the work asked for, not a claim the sentence is about', () => {
    expect(read('Đặc biệt, yêu cầu chấp hành nghiêm giờ giấc làm việc, văn hóa công sở.')[0].title).toBe(
      'Chấp hành nghiêm giờ giấc làm việc, văn hóa công sở',
    );
    expect(read('Yêu cầu bồi thường thiệt hại được xem xét theo quy định.').map((d) => d.title)).not.toContain(
      'Bồi thường thiệt hại được xem xét theo quy định',
    );
  });

  it('reads no work in "chỉ đạo, điều hành" or a numbered letter sent, and still a chair’s direction', () => {
    expect(read('UBND tỉnh chỉ đạo, điều hành quyết liệt các nhiệm vụ.')).toEqual([]);
    expect(
      read(
        'Sau đó, UBND tỉnh cũng có văn bản số 3843 gửi thủ trưởng các sở, ngành, chủ tịch UBND các huyện để cụ thể hóa các nội dung này.',
      ),
    ).toEqual([]);
    expect(read('Chủ tịch UBND tỉnh chỉ đạo Sở Y tế khẩn trương kiểm tra.')[0]).toMatchObject({
      lead: idOf('SYT'),
      title: 'Khẩn trương kiểm tra',
    });
  });

  it('reads a leader named Dũng after an opening as the assigner, not "đúng yêu cầu"', () => {
    for (const verb of ['giao', 'yêu cầu'])
      expect(
        read(`Tại cuộc họp, Chủ tịch UBND tỉnh Trần Văn Dũng ${verb} Sở Tài chính tập trung thu ngân sách.`)[0],
      ).toMatchObject({ lead: idOf('STC'), title: 'Tập trung thu ngân sách' });
    expect(
      read('Phó Chủ tịch Thường trực UBND tỉnh Lê Quang Dũng yêu cầu Sở Tài chính tập trung thu ngân sách.')[0],
    ).toMatchObject({ lead: idOf('STC'), title: 'Tập trung thu ngân sách' });
  });

  it('reads "các ngành liên quan" the lead cooperates with as a group, and the work after it', () => {
    expect(
      read(
        'Sở Nông nghiệp và Phát triển nông thôn chủ trì phối hợp với các ngành liên quan và UBND cấp huyện tổ chức bảo vệ rừng.',
      )[0],
    ).toMatchObject({ groups: ['các ngành liên quan', 'UBND cấp huyện'], title: 'Tổ chức bảo vệ rừng' });
  });

  it('reads "chủ động có phương án …" and "Chủ động các phương án …" as work of the units before', () => {
    expect(
      read(
        'UBND các xã, phường theo dõi sát tình hình mưa lũ; chủ động có phương án bố trí lực lượng hỗ trợ Nhân dân thu hoạch lúa.',
      ).map((d) => [d.groups, d.title]),
    ).toEqual([
      [['UBND các xã, phường'], 'Theo dõi sát tình hình mưa lũ'],
      [['UBND các xã, phường'], 'Chủ động có phương án bố trí lực lượng hỗ trợ Nhân dân thu hoạch lúa'],
    ]);
    expect(
      read('UBND các xã, phường theo dõi sát tình hình mưa lũ; chủ động các phương án chống úng cục bộ.')[1]?.title,
    ).toBe('Chủ động các phương án chống úng cục bộ');
  });

  it('keeps "cá nhân" in the group, and no monthly rule in what is to be avoided', () => {
    expect(
      read(
        'UBND tỉnh yêu cầu các cơ quan, đơn vị, cá nhân theo chức năng, nhiệm vụ, thẩm quyền thực hiện nghiêm chỉ đạo của Bộ.',
      )[0],
    ).toMatchObject({ groups: ['các cơ quan, đơn vị, cá nhân'], title: 'Thực hiện nghiêm chỉ đạo của Bộ' });
    expect(
      extract(
        'Sở Y tế chỉ đạo các đơn vị chấp hành nghiêm, không để xảy ra tình trạng chậm đóng, đóng không đủ hàng tháng.',
      )[0],
    ).toMatchObject({ recurrence: null, title: expect.stringContaining('đóng không đủ hàng tháng') });
  });

  it('keeps "liên tục" and "thường xuyên" inside the work’s words, and leaves no "phấn đấu" or "trong 2 tháng"', () => {
    expect(
      read('Sở Y tế lập danh sách các đối tượng để cấp thẻ BHYT liên tục và bảo đảm quyền lợi của đối tượng.')[0],
    ).toMatchObject({
      kind: 'standing',
      title: 'Lập danh sách các đối tượng để cấp thẻ BHYT liên tục và bảo đảm quyền lợi của đối tượng',
    });
    expect(read('Sở Y tế thường xuyên kiểm tra các cơ sở.')[0].title).toBe('Kiểm tra các cơ sở');
    expect(
      read(
        'Sở Tài chính hoàn thiện cơ sở dữ liệu tại các khu vực chưa có dữ liệu, phấn đấu hoàn thành trong năm 2026.',
      )[0],
    ).toMatchObject({ title: 'Hoàn thiện cơ sở dữ liệu tại các khu vực chưa có dữ liệu', dueDate: '2026-12-31' });
    expect(
      read('Các huyện, thị xã phải quyết tâm thu đạt trên 500 tỷ đồng trong 2 tháng cuối năm.', '2020-11-05')[0],
    ).toMatchObject({
      title: 'Quyết tâm thu đạt trên 500 tỷ đồng',
      dueDate: '2020-12-31',
    });
  });

  it('reads a sector and the localities beside it opening a sentence as its units', () => {
    expect(read('Ngành thuế và các địa phương phải quyết tâm thu đạt trên 500 tỷ đồng.')[0]).toMatchObject({
      groups: ['Ngành thuế', 'các địa phương'],
      title: 'Quyết tâm thu đạt trên 500 tỷ đồng',
    });
  });

  it('reads the last days or months of a year as its end, whole, unless they are only stressed ("nhất là")', () => {
    expect(read('Cục Thuế tỉnh quyết liệt thu ngân sách những tháng cuối năm.', '2024-10-05')[0]).toMatchObject({
      title: 'Quyết liệt thu ngân sách',
      dueDate: '2024-12-31',
    });
    expect(read('Công an tỉnh tăng cường tuần tra trong những ngày cuối năm 2024.', '2024-10-05')[0]).toMatchObject({
      title: 'Tăng cường tuần tra',
      dueDate: '2024-12-31',
    });
    expect(
      read('Sở Công Thương thực hiện các giải pháp kích cầu tiêu dùng, nhất là trong 2 tháng cuối năm và dịp Tết.')[0]
        .dueDate,
    ).toBeNull();
  });

  it('keeps the days of work done on several days of each week in its title', () => {
    expect(
      read('Sở Công Thương báo cáo tình hình cung ứng xăng dầu vào thứ Hai và thứ Năm hằng tuần.')[0],
    ).toMatchObject({ kind: 'standing', title: 'Báo cáo tình hình cung ứng xăng dầu vào thứ Hai và thứ Năm' });
  });

  it('reads "đúng yêu cầu" after a comma as the work’s words, and the last months of a year over or stressed as no date', () => {
    expect(read('Sở Tài chính kiểm tra chặt chẽ, đúng yêu cầu các hồ sơ thanh toán.')[0]).toMatchObject({
      lead: idOf('STC'),
      title: 'Kiểm tra chặt chẽ, đúng yêu cầu các hồ sơ thanh toán',
    });
    expect(
      read(
        'Sở Tài chính tổng hợp kết quả thu ngân sách trong những tháng cuối năm 2024, báo cáo UBND tỉnh trước ngày 15/01/2025.',
        '2025-01-06',
      )[0].dueDate,
    ).toBe('2025-01-15');
    expect(
      read(
        'Sở Công Thương thực hiện các giải pháp kích cầu tiêu dùng, nhất là trong những tháng cuối năm và dịp Tết.',
      )[0],
    ).toMatchObject({
      dueDate: null,
      title: 'Thực hiện các giải pháp kích cầu tiêu dùng, nhất là trong những tháng cuối năm và dịp Tết',
    });
  });

  it('reads "định hướng …" and "Giao chỉ tiêu … cho các đơn vị trực thuộc" as work, and "cần căn cứ … để" as its basis', () => {
    expect(
      read('Sở Y tế: định hướng các cơ quan báo chí tăng cường tuyên truyền về chính sách BHYT.')[0],
    ).toMatchObject({
      lead: idOf('SYT'),
      kind: 'standing',
    });
    expect(
      read(
        'Sở Y tế chỉ đạo các bệnh viện tuyên truyền về BHYT. Giao chỉ tiêu 100% học sinh tham gia BHYT cho các đơn vị trực thuộc.',
      )[1],
    ).toMatchObject({
      lead: idOf('SYT'),
      title: 'Giao chỉ tiêu 100% học sinh tham gia BHYT cho các đơn vị trực thuộc',
    });
    expect(read('Sở Tài chính giao chỉ tiêu thu ngân sách cho các huyện.')[0]).toMatchObject({
      lead: idOf('STC'),
      title: 'Giao chỉ tiêu thu ngân sách cho các huyện',
    });
    expect(
      read(
        'UBND các xã, phường cần căn cứ thẩm quyền theo Luật Tổ chức chính quyền địa phương để rà soát, bổ sung chức năng nhiệm vụ cho Trung tâm Dịch vụ tổng hợp.',
      )[0].title,
    ).toBe('Rà soát, bổ sung chức năng nhiệm vụ cho Trung tâm Dịch vụ tổng hợp');
    // A basis that names the work keeps it: "… để tổ chức thực hiện" says no more.
    expect(
      read('Các địa phương cần căn cứ vào Kế hoạch số 45/KH-UBND của UBND tỉnh để tổ chức thực hiện.')[0].title,
    ).toBe('Căn cứ vào Kế hoạch số 45/KH-UBND của UBND tỉnh để tổ chức thực hiện');
  });

  it('reads "là lực lượng nòng cốt, chủ trì" as the unit’s role before its lead', () => {
    expect(
      read(
        'Công an tỉnh là lực lượng nòng cốt, chủ trì, phối hợp với Sở Y tế triển khai các biện pháp nắm chắc tình hình.',
      )[0],
    ).toMatchObject({
      lead: idOf('CA'),
      support: [idOf('SYT')],
      title: 'Triển khai các biện pháp nắm chắc tình hình',
    });
    // What the unit is, not its role before its lead: the sentence stays as written.
    expect(
      read('Công an tỉnh là lực lượng nòng cốt trong bảo đảm an ninh, trật tự dịp Tết.')[0]?.title ?? '',
    ).not.toMatch(/^Trong /);
  });
});

describe('extractDirectives on a deadline before the units, and periods listed after the first', () => {
  const read = (text: string, date = '2016-05-10') => drafted(text, date);

  it('reads a date between the assigner and the units, with or without its comma, as the work’s deadline', () => {
    const expected = { title: 'Hoàn thành việc rà soát biên chế', lead: idOf('SNV'), dueDate: '2016-05-30' };
    for (const text of [
      'Chủ tịch UBND tỉnh yêu cầu trước ngày 30/5/2016 Sở Nội vụ phải hoàn thành việc rà soát biên chế.',
      'Chủ tịch UBND tỉnh yêu cầu đến ngày 30/5/2016 Sở Nội vụ phải hoàn thành việc rà soát biên chế.',
      'Yêu cầu đến ngày 30/5/2016, Sở Nội vụ phải hoàn thành việc rà soát biên chế.',
      'Trước ngày 30/5/2016 Sở Nội vụ phải hoàn thành việc rà soát biên chế.',
      'Đến ngày 30/5/2016 Sở Nội vụ phải hoàn thành việc rà soát biên chế.',
    ])
      expect(read(text)).toEqual([expect.objectContaining(expected)]);
    expect(
      read('UBND tỉnh yêu cầu trước 17 giờ ngày 30/5/2016 UBND các huyện báo cáo kết quả về Sở Tài chính.'),
    ).toEqual([
      expect.objectContaining({
        title: 'Báo cáo kết quả về Sở Tài chính',
        groups: ['UBND các huyện'],
        dueDate: '2016-05-30',
      }),
    ]);
  });

  it('reads the units after a time in days or a monthly day that opens the sentence', () => {
    const read3 = (text: string) =>
      extract(text, '2024-03-01').map((d) => [d.title, d.leadDepartmentId, d.groupAssignees, d.dueDate, d.recurrence]);
    expect(
      read3('Trong thời hạn 07 ngày làm việc, Sở Tư pháp thẩm định dự thảo quyết định, gửi Văn phòng UBND tỉnh.'),
    ).toEqual([['Thẩm định dự thảo quyết định, gửi Văn phòng UBND tỉnh', idOf('STP'), [], '2024-03-12', null]]);
    expect(
      read3('Trong 05 ngày làm việc kể từ ngày nhận được văn bản, UBND các huyện rà soát, báo cáo Sở Tài chính.'),
    ).toEqual([['Rà soát, báo cáo Sở Tài chính', null, ['UBND các huyện'], '2024-03-08', null]]);
    expect(read3('Định kỳ trước ngày 20 hằng tháng, các sở, ngành báo cáo tiến độ giải ngân về Sở Tài chính.')).toEqual(
      [
        [
          'Báo cáo tiến độ giải ngân về Sở Tài chính',
          null,
          ['các sở, ngành'],
          null,
          { every: 'month', day: 20, until: null },
        ],
      ],
    );
  });

  it('reads a part of the year named bare as the period the work covers when a date is set after it', () => {
    expect(
      read(
        'Sở Nội vụ chủ trì tổ chức sơ kết công tác cải cách hành chính 6 tháng đầu năm 2023, báo cáo UBND tỉnh trước ngày 10/7/2023.',
        '2023-06-05',
      )[0],
    ).toMatchObject({
      title: 'Tổ chức sơ kết công tác cải cách hành chính 6 tháng đầu năm 2023, báo cáo UBND tỉnh',
      dueDate: '2023-07-10',
    });
    expect(read('Sở Nội vụ tổ chức sơ kết 6 tháng đầu năm, hoàn thành trong tháng 7.', '2023-06-05')[0]).toMatchObject({
      title: 'Tổ chức sơ kết 6 tháng đầu năm',
      dueDate: '2023-07-31',
    });
    // Alone, it is the work's own time.
    expect(read('Sở Nội vụ hoàn thành việc sắp xếp bộ máy 6 tháng đầu năm 2023.', '2023-03-05')[0]).toMatchObject({
      dueDate: '2023-06-30',
    });
  });

  it('drafts a duty to follow, to help follow or to report as things arise as standing work', () => {
    const kinds = (text: string) => extract(text).map((d) => [d.title, d.kind]);
    expect(
      kinds(
        'Công an tỉnh là đơn vị được giao nhiệm vụ giúp Chủ tịch UBND tỉnh theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch.',
      ),
    ).toEqual([['Giúp Chủ tịch UBND tỉnh theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch', 'standing']]);
    expect(kinds('Sở Y tế thực hiện chế độ giám sát, báo cáo dịch theo thẩm quyền.')).toEqual([
      ['Thực hiện chế độ giám sát, báo cáo dịch theo thẩm quyền', 'standing'],
    ]);
    expect(kinds('Sở Xây dựng có trách nhiệm theo dõi, hướng dẫn các địa phương.')).toEqual([
      ['Theo dõi, hướng dẫn các địa phương', 'standing'],
    ]);
    expect(kinds('UBND các huyện bố trí lực lượng, phương tiện khắc phục sự cố khi xảy ra mưa lớn.')[0][1]).toBe(
      'standing',
    );
    expect(kinds('Sở Y tế kịp thời báo cáo UBND tỉnh những vấn đề phát sinh.')[0][1]).toBe('standing');
    expect(kinds('UBND các huyện tổ chức theo dõi chặt chẽ diễn biến của bão.')[0][1]).toBe('standing');
    // A duty to do something once stays work with a deadline to set.
    expect(kinds('Sở Xây dựng có trách nhiệm xây dựng kế hoạch kiểm tra.')).toEqual([
      ['Xây dựng kế hoạch kiểm tra', 'deadline'],
    ]);
  });

  it('dates the work before by a report "định kỳ hằng năm hoặc đột xuất" after it, with the same units', () => {
    expect(
      extract(
        'Giao Sở Y tế chủ trì triển khai Kế hoạch. Định kỳ hàng năm hoặc đột xuất báo cáo kết quả thực hiện về UBND tỉnh.',
      ).map((d) => [d.title, d.leadDepartmentId, d.recurrence]),
    ).toEqual([['Triển khai Kế hoạch', idOf('SYT'), { every: 'year', day: null, until: null }]]);
  });

  it('reads the escalation "trong quá trình thực hiện, nếu có khó khăn" as standing work', () => {
    expect(
      extract(
        'Giao Sở Y tế chủ trì triển khai Kế hoạch. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo UBND tỉnh.',
      ).map((d) => [d.leadDepartmentId, d.kind]),
    ).toEqual([
      [idOf('SYT'), 'deadline'],
      [idOf('SYT'), 'standing'],
    ]);
  });

  it('splits at ";" after "theo yêu cầu của" a ministry, a noun and no assigner before addressees', () => {
    expect(
      extract(
        'Sở Y tế triển khai các nội dung theo yêu cầu của Bộ Y tế; đồng thời tiếp tục thực hiện nghiêm Chỉ thị số 13/CT-UBND.',
      ).map((d) => [d.title, d.leadDepartmentId, d.kind]),
    ).toEqual([
      ['Triển khai các nội dung theo yêu cầu của Bộ Y tế', idOf('SYT'), 'deadline'],
      ['Tiếp tục thực hiện nghiêm Chỉ thị số 13/CT-UBND', idOf('SYT'), 'standing'],
    ]);
  });

  it('keeps "hoàn thành" in a title that would be a manner alone without it', () => {
    expect(
      extract('Yêu cầu Sở Xây dựng khẩn trương hoàn thành trước ngày 15/3/2024.').map((d) => [d.title, d.dueDate]),
    ).toEqual([['Khẩn trương hoàn thành', '2024-03-15']]);
  });

  it('drafts the work of a department named by initials the table lacks ("Sở NN&MT")', () => {
    expect(
      extract(
        'Sở NN&MT chủ trì, phối hợp Sở Tài chính rà soát đất công, hoàn thành trước ngày 15/9/2025.',
        '2025-09-01',
      ),
    ).toEqual([expect.objectContaining({ leadDepartmentId: null, dueDate: '2025-09-15' })]);
  });

  it('dates "năm nay" after a day and month, "ngày mai", and "từ nay đến cuối năm 2025" read whole', () => {
    expect(read('Sở Tài chính kiểm tra, hoàn thành trước ngày 31 tháng 12 năm nay.', '2023-11-20')[0]).toMatchObject({
      title: 'Kiểm tra',
      dueDate: '2023-12-31',
    });
    expect(read('Các huyện báo cáo thiệt hại trước 10 giờ sáng ngày mai.', '2024-09-09')[0]).toMatchObject({
      title: 'Báo cáo thiệt hại',
      dueDate: '2024-09-10',
    });
    expect(
      read('Các sở, ban, ngành tập trung hoàn thành các nhiệm vụ trọng tâm từ nay đến cuối năm 2025.', '2025-11-19')[0],
    ).toMatchObject({ title: 'Tập trung hoàn thành các nhiệm vụ trọng tâm', dueDate: '2025-12-31' });
  });

  it('reads who answers for a failure of the work before, after ";", as no work of its own', () => {
    expect(
      read(
        'UBND các huyện hoàn thành bàn giao mặt bằng trong tháng 3 năm 2023; nếu để chậm trễ, Chủ tịch UBND huyện chịu trách nhiệm trước Chủ tịch UBND tỉnh.',
        '2023-03-02',
      ),
    ).toEqual([expect.objectContaining({ title: 'Hoàn thành bàn giao mặt bằng', dueDate: '2023-03-31' })]);
  });

  it('reads the members of a steering or organising board as a group the work is given to', () => {
    const read2 = (text: string) => titlesAndGroups(text);
    expect(read2('Chủ tịch UBND tỉnh yêu cầu các thành viên Ban Chỉ đạo rà soát kỹ lưỡng công việc.')).toEqual([
      ['Rà soát kỹ lưỡng công việc', ['các thành viên Ban Chỉ đạo']],
    ]);
    expect(read2('Đồng thời yêu cầu các thành viên Ban tổ chức cần rà soát kỹ lưỡng công việc.')).toEqual([
      ['Rà soát kỹ lưỡng công việc', ['các thành viên Ban tổ chức']],
    ]);
    expect(
      read2('Yêu cầu các thành viên Ban Chỉ đạo phòng, chống dịch tỉnh theo dõi chặt chẽ địa bàn được phân công.'),
    ).toEqual([['Theo dõi chặt chẽ địa bàn được phân công', ['các thành viên Ban Chỉ đạo phòng, chống dịch tỉnh']]]);
  });

  it('reads the board of the economic zone and the industrial zones as a body the table lacks', () => {
    expect(
      extract(
        'UBND tỉnh yêu cầu Ban Quản lý Khu kinh tế và Khu công nghiệp tỉnh hướng dẫn Công ty A thực hiện đầy đủ các thủ tục pháp lý.',
      ).map((d) => [d.title, d.leadDepartmentId]),
    ).toEqual([
      [
        'Ban Quản lý Khu kinh tế và Khu công nghiệp tỉnh hướng dẫn Công ty A thực hiện đầy đủ các thủ tục pháp lý',
        null,
      ],
    ]);
    expect(
      extract('Giao Sở Xây dựng chủ trì, phối hợp Ban Quản lý các Khu kinh tế tỉnh rà soát quy hoạch.').map((d) => [
        d.title,
        d.groupAssignees,
      ]),
    ).toEqual([['Rà soát quy hoạch', ['Ban Quản lý các Khu kinh tế tỉnh']]]);
  });

  it('reads the board a unit serves as its standing office as its role, and "các sở ban ngành" without a comma', () => {
    expect(
      extract(
        'Giao Sở Nông nghiệp và Phát triển nông thôn - Cơ quan Thường trực Ban Chỉ huy phòng, chống thiên tai tỉnh chủ trì, phối hợp các cơ quan liên quan khẩn trương triển khai Công điện số 07/CĐ-TTg.',
      ).map((d) => [d.title, d.leadDepartmentId]),
    ).toEqual([['Khẩn trương triển khai Công điện số 07/CĐ-TTg', idOf('SNNPTNT')]]);
    expect(
      extract('UBND tỉnh yêu cầu các sở ban ngành, địa phương tăng cường công tác quản lý lễ hội.').map((d) => [
        d.title,
        d.groupAssignees,
        d.groupKeys,
      ]),
    ).toEqual([['Tăng cường công tác quản lý lễ hội', ['các sở ban ngành, địa phương'], ['departments', 'districts']]]);
  });

  it('reads "Các sở" opening a sentence as the departments given its work, not "Các số liệu"', () => {
    expect(
      extract(
        'Các sở rà soát kịch bản tăng trưởng, báo cáo UBND tỉnh trước ngày 30/11/2025. Các số liệu phải được cập nhật.',
        '2025-11-01',
      ).map((d) => [d.title, d.groupAssignees, d.dueDate]),
    ).toEqual([['Rà soát kịch bản tăng trưởng, báo cáo UBND tỉnh', ['Các sở'], '2025-11-30']]);
  });

  it('reads a body the table lacks named after the groups given the work as one more of them', () => {
    expect(
      titlesAndGroups(
        'Giao các sở, ban, ngành tỉnh; Đài Khí tượng thủy văn tỉnh; Ủy ban nhân dân các huyện tổ chức triển khai thực hiện các văn bản nêu trên.',
      ),
    ).toEqual([
      [
        'Tổ chức triển khai thực hiện các văn bản nêu trên',
        ['các sở, ban, ngành tỉnh', 'Ủy ban nhân dân các huyện', 'Đài Khí tượng thủy văn tỉnh'],
      ],
    ]);
    // The body leading the groups keeps its name before the work.
    expect(
      extract('Kho bạc Nhà nước tỉnh chủ trì, phối hợp với UBND các huyện rà soát các khoản tạm ứng.')[0].title,
    ).toBe('Kho bạc Nhà nước tỉnh rà soát các khoản tạm ứng');
  });

  it('reads the units after more times that open the sentence, and a role before the work', () => {
    const read4 = (text: string, date = '2024-03-01') =>
      extract(text, date).map((d) => [
        d.title,
        d.leadDepartmentId,
        d.groupAssignees,
        d.dueDate,
        d.recurrence?.every ?? null,
      ]);
    expect(
      read4(
        'Trong 07 ngày, kể từ ngày nhận được văn bản này, Công an tỉnh xác minh, làm rõ nội dung phản ánh của công dân.',
      ),
    ).toEqual([['Xác minh, làm rõ nội dung phản ánh của công dân', idOf('CA'), [], '2024-03-08', null]]);
    expect(
      read4('Định kỳ hằng tuần, hằng tháng, UBND các huyện báo cáo tiến độ giải phóng mặt bằng về Sở Tài chính.'),
    ).toEqual([['Báo cáo tiến độ giải phóng mặt bằng về Sở Tài chính', null, ['UBND các huyện'], null, 'week']]);
    expect(read4('Trước ngày 15/12 hằng năm, Sở Tài chính trình UBND tỉnh dự toán ngân sách năm sau.')).toEqual([
      ['Trình UBND tỉnh dự toán ngân sách năm sau', idOf('STC'), [], null, 'year'],
    ]);
    expect(read4('Yêu cầu đến cuối năm 2024 Sở Xây dựng phải hoàn thành đầu tư 500 căn nhà ở xã hội.')).toEqual([
      ['Hoàn thành đầu tư 500 căn nhà ở xã hội', idOf('SXD'), [], '2024-12-31', null],
    ]);
    expect(read4('Từ ngày 01/7/2024 đến ngày 31/7/2024 Sở Y tế phải tổ chức đợt cao điểm tiêm chủng mở rộng.')).toEqual(
      [['Tổ chức đợt cao điểm tiêm chủng mở rộng', idOf('SYT'), [], '2024-07-31', null]],
    );
    expect(
      read4(
        'Trong quá trình thực hiện, Sở Tài chính chủ trì tổng hợp dự toán kinh phí, trình UBND tỉnh trước ngày 15/4/2021.',
        '2021-03-22',
      ),
    ).toEqual([['Tổng hợp dự toán kinh phí, trình UBND tỉnh', idOf('STC'), [], '2021-04-15', null]]);
    expect(
      extract(
        'Công an tỉnh là đơn vị thường trực, giúp Chủ tịch UBND tỉnh theo dõi, đôn đốc việc thực hiện Chỉ thị này.',
      ).map((d) => [d.title, d.kind]),
    ).toEqual([['Giúp Chủ tịch UBND tỉnh theo dõi, đôn đốc việc thực hiện Chỉ thị này', 'standing']]);
    // A part of the year opening the sentence is its time, no rule.
    expect(read4('6 tháng đầu năm 2024, Sở Xây dựng hoàn thành việc cấp phép cho 20 dự án.')).toEqual([
      ['Hoàn thành việc cấp phép cho 20 dự án', idOf('SXD'), [], '2024-06-30', null],
    ]);
    // "Đề nghị khẩn trương hoàn thành trước ngày …" after work dates it.
    expect(
      read4(
        'Sở Tài nguyên và Môi trường chủ trì xử lý dứt điểm các tồn tại. Đề nghị khẩn trương hoàn thành trước ngày 20/3/2024.',
      ),
    ).toEqual([['Xử lý dứt điểm các tồn tại', idOf('STNMT'), [], '2024-03-20', null]]);
  });

  it('leaves the near misses of these rules as they were', () => {
    const kindsOf = (text: string, date = '2024-03-01') =>
      extract(text, date).map((d) => [d.kind, d.dueDate, d.recurrence?.every ?? null]);
    // A result told after a date, no work.
    for (const told of [
      'Đến ngày 15/5/2024 UBND huyện Lâm Hà mới hoàn thành 40% khối lượng bồi thường.',
      'Trước ngày 01/7/2024 Sở Y tế chưa hoàn thành việc đấu thầu thuốc tập trung, gây thiếu thuốc tại một số bệnh viện.',
      'Đến ngày 05/7/2024 Sở Tài chính không hoàn thành việc thẩm định quyết toán dự án.',
    ])
      expect(extract(told, '2024-07-08')).toEqual([]);
    // "ngày hôm sau" counts from an event or each day, not from the document.
    expect(
      kindsOf('Sở Y tế cập nhật số liệu ca bệnh hằng ngày, gửi Văn phòng UBND tỉnh trước 9 giờ ngày hôm sau.'),
    ).toEqual([['standing', null, null]]);
    // A part of the year to finish the work in stays its date.
    expect(
      kindsOf(
        'Sở Giao thông vận tải hoàn thành dự án nâng cấp tỉnh lộ 6 tháng đầu năm 2024, báo cáo kết quả trước ngày 10/7/2024.',
        '2024-02-20',
      ),
    ).toEqual([['deadline', '2024-06-30', null]]);
    // The shortest of three periods listed is the rule; "tháng 3/2024" after a weekly rule is a month, no period.
    expect(kindsOf('Các sở, ngành báo cáo định kỳ hằng tuần, hằng tháng, hằng quý về Văn phòng UBND tỉnh.')).toEqual([
      ['recurring', null, 'week'],
    ]);
    expect(extract('Sở Xây dựng báo cáo hằng tuần, tháng 3/2024 hoàn thành tổng kết.')[0].title).toContain(
      'tháng 3/2024',
    );
    // Work given with the failure, or to whoever is in charge of it, stays work.
    expect(
      kindsOf(
        'Sở Xây dựng hoàn thành thẩm định trước ngày 15/3/2024; nếu chậm trễ, Sở Xây dựng bị xử lý theo quy định và phải báo cáo giải trình trước ngày 20/3/2024.',
      ),
    ).toEqual([
      ['deadline', '2024-03-15', null],
      ['deadline', '2024-03-20', null],
    ]);
    expect(
      kindsOf(
        'Sở Tư pháp góp ý dự thảo; nếu không thống nhất, Sở Nội vụ chịu trách nhiệm tổng hợp ý kiến, báo cáo UBND tỉnh trước ngày 20/3/2023.',
        '2023-03-02',
      ),
    ).toEqual([
      ['deadline', null, null],
      ['deadline', '2023-03-20', null],
    ]);
    // A plan made for such times, an entitlement paid once, a report on one matter: done once.
    for (const once of [
      'Sở Giao thông vận tải xây dựng phương án phân luồng giao thông khi xảy ra mưa lớn gây ngập úng, trình UBND tỉnh.',
      'Sở Nội vụ thực hiện chế độ nghỉ hưu trước tuổi cho 15 cán bộ theo Nghị định 29/2023/NĐ-CP.',
      'Sở Tư pháp kịp thời báo cáo, tham mưu UBND tỉnh giải quyết dứt điểm vụ việc.',
    ])
      expect(kindsOf(once)).toEqual([['deadline', null, null]]);
  });

  it('keeps these openings, roles and groups from their near misses', () => {
    // A told failure or result after an opening time.
    expect(
      extract(
        'Trong 10 ngày, kể từ ngày nhận đơn, UBND huyện Đức Trọng chưa có văn bản trả lời công dân, gây bức xúc kéo dài.',
        '2023-12-04',
      ),
    ).toEqual([]);
    expect(
      extract('Từ ngày 01/6/2024 đến ngày 30/6/2024 UBND các huyện mới giải ngân được 20% kế hoạch vốn.', '2024-07-01'),
    ).toEqual([]);
    // What the unit's role is about stays whole; the role before a board's name goes with it.
    expect(
      extract(
        'Sở Tư pháp là đơn vị thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh, chủ trì tổ chức hưởng ứng Ngày Pháp luật Việt Nam.',
      )[0].title,
    ).toBe('Chủ trì tổ chức hưởng ứng Ngày Pháp luật Việt Nam');
    expect(
      extract('Sở Kế hoạch và Đầu tư là cơ quan đầu mối trong việc tiếp nhận, xử lý kiến nghị của nhà đầu tư.')[0]
        .title,
    ).toBe('Là cơ quan đầu mối trong việc tiếp nhận, xử lý kiến nghị của nhà đầu tư');
    // The lead's role named ("là đơn vị chủ trì") is its "chủ trì".
    expect(
      extract('Sở Công Thương là đơn vị chủ trì, phối hợp với các đơn vị liên quan tổ chức Hội chợ thương mại.').map(
        (d) => [d.title, d.leadDepartmentId, d.groupAssignees],
      ),
    ).toEqual([['Tổ chức Hội chợ thương mại', idOf('SCT'), ['các đơn vị liên quan']]]);
    // A board's name runs to its place or up to the work.
    const groupsOf = (text: string) => titlesAndGroups(text);
    expect(
      groupsOf(
        'Yêu cầu các thành viên Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh tăng cường kiểm tra tại địa bàn được phân công phụ trách.',
      ),
    ).toEqual([
      [
        'Tăng cường kiểm tra tại địa bàn được phân công phụ trách',
        ['các thành viên Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh'],
      ],
    ]);
    expect(groupsOf('Yêu cầu các thành viên Đoàn kiểm tra liên ngành thực hiện kiểm tra đúng kế hoạch.')).toEqual([
      ['Thực hiện kiểm tra đúng kế hoạch', ['các thành viên Đoàn kiểm tra liên ngành']],
    ]);
    // "Các sổ sách", "Các sổ đỏ" are no departments.
    expect(extract('Các sổ sách, chứng từ kế toán phải được lưu trữ đầy đủ theo quy định.')).toEqual([]);
    expect(extract('Các sổ đỏ cấp sai phải được thu hồi, điều chỉnh.')).toEqual([]);
    // The board's province is part of its name; a road-safety board is a board the unit serves.
    expect(extract('Ban Quản lý Khu kinh tế và Khu công nghiệp tỉnh Bình Định rà soát quỹ đất sạch.')[0].title).toBe(
      'Ban Quản lý Khu kinh tế và Khu công nghiệp tỉnh Bình Định rà soát quỹ đất sạch',
    );
    expect(
      extract(
        'Sở Xây dựng - Cơ quan Thường trực Ban An toàn giao thông tỉnh chủ trì tổ chức tháng cao điểm an toàn giao thông.',
      ).map((d) => [d.title, d.leadDepartmentId]),
    ).toEqual([['Tổ chức tháng cao điểm an toàn giao thông', idOf('SXD')]]);
    // "Đề nghị khẩn trương hoàn thành trước …, báo cáo UBND tỉnh." dates the work before.
    expect(
      extract(
        'Giao Sở Giáo dục và Đào tạo rà soát, sắp xếp mạng lưới trường lớp. Đề nghị khẩn trương hoàn thành trước ngày 31/5/2024, báo cáo UBND tỉnh.',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([['Rà soát, sắp xếp mạng lưới trường lớp', '2024-05-31']]);
  });

  it('reads the offices of a district with their qualifiers as one group', () => {
    const groupsOf = (text: string) => titlesAndGroups(text);
    expect(
      groupsOf('UBND phường phối hợp với các phòng ban chức năng quận giải quyết dứt điểm tồn tại dự án đường 21m.'),
    ).toEqual([['Giải quyết dứt điểm tồn tại dự án đường 21m', ['UBND phường', 'các phòng ban chức năng quận']]]);
    expect(groupsOf('Đề nghị Thủ trưởng các phòng, ban, ngành, trung tâm thuộc huyện tổ chức tổng vệ sinh.')).toEqual([
      ['Tổ chức tổng vệ sinh', ['các phòng, ban, ngành, trung tâm thuộc huyện']],
    ]);
    expect(groupsOf('Yêu cầu các ngành chuyên môn hướng dẫn người dân thực hiện giản vụ.')).toEqual([
      ['Hướng dẫn người dân thực hiện giản vụ', ['các ngành chuyên môn']],
    ]);
  });

  it('reads "Huyện đã …", "Thị xã đã …" as told, and a district named "Đà Bắc" as a district', () => {
    expect(extract('Huyện đã thực hiện tốt công tác tuyên truyền phòng chống dịch bệnh.')).toEqual([]);
    expect(extract('Thị xã đã tổ chức tốt lễ hội.')).toEqual([]);
    expect(titlesAndGroups('Huyện Đà Bắc phối hợp với Sở Y tế tổ chức tiêm chủng.')).toEqual([
      ['Tổ chức tiêm chủng', ['Huyện Đà Bắc']],
    ]);
  });

  it('reads the leaders of a district committee directing as the assigner, not an assignee', () => {
    expect(
      extract('Lãnh đạo UBND huyện chỉ đạo các ngành chuyên môn vận động người dân thực hiện giản vụ.').map((d) => [
        d.title,
        d.groupAssignees,
      ]),
    ).toEqual([['Vận động người dân thực hiện giản vụ', ['các ngành chuyên môn']]]);
  });

  it('reads the units after "Khi có mưa lớn," and "Khi nhận được văn bản này,", and work when prices move as standing', () => {
    const read5 = (text: string) => extract(text).map((d) => [d.title, d.leadDepartmentId, d.groupAssignees, d.kind]);
    expect(read5('Khi có mưa lớn, UBND các huyện tổ chức kiểm tra các điểm xung yếu.')).toEqual([
      ['Khi có mưa lớn, tổ chức kiểm tra các điểm xung yếu', null, ['UBND các huyện'], 'standing'],
    ]);
    expect(read5('Khi nhận được văn bản này, Sở Y tế triển khai ngay các biện pháp phòng dịch.')).toEqual([
      ['Triển khai ngay các biện pháp phòng dịch', idOf('SYT'), [], 'deadline'],
    ]);
    expect(read5('Sở Công Thương báo cáo UBND tỉnh khi có biến động giá xăng dầu.')).toEqual([
      ['Báo cáo UBND tỉnh khi có biến động giá xăng dầu', idOf('SCT'), [], 'standing'],
    ]);
  });

  it('keeps the matter a sentence opens with before its assigner in the title', () => {
    expect(
      extract(
        'Đối với các kiến nghị của doanh nghiệp, Chủ tịch UBND tỉnh giao Sở Công Thương tham mưu UBND tỉnh giải quyết theo quy định.',
      ).map((d) => [d.title, d.leadDepartmentId]),
    ).toEqual([['Tham mưu UBND tỉnh giải quyết theo quy định đối với các kiến nghị của doanh nghiệp', idOf('SCT')]]);
    // The units named so are the assignees, no matter.
    expect(
      extract('Đối với Sở Xây dựng, UBND tỉnh yêu cầu phải kiểm tra các công trình xung yếu.').map((d) => [
        d.title,
        d.leadDepartmentId,
      ]),
    ).toEqual([['Kiểm tra các công trình xung yếu', idOf('SXD')]]);
  });

  it('reads a told result after an opening time by its verb, not by words that fold like "chưa", "đã", "mới"', () => {
    const read6 = (text: string, date: string) => extract(text, date).map((d) => [d.title, d.dueDate]);
    expect(
      read6(
        'Trong 05 ngày làm việc, kể từ ngày nhận được văn bản này, Sở Tài nguyên và Môi trường kiểm tra, xác minh nội dung phản ánh của báo chí.',
        '2024-03-11',
      ),
    ).toEqual([['Kiểm tra, xác minh nội dung phản ánh của báo chí', '2024-03-18']]);
    expect(
      read6(
        'Từ ngày 10/7 đến ngày 30/7/2024 Sở Tài nguyên và Môi trường tổ chức kiểm tra các cơ sở xả thải.',
        '2024-07-01',
      ),
    ).toEqual([['Tổ chức kiểm tra các cơ sở xả thải', '2024-07-30']]);
    expect(
      read6(
        'Trong 10 ngày, kể từ ngày ký, Sở Y tế không để xảy ra tình trạng thiếu thuốc tại các cơ sở khám chữa bệnh.',
        '2024-05-20',
      ),
    ).toEqual([['Không để xảy ra tình trạng thiếu thuốc tại các cơ sở khám chữa bệnh', '2024-05-30']]);
    expect(
      extract('Đến ngày 30/6/2024 Sở Nội vụ vẫn chưa hoàn thành việc sắp xếp đơn vị hành chính cấp xã.', '2024-07-08'),
    ).toEqual([]);
  });

  it('keeps "các sở theo dõi", the board members\' told words, "quản lý" and "Lãnh đạo UBND các xã" as they read', () => {
    const groupsOf = (text: string) => titlesAndGroups(text);
    expect(groupsOf('Yêu cầu các sở theo dõi chặt chẽ diễn biến giá cả thị trường.')).toEqual([
      ['Theo dõi chặt chẽ diễn biến giá cả thị trường', ['các sở']],
    ]);
    expect(
      extract('Các thành viên Ban Chỉ đạo đã tích cực kiểm tra, đôn đốc các địa phương trong thời gian qua.'),
    ).toEqual([]);
    expect(groupsOf('Các phòng, ban thuộc huyện quản lý thực hiện chế độ báo cáo định kỳ.')[0][1]).toEqual([
      'Các phòng, ban thuộc huyện',
    ]);
    // Communes' leaders directing are addressees in a district's text.
    expect(groupsOf('Lãnh đạo UBND các xã chỉ đạo các thôn rà soát hộ nghèo, hộ cận nghèo.')).toEqual([
      ['Chỉ đạo các thôn rà soát hộ nghèo, hộ cận nghèo', ['UBND các xã']],
    ]);
  });

  it('reads "là cơ quan chủ trì," as the role before the work, and a standing-office board with its province', () => {
    expect(extract('Sở Tài chính là cơ quan chủ trì, thẩm định dự toán kinh phí tổ chức Đại hội.')[0].title).toBe(
      'Thẩm định dự toán kinh phí tổ chức Đại hội',
    );
    expect(
      extract(
        'Công an tỉnh - Cơ quan Thường trực Ban An toàn giao thông tỉnh Phú Thọ triển khai đợt cao điểm xử lý vi phạm nồng độ cồn.',
      )[0].title,
    ).toBe('Triển khai đợt cao điểm xử lý vi phạm nồng độ cồn');
    expect(
      extract(
        'Sở Văn hóa, Thể thao và Du lịch là cơ quan thường trực Ban Chỉ đạo phát triển du lịch tỉnh Quảng Nam, chủ trì xây dựng kế hoạch kích cầu du lịch năm 2023.',
      )[0].title,
    ).toBe('Xây dựng kế hoạch kích cầu du lịch năm 2023');
    // The work after the board, in small letters, is no place's name.
    expect(
      extract(
        'Sở Xây dựng - Cơ quan Thường trực Ban An toàn giao thông tỉnh kiểm tra, đôn đốc và tổng hợp kết quả thực hiện.',
      )[0].title,
    ).toBe('Kiểm tra, đôn đốc và tổng hợp kết quả thực hiện');
    // A board of every level.
    expect(
      extract('Yêu cầu các thành viên Ban chỉ đạo phòng, chống dịch Covid-19 các cấp tăng cường kiểm tra.')[0]
        .groupAssignees,
    ).toEqual(['các thành viên Ban chỉ đạo phòng, chống dịch Covid-19 các cấp']);
  });

  it('reads "ngày mai" opening a sentence, not for a daily report, and no document subject as the matter', () => {
    expect(
      extract(
        'Trước 10 giờ sáng ngày mai, UBND các huyện ven biển báo cáo số tàu thuyền còn hoạt động trên biển.',
        '2024-09-25',
      ).map((d) => [d.title, d.groupAssignees, d.dueDate]),
    ).toEqual([['Báo cáo số tàu thuyền còn hoạt động trên biển', ['UBND các huyện ven biển'], '2024-09-26']]);
    expect(
      extract(
        'Các cơ quan báo cáo tình hình trực Tết về Văn phòng UBND tỉnh trước 10 giờ sáng ngày mai và hằng ngày trong những ngày nghỉ Tết.',
        '2026-02-02',
      ).map((d) => [d.kind, d.dueDate]),
    ).toEqual([['standing', null]]);
    expect(
      extract(
        'Về việc thực hiện Chỉ thị số 16/CT-TTg về tăng cường quản lý chất thải nhựa, UBND tỉnh yêu cầu các sở, ban, ngành không sử dụng sản phẩm nhựa dùng một lần tại cơ quan.',
        '2019-05-14',
      )[0].title,
    ).toBe('Không sử dụng sản phẩm nhựa dùng một lần tại cơ quan');
    expect(
      extract(
        'Công an tỉnh là cơ quan thường trực Tổ công tác triển khai Đề án 06 tỉnh, có trách nhiệm theo dõi, đôn đốc các sở, ngành thực hiện.',
      ).map((d) => [d.title, d.kind]),
    ).toEqual([['Theo dõi, đôn đốc các sở, ngành thực hiện', 'standing']]);
  });

  it('reads what a unit has not done, told, as no work', () => {
    expect(
      extract(
        'Sở Nội vụ chưa thẩm định đề án vị trí việc làm. UBND tỉnh yêu cầu Sở Nội vụ khẩn trương hoàn thành trước ngày 15/7/2024.',
        '2024-03-10',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([['Khẩn trương hoàn thành', '2024-07-15']]);
    expect(extract('UBND các huyện vẫn chưa hoàn thành việc kê khai tài sản.')).toEqual([]);
  });

  it('drafts a report that comes round after dated work as a task of its own, with the same units', () => {
    expect(
      extract(
        'Giao Sở Kế hoạch và Đầu tư chủ trì hoàn thành quy hoạch phân khu 6 tháng đầu năm 2024. Định kỳ hằng quý báo cáo UBND tỉnh tiến độ thực hiện.',
        '2024-01-15',
      ).map((d) => [d.title, d.leadDepartmentId, d.dueDate, d.recurrence?.every ?? null]),
    ).toEqual([
      ['Hoàn thành quy hoạch phân khu', idOf('SKHDT'), '2024-06-30', null],
      ['Báo cáo UBND tỉnh tiến độ thực hiện', idOf('SKHDT'), null, 'quarter'],
    ]);
  });

  it('keeps the longer periods listed after a weekly or quarterly rule out of the title', () => {
    expect(extract('Sở Xây dựng báo cáo định kỳ hằng tuần, hằng tháng về tiến độ dự án.')[0]).toMatchObject({
      title: 'Báo cáo về tiến độ dự án',
      recurrence: { every: 'week', day: null },
    });
    expect(extract('Sở Tài chính báo cáo định kỳ hằng quý, 6 tháng và năm về kết quả thực hiện.')[0]).toMatchObject({
      title: 'Báo cáo về kết quả thực hiện',
      recurrence: { every: 'quarter', day: null },
    });
  });

  it('reads the units after a condition with work of its own words ("Khi phát hiện …", "Khi nhận được thông tin …")', () => {
    const read = (text: string) => extract(text).map((d) => [d.title, d.leadDepartmentId, d.groupAssignees, d.kind]);
    expect(read('Khi phát hiện sự cố, Sở Công Thương báo cáo ngay UBND tỉnh.')).toEqual([
      ['Khi phát hiện sự cố, báo cáo ngay UBND tỉnh', idOf('SCT'), [], 'standing'],
    ]);
    expect(read('Khi nhận được thông tin về sự cố, Sở Công Thương phải báo cáo ngay UBND tỉnh.')).toEqual([
      ['Khi nhận được thông tin về sự cố, báo cáo ngay UBND tỉnh', idOf('SCT'), [], 'standing'],
    ]);
    expect(read('Khi có sự cố, các sở báo cáo UBND tỉnh.')).toEqual([
      ['Khi có sự cố, báo cáo UBND tỉnh', null, ['các sở'], 'standing'],
    ]);
    expect(read('Khi có thông tin về sự cố, các sở, ngành báo cáo UBND tỉnh.')).toEqual([
      ['Khi có thông tin về sự cố, báo cáo UBND tỉnh', null, ['các sở, ngành'], 'standing'],
    ]);
    // The moment the dispatch's orders start from is no condition.
    expect(read('Khi nhận được Công điện này, Sở Y tế triển khai ngay các biện pháp phòng dịch.')).toEqual([
      ['Triển khai ngay các biện pháp phòng dịch', idOf('SYT'), [], 'deadline'],
    ]);
  });

  it('keeps a request the unit makes as part of its own work with the unit, after its own verb', () => {
    const read = (text: string) => extract(text).map((d) => [d.title, d.leadDepartmentId, d.kind]);
    expect(
      read(
        'Sở Thông tin và Truyền thông tiếp tục đẩy mạnh tuyên truyền, yêu cầu người dân không về quê khi chưa cần thiết.',
      ),
    ).toEqual([
      ['Tiếp tục đẩy mạnh tuyên truyền, yêu cầu người dân không về quê khi chưa cần thiết', idOf('STTTT'), 'standing'],
    ]);
    expect(read('Sở Công Thương chủ trì kiểm tra thị trường, yêu cầu doanh nghiệp bảo đảm nguồn cung.')).toEqual([
      ['Kiểm tra thị trường, yêu cầu doanh nghiệp bảo đảm nguồn cung', idOf('SCT'), 'deadline'],
    ]);
    // A unit of the table asked is given the work.
    expect(read('Sở Y tế báo cáo tình hình dịch bệnh, đề nghị Sở Tài chính bố trí kinh phí.')).toEqual([
      ['Bố trí kinh phí', idOf('STC'), 'deadline'],
    ]);
  });

  it('reads "quyết định phê duyệt …" after a semicolon as the unit deciding, not a decision named', () => {
    const read = (text: string) => extract(text).map((d) => [d.title, d.leadDepartmentId]);
    expect(
      read(
        'UBND tỉnh giao Sở Nội vụ chủ trì hướng dẫn việc tuyển dụng; quyết định phê duyệt kế hoạch tuyển dụng viên chức theo thẩm quyền.',
      ),
    ).toEqual([
      ['Hướng dẫn việc tuyển dụng', idOf('SNV')],
      ['Quyết định phê duyệt kế hoạch tuyển dụng viên chức theo thẩm quyền', idOf('SNV')],
    ]);
    expect(read('Quyết định phê duyệt dự án được ban hành ngày 12/3/2024. Sở Tài chính bố trí vốn.')).toEqual([
      ['Bố trí vốn', idOf('STC')],
    ]);
  });

  it('reads "là cơ quan chủ trì (đầu mối)" as the lead\'s role, out of the title', () => {
    const read = (text: string) => extract(text).map((d) => [d.title, d.leadDepartmentId, d.groupAssignees]);
    expect(
      read('Giao Sở Y tế là cơ quan chủ trì, phối hợp với UBND các huyện, thành phố hướng dẫn triển khai kế hoạch.'),
    ).toEqual([['Hướng dẫn triển khai kế hoạch', idOf('SYT'), ['UBND các huyện, thành phố']]]);
    expect(read('Giao Sở Y tế là cơ quan đầu mối, theo dõi, đôn đốc việc triển khai kế hoạch.')).toEqual([
      ['Theo dõi, đôn đốc việc triển khai kế hoạch', idOf('SYT'), []],
    ]);
  });

  it('reads "theo … phạm vi quản lý" as the units\' remit before their work', () => {
    const titles = (text: string) => extract(text).map((d) => d.title);
    expect(
      titles(
        'UBND tỉnh yêu cầu các sở, ngành, địa phương theo chức năng, phạm vi quản lý triển khai các giải pháp xử lý rác thải.',
      ),
    ).toEqual(['Triển khai các giải pháp xử lý rác thải']);
    expect(titles('Các sở, ngành theo phạm vi quản lý tăng cường kiểm tra.')).toEqual(['Tăng cường kiểm tra']);
    // What the units manage, when it is the work itself.
    expect(titles('Các sở, ngành theo chức năng được giao quản lý chặt chẽ đất đai.')).toEqual([
      'Quản lý chặt chẽ đất đai',
    ]);
  });

  it('gives the items after "Trong đó, tập trung vào một số nhiệm vụ trọng tâm:" the units of the work before', () => {
    const read = (text: string) => titlesAndGroups(text);
    expect(
      read(
        'UBND tỉnh đề nghị các cơ quan, đơn vị tiếp tục thực hiện nghiêm chỉ đạo của Thủ tướng Chính phủ. Trong đó, tập trung vào một số nhiệm vụ trọng tâm:\n- Theo dõi chặt chẽ bản tin dự báo.\n- Triển khai lực lượng xung kích kiểm tra các khu dân cư.',
      ),
    ).toEqual([
      ['Tiếp tục thực hiện nghiêm chỉ đạo của Thủ tướng Chính phủ', ['các cơ quan, đơn vị']],
      ['Theo dõi chặt chẽ bản tin dự báo', ['các cơ quan, đơn vị']],
      ['Triển khai lực lượng xung kích kiểm tra các khu dân cư', ['các cơ quan, đơn vị']],
    ]);
  });

  it('reads "các đồng chí thành viên Ban Chỉ huy …" with its board\'s long name as a group', () => {
    expect(
      titlesAndGroups(
        'UBND tỉnh đề nghị các đồng chí thành viên Ban Chỉ huy Phòng thủ dân sự - Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh, các cơ quan, đơn vị tăng cường kiểm tra.',
      ),
    ).toEqual([
      [
        'Tăng cường kiểm tra',
        [
          'các đồng chí thành viên Ban Chỉ huy Phòng thủ dân sự - Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh',
          'các cơ quan, đơn vị',
        ],
      ],
    ]);
  });

  it('reads "Đối với các khu vực …, <work>" with no units as more work of the units before', () => {
    const read = (text: string) => titlesAndGroups(text);
    expect(
      read(
        'UBND các huyện tăng cường hướng dẫn người dân chằng chống nhà cửa. Đối với các khu vực nguy cơ sạt lở cao, chủ động di dời người dân đến nơi an toàn.',
      ),
    ).toEqual([
      ['Tăng cường hướng dẫn người dân chằng chống nhà cửa', ['UBND các huyện']],
      ['Đối với các khu vực nguy cơ sạt lở cao, chủ động di dời người dân đến nơi an toàn', ['UBND các huyện']],
    ]);
    // What was done there is no work.
    expect(read('Sở Y tế tăng cường kiểm tra. Tại các xã vùng cao, đã tổ chức tiêm vắc xin cho trẻ.')).toEqual([
      ['Tăng cường kiểm tra', []],
    ]);
  });

  it('reads the government asking the provinces after its letter named, and what goes on from it, as no work', () => {
    expect(
      extract(
        'Trước đó, ngày 11-8, Thủ tướng Chính phủ đã ban hành Chỉ thị số 22, yêu cầu UBND các tỉnh đẩy mạnh lập quy hoạch tỉnh. Đồng thời, tập trung chỉ đạo lập kế hoạch sử dụng đất cấp tỉnh gửi về Bộ trước ngày 1-12.',
      ),
    ).toEqual([]);
    // The province's own request after it is work.
    expect(
      extract(
        'Bộ Y tế đề nghị các địa phương tăng cường giám sát dịch. UBND tỉnh yêu cầu Sở Y tế tăng cường giám sát dịch.',
      ).map((d) => [d.title, d.leadDepartmentId]),
    ).toEqual([['Tăng cường giám sát dịch', idOf('SYT')]]);
  });

  it('reads the investors with the works they hold, and a board named with "&", as whole groups', () => {
    const read = (text: string) => titlesAndGroups(text);
    expect(read('Yêu cầu các chủ đầu tư dự án tập trung phân bổ nguồn lực.')).toEqual([
      ['Tập trung phân bổ nguồn lực', ['các chủ đầu tư dự án']],
    ]);
    expect(read('Yêu cầu các chủ đầu tư CCN tập trung phân bổ nguồn lực.')).toEqual([
      ['Tập trung phân bổ nguồn lực', ['các chủ đầu tư CCN']],
    ]);
    expect(
      read('UBND thành phố giao thành viên Ban chỉ huy PCTT&TKCN thành phố thực hiện nghiêm túc chế độ trực ban.'),
    ).toEqual([['Thực hiện nghiêm túc chế độ trực ban', ['thành viên Ban chỉ huy PCTT&TKCN thành phố']]]);
  });

  it('ends a long title before a bracket it would leave open; "Kết quả thực hiện, báo cáo …" reports the work before', () => {
    const drafts = extract(
      'Theo đó, Chủ tịch Ủy ban nhân dân tỉnh giao Sở Xây dựng chủ trì khẩn trương tổ chức triển khai, tham mưu rà soát, thực hiện các nội dung chỉ đạo tại Công văn số 15473/BXD-TTCNTT ngày 18/12/2025 của Bộ Xây dựng; phối hợp Sở Khoa học và Công nghệ; Viễn thông Đồng Nai (VNPT Đồng Nai); Ủy ban nhân dân cấp xã và các đơn vị liên quan thực hiện các nội dung theo lộ trình thời gian chỉ đạo của Bộ Xây dựng.\nKết quả thực hiện, báo cáo trực tiếp gửi Bộ Xây dựng và Chủ tịch Ủy ban nhân dân tỉnh đảm bảo nội dung, thời gian yêu cầu (đối với nội dung cung cấp thông tin khảo sát về quy trình giải quyết thủ tục hành chính, cơ quan giải quyết thủ tục hành chính, cán bộ giải quyết thủ tục hành chính phục vụ triển khai hệ thống, thực hiện theo Phụ lục và hoàn thành đảm bảo thời gian theo chỉ đạo của Bộ Xây dựng tại Văn bản số 15473/BXD-TTCNTT ngày 18/12/2025).',
      '2025-12-22',
    );
    // The report cites the letter of the first work, and is no twin of it.
    expect(drafts.map((d) => d.leadDepartmentId)).toEqual([idOf('SXD'), idOf('SXD'), idOf('SXD')]);
    const report = drafts.find((d) => d.title.startsWith('Kết quả thực hiện, báo cáo trực tiếp'));
    expect([report?.title, report?.leadDepartmentId]).toEqual([
      'Kết quả thực hiện, báo cáo trực tiếp gửi Bộ Xây dựng và Chủ tịch Ủy ban nhân dân tỉnh đảm bảo nội dung, thời gian yêu cầu',
      idOf('SXD'),
    ]);
    expect(report?.description).toContain('thực hiện theo Phụ lục');
  });

  it('reads the investors with their works up to the work or the next body, not into it', () => {
    const read = (text: string) => titlesAndGroups(text);
    expect(read('UBND tỉnh yêu cầu các chủ đầu tư công trình giao thông bảo đảm an toàn thi công.')).toEqual([
      ['Bảo đảm an toàn thi công', ['các chủ đầu tư công trình giao thông']],
    ]);
    expect(read('UBND tỉnh yêu cầu các chủ đầu tư dự án và nhà thầu thi công bảo đảm vệ sinh môi trường.')).toEqual([
      ['Bảo đảm vệ sinh môi trường', ['các chủ đầu tư dự án', 'nhà thầu thi công']],
    ]);
  });

  it('reads the border guard in a list, village heads, and a district office written in small letters', () => {
    const read = (text: string) => extract(text).map((d) => [d.title, d.leadDepartmentId, d.groupAssignees]);
    expect(
      read('Yêu cầu Ban Chỉ huy Quân sự tỉnh, Biên phòng tỉnh, Công an tỉnh theo dõi chặt chẽ diễn biến mưa lũ.'),
    ).toEqual([['Theo dõi chặt chẽ diễn biến mưa lũ', idOf('CA'), ['Ban Chỉ huy Quân sự tỉnh', 'Biên phòng tỉnh']]]);
    expect(read('Yêu cầu các ông xóm trưởng báo cáo kịp thời về UBND xã.')).toEqual([
      ['Báo cáo kịp thời về UBND xã', null, ['các ông xóm trưởng']],
    ]);
    expect(read('Yêu cầu các đồng chí trưởng thôn, tổ trưởng tổ dân phố rà soát danh sách hộ nghèo.')).toEqual([
      ['Rà soát danh sách hộ nghèo', null, ['các đồng chí trưởng thôn, tổ trưởng tổ dân phố']],
    ]);
    expect(read('UBND quận giao phòng Văn hóa và Thông tin quận hướng dẫn các phường treo cờ.')).toEqual([
      ['Phòng Văn hóa và Thông tin quận hướng dẫn các phường treo cờ', null, []],
    ]);
  });

  it('reads "1. Chủ tịch UBND các huyện: Khẩn trương …" as the units\' heading, not places listed', () => {
    expect(
      extract('1. Chủ tịch UBND các huyện: Khẩn trương triển khai chỉ đạo của UBND tỉnh.').map((d) => [
        d.title,
        d.groupAssignees,
      ]),
    ).toEqual([['Khẩn trương triển khai chỉ đạo của UBND tỉnh', ['UBND các huyện']]]);
    expect(extract('Đoàn kiểm tra làm việc tại các huyện: Ba Bể, Na Rì.')).toEqual([]);
  });

  it('reads "dừng tổ chức …", "đưa người lên bờ" and "Tại các trường …, <work>" as work', () => {
    const titles = (text: string) => extract(text).map((d) => d.title);
    expect(titles('UBND huyện yêu cầu dừng tổ chức các lễ hội trên địa bàn.')).toEqual([
      'Dừng tổ chức các lễ hội trên địa bàn',
    ]);
    expect(
      titles(
        'UBND các huyện ven biển tổ chức thực hiện nghiêm. Đối với các khu vực nuôi trồng thủy sản, kiên quyết đưa người lên bờ.',
      ),
    ).toEqual(['Tổ chức thực hiện nghiêm', 'Đối với các khu vực nuôi trồng thủy sản, kiên quyết đưa người lên bờ']);
    expect(
      titles('Sở Giáo dục và Đào tạo tăng cường an toàn trường học. Tại các trường mầm non, bố trí giáo viên trực.'),
    ).toEqual(['Tăng cường an toàn trường học', 'Tại các trường mầm non, bố trí giáo viên trực']);
  });

  it("reads the province's order dated a month or more before the document, told again, as no work", () => {
    const read = (text: string, date: string) =>
      extract(text, date).map((d) => [d.title, d.leadDepartmentId, d.dueDate]);
    expect(
      read(
        'Nội dung kiến nghị đã kéo dài nhiều năm, ngày 06/11/2019, UBND tỉnh đã chỉ đạo tại Công văn số 5167/UBND-TCD giao Sở Xây dựng kiểm tra, báo cáo kết quả trước ngày 25/11/2019. Giao Sở Tài nguyên và Môi trường kiểm tra, báo cáo UBND tỉnh trước ngày 25/5/2020.',
        '2020-05-13',
      ),
    ).toEqual([['Kiểm tra, báo cáo UBND tỉnh', idOf('STNMT'), '2020-05-25']]);
    // The letter a news item is about, dated the day before, is the work.
    expect(
      read(
        'Ngày 03/7/2024, UBND tỉnh đã có công văn đề nghị Sở Xây dựng khẩn trương khắc phục hậu quả mưa dông, báo cáo UBND tỉnh trước ngày 10/7/2024.',
        '2024-07-04',
      ),
    ).toEqual([['Khẩn trương khắc phục hậu quả mưa dông, báo cáo UBND tỉnh', idOf('SXD'), '2024-07-10']]);
  });

  it('reads units listed on after ";" before a sentence that ends in capitals, and groups qualified after a list', () => {
    const read = (text: string) => extract(text).map((d) => [d.title, d.leadDepartmentId, d.groupAssignees]);
    expect(
      read('2. UBND các huyện, thị xã, thành phố Huế; các sở: Xây dựng, Công Thương tăng cường kiểm tra an toàn PCCC.'),
    ).toEqual([['Tăng cường kiểm tra an toàn PCCC', idOf('SXD'), []]]);
    expect(read('Các cơ quan chức năng, liên quan phải bảo đảm an toàn tính mạng cho người dân.')).toEqual([
      ['Bảo đảm an toàn tính mạng cho người dân', null, ['Các cơ quan chức năng, liên quan']],
    ]);
    expect(
      read('Giao các cơ quan, đơn vị trực thuộc UBND tỉnh; UBND các huyện, thị xã phân công lãnh đạo trực Tết.'),
    ).toEqual([
      ['Phân công lãnh đạo trực Tết', null, ['các cơ quan, đơn vị trực thuộc UBND tỉnh', 'UBND các huyện, thị xã']],
    ]);
  });

  it('reads the first task after "Trong đó, thực hiện tốt một số nhiệm vụ trước mắt như …"', () => {
    const titles = (text: string) => extract(text).map((d) => d.title);
    expect(
      titles(
        'Chủ tịch UBND tỉnh yêu cầu các sở, ngành tập trung thực hiện tốt nhiệm vụ trọng tâm tháng 7. Trong đó, thực hiện tốt một số nhiệm vụ trước mắt như tổ chức tốt Tuần văn hóa du lịch; chuẩn bị chu đáo kỳ họp thường lệ của HĐND tỉnh.',
      ),
    ).toEqual([
      'Tập trung thực hiện tốt nhiệm vụ trọng tâm tháng 7',
      'Tổ chức tốt Tuần văn hóa du lịch',
      'Chuẩn bị chu đáo kỳ họp thường lệ của HĐND tỉnh',
    ]);
    // Tasks named as done are no work.
    expect(titles('Sở Y tế tăng cường kiểm tra. Các nhiệm vụ như tiêm chủng đã hoàn thành.')).toEqual([
      'Tăng cường kiểm tra',
    ]);
  });

  it("reads the province's radio and television by the province's name as a body", () => {
    expect(
      extract(
        'Giao Sở Thông tin và Truyền thông, Đài Phát thanh và Truyền hình Bắc Kạn tăng cường tuyên truyền về phòng, chống bão.',
      ).map((d) => [d.title, d.leadDepartmentId, d.groupAssignees]),
    ).toEqual([
      ['Tăng cường tuyên truyền về phòng, chống bão', idOf('STTTT'), ['Đài Phát thanh và Truyền hình Bắc Kạn']],
    ]);
  });

  it('reads village heads listed with their quarters, and a partner in small letters after "phối hợp"', () => {
    expect(
      extract('Giao các đồng chí tổ trưởng tổ dân phố và trưởng thôn phối hợp công an khu vực rà soát nhân khẩu.').map(
        (d) => [d.title, d.groupAssignees],
      ),
    ).toEqual([['Phối hợp công an khu vực rà soát nhân khẩu', ['các đồng chí tổ trưởng tổ dân phố và trưởng thôn']]]);
    // The investors' works end before a word that is no work of theirs.
    expect(
      titlesAndGroups(
        'UBND tỉnh yêu cầu các chủ đầu tư dự án chậm giải ngân và các đơn vị liên quan tập trung tháo gỡ vướng mắc.',
      ),
    ).toEqual([['Tập trung tháo gỡ vướng mắc', ['các chủ đầu tư dự án chậm giải ngân', 'các đơn vị liên quan']]]);
  });

  it('reads places listed before the work after "Đối với / Tại"', () => {
    expect(
      extract('Sở Y tế tăng cường kiểm tra. Tại các trường, trạm y tế, tổ chức kiểm tra an toàn.').map((d) => [
        d.title,
        d.leadDepartmentId,
      ]),
    ).toEqual([
      ['Tăng cường kiểm tra', idOf('SYT')],
      ['Tại các trường, trạm y tế, tổ chức kiểm tra an toàn', idOf('SYT')],
    ]);
  });

  it('drops "Về nội dung này," from the title; keeps work that waits for its means or rule, and prompt notices, standing', () => {
    const read = (text: string) => extract(text).map((d) => [d.title, d.kind]);
    expect(read('Về nội dung này, UBND tỉnh giao Sở Y tế kiểm tra, báo cáo.')).toEqual([
      ['Kiểm tra, báo cáo', 'deadline'],
    ]);
    expect(read('Giao Sở Công Thương đầu tư xây dựng công trình theo quy định khi được cấp vốn.')).toEqual([
      ['Đầu tư xây dựng công trình theo quy định khi được cấp vốn', 'standing'],
    ]);
    expect(read('Sở Nội vụ nghiên cứu đề xuất khi có quy định của cấp có thẩm quyền.')).toEqual([
      ['Nghiên cứu đề xuất khi có quy định của cấp có thẩm quyền', 'standing'],
    ]);
    expect(
      read('UBND các xã thông báo kịp thời cho thuyền trưởng, chủ các phương tiện biết để chủ động phòng tránh.'),
    ).toEqual([['Thông báo kịp thời cho thuyền trưởng, chủ các phương tiện biết để chủ động phòng tránh', 'standing']]);
    // This letter passed on is done once.
    expect(read('Sở Giáo dục và Đào tạo thông báo kịp thời nội dung trên đến học sinh, phụ huynh biết.')).toEqual([
      ['Thông báo kịp thời nội dung trên đến học sinh, phụ huynh biết', 'deadline'],
    ]);
  });

  it('reads the cases a head answers for as no work, and the yearly day written "ngày 20 tháng 11"', () => {
    expect(
      extract(
        'Thủ trưởng cơ quan, đơn vị chịu trách nhiệm đối với những trường hợp báo cáo không trung thực, khách quan.',
      ),
    ).toEqual([]);
    expect(extract('Sở Tài chính báo cáo UBND tỉnh trước ngày 20 tháng 11 hàng năm.')[0]).toMatchObject({
      title: 'Báo cáo UBND tỉnh',
      kind: 'recurring',
      recurrence: { every: 'year', day: null },
    });
  });

  it('reads "ngành chức năng, địa phương" after other units and "các đơn vị quản lý bảo trì" as groups', () => {
    const read = (text: string) => titlesAndGroups(text);
    expect(
      read(
        'Đề nghị Sở Tài nguyên và Môi trường cùng với Sở Kế hoạch và Đầu tư, ngành chức năng, địa phương rà soát, điều chỉnh phù hợp.',
      ),
    ).toEqual([['Rà soát, điều chỉnh phù hợp', ['ngành chức năng, địa phương']]]);
    expect(read('UBND tỉnh chỉ đạo Sở Xây dựng và các đơn vị quản lý bảo trì sửa chữa lại mặt đường.')).toEqual([
      ['Sửa chữa lại mặt đường', ['các đơn vị quản lý bảo trì']],
    ]);
    // What the units manage, as their work.
    expect(read('Các đơn vị quản lý chặt chẽ đất đai.')).toEqual([['Quản lý chặt chẽ đất đai', ['Các đơn vị']]]);
  });

  it('keeps the head of a district office ("Trưởng phòng …") whole, not the office in small letters', () => {
    const [draft] = extract('Giao Trưởng phòng Quản lý đô thị, Trưởng phòng Tư pháp chủ trì rà soát các quy định.');
    expect(draft.title).toContain('Trưởng phòng Quản lý đô thị, Trưởng phòng Tư pháp');
  });

  it('reads "UBND các huyện có dự án đi qua" as one group', () => {
    expect(
      extract(
        'UBND các huyện có dự án đi qua tập trung vận động người dân bàn giao mặt bằng, hoàn thành trước ngày 30/9/2025.',
        '2025-07-01',
      ).map((d) => [d.title, d.groupAssignees, d.dueDate]),
    ).toEqual([['Tập trung vận động người dân bàn giao mặt bằng', ['UBND các huyện có dự án đi qua'], '2025-09-30']]);
  });

  it('reads "các sở" after a rule opening the sentence ("Hằng tuần, các sở …")', () => {
    expect(extract('Hằng tuần, các sở báo cáo UBND tỉnh.')[0]).toMatchObject({
      title: 'Báo cáo UBND tỉnh',
      groupAssignees: ['các sở'],
      recurrence: { every: 'week' },
    });
    expect(extract('Hằng năm, các số liệu được cập nhật.')).toEqual([]);
  });

  it('reads the closing "Trên đây là thông báo …, đề nghị … thực hiện tốt nội dung trong thông báo" as no work', () => {
    const drafts = extract(
      'Giao Sở Y tế kiểm tra việc treo băng rôn, báo cáo kết quả trước ngày 20/5/2024. Trên đây là thông báo về việc tháo ' +
        'băng rôn, khẩu hiệu, đề nghị các ban ngành liên quan, các tổ dân phố thực hiện tốt nội dung trong thông báo.',
      '2024-05-10',
    );
    expect(drafts.map((d) => d.title)).toEqual(['Kiểm tra việc treo băng rôn, báo cáo kết quả']);
  });

  it('reads "sở, ngành chức năng" without "các" as a group, and "của Tỉnh" after a department as part of its name', () => {
    const [inspection] = extract(
      'Giao Sở Tài chính chủ trì phối hợp với sở, ngành chức năng, Uỷ ban nhân dân các huyện, thị xã tiến hành tổng kiểm tra các cơ sở.',
    );
    expect([inspection.title, inspection.groupAssignees]).toEqual([
      'Tiến hành tổng kiểm tra các cơ sở',
      ['sở, ngành chức năng', 'Uỷ ban nhân dân các huyện, thị xã'],
    ]);
    const [review] = extract(
      'Chủ tịch UBND tỉnh giao Sở Tài chính của Tỉnh chủ trì, phối hợp với Sở Y tế tổ chức rà soát các bến bãi, báo cáo UBND Tỉnh trước ngày 26/3/2024.',
    );
    expect(review.title).toBe('Tổ chức rà soát các bến bãi, báo cáo UBND Tỉnh');
    expect(review.supportDepartmentIds).toHaveLength(1);
  });

  it('leaves "căn cứ quy định" before the work out of its title', () => {
    expect(
      extract(
        'Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện, thành phố căn cứ quy định khẩn trương hoàn thành việc lập báo cáo kê khai tài sản công trước ngày 30/6/2024.',
      )[0].title,
    ).toBe('Khẩn trương hoàn thành việc lập báo cáo kê khai tài sản công');
  });

  it('reads "Các ngành liên quan, UBND các xã …" opening a sentence as its units', () => {
    expect(
      extract('Các ngành liên quan, UBND các xã xây dựng phương án điều tiết nước cho các mục tiêu ưu tiên.').map(
        (d) => [d.title, d.groupAssignees],
      ),
    ).toEqual([['Xây dựng phương án điều tiết nước cho các mục tiêu ưu tiên', ['Các ngành liên quan', 'UBND các xã']]]);
  });

  it('reads an item whose colon gives examples ("…: Như treo lại …") as its work, the examples left out of the title', () => {
    expect(
      titlesAndGroups(
        'Chủ tịch UBND xã yêu cầu các đồng chí trưởng thôn thực hiện tốt một số nội dung sau:\n' +
          '- Chỉnh trang lại khuôn viên nhà văn hóa thôn: Như treo lại khung giấy khen, tăng âm loa đài, quét dọn khuôn viên.\n' +
          '- Tổ chức tổng vệ sinh đường làng ngõ xóm.',
      ),
    ).toEqual([
      ['Chỉnh trang lại khuôn viên nhà văn hóa thôn', ['các đồng chí trưởng thôn']],
      ['Tổ chức tổng vệ sinh đường làng ngõ xóm', ['các đồng chí trưởng thôn']],
    ]);
  });

  it('reads "… cần xác định X là nhiệm vụ hàng đầu" as no work, and "xác định rõ trách nhiệm …" as work', () => {
    expect(
      extract(
        'Các ngành, các địa phương cần xác định nhiệm vụ chống hạn là nhiệm vụ hàng đầu và là nhiệm vụ trước mắt.',
      ),
    ).toEqual([]);
    expect(extract('Các sở, ngành xác định rõ trách nhiệm của từng đơn vị trong việc giải ngân vốn.')).toHaveLength(1);
  });
});

describe('extractDirectives on days counted from the document', () => {
  it('drafts work due "trong 07 ngày kể từ ngày nhận được văn bản này", not read as a letter received', () => {
    expect(
      extract(
        'Sở Nội vụ tham mưu UBND tỉnh trong thời hạn 07 ngày kể từ ngày nhận được văn bản này.',
        '2024-03-05',
      ).map((d) => [d.title, d.leadDepartmentId, d.dueDate, d.deadlineText]),
    ).toEqual([
      ['Tham mưu UBND tỉnh', idOf('SNV'), '2024-03-12', 'trong thời hạn 07 ngày kể từ ngày nhận được văn bản này'],
    ]);
  });

  it('keeps "kể từ ngày ký" with its days, out of the title', () => {
    expect(
      extract('Công an tỉnh báo cáo UBND tỉnh không quá 15 ngày kể từ ngày ký.', '2024-03-05').map((d) => [
        d.title,
        d.dueDate,
        d.deadlineText,
      ]),
    ).toEqual([['Báo cáo UBND tỉnh', '2024-03-20', 'không quá 15 ngày kể từ ngày ký']]);
  });
});

describe('extractDirectives on bodies the table lacks and directions announced', () => {
  it('reads "Chi Cục Quản lý thị trường" and a council addressed by the assigner as the bodies that lead, the assigner out of the title', () => {
    expect(
      extract('Bà Nga giao Chi Cục Quản lý thị trường kiểm soát, xử lý hành vi buôn bán hàng nhập lậu.').map(
        (d) => d.title,
      ),
    ).toEqual(['Chi Cục Quản lý thị trường kiểm soát, xử lý hành vi buôn bán hàng nhập lậu']);
    expect(
      extract(
        'Chủ tịch UBND Thành phố Hồ Chí Minh giao Thường trực Hội đồng thẩm định bảng giá đất Thành phố khẩn trương rà soát tờ trình.',
      ).map((d) => d.title),
    ).toEqual(['Thường trực Hội đồng thẩm định bảng giá đất Thành phố khẩn trương rà soát tờ trình']);
  });

  it('drafts no work from "… đưa ra hàng loạt chỉ đạo" or "… đưa ra yêu cầu này sau khi …"', () => {
    expect(
      extract(
        'Theo văn bản này, Chủ tịch UBND Thành phố Hồ Chí Minh Phan Văn Mãi đưa ra hàng loạt chỉ đạo.\n' +
          'Phó Chủ tịch UBND tỉnh đưa ra yêu cầu này sau khi đi kiểm tra tình hình sản xuất kinh doanh của một số doanh nghiệp.',
      ),
    ).toEqual([]);
    expect(extract('Chủ tịch UBND tỉnh đưa ra yêu cầu các sở, ngành khẩn trương rà soát hồ sơ.')).toHaveLength(1);
  });

  it('keeps the capitals of a name that runs on after an outside unit’s place', () => {
    expect(extract('Chủ tịch UBND Thành phố Hồ Chí Minh Phan Văn Mãi họp với các sở.').map((d) => d.title)).toEqual([
      'Chủ tịch UBND Thành phố Hồ Chí Minh Phan Văn Mãi họp với các sở',
    ]);
  });
});

describe('extractDirectives on the kind of undated work', () => {
  it('reads ongoing work as standing: "chú trọng …", "tổ chức tuyên truyền …", an order "cho đến khi có thông báo mới", ongoing work of those directed', () => {
    expect(
      extractParagraphs(
        [
          'UBND các huyện chú trọng công tác giải phóng mặt bằng các dự án trọng điểm.',
          'UBND thành phố Bắc Kạn tạm dừng hoạt động chợ đêm cho đến khi có thông báo mới.',
          'UBND thành phố Bắc Kạn tạm dừng các lễ hội đến khi có chủ trương mới.',
          'Sở Y tế tổ chức tuyên truyền, phổ biến các biện pháp phòng, chống dịch.',
          'Công an tỉnh chỉ đạo cảnh sát giao thông duy trì lực lượng tuần tra, kiểm soát.',
          'Công an tỉnh chỉ đạo công an các địa phương khẩn trương xác minh vụ việc.',
        ],
        '2024-10-14',
      ).map((d) => d.kind),
    ).toEqual(['standing', 'standing', 'standing', 'standing', 'standing', 'deadline']);
  });
});

describe('extractDirectives on work through the Tết season', () => {
  it('keeps "trong dịp Tết" in the title of standing work, its deadline wording that season', () => {
    expect(
      extract('Sở Y tế bảo đảm trực cấp cứu 24/24 giờ trong các ngày nghỉ Tết Nguyên đán Ất Tỵ.', '2025-01-10').map(
        (d) => [d.title, d.kind, d.dueDate, d.deadlineText],
      ),
    ).toEqual([
      [
        'Bảo đảm trực cấp cứu 24/24 giờ trong các ngày nghỉ Tết Nguyên đán Ất Tỵ',
        'standing',
        null,
        'trong các ngày nghỉ Tết Nguyên đán Ất Tỵ',
      ],
    ]);
  });
});

describe('extractDirectives on a leader named by name', () => {
  it('drafts "Phát biểu kết luận phiên họp, đồng chí Hoàng Quốc Khánh yêu cầu cơ quan soạn thảo …", the occasion and the leader out of the title', () => {
    expect(
      extract(
        'Phát biểu kết luận phiên họp, đồng chí Hoàng Quốc Khánh yêu cầu cơ quan soạn thảo tiếp thu ý kiến góp ý của các thành viên, hoàn thiện nội dung trình.',
      ).map((d) => d.title),
    ).toEqual(['Cơ quan soạn thảo tiếp thu ý kiến góp ý của các thành viên, hoàn thiện nội dung trình']);
    expect(
      extract(
        'Phát biểu kết luận phiên họp, đồng chí Chủ tịch UBND tỉnh yêu cầu cơ quan soạn thảo hoàn thiện nội dung trình.',
      ).map((d) => d.title),
    ).toEqual(['Cơ quan soạn thảo hoàn thiện nội dung trình']);
  });
});

describe('extractDirectives on work told in paragraphs after a unit’s', () => {
  it('gives the unit just assigned the subjectless work of the paragraph after a short paragraph of details', () => {
    expect(
      extractParagraphs(
        [
          'Theo đó, giao Thanh tra tỉnh tiến hành thanh tra trực tiếp tại Sở Xây dựng.',
          'Thời kỳ thanh tra từ 01/01/2015 đến 31/12/2022. Có thể kiểm tra để làm rõ các nội dung liên quan.',
          'Tổ chức tập huấn, hướng dẫn về nội dung, xây dựng kế hoạch và phương pháp thanh tra.',
        ],
        '2023-06-01',
      ).map((d) => [d.title, d.leadDepartmentId]),
    ).toEqual([
      ['Tiến hành thanh tra trực tiếp tại Sở Xây dựng', idOf('TTT')],
      ['Tổ chức tập huấn, hướng dẫn về nội dung, xây dựng kế hoạch và phương pháp thanh tra', idOf('TTT')],
    ]);
  });
});

describe('extractDirectives on what a plan will make and a request after "Trong đó,"', () => {
  it('drafts no work from "Các xã, phường mới thành lập sẽ được đặt tên …"', () => {
    expect(
      extract(
        'Các xã phường mới thành lập sẽ được đặt tên theo số thứ tự hoặc tên đơn vị hành chính cấp huyện đi kèm số.',
        '2025-04-17',
      ),
    ).toEqual([]);
  });

  it('leaves "Trong đó, Chủ tịch UBND tỉnh … yêu cầu" out of the title', () => {
    const drafts = extract(
      'Ngày 6.8, tin từ UBND tỉnh Quảng Ngãi, Chủ tịch UBND tỉnh Quảng Ngãi có văn bản yêu cầu rà soát lại tất cả các dự án đã có quyết định chủ trương đầu tư ngoài ngân sách mà chưa triển khai thực hiện thì đề xuất UBND tỉnh có biện pháp xử lý ngay, không để xảy ra tình trạng có quyết định chủ trương đầu tư mà các chủ đầu tư cứ giữ đất không triển khai thực hiện.' +
        '\n' +
        'Trong đó, Chủ tịch UBND tỉnh Quảng Ngãi yêu cầu Trưởng ban quản lý Khu kinh tế Dung Quất và các khu công nghiệp tỉnh Quảng Ngãi, chủ tịch UBND các huyện, thị xã, thành phố và cơ quan, đơn vị liên quan thực hiện đầy đủ trách nhiệm về quản lý đất đai, tuyệt đối không để xảy ra việc tổ chức, cá nhân tự ý triển khai san lấp mặt bằng, xây dựng công trình trên phần diện tích đất thực hiện dự án khi chưa có quyết định giao (cho thuê) đất của cấp có thẩm quyền.',
      '2022-08-06',
    );
    expect(drafts.map((d) => d.title).filter((title) => title.includes('Dung Quất'))).toEqual([
      expect.stringMatching(/^Trưởng ban quản lý Khu kinh tế Dung Quất /),
    ]);
  });
});

/** The header of a table of tasks as a PDF copies it, one cell a line. */
const PDF_TABLE_HEADER = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'];

describe('extractDirectives on a table of tasks copied from a PDF', () => {
  it('drafts each row of a table whose cells come one under another, wrapped over lines', () => {
    const text = [
      ...PDF_TABLE_HEADER,
      '1',
      'Rà soát, cân đối nguồn vốn',
      'đầu tư công năm 2025',
      'Sở Tài chính',
      'Sở Kế hoạch và',
      'Đầu tư',
      'Trước ngày',
      '15/12/2024',
      '2',
      'Kiểm tra an toàn thực phẩm',
      'dịp Tết',
      'Sở Y tế',
      'Công an tỉnh, Sở Công',
      'Thương',
      'Tháng 01/2025',
    ].join('\n');
    expect(
      extract(text, '2024-11-12').map((d) => [d.title, d.leadDepartmentId, d.supportDepartmentIds, d.dueDate]),
    ).toEqual([
      ['Rà soát, cân đối nguồn vốn đầu tư công năm 2025', idOf('STC'), [idOf('SKHDT')], '2024-12-15'],
      ['Kiểm tra an toàn thực phẩm dịp Tết', idOf('SYT'), [idOf('CA'), idOf('SCT')], '2025-01-31'],
    ]);
  });
});

describe('extractDirectives on a commune’s conclusion', () => {
  it('gives the items the period of "Bí thư Đảng ủy xã nhấn mạnh … trong tháng 9 năm 2020 như sau:", and reads "Các ấp" as a group', () => {
    expect(
      extract(
        'Đồng chí Nguyễn Văn A, Bí thư Đảng ủy xã nhấn mạnh một số công việc cần thực hiện trong tháng 9 năm 2020 như sau:\n' +
          '- Các ấp tập trung chỉ đạo sản xuất vụ Thu Đông.',
        '2020-09-01',
      ).map((d) => [d.groupAssignees, d.dueDate]),
    ).toEqual([[['Các ấp'], '2020-09-30']]);
    expect(extract('Các áp dụng mới được triển khai.', '2020-09-01')).toEqual([]);
  });
});

describe('extractDirectives on the papers of a file', () => {
  it('drafts no work from the papers listed after "Hồ sơ … bao gồm:"', () => {
    expect(
      extract(
        '1. Hồ sơ lấy ý kiến bao gồm: Báo cáo thuyết minh; Bản đồ, Kế hoạch sử dụng đất.\n2. Giao UBND các xã, thị trấn tổ chức lấy ý kiến của các tổ chức, cá nhân trên địa bàn.',
        '2025-03-17',
      ).map((d) => d.title),
    ).toEqual(['Tổ chức lấy ý kiến của các tổ chức, cá nhân trên địa bàn']);
  });
});

describe('extractDirectives on a sector or the staff of a level', () => {
  it('keeps the level with the group ("ngành nông nghiệp huyện", "cán bộ, công chức xã"), out of the title', () => {
    expect(
      extractParagraphs(
        [
          'Chủ tịch UBND huyện yêu cầu ngành nông nghiệp huyện thường xuyên kiểm tra, hướng dẫn nông dân chăm sóc lúa.',
          'Cán bộ, công chức xã chấp hành tốt giờ giấc làm việc.',
        ],
        '2024-03-04',
      ).map((d) => [d.title, d.groupAssignees]),
    ).toEqual([
      ['Kiểm tra, hướng dẫn nông dân chăm sóc lúa', ['ngành nông nghiệp huyện']],
      ['Chấp hành tốt giờ giấc làm việc', ['Cán bộ, công chức xã']],
    ]);
  });
});

describe('extractDirectives on where the communes or districts given work lie', () => {
  it('keeps "thuộc vùng bị dịch uy hiếp và vùng đệm" and "ven biển, đảo" with the group, out of the title', () => {
    expect(
      extractParagraphs(
        [
          'UBND các xã, phường thuộc vùng bị dịch uy hiếp và vùng đệm cần chủ động và tăng cường công tác phòng dịch.',
          'UBND các huyện, thị xã, thành phố ven biển, đảo quản lý chặt chẽ hoạt động của các tàu, thuyền.',
        ],
        '2019-06-01',
      ).map((d) => [d.title, d.groupAssignees, d.groupKeys.length > 0]),
    ).toEqual([
      [
        'Chủ động và tăng cường công tác phòng dịch',
        ['UBND các xã, phường thuộc vùng bị dịch uy hiếp và vùng đệm'],
        true,
      ],
      ['Quản lý chặt chẽ hoạt động của các tàu, thuyền', ['UBND các huyện, thị xã, thành phố ven biển, đảo'], true],
    ]);
  });
});

describe('extractDirectives on the heads of the departments addressed without "các"', () => {
  it('reads "Thủ trưởng sở, ban, ngành tỉnh, Chủ tịch UBND huyện, thị xã, thành phố" as the groups given the work', () => {
    const [draft] = extract(
      'UBND tỉnh yêu cầu Thủ trưởng sở, ban, ngành tỉnh, Chủ tịch UBND huyện, thị xã, thành phố tiếp tục thực hiện nghiêm các biện pháp phòng, chống dịch.',
      '2020-04-15',
    );
    expect([draft.title, draft.groupAssignees]).toEqual([
      'Tiếp tục thực hiện nghiêm các biện pháp phòng, chống dịch',
      ['sở, ban, ngành tỉnh', 'UBND huyện, thị xã, thành phố'],
    ]);
    expect(draft.groupKeys.length).toBeGreaterThan(1);
  });
});

describe('extractDirectives on a plan’s closing words and the media', () => {
  it('drafts no work from "… căn cứ chức năng, nhiệm vụ để tổ chức thực hiện theo kế hoạch đề ra" and "… tổ chức triển khai, thực hiện kế hoạch này"', () => {
    expect(
      extract(
        'Giao Sở Văn hóa, Thể thao và Du lịch tổ chức các hoạt động văn hóa, văn nghệ mừng Đảng, mừng Xuân.\n' +
          'Các sở, ngành, địa phương căn cứ chức năng, nhiệm vụ để tổ chức thực hiện theo kế hoạch đề ra.\n' +
          'Yêu cầu các sở, ngành, địa phương nghiêm túc tổ chức triển khai, thực hiện kế hoạch này.',
        '2024-12-10',
      ).map((d) => d.title),
    ).toEqual(['Tổ chức các hoạt động văn hóa, văn nghệ mừng Đảng, mừng Xuân']);
  });

  it('reads "các cơ quan, đơn vị thông tin đại chúng" as one group', () => {
    expect(
      extract('Các cơ quan, đơn vị thông tin đại chúng đẩy mạnh tuyên truyền về an toàn giao thông.', '2024-12-10').map(
        (d) => [d.title, d.groupAssignees],
      ),
    ).toEqual([['Đẩy mạnh tuyên truyền về an toàn giao thông', ['Các cơ quan, đơn vị thông tin đại chúng']]]);
  });
});

describe('extractDirectives on the near misses of a review of the rules above', () => {
  const kinds = (text: string) => extract(text, '2024-06-01').map((d) => [d.kind, d.deadlineText]);

  it('leaves a contract signed or an inspection’s conclusions received in the work, not in the days counted', () => {
    const [contract] = extract(
      'Nhà thầu thi công hoàn thành công trình trong thời hạn 180 ngày kể từ ngày ký hợp đồng.',
      '2024-06-01',
    );
    expect(contract.title).not.toMatch(/công trình hợp đồng/);
    const [inspection] = extract(
      'Sở Xây dựng báo cáo kết quả khắc phục trong thời hạn 30 ngày kể từ ngày nhận được Kết luận thanh tra.',
      '2024-06-01',
    );
    expect([inspection.title, inspection.deadlineText]).toEqual([
      'Báo cáo kết quả khắc phục kể từ ngày nhận được Kết luận thanh tra',
      'trong thời hạn 30 ngày',
    ]);
  });

  it('drafts directions given with "đưa ra yêu cầu / chỉ đạo" and a unit’s work of setting requirements', () => {
    expect(
      extract(
        'Chủ tịch UBND tỉnh đưa ra yêu cầu Văn phòng UBND tỉnh theo dõi, đôn đốc các sở, ngành thực hiện nghiêm các nội dung trên.',
        '2024-06-01',
      ).map((d) => d.leadDepartmentId),
    ).toEqual([idOf('VP-UBND')]);
    expect(
      extract(
        'Sở Xây dựng đưa ra các yêu cầu cụ thể về an toàn phòng cháy đối với nhà ở kết hợp kinh doanh, hoàn thành trong tháng 7/2024.',
        '2024-06-01',
      ).map((d) => d.dueDate),
    ).toEqual(['2024-07-31']);
  });

  it('keeps one-off work one-off when an ongoing word comes later or a single briefing is held', () => {
    for (const text of [
      'UBND các huyện chỉ đạo các xã xây dựng phương án bảo đảm an toàn cho người dân vùng ngập lụt.',
      'Công an tỉnh chỉ đạo Công an thành phố khởi tố vụ án, bảo đảm xử lý nghiêm minh.',
      'Sở Tư pháp tổ chức phổ biến Luật Đất đai năm 2024 cho cán bộ chủ chốt cấp huyện.',
    ])
      expect(kinds(text)).toEqual([['deadline', null]]);
  });

  it('reads neither "sau dịp Tết" nor "trước và trong dịp Tết" as the season, and lets the work tell the kind in it', () => {
    expect(
      kinds('Sở Giáo dục và Đào tạo chỉ đạo các trường đón học sinh trở lại trường học tập sau dịp Tết Nguyên đán.'),
    ).toEqual([['deadline', null]]);
    expect(
      kinds('Sở Lao động – Thương binh và Xã hội hoàn thành việc tặng quà trước và trong dịp Tết Nguyên đán.'),
    ).toEqual([['deadline', null]]);
    expect(
      kinds(
        'Sở Lao động – Thương binh và Xã hội tổ chức thăm, tặng quà các gia đình chính sách trong dịp Tết Nguyên đán.',
      ),
    ).toEqual([['deadline', 'trong dịp Tết Nguyên đán']]);
  });

  it('reads a party secretary’s request to the party committees without the secretary’s name, nor a unit after a paragraph of funds', () => {
    expect(
      extract(
        'Đồng chí Lê Văn Sơn, Bí thư Tỉnh ủy đề nghị các cấp ủy, chính quyền quan tâm chăm lo đời sống nhân dân.',
        '2024-06-01',
      ).map((d) => [d.title, d.groupAssignees, d.kind]),
    ).toEqual([['Quan tâm chăm lo đời sống nhân dân', ['các cấp ủy, chính quyền'], 'standing']]);
    expect(
      extractParagraphs(
        [
          'Giao Sở Tài chính chủ trì thẩm định dự toán mua sắm trang thiết bị y tế.',
          'Kinh phí thực hiện từ nguồn ngân sách tỉnh năm 2024.',
          'Tăng cường kiểm tra an toàn vệ sinh thực phẩm tại các bếp ăn tập thể.',
        ],
        '2024-06-01',
      ).map((d) => d.leadDepartmentId),
    ).toEqual([idOf('STC'), null]);
  });

  it('drafts work on what "sẽ được" done to others', () => {
    expect(
      extract(
        'Sở Nội vụ rà soát các trường hợp sẽ được nghỉ hưu trước tuổi, báo cáo UBND tỉnh trước ngày 30/6/2024.',
        '2024-06-01',
      ).map((d) => [d.leadDepartmentId, d.dueDate]),
    ).toEqual([[idOf('SNV'), '2024-06-30']]);
  });

  it('keeps in the work a wrapped line of a PDF table that opens with a unit’s name', () => {
    const text = [
      ...PDF_TABLE_HEADER,
      '1',
      'Tham mưu UBND tỉnh ban hành quy chế phối hợp giữa',
      'Sở Tài chính và Kho bạc Nhà nước tỉnh',
      'Sở Kế hoạch và',
      'Đầu tư',
      'Sở Tài chính',
      'Tháng 12/2024',
      '2',
      'Hướng dẫn các chủ đầu tư',
      'UBND các huyện thực hiện quyết toán',
      'Sở Tài chính',
      'UBND các huyện,',
      'thành phố',
      'Trước ngày 31/01/2025',
    ].join('\n');
    expect(
      extract(text, '2024-11-12').map((d) => [d.title, d.leadDepartmentId, d.groupAssignees, d.deadlineText]),
    ).toEqual([
      [
        'Tham mưu UBND tỉnh ban hành quy chế phối hợp giữa Sở Tài chính và Kho bạc Nhà nước tỉnh',
        idOf('SKHDT'),
        [],
        'Tháng 12/2024',
      ],
      [
        'Hướng dẫn các chủ đầu tư UBND các huyện thực hiện quyết toán',
        idOf('STC'),
        ['UBND các huyện, thành phố'],
        'Trước ngày 31/01/2025',
      ],
    ]);
  });
});

describe('extractDirectives on a report with its recommendations and a province named with a dash', () => {
  it('drafts "… bổ sung báo cáo, kiến nghị …" as work, not as a petition', () => {
    expect(
      extract(
        'Sở Xây dựng bổ sung báo cáo, kiến nghị liên quan đến dự án, gửi UBND tỉnh trước ngày 20/11/2023.',
        '2023-11-15',
      ).map((d) => [d.leadDepartmentId, d.dueDate]),
    ).toEqual([[idOf('SXD'), '2023-11-20']]);
    expect(extract('Cử tri kiến nghị UBND tỉnh sớm nâng cấp tuyến đường.', '2023-11-15')).toEqual([]);
  });

  it('reads "tỉnh Bà Rịa – Vũng Tàu" after a unit as its province, out of the title', () => {
    expect(
      extract(
        'Sở Xây dựng tỉnh Bà Rịa – Vũng Tàu bổ sung báo cáo gửi UBND tỉnh trước ngày 20/11/2023.',
        '2023-11-15',
      ).map((d) => d.title),
    ).toEqual(['Bổ sung báo cáo gửi UBND tỉnh']);
  });
});

describe('extractDirectives on a company named with a word in small letters', () => {
  it('keeps "Công ty cổ phần Xi măng Tuyên Quang" whole among the partners', () => {
    expect(
      titlesAndGroups(
        'Giao UBND thành phố Tuyên Quang phối hợp với Công ty cổ phần Xi măng Tuyên Quang kiểm tra môi trường.',
        '2024-06-01',
      ),
    ).toEqual([['UBND thành phố Tuyên Quang kiểm tra môi trường', ['Công ty cổ phần Xi măng Tuyên Quang']]]);
  });
});

describe('extractDirectives on the near misses of a second review', () => {
  it('gives no unit to work after a paragraph of the situation, only after one of the work’s scope', () => {
    expect(
      extractParagraphs(
        [
          'Giao Công an tỉnh kiểm tra công tác phòng cháy, chữa cháy tại các chợ.',
          'Địa bàn tỉnh có nhiều chợ truyền thống xuống cấp.',
          'Sửa chữa, nâng cấp các chợ trước Tết Nguyên đán.',
        ],
        '2024-06-01',
      ).map((d) => d.leadDepartmentId),
    ).toEqual([idOf('CA'), null]);
  });

  it('keeps the dated report after a plan’s closing words in the same sentence', () => {
    const drafts = extractParagraphs(
      [
        'Sở Y tế chủ trì kiểm tra an toàn thực phẩm tại các bếp ăn tập thể, báo cáo UBND tỉnh trước ngày 30/6/2024.',
        'Các sở, ngành, địa phương tổ chức triển khai thực hiện kế hoạch này; định kỳ báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2024 để tổng hợp.',
      ],
      '2024-06-01',
    );
    expect(drafts.map((d) => [d.title, d.groupAssignees])).toContainEqual([
      'Báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2024 để tổng hợp',
      ['Các sở, ngành, địa phương'],
    ]);
  });

  it('reads no due date from what is expected ("dự kiến khánh thành vào tháng 2/2024")', () => {
    expect(
      extract(
        'Sở Kế hoạch và Đầu tư báo cáo UBND tỉnh trước ngày 20/10/2023 về tình hình thực hiện dự án; dự kiến khánh thành vào tháng 2/2024.',
        '2023-10-05',
      ).map((d) => d.dueDate),
    ).toEqual(['2023-10-20']);
  });

  it('reads an association’s "báo cáo, kiến nghị tỉnh …" as a petition, no work', () => {
    expect(extract('Hiệp hội Doanh nghiệp tỉnh báo cáo, kiến nghị tỉnh giảm tiền thuê đất.', '2024-06-01')).toEqual([]);
  });

  it('dates "trước dịp Tết Dương lịch" before 1 January, and the holidays together as their season', () => {
    expect(
      extract('Sở Công Thương hoàn thành báo cáo trước dịp Tết Dương lịch.', '2024-12-01').map((d) => [
        d.title,
        d.dueDate,
      ]),
    ).toEqual([['Hoàn thành báo cáo', '2024-12-31']]);
    expect(
      extract(
        'Sở Công Thương bảo đảm cung ứng hàng hóa trước dịp Tết Dương lịch và Tết Nguyên đán Ất Tỵ 2025.',
        '2024-12-01',
      ).map((d) => d.title),
    ).toEqual(['Bảo đảm cung ứng hàng hóa']);
  });
});

describe('extractDirectives on the letters news tells of', () => {
  it('reads the department a letter directs, not "văn bản chỉ đạo" as a steering board', () => {
    expect(
      drafted(
        'UBND tỉnh vừa có văn bản chỉ đạo Sở Y tế phối hợp với các sở, ngành liên quan tăng cường công tác phòng, chống dịch sốt xuất huyết.',
        '2023-08-23',
      ),
    ).toEqual([
      {
        title: 'Tăng cường công tác phòng, chống dịch sốt xuất huyết',
        lead: idOf('SYT'),
        support: [],
        groups: ['các sở, ngành liên quan'],
        kind: 'standing',
        dueDate: null,
      },
    ]);
  });
});

describe('extractDirectives on the units of emergency letters and district texts', () => {
  it('reads the firms and the place at the end of a list of classes of units as the group’s', () => {
    expect(
      drafted(
        'Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ngành, địa phương, đơn vị, cơ quan, doanh nghiệp trên địa bàn tỉnh nhanh chóng triển khai ngay các phương án phòng chống bão.',
        '2025-09-23',
      ).map((d) => [d.title, d.groups]),
    ).toEqual([
      [
        'Nhanh chóng triển khai ngay các phương án phòng chống bão',
        ['các sở, ngành, địa phương, đơn vị, cơ quan, doanh nghiệp trên địa bàn tỉnh'],
      ],
    ]);
    expect(
      extract(
        'Chủ tịch UBND tỉnh yêu cầu tất cả các cơ quan nhà nước trên địa bàn nghiêm túc tổ chức thực hiện các biện pháp phòng, chống bão.',
        '2025-08-24',
      ).map((d) => d.groupAssignees),
    ).toEqual([['các cơ quan nhà nước trên địa bàn']]);
  });

  it('reads "Sở, ban, ngành" without "các" opening a numbered item as a group', () => {
    expect(
      drafted(
        '1. Sở, ban, ngành, Ủy ban nhân dân quận-huyện, xã, phường, thị trấn rà soát các thủ tục hành chính.',
        '2019-04-01',
      ).map((d) => [d.title, d.groups]),
    ).toEqual([
      ['Rà soát các thủ tục hành chính', ['Sở, ban, ngành', 'Ủy ban nhân dân quận-huyện, xã, phường, thị trấn']],
    ]);
  });

  it('drafts "tuyệt đối không được lơ là" as standing', () => {
    expect(
      extract('Các sở, ngành, địa phương tuyệt đối không được lơ là, chủ quan.', '2025-08-24').map((d) => d.kind),
    ).toEqual(['standing']);
  });

  it('reads a ward addressed by itself, after the time its work is for', () => {
    expect(
      drafted(
        'Đồng chí cũng yêu cầu, trong những tháng cuối năm, phường cần ưu tiên tháo gỡ vướng mắc cho người dân, doanh nghiệp.',
        '2025-10-10',
      ),
    ).toEqual([
      {
        title: 'Ưu tiên tháo gỡ vướng mắc cho người dân, doanh nghiệp',
        lead: null,
        support: [],
        groups: ['phường'],
        kind: 'deadline',
        dueDate: '2025-12-31',
      },
    ]);
  });

  it('reads a district’s land fund and farm service centres and its farm office written with "&" as units', () => {
    expect(
      titlesAndGroups(
        'Chủ tịch UBND huyện yêu cầu phòng Nông nghiệp & PTNT, Trung tâm Dịch vụ nông nghiệp, UBND các xã sớm xây dựng đề án phát triển cây ăn quả.',
        '2021-05-10',
      ),
    ).toEqual([
      [
        'Phòng Nông nghiệp & PTNT, Trung tâm Dịch vụ nông nghiệp sớm xây dựng đề án phát triển cây ăn quả',
        ['UBND các xã'],
      ],
    ]);
    expect(
      extract(
        'Đề nghị Trung tâm Phát triển Quỹ đất tỉnh rà soát lại phương án bồi thường, báo cáo đề xuất UBND huyện trước ngày 15/3/2024.',
        '2024-03-01',
      ).map((d) => d.title),
    ).toEqual(['Trung tâm Phát triển Quỹ đất tỉnh rà soát lại phương án bồi thường, báo cáo đề xuất UBND huyện']);
  });
});

describe('extractDirectives on what a text tells rather than gives', () => {
  it('reads "sở, ban, ngành" addressed without "các", and the groups by what they hold', () => {
    expect(
      titlesAndGroups(
        'Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh yêu cầu sở, ban, ngành, UBND các huyện, thị xã, thành phố triển khai ngay biện pháp kiểm soát các trường hợp về tỉnh.',
        '2021-07-02',
      ),
    ).toEqual([
      [
        'Triển khai ngay biện pháp kiểm soát các trường hợp về tỉnh',
        ['sở, ban, ngành', 'UBND các huyện, thị xã, thành phố'],
      ],
    ]);
    expect(
      titlesAndGroups(
        'Giao UBND các huyện, thành phố nơi có chốt kiểm soát chỉ đạo thực hiện mua sắm, triển khai theo quy định.',
        '2021-07-02',
      ),
    ).toEqual([
      ['Chỉ đạo thực hiện mua sắm, triển khai theo quy định', ['UBND các huyện, thành phố nơi có chốt kiểm soát']],
    ]);
    expect(
      extract(
        'Yêu cầu UBND các xã, phường có tàu, thuyền hoạt động trên biển và các đơn vị liên quan theo dõi chặt chẽ diễn biến của bão.',
        '2025-09-23',
      ).map((d) => d.groupAssignees),
    ).toEqual([['UBND các xã, phường có tàu, thuyền hoạt động trên biển', 'các đơn vị liên quan']]);
    expect(
      titlesAndGroups(
        'Đồng chí đề nghị các phòng, ban, đơn vị, xã phường chuẩn bị tốt các điều kiện phục vụ kỳ họp HĐND thành phố.',
        '2017-07-12',
      ),
    ).toEqual([['Chuẩn bị tốt các điều kiện phục vụ kỳ họp HĐND thành phố', ['các phòng, ban, đơn vị', 'xã phường']]]);
  });

  it('drafts nothing under "Những công việc đã thực hiện:" nor under an account heading in capitals closed by a dot', () => {
    const account = [
      'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO TẠI BUỔI HỌP GIAO BAN QUÝ I-2018.',
      '- Sở Tài chính: tiếp tục theo dõi, kiểm tra chặt chẽ đối với công tác thu – chi trên địa bàn tỉnh.',
    ];
    expect(extractParagraphs(account, '2018-06-21')).toEqual([]);
    expect(
      extractParagraphs(
        [
          '1. Những công việc đã thực hiện:',
          '- Sở Kế hoạch và Đầu tư: tham mưu UBND tỉnh xây dựng dự thảo văn bản triển khai kịch bản tăng trưởng.',
        ],
        '2018-06-21',
      ),
    ).toEqual([]);
  });

  it('drafts no order cited from an earlier letter with its day', () => {
    expect(
      extract(
        'Theo văn bản, tại công văn trước đó (số 4941/UBND-KTN, ngày 30/9/2022), Chủ tịch UBND tỉnh, đã giao nhiệm vụ cho Sở Tài nguyên và Môi trường chủ trì, phối hợp với Thanh tra tỉnh tiến hành kiểm tra việc chuyển mục đích sử dụng đất.',
        '2023-08-02',
      ),
    ).toEqual([]);
  });

  it('drafts no sentence that only announces the tasks the next ones give', () => {
    expect(
      extract(
        'Chỉ đạo tại cuộc họp, đồng chí Chủ tịch UBND thành phố nhấn mạnh các nhiệm vụ trọng tâm sẽ tập trung triển khai trong tuần tới. Trong đó, đồng chí đề nghị các địa phương liên quan hoàn thiện thủ tục cưỡng chế để khẩn trương bàn giao đất cho chủ đầu tư.',
        '2017-07-12',
      ).map((d) => d.title),
    ).toEqual(['Hoàn thiện thủ tục cưỡng chế để khẩn trương bàn giao đất cho chủ đầu tư']);
  });

  it('reads no "thường xuyên" from places where something often happens', () => {
    expect(
      extract(
        'Sở Y tế tăng cường kiểm tra công tác phòng, chống đuối nước, tập trung đến các huyện thường xuyên và để xảy ra nhiều trường hợp đuối nước trẻ em.',
        '2022-06-01',
      ).map((d) => [d.kind, d.deadlineText]),
    ).toEqual([['standing', null]]);
  });

  it('dates the work by its report after ";" to a department or sent to the committee', () => {
    expect(
      extract(
        'UBND tỉnh yêu cầu các huyện: Phú Ninh, Tây Giang, Quế Sơn khẩn trương hoàn thành hồ sơ nhiệm vụ quy hoạch chung đô thị; kịp thời báo cáo Sở Xây dựng tổ chức thẩm định trước ngày 20/9/2024.',
        '2024-08-20',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([['Khẩn trương hoàn thành hồ sơ nhiệm vụ quy hoạch chung đô thị', '2024-09-20']]);
    expect(
      extract(
        'Giao Sở Công Thương khẩn trương thực hiện công tác bồi thường, giải phóng mặt bằng tại dự án; báo cáo kết quả và tham mưu nội dung báo cáo tiến độ, gửi UBND tỉnh trước ngày 30-9.',
        '2021-09-15',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([['Khẩn trương thực hiện công tác bồi thường, giải phóng mặt bằng tại dự án', '2021-09-30']]);
    const dueOf = (text: string) => extract(text, '2024-12-01').map((d) => [d.title, d.dueDate]);
    expect(
      dueOf('Sở Xây dựng xây dựng kế hoạch kiểm tra; gửi UBND tỉnh báo cáo kết quả trước ngày 30/12/2024.'),
    ).toEqual([['Xây dựng kế hoạch kiểm tra', '2024-12-30']]);
    // The department the report goes through, in brackets.
    for (const [text, title] of [
      [
        'UBND các huyện, thành phố rà soát hộ nghèo; gửi UBND tỉnh (thông qua Sở Xây dựng) báo cáo kết quả trước ngày 20/12/2024.',
        'Rà soát hộ nghèo',
      ],
      [
        'Giao UBND các huyện, thành phố rà soát các hộ nghèo; gửi UBND tỉnh (qua Sở Lao động - Thương binh và Xã hội) báo cáo kết quả trước ngày 20/12/2024.',
        'Rà soát các hộ nghèo',
      ],
    ])
      expect(dueOf(text)).toEqual([[title, '2024-12-20']]);
    expect(
      dueOf(
        'Sở Xây dựng rà soát các công trình; báo cáo Sở Nông nghiệp và PTNT kết quả thực hiện trước ngày 30/12/2024.',
      ),
    ).toEqual([['Rà soát các công trình', '2024-12-30']]);
    expect(
      dueOf(
        'Giao Sở Xây dựng xây dựng kế hoạch bảo đảm trật tự; báo cáo kết quả và những vấn đề vượt thẩm quyền với Chủ tịch UBND tỉnh trước ngày 28/12/2024.',
      ),
    ).toEqual([['Xây dựng kế hoạch bảo đảm trật tự', '2024-12-28']]);
    // Not another deliverable sent or reported after ";": a plan, a list.
    expect(
      extract(
        'Sở Công Thương tổ chức đoàn kiểm tra thị trường; gửi UBND tỉnh kế hoạch kiểm tra trước ngày 15/11/2024.',
        '2024-10-01',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([
      ['Tổ chức đoàn kiểm tra thị trường', null],
      ['Gửi UBND tỉnh kế hoạch kiểm tra', '2024-11-15'],
    ]);
    expect(
      extract(
        'Sở Giáo dục và Đào tạo hướng dẫn các trường tổ chức thi học kỳ; báo cáo Sở Nội vụ danh sách giáo viên dôi dư trước ngày 30/6/2024.',
        '2024-05-01',
      ).map((d) => [d.title, d.dueDate]),
    ).toEqual([
      ['Hướng dẫn các trường tổ chức thi học kỳ', null],
      ['Báo cáo Sở Nội vụ danh sách giáo viên dôi dư', '2024-06-30'],
    ]);
  });
});

describe('extractDirectives on a party committee’s addressees and the documents it cites', () => {
  it('reads the party committees, the authorities and the front as one group', () => {
    expect(
      drafted(
        'Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tiếp tục quán triệt, thực hiện nghiêm Chỉ thị số 48-CT/TW.',
        '2021-01-05',
      ).map((d) => [d.title, d.groups, d.kind]),
    ).toEqual([
      [
        'Tiếp tục quán triệt, thực hiện nghiêm Chỉ thị số 48-CT/TW',
        ['các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội'],
        'standing',
      ],
    ]);
    expect(
      extract(
        '1. Các cấp ủy, chính quyền, Mặt trận và đoàn thể: triển khai nghiêm túc các văn bản chỉ đạo của cấp trên.',
      ).map((d) => d.groupAssignees),
    ).toEqual([['Các cấp ủy, chính quyền, Mặt trận và đoàn thể']]);
  });

  it('reads no deadline from the subject of a numbered document cited ("… về … trước, trong và sau Tết")', () => {
    expect(
      extract(
        'Các sở, ngành thực hiện nghiêm Công văn số 177-CV/TU ngày 31/12/2020 của Ban Thường vụ Tỉnh ủy về triển khai thực hiện một số nhiệm vụ trước, trong và sau Tết Nguyên đán Tân Sửu.',
        '2021-01-05',
      ).map((d) => [d.dueDate, d.deadlineText]),
    ).toEqual([[null, null]]);
  });
});

describe('extractDirectives on a news item that sums up the letter before its items', () => {
  it('drafts no news lead addressed to groups when the letter’s items follow', () => {
    expect(
      extractParagraphs(
        [
          '(TBTCO) - Lãnh đạo TP. Hà Nội yêu cầu các đơn vị tập trung xử lý dứt điểm trụ sở, tài sản công sau sắp xếp đơn vị hành chính.',
          'Phó Chủ tịch UBND TP. Hà Nội vừa ký ban hành Công văn về việc tiếp tục bố trí, sắp xếp, xử lý trụ sở, tài sản công.',
          'Theo đó, Hà Nội yêu cầu UBND phường, xã xử lý dứt điểm việc rà soát, kiểm kê tài sản công.',
        ],
        '2025-10-14',
      ).map((d) => d.title),
    ).toEqual(['Xử lý dứt điểm việc rà soát, kiểm kê tài sản công']);
    // A lead with a date of its own is work of its own.
    expect(
      extractParagraphs(
        [
          '(BTN) - UBND tỉnh yêu cầu UBND các huyện hoàn thành kiểm đếm thiệt hại do bão số 3 trước ngày 30/9/2024.',
          'Theo đó, Sở Tài chính cân đối kinh phí hỗ trợ các huyện.',
        ],
        '2024-09-20',
      ).map((d) => d.title),
    ).toEqual(['Hoàn thành kiểm đếm thiệt hại do bão số 3', 'Cân đối kinh phí hỗ trợ các huyện']);
  });

  it('keeps the request given in full, not the news of the letter that restates it', () => {
    expect(
      extractParagraphs(
        [
          'UBND tỉnh vừa ban hành văn bản yêu cầu các sở, ngành và các địa phương rà soát, kiểm tra, xử lý dứt điểm các hồ sơ trực tuyến chậm được tiếp nhận.',
          'Từ thực tế đó, Chủ tịch UBND tỉnh yêu cầu lãnh đạo các sở, ngành và Chủ tịch UBND các xã, phường khẩn trương rà soát, kiểm tra, xử lý dứt điểm các hồ sơ này.',
        ],
        '2025-11-10',
      ).map((d) => [d.title, d.groupAssignees]),
    ).toEqual([
      ['Khẩn trương rà soát, kiểm tra, xử lý dứt điểm các hồ sơ này', ['các sở, ngành', 'UBND các xã, phường']],
    ]);
  });

  it('reads the bodies under the city and those of the former districts and communes as groups', () => {
    expect(
      titlesAndGroups(
        'UBND thành phố yêu cầu Giám đốc, thủ trưởng các sở, ban, ngành, tổ chức, đơn vị trực thuộc thành phố rà soát trụ sở, tài sản công.',
        '2025-06-01',
      ),
    ).toEqual([['Rà soát trụ sở, tài sản công', ['các sở, ban, ngành, tổ chức, đơn vị trực thuộc thành phố']]]);
    expect(
      extract(
        'Các cơ quan, tổ chức, đơn vị thuộc đơn vị hành chính cấp huyện, cấp xã (cũ) phải hoàn thành việc bàn giao trụ sở, tài sản công chậm nhất ngày 30/6/2025.',
        '2025-06-01',
      ).map((d) => [d.title, d.groupAssignees, d.dueDate]),
    ).toEqual([
      [
        'Hoàn thành việc bàn giao trụ sở, tài sản công',
        ['Các cơ quan, tổ chức, đơn vị thuộc đơn vị hành chính cấp huyện, cấp xã (cũ)'],
        '2025-06-30',
      ],
    ]);
  });
});

describe('extractDirectives on the district level as the subject', () => {
  it('reads "Chủ tịch UBND cấp huyện chỉ đạo …" as the class that directs, not the assigner', () => {
    expect(
      extract(
        'Chủ tịch UBND cấp huyện chỉ đạo Tổ công tác Đề án 06 các cấp tổ chức các cuộc họp dân, hoàn thành trước ngày 15-12-2022.',
        '2022-10-25',
      ).map((d) => [d.title, d.groupAssignees, d.dueDate]),
    ).toEqual([['Chỉ đạo Tổ công tác Đề án 06 các cấp tổ chức các cuộc họp dân', ['UBND cấp huyện'], '2022-12-15']]);
  });

  it('reads a district’s labour office written without its dash, after a purpose', () => {
    expect(
      extract(
        'Để đảm bảo việc cấp phát gạo kịp thời, Phòng Lao động Thương binh và Xã hội huyện phối hợp với UBND các xã, thị trấn khẩn trương trao gạo cho các gia đình.',
        '2023-01-10',
      ).map((d) => d.title),
    ).toEqual(['Phòng Lao động Thương binh và Xã hội huyện khẩn trương trao gạo cho các gia đình']);
  });

  it('drafts nothing from what all of a class did ("Các trưởng điểm thi đều nắm chắc …")', () => {
    expect(
      extract('Các trưởng điểm thi đều nắm chắc nội quy, quy chế và triển khai công việc nhanh chóng.', '2023-06-28'),
    ).toEqual([]);
    expect(extract('Các đơn vị đều phải triển khai công việc nhanh chóng.', '2023-06-28').map((d) => d.title)).toEqual([
      'Triển khai công việc nhanh chóng',
    ]);
    expect(
      extract('Các sở, ngành đều tích cực triển khai nhiệm vụ được giao, đạt nhiều kết quả quan trọng.', '2023-06-28'),
    ).toEqual([]);
    expect(
      extract(
        'Các sở, ngành đều có trách nhiệm phối hợp với Sở Nội vụ triển khai Đề án vị trí việc làm.',
        '2023-06-28',
      ).map((d) => d.title),
    ).toEqual(['Triển khai Đề án vị trí việc làm']);
    // What all are to do, with its time.
    expect(
      extract('Các huyện đều tổ chức ra quân làm thủy lợi nội đồng trong tháng 10/2024.', '2024-09-20').map((d) => [
        d.title,
        d.dueDate,
      ]),
    ).toEqual([['Tổ chức ra quân làm thủy lợi nội đồng', '2024-10-31']]);
  });
});

describe('extractDirectives on the kind of work carried out over time', () => {
  it('drafts carrying out, managing, measures and standing duty as standing work', () => {
    const kinds = (text: string) => extract(text, '2024-01-10').map((d) => d.kind);
    expect(kinds('Sở Nông nghiệp và Phát triển nông thôn tổ chức triển khai thực hiện Quyết định này.')).toEqual([
      'standing',
    ]);
    expect(kinds('UBND các huyện tổ chức quản lý, sử dụng nguồn kinh phí được hỗ trợ theo quy định.')).toEqual([
      'standing',
    ]);
    expect(kinds('Sở Y tế triển khai các biện pháp điều tra, giám sát, xử lý ổ dịch.')).toEqual(['standing']);
    expect(kinds('Sở Giáo dục và Đào tạo triển khai và thực hiện tốt Công điện số 38/CĐ-BGDĐT.')).toEqual(['standing']);
    expect(kinds('Các sở, ngành tổ chức thường trực, trực ban nghiêm túc.')).toEqual(['standing']);
    expect(kinds('Các sở, ngành tổ chức trực trong những ngày nghỉ Tết.')).toEqual(['standing']);
    expect(
      kinds('Sở Nông nghiệp và Phát triển nông thôn thực hiện quản lý, kiểm soát chặt chẽ việc xuất bến của tàu cá.'),
    ).toEqual(['standing']);
    expect(
      kinds('Sở Nông nghiệp và Phát triển nông thôn thực hiện công tác tuyên truyền, phổ biến quy định về thủy sản.'),
    ).toEqual(['standing']);
    expect(kinds('Các địa phương kiểm tra, kiểm soát số lượng, chất lượng con giống thả nuôi.')).toEqual(['standing']);
    expect(
      kinds(
        'UBND các huyện quán triệt và tiếp tục chỉ đạo thực hiện đầy đủ, nghiêm túc, khẩn trương các chỉ đạo của Chính phủ.',
      ),
    ).toEqual(['standing']);
    expect(
      extract('Các địa phương trong huyện thực hiện tốt khung lịch mùa vụ thả giống nuôi tôm.', '2023-02-01').map(
        (d) => [d.title, d.groupAssignees, d.kind],
      ),
    ).toEqual([['Thực hiện tốt khung lịch mùa vụ thả giống nuôi tôm', ['Các địa phương trong huyện'], 'standing']]);
    // Done once: work for an occasion, an event or a campaign, or urgent measures.
    expect(
      kinds('Công an tỉnh triển khai các biện pháp bảo đảm an ninh trật tự trong dịp Tết Nguyên đán Ất Tỵ 2025.'),
    ).toEqual(['deadline']);
    expect(
      kinds('UBND các xã tổ chức thực hiện tốt Ngày hội Đại đoàn kết toàn dân tộc năm 2024 ở khu dân cư.'),
    ).toEqual(['deadline']);
    expect(kinds('Sở Nội vụ tổ chức thực hiện tốt việc thi tuyển công chức năm 2024.')).toEqual(['deadline']);
    expect(kinds('Sở Y tế kiểm tra, kiểm soát an toàn thực phẩm tại Lễ hội Thành Tuyên.')).toEqual(['deadline']);
    expect(
      kinds('Sở Nông nghiệp và PTNT triển khai các biện pháp cấp bách khoanh vùng, dập dịch cúm gia cầm.'),
    ).toEqual(['deadline']);
    expect(kinds('Sở Y tế tổ chức thực hiện tốt các nhiệm vụ được giao.')).toEqual(['standing']);
    // Ongoing work carried out well, a resolution of a congress, an occasion only stressed: standing.
    expect(kinds('Công an tỉnh tổ chức thực hiện tốt công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ.')).toEqual([
      'standing',
    ]);
    expect(kinds('UBND cấp huyện tổ chức thực hiện tốt việc tiếp công dân định kỳ theo quy định.')).toEqual([
      'standing',
    ]);
    expect(
      kinds('Các sở, ngành tổ chức thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020-2025.'),
    ).toEqual(['standing']);
    expect(kinds('Sở Y tế tổ chức thực hiện tốt công tác y tế dự phòng, nhất là trong dịp hè.')).toEqual(['standing']);
    // An aim is no work done once; the kind is told by the whole work, not by its title cut short.
    expect(
      kinds(
        'Chủ tịch UBND tỉnh đề nghị đồng chí Giám đốc Sở Y tế tiếp tục nêu cao tinh thần trách nhiệm, phát huy năng lực chuyên môn, cùng tập thể Sở đoàn kết, thống nhất hoàn thành xuất sắc nhiệm vụ.',
      ),
    ).toEqual(['standing']);
    expect(
      kinds(
        'UBND huyện tập trung chỉ đạo Công an huyện sớm có kết luận điều tra vụ phá rừng đầu nguồn thuộc địa bàn xã Hóa Hợp và xã Hóa Tiến, xử lý nghiêm các đối tượng vi phạm theo quy định của pháp luật, đồng thời làm rõ và xử lý trách nhiệm những tổ chức, cá nhân có liên quan trong công tác quản lý, bảo vệ rừng.',
      ),
    ).toEqual(['deadline']);
    // Done once: carried out at once, an event organised or managed, a campaign, a payout; urgency on one piece of work.
    expect(
      kinds('Sở Lao động - Thương binh và Xã hội tổ chức thực hiện việc chi trả trợ cấp cho các hộ bị thiệt hại.'),
    ).toEqual(['deadline']);
    expect(kinds('Sở Giáo dục và Đào tạo tổ chức quản lý thi tốt nghiệp THPT năm 2024 đúng quy chế.')).toEqual([
      'deadline',
    ]);
    expect(kinds('Sở Y tế triển khai và thực hiện tốt đợt cao điểm tiêm chủng vắc xin phòng bệnh bạch hầu.')).toEqual([
      'deadline',
    ]);
    expect(kinds('UBND các xã thực hiện nghiêm túc, khẩn trương việc kiểm đếm thiệt hại do bão số 3 gây ra.')).toEqual([
      'deadline',
    ]);
    expect(kinds('Sở Y tế tổ chức thực hiện ngay việc tiêm vắc xin cho trẻ em.')).toEqual(['deadline']);
    expect(kinds('Sở Y tế tổ chức hội nghị tổng kết công tác y tế.')).toEqual(['deadline']);
  });
});

describe('extractDirectives on a news page’s headline and an account’s programmes', () => {
  it('drafts no headline over the time the item was posted', () => {
    expect(
      extractParagraphs(
        [
          'Chủ tịch UBND xã Thái Hoà kiểm tra tình hình sạt lở, ngập lụt tại các thôn.',
          '14/09/2025 - 15:51',
          'Đồng chí Chủ tịch UBND xã yêu cầu các thôn kịp thời tuyên truyền, vận động nhân dân chủ động phòng tránh.',
        ],
        '2025-09-14',
      ).map((d) => d.title),
    ).toEqual(['Kịp thời tuyên truyền, vận động nhân dân chủ động phòng tránh']);
  });

  it('drafts no programme named after a count in an account of what was done', () => {
    expect(
      extract(
        'Đến nay, toàn tỉnh đã khởi công xây dựng, sửa chữa 10.760/10.760 căn nhà (đạt 100%) cho các hộ đối với 3 chương trình: Hỗ trợ nhà ở cho người có công với cách mạng; Hỗ trợ nhà ở theo chương trình mục tiêu quốc gia; Xóa nhà tạm, nhà dột nát.',
        '2025-08-01',
      ),
    ).toEqual([]);
  });
});

describe('extractDirectives on the month of a request and the period of a list', () => {
  it('dates the items by the month named right after the request', () => {
    expect(
      extract(
        'Chủ tịch UBND tỉnh đề nghị tháng 12/2018 các sở, ngành tập trung thực hiện tốt một số nội dung sau:\n- Chuẩn bị các bước quy trình bầu bổ sung ủy viên.\n- Tập trung tháo gỡ, giải quyết dứt điểm tồn tại dự án đường 21m.',
        '2018-12-07',
      ).map((d) => d.dueDate),
    ).toEqual(['2018-12-31', '2018-12-31']);
  });

  it('reads no date from the period of the projects a list is of ("dự định triển khai trong năm 2019")', () => {
    expect(
      extract(
        'Sở Kế hoạch và Đầu tư tham mưu danh mục đầu tư công dự định triển khai trong năm 2019 trình UBND tỉnh phê duyệt.',
        '2019-06-01',
      ).map((d) => [d.dueDate, d.deadlineText]),
    ).toEqual([[null, null]]);
  });
});

describe('extractDirectives on "Sở, ban, ngành" listed without "các"', () => {
  it('reads the localities after them, a committee after "và", and the communes "trong huyện"', () => {
    expect(
      extract('UBND tỉnh yêu cầu Sở, ban, ngành, địa phương tăng cường kỷ luật, kỷ cương hành chính.').map((d) => [
        d.title,
        d.groupAssignees,
      ]),
    ).toEqual([['Tăng cường kỷ luật, kỷ cương hành chính', ['Sở, ban, ngành, địa phương']]]);
    expect(
      extract('Yêu cầu Sở, ban, ngành và địa phương nghiêm túc thực hiện chế độ báo cáo hằng tháng trước ngày 20.').map(
        (d) => d.groupAssignees,
      ),
    ).toEqual([['Sở, ban, ngành và địa phương']]);
    expect(
      extract('Sở, ban, ngành và UBND các huyện rà soát các thủ tục hành chính.').map((d) => d.groupAssignees),
    ).toEqual([['Sở, ban, ngành', 'UBND các huyện']]);
    expect(titlesAndGroups('Giao UBND các xã trong huyện rà soát các hộ nghèo.')).toEqual([
      ['Rà soát các hộ nghèo', ['UBND các xã trong huyện']],
    ]);
  });
});

describe('extractDirectives on the traffic safety board and a named leader’s stress', () => {
  it('reads the board and its office as the body given the work, dated by its report "với Chủ tịch UBND tỉnh"', () => {
    expect(
      drafted(
        'Giao Văn phòng Ban An toàn giao thông tỉnh chủ trì, phối hợp với Công an tỉnh, Sở Y tế và các đơn vị liên quan xây dựng kế hoạch bảo đảm trật tự, an toàn giao thông; báo cáo kết quả với Chủ tịch UBND tỉnh trước ngày 28/12/2022.',
        '2022-12-20',
      ),
    ).toEqual([
      {
        title: 'Văn phòng Ban An toàn giao thông tỉnh xây dựng kế hoạch bảo đảm trật tự, an toàn giao thông',
        lead: null,
        support: [idOf('CA'), idOf('SYT')],
        groups: ['các đơn vị liên quan'],
        kind: 'deadline',
        dueDate: '2022-12-28',
      },
    ]);
  });

  it('keeps a numbered letter’s request to a body outside the table when the letter’s later items follow', () => {
    const drafts = extractParagraphs(
      [
        'Chủ tịch UBND tỉnh vừa ban hành Công văn số 3143/UBND-KTN yêu cầu Ban An toàn giao thông tỉnh chủ trì, phối hợp với Công an tỉnh và các đơn vị liên quan tham mưu UBND tỉnh thành lập Tổ Công tác liên ngành trên các tuyến đường thường xuyên có phương tiện vận tải hoạt động.',
        'Công văn yêu cầu chủ tịch UBND các huyện, thị xã, thành phố chỉ đạo phòng chức năng tổ chức kiểm tra, bổ sung các biển báo.',
      ],
      '2020-06-10',
    );
    expect(drafts.map((d) => [d.title.slice(0, 40), d.deadlineText])).toEqual([
      ['Ban An toàn giao thông tỉnh tham mưu UBN', null],
      ['Chỉ đạo phòng chức năng tổ chức kiểm tra', null],
    ]);
  });

  it('reads what a leader named by name stresses to the units ("đ/c … nhấn mạnh UBND các phường …")', () => {
    expect(
      titlesAndGroups(
        'Tại buổi làm việc, đ/c Võ Văn Hùng nhấn mạnh UBND các phường khẩn trương hoàn thành sơ đồ quy hoạch các điểm kinh doanh du lịch.',
        '2016-03-01',
      ),
    ).toEqual([['Khẩn trương hoàn thành sơ đồ quy hoạch các điểm kinh doanh du lịch', ['UBND các phường']]]);
  });
});

describe('extractDirectives on a district’s own addressees', () => {
  it('reads "các ngành, các cấp" whole, a ward singled out by name, and the Front written "UB.MTTQVN"', () => {
    expect(
      titlesAndGroups(
        'UBND tỉnh chỉ đạo các ngành, các cấp tập trung triển khai tốt các nhiệm vụ phục vụ bầu cử.',
        '2016-03-10',
      ),
    ).toEqual([['Tập trung triển khai tốt các nhiệm vụ phục vụ bầu cử', ['các ngành, các cấp']]]);
    expect(
      titlesAndGroups(
        'Riêng đối với phường Nghi Hương, cần triển khai tháo dỡ các ki ốt hết thời hạn kinh doanh.',
        '2016-03-10',
      ),
    ).toEqual([['Triển khai tháo dỡ các ki ốt hết thời hạn kinh doanh', ['phường Nghi Hương']]]);
    expect(
      titlesAndGroups(
        'UBND huyện đề nghị UB.MTTQVN và các đoàn thể huyện, Chủ tịch UBND các xã - thị trấn tổ chức tổng vệ sinh tại cơ quan, đơn vị.',
        '2022-07-20',
      ),
    ).toEqual([
      ['Tổ chức tổng vệ sinh tại cơ quan, đơn vị', ['UB.MTTQVN', 'các đoàn thể huyện', 'UBND các xã - thị trấn']],
    ]);
  });
});

describe('extractDirectives on the levels from one to another', () => {
  it('reads "Từ huyện đến xã phải …" as the levels given the work', () => {
    expect(
      extract('Từ huyện đến xã phải thành lập ngay Ban chỉ đạo công tác chống hạn.', '2019-04-10').map((d) => [
        d.title,
        d.groupAssignees,
      ]),
    ).toEqual([['Thành lập ngay Ban chỉ đạo công tác chống hạn', ['Từ huyện đến xã']]]);
    expect(
      extract(
        'UBND thành phố yêu cầu các cơ quan, tổ chức, đơn vị trực thuộc thành phố hoàn thành việc bàn giao trụ sở.',
      ).map((d) => d.groupAssignees),
    ).toEqual([['các cơ quan, tổ chức, đơn vị trực thuộc thành phố']]);
    expect(
      extract('Các địa phương nơi có chốt phòng, chống dịch bố trí lực lượng trực 24/24 giờ.').map((d) => [
        d.title,
        d.groupAssignees,
      ]),
    ).toEqual([['Bố trí lực lượng trực 24/24 giờ', ['Các địa phương nơi có chốt phòng, chống dịch']]]);
    // The units under the one that directs them are no group of the assigner's.
    expect(
      extract('Sở Y tế chỉ đạo các đơn vị trực thuộc tăng cường công tác phòng dịch.').map((d) => d.groupAssignees),
    ).toEqual([[]]);
  });

  it('cuts a long title before the work joined on, not between the manners of the work', () => {
    const [draft] = extract(
      'Các sở, ban, ngành, UBND các huyện, thành phố theo chức năng, nhiệm vụ triển khai thực hiện các nội dung chỉ đạo của Bộ Lao động - Thương binh và Xã hội (LĐTB&XH) tại Công văn số 1762/LĐTBXH-TE ngày 30/5/2022, đồng thời thực hiện nghiêm túc, có hiệu quả các nhiệm vụ theo chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số 513/UBND-KGVX ngày 11/5/2022.',
      '2022-06-01',
    );
    expect(draft.title).toBe(
      'Triển khai thực hiện các nội dung chỉ đạo của Bộ Lao động - Thương binh và Xã hội (LĐTB&XH) tại Công văn số 1762/LĐTBXH-TE ngày 30/5/2022',
    );
  });
});

describe('extractDirectives on the units of the reorganisation of 2025', () => {
  it('reads "các xã phường", "Mỗi xã, phường, đặc khu" and "các phường mới" whole as the groups', () => {
    const groupsAndTitles = (text: string) =>
      extract(text, '2025-08-10').map((d) => [d.groupAssignees, d.title, d.dueDate]);
    expect(
      groupsAndTitles('Các xã phường khẩn trương rà soát, sắp xếp trụ sở dôi dư, hoàn thành trước ngày 30/9/2025.'),
    ).toEqual([[['Các xã phường'], 'Khẩn trương rà soát, sắp xếp trụ sở dôi dư', '2025-09-30']]);
    expect(
      groupsAndTitles('Mỗi xã, phường, đặc khu phải rà soát xe ô tô dôi dư, báo cáo trước ngày 30/9/2025.'),
    ).toEqual([[['Mỗi xã, phường, đặc khu'], 'Rà soát xe ô tô dôi dư, báo cáo', '2025-09-30']]);
    expect(groupsAndTitles('Mỗi xã phường thị trấn bố trí 01 cán bộ đầu mối theo dõi công tác chuyển đổi số.')).toEqual(
      [[['Mỗi xã phường thị trấn'], 'Bố trí 01 cán bộ đầu mối theo dõi công tác chuyển đổi số', null]],
    );
    expect(groupsAndTitles('Các xã, phường mới cần hoàn tất việc bổ nhiệm lãnh đạo trước ngày 15/9/2025.')).toEqual([
      [['Các xã, phường mới'], 'Hoàn tất việc bổ nhiệm lãnh đạo', '2025-09-15'],
    ]);
    expect(groupsAndTitles('Các phường mới cần hoàn tất việc bổ nhiệm lãnh đạo trước ngày 15/9/2025.')).toEqual([
      [['Các phường mới'], 'Hoàn tất việc bổ nhiệm lãnh đạo', '2025-09-15'],
    ]);
    expect(groupsAndTitles('Các đơn vị hành chính mới nhanh chóng ổn định tổ chức bộ máy.')).toEqual([
      [['Các đơn vị hành chính mới'], 'Nhanh chóng ổn định tổ chức bộ máy', null],
    ]);
    expect(groupsAndTitles('Các xã mới được thành lập cần khẩn trương kiện toàn bộ máy.')).toEqual([
      [['Các xã mới được thành lập'], 'Khẩn trương kiện toàn bộ máy', null],
    ]);
    // "mới" as "only", before what was done: no part of the name.
    for (const told of [
      'Các huyện mới hoàn thành 60% kế hoạch giải ngân vốn đầu tư công.',
      'Các phường mới tổ chức được 02 cuộc tiếp xúc cử tri.',
      'Các xã mới triển khai thí điểm, cần đánh giá, rút kinh nghiệm.',
    ])
      expect(extract(told, '2025-08-10').flatMap((d) => d.groupAssignees)).not.toContainEqual(
        expect.stringMatching(/mới$/),
      );
    // The communes of a town are no list of levels.
    expect(groupsAndTitles('Yêu cầu các xã thị xã Kỳ Anh khẩn trương hoàn thành chi trả tiền bồi thường.')).toEqual([
      [['các xã thị xã Kỳ Anh'], 'Khẩn trương hoàn thành chi trả tiền bồi thường', null],
    ]);
    // Nor words that fold as "xã" and "phường" do, nor a place's name running on into what it did or did not.
    expectNoDraft('Xạ trị ung thư phải thực hiện tại cơ sở đủ điều kiện.', '2025-08-10');
    expectNoDraft('Phương Bắc tiếp tục có không khí lạnh tăng cường.', '2025-08-10');
    expectNoDraft('Xa hơn nữa cần tính toán phương án phát triển hạ tầng giao thông kết nối vùng.', '2025-08-10');
    // A ward whose name is a quarter of the sky is a ward when its name goes on.
    expect(
      groupsAndTitles('Phường Đông Hải phối hợp với Sở Xây dựng kiểm tra trật tự xây dựng trên địa bàn.')[0][0],
    ).toEqual(['Phường Đông Hải']);
    expect(
      groupsAndTitles(
        'Chủ tịch UBND tỉnh yêu cầu các ban ngành, địa phương tập trung chỉ đạo thực hiện tốt Chỉ thị số 55-CT/TW.',
      ),
    ).toEqual([[['các ban ngành, địa phương'], 'Tập trung chỉ đạo thực hiện tốt Chỉ thị số 55-CT/TW', null]]);
    expect(
      groupsAndTitles(
        'Chủ tịch UBND tỉnh yêu cầu các địa phương và cơ quan, ban, ngành liên quan bảo đảm an toàn cho người dân.',
      )[0][0],
    ).toEqual(['các địa phương và cơ quan, ban, ngành liên quan']);
    // Not a sector named after "ngành".
    expect(
      groupsAndTitles('Yêu cầu các địa phương, ngành nông nghiệp chỉ đạo đẩy nhanh tiến độ thu hoạch lúa mùa.')[0][0],
    ).not.toContain('các địa phương, ngành');
    for (const told of [
      'Xã Tân Thành không tổ chức họp dân lấy ý kiến về phương án bồi thường.',
      'Các huyện thị trấn trung tâm cần chỉnh trang đô thị văn minh.',
      'Các huyện mới hoàn tất được 3/5 hạng mục công việc theo kế hoạch.',
    ])
      expect(extract(told, '2025-08-10').flatMap((d) => d.groupAssignees)).not.toContainEqual(
        expect.stringMatching(/(?:không|thị trấn|mới)$/),
      );
    // The provinces nearby asked to cooperate are no units of the province's.
    expect(
      extract(
        'UBND tỉnh đề nghị UBND các tỉnh, thành phố lân cận phối hợp chia sẻ thông tin về dịch tả lợn châu Phi.',
        '2025-08-10',
      ).flatMap((d) => d.groupAssignees),
    ).toEqual([]);
    // A report of progress stays work of its own.
    expect(
      extract(
        'Sở Xây dựng rà soát quy hoạch; gửi UBND tỉnh (qua Văn phòng UBND tỉnh) báo cáo tiến độ trước ngày 25/12/2024.',
        '2024-12-01',
      ),
    ).toHaveLength(2);
  });

  it('reads the provinces a ministry addresses and the districts counted after "giao cho" as groups', () => {
    expect(
      extract(
        'Đề nghị UBND các tỉnh, thành phố trực thuộc Trung ương xây dựng kế hoạch khởi công cụ thể trước ngày 5-6.',
        '2023-06-01',
      ).map((d) => [d.groupAssignees, d.title, d.dueDate]),
    ).toEqual([
      [['UBND các tỉnh, thành phố trực thuộc Trung ương'], 'Xây dựng kế hoạch khởi công cụ thể', '2023-06-05'],
    ]);
    expect(
      extract(
        'UBND tỉnh giao cho 7 huyện, thành phố hoàn thành việc tiêm vắc xin trước ngày 31/10/2021.',
        '2021-08-10',
      ).map((d) => [d.groupAssignees, d.title]),
    ).toEqual([[['7 huyện, thành phố'], 'Hoàn thành việc tiêm vắc xin']]);
    // Provinces named one by one are not cut after the first.
    expect(
      extract('Yêu cầu UBND các tỉnh Điện Biên, Lai Châu, Sơn La chủ động ứng phó mưa lũ.', '2024-07-01').flatMap(
        (d) => d.groupAssignees,
      ),
    ).not.toContain('UBND các tỉnh Điện Biên');
  });

  it('reads the union of science and technology associations as the body that chairs the work', () => {
    const [union] = drafted(
      'Chủ tịch UBND tỉnh giao Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ triển khai Giải thưởng sáng tạo kỹ thuật, báo cáo đề xuất UBND tỉnh trước ngày 30/10/2020.',
      '2020-10-01',
    );
    expect(union).toEqual(
      expect.objectContaining({
        title:
          'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh triển khai Giải thưởng sáng tạo kỹ thuật, báo cáo đề xuất UBND tỉnh',
        support: [idOf('SKHCN')],
        dueDate: '2020-10-30',
      }),
    );
  });

  it('keeps a command written in small letters with the groups', () => {
    expect(
      extract(
        'Giao Bộ Chỉ huy quân sự tỉnh, Sở Giao thông vận tải, Sở Y tế chủ động phối hợp với Công an tỉnh triển khai thực hiện nhiệm vụ.',
        '2024-07-01',
      )[0].groupAssignees,
    ).toContain('Bộ Chỉ huy quân sự tỉnh');
    expect(
      extract(
        'Giao Bộ chỉ huy Quân sự tỉnh, Sở Y tế chủ động phối hợp với Công an tỉnh triển khai nhiệm vụ.',
        '2024-07-01',
      )[0].groupAssignees,
    ).toContain('Bộ chỉ huy Quân sự tỉnh');
  });

  it('reads the items under the work asked after the results told on the same line', () => {
    for (const line of [
      'Năm 2024, ngành Xây dựng đạt nhiều kết quả nổi bật trong các lĩnh vực: quy hoạch, nhà ở. Năm 2025, Sở Xây dựng tập trung thực hiện các nhiệm vụ sau:',
      'Đạt được những kết quả trên, Sở Xây dựng tiếp tục thực hiện các nhiệm vụ sau:',
      'Để năm 2025 đạt nhiều kết quả tốt hơn, Sở Xây dựng thực hiện các nhiệm vụ sau:',
    ])
      expect(
        extract(
          `${line}\n- Hoàn thành điều chỉnh quy hoạch chung thành phố trước ngày 30/6/2025.\n- Kiểm tra trật tự xây dựng.`,
          '2025-01-10',
        ).map((d) => d.title),
      ).toEqual(['Hoàn thành điều chỉnh quy hoạch chung thành phố', 'Kiểm tra trật tự xây dựng']);
  });

  it('drafts nothing from the items listed under what was achieved or done, but those under work asked', () => {
    for (const head of [
      'Năm 2024, ngành Xây dựng đạt nhiều kết quả nổi bật trong các lĩnh vực:',
      'Năm 2024, ngành Xây dựng đã tập trung triển khai các nhiệm vụ:',
    ])
      expectNoDraft(
        `${head}\n- Hoàn thành lập 12 đồ án quy hoạch chung xây dựng xã.\n- Kiểm soát chặt chẽ trật tự xây dựng.`,
        '2024-12-30',
      );
    expect(
      extract(
        'Năm 2025, UBND tỉnh yêu cầu ngành Xây dựng tập trung các nhiệm vụ:\n- Hoàn thành lập 12 đồ án quy hoạch chung xây dựng xã.\n- Kiểm soát chặt chẽ trật tự xây dựng.',
        '2025-01-10',
      ),
    ).toHaveLength(2);
  });

  it('drafts nothing from the fields of the results a sector achieved, but the work for results aimed at', () => {
    expectNoDraft(
      'Năm 2024, ngành Xây dựng đạt nhiều kết quả nổi bật trong các lĩnh vực: quản lý quy hoạch kiến trúc; quản lý xây dựng; quản lý nhà ở và thị trường bất động sản.',
      '2024-12-30',
    );
    for (const aimed of [
      'Các địa phương đạt nhiều kết quả tích cực, tuy nhiên cần tiếp tục: rà soát hộ nghèo; hỗ trợ nhà ở cho người có công.',
      'Phấn đấu đạt kết quả tốt nhất các chỉ tiêu trong năm 2025, Sở Kế hoạch và Đầu tư cần tập trung các nội dung: đẩy nhanh giải ngân vốn đầu tư công; cải thiện môi trường đầu tư.',
      'Năm 2025, ngành Xây dựng cần tiếp tục đạt nhiều kết quả trong các lĩnh vực: quản lý quy hoạch; kiểm soát trật tự xây dựng.',
    ])
      expect(extract(aimed, '2025-01-10').length).toBeGreaterThan(0);
  });

  it('drops the department pointed back to from the title ("Sở này cũng cần …", "Sở cần …")', () => {
    for (const [pointer, title] of [
      ['Sở này cần hoàn thành quy chế phối hợp.', 'Hoàn thành quy chế phối hợp'],
      ['Sở cũng cần hoàn thành quy chế phối hợp.', 'Hoàn thành quy chế phối hợp'],
      ['Sở này tiếp tục theo dõi việc thực hiện quy chế.', 'Tiếp tục theo dõi việc thực hiện quy chế'],
    ])
      expect(
        extract(`Giao Sở Xây dựng rà soát các khoản chi. ${pointer}`, '2025-10-09').map((d) => [
          d.leadDepartmentId,
          d.title,
        ]),
      ).toEqual([
        [idOf('SXD'), 'Rà soát các khoản chi'],
        [idOf('SXD'), title],
      ]);
  });

  it('reads "Đồng thời, Sở này …" as the department named before', () => {
    expect(
      extract(
        'Giao Sở Xây dựng rà soát các công trình xây dựng không phép, báo cáo UBND tỉnh trước ngày 20/10/2025. Đồng thời, Sở này xây dựng quy chế phối hợp quản lý trật tự xây dựng.',
        '2025-10-09',
      ).map((d) => [d.leadDepartmentId, d.title]),
    ).toEqual([
      [idOf('SXD'), 'Rà soát các công trình xây dựng không phép, báo cáo UBND tỉnh'],
      [idOf('SXD'), 'Xây dựng quy chế phối hợp quản lý trật tự xây dựng'],
    ]);
  });
});

describe('extractDirectives on the assigner after a purpose', () => {
  it('drops "Để …, Chủ tịch UBND tỉnh X yêu cầu" from the title of work that names no unit', () => {
    expect(
      extract(
        'Để ứng phó và khắc phục hậu quả nhằm ngăn chặn, hạn chế mức thấp nhất thiệt hại do thiên tai gây ra, Chủ tịch UBND tỉnh Đồng Tháp yêu cầu tổ chức xử lý khẩn cấp đoạn bị sạt lở nghiêm trọng.',
        '2025-09-27',
      ).map((d) => d.title),
    ).toEqual(['Tổ chức xử lý khẩn cấp đoạn bị sạt lở nghiêm trọng']);
  });
});

describe('extractDirectives on what closes a letter and what a unit issued', () => {
  it('drafts nothing from a courteous closing nor from a numbered document a unit issued', () => {
    const closedLetter = extractParagraphs(
      [
        'Giao Sở Tài chính chủ trì thẩm định dự toán.',
        'Đề nghị quý Sở, ngành, địa phương và cơ quan liên quan quan tâm phối hợp.',
      ],
      '2025-07-01',
    );
    expect(closedLetter.map((d) => d.title)).toEqual(['Thẩm định dự toán']);
    expectNoDraft(
      'Văn phòng UBND tỉnh ban hành văn bản số 986/VPUBND-PVHCC hướng dẫn UBND các xã, phường triển khai tiếp nhận hồ sơ.',
      '2025-07-01',
    );
    // The work given after it, past ";", stays.
    expect(
      extract(
        'Sở Nội vụ ban hành Kế hoạch số 215/KH-SNV về tổ chức thi tuyển công chức cấp xã; các xã, phường khẩn trương triển khai thực hiện kế hoạch.',
        '2025-07-01',
      ).flatMap((d) => d.groupAssignees),
    ).toEqual(['các xã, phường']);
    // The document asked for is work, as is one counted or to be sent by a date.
    for (const asked of [
      'Sở Tài chính ban hành văn bản hướng dẫn UBND các xã, phường triển khai tiếp nhận hồ sơ trước ngày 10/7/2025.',
      'Sở Y tế ban hành hướng dẫn 05 bước sàng lọc bệnh sởi tại các cơ sở y tế, hoàn thành trước ngày 10/7/2025.',
      'Sở Tài chính ban hành Kế hoạch số 45/KH-STC để triển khai Nghị quyết, gửi UBND tỉnh trước ngày 20/7/2025.',
    ])
      expect(extract(asked, '2025-07-01')).toHaveLength(1);
  });

  it('reads "…; thời gian nhận hồ sơ từ … - …" and the like as the period of the work before it', () => {
    for (const [text, title, dueDate] of [
      [
        'Giao Sở Giáo dục và Đào tạo tổ chức tuyển sinh vào lớp 10; thời gian nhận hồ sơ từ 01/7 - 10/7/2025.',
        'Tổ chức tuyển sinh vào lớp 10',
        '2025-07-10',
      ],
      [
        'Giao Sở Y tế tổ chức khám sức khỏe cho người cao tuổi; thời gian tổ chức khám sàng lọc dự kiến từ ngày 01/7 - 30/7/2025.',
        'Tổ chức khám sức khỏe cho người cao tuổi',
        '2025-07-30',
      ],
      [
        'Giao Sở Công Thương tổ chức Tuần hàng Việt; các hoạt động dự kiến diễn ra từ ngày 01/7 - 07/7/2025 tại Trung tâm Hội chợ triển lãm tỉnh.',
        'Tổ chức Tuần hàng Việt',
        '2025-07-07',
      ],
      [
        'Giao Thanh tra tỉnh thanh tra việc quản lý, sử dụng đất; thời hạn thanh tra 45 ngày, từ ngày 15/6 - 30/7/2025.',
        'Thanh tra việc quản lý, sử dụng đất',
        '2025-07-30',
      ],
    ])
      expect(drafted(text, '2025-06-01')).toEqual([expect.objectContaining({ title, dueDate })]);
  });

  it('reads "…; thời gian diễn ra từ … - …" as the period of the work before it', () => {
    const games = drafted(
      'Giao Sở Giáo dục và Đào tạo tổ chức Hội khỏe Phù Đổng; thời gian diễn ra từ 10/12 - 15/12/2024.',
      '2024-11-20',
    );
    expect(games).toEqual([expect.objectContaining({ title: 'Tổ chức Hội khỏe Phù Đổng', dueDate: '2024-12-15' })]);
  });
});

describe('extractDirectives on deadlines named apart and units written short', () => {
  it('reads "Hạn chót (nộp …) là ngày …" after the work, as a sentence or a clause, as that work’s date', () => {
    for (const text of [
      'Giao Sở Tài chính chủ trì tổng hợp nhu cầu kinh phí, báo cáo UBND tỉnh. Hạn chót nộp báo cáo là ngày 25/10/2024.',
      'Giao Sở Tài chính chủ trì tổng hợp nhu cầu kinh phí, báo cáo UBND tỉnh. Hạn cuối là 17 giờ ngày 25/10/2024.',
      'Giao Sở Tài chính chủ trì tổng hợp nhu cầu kinh phí, báo cáo UBND tỉnh; hạn chót trước ngày 25/10/2024.',
    ])
      expect(drafted(text, '2024-10-10')).toEqual([
        {
          title: 'Tổng hợp nhu cầu kinh phí, báo cáo UBND tỉnh',
          lead: idOf('STC'),
          support: [],
          groups: [],
          kind: 'deadline',
          dueDate: '2024-10-25',
        },
      ]);
  });

  it('keeps a day the month lacks as the deadline’s words, out of the title, with no date', () => {
    const [draft] = extract('Giao Sở Xây dựng hoàn thành thẩm định hồ sơ trước 31/11/2024.', '2024-10-10');
    expect(draft).toMatchObject({
      title: 'Hoàn thành thẩm định hồ sơ',
      deadlineText: 'trước 31/11/2024',
      dueDate: null,
    });
  });

  it('reads "UBND Tp. Hà Tĩnh", "UBND TX. Kỳ Anh" as one sentence, not two', () => {
    expect(titlesAndGroups('Giao UBND Tp. Hà Tĩnh rà soát quy hoạch. Sở Xây dựng hướng dẫn thực hiện.')).toEqual([
      ['UBND Tp. Hà Tĩnh rà soát quy hoạch', []],
      ['Hướng dẫn thực hiện', []],
    ]);
    expect(titlesAndGroups('UBND TX. Kỳ Anh chủ trì, phối hợp Sở Xây dựng rà soát quy hoạch.')).toEqual([
      ['UBND TX. Kỳ Anh rà soát quy hoạch', []],
    ]);
  });

  it('reads the communes and wards named after "Các xã, phường" as the group’s places', () => {
    for (const [text, group] of [
      [
        'Các xã, phường Tân Phong, Tân Xuân khẩn trương hoàn thành giải phóng mặt bằng.',
        'Các xã, phường: Tân Phong, Tân Xuân',
      ],
      [
        'Các xã phường Tân Phong, Tân Xuân khẩn trương hoàn thành giải phóng mặt bằng.',
        'Các xã phường: Tân Phong, Tân Xuân',
      ],
    ])
      expect(titlesAndGroups(text, '2025-09-01')).toEqual([['Khẩn trương hoàn thành giải phóng mặt bằng', [group]]]);
  });

  it('reads "Xã Tân Mới" as a commune’s name and "Phương Nam Group" as no ward', () => {
    expect(titlesAndGroups('Xã Tân Mới khẩn trương sửa chữa trường học.', '2025-09-01')).toEqual([
      ['Khẩn trương sửa chữa trường học', ['Xã Tân Mới']],
    ]);
    expect(
      extract('Phương Nam Group cần phối hợp với Sở Công Thương hoàn thiện hồ sơ.', '2025-09-01').flatMap(
        (d) => d.groupAssignees,
      ),
    ).toEqual([]);
  });
});

describe('extractDirectives on urgent letters’ wording', () => {
  it('gives no draft for who answers for the figures reported', () => {
    expect(
      extract(
        'Chủ tịch UBND quận, huyện, thị xã chịu trách nhiệm toàn diện trước pháp luật và Chủ tịch UBND TP về số liệu báo cáo thiệt hại của đơn vị và việc chậm báo cáo.',
        '2024-10-20',
      ),
    ).toEqual([]);
  });

  it('drafts "(Tuyệt đối / Kiên quyết) không để người …", "không cho người …" under the units of the list', () => {
    const text = [
      '2. UBND các huyện ven biển:',
      '- Nghiêm cấm tàu thuyền ra khơi.',
      '- Tuyệt đối không để người dân ở lại trên tàu, thuyền, lồng bè khi có gió mạnh.',
      '- Kiên quyết không cho người và phương tiện đi qua ngầm, tràn khi nước chảy xiết.',
    ].join('\n');
    expect(titlesAndGroups(text, '2024-10-20')).toEqual([
      ['Nghiêm cấm tàu thuyền ra khơi', ['UBND các huyện ven biển']],
      ['Tuyệt đối không để người dân ở lại trên tàu, thuyền, lồng bè khi có gió mạnh', ['UBND các huyện ven biển']],
      ['Kiên quyết không cho người và phương tiện đi qua ngầm, tràn khi nước chảy xiết', ['UBND các huyện ven biển']],
    ]);
  });

  it('dates "trước 16 giờ cùng ngày" by the day named before it in the sentence', () => {
    const drafts = drafted(
      'Chủ tịch UBND tỉnh yêu cầu UBND các xã ven biển khẩn trương kêu gọi tàu thuyền vào nơi trú tránh an toàn trước 15 giờ ngày 21-10; Sở Xây dựng hoàn tất di dời lồng bè trước 16 giờ cùng ngày.',
      '2025-10-20',
    );
    expect(drafts.map((d) => d.dueDate)).toEqual(['2025-10-21', '2025-10-21']);
    // With no day named before, the day is the letter's own; a letter cited by an earlier date is not it.
    expect(drafted('Sở Xây dựng hoàn tất di dời lồng bè trước 16 giờ cùng ngày.', '2025-10-20')[0].dueDate).toBe(
      '2025-10-20',
    );
    expect(
      drafted(
        'Thực hiện Công điện số 07/CĐ-UBND ngày 13/10/2025, Sở Xây dựng hoàn tất di dời lồng bè trước 16 giờ cùng ngày.',
        '2025-10-20',
      )[0].dueDate,
    ).toBe('2025-10-20');
  });

  it('reads "Cùng đó, …" and "Cũng theo Kế hoạch, …" as sentences going on', () => {
    expect(
      titlesAndGroups(
        'Yêu cầu UBND các huyện ven biển kêu gọi tàu thuyền vào bờ. Cùng đó, bố trí lực lượng canh gác, cắm biển cảnh báo.',
        '2024-10-20',
      ),
    ).toEqual([
      ['Kêu gọi tàu thuyền vào bờ', ['UBND các huyện ven biển']],
      ['Bố trí lực lượng canh gác, cắm biển cảnh báo', ['UBND các huyện ven biển']],
    ]);
    expect(
      drafted('Cũng theo Kế hoạch, Sở Y tế chủ trì tổ chức khám sàng lọc trước ngày 30/3/2025.', '2025-03-01'),
    ).toEqual([expect.objectContaining({ title: 'Tổ chức khám sàng lọc', lead: idOf('SYT'), dueDate: '2025-03-30' })]);
  });

  it('keeps "khác", "còn lại" with the group they close', () => {
    for (const [text, group] of [
      ['Giao các xã, phường khác chủ động rà soát các điểm bắn pháo hoa.', 'các xã, phường khác'],
      ['Các huyện còn lại khẩn trương rà soát các điểm bắn pháo hoa.', 'Các huyện còn lại'],
      ['UBND các huyện khác chủ động rà soát các điểm bắn pháo hoa.', 'UBND các huyện khác'],
    ])
      expect(titlesAndGroups(text, '2025-03-01')[0][1]).toEqual([group]);
  });

  it('reads a unit’s routine ("các hoạt động thường xuyên của đơn vị") as no standing work, and keeps "kịp thời, thường xuyên" whole', () => {
    expect(
      drafted(
        'Các đơn vị tổ chức vệ sinh, thu dọn, bảo đảm không làm gián đoạn các hoạt động thường xuyên của đơn vị.',
        '2024-10-20',
      )[0].kind,
    ).toBe('deadline');
    expect(
      drafted(
        'Sở Xây dựng hướng dẫn kịp thời, thường xuyên cho các cấp chính quyền về chằng chống nhà cửa.',
        '2024-10-20',
      ),
    ).toEqual([
      expect.objectContaining({
        title: 'Hướng dẫn kịp thời, thường xuyên cho các cấp chính quyền về chằng chống nhà cửa',
        kind: 'standing',
      }),
    ]);
  });

  it('dates "…; thực hiện trong 2 năm 2024-2025" at the end of the span, out of the title', () => {
    for (const closing of ['; thực hiện trong 2 năm 2024-2025', '; thực hiện trong năm 2025'])
      expect(drafted(`Giao Sở Xây dựng lập hồ sơ quy hoạch vùng huyện${closing}.`, '2024-03-01')).toEqual([
        expect.objectContaining({ title: 'Lập hồ sơ quy hoạch vùng huyện', dueDate: '2025-12-31' }),
      ]);
  });
});

describe('extractDirectives on the plan a unit works on the basis of', () => {
  it('reads "(Sở Y tế) căn cứ Kế hoạch này xây dựng kế hoạch …, hoàn thành trước …" as that work, its basis left out', () => {
    for (const text of [
      'Các sở, ban, ngành căn cứ Kế hoạch này xây dựng kế hoạch thực hiện tại đơn vị, hoàn thành trước ngày 15/02/2026.',
      'Căn cứ Kế hoạch này, các sở, ban, ngành xây dựng kế hoạch thực hiện tại đơn vị, hoàn thành trước ngày 15/02/2026.',
    ])
      expect(titlesAndGroups(text, '2026-01-20')).toEqual([
        ['Xây dựng kế hoạch thực hiện tại đơn vị', [expect.stringMatching(/^[Cc]ác sở, ban, ngành$/)]],
      ]);
    expect(
      drafted(
        'Sở Y tế căn cứ Kế hoạch này xây dựng kế hoạch thực hiện, hoàn thành trước ngày 15/02/2026.',
        '2026-01-20',
      ),
    ).toEqual([
      expect.objectContaining({ title: 'Xây dựng kế hoạch thực hiện', lead: idOf('SYT'), dueDate: '2026-02-15' }),
    ]);
  });
});

describe('extractDirectives on the near misses of the urgent letters’ rules', () => {
  it('keeps the letter’s own day for "cùng ngày" after a cited letter, a closure or a forecast', () => {
    for (const text of [
      'Thực hiện Công điện số 15/CĐ-UBND ngày 28/12 của Chủ tịch UBND tỉnh, yêu cầu Sở Công Thương kiểm tra tình hình cung ứng xăng dầu, báo cáo trước 16 giờ cùng ngày.',
      'Sở Giáo dục và Đào tạo cho học sinh nghỉ học từ ngày 03/01/2025 đến hết ngày 05/01/2025, thông báo cho phụ huynh trước 20 giờ cùng ngày.',
    ])
      expect(drafted(text, '2025-01-03').map((d) => d.dueDate)).toEqual(['2025-01-03']);
  });

  it('ends a sentence at "Tp." or "TX." when no place’s name follows', () => {
    expect(
      titlesAndGroups(
        'Sở Y tế tăng cường kiểm tra an toàn thực phẩm trên địa bàn Tp. Sở Công Thương kiểm soát giá cả hàng hóa.',
      ),
    ).toHaveLength(2);
    expect(
      drafted(
        'Kinh phí đã cấp cho UBND TX. Sở Tài chính hướng dẫn thủ tục thanh quyết toán trước ngày 15/11/2024.',
        '2024-10-10',
      ),
    ).toEqual([expect.objectContaining({ lead: idOf('STC'), dueDate: '2024-11-15' })]);
  });

  it('keeps the work told with who answers for the figures', () => {
    expect(
      drafted(
        'Sở Kế hoạch và Đầu tư chịu trách nhiệm trước UBND tỉnh về số liệu giải ngân và đôn đốc các chủ đầu tư đẩy nhanh tiến độ giải ngân.',
        '2024-10-10',
      ),
    ).toHaveLength(1);
    expect(
      drafted(
        'UBND các huyện chịu trách nhiệm trước UBND tỉnh về số liệu báo cáo, hoàn thành việc rà soát trước ngày 30/10/2024.',
        '2024-10-10',
      ).map((d) => d.dueDate),
    ).toEqual(['2024-10-30']);
  });

  it('keeps standing work done as "các hoạt động thường xuyên …", and no date from "trong giai đoạn 2026-2030"', () => {
    expect(
      drafted(
        'Công an tỉnh tổ chức các hoạt động thường xuyên tuần tra, kiểm soát trên các tuyến quốc lộ.',
        '2024-10-10',
      )[0].kind,
    ).toBe('standing');
    expect(
      drafted(
        'Sở Công Thương xây dựng Kế hoạch phát triển thương mại điện tử trong giai đoạn 2026-2030, trình UBND tỉnh trước ngày 30/6/2024.',
        '2024-03-01',
      ),
    ).toEqual([expect.objectContaining({ dueDate: '2024-06-30' })]);
  });

  it('gives no draft for "Không để …" told as a result, nor a date for "dù hạn chót … là ngày …" gone by', () => {
    expect(extract('Không để người dân nào thiếu đói là kết quả nổi bật của năm 2023.', '2024-01-10')).toEqual([]);
    expect(
      drafted(
        'Sở Nội vụ đôn đốc các đơn vị chưa nộp hồ sơ, dù hạn chót nộp hồ sơ là ngày 20/8/2024, phải hoàn thành trong tháng 9/2024.',
        '2024-09-01',
      ).map((d) => d.dueDate),
    ).toEqual(['2024-09-30']);
    expect(
      titlesAndGroups(
        'Sở Y tế xây dựng kế hoạch, triển khai trước ngày 30/6/2024 các biện pháp phòng chống dịch sốt xuất huyết.',
        '2024-03-01',
      ),
    ).toEqual([['Xây dựng kế hoạch, triển khai các biện pháp phòng chống dịch sốt xuất huyết', []]]);
  });
});

describe('extractDirectives on partners of a submission, bodies by their kind and documents after a colon', () => {
  it('reads "…; phối hợp Sở X, Sở Y đồng trình UBND tỉnh trước ngày …" as the work before it, with those partners and that date', () => {
    expect(
      drafted(
        'Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì xây dựng đơn giá phục vụ công tác thống kê thiệt hại; phối hợp Sở Kế hoạch và Đầu tư, Sở Tài chính đồng trình UBND tỉnh trước ngày 31/12/2017.',
        '2017-11-01',
      ),
    ).toEqual([
      {
        title: 'Xây dựng đơn giá phục vụ công tác thống kê thiệt hại',
        lead: idOf('SNNPTNT'),
        support: [idOf('SKHDT'), idOf('STC')],
        groups: [],
        kind: 'deadline',
        dueDate: '2017-12-31',
      },
    ]);
  });

  it('reads "Cảng vụ Hàng hải" and "các tổ chức thủy lợi" whole among the units', () => {
    expect(
      titlesAndGroups(
        'Yêu cầu Sở Nông nghiệp và Phát triển nông thôn, Cảng vụ Hàng hải, UBND các xã ven biển phải khẩn trương kiểm đếm tàu thuyền.',
        '2025-10-20',
      ),
    ).toEqual([['Khẩn trương kiểm đếm tàu thuyền', ['UBND các xã ven biển', 'Cảng vụ Hàng hải']]]);
    expect(
      titlesAndGroups(
        'Chủ tịch UBND tỉnh chỉ đạo các địa phương, các tổ chức thủy lợi bố trí đủ người để mở nước.',
        '2025-01-10',
      ),
    ).toEqual([['Bố trí đủ người để mở nước', ['các địa phương, các tổ chức thủy lợi']]]);
  });

  it('keeps the documents named after "các văn bản:" in the work', () => {
    expect(
      titlesAndGroups(
        'Giao Sở Tài chính thực hiện nghiêm túc chỉ đạo tại các văn bản: số 500/UBND-NL1 ngày 5/2/2024, số 1011/UBND-XD1 ngày 1/3/2024.',
        '2024-06-03',
      ),
    ).toEqual([
      [
        'Thực hiện nghiêm túc chỉ đạo tại các văn bản: số 500/UBND-NL1 ngày 5/2/2024, số 1011/UBND-XD1 ngày 1/3/2024',
        [],
      ],
    ]);
  });

  it('gives no draft for what a work is to the province, "… là một trong những nhiệm vụ hàng đầu … trong tháng 4/2024"', () => {
    expect(
      extract(
        'Giải phóng mặt bằng cao tốc đoạn Quảng Ngãi - Hoài Nhơn là một trong những nhiệm vụ hàng đầu của chính quyền Quảng Ngãi trong tháng 4/2024.',
        '2024-04-02',
      ),
    ).toEqual([]);
  });

  it('gives no draft for what a letter sent before gave ("… đã ban hành Công điện số …. Trong đó, giao …")', () => {
    expect(
      drafted(
        'Hồi 16 giờ ngày 13/10/2017, Chủ tịch UBND tỉnh đã ban hành Công điện hỏa tốc số 07/CĐ-UBND. Trong đó, giao Sở Nông nghiệp và Phát triển nông thôn tổng hợp thiệt hại, báo cáo UBND tỉnh trước ngày 20/10/2017. Tuy nhiên đến nay, UBND tỉnh chưa nhận được báo cáo. Yêu cầu Sở Nông nghiệp và Phát triển nông thôn báo cáo UBND tỉnh trước ngày 5/11/2017.',
        '2017-10-31',
      ).map((d) => d.dueDate),
    ).toEqual(['2017-11-05']);
  });
});

describe('extractDirectives on monthly sessions, petitions and milestones', () => {
  it('reads assignments written one a line with no end mark as sentences, not headings', () => {
    for (const gap of ['\n', '\n\n'])
      expect(
        titlesAndGroups(
          `Giao Sở Y tế kiểm tra an toàn thực phẩm dịp Tết${gap}Giao Sở Công Thương bảo đảm cung ứng hàng hóa dịp Tết`,
          '2025-12-20',
        ).map(([title]) => title),
      ).toEqual(['Kiểm tra an toàn thực phẩm dịp Tết', 'Bảo đảm cung ứng hàng hóa dịp Tết']);
    // A headline over an article written in sentences stays a headline.
    expect(
      titlesAndGroups(
        'Chủ tịch UBND tỉnh yêu cầu khẩn trương khắc phục hậu quả mưa lũ\nChủ tịch UBND tỉnh yêu cầu UBND các huyện khẩn trương khắc phục hậu quả mưa lũ.',
        '2025-10-20',
      ),
    ).toHaveLength(1);
  });

  it('leaves out "Phó Chủ tịch Thường trực UBND tỉnh <name> đề nghị" before work naming no unit', () => {
    expect(
      titlesAndGroups(
        'Phó Chủ tịch Thường trực UBND tỉnh Bùi Thanh An đề nghị tập trung triển khai các nhiệm vụ năm 2026 ngay từ đầu năm.',
        '2026-01-30',
      ),
    ).toEqual([['Tập trung triển khai các nhiệm vụ năm 2026 ngay từ đầu năm', []]]);
  });

  it('keeps "của tỉnh" with the group it closes', () => {
    expect(titlesAndGroups('Các cơ quan, đơn vị của tỉnh triển khai nghiêm túc các Nghị quyết.', '2025-01-10')).toEqual(
      [['Triển khai nghiêm túc các Nghị quyết', ['Các cơ quan, đơn vị của tỉnh']]],
    );
  });

  it('dates a share to reach "đến ngày …" yet to come, written before or after it', () => {
    for (const text of [
      'Yêu cầu các chủ đầu tư đến ngày 30/9/2024 giải ngân đạt 60% kế hoạch vốn.',
      'Các chủ đầu tư giải ngân đạt 60% kế hoạch vốn đến ngày 30/9/2024.',
    ])
      expect(drafted(text, '2024-07-10')).toEqual([
        expect.objectContaining({ title: 'Giải ngân đạt 60% kế hoạch vốn', dueDate: '2024-09-30' }),
      ]);
    // A share counted to a day gone by is no deadline.
    expect(
      drafted('Yêu cầu các chủ đầu tư đến ngày 30/6/2024 giải ngân đạt 45% kế hoạch vốn.', '2024-07-10')[0]?.dueDate ??
        null,
    ).toBeNull();
  });

  it('drafts work on what voters petitioned, and "…; tham mưu UBND tỉnh bố trí …" as advice of its own', () => {
    expect(
      drafted(
        'Chủ tịch UBND tỉnh giao Sở Xây dựng giải quyết dứt điểm các nội dung cử tri kiến nghị, báo cáo trước ngày 30/7/2024.',
        '2024-07-10',
      ),
    ).toEqual([expect.objectContaining({ lead: idOf('SXD'), dueDate: '2024-07-30' })]);
    expect(
      titlesAndGroups(
        'Giao Sở Tài chính cân đối nguồn vốn; tham mưu UBND tỉnh bố trí kinh phí bồi thường.',
        '2024-07-10',
      ),
    ).toEqual([
      ['Cân đối nguồn vốn', []],
      ['Tham mưu UBND tỉnh bố trí kinh phí bồi thường', []],
    ]);
  });

  it('dates "trước phiên họp tháng sau" and "tại cuộc giao ban tuần sau" by the next meeting', () => {
    expect(drafted('Giao Sở Y tế báo cáo kết quả xử lý trước phiên họp tháng sau.', '2025-10-28')).toEqual([
      expect.objectContaining({ title: 'Báo cáo kết quả xử lý', dueDate: '2025-11-30' }),
    ]);
    expect(
      drafted('Giao Văn phòng UBND tỉnh tổng hợp, báo cáo tại cuộc giao ban tuần sau.', '2025-10-28')[0].dueDate,
    ).toBe('2025-11-07');
  });

  it('reads the work after "căn cứ kết luận thanh tra", "đề nghị TP Thuận An …" and "…, do đó các sở, ngành cần …"', () => {
    expect(
      titlesAndGroups(
        'Thanh tra tỉnh căn cứ kế hoạch thanh tra năm 2024 tổ chức thanh tra việc quản lý đất đai.',
        '2024-05-10',
      ),
    ).toEqual([['Tổ chức thanh tra việc quản lý đất đai', []]]);
    expect(
      titlesAndGroups('Chủ tịch UBND tỉnh đề nghị TP Thuận An khẩn trương bàn giao mặt bằng.', '2024-10-10'),
    ).toEqual([['Khẩn trương bàn giao mặt bằng', ['TP Thuận An']]]);
    expect(
      titlesAndGroups(
        'Năm 2025 là năm cuối thực hiện kế hoạch 5 năm, do đó các sở, ngành cần triển khai nghiêm túc, hiệu quả các Nghị quyết.',
        '2025-01-10',
      ),
    ).toEqual([['Triển khai nghiêm túc, hiệu quả các Nghị quyết', ['các sở, ngành']]]);
  });

  it('keeps "được kiểm toán", "có dự án đi qua" with the group, and "đạt yêu cầu" as no assigner’s word', () => {
    expect(
      titlesAndGroups(
        'Các đơn vị được kiểm toán khẩn trương thực hiện các kiến nghị của Kiểm toán Nhà nước.',
        '2024-07-10',
      ),
    ).toEqual([['Khẩn trương thực hiện các kiến nghị của Kiểm toán Nhà nước', ['Các đơn vị được kiểm toán']]]);
    expect(
      titlesAndGroups('Các huyện có dự án đi qua hoàn thành bàn giao mặt bằng trước ngày 30/9/2024.', '2024-07-10'),
    ).toEqual([['Hoàn thành bàn giao mặt bằng', ['Các huyện có dự án đi qua']]]);
    expect(drafted('Sở Xây dựng tổ chức nghiệm thu công trình bảo đảm đạt yêu cầu đã đề ra.', '2024-07-10')).toEqual([
      expect.objectContaining({
        title: 'Tổ chức nghiệm thu công trình bảo đảm đạt yêu cầu đã đề ra',
        lead: idOf('SXD'),
      }),
    ]);
    // A leader's name that folds as "đúng" before "yêu cầu" is the assigner still.
    expect(
      titlesAndGroups(
        'Đồng chí Chủ tịch UBND tỉnh – Doãn Tiến Dũng yêu cầu các sở, ngành chủ động triển khai nhiệm vụ năm 2020.',
        '2020-01-10',
      )[0][1],
    ).toEqual(['các sở, ngành']);
  });
});

describe('extractDirectives on the near misses of the monthly sessions’ rules', () => {
  it('reads "khắc phục" after a group as the work, not "khác" closing the group', () => {
    for (const text of [
      'UBND các huyện khắc phục ngay các điểm sạt lở trên tuyến đường giao thông.',
      'UBND các xã, phường khắc phục hậu quả mưa lũ trên tuyến đường giao thông.',
      'Giao các đơn vị khắc phục ngay các điểm sạt lở trên tuyến đường giao thông.',
    ])
      expect(titlesAndGroups(text, '2024-10-20')[0][0]).toMatch(/^Khắc phục /);
  });

  it('keeps a submission with work of its own after "; phối hợp … trình UBND tỉnh" as a draft of its own', () => {
    expect(
      titlesAndGroups(
        'UBND thành phố hoàn thành giải phóng mặt bằng dự án; phối hợp Sở Xây dựng trình UBND tỉnh điều chỉnh quy hoạch trước ngày 30/11/2024.',
        '2024-10-10',
      ),
    ).toHaveLength(2);
    expect(
      titlesAndGroups(
        'Sở Kế hoạch và Đầu tư tổng hợp kế hoạch đầu tư công năm 2025; phối hợp Sở Tài chính trình UBND tỉnh, đồng thời hướng dẫn các chủ đầu tư lập hồ sơ trước ngày 31/10/2024.',
        '2024-10-10',
      ).some(([title]) => /hướng dẫn các chủ đầu tư/.test(String(title))),
    ).toBe(true);
  });

  it('leaves "căn cứ …" in the title unless the work follows it at once', () => {
    expect(
      titlesAndGroups(
        'UBND các huyện căn cứ Quyết định số 123/QĐ-UBND triển khai thực hiện nghiêm túc.',
        '2023-12-20',
      )[0][0],
    ).toBe('Triển khai thực hiện nghiêm túc');
    expect(
      titlesAndGroups(
        'Thanh tra tỉnh căn cứ kế hoạch thanh tra năm 2024 đã được phê duyệt tổ chức thông báo ngay kế hoạch thanh tra.',
        '2023-12-20',
      )[0][0],
    ).toMatch(/^Căn cứ kế hoạch thanh tra năm 2024 đã được phê duyệt/);
  });

  it('reads "các sở, ban, ngành, hội, đoàn thể thuộc tỉnh" and "các ngành, đơn vị của tỉnh" whole', () => {
    expect(
      titlesAndGroups(
        'Các sở, ban, ngành, hội, đoàn thể thuộc tỉnh và UBND các huyện tổ chức lễ hội an toàn, tiết kiệm.',
        '2024-02-01',
      ),
    ).toEqual([
      ['Tổ chức lễ hội an toàn, tiết kiệm', ['Các sở, ban, ngành, hội, đoàn thể thuộc tỉnh', 'UBND các huyện']],
    ]);
    expect(
      titlesAndGroups('Thủ trưởng các ngành, đơn vị của tỉnh triển khai nghiêm túc các Nghị quyết.', '2025-01-10'),
    ).toEqual([['Triển khai nghiêm túc các Nghị quyết', ['các ngành, đơn vị của tỉnh']]]);
  });

  it('gives no draft for a letter’s closing words after its work, and reads "…; qua đó, …" as the next step', () => {
    for (const closing of [
      'Các cơ quan, đơn vị liên quan khẩn trương triển khai thực hiện, nếu có khó khăn vướng mắc phải kịp thời báo cáo thông qua Sở Tài chính để Chủ tịch UBND tỉnh chỉ đạo xử lý.',
      'Các sở, ngành, địa phương có trách nhiệm phối hợp với Bộ Chỉ huy Quân sự tỉnh thực hiện nghiêm chỉ đạo của UBND tỉnh.',
    ])
      expect(titlesAndGroups(`Giao Sở Tài chính bố trí trụ sở cho các đơn vị. ${closing}`, '2025-12-24')).toEqual([
        ['Bố trí trụ sở cho các đơn vị', []],
      ]);
    // A report with its own date is work.
    expect(
      titlesAndGroups(
        'Giao Sở Tài chính bố trí trụ sở cho các đơn vị. Các cơ quan, đơn vị triển khai thực hiện, nếu có khó khăn vướng mắc báo cáo UBND tỉnh trước ngày 25/12/2025.',
        '2025-12-10',
      ),
    ).toHaveLength(2);
    expect(
      titlesAndGroups(
        'Giao Sở Nội vụ kiểm tra, rà soát các tồn tại; qua đó, tổ chức đánh giá hoạt động của Trung tâm phục vụ hành chính công các xã, phường.',
        '2025-12-06',
      ).map(([title]) => title),
    ).toEqual([
      'Kiểm tra, rà soát các tồn tại',
      'Tổ chức đánh giá hoạt động của Trung tâm phục vụ hành chính công các xã, phường',
    ]);
  });

  it('reads "các phòng ban chuyên môn, đơn vị sự nghiệp" whole, and "trên cơ sở chức năng, nhiệm vụ được giao" as their remit', () => {
    expect(
      titlesAndGroups(
        'Đề nghị các phòng ban chuyên môn, đơn vị sự nghiệp trên cơ sở chức năng, nhiệm vụ được giao chủ động xây dựng kế hoạch thực hiện.',
        '2025-07-18',
      ),
    ).toEqual([['Chủ động xây dựng kế hoạch thực hiện', ['các phòng ban chuyên môn, đơn vị sự nghiệp']]]);
  });
});

describe('extractDirectives on the near misses of a third review', () => {
  it('reads a leader named "Đạt" before "yêu cầu" as the assigner', () => {
    expect(
      drafted('Chủ tịch UBND huyện Lê Văn Đạt yêu cầu các xã hoàn thành chi trả trước ngày 30/8/2024.', '2024-08-01'),
    ).toEqual([expect.objectContaining({ title: 'Hoàn thành chi trả', groups: ['các xã'], dueDate: '2024-08-30' })]);
  });

  it('keeps work written after the date of "; phối hợp … trình UBND tỉnh trước ngày …" in a draft', () => {
    expect(
      titlesAndGroups(
        'Sở Kế hoạch và Đầu tư tổng hợp danh mục dự án; phối hợp Sở Tài chính trình UBND tỉnh trước ngày 10/9/2024 và công khai danh mục trên Cổng thông tin điện tử tỉnh.',
        '2024-08-01',
      )
        .map(([title]) => title)
        .join(' | '),
    ).toMatch(/công khai danh mục/);
  });

  it('gives no draft of its own to "…; qua đó, nâng cao …", the aim of the work before', () => {
    expect(
      titlesAndGroups(
        'Giao Sở Tư pháp đẩy mạnh tuyên truyền pháp luật; qua đó, nâng cao nhận thức của người dân.',
        '2024-08-01',
      ),
    ).toHaveLength(1);
  });

  it('reads "khác với …" after a group as no part of it', () => {
    expect(
      titlesAndGroups(
        'UBND các xã khác với các năm trước cần chủ động xây dựng kế hoạch sản xuất vụ đông.',
        '2024-08-01',
      )[0][1],
    ).toEqual(['UBND các xã']);
  });

  it('reads the schools by their level opening a sentence as a group', () => {
    for (const [text, group] of [
      ['Các trường học tăng cường vệ sinh lớp học.', 'Các trường học'],
      ['Các cơ sở giáo dục tăng cường vệ sinh lớp học.', 'Các cơ sở giáo dục'],
      ['Các trường mầm non tăng cường vệ sinh lớp học.', 'Các trường mầm non'],
    ])
      expect(titlesAndGroups(text, '2024-09-01')).toEqual([['Tăng cường vệ sinh lớp học', [group]]]);
  });

  it('reads the units after a named leader’s "chỉ đạo" across ";" and a second request after ", đồng thời yêu cầu"', () => {
    expect(
      drafted(
        'Chủ tịch UBND tỉnh Cà Mau chỉ đạo Sở Nông nghiệp và Phát triển nông thôn; UBND các huyện: U Minh, Trần Văn Thời khắc phục tình trạng xâm phạm công trình kè biển.',
        '2023-09-20',
      ),
    ).toEqual([expect.objectContaining({ lead: idOf('SNNPTNT'), groups: ['UBND các huyện: U Minh, Trần Văn Thời'] })]);
    expect(
      titlesAndGroups(
        'Giao Sở Xây dựng kiểm tra chất lượng công trình, đồng thời yêu cầu UBND các huyện xử lý các vi phạm.',
        '2025-05-10',
      ),
    ).toEqual([
      ['Kiểm tra chất lượng công trình', []],
      ['Xử lý các vi phạm', ['UBND các huyện']],
    ]);
  });

  it('leaves "theo chức năng, nhiệm vụ, thẩm quyền được phân công" out of the work', () => {
    expect(
      titlesAndGroups(
        'Yêu cầu các sở, ngành, UBND các xã, phường theo chức năng, nhiệm vụ, thẩm quyền được phân công chỉ đạo, tổ chức triển khai thực hiện các biện pháp phòng, chống rét.',
        '2025-12-10',
      )[0][0],
    ).toBe('Chỉ đạo, tổ chức triển khai thực hiện các biện pháp phòng, chống rét');
  });

  it('keeps a letter’s lead naming a unit and groups after "chỉ đạo" when "Theo đó, …" items follow', () => {
    expect(
      drafted(
        'Chủ tịch UBND tỉnh vừa có công văn chỉ đạo Sở Y tế; UBND các huyện, thị xã tăng cường phòng, chống dịch sốt xuất huyết.\n\nTheo đó, Chủ tịch UBND tỉnh yêu cầu Sở Y tế chỉ đạo các cơ sở y tế chuẩn bị đủ thuốc, vật tư.',
        '2024-09-10',
      ).map((d) => [d.title, d.lead, d.groups]),
    ).toEqual([
      ['Tăng cường phòng, chống dịch sốt xuất huyết', idOf('SYT'), ['UBND các huyện, thị xã']],
      ['Chỉ đạo các cơ sở y tế chuẩn bị đủ thuốc, vật tư', idOf('SYT'), []],
    ]);
  });
});

describe('extractDirectives on how the silence of those asked for their opinion is read', () => {
  const read = (text: string) =>
    extract(text, '2025-03-14').map((d) => [d.title, d.leadDepartmentId ?? d.groupAssignees, d.dueDate]);

  it('drafts no work of "… không có văn bản góp ý … được hiểu là nhất trí", and keeps the request for opinions', () => {
    expect(
      read(
        'Các sở, ngành gửi ý kiến góp ý về UBND huyện trước ngày 05/4/2025. Hết thời gian lấy ý kiến nêu trên, các đơn vị, tổ chức, cá nhân không có văn bản ghi ý kiến gửi về UBND huyện được hiểu là nhất trí với nội dung hồ sơ.',
      ),
    ).toEqual([['Gửi ý kiến góp ý về UBND huyện', ['Các sở, ngành'], '2025-04-05']]);
  });

  it('keeps work that only begins with "không" before words of the same kind ("không để chậm trễ …")', () => {
    expect(read('Giao Sở Tư pháp không để chậm trễ việc thẩm định, bảo đảm được hiểu là thống nhất.')).toEqual([
      ['Không để chậm trễ việc thẩm định, bảo đảm được hiểu là thống nhất', idOf('STP'), null],
    ]);
  });
});

describe("extractDirectives on the government's words to every province told on", () => {
  const read = (text: string) =>
    extract(text, '2024-12-03').map((d) => [d.title, d.leadDepartmentId ?? d.groupAssignees, d.dueDate]);
  const assigned =
    'Ngày 27/11/2024, Phó Chủ tịch UBND tỉnh đã có ý kiến chỉ đạo giao Sở Giáo dục và Đào tạo chủ trì, phối hợp các sở, ngành liên quan tham mưu UBND tỉnh thực hiện Công điện số 118/CĐ-TTg của Thủ tướng Chính phủ.';

  it('drafts neither the clauses after ";" nor the paragraphs that go on with them, naming no units', () => {
    expect(
      read(
        [
          assigned,
          'Theo Công điện, Thủ tướng chỉ đạo Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tăng cường chỉ đạo các cơ quan, tổ chức liên quan phối hợp chặt chẽ với đoàn thanh niên, hội phụ nữ; chỉ đạo các cơ sở giáo dục trên địa bàn thực hiện quản lý chặt chẽ học sinh.',
          'Chỉ đạo, thực hiện rà soát, lập bản đồ cảnh báo các địa điểm có nguy cơ gây tai nạn đuối nước; triển khai các biện pháp phòng ngừa.',
          'Chỉ đạo tăng cường đầu tư cơ sở vật chất phục vụ việc tổ chức dạy bơi trong các cơ sở giáo dục.',
        ].join('\n\n'),
      ),
    ).toEqual([['Tham mưu UBND tỉnh thực hiện Công điện số 118/CĐ-TTg của Thủ tướng Chính phủ', idOf('SGDDT'), null]]);
  });

  it("keeps the province's own work after the government's words, in the same sentence or the next", () => {
    expect(
      read(
        'Thủ tướng Chính phủ yêu cầu Chủ tịch UBND các tỉnh tăng cường phòng, chống đuối nước cho trẻ em; UBND tỉnh giao Sở Giáo dục và Đào tạo tổ chức dạy bơi cho học sinh trước ngày 31/5/2025. Giao Sở Y tế hướng dẫn sơ cứu đuối nước.',
      ),
    ).toEqual([
      ['Tổ chức dạy bơi cho học sinh', idOf('SGDDT'), '2025-05-31'],
      ['Hướng dẫn sơ cứu đuối nước', idOf('SYT'), null],
    ]);
  });
});

describe('extractDirectives on news of a letter to a body the table lacks', () => {
  it('keeps the body’s work beside another unit’s work told later in the same words', () => {
    expect(
      extractParagraphs(
        [
          'Chủ tịch UBND tỉnh vừa yêu cầu Cục Quản lý thị trường tỉnh tạm thời chưa thanh tra, kiểm tra 86 doanh nghiệp cho đến khi có văn bản thống nhất, phê duyệt, xử lý chồng chéo về thanh tra, kiểm tra năm 2021 đối với doanh nghiệp trong tỉnh.',
          'Chủ tịch UBND tỉnh giao Thanh tra tỉnh tiếp tục rà soát, xử lý chồng chéo về thanh tra, kiểm tra năm 2021 đối với doanh nghiệp trong tỉnh.',
        ],
        '2021-01-26',
      ).map((d) => [d.title.split(',')[0], d.leadDepartmentId]),
    ).toEqual([
      ['Cục Quản lý thị trường tỉnh tạm thời chưa thanh tra', null],
      ['Tiếp tục rà soát', idOf('TTT')],
    ]);
  });
});
