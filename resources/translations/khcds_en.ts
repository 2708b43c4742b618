<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name />
        <message>
            <location filename="../../desktop/views/common.py" line="+62" />
            <source>"{t}" không phải là số. Hãy nhập ví dụ 1.250 hoặc 12,5.</source>
            <translation>"{t}" is not a number. Enter for example 1.250 or 12,5.</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+44" />
            <source>Đồng ý</source>
            <translation>OK</translation>
        </message>
        <message>
            <location line="-43" />
            <location line="+44" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="-43" />
            <location line="+44" />
            <source>Có</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location line="-43" />
            <location line="+44" />
            <source>Không</source>
            <translation>No</translation>
        </message>
        <message>
            <location line="-43" />
            <location line="+44" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
        <message>
            <location line="-43" />
            <source>Lưu</source>
            <translation>Save</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Áp dụng</source>
            <translation>Apply</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mở</source>
            <translation>Open</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bỏ qua</source>
            <translation>Skip</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hướng dẫn</source>
            <translation>Guide</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+39" />
            <source>Thử lại</source>
            <translation>Retry</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Không thực hiện được</source>
            <translation>Could not do that</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Thông báo</source>
            <translation>Notice</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Xác nhận</source>
            <translation>Confirm</translation>
        </message>
    </context>
    <context>
        <name>AdjustDialog</name>
        <message>
            <location filename="../../desktop/views/city_scores.py" line="+43" />
            <source>Thẩm định điểm: {unit}</source>
            <translation>Review scores: {unit}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>ví dụ: biên bản chỉ có 2 cuộc họp</source>
            <translation>for example: the minutes show only 2 meetings</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tiêu chí:</source>
            <translation>Criterion:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Điểm thẩm định:</source>
            <translation>Reviewed score:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lý do (bắt buộc):</source>
            <translation>Reason (required):</translation>
        </message>
    </context>
    <context>
        <name>CandidateDialog</name>
        <message>
            <location filename="../../desktop/views/tasks_page.py" line="+132" />
            <source>Thêm nhiệm vụ từ kế hoạch của thành phố</source>
            <translation>Add tasks from the city's plan</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Các nhiệm vụ dưới đây thành phố giao cho cấp khác. Đánh dấu những việc đơn vị cũng thực hiện.</source>
            <translation>The city assigns the tasks below to another level. Tick the ones your unit also carries out.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tìm (không cần dấu)...</source>
            <translation>Search (accents optional)...</translation>
        </message>
    </context>
    <context>
        <name>CityWindow</name>
        <message>
            <location filename="../../desktop/views/city_window.py" line="+198" />
            <source>Năm:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Nhập tệp...</source>
            <translation>Import files...</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nhập cả thư mục...</source>
            <translation>Import a whole folder...</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Xuất bảng XLSX...</source>
            <translation>Export XLSX table...</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Báo cáo tổng hợp...</source>
            <translation>Summary report...</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Soạn mẫu kế hoạch...</source>
            <translation>Write a plan template...</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Hướng dẫn (F1)</source>
            <translation>Guide (F1)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Kéo và thả các tệp .khcds (hoặc cả thư mục) vào cửa sổ này để nhập.</source>
            <translation>Drag and drop .khcds files (or a whole folder) onto this window to import them.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Tất cả đơn vị</source>
            <translation>All units</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tìm đơn vị...</source>
            <translation>Search units...</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tình trạng</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lần gửi</source>
            <translation>Submission</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ngày gửi</source>
            <translation>Date sent</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+30" />
            <source>Số nhiệm vụ</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <location line="-29" />
            <source>Hoàn thành</source>
            <translation>Finish</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chậm tiến độ</source>
            <translation>Late</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+29" />
            <source>Tỷ lệ BQ (%)</source>
            <translation>Average (%)</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Tình hình gửi</source>
            <translation>Submissions</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+13" />
            <source>Chỉ tiêu</source>
            <translation>Target</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Cấp</source>
            <translation>Level</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mức giao</source>
            <translation>Assigned value</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+13" />
            <source>Số đơn vị</source>
            <translation>Units</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Có số liệu</source>
            <translation>With data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đạt</source>
            <translation>Met</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bình quân</source>
            <translation>Average</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thấp nhất</source>
            <translation>Lowest</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cao nhất</source>
            <translation>Highest</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Trụ cột</source>
            <translation>Pillar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nhiệm vụ theo trụ cột</source>
            <translation>Tasks by pillar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Chấm điểm</source>
            <translation>Scoring</translation>
        </message>
        <message>
            <location line="+21" />
            <source>KHCĐS — {p}: tổng hợp năm {y}</source>
            <translation>KHCĐS — {p}: summary of {y}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{p}, năm {y}, hạn gửi {d}: {n} đơn vị — đúng hạn {a}, muộn {b}, chưa gửi {m}.</source>
            <translation>{p}, year {y}, due {d}: {n} units — on time {a}, late {b}, not sent {m}.</translation>
        </message>
        <message>
            <location line="+59" />
            <source> (quá hạn)</source>
            <translation> (overdue)</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Chọn các tệp của đơn vị</source>
            <translation>Choose the units' files</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tệp KHCĐS (*.khcds);;Mọi tệp (*)</source>
            <translation>KHCĐS files (*.khcds);;All files (*)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Chọn thư mục chứa các tệp .khcds</source>
            <translation>Choose the folder holding the .khcds files</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Lưu bảng số liệu</source>
            <translation>Save the data table</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lưu báo cáo tổng hợp</source>
            <translation>Save the summary report</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Đã ghi {file}.</source>
            <translation>Wrote {file}.</translation>
        </message>
    </context>
    <context>
        <name>CriteriaEditor</name>
        <message>
            <location filename="../../desktop/views/criteria_editor.py" line="+155" />
            <source>Tiêu chí</source>
            <translation>Criteria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nhóm, điểm thưởng, điểm trừ</source>
            <translation>Groups, bonus, deductions</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+150" />
            <source>Xếp loại</source>
            <translation>Grades</translation>
        </message>
        <message>
            <location line="-130" />
            <source>Mở bộ tiêu chí đã có...</source>
            <translation>Open an existing criteria set...</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mở bản thảo...</source>
            <translation>Open draft...</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lưu bản thảo...</source>
            <translation>Save draft...</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Phát hành bộ tiêu chí có chữ ký...</source>
            <translation>Publish the signed criteria set...</translation>
        </message>
        <message>
            <location line="+19" />
            <source>ví dụ: dti-xa-2026</source>
            <translation>e.g. dti-xa-2026</translation>
        </message>
        <message>
            <location line="+6" />
            <source>ví dụ: Bộ chỉ số đánh giá chuyển đổi số cấp xã năm 2026</source>
            <translation>e.g. Commune digital transformation index 2026</translation>
        </message>
        <message>
            <location line="+5" />
            <source>ví dụ: 469/QĐ-UBND</source>
            <translation>e.g. 469/QĐ-UBND</translation>
        </message>
        <message>
            <location line="+3" />
            <source>ví dụ: 2026-02-10</source>
            <translation>e.g. 2026-02-10</translation>
        </message>
        <message>
            <location line="+5" />
            <source>không có</source>
            <translation>none</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Mã bộ:</source>
            <translation>Set code:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phiên bản:</source>
            <translation>Version:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kỳ đánh giá:</source>
            <translation>Assessment period:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hạn gửi (trước ngày):</source>
            <translation>Due (before day):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tên bộ tiêu chí:</source>
            <translation>Criteria set title:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tổng điểm tối đa:</source>
            <translation>Maximum total:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thể thức báo cáo:</source>
            <translation>Report format:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cơ quan ban hành:</source>
            <translation>Issuing body:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số văn bản:</source>
            <translation>Document number:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ngày văn bản:</source>
            <translation>Document date:</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+31" />
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="-30" />
            <source>Nhóm</source>
            <translation>Group</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nội dung tiêu chí</source>
            <translation>Criterion</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+28" />
            <source>Điểm tối đa</source>
            <translation>Maximum points</translation>
        </message>
        <message>
            <location line="-27" />
            <source>Cách tính</source>
            <translation>Method</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Nhóm chính: điểm tối đa của nhóm. Điểm thưởng, điểm trừ: mức tối đa được cộng, bị trừ (để trống nếu không giới hạn).</source>
            <translation>Main group: the group's maximum. Bonus, deduction: the most that is added or taken off (leave empty for no limit).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tên nhóm</source>
            <translation>Group name</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+106" />
            <source>Loại</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="-106" />
            <source>Ghi chú</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Xếp loại theo tổng điểm: đạt từ số điểm ghi trở lên.</source>
            <translation>Grades by total: reached from the points written upwards.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Từ tổng điểm</source>
            <translation>From total</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Thêm dòng</source>
            <translation>Add row</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Xóa dòng</source>
            <translation>Delete row</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cách tính của tiêu chí đang chọn</source>
            <translation>How the selected criterion is scored</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cách tính:</source>
            <translation>Method:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>ví dụ: Số máy tính kết nối</source>
            <translation>e.g. Computers connected</translation>
        </message>
        <message>
            <location line="+3" />
            <source>ví dụ: Tổng số máy tính</source>
            <translation>e.g. All computers</translation>
        </message>
        <message>
            <location line="+6" />
            <source>ví dụ: 100 - (qua_han + dislike)</source>
            <translation>e.g. 100 - (qua_han + dislike)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>ví dụ: Hệ thống điều phối</source>
            <translation>e.g. Hệ thống điều phối</translation>
        </message>
        <message>
            <location line="+3" />
            <source>ví dụ: cuộc</source>
            <translation>e.g. meetings</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Thêm</source>
            <translation>Add</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Xóa</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Tử số (a):</source>
            <translation>Numerator (a):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mẫu số (b):</source>
            <translation>Denominator (b):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Công thức (%):</source>
            <translation>Formula (%):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đủ điểm từ (%):</source>
            <translation>Full points from (%):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Điểm mỗi đơn vị:</source>
            <translation>Points per item:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số liệu nhập là:</source>
            <translation>The figure typed is:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Các dòng:</source>
            <translation>Rows:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Điểm khi không đạt mức nào:</source>
            <translation>Points below every band:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lấy số liệu từ kế hoạch:</source>
            <translation>Figure from the plan:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nguồn số liệu:</source>
            <translation>Source of the figure:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đơn vị tính:</source>
            <translation>Unit:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Khi không áp dụng:</source>
            <translation>When it does not apply:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Minh chứng cần có:</source>
            <translation>Evidence asked:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nội dung</source>
            <translation>Content</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Thêm minh chứng</source>
            <translation>Add evidence</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Xóa minh chứng</source>
            <translation>Delete evidence</translation>
        </message>
        <message>
            <location line="+389" />
            <source>Phiên bản {v} đã có: bộ tiêu chí mới phải là phiên bản {p}.</source>
            <translation>Version {v} exists: the new criteria set must be version {p}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Tiêu chí {id} chưa có điểm tối đa: các xã chưa chấm được.</source>
            <translation>Criterion {id} has no maximum: communes cannot score it yet.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Chưa phát hành được: {p}</source>
            <translation>Cannot publish yet: {p}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Bộ tiêu chí hợp lệ: {n} tiêu chí trong {g} nhóm.</source>
            <translation>Valid criteria set: {n} criteria in {g} groups.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Điểm tối đa: các nhóm chính cộng lại {m} (các tiêu chí {c}; tổng ghi ở trên {t}); điểm thưởng tối đa {b}; điểm trừ tối đa {d}.</source>
            <translation>Maximum: main groups add up to {m} (criteria {c}; total written above {t}); bonus at most {b}; deduction at most {d}.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Mở bộ tiêu chí đã có</source>
            <translation>Open an existing criteria set</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bộ tiêu chí:</source>
            <translation>Criteria set:</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Lưu bản thảo bộ tiêu chí</source>
            <translation>Save the criteria set draft</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+17" />
            <source>Bản thảo bộ tiêu chí (*.json)</source>
            <translation>Criteria set draft (*.json)</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Không ghi được {file}: {err}</source>
            <translation>Could not write {file}: {err}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Mở bản thảo bộ tiêu chí</source>
            <translation>Open a criteria set draft</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Tệp {file} không phải bản thảo bộ tiêu chí (JSON).</source>
            <translation>{file} is not a criteria set draft (JSON).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Lưu gói bộ tiêu chí có chữ ký</source>
            <translation>Save the signed criteria set package</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Gói bộ tiêu chí (*.khcdsc)</source>
            <translation>Criteria set package (*.khcdsc)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Bộ tiêu chí còn lỗi, chưa phát hành:</source>
            <translation>The criteria set has errors, not published:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Phát hành bộ tiêu chí {id} phiên bản {v} ({n} tiêu chí, tối đa {t} điểm), ký bằng khóa của thư mục này? Các xã, phường sẽ nhập gói này.</source>
            <translation>Publish criteria set {id} version {v} ({n} criteria, at most {t} points), signed with this folder's key? Communes and wards will import this package.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Phát hành bộ tiêu chí</source>
            <translation>Publish criteria set</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Đã phát hành bộ tiêu chí {id} phiên bản {v}: {file}.
Dấu vân tay khóa ký (đọc cho các xã khi họ gọi điện đối chiếu): {fp}</source>
            <translation>Published criteria set {id} version {v}: {file}.
Signing key fingerprint (read it to communes when they call to check): {fp}</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../desktop/views/dashboard.py" line="+254" />
            <source>Tiến độ chung</source>
            <translation>Overall progress</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sắp đến hạn</source>
            <translation>Coming up</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tiến độ theo trụ cột (số việc hoàn thành / tổng số)</source>
            <translation>Progress by pillar (done / total)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chỉ tiêu: giá trị đo được so với mức đặt ra (vạch đen)</source>
            <translation>Targets: measured value against the goal (black mark)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Việc chậm tiến độ</source>
            <translation>Late tasks</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{unit} — Kế hoạch chuyển đổi số năm {y}</source>
            <translation>{unit} — Digital transformation plan {y}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hôm nay {d}. {n} nhiệm vụ; đã xong {done}, chậm {late}. Trạng thái kế hoạch: {s}.</source>
            <translation>Today {d}. {n} tasks; done {done}, late {late}. Plan status: {s}.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Không có việc nào chậm. Tốt lắm!</source>
            <translation>Nothing is late. Well done!</translation>
        </message>
        <message>
            <location line="+4" />
            <source>hạn {f}, đạt {p}%</source>
            <translation>due {f}, {p}% done</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Bấm đúp để cập nhật tiến độ</source>
            <translation>Double-click to update progress</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Không có mốc nào trong 4 tháng tới.</source>
            <translation>No milestones in the next 4 months.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Quá hạn ({d}): {what}</source>
            <translation>Overdue ({d}): {what}</translation>
        </message>
    </context>
    <context>
        <name>DocumentEvidenceDialog</name>
        <message>
            <location filename="../../desktop/views/scorecard.py" line="+117" />
            <source>Văn bản minh chứng</source>
            <translation>Evidence document</translation>
        </message>
        <message>
            <location line="+4" />
            <source>ví dụ 15/QĐ-UBND</source>
            <translation>for example 15/QĐ-UBND</translation>
        </message>
        <message>
            <location line="+8" />
            <source>trích yếu, ví dụ: về thành lập Ban Chỉ đạo chuyển đổi số</source>
            <translation>summary, for example: on setting up the digital transformation steering committee</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số, ký hiệu (*):</source>
            <translation>Number, symbol (*):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ngày văn bản:</source>
            <translation>Document date:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trích yếu:</source>
            <translation>Summary:</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <location filename="../../desktop/views/documents_panel.py" line="+108" />
            <source>Văn bản: in kế hoạch và báo cáo</source>
            <translation>Documents: print the plan and reports</translation>
        </message>
        <message>
            <location line="+4" />
            <source>1. Chọn văn bản. 2. Bấm "Lập văn bản" để xem trước. 3. In, hoặc lưu thành tệp Word (DOCX) hay PDF.</source>
            <translation>1. Choose a document. 2. Click "Build document" to preview it. 3. Print it, or save it as a Word (DOCX) or PDF file.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Kế hoạch (KH)</source>
            <translation>Plan (KH)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Báo cáo kết quả thực hiện (BC)</source>
            <translation>Progress report (BC)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Văn bản:</source>
            <translation>&amp;Document:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Soạn &amp;nội dung báo cáo...</source>
            <translation>Write report &amp;content...</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tồn tại, hạn chế; đề xuất, kiến nghị; nhiệm vụ kỳ tới: sửa bằng lời của đơn vị</source>
            <translation>Shortcomings; proposals; tasks for the next period: edit in your unit's own words</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Kỳ báo cáo:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Lập văn bản</source>
            <translation>&amp;Generate</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;In...</source>
            <translation>&amp;Print...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lưu &amp;PDF...</source>
            <translation>Save &amp;PDF...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lưu &amp;Word (DOCX)...</source>
            <translation>Save &amp;Word (DOCX)...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Mở bằng chương trình khác</source>
            <translation>&amp;Open in another program</translation>
        </message>
        <message>
            <location line="+14" />
            <source>◀ Trang trước</source>
            <translation>◀ Previous page</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Trang sau ▶</source>
            <translation>Next page ▶</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Thu nhỏ</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phóng to</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cỡ xem:</source>
            <translation>Zoom:</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Tuần {n} ({a} - {b})</source>
            <translation>Week {n} ({a} - {b})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Tháng {m}</source>
            <translation>Month {m}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quý I</source>
            <translation>Quarter I</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quý II</source>
            <translation>Quarter II</translation>
        </message>
        <message>
            <location line="+1" />
            <source>6 tháng đầu năm</source>
            <translation>First half of the year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quý III</source>
            <translation>Quarter III</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quý IV</source>
            <translation>Quarter IV</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cả năm</source>
            <translation>Whole year</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Đã chọn văn bản khác: bấm "Lập văn bản" để xem trước.</source>
            <translation>Another document is selected: click "Build document" to preview it.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Đang lập văn bản...</source>
            <translation>Building the document...</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Đã lập xong: {n} trang.</source>
            <translation>Done: {n} pages.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Đã lập xong. Bấm "Mở bằng chương trình khác" để xem.</source>
            <translation>Done. Click "Open with another program" to view it.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Không lập được văn bản: {e}</source>
            <translation>Could not build the document: {e}</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Trang {i}/{n}</source>
            <translation>Page {i}/{n}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Lưu văn bản</source>
            <translation>Save the document</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tệp PDF (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tệp Word (*.docx)</source>
            <translation>Word files (*.docx)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Đang lưu...</source>
            <translation>Saving...</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Đã lưu: {p}</source>
            <translation>Saved: {p}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Hãy bấm "Lập văn bản" trước khi in.</source>
            <translation>Click "Build document" before printing.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Máy chưa có chương trình đọc PDF để in. Hãy mở tệp và in: {p}</source>
            <translation>This computer has no PDF reader to print with. Open the file and print it: {p}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Đã gửi văn bản tới máy in mặc định.</source>
            <translation>The document was sent to the default printer.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In văn bản</source>
            <translation>Print the document</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+20" />
            <source>Đã gửi văn bản tới máy in.</source>
            <translation>The document was sent to the printer.</translation>
        </message>
        <message>
            <location line="-16" />
            <source>Không in trực tiếp được trên máy này. Hãy mở tệp PDF và in: {p}</source>
            <translation>Cannot print directly on this computer. Open the PDF file and print it: {p}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../desktop/views/export_dialog.py" line="+44" />
            <source>Gửi dữ liệu cho thành phố</source>
            <translation>Send data to the city</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Tệp gửi thành phố chứa kế hoạch năm {y}, tiến độ nhiệm vụ, số liệu chỉ tiêu và kinh phí, có chữ ký số của thư mục dữ liệu. Gửi tệp này qua thư điện tử, USB hoặc hệ thống quản lý văn bản.</source>
            <translation>The file for the city holds the {y} plan, task progress, target figures and funding, digitally signed by the data folder. Send it by e-mail, USB or the document management system.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Dấu vân tay khóa ký (đọc cho thành phố qua điện thoại):</source>
            <translation>Signing key fingerprint (read it to the city over the phone):</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Tạo tệp gửi thành phố...</source>
            <translation>&amp;Create the file for the city...</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Chọn nơi lưu tệp (mặc định: thư mục Tài liệu), rồi tạo tệp có chữ ký số.</source>
            <translation>Choose where to save the file (default: the Documents folder), then create the signed file.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Mở thư mục</source>
            <translation>&amp;Open folder</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Thời gian</source>
            <translation>Time</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Lưu tệp gửi thành phố</source>
            <translation>Save the file for the city</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tệp gửi thành phố (*.khcds)</source>
            <translation>Files for the city (*.khcds)</translation>
        </message>
        <message>
            <location line="-78" />
            <source>Kèm các tệp minh chứng (tệp sẽ lớn hơn)</source>
            <translation>Include the evidence files (the file will be larger)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Các lần đã gửi:</source>
            <translation>Earlier submissions:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lần gửi</source>
            <translation>Submission</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tệp</source>
            <translation>File</translation>
        </message>
        <message>
            <location line="+75" />
            <source>Đã tạo tệp {file} (lần gửi {rev}). Hãy gửi tệp này cho thành phố.</source>
            <translation>Created {file} (submission {rev}). Send this file to the city.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../desktop/views/wizard.py" line="+657" />
            <source>KHCĐS — Khai báo lần đầu</source>
            <translation>KHCĐS — First-run setup</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tiếp tục &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt; Quay lại</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hoàn tất</source>
            <translation>Finish</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tạo kế hoạch</source>
            <translation>Create plan</translation>
        </message>
    </context>
    <context>
        <name>FundingTab</name>
        <message>
            <location filename="../../desktop/views/plan_editor.py" line="+294" />
            <source>Đơn vị tính: triệu đồng. Bấm đúp vào ô để sửa; số nhập như 185,5 hoặc 1.250.</source>
            <translation>Unit: million dong. Double-click a cell to edit; enter numbers like 185,5 or 1.250.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Thêm dòng kinh phí</source>
            <translation>&amp;Add funding row</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Xóa dòng đã chọn</source>
            <translation>&amp;Delete selected row</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Tổng cộng — dự toán được duyệt: {a}; đã sử dụng: {s}; dự kiến phân bổ: {p}; nhu cầu: {n} (triệu đồng)</source>
            <translation>Total — approved estimate: {a}; used: {s}; planned allocation: {p}; needed: {n} (million dong)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Sửa kinh phí</source>
            <translation>Edit funding</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nhiệm vụ mới (sửa tên)</source>
            <translation>New task (edit the name)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ngân sách xã</source>
            <translation>Commune budget</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Thêm dòng kinh phí</source>
            <translation>Add funding row</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Xóa dòng kinh phí</source>
            <translation>Delete funding row</translation>
        </message>
    </context>
    <context>
        <name>GeneralTab</name>
        <message>
            <location line="-361" />
            <source>Để trống: văn thư điền số khi đăng ký văn bản</source>
            <translation>Leave blank: the clerk fills in the number when registering the document</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Chưa có (để trống khi in)</source>
            <translation>None yet (left blank when printed)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Họ tên người ký</source>
            <translation>Signer's full name</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Mỗi nơi nhận một dòng</source>
            <translation>One recipient per line</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Số kế hoạch:</source>
            <translation>&amp;Number:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Ngày ban hành:</source>
            <translation>&amp;Issue date:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Trích yếu (*):</source>
            <translation>&amp;Summary (*):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Người ký (*):</source>
            <translation>Signer (*):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nơi &amp;nhận:</source>
            <translation>&amp;Recipients:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(*) bắt buộc trước khi trình phê duyệt. Số và ngày ban hành được hỏi khi phê duyệt.</source>
            <translation>(*) required before submitting for approval. The number and issue date are asked for at approval.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sửa trích yếu</source>
            <translation>Edit summary</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sửa nơi nhận</source>
            <translation>Edit recipients</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Sửa số kế hoạch</source>
            <translation>Edit plan number</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sửa ngày ban hành</source>
            <translation>Edit issue date</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Đổi người ký</source>
            <translation>Change signer</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sửa họ tên người ký</source>
            <translation>Edit signer's name</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <location filename="../../desktop/views/guide.py" line="+24" />
            <source>Hướng dẫn sử dụng KHCĐS</source>
            <translation>KHCĐS user guide</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Không tìm thấy tệp hướng dẫn ({p}). Hãy cài lại chương trình.</source>
            <translation>The guide file was not found ({p}). Please reinstall the program.</translation>
        </message>
    </context>
    <context>
        <name>HeaderPage</name>
        <message>
            <location filename="../../desktop/views/wizard.py" line="-358" />
            <source>Tên cơ quan trên văn bản</source>
            <translation>Header as printed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đây là hai dòng ở góc trái trên cùng của kế hoạch khi in. Sửa nếu cần.</source>
            <translation>These are the two lines at the top left of the printed plan. Edit them if needed.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Họ tên người lập kế hoạch (không bắt buộc)</source>
            <translation>Name of the person who drew up the plan (optional)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cơ quan &amp;cấp trên (dòng 1):</source>
            <translation>&amp;Superior body (line 1):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cơ quan ban hành (dòng 2):</source>
            <translation>&amp;Issuing body (line 2):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Địa danh ghi ngày tháng:</source>
            <translation>&amp;Place name before the date:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chữ viết tắt &amp;ký hiệu:</source>
            <translation>&amp;Symbol abbreviation:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Người lập:</source>
            <translation>&amp;Drawn up by:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Khi in:</source>
            <translation>When printed:</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Số:       /KH-{code}</source>
            <translation>No.:       /KH-{code}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ngày ... tháng ... năm ...</source>
            <translation>day ... month ... year ...</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <location filename="../../desktop/views/import_preview.py" line="+60" />
            <source>Xem trước khi nhập</source>
            <translation>Preview before importing</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Tệp</source>
            <translation>File</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Năm</source>
            <translation>Year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lần gửi</source>
            <translation>Submission</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kết quả</source>
            <translation>Result</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Khóa mới: đã đối chiếu</source>
            <translation>New key: verified</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lý do, cảnh báo</source>
            <translation>Reason, warnings</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Nhập các tệp được nhận</source>
            <translation>&amp;Import the accepted files</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Đang đọc và kiểm tra các tệp; chưa có gì thay đổi.</source>
            <translation>Reading and checking the files; nothing has changed yet.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đang đọc tệp {i}/{n}: {name}</source>
            <translation>Reading file {i}/{n}: {name}</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Đã đọc {n} tệp</source>
            <translation>Read {n} files</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Không đọc được các tệp: lỗi không mong đợi ({e}); chi tiết đã ghi vào nhật ký.</source>
            <translation>Could not read the files: unexpected error ({e}); the details were written to the log.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Đang dừng sau tệp hiện tại...</source>
            <translation>Stopping after the current file...</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Đánh dấu sau khi đã đối chiếu dấu vân tay này với đơn vị qua điện thoại.</source>
            <translation>Tick after checking this fingerprint with the unit over the phone.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{n} tệp. </source>
            <translation>{n} files. </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Chưa có gì thay đổi; bấm Nhập để ghi các tệp được nhận.</source>
            <translation>Nothing has changed yet; click Import to save the accepted files.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Đang nhập; mỗi tệp được ghi trọn vẹn hoặc không ghi. Bấm Hủy để dừng sau tệp đang ghi.</source>
            <translation>Importing; each file is saved whole or not at all. Click Cancel to stop after the file being saved.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Đang nhập tệp {i}/{n}: {name}</source>
            <translation>Importing file {i}/{n}: {name}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Đã nhập {a} tệp</source>
            <translation>Imported {a} files</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Đã nhập {a} tệp.</source>
            <translation>Imported {a} files.</translation>
        </message>
        <message>
            <location line="+1" />
            <source> {n} tệp có khóa mới chưa được đối chiếu nên chưa nhập.</source>
            <translation> {n} files with a new, unverified key were not imported.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Đã dừng theo yêu cầu.</source>
            <translation>Stopped as requested.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Đã nhập {a} tệp; {n} tệp chưa nhập (nhập lại để tiếp tục).</source>
            <translation>Imported {a} files; {n} files not imported (import again to continue).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Đã dừng</source>
            <translation>Stopped</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Đã nhận {a} tệp, từ chối {r} tệp.</source>
            <translation>Accepted {a} files, rejected {r} files.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>khóa mới chưa được đánh dấu "đã đối chiếu" (hãy gọi điện cho đơn vị để đối chiếu dấu vân tay, đánh dấu ô rồi nhập lại)</source>
            <translation>new key not marked "verified" (call the unit to check the fingerprint, tick the box and import again)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Kết quả nhập</source>
            <translation>Import result</translation>
        </message>
    </context>
    <context>
        <name>IssueDialog</name>
        <message>
            <location filename="../../desktop/views/main_window.py" line="+269" />
            <source>Kế hoạch được ban hành phải có số, ký hiệu và ngày ban hành. Sau bước này nội dung chỉ xem, không sửa được.</source>
            <translation>An issued plan must have a number, symbol and issue date. After this step its content is read-only.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Ví dụ: 15</source>
            <translation>For example: 15</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Số kế hoạch (*):</source>
            <translation>Plan number (*):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ngày ban hành (*):</source>
            <translation>Issue date (*):</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Hãy nhập số kế hoạch.</source>
            <translation>Please enter the plan number.</translation>
        </message>
    </context>
    <context>
        <name>LegalTab</name>
        <message>
            <location filename="../../desktop/views/plan_editor.py" line="+39" />
            <source>Mỗi căn cứ một dòng, theo thứ tự in trong kế hoạch.</source>
            <translation>One legal basis per line, in the order printed in the plan.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Sửa căn cứ</source>
            <translation>Edit legal bases</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/views/main_window.py" line="+40" />
            <source>Tổng quan</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kế hoạch</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nhiệm vụ</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Theo dõi</source>
            <translation>Tracking</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Văn bản</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gửi thành phố</source>
            <translation>Send to city</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Kiểm tra kế hoạch</source>
            <translation>Plan check</translation>
        </message>
        <message>
            <location line="+23" />
            <source>&amp;Hoàn tác</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Làm lại</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Kiểm tra kế hoạch</source>
            <translation>&amp;Check plan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Thoát</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Giới thiệu</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{app} {v}
Lập, theo dõi và báo cáo kế hoạch chuyển đổi số.
Thư mục dữ liệu: {d}</source>
            <translation>{app} {v}
Draw up, track and report digital transformation plans.
Data folder: {d}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Giới thiệu</source>
            <translation>About</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Tệp</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Lưu</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mọi thay đổi được lưu ngay khi gõ; Ctrl+S để chắc chắn.</source>
            <translation>Every change is saved as you type; Ctrl+S to be sure.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;In văn bản...</source>
            <translation>&amp;Print document...</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Kế hoạch mới...</source>
            <translation>&amp;New plan...</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Nhập gói mẫu kế hoạch của thành phố...</source>
            <translation>&amp;Import the city's plan template package...</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Đặt lại khóa &amp;tin cậy của tỉnh, thành phố...</source>
            <translation>Reset the province's &amp;trusted key...</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mở hoặc tạo thư mục &amp;dữ liệu khác...</source>
            <translation>Open or create another &amp;data folder...</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Một thư mục trống sẽ mở trình hướng dẫn khai báo đơn vị mới.</source>
            <translation>An empty folder opens the wizard to set up a new unit.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Sao lưu ngay</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Khôi phục từ bản sao lưu...</source>
            <translation>&amp;Restore from a backup...</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Kế hoạch</source>
            <translation>&amp;Plan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Trình phê duyệt</source>
            <translation>&amp;Submit for approval</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Phê duyệt</source>
            <translation>&amp;Approve</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Ban hành</source>
            <translation>&amp;Issue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trả về &amp;dự thảo</source>
            <translation>Back to &amp;draft</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Mở khóa để sửa...</source>
            <translation>&amp;Unlock for editing...</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tự &amp;chấm điểm chuyển đổi số...</source>
            <translation>Digital transformation &amp;self-assessment...</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Sửa</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Xem</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Trợ giúp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Hướng dẫn sử dụng</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Thanh công cụ</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <location line="+9" />
            <source> Kế hoạch: </source>
            <translation> Plan: </translation>
        </message>
        <message>
            <location line="+105" />
            <source>Mọi thay đổi đã được lưu vào thư mục dữ liệu (lúc {t}).</source>
            <translation>All changes are saved in the data folder (at {t}).</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Năm {y}</source>
            <translation>Year {y}</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Kiểm tra kế hoạch: {e} lỗi, {w} lưu ý</source>
            <translation>Plan check: {e} errors, {w} notes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bấm vào một dòng để đến chỗ cần sửa.</source>
            <translation>Click a row to go to what needs fixing.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Sau khi {s}, nội dung kế hoạch chỉ xem, không sửa được (vẫn cập nhật tiến độ). Tiếp tục?</source>
            <translation>After {s}, the plan's content is read-only (progress can still be updated). Continue?</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Kế hoạch chưa có số và ngày ban hành. Hãy mở khóa để ghi số, ngày (trang Kế hoạch), rồi phê duyệt và ban hành.</source>
            <translation>The plan has no number and issue date. Unlock it to enter the number and date (Plan page), then approve and issue it.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Mở khóa kế hoạch</source>
            <translation>Unlock plan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lý do mở khóa (được ghi vào nhật ký thay đổi):</source>
            <translation>Reason for unlocking (written to the change log):</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Chọn thư mục dữ liệu (thư mục trống để khai báo đơn vị mới)</source>
            <translation>Choose a data folder (an empty folder to set up a new unit)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Chọn gói mẫu kế hoạch của thành phố</source>
            <translation>Choose the city's plan template package</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Gói mẫu kế hoạch (*.khcdst)</source>
            <translation>Plan template packages (*.khcdst)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Nhập gói mẫu này?</source>
            <translation>Import this template package?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gói mẫu kế hoạch mới</source>
            <translation>New plan template package</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Đã nhập gói mẫu</source>
            <translation>Template package imported</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Chưa tin cậy khóa nào của tỉnh, thành phố.</source>
            <translation>No province key is trusted yet.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Khóa đang tin cậy của {prov}: {fp}.

Chỉ đặt lại khi tỉnh, thành phố đã đổi khóa và anh, chị đã gọi điện xác nhận. Gói mẫu tới sẽ hỏi xác nhận dấu vân tay khóa mới. Đặt lại?</source>
            <translation>Trusted key of {prov}: {fp}.

Reset it only when the province has changed its key and you have confirmed it by phone. The next template package will ask you to confirm the new key's fingerprint. Reset?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Đặt lại khóa tin cậy</source>
            <translation>Reset trusted key</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Đã quên khóa cũ. Khi nhập gói mẫu mới, hãy đối chiếu dấu vân tay qua điện thoại.</source>
            <translation>The old key was forgotten. When importing a new template package, check its fingerprint by phone.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Đã sao lưu và kiểm tra bản sao: {f}</source>
            <translation>Backed up and checked the copy: {f}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Chọn bản sao lưu</source>
            <translation>Choose a backup</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bản sao lưu KHCĐS (*.sqlite3)</source>
            <translation>KHCĐS backups (*.sqlite3)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Khôi phục dữ liệu từ bản sao lưu này? Dữ liệu hiện tại được sao lưu trước.</source>
            <translation>Restore data from this backup? The current data is backed up first.</translation>
        </message>
        <message>
            <location line="-258" />
            <source>Kế hoạch năm {y}</source>
            <translation>Plan for {y}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Kế hoạch: {s}</source>
            <translation>Plan: {s}</translation>
        </message>
        <message>
            <location line="+0" />
            <source> (chỉ xem)</source>
            <translation> (read-only)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Đã lưu lúc {t}</source>
            <translation>Saved at {t}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>✔ Kế hoạch đầy đủ, có thể in.</source>
            <translation>✔ The plan is complete and can be printed.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lỗi</source>
            <translation>Error</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lưu ý</source>
            <translation>Warning</translation>
        </message>
    </context>
    <context>
        <name>NewPlanDialog</name>
        <message>
            <location line="-554" />
            <source>Kế hoạch mới</source>
            <translation>New plan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Kế hoạch năm</source>
            <translation>Annual plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kế hoạch triển khai một văn bản (nghị quyết, kế hoạch cấp trên)</source>
            <translation>Plan implementing a document (resolution, superior plan)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kế hoạch cao điểm, chiến dịch (ví dụ: 100 ngày)</source>
            <translation>Peak plan, campaign (for example: 100 days)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Ủy ban nhân dân</source>
            <translation>People's Committee</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đảng ủy</source>
            <translation>Party Committee</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ban Chỉ đạo</source>
            <translation>Steering Committee</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ban Thường vụ Đảng ủy</source>
            <translation>Party Committee Standing Board</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Không theo mẫu: kế hoạch riêng của đơn vị</source>
            <translation>No template: the unit's own plan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Theo thời gian riêng (từ ngày ... đến ngày ...)</source>
            <translation>Own time span (from ... to ...)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Để trống: "Chuyển đổi số ... năm ..." (kế hoạch năm)</source>
            <translation>Leave blank: "Digital transformation ... year ..." (annual plan)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Để trống cho văn thư điền</source>
            <translation>Leave blank for the clerk to fill in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Loại kế hoạch:</source>
            <translation>Plan type:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cơ quan ban hành:</source>
            <translation>Issuing body:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mẫu kế hoạch của cấp trên:</source>
            <translation>Superior's plan template:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Năm kế hoạch:</source>
            <translation>Plan year:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Từ ngày:</source>
            <translation>From:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đến ngày:</source>
            <translation>To:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tên (trích yếu):</source>
            <translation>Title (summary):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số, ký hiệu:</source>
            <translation>Number, symbol:</translation>
        </message>
    </context>
    <context>
        <name>OwnTaskDialog</name>
        <message>
            <location filename="../../desktop/views/tasks_page.py" line="-43" />
            <source>Thêm nhiệm vụ của đơn vị</source>
            <translation>Add a task of the unit</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Văn phòng HĐND và UBND xã</source>
            <translation>Office of the commune People's Council and People's Committee</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Trụ cột:</source>
            <translation>&amp;Pillar:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Nội dung (*):</source>
            <translation>&amp;Content (*):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cơ quan &amp;chủ trì (*):</source>
            <translation>&amp;Lead agency (*):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Bắt đầu:</source>
            <translation>&amp;Start:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Hoàn thành:</source>
            <translation>&amp;Finish:</translation>
        </message>
    </context>
    <context>
        <name>PlanEditorPage</name>
        <message>
            <location filename="../../desktop/views/plan_editor.py" line="+353" />
            <source>Thông tin &amp;chung</source>
            <translation>&amp;General</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Căn cứ</source>
            <translation>&amp;Legal bases</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;hỉ tiêu</source>
            <translation>T&amp;argets</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Kinh phí</source>
            <translation>&amp;Funding</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Giải pháp, tổ chức thực hiện</source>
            <translation>&amp;Solutions, organisation</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Kế hoạch chuyển đổi số năm {y}</source>
            <translation>Digital transformation plan {y}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Trạng thái: {s}</source>
            <translation>Status: {s}</translation>
        </message>
        <message>
            <location line="+0" />
            <source> — chỉ xem</source>
            <translation> — read only</translation>
        </message>
    </context>
    <context>
        <name>ProvincePage</name>
        <message>
            <location filename="../../desktop/views/wizard.py" line="-248" />
            <source>Chào mừng đến với KHCĐS</source>
            <translation>Welcome to KHCĐS</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Chương trình giúp đơn vị lập, theo dõi và in kế hoạch chuyển đổi số hằng năm. Trước hết, đơn vị thuộc tỉnh, thành phố nào?</source>
            <translation>This program helps the unit draw up, track and print its annual digital transformation plan. First, which province or city is the unit in?</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Gõ tên tỉnh, thành phố (không cần dấu), ví dụ: hai phong</source>
            <translation>Type the province's name (accents optional), for example: hai phong</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Tỉnh, thành phố:</source>
            <translation>&amp;Province, city:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Hãy chọn tỉnh, thành phố trong danh sách (gõ tên rồi bấm Enter, hoặc bấm vào một dòng) để tiếp tục.</source>
            <translation>Choose a province from the list (type the name and press Enter, or click a row) to continue.</translation>
        </message>
    </context>
    <context>
        <name>ReportTextsDialog</name>
        <message>
            <location filename="../../desktop/views/report_texts.py" line="+31" />
            <source>Nội dung báo cáo — {p}</source>
            <translation>Report content — {p}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Chương trình đã soạn sẵn từ số liệu theo dõi; sửa lại bằng lời của đơn vị. Mỗi dòng là một đoạn trong báo cáo. Để trống một mục thì dùng lại bản soạn sẵn.</source>
            <translation>The program has drafted this from the tracking data; rewrite it in the unit's own words. Each line is a paragraph of the report. Leave an item blank to use the draft.</translation>
        </message>
    </context>
    <context>
        <name>ScorecardDialog</name>
        <message>
            <location filename="../../desktop/views/scorecard.py" line="+15" />
            <source>Tự chấm điểm chuyển đổi số</source>
            <translation>Digital transformation self-assessment</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tự chấm điểm theo bộ tiêu chí</source>
            <translation>Self-assessment against a set of criteria</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bộ tiêu chí:</source>
            <translation>Criteria set:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Kỳ:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Lấy số liệu từ &amp;theo dõi kế hoạch</source>
            <translation>Take figures from plan &amp;tracking</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tiêu chí</source>
            <translation>Criterion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cách tính</source>
            <translation>Method</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tối đa</source>
            <translation>Maximum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Giá trị</source>
            <translation>Value</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Không áp dụng</source>
            <translation>Not applicable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Điểm</source>
            <translation>Score</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minh chứng</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cần bổ sung</source>
            <translation>Missing</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Thêm &amp;tệp minh chứng...</source>
            <translation>Add evidence &amp;file...</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Thêm &amp;văn bản minh chứng...</source>
            <translation>Add evidence &amp;document...</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dùng minh chứng của &amp;nhiệm vụ...</source>
            <translation>Use a &amp;task's evidence...</translation>
        </message>
        <message>
            <location line="+122" />
            <source>điểm thưởng, tối đa</source>
            <translation>bonus points, at most</translation>
        </message>
        <message>
            <location line="+0" />
            <source>điểm trừ, tối đa</source>
            <translation>penalty points, at most</translation>
        </message>
        <message>
            <location line="+1" />
            <source>tối đa</source>
            <translation>at most</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Ghi: {how}</source>
            <translation>Enter: {how}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>thiếu minh chứng: {what}</source>
            <translation>missing evidence: {what}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Tổng điểm: {t}/{m} (điểm các nhóm chính {p}/{pm}, thưởng {b}, trừ {d}); xếp loại: {g}; còn {n} tiêu chí chưa chấm được</source>
            <translation>Total score: {t}/{m} (main groups {p}/{pm}, bonus {b}, penalty {d}); grade: {g}; {n} criteria not yet scored</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Hãy chọn một tiêu chí trong bảng trước.</source>
            <translation>Choose a criterion in the table first.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Đã điền số liệu từ theo dõi kế hoạch:
{lines}</source>
            <translation>Filled in figures from plan tracking:
{lines}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Không có tiêu chí nào cần điền thêm từ theo dõi kế hoạch.</source>
            <translation>No criterion needs more figures from plan tracking.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Chọn tệp minh chứng cho tiêu chí {id}</source>
            <translation>Choose an evidence file for criterion {id}</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Các nhiệm vụ của kế hoạch năm này chưa có minh chứng nào.</source>
            <translation>This year's plan tasks have no evidence yet.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Minh chứng của nhiệm vụ</source>
            <translation>Task evidence</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chọn minh chứng dùng cho tiêu chí {id}:</source>
            <translation>Choose the evidence to use for criterion {id}:</translation>
        </message>
    </context>
    <context>
        <name>ScoresPage</name>
        <message>
            <location filename="../../desktop/views/city_scores.py" line="+19" />
            <source>Bộ tiêu chí:</source>
            <translation>Criteria set:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Kỳ:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Hạng</source>
            <translation>Rank</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Điểm tự chấm</source>
            <translation>Self-assessed score</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Điểm thẩm định</source>
            <translation>Reviewed score</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Xếp loại</source>
            <translation>Grade</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tiêu chí chưa chấm</source>
            <translation>Criteria not scored</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Thẩm định tiêu chí...</source>
            <translation>&amp;Review a criterion...</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Báo cáo &amp;chấm điểm...</source>
            <translation>Scoring &amp;report...</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bảng &amp;điểm XLSX...</source>
            <translation>XLSX score &amp;table...</translation>
        </message>
        <message>
            <location line="+83" />
            <source>Chưa nhận bản tự chấm điểm nào. Bản tự chấm đi kèm tệp kế hoạch năm của các đơn vị.</source>
            <translation>No self-assessment received yet. Self-assessments come with the units' annual plan files.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{n} đơn vị; điểm bình quân {avg} (chỉ số {norm}); cao nhất {hi}, thấp nhất {lo}.</source>
            <translation>{n} units; average score {avg} (index {norm}); highest {hi}, lowest {lo}.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Điểm của {unit} qua các kỳ: {rows}</source>
            <translation>Scores of {unit} over the periods: {rows}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Hãy chọn một đơn vị trong bảng trước.</source>
            <translation>Choose a unit in the table first.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Chưa có bản tự chấm điểm nào để lập báo cáo.</source>
            <translation>There is no self-assessment to report on yet.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tệp PDF (*.pdf);;Tệp Word (*.docx)</source>
            <translation>PDF files (*.pdf);;Word files (*.docx)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bảng tính Excel (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lưu</source>
            <translation>Save</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Không ghi được tệp {file}: {err}</source>
            <translation>Could not write the file {file}: {err}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Đã lưu {file}</source>
            <translation>Saved {file}</translation>
        </message>
    </context>
    <context>
        <name>SignersPage</name>
        <message>
            <location filename="../../desktop/views/wizard.py" line="+222" />
            <source>Người ký</source>
            <translation>Signers</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Họ tên lãnh đạo ký kế hoạch. Có thể để trống và điền sau trong phần Kế hoạch.</source>
            <translation>Name of the leader who signs the plan. It can be left blank and filled in later in the Plan section.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ví dụ: Nguyễn Văn A</source>
            <translation>For example: Nguyễn Văn A</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ví dụ: Trần Thị B</source>
            <translation>For example: Trần Thị B</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Chủ tịch ký (TM. Ủy ban nhân dân)</source>
            <translation>The Chairperson signs (on behalf of the People's Committee)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phó Chủ tịch ký thay (KT. Chủ tịch)</source>
            <translation>A Vice-Chairperson signs for the Chairperson</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Họ tên &amp;Chủ tịch:</source>
            <translation>&amp;Chairperson's name:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Họ tên &amp;Phó Chủ tịch:</source>
            <translation>&amp;Vice-Chairperson's name:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Ai ký kế hoạch:</source>
            <translation>&amp;Who signs the plan:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Khi in, dưới chữ ký sẽ có dòng "TM. ỦY BAN NHÂN DÂN" và chức danh.</source>
            <translation>When printed, the signature has the line "TM. ỦY BAN NHÂN DÂN" and the title below it.</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../../desktop/views/main_window.py" line="-150" />
            <source>Gửi dữ liệu cho thành phố</source>
            <translation>Send data to the city</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tạo một tệp chứa kế hoạch và tiến độ của đơn vị (có chữ ký số của thư mục dữ liệu), rồi gửi tệp đó cho Sở Khoa học và Công nghệ qua thư điện tử hoặc hệ thống quản lý văn bản.</source>
            <translation>Create a file with the unit's plan and progress (digitally signed by the data folder), then send it to the Department of Science and Technology by e-mail or the document management system.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Tạo tệp gửi thành phố...</source>
            <translation>&amp;Create the file for the city...</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Dấu vân tay khóa ký của đơn vị (đọc cho thành phố qua điện thoại khi gửi lần đầu):</source>
            <translation>The unit's signing key fingerprint (read it to the city over the phone the first time you send):</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Chưa gửi lần nào.</source>
            <translation>Never sent.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Các lần đã gửi</source>
            <translation>Earlier submissions</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lần</source>
            <translation>No.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Thời gian</source>
            <translation>Time</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tệp</source>
            <translation>File</translation>
        </message>
    </context>
    <context>
        <name>TargetBars</name>
        <message>
            <location filename="../../desktop/views/dashboard.py" line="-93" />
            <source>chưa đo</source>
            <translation>not measured</translation>
        </message>
    </context>
    <context>
        <name>TargetsMeasureTab</name>
        <message>
            <location filename="../../desktop/views/tracking.py" line="+109" />
            <source>Ghi giá trị đo được của từng chỉ tiêu vào cuối mỗi quý (bấm đúp vào ô). Ô xanh: đạt mức của đơn vị; ô đỏ: chưa đạt.</source>
            <translation>Enter each target's measured value at the end of every quarter (double-click a cell). Green cell: the unit's level is met; red cell: not met.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Chỉ tiêu</source>
            <translation>Target</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Đơn vị tính</source>
            <translation>Unit of measure</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mức của đơn vị</source>
            <translation>Unit's level</translation>
        </message>
    </context>
    <context>
        <name>TargetsTab</name>
        <message>
            <location filename="../../desktop/views/plan_editor.py" line="-349" />
            <source>Mức của đơn vị không được thấp hơn mức thành phố giao cho cấp xã. Bấm đúp vào ô "Mức của đơn vị" để sửa.</source>
            <translation>The unit's level may not be lower than the level the city assigns to communes. Double-click the "Unit's level" cell to edit it.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Chỉ tiêu</source>
            <translation>Target</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đơn vị tính</source>
            <translation>Unit of measure</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yêu cầu</source>
            <translation>Requirement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mức thành phố giao</source>
            <translation>City's level</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mức của đơn vị</source>
            <translation>Unit's level</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lưu ý</source>
            <translation>Warning</translation>
        </message>
        <message>
            <location line="+31" />
            <source>⚠ Thấp hơn mức thành phố giao</source>
            <translation>⚠ Lower than the city's level</translation>
        </message>
        <message>
            <location line="+2" />
            <source>⚠ Chưa có giá trị</source>
            <translation>⚠ No value yet</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Bấm đúp để sửa</source>
            <translation>Double-click to edit</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+2" />
            <source>Sửa mức chỉ tiêu</source>
            <translation>Edit target level</translation>
        </message>
    </context>
    <context>
        <name>TaskForm</name>
        <message>
            <location filename="../../desktop/views/tasks_page.py" line="+82" />
            <source>triệu đồng, ví dụ 185,5</source>
            <translation>million dong, for example 185,5</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bắt đầu:</source>
            <translation>Start:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hoàn thành:</source>
            <translation>Finish:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kinh phí:</source>
            <translation>Funding:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nội dung (*):</source>
            <translation>Content (*):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chủ trì (*):</source>
            <translation>Lead (*):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phối hợp:</source>
            <translation>In cooperation with:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thời gian:</source>
            <translation>Time:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sản phẩm:</source>
            <translation>Output:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>ngày/tháng/năm, ví dụ 10/02/2026</source>
            <translation>day/month/year, for example 10/02/2026</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Hướng dẫn:</source>
            <translation>Guidance:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sửa nội dung nhiệm vụ</source>
            <translation>Edit task content</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sửa cơ quan chủ trì</source>
            <translation>Edit lead agency</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sửa cơ quan phối hợp</source>
            <translation>Edit cooperating agencies</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sửa sản phẩm</source>
            <translation>Edit output</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sửa thời gian bắt đầu</source>
            <translation>Edit start time</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sửa thời gian hoàn thành</source>
            <translation>Edit finish time</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Sửa kinh phí nhiệm vụ</source>
            <translation>Edit task funding</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Ngày "{t}" không hợp lệ: ghi ngày/tháng/năm, ví dụ 10/02/2026.</source>
            <translation>The date "{t}" is not valid: write day/month/year, for example 10/02/2026.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ghi ngày sự kiện của thời hạn</source>
            <translation>Enter the date of the deadline's event</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Ngày "{event}" (hạn: {rule}):</source>
            <translation>Date of "{event}" (deadline: {rule}):</translation>
        </message>
    </context>
    <context>
        <name>TaskTableModel</name>
        <message>
            <location filename="../../desktop/views/tasks_model.py" line="+77" />
            <source>STT</source>
            <translation>No.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nội dung nhiệm vụ</source>
            <translation>Task</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trụ cột</source>
            <translation>Pillar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chủ trì</source>
            <translation>Lead</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phối hợp</source>
            <translation>In cooperation with</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bắt đầu</source>
            <translation>Start</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hoàn thành</source>
            <translation>Finish</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sản phẩm</source>
            <translation>Output</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kinh phí (tr.đ)</source>
            <translation>Funding (million dong)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tiến độ</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cập nhật</source>
            <translation>Update</translation>
        </message>
        <message>
            <location line="+75" />
            <source>Quá hạn: phải xong trước {d}</source>
            <translation>Overdue: must be done before {d}</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Không áp dụng</source>
            <translation>Not applicable</translation>
        </message>
    </context>
    <context>
        <name>TasksPage</name>
        <message>
            <location filename="../../desktop/views/tasks_page.py" line="-136" />
            <source>Nhiệm vụ đã chọn</source>
            <translation>Selected task</translation>
        </message>
        <message>
            <location line="+157" />
            <source>Nhiệm vụ của kế hoạch</source>
            <translation>The plan's tasks</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nhiệm vụ thành phố giao cho cấp xã đã được đưa sẵn vào. Bỏ việc không làm ("Không áp dụng"), thêm việc riêng của đơn vị, và ghi rõ ai chủ trì, khi nào xong.</source>
            <translation>The tasks the city assigns to communes are already in. Drop the ones you will not do ("Not applicable"), add the unit's own tasks, and state who leads and when each is done.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Tìm nhiệm vụ (không cần dấu)...  Ctrl+F</source>
            <translation>Search tasks (accents optional)...  Ctrl+F</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Thêm nhiệm vụ &amp;riêng...</source>
            <translation>Add &amp;own task...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thêm từ &amp;mẫu thành phố...</source>
            <translation>Add from city &amp;template...</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+111" />
            <source>&amp;Không áp dụng</source>
            <translation>&amp;Not applicable</translation>
        </message>
        <message>
            <location line="-59" />
            <source>Kế hoạch do đơn vị tự lập, không theo mẫu: thêm nhiệm vụ bằng nút "Thêm nhiệm vụ riêng...".</source>
            <translation>The unit's own plan, without a template: add tasks with the "Add own task..." button.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Tất cả ({n})</source>
            <translation>All ({n})</translation>
        </message>
        <message>
            <location line="+48" />
            <source>&amp;Xóa nhiệm vụ</source>
            <translation>&amp;Delete task</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Áp dụng lại</source>
            <translation>&amp;Apply again</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Xóa nhiệm vụ riêng</source>
            <translation>Delete own task</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+81" />
            <source>Áp dụng nhiệm vụ</source>
            <translation>Apply task</translation>
        </message>
        <message>
            <location line="-81" />
            <source>Không áp dụng nhiệm vụ</source>
            <translation>Do not apply task</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Thêm nhiệm vụ riêng</source>
            <translation>Add own task</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Mọi nhiệm vụ của kế hoạch thành phố đã có trong kế hoạch của đơn vị. Nhiệm vụ đã bỏ (không áp dụng) được áp dụng lại bằng nút "Áp dụng lại".</source>
            <translation>Every task of the city's plan is already in the unit's plan. Dropped (not applicable) tasks are applied again with the "Apply again" button.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Thêm {n} nhiệm vụ từ mẫu</source>
            <translation>Add {n} tasks from the template</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <location filename="../../desktop/views/template_editor.py" line="+133" />
            <source>Soạn mẫu kế hoạch của tỉnh, thành phố</source>
            <translation>Write the province's plan template</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Thư mục tổng hợp toàn quốc không phát hành mẫu kế hoạch: mẫu do từng tỉnh, thành phố phát hành.</source>
            <translation>The national consolidation folder does not publish plan templates: each province publishes its own.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Văn bản</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Căn cứ, mục tiêu</source>
            <translation>Legal bases, objectives</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+159" />
            <location line="+80" />
            <location line="+9" />
            <source>Nội dung</source>
            <translation>Content</translation>
        </message>
        <message>
            <location line="-247" />
            <location line="+172" />
            <source>Chỉ tiêu</source>
            <translation>Target</translation>
        </message>
        <message>
            <location line="-171" />
            <location line="+208" />
            <source>Nhiệm vụ</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <location line="-207" />
            <source>Kinh phí</source>
            <translation>Funding</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chế độ báo cáo</source>
            <translation>Reporting rules</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Bộ tiêu chí chấm điểm</source>
            <translation>Scoring criteria</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Mở bản thảo...</source>
            <translation>Open draft...</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Phiên bản mới của mẫu đã có...</source>
            <translation>A new version of the template exists...</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lưu bản thảo...</source>
            <translation>Save draft...</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Chạy thử (không ghi gì)</source>
            <translation>Dry run (writes nothing)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Phát hành có chữ ký...</source>
            <translation>Publish signed...</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
        <message>
            <location line="+30" />
            <source>ví dụ: ls-12-2026</source>
            <translation>for example: ls-12-2026</translation>
        </message>
        <message>
            <location line="+12" />
            <source>ví dụ: 12/KH-UBND</source>
            <translation>for example: 12/KH-UBND</translation>
        </message>
        <message>
            <location line="+3" />
            <source>ngày/tháng/năm, ví dụ 15/01/2026</source>
            <translation>day/month/year, for example 15/01/2026</translation>
        </message>
        <message>
            <location line="+7" />
            <source>2026, 2026-2030 hoặc 01/01/2026-31/12/2026</source>
            <translation>2026, 2026-2030 or 01/01/2026-31/12/2026</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Mỗi nơi nhận một dòng</source>
            <translation>One recipient per line</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mã mẫu:</source>
            <translation>Template code:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phiên bản:</source>
            <translation>Version:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Loại văn bản:</source>
            <translation>Document type:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số, ký hiệu:</source>
            <translation>Number, symbol:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ngày ban hành:</source>
            <translation>Issue date:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cơ quan ban hành:</source>
            <translation>Issuing body:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Địa danh:</source>
            <translation>Place name:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trích yếu:</source>
            <translation>Summary:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thời kỳ:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thẩm quyền ký:</source>
            <translation>Signing authority:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ký thay:</source>
            <translation>Signing for:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chức vụ người ký:</source>
            <translation>Signer's title:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Họ tên người ký:</source>
            <translation>Signer's name:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nơi nhận:</source>
            <translation>Recipients:</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Căn cứ (mỗi văn bản một dòng):</source>
            <translation>Legal bases (one document per line):</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Mục tiêu chung (mỗi ý một dòng):</source>
            <translation>General objectives (one point per line):</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Loại</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Số</source>
            <translation>No.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tiêu đề</source>
            <translation>Title</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+35" />
            <location line="+32" />
            <source>Nhóm</source>
            <translation>Group</translation>
        </message>
        <message>
            <location line="-65" />
            <source>Đơn vị tính</source>
            <translation>Unit of measure</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chiều (tối thiểu, tối đa, đúng bằng)</source>
            <translation>Direction (at least, at most, exactly)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mức cấp xã</source>
            <translation>Commune level</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mức cấp tỉnh</source>
            <translation>Province level</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Mỗi dòng một nhiệm vụ; các dòng cùng số nhóm là một nhóm. Thời hạn: {ex}. Cấp xã: ghi "x" nếu giao cho mọi xã, phường; Đơn vị: mã xã khi chỉ giao cho một vài xã.</source>
            <translation>One task per line; lines with the same group number form a group. Deadline: {ex}. Commune: write "x" if assigned to every commune and ward; Unit: the commune codes when assigned to only some communes.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Tên nhóm</source>
            <translation>Group name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>STT</source>
            <translation>No.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>NV cấp trên</source>
            <translation>Superior's task</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chủ trì</source>
            <translation>Lead</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phối hợp</source>
            <translation>In cooperation with</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sản phẩm</source>
            <translation>Output</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thời hạn</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cấp xã</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đơn vị (mã)</source>
            <translation>Unit (code)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chủ trì ở cấp xã</source>
            <translation>Lead at commune level</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Đọc bảng nhiệm vụ (XLSX, DOCX)...</source>
            <translation>Read a task table (XLSX, DOCX)...</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+377" />
            <source>Kinh phí (triệu đồng)</source>
            <translation>Funding (million dong)</translation>
        </message>
        <message>
            <location line="-368" />
            <source>Kỳ</source>
            <translation>Period</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hạn (ngày/tháng)</source>
            <translation>Due (day/month)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Thêm dòng</source>
            <translation>Add row</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Xóa dòng</source>
            <translation>Delete row</translation>
        </message>
        <message>
            <location line="+124" />
            <source>Bảng kinh phí của mẫu có nhiều phần hoặc nhiều cột: giữ nguyên như bản gốc; sửa ở đây thì bảng được thay bằng một cột "Kinh phí".</source>
            <translation>The template's funding table has several parts or columns: it is kept as in the original; editing it here replaces the table with one "Funding" column.</translation>
        </message>
        <message>
            <location line="+189" />
            <source>Thời hạn: ghi {ex}</source>
            <translation>Deadline: write {ex}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lưu ý — Nhóm {g}, nhiệm vụ {n}, Thời hạn: "{t}" không tính được hạn, sẽ in nguyên chữ. Ví dụ: {ex}</source>
            <translation>Note — Group {g}, task {n}, Deadline: "{t}" gives no computable date and will be printed as written. Example: {ex}</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Kinh phí thực hiện</source>
            <translation>Implementation funding</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Phiên bản chương trình đề xuất: {v}</source>
            <translation>Suggested version: {v}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mẫu mới: phiên bản 1</source>
            <translation>New template: version 1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Phiên bản {v} đã phát hành: mẫu mới phải là phiên bản {p}.</source>
            <translation>Version {v} was already published: the new template must be version {p}.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Chưa phát hành được: {n} lỗi cần sửa (bấm vào dòng để xem).</source>
            <translation>Cannot publish yet: {n} errors to fix (click a row to see).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Mẫu hợp lệ: {g} nhóm, {n} nhiệm vụ, {k} chỉ tiêu.</source>
            <translation>Valid template: {g} groups, {n} tasks, {k} targets.</translation>
        </message>
        <message>
            <location line="+85" />
            <source>Chọn bảng nhiệm vụ của tỉnh</source>
            <translation>Choose the province's task table</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bảng nhiệm vụ (*.xlsx *.docx)</source>
            <translation>Task tables (*.xlsx *.docx)</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Đã đọc {file}: {g} nhóm, {n} nhiệm vụ.</source>
            <translation>Read {file}: {g} groups, {n} tasks.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Chưa đọc được:</source>
            <translation>Could not read:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>bản thảo</source>
            <translation>draft</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Chạy thử: không ghi gì</source>
            <translation>Dry run: nothing written</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Lưu gói mẫu có chữ ký</source>
            <translation>Save the signed template package</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Gói mẫu kế hoạch (*.khcdst)</source>
            <translation>Plan template packages (*.khcdst)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Mẫu còn lỗi, chưa phát hành:</source>
            <translation>The template still has errors and was not published:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Phát hành {id} phiên bản {v} ({n} nhiệm vụ), ký bằng khóa của thư mục này? Các xã, phường sẽ nhập gói này.</source>
            <translation>Publish {id} version {v} ({n} tasks), signed with this folder's key? Communes and wards will import this package.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Phát hành mẫu kế hoạch</source>
            <translation>Publish the plan template</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Đã phát hành {id} phiên bản {v}: {file}.
Dấu vân tay khóa ký (đọc cho các xã khi họ gọi điện đối chiếu): {fp}</source>
            <translation>Published {id} version {v}: {file}.
Signing key fingerprint (read it to the communes when they call to check): {fp}</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Chưa có mẫu nào của tỉnh, thành phố này.</source>
            <translation>This province has no template yet.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Phiên bản mới của mẫu</source>
            <translation>New version of the template</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mẫu:</source>
            <translation>Template:</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Lưu bản thảo</source>
            <translation>Save draft</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+16" />
            <source>Bản thảo mẫu (*.json)</source>
            <translation>Template drafts (*.json)</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Không ghi được {file}: {err}</source>
            <translation>Could not write {file}: {err}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Mở bản thảo</source>
            <translation>Open draft</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Tệp {file} không phải bản thảo mẫu kế hoạch (JSON).</source>
            <translation>The file {file} is not a plan template draft (JSON).</translation>
        </message>
    </context>
    <context>
        <name>TemplatePage</name>
        <message>
            <location filename="../../desktop/views/wizard.py" line="+7" />
            <source>Kế hoạch của tỉnh, thành phố (mẫu)</source>
            <translation>The province's plan (template)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Chọn kế hoạch của tỉnh, thành phố mà đơn vị triển khai. Các nhiệm vụ giao cho cấp xã sẽ được đưa sẵn vào kế hoạch.</source>
            <translation>Choose the province's plan that the unit implements. The tasks assigned to communes will be put into the plan.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Hiện cả mẫu của tỉnh, thành phố khác</source>
            <translation>Also show other provinces' templates</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chọn &amp;tệp mẫu do tỉnh, thành phố gửi...</source>
            <translation>Choose the template &amp;file sent by the province...</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tự lập &amp;kế hoạch (tỉnh, thành phố chưa ban hành mẫu)</source>
            <translation>Write our own &amp;plan (the province has issued no template)</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Chưa có mẫu kế hoạch của {prov} trên máy này: bấm "Chọn tệp mẫu do tỉnh, thành phố gửi..." để mở gói mẫu (.khcdst) mà tỉnh, thành phố đã gửi, hoặc chọn "Tự lập kế hoạch" để tự thêm nhiệm vụ.</source>
            <translation>This computer has no plan template of {prov}: click "Choose the template file sent by the province..." to open the template package (.khcdst) the province sent, or choose "Write our own plan" to add the tasks yourself.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Gói mẫu của tỉnh, thành phố (*.khcdst);;Mẫu kế hoạch (*.json);;Mọi tệp (*)</source>
            <translation>Province template packages (*.khcdst);;Plan templates (*.json);;All files (*)</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Gói mẫu {id} phiên bản {v}
Do {issuer} ({prov}) phát hành.

Dấu vân tay khóa ký:
{fp}

Hãy gọi điện cho {issuer} để đọc đối chiếu dấu vân tay. Dấu vân tay khớp và nhập gói mẫu này?</source>
            <translation>Template package {id} version {v}
Published by {issuer} ({prov}).

Signing key fingerprint:
{fp}

Call {issuer} to read and check the fingerprint. Does the fingerprint match, and import this template package?</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Gói mẫu kế hoạch của tỉnh, thành phố</source>
            <translation>Province's plan template package</translation>
        </message>
        <message>
            <location line="-90" />
            <source>{issuer}, {period}; {n} nhiệm vụ cho cấp xã</source>
            <translation>{issuer}, {period}; {n} tasks for communes</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Chọn tệp mẫu kế hoạch</source>
            <translation>Choose a plan template file</translation>
        </message>
    </context>
    <context>
        <name>TextsTab</name>
        <message>
            <location filename="../../desktop/views/plan_editor.py" line="+175" />
            <source>Nội dung lấy sẵn từ kế hoạch của thành phố; sửa cho phù hợp với đơn vị. Tự động lưu khi bạn ngừng gõ.</source>
            <translation>The content is taken from the city's plan; adapt it to the unit. It is saved automatically when you stop typing.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Sửa mục "{t}"</source>
            <translation>Edit the section "{t}"</translation>
        </message>
    </context>
    <context>
        <name>TrackingPage</name>
        <message>
            <location filename="../../desktop/views/tracking.py" line="+59" />
            <source>Theo dõi thực hiện</source>
            <translation>Progress tracking</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Tìm nhiệm vụ, cơ quan (không cần dấu)...  Ctrl+F</source>
            <translation>Search tasks, agencies (accents optional)...  Ctrl+F</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Mọi trạng thái</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Chỉ việc &amp;chậm</source>
            <translation>Late &amp;only</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cập nhật tiến độ...</source>
            <translation>&amp;Update progress...</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ctrl+U hoặc bấm đúp vào nhiệm vụ</source>
            <translation>Ctrl+U or double-click a task</translation>
        </message>
        <message>
            <location line="+56" />
            <source>&amp;Nhiệm vụ</source>
            <translation>&amp;Tasks</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Chỉ &amp;tiêu theo quý</source>
            <translation>&amp;Targets by quarter</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Mọi trụ cột</source>
            <translation>All pillars</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Hôm nay: {d} ({q})</source>
            <translation>Today: {d} ({q})</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Đang hiện {shown}/{total} nhiệm vụ. {late} việc chậm tiến độ (tô đỏ); {due} việc phải xong trong {q}.</source>
            <translation>Showing {shown}/{total} tasks. {late} late (in red); {due} due in {q}.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Chọn một nhiệm vụ để xem quá trình thực hiện.</source>
            <translation>Choose a task to see its history.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Không tìm thấy tệp minh chứng trong thư mục dữ liệu.</source>
            <translation>The evidence file was not found in the data folder.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hãy chọn một nhiệm vụ trong danh sách trước.</source>
            <translation>Choose a task in the list first.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Không lưu được cập nhật: {e}</source>
            <translation>Could not save the update: {e}</translation>
        </message>
    </context>
    <context>
        <name>UnitDetailDialog</name>
        <message>
            <location filename="../../desktop/views/city_window.py" line="-429" />
            <source>Chưa gửi dữ liệu năm {y}.</source>
            <translation>No data sent for {y} yet.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lần gửi {r}, tạo lúc {t}, mẫu {tpl}, trạng thái kế hoạch: {s}. Dấu vân tay khóa: {fp}</source>
            <translation>Submission {r}, created at {t}, template {tpl}, plan status: {s}. Key fingerprint: {fp}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Trụ cột</source>
            <translation>Pillar</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+25" />
            <source>Nhiệm vụ</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Tình trạng</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hoàn thành</source>
            <translation>Finish</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cờ</source>
            <translation>Flag</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+16" />
            <source>Chỉ tiêu</source>
            <translation>Target</translation>
        </message>
        <message>
            <location line="-16" />
            <source>Mức giao</source>
            <translation>Assigned value</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Đơn vị đặt</source>
            <translation>Unit's own</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Số đo gần nhất</source>
            <translation>Latest measurement</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Năm</source>
            <translation>Year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lần gửi</source>
            <translation>Submission</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kết quả</source>
            <translation>Result</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tạo lúc</source>
            <translation>Created at</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nhận lúc</source>
            <translation>Received at</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tệp</source>
            <translation>File</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Lịch sử gửi</source>
            <translation>Submission history</translation>
        </message>
    </context>
    <context>
        <name>UnitPage</name>
        <message>
            <location filename="../../desktop/views/wizard.py" line="-288" />
            <source>Xã, phường, đặc khu</source>
            <translation>Commune, ward, special zone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gõ vài chữ của tên đơn vị, có dấu hay không đều được (ví dụ: an lao).</source>
            <translation>Type a few letters of the unit's name, with or without accents (for example: an lao).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tìm đơn vị...</source>
            <translation>Search units...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tên đơn vị:</source>
            <translation>Unit &amp;name:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Đơn vị &amp;khác: huyện, quận (kế hoạch trước 01/7/2025), sở, ngành...</source>
            <translation>&amp;Other unit: district (plans before 01/7/2025), department, sector...</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tên đơn vị, ví dụ: Huyện An Lão</source>
            <translation>Unit name, for example: Huyện An Lão</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Hãy gõ tên đơn vị (ít nhất 3 chữ) để tiếp tục.</source>
            <translation>Type the unit's name (at least 3 letters) to continue.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hãy chọn đơn vị trong danh sách để tiếp tục.</source>
            <translation>Choose the unit in the list to continue.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{n} đơn vị phù hợp.</source>
            <translation>{n} matching units.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Không tìm thấy đơn vị nào. Hãy thử gõ ít chữ hơn.</source>
            <translation>No unit found. Try typing fewer letters.</translation>
        </message>
    </context>
    <context>
        <name>UpdateDialog</name>
        <message>
            <location filename="../../desktop/views/update_dialog.py" line="+51" />
            <source>Cập nhật tiến độ nhiệm vụ</source>
            <translation>Update task progress</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Chủ trì: {lead}. Hoàn thành: {finish}. Hiện nay: {status}, {pct}%.</source>
            <translation>Lead: {lead}. Finish: {finish}. Now: {status}, {pct}%.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Đã làm được gì, khó khăn, đề xuất...</source>
            <translation>What was done, difficulties, proposals...</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Kỳ báo cáo:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Ngày cập nhật:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Trạng thái:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tỷ lệ hoàn thành:</source>
            <translation>Percent done:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Ghi chú:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Minh chứng (không bắt buộc)</source>
            <translation>Evidence (optional)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Thêm &amp;tệp...</source>
            <translation>Add &amp;file...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bỏ tệp đã chọn</source>
            <translation>Remove selected file</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tệp (biên bản, ảnh, văn bản scan) — được sao vào thư mục dữ liệu:</source>
            <translation>Files (minutes, photos, scanned documents) — copied into the data folder:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hoặc văn bản đã ban hành:</source>
            <translation>Or an issued document:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Số, ký hiệu: 12/QĐ-UBND</source>
            <translation>Number, symbol: 12/QĐ-UBND</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Trích yếu</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cập nhật được ghi ngay vào nhật ký tiến độ và không hoàn tác bằng Ctrl+Z; nếu ghi nhầm, hãy lưu một cập nhật mới cho cùng kỳ.</source>
            <translation>Updates are written to the progress log at once and are not undone with Ctrl+Z; if you made a mistake, save a new update for the same period.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Chọn tệp minh chứng</source>
            <translation>Choose an evidence file</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../desktop/views/undo.py" line="+67" />
            <source>Không lưu được thay đổi: {e}</source>
            <translation>Could not save the change: {e}</translation>
        </message>
    </context>
    <context>
        <name>YearPage</name>
        <message>
            <location filename="../../desktop/views/wizard.py" line="+297" />
            <source>Năm kế hoạch</source>
            <translation>Plan year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kế hoạch này là cho năm nào? Bấm "Hoàn tất" để tạo kế hoạch.</source>
            <translation>Which year is this plan for? Click "Finish" to create the plan.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Năm:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Năm {y} nằm ngoài thời kỳ của kế hoạch mẫu ({a}–{b}).</source>
            <translation>The year {y} is outside the template plan's period ({a}–{b}).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Kế hoạch mẫu đã chọn là của {p}, không phải của tỉnh, thành phố của đơn vị.</source>
            <translation>The chosen template plan belongs to {p}, not to the unit's province.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Vẫn tạo kế hoạch như vậy?</source>
            <translation>Create the plan anyway?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kiểm tra lại</source>
            <translation>Check again</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&lt;p&gt;Sẽ tạo kế hoạch chuyển đổi số do &lt;b&gt;{unit}&lt;/b&gt; tự lập (chưa có nhiệm vụ).&lt;/p&gt;&lt;p&gt;Sau đó, chương trình mở phần &lt;b&gt;Kế hoạch&lt;/b&gt; để đơn vị thêm nhiệm vụ.&lt;/p&gt;</source>
            <translation>&lt;p&gt;A digital transformation plan written by &lt;b&gt;{unit}&lt;/b&gt; itself will be created (no tasks yet).&lt;/p&gt;&lt;p&gt;Then the program opens the &lt;b&gt;Plan&lt;/b&gt; section for the unit to add its tasks.&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&lt;p&gt;Sẽ tạo kế hoạch chuyển đổi số của &lt;b&gt;{unit}&lt;/b&gt; theo:&lt;br&gt;{tmpl}&lt;/p&gt;&lt;p&gt;Sau đó, chương trình mở phần &lt;b&gt;Kế hoạch&lt;/b&gt; để đơn vị xem lại và sửa.&lt;/p&gt;</source>
            <translation>&lt;p&gt;This will create the digital transformation plan of &lt;b&gt;{unit}&lt;/b&gt; following:&lt;br&gt;{tmpl}&lt;/p&gt;&lt;p&gt;Then the program opens the &lt;b&gt;Plan&lt;/b&gt; section for the unit to review and edit.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <location filename="../../desktop/app.py" line="106" />
            <source>Lỗi</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="46" />
            <source>cách dùng:</source>
            <translation>usage:</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="53" />
            <source>tùy chọn:</source>
            <translation>options:</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="54" />
            <source>tham số:</source>
            <translation>positional arguments:</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="55" />
            <source>xem hướng dẫn này</source>
            <translation>show this help message and exit</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="74" />
            <source>KHCĐS: lập, theo dõi và báo cáo kế hoạch chuyển đổi số.</source>
            <translation>KHCĐS: draw up, track and report digital transformation plans.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="76" />
            <source>in số phiên bản</source>
            <translation>print the version number</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="77" />
            <source>thư mục dữ liệu (mặc định: thư mục dữ liệu của người dùng)</source>
            <translation>data folder (default: the user's data folder)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="78" />
            <source>cơ sở dữ liệu khác SQLite (chế độ thành phố, PostgreSQL)</source>
            <translation>a database other than SQLite (city mode, PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="79" />
            <source>ngôn ngữ giao diện: vi (mặc định) hoặc en</source>
            <translation>interface language: vi (default) or en</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="81" />
            <source>mở cửa sổ và nhập tệp này (.khcds ở chế độ thành phố, .khcdst ở đơn vị)</source>
            <translation>open the window and import this file (.khcds in city mode, .khcdst in a unit)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="151" />
            <source>Lỗi cú pháp lệnh: {msg}. Xem: khcds --help</source>
            <translation>Command syntax error: {msg}. See: khcds --help</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="178" />
            <source>Đã dừng theo yêu cầu.</source>
            <translation>Stopped as requested.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="186" />
            <source>Không ghi hoặc đọc được tệp{where}: {err}.</source>
            <translation>Could not write or read the file{where}: {err}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="202" />
            <source>thiếu tham số bắt buộc</source>
            <translation>the following arguments are required</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="203" />
            <source>tham số không hiểu được</source>
            <translation>unrecognized arguments</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="204" />
            <source>lựa chọn không hợp lệ</source>
            <translation>invalid choice</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="205" />
            <source>cần một giá trị</source>
            <translation>expected one argument</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="206" />
            <source>không phải số nguyên</source>
            <translation>invalid int value</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="207" />
            <source>chọn một trong</source>
            <translation>choose from</translation>
        </message>
        <message>
            <location filename="../../desktop/cli.py" line="208" />
            <source>tham số</source>
            <translation>argument</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="24" />
            <source>số hiệu kế hoạch (xem: khcds plan list)</source>
            <translation>plan id (see: khcds plan list)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="26" />
            <source>năm kế hoạch (khi năm đó chỉ có một kế hoạch)</source>
            <translation>plan year (when that year has only one plan)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="47" />
            <source>các kế hoạch của đơn vị: liệt kê, tạo mới, phê duyệt</source>
            <translation>the unit's plans: list, create, approve</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="58" />
            <source>ngày phải có dạng YYYY-MM-DD</source>
            <translation>dates must be written YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="65" />
            <source>liệt kê các kế hoạch, theo năm</source>
            <translation>list the plans, by year</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="66" />
            <source>chỉ các kế hoạch của năm này</source>
            <translation>only the plans of this year</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="67" />
            <source>in dạng JSON</source>
            <translation>print as JSON</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="69" />
            <source>tạo một kế hoạch mới (theo mẫu hoặc kế hoạch riêng của đơn vị)</source>
            <translation>create a new plan (from a template or the unit's own plan)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="74" />
            <source>hang_nam (kế hoạch năm), trien_khai (triển khai một văn bản), chien_dich (cao điểm, chiến dịch)</source>
            <translation>hang_nam (annual plan), trien_khai (implementing a document), chien_dich (peak, campaign)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="80" />
            <source>cơ quan ban hành: ubnd, dang_uy, ban_chi_dao, ban_thuong_vu</source>
            <translation>issuing body: ubnd, dang_uy, ban_chi_dao, ban_thuong_vu</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="83" />
            <source>theo mẫu kế hoạch ID</source>
            <translation>from the plan template ID</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="84" />
            <source>kế hoạch riêng của đơn vị, không theo mẫu</source>
            <translation>the unit's own plan, without a template</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="85" />
            <source>cả năm (thay cho --start/--end)</source>
            <translation>the whole year (instead of --start/--end)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="86" />
            <source>ngày bắt đầu</source>
            <translation>start date</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="87" />
            <source>ngày kết thúc</source>
            <translation>end date</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="88" />
            <source>tên (trích yếu) của kế hoạch</source>
            <translation>title (summary) of the plan</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="89" />
            <source>số, ký hiệu văn bản</source>
            <translation>document number and symbol</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="90" />
            <source>văn bản mà kế hoạch triển khai thực hiện</source>
            <translation>the document the plan implements</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="95" />
            <source>chế độ báo cáo, có thể lặp lại: "month day:20" (trước ngày 20 hằng tháng), "quarter next:10", "week after:2", "year date:12-15"</source>
            <translation>reporting rule, can be repeated: "month day:20" (before the 20th of every month), "quarter next:10", "week after:2", "year date:12-15"</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="103" />
            <source>mở đầu bằng phần "Đánh giá kết quả thực hiện năm trước" (dự thảo từ kế hoạch năm trước)</source>
            <translation>begin with the section "Review of last year's results" (drafted from last year's plan)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="108" />
            <source>mẫu kế hoạch của thành phố</source>
            <translation>the city's plan templates</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="110" />
            <source>liệt kê các mẫu có sẵn và đã nhập</source>
            <translation>list the built-in and imported templates</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="113" />
            <source>nhập một mẫu kế hoạch từ tệp JSON</source>
            <translation>import a plan template from a JSON file</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="116" />
            <source>xem tóm tắt một mẫu</source>
            <translation>show a template's summary</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="121" />
            <source>tạo dữ liệu mẫu: một xã với kế hoạch đang thực hiện</source>
            <translation>create demo data: a commune with a plan under way</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="122" />
            <source>mẫu kế hoạch (mặc định hp-325-2024)</source>
            <translation>plan template (default hp-325-2024)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="123" />
            <source>mã đơn vị hành chính (mặc định 11629, xã An Lão)</source>
            <translation>administrative unit code (default 11629, An Lão commune)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="124" />
            <source>năm kế hoạch</source>
            <translation>plan year</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="127" />
            <source>đơn vị, kế hoạch và thư mục dữ liệu</source>
            <translation>unit, plans and data folder</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="131" />
            <source>tra cứu danh mục đơn vị hành chính</source>
            <translation>look up the list of administrative units</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="148" />
            <source>Chưa có kế hoạch nào.</source>
            <translation>No plans yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="153" />
            <source>Năm {y}:</source>
            <translation>Year {y}:</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="178" />
            <source>Không có mẫu kế hoạch {id}. Xem: khcds templates list</source>
            <translation>There is no plan template {id}. See: khcds templates list</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="200" />
            <source>Đã tạo kế hoạch số hiệu {id}: {label} ({a} - {b}), {n} nhiệm vụ.</source>
            <translation>Created plan id {id}: {label} ({a} - {b}), {n} tasks.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="236" />
            <source>Đã nhập mẫu {id} phiên bản {v} ({n}).</source>
            <translation>Imported template {id} version {v} ({n}).</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="249" />
            <source>Không có mẫu kế hoạch {id}.</source>
            <translation>There is no plan template {id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="285" />
            <source>NV cấp trên</source>
            <translation>Superior's task</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="285" />
            <source>NV theo {plan}</source>
            <translation>Tasks under {plan}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="297" />
            <source>  Cảnh báo: tổng in {p} khác tổng các dòng {c} (phần {s}, {g}, {col})</source>
            <translation>  Warning: the printed total {p} differs from the sum of the rows {c} (part {s}, {g}, {col})</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/core.py" line="336" />
            <source>Không có tỉnh, thành phố {p}.</source>
            <translation>There is no province {p}.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="17" />
            <source>văn bản: kế hoạch, báo cáo (DOCX, PDF); ký số, kiểm tra chữ ký</source>
            <translation>documents: plans, reports (DOCX, PDF); digital signing, signature checks</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="20" />
            <source>in kế hoạch của đơn vị theo Nghị định 30/2020</source>
            <translation>print the unit's plan following Decree 30/2020</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="26" />
            <source>in báo cáo kết quả thực hiện kế hoạch cho một kỳ</source>
            <translation>print the plan implementation report for a period</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="32" />
            <source>kỳ báo cáo: w1..w53 (tuần), m1..m12 (tháng), q1..q4 (quý), h1, h2 (6 tháng), year (năm; mặc định)</source>
            <translation>report period: w1..w53 (week), m1..m12 (month), q1..q4 (quarter), h1, h2 (half year), year (year; default)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="40" />
            <source>ký số tệp PDF bằng chứng thư số PKCS#12 (.p12, .pfx): lãnh đạo ký trước, văn thư ký số của cơ quan sau</source>
            <translation>digitally sign a PDF file with a PKCS#12 certificate (.p12, .pfx): the leader signs first, the clerk signs for the agency after</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="47" />
            <source>tên biến môi trường chứa mật khẩu của chứng thư số</source>
            <translation>name of the environment variable holding the certificate's password</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="49" />
            <source>tên ô chữ ký (mặc định: ô trống kế tiếp: ChuKyLanhDao rồi ChuKyCoQuan)</source>
            <translation>signature field name (default: the next empty field: ChuKyLanhDao then ChuKyCoQuan)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="51" />
            <source>tên cơ quan in trên chữ ký</source>
            <translation>agency name printed on the signature</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="52" />
            <source>ảnh chữ ký của người ký (PNG nền trong suốt)</source>
            <translation>image of the signer's signature (PNG with a transparent background)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="53" />
            <source>ảnh con dấu của cơ quan (PNG nền trong suốt)</source>
            <translation>image of the agency's seal (PNG with a transparent background)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="58" />
            <source>trang đặt chữ ký khi tệp không có ô chữ ký trống (trang đầu là 1)</source>
            <translation>page for the signature when the file has no empty signature field (the first page is 1)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="64" />
            <source>vị trí chữ ký trên trang, theo điểm (1/72 inch) tính từ góc dưới bên trái</source>
            <translation>position of the signature on the page, in points (1/72 inch) from the bottom left corner</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="66" />
            <source>máy chủ cấp dấu thời gian (cần mạng; không bắt buộc)</source>
            <translation>timestamp server (needs the network; optional)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="69" />
            <source>kiểm tra chữ ký số của tệp PDF</source>
            <translation>check the digital signatures of a PDF file</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="76" />
            <source>chứng thư gốc tin cậy (PEM hoặc DER), có thể lặp lại; thêm vào các chứng thư của thư mục dữ liệu (khcds document trust)</source>
            <translation>trusted root certificate (PEM or DER), can be repeated; added to the data folder's certificates (khcds document trust)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="84" />
            <source>chứng thư gốc tin cậy để kiểm tra chữ ký số (lưu trong thư mục dữ liệu)</source>
            <translation>trusted root certificates for checking digital signatures (kept in the data folder)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="86" />
            <source>thêm chứng thư gốc tin cậy (PEM hoặc DER), ví dụ của Ban Cơ yếu Chính phủ</source>
            <translation>add a trusted root certificate (PEM or DER), for example the Government Cipher Committee's</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="89" />
            <source>liệt kê các chứng thư gốc tin cậy</source>
            <translation>list the trusted root certificates</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="92" />
            <source>bỏ một chứng thư gốc tin cậy theo dấu vân tay SHA-256</source>
            <translation>remove a trusted root certificate by its SHA-256 fingerprint</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="103" />
            <source>số trang phải là số nguyên từ 1: {v}</source>
            <translation>the page number must be a whole number from 1: {v}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="113" />
            <source>cần bốn số x1,y1,x2,y2 (điểm, từ góc dưới bên trái): {v}</source>
            <translation>four numbers x1,y1,x2,y2 are needed (points, from the bottom left corner): {v}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="116" />
            <source>cần 0 ≤ x1 &lt; x2 và 0 ≤ y1 &lt; y2: {v}</source>
            <translation>0 ≤ x1 &lt; x2 and 0 ≤ y1 &lt; y2 are needed: {v}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="126" />
            <source>địa chỉ máy chủ dấu thời gian phải bắt đầu bằng http:// hoặc https://: {v}</source>
            <translation>the timestamp server address must start with http:// or https://: {v}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="138" />
            <source>kỳ báo cáo không hợp lệ: {p} (w1..w53, m1..m12, q1..q4, h1, h2, year)</source>
            <translation>invalid report period: {p} (w1..w53, m1..m12, q1..q4, h1, h2, year)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="157" />
            <source>Đã ghi kế hoạch năm {y}: {f} ({n} byte).</source>
            <translation>Wrote the {y} plan: {f} ({n} bytes).</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="171" />
            <source>Đã ghi báo cáo {p}: {f} ({n} byte).</source>
            <translation>Wrote the report for {p}: {f} ({n} bytes).</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="173" />
            <source>Hạn gửi báo cáo: trước ngày {d}.</source>
            <translation>Report due: before {d}.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="183" />
            <source>Không tìm thấy tệp: {f}</source>
            <translation>File not found: {f}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="185" />
            <source>Không đọc được tệp {f}: {err}</source>
            <translation>Could not read the file {f}: {err}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="196" />
            <source>Biến môi trường {v} chưa được đặt.</source>
            <translation>The environment variable {v} is not set.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="199" />
            <source>Cần cả --page và --box để đặt chữ ký vào một chỗ mới.</source>
            <translation>Both --page and --box are needed to put the signature in a new place.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="221" />
            <source>Đã ký số: {f}</source>
            <translation>Signed: {f}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="276" />
            <source>Tệp không có chữ ký số.</source>
            <translation>The file has no digital signature.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="278" />
            <source>HỢP LỆ</source>
            <translation>VALID</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="278" />
            <source>KHÔNG HỢP LỆ</source>
            <translation>NOT VALID</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="280" />
            <source>Chữ ký {i} ({f}): {v} — {who}</source>
            <translation>Signature {i} ({f}): {v} — {who}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="282" />
            <source>Thời gian ký: {t} (giờ Việt Nam)</source>
            <translation>Signing time: {t} (Vietnam time)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="284" />
            <source>Dấu thời gian: {t} (giờ Việt Nam)</source>
            <translation>Timestamp: {t} (Vietnam time)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="286" />
            <source>Không có thay đổi nào sau chữ ký.</source>
            <translation>Nothing was changed after the signature.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="288" />
            <source>Sau chữ ký chỉ có các chữ ký tiếp theo (thay đổi được phép).</source>
            <translation>After the signature there are only further signatures (allowed changes).</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="293" />
            <source>Ô chữ ký còn trống: {names}.</source>
            <translation>Empty signature fields: {names}.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="303" />
            <source>chứng thư gốc (CA)</source>
            <translation>root certificate (CA)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="303" />
            <source>chứng thư của người ký</source>
            <translation>signer's certificate</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="305" />
            <source>Đã tin cậy {k}: {s}{o}; dấu vân tay SHA-256 {fp}; hết hạn {d}.</source>
            <translation>Trusted {k}: {s}{o}; SHA-256 fingerprint {fp}; expires {d}.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="339" />
            <source>Chưa có chứng thư gốc tin cậy nào. Thêm bằng: khcds document trust add TỆP</source>
            <translation>No trusted root certificate yet. Add one with: khcds document trust add FILE</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="345" />
            <source>hết hạn {d}</source>
            <translation>expires {d}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/documents.py" line="354" />
            <source>Đã bỏ tin cậy: {s} ({fp}).</source>
            <translation>No longer trusted: {s} ({fp}).</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/safety.py" line="15" />
            <source>sao lưu dữ liệu (kiểm tra bản sao sau khi ghi)</source>
            <translation>back up the data (the copy is checked after writing)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/safety.py" line="16" />
            <source>tệp sao lưu (mặc định: thư mục backups)</source>
            <translation>backup file (default: the backups folder)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/safety.py" line="17" />
            <source>liệt kê các bản sao lưu</source>
            <translation>list the backups</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/safety.py" line="20" />
            <source>khôi phục dữ liệu từ bản sao lưu (sao lưu dữ liệu hiện tại trước)</source>
            <translation>restore the data from a backup (the current data is backed up first)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/safety.py" line="24" />
            <source>kiểm tra toàn vẹn dữ liệu và nhật ký thay đổi</source>
            <translation>check the integrity of the data and the change log</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/safety.py" line="28" />
            <source>chuyển trạng thái: submitted, approved, issued, draft</source>
            <translation>change state: submitted, approved, issued, draft</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/safety.py" line="32" />
            <source>mở khóa kế hoạch đã phê duyệt để sửa (ghi lý do)</source>
            <translation>unlock an approved plan for editing (with a reason)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/safety.py" line="37" />
            <source>nhật ký thay đổi</source>
            <translation>change log</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/safety.py" line="38" />
            <source>chỉ một nhiệm vụ</source>
            <translation>one task only</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/safety.py" line="50" />
            <source>Chưa có bản sao lưu nào.</source>
            <translation>No backups yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/safety.py" line="52" />
            <source>{file}  (hỏng, không dùng được)</source>
            <translation>{file}  (damaged, unusable)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/safety.py" line="57" />
            <source>Đã sao lưu và kiểm tra: {file}</source>
            <translation>Backed up and checked: {file}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/safety.py" line="68" />
            <source>Đã khôi phục dữ liệu từ {file}.</source>
            <translation>Restored the data from {file}.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/safety.py" line="70" />
            <source>Dữ liệu trước khi khôi phục được giữ tại: {file}</source>
            <translation>The data before the restore is kept at: {file}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/safety.py" line="88" />
            <source>Dữ liệu toàn vẹn; nhật ký thay đổi liền mạch.</source>
            <translation>The data is intact; the change log is unbroken.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/safety.py" line="108" />
            <source>Kế hoạch năm {year}: {state}.</source>
            <translation>{year} plan: {state}.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/safety.py" line="120" />
            <source>Đã mở khóa kế hoạch năm {year}.</source>
            <translation>Unlocked the {year} plan.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="30" />
            <source>bộ tiêu chí chấm điểm chuyển đổi số</source>
            <translation>digital transformation scoring criteria</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="32" />
            <source>các bộ tiêu chí có sẵn và đã nhập</source>
            <translation>the built-in and imported criteria sets</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="35" />
            <source>các tiêu chí của một bộ</source>
            <translation>the criteria of a set</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="38" />
            <source>kiểm tra một tệp bộ tiêu chí (JSON), không thay đổi gì</source>
            <translation>check a criteria set file (JSON) without changing anything</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="41" />
            <source>nhập bộ tiêu chí của tỉnh, thành phố: gói có chữ ký (.khcdsc) hoặc JSON</source>
            <translation>import the province's criteria set: a signed package (.khcdsc) or JSON</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="46" />
            <source>tin cậy khóa ký lần đầu (sau khi đã đối chiếu dấu vân tay qua điện thoại)</source>
            <translation>trust the signing key the first time (after checking the fingerprint by phone)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="48" />
            <source>dấu vân tay khóa ký đã đối chiếu</source>
            <translation>the checked signing key fingerprint</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="50" />
            <source>chế độ thành phố: phát hành bộ tiêu chí thành gói có chữ ký (.khcdsc)</source>
            <translation>city mode: publish a criteria set as a signed package (.khcdsc)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="55" />
            <source>tự chấm điểm theo bộ tiêu chí, từng kỳ</source>
            <translation>self-assessment against a criteria set, period by period</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="59" />
            <source>mã bộ tiêu chí</source>
            <translation>criteria set code</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="64" />
            <source>kỳ đánh giá: 2026-10 (tháng), 2026-Q4 (quý) hoặc 2026 (năm)</source>
            <translation>assessment period: 2026-10 (month), 2026-Q4 (quarter) or 2026 (year)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="67" />
            <source>điểm tự chấm, tiêu chí còn thiếu</source>
            <translation>self-assessed scores, missing criteria</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="71" />
            <source>nhập giá trị của một tiêu chí</source>
            <translation>enter the value of a criterion</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="75" />
            <source>có/không; một số; tử/mẫu (12/15); tên=giá trị;... ; tỷ lệ|nguồn</source>
            <translation>yes/no; a number; numerator/denominator (12/15); name=value;... ; ratio|source</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="77" />
            <source>tiêu chí không áp dụng cho đơn vị</source>
            <translation>the criterion does not apply to the unit</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="78" />
            <source>giải trình</source>
            <translation>explanation</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="80" />
            <source>thêm minh chứng cho một tiêu chí</source>
            <translation>add evidence for a criterion</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="84" />
            <source>tệp minh chứng (được chép vào thư mục dữ liệu)</source>
            <translation>evidence file (copied into the data folder)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="85" />
            <source>số, ký hiệu văn bản, ví dụ 12/QĐ-UBND</source>
            <translation>document number and symbol, for example 12/QĐ-UBND</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="90" />
            <source>dùng một minh chứng đã gắn với nhiệm vụ của kế hoạch (số hiệu trong khcds audit)</source>
            <translation>use evidence already attached to a plan task (its number in khcds audit)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="92" />
            <source>ngày văn bản</source>
            <translation>document date</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="93" />
            <source>trích yếu văn bản</source>
            <translation>document summary</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="95" />
            <source>điền các số liệu lấy từ theo dõi kế hoạch</source>
            <translation>fill in the figures taken from plan tracking</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="97" />
            <source>ghi đè cả giá trị đã nhập</source>
            <translation>also overwrite values already entered</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="99" />
            <source>báo cáo tự chấm điểm (Nghị định 30) kèm bảng điểm và danh mục minh chứng</source>
            <translation>self-assessment report (Decree 30) with the score table and the evidence list</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="103" />
            <source>số văn bản</source>
            <translation>document number</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="106" />
            <source>chế độ thành phố: điểm tự chấm của các đơn vị, thẩm định, xếp hạng</source>
            <translation>city mode: the units' self-assessed scores, review, ranking</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="108" />
            <source>xếp hạng các đơn vị trong một kỳ</source>
            <translation>rank the units in a period</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="112" />
            <source>thẩm định: điều chỉnh điểm một tiêu chí của một đơn vị, ghi lý do</source>
            <translation>review: adjust a unit's score for one criterion, with a reason</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="117" />
            <source>lý do điều chỉnh</source>
            <translation>reason for the adjustment</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="118" />
            <source>người thẩm định</source>
            <translation>reviewer</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="120" />
            <source>điểm của một đơn vị qua các kỳ</source>
            <translation>a unit's scores over the periods</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="124" />
            <source>báo cáo tổng hợp chấm điểm (docx, pdf) hoặc bảng điểm (xlsx)</source>
            <translation>scoring summary report (docx, pdf) or score table (xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="165" />
            <source> ({n} tiêu chí chưa có điểm tối đa)</source>
            <translation> ({n} criteria without a maximum score)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="197" />
            <source>{name}: hợp lệ: {n} tiêu chí trong {g} nhóm, tối đa {t} điểm</source>
            <translation>{name}: valid: {n} criteria in {g} groups, at most {t} points</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="214" />
            <source>Khóa ký của tỉnh, thành phố chưa được tin cậy; dấu vân tay: {fp}. Gọi điện đối chiếu với tỉnh, thành phố rồi chạy lại với --accept-new-key hoặc --fingerprint "...". Chưa nhập gì.</source>
            <translation>The province's signing key is not trusted yet; fingerprint: {fp}. Call the province to check it, then run again with --accept-new-key or --fingerprint "...". Nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="228" />
            <source>Đã nhập bộ tiêu chí {id} phiên bản {v}</source>
            <translation>Imported criteria set {id} version {v}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="238" />
            <source>Đã phát hành bộ tiêu chí {id} phiên bản {v}: {out}; dấu vân tay khóa ký: {fp}</source>
            <translation>Published criteria set {id} version {v}: {out}; signing key fingerprint: {fp}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="288" />
            <source> (thiếu minh chứng)</source>
            <translation> (evidence missing)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="292" />
            <source>Tổng: {t}/{m} điểm; thưởng {b}, trừ {d}; xếp loại: {g}; còn thiếu {n} tiêu chí</source>
            <translation>Total: {t}/{m} points; bonus {b}, penalty {d}; grade: {g}; {n} criteria still missing</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="316" />
            <source>Bộ tiêu chí {set} không có tiêu chí {id}</source>
            <translation>The criteria set {set} has no criterion {id}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="318" />
            <source>Tiêu chí {id}: cần một giá trị, hoặc --na nếu không áp dụng</source>
            <translation>Criterion {id}: a value is needed, or --na if it does not apply</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="324" />
            <source>Tiêu chí {id}: {p} điểm; tổng {t}/{m}</source>
            <translation>Criterion {id}: {p} points; total {t}/{m}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="354" />
            <source>Ngày văn bản '{d}' không đúng, ghi ví dụ 2026-03-05</source>
            <translation>The document date '{d}' is not valid, write for example 2026-03-05</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="358" />
            <source>Đã thêm minh chứng cho tiêu chí {id}: {what}</source>
            <translation>Added evidence for criterion {id}: {what}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="371" />
            <source>Không có số liệu nào để điền từ theo dõi kế hoạch</source>
            <translation>No figures to fill in from plan tracking</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="382" />
            <source>Không ghi được tệp {file}: {err}</source>
            <translation>Could not write the file {file}: {err}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="390" />
            <source>Đã lập báo cáo tự chấm điểm: {out}</source>
            <translation>Self-assessment report written: {out}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="426" />
            <source> (đã thẩm định)</source>
            <translation> (reviewed)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="429" />
            <source>Chưa có bản tự chấm nào trong kỳ này</source>
            <translation>No self-assessment in this period yet</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="441" />
            <source>Điểm '{p}' không phải là số, ví dụ 12,5</source>
            <translation>The score '{p}' is not a number, for example 12,5</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="449" />
            <source>Đã điều chỉnh tiêu chí {id} của đơn vị {code}: {own} → {new} điểm</source>
            <translation>Adjusted criterion {id} of unit {code}: {own} → {new} points</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="473" />
            <source>Đã lập {what}: {out}</source>
            <translation>Wrote the {what}: {out}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="474" />
            <source>bảng điểm</source>
            <translation>score table</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/scoring.py" line="474" />
            <source>báo cáo tổng hợp chấm điểm</source>
            <translation>scoring summary report</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="26" />
            <source>xuất gói dữ liệu kế hoạch (đã ký số) để gửi thành phố</source>
            <translation>export the plan data package (digitally signed) to send to the city</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="28" />
            <source>tệp .khcds (mặc định: thư mục exports)</source>
            <translation>.khcds file (default: the exports folder)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="29" />
            <source>kèm các tệp minh chứng</source>
            <translation>include the evidence files</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="32" />
            <source>lịch sử các lần xuất gói dữ liệu</source>
            <translation>history of the exported data packages</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="37" />
            <source>dấu vân tay khóa ký của thư mục dữ liệu (để đọc qua điện thoại)</source>
            <translation>the data folder's signing key fingerprint (to read over the phone)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="41" />
            <source>chế độ thành phố: nhận và tổng hợp dữ liệu của các đơn vị</source>
            <translation>city mode: receive and consolidate the units' data</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="44" />
            <source>đặt thư mục dữ liệu ở chế độ thành phố cho một tỉnh, thành phố</source>
            <translation>set the data folder up in city mode for a province</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="47" />
            <source>nhập các tệp .khcds (tệp hoặc thư mục)</source>
            <translation>import .khcds files (files or folders)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="48" />
            <source>chỉ xem trước, không thay đổi gì</source>
            <translation>preview only, change nothing</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="52" />
            <source>nhận cả gói ký bằng khóa đơn vị chưa báo (đã đối chiếu dấu vân tay qua điện thoại); mặc định các gói này được giữ chờ xác nhận</source>
            <translation>also accept packages signed with an unannounced unit key (fingerprint checked by phone); by default these packages are held for confirmation</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="59" />
            <source>loại một lần gửi của đơn vị (ghi lý do vào nhật ký)</source>
            <translation>discard a unit's submission (the reason goes to the log)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="63" />
            <source>năm kế hoạch (khi lần gửi N có ở nhiều năm)</source>
            <translation>plan year (when submission N exists in several years)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="65" />
            <source>các gói đang chờ xác nhận khóa của đơn vị</source>
            <translation>packages waiting for a unit's key to be confirmed</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="68" />
            <source>tình hình gửi dữ liệu của các đơn vị so với hạn</source>
            <translation>the units' submissions against the deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="73" />
            <source>loại kế hoạch: hang_nam, trien_khai, chien_dich (mặc định: kế hoạch năm của UBND)</source>
            <translation>plan type: hang_nam, trien_khai, chien_dich (default: the People's Committee's annual plan)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="75" />
            <source>tính đến ngày (mặc định hôm nay)</source>
            <translation>as of this date (default today)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="78" />
            <source>báo cáo tổng hợp (docx, pdf) hoặc bảng số liệu (xlsx)</source>
            <translation>summary report (docx, pdf) or data table (xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="83" />
            <source>họ tên người ký báo cáo (được ghi nhớ cho lần sau)</source>
            <translation>name of the person signing the report (remembered for next time)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="87" />
            <source>chức vụ người ký, ví dụ "GIÁM ĐỐC" hoặc "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC" (được ghi nhớ)</source>
            <translation>signer's title, for example "GIÁM ĐỐC" or "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC" (remembered)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="90" />
            <source>ghi nhận hoặc đặt lại khóa tin cậy của một đơn vị</source>
            <translation>record or reset a unit's trusted key</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="93" />
            <source>quên khóa cũ (đơn vị đã cài lại máy)</source>
            <translation>forget the old key (the unit reinstalled its computer)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="95" />
            <source>danh sách đơn vị thành phố chờ nhận dữ liệu</source>
            <translation>the city's units expected to send data</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="98" />
            <source>thêm một đơn vị ngoài danh mục (sở, ngành ...)</source>
            <translation>add a unit outside the list (department, sector ...)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="102" />
            <source>đặt hạn gửi báo cáo năm</source>
            <translation>set the annual report deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="106" />
            <source>xem kế hoạch và lịch sử gửi của một đơn vị</source>
            <translation>show a unit's plan and submission history</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="109" />
            <source>xem một lần gửi trước (mặc định: lần đang dùng)</source>
            <translation>show an earlier submission (default: the one in use)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="113" />
            <source>gói mẫu kế hoạch (thành phố phát hành, đơn vị nhập)</source>
            <translation>plan template packages (published by the city, imported by units)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="116" />
            <source>soạn mẫu: chép một mẫu có sẵn, một mẫu trống, hoặc từ bảng nhiệm vụ (XLSX, DOCX) của tỉnh</source>
            <translation>write a template: copy a built-in template, a blank one, or from the province's task table (XLSX, DOCX)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="119" />
            <source>chép mẫu có sẵn này</source>
            <translation>copy this built-in template</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="120" />
            <source>mẫu trống của một tỉnh</source>
            <translation>a blank template for a province</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="122" />
            <source>bảng nhiệm vụ của tỉnh (.xlsx hoặc .docx)</source>
            <translation>the province's task table (.xlsx or .docx)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="124" />
            <source>mã mẫu (mặc định giữ mã cũ khi chép)</source>
            <translation>template code (default: keep the old code when copying)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="125" />
            <source>mã hoặc tên tỉnh, thành phố (với --blank, --from-table)</source>
            <translation>province code or name (with --blank, --from-table)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="126" />
            <source>số, ký hiệu văn bản, ví dụ 12/KH-UBND</source>
            <translation>document number and symbol, for example 12/KH-UBND</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="127" />
            <source>ngày ban hành</source>
            <translation>issue date</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="128" />
            <source>trích yếu</source>
            <translation>summary</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="129" />
            <source>thời kỳ: 2026, 2026-2030 hoặc 2026-01-01..2026-12-31</source>
            <translation>period: 2026, 2026-2030 or 2026-01-01..2026-12-31</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="130" />
            <source>phiên bản (mặc định 1)</source>
            <translation>version (default 1)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="133" />
            <source>phát hành mẫu (tệp JSON) thành gói đã ký số</source>
            <translation>publish a template (JSON file) as a digitally signed package</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="136" />
            <source>chỉ kiểm tra và cho xem, không ghi gì</source>
            <translation>only check and show, write nothing</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="138" />
            <source>nhập gói mẫu kế hoạch của thành phố</source>
            <translation>import the city's plan template package</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="140" />
            <source>chỉ xem những gì thay đổi</source>
            <translation>only show what changes</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="141" />
            <source>chuyển kế hoạch năm này sang phiên bản mới</source>
            <translation>move this year's plan to the new version</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="145" />
            <source>tin cậy khóa của tỉnh, thành phố lần đầu (sau khi đã đối chiếu qua điện thoại)</source>
            <translation>trust the province's key the first time (after checking it by phone)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="147" />
            <source>dấu vân tay khóa của tỉnh, thành phố đã đối chiếu</source>
            <translation>the checked fingerprint of the province's key</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="149" />
            <source>khóa tin cậy của tỉnh, thành phố phát hành mẫu</source>
            <translation>the trusted key of the province that publishes templates</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="151" />
            <source>quên khóa đã tin cậy (tỉnh đã đổi khóa, đã gọi điện xác nhận)</source>
            <translation>forget the trusted key (the province changed its key, confirmed by phone)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="166" />
            <source>Đã xuất {file} (lần gửi {rev}, SHA-256 {sha}). Dấu vân tay khóa ký: {fp}</source>
            <translation>Exported {file} (submission {rev}, SHA-256 {sha}). Signing key fingerprint: {fp}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="185" />
            <source>Chưa xuất lần nào.</source>
            <translation>Nothing exported yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="188" />
            <source>lần</source>
            <translation>no.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="202" />
            <source>Dấu vân tay khóa ký: {fp}</source>
            <translation>Signing key fingerprint: {fp}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="216" />
            <source>Chế độ thành phố: {name}; {n} đơn vị chờ nhận dữ liệu.</source>
            <translation>City mode: {name}; {n} units expected to send data.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="226" />
            <source>Không có tệp .khcds nào để nhập.</source>
            <translation>There are no .khcds files to import.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="239" />
            <source>Sẽ nhận</source>
            <translation>Would accept</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="239" />
            <source>Đã nhận</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="240" />
            <source>{verb} {a}/{n} tệp; {b} tệp bị từ chối hoặc xung đột.</source>
            <translation>{verb} {a}/{n} files; {b} files rejected or in conflict.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="242" />
            <source>{n} tệp chờ xác nhận khóa của đơn vị (khcds city pending).</source>
            <translation>{n} files wait for a unit's key to be confirmed (khcds city pending).</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="250" />
            <source>Đã loại lần gửi {rev} năm {y} của đơn vị {code}.</source>
            <translation>Discarded submission {rev} of {y} from unit {code}.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="252" />
            <source>Đơn vị không còn lần gửi nào được dùng cho năm {y}.</source>
            <translation>The unit has no submission left in use for {y}.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="254" />
            <source>Lần gửi đang dùng: {rev}.</source>
            <translation>Submission in use: {rev}.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="282" />
            <source>Không có gói nào chờ xác nhận khóa.</source>
            <translation>No package is waiting for a key to be confirmed.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="297" />
            <source>{prov}, năm {y}, hạn {d}: đúng hạn {a}, muộn {b}, chưa gửi {m} (tổng {n}).</source>
            <translation>{prov}, year {y}, due {d}: on time {a}, late {b}, not sent {m} (total {n}).</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="310" />
            <source>lần {r}, gửi {t}, {n} nhiệm vụ, {late} chậm</source>
            <translation>submission {r}, sent {t}, {n} tasks, {late} late</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="316" />
            <source>; báo cáo {p} hạn {d}{x}</source>
            <translation>; report {p} due {d}{x}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="317" />
            <source> (chưa có số liệu kỳ này)</source>
            <translation> (no figures for this period yet)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="340" />
            <source>Lưu ý: báo cáo chưa có họ tên người ký; thêm --signer "HỌ TÊN" (và --signer-title "GIÁM ĐỐC") để ghi và ghi nhớ.</source>
            <translation>Note: the report has no signer's name; add --signer "FULL NAME" (and --signer-title "GIÁM ĐỐC") to record and remember it.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="345" />
            <source>Đã ghi {file}.</source>
            <translation>Wrote {file}.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="354" />
            <source>Hãy cho --fingerprint hoặc --reset.</source>
            <translation>Give --fingerprint or --reset.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="359" />
            <source>{code} {name}: khóa tin cậy {fp}.</source>
            <translation>{code} {name}: trusted key {fp}.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="360" />
            <source>(chờ gói đầu tiên)</source>
            <translation>(waiting for the first package)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="396" />
            <source>Đã thêm đơn vị {code} {name}.</source>
            <translation>Added unit {code} {name}.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="404" />
            <source>Hạn gửi báo cáo năm {y}: {d}.</source>
            <translation>Annual report deadline for {y}: {d}.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="418" />
            <source>nhận lần đầu</source>
            <translation>first received</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="418" />
            <source>bản mới hơn</source>
            <translation>newer revision</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="418" />
            <source>đã loại</source>
            <translation>set aside</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="457" />
            <source>Chưa gửi dữ liệu năm {y}.</source>
            <translation>No data sent for {y} yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="461" />
            <source>Lần gửi {r}, mẫu {t}, trạng thái {s}</source>
            <translation>Submission {r}, template {t}, status {s}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="474" />
            <source> (đang dùng)</source>
            <translation> (in use)</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="475" />
            <source> — bị loại: {why}</source>
            <translation> — discarded: {why}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="492" />
            <source>Đã chép mẫu ra {file}: sửa tệp này rồi phát hành bằng khcds template publish.</source>
            <translation>Copied the template to {file}: edit this file, then publish it with khcds template publish.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="507" />
            <source>Thiếu {opts}.</source>
            <translation>Missing {opts}.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="520" />
            <source>Đã đọc {file}: {g} nhóm, {n} nhiệm vụ.</source>
            <translation>Read {file}: {g} groups, {n} tasks.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="522" />
            <source>  Chưa đọc được: {x}</source>
            <translation>  Could not read: {x}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="523" />
            <source>Đã ghi bản thảo {file}.</source>
            <translation>Wrote the draft {file}.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="536" />
            <source>Hãy cho --out TỆP (hoặc --dry-run để chỉ kiểm tra).</source>
            <translation>Give --out FILE (or --dry-run to only check).</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="539" />
            <source>Đã phát hành {id} phiên bản {v}: {file}. Dấu vân tay khóa: {fp}</source>
            <translation>Published {id} version {v}: {file}. Key fingerprint: {fp}</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="569" />
            <source>Đã quên khóa của tỉnh, thành phố ({fp}); gói mẫu tới sẽ hỏi xác nhận khóa mới.</source>
            <translation>Forgot the province's key ({fp}); the next template package will ask to confirm the new key.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="571" />
            <source>Chưa tin cậy khóa nào.</source>
            <translation>No key is trusted yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/commands/sync.py" line="577" />
            <source>Khóa tin cậy của {prov}: {fp}</source>
            <translation>Trusted key of {prov}: {fp}</translation>
        </message>
        <message>
            <location filename="../../desktop/crash.py" line="33" />
            <source>thư mục logs trong thư mục dữ liệu</source>
            <translation>the logs folder in the data folder</translation>
        </message>
        <message>
            <location filename="../../desktop/crash.py" line="34" />
            <source>Chương trình gặp lỗi không mong đợi và thao tác vừa rồi chưa hoàn thành. Dữ liệu đã lưu không bị mất. Chi tiết đã ghi vào nhật ký: {log}</source>
            <translation>The program met an unexpected error and the last action was not completed. Saved data is not lost. Details were written to the log: {log}</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/render.py" line="20" />
            <source>Định dạng không hỗ trợ: {f} (chọn docx hoặc pdf).</source>
            <translation>Unsupported format: {f} (choose docx or pdf).</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="103" />
            <source>Tệp {f} không phải tệp PDF hoặc đã bị hỏng.</source>
            <translation>The file {f} is not a PDF file or is damaged.</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="117" />
            <source>Tệp {f} được đặt mật khẩu mở tệp; hãy gỡ mật khẩu rồi thử lại.</source>
            <translation>The file {f} has an opening password; remove the password and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="216" />
            <source>Tệp ảnh {f} không phải ảnh PNG.</source>
            <translation>The image file {f} is not a PNG image.</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="226" />
            <source>Tệp ảnh {f} bị hỏng hoặc có kích thước không dùng được.</source>
            <translation>The image file {f} is damaged or has an unusable size.</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="238" />
            <source>Không mở được chứng thư số PKCS#12 (sai mật khẩu hoặc tệp hỏng).</source>
            <translation>Could not open the PKCS#12 certificate (wrong password or damaged file).</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="292" />
            <source>Tệp {f} có {n} trang; không có trang {p}.</source>
            <translation>The file {f} has {n} pages; there is no page {p}.</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="295" />
            <source>Vị trí chữ ký --box quá nhỏ (cần x1 &lt; x2, y1 &lt; y2, mỗi chiều ít nhất 10 điểm).</source>
            <translation>The signature position --box is too small (x1 &lt; x2, y1 &lt; y2 are needed, each side at least 10 points).</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="302" />
            <source>Vị trí --box {b} nằm ngoài trang {p} (khổ {w:.0f} x {h:.0f} điểm).</source>
            <translation>The position --box {b} is outside page {p} (size {w:.0f} x {h:.0f} points).</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="309" />
            <source>Tệp {f} đã có ô chữ ký tên {n}; hãy chọn tên khác bằng --field.</source>
            <translation>The file {f} already has a signature field named {n}; choose another name with --field.</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="316" />
            <source>(không có)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="318" />
            <source>Tệp {f} không có ô chữ ký tên {n} (các ô có: {names}).</source>
            <translation>The file {f} has no signature field named {n} (its fields: {names}).</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="321" />
            <source>Ô chữ ký {n} của tệp {f} đã được ký.</source>
            <translation>The signature field {n} of the file {f} is already signed.</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="325" />
            <source>Lãnh đạo ký trước (ô {a}), văn thư ký số của cơ quan sau (ô {b}): tệp {f} chưa có chữ ký của lãnh đạo.</source>
            <translation>The leader signs first (field {a}), the clerk signs for the agency after (field {b}): the file {f} has no leader's signature yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="336" />
            <source>Mọi ô chữ ký của tệp {f} đã được ký ({names}); muốn ký thêm ở chỗ khác, chỉ ra trang và vị trí: --page N --box x1,y1,x2,y2.</source>
            <translation>Every signature field of the file {f} is signed ({names}); to sign elsewhere, give the page and position: --page N --box x1,y1,x2,y2.</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="342" />
            <source>Tệp {f} không có ô chữ ký trống (ví dụ tệp đã xuất lại từ Word); chỉ ra trang và vị trí chữ ký: --page N --box x1,y1,x2,y2.</source>
            <translation>The file {f} has no empty signature field (for example a file exported again from Word); give the page and position of the signature: --page N --box x1,y1,x2,y2.</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="351" />
            <source>(không rõ)</source>
            <translation>(unknown)</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="380" />
            <source>Không lấy được dấu thời gian từ máy chủ {u} (không có mạng hoặc máy chủ không trả lời); chưa ký gì. Ký lại khi có mạng, hoặc bỏ --tsa để ký không kèm dấu thời gian.</source>
            <translation>Could not get a timestamp from the server {u} (no network, or the server did not answer); nothing was signed. Sign again when online, or leave out --tsa to sign without a timestamp.</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="385" />
            <source>Không ký được tệp {f}: tệp PDF có cấu trúc không ký được.</source>
            <translation>Could not sign the file {f}: the PDF's structure cannot be signed.</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="392" />
            <source>Cơ quan: {o}</source>
            <translation>Agency: {o}</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="394" />
            <source>Người ký: {n}</source>
            <translation>Signer: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="397" />
            <source>Thời gian ký: {t}</source>
            <translation>Signing time: {t}</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="630" />
            <source>Tệp {f} không phải chứng thư số (PEM hoặc DER) đọc được.</source>
            <translation>The file {f} is not a readable certificate (PEM or DER).</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="632" />
            <source>Tệp {f} không chứa chứng thư số nào.</source>
            <translation>The file {f} contains no certificate.</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="768" />
            <source>chữ ký bị hỏng, không kiểm tra được</source>
            <translation>the signature is damaged and cannot be checked</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="784" />
            <source>chữ ký không toàn vẹn: nội dung đã ký bị thay đổi</source>
            <translation>the signature is not intact: the signed content was changed</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="786" />
            <source>chữ ký không hợp lệ</source>
            <translation>the signature is not valid</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="794" />
            <source>tài liệu đã bị sửa sau khi ký: trang {p}</source>
            <translation>the document was modified after signing: page {p}</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="796" />
            <source>tài liệu đã bị sửa sau khi ký (thay đổi không phải ký tiếp hoặc điền biểu mẫu)</source>
            <translation>the document was modified after signing (changes other than further signatures or form filling)</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="805" />
            <source>toàn vẹn nhưng chứng thư chưa được tin cậy</source>
            <translation>intact, but the certificate is not trusted</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="811" />
            <source>dấu thời gian không hợp lệ</source>
            <translation>the timestamp is not valid</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="813" />
            <source>dấu thời gian của máy chủ chưa được tin cậy</source>
            <translation>the server's timestamp is not trusted</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="815" />
            <source>chữ ký không đạt yêu cầu kiểm tra</source>
            <translation>the signature does not pass the checks</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="920" />
            <source>Dấu vân tay {f} không đúng: cần ít nhất 8 chữ số thập lục phân (0-9, a-f).</source>
            <translation>The fingerprint {f} is wrong: at least 8 hexadecimal digits (0-9, a-f) are needed.</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="924" />
            <source>Không có chứng thư tin cậy nào có dấu vân tay {f}.</source>
            <translation>No trusted certificate has the fingerprint {f}.</translation>
        </message>
        <message>
            <location filename="../../desktop/documents/signing.py" line="926" />
            <source>Dấu vân tay {f} khớp với {n} chứng thư; hãy gõ dài hơn.</source>
            <translation>The fingerprint {f} matches {n} certificates; type more of it.</translation>
        </message>
        <message>
            <location filename="../../desktop/models/city.py" line="187" />
            <source>Thư mục dữ liệu này chưa ở chế độ thành phố. Hãy chạy: khcds city init --province MÃ</source>
            <translation>This data folder is not in city mode yet. Run: khcds city init --province CODE</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="22" />
            <source>Cấp tỉnh, thành phố</source>
            <translation>Province level</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="22" />
            <source>Cấp huyện</source>
            <translation>District level</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="22" />
            <source>Cấp xã</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="46" />
            <source>Dự thảo</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="47" />
            <source>Trình phê duyệt</source>
            <translation>Submitted for approval</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="48" />
            <source>Đã phê duyệt</source>
            <translation>Approved</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="49" />
            <source>Đã ban hành</source>
            <translation>Issued</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="72" />
            <source>Chưa triển khai</source>
            <translation>Not started</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="73" />
            <source>Đang thực hiện</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="74" />
            <source>Hoàn thành</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="75" />
            <source>Chậm tiến độ</source>
            <translation>Late</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="76" />
            <source>Hủy bỏ</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="96" />
            <source>Tối thiểu</source>
            <translation>At least</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="97" />
            <source>Tối đa</source>
            <translation>Maximum</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="98" />
            <source>Đúng bằng</source>
            <translation>Exactly</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="99" />
            <source>Trong khoảng</source>
            <translation>Between</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="117" />
            <source>Hằng tháng</source>
            <translation>Monthly</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="117" />
            <source>Hằng quý</source>
            <translation>Quarterly</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="117" />
            <source>Lũy kế</source>
            <translation>Cumulative</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="135" />
            <source>Kế hoạch năm</source>
            <translation>Annual plan</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="136" />
            <source>Kế hoạch triển khai</source>
            <translation>Implementation plan</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="137" />
            <source>Kế hoạch cao điểm, chiến dịch</source>
            <translation>Peak plan, campaign</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="157" />
            <source>Ủy ban nhân dân</source>
            <translation>People's Committee</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="158" />
            <source>Đảng ủy</source>
            <translation>Party Committee</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="159" />
            <source>Ban Chỉ đạo</source>
            <translation>Steering Committee</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="160" />
            <source>Ban Thường vụ Đảng ủy</source>
            <translation>Party Committee Standing Board</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="194" />
            <source>Ngân sách tỉnh, thành phố</source>
            <translation>Provincial budget</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="195" />
            <source>Ngân sách xã</source>
            <translation>Commune budget</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="196" />
            <source>Ngân sách trung ương</source>
            <translation>Central budget</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="197" />
            <source>Xã hội hóa</source>
            <translation>Private funding</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="198" />
            <source>Nguồn khác</source>
            <translation>Other sources</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="219" />
            <source>Dự toán được duyệt</source>
            <translation>Approved estimate</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="220" />
            <source>Kinh phí đã sử dụng</source>
            <translation>Funding used</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="221" />
            <source>Chuyển nguồn</source>
            <translation>Carried over</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="222" />
            <source>Đã phân bổ, thực hiện</source>
            <translation>Allocated, spent</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="223" />
            <source>Dự kiến phân bổ</source>
            <translation>Planned allocation</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="224" />
            <source>Nhu cầu kinh phí</source>
            <translation>Funding needed</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="225" />
            <source>Tỷ lệ bố trí vốn</source>
            <translation>Funding ratio</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="246" />
            <source>Ban hành kế hoạch</source>
            <translation>Plan issued</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="247" />
            <source>Hằng tuần</source>
            <translation>Weekly</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="250" />
            <source>6 tháng</source>
            <translation>Half-yearly</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="251" />
            <source>Hằng năm</source>
            <translation>Yearly</translation>
        </message>
        <message>
            <location filename="../../desktop/models/enums.py" line="252" />
            <source>Đột xuất</source>
            <translation>Ad hoc</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city.py" line="65" />
            <source>Thư mục dữ liệu này đã có dữ liệu của một đơn vị; hãy dùng một thư mục riêng cho chế độ thành phố (--data-dir).</source>
            <translation>This data folder already holds a unit's data; use a separate folder for city mode (--data-dir).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city.py" line="72" />
            <source>Thư mục dữ liệu này đã là của {name}.</source>
            <translation>This data folder already belongs to {name}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city.py" line="94" />
            <source>Mã đơn vị không hợp lệ: {code}.</source>
            <translation>Invalid unit code: {code}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city.py" line="96" />
            <source>Tên đơn vị không được để trống.</source>
            <translation>The unit's name cannot be empty.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city.py" line="100" />
            <source>Đơn vị mã {code} đã có trong danh sách.</source>
            <translation>The unit with code {code} is already in the list.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city.py" line="121" />
            <source>Không có đơn vị mã {code} trong danh sách của thành phố.</source>
            <translation>There is no unit with code {code} in the city's list.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city.py" line="134" />
            <source>Dấu vân tay khóa phải có 32 chữ số hệ 16 (8 nhóm 4 ký tự).</source>
            <translation>A key fingerprint must have 32 hexadecimal digits (8 groups of 4 characters).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city.py" line="136" />
            <source>Đơn vị {code} đã có khóa tin cậy khác; thêm --reset để thay.</source>
            <translation>Unit {code} already has another trusted key; add --reset to replace it.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city.py" line="171" />
            <source>Đúng hạn</source>
            <translation>On time</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city.py" line="171" />
            <source>Muộn</source>
            <translation>Late</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city.py" line="171" />
            <source>Chưa gửi</source>
            <translation>Not sent</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city.py" line="188" />
            <source>Loại kế hoạch không hợp lệ: {k} (chọn {all}).</source>
            <translation>Invalid plan type: {k} (choose {all}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city.py" line="640" />
            <source>Lần gửi {r} của đơn vị {code} được nhận trước khi thành phố lưu từng lần gửi; không còn nội dung.</source>
            <translation>Submission {r} of unit {code} was received before the city kept each submission; its content is gone.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city.py" line="654" />
            <source>Thành phố chưa nhận lần gửi {r} của đơn vị {code}.</source>
            <translation>The city has not received submission {r} of unit {code}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city.py" line="657" />
            <source>Đơn vị {code} có lần gửi {r} ở nhiều năm ({years}); hãy thêm --year.</source>
            <translation>Unit {code} has submission {r} in several years ({years}); add --year.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city.py" line="677" />
            <source>Hãy ghi lý do loại lần gửi (--reason).</source>
            <translation>Give the reason for discarding the submission (--reason).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city.py" line="682" />
            <source>Lần gửi {r} của đơn vị {code} đã được loại ra trước đó.</source>
            <translation>Submission {r} of unit {code} was already discarded.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city.py" line="840" />
            <source>Lần gửi {rev} năm {y} của đơn vị {code} đã bị sửa trong tệp dữ liệu của thành phố.</source>
            <translation>Submission {rev} of {y} from unit {code} was modified in the city's data file.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city.py" line="869" />
            <source>đơn vị {code} năm {y}</source>
            <translation>unit {code} year {y}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city.py" line="874" />
            <source>Dữ liệu đang dùng của {where} không khớp lần gửi nào thành phố đã nhận.</source>
            <translation>The data in use for {where} matches no submission the city received.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city.py" line="879" />
            <source>Dữ liệu đang dùng của {where} là lần gửi {rev} đã bị loại ra.</source>
            <translation>The data in use for {where} is revision {rev}, which was set aside.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city.py" line="883" />
            <source>Dữ liệu đang dùng của {where} đã bị sửa trong tệp dữ liệu.</source>
            <translation>The data in use for {where} was modified in the data file.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city.py" line="890" />
            <source>Số liệu tổng hợp của {where} khác với lần gửi đã nhận (bị sửa trực tiếp).</source>
            <translation>The summary figures of {where} differ from the received submission (modified directly).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city_documents.py" line="159" />
            <source>Tên người ký quá dài (tối đa 100 ký tự).</source>
            <translation>The signer's name is too long (at most 100 characters).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city_documents.py" line="166" />
            <source>Chức vụ người ký không hợp lệ; ví dụ: --signer-title "GIÁM ĐỐC" hoặc --signer-title "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC".</source>
            <translation>Invalid signer's title; for example: --signer-title "GIÁM ĐỐC" or --signer-title "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC".</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city_scoring.py" line="34" />
            <source>Bộ tiêu chí {id} phiên bản {v} chưa có ở thành phố: nhập bộ tiêu chí trước khi nhận bản tự chấm</source>
            <translation>The criteria set {id} version {v} is not in the city yet: import the criteria set before receiving self-assessments</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city_scoring.py" line="54" />
            <source>Bản tự chấm điểm trong tệp không đúng cấu trúc</source>
            <translation>The self-assessment in the file has the wrong structure</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city_scoring.py" line="67" />
            <source>Tiêu chí {id}: tệp minh chứng {name} không có trong gói</source>
            <translation>Criterion {id}: the evidence file {name} is not in the package</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city_scoring.py" line="73" />
            <source>Tiêu chí {id}: tệp minh chứng {name} đã bị thay đổi</source>
            <translation>Criterion {id}: the evidence file {name} was changed</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city_scoring.py" line="119" />
            <source>Chưa nhận bản tự chấm của đơn vị {code} theo bộ {set}, kỳ {p}</source>
            <translation>No self-assessment received from unit {code} for set {set}, period {p}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city_scoring.py" line="138" />
            <source>Điều chỉnh điểm phải ghi rõ lý do</source>
            <translation>A score adjustment needs a reason</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city_scoring.py" line="145" />
            <source>Tiêu chí {id} chưa có điểm tối đa: bổ sung bộ tiêu chí trước</source>
            <translation>Criterion {id} has no maximum score: complete the criteria set first</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city_scoring.py" line="147" />
            <source>Điểm của tiêu chí {id} phải từ 0 đến {m}</source>
            <translation>The score of criterion {id} must be from 0 to {m}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city_scoring.py" line="256" />
            <source>Chưa có bản tự chấm nào theo bộ {set}, kỳ {p}</source>
            <translation>No self-assessment yet for set {set}, period {p}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/city_scoring.py" line="289" />
            <source>Thư mục dữ liệu này không ở chế độ thành phố (khcds city init)</source>
            <translation>This data folder is not in city mode (khcds city init)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="48" />
            <source>bộ tiêu chí</source>
            <translation>criteria set</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="48" />
            <source>tiêu chí {id}</source>
            <translation>criterion {id}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="56" />
            <source>{where}: {field} phải là một số, ví dụ 20 hoặc 2.5</source>
            <translation>{where}: {field} must be a number, for example 20 or 2.5</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="65" />
            <source>{where}: {field} phải từ 0 đến 100.000</source>
            <translation>{where}: {field} must be from 0 to 100.000</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="74" />
            <source>{where}: thiếu {field}</source>
            <translation>{where}: {field} is missing</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="77" />
            <source>{where}: {field} dài quá {n} ký tự hoặc có ký tự điều khiển</source>
            <translation>{where}: {field} is longer than {n} characters or has control characters</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="88" />
            <source>{where}: cách tính phải là một đối tượng</source>
            <translation>{where}: the method must be an object</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="93" />
            <source>{where}: các mức điểm ghi dạng [[giá trị tối thiểu, điểm], ...], ví dụ [[4, 20], [3, 15], [2, 10], [1, 5]]</source>
            <translation>{where}: score levels are written [[minimum value, points], ...], for example [[4, 20], [3, 15], [2, 10], [1, 5]]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="99" />
            <source>giá trị của mức</source>
            <translation>level value</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="100" />
            <source>điểm của mức</source>
            <translation>level points</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="101" />
            <source>điểm khi không đạt mức nào</source>
            <translation>points when no level is reached</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="103" />
            <source>ngưỡng đạt điểm tối đa (%)</source>
            <translation>threshold for full points (%)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="107" />
            <source>{where}: ngưỡng đạt điểm tối đa phải từ trên 0 đến 100%, ví dụ 80</source>
            <translation>{where}: the threshold for full points must be above 0 and at most 100%, for example 80</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="111" />
            <source>{where}: số liệu hệ thống là tỷ lệ (pct) hoặc điểm (points)</source>
            <translation>{where}: the system figure is a ratio (pct) or points (points)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="117" />
            <source>{where}: thiếu công thức, ví dụ "100 - (qua_han + dislike)"</source>
            <translation>{where}: the formula is missing, for example "100 - (qua_han + dislike)"</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="126" />
            <source>{where}: mỗi biến của công thức cần một tên gọi trong "variables", ví dụ {{"qua_han": "Tỷ lệ hồ sơ quá hạn (%)"}}</source>
            <translation>{where}: each variable of the formula needs a name in "variables", for example {{"qua_han": "Overdue records ratio (%)"}}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="132" />
            <source>điểm cho mỗi đơn vị đếm</source>
            <translation>points per counted unit</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="137" />
            <source>{where}: các chức danh ghi dạng {{"Chủ tịch": 1, "Phó Chủ tịch": 0.5, "Không có": 0}}</source>
            <translation>{where}: titles are written {{"Chủ tịch": 1, "Phó Chủ tịch": 0.5, "Không có": 0}}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="142" />
            <source>tỷ lệ điểm của '{k}'</source>
            <translation>point share of '{k}'</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="145" />
            <source>{where}: tỷ lệ điểm của '{k}' phải từ 0 đến 1, ví dụ 0.5</source>
            <translation>{where}: the point share of '{k}' must be from 0 to 1, for example 0.5</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="151" />
            <source>{where}: các nội dung ghi dạng [{{"id": "a", "text": "...", "share": 0.5}}, ...]</source>
            <translation>{where}: items are written [{{"id": "a", "text": "...", "share": 0.5}}, ...]</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="162" />
            <source>{where}: mỗi nội dung cần mã (id) và nội dung (text)</source>
            <translation>{where}: each item needs a code (id) and a text (text)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="163" />
            <source>tỷ lệ điểm của nội dung {p}</source>
            <translation>point share of item {p}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="167" />
            <source>{where}: tỷ lệ điểm của các nội dung phải cộng lại bằng 1 (đang là {t})</source>
            <translation>{where}: the items' point shares must add up to 1 (now {t})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="174" />
            <source>{where}: số liệu lấy từ theo dõi kế hoạch là một trong: {all}</source>
            <translation>{where}: the figure taken from plan tracking is one of: {all}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="192" />
            <source>Không phải bộ tiêu chí của KHCĐS (cần "format": "{f}")</source>
            <translation>Not a KHCĐS criteria set ("format": "{f}" is needed)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="195" />
            <source>tên bộ tiêu chí</source>
            <translation>criteria set name</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="196" />
            <source>cơ quan ban hành</source>
            <translation>issuing body</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="201" />
            <source>bộ tiêu chí: kỳ đánh giá phải là monthly (hằng tháng), quarterly (hằng quý) hoặc yearly (hằng năm)</source>
            <translation>criteria set: the assessment period must be monthly, quarterly or yearly</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="207" />
            <source>bộ tiêu chí: hạn gửi là một ngày trong tháng từ 1 đến 28, ví dụ 20 (trước ngày 20)</source>
            <translation>criteria set: the deadline is a day of the month from 1 to 28, for example 20 (before the 20th)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="208" />
            <source>tổng điểm tối đa</source>
            <translation>total maximum score</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="212" />
            <source>bộ tiêu chí: thể thức báo cáo là nd30 (Nghị định 30) hoặc party (văn bản của Đảng)</source>
            <translation>criteria set: the report format is nd30 (Decree 30) or party (Party documents)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="216" />
            <source>bộ tiêu chí: thiếu các nhóm tiêu chí</source>
            <translation>criteria set: the criteria groups are missing</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="220" />
            <source>bộ tiêu chí: mỗi nhóm ghi dạng {"id": "1", "name": "Nhận thức số", "max": 100}</source>
            <translation>criteria set: each group is written {"id": "1", "name": "Nhận thức số", "max": 100}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="221" />
            <source>mã nhóm</source>
            <translation>group code</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="224" />
            <source>bộ tiêu chí: mã nhóm {id} bị trùng</source>
            <translation>criteria set: the group code {id} is duplicated</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="229" />
            <source>nhóm {id}: loại nhóm là main (chính), bonus (điểm thưởng) hoặc deduction (điểm trừ)</source>
            <translation>group {id}: the group type is main, bonus or deduction</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="234" />
            <source>tên nhóm</source>
            <translation>group name</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="236" />
            <source>điểm tối đa của nhóm</source>
            <translation>group's maximum score</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="237" />
            <source>ghi chú</source>
            <translation>note</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="243" />
            <source>bộ tiêu chí: chưa có tiêu chí nào</source>
            <translation>criteria set: there are no criteria yet</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="245" />
            <source>bộ tiêu chí: quá {n} tiêu chí</source>
            <translation>criteria set: more than {n} criteria</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="250" />
            <source>bộ tiêu chí: mỗi tiêu chí là một đối tượng có id, group, text, max, method</source>
            <translation>criteria set: each criterion is an object with id, group, text, max, method</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="251" />
            <source>mã tiêu chí</source>
            <translation>criterion code</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="254" />
            <source>bộ tiêu chí: mã tiêu chí {id} bị trùng</source>
            <translation>criteria set: the criterion code {id} is duplicated</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="258" />
            <source>{where}: nhóm '{g}' không có trong bộ tiêu chí (các nhóm: {all})</source>
            <translation>{where}: the group '{g}' is not in the criteria set (groups: {all})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="266" />
            <source>{where}: cách tính phải là một trong: {all}</source>
            <translation>{where}: the method must be one of: {all}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="270" />
            <source>điểm tối đa</source>
            <translation>maximum score</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="276" />
            <source>{where}: khi không áp dụng ghi reduce_max (không tính vào điểm tối đa) hoặc full_points (tính đủ điểm)</source>
            <translation>{where}: when not applicable write reduce_max (not counted in the maximum) or full_points (counted as full points)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="285" />
            <source>{where}: minh chứng ghi dạng {{"kind": "document", "text": "Quyết định thành lập Ban Chỉ đạo"}}; kind là file, document, task, system hoặc none</source>
            <translation>{where}: evidence is written {{"kind": "document", "text": "Quyết định thành lập Ban Chỉ đạo"}}; kind is file, document, task, system or none</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="291" />
            <source>nội dung minh chứng</source>
            <translation>evidence text</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="298" />
            <source>nội dung tiêu chí</source>
            <translation>criterion text</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="304" />
            <source>nguồn số liệu</source>
            <translation>data source</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="305" />
            <source>đơn vị tính</source>
            <translation>unit of measure</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="313" />
            <source>nhóm {id} ({name}): chưa có tiêu chí nào</source>
            <translation>group {id} ({name}): no criteria yet</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="319" />
            <source>nhóm {id} ({name}): điểm tối đa của các tiêu chí cộng lại là {s}, khác điểm tối đa của nhóm {m}</source>
            <translation>group {id} ({name}): the criteria's maximum scores add up to {s}, not the group's maximum {m}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="326" />
            <source>nhóm {id} ({name}): điểm tối đa của các tiêu chí ({s}) vượt điểm tối đa của nhóm {m}</source>
            <translation>group {id} ({name}): the criteria's maximum scores ({s}) exceed the group's maximum {m}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="333" />
            <source>bộ tiêu chí: điểm tối đa các nhóm chính cộng lại là {s}, khác tổng điểm tối đa {t}</source>
            <translation>criteria set: the main groups' maximum scores add up to {s}, not the total maximum {t}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="340" />
            <source>bộ tiêu chí: xếp loại ghi dạng {"name": "Tốt", "at_least": 80}</source>
            <translation>criteria set: grades are written {"name": "Tốt", "at_least": 80}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="341" />
            <source>điểm tối thiểu của xếp loại</source>
            <translation>grade's minimum score</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="345" />
            <source>bộ tiêu chí: xếp loại '{n}' cần {a} điểm, vượt tổng điểm tối đa {t}</source>
            <translation>criteria set: the grade '{n}' needs {a} points, more than the total maximum {t}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="349" />
            <source>tên xếp loại</source>
            <translation>grade name</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="351" />
            <source>bộ tiêu chí: hai xếp loại có cùng điểm tối thiểu</source>
            <translation>criteria set: two grades have the same minimum score</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="354" />
            <source>bộ tiêu chí: phiên bản là số nguyên từ 1, ví dụ 2</source>
            <translation>criteria set: the version is a whole number from 1, for example 2</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="362" />
            <source>mã tỉnh</source>
            <translation>province code</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="379" />
            <source>Không đọc được tệp {name}</source>
            <translation>Could not read the file {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="385" />
            <source>{name}: tệp quá lớn cho một bộ tiêu chí</source>
            <translation>{name}: the file is too large for a criteria set</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="389" />
            <source>{name}: không phải tệp JSON hợp lệ</source>
            <translation>{name}: not a valid JSON file</translation>
        </message>
        <message>
            <location filename="../../desktop/services/criteria.py" line="441" />
            <source>Không có bộ tiêu chí {id}</source>
            <translation>There is no criteria set {id}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/dashboard.py" line="123" />
            <source>Hạn ban hành kế hoạch của đơn vị</source>
            <translation>Deadline for the unit to issue its plan</translation>
        </message>
        <message>
            <location filename="../../desktop/services/dashboard.py" line="134" />
            <source>Hoàn thành: {t}</source>
            <translation>Finish: {t}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/demo.py" line="169" />
            <source>Năm kế hoạch không hợp lệ: {year}.</source>
            <translation>Invalid plan year: {year}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/demo.py" line="172" />
            <source>Không có đơn vị mã {code} trong danh mục đơn vị hành chính.</source>
            <translation>There is no unit with code {code} in the list of administrative units.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/demo.py" line="176" />
            <source>Thư mục dữ liệu đã có dữ liệu của {name}; dữ liệu mẫu không ghi đè. Hãy dùng thư mục khác (--data-dir).</source>
            <translation>The data folder already holds the data of {name}; demo data does not overwrite it. Use another folder (--data-dir).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/demo.py" line="351" />
            <source>Không có kế hoạch số {id}.</source>
            <translation>There is no plan number {id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/demo.py" line="352" />
            <source>Dữ liệu mẫu: {unit}, kế hoạch năm {year} theo {tpl}: {n} nhiệm vụ, {m} chỉ tiêu. Thư mục dữ liệu: {dir}</source>
            <translation>Demo data: {unit}, {year} plan from {tpl}: {n} tasks, {m} targets. Data folder: {dir}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/documents.py" line="157" />
            <source>Thư mục dữ liệu chưa có đơn vị nào. Hãy tạo đơn vị hoặc chạy: khcds demo</source>
            <translation>The data folder has no unit yet. Create a unit or run: khcds demo</translation>
        </message>
        <message>
            <location filename="../../desktop/services/documents.py" line="187" />
            <source>Không tìm thấy kế hoạch số hiệu {id} (có thể đã bị xóa). Xem danh sách: khcds plan list</source>
            <translation>Plan id {id} was not found (it may have been deleted). See the list: khcds plan list</translation>
        </message>
        <message>
            <location filename="../../desktop/services/documents.py" line="247" />
            <source>Đường dẫn lưu tệp là một thư mục: {d}</source>
            <translation>The output path is a folder: {d}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/documents.py" line="253" />
            <source>Không ghi được tệp {f} (tệp đang mở trong chương trình khác hoặc không có quyền).</source>
            <translation>Could not write the file {f} (it is open in another program, or access is denied).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/documents.py" line="256" />
            <source>Không ghi được tệp {f}: {err}</source>
            <translation>Could not write the file {f}: {err}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="20" />
            <source>Nội dung</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="21" />
            <source>Chủ trì</source>
            <translation>Lead</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="22" />
            <source>Phối hợp</source>
            <translation>Coordinating</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="23" />
            <source>Đầu mối hỗ trợ</source>
            <translation>Support contact</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="24" />
            <source>Sản phẩm</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="25" />
            <source>Bắt đầu</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="27" />
            <source>Kinh phí</source>
            <translation>Funding</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="28" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="29" />
            <source>Tỷ lệ hoàn thành</source>
            <translation>Completion</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="30" />
            <source>Áp dụng</source>
            <translation>Adopted</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="31" />
            <source>Trụ cột</source>
            <translation>Pillar</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="32" />
            <source>Ghi chú</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="33" />
            <source>Thời gian</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="34" />
            <source>Trạng thái kế hoạch</source>
            <translation>Plan status</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="37" />
            <source>Nhiệm vụ</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="38" />
            <source>Cập nhật tiến độ</source>
            <translation>Progress update</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="39" />
            <source>Minh chứng</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="40" />
            <source>Kế hoạch</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="41" />
            <source>Chỉ tiêu</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="42" />
            <source>Dòng kinh phí</source>
            <translation>Budget line</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="43" />
            <source>Mục của kế hoạch</source>
            <translation>Plan section</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="44" />
            <source>Căn cứ</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="45" />
            <source>Số liệu chỉ tiêu</source>
            <translation>Target measurement</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="46" />
            <source>Nội dung báo cáo</source>
            <translation>Report text</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="49" />
            <source>thêm</source>
            <translation>added</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="49" />
            <source>sửa</source>
            <translation>changed</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="49" />
            <source>xóa</source>
            <translation>deleted</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="82" />
            <source>có</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="82" />
            <source>không</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="139" />
            <source>{what} mới: {v}</source>
            <translation>New {what}: {v}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/history.py" line="140" />
            <source>{what} bị xóa: {v}</source>
            <translation>Deleted {what}: {v}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/money.py" line="29" />
            <source>(chưa có nội dung)</source>
            <translation>(no content yet)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/money.py" line="36" />
            <source>Dòng kinh phí "{n}": {w} {v} triệu đồng vượt mức hợp lý (từ 0 đến {lim} triệu đồng); kiểm tra đơn vị tính là triệu đồng.</source>
            <translation>Funding row "{n}": {w} {v} million dong is beyond a reasonable amount (0 to {lim} million dong); check that the unit is million dong.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/money.py" line="49" />
            <source>Dòng kinh phí "{n}": đã sử dụng {s} triệu đồng, nhiều hơn dự toán được duyệt {a} triệu đồng.</source>
            <translation>Funding row "{n}": {s} million dong used, more than the approved estimate of {a} million dong.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/money.py" line="62" />
            <source>Kinh phí nhiệm vụ "{n}": {v} triệu đồng vượt mức hợp lý (từ 0 đến {lim} triệu đồng).</source>
            <translation>Funding of task "{n}": {v} million dong is beyond a reasonable amount (0 to {lim} million dong).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_rules.py" line="103" />
            <source>Kỳ báo cáo không hợp lệ: {p} (chọn {all}).</source>
            <translation>Invalid report period: {p} (choose {all}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plan_rules.py" line="107" />
            <source>Kỳ báo cáo {p} nằm ngoài thời gian của kế hoạch ({a} - {b}).</source>
            <translation>The report period {p} is outside the plan's time span ({a} - {b}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="199" />
            <source>Kế hoạch số hiệu {id} không phải của {unit}.</source>
            <translation>Plan id {id} does not belong to {unit}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="202" />
            <source>Kế hoạch số hiệu {id} là kế hoạch năm {y}, không phải năm {year}.</source>
            <translation>Plan id {id} is the plan of {y}, not of {year}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="208" />
            <source>Hãy chọn kế hoạch: --plan SỐ_HIỆU (xem: khcds plan list) hoặc --year NĂM.</source>
            <translation>Choose a plan: --plan ID (see: khcds plan list) or --year YEAR.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="212" />
            <source>chưa có</source>
            <translation>none yet</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="213" />
            <source>Đơn vị chưa có kế hoạch năm {year} (các năm đã có: {have}).</source>
            <translation>The unit has no plan for {year} yet (years with a plan: {have}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="217" />
            <source>Năm {year} có {n} kế hoạch, hãy chọn một bằng --plan SỐ_HIỆU: {listing}.</source>
            <translation>The year {year} has {n} plans; choose one with --plan ID: {listing}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="337" />
            <source>Chế độ báo cáo không hợp lệ: "{t}" (ví dụ: "month day:20" là trước ngày 20 hằng tháng, "quarter next:10", "week after:2", "year date:12-15").</source>
            <translation>Invalid reporting rule: "{t}" (for example: "month day:20" is before the 20th of every month, "quarter next:10", "week after:2", "year date:12-15").</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="356" />
            <source>Hạn gửi báo cáo {p}</source>
            <translation>Report deadline {p}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="476" />
            <source>Hãy ghi cả ngày bắt đầu và ngày kết thúc của kế hoạch.</source>
            <translation>Enter both the start and end dates of the plan.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="480" />
            <source>Ngày kết thúc ({e}) phải sau ngày bắt đầu ({s}).</source>
            <translation>The end date ({e}) must be after the start date ({s}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="483" />
            <source>Thời gian của kế hoạch quá dài (tối đa 5 năm).</source>
            <translation>The plan's time span is too long (at most 5 years).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="486" />
            <source>Năm kế hoạch ({y}) khác năm của ngày bắt đầu ({s}).</source>
            <translation>The plan year ({y}) differs from the year of the start date ({s}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="490" />
            <source>Hãy ghi năm của kế hoạch, hoặc ngày bắt đầu và ngày kết thúc.</source>
            <translation>Enter the plan's year, or its start and end dates.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="498" />
            <source>Đơn vị đã có kế hoạch năm {year} của {body}.</source>
            <translation>The unit already has a {year} plan of the {body}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="502" />
            <source>Hãy ghi tên (trích yếu) của kế hoạch.</source>
            <translation>Enter the plan's title (summary).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="505" />
            <source>Tên kế hoạch quá dài (tối đa 1000 ký tự).</source>
            <translation>The plan's title is too long (at most 1000 characters).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="618" />
            <source>Nhiệm vụ này không có thời hạn tính từ một sự kiện.</source>
            <translation>This task has no deadline counted from an event.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="630" />
            <source>Không tìm thấy nhiệm vụ (có thể đã bị xóa).</source>
            <translation>The task was not found (it may have been deleted).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="637" />
            <source>Không tìm thấy dòng kinh phí.</source>
            <translation>The funding row was not found.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="643" />
            <source>Kế hoạch {state}: chỉ xem, không sửa được. Hãy mở khóa (kèm lý do) để sửa.</source>
            <translation>The plan is {state}: read-only. Unlock it (with a reason) to edit it.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="657" />
            <source>Kinh phí không được âm.</source>
            <translation>Funding cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="671" />
            <source>Trích yếu của kế hoạch không được để trống.</source>
            <translation>The plan's summary cannot be empty.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="691" />
            <source>Không tìm thấy người ký.</source>
            <translation>The signer was not found.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="724" />
            <source>Không tìm thấy mục {key}.</source>
            <translation>The section {key} was not found.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="748" />
            <source>Nội dung nhiệm vụ không được để trống.</source>
            <translation>The task's content cannot be empty.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="750" />
            <source>Thời gian hoàn thành phải sau thời gian bắt đầu.</source>
            <translation>The finish time must be after the start time.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="786" />
            <source>Hãy chọn trụ cột (lĩnh vực) của nhiệm vụ.</source>
            <translation>Choose the task's pillar (field).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="818" />
            <source>Nhiệm vụ đã có cập nhật tiến độ: không xóa được, hãy chọn "Không áp dụng".</source>
            <translation>The task already has progress updates: it cannot be deleted; choose "Not applicable".</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="846" />
            <source>Mẫu kế hoạch không có nhiệm vụ {id}.</source>
            <translation>The plan template has no task {id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="979" />
            <source>Nhiệm vụ không áp dụng trong kế hoạch: không cập nhật tiến độ.</source>
            <translation>The task does not apply in the plan: no progress update.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1015" />
            <source>Cận dưới của khoảng ({a}) lớn hơn cận trên ({b}).</source>
            <translation>The range's lower bound ({a}) is greater than its upper bound ({b}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1056" />
            <source>Giá trị chỉ tiêu không hợp lệ: {v}.</source>
            <translation>Invalid target value: {v}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1058" />
            <source>Giá trị chỉ tiêu phải từ 0 đến 100 (đã nhập {v}).</source>
            <translation>The target value must be from 0 to 100 ({v} was entered).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1059" />
            <source>Giá trị chỉ tiêu phải từ 0 trở lên (đã nhập {v}).</source>
            <translation>The target value must be 0 or more ({v} was entered).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1087" />
            <source>Nhóm của chỉ tiêu phải có tên.</source>
            <translation>The target's group must have a name.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1089" />
            <source>Chỉ tiêu có hai nhóm cùng tên "{g}".</source>
            <translation>The target has two groups named "{g}".</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1095" />
            <source>Nhóm "{g}" của chỉ tiêu chưa có giá trị.</source>
            <translation>The target's group "{g}" has no value yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1099" />
            <source>Nhóm "{g}": khoảng phải có cận trên không nhỏ hơn cận dưới.</source>
            <translation>Group "{g}": the range's upper bound must not be smaller than its lower bound.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1113" />
            <source>Nội dung chỉ tiêu không được để trống.</source>
            <translation>The target's text cannot be empty.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1119" />
            <source>Chỉ tiêu dạng khoảng phải có cận dưới và cận trên (cận trên không nhỏ hơn).</source>
            <translation>A range target needs a lower and an upper bound (the upper not smaller).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1122" />
            <source>Chỉ tiêu "{t}" chưa có giá trị.</source>
            <translation>The target "{t}" has no value yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1133" />
            <source>Chỉ tiêu của đơn vị</source>
            <translation>The unit's own target</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1177" />
            <source>Nội dung và đơn vị tính của chỉ tiêu trong mẫu không sửa được.</source>
            <translation>The text and unit of measure of a template's target cannot be edited.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1222" />
            <source>Chỉ tiêu của mẫu không xóa được; hãy sửa giá trị đơn vị đặt ra.</source>
            <translation>A template's target cannot be deleted; edit the unit's value instead.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1231" />
            <source>Không tìm thấy chỉ tiêu.</source>
            <translation>The target was not found.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1255" />
            <source>Tên nhiệm vụ của dòng kinh phí không được để trống.</source>
            <translation>The task name of a funding row cannot be empty.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1312" />
            <source>Chưa có trích yếu của kế hoạch.</source>
            <translation>The plan has no summary yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1314" />
            <source>Chưa chọn người ký.</source>
            <translation>No signer chosen yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1316" />
            <source>Chưa có họ tên người ký.</source>
            <translation>The signer's name is missing.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1318" />
            <source>Chưa có nơi nhận.</source>
            <translation>No recipients yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1320" />
            <source>Chưa có số văn bản: để trống cho văn thư điền.</source>
            <translation>No document number yet: left blank for the clerk to fill in.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1323" />
            <source>Kế hoạch chưa có nhiệm vụ nào.</source>
            <translation>The plan has no tasks yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1328" />
            <source>Nhiệm vụ "{t}" chưa có cơ quan chủ trì.</source>
            <translation>The task "{t}" has no lead agency yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1333" />
            <source>Nhiệm vụ "{t}" chưa có thời gian hoàn thành.</source>
            <translation>The task "{t}" has no finish time yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1340" />
            <source>Nhiệm vụ "{t}" hoàn thành trước năm kế hoạch.</source>
            <translation>The task "{t}" finishes before the plan year.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1356" />
            <source>Chỉ tiêu "{t}": đơn vị đặt {v}, thấp hơn mức thành phố giao cho cấp này ({c}).</source>
            <translation>Target "{t}": the unit set {v}, lower than the level the city assigns to this level ({c}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1368" />
            <source>Mục "{t}" còn trống.</source>
            <translation>The section "{t}" is still empty.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1374" />
            <source>Dòng kinh phí "{t}" chưa có số tiền.</source>
            <translation>The funding row "{t}" has no amount yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1406" />
            <source>Không chuyển được kế hoạch từ "{a}" sang "{b}".</source>
            <translation>Could not move the plan from "{a}" to "{b}".</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1410" />
            <source>Kế hoạch còn lỗi: {msg}</source>
            <translation>The plan still has errors: {msg}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1422" />
            <source>Mở khóa kế hoạch phải ghi rõ lý do.</source>
            <translation>Unlocking a plan needs a reason.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/plans.py" line="1477" />
            <source>Nội dung quá dài (tối đa {n} ký tự).</source>
            <translation>The content is too long (at most {n} characters).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/safety.py" line="86" />
            <source>Không có nhiệm vụ số {id}.</source>
            <translation>There is no task number {id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/scorecards.py" line="68" />
            <source>Kỳ đánh giá '{key}' không đúng: bộ tiêu chí chấm {rhythm}, ghi ví dụ {example}</source>
            <translation>The assessment period '{key}' is not valid: the criteria set is scored {rhythm}, write for example {example}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/scorecards.py" line="130" />
            <source>Bộ tiêu chí {id} phiên bản {v} đã có với nội dung khác; phiên bản mới phải có số lớn hơn</source>
            <translation>The criteria set {id} version {v} already exists with different content; a new version must have a higher number</translation>
        </message>
        <message>
            <location filename="../../desktop/services/scorecards.py" line="233" />
            <source>Chưa khai báo đơn vị: chạy trình hướng dẫn lần đầu hoặc `khcds demo`</source>
            <translation>No unit set up yet: run the first-run wizard or `khcds demo`</translation>
        </message>
        <message>
            <location filename="../../desktop/services/scorecards.py" line="259" />
            <source>Không có bản tự chấm điểm số {id}</source>
            <translation>There is no self-assessment number {id}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/scorecards.py" line="283" />
            <source>Tiêu chí {id}: ghi 'có' hoặc 'không'</source>
            <translation>Criterion {id}: write 'có' (yes) or 'không' (no)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/scorecards.py" line="286" />
            <source>Tiêu chí {id}: ghi tử số/mẫu số, ví dụ 12/15</source>
            <translation>Criterion {id}: write numerator/denominator, for example 12/15</translation>
        </message>
        <message>
            <location filename="../../desktop/services/scorecards.py" line="293" />
            <source>Tiêu chí {id}: ghi tên=giá trị; ví dụ qua_han=2; pakn_dislike=1</source>
            <translation>Criterion {id}: write name=value; for example qua_han=2; pakn_dislike=1</translation>
        </message>
        <message>
            <location filename="../../desktop/services/scorecards.py" line="324" />
            <source>Tiêu chí {id}: {msg}</source>
            <translation>Criterion {id}: {msg}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/scorecards.py" line="347" />
            <source>Không có tệp minh chứng {name}</source>
            <translation>The evidence file {name} does not exist</translation>
        </message>
        <message>
            <location filename="../../desktop/services/scorecards.py" line="351" />
            <source>Tệp minh chứng {name} lớn quá 200 MB</source>
            <translation>The evidence file {name} is larger than 200 MB</translation>
        </message>
        <message>
            <location filename="../../desktop/services/scorecards.py" line="353" />
            <source>Không chép được tệp minh chứng {name} vào thư mục dữ liệu</source>
            <translation>Could not copy the evidence file {name} into the data folder</translation>
        </message>
        <message>
            <location filename="../../desktop/services/scorecards.py" line="377" />
            <source>Văn bản minh chứng cần số, ký hiệu, ví dụ 12/QĐ-UBND</source>
            <translation>An evidence document needs a number and symbol, for example 12/QĐ-UBND</translation>
        </message>
        <message>
            <location filename="../../desktop/services/scorecards.py" line="398" />
            <source>Tiêu chí {id}: thiếu tệp minh chứng {name}</source>
            <translation>Criterion {id}: the evidence file {name} is missing</translation>
        </message>
        <message>
            <location filename="../../desktop/services/scorecards.py" line="435" />
            <source>Không có minh chứng số {id} trong các nhiệm vụ của kế hoạch năm {y}</source>
            <translation>There is no evidence number {id} among the tasks of the {y} plan</translation>
        </message>
        <message>
            <location filename="../../desktop/services/scorecards.py" line="443" />
            <source>minh chứng của nhiệm vụ: {t}</source>
            <translation>task evidence: {t}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/scorecards.py" line="504" />
            <source>{a}/{b} nhiệm vụ đến hạn đến {d} hoàn thành đúng hạn (kế hoạch {n})</source>
            <translation>{a}/{b} tasks due by {d} finished on time (plan {n})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/scorecards.py" line="514" />
            <source>đã giải ngân {a} trên {b} triệu đồng</source>
            <translation>{a} of {b} million dong disbursed</translation>
        </message>
        <message>
            <location filename="../../desktop/services/scorecards.py" line="533" />
            <source>{a}/{b} chỉ tiêu đã đo đạt yêu cầu</source>
            <translation>{a}/{b} measured targets met</translation>
        </message>
        <message>
            <location filename="../../desktop/services/scorecards.py" line="558" />
            <source>Theo dõi kế hoạch trong KHCĐS</source>
            <translation>Plan tracking in KHCĐS</translation>
        </message>
        <message>
            <location filename="../../desktop/services/scorecards.py" line="782" />
            <source>Điểm tự chấm trong tệp không khớp với số liệu đã nhập (tệp đã bị sửa)</source>
            <translation>The self-assessed scores in the file do not match the entered figures (the file was modified)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/table_import.py" line="152" />
            <source>Không đọc được tệp Excel {file}: tệp hỏng hoặc không phải XLSX ({err}).</source>
            <translation>Could not read the Excel file {file}: the file is damaged or not XLSX ({err}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/table_import.py" line="160" />
            <source>Bảng {sheet} trong tệp {file} có quá nhiều dòng (tối đa {n}).</source>
            <translation>The sheet {sheet} in the file {file} has too many rows (at most {n}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/table_import.py" line="186" />
            <source>Không đọc được tệp Word {file}: tệp hỏng hoặc không phải DOCX ({err}).</source>
            <translation>Could not read the Word file {file}: the file is damaged or not DOCX ({err}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/table_import.py" line="205" />
            <source>Bảng trong tệp {file} có quá nhiều dòng (tối đa {n}).</source>
            <translation>The table in the file {file} has too many rows (at most {n}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/table_import.py" line="282" />
            <source>Không đọc được tệp {file}: {err}</source>
            <translation>Could not read the file {file}: {err}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/table_import.py" line="284" />
            <source>Tệp {file} quá lớn để là một bảng nhiệm vụ (tối đa 30 MB).</source>
            <translation>The file {file} is too large to be a task table (at most 30 MB).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/table_import.py" line="294" />
            <source>Tệp {file}: chỉ đọc được bảng nhiệm vụ dạng .xlsx (Excel) hoặc .docx (Word).</source>
            <translation>File {file}: only task tables in .xlsx (Excel) or .docx (Word) can be read.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/table_import.py" line="299" />
            <source>Tệp {file}: không tìm thấy dòng tiêu đề của bảng nhiệm vụ (cần các cột như STT, Nhiệm vụ, Cơ quan chủ trì, Thời hạn).</source>
            <translation>File {file}: the header row of the task table was not found (columns such as STT, Nhiệm vụ, Cơ quan chủ trì, Thời hạn are needed).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/table_import.py" line="344" />
            <source>Dòng {r}: có số thứ tự {n} nhưng không có nội dung nhiệm vụ; bỏ qua.</source>
            <translation>Row {r}: has number {n} but no task content; skipped.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/table_import.py" line="349" />
            <source>Dòng {r}: không đọc được ({text}); bỏ qua.</source>
            <translation>Row {r}: could not be read ({text}); skipped.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/table_import.py" line="358" />
            <source>Dòng {r}: nhiệm vụ đứng trước mọi dòng nhóm (I, II, ...); xếp vào nhóm "Nhiệm vụ".</source>
            <translation>Row {r}: a task comes before any group row (I, II, ...); put in the group "Tasks".</translation>
        </message>
        <message>
            <location filename="../../desktop/services/table_import.py" line="374" />
            <source>Không có dòng nhiệm vụ nào dưới dòng tiêu đề.</source>
            <translation>There are no task rows below the header row.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/table_import.py" line="377" />
            <source>Không thấy cột "{col}"; các nhiệm vụ để trống mục này.</source>
            <translation>No column "{col}" found; the tasks leave this item blank.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/table_import.py" line="390" />
            <source>Không đọc được tệp {kind} {file}: tệp hỏng hoặc không phải {ext}.</source>
            <translation>Could not read the {kind} file {file}: the file is damaged or not {ext}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/table_import.py" line="395" />
            <source>Tệp {file} bung ra quá lớn (hơn 300 MB) để là một bảng nhiệm vụ.</source>
            <translation>The file {file} unpacks too large (more than 300 MB) to be a task table.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/table_import.py" line="416" />
            <source>Nhiệm vụ khác</source>
            <translation>Other tasks</translation>
        </message>
        <message>
            <location filename="../../desktop/services/table_import.py" line="485" />
            <source>Thời kỳ "{text}" không hợp lệ: ghi một năm (2026), một khoảng năm (2026-2030) hoặc ngày đầu và ngày cuối (2026-01-01..2026-12-31).</source>
            <translation>The period "{text}" is not valid: write a year (2026), a range of years (2026-2030) or first and last days (2026-01-01..2026-12-31).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/table_import.py" line="585" />
            <source>Dòng {r}: thời hạn "{text}" không đọc được; giữ nguyên chữ, chưa tính hạn.</source>
            <translation>Row {r}: the deadline "{text}" could not be read; kept as written, no due date computed.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/table_import.py" line="596" />
            <source>Nhóm {n}</source>
            <translation>Group {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/table_import.py" line="608" />
            <source>Dòng</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../desktop/services/table_import.py" line="614" />
            <source>Không có tỉnh, thành phố "{code}" (ghi mã như 20 hoặc tên như Lạng Sơn).</source>
            <translation>There is no province "{code}" (write a code such as 20 or a name such as Lạng Sơn).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="107" />
            <source>Nhóm nhiệm vụ</source>
            <translation>Task group</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="108" />
            <source>nhiệm vụ</source>
            <translation>task</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="111" />
            <source>Mục tiêu chung</source>
            <translation>General objectives</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="112" />
            <source>Mục</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="113" />
            <source>mục con</source>
            <translation>subsection</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="114" />
            <source>Chế độ báo cáo</source>
            <translation>Reporting rules</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="115" />
            <source>nhóm</source>
            <translation>group</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="116" />
            <source>dòng</source>
            <translation>row</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="118" />
            <source>cột</source>
            <translation>column</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="119" />
            <source>Nơi nhận</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="120" />
            <source>đơn vị</source>
            <translation>unit</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="123" />
            <source>chữ</source>
            <translation>text</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="124" />
            <source>số nguyên</source>
            <translation>whole number</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="125" />
            <source>số</source>
            <translation>number</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="126" />
            <source>một mục có các trường</source>
            <translation>an item with fields</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="127" />
            <source>một danh sách</source>
            <translation>a list</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="128" />
            <source>true hoặc false</source>
            <translation>true or false</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="129" />
            <source>null (để trống)</source>
            <translation>null (blank)</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="153" />
            <source>Văn bản</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="181" />
            <source>Số tiền</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="181" />
            <source>Mức giao</source>
            <translation>Assigned value</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="183" />
            <source>một tệp JSON như bản thảo do khcds template draft tạo ra</source>
            <translation>a JSON file like the draft made by khcds template draft</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="194" />
            <source>thiếu mục "{f}" ({name})</source>
            <translation>the item "{f}" is missing ({name})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="195" />
            <source>{what}. Ví dụ: {ex}</source>
            <translation>{what}. Example: {ex}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="202" />
            <source>có mục không thuộc mẫu: {x}. Hãy xóa hoặc sửa tên mục (xem bản thảo do khcds template draft tạo ra).</source>
            <translation>has items that are not part of a template: {x}. Delete them or fix their names (see the draft made by khcds template draft).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="209" />
            <source> hoặc </source>
            <translation> or </translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="210" />
            <source>phải là {k}. Ví dụ: {ex}</source>
            <translation>must be {k}. Example: {ex}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="212" />
            <source>không đúng dạng. Ví dụ: {ex}</source>
            <translation>has the wrong form. Example: {ex}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="215" />
            <source>phải là một trong: {a}. Ví dụ: {ex}</source>
            <translation>must be one of: {a}. Example: {ex}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="218" />
            <source>không được để trống. Ví dụ: {ex}</source>
            <translation>cannot be empty. Example: {ex}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="219" />
            <source>quá ngắn (ít nhất {n} ký tự). Ví dụ: {ex}</source>
            <translation>is too short (at least {n} characters). Example: {ex}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="221" />
            <source>dài quá {n} ký tự ({m} ký tự); hãy viết gọn lại.</source>
            <translation>is longer than {n} characters ({m} characters); please shorten it.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="225" />
            <source>phải từ {n} trở lên. Ví dụ: {ex}</source>
            <translation>must be {n} or more. Example: {ex}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="227" />
            <source>không được quá {n}. Ví dụ: {ex}</source>
            <translation>must not exceed {n}. Example: {ex}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="229" />
            <source>phải có ít nhất {n} mục. Ví dụ: {ex}</source>
            <translation>must have at least {n} items. Example: {ex}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="231" />
            <source>có quá nhiều mục (tối đa {n}).</source>
            <translation>has too many items (at most {n}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="233" />
            <source>có giá trị lặp lại; mỗi giá trị chỉ ghi một lần. Ví dụ: {ex}</source>
            <translation>has repeated values; write each value once. Example: {ex}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="235" />
            <source>phải có ít nhất {n} giá trị. Ví dụ: {ex}</source>
            <translation>must have at least {n} values. Example: {ex}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="237" />
            <source>có tên mục không hợp lệ. Ví dụ: {ex}</source>
            <translation>has an invalid item name. Example: {ex}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="238" />
            <source>không hợp lệ. Ví dụ: {ex}</source>
            <translation>is not valid. Example: {ex}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/template_messages.py" line="245" />
            <source>Mẫu kế hoạch</source>
            <translation>Plan template</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="212" />
            <source>Mẫu kế hoạch {file} không hợp lệ: {where}: {msg}</source>
            <translation>The plan template {file} is not valid: {where}: {msg}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="218" />
            <source>Mẫu kế hoạch {file} không hợp lệ: có giá trị không đọc được (ngày, thời gian hoặc số tiền). Ví dụ: ngày 2026-01-15, thời gian 2026-Q3, số tiền 329.7.</source>
            <translation>The plan template {file} is not valid: it has an unreadable value (date, time or amount). Example: date 2026-01-15, time 2026-Q3, amount 329.7.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="264" />
            <source>năm bắt đầu {a} sau năm kết thúc {b}. Ví dụ: {{"start": 2026, "end": 2030}}</source>
            <translation>start year {a} is after end year {b}. Example: {{"start": 2026, "end": 2030}}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="277" />
            <source>ngày không có thật. Ví dụ: 2026-01-01</source>
            <translation>the date does not exist. Example: 2026-01-01</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="282" />
            <source>ngày đầu, ngày cuối phải nằm trong năm bắt đầu, năm kết thúc và theo thứ tự. Ví dụ: from 2026-01-01, to 2026-12-31 với start 2026, end 2026</source>
            <translation>the first and last days must lie within the start and end years, in order. Example: from 2026-01-01, to 2026-12-31 with start 2026, end 2026</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="298" />
            <source>thời gian không có thật ({c}). Ví dụ: {ex}</source>
            <translation>the time does not exist ({c}). Example: {ex}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="307" />
            <source>{c} nằm ngoài thời kỳ của kế hoạch ({per}). Ví dụ: một thời gian trong thời kỳ, như {y}-Q3</source>
            <translation>{c} is outside the plan's period ({per}). Example: a time within the period, such as {y}-Q3</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="318" />
            <source>mã nhóm {id} trùng với nhóm khác; mỗi nhóm một mã. Ví dụ: I, II, III</source>
            <translation>the group code {id} is used by another group; one code per group. Example: I, II, III</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="325" />
            <source>số nhóm {n} đã dùng cho nhóm khác; mỗi nhóm một số. Ví dụ: I, II, III, ..., VII</source>
            <translation>the group number {n} is used by another group; one number per group. Example: I, II, III, ..., VII</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="338" />
            <source>mã nhiệm vụ {id} trùng với nhiệm vụ khác; mỗi nhiệm vụ một mã. Ví dụ: III.2</source>
            <translation>the task code {id} is used by another task; one code per task. Example: III.2</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="345" />
            <source>cấp "{lv}" không có trong các cấp của mẫu ({have}). Ví dụ: thêm "{lv}" vào Cấp thực hiện của mẫu (levels), hoặc bỏ ở nhiệm vụ</source>
            <translation>the level "{lv}" is not among the template's levels ({have}). Example: add "{lv}" to the template's levels, or remove it from the task</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="360" />
            <source>thời gian hoàn thành trước thời gian bắt đầu. Ví dụ: bắt đầu 2026-Q1, hoàn thành 2026-Q3</source>
            <translation>the finish time is before the start time. Example: start 2026-Q1, finish 2026-Q3</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="372" />
            <source>không đọc được. Ví dụ: {ex}</source>
            <translation>cannot be read. Example: {ex}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="378" />
            <source>không có đơn vị mã {c} trong danh mục. Ví dụ: 06325 (Xã Bắc Sơn, Lạng Sơn); tra mã bằng khcds units TÊN</source>
            <translation>there is no unit with code {c} in the list. Example: 06325 (Xã Bắc Sơn, Lạng Sơn); look codes up with khcds units NAME</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="386" />
            <source>{name} ({c}) không thuộc tỉnh, thành phố của mẫu. Ví dụ: mã một xã, phường của tỉnh; tra bằng khcds units TÊN --province {p}</source>
            <translation>{name} ({c}) is not in the template's province. Example: the code of a commune or ward of the province; look it up with khcds units NAME --province {p}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="394" />
            <source>mã chỉ tiêu {id} trùng với chỉ tiêu khác. Ví dụ: CT-03</source>
            <translation>the target code {id} is used by another target. Example: CT-03</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="400" />
            <source>cấp "{lv}" không có trong các cấp của mẫu ({have}). Ví dụ: thêm "{lv}" vào levels của mẫu</source>
            <translation>the level "{lv}" is not among the template's levels ({have}). Example: add "{lv}" to the template's levels</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="407" />
            <source>năm {y} nằm ngoài thời kỳ của kế hoạch ({a}-{b}). Ví dụ: {a}</source>
            <translation>the year {y} is outside the plan's period ({a}-{b}). Example: {a}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="417" />
            <source>có {n} nhiệm vụ, quá {m} nhiệm vụ mà tệp gửi tỉnh, thành phố chứa được. Ví dụ: tách thành hai mẫu</source>
            <translation>has {n} tasks, more than the {m} tasks a file for the province can hold. Example: split it into two templates</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="424" />
            <source>dài quá {m} ký tự cộng lại, tệp gửi tỉnh, thành phố không chứa được; hãy viết gọn lại.</source>
            <translation>is longer than {m} characters in total, more than a file for the province can hold; please shorten it.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="439" />
            <source>mã phần kinh phí trùng lặp; mỗi phần một mã. Ví dụ: A, B</source>
            <translation>funding part codes are repeated; one code per part. Example: A, B</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="445" />
            <source>không có phần kinh phí {id}. Ví dụ: một mã trong {ids}</source>
            <translation>there is no funding part {id}. Example: a code among {ids}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="475" />
            <source>Tệp mẫu kế hoạch {file} quá lớn.</source>
            <translation>The plan template file {file} is too large.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="479" />
            <source>Tệp mẫu kế hoạch {file} không phải văn bản UTF-8.</source>
            <translation>The plan template file {file} is not UTF-8 text.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="482" />
            <source>Tệp mẫu kế hoạch {file} không phải JSON hợp lệ (dòng {line}, cột {col}).</source>
            <translation>The plan template file {file} is not valid JSON (line {line}, column {col}).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/templates.py" line="562" />
            <source>Mẫu {id} phiên bản {v} đã có với nội dung khác; mẫu mới phải có số phiên bản mới.</source>
            <translation>Template {id} version {v} already exists with different content; a new template needs a new version number.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tracking.py" line="90" />
            <source>Tỷ lệ hoàn thành phải từ 0 đến 100%.</source>
            <translation>The completion rate must be from 0 to 100%.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tracking.py" line="93" />
            <source>Nhiệm vụ chưa triển khai thì tỷ lệ hoàn thành phải là 0%.</source>
            <translation>A task not started must have a completion rate of 0%.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tracking.py" line="96" />
            <source>Không tìm thấy tệp minh chứng: {file}</source>
            <translation>The evidence file was not found: {file}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tracking.py" line="98" />
            <source>Tệp minh chứng {file} quá lớn (tối đa 200 MB).</source>
            <translation>The evidence file {file} is too large (at most 200 MB).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tracking.py" line="101" />
            <source>Văn bản minh chứng phải có số, ký hiệu.</source>
            <translation>An evidence document must have a number and symbol.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tracking.py" line="121" />
            <source>Không sao chép được tệp minh chứng {file}: {err}</source>
            <translation>Could not copy the evidence file {file}: {err}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tracking.py" line="175" />
            <source>Chỉ tiêu không có nhóm "{g}".</source>
            <translation>The target has no group "{g}".</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tracking.py" line="195" />
            <source>Giá trị đo được không hợp lệ: {v}.</source>
            <translation>Invalid measured value: {v}.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tracking.py" line="301" />
            <source>số liệu ngày {d}</source>
            <translation>figures of {d}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tracking.py" line="304" />
            <source>Chưa đến hạn đánh giá (đến hạn ngày {d})</source>
            <translation>Not yet due for assessment (due on {d})</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tracking.py" line="306" />
            <source>; số liệu mới nhất {v} ngày {d}</source>
            <translation>; latest figure {v} on {d}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tracking.py" line="309" />
            <source>Chưa có số liệu của kỳ đến hạn ngày {d}</source>
            <translation>No figures yet for the period due on {d}</translation>
        </message>
        <message>
            <location filename="../../desktop/services/tracking.py" line="313" />
            <source>so với</source>
            <translation>against</translation>
        </message>
        <message>
            <location filename="../../desktop/services/units.py" line="127" />
            <source>Hãy nhập tên đơn vị (ví dụ: Huyện An Lão).</source>
            <translation>Enter the unit's name (for example: Huyện An Lão).</translation>
        </message>
        <message>
            <location filename="../../desktop/services/units.py" line="162" />
            <source>Thư mục dữ liệu chưa có đơn vị. Hãy mở chương trình để khai báo, hoặc chạy: khcds demo</source>
            <translation>The data folder has no unit yet. Open the program to set one up, or run: khcds demo</translation>
        </message>
        <message>
            <location filename="../../desktop/services/units.py" line="168" />
            <source>Tên cơ quan ban hành không được để trống.</source>
            <translation>The issuing body's name cannot be empty.</translation>
        </message>
        <message>
            <location filename="../../desktop/services/units.py" line="170" />
            <source>Đơn vị mã {code} đã được khai báo.</source>
            <translation>The unit with code {code} is already set up.</translation>
        </message>
        <message>
            <location filename="../../desktop/single_instance.py" line="260" />
            <source> (người dùng {user}, máy {machine}, tiến trình {pid}, từ {since})</source>
            <translation> (user {user}, computer {machine}, process {pid}, since {since})</translation>
        </message>
        <message>
            <location filename="../../desktop/single_instance.py" line="269" />
            <source>KHCĐS đang mở với thư mục dữ liệu {path}{who}. Hãy dùng cửa sổ chương trình đang mở (xem trên thanh tác vụ), hoặc đóng nó rồi thử lại.</source>
            <translation>KHCĐS is already open with the data folder {path}{who}. Use the program window that is open (see the taskbar), or close it and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/audit.py" line="393" />
            <source>Nhật ký thay đổi đã bị cắt hoặc sửa: mục mới nhất (số {id}) không còn như khi được ghi.</source>
            <translation>The change log was cut or modified: the newest entry (number {id}) is no longer as it was written.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/audit.py" line="422" />
            <source>Nhật ký thay đổi bị sửa hoặc xóa trước mục số {id}.</source>
            <translation>The change log was modified or deleted before entry number {id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/audit.py" line="424" />
            <source>Nhật ký thay đổi mục số {id} đã bị sửa.</source>
            <translation>Change log entry number {id} was modified.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/audit.py" line="567" />
            <source>Dữ liệu {what} số {id} không có trong nhật ký thay đổi (được thêm trực tiếp vào tệp dữ liệu, không qua chương trình).</source>
            <translation>The {what} data number {id} is not in the change log (added directly to the data file, not through the program).</translation>
        </message>
        <message>
            <location filename="../../desktop/store/audit.py" line="574" />
            <source>Dữ liệu {what} số {id} đã bị xóa theo nhật ký nhưng vẫn còn trong tệp dữ liệu.</source>
            <translation>The {what} data number {id} was deleted according to the log but is still in the data file.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/audit.py" line="580" />
            <source>Dữ liệu {what} số {id} đã bị sửa trực tiếp trong tệp dữ liệu (không qua chương trình, không có trong nhật ký thay đổi).</source>
            <translation>The {what} data number {id} was modified directly in the data file (not through the program, not in the change log).</translation>
        </message>
        <message>
            <location filename="../../desktop/store/audit.py" line="592" />
            <source>Dữ liệu {what} số {id} đã bị xóa trực tiếp khỏi tệp dữ liệu (không có trong nhật ký thay đổi).</source>
            <translation>The {what} data number {id} was deleted directly from the data file (not in the change log).</translation>
        </message>
        <message>
            <location filename="../../desktop/store/audit.py" line="652" />
            <source>Dấu niêm phong số {id} của nhật ký thay đổi không hợp lệ (không do khóa của thư mục dữ liệu này ký).</source>
            <translation>Seal number {id} of the change log is not valid (not signed by this data folder's key).</translation>
        </message>
        <message>
            <location filename="../../desktop/store/audit.py" line="662" />
            <source>Nhật ký thay đổi đã bị cắt: mục số {id} (đã niêm phong lúc {at}) không còn.</source>
            <translation>The change log was cut: entry number {id} (sealed at {at}) is gone.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/audit.py" line="668" />
            <source>Nhật ký thay đổi đã bị viết lại: mục số {id} khác với lúc niêm phong ({at}).</source>
            <translation>The change log was rewritten: entry number {id} differs from when it was sealed ({at}).</translation>
        </message>
        <message>
            <location filename="../../desktop/store/audit.py" line="676" />
            <source>Dữ liệu đã bị sửa trực tiếp trong tệp dữ liệu sau lần niêm phong cuối ({at}) mà không có trong nhật ký thay đổi.</source>
            <translation>The data was modified directly in the data file after the last seal ({at}) without being in the change log.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/audit.py" line="696" />
            <source>Tệp minh chứng {name} (nhiệm vụ số {task}) không còn trong thư mục evidence.</source>
            <translation>The evidence file {name} (task number {task}) is no longer in the evidence folder.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/audit.py" line="703" />
            <source>Tệp minh chứng {name} (nhiệm vụ số {task}) đã bị thay đổi hoặc thay thế sau khi đính kèm (mã SHA-256 khác).</source>
            <translation>The evidence file {name} (task number {task}) was changed or replaced after it was attached (different SHA-256).</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="97" />
            <source>Bản sao lưu {file} không đạt kiểm tra toàn vẹn.</source>
            <translation>The backup {file} fails the integrity check.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="103" />
            <source>Không sao lưu được dữ liệu: ổ đĩa đã đầy.</source>
            <translation>Could not back up the data: the disk is full.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="105" />
            <source>Không sao lưu được dữ liệu {file}: tệp dữ liệu hỏng hoặc không đọc được.</source>
            <translation>Could not back up the data {file}: the data file is damaged or unreadable.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="110" />
            <source>Không ghi được bản sao lưu {file}: {err}</source>
            <translation>Could not write the backup {file}: {err}</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="212" />
            <source>Không tìm thấy tệp {file}.</source>
            <translation>The file {file} was not found.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="215" />
            <source>Tệp {file} không phải bản sao lưu hợp lệ của KHCĐS (hỏng hoặc sai định dạng).</source>
            <translation>The file {file} is not a valid KHCĐS backup (damaged or wrong format).</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="223" />
            <source>Bản sao lưu {file} được tạo bởi phiên bản KHCĐS mới hơn.</source>
            <translation>The backup {file} was made by a newer version of KHCĐS.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="253" />
            <source>Không giữ lại được tệp dữ liệu hỏng {file}: {err}</source>
            <translation>Could not keep the damaged data file {file}: {err}</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="263" />
            <source>ổ đĩa đã đầy</source>
            <translation>the disk is full</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="264" />
            <source>không có quyền ghi</source>
            <translation>no permission to write</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="266" />
            <source>ổ đĩa chỉ cho phép đọc</source>
            <translation>the disk is read-only</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="267" />
            <source>không tìm thấy tệp hoặc thư mục</source>
            <translation>file or folder not found</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="268" />
            <source>lỗi đọc ghi ổ đĩa</source>
            <translation>disk read/write error</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="269" />
            <source>vượt hạn mức dung lượng</source>
            <translation>disk quota exceeded</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="270" />
            <source>tên tệp quá dài</source>
            <translation>file name too long</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="271" />
            <source>đây là một thư mục</source>
            <translation>this is a folder</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="272" />
            <source>tệp đang được chương trình khác sử dụng</source>
            <translation>the file is in use by another program</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="274" />
            <source>lỗi hệ thống tệp (mã {n})</source>
            <translation>file system error (code {n})</translation>
        </message>
        <message>
            <location filename="../../desktop/store/backup.py" line="315" />
            <source>Không khôi phục được dữ liệu: {err}</source>
            <translation>Could not restore the data: {err}</translation>
        </message>
        <message>
            <location filename="../../desktop/store/database.py" line="68" />
            <source>Tệp dữ liệu {path} không phải cơ sở dữ liệu của KHCĐS.</source>
            <translation>The data file {path} is not a KHCĐS database.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/database.py" line="84" />
            <source> Bản sao lưu tốt gần nhất: {file} (khôi phục bằng: khcds restore "{file}").</source>
            <translation> Latest good backup: {file} (restore with: khcds restore "{file}").</translation>
        </message>
        <message>
            <location filename="../../desktop/store/database.py" line="90" />
            <source> Hãy khôi phục từ một bản sao lưu (khcds restore TỆP).</source>
            <translation> Restore from a backup (khcds restore FILE).</translation>
        </message>
        <message>
            <location filename="../../desktop/store/database.py" line="92" />
            <source>Tệp dữ liệu {path} bị hỏng hoặc không đọc được.</source>
            <translation>The data file {path} is damaged or unreadable.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/database.py" line="94" />
            <source> Tệp hỏng sẽ được giữ lại khi khôi phục.</source>
            <translation> The damaged file is kept when restoring.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/database.py" line="114" />
            <source>trống (0 byte)</source>
            <translation>empty (0 bytes)</translation>
        </message>
        <message>
            <location filename="../../desktop/store/database.py" line="114" />
            <source>không còn</source>
            <translation>is gone</translation>
        </message>
        <message>
            <location filename="../../desktop/store/database.py" line="116" />
            <source>Tệp dữ liệu {path} {what} trong khi thư mục có bản sao lưu: dữ liệu có thể đã bị xóa. Bản sao lưu tốt gần nhất: {file} (khôi phục bằng: khcds restore "{file}"). Nếu thật sự muốn bắt đầu lại từ đầu, hãy chuyển thư mục {backups} sang nơi khác.</source>
            <translation>The data file {path} is {what} while the folder has backups: the data may have been deleted. Latest good backup: {file} (restore with: khcds restore "{file}"). If you really want to start over, move the folder {backups} elsewhere.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/database.py" line="137" />
            <source>Ổ đĩa đã đầy: không ghi được dữ liệu. Hãy giải phóng dung lượng rồi thử lại.</source>
            <translation>The disk is full: the data could not be written. Free some space and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/database.py" line="139" />
            <source>Thư mục dữ liệu chỉ cho phép đọc: không ghi được dữ liệu.</source>
            <translation>The data folder is read-only: the data could not be written.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/database.py" line="141" />
            <source>Dữ liệu đang được một chương trình khác sử dụng. Hãy thử lại sau.</source>
            <translation>The data is in use by another program. Try again later.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/database.py" line="143" />
            <source>Tệp dữ liệu bị hỏng. Hãy khôi phục từ bản sao lưu gần nhất (khcds restore).</source>
            <translation>The data file is damaged. Restore from the latest backup (khcds restore).</translation>
        </message>
        <message>
            <location filename="../../desktop/store/database.py" line="145" />
            <source>Dữ liệu trùng với dữ liệu đã có (có thể một thao tác khác vừa ghi cùng lúc). Hãy thử lại.</source>
            <translation>The data duplicates existing data (another action may have written at the same time). Try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/database.py" line="147" />
            <source>Dữ liệu tham chiếu tới mục không còn tồn tại. Hãy thử lại.</source>
            <translation>The data refers to an item that no longer exists. Try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/database.py" line="149" />
            <source>Lỗi đọc ghi ổ đĩa khi ghi dữ liệu. Hãy kiểm tra ổ đĩa rồi thử lại.</source>
            <translation>Disk read/write error while writing the data. Check the disk and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/database.py" line="151" />
            <source>Lỗi cơ sở dữ liệu; chi tiết đã ghi vào nhật ký. Hãy thử lại hoặc khôi phục từ bản sao lưu.</source>
            <translation>Database error; the details were written to the log. Try again or restore from a backup.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/database.py" line="237" />
            <source>Không tạo được thư mục dữ liệu {path}: {err}</source>
            <translation>Could not create the data folder {path}: {err}</translation>
        </message>
        <message>
            <location filename="../../desktop/store/database.py" line="247" />
            <source>Dữ liệu trong {path} được tạo bởi một phiên bản KHCĐS mới hơn. Hãy cài phiên bản mới nhất của chương trình; dữ liệu không bị thay đổi.</source>
            <translation>The data in {path} was made by a newer version of KHCĐS. Install the latest version of the program; the data was not changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/database.py" line="259" />
            <source>Cơ sở dữ liệu được tạo bởi một phiên bản KHCĐS mới hơn; dữ liệu không bị thay đổi.</source>
            <translation>The database was made by a newer version of KHCĐS; the data was not changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/database.py" line="313" />
            <source>Nâng cấp dữ liệu bị dừng: {n} dòng mất liên kết ({t}); dữ liệu giữ nguyên.</source>
            <translation>The data upgrade stopped: {n} rows lost their link ({t}); the data is unchanged.</translation>
        </message>
        <message>
            <location filename="../../desktop/store/migrations/versions/0008_submission_receipt.py" line="114" />
            <source>lần gửi đang dùng, ghi vào lịch sử khi nâng cấp dữ liệu</source>
            <translation>the revision in use, recorded in the history when the data was upgraded</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="53" />
            <source>Không đọc hoặc ghi được tệp: {err}.</source>
            <translation>Could not read or write the file: {err}.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="55" />
            <source>Tệp có cấu trúc lồng nhau quá sâu hoặc quá lớn; bị từ chối.</source>
            <translation>The file's structure is nested too deeply or is too large; rejected.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="56" />
            <source>Tệp có nội dung bất thường, không xử lý được; bị từ chối (chi tiết trong nhật ký chương trình).</source>
            <translation>The file has unusual content that cannot be processed; rejected (details in the program log).</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="249" />
            <source>Tệp ghi đơn vị thuộc tỉnh, thành phố mã {pc}, không phải {prov}.</source>
            <translation>The file says the unit is in the province with code {pc}, not {prov}.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="257" />
            <source>Khóa ký khác khóa đã tin cậy của đơn vị (đã tin: {a}; tệp: {b}). Nếu đơn vị đã cài lại máy, hãy đối chiếu qua điện thoại rồi chạy: khcds city trust {code} --reset</source>
            <translation>The signing key differs from the unit's trusted key (trusted: {a}; file: {b}). If the unit reinstalled its computer, check by phone, then run: khcds city trust {code} --reset</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="264" />
            <source>Dấu vân tay khóa ({b}) khác dấu vân tay đơn vị đã báo ({a}).</source>
            <translation>The key fingerprint ({b}) differs from the fingerprint the unit announced ({a}).</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="282" />
            <source>thay lần gửi {r} (ký bằng khóa cũ)</source>
            <translation>replaces submission {r} (signed with the old key)</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="285" />
            <source>thay lần gửi {r}</source>
            <translation>replaces submission {r}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="288" />
            <source>đã có lần gửi {r} mới hơn</source>
            <translation>a newer submission {r} already exists</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="293" />
            <source>cùng lần gửi {r} nhưng nội dung khác bản đã nhận; hãy xin đơn vị xuất lại (lần gửi mới)</source>
            <translation>same submission {r} but different content from the one received; ask the unit to export again (a new submission)</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="301" />
            <source>khóa mới của đơn vị, dấu vân tay {fp}: hãy đối chiếu với đơn vị qua điện thoại</source>
            <translation>the unit's new key, fingerprint {fp}: check it with the unit over the phone</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="364" />
            <source>Đơn vị mã {code} ({name}) không thuộc {prov} và chưa được thêm vào danh sách.</source>
            <translation>The unit with code {code} ({name}) is not in {prov} and has not been added to the list.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="366" />
            <source>Đơn vị mã {code} ({name}) không thuộc {prov} và chưa được tỉnh thêm vào danh sách.</source>
            <translation>The unit with code {code} ({name}) is not in {prov} and has not been added to the list by the province.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="367" />
            <source>Đơn vị mã {code} ({name}) không thuộc {prov} và chưa được thành phố thêm vào danh sách.</source>
            <translation>The unit with code {code} ({name}) is not in {prov} and has not been added to the list by the city.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="373" />
            <source>lần gửi {r} đã bị loại ra ({why}); hãy xin đơn vị xuất lại (lần gửi mới)</source>
            <translation>submission {r} was discarded ({why}); ask the unit to export again (a new submission)</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="375" />
            <source>lần gửi {r} đã bị tỉnh loại ra ({why}); hãy xin đơn vị xuất lại (lần gửi mới)</source>
            <translation>submission {r} was discarded by the province ({why}); ask the unit to export again (a new submission)</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="376" />
            <source>lần gửi {r} đã bị thành phố loại ra ({why}); hãy xin đơn vị xuất lại (lần gửi mới)</source>
            <translation>submission {r} was discarded by the city ({why}); ask the unit to export again (a new submission)</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="383" />
            <source>kế hoạch còn là dự thảo</source>
            <translation>the plan is still a draft</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="391" />
            <source>{n} chỉ tiêu đặt thấp hơn mức thành phố giao</source>
            <translation>{n} targets set lower than the city's level</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="481" />
            <source>Tệp đã thay đổi sau khi xem trước; hãy nhập lại.</source>
            <translation>The file changed after the preview; import again.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="682" />
            <source>đã được một lần nhập khác ghi trước</source>
            <translation>already written by another import</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="754" />
            <source>Khóa tin cậy của đơn vị đã thay đổi sau khi xem trước; hãy nhập lại.</source>
            <translation>The unit's trusted key changed after the preview; import again.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="758" />
            <source>Khóa ký khác khóa đã tin cậy của đơn vị.</source>
            <translation>The signing key differs from the unit's trusted key.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="762" />
            <source>khóa của gói đầu tiên</source>
            <translation>key of the first package</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="1074" />
            <source>Bản tự chấm điểm {period}: {why}</source>
            <translation>Self-assessment {period}: {why}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/city.py" line="1155" />
            <source>khóa mới của đơn vị, dấu vân tay {fp}: đối chiếu với đơn vị qua điện thoại rồi chạy khcds city trust {code} --fingerprint "{fp}" (hoặc nhập lại với --accept-new-keys)</source>
            <translation>the unit's new key, fingerprint {fp}: check it with the unit over the phone, then run khcds city trust {code} --fingerprint "{fp}" (or import again with --accept-new-keys)</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/criteria_package.py" line="65" />
            <source>{file}: bộ tiêu chí ghi mã tỉnh {a}, không phải {b} của thành phố này</source>
            <translation>{file}: the criteria set gives province code {a}, not {b} of this city</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/criteria_package.py" line="117" />
            <source>gói bộ tiêu chí</source>
            <translation>criteria set package</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/criteria_package.py" line="122" />
            <source>Tệp {file} bị từ chối: {why}</source>
            <translation>The file {file} was rejected: {why}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/criteria_package.py" line="126" />
            <source>Tệp {file} bị từ chối: bộ tiêu chí trong gói khác bản kê.</source>
            <translation>The file {file} was rejected: the criteria set in the package differs from the manifest.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/criteria_package.py" line="129" />
            <source>Thư mục dữ liệu này ở chế độ thành phố: gói bộ tiêu chí dành cho đơn vị.</source>
            <translation>This data folder is in city mode: criteria set packages are for units.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/criteria_package.py" line="133" />
            <source>Tệp {file} bị từ chối: bộ tiêu chí phát hành cho {a}, không phải {b} của đơn vị này.</source>
            <translation>The file {file} was rejected: the criteria set was published for {a}, not {b} of this unit.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/criteria_package.py" line="143" />
            <source>Tệp {file} bị từ chối: khóa ký khác khóa của tỉnh, thành phố đã tin cậy ({fp}). Nếu tỉnh đã đổi khóa, hãy gọi điện xác nhận rồi chạy khcds template trust --reset.</source>
            <translation>The file {file} was rejected: the signing key differs from the province's trusted key ({fp}). If the province changed its key, confirm by phone, then run khcds template trust --reset.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/keys.py" line="39" />
            <source>Khóa ký của thư mục dữ liệu bị hỏng: {file}.</source>
            <translation>The data folder's signing key is damaged: {file}.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/keys.py" line="41" />
            <source>Khóa ký của thư mục dữ liệu không phải Ed25519: {file}.</source>
            <translation>The data folder's signing key is not Ed25519: {file}.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="124" />
            <source>Phần {part} chứa ký tự không hợp lệ (nửa cặp thay thế UTF-16).</source>
            <translation>Part {part} contains an invalid character (half of a UTF-16 surrogate pair).</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="131" />
            <source>Phần {part} chứa số quá dài (hơn {n} chữ số).</source>
            <translation>Part {part} contains a number that is too long (more than {n} digits).</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="133" />
            <source>Phần {part} lồng nhau quá sâu (hơn {n} mức).</source>
            <translation>Part {part} is nested too deeply (more than {n} levels).</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="214" />
            <source>phải là {kind}</source>
            <translation>must be {kind}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="217" />
            <source>thiếu trường {name}</source>
            <translation>the field {name} is missing</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="222" />
            <source>có trường không được phép: {names}</source>
            <translation>has fields that are not allowed: {names}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="224" />
            <source>dài quá {n} ký tự</source>
            <translation>longer than {n} characters</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="226" />
            <source>phải có ít nhất {n} ký tự</source>
            <translation>must have at least {n} characters</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="228" />
            <source>vượt giá trị lớn nhất {n}</source>
            <translation>exceeds the largest value {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="230" />
            <source>nhỏ hơn giá trị nhỏ nhất {n}</source>
            <translation>smaller than the smallest value {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="232" />
            <source>có quá {n} mục</source>
            <translation>has more than {n} items</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="234" />
            <source>phải có ít nhất {n} mục</source>
            <translation>must have at least {n} items</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="236" />
            <source>giá trị không được phép</source>
            <translation>value not allowed</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="238" />
            <source>sai định dạng</source>
            <translation>wrong format</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="239" />
            <source>không đúng quy định của định dạng tệp ({rule})</source>
            <translation>does not follow the file format's rules ({rule})</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="249" />
            <source>Phần {part} sai dạng dữ liệu: trường {field}: {msg}</source>
            <translation>Part {part} has the wrong data form: field {field}: {msg}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="514" />
            <source>Thư mục dữ liệu này ở chế độ thành phố: không có kế hoạch của đơn vị để xuất.</source>
            <translation>This data folder is in city mode: there is no unit plan to export.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="544" />
            <source>Không xuất được: tệp minh chứng {name} của nhiệm vụ "{task}" không còn trong thư mục evidence.</source>
            <translation>Cannot export: the evidence file {name} of the task "{task}" is no longer in the evidence folder.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="551" />
            <source>Không xuất được: tệp minh chứng {name} của nhiệm vụ "{task}" đã bị thay đổi sau khi đính kèm (mã SHA-256 khác). Hãy đính kèm lại tệp đúng.</source>
            <translation>Cannot export: the evidence file {name} of the task "{task}" was changed after it was attached (different SHA-256). Attach the right file again.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="671" />
            <source>Phần {part} lớn hơn giới hạn cho phép (nghi tệp nén độc hại).</source>
            <translation>Part {part} is larger than allowed (suspected malicious archive).</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="675" />
            <source>Phần {part} bị hỏng, không giải nén được ({err}).</source>
            <translation>Part {part} is damaged and cannot be unpacked ({err}).</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="688" />
            <source>Tệp chứa tên phần có đường dẫn tuyệt đối: {name}</source>
            <translation>The file contains a part name with an absolute path: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="691" />
            <source>Tệp chứa tên phần vượt ra ngoài thư mục (..): {name}</source>
            <translation>The file contains a part name going outside the folder (..): {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="693" />
            <source>Tệp chứa tên phần không hợp lệ: {name!r}</source>
            <translation>The file contains an invalid part name: {name!r}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="713" />
            <source>Không đọc được tệp: {err}</source>
            <translation>Could not read the file: {err}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="715" />
            <source>Không phải một tệp.</source>
            <translation>Not a file.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="717" />
            <source>Tệp rỗng.</source>
            <translation>The file is empty.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="719" />
            <source>Tệp quá lớn (hơn 1 GB).</source>
            <translation>The file is too large (more than 1 GB).</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="723" />
            <source>Không phải tệp {kind} (không phải tệp nén zip).</source>
            <translation>Not a {kind} file (not a zip archive).</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="728" />
            <source>Tệp bị cắt cụt hoặc hỏng (không đọc được mục lục của tệp nén); hãy xin đơn vị gửi lại.</source>
            <translation>The file is truncated or damaged (the archive's directory cannot be read); ask the unit to send it again.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="731" />
            <source>Tệp bị hỏng, không mở được ({err}).</source>
            <translation>The file is damaged and cannot be opened ({err}).</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="735" />
            <source>Tệp có quá nhiều phần ({n}).</source>
            <translation>The file has too many parts ({n}).</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="741" />
            <source>Tệp có hai phần cùng tên: {name}</source>
            <translation>The file has two parts with the same name: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="744" />
            <source>Tệp có phần được mã hóa: {name}</source>
            <translation>The file has an encrypted part: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="746" />
            <source>Tệp dùng kiểu nén không hỗ trợ: {name}</source>
            <translation>The file uses an unsupported compression: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="750" />
            <source>Phần {name} quá lớn khi giải nén ({mb} MB), vượt giới hạn (nghi tệp nén độc hại).</source>
            <translation>The part {name} is too large when unpacked ({mb} MB), beyond the limit (suspected malicious archive).</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="757" />
            <source>Phần {name} có tỷ lệ nén bất thường (nghi tệp nén độc hại).</source>
            <translation>The part {name} has an unusual compression ratio (suspected malicious archive).</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="760" />
            <source>Tổng dung lượng giải nén quá lớn (nghi tệp nén độc hại).</source>
            <translation>The total unpacked size is too large (suspected malicious archive).</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="762" />
            <source>Thiếu phần {part}.</source>
            <translation>The part {part} is missing.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="764" />
            <source>Thiếu chữ ký số ({part}).</source>
            <translation>The digital signature is missing ({part}).</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="773" />
            <source>Không phải tệp {kind} (định dạng {f!r}).</source>
            <translation>Not a {kind} file (format {f!r}).</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="780" />
            <source>Phiên bản định dạng {v} không được hỗ trợ (chương trình này đọc phiên bản {mine}); hãy cập nhật KHCĐS.</source>
            <translation>Format version {v} is not supported (this program reads version {mine}); update KHCĐS.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="789" />
            <source>Khóa công khai trong tệp không hợp lệ.</source>
            <translation>The public key in the file is not valid.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="791" />
            <source>Chữ ký số không hợp lệ: tệp đã bị sửa sau khi ký, hoặc không do đơn vị ký.</source>
            <translation>The digital signature is not valid: the file was modified after signing, or was not signed by the unit.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="796" />
            <source>Thiếu phần: {parts}.</source>
            <translation>Missing parts: {parts}.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="800" />
            <source>Có phần không khai báo trong bản kê: {parts}.</source>
            <translation>There are parts not declared in the manifest: {parts}.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="804" />
            <source>Có phần không được phép: {part}.</source>
            <translation>There is a part that is not allowed: {part}.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="822" />
            <source>Tệp minh chứng {part} không khớp mã băm trong tên: tệp đã bị thay đổi.</source>
            <translation>The evidence file {part} does not match the hash in its name: the file was changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="828" />
            <source>Phần {part} không khớp mã băm SHA-256 trong bản kê: tệp đã bị sửa hoặc hỏng.</source>
            <translation>The part {part} does not match the SHA-256 hash in the manifest: the file was modified or damaged.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="850" />
            <source>Phần {part} không phải JSON hợp lệ.</source>
            <translation>The part {part} is not valid JSON.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="926" />
            <source>gói dữ liệu KHCĐS</source>
            <translation>KHCĐS data package</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="931" />
            <source>Thời điểm tạo tệp không hợp lệ.</source>
            <translation>The file's creation time is not valid.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="1034" />
            <source>Mã đơn vị trong dữ liệu ({a}) khác mã trong bản kê ({b}).</source>
            <translation>The unit code in the data ({a}) differs from the code in the manifest ({b}).</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="1041" />
            <source>Năm kế hoạch trong dữ liệu ({a}) khác năm trong bản kê ({b}).</source>
            <translation>The plan year in the data ({a}) differs from the year in the manifest ({b}).</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="1046" />
            <source>Mẫu kế hoạch trong dữ liệu khác mẫu trong bản kê.</source>
            <translation>The plan template in the data differs from the template in the manifest.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="1052" />
            <source>Mã trùng lặp trong {kind}: {id}.</source>
            <translation>Duplicate code in {kind}: {id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="1057" />
            <source>nhiệm vụ (mã mẫu)</source>
            <translation>tasks (template code)</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="1058" />
            <source>chỉ tiêu</source>
            <translation>targets</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="1059" />
            <source>chỉ tiêu (mã mẫu)</source>
            <translation>targets (template code)</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="1060" />
            <source>dòng kinh phí</source>
            <translation>funding rows</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="1064" />
            <source>Dòng kinh phí {id} trỏ tới nhiệm vụ không có ({t}).</source>
            <translation>Funding row {id} points to a task that does not exist ({t}).</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="1073" />
            <source>Thời gian không hợp lệ tại {where}: {v}.</source>
            <translation>Invalid time at {where}: {v}.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="1081" />
            <source>Ngày không hợp lệ tại {where}: {v}.</source>
            <translation>Invalid date at {where}: {v}.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="1083" />
            <source>Ngày bất thường tại {where}: {v}.</source>
            <translation>Unusual date at {where}: {v}.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="1090" />
            <source>Nhiệm vụ {w}: thời gian hoàn thành trước thời gian bắt đầu.</source>
            <translation>Task {w}: the finish time is before the start time.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="1092" />
            <source>Nhiệm vụ {w}: đã hoàn thành nhưng tỷ lệ {p}%.</source>
            <translation>Task {w}: done but at {p}%.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="1103" />
            <source>Chỉ tiêu {w}: giá trị {v}% vượt 100%.</source>
            <translation>Target {w}: the value {v}% exceeds 100%.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="1108" />
            <source>Chỉ tiêu {w}: kỳ đo {p} ngoài năm kế hoạch.</source>
            <translation>Target {w}: the measurement period {p} is outside the plan year.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="1110" />
            <source>Chỉ tiêu {w}: kỳ đo {p} bị trùng.</source>
            <translation>Target {w}: the measurement period {p} is repeated.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/package.py" line="1113" />
            <source>Chỉ tiêu {w}: giá trị đo {v}% vượt 100%.</source>
            <translation>Target {w}: the measured value {v}% exceeds 100%.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/province_trust.py" line="44" />
            <source>Tệp {file} bị từ chối: dấu vân tay đã đối chiếu ({given}) khác dấu vân tay khóa trong gói ({fp}).</source>
            <translation>The file {file} was rejected: the checked fingerprint ({given}) differs from the fingerprint of the key in the package ({fp}).</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="120" />
            <source>Mã mẫu "{id}" không hợp lệ: ghi chữ thường không dấu, số và dấu gạch ngang, 3 đến 64 ký tự, ví dụ ls-12-2026.</source>
            <translation>The template code "{id}" is not valid: write lower-case letters without accents, digits and hyphens, 3 to 64 characters, for example ls-12-2026.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="126" />
            <source>Phiên bản phải là số nguyên từ 1 trở lên, ví dụ 1.</source>
            <translation>The version must be a whole number from 1, for example 1.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="162" />
            <source>Kiểm tra xong, không ghi gì. Sẽ phát hành: {id} phiên bản {v}</source>
            <translation>Checked, nothing written. Would publish: {id} version {v}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="163" />
            <source>  {kind} số {num} ngày {d} của {issuer}: {title}</source>
            <translation>  {kind} no. {num} of {d} by {issuer}: {title}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="170" />
            <source>  Thời kỳ {p}; tỉnh, thành phố: {prov}</source>
            <translation>  Period {p}; province: {prov}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="171" />
            <source>  {g} nhóm, {n} nhiệm vụ ({c} nhiệm vụ giao cấp xã), {k} chỉ tiêu</source>
            <translation>  {g} groups, {n} tasks ({c} tasks for communes), {k} targets</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="179" />
            <source>  Phiên bản {v} đã phát hành với nội dung khác: hãy đổi thành phiên bản {n}.</source>
            <translation>  Version {v} was published with different content: change it to version {n}.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="184" />
            <source>  Ký bằng khóa có dấu vân tay {fp}</source>
            <translation>  Signed with the key with fingerprint {fp}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="186" />
            <source>  Thư mục chưa có khóa ký: khóa sẽ được tạo khi phát hành.</source>
            <translation>  The folder has no signing key yet: a key will be created when publishing.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="198" />
            <source>Mẫu chưa ghi mã tỉnh (province_code): ghi {p}.</source>
            <translation>The template has no province code (province_code): write {p}.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="200" />
            <source>Mẫu ghi mã tỉnh {p}, không phải của thành phố này.</source>
            <translation>The template gives province code {p}, not this city's.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="248" />
            <source>bản thảo {id}</source>
            <translation>draft {id}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="293" />
            <source>gói mẫu kế hoạch</source>
            <translation>plan template package</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="302" />
            <source>Mẫu trong gói ({a} v{b}) khác bản kê ({c} v{d}).</source>
            <translation>The template in the package ({a} v{b}) differs from the manifest ({c} v{d}).</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="308" />
            <source>Mẫu ghi mã tỉnh khác với nơi phát hành.</source>
            <translation>The template's province code differs from where it was published.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="334" />
            <source>(trống)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="410" />
            <source>Nhiệm vụ mới</source>
            <translation>New task</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="411" />
            <source>Nhiệm vụ bị bỏ</source>
            <translation>Dropped task</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="412" />
            <source>Nhiệm vụ sửa</source>
            <translation>Changed task</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="413" />
            <source>Chỉ tiêu mới</source>
            <translation>New target</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="414" />
            <source>Chỉ tiêu bị bỏ</source>
            <translation>Dropped target</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="415" />
            <source>Chỉ tiêu sửa</source>
            <translation>Changed target</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="439" />
            <source>{id}: {t} — {f}: {a} → {b}</source>
            <translation>{id}: {t} — {f}: {a} → {b}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="452" />
            <source>{id}: nội dung: {a} → {b}</source>
            <translation>{id}: content: {a} → {b}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="457" />
            <source>{id}: {t} — mức giao ({lv}): {a} → {b}</source>
            <translation>{id}: {t} — assigned level ({lv}): {a} → {b}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="467" />
            <source>{id}: {t} — cấp phải đạt: {a} → {b}</source>
            <translation>{id}: {t} — required level: {a} → {b}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="487" />
            <source>Kế hoạch năm {y}: {why}</source>
            <translation>{y} plan: {why}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="488" />
            <source>Kế hoạch năm {y} đã chuyển sang phiên bản mới.</source>
            <translation>The {y} plan moved to the new version.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="490" />
            <source>  Gắn cờ (không còn trong mẫu, vẫn giữ): {x}</source>
            <translation>  Flagged (no longer in the template, kept): {x}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="493" />
            <source>  Thêm: {x}</source>
            <translation>  Added: {x}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="494" />
            <source>  Cập nhật theo mẫu: {x}</source>
            <translation>  Updated from the template: {x}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="495" />
            <source>  Giữ nội dung đơn vị đã sửa: {x}</source>
            <translation>  Kept the content the unit edited: {x}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="514" />
            <source>không còn trong mẫu {tpl}</source>
            <translation>no longer in template {tpl}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="516" />
            <source>mẫu {tpl} không còn giao cho đơn vị</source>
            <translation>template {tpl} no longer assigns it to the unit</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="518" />
            <source>Nhiệm vụ {why}; hãy quyết định giữ hay bỏ.</source>
            <translation>The task is {why}; decide whether to keep or drop it.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="536" />
            <source>{t} ({f}: {a} → {b})</source>
            <translation>{t} ({f}: {a} → {b})</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="542" />
            <source>{f}: mẫu mới ghi {b}, đơn vị giữ {c}</source>
            <translation>{f}: the new template says {b}, the unit keeps {c}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="546" />
            <source>Mẫu {tpl} đã đổi ({what}); đơn vị đã sửa nên giữ nội dung của đơn vị: hãy xem lại.</source>
            <translation>Template {tpl} changed ({what}); the unit had edited it so the unit's content is kept: please review.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="564" />
            <source>Chỉ tiêu không còn trong mẫu {tpl}; hãy quyết định giữ hay bỏ.</source>
            <translation>The target is no longer in template {tpl}; decide whether to keep or drop it.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="576" />
            <source>{t}: mức thành phố giao {v}</source>
            <translation>{t}: city's level {v}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="628" />
            <source>... và {n} dòng nữa (xem đủ bằng khcds template import --dry-run TỆP).</source>
            <translation>... and {n} more rows (see them all with khcds template import --dry-run FILE).</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="636" />
            <source>Chưa nhập: khóa ký của {prov} chưa được tin cậy trên máy này.</source>
            <translation>Not imported: the signing key of {prov} is not trusted on this computer.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="637" />
            <source>Dấu vân tay khóa trong gói: {fp}</source>
            <translation>Fingerprint of the key in the package: {fp}</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="638" />
            <source>Hãy gọi điện cho {issuer} để đối chiếu dấu vân tay, rồi nhập lại với --accept-new-key hoặc --fingerprint "{fp}".</source>
            <translation>Call {issuer} to check the fingerprint, then import again with --accept-new-key or --fingerprint "{fp}".</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="643" />
            <source>Sẽ nhập</source>
            <translation>Would import</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="643" />
            <source>Đã nhập</source>
            <translation>Imported</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="645" />
            <source>Mẫu {id} phiên bản {v} đã có; không thay đổi.</source>
            <translation>Template {id} version {v} already exists; nothing changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="647" />
            <source>{verb} mẫu {id} phiên bản {v}.</source>
            <translation>{verb} template {id} version {v}.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="651" />
            <source>Khóa ký của {prov} chưa được tin cậy, dấu vân tay {fp}: hãy đối chiếu qua điện thoại trước khi nhập.</source>
            <translation>The signing key of {prov} is not trusted, fingerprint {fp}: check it by phone before importing.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="658" />
            <source>Khóa của thành phố được ghi nhận lần đầu, dấu vân tay {fp}: đã đối chiếu và tin cậy.</source>
            <translation>The city's key was recorded for the first time, fingerprint {fp}: checked and trusted.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="663" />
            <source>Không có thay đổi về nhiệm vụ, chỉ tiêu.</source>
            <translation>No changes to tasks or targets.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="697" />
            <source>Tệp {file} bị từ chối: mẫu không ghi tỉnh, thành phố phát hành.</source>
            <translation>The file {file} was rejected: the template does not name the publishing province.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="699" />
            <source>Tệp {file} bị từ chối: mẫu ghi mã tỉnh khác với nơi phát hành.</source>
            <translation>The file {file} was rejected: the template's province code differs from where it was published.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="702" />
            <source>Tệp {file} bị từ chối: mẫu phát hành cho {a}, không phải {b} của đơn vị này.</source>
            <translation>The file {file} was rejected: the template was published for {a}, not {b} of this unit.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="740" />
            <source>Thư mục dữ liệu này ở chế độ thành phố: gói mẫu dành cho đơn vị.</source>
            <translation>This data folder is in city mode: template packages are for units.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="750" />
            <source>Tệp {file} bị từ chối: khóa ký khác khóa của thành phố đã tin cậy ({fp}). Nếu tỉnh, thành phố đã đổi khóa, hãy gọi điện xác nhận rồi chạy khcds template trust --reset.</source>
            <translation>The file {file} was rejected: the signing key differs from the city's trusted key ({fp}). If the province changed its key, confirm by phone, then run khcds template trust --reset.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="787" />
            <source>Mẫu {id} phiên bản {v} đã có với nội dung khác; thành phố phải phát hành phiên bản mới.</source>
            <translation>Template {id} version {v} already exists with different content; the city must publish a new version.</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="812" />
            <source>sẽ chuyển sang phiên bản mới</source>
            <translation>will move to the new version</translation>
        </message>
        <message>
            <location filename="../../desktop/sync/template_package.py" line="825" />
            <source>kế hoạch {state}: không chuyển; hãy mở khóa rồi nhập lại.</source>
            <translation>plan {state}: not moved; unlock it and import again.</translation>
        </message>
    </context>
</TS>
