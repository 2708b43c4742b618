<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/views/common.py" line="39"/>
        <source>Chưa triển khai</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="40"/>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="41"/>
        <source>Hoàn thành</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="42"/>
        <source>Chậm tiến độ</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="43"/>
        <source>Hủy bỏ</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="67"/>
        <source>&quot;{t}&quot; không phải là số. Hãy nhập ví dụ 1.250 hoặc 12,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="81"/>
        <location filename="../../desktop/views/common.py" line="105"/>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="81"/>
        <location filename="../../desktop/views/common.py" line="105"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="81"/>
        <location filename="../../desktop/views/common.py" line="105"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="81"/>
        <location filename="../../desktop/views/common.py" line="105"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="82"/>
        <location filename="../../desktop/views/common.py" line="106"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="82"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="82"/>
        <source>Áp dụng</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="82"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="83"/>
        <source>Bỏ qua</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="83"/>
        <source>Hướng dẫn</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="83"/>
        <location filename="../../desktop/views/common.py" line="106"/>
        <source>Thử lại</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="113"/>
        <source>Không thực hiện được</source>
        <translation>Could not do that</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="121"/>
        <source>Thông báo</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common.py" line="128"/>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="130"/>
        <source>Thêm nhiệm vụ từ kế hoạch của thành phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="132"/>
        <source>Các nhiệm vụ dưới đây thành phố giao cho cấp khác. Đánh dấu những việc đơn vị cũng thực hiện.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="135"/>
        <source>Tìm (không cần dấu)...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CityWindow</name>
    <message>
        <location filename="../../desktop/views/city_window.py" line="140"/>
        <source>Năm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="147"/>
        <source>Nhập tệp...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="150"/>
        <source>Nhập cả thư mục...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="153"/>
        <source>Xuất bảng XLSX...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="156"/>
        <source>Báo cáo tổng hợp...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="170"/>
        <source>Kéo và thả các tệp .khcds (hoặc cả thư mục) vào cửa sổ này để nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="180"/>
        <source>Tất cả đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="186"/>
        <source>Tìm đơn vị...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="191"/>
        <source>Mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="191"/>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="191"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="191"/>
        <source>Lần gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="192"/>
        <source>Ngày gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="192"/>
        <location filename="../../desktop/views/city_window.py" line="204"/>
        <source>Số nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="192"/>
        <source>Hoàn thành</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="193"/>
        <source>Chậm tiến độ</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="193"/>
        <location filename="../../desktop/views/city_window.py" line="205"/>
        <source>Tỷ lệ BQ (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="197"/>
        <source>Tình hình gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="198"/>
        <location filename="../../desktop/views/city_window.py" line="202"/>
        <source>Chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="198"/>
        <source>Cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="198"/>
        <source>Mức giao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="198"/>
        <location filename="../../desktop/views/city_window.py" line="204"/>
        <source>Số đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="199"/>
        <source>Có số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="199"/>
        <source>Đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="199"/>
        <source>Bình quân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="200"/>
        <source>Thấp nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="200"/>
        <source>Cao nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="204"/>
        <source>Trụ cột</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="207"/>
        <source>Nhiệm vụ theo trụ cột</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="219"/>
        <source>KHCĐS — {p}: tổng hợp năm {y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="221"/>
        <source>{p}, năm {y}, hạn gửi {d:%d/%m/%Y}: {n} đơn vị — đúng hạn {a}, muộn {b}, chưa gửi {m}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="248"/>
        <source> (quá hạn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="272"/>
        <source>Chọn các tệp của đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="273"/>
        <source>Tệp KHCĐS (*.khcds);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="278"/>
        <source>Chọn thư mục chứa các tệp .khcds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="315"/>
        <source>Lưu bảng số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="318"/>
        <source>Lưu báo cáo tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="340"/>
        <source>Đã ghi {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="236"/>
        <source>Tiến độ chung</source>
        <translation>Overall progress</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="237"/>
        <source>Sắp đến hạn</source>
        <translation>Coming up</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="238"/>
        <source>Tiến độ theo trụ cột (số việc hoàn thành / tổng số)</source>
        <translation>Progress by pillar (done / total)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="239"/>
        <source>Chỉ tiêu: giá trị đo được so với mức đặt ra (vạch đen)</source>
        <translation>Targets: measured value against the goal (black mark)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="240"/>
        <source>Việc chậm tiến độ</source>
        <translation>Late tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="251"/>
        <source>{unit} — Kế hoạch chuyển đổi số năm {y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="252"/>
        <source>Hôm nay {d}. {n} nhiệm vụ; đã xong {done}, chậm {late}. Trạng thái kế hoạch: {s}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="260"/>
        <source>Không có việc nào chậm. Tốt lắm!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="262"/>
        <source>hạn {f}, đạt {p}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="266"/>
        <source>Bấm đúp để cập nhật tiến độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="270"/>
        <source>Không có mốc nào trong 4 tháng tới.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../desktop/views/documents_panel.py" line="96"/>
        <source>Văn bản: in kế hoạch và báo cáo</source>
        <translation>Documents: print the plan and reports</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents_panel.py" line="97"/>
        <source>1. Chọn văn bản. 2. Bấm &quot;Lập văn bản&quot; để xem trước. 3. In, hoặc lưu thành tệp Word (DOCX) hay PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents_panel.py" line="103"/>
        <source>Kế hoạch (KH)</source>
        <translation>Plan (KH)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents_panel.py" line="104"/>
        <source>Báo cáo kết quả thực hiện (BC)</source>
        <translation>Progress report (BC)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents_panel.py" line="112"/>
        <source>&amp;Văn bản:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents_panel.py" line="113"/>
        <source>&amp;Kỳ báo cáo:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents_panel.py" line="116"/>
        <source>&amp;Lập văn bản</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents_panel.py" line="121"/>
        <source>&amp;In...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents_panel.py" line="122"/>
        <source>Lưu &amp;PDF...</source>
        <translation>Save &amp;PDF...</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents_panel.py" line="123"/>
        <source>Lưu &amp;Word (DOCX)...</source>
        <translation>Save &amp;Word (DOCX)...</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents_panel.py" line="124"/>
        <source>&amp;Mở bằng chương trình khác</source>
        <translation>&amp;Open in another program</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents_panel.py" line="163"/>
        <source>Chức năng lập văn bản chưa được cài đặt trong phiên bản này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents_panel.py" line="190"/>
        <source>Đang lập văn bản...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents_panel.py" line="201"/>
        <source>Đã lập xong: {n} trang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents_panel.py" line="202"/>
        <source>Đã lập xong. Bấm &quot;Mở bằng chương trình khác&quot; để xem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents_panel.py" line="209"/>
        <source>Không lập được văn bản: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents_panel.py" line="230"/>
        <source>Lưu văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents_panel.py" line="231"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents_panel.py" line="231"/>
        <source>Tệp Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents_panel.py" line="239"/>
        <source>Đang lưu...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents_panel.py" line="252"/>
        <source>Đã lưu: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents_panel.py" line="259"/>
        <source>Hãy bấm &quot;Lập văn bản&quot; trước khi in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents_panel.py" line="264"/>
        <source>In văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents_panel.py" line="281"/>
        <source>Đã gửi văn bản tới máy in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="40"/>
        <source>Gửi dữ liệu cho thành phố</source>
        <translation>Send data to the city</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="45"/>
        <source>Tệp gửi thành phố chứa kế hoạch năm {y}, tiến độ nhiệm vụ, số liệu chỉ tiêu và kinh phí, có chữ ký số của thư mục dữ liệu. Gửi tệp này qua thư điện tử, USB hoặc hệ thống quản lý văn bản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="57"/>
        <source>Dấu vân tay khóa ký (đọc cho thành phố qua điện thoại):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="66"/>
        <source>Chọn...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="70"/>
        <source>Lưu vào thư mục:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="71"/>
        <source>Kèm các tệp minh chứng (tệp sẽ lớn hơn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="75"/>
        <source>&amp;Tạo tệp gửi thành phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="85"/>
        <source>Các lần đã gửi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="88"/>
        <source>Lần gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="88"/>
        <source>Thời gian (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="88"/>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="102"/>
        <source>Chọn thư mục lưu tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="126"/>
        <source>Đã tạo tệp {file} (lần gửi {rev}). Hãy gửi tệp này cho thành phố.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/views/wizard.py" line="385"/>
        <source>KHCĐS — Khai báo lần đầu</source>
        <translation>KHCĐS — First-run setup</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="388"/>
        <source>Tiếp tục &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="389"/>
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="390"/>
        <source>Hoàn tất</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="391"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="392"/>
        <source>Tạo kế hoạch</source>
        <translation>Create plan</translation>
    </message>
</context>
<context>
    <name>FundingTab</name>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="253"/>
        <source>Đơn vị tính: triệu đồng. Bấm đúp vào ô để sửa; số nhập như 185,5 hoặc 1.250.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="272"/>
        <source>&amp;Thêm dòng kinh phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="273"/>
        <source>&amp;Xóa dòng đã chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="298"/>
        <source>Tổng cộng — dự toán được duyệt: {a}; đã sử dụng: {s}; dự kiến phân bổ: {p}; nhu cầu: {n} (triệu đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="319"/>
        <source>Sửa kinh phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="324"/>
        <source>Nhiệm vụ mới (sửa tên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="325"/>
        <source>Ngân sách xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="331"/>
        <source>Thêm dòng kinh phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="354"/>
        <source>Xóa dòng kinh phí</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="53"/>
        <source>Để trống: văn thư điền số khi đăng ký văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="60"/>
        <source>Chưa có (để trống khi in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="67"/>
        <source>Họ tên người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="74"/>
        <source>Mỗi nơi nhận một dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="75"/>
        <source>&amp;Số kế hoạch:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="76"/>
        <source>&amp;Ngày ban hành:</source>
        <translation>&amp;Issue date:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="77"/>
        <source>&amp;Trích yếu:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="78"/>
        <source>Người ký:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="79"/>
        <source>Nơi &amp;nhận:</source>
        <translation>&amp;Recipients:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="84"/>
        <source>Sửa trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="86"/>
        <source>Sửa nơi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="98"/>
        <source>Sửa số kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="102"/>
        <source>Sửa ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="105"/>
        <source>Đổi người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="115"/>
        <source>Sửa họ tên người ký</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderPage</name>
    <message>
        <location filename="../../desktop/views/wizard.py" line="175"/>
        <source>Tên cơ quan trên văn bản</source>
        <translation>Header as printed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="176"/>
        <source>Đây là hai dòng ở góc trái trên cùng của kế hoạch khi in. Sửa nếu cần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="184"/>
        <source>Họ tên người lập kế hoạch (không bắt buộc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="185"/>
        <source>Cơ quan &amp;cấp trên (dòng 1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="186"/>
        <source>&amp;Cơ quan ban hành (dòng 2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="187"/>
        <source>&amp;Địa danh ghi ngày tháng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="188"/>
        <source>Chữ viết tắt &amp;ký hiệu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="189"/>
        <source>&amp;Người lập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="194"/>
        <source>Khi in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="218"/>
        <source>Số:       /KH-{code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="219"/>
        <source>ngày ... tháng ... năm ...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="41"/>
        <source>Xem trước khi nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="54"/>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="54"/>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="54"/>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="54"/>
        <source>Lần gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="54"/>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="55"/>
        <source>Khóa mới: đã đối chiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="55"/>
        <source>Lý do, cảnh báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="68"/>
        <source>&amp;Nhập các tệp được nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="71"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="91"/>
        <source>Đánh dấu sau khi đã đối chiếu dấu vân tay này với đơn vị qua điện thoại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="115"/>
        <source>{n} tệp. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="116"/>
        <source>Chưa có gì thay đổi; bấm Nhập để ghi các tệp được nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="128"/>
        <source>Đã nhập {a} tệp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview.py" line="129"/>
        <source> {n} tệp có khóa mới chưa được đối chiếu nên chưa nhập.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalTab</name>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="150"/>
        <source>Mỗi căn cứ một dòng, theo thứ tự in trong kế hoạch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="162"/>
        <source>Sửa căn cứ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="130"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="130"/>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="130"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="130"/>
        <source>Theo dõi</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="131"/>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="131"/>
        <source>Gửi thành phố</source>
        <translation>Send to city</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="155"/>
        <source>Kiểm tra kế hoạch</source>
        <translation>Plan check</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="177"/>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="179"/>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="182"/>
        <source>&amp;Kiểm tra kế hoạch</source>
        <translation>&amp;Check plan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="184"/>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="187"/>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="189"/>
        <source>{app} {v}
Lập, theo dõi và báo cáo kế hoạch chuyển đổi số.
Thư mục dữ liệu: {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="190"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="192"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="194"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="197"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="205"/>
        <source>&amp;Trợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="207"/>
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="216"/>
        <source> Năm kế hoạch: </source>
        <translation> Plan year: </translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="250"/>
        <source>Kế hoạch năm {y}</source>
        <translation>Plan {y}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="251"/>
        <source>Kế hoạch: {s}</source>
        <translation>Plan: {s}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="253"/>
        <source>Đã lưu lúc {t}</source>
        <translation>Saved at {t}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="264"/>
        <source>Kiểm tra kế hoạch: {e} lỗi, {w} lưu ý (bấm vào một dòng để đến chỗ cần sửa)</source>
        <translation>Plan check: {e} errors, {w} warnings (click a line to go to the field)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="267"/>
        <source>✔ Kế hoạch đầy đủ, có thể in.</source>
        <translation>✔ The plan is complete and can be printed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="269"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="269"/>
        <source>Lưu ý</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>OwnTaskDialog</name>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="98"/>
        <source>Thêm nhiệm vụ của đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="105"/>
        <source>Văn phòng HĐND và UBND xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="110"/>
        <source>&amp;Trụ cột:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="111"/>
        <source>&amp;Nội dung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="112"/>
        <source>Cơ quan &amp;chủ trì:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="113"/>
        <source>&amp;Bắt đầu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="114"/>
        <source>&amp;Hoàn thành:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditorPage</name>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="455"/>
        <source>Thông tin &amp;chung</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="456"/>
        <source>&amp;Căn cứ</source>
        <translation>&amp;Legal bases</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="457"/>
        <source>C&amp;hỉ tiêu</source>
        <translation>T&amp;argets</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="458"/>
        <source>&amp;Kinh phí</source>
        <translation>&amp;Funding</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="459"/>
        <source>&amp;Giải pháp, tổ chức thực hiện</source>
        <translation>&amp;Solutions, organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="464"/>
        <source>Kế hoạch chuyển đổi số năm {y}</source>
        <translation>Digital transformation plan {y}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="466"/>
        <source>Trạng thái: {s}</source>
        <translation>State: {s}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="467"/>
        <source> — chỉ xem</source>
        <translation> — read only</translation>
    </message>
</context>
<context>
    <name>ProvincePage</name>
    <message>
        <location filename="../../desktop/views/wizard.py" line="58"/>
        <source>Chào mừng đến với KHCĐS</source>
        <translation>Welcome to KHCĐS</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="59"/>
        <source>Chương trình giúp đơn vị lập, theo dõi và in kế hoạch chuyển đổi số hằng năm. Trước hết, đơn vị thuộc tỉnh, thành phố nào?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="63"/>
        <source>Gõ tên tỉnh, thành phố (không cần dấu), ví dụ: hai phong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="67"/>
        <source>&amp;Tỉnh, thành phố:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignersPage</name>
    <message>
        <location filename="../../desktop/views/wizard.py" line="228"/>
        <source>Người ký</source>
        <translation>Signers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="229"/>
        <source>Họ tên lãnh đạo ký kế hoạch. Có thể để trống và điền sau trong phần Kế hoạch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="232"/>
        <source>Ví dụ: Nguyễn Văn A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="234"/>
        <source>Ví dụ: Trần Thị B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="236"/>
        <source>Chủ tịch ký (TM. Ủy ban nhân dân)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="237"/>
        <source>Phó Chủ tịch ký thay (KT. Chủ tịch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="238"/>
        <source>Họ tên &amp;Chủ tịch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="239"/>
        <source>Họ tên &amp;Phó Chủ tịch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="240"/>
        <source>&amp;Ai ký kế hoạch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="241"/>
        <source>Khi in, dưới chữ ký sẽ có dòng &quot;TM. ỦY BAN NHÂN DÂN&quot; và chức danh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="57"/>
        <source>Gửi dữ liệu cho thành phố</source>
        <translation>Send data to the city</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="58"/>
        <source>Tạo một tệp chứa kế hoạch và tiến độ của đơn vị (có chữ ký số của thư mục dữ liệu), rồi gửi tệp đó cho Sở Khoa học và Công nghệ qua thư điện tử hoặc hệ thống quản lý văn bản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="61"/>
        <source>&amp;Tạo tệp gửi thành phố...</source>
        <translation>&amp;Create the file for the city...</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="79"/>
        <source>Đã gửi {n} lần; lần gần nhất: lần {r}, {t:%d/%m/%Y %H:%M}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="82"/>
        <source>Chưa gửi lần nào.</source>
        <translation>Never sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="88"/>
        <location filename="../../desktop/views/main_window.py" line="92"/>
        <source>Chức năng gửi thành phố chưa được cài đặt trong phiên bản này.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetBars</name>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="192"/>
        <source>chưa đo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsMeasureTab</name>
    <message>
        <location filename="../../desktop/views/tracking.py" line="104"/>
        <source>Ghi giá trị đo được của từng chỉ tiêu vào cuối mỗi quý (bấm đúp vào ô). Ô xanh: đạt mức của đơn vị; ô đỏ: chưa đạt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tracking.py" line="117"/>
        <source>Chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tracking.py" line="117"/>
        <source>Đơn vị tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tracking.py" line="117"/>
        <source>Mức của đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="175"/>
        <source>Mức của đơn vị không được thấp hơn mức thành phố giao cho cấp xã. Bấm đúp vào ô &quot;Mức của đơn vị&quot; để sửa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="180"/>
        <source>Chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="180"/>
        <source>Đơn vị tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="180"/>
        <source>Yêu cầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="180"/>
        <source>Mức thành phố giao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="181"/>
        <source>Mức của đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="181"/>
        <source>Lưu ý</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="204"/>
        <source>⚠ Thấp hơn mức thành phố giao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="205"/>
        <source>⚠ Chưa có giá trị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="213"/>
        <source>Bấm đúp để sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="233"/>
        <source>Sửa mức chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="189"/>
        <source>triệu đồng, ví dụ 185,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="191"/>
        <source>Bắt đầu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="193"/>
        <source>Hoàn thành:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="195"/>
        <source>Kinh phí:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="197"/>
        <source>Nội dung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="198"/>
        <source>Chủ trì:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="199"/>
        <source>Phối hợp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="200"/>
        <source>Thời gian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="201"/>
        <source>Sản phẩm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="203"/>
        <source>Sửa nội dung nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="205"/>
        <source>Sửa cơ quan chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="207"/>
        <source>Sửa cơ quan phối hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="209"/>
        <source>Sửa sản phẩm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="210"/>
        <source>Sửa thời gian bắt đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="211"/>
        <source>Sửa thời gian hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="221"/>
        <source>Sửa kinh phí nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../desktop/views/tasks_model.py" line="55"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_model.py" line="55"/>
        <source>Nội dung nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_model.py" line="56"/>
        <source>Trụ cột</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_model.py" line="56"/>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_model.py" line="56"/>
        <source>Phối hợp</source>
        <translation>Co-ordinating</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_model.py" line="57"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_model.py" line="57"/>
        <source>Hoàn thành</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_model.py" line="57"/>
        <source>Sản phẩm</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_model.py" line="58"/>
        <source>Kinh phí (tr.đ)</source>
        <translation>Budget (M VND)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_model.py" line="58"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_model.py" line="59"/>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_model.py" line="59"/>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_model.py" line="134"/>
        <source>Quá hạn: phải xong trước {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_model.py" line="193"/>
        <source>Không áp dụng</source>
        <translation>Not adopted</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="266"/>
        <source>Nhiệm vụ của kế hoạch</source>
        <translation>The plan's tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="267"/>
        <source>Nhiệm vụ thành phố giao cho cấp xã đã được đưa sẵn vào. Bỏ việc không làm (&quot;Không áp dụng&quot;), thêm việc riêng của đơn vị, và ghi rõ ai chủ trì, khi nào xong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="281"/>
        <source>Tìm nhiệm vụ (không cần dấu)...  Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="283"/>
        <source>Thêm nhiệm vụ &amp;riêng...</source>
        <translation>Add &amp;own task...</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="284"/>
        <source>Thêm từ &amp;mẫu thành phố...</source>
        <translation>Add from city &amp;template...</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="285"/>
        <location filename="../../desktop/views/tasks_page.py" line="385"/>
        <source>&amp;Không áp dụng</source>
        <translation>&amp;Drop</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="336"/>
        <source>Tất cả ({n})</source>
        <translation>All ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="383"/>
        <source>&amp;Xóa nhiệm vụ</source>
        <translation>&amp;Delete task</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="385"/>
        <source>&amp;Áp dụng lại</source>
        <translation>&amp;Adopt again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="408"/>
        <source>Xóa nhiệm vụ riêng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="411"/>
        <location filename="../../desktop/views/tasks_page.py" line="468"/>
        <source>Áp dụng nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="411"/>
        <source>Không áp dụng nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="433"/>
        <source>Thêm nhiệm vụ riêng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="450"/>
        <source>Mọi nhiệm vụ của kế hoạch thành phố đã có trong kế hoạch của đơn vị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="456"/>
        <source>Thêm nhiệm vụ từ mẫu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <location filename="../../desktop/views/wizard.py" line="248"/>
        <source>Kế hoạch của thành phố (mẫu)</source>
        <translation>The city's plan (template)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="249"/>
        <source>Chọn kế hoạch của tỉnh, thành phố mà đơn vị triển khai. Các nhiệm vụ giao cho cấp xã sẽ được đưa sẵn vào kế hoạch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="256"/>
        <source>Hiện cả mẫu của tỉnh, thành phố khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="257"/>
        <source>Chọn &amp;tệp mẫu do thành phố gửi...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="280"/>
        <source>{issuer}, {period}; {n} nhiệm vụ cho cấp xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="308"/>
        <source>Chọn tệp mẫu kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="309"/>
        <source>Mẫu kế hoạch (*.json);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextsTab</name>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="380"/>
        <source>Nội dung lấy sẵn từ kế hoạch của thành phố; sửa cho phù hợp với đơn vị. Tự động lưu khi bạn ngừng gõ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_editor.py" line="426"/>
        <source>Sửa mục &quot;{t}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackingPage</name>
    <message>
        <location filename="../../desktop/views/tracking.py" line="176"/>
        <source>Theo dõi thực hiện</source>
        <translation>Progress tracking</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tracking.py" line="189"/>
        <source>Tìm nhiệm vụ, cơ quan (không cần dấu)...  Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tracking.py" line="193"/>
        <source>Mọi trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tracking.py" line="201"/>
        <source>Chỉ việc &amp;chậm</source>
        <translation>Late &amp;only</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tracking.py" line="202"/>
        <source>&amp;Cập nhật tiến độ...</source>
        <translation>&amp;Update progress...</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tracking.py" line="204"/>
        <source>Ctrl+U hoặc bấm đúp vào nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tracking.py" line="254"/>
        <source>&amp;Nhiệm vụ</source>
        <translation>&amp;Tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tracking.py" line="256"/>
        <source>Chỉ &amp;tiêu theo quý</source>
        <translation>&amp;Targets by quarter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tracking.py" line="286"/>
        <source>Mọi trụ cột</source>
        <translation>All pillars</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tracking.py" line="292"/>
        <source>Hôm nay: {d} ({q})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tracking.py" line="304"/>
        <source>Đang hiện {shown}/{total} nhiệm vụ. {late} việc chậm tiến độ (tô đỏ); {due} việc phải xong trong {q}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tracking.py" line="325"/>
        <source>Chọn một nhiệm vụ để xem quá trình thực hiện.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tracking.py" line="367"/>
        <source>Không tìm thấy tệp minh chứng trong thư mục dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tracking.py" line="372"/>
        <source>Hãy chọn một nhiệm vụ trong danh sách trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tracking.py" line="406"/>
        <source>Không lưu được cập nhật: {e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDetailDialog</name>
    <message>
        <location filename="../../desktop/views/city_window.py" line="82"/>
        <source>Chưa gửi dữ liệu năm {y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="84"/>
        <source>Lần gửi {r}, tạo lúc {t:%d/%m/%Y %H:%M} (UTC), mẫu {tpl}, trạng thái kế hoạch: {s}. Dấu vân tay khóa: {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="92"/>
        <source>Trụ cột</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="92"/>
        <location filename="../../desktop/views/city_window.py" line="98"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="92"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="92"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="93"/>
        <source>Hoàn thành</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="93"/>
        <source>Cờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="99"/>
        <location filename="../../desktop/views/city_window.py" line="108"/>
        <source>Chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="99"/>
        <source>Mức giao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="99"/>
        <source>Đơn vị đặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="100"/>
        <source>Số đo gần nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="109"/>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="109"/>
        <source>Lần gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="109"/>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="109"/>
        <source>Tạo lúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="110"/>
        <source>Nhận lúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="110"/>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/city_window.py" line="113"/>
        <source>Lịch sử gửi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../desktop/views/wizard.py" line="117"/>
        <source>Xã, phường, đặc khu</source>
        <translation>Commune or ward</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="118"/>
        <source>Gõ vài chữ của tên đơn vị, có dấu hay không đều được (ví dụ: an lao).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="121"/>
        <source>Tìm đơn vị...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="123"/>
        <source>&amp;Tên đơn vị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="155"/>
        <source>{n} đơn vị phù hợp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="156"/>
        <source>Không tìm thấy đơn vị nào. Hãy thử gõ ít chữ hơn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="47"/>
        <source>Cập nhật tiến độ nhiệm vụ</source>
        <translation>Update task progress</translation>
    </message>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="57"/>
        <source>Chủ trì: {lead}. Hoàn thành: {finish}. Hiện nay: {status}, {pct}%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="96"/>
        <source>Đã làm được gì, khó khăn, đề xuất...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="99"/>
        <source>&amp;Kỳ báo cáo:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="100"/>
        <source>&amp;Ngày cập nhật:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="101"/>
        <source>&amp;Trạng thái:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="102"/>
        <source>Tỷ lệ hoàn thành:</source>
        <translation>Percent done:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="103"/>
        <source>&amp;Ghi chú:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="106"/>
        <source>Minh chứng (không bắt buộc)</source>
        <translation>Evidence (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="112"/>
        <source>Thêm &amp;tệp...</source>
        <translation>Add &amp;file...</translation>
    </message>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="113"/>
        <source>Bỏ tệp đã chọn</source>
        <translation>Remove selected file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="117"/>
        <source>Tệp (biên bản, ảnh, văn bản scan) — được sao vào thư mục dữ liệu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="120"/>
        <source>Hoặc văn bản đã ban hành:</source>
        <translation>Or an issued document:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="124"/>
        <source>Số, ký hiệu: 12/QĐ-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="130"/>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/update_dialog.py" line="159"/>
        <source>Chọn tệp minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearPage</name>
    <message>
        <location filename="../../desktop/views/wizard.py" line="350"/>
        <source>Năm kế hoạch</source>
        <translation>Plan year</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="351"/>
        <source>Kế hoạch này là cho năm nào? Bấm &quot;Hoàn tất&quot; để tạo kế hoạch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="356"/>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard.py" line="371"/>
        <source>&lt;p&gt;Sẽ tạo kế hoạch chuyển đổi số của &lt;b&gt;{unit}&lt;/b&gt; theo:&lt;br&gt;{tmpl}&lt;/p&gt;&lt;p&gt;Sau đó, chương trình mở phần &lt;b&gt;Kế hoạch&lt;/b&gt; để đơn vị xem lại và sửa.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../desktop/views/tasks_page.py" line="168"/>
        <source>Nhiệm vụ đã chọn</source>
        <translation>Selected task</translation>
    </message>
</context>
<context>
    <name>self.ws</name>
    <message>
        <location filename="../../desktop/views/undo.py" line="57"/>
        <source>Không lưu được thay đổi: {e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
