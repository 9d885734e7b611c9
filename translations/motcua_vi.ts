<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ErrorText</name>
    <message>
        <source>Choose a procedure from the list.</source>
        <translation>Hãy chọn một thủ tục trong danh sách.</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s full name: letters, spaces, &apos;.&apos;, &apos;-&apos; and &apos;&apos;&apos; only, at most 100 characters.</source>
        <translation>Hãy nhập họ và tên người nộp: chỉ gồm chữ cái, dấu cách, &apos;.&apos;, &apos;-&apos; và &apos;&apos;&apos;, tối đa 100 ký tự.</translation>
    </message>
    <message>
        <source>The citizen ID must have 12 digits (or 9 for an old identity card).</source>
        <translation>Số định danh phải gồm 12 chữ số (hoặc 9 chữ số với CMND cũ).</translation>
    </message>
    <message>
        <source>The phone number must start with 0 or +84, followed by 8 to 10 digits.</source>
        <translation>Số điện thoại phải bắt đầu bằng 0 hoặc +84, tiếp theo là 8 đến 10 chữ số.</translation>
    </message>
    <message>
        <source>The address may have at most 300 characters.</source>
        <translation>Địa chỉ chỉ được dài tối đa 300 ký tự.</translation>
    </message>
    <message>
        <source>Choose how the dossier was submitted.</source>
        <translation>Hãy chọn kênh nộp hồ sơ.</translation>
    </message>
    <message>
        <source>A ticked paper does not belong to this procedure.</source>
        <translation>Có giấy tờ được đánh dấu không thuộc thủ tục này.</translation>
    </message>
    <message>
        <source>The reception time is not valid.</source>
        <translation>Thời điểm tiếp nhận không hợp lệ.</translation>
    </message>
    <message>
        <source>Choose your commune from the list.</source>
        <translation>Hãy chọn xã/phường của bạn trong danh sách.</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 characters: lower-case letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Tên đăng nhập gồm 2 đến 32 ký tự: chữ thường a-z, chữ số, &apos;.&apos;, &apos;_&apos; hoặc &apos;-&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>Mật khẩu phải có ít nhất %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>The full name must have 1 to 100 characters.</source>
        <translation>Họ và tên phải có từ 1 đến 100 ký tự.</translation>
    </message>
    <message>
        <source>Some of the information is not valid: %1</source>
        <translation>Một số thông tin không hợp lệ: %1</translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation>Không tìm thấy bản ghi.</translation>
    </message>
    <message>
        <source>This conflicts with data already in the store: %1</source>
        <translation>Trùng hoặc mâu thuẫn với dữ liệu đã có: %1</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Tài khoản của bạn không có quyền thực hiện thao tác này.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>The data store reported an error (%1): %2</source>
        <translation>Kho dữ liệu báo lỗi (%1): %2</translation>
    </message>
    <message>
        <source>Optional: the 12-digit personal identification number.</source>
        <translation>Không bắt buộc: số định danh cá nhân gồm 12 chữ số.</translation>
    </message>
    <message>
        <source>The ID number may only contain digits.</source>
        <translation>Số định danh chỉ được gồm chữ số.</translation>
    </message>
    <message numerus="yes">
        <source>The ID number must have 12 digits (%n typed).</source>
        <translation>
            <numerusform>Số định danh phải gồm 12 chữ số (đã nhập %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>The 4th digit (century and gender) must be between 0 and 3.</source>
        <translation>Chữ số thứ 4 (thế kỷ và giới tính) phải từ 0 đến 3.</translation>
    </message>
    <message>
        <source>The birth year %1 is in the future.</source>
        <translation>Năm sinh %1 chưa đến.</translation>
    </message>
    <message>
        <source>Old 9-digit identity card (CMND): accepted, but ask for the 12-digit number.</source>
        <translation>CMND cũ 9 số: vẫn tiếp nhận, nhưng nên hỏi số định danh 12 số.</translation>
    </message>
    <message>
        <source>Male, born in %1; unknown birth registration code %2 (perhaps registered abroad).</source>
        <translation>Nam, sinh năm %1; mã nơi đăng ký khai sinh %2 không xác định (có thể đăng ký ở nước ngoài).</translation>
    </message>
    <message>
        <source>Female, born in %1; unknown birth registration code %2 (perhaps registered abroad).</source>
        <translation>Nữ, sinh năm %1; mã nơi đăng ký khai sinh %2 không xác định (có thể đăng ký ở nước ngoài).</translation>
    </message>
    <message>
        <source>Male, born in %1, birth registered in %2.</source>
        <translation>Nam, sinh năm %1, đăng ký khai sinh tại %2</translation>
    </message>
    <message>
        <source>Female, born in %1, birth registered in %2.</source>
        <translation>Nữ, sinh năm %1, đăng ký khai sinh tại %2</translation>
    </message>
    <message>
        <source>Optional: a mobile or landline number.</source>
        <translation>Không bắt buộc: số di động hoặc số cố định.</translation>
    </message>
    <message>
        <source>The phone number looks right.</source>
        <translation>Số điện thoại hợp lệ.</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>không ghi</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n ngày làm việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working hour(s)</source>
        <translation>
            <numerusform>%n giờ làm việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n giờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (unit not stated; counted as working days)</source>
        <translation>
            <numerusform>%n (không ghi đơn vị; tính theo ngày làm việc)</numerusform>
        </translation>
    </message>
    <message>
        <source>The source does not state the unit of the time limit.</source>
        <translation>Nguồn không ghi đơn vị của thời hạn giải quyết.</translation>
    </message>
    <message>
        <source>The source states no time limit.</source>
        <translation>Nguồn không ghi thời hạn giải quyết.</translation>
    </message>
    <message>
        <source>The required papers are not known: check the national portal.</source>
        <translation>Chưa rõ thành phần hồ sơ: hãy tra cứu trên Cổng Dịch vụ công quốc gia.</translation>
    </message>
    <message>
        <source>The source has no fee information.</source>
        <translation>Nguồn không có thông tin phí, lệ phí.</translation>
    </message>
    <message>
        <source>Marked free, but the description mentions a fee: check the province&apos;s fee rules.</source>
        <translation>Ghi là miễn phí nhưng phần mô tả có nhắc đến phí: hãy đối chiếu quy định phí, lệ phí của tỉnh.</translation>
    </message>
    <message>
        <source>The papers combine several lists (alternatives, or papers only to be shown).</source>
        <translation>Thành phần hồ sơ gộp từ nhiều danh sách (giấy tờ thay thế, hoặc giấy tờ chỉ cần xuất trình).</translation>
    </message>
    <message>
        <source>Some texts are shortened; the full text is on the national portal.</source>
        <translation>Một số nội dung đã được rút gọn; toàn văn có trên Cổng Dịch vụ công quốc gia.</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>dossier state</comment>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>In processing</source>
        <comment>dossier state</comment>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <comment>dossier state</comment>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <comment>dossier state</comment>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>dossier state</comment>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Result ready</source>
        <comment>dossier state</comment>
        <translation>Đã có kết quả</translation>
    </message>
    <message>
        <source>Result returned</source>
        <comment>dossier state</comment>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <comment>dossier state</comment>
        <translation>Không được tiếp nhận</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>dossier state</comment>
        <translation>Từ chối giải quyết</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>dossier state</comment>
        <translation>Đã rút hồ sơ</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>dossier state</comment>
        <translation>Dừng xử lý</translation>
    </message>
</context>
<context>
    <name>MotCua::Cli</name>
    <message>
        <source>Store created at %1</source>
        <translation>Đã tạo kho dữ liệu tại %1</translation>
    </message>
    <message>
        <source>Commune: %1 (%2)</source>
        <translation>Xã/phường: %1 (%2)</translation>
    </message>
    <message>
        <source>Administrator: %1</source>
        <translation>Quản trị viên: %1</translation>
    </message>
    <message>
        <source>Procedures imported: %1</source>
        <translation>Số thủ tục đã nạp: %1</translation>
    </message>
    <message>
        <source>Dossier %1 received; result due %2</source>
        <translation>Đã tiếp nhận hồ sơ %1; hẹn trả kết quả %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation> (tạm thời)</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh nộp</translation>
    </message>
    <message>
        <source> (time unit not stated in the catalog: counted as working days)</source>
        <translation> (danh mục không ghi đơn vị thời hạn: tính theo ngày làm việc)</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Dossier %1: %2 (status %3)</source>
        <translation>Hồ sơ %1: %2 (trạng thái %3)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Bên giao</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bên nhận</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Thời gian giao</translation>
    </message>
    <message>
        <source>Allowed until</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Projections rebuilt from %1 events</source>
        <translation>Đã dựng lại dữ liệu từ %1 sự kiện</translation>
    </message>
    <message>
        <source>%1 events from %2 devices</source>
        <translation>%1 sự kiện từ %2 máy</translation>
    </message>
    <message>
        <source>BROKEN CHAIN: device %1, event #%2 %3: %4</source>
        <translation>CHUỖI BỊ ĐỨT: máy %1, sự kiện #%2 %3: %4</translation>
    </message>
    <message>
        <source>PROJECTIONS DIFFER from the event log: %1</source>
        <translation>DỮ LIỆU KHÁC VỚI NHẬT KÝ SỰ KIỆN: %1</translation>
    </message>
    <message>
        <source>OK: every hash chain holds and the projections match the event log</source>
        <translation>OK: mọi chuỗi băm đều nguyên vẹn và dữ liệu khớp với nhật ký sự kiện</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>hợp lệ</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>KHÔNG HỢP LỆ</translation>
    </message>
    <message>
        <source>User %1 created</source>
        <translation>Đã tạo người dùng %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source> (leap)</source>
        <translation> (nhuận)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Thứ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Holiday arrangement for %1 recorded (%2 days)</source>
        <translation>Đã ghi lịch nghỉ lễ năm %1 (%2 ngày)</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::AppController</name>
    <message>
        <source>MotCua Desk</source>
        <translation>MotCua Desk</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>Không tạo được thư mục dữ liệu %1.</translation>
    </message>
    <message>
        <source>The data store in %1 cannot be opened. Nothing was changed.

Details: %2</source>
        <translation>Không mở được kho dữ liệu trong %1. Chưa có gì bị thay đổi.

Chi tiết: %2</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::DossierTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>procedure name (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>dossier code column</comment>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>reception time column</comment>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>due date column</comment>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::DossiersPage</name>
    <message>
        <source>Receive dossier</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Receive a new dossier at the counter (F2)</source>
        <translation>Tiếp nhận hồ sơ mới tại quầy (F2)</translation>
    </message>
    <message>
        <source>Filter dossiers</source>
        <translation>Lọc hồ sơ</translation>
    </message>
    <message>
        <source>Filter by code, applicant, citizen ID or procedure (diacritics optional)</source>
        <translation>Lọc theo mã hồ sơ, người nộp, CCCD hoặc thủ tục (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Lọc:</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>dossier state</comment>
        <translation>Đã tiếp nhận</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Sign in to the one-stop counter of %1.</source>
        <translation>Đăng nhập vào bộ phận một cửa của %1.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Wrong user name or password. Please try again.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu. Vui lòng thử lại.</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::MainWindow</name>
    <message>
        <source>MotCua Desk — %1</source>
        <extracomment>Window title: the application, then the commune</extracomment>
        <translation>MotCua Desk — %1</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Điều hướng</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Incoming documents</source>
        <translation>Văn bản đến</translation>
    </message>
    <message>
        <source>Outgoing documents</source>
        <translation>Văn bản đi</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Incoming official documents will be registered, assigned and tracked here.</source>
        <translation>Văn bản đến sẽ được vào sổ, phân công xử lý và theo dõi tại đây.</translation>
    </message>
    <message>
        <source>Outgoing official documents will be numbered, registered and sent from here.</source>
        <translation>Văn bản đi sẽ được lấy số, vào sổ và phát hành từ đây.</translation>
    </message>
    <message>
        <source>Reports on received, processed and overdue dossiers will be produced here.</source>
        <translation>Báo cáo về hồ sơ đã tiếp nhận, đã giải quyết và quá hạn sẽ được lập tại đây.</translation>
    </message>
    <message>
        <source>The exchange of events with the provincial server will be shown and controlled here.</source>
        <translation>Việc trao đổi dữ liệu với máy chủ của tỉnh sẽ được hiển thị và điều khiển tại đây.</translation>
    </message>
    <message>
        <source>User accounts, the procedure catalog and store maintenance will be managed here.</source>
        <translation>Tài khoản người dùng, danh mục thủ tục và việc bảo trì kho dữ liệu sẽ được quản lý tại đây.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Kho dữ liệu: %1</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Người dùng: %1 (%2)</translation>
    </message>
    <message>
        <source>Sync: offline, not configured</source>
        <translation>Đồng bộ: ngoại tuyến, chưa cấu hình</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Receive dossier…</source>
        <translation>&amp;Tiếp nhận hồ sơ…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>&amp;Find dossier</source>
        <translation>Tìm &amp;kiếm hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About MotCua Desk</source>
        <translation>&amp;Giới thiệu MotCua Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
    <message>
        <source>Received dossier %1, due %2</source>
        <translation>Đã tiếp nhận hồ sơ %1, hẹn trả %2</translation>
    </message>
    <message>
        <source>Dossiers: unknown</source>
        <translation>Số hồ sơ: chưa rõ</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the dossiers: %1</source>
        <translation>Không tải được danh sách hồ sơ: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The new language takes effect when MotCua Desk is restarted.</source>
        <translation>Ngôn ngữ mới sẽ có hiệu lực khi khởi động lại MotCua Desk.</translation>
    </message>
    <message>
        <source>About MotCua Desk</source>
        <translation>Giới thiệu MotCua Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MotCua Desk %1&lt;/h3&gt;&lt;p&gt;Offline-first desktop client for the one-stop counters of Vietnam&apos;s communes.&lt;/p&gt;&lt;p&gt;Commune: %2&lt;br&gt;Data store: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MotCua Desk %1&lt;/h3&gt;&lt;p&gt;Phần mềm cho bộ phận một cửa cấp xã, làm việc được cả khi không có mạng.&lt;/p&gt;&lt;p&gt;Xã/phường: %2&lt;br&gt;Kho dữ liệu: %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::ReceiveDialog</name>
    <message>
        <source>Receive dossier</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation>&amp;Thủ tục:</translation>
    </message>
    <message>
        <source>Search procedures</source>
        <translation>Tìm thủ tục</translation>
    </message>
    <message>
        <source>Type part of the name or the code, with or without diacritics</source>
        <translation>Gõ một phần tên hoặc mã thủ tục, có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <source>Matching procedures</source>
        <translation>Các thủ tục phù hợp</translation>
    </message>
    <message>
        <source>Procedure details</source>
        <translation>Thông tin thủ tục</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>Applicant&apos;s full name</source>
        <translation>Họ và tên người nộp</translation>
    </message>
    <message>
        <source>Citizen &amp;ID:</source>
        <translation>Số định danh (&amp;CCCD):</translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation>Số định danh cá nhân</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kênh nộp:</translation>
    </message>
    <message>
        <source>Submission channel</source>
        <translation>Kênh nộp hồ sơ</translation>
    </message>
    <message>
        <source>Papers &amp;received:</source>
        <translation>&amp;Giấy tờ đã nhận:</translation>
    </message>
    <message>
        <source>Papers received</source>
        <translation>Giấy tờ đã nhận</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Qua bưu chính</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>procedure name (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No procedure matches &quot;%1&quot;.</source>
        <translation>Không có thủ tục nào khớp với “%1”.</translation>
    </message>
    <message>
        <source>Choose a procedure to see its time limit, fee and required papers.</source>
        <translation>Chọn một thủ tục để xem thời hạn, lệ phí và thành phần hồ sơ.</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Lĩnh vực: %1</translation>
    </message>
    <message>
        <source>Legal time limit: %1</source>
        <translation>Thời hạn giải quyết: %1</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Phí, lệ phí: %1</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>không ghi</translation>
    </message>
    <message>
        <source>Note: the catalog data is incomplete or unclear.</source>
        <translation>Lưu ý: dữ liệu danh mục còn thiếu hoặc chưa rõ.</translation>
    </message>
    <message>
        <source>The required papers of this procedure are not known.</source>
        <translation>Chưa có danh sách thành phần hồ sơ của thủ tục này.</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::SetupDialog</name>
    <message>
        <source>Set up MotCua Desk</source>
        <translation>Thiết lập MotCua Desk</translation>
    </message>
    <message>
        <source>Welcome. This computer has no data yet: choose the commune it serves and create the first administrator account.</source>
        <translation>Xin chào. Máy tính này chưa có dữ liệu: hãy chọn xã/phường mà máy phục vụ và tạo tài khoản quản trị đầu tiên.</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Xã/phường:</translation>
    </message>
    <message>
        <source>Search communes</source>
        <translation>Tìm xã/phường</translation>
    </message>
    <message>
        <source>Name of the commune or ward, or its 5-digit code</source>
        <translation>Tên xã/phường, hoặc mã 5 chữ số</translation>
    </message>
    <message>
        <source>Matching communes</source>
        <translation>Các xã/phường phù hợp</translation>
    </message>
    <message>
        <source>Administrator &amp;user name:</source>
        <translation>Tên đăng nhập &amp;quản trị:</translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation>Tên đăng nhập của quản trị viên</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>Administrator full name</source>
        <translation>Họ và tên quản trị viên</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Thiết lập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>A commune in the picker: &quot;Phường Ba Đình — Thành phố Hà Nội (00004)&quot;</extracomment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No commune matches &quot;%1&quot;.</source>
        <translation>Không có xã/phường nào khớp với “%1”.</translation>
    </message>
    <message>
        <source>Type to search, then choose the commune in the list.</source>
        <translation>Gõ để tìm, rồi chọn xã/phường trong danh sách.</translation>
    </message>
    <message>
        <source>Optional: shown in the status bar and on receipts.</source>
        <translation>Không bắt buộc: hiển thị ở thanh trạng thái và trên phiếu tiếp nhận.</translation>
    </message>
    <message>
        <source>The password is long enough.</source>
        <translation>Mật khẩu đủ độ dài.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MotCua Desk: the one-stop counter client of a commune.</source>
        <translation>MotCua Desk: phần mềm bộ phận một cửa cấp xã.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Hiển thị thông tin phiên bản.</translation>
    </message>
    <message>
        <source>Keeps the store, settings and logs in &lt;dir&gt;.</source>
        <translation>Lưu kho dữ liệu, cài đặt và nhật ký trong &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
</context>
</TS>
