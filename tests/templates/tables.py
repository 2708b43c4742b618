"""A tỉnh's real-looking task table: Lạng Sơn's two-tier digital-transformation plan 2026.

Seven groups (I..VII), 44 tasks, the task's number in the superior plan
("NV theo KH 05-KH/BCĐTW"), deadlines of every kind, lead agencies merged over
several rows, a row that continues its task after a page break, a row of column
numbers under the header, two title lines above it, and a few cells nobody can
read (a deadline "Khi có yêu cầu", a numbered row with no task).
"""

from __future__ import annotations

from pathlib import Path

HEADER = [
    "STT",
    "Nhiệm vụ",
    "NV theo KH 05-KH/BCĐTW",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Sản phẩm đầu ra",
    "Thời hạn hoàn thành",
]

SKHCN = "Sở Khoa học và Công nghệ"
SNV = "Sở Nội vụ"
VP = "Văn phòng UBND tỉnh"
CA = "Công an tỉnh"
XA = "UBND các xã, phường"

# (stt, content, superior ref, lead, coordinating, product, deadline)
GROUPS: list[tuple[str, str, list[tuple[str, str, str, str, str, str, str]]]] = [
    (
        "I",
        "NÂNG CAO NHẬN THỨC, THỂ CHẾ SỐ",
        [
            (
                "1",
                "Ban hành kế hoạch chuyển đổi số năm 2026 của cơ quan, đơn vị, địa phương",
                "1",
                SKHCN,
                XA,
                "Kế hoạch được ban hành",
                "31/01/2026",
            ),
            (
                "2",
                "Rà soát, sửa đổi quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh",
                "2",
                VP,
                SKHCN,
                "Quyết định sửa đổi quy chế",
                "Quý I/2026",
            ),
            (
                "3",
                "Tuyên truyền về chuyển đổi số trên hệ thống truyền thanh cơ sở",
                "3",
                XA,
                SKHCN,
                "Tin, bài phát thanh",
                "Hằng tháng",
            ),
            (
                "4",
                "Ban hành quy định về định danh và xác thực điện tử trong cơ quan nhà nước",
                "4",
                SKHCN,
                CA,
                "Quyết định của UBND tỉnh",
                "30 ngày sau khi Trung ương ban hành",
            ),
            ("5", "Tổ chức Ngày Chuyển đổi số của tỉnh", "5", SKHCN, XA, "Sự kiện được tổ chức", "Tháng 10/2026"),
            (
                "6",
                "Kiện toàn Ban Chỉ đạo chuyển đổi số cấp xã khi có thay đổi nhân sự",
                "6",
                XA,
                SNV,
                "Quyết định kiện toàn",
                "Thường xuyên",
            ),
        ],
    ),
    (
        "II",
        "HẠ TẦNG SỐ",
        [
            (
                "1",
                "Phủ sóng di động 4G, 5G đến các thôn, bản vùng sâu, vùng xa",
                "II.1",
                SKHCN,
                "Các doanh nghiệp viễn thông; UBND các xã",
                "100% thôn có sóng 4G",
                "30/6/2026",
            ),
            (
                "2",
                "Nâng cấp mạng truyền số liệu chuyên dùng cấp II đến cấp xã",
                "II.2",
                SKHCN,
                XA,
                "Mạng được nâng cấp",
                "Quý II/2026",
            ),
            (
                "3",
                "Bảo đảm hạ tầng máy tính, máy quét cho bộ phận một cửa cấp xã",
                "II.3",
                XA,
                "Sở Tài chính",
                "Trang thiết bị được bố trí",
                "Quý III/2026",
            ),
            (
                "4",
                "Triển khai camera giám sát an ninh trật tự tại các điểm công cộng",
                "II.4",
                CA,
                XA,
                "Hệ thống camera",
                "Năm 2026",
            ),
            (
                "5",
                "Lắp đặt điểm truy cập Internet công cộng tại trung tâm xã Bắc Sơn",
                "",
                "UBND xã Bắc Sơn",
                SKHCN,
                "Điểm Wi-Fi công cộng",
                "Tháng 9/2026",
            ),
            ("6", "Rà soát hạ tầng trung tâm dữ liệu của tỉnh", "II.6", SKHCN, "", "Báo cáo rà soát", "15/11/2026"),
        ],
    ),
    (
        "III",
        "CHÍNH QUYỀN SỐ",
        [
            (
                "1",
                "Cung cấp dịch vụ công trực tuyến toàn trình cho các thủ tục đủ điều kiện",
                "III.1",
                VP,
                XA,
                "Tỷ lệ hồ sơ trực tuyến toàn trình ≥ 80%",
                "Quý IV/2026",
            ),
            (
                "2",
                "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực",
                "III.2",
                XA,
                VP,
                "100% kết quả được số hóa",
                "30/9/2026",
            ),
            (
                "3",
                "Sử dụng văn bản điện tử có ký số trong trao đổi giữa các cơ quan",
                "III.3",
                VP,
                XA,
                "Tỷ lệ văn bản điện tử",
                "Hằng quý",
            ),
            (
                "4",
                "Báo cáo tình hình giải quyết hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính",
                "III.4",
                XA,
                VP,
                "Báo cáo định kỳ",
                "Hằng tuần",
            ),
            (
                "5",
                "Vận hành Hệ thống thông tin báo cáo của tỉnh kết nối Hệ thống báo cáo quốc gia",
                "III.5",
                VP,
                "",
                "Hệ thống vận hành",
                "Tháng 6/2026",
            ),
            (
                "6",
                "Cập nhật dữ liệu cán bộ, công chức lên cơ sở dữ liệu quốc gia",
                "III.6",
                SNV,
                XA,
                "Dữ liệu được cập nhật",
                "Trong vòng 03 tháng kể từ khi Bộ Nội vụ hướng dẫn",
            ),
            ("7", "Triển khai họp trực tuyến đến cấp xã", "III.7", VP, XA, "Điểm cầu trực tuyến", "Quý I"),
            (
                "8",
                "Áp dụng chữ ký số chuyên dùng cho cán bộ cấp xã",
                "III.8",
                CA,
                XA,
                "Chứng thư số được cấp",
                "Khi có yêu cầu",
            ),
        ],
    ),
    (
        "IV",
        "DỮ LIỆU SỐ",
        [
            (
                "1",
                "Làm sạch dữ liệu hộ tịch, đất đai theo chiến dịch 90 ngày",
                "IV.1",
                "Sở Tư pháp",
                XA,
                "Dữ liệu đúng, đủ, sạch, sống",
                "31/3/2026",
            ),
            (
                "2",
                "Xây dựng kho dữ liệu dùng chung của tỉnh",
                "IV.2",
                SKHCN,
                "Các sở, ngành",
                "Kho dữ liệu dùng chung",
                "Quý IV/2026",
            ),
            ("3", "Công bố danh mục dữ liệu mở của tỉnh", "IV.3", SKHCN, "", "Danh mục dữ liệu mở", "30/6/2026"),
            (
                "4",
                "Cập nhật dữ liệu dân cư phục vụ Đề án 06 tại cấp xã",
                "IV.4",
                CA,
                XA,
                "Dữ liệu được cập nhật",
                "Hằng tháng",
            ),
            (
                "5",
                "Số hóa dữ liệu đất đai của xã Na Sầm",
                "",
                "UBND xã Na Sầm",
                "Sở Nông nghiệp và Môi trường",
                "Cơ sở dữ liệu đất đai của xã",
                "Quý III/2026",
            ),
            (
                "6",
                "Kết nối cơ sở dữ liệu chuyên ngành với Nền tảng tích hợp, chia sẻ dữ liệu",
                "IV.6",
                SKHCN,
                "Các sở, ngành",
                "Kết nối vận hành",
                "15/12/2026",
            ),
        ],
    ),
    (
        "V",
        "KINH TẾ SỐ",
        [
            (
                "1",
                "Đưa sản phẩm OCOP của các xã lên sàn thương mại điện tử",
                "V.1",
                "Sở Công Thương",
                XA,
                "Số sản phẩm trên sàn",
                "Tháng 8/2026",
            ),
            (
                "2",
                "Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số",
                "V.2",
                "Sở Tài chính",
                SKHCN,
                "Doanh nghiệp được hỗ trợ",
                "Năm 2026",
            ),
            (
                "3",
                "Thúc đẩy thanh toán không dùng tiền mặt tại chợ, điểm du lịch",
                "V.3",
                "Ngân hàng Nhà nước khu vực",
                XA,
                "Tỷ lệ giao dịch không tiền mặt",
                "Thường xuyên",
            ),
            (
                "4",
                "Phát triển du lịch thông minh tại khu du lịch Mẫu Sơn",
                "V.4",
                "Sở Văn hóa, Thể thao và Du lịch",
                "UBND xã Mẫu Sơn",
                "Ứng dụng du lịch thông minh",
                "Quý III/2026",
            ),
            (
                "5",
                "Thống kê, đánh giá tỷ trọng kinh tế số trong GRDP",
                "V.5",
                "Thống kê tỉnh",
                "",
                "Báo cáo",
                "6 tháng một lần",
            ),
            (
                "6",
                "Triển khai truy xuất nguồn gốc nông sản chủ lực",
                "V.6",
                "Sở Nông nghiệp và Môi trường",
                XA,
                "Mã truy xuất nguồn gốc",
                "30/10/2026",
            ),
        ],
    ),
    (
        "VI",
        "XÃ HỘI SỐ",
        [
            (
                "1",
                "Triển khai phong trào Bình dân học vụ số đến từng thôn, bản",
                "VI.1",
                XA,
                "Đoàn Thanh niên",
                "Số người được phổ cập kỹ năng số",
                "Hằng quý",
            ),
            (
                "2",
                "Duy trì hoạt động của Tổ công nghệ số cộng đồng",
                "VI.2",
                XA,
                SKHCN,
                "Tổ công nghệ số hoạt động",
                "Thường xuyên",
            ),
            (
                "3",
                "Tăng tỷ lệ người dân có tài khoản định danh điện tử mức 2",
                "VI.3",
                CA,
                XA,
                "Tỷ lệ tài khoản định danh mức 2",
                "31/12/2026",
            ),
            (
                "4",
                "Khám chữa bệnh bằng căn cước, hồ sơ sức khỏe điện tử",
                "VI.4",
                "Sở Y tế",
                XA,
                "Tỷ lệ người dân có hồ sơ sức khỏe điện tử",
                "Quý II/2026",
            ),
            (
                "5",
                "Triển khai học bạ số tại các trường tiểu học",
                "VI.5",
                "Sở Giáo dục và Đào tạo",
                XA,
                "Học bạ số",
                "Tháng 5/2026",
            ),
            ("6", "Tập huấn kỹ năng số cho công chức cấp xã", "VI.6", SNV, XA, "Lớp tập huấn", "Quý II/2026"),
        ],
    ),
    (
        "VII",
        "AN TOÀN THÔNG TIN MẠNG",
        [
            (
                "1",
                "Phê duyệt hồ sơ đề xuất cấp độ an toàn hệ thống thông tin",
                "VII.1",
                SKHCN,
                CA,
                "Hồ sơ cấp độ được phê duyệt",
                "30/6/2026",
            ),
            (
                "2",
                "Triển khai giám sát an toàn thông tin cho hệ thống thông tin cấp xã",
                "VII.2",
                CA,
                XA,
                "Hệ thống được giám sát",
                "Quý IV/2026",
            ),
            (
                "3",
                "Diễn tập ứng cứu sự cố an toàn thông tin mạng",
                "VII.3",
                SKHCN,
                CA,
                "Cuộc diễn tập",
                "Tháng 11/2026",
            ),
            ("4", "Kiểm tra an toàn thông tin tại các xã, phường", "VII.4", CA, XA, "Biên bản kiểm tra", "Hằng năm"),
            (
                "5",
                "Rà soát, gỡ bỏ mã độc trên máy tính của cơ quan nhà nước",
                "VII.5",
                CA,
                XA,
                "Máy tính sạch mã độc",
                "Thường xuyên",
            ),
            (
                "6",
                "Tuyên truyền phòng chống lừa đảo trực tuyến",
                "VII.6",
                CA,
                XA,
                "Tin, bài tuyên truyền",
                "Hằng tháng",
            ),
        ],
    ),
]

# the continuation row after a page break: task III.1's last words and its product's end
CONTINUED_AFTER = ("III", "1")
CONTINUATION = ("theo danh mục của UBND tỉnh", "và 100% hồ sơ được số hóa")
NO_CONTENT_ROW = "45"  # a numbered row with nothing in it, at the end


def n_tasks() -> int:
    return sum(len(ts) for _g, _t, ts in GROUPS)


def rows() -> list[list[str]]:
    """The table as a reader sees it (without the merges)."""
    out: list[list[str]] = []
    for num, title, tasks in GROUPS:
        out.append([num, title, "", "", "", "", ""])
        for t in tasks:
            out.append(list(t))
            if (num, t[0]) == CONTINUED_AFTER:
                out.append(["", CONTINUATION[0], "", "", "", CONTINUATION[1], ""])
    out.append([NO_CONTENT_ROW, "", "", "", "", "", ""])
    return out


TITLE_LINES = [
    "Phụ lục",
    "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ TỈNH LẠNG SƠN NĂM 2026",
    "(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/01/2026 của UBND tỉnh Lạng Sơn)",
]


def write_xlsx(path: Path) -> Path:
    """Title lines merged across the sheet, the header, a row of column numbers, group rows merged
    across, and a lead agency merged down over two tasks (group VII, tasks 4 and 5: Công an tỉnh)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    r = 1
    for line in TITLE_LINES:
        ws.cell(r, 1, line)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
    r += 1  # an empty line
    for j, h in enumerate(HEADER, 1):
        ws.cell(r, j, h)
    r += 1
    for j in range(1, 8):
        ws.cell(r, j, f"({j})")
    r += 1
    merge_lead_from = None
    for row in rows():
        if row[0] and not row[1] and row[0] == NO_CONTENT_ROW:
            ws.cell(r, 1, int(row[0]))
        elif row[0] in {g for g, _t, _x in GROUPS} and not row[2]:
            ws.cell(r, 1, f"{row[0]}. {row[1]}")  # "I. NÂNG CAO ..." in one merged cell
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            for j, v in enumerate(row, 1):
                if v == "":
                    continue
                ws.cell(r, j, int(v) if j == 1 and v.isdigit() else v)
            if row[1].startswith("Kiểm tra an toàn thông tin tại"):
                merge_lead_from = r
        r += 1
    assert merge_lead_from is not None
    ws.cell(merge_lead_from + 1, 4).value = None
    ws.merge_cells(start_row=merge_lead_from, start_column=4, end_row=merge_lead_from + 1, end_column=4)
    wb.save(path)
    return path


def write_docx(path: Path) -> Path:
    """Title paragraphs, then the table split in two by a page break, the header repeated on the
    second part; group rows with the title merged across the other columns."""
    import docx
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    for line in TITLE_LINES:
        d.add_paragraph(line)
    all_rows = rows()
    split = len(all_rows) // 2
    for part in (all_rows[:split], all_rows[split:]):
        table = d.add_table(rows=0, cols=7)
        hdr = table.add_row().cells
        for j, h in enumerate(HEADER):
            hdr[j].text = h
        for row in part:
            cells = table.add_row().cells
            if row[0] in {g for g, _t, _x in GROUPS} and not row[2] and row[1]:
                cells[0].text = row[0]
                merged = cells[1].merge(cells[6])
                merged.text = row[1]
                continue
            for j, v in enumerate(row):
                cells[j].text = v
        if part is not all_rows[split:]:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.save(str(path))
    return path
