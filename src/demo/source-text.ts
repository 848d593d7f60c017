/**
 * The account of the session, word for word, from the provincial news report
 * (Bắc Kạn, January 2024). The minutes and the conclusion of the demo session are
 * made of these paragraphs; the dates in them (tháng 01, 22/01, Tết Giáp Thìn 2024)
 * are kept as written even though the demo shifts the session's own date.
 */
export const SOURCE_TEXT = {
  /** Who attended besides the members. */
  attendance:
    'Dự Phiên họp còn có đại diện lãnh đạo HĐND tỉnh, Ủy ban MTTQ Việt Nam tỉnh, lãnh đạo các sở, ngành thành viên.',
  /** The general socio-economic report: industry and foreign trade. */
  economy:
    'Báo cáo tại Phiên họp thể hiện, trong tháng 01, tình hình sản xuất kinh doanh duy trì ổn định, khởi sắc hơn so với cùng kỳ năm 2023. Chỉ số sản xuất toàn ngành công nghiệp dự ước tăng 1,71% so với tháng trước và tăng 25,1% so với cùng kỳ năm 2023; giá trị sản xuất công nghiệp trong tháng đạt 194.970 triệu đồng, tăng 1,8% so với tháng trước và tăng 35% so với cùng kỳ năm trước; tổng kim ngạch xuất, nhập khẩu đạt 1,908 triệu USD, tăng 15,82% so với cùng kỳ.',
  /** Agriculture, the public investment plan and budget revenue. */
  agricultureInvestmentBudget:
    'Sản xuất nông nghiệp tập trung trồng, chăm sóc và thu hoạch cây rau màu các loại; chuẩn bị sản xuất vụ xuân 2024. Đẩy mạnh công tác phòng, chống dịch bệnh, đói, rét trên cây trồng, vật nuôi. Triển khai đến người dân thực hiện đăng ký trồng lại rừng sau khai thác. Tỉnh đã thực hiện phân bổ chi tiết kế hoạch đầu tư công năm 2024 là 2.157.119 triệu đồng. Thu ngân sách nhà nước trên địa bàn tỉnh tính đến hết ngày 22/01 được 40 tỷ đồng…',
  /** Sở Công Thương: the market before Tết and retail sales. */
  industryAndTrade:
    'Tại Phiên họp, đại diện lãnh đạo Sở Công thương báo cáo thêm về tình hình thị trường hiện nay nhìn chung ổn định, lượng hàng hóa dự trữ trong các tổ chức và hộ kinh doanh cơ bản đáp ứng nhu cầu sử dụng trong dịp Tết Nguyên đán Giáp Thìn 2024; các mặt hàng, chủng loại phù hợp nhu cầu tiêu dùng của người dân. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ toàn tỉnh ước đạt 887,968 tỷ đồng, tăng 1,72% so với tháng trước và tăng 28,82% so với cùng kỳ năm trước.',
  /** Sở Lao động – Thương binh và Xã hội: care for policy families before Tết. */
  labourAndSocialAffairs:
    'Lãnh đạo Sở Lao động - Thương binh và Xã hội báo cáo công tác công tác chăm lo cho gia đình chính sách và người có công, người cao tuổi, trẻ em có hoàn cảnh khó khăn, hộ gia đình có hoàn cảnh đặc biệt khó khăn được quan tâm thực hiện. Triển khai tặng quà đối với người có công với cách mạng, hộ nghèo và các đối tượng chính sách khác nhân dịp Tết Nguyên đán.',
  /** Sở Y tế: health care during Tết. */
  health:
    'Đối với công tác chăm sóc sức khỏe cho Nhân dân, lãnh đạo Sở Y tế cho biết, Sở đã chỉ đạo các đơn vị khám, chữa bệnh công lập trên địa bàn đảm bảo các điều kiện phục vụ công tác khám, chữa bệnh cho Nhân dân trong dịp Tết Nguyên đán 2024. Cùng với đó thực hiện nghiêm công tác phòng, chống dịch; giám sát chặt chẽ tình hình bệnh dịch phát sinh theo mùa…',
  /** What the delegates proposed. */
  delegatesProposals:
    'Các đại biểu dự họp đề nghị UBND tỉnh chỉ đạo các địa phương tiếp tục triển khai lập các Đồ án quy hoạch điều chỉnh, mở rộng quy hoạch chung các đô thị trên địa bàn, quy hoạch chung xây dựng xã, quy hoạch vùng huyện; có các giải pháp hiệu quả để đảm bảo phòng chống rét cho học sinh; tổ chức tốt các lễ hội xuân, các hoạt động văn hóa, văn nghệ, mừng Đảng, mừng Xuân Giáp Thìn 2024…',
  /** The chairman’s conclusion: overall priorities. */
  conclusionPriorities:
    'Kết luận Phiên họp, đồng chí Chủ tịch UBND tỉnh Nguyễn Đăng Bình yêu cầu các sở, ban, ngành, địa phương tập trung thực hiện một số nhiệm vụ trọng tâm, đó là: Tổ chức triển khai thực hiện tốt các mục tiêu, nhiệm vụ, giải pháp về phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2024 đã đề ra; các Chương trình hành động, kế hoạch của UBND tỉnh. Quyết liệt chỉ đạo triển khai thực hiện các nhiệm vụ từ ngày đầu, tháng đầu của năm; xử lý kịp thời các công việc trước, trong và sau Tết, đảm bảo tiến độ và hiệu quả; nghiêm túc thực hiện nhiệm vụ được giao, không để quá hạn, bỏ sót nhiệm vụ.',
  /** The chairman’s conclusion: the directives that became tasks. */
  conclusionDirectives:
    'Đẩy nhanh tiến độ thực hiện và giải ngân vốn đầu tư công ngay từ đầu năm 2024, đặc biệt là các dự án trọng điểm và các chương trình MTQG; phấn đấu giải ngân 100% kế hoạch được giao. Triển khai thực hiện tốt các nhiệm vụ, biện pháp bảo đảm đón Tết Nguyên đán Giáp Thìn 2024 lành mạnh, an toàn, tiết kiệm theo đúng tinh thần Chỉ thị của Thủ tướng Chính phủ và Ban Bí thư. Chú trọng chăm lo Tết cho người dân, tổ chức thăm, tặng quà Tết, nhất là các hộ nghèo, gia đình chính sách, người có công theo kế hoạch đã ban hành. Triển khai tốt Kế hoạch tổ chức Lễ phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” Xuân Giáp Thìn năm 2024 gắn với Chương trình trồng một tỷ cây xanh giai đoạn 2021 - 2025 trên địa bàn tỉnh Bắc Kạn. Các đơn vị, địa phương tổ chức các hoạt động sự kiện mừng Xuân, hoạt động vui chơi, đón Xuân phục vụ người dân dịp Tết, đảm bảo vui tươi, lành mạnh, an toàn, tiết kiệm.../.',
} as const;
