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
    <message>
        <source>Give the reason (at most 1000 characters): it is recorded and told to the citizen.</source>
        <translation>Hãy nhập lý do (tối đa 1000 ký tự): lý do được lưu lại và thông báo cho công dân.</translation>
    </message>
    <message>
        <source>List at least one missing paper: everything that is missing goes in one request.</source>
        <translation>Hãy liệt kê ít nhất một giấy tờ còn thiếu: mọi giấy tờ còn thiếu phải nêu trong một lần yêu cầu.</translation>
    </message>
    <message>
        <source>Choose a person with an active account, or type a department.</source>
        <translation>Hãy chọn một người có tài khoản đang hoạt động, hoặc nhập bộ phận.</translation>
    </message>
    <message>
        <source>The time for this step must be 0 to 365 working days.</source>
        <translation>Thời gian cho bước này phải từ 0 đến 365 ngày làm việc.</translation>
    </message>
    <message>
        <source>Choose how the result is returned: at the desk, by post or online.</source>
        <translation>Hãy chọn hình thức trả kết quả: tại quầy, qua bưu chính hoặc trực tuyến.</translation>
    </message>
    <message>
        <source>The new appointment must be later than the original due date and later than now.</source>
        <translation>Ngày hẹn mới phải sau ngày hẹn trả ban đầu và sau thời điểm hiện tại.</translation>
    </message>
    <message>
        <source>The time of the action is not valid: not in the future, not before the reception.</source>
        <translation>Thời điểm thực hiện không hợp lệ: không được ở tương lai, không được trước lúc tiếp nhận.</translation>
    </message>
    <message>
        <source>There is no open dossier of this citizen for this procedure any more.</source>
        <translation>Công dân này không còn hồ sơ nào đang giải quyết cho thủ tục này.</translation>
    </message>
    <message>
        <source>This is not possible in the dossier&apos;s current state. Close this form and look at the dossier again.</source>
        <translation>Không thể thực hiện ở trạng thái hiện tại của hồ sơ. Hãy đóng biểu mẫu này và xem lại hồ sơ.</translation>
    </message>
    <message>
        <source>This citizen already has an open dossier for this procedure: refuse this one as a duplicate, or give the reason for receiving it anyway.</source>
        <translation>Công dân này đã có hồ sơ đang giải quyết cho thủ tục này: hãy không tiếp nhận hồ sơ mới vì trùng, hoặc nêu lý do vẫn tiếp nhận.</translation>
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
    <message>
        <source>DAMAGED FILE: %1</source>
        <translation>TỆP BỊ HỎNG: %1</translation>
    </message>
    <message>
        <source>Password of %1 changed</source>
        <translation>Đã đổi mật khẩu của %1</translation>
    </message>
    <message>
        <source>Temporary password set for %1; it must be changed at the next sign-in</source>
        <translation>Đã đặt mật khẩu tạm cho %1; phải đổi mật khẩu ở lần đăng nhập tới</translation>
    </message>
    <message>
        <source>User %1: %2%3</source>
        <translation>Người dùng %1: %2%3</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (đã khóa)</translation>
    </message>
    <message>
        <source>File:      %1 (%2 KB)</source>
        <translation>Tệp:       %1 (%2 KB)</translation>
    </message>
    <message>
        <source>Commune:   %1 (%2)</source>
        <translation>Đơn vị:    %1 (%2)</translation>
    </message>
    <message>
        <source>Holds:     %1 events, %2 dossiers, %3 users</source>
        <translation>Chứa:      %1 sự kiện, %2 hồ sơ, %3 người dùng</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Thay đổi cuối: %1</translation>
    </message>
    <message>
        <source>Check:     OK (integrity, hash chains)</source>
        <translation>Kiểm tra:  Đạt (toàn vẹn, chuỗi băm)</translation>
    </message>
    <message>
        <source>Check:     FAILED: %1</source>
        <translation>Kiểm tra:  KHÔNG ĐẠT: %1</translation>
    </message>
    <message>
        <source>Deleted %1 older backup(s)</source>
        <translation>Đã xóa %1 bản sao lưu cũ</translation>
    </message>
    <message>
        <source>Restored into %1</source>
        <translation>Đã khôi phục vào %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Khớp</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::ActionDialog</name>
    <message>
        <source>Dossier action</source>
        <translation>Xử lý hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Người nhận:</translation>
    </message>
    <message>
        <source>Person to hand the dossier to</source>
        <translation>Người nhận hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Bộ phận:</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <source>&amp;Working days for this step:</source>
        <translation>Số ngày &amp;làm việc cho bước này:</translation>
    </message>
    <message>
        <source>Working days for this step</source>
        <translation>Số ngày làm việc cho bước này</translation>
    </message>
    <message>
        <source>Missing &amp;papers:</source>
        <translation>&amp;Giấy tờ còn thiếu:</translation>
    </message>
    <message>
        <source>Missing paper to add</source>
        <translation>Giấy tờ còn thiếu cần thêm</translation>
    </message>
    <message>
        <source>Type a missing paper, then press Enter</source>
        <translation>Nhập tên giấy tờ còn thiếu rồi nhấn Enter</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>Add the missing paper</source>
        <translation>Thêm giấy tờ còn thiếu</translation>
    </message>
    <message>
        <source>Missing papers</source>
        <translation>Các giấy tờ còn thiếu</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>&amp;Xóa mục đã chọn</translation>
    </message>
    <message>
        <source>Remove the selected missing paper</source>
        <translation>Xóa giấy tờ đã chọn</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>How the result is returned</source>
        <translation>Hình thức trả kết quả</translation>
    </message>
    <message>
        <source>New &amp;appointment:</source>
        <translation>Ngày &amp;hẹn mới:</translation>
    </message>
    <message>
        <source>New appointment date</source>
        <translation>Ngày hẹn trả mới</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <comment>dossier action</comment>
        <translation>Chuyển xử lý…</translation>
    </message>
    <message>
        <source>Request supplement…</source>
        <comment>dossier action</comment>
        <translation>Yêu cầu bổ sung…</translation>
    </message>
    <message>
        <source>Supplement received…</source>
        <comment>dossier action</comment>
        <translation>Đã nhận bổ sung…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <comment>dossier action: not accepted at reception</comment>
        <translation>Không tiếp nhận…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <comment>dossier action: rejected after appraisal</comment>
        <translation>Từ chối giải quyết…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <comment>dossier action</comment>
        <translation>Phê duyệt…</translation>
    </message>
    <message>
        <source>Result ready…</source>
        <comment>dossier action</comment>
        <translation>Có kết quả…</translation>
    </message>
    <message>
        <source>Return result…</source>
        <comment>dossier action</comment>
        <translation>Trả kết quả…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <comment>dossier action: at the citizen&apos;s request</comment>
        <translation>Rút hồ sơ…</translation>
    </message>
    <message>
        <source>Stop processing…</source>
        <comment>dossier action</comment>
        <translation>Dừng xử lý…</translation>
    </message>
    <message>
        <source>Apologise for delay…</source>
        <comment>dossier action</comment>
        <translation>Xin lỗi, hẹn lại…</translation>
    </message>
    <message>
        <source>receptionist</source>
        <comment>role</comment>
        <translation>tiếp nhận</translation>
    </message>
    <message>
        <source>specialist</source>
        <comment>role</comment>
        <translation>chuyên viên</translation>
    </message>
    <message>
        <source>leader</source>
        <comment>role</comment>
        <translation>lãnh đạo</translation>
    </message>
    <message>
        <source>clerk</source>
        <comment>role</comment>
        <translation>văn thư</translation>
    </message>
    <message>
        <source>administrator</source>
        <comment>role</comment>
        <translation>quản trị</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Window title of an action form: the action, then the dossier code
----------
A person in the transfer list: name, then roles, then department</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3&lt;br&gt;State: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3&lt;br&gt;Trạng thái: %4</translation>
    </message>
    <message>
        <source>(nobody: the department only)</source>
        <translation>(không chọn người: chỉ chuyển bộ phận)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person: full name (user name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Optional when a person is chosen</source>
        <translation>Không bắt buộc khi đã chọn người nhận</translation>
    </message>
    <message>
        <source>until the dossier&apos;s due date</source>
        <translation>đến hạn trả của hồ sơ</translation>
    </message>
    <message>
        <source> working day(s)</source>
        <translation> ngày làm việc</translation>
    </message>
    <message>
        <source>How many working days the receiver has for this step (control sheet).</source>
        <translation>Số ngày làm việc người nhận có cho bước này (ghi vào phiếu kiểm soát).</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Lý do (không bắt buộc):</translation>
    </message>
    <message numerus="yes">
        <source>This dossier was already asked for a supplement (%n time(s)). The law allows one request listing everything missing: another one is recorded and counts the dossier as late.</source>
        <translation>
            <numerusform>Hồ sơ này đã được yêu cầu bổ sung %n lần. Quy định chỉ cho phép một lần yêu cầu nêu đầy đủ giấy tờ còn thiếu: lần yêu cầu tiếp theo vẫn được ghi nhận nhưng hồ sơ bị tính là trễ hạn.</numerusform>
        </translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Tại quầy</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Qua bưu chính</translation>
    </message>
    <message>
        <source>Online (electronic result)</source>
        <translation>Trực tuyến (kết quả điện tử)</translation>
    </message>
    <message>
        <source>Original due date: %1</source>
        <translation>Ngày hẹn trả ban đầu: %1</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Lý do (bắt buộc):</translation>
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
    <name>MotCua::Ui::DossierDialog</name>
    <message>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Dossier details, history and control sheet</source>
        <translation>Thông tin, lịch sử và phiếu kiểm soát của hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Thông tin</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Lịch sử</translation>
    </message>
    <message>
        <source>History of the dossier</source>
        <translation>Lịch sử hồ sơ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>&amp;Control sheet</source>
        <translation>&amp;Phiếu kiểm soát</translation>
    </message>
    <message>
        <source>Processing control sheet</source>
        <translation>Phiếu kiểm soát quá trình giải quyết hồ sơ</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Thao tác</translation>
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
        <source>at the desk</source>
        <translation>tại quầy</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>qua bưu chính</translation>
    </message>
    <message>
        <source>online</source>
        <translation>trực tuyến</translation>
    </message>
    <message>
        <source>duplicate of an open dossier</source>
        <translation>trùng với hồ sơ đang giải quyết</translation>
    </message>
    <message>
        <source>at the applicant&apos;s request</source>
        <translation>theo đề nghị của người nộp</translation>
    </message>
    <message>
        <source>Early</source>
        <comment>control sheet step result</comment>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <source>On time</source>
        <comment>control sheet step result</comment>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>control sheet step result</comment>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>In time (still held)</source>
        <comment>control sheet step result</comment>
        <translation>Trong hạn (đang xử lý)</translation>
    </message>
    <message>
        <source>Overdue (still held)</source>
        <comment>control sheet step result</comment>
        <translation>Quá hạn (đang xử lý)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Bên giao</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Bên nhận</translation>
    </message>
    <message>
        <source>Handed over at</source>
        <translation>Thời gian giao</translation>
    </message>
    <message>
        <source>Allowed until</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>Passed on at</source>
        <translation>Thời gian chuyển tiếp</translation>
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
        <source>Dossier %1</source>
        <extracomment>Window title of the dossier dialog: its code</extracomment>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;font-size:large&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; · %2&lt;br&gt;%3</source>
        <translation>&lt;span style=&quot;font-size:large&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; · %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>Overdue: the due date %1 has passed.</source>
        <translation>Quá hạn: đã qua hạn trả %1.</translation>
    </message>
    <message>
        <source>Waiting for the citizen&apos;s supplement since %1: the clock is paused.</source>
        <translation>Đang chờ công dân bổ sung từ %1: tạm dừng tính thời gian giải quyết.</translation>
    </message>
    <message>
        <source>Counted as late.</source>
        <translation>Hồ sơ bị tính là trễ hạn.</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1 (mã tạm)</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>procedure name (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Số CCCD</translation>
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
        <source>Submitted</source>
        <translation>Hình thức nộp</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, người tiếp nhận: %2</translation>
    </message>
    <message>
        <source>%1; new appointment after an apology: %2</source>
        <translation>%1; hẹn lại sau văn bản xin lỗi: %2</translation>
    </message>
    <message>
        <source>%1 (originally %2)</source>
        <translation>%1 (ban đầu: %2)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <source>%1 (portal status %2)</source>
        <translation>%1 (mã trạng thái trên Cổng: %2)</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, quá hạn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person (department)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>One-stop desk</source>
        <translation>Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Supplement requests</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n lần</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Trùng với hồ sơ</translation>
    </message>
    <message>
        <source>Received despite an open dossier</source>
        <translation>Lý do vẫn tiếp nhận dù trùng</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Received (%1), due %2</source>
        <translation>Tiếp nhận (%1), hẹn trả %2</translation>
    </message>
    <message>
        <source>%1; received although another dossier is open: %2</source>
        <translation>%1; vẫn tiếp nhận dù có hồ sơ khác đang giải quyết: %2</translation>
    </message>
    <message>
        <source>Handed over to %1 for approval</source>
        <translation>Trình %1 phê duyệt</translation>
    </message>
    <message>
        <source>Handed over to %1</source>
        <translation>Chuyển cho %1</translation>
    </message>
    <message>
        <source>%1, this step until %2</source>
        <translation>%1, hạn bước này đến %2</translation>
    </message>
    <message>
        <source>Supplement requested: %1</source>
        <translation>Yêu cầu bổ sung: %1</translation>
    </message>
    <message>
        <source>%1 (reason: %2)</source>
        <translation>%1 (lý do: %2)</translation>
    </message>
    <message>
        <source>%1. A repeated request: the dossier counts as late.</source>
        <translation>%1. Yêu cầu bổ sung lần nữa: hồ sơ bị tính là trễ hạn.</translation>
    </message>
    <message numerus="yes">
        <source>Supplement received; the due date moves by %n working day(s) to %1</source>
        <translation>
            <numerusform>Đã nhận bổ sung; hạn trả lùi %n ngày làm việc, đến %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>Không tiếp nhận: %1</translation>
    </message>
    <message>
        <source>Not accepted: duplicate of the open dossier %1</source>
        <translation>Không tiếp nhận: trùng với hồ sơ đang giải quyết %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Từ chối giải quyết: %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Result ready, handed to the desk</source>
        <translation>Có kết quả, chuyển về Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>Result returned to the citizen %1</source>
        <translation>Đã trả kết quả cho công dân %1</translation>
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation>Rút hồ sơ: %1</translation>
    </message>
    <message>
        <source>Processing stopped: %1</source>
        <translation>Dừng xử lý: %1</translation>
    </message>
    <message>
        <source>Apology for the delay, new appointment %1: %2</source>
        <translation>Xin lỗi vì trễ hạn, hẹn lại ngày %1: %2</translation>
    </message>
    <message>
        <source>%1. Note: %2</source>
        <translation>%1. Ghi chú: %2</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Vai trò của bạn không được thực hiện thao tác này.</translation>
    </message>
    <message>
        <source>Done: %1. The dossier is now: %2.</source>
        <translation>Đã thực hiện: %1. Trạng thái hồ sơ: %2.</translation>
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
    <message>
        <source>Overdue · %1</source>
        <extracomment>State column of an overdue dossier: the word &quot;Overdue&quot; carries the meaning, not the colour</extracomment>
        <translation>Quá hạn · %1</translation>
    </message>
    <message>
        <source>Due %1; new appointment after an apology: %2</source>
        <translation>Hẹn trả %1; hẹn lại sau văn bản xin lỗi: %2</translation>
    </message>
    <message>
        <source>Overdue: the due date %1 has passed.</source>
        <translation>Quá hạn: đã qua hạn trả %1.</translation>
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
    <message>
        <source>Dossier %1: %2</source>
        <translation>Hồ sơ %1: %2</translation>
    </message>
    <message>
        <source>Dossier %1 was not accepted: duplicate of the open dossier %2</source>
        <translation>Hồ sơ %1 không được tiếp nhận: trùng với hồ sơ đang giải quyết %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>queue (count)</comment>
        <extracomment>Navigation entry of a work queue: its name, then how many dossiers it holds</extracomment>
        <translation>%1 (%2)</translation>
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
    <message>
        <source>Possible duplicate dossier</source>
        <translation>Có thể trùng hồ sơ</translation>
    </message>
    <message>
        <source>Refuse as &amp;duplicate</source>
        <translation>Không tiếp nhận vì &amp;trùng</translation>
    </message>
    <message>
        <source>Refuse this dossier as a duplicate of the open one</source>
        <translation>Không tiếp nhận hồ sơ này vì trùng với hồ sơ đang giải quyết</translation>
    </message>
    <message>
        <source>or receive it anyway, &amp;because:</source>
        <translation>hoặc vẫn tiếp nhận, &amp;lý do:</translation>
    </message>
    <message>
        <source>Reason for receiving it anyway</source>
        <translation>Lý do vẫn tiếp nhận</translation>
    </message>
    <message>
        <source>e.g. the first dossier was lost; a different child</source>
        <translation>ví dụ: hồ sơ trước bị thất lạc; khai sinh cho con khác</translation>
    </message>
    <message>
        <source>Possible duplicate: this citizen already has an open dossier %1 for this procedure, received %2 (%3). Refuse this one as a duplicate, or give the reason for receiving it anyway.</source>
        <translation>Có thể trùng hồ sơ: công dân này đang có hồ sơ %1 cho thủ tục này, tiếp nhận ngày %2 (%3). Hãy không tiếp nhận hồ sơ mới vì trùng, hoặc nêu lý do vẫn tiếp nhận.</translation>
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
    <name>Slips</name>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Xem trước khi in: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt and appointment slip</source>
        <translation>Giấy tiếp nhận hồ sơ và hẹn trả kết quả</translation>
    </message>
    <message>
        <source>Request to supplement the dossier</source>
        <translation>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ</translation>
    </message>
    <message>
        <source>Refusal to accept the dossier</source>
        <translation>Phiếu từ chối tiếp nhận giải quyết hồ sơ</translation>
    </message>
    <message>
        <source>Apology and new appointment</source>
        <translation>Văn bản xin lỗi và hẹn lại ngày trả kết quả</translation>
    </message>
    <message>
        <source>Processing control sheet</source>
        <translation>Phiếu kiểm soát quá trình giải quyết hồ sơ</translation>
    </message>
    <message>
        <source>Dossier tracking register</source>
        <translation>Sổ theo dõi hồ sơ</translation>
    </message>
</context>
<context>
    <name>WorkQueues</name>
    <message>
        <source>All</source>
        <comment>work queue: every dossier</comment>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Waiting to be handed over</source>
        <comment>work queue</comment>
        <translation>Chờ chuyển xử lý</translation>
    </message>
    <message>
        <source>Mine</source>
        <comment>work queue: dossiers I hold</comment>
        <translation>Của tôi</translation>
    </message>
    <message>
        <source>Awaiting supplement</source>
        <comment>work queue</comment>
        <translation>Chờ bổ sung</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <comment>work queue</comment>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <source>Due today</source>
        <comment>work queue</comment>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <source>Due soon (2 working days)</source>
        <comment>work queue</comment>
        <translation>Sắp đến hạn (2 ngày làm việc)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>work queue</comment>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Result to return</source>
        <comment>work queue</comment>
        <translation>Chờ trả kết quả</translation>
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
