<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>DocumentQueues</name>
    <message>
        <source>All incoming</source>
        <translation>Tất cả văn bản đến</translation>
    </message>
    <message>
        <source>To direct</source>
        <extracomment>Incoming queue: registered documents waiting for the leader&apos;s direction (bút phê)</extracomment>
        <translation>Cần bút phê</translation>
    </message>
    <message>
        <source>Mine to handle</source>
        <translation>Của tôi</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>incoming queue</comment>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>incoming queue</comment>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>incoming queue</comment>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Dự thảo của tôi</translation>
    </message>
    <message>
        <source>To approve</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <source>Approved, to sign</source>
        <translation>Đã duyệt, chờ ký</translation>
    </message>
    <message>
        <source>To number</source>
        <translation>Chờ cấp số</translation>
    </message>
    <message>
        <source>To dispatch</source>
        <translation>Chờ phát hành</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Đã phát hành</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>All outgoing</source>
        <translation>Tất cả văn bản đi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>queue (count)</comment>
        <extracomment>A queue&apos;s name, then how many documents it holds</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DocumentWords</name>
    <message>
        <source>%1 (clash)</source>
        <extracomment>Arrival number shown with a mark when another counter gave the same number first</extracomment>
        <translation>%1 (trùng số)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>type: summary</comment>
        <extracomment>A document&apos;s type name, then its summary (trích yếu)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <extracomment>An assignee in charge (chủ trì) of an incoming document</extracomment>
        <translation>%1 (chủ trì)</translation>
    </message>
    <message>
        <source>(lead)</source>
        <translation>(chủ trì)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <source>%1, directed by %2</source>
        <translation>%1, %2 chỉ đạo</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Giao: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Thời hạn: %1</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Điện tử</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Giấy</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>Arrival number</source>
        <translation>Số đến</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 năm %2</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Người vào sổ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Number and symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Trùng</translation>
    </message>
    <message>
        <source>Registered although the same number, symbol and agency were already registered</source>
        <translation>Đã vào sổ dù trùng số, ký hiệu và cơ quan ban hành với một văn bản đã có</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Văn bản trả lời</translation>
    </message>
    <message>
        <source>Finish note</source>
        <translation>Ghi chú khi hoàn thành</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Ý kiến chỉ đạo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Soạn dự thảo</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Trình duyệt</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ký</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Cấp số</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Phát hành</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Xác nhận đã nhận</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Lưu hồ sơ</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Sổ số</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>Người soạn</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số lượng bản</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>Sent back because</source>
        <translation>Lý do trả lại</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>đã gửi %1</translation>
    </message>
    <message>
        <source>acknowledged %1</source>
        <translation>đã ký nhận %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
</context>
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
        <source>Give the reason (at most 1000 characters): it is recorded and told to the citizen.</source>
        <translation>Hãy nhập lý do (tối đa 1000 ký tự): lý do được lưu lại và thông báo cho công dân.</translation>
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
    <message>
        <source>Account created</source>
        <translation>Tạo tài khoản</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Sửa tài khoản</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Procedure defined</source>
        <translation>Khai báo thủ tục</translation>
    </message>
    <message>
        <source>Dossier received</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Dossier handed over</source>
        <translation>Chuyển hồ sơ</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation>Nhận bổ sung</translation>
    </message>
    <message>
        <source>Dossier not accepted</source>
        <translation>Từ chối tiếp nhận</translation>
    </message>
    <message>
        <source>Dossier rejected</source>
        <translation>Trả lại hồ sơ (không giải quyết)</translation>
    </message>
    <message>
        <source>Dossier approved</source>
        <translation>Phê duyệt hồ sơ</translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation>Đã có kết quả</translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <source>Dossier withdrawn</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <source>Dossier stopped</source>
        <translation>Dừng giải quyết</translation>
    </message>
    <message>
        <source>Apology for a delay</source>
        <translation>Xin lỗi vì trễ hạn</translation>
    </message>
    <message>
        <source>Holiday arrangement published</source>
        <translation>Công bố lịch nghỉ lễ</translation>
    </message>
    <message>
        <source>The time limit must be 0 to 365 days (0: the same day) or 1 to 2920 working hours.</source>
        <translation>Thời hạn phải từ 0 đến 365 ngày (0: trong ngày) hoặc từ 1 đến 2920 giờ làm việc.</translation>
    </message>
    <message>
        <source>Choose the unit of the time limit: working days, days or working hours.</source>
        <translation>Hãy chọn đơn vị của thời hạn: ngày làm việc, ngày hoặc giờ làm việc.</translation>
    </message>
    <message>
        <source>The data store is read-only: it can be read and backed up, but nothing can be changed. Ask the administrator to check the folder&apos;s permissions or the disk.</source>
        <translation>Kho dữ liệu chỉ đọc được: có thể xem và sao lưu nhưng không thay đổi được gì. Hãy nhờ quản trị viên kiểm tra quyền truy cập thư mục hoặc ổ đĩa.</translation>
    </message>
    <message>
        <source>not in the catalog (the source gives none): an administrator can set it</source>
        <translation>chưa có trong danh mục (nguồn dữ liệu không ghi): quản trị viên có thể bổ sung</translation>
    </message>
    <message>
        <source>%1 (set by an administrator)</source>
        <translation>%1 (do quản trị viên đặt)</translation>
    </message>
    <message>
        <source>The source&apos;s time limit could not be read: %1</source>
        <translation>Không đọc được thời hạn ghi trong nguồn dữ liệu: %1</translation>
    </message>
    <message>
        <source>The description may state the time limit: read the notes.</source>
        <translation>Phần mô tả có thể ghi thời hạn: hãy đọc ghi chú.</translation>
    </message>
    <message>
        <source>Some paper descriptions are incomplete; the full text is on the national portal.</source>
        <translation>Một số giấy tờ được mô tả chưa đầy đủ; toàn văn có trên Cổng Dịch vụ công quốc gia.</translation>
    </message>
    <message>
        <source>The fee is not stated in đồng: %1</source>
        <translation>Phí, lệ phí không ghi bằng đồng: %1</translation>
    </message>
    <message>
        <source>The fee description could not be split into the fee&apos;s note and the rest.</source>
        <translation>Không tách được ghi chú về phí, lệ phí khỏi phần mô tả còn lại.</translation>
    </message>
    <message>
        <source>The source lost this procedure&apos;s name: its record is the page of another procedure, so its name and details are not used. Check the national portal before receiving it.</source>
        <translation>Nguồn dữ liệu đã mất tên của thủ tục này: bản ghi của nó là trang của một thủ tục khác, nên tên và các thông tin của trang đó không được dùng. Hãy tra Cổng Dịch vụ công quốc gia trước khi tiếp nhận.</translation>
    </message>
    <message>
        <source>No other file or field of the source data has its name.</source>
        <translation>Không tệp hay trường nào khác của nguồn dữ liệu ghi tên thủ tục này.</translation>
    </message>
    <message>
        <source>Its name comes from another record of the source data.</source>
        <translation>Tên thủ tục được lấy từ một bản ghi khác của nguồn dữ liệu.</translation>
    </message>
    <message>
        <source>The source marks its time and fee table as unclear.</source>
        <translation>Nguồn dữ liệu đánh dấu bảng thời hạn và phí của thủ tục này là chưa rõ.</translation>
    </message>
    <message>
        <source>Procedure time limit set</source>
        <translation>Đặt thời hạn giải quyết của thủ tục</translation>
    </message>
    <message>
        <source>Procedure name unknown — code %1</source>
        <translation>Tên thủ tục chưa rõ — mã %1</translation>
    </message>
    <message>
        <source>This password is too easy to guess (a common password or a simple pattern such as 12345678): use a few words or a short sentence only you know.</source>
        <translation>Mật khẩu này quá dễ đoán (mật khẩu phổ biến hoặc dãy đơn giản như 12345678): hãy dùng vài từ hoặc một câu ngắn chỉ mình bạn biết.</translation>
    </message>
    <message>
        <source>Tick at least one missing paper, or type what else is missing: everything that is missing goes in one request.</source>
        <translation>Hãy đánh dấu ít nhất một giấy tờ còn thiếu, hoặc gõ thêm những gì còn thiếu: mọi thứ còn thiếu ghi trong một lần yêu cầu.</translation>
    </message>
    <message>
        <source>Choose a person with an active account (for approval: a leader), or type a department.</source>
        <translation>Hãy chọn một người có tài khoản đang hoạt động (trình phê duyệt: một lãnh đạo), hoặc gõ tên bộ phận.</translation>
    </message>
    <message>
        <source>This dossier is with someone else: only the person (or department) holding it, a leader or an administrator can do this.</source>
        <translation>Hồ sơ đang ở chỗ người khác: chỉ người (hoặc bộ phận) đang giữ hồ sơ, lãnh đạo hoặc quản trị mới làm được việc này.</translation>
    </message>
    <message>
        <source>Dossier submitted for approval</source>
        <translation>Hồ sơ được trình phê duyệt</translation>
    </message>
    <message>
        <source>The bundle file was not found: check that the USB stick is still plugged in, and choose the file again.</source>
        <translation>Không tìm thấy tệp gói dữ liệu: hãy kiểm tra USB còn cắm vào máy, rồi chọn lại tệp.</translation>
    </message>
    <message>
        <source>This file is not a usable bundle: it is not a MotCua Desk bundle, or it was cut short or changed after it was made. Nothing was taken in; make the bundle again on the counter it came from.</source>
        <translation>Tệp này không dùng được làm gói dữ liệu: đây không phải gói của MotCua Desk, hoặc tệp đã bị cắt cụt hay bị sửa sau khi lập. Chưa nhập gì vào máy; hãy lập lại gói ở quầy đã tạo ra nó.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer MotCua Desk. Nothing was taken in: update MotCua Desk on this counter first, then take the bundle in again.</source>
        <translation>Gói dữ liệu này do phiên bản MotCua Desk mới hơn lập. Chưa nhập gì vào máy: hãy cập nhật MotCua Desk trên quầy này trước, rồi nhập lại gói.</translation>
    </message>
    <message>
        <source>This bundle comes from another commune&apos;s counters. Nothing was taken in: take in only the bundles of this commune&apos;s counters.</source>
        <translation>Gói dữ liệu này là của các quầy thuộc xã/phường khác. Chưa nhập gì vào máy: chỉ nhập gói của các quầy thuộc đơn vị mình.</translation>
    </message>
    <message>
        <source>An event in the bundle does not hold: it was changed after it was written, or events of its counter are missing before it. Nothing was taken in; make the bundle again on the counter it came from, and tell the administrator.</source>
        <translation>Một sự kiện trong gói dữ liệu không hợp lệ: nó đã bị sửa sau khi ghi, hoặc thiếu các sự kiện trước nó của quầy đó. Chưa nhập gì vào máy; hãy lập lại gói ở quầy đã tạo ra nó và báo cho quản trị viên.</translation>
    </message>
    <message>
        <source>The bundle holds a second, different history of a counter this store already knows (for example a backup restored as the replacement of a computer that kept working). Nothing was taken in; call the province&apos;s IT before exchanging bundles with that counter again.</source>
        <translation>Gói dữ liệu chứa một lịch sử thứ hai, khác với lịch sử của một quầy mà máy này đã có (ví dụ một bản sao lưu được khôi phục để thay thế một máy vẫn đang hoạt động). Chưa nhập gì vào máy; hãy liên hệ bộ phận công nghệ thông tin của tỉnh trước khi trao đổi gói với quầy đó.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Đã hủy: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The file is not a MotCua Desk data store (it is empty or belongs to another program). It was left untouched.</source>
        <translation>Tệp này không phải kho dữ liệu của MotCua Desk (tệp rỗng hoặc của chương trình khác). Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>The data store is damaged, so nothing can be saved now; it can still be read and backed up. Make a backup, then ask the administrator to restore the latest good backup.</source>
        <translation>Kho dữ liệu bị hỏng nên hiện không lưu được gì; vẫn xem và sao lưu được. Hãy sao lưu, rồi nhờ quản trị viên khôi phục bản sao lưu tốt gần nhất.</translation>
    </message>
    <message>
        <source>Changes saved earlier are missing from the data store (its journal file was deleted or lost), so nothing can be saved now: restart the program that saved them, or restore a backup; an administrator can also accept the loss.</source>
        <translation>Một số thay đổi đã lưu trước đây bị thiếu trong kho dữ liệu (tệp nhật ký ghi của kho đã bị xóa hoặc mất) nên hiện không lưu được gì: hãy mở lại chương trình đã lưu các thay đổi đó, hoặc khôi phục bản sao lưu; quản trị viên cũng có thể chấp nhận phần bị mất.</translation>
    </message>
    <message>
        <source>Write the note as plain text, at most 1000 characters.</source>
        <translation>Hãy ghi chú bằng văn bản thường, tối đa 1000 ký tự.</translation>
    </message>
    <message>
        <source>This user name is already taken: choose another one.</source>
        <translation>Tên đăng nhập này đã có người dùng: hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>Account renamed</source>
        <translation>Đổi tên đăng nhập</translation>
    </message>
    <message>
        <source>Counter registered</source>
        <translation>Đăng ký quầy</translation>
    </message>
    <message>
        <source>Office details set</source>
        <translation>Cập nhật thông tin cơ quan</translation>
    </message>
    <message>
        <source>Needs-attention item resolved</source>
        <translation>Đã xử lý mục cần xử lý</translation>
    </message>
    <message>
        <source>The provincial server cannot be reached (no connection, or no answer in time). Nothing is lost: what waits here is sent when the line is back, and MotCua Desk tries again by itself.</source>
        <translation>Không kết nối được máy chủ của tỉnh (mất mạng, hoặc máy chủ không trả lời kịp). Không mất gì: những gì đang chờ ở đây sẽ được gửi khi có mạng trở lại, và MotCua Desk tự thử lại.</translation>
    </message>
    <message>
        <source>The province has revoked this counter&apos;s access. Ask the province&apos;s IT why, and for a new enrolment code; then an administrator enrols this counter again (Synchronisation › Enrol with the province…). Nothing is lost: the work waiting here is sent after that.</source>
        <translation>Tỉnh đã thu hồi quyền truy cập của quầy này. Hãy hỏi bộ phận công nghệ thông tin của tỉnh lý do và xin mã đăng ký mới; sau đó quản trị viên đăng ký lại quầy này (Đồng bộ › Đăng ký với tỉnh…). Không mất gì: công việc đang chờ ở đây sẽ được gửi sau đó.</translation>
    </message>
    <message>
        <source>The province no longer knows this counter&apos;s key (the counter was enrolled again elsewhere, or its key file was lost). An administrator enrols this counter again with a new code from the province.</source>
        <translation>Tỉnh không còn nhận khóa của quầy này (quầy đã được đăng ký lại ở nơi khác, hoặc tệp khóa bị mất). Quản trị viên cần đăng ký lại quầy này bằng một mã mới của tỉnh.</translation>
    </message>
    <message>
        <source>The enrolment code was not accepted: it is unknown, already used or expired. Check it, or ask the province for a new one.</source>
        <translation>Mã đăng ký không được chấp nhận: mã không tồn tại, đã dùng rồi hoặc đã hết hạn. Hãy kiểm tra lại, hoặc xin tỉnh mã mới.</translation>
    </message>
    <message>
        <source>The enrolment code (or this counter) belongs to another commune. Ask the province for a code issued for this commune.</source>
        <translation>Mã đăng ký (hoặc quầy này) thuộc xã/phường khác. Hãy xin tỉnh mã cấp cho đơn vị mình.</translation>
    </message>
    <message>
        <source>The province refused events that are not this counter&apos;s own. Call the province&apos;s IT; sync stays stopped until then.</source>
        <translation>Tỉnh từ chối các sự kiện không phải của chính quầy này. Hãy gọi bộ phận công nghệ thông tin của tỉnh; việc đồng bộ tạm dừng cho đến lúc đó.</translation>
    </message>
    <message>
        <source>The province holds another history of this counter than this data store does (for example a backup restored on the wrong computer, or two computers with one store). Sync is stopped so that nothing is mixed up: call the province&apos;s IT before trying again.</source>
        <translation>Tỉnh đang giữ một lịch sử của quầy này khác với kho dữ liệu ở đây (ví dụ một bản sao lưu bị khôi phục nhầm máy, hoặc hai máy dùng chung một kho). Việc đồng bộ tạm dừng để không bị lẫn dữ liệu: hãy gọi bộ phận công nghệ thông tin của tỉnh trước khi thử lại.</translation>
    </message>
    <message>
        <source>An event of this counter did not pass the province&apos;s check. Run the chain check (Administration › Audit trail) and call the province&apos;s IT; sync stays stopped until then.</source>
        <translation>Một sự kiện của quầy này không qua được bước kiểm tra của tỉnh. Hãy chạy kiểm tra chuỗi (Quản trị › Nhật ký) và gọi bộ phận công nghệ thông tin của tỉnh; việc đồng bộ tạm dừng cho đến lúc đó.</translation>
    </message>
    <message>
        <source>The provincial server refused a request as too large (its proxy may limit the size). Call the province&apos;s IT.</source>
        <translation>Máy chủ của tỉnh từ chối một yêu cầu vì quá lớn (máy chủ trung gian có thể giới hạn kích thước). Hãy gọi bộ phận công nghệ thông tin của tỉnh.</translation>
    </message>
    <message>
        <source>The provincial server did not understand the request: check the server address, or call the province&apos;s IT (the server may not be a MotCua province server).</source>
        <translation>Máy chủ của tỉnh không hiểu yêu cầu: hãy kiểm tra địa chỉ máy chủ, hoặc gọi bộ phận công nghệ thông tin của tỉnh (có thể đó không phải máy chủ MotCua của tỉnh).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted, so nothing was sent: check the server address, and the authority file if the province gave one.</source>
        <translation>Chứng thư của máy chủ không được chấp nhận nên chưa gửi gì: hãy kiểm tra địa chỉ máy chủ, và tệp chứng thư gốc nếu tỉnh có cấp.</translation>
    </message>
    <message>
        <source>An event the province sent could not be taken in, so sync is stopped. Call the province&apos;s IT.</source>
        <translation>Không nhận được một sự kiện do tỉnh gửi về nên việc đồng bộ tạm dừng. Hãy gọi bộ phận công nghệ thông tin của tỉnh.</translation>
    </message>
    <message>
        <source>This counter is not enrolled with the province yet: an administrator enrols it (Synchronisation › Enrol with the province…).</source>
        <translation>Quầy này chưa đăng ký với tỉnh: quản trị viên cần đăng ký (Đồng bộ › Đăng ký với tỉnh…).</translation>
    </message>
    <message>
        <source>Sync is stopped until a person has looked at the province&apos;s last refusal.</source>
        <translation>Việc đồng bộ tạm dừng cho đến khi có người xem xét lần từ chối gần nhất của tỉnh.</translation>
    </message>
    <message>
        <source>The province holds a history of this counter that is not this data store&apos;s: was this store restored as a copy of another computer? Restore it as a copy (a new counter), then enrol again.</source>
        <translation>Tỉnh đang giữ một lịch sử của quầy này không phải của kho dữ liệu ở đây: kho này có phải được khôi phục từ bản sao của một máy khác không? Hãy khôi phục nó dưới dạng bản sao (một quầy mới), rồi đăng ký lại.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// on a test bench), for example https://dongbo.example.gov.vn.</source>
        <translation>Địa chỉ máy chủ phải bắt đầu bằng https:// (hoặc http:// khi chạy thử), ví dụ https://dongbo.example.gov.vn.</translation>
    </message>
    <message>
        <source>An enrolment code has 12 letters and digits, such as ABCD-EFGH-JKLM.</source>
        <translation>Mã đăng ký gồm 12 chữ cái và chữ số, ví dụ ABCD-EFGH-JKLM.</translation>
    </message>
    <message>
        <source>The authority file was not found: choose the .pem file the province gave.</source>
        <translation>Không tìm thấy tệp chứng thư gốc: hãy chọn tệp .pem do tỉnh cấp.</translation>
    </message>
    <message>
        <source>Stopped before the end; the next sync goes on from there.</source>
        <translation>Đã dừng trước khi xong; lần đồng bộ sau sẽ làm tiếp từ đó.</translation>
    </message>
    <message>
        <source>The sync failed: %1</source>
        <translation>Đồng bộ không thành công: %1</translation>
    </message>
    <message>
        <source>Sync every 1 to 1440 minutes.</source>
        <translation>Khoảng cách giữa hai lần đồng bộ là từ 1 đến 1440 phút.</translation>
    </message>
    <message>
        <source>The quiet hours need a start and an end that differ.</source>
        <translation>Khung giờ nghỉ cần có giờ bắt đầu và giờ kết thúc khác nhau.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes): scan the paper again, or choose another file.</source>
        <translation>Tệp trống (0 byte): hãy quét lại giấy tờ, hoặc chọn tệp khác.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most an attachment may be: scan at a lower resolution or in black and white, or split the document.</source>
        <translation>Tệp lớn hơn %1 MB, mức tối đa của một tệp đính kèm: hãy quét với độ phân giải thấp hơn hoặc đen trắng, hoặc tách văn bản thành nhiều tệp.</translation>
    </message>
    <message>
        <source>Only PDFs and scanned images (PNG, JPEG, TIFF) can be attached, and this file is none of them, whatever its name says.</source>
        <translation>Chỉ đính kèm được tệp PDF và ảnh quét (PNG, JPEG, TIFF); tệp này không thuộc loại nào trong số đó, dù tên tệp ghi gì.</translation>
    </message>
    <message>
        <source>The file was not found: it was moved or deleted. Choose it again.</source>
        <translation>Không tìm thấy tệp: tệp đã bị chuyển đi hoặc bị xóa. Hãy chọn lại.</translation>
    </message>
    <message>
        <source>The file cannot be read (it is locked by another program, or you may not open it).</source>
        <translation>Không đọc được tệp (tệp đang bị chương trình khác khóa, hoặc bạn không có quyền mở).</translation>
    </message>
    <message>
        <source>The scanner&apos;s folder cannot be read: check that it still exists (and that the network drive is connected), or choose it again.</source>
        <translation>Không đọc được thư mục của máy quét: hãy kiểm tra thư mục còn tồn tại (và ổ mạng đã được kết nối), hoặc chọn lại thư mục.</translation>
    </message>
    <message>
        <source>Procedure withdrawn from the catalog</source>
        <translation>Thủ tục bị rút khỏi danh mục</translation>
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
    <message>
        <source>(procedure name unknown)</source>
        <translation>(tên thủ tục chưa rõ)</translation>
    </message>
    <message>
        <source>procedure name unknown — code %1</source>
        <translation>tên thủ tục chưa rõ — mã %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>chưa rõ</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 ngày làm việc</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 ngày làm việc</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 ngày</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>1 working hour</source>
        <translation>1 giờ làm việc</translation>
    </message>
    <message>
        <source>%1 working hours</source>
        <translation>%1 giờ làm việc</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 giờ</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <source>%1 (unit not stated)</source>
        <translation>%1 (không ghi đơn vị)</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <source>%1: time limit %2 (was: %3). Dossiers received from now on are due by it; those already received keep their due date.</source>
        <translation>%1: thời hạn %2 (trước đây: %3). Hồ sơ tiếp nhận từ nay được hẹn theo thời hạn này; hồ sơ đã tiếp nhận giữ nguyên ngày hẹn.</translation>
    </message>
    <message>
        <source>Added %1 events, %2 already here; %3 new item(s) need attention</source>
        <translation>Đã nhận %1 sự kiện, %2 sự kiện đã có; %3 mục mới cần xử lý</translation>
    </message>
    <message>
        <source>See them with: motcua-cli conflicts</source>
        <translation>Xem các mục đó bằng: motcua-cli conflicts</translation>
    </message>
    <message>
        <source>Bundle written: %1 (%2 events, %3 KB)</source>
        <translation>Đã ghi gói dữ liệu: %1 (%2 sự kiện, %3 KB)</translation>
    </message>
    <message>
        <source>Bundle:    %1 (%2 KB)</source>
        <translation>Gói:      %1 (%2 KB)</translation>
    </message>
    <message>
        <source>Made by:   counter %1, %2</source>
        <translation>Lập tại:  quầy %1, %2</translation>
    </message>
    <message>
        <source>Holds:     %1 events of counter(s) %2</source>
        <translation>Gồm:      %1 sự kiện của quầy %2</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Không có mục nào cần xử lý.</translation>
    </message>
    <message>
        <source> (resolved)</source>
        <translation> (đã xử lý)</translation>
    </message>
    <message>
        <source>Marked resolved: %1</source>
        <translation>Đã đánh dấu đã xử lý: %1</translation>
    </message>
    <message>
        <source>Counter %1 joined %2 (%3) at %4</source>
        <translation>Quầy %1 đã tham gia %2 (%3) tại %4</translation>
    </message>
    <message>
        <source>Taken in: %1 events</source>
        <translation>Đã nhận: %1 sự kiện</translation>
    </message>
    <message>
        <source>LOST OR REPEATED: %1</source>
        <translation>MẤT HOẶC TRÙNG: %1</translation>
    </message>
    <message>
        <source>Loss accepted: this counter continues as device %1 (dossier codes …%1-…, was %2)</source>
        <translation>Đã chấp nhận phần dữ liệu bị mất: quầy này tiếp tục với mã thiết bị %1 (mã hồ sơ …%1-…, trước đây là %2)</translation>
    </message>
    <message>
        <source>User %1 is now %2</source>
        <translation>Tài khoản của %1 nay có tên đăng nhập %2</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>the one-stop desk</source>
        <translation>Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>BROKEN CHAIN: device %1 (%2), event #%3 %4: %5</source>
        <translation>CHUỖI BỊ HỎNG: máy %1 (%2), sự kiện số %3 %4: %5</translation>
    </message>
    <message>
        <source>Counter %1 enrolled with %2</source>
        <translation>Quầy %1 đã đăng ký với %2</translation>
    </message>
    <message>
        <source>Sent %1 events (%2 the province already had), received %3; %4 waiting</source>
        <translation>Đã gửi %1 sự kiện (%2 sự kiện tỉnh đã có), đã nhận %3; còn %4 đang chờ</translation>
    </message>
    <message>
        <source>%1 new item(s) need attention: motcua-cli conflicts</source>
        <translation>%1 việc mới cần xử lý: motcua-cli conflicts</translation>
    </message>
    <message>
        <source>Warning: this PC&apos;s clock is %1 s off the province&apos;s; set the time right</source>
        <translation>Cảnh báo: đồng hồ máy này lệch %1 giây so với tỉnh; hãy chỉnh lại giờ</translation>
    </message>
    <message>
        <source>Not enrolled with the province (motcua-cli enroll --server URL --code CODE)</source>
        <translation>Chưa đăng ký với tỉnh (motcua-cli enroll --server URL --code MÃ)</translation>
    </message>
    <message>
        <source>Server:        %1</source>
        <translation>Máy chủ:       %1</translation>
    </message>
    <message>
        <source>Waiting:       %1 events</source>
        <translation>Đang chờ:      %1 sự kiện</translation>
    </message>
    <message>
        <source>Last success:  %1</source>
        <translation>Lần thành công gần nhất: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <source>Last error:    %1</source>
        <translation>Lỗi gần nhất:  %1</translation>
    </message>
    <message>
        <source>Stopped until a person looks: %1</source>
        <translation>Tạm dừng cho đến khi có người xem xét: %1</translation>
    </message>
    <message>
        <source>%1 dossier(s) received under a provisional code got their official code</source>
        <translation>%1 hồ sơ tiếp nhận với mã tạm đã được cấp mã chính thức</translation>
    </message>
    <message>
        <source>From the province: %1</source>
        <translation>Từ tỉnh: %1</translation>
    </message>
    <message>
        <source>Incoming document %1 registered: arrival number %2/%3</source>
        <translation>Đã vào sổ văn bản đến %1: số đến %2/%3</translation>
    </message>
    <message>
        <source>Direction recorded for %1</source>
        <translation>Đã ghi ý kiến chỉ đạo cho %1</translation>
    </message>
    <message>
        <source>Progress recorded for %1</source>
        <translation>Đã ghi tiến độ cho %1</translation>
    </message>
    <message>
        <source>Incoming document %1 finished</source>
        <translation>Văn bản đến số %1 đã giải quyết xong</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Cấp số</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source> (lead)</source>
        <translation> (chủ trì)</translation>
    </message>
    <message>
        <source>Directed %1 by %2: %3 %4</source>
        <translation>%2 chỉ đạo lúc %1: %3 %4</translation>
    </message>
    <message>
        <source>Outgoing draft %1 created</source>
        <translation>Đã tạo dự thảo văn bản đi %1</translation>
    </message>
    <message>
        <source>Numbered %1, issued on %2</source>
        <translation>Đã cấp số %1, ngày ban hành %2</translation>
    </message>
    <message>
        <source>Outgoing document %1: %2</source>
        <translation>Văn bản đi %1: %2</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tên loại</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>%1 document(s) written to %2</source>
        <translation>Đã ghi %1 văn bản vào %2</translation>
    </message>
    <message>
        <source>Action slip of incoming document %1 written to %2</source>
        <translation>Đã ghi phiếu giải quyết văn bản đến số %1 vào %2</translation>
    </message>
    <message>
        <source>Attached %1 (%2 bytes, %3): %4</source>
        <translation>Đã đính kèm %1 (%2 byte, %3): %4</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Thêm lúc</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Read %1 of %2</source>
        <translation>Đã đọc %1/%2</translation>
    </message>
    <message>
        <source>%1 read, %2 could not be read, %3 left of %4</source>
        <translation>Đã đọc %1, không đọc được %2, còn lại %3 trong tổng số %4</translation>
    </message>
    <message>
        <source>OCR is not available on this computer (%1): scanned images stay unread until it is installed.</source>
        <translation>Máy tính này không có nhận dạng chữ (OCR) (%1): các ảnh quét chưa được đọc cho đến khi cài đặt.</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>Đã ghi %1</translation>
    </message>
    <message>
        <source>Issuer: %1   default department: %2</source>
        <translation>Cơ quan ban hành: %1   đơn vị mặc định: %2</translation>
    </message>
    <message>
        <source>(all other types)</source>
        <translation>(mọi loại còn lại)</translation>
    </message>
    <message>
        <source>classified</source>
        <translation>mật</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Sổ</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Ký hiệu thêm</translation>
    </message>
    <message>
        <source>The registers&apos; series are set</source>
        <translation>Đã đặt các sổ đăng ký văn bản</translation>
    </message>
    <message>
        <source>this PC</source>
        <translation>máy này</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Mã máy</translation>
    </message>
    <message>
        <source>Reception point</source>
        <translation>Điểm tiếp nhận</translation>
    </message>
    <message>
        <source>This counter (%1) is now the reception point &quot;%2&quot;</source>
        <translation>Máy này (%1) nay là điểm tiếp nhận &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Warning: this PC&apos;s clock is %1 s off the province&apos;s (checked %2); set the time right</source>
        <translation>Cảnh báo: đồng hồ máy này lệch %1 giây so với máy chủ của tỉnh (kiểm tra lúc %2); hãy chỉnh lại giờ</translation>
    </message>
</context>
<context>
    <name>MotCua::DocumentRelation</name>
    <message>
        <source>Correction of</source>
        <translation>Đính chính văn bản</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Thay thế văn bản</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>Thu hồi văn bản</translation>
    </message>
</context>
<context>
    <name>MotCua::DossierReason</name>
    <message>
        <source>duplicate of an open dossier</source>
        <translation>trùng với hồ sơ đang mở</translation>
    </message>
    <message>
        <source>at the applicant&apos;s request</source>
        <translation>theo yêu cầu của người nộp</translation>
    </message>
</context>
<context>
    <name>MotCua::IncomingState</name>
    <message>
        <source>Registered, awaiting direction</source>
        <translation>Đã vào sổ, chờ chỉ đạo</translation>
    </message>
    <message>
        <source>Directed</source>
        <translation>Đã chỉ đạo</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Đã xong</translation>
    </message>
</context>
<context>
    <name>MotCua::OutgoingState</name>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <source>Approved, awaiting signature</source>
        <translation>Đã duyệt, chờ ký</translation>
    </message>
    <message>
        <source>Signed, awaiting a number</source>
        <translation>Đã ký, chờ cấp số</translation>
    </message>
    <message>
        <source>Numbered, awaiting dispatch</source>
        <translation>Đã cấp số, chờ phát hành</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Đã phát hành</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Đã lưu</translation>
    </message>
</context>
<context>
    <name>MotCua::Reconcile</name>
    <message>
        <source>%1: %2 events here, %3 at the province</source>
        <translation>%1: ở đây %2 sự kiện, ở tỉnh %3</translation>
    </message>
    <message numerus="yes">
        <source>Every day of the %n checked matches the province.</source>
        <translation>
            <numerusform>Cả %n ngày được đối chiếu đều khớp với tỉnh.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) differ from the province: the events of those days here are not the ones it holds. Sync now; if they still differ, ask the province&apos;s IT.</source>
        <translation>
            <numerusform>%n ngày không khớp với tỉnh: sự kiện của những ngày đó ở đây khác với dữ liệu tỉnh đang giữ. Hãy đồng bộ ngay; nếu vẫn không khớp, hãy báo bộ phận CNTT của tỉnh.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: recorded here, waiting to be sent</source>
        <translation>%1: đã ghi ở máy này, đang chờ gửi</translation>
    </message>
    <message>
        <source>%1: held here, not at the province (from another counter that has not sent it, or lost there: ask the province&apos;s IT if a sync does not mend it)</source>
        <translation>%1: có ở máy này, không có trên máy chủ của tỉnh (của một quầy khác chưa gửi lên, hoặc bị mất ở đó: nếu đồng bộ xong vẫn vậy, hãy hỏi bộ phận công nghệ thông tin của tỉnh)</translation>
    </message>
    <message>
        <source>event %1: at the province, not here (a sync takes it in; if it stays, this store lost it)</source>
        <translation>sự kiện %1: có trên máy chủ của tỉnh, không có ở máy này (đồng bộ sẽ nhận về; nếu vẫn còn, dữ liệu máy này đã bị mất)</translation>
    </message>
    <message>
        <source>%1: this copy differs from the province&apos;s: it was changed on one side after it was sent; ask the province&apos;s IT</source>
        <translation>%1: bản ở máy này khác bản trên máy chủ của tỉnh: đã bị sửa ở một bên sau khi gửi; hãy hỏi bộ phận công nghệ thông tin của tỉnh</translation>
    </message>
</context>
<context>
    <name>MotCua::Report</name>
    <message>
        <source>Received today</source>
        <translation>Tiếp nhận hôm nay</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Awaiting supplement</source>
        <translation>Chờ bổ sung</translation>
    </message>
    <message>
        <source>Ready to return</source>
        <translation>Chờ trả kết quả</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Kỳ trước chuyển sang</translation>
    </message>
    <message>
        <source>Finished early</source>
        <translation>Trả trước hạn</translation>
    </message>
    <message>
        <source>Finished on time</source>
        <translation>Trả đúng hạn</translation>
    </message>
    <message>
        <source>Finished late</source>
        <translation>Trả quá hạn</translation>
    </message>
    <message>
        <source>In process</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Từ chối tiếp nhận</translation>
    </message>
    <message>
        <source>Refused as duplicate</source>
        <translation>Từ chối do trùng</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <source>Results returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <source>On time (%)</source>
        <translation>Tỷ lệ đúng hạn (%)</translation>
    </message>
    <message>
        <source>Average days taken</source>
        <translation>Số ngày giải quyết bình quân</translation>
    </message>
    <message>
        <source>Average time limit</source>
        <translation>Thời hạn giải quyết bình quân</translation>
    </message>
    <message>
        <source>At the counter</source>
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
        <source>Online (%)</source>
        <translation>Tỷ lệ trực tuyến (%)</translation>
    </message>
    <message>
        <source>Digitised</source>
        <translation>Đã số hóa</translation>
    </message>
    <message>
        <source>Digitised (%)</source>
        <translation>Tỷ lệ số hóa (%)</translation>
    </message>
    <message>
        <source>Electronic results</source>
        <translation>Trả kết quả điện tử</translation>
    </message>
    <message>
        <source>Electronic results (%)</source>
        <translation>Tỷ lệ trả kết quả điện tử (%)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toàn trung tâm</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Cán bộ tiếp nhận</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <source>Reception point</source>
        <translation>Điểm tiếp nhận</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Từ %1 đến %2</translation>
    </message>
    <message>
        <source>In process (overdue)</source>
        <translation>Đang giải quyết (quá hạn)</translation>
    </message>
    <message>
        <source>Time limit used (%)</source>
        <translation>Thời gian đã dùng so với thời hạn (%)</translation>
    </message>
</context>
<context>
    <name>MotCua::Secrecy</name>
    <message>
        <source>Not classified</source>
        <translation>Không mật</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Mật</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Tối mật</translation>
    </message>
    <message>
        <source>Top secret</source>
        <translation>Tuyệt mật</translation>
    </message>
    <message>
        <source>A classified document is registered here by its details only: under the Law on Protection of State Secrets (29/2018/QH14) its content and scans may not be kept on a networked counter PC. Keep the paper document under the secrecy rules of the office.</source>
        <translation>Văn bản mật chỉ được đăng ký thông tin tại đây: theo Luật Bảo vệ bí mật nhà nước (29/2018/QH14), nội dung và bản quét của văn bản không được lưu trên máy tính một cửa có kết nối mạng. Hãy quản lý bản giấy theo quy định bảo mật của cơ quan.</translation>
    </message>
</context>
<context>
    <name>MotCua::Sync::TokenVault</name>
    <message>
        <source>The device token is kept in the desktop&apos;s keychain.</source>
        <translation>Mã thiết bị được giữ trong kho khóa (keychain) của máy.</translation>
    </message>
    <message>
        <source>The device token is kept in a file only this user can read.</source>
        <translation>Mã thiết bị được giữ trong một tệp chỉ người dùng này đọc được.</translation>
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
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>&amp;Xóa mục đã chọn</translation>
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
    <message>
        <source>Missing papers: tick each one</source>
        <translation>Giấy tờ còn thiếu: đánh dấu từng giấy</translation>
    </message>
    <message>
        <source>Another missing item to add</source>
        <translation>Thêm một mục còn thiếu</translation>
    </message>
    <message>
        <source>Something else missing: type it, then press Enter</source>
        <translation>Còn thiếu thứ khác: gõ vào rồi nhấn Enter</translation>
    </message>
    <message>
        <source>Add the missing item</source>
        <translation>Thêm mục còn thiếu</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Bỏ mục đang chọn</translation>
    </message>
    <message>
        <source>Submit for approval…</source>
        <comment>dossier action: to a leader</comment>
        <translation>Trình phê duyệt…</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>&amp;Lãnh đạo:</translation>
    </message>
    <message>
        <source>Leader who approves the dossier</source>
        <translation>Lãnh đạo phê duyệt hồ sơ</translation>
    </message>
    <message>
        <source>(choose the leader who approves)</source>
        <translation>(chọn lãnh đạo phê duyệt)</translation>
    </message>
    <message>
        <source>%1 (handed in at reception)</source>
        <comment>supplement request: a paper of the procedure</comment>
        <translation>%1 (đã nộp khi tiếp nhận)</translation>
    </message>
    <message>
        <source>The catalog lists no papers for this procedure: type what is missing.</source>
        <translation>Danh mục không ghi thành phần hồ sơ của thủ tục này: hãy gõ những gì còn thiếu.</translation>
    </message>
    <message>
        <source>&amp;Brought:</source>
        <translation>Đã &amp;mang đến:</translation>
    </message>
    <message>
        <source>Requested items: tick each one brought</source>
        <translation>Các mục đã yêu cầu: đánh dấu từng mục đã mang đến</translation>
    </message>
    <message>
        <source>Not everything the request asked for was ticked as brought:
%1

Record the supplement as received anyway?</source>
        <translation>Chưa đánh dấu đã mang đến đủ các mục đã yêu cầu:
%1

Vẫn ghi nhận là đã nhận bổ sung?</translation>
    </message>
    <message>
        <source>&amp;Record as received</source>
        <translation>&amp;Ghi nhận đã nhận</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Quay lại</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::AdminPage</name>
    <message>
        <source>Administration</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>This page is for the administrators of the commune: accounts, backups, the audit trail and the office details. Ask an administrator if something needs changing.</source>
        <translation>Trang này dành cho quản trị viên của xã/phường: tài khoản, sao lưu, nhật ký và thông tin cơ quan. Nếu cần thay đổi gì, hãy nhờ quản trị viên.</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Người dùng</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>&amp;Sao lưu</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>Nhật &amp;ký</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Cơ quan</translation>
    </message>
    <message>
        <source>&amp;Procedure catalog</source>
        <translation>&amp;Danh mục thủ tục</translation>
    </message>
    <message>
        <source>Bu&amp;ndles</source>
        <translation>&amp;Gói dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Registers</source>
        <translation>&amp;Sổ văn bản</translation>
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
    <message>
        <source>Choose your own password to continue.</source>
        <translation>Hãy đặt mật khẩu của riêng bạn để tiếp tục.</translation>
    </message>
    <message>
        <source>Quit MotCua Desk</source>
        <translation>Thoát MotCua Desk</translation>
    </message>
    <message>
        <source>Still signed in on this computer, their work kept open: %1.

Quitting closes their sessions too, and forms they have not saved are lost. Quit MotCua Desk anyway?</source>
        <translation>Vẫn đang đăng nhập trên máy này, công việc đang mở: %1.

Thoát sẽ đóng cả phiên làm việc của họ, những biểu mẫu chưa lưu sẽ mất. Vẫn thoát MotCua Desk?</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>Ở &amp;lại</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::AttachmentListModel</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Ảnh PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Ảnh JPEG</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>Ảnh TIFF</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Đã đọc</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Không đọc được</translation>
    </message>
    <message>
        <source>Not read (no OCR here)</source>
        <translation>Chưa đọc (máy này không có OCR)</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Chưa đọc</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Thêm lúc</translation>
    </message>
    <message>
        <source>Text (OCR)</source>
        <translation>Nội dung (OCR)</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::AttachmentPanel</name>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>Attach PDFs or scanned images (at most %1 MiB each)</source>
        <translation>Đính kèm tệp PDF hoặc ảnh quét (tối đa %1 MiB mỗi tệp)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Gỡ bỏ</translation>
    </message>
    <message>
        <source>Read the &amp;text</source>
        <translation>Đọc &amp;chữ</translation>
    </message>
    <message>
        <source>Recognise the text of scans (OCR), so the search box finds them</source>
        <translation>Nhận dạng chữ trong bản quét (OCR) để ô tìm kiếm tìm thấy chúng</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>Scans and PDFs (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Bản quét và PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>Đã đính kèm %n tệp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the attachment</source>
        <translation>Gỡ tệp đính kèm</translation>
    </message>
    <message>
        <source>Take %1 off this record? The file stays in the store&apos;s history.</source>
        <translation>Gỡ %1 khỏi hồ sơ này? Tệp vẫn được lưu trong lịch sử của kho dữ liệu.</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Giữ lại</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>Đã gỡ %1.</translation>
    </message>
    <message>
        <source>The file&apos;s bytes are not on this counter yet (they come with the next bundle or sync).</source>
        <translation>Nội dung tệp chưa có trên máy này (sẽ đến cùng gói dữ liệu hoặc lần đồng bộ tiếp theo).</translation>
    </message>
    <message>
        <source>Text recognition (Tesseract with Vietnamese) is not installed on this computer: the scans are kept, and their text is read on a counter that has it.</source>
        <translation>Máy tính này chưa cài nhận dạng chữ (Tesseract tiếng Việt): các bản quét vẫn được lưu, và chữ của chúng sẽ được đọc trên máy có cài đặt.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n file(s) read so far.</source>
        <translation>
            <numerusform>Đã dừng: đã đọc được %n tệp.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text read from %n file(s).</source>
        <translation>
            <numerusform>Đã đọc chữ của %n tệp.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read.</source>
        <translation>
            <numerusform>%n tệp không đọc được.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the text of the scans…</source>
        <translation>Đang đọc chữ trong các bản quét…</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::AttentionPage</name>
    <message>
        <source>Needs attention</source>
        <translation>Cần xử lý</translation>
    </message>
    <message>
        <source>When the counters of the commune exchange their work, two things done on two counters at once cannot always both hold. Nothing is dropped: what did not take effect is kept and listed here until someone has dealt with it.</source>
        <translation>Khi các quầy của đơn vị trao đổi dữ liệu với nhau, hai việc làm cùng lúc trên hai quầy không phải lúc nào cũng cùng có hiệu lực. Không có gì bị bỏ đi: việc nào không có hiệu lực được giữ lại và liệt kê ở đây cho đến khi có người xử lý.</translation>
    </message>
    <message>
        <source>Show &amp;resolved items too</source>
        <translation>Hiện cả các mục đã &amp;xử lý</translation>
    </message>
    <message>
        <source>Items that need attention</source>
        <translation>Các mục cần xử lý</translation>
    </message>
    <message>
        <source>The selected item</source>
        <translation>Mục đang chọn</translation>
    </message>
    <message>
        <source>&amp;Open the dossier</source>
        <translation>&amp;Mở hồ sơ</translation>
    </message>
    <message>
        <source>Re&amp;name the account…</source>
        <translation>Đổi &amp;tên đăng nhập…</translation>
    </message>
    <message>
        <source>&amp;Mark resolved…</source>
        <translation>Đánh dấu đã xử &amp;lý…</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Việc gì đã xảy ra:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Có thể làm gì:</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Không có mục nào cần xử lý.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention.</source>
        <translation>
            <numerusform>%n mục cần xử lý.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>The selected needs-attention item: what kind, then the record (&quot;Action not applied — 00004.F1J9A-260105-0001&quot;)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Resolved by %1 on %2: %3</source>
        <translation>%1 đã xử lý lúc %2: %3</translation>
    </message>
    <message>
        <source>Only an administrator can rename an account.</source>
        <translation>Chỉ quản trị viên mới đổi được tên đăng nhập.</translation>
    </message>
    <message>
        <source>This item is resolved already.</source>
        <translation>Mục này đã được xử lý.</translation>
    </message>
    <message>
        <source>The account was renamed %1 already.</source>
        <translation>Tài khoản đã được đổi tên đăng nhập thành %1.</translation>
    </message>
    <message>
        <source>Only an administrator can resolve an item about an account.</source>
        <translation>Chỉ quản trị viên mới xử lý được mục liên quan đến tài khoản.</translation>
    </message>
    <message>
        <source>Your role does not hand dossiers on: ask a receptionist, a leader or an administrator to resolve it.</source>
        <translation>Vai trò của bạn không chuyển giao hồ sơ: hãy nhờ cán bộ tiếp nhận, lãnh đạo hoặc quản trị viên xử lý mục này.</translation>
    </message>
    <message>
        <source>The account&apos;s user name is now %1. Tell its owner, then mark the item resolved.</source>
        <translation>Tên đăng nhập của tài khoản nay là %1. Hãy báo cho người dùng tài khoản, rồi đánh dấu mục này đã xử lý.</translation>
    </message>
    <message>
        <source>The account&apos;s user name is now %1: tell its owner. Both accounts can sign in again, and the item is no longer open.</source>
        <translation>Tên đăng nhập của tài khoản nay là %1: hãy báo cho người dùng tài khoản. Cả hai tài khoản đều đăng nhập được, và mục này không còn mở.</translation>
    </message>
    <message>
        <source>Marked resolved: every counter will see it so.</source>
        <translation>Đã đánh dấu đã xử lý: mọi quầy đều sẽ thấy như vậy.</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::AuditPanel</name>
    <message>
        <source>the event was changed after it was recorded (its fingerprint does not match)</source>
        <translation>sự kiện đã bị sửa sau khi ghi (mã băm không khớp)</translation>
    </message>
    <message>
        <source>events are missing before this one</source>
        <translation>thiếu sự kiện trước sự kiện này</translation>
    </message>
    <message>
        <source>the end of the chain does not match what was recorded</source>
        <translation>cuối chuỗi không khớp với bản đã ghi</translation>
    </message>
    <message>
        <source>the event&apos;s data cannot be read</source>
        <translation>không đọc được dữ liệu của sự kiện</translation>
    </message>
    <message>
        <source>Device %1, event no. %2 (%3): %4</source>
        <translation>Thiết bị %1, sự kiện số %2 (%3): %4</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tất cả mọi người</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>full name (user name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Dossier code or user name</source>
        <translation>Mã hồ sơ hoặc tên đăng nhập</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Lịch làm việc</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Người thực hiện:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Bản ghi:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Nhật ký thao tác</translation>
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
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Tải &amp;thêm</translation>
    </message>
    <message>
        <source>&amp;Check the chains</source>
        <translation>&amp;Kiểm tra chuỗi</translation>
    </message>
    <message>
        <source>&amp;Print the record&apos;s history…</source>
        <translation>&amp;In lịch sử…</translation>
    </message>
    <message>
        <source>History as P&amp;DF…</source>
        <translation>Lịch sử ra P&amp;DF…</translation>
    </message>
    <message>
        <source>Problems found in the chains</source>
        <translation>Các lỗi tìm thấy trong chuỗi sự kiện</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown; older ones with &quot;Load more&quot;.</source>
        <translation>
            <numerusform>Đang hiện %n sự kiện; bấm &quot;Tải thêm&quot; để xem các sự kiện cũ hơn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown.</source>
        <translation>
            <numerusform>Đang hiện %n sự kiện.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ The check could not run: %1</source>
        <translation>⚠ Không chạy được việc kiểm tra: %1</translation>
    </message>
    <message numerus="yes">
        <source>✓ OK: the chains of %n device(s) hold; no event was changed or removed.</source>
        <translation>
            <numerusform>✓ ĐẠT: chuỗi sự kiện của %n thiết bị đều khớp; không sự kiện nào bị sửa hay xoá.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) checked.</source>
        <translation>
            <numerusform>Đã kiểm tra %n sự kiện.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ BROKEN: %n problem(s) found. The store has been changed outside MotCua Desk or is damaged. Do not delete anything; make a backup and call the province&apos;s IT.</source>
        <translation>
            <numerusform>⚠ CHUỖI BỊ HỎNG: tìm thấy %n lỗi. Kho dữ liệu đã bị sửa ngoài MotCua Desk hoặc bị hư hỏng. Không xoá gì cả; hãy sao lưu và báo bộ phận CNTT của tỉnh.</numerusform>
        </translation>
    </message>
    <message>
        <source>File check: %1</source>
        <translation>Kiểm tra tệp: %1</translation>
    </message>
    <message>
        <source>The tables differ from a rebuild from the events: %1</source>
        <translation>Các bảng khác với bản dựng lại từ sự kiện: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Lịch sử của %1</translation>
    </message>
    <message numerus="yes">
        <source>Printed %1 by %2. %n event(s), oldest first.</source>
        <translation>
            <numerusform>In lúc %1, người in: %2. %n sự kiện, cũ nhất trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>No event of %1 was found.</source>
        <translation>Không tìm thấy sự kiện nào của %1.</translation>
    </message>
    <message>
        <source>Save the history as PDF</source>
        <translation>Lưu lịch sử thành PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>Checking the chains…</source>
        <translation>Đang kiểm tra chuỗi…</translation>
    </message>
    <message>
        <source>The check was cancelled before the end; nothing was changed.</source>
        <translation>Việc kiểm tra đã bị hủy trước khi xong; không có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::BackupPanel</name>
    <message>
        <source>Backups of this computer</source>
        <translation>Sao lưu của máy này</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <source>A folder on a USB disk or another drive</source>
        <translation>Một thư mục trên ổ USB hoặc ổ đĩa khác</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Số bản sao lưu giữ lại</translation>
    </message>
    <message>
        <source>Daily backup hour</source>
        <translation>Giờ sao lưu hằng ngày</translation>
    </message>
    <message>
        <source>:00</source>
        <comment>hour suffix</comment>
        <translation>:00</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Lưu cài đặt</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Thư mục:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Giữ lại số bản mới nhất:</translation>
    </message>
    <message>
        <source>Daily &amp;at:</source>
        <translation>Hằng ngày &amp;lúc:</translation>
    </message>
    <message>
        <source>While MotCua Desk is open, a backup is written once a day after this hour (an administrator must be signed in).</source>
        <translation>Khi MotCua Desk đang mở, mỗi ngày một bản sao lưu được ghi sau giờ này (cần một quản trị viên đang đăng nhập).</translation>
    </message>
    <message>
        <source>Back up and restore</source>
        <translation>Sao lưu và khôi phục</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>Đã lưu cài đặt sao lưu.</translation>
    </message>
    <message>
        <source>Choose the backup folder first.</source>
        <translation>Hãy chọn thư mục sao lưu trước.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Sao lưu không thành công: %1</translation>
    </message>
    <message>
        <source>Backup written and verified.</source>
        <translation>Đã sao lưu và kiểm tra bản sao: ĐẠT.</translation>
    </message>
    <message>
        <source>Backup written, but its check failed.</source>
        <translation>Đã ghi bản sao lưu nhưng bản sao không qua được kiểm tra.</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) deleted.</source>
        <translation>
            <numerusform>Đã xoá %n bản sao lưu cũ.</numerusform>
        </translation>
    </message>
    <message>
        <source>The older backups could not be deleted: %1</source>
        <translation>Không xoá được các bản sao lưu cũ: %1</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Đã khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>The backup was restored into %1. The data in use now was not changed.

%2</source>
        <translation>Bản sao lưu đã được khôi phục vào %1. Dữ liệu đang dùng không bị thay đổi.

%2</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::BundlePanel</name>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Nơi lập</translation>
    </message>
    <message>
        <source>counter %1, on %2</source>
        <translation>quầy %1, lúc %2</translation>
    </message>
    <message>
        <source>counter %1</source>
        <translation>quầy %1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Số sự kiện</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Các quầy</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>When there is no line, the counters of the commune exchange their work on a USB stick: export a bundle here, then take it in on the other counters, and theirs here. A bundle holds every event of this counter; taking one in twice adds nothing.</source>
        <translation>Khi không có đường truyền, các quầy của đơn vị trao đổi dữ liệu qua USB: xuất gói dữ liệu ở đây rồi nhập vào các quầy khác, và nhập gói của các quầy đó vào đây. Gói chứa mọi sự kiện của quầy này; nhập một gói hai lần cũng không thêm gì.</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Xuất gói dữ liệu</translation>
    </message>
    <message>
        <source>Where to write the bundle</source>
        <translation>Nơi ghi gói dữ liệu</translation>
    </message>
    <message>
        <source>A file, or a folder on the USB stick (the file is then named after the commune, this counter and the time)</source>
        <translation>Một tệp, hoặc một thư mục trên USB (khi đó tên tệp gồm mã đơn vị, mã quầy này và thời điểm lập)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>&amp;Export the bundle</source>
        <translation>&amp;Xuất gói dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>&amp;Ghi vào:</translation>
    </message>
    <message>
        <source>Take in a bundle</source>
        <translation>Nhập gói dữ liệu</translation>
    </message>
    <message>
        <source>Bundle file to take in</source>
        <translation>Tệp gói dữ liệu cần nhập</translation>
    </message>
    <message>
        <source>The bundle file another counter of the commune made</source>
        <translation>Tệp gói dữ liệu do một quầy khác của đơn vị lập</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Chọ&amp;n tệp…</translation>
    </message>
    <message>
        <source>&amp;Read the file</source>
        <translation>Đọ&amp;c tệp</translation>
    </message>
    <message>
        <source>What the bundle holds</source>
        <translation>Nội dung gói dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Take it in</source>
        <translation>Nhậ&amp;p vào máy này</translation>
    </message>
    <message>
        <source>Open the &amp;needs-attention list</source>
        <translation>Mở &amp;danh sách cần xử lý</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>MotCua bundles (*.bundle);;All files (*)</source>
        <translation>Gói dữ liệu MotCua (*.bundle);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Choose where to write the bundle: a file, or a folder on the USB stick.</source>
        <translation>Hãy chọn nơi ghi gói dữ liệu: một tệp, hoặc một thư mục trên USB.</translation>
    </message>
    <message>
        <source>Cancelled: no bundle was written.</source>
        <translation>Đã hủy: chưa ghi gói dữ liệu nào.</translation>
    </message>
    <message>
        <source>The bundle was not written: %1</source>
        <translation>Chưa ghi được gói dữ liệu: %1</translation>
    </message>
    <message>
        <source>Bundle written: %1 (%2 events, %3). Take it to the other counters of the commune and take it in there.</source>
        <translation>Đã ghi gói dữ liệu: %1 (%2 sự kiện, %3). Hãy mang gói đến các quầy khác của đơn vị và nhập vào đó.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Đang ghi gói dữ liệu…</translation>
    </message>
    <message>
        <source>Choose the bundle file to take in.</source>
        <translation>Hãy chọn tệp gói dữ liệu cần nhập.</translation>
    </message>
    <message>
        <source>The file is sound. Take it in to add what this counter does not have yet.</source>
        <translation>Tệp còn nguyên vẹn. Hãy nhập để thêm những gì quầy này chưa có.</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>Đang đọc gói dữ liệu…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was taken in.</source>
        <translation>Đã hủy: chưa nhập gì vào máy.</translation>
    </message>
    <message>
        <source>Nothing was taken in: %1</source>
        <translation>Chưa nhập gì vào máy: %1</translation>
    </message>
    <message>
        <source>Taken in: %1 new event(s), %2 already here.</source>
        <translation>Đã nhập: %1 sự kiện mới, %2 sự kiện đã có sẵn.</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) need attention.</source>
        <translation>
            <numerusform>%n mục mới cần xử lý.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new needs attention.</source>
        <translation>Không có mục mới nào cần xử lý.</translation>
    </message>
    <message>
        <source>Taking the bundle in…</source>
        <translation>Đang nhập gói dữ liệu…</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::CatalogPanel</name>
    <message>
        <source>nothing</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>The procedure catalog comes from the national portal&apos;s data, where some time limits are missing or have no unit. Until one is set here, a dossier of a procedure with no time limit is due the day it is received, and a bare number is counted in working days. A time limit set here applies to the dossiers received from then on; those already received keep their due date.</source>
        <translation>Danh mục thủ tục lấy từ dữ liệu của Cổng Dịch vụ công quốc gia, trong đó một số thủ tục không có thời hạn giải quyết hoặc không ghi đơn vị. Khi chưa đặt ở đây, hồ sơ của thủ tục không có thời hạn được hẹn trả ngay trong ngày tiếp nhận, còn thời hạn chỉ có con số được tính theo ngày làm việc. Thời hạn đặt ở đây áp dụng cho hồ sơ tiếp nhận từ đó trở đi; hồ sơ đã tiếp nhận giữ nguyên ngày hẹn.</translation>
    </message>
    <message>
        <source>Show &amp;every procedure</source>
        <translation>Hiện &amp;mọi thủ tục</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Danh sách thủ tục</translation>
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
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Time limit used</source>
        <translation>Thời hạn đang áp dụng</translation>
    </message>
    <message>
        <source>The source says</source>
        <translation>Nguồn dữ liệu ghi</translation>
    </message>
    <message>
        <source>Set the &amp;time limit…</source>
        <translation>Đặt &amp;thời hạn…</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n thủ tục</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) without a usable time limit</source>
        <translation>
            <numerusform>%n thủ tục chưa có thời hạn dùng được</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the time limit is now %2. Dossiers received from now on are due by it; those already received keep their due date.</source>
        <translation>%1: thời hạn giải quyết nay là %2. Hồ sơ tiếp nhận từ nay được hẹn theo thời hạn này; hồ sơ đã tiếp nhận giữ nguyên ngày hẹn.</translation>
    </message>
    <message>
        <source>none: due the day received</source>
        <translation>chưa có: hẹn trả trong ngày tiếp nhận</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s), assumed</source>
        <translation>
            <numerusform>%n ngày làm việc (tạm tính)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>%1, you signed in with a temporary password. Choose your own password now: only you should know it.</source>
        <translation>%1, bạn vừa đăng nhập bằng mật khẩu tạm. Hãy đặt mật khẩu của riêng bạn ngay bây giờ: chỉ mình bạn được biết.</translation>
    </message>
    <message>
        <source>Change the password of %1 (%2).</source>
        <translation>Đổi mật khẩu của %1 (%2).</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mật khẩu hiện tại</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Nhập lại mật khẩu mới</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Mật khẩu &amp;tạm:</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>Đổi &amp;mật khẩu</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a short sentence is easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Ít nhất %n ký tự; một câu ngắn vừa dễ nhớ vừa khó đoán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n characters (%1 typed).</source>
        <translation>
            <numerusform>Quá ngắn: cần ít nhất %n ký tự (đã nhập %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Mật khẩu mới phải khác mật khẩu hiện tại.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Hai lần nhập mật khẩu mới không giống nhau.</translation>
    </message>
    <message>
        <source>The two new passwords match.</source>
        <translation>Hai lần nhập mật khẩu mới khớp nhau.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
    <message>
        <source>Good: long enough and not a common password.</source>
        <translation>Tốt: đủ dài và không phải mật khẩu phổ biến.</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::ConflictTableModel</name>
    <message>
        <source>someone</source>
        <translation>một người</translation>
    </message>
    <message>
        <source>another counter</source>
        <translation>một quầy khác</translation>
    </message>
    <message>
        <source>counter %1</source>
        <translation>quầy %1</translation>
    </message>
    <message>
        <source>Action not applied</source>
        <translation>Thao tác không có hiệu lực</translation>
    </message>
    <message>
        <source>User name created twice</source>
        <translation>Tên đăng nhập bị tạo hai lần</translation>
    </message>
    <message>
        <source>Dossier code given twice</source>
        <translation>Mã hồ sơ bị cấp hai lần</translation>
    </message>
    <message>
        <source>Dossier %1: “%2”, done by %3 on %4 at %5, did not take effect, because the dossier was already “%6” (another counter had acted on it first).</source>
        <translation>Hồ sơ %1: thao tác “%2” do %3 thực hiện tại %4 lúc %5 không có hiệu lực, vì khi đó hồ sơ đã ở trạng thái “%6” (một quầy khác đã xử lý trước).</translation>
    </message>
    <message>
        <source>The user name “%1” was created on two counters. The account created by %2 on %3 at %4 cannot sign in while the other account holds the name.</source>
        <translation>Tên đăng nhập “%1” đã được tạo ở hai quầy. Tài khoản do %2 tạo tại %3 lúc %4 không đăng nhập được chừng nào tài khoản kia còn giữ tên này.</translation>
    </message>
    <message>
        <source>Two dossiers were given the code %1. The one received by %2 on %3 at %4 keeps it only as a duplicate.</source>
        <translation>Hai hồ sơ được cấp cùng mã %1. Hồ sơ do %2 tiếp nhận tại %3 lúc %4 chỉ còn giữ mã này như một bản trùng.</translation>
    </message>
    <message>
        <source>Open the dossier and read its history. If a step is missing, do it again there; then mark this item resolved, saying what you did.</source>
        <translation>Hãy mở hồ sơ và xem quá trình xử lý. Nếu thiếu bước nào, hãy thực hiện lại bước đó trong hồ sơ; sau đó đánh dấu mục này đã xử lý và ghi rõ đã làm gì.</translation>
    </message>
    <message>
        <source>The account is now called %1. Once its owner knows the new user name, mark this item resolved.</source>
        <translation>Tài khoản nay có tên đăng nhập %1. Khi người dùng tài khoản đã biết tên mới, hãy đánh dấu mục này đã xử lý.</translation>
    </message>
    <message>
        <source>An administrator gives this account another user name (Rename the account) and tells its owner the new one; then mark this item resolved.</source>
        <translation>Quản trị viên đặt tên đăng nhập khác cho tài khoản này (Đổi tên đăng nhập) và báo tên mới cho người dùng; sau đó đánh dấu mục này đã xử lý.</translation>
    </message>
    <message>
        <source>Open the dossier and tell the citizen which code is theirs (print the receipt again if needed); then mark this item resolved.</source>
        <translation>Hãy mở hồ sơ và báo cho công dân mã hồ sơ đúng của họ (in lại giấy tiếp nhận nếu cần); sau đó đánh dấu mục này đã xử lý.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã xử lý</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Chưa xử lý</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Document action not applied</source>
        <translation>Thao tác trên văn bản không có hiệu lực</translation>
    </message>
    <message>
        <source>Arrival number given twice</source>
        <translation>Số đến bị cấp hai lần</translation>
    </message>
    <message>
        <source>Document number given twice</source>
        <translation>Số văn bản bị cấp hai lần</translation>
    </message>
    <message>
        <source>Document %1: “%2”, done by %3 on %4 at %5, did not take effect (another counter had acted on it first).</source>
        <translation>Văn bản %1: “%2” do %3 thực hiện ngày %4 lúc %5 không có hiệu lực (một quầy khác đã xử lý văn bản trước).</translation>
    </message>
    <message>
        <source>Document %1 was registered by %2 on %3 at %4 with an arrival number another counter had given first.</source>
        <translation>Văn bản %1 do %2 vào sổ ngày %3 lúc %4 với số đến mà một quầy khác đã cấp trước.</translation>
    </message>
    <message>
        <source>Document “%1” was numbered by %2 on %3 at %4 with a number another counter had given first.</source>
        <translation>Văn bản “%1” do %2 cấp số ngày %3 lúc %4 với số mà một quầy khác đã cấp trước.</translation>
    </message>
    <message>
        <source>Open the document and read its history. If a step is missing, do it again there; then mark this item resolved.</source>
        <translation>Mở văn bản và xem lịch sử. Nếu thiếu một bước, hãy thực hiện lại tại đó; sau đó đánh dấu mục này đã giải quyết.</translation>
    </message>
    <message>
        <source>Note the right arrival number on the paper and in the register&apos;s remarks; then mark this item resolved.</source>
        <translation>Ghi số đến đúng trên văn bản giấy và vào cột ghi chú của sổ; sau đó đánh dấu mục này đã giải quyết.</translation>
    </message>
    <message>
        <source>Issue a correction (a công văn) for the later document; then mark this item resolved.</source>
        <translation>Ban hành công văn đính chính cho văn bản sau; sau đó đánh dấu mục này đã giải quyết.</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::DashboardTile</name>
    <message>
        <source>Show the dossiers this number counts</source>
        <extracomment>Tooltip of a dashboard number</extracomment>
        <translation>Xem danh sách các hồ sơ được đếm ở ô này</translation>
    </message>
    <message>
        <source>%1 — mine</source>
        <extracomment>The list behind a dashboard number on the Dossiers page: &quot;Overdue — mine&quot;</extracomment>
        <translation>%1 — của tôi</translation>
    </message>
    <message>
        <source>%1 — whole center</source>
        <extracomment>The list behind a dashboard number on the Dossiers page: &quot;Overdue — whole center&quot;</extracomment>
        <translation>%1 — toàn trung tâm</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>dashboard tile</comment>
        <extracomment>Accessible name of a dashboard number: what it counts, then the number</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Past the appointment: act on these first</source>
        <translation>Đã quá ngày hẹn trả: cần xử lý trước</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::DirectionDialog</name>
    <message>
        <source>Direct incoming document %1</source>
        <translation>Chỉ đạo văn bản đến số %1</translation>
    </message>
    <message>
        <source>Earlier directions</source>
        <translation>Ý kiến chỉ đạo trước</translation>
    </message>
    <message>
        <source>No direction yet.</source>
        <translation>Chưa có ý kiến chỉ đạo.</translation>
    </message>
    <message>
        <source>In charge</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>person – department</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <extracomment>A department (rather than a person) put in charge of an incoming document</extracomment>
        <translation>Đơn vị: %1</translation>
    </message>
    <message>
        <source>Co-operating</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <source>Own deadline</source>
        <translation>Thời hạn riêng</translation>
    </message>
    <message>
        <source>same as the direction</source>
        <translation>như thời hạn chung</translation>
    </message>
    <message>
        <source>Own deadline of %1</source>
        <translation>Thời hạn riêng của %1</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Thời hạn:</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Ý kiến chỉ đạo</translation>
    </message>
    <message>
        <source>Ý kiến chỉ đạo: what is to be done</source>
        <translation>Ý kiến chỉ đạo: nội dung cần giải quyết</translation>
    </message>
    <message>
        <source>Earlier directions:</source>
        <translation>Ý kiến chỉ đạo trước:</translation>
    </message>
    <message>
        <source>&amp;In charge:</source>
        <translation>&amp;Chủ trì:</translation>
    </message>
    <message>
        <source>&amp;Co-operating:</source>
        <translation>&amp;Phối hợp:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Ý kiến chỉ đạ&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Direct</source>
        <translation>&amp;Chỉ đạo</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::DocumentDetailDialog</name>
    <message>
        <source>Incoming document %1/%2</source>
        <translation>Văn bản đến số %1/%2</translation>
    </message>
    <message>
        <source>Outgoing document %1</source>
        <translation>Văn bản đi %1</translation>
    </message>
    <message>
        <source>Outgoing draft</source>
        <translation>Dự thảo văn bản đi</translation>
    </message>
    <message>
        <source>Document record</source>
        <translation>Thông tin văn bản</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
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
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Print the slips of this dossier or save them as PDF</source>
        <translation>In các phiếu của hồ sơ này hoặc lưu thành PDF</translation>
    </message>
    <message>
        <source>%1…</source>
        <extracomment>Print menu entry of a slip: opens the print preview</extracomment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF</source>
        <translation>Lưu &amp;PDF</translation>
    </message>
    <message>
        <source>Papers received</source>
        <translation>Giấy tờ đã nhận</translation>
    </message>
    <message>
        <source>%1, %2 asked for:</source>
        <extracomment>A supplement request in the dossier: when, by whom (the list of what was asked for follows)</extracomment>
        <translation>%1, %2 yêu cầu:</translation>
    </message>
    <message>
        <source>%1 — a repeated request: the dossier counts as late</source>
        <translation>%1 — yêu cầu lần nữa: hồ sơ bị tính là trễ hạn</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>waiting for the citizen to bring it</source>
        <translation>đang chờ công dân mang đến</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>đã nhận %1</translation>
    </message>
    <message>
        <source>received %1: everything asked for</source>
        <translation>đã nhận %1: đủ các mục đã yêu cầu</translation>
    </message>
    <message>
        <source>received %1, brought:</source>
        <translation>đã nhận %1, đã mang đến:</translation>
    </message>
    <message>
        <source>not brought:</source>
        <translation>chưa mang đến:</translation>
    </message>
    <message>
        <source>%1. Brought: %2</source>
        <translation>%1. Đã mang đến: %2</translation>
    </message>
    <message>
        <source>Submitted to %1 for approval</source>
        <translation>Trình %1 phê duyệt</translation>
    </message>
    <message>
        <source>Approved; back to %1 to issue the result</source>
        <translation>Đã phê duyệt; chuyển lại %1 để ban hành kết quả</translation>
    </message>
    <message>
        <source>The dossier is not with you: only the person (or department) holding it, a leader or an administrator can do this.</source>
        <translation>Hồ sơ không ở chỗ bạn: chỉ người (hoặc bộ phận) đang giữ hồ sơ, lãnh đạo hoặc quản trị mới làm được việc này.</translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation>Tệp đính &amp;kèm</translation>
    </message>
    <message>
        <source>&amp;Attachments (%1)</source>
        <translation>Tệp đính &amp;kèm (%1)</translation>
    </message>
    <message>
        <source>Official code %1 from the province, for the provisional code %2</source>
        <translation>Mã chính thức %1 do tỉnh cấp, thay cho mã tạm %2</translation>
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
    <message>
        <source>Not sent</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <source>Province</source>
        <comment>dossier list column: whether the dossier&apos;s changes were sent to the province</comment>
        <translation>Gửi tỉnh</translation>
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
        <source>&amp;Back to the queues</source>
        <translation>&amp;Quay lại danh sách công việc</translation>
    </message>
    <message>
        <source>Show every dossier again, and choose a work queue on the left</source>
        <translation>Hiện lại tất cả hồ sơ; chọn một danh sách công việc ở bên trái</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::EnrolDialog</name>
    <message>
        <source>Enrol with the province</source>
        <translation>Đăng ký với tỉnh</translation>
    </message>
    <message>
        <source>This counter sends its work to the provincial server and receives the other counters&apos; work from it. The province&apos;s IT gives the server address and a one-time enrolment code for this counter (each code serves once, for 7 days).</source>
        <translation>Quầy này gửi công việc của mình lên máy chủ của tỉnh và nhận công việc của các quầy khác từ đó. Bộ phận công nghệ thông tin của tỉnh cung cấp địa chỉ máy chủ và một mã đăng ký dùng một lần cho quầy này (mỗi mã chỉ dùng một lần, trong 7 ngày).</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Địa chỉ &amp;máy chủ:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>https://dongbo.example.gov.vn</source>
        <translation>https://dongbo.example.gov.vn</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>&amp;Mã đăng ký:</translation>
    </message>
    <message>
        <source>One-time enrolment code</source>
        <translation>Mã đăng ký dùng một lần</translation>
    </message>
    <message>
        <source>ABCD-EFGH-JKLM</source>
        <translation>ABCD-EFGH-JKLM</translation>
    </message>
    <message>
        <source>&amp;Authority file:</source>
        <translation>Tệp chứng thư &amp;gốc:</translation>
    </message>
    <message>
        <source>Certificate authority file (optional)</source>
        <translation>Tệp chứng thư gốc (không bắt buộc)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>Choose the authority file</source>
        <translation>Chọn tệp chứng thư gốc</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>Đăng &amp;ký</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The province&apos;s authority file</source>
        <translation>Tệp chứng thư gốc của tỉnh</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Chứng thư (*.pem *.crt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Enrolling with the province…</source>
        <translation>Đang đăng ký với tỉnh…</translation>
    </message>
    <message>
        <source>Only when the province signs its own certificates: the authority&apos;s .pem file it gave</source>
        <translation>Chỉ khi tỉnh tự ký chứng thư của mình: tệp .pem của tổ chức cấp chứng thư do tỉnh đưa</translation>
    </message>
    <message>
        <source>Optional: a .pem file from the province</source>
        <translation>Không bắt buộc: tệp .pem do tỉnh cấp</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::HandlingDialog</name>
    <message>
        <source>Finish incoming document %1</source>
        <translation>Hoàn thành văn bản đến số %1</translation>
    </message>
    <message>
        <source>Progress of incoming document %1</source>
        <translation>Tiến độ giải quyết văn bản đến số %1</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>Kết quả giải quyết</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Reply document</source>
        <translation>Văn bản trả lời</translation>
    </message>
    <message>
        <source>(no reply document)</source>
        <translation>(không có văn bản trả lời)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>number/symbol – summary</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>&amp;Văn bản trả lời:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Tiến độ:</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn thành</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Ghi nhận</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::HomePage</name>
    <message>
        <source>Hello, %1</source>
        <extracomment>The home page&apos;s greeting; %1 is the person&apos;s full name</extracomment>
        <translation>Xin chào, %1</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Của tôi</translation>
    </message>
    <message>
        <source>Whole center</source>
        <translation>Toàn trung tâm</translation>
    </message>
    <message>
        <source>The dossiers you received or hold now</source>
        <translation>Hồ sơ bạn đã tiếp nhận hoặc đang giữ</translation>
    </message>
    <message>
        <source>Every dossier of the center</source>
        <translation>Tất cả hồ sơ của trung tâm</translation>
    </message>
    <message>
        <source>Today is %1, %2</source>
        <extracomment>The home page&apos;s date line: the weekday, then the date (dd/MM/yyyy)</extracomment>
        <translation>Hôm nay là %1, ngày %2</translation>
    </message>
    <message>
        <source>The numbers could not be read: %1</source>
        <translation>Không đọc được số liệu: %1</translation>
    </message>
    <message>
        <source>Figures as of %1; they follow every change. Press a number to see its dossiers.</source>
        <translation>Số liệu lúc %1, tự cập nhật khi có thay đổi. Bấm vào một ô để xem các hồ sơ.</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::IncomingDialog</name>
    <message>
        <source>Register an incoming document</source>
        <translation>Vào sổ văn bản đến</translation>
    </message>
    <message>
        <source>Issuing agency</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Cấp số</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>e.g. UBND-VP</source>
        <translation>ví dụ UBND-VP</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tên loại văn bản</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>type name (abbreviation)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Trích yếu: what the document is about (Enter registers, Shift+Enter a new line)</source>
        <translation>Trích yếu nội dung văn bản (Enter để vào sổ, Shift+Enter để xuống dòng)</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>Paper or electronic</source>
        <translation>Văn bản giấy hay điện tử</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Giấy</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Điện tử</translation>
    </message>
    <message>
        <source>Arrival date and time</source>
        <translation>Ngày giờ đến</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>không đếm</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s position</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Units or persons receiving it</source>
        <translation>Đơn vị hoặc người nhận</translation>
    </message>
    <message>
        <source>&amp;Reply by</source>
        <translation>&amp;Hạn trả lời</translation>
    </message>
    <message>
        <source>A reply is due</source>
        <translation>Có hạn trả lời</translation>
    </message>
    <message>
        <source>Reply due date</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Register &amp;anyway (it is another document)</source>
        <translation>&amp;Vẫn vào sổ (đây là văn bản khác)</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>Vẫn vào sổ</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>&amp;Ký hiệu:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>Chức &amp;vụ:</translation>
    </message>
    <message>
        <source>Arrival:</source>
        <translation>Vào sổ:</translation>
    </message>
    <message>
        <source>&amp;From (issuing agency):</source>
        <translation>&amp;Tác giả (cơ quan ban hành):</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Ngày văn bản:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Tên &amp;loại:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Trích yếu:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>Độ &amp;khẩn:</translation>
    </message>
    <message>
        <source>&amp;Confidentiality:</source>
        <translation>Độ &amp;mật:</translation>
    </message>
    <message>
        <source>Arri&amp;ved at:</source>
        <translation>Ngày giờ đế&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <source>Pa&amp;ges:</source>
        <translation>Số tra&amp;ng:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Nơi nhận:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Thời hạn:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Vào sổ</translation>
    </message>
    <message>
        <source>Arrival number: unknown (%1)</source>
        <translation>Số đến: chưa xác định (%1)</translation>
    </message>
    <message>
        <source>Arrival number %1 of %2</source>
        <extracomment>The arrival number (số đến) the document will get, and the year of the register</extracomment>
        <translation>Số đến %1 năm %2</translation>
    </message>
    <message>
        <source>Already registered: arrival number %1 of %2, received %3: “%4”. Check that this is not the same document before registering it again.</source>
        <translation>Đã vào sổ: số đến %1 năm %2, ngày đến %3: “%4”. Hãy kiểm tra đây không phải cùng một văn bản trước khi vào sổ lần nữa.</translation>
    </message>
    <message>
        <source>A document with this number, symbol and agency is already registered. Tick “Register anyway” if this is another document.</source>
        <translation>Đã có văn bản cùng số, ký hiệu và cơ quan ban hành trong sổ. Đánh dấu “Vẫn vào sổ” nếu đây là văn bản khác.</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::IncomingPage</name>
    <message>
        <source>Incoming documents</source>
        <translation>Văn bản đến</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Lọc</translation>
    </message>
    <message>
        <source>Filter by summary, agency, number or symbol (no diacritics needed)</source>
        <translation>Lọc theo trích yếu, cơ quan, số hoặc ký hiệu (không cần dấu)</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Danh sách:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Vào sổ…</translation>
    </message>
    <message>
        <source>&amp;Direct…</source>
        <translation>&amp;Chỉ đạo…</translation>
    </message>
    <message>
        <source>Pro&amp;gress…</source>
        <translation>Tiến đ&amp;ộ…</translation>
    </message>
    <message>
        <source>&amp;Finish…</source>
        <translation>&amp;Hoàn thành…</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>Chi &amp;tiết</translation>
    </message>
    <message>
        <source>Action &amp;slip</source>
        <translation>&amp;Phiếu giải quyết</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Xem trước khi in…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Re&amp;gisters…</source>
        <translation>&amp;In sổ…</translation>
    </message>
    <message>
        <source>Could not load the incoming documents: %1</source>
        <translation>Không tải được danh sách văn bản đến: %1</translation>
    </message>
    <message>
        <source>Registered incoming document: arrival number %1 of %2.</source>
        <translation>Đã vào sổ văn bản đến: số đến %1 năm %2.</translation>
    </message>
    <message>
        <source>Incoming document %1 directed to %2.</source>
        <translation>Văn bản đến số %1 đã chuyển cho %2.</translation>
    </message>
    <message>
        <source>Progress recorded on incoming document %1.</source>
        <translation>Đã ghi tiến độ giải quyết văn bản đến số %1.</translation>
    </message>
    <message>
        <source>Incoming document %1 finished.</source>
        <translation>Văn bản đến số %1 đã giải quyết xong.</translation>
    </message>
    <message numerus="yes">
        <source>Registered incoming document: arrival number %1 of %2, %n file(s) attached.</source>
        <translation>
            <numerusform>Đã vào sổ văn bản đến: số đến %1 năm %2, đính kèm %n tệp.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::IncomingTableModel</name>
    <message>
        <source>Overdue · %1</source>
        <extracomment>State column of an overdue document: the word carries the meaning, not the colour</extracomment>
        <translation>Quá hạn · %1</translation>
    </message>
    <message>
        <source>Overdue: the deadline %1 has passed.</source>
        <translation>Quá hạn: đã qua thời hạn %1.</translation>
    </message>
    <message>
        <source>%1: to be registered, presented and handed over at once.</source>
        <translation>%1: phải đăng ký, trình và chuyển giao ngay khi nhận.</translation>
    </message>
    <message>
        <source>Arrival no.</source>
        <extracomment>Column: the arrival number (số đến)</extracomment>
        <translation>Số đến</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>arrival time column</comment>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <source>From</source>
        <comment>issuing agency column</comment>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Number and symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Type and summary</source>
        <translation>Tên loại và trích yếu</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::LockScreen</name>
    <message>
        <source>MotCua Desk is locked</source>
        <translation>MotCua Desk đang khoá</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Also signed in on this computer, their work kept: %1.</source>
        <translation>Cũng đang đăng nhập trên máy này, công việc vẫn được giữ: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Another person signs in</source>
        <translation>Người khác đăng nhập</translation>
    </message>
    <message>
        <source>The screen is locked</source>
        <translation>Màn hình đã khoá</translation>
    </message>
    <message>
        <source>The work of %1 stays open and is shown again when they sign in.</source>
        <translation>Công việc của %1 vẫn được giữ nguyên và sẽ hiện lại khi người đó đăng nhập.</translation>
    </message>
    <message>
        <source>%1 (%2) is signed in. Enter the password to continue: everything stays as it was.</source>
        <translation>%1 (%2) đang đăng nhập. Nhập mật khẩu để tiếp tục: mọi thứ vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khoá</translation>
    </message>
    <message>
        <source>&amp;Back to %1</source>
        <translation>&amp;Quay lại %1</translation>
    </message>
    <message>
        <source>&amp;Another person signs in</source>
        <translation>Người &amp;khác đăng nhập</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
    <message>
        <source>Signed in on this computer, their work kept: %1.</source>
        <translation>Đang đăng nhập trên máy này, công việc vẫn được giữ: %1.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>Đăng nhập bằng tên đăng nhập và mật khẩu của bạn.</translation>
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
    <message>
        <source>This account is disabled. Ask the administrator of the commune.</source>
        <translation>Tài khoản này đã bị khoá. Hãy liên hệ quản trị viên của xã/phường.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for a while. Wait, or ask the administrator.</source>
        <translation>Nhập sai mật khẩu quá nhiều lần: tài khoản tạm thời bị khoá. Hãy chờ, hoặc nhờ quản trị viên.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked until %1 (%n more minute(s)). Wait, or ask the administrator to reset the password.</source>
        <translation>
            <numerusform>Nhập sai mật khẩu quá nhiều lần: tài khoản bị khoá đến %1 (còn %n phút). Hãy chờ, hoặc nhờ quản trị viên đặt lại mật khẩu.</numerusform>
        </translation>
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
        <source>Store: %1</source>
        <translation>Kho dữ liệu: %1</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Người dùng: %1 (%2)</translation>
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
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>Tìm &amp;kiếm…</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>&amp;In giấy tiếp nhận</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Tài khoản</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>Đổi &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Đã đổi mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Khoá màn hình</translation>
    </message>
    <message>
        <source>Received dossier %1, due %2. Ctrl+P prints its receipt.</source>
        <translation>Đã tiếp nhận hồ sơ %1, hẹn trả %2. Bấm Ctrl+P để in giấy tiếp nhận.</translation>
    </message>
    <message>
        <source>Select a dossier in the list to print its receipt.</source>
        <translation>Hãy chọn một hồ sơ trong danh sách để in giấy tiếp nhận.</translation>
    </message>
    <message>
        <source>Dossiers of %1</source>
        <translation>Hồ sơ của %1</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>Close your session and go back to the sign-in screen</source>
        <translation>Đóng phiên làm việc của bạn và trở về màn hình đăng nhập</translation>
    </message>
    <message>
        <source>Close MotCua Desk</source>
        <translation>Đóng MotCua Desk</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Cần xử lý</translation>
    </message>
    <message>
        <source>Why nothing can be saved</source>
        <translation>Lý do không lưu được dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Accept the loss…</source>
        <translation>&amp;Chấp nhận phần bị mất…</translation>
    </message>
    <message>
        <source>This counter continues as a new device, so no dossier code is given twice</source>
        <translation>Quầy này tiếp tục hoạt động như một thiết bị mới, để không mã hồ sơ nào bị cấp hai lần</translation>
    </message>
    <message>
        <source>⚠ Read-only: the data folder %1 cannot be written, so nothing can be saved. You can still look at dossiers, search, print and make backups. Ask the administrator to give this computer&apos;s account write access to that folder (or to unlock or free the disk), then start MotCua Desk again.</source>
        <translation>⚠ Chỉ đọc: không ghi được vào thư mục dữ liệu %1 nên không lưu được gì. Vẫn xem hồ sơ, tìm kiếm, in và sao lưu được. Hãy nhờ quản trị viên cấp quyền ghi thư mục đó cho tài khoản máy tính này (hoặc mở khóa ghi, giải phóng ổ đĩa), rồi mở lại MotCua Desk.</translation>
    </message>
    <message>
        <source>⚠ The data store is damaged: its check found errors, so nothing can be saved, to keep the records safe. You can still look, search and make backups. Make a backup now (Administration › Backup), then ask the administrator to restore the latest good backup or to call the province&apos;s IT.</source>
        <translation>⚠ Kho dữ liệu bị hỏng: khi kiểm tra đã phát hiện lỗi, nên để giữ an toàn cho hồ sơ, hiện không lưu được gì. Vẫn xem, tìm kiếm và sao lưu được. Hãy sao lưu ngay (Quản trị › Sao lưu), rồi nhờ quản trị viên khôi phục bản sao lưu tốt gần nhất hoặc liên hệ bộ phận công nghệ thông tin của tỉnh.</translation>
    </message>
    <message>
        <source>⚠ Changes saved earlier are missing from the data store (its journal file was deleted or lost). So that no dossier code is given twice, nothing can be saved until they come back: close MotCua Desk and start again the program that saved them, or restore a backup. An administrator can also accept the loss; this counter then goes on as a new device.</source>
        <translation>⚠ Một số thay đổi đã lưu trước đây bị thiếu trong kho dữ liệu (tệp nhật ký ghi của kho đã bị xóa hoặc mất). Để không mã hồ sơ nào bị cấp hai lần, sẽ không lưu được gì cho đến khi các thay đổi đó trở lại: hãy đóng MotCua Desk và mở lại chương trình đã lưu chúng, hoặc khôi phục bản sao lưu. Quản trị viên cũng có thể chấp nhận phần bị mất; khi đó quầy này tiếp tục như một thiết bị mới.</translation>
    </message>
    <message>
        <source>Accept the loss</source>
        <translation>Chấp nhận phần bị mất</translation>
    </message>
    <message>
        <source>The changes missing from the data store will not come back on this counter. If another program or a backup still has them, use that instead.

Accept the loss? This counter then goes on as a new device with a code tag of its own, so that no dossier code is given twice.</source>
        <translation>Các thay đổi bị thiếu sẽ không trở lại trên quầy này. Nếu một chương trình khác hay một bản sao lưu vẫn còn giữ chúng, hãy dùng cách đó.

Chấp nhận phần bị mất? Khi đó quầy này tiếp tục như một thiết bị mới với mã quầy riêng, để không mã hồ sơ nào bị cấp hai lần.</translation>
    </message>
    <message>
        <source>&amp;Accept the loss</source>
        <translation>&amp;Chấp nhận</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>Để &amp;sau</translation>
    </message>
    <message>
        <source>The loss was accepted: this counter goes on as %1, and changes can be saved again.</source>
        <translation>Đã chấp nhận phần bị mất: quầy này tiếp tục với mã %1 và đã lưu được thay đổi trở lại.</translation>
    </message>
    <message>
        <source>Do&amp;cuments</source>
        <translation>&amp;Văn bản</translation>
    </message>
    <message>
        <source>Register &amp;incoming document…</source>
        <translation>Vào sổ văn bản đế&amp;n…</translation>
    </message>
    <message>
        <source>New &amp;outgoing draft…</source>
        <translation>Dự thảo văn bản đ&amp;i…</translation>
    </message>
    <message>
        <source>&amp;Print registers…</source>
        <translation>&amp;In sổ…</translation>
    </message>
    <message>
        <source>Unregistered scans</source>
        <translation>Bản quét chưa vào sổ</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::OfficePanel</name>
    <message>
        <source>The centre (printed on the slips)</source>
        <translation>Trung tâm (in trên các phiếu)</translation>
    </message>
    <message>
        <source>&amp;Name of the centre:</source>
        <translation>&amp;Tên trung tâm:</translation>
    </message>
    <message>
        <source>Name of the centre</source>
        <translation>Tên trung tâm</translation>
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
        <source>&amp;Hotline:</source>
        <translation>Đường &amp;dây nóng:</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Đường dây nóng</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Thư điện tử:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Máy tính này</translation>
    </message>
    <message>
        <source>Lock the screen after minutes without use</source>
        <translation>Khoá màn hình sau số phút không dùng</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes suffix</comment>
        <translation> phút</translation>
    </message>
    <message>
        <source>never</source>
        <translation>không bao giờ</translation>
    </message>
    <message>
        <source>&amp;Lock the screen after:</source>
        <translation>&amp;Khoá màn hình sau:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Saved. The screen lock follows the new time within a minute.</source>
        <translation>Đã lưu. Thời gian khoá màn hình mới có hiệu lực trong vòng một phút.</translation>
    </message>
    <message>
        <source>Name of this reception point</source>
        <translation>Tên điểm tiếp nhận của máy này</translation>
    </message>
    <message>
        <source>e.g. Counter 1 - Civil status</source>
        <translation>ví dụ: Quầy 1 - Hộ tịch</translation>
    </message>
    <message>
        <source>&amp;Reception point:</source>
        <translation>Điểm tiếp &amp;nhận:</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::OutgoingDialog</name>
    <message>
        <source>Draft an outgoing document</source>
        <translation>Soạn dự thảo văn bản đi</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tên loại văn bản</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>type name (abbreviation)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Drafting department</source>
        <translation>Đơn vị soạn thảo</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>abbreviation – name</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>Recipients, one per line</source>
        <translation>Nơi nhận, mỗi dòng một nơi</translation>
    </message>
    <message>
        <source>One recipient per line</source>
        <translation>Mỗi dòng một nơi nhận</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số lượng bản</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>chưa xác định</translation>
    </message>
    <message>
        <source>Reply &amp;requested by</source>
        <translation>&amp;Hạn trả lời</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>Planned signer</source>
        <translation>Người ký dự kiến</translation>
    </message>
    <message>
        <source>Signer&apos;s position</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Relation to an earlier document</source>
        <translation>Liên quan đến văn bản trước</translation>
    </message>
    <message>
        <source>(a new document)</source>
        <translation>(văn bản mới)</translation>
    </message>
    <message>
        <source>Earlier document</source>
        <translation>Văn bản trước</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>number/symbol – summary</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Tên &amp;loại:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Trích yếu:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>Độ &amp;khẩn:</translation>
    </message>
    <message>
        <source>&amp;Confidentiality:</source>
        <translation>Độ &amp;mật:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Nơi nhận:</translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation>Số &amp;lượng bản:</translation>
    </message>
    <message>
        <source>Si&amp;gner:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <source>Re&amp;lated to:</source>
        <translation>&amp;Liên quan đến:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Lưu dự thảo</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::OutgoingPage</name>
    <message>
        <source>Outgoing documents</source>
        <translation>Văn bản đi</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Lọc</translation>
    </message>
    <message>
        <source>Filter by summary, number or symbol (no diacritics needed)</source>
        <translation>Lọc theo trích yếu, số hoặc ký hiệu (không cần dấu)</translation>
    </message>
    <message>
        <source>Document numbers are issued on this computer.</source>
        <translation>Số văn bản được cấp trên máy này.</translation>
    </message>
    <message>
        <source>Until the province allots blocks of numbers to each counter, number outgoing documents on one computer only, so that no number is given twice.</source>
        <translation>Cho đến khi tỉnh cấp khối số cho từng quầy, chỉ cấp số văn bản đi trên một máy để không có số nào bị cấp hai lần.</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Danh sách:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;New draft…</source>
        <translation>&amp;Dự thảo mới…</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>Chi &amp;tiết</translation>
    </message>
    <message>
        <source>Re&amp;gisters…</source>
        <translation>&amp;In sổ…</translation>
    </message>
    <message>
        <source>Could not load the outgoing documents: %1</source>
        <translation>Không tải được danh sách văn bản đi: %1</translation>
    </message>
    <message>
        <source>Draft saved: %1</source>
        <translation>Đã lưu dự thảo: %1</translation>
    </message>
    <message>
        <source>Send to (one recipient per line):</source>
        <translation>Gửi đến (mỗi dòng một nơi nhận):</translation>
    </message>
    <message>
        <source>Delivery acknowledged by:</source>
        <translation>Nơi đã ký nhận:</translation>
    </message>
    <message>
        <source>Why is the draft sent back?</source>
        <translation>Lý do trả lại dự thảo?</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::OutgoingTableModel</name>
    <message>
        <source>(not numbered)</source>
        <extracomment>Number column of an outgoing document not numbered yet</extracomment>
        <translation>(chưa cấp số)</translation>
    </message>
    <message>
        <source>Sent back: %1</source>
        <translation>Đã trả lại: %1</translation>
    </message>
    <message>
        <source>Number and symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <source>Type and summary</source>
        <translation>Tên loại và trích yếu</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>Người soạn</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::PendingAttachmentList</name>
    <message>
        <source>Files to attach</source>
        <translation>Các tệp sẽ đính kèm</translation>
    </message>
    <message>
        <source>A&amp;ttach files…</source>
        <translation>Đính &amp;kèm tệp…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>Attach PDFs or scanned images (at most %1 MiB each)</source>
        <translation>Đính kèm tệp PDF hoặc ảnh quét (tối đa %1 MiB mỗi tệp)</translation>
    </message>
    <message>
        <source>Re&amp;move file</source>
        <translation>&amp;Bỏ tệp</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Bỏ tệp đang chọn</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>Chưa đính kèm tệp nào.</translation>
    </message>
    <message>
        <source>Scans and PDFs (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Bản quét và PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation>Chọn một tệp để xem trước.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::PreviewWidget</name>
    <message>
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Hiển thị trang vừa chiều rộng</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Xem trước văn bản</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Xem trước ảnh</translation>
    </message>
    <message>
        <source>Choose a file to see it here.</source>
        <translation>Chọn một tệp để xem tại đây.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password, so it cannot be shown here.</source>
        <translation>Tệp PDF này được bảo vệ bằng mật khẩu nên không xem được tại đây.</translation>
    </message>
    <message>
        <source>This PDF cannot be shown: it is damaged or not a PDF after all.</source>
        <translation>Không hiển thị được tệp PDF này: tệp bị hỏng hoặc thực ra không phải PDF.</translation>
    </message>
    <message>
        <source>TIFF images cannot be shown on this computer (the Qt image formats are not installed); the file is kept all the same.</source>
        <translation>Máy tính này không hiển thị được ảnh TIFF (chưa cài các định dạng ảnh của Qt); tệp vẫn được lưu bình thường.</translation>
    </message>
    <message>
        <source>This image cannot be shown: it is damaged.</source>
        <translation>Không hiển thị được ảnh này: ảnh bị hỏng.</translation>
    </message>
    <message>
        <source>This file is neither a PDF nor an image, so there is no preview.</source>
        <translation>Tệp này không phải PDF cũng không phải ảnh nên không xem trước được.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
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
    <message>
        <source>&amp;Print the receipt after saving</source>
        <translation>&amp;In giấy tiếp nhận sau khi lưu</translation>
    </message>
    <message>
        <source>Print the receipt after saving</source>
        <translation>In giấy tiếp nhận sau khi lưu</translation>
    </message>
    <message>
        <source>Until it is set, a dossier received now is due today.</source>
        <translation>Khi chưa có thời hạn, hồ sơ tiếp nhận bây giờ được hẹn trả trong hôm nay.</translation>
    </message>
    <message>
        <source>From the national portal: %1</source>
        <translation>Theo Cổng Dịch vụ công quốc gia: %1</translation>
    </message>
    <message>
        <source>Result due:</source>
        <translation>Hẹn trả kết quả:</translation>
    </message>
    <message>
        <source>Appointment date for the result</source>
        <translation>Ngày hẹn trả kết quả</translation>
    </message>
    <message>
        <source>Choose a procedure to see when the result is due.</source>
        <translation>Chọn thủ tục để xem ngày hẹn trả kết quả.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, %2&lt;/b&gt;</source>
        <extracomment>The appointment shown before saving: time, weekday and date</extracomment>
        <translation>&lt;b&gt;%1, %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The catalog does not state the time unit: counted as working days.</source>
        <translation>Danh mục không ghi đơn vị thời hạn: tính theo ngày làm việc.</translation>
    </message>
    <message>
        <source>No paper was ticked as received. Save the dossier anyway?</source>
        <translation>Chưa đánh dấu giấy tờ nào đã nhận. Vẫn lưu hồ sơ?</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Vẫn lưu</translation>
    </message>
    <message>
        <source>&amp;Go back to the papers</source>
        <translation>&amp;Quay lại thành phần hồ sơ</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::RecordSyncState</name>
    <message>
        <source>Not sent</source>
        <extracomment>Sync column of the lists: this counter&apos;s changes to the record wait to be sent</extracomment>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <source>Not sent to the province yet</source>
        <translation>Chưa gửi lên tỉnh</translation>
    </message>
    <message>
        <source>Sent to the province</source>
        <translation>Đã gửi lên tỉnh</translation>
    </message>
    <message>
        <source>Province</source>
        <comment>list column: whether the record&apos;s changes were sent to the province</comment>
        <translation>Gửi tỉnh</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::RecoveryDialog</name>
    <message>
        <source>MotCua Desk — the data store is damaged</source>
        <translation>MotCua Desk — kho dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>The data store cannot be used</source>
        <translation>Không dùng được kho dữ liệu</translation>
    </message>
    <message>
        <source>MotCua Desk opened the data file %1, but its check found damage (for example after a power cut or a failing disk).</source>
        <translation>MotCua Desk đã mở được tệp dữ liệu %1 nhưng khi kiểm tra thấy bị hỏng (ví dụ sau khi mất điện hoặc ổ đĩa bị lỗi).</translation>
    </message>
    <message>
        <source>MotCua Desk cannot read the data file %1: it is damaged or unreadable.</source>
        <translation>MotCua Desk không đọc được tệp dữ liệu %1: tệp bị hỏng hoặc không đọc được.</translation>
    </message>
    <message>
        <source>Nothing has been changed and nothing will be overwritten: the damaged file stays exactly as it is, so the province&apos;s IT can still examine it. Choose what to do:</source>
        <translation>Chưa có gì bị thay đổi và sẽ không ghi đè lên gì cả: tệp bị hỏng được giữ nguyên để bộ phận CNTT của tỉnh có thể kiểm tra. Hãy chọn cách xử lý:</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Chi tiết kỹ thuật</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Choose a backup file; it is checked and restored into a new, empty folder.</source>
        <translation>Chọn một tệp sao lưu; tệp được kiểm tra rồi khôi phục vào một thư mục mới, trống.</translation>
    </message>
    <message>
        <source>&amp;Save the readable data…</source>
        <translation>&amp;Xuất dữ liệu đọc được…</translation>
    </message>
    <message>
        <source>&amp;Copy the damaged file…</source>
        <translation>&amp;Sao chép tệp bị hỏng…</translation>
    </message>
    <message>
        <source>Writes every record that can still be read to a file for the province&apos;s IT.</source>
        <translation>Ghi mọi bản ghi còn đọc được ra một tệp để gửi bộ phận CNTT của tỉnh.</translation>
    </message>
    <message>
        <source>Copies the damaged file elsewhere (a USB disk) for the province&apos;s IT.</source>
        <translation>Sao chép tệp bị hỏng sang nơi khác (ổ USB) để gửi bộ phận CNTT của tỉnh.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Đã khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>The backup was restored into %1. The damaged file was not changed.

%2</source>
        <translation>Bản sao lưu đã được khôi phục vào %1. Tệp bị hỏng không bị thay đổi.

%2</translation>
    </message>
    <message>
        <source>&amp;Open it now</source>
        <translation>&amp;Mở ngay</translation>
    </message>
    <message>
        <source>Choose another file: the damaged file is never overwritten.</source>
        <translation>Hãy chọn tệp khác: không bao giờ ghi đè lên tệp bị hỏng.</translation>
    </message>
    <message>
        <source>The data could not be read: %1</source>
        <translation>Không đọc được dữ liệu: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>The file cannot be copied to %1: %2</source>
        <translation>Không sao chép được tệp sang %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1. Give this file to the province&apos;s IT.</source>
        <translation>Đã lưu vào %1. Hãy gửi tệp này cho bộ phận CNTT của tỉnh.</translation>
    </message>
    <message>
        <source>Save the readable data</source>
        <translation>Xuất dữ liệu đọc được</translation>
    </message>
    <message>
        <source>Copy the damaged file</source>
        <translation>Sao chép tệp bị hỏng</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::RegisterPrintDialog</name>
    <message>
        <source>Incoming register</source>
        <translation>Sổ đăng ký văn bản đến</translation>
    </message>
    <message>
        <source>Outgoing register</source>
        <translation>Sổ đăng ký văn bản đi</translation>
    </message>
    <message>
        <source>Incoming follow-up register</source>
        <translation>Sổ theo dõi giải quyết văn bản đến</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Xem trước khi in: %1</translation>
    </message>
    <message>
        <source>Print preview: action slip</source>
        <translation>Xem trước khi in: phiếu giải quyết văn bản đến</translation>
    </message>
    <message>
        <source>Action slip</source>
        <translation>Phiếu giải quyết văn bản đến</translation>
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
        <source>Print a register</source>
        <translation>In sổ</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Sổ</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>&amp;Only from</source>
        <translation>&amp;Chỉ từ ngày</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Ngày đầu</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ngày cuối</translation>
    </message>
    <message>
        <source>until</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Number series</source>
        <translation>Sổ số</translation>
    </message>
    <message>
        <source>Every series (one book each)</source>
        <translation>Mọi sổ số (mỗi sổ một quyển)</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Sổ:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>&amp;Sổ số:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Xem trước…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Lưu thành &amp;PDF…</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Đã lưu thành %1</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::RegistersPanel</name>
    <message>
        <source>Abbreviations in the symbols (ký hiệu)</source>
        <translation>Chữ viết tắt trong ký hiệu văn bản</translation>
    </message>
    <message>
        <source>Issuer abbreviation</source>
        <translation>Chữ viết tắt tên cơ quan ban hành</translation>
    </message>
    <message>
        <source>Default department of a công văn</source>
        <translation>Đơn vị mặc định của công văn</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>&amp;Department of a công văn when none is given:</source>
        <translation>Đơn &amp;vị của công văn khi không ghi:</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Viết tắt</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>Các đơn vị:</translation>
    </message>
    <message>
        <source>Add a department</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Number series of outgoing documents</source>
        <translation>Hệ thống số của văn bản đi</translation>
    </message>
    <message>
        <source>Each series numbers from 01 on 1 January. A series that lists no types takes every type no other series lists; classified documents have their own series. An advisory body with its own seal gets a series with its own issuer.</source>
        <translation>Mỗi hệ thống số bắt đầu từ số 01 vào ngày 01 tháng 01. Hệ thống không ghi loại văn bản nhận mọi loại mà hệ thống khác không ghi; văn bản mật có hệ thống số riêng. Tổ chức tư vấn có con dấu riêng được một hệ thống số với tên cơ quan ban hành riêng.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Types (e.g. QĐ TB)</source>
        <translation>Loại văn bản (vd. QĐ TB)</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Mật</translation>
    </message>
    <message>
        <source>Own issuer</source>
        <translation>Cơ quan ban hành riêng</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Ký hiệu thêm</translation>
    </message>
    <message>
        <source>Add a series</source>
        <translation>Thêm hệ thống số</translation>
    </message>
    <message>
        <source>&amp;Save the registers</source>
        <translation>&amp;Lưu sổ văn bản</translation>
    </message>
    <message>
        <source>Numbers are issued on this counter: a commune with several counters enrols them with the province, which then allots each its blocks.</source>
        <translation>Số văn bản được cấp trên máy này: xã có nhiều quầy hãy đăng ký các máy với tỉnh, tỉnh sẽ cấp cho mỗi máy các khối số.</translation>
    </message>
    <message>
        <source>Numbers come from blocks the province allots this counter, per series.</source>
        <translation>Số văn bản lấy từ các khối số tỉnh cấp cho máy này, theo từng hệ thống số.</translation>
    </message>
    <message>
        <source>Saved. Documents numbered from now on follow these series.</source>
        <translation>Đã lưu. Văn bản được cấp số từ nay theo các hệ thống số này.</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::RenameUserDialog</name>
    <message>
        <source>Rename the account %1</source>
        <translation>Đổi tên đăng nhập của tài khoản %1</translation>
    </message>
    <message>
        <source>New user name</source>
        <translation>Tên đăng nhập mới</translation>
    </message>
    <message>
        <source>&amp;New user name:</source>
        <translation>Tên đăng nhập &amp;mới:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>for example %1.hai or %1.tn</source>
        <extracomment>Placeholder of the new user name: the old one with something added</extracomment>
        <translation>ví dụ %1.hai hoặc %1.tn</translation>
    </message>
    <message>
        <source>Type the account&apos;s new user name.</source>
        <translation>Hãy nhập tên đăng nhập mới của tài khoản.</translation>
    </message>
    <message>
        <source>Type a user name other than %1.</source>
        <translation>Hãy nhập một tên đăng nhập khác %1.</translation>
    </message>
    <message>
        <source>Tell the person their new user name; their password stays.</source>
        <translation>Hãy báo tên đăng nhập mới cho người dùng; mật khẩu vẫn giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::ReportCharts</name>
    <message>
        <source>per day</source>
        <translation>theo ngày</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>theo tuần</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>theo tháng</translation>
    </message>
    <message>
        <source>Finished</source>
        <extracomment>A chart&apos;s series: the dossiers whose processing ended with a result (early, on time or late)</extracomment>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <extracomment>A pie slice: what it counts, how many, their share of the finished dossiers</extracomment>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source>no dossier finished in the period</source>
        <extracomment>The on-time chart of a period in which no dossier was finished</extracomment>
        <translation>chưa có hồ sơ nào giải quyết xong trong kỳ</translation>
    </message>
    <message>
        <source>Received and finished</source>
        <translation>Tiếp nhận và giải quyết</translation>
    </message>
    <message>
        <source>Finished early, on time and late</source>
        <translation>Trước hạn, đúng hạn và quá hạn</translation>
    </message>
    <message>
        <source>By field</source>
        <translation>Theo lĩnh vực</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::ReportSheet</name>
    <message>
        <source>Total</source>
        <extracomment>The row of a report with the whole center&apos;s figures</extracomment>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>A report row whose group is not known (a dossier without a field, say)</extracomment>
        <translation>(không rõ)</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Ngày đầu kỳ</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Ngày cuối kỳ</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation>T&amp;háng này</translation>
    </message>
    <message>
        <source>This &amp;quarter</source>
        <translation>&amp;Quý này</translation>
    </message>
    <message>
        <source>This &amp;year</source>
        <translation>Năm na&amp;y</translation>
    </message>
    <message>
        <source>Dossier tracking register</source>
        <translation>Sổ theo dõi hồ sơ</translation>
    </message>
    <message>
        <source>Every dossier received in the period, in the order received, with its appointment, hand-overs and result (form 07 of Circular 03/2025/TT-VPCP), on A4 landscape.</source>
        <translation>Mọi hồ sơ tiếp nhận trong kỳ, theo thứ tự tiếp nhận, kèm ngày hẹn trả, các lần bàn giao và kết quả (Mẫu số 07, Thông tư số 03/2025/TT-VPCP), khổ A4 ngang.</translation>
    </message>
    <message>
        <source>&amp;Print dossier tracking register…</source>
        <translation>&amp;In sổ theo dõi hồ sơ…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu P&amp;DF…</translation>
    </message>
    <message>
        <source>Co&amp;unt again</source>
        <translation>Đếm &amp;lại</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>Ngày cuối kỳ đứng trước ngày đầu kỳ.</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2 (%n day(s))</source>
        <extracomment>A reporting period: first day, last day, then how many days it has</extracomment>
        <translation>
            <numerusform>Từ %1 đến %2 (%n ngày)</numerusform>
        </translation>
    </message>
    <message>
        <source>Group the figures by</source>
        <translation>Phân nhóm số liệu theo</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Phân theo:</translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>&amp;Hôm nay</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>T&amp;uần này</translation>
    </message>
    <message>
        <source>&amp;Reporting month (15th–14th)</source>
        <extracomment>Decree 09/2019/NĐ-CP: the monthly reporting period runs from the 15th of last month to the 14th</extracomment>
        <translation>&amp;Kỳ báo cáo tháng (15–14)</translation>
    </message>
    <message>
        <source>Reporting q&amp;uarter</source>
        <translation>Kỳ báo cáo qu&amp;ý</translation>
    </message>
    <message>
        <source>Reporting y&amp;ear</source>
        <translation>Kỳ báo cáo nă&amp;m</translation>
    </message>
    <message>
        <source>Decree 09/2019:</source>
        <extracomment>Before the buttons of the reporting periods of Decree 09/2019/NĐ-CP (the 15th to the 14th)</extracomment>
        <translation>Theo Nghị định 09/2019:</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>&amp;Xuất PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Xuất &amp;CSV…</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>The figures of the period</source>
        <translation>Số liệu của kỳ</translation>
    </message>
    <message>
        <source>Official documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Incoming received:</source>
        <translation>Văn bản đến tiếp nhận:</translation>
    </message>
    <message>
        <source>Incoming handled on time:</source>
        <translation>Văn bản đến giải quyết đúng hạn:</translation>
    </message>
    <message>
        <source>Incoming handled late:</source>
        <translation>Văn bản đến giải quyết quá hạn:</translation>
    </message>
    <message>
        <source>Incoming still pending:</source>
        <translation>Văn bản đến đang giải quyết:</translation>
    </message>
    <message>
        <source>of which past the deadline:</source>
        <translation>trong đó quá hạn:</translation>
    </message>
    <message>
        <source>Outgoing issued:</source>
        <translation>Văn bản đi phát hành:</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Không tính được số liệu: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An outgoing document type and how many were issued: &quot;Quyết định: 3&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Counted at %1.</source>
        <extracomment>When the figures shown were counted</extracomment>
        <translation>Số liệu tính lúc %1.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Không lưu được báo cáo: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Xuất báo cáo ra tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Xuất báo cáo ra tệp CSV</translation>
    </message>
    <message>
        <source>CSV files for Excel (*.csv)</source>
        <translation>Tệp CSV cho Excel (*.csv)</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::ResolveDialog</name>
    <message>
        <source>Mark resolved: %1</source>
        <translation>Đánh dấu đã xử lý: %1</translation>
    </message>
    <message>
        <source>&amp;What was done about it:</source>
        <translation>&amp;Đã làm gì để xử lý:</translation>
    </message>
    <message>
        <source>What was done about it</source>
        <translation>Đã làm gì để xử lý</translation>
    </message>
    <message>
        <source>For example: the result had been returned at counter 1; nothing more to do.</source>
        <translation>Ví dụ: kết quả đã được trả tại quầy 1; không cần làm gì thêm.</translation>
    </message>
    <message>
        <source>Everyone sees the note, on every counter of the commune.</source>
        <translation>Mọi người đều thấy ghi chú này, trên mọi quầy của đơn vị.</translation>
    </message>
    <message>
        <source>&amp;Mark resolved</source>
        <translation>Đánh dấu đã xử &amp;lý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Say in a few words what was done about it.</source>
        <translation>Hãy ghi vắn tắt đã làm gì để xử lý.</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::ScanInboxPage</name>
    <message>
        <source>&lt;b&gt;Unregistered scans&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bản quét chưa vào sổ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Scanner &amp;folder…</source>
        <translation>&amp;Thư mục máy quét…</translation>
    </message>
    <message>
        <source>The folder your scanner saves into, on this computer</source>
        <translation>Thư mục máy quét lưu tệp vào, trên máy tính này</translation>
    </message>
    <message>
        <source>Scans waiting</source>
        <translation>Bản quét đang chờ</translation>
    </message>
    <message>
        <source>&amp;Register as an incoming document…</source>
        <translation>&amp;Vào sổ văn bản đến…</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Loại hồ sơ</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Incoming document</source>
        <translation>Văn bản đến</translation>
    </message>
    <message>
        <source>Outgoing document</source>
        <translation>Văn bản đi</translation>
    </message>
    <message>
        <source>Record code or id</source>
        <translation>Mã hồ sơ hoặc mã văn bản</translation>
    </message>
    <message>
        <source>Dossier code, or the document&apos;s id</source>
        <translation>Mã hồ sơ, hoặc mã của văn bản</translation>
    </message>
    <message>
        <source>Attach &amp;to</source>
        <translation>Đính kèm &amp;vào</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>Đính &amp;kèm</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Bỏ qua</translation>
    </message>
    <message>
        <source>Take it out of this list without using it (it is kept in the scanner folder&apos;s .motcua-dismissed folder)</source>
        <translation>Đưa ra khỏi danh sách mà không dùng (tệp vẫn được giữ trong thư mục .motcua-dismissed của thư mục máy quét)</translation>
    </message>
    <message>
        <source>No scanner folder is set: choose the folder your scanner saves into.</source>
        <translation>Chưa chọn thư mục máy quét: hãy chọn thư mục máy quét lưu tệp vào.</translation>
    </message>
    <message>
        <source>Scanner folder: %1</source>
        <translation>Thư mục máy quét: %1</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>No scan is waiting.</source>
        <translation>Không có bản quét nào đang chờ.</translation>
    </message>
    <message>
        <source>The scanner&apos;s folder</source>
        <translation>Thư mục của máy quét</translation>
    </message>
    <message>
        <source>No record %1 was found: check the code.</source>
        <translation>Không tìm thấy hồ sơ %1: hãy kiểm tra lại mã.</translation>
    </message>
    <message>
        <source>%1 was attached to %2.</source>
        <translation>Đã đính kèm %1 vào %2.</translation>
    </message>
    <message>
        <source>The scan was taken out of the list.</source>
        <translation>Đã đưa bản quét ra khỏi danh sách.</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::SearchPanel</name>
    <message>
        <source>Search dossiers, applicants and procedures</source>
        <translation>Tìm hồ sơ, người nộp và thủ tục</translation>
    </message>
    <message>
        <source>Search: code, name, citizen ID, procedure… (Ctrl+K)</source>
        <translation>Tìm: mã hồ sơ, họ tên, số định danh, thủ tục… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search dossiers, applicants and procedures (Ctrl+F, Ctrl+K). Diacritics are optional.</source>
        <translation>Tìm hồ sơ, người nộp và thủ tục (Ctrl+F, Ctrl+K). Gõ có dấu hay không dấu đều được.</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiện:</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter open · Esc close</source>
        <translation>↑↓ chọn · Enter mở · Esc đóng</translation>
    </message>
    <message>
        <source>Tick at least one kind of record to search.</source>
        <translation>Hãy đánh dấu ít nhất một loại để tìm.</translation>
    </message>
    <message>
        <source>Search is not available: %1</source>
        <translation>Không tìm kiếm được: %1</translation>
    </message>
    <message>
        <source>exact match</source>
        <translation>khớp chính xác</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Không có kết quả nào cho &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Filter the dossiers by state, date received, field, procedure and assignee</source>
        <translation>Lọc hồ sơ theo trạng thái, ngày tiếp nhận, lĩnh vực, thủ tục và người xử lý</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Trạng thái</translation>
    </message>
    <message>
        <source>any</source>
        <translation>bất kỳ</translation>
    </message>
    <message>
        <source>Received &amp;from</source>
        <translation>Tiếp nhận &amp;từ</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>đế&amp;n</translation>
    </message>
    <message>
        <source>F&amp;ield</source>
        <translation>&amp;Lĩnh vực</translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation>Thủ tụ&amp;c</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Bất kỳ ai</translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation>Người &amp;xử lý</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa lọc</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Xóa mọi bộ lọc</translation>
    </message>
    <message>
        <source>Filters</source>
        <extracomment>The search popup&apos;s filter button; %1 is how many filters are set</extracomment>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Bộ lọc (%1)</translation>
    </message>
    <message>
        <source>More results…</source>
        <translation>Thêm kết quả…</translation>
    </message>
    <message>
        <source>Every match, newest first…</source>
        <translation>Mọi kết quả, mới nhất trước…</translation>
    </message>
    <message>
        <source>No dossier matches &quot;%1&quot; with these filters.</source>
        <extracomment>The search popup when nothing matches what was typed</extracomment>
        <translation>Không có hồ sơ nào khớp “%1” với các bộ lọc này.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
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
    <message>
        <source>Set up a &amp;new office</source>
        <translation>Thiết lập đơn vị &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Join an existing office</source>
        <translation>Tham gia đơn vị đã &amp;có</translation>
    </message>
    <message>
        <source>Make this computer another counter of an office that already works with MotCua Desk: choose a bundle made on its first counter (Administration › Bundles › Export a bundle), then sign in with an administrator account of that office. The accounts, the catalog and the records come with the bundle.</source>
        <translation>Đặt máy này làm một quầy nữa của đơn vị đã dùng MotCua Desk: chọn gói dữ liệu lập ở quầy đầu tiên (Quản trị › Gói dữ liệu › Xuất gói dữ liệu), rồi đăng nhập bằng một tài khoản quản trị của đơn vị đó. Tài khoản, danh mục thủ tục và hồ sơ đi kèm trong gói.</translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation>&amp;Gói dữ liệu:</translation>
    </message>
    <message>
        <source>Bundle file made on the first counter</source>
        <translation>Tệp gói dữ liệu lập ở quầy đầu tiên</translation>
    </message>
    <message>
        <source>The .bundle file on the USB stick</source>
        <translation>Tệp .bundle trên USB</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>What the bundle holds</source>
        <translation>Nội dung gói dữ liệu</translation>
    </message>
    <message>
        <source>User name of an administrator of the office</source>
        <translation>Tên đăng nhập của một quản trị viên của đơn vị</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <source>Password of that administrator</source>
        <translation>Mật khẩu của quản trị viên đó</translation>
    </message>
    <message>
        <source>Welcome. This computer has no data yet: it joins an office that already works with MotCua Desk, as one more counter.</source>
        <translation>Xin chào. Máy này chưa có dữ liệu: máy sẽ tham gia một đơn vị đã dùng MotCua Desk, như một quầy nữa.</translation>
    </message>
    <message>
        <source>&amp;Join the office</source>
        <translation>&amp;Tham gia đơn vị</translation>
    </message>
    <message>
        <source>Choose the bundle first: what it holds is shown before anything is set up.</source>
        <translation>Hãy chọn gói dữ liệu trước: nội dung gói được hiển thị trước khi thiết lập bất cứ điều gì.</translation>
    </message>
    <message>
        <source>The bundle made on the first counter</source>
        <translation>Gói dữ liệu lập ở quầy đầu tiên</translation>
    </message>
    <message>
        <source>MotCua bundles (*.bundle);;All files (*)</source>
        <translation>Gói dữ liệu MotCua (*.bundle);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>Đang đọc gói dữ liệu…</translation>
    </message>
    <message>
        <source>Taking in the office&apos;s data…</source>
        <translation>Đang nhận dữ liệu của đơn vị…</translation>
    </message>
    <message>
        <source>Wrong user name or password for an administrator of %1. Nothing was set up; try again.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu quản trị viên của %1. Chưa thiết lập gì; hãy thử lại.</translation>
    </message>
    <message>
        <source>%1 is not an administrator of the office: only an administrator can set up a new counter. Nothing was set up.</source>
        <translation>%1 không phải quản trị viên của đơn vị: chỉ quản trị viên mới thiết lập được quầy mới. Chưa thiết lập gì.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was set up.</source>
        <translation>Đã hủy: chưa thiết lập gì.</translation>
    </message>
    <message>
        <source>Nothing was set up: %1</source>
        <translation>Chưa thiết lập gì: %1</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::SyncHistoryModel</name>
    <message>
        <source>Succeeded</source>
        <extracomment>A sync run in the history: how it ended</extracomment>
        <translation>Thành công</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Không thành công</translation>
    </message>
    <message>
        <source>%1

Detail: %2</source>
        <translation>%1

Chi tiết: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>sync history column</comment>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>sync history column</comment>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>sync history column: events sent to the province</comment>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>sync history column: events received from the province</comment>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Problem</source>
        <comment>sync history column</comment>
        <translation>Sự cố</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::SyncIndicator</name>
    <message>
        <source>Sync progress</source>
        <translation>Tiến độ đồng bộ</translation>
    </message>
    <message>
        <source>Sync: not enrolled with the province</source>
        <translation>Đồng bộ: chưa đăng ký với tỉnh</translation>
    </message>
    <message>
        <source>Sync: sending %1 of %2…</source>
        <translation>Đồng bộ: đang gửi %1/%2…</translation>
    </message>
    <message>
        <source>Sync: sending…</source>
        <translation>Đồng bộ: đang gửi…</translation>
    </message>
    <message>
        <source>Sync: receiving… %1</source>
        <translation>Đồng bộ: đang nhận… %1</translation>
    </message>
    <message>
        <source>Sync: receiving…</source>
        <translation>Đồng bộ: đang nhận…</translation>
    </message>
    <message>
        <source>⚠ Sync stopped: needs attention</source>
        <translation>⚠ Đồng bộ tạm dừng: cần xem xét</translation>
    </message>
    <message numerus="yes">
        <source>Sync: offline since %1 · %n waiting</source>
        <translation>
            <numerusform>Đồng bộ: mất kết nối từ %1 · %n chưa gửi</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: offline since %1</source>
        <translation>Đồng bộ: mất kết nối từ %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Sync: the last attempt failed · %n waiting</source>
        <translation>
            <numerusform>⚠ Đồng bộ: lần gần nhất không thành công · %n chưa gửi</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Sync: the last attempt failed</source>
        <translation>⚠ Đồng bộ: lần gần nhất không thành công</translation>
    </message>
    <message numerus="yes">
        <source>Sync: online, last at %1 · %n waiting</source>
        <translation>
            <numerusform>Đồng bộ: trực tuyến, lần cuối %1 · %n chưa gửi</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: online, last at %1</source>
        <translation>Đồng bộ: trực tuyến, lần cuối %1</translation>
    </message>
    <message numerus="yes">
        <source>Sync: not synced yet · %n waiting</source>
        <translation>
            <numerusform>Đồng bộ: chưa đồng bộ lần nào · %n chưa gửi</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: not synced yet</source>
        <translation>Đồng bộ: chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <source>This counter is not enrolled with the province: its work stays here (bundles still carry it to the other counters).</source>
        <translation>Quầy này chưa đăng ký với tỉnh: công việc được giữ ở đây (gói dữ liệu vẫn mang được sang các quầy khác).</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Máy chủ: %1</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent: %n event(s)</source>
        <translation>
            <numerusform>Chờ gửi: %n sự kiện</numerusform>
        </translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Thành công gần nhất: %1</translation>
    </message>
    <message>
        <source>Last success: never</source>
        <translation>Thành công gần nhất: chưa có</translation>
    </message>
    <message>
        <source>Next automatic sync: %1</source>
        <translation>Lần tự động đồng bộ tới: %1</translation>
    </message>
    <message>
        <source>Click to open the Synchronisation page.</source>
        <translation>Bấm để mở trang Đồng bộ.</translation>
    </message>
    <message>
        <source>Sync: state unknown</source>
        <translation>Đồng bộ: chưa rõ tình trạng</translation>
    </message>
    <message>
        <source>not checked yet (the first sync checks it)</source>
        <translation>chưa kiểm tra (lần đồng bộ đầu tiên sẽ kiểm tra)</translation>
    </message>
    <message>
        <source>right (checked at %1)</source>
        <translation>đúng giờ (kiểm tra lúc %1)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n minute(s) ahead of the province&apos;s (checked at %1): set this computer&apos;s clock right, the dates on receipts and registers follow it</source>
        <translation>
            <numerusform>⚠ Nhanh %n phút so với máy chủ của tỉnh (kiểm tra lúc %1): hãy chỉnh lại đồng hồ máy này, ngày giờ trên giấy tiếp nhận và sổ theo đồng hồ này</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n minute(s) behind the province&apos;s (checked at %1): set this computer&apos;s clock right, the dates on receipts and registers follow it</source>
        <translation>
            <numerusform>⚠ Chậm %n phút so với máy chủ của tỉnh (kiểm tra lúc %1): hãy chỉnh lại đồng hồ máy này, ngày giờ trên giấy tiếp nhận và sổ theo đồng hồ này</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Clock off · %1</source>
        <comment>the sync summary</comment>
        <translation>⚠ Đồng hồ lệch · %1</translation>
    </message>
    <message>
        <source>Clock: %1</source>
        <translation>Đồng hồ: %1</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::SyncPage</name>
    <message>
        <source>Synchronisation with the province</source>
        <translation>Đồng bộ với tỉnh</translation>
    </message>
    <message>
        <source>This counter keeps all its work here and sends it to the provincial server whenever the line is up, every few minutes and soon after each change; it receives the other counters&apos; work the same way. Nothing at the counter waits for it.</source>
        <translation>Quầy này giữ mọi công việc tại máy và gửi lên máy chủ của tỉnh mỗi khi có mạng, vài phút một lần và ngay sau mỗi thay đổi; công việc của các quầy khác được nhận về theo cách đó. Việc ở quầy không phải chờ đồng bộ.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Tình trạng:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Chờ gửi lên tỉnh:</translation>
    </message>
    <message>
        <source>Last success:</source>
        <translation>Thành công gần nhất:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Lỗi gần nhất:</translation>
    </message>
    <message>
        <source>Next automatic sync:</source>
        <translation>Lần tự động tới:</translation>
    </message>
    <message>
        <source>Why sync is stopped</source>
        <translation>Lý do đồng bộ tạm dừng</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Thử &amp;lại</translation>
    </message>
    <message>
        <source>Once the cause was dealt with: lift the stop and sync once more</source>
        <translation>Khi đã xử lý xong nguyên nhân: bỏ tạm dừng và đồng bộ lại một lần</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Đồng bộ &amp;ngay</translation>
    </message>
    <message>
        <source>Send what waits here and receive the other counters&apos; work, now</source>
        <translation>Gửi ngay những gì đang chờ ở đây và nhận công việc của các quầy khác</translation>
    </message>
    <message>
        <source>&amp;Enrol with the province…</source>
        <translation>Đăng &amp;ký với tỉnh…</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Tiến độ đồng bộ</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Các lần đồng bộ gần đây</translation>
    </message>
    <message>
        <source>Recent sync runs</source>
        <translation>Các lần đồng bộ gần đây</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Tự động đồng bộ</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation>Số phút giữa hai lần tự động đồng bộ</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Suffix of the spin box &quot;every N minutes&quot;</extracomment>
        <translation> phút</translation>
    </message>
    <message>
        <source>&amp;Quiet hours: no automatic sync from</source>
        <translation>&amp;Giờ nghỉ: không tự động đồng bộ từ</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Giờ nghỉ bắt đầu</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Giờ nghỉ kết thúc</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Đồng bộ &amp;mỗi:</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two times of the quiet hours: &quot;from 22:00 to 06:00&quot;</extracomment>
        <translation>đến</translation>
    </message>
    <message>
        <source>(Vietnam time)</source>
        <extracomment>After the quiet hours&apos; end</extracomment>
        <translation>(giờ Việt Nam)</translation>
    </message>
    <message numerus="yes">
        <source>Saved: a sync every %n minute(s), none from %1 to %2.</source>
        <translation>
            <numerusform>Đã lưu: đồng bộ mỗi %n phút, không đồng bộ từ %1 đến %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: a sync every %n minute(s), at any hour.</source>
        <translation>
            <numerusform>Đã lưu: đồng bộ mỗi %n phút, vào mọi giờ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enrolled with the province: the work stays on this counter (bundles still carry it to the others).</source>
        <translation>Chưa đăng ký với tỉnh: công việc được giữ ở quầy này (gói dữ liệu vẫn mang được sang các quầy khác).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n sự kiện</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <source>Offline since %1. %2</source>
        <translation>Mất kết nối từ %1. %2</translation>
    </message>
    <message>
        <source>none (not enrolled)</source>
        <translation>không có (chưa đăng ký)</translation>
    </message>
    <message>
        <source>none: a refusal needs attention first</source>
        <translation>không có: cần xem xét lần bị từ chối trước</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>đang chạy</translation>
    </message>
    <message>
        <source>not in this window</source>
        <translation>không chạy trong cửa sổ này</translation>
    </message>
    <message numerus="yes">
        <source>%1 (a retry: %n failed attempt(s) in a row)</source>
        <translation>
            <numerusform>%1 (thử lại: đã %n lần liên tiếp không thành công)</numerusform>
        </translation>
    </message>
    <message>
        <source>soon</source>
        <translation>sắp tới</translation>
    </message>
    <message>
        <source>⚠ Sync is stopped until a person looks: %1</source>
        <translation>⚠ Đồng bộ tạm dừng cho đến khi có người xem xét: %1</translation>
    </message>
    <message>
        <source>Sync runs in the main window of MotCua Desk.</source>
        <translation>Đồng bộ chạy trong cửa sổ chính của MotCua Desk.</translation>
    </message>
    <message>
        <source>&amp;Enrol again…</source>
        <translation>Đăng &amp;ký lại…</translation>
    </message>
    <message>
        <source>Sending this counter&apos;s work…</source>
        <translation>Đang gửi công việc của quầy này…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Receiving the other counters&apos; work…</source>
        <translation>Đang nhận công việc của các quầy khác…</translation>
    </message>
    <message>
        <source>Syncing with the province…</source>
        <translation>Đang đồng bộ với tỉnh…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) sent</source>
        <translation>
            <numerusform>đã gửi %n sự kiện</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>đã nhận %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: %1, %2; %3 still waiting.</source>
        <comment>sent, received, waiting</comment>
        <translation>Đã đồng bộ: %1, %2; còn %3 đang chờ.</translation>
    </message>
    <message>
        <source>Synced: %1, %2; nothing waits to be sent.</source>
        <comment>sent, received</comment>
        <translation>Đã đồng bộ: %1, %2; không còn gì chờ gửi.</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) need attention (Needs attention).</source>
        <translation>
            <numerusform>Có %n việc mới cần xử lý (Cần xử lý).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) off the province&apos;s: set it right, the dates on receipts follow it.</source>
        <translation>
            <numerusform>Đồng hồ máy này lệch %n phút so với tỉnh: hãy chỉnh lại, vì ngày giờ trên giấy tiếp nhận theo đồng hồ này.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolled with %1. The first sync starts now.</source>
        <translation>Đã đăng ký với %1. Lần đồng bộ đầu tiên bắt đầu ngay.</translation>
    </message>
    <message>
        <source>Check against the province</source>
        <translation>Đối chiếu với tỉnh</translation>
    </message>
    <message>
        <source>Compares the number and the fingerprint of each day&apos;s events here with what the province holds, to find records changed or lost on either side.</source>
        <translation>So sánh số lượng và dấu vân tay (mã băm) của các sự kiện từng ngày ở đây với dữ liệu tỉnh đang giữ, để phát hiện bản ghi bị thay đổi hoặc bị mất ở một trong hai bên.</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Suffix of the spin box &quot;the last N days&quot;</extracomment>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Days to check</source>
        <translation>Số ngày đối chiếu</translation>
    </message>
    <message>
        <source>The &amp;last:</source>
        <translation>&amp;Trong:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>Đối &amp;chiếu</translation>
    </message>
    <message>
        <source>Checking with the province…</source>
        <translation>Đang đối chiếu với tỉnh…</translation>
    </message>
    <message>
        <source>The check did not run: %1</source>
        <translation>Chưa đối chiếu được: %1</translation>
    </message>
    <message>
        <source>Enrolled with the province as counter %1.</source>
        <translation>Đã đăng ký với tỉnh, là quầy %1.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock:</source>
        <translation>Đồng hồ máy này:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (motcua-cli sync reconcile lists them all)</source>
        <translation>
            <numerusform>… và %n sự kiện khác (lệnh motcua-cli sync reconcile liệt kê đầy đủ)</numerusform>
        </translation>
    </message>
    <message>
        <source>dossier</source>
        <comment>a record named in the check against the province</comment>
        <translation>hồ sơ</translation>
    </message>
    <message>
        <source>incoming document</source>
        <comment>a record named in the check against the province</comment>
        <translation>văn bản đến</translation>
    </message>
    <message>
        <source>outgoing document</source>
        <comment>a record named in the check against the province</comment>
        <translation>văn bản đi</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <comment>waiting to be sent</comment>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incoming document(s)</source>
        <comment>waiting to be sent</comment>
        <translation>
            <numerusform>%n văn bản đến</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outgoing document(s)</source>
        <comment>waiting to be sent</comment>
        <translation>
            <numerusform>%n văn bản đi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) (accounts, settings, files)</source>
        <comment>waiting to be sent</comment>
        <translation>
            <numerusform>%n bản ghi khác (tài khoản, cài đặt, tệp)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, of %2</source>
        <comment>events waiting, of which records</comment>
        <translation>%1, thuộc %2</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::TaskProgress</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>Cancel the work in progress</source>
        <translation>Hủy việc đang chạy</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::TimeLimitDialog</name>
    <message>
        <source>Time limit of %1</source>
        <translation>Thời hạn giải quyết của %1</translation>
    </message>
    <message>
        <source>The source says: %1</source>
        <translation>Nguồn dữ liệu ghi: %1</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <source>Unit of the time limit</source>
        <translation>Đơn vị của thời hạn</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <source>days</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>giờ làm việc</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>&amp;Thời hạn:</translation>
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
        <source>0 (the same day)</source>
        <translation>0 (trong ngày)</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::UserDialog</name>
    <message>
        <source>New account</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <source>Account of %1</source>
        <translation>Tài khoản %1</translation>
    </message>
    <message>
        <source>Temporary password for %1</source>
        <translation>Mật khẩu tạm cho %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>2 to 32 characters: lower-case letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Từ 2 đến 32 ký tự: chữ thường a-z, chữ số, &apos;.&apos;, &apos;_&apos; hoặc &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Bộ phận:</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mật khẩu tạm</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Mật khẩu &amp;tạm:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. Give it to the person; they must choose their own password when they first sign in.</source>
        <translation>
            <numerusform>Ít nhất %n ký tự. Hãy đưa mật khẩu này cho người dùng; họ phải tự đặt mật khẩu riêng khi đăng nhập lần đầu.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Tạo tài khoản</translation>
    </message>
    <message>
        <source>&amp;Set temporary password</source>
        <translation>Đặt mật khẩu &amp;tạm</translation>
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
        <source>The user name %1 is already taken.</source>
        <translation>Tên đăng nhập %1 đã có người dùng.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator: give another person the administrator role first.</source>
        <translation>%1 là quản trị viên cuối cùng đang hoạt động: hãy giao vai trò quản trị cho người khác trước.</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Hãy chọn ít nhất một vai trò.</translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::UsersPanel</name>
    <message>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
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
        <source>Department</source>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>Tài khoản &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Khoá</translation>
    </message>
    <message>
        <source>&amp;Temporary password…</source>
        <translation>Mật khẩu &amp;tạm…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Đã khoá</translation>
    </message>
    <message>
        <source>Active, must change the temporary password</source>
        <translation>Đang hoạt động, phải đổi mật khẩu tạm</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Mở khoá</translation>
    </message>
    <message>
        <source>Account %1 created. Give the temporary password to %2.</source>
        <translation>Đã tạo tài khoản %1. Hãy đưa mật khẩu tạm cho %2.</translation>
    </message>
    <message>
        <source>Account %1 saved.</source>
        <translation>Đã lưu tài khoản %1.</translation>
    </message>
    <message>
        <source>Temporary password set for %1: they must change it when they sign in.</source>
        <translation>Đã đặt mật khẩu tạm cho %1: người đó phải đổi khi đăng nhập.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be disabled: give another person the administrator role first.</source>
        <translation>%1 là quản trị viên cuối cùng đang hoạt động nên không thể khoá: hãy giao vai trò quản trị cho người khác trước.</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>Đã mở khoá tài khoản %1.</translation>
    </message>
    <message>
        <source>Account %1 disabled: it can no longer sign in.</source>
        <translation>Đã khoá tài khoản %1: tài khoản này không đăng nhập được nữa.</translation>
    </message>
</context>
<context>
    <name>MotCua::Urgency</name>
    <message>
        <source>Normal</source>
        <translation>Thường</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Khẩn</translation>
    </message>
    <message>
        <source>Very urgent</source>
        <translation>Thượng khẩn</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Hỏa tốc</translation>
    </message>
</context>
<context>
    <name>MotCua::Wording</name>
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
        <source>In person</source>
        <comment>channel</comment>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Online</source>
        <comment>channel</comment>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>By post</source>
        <comment>channel</comment>
        <translation>Qua bưu chính</translation>
    </message>
    <message>
        <source>at the desk</source>
        <comment>how the result was returned</comment>
        <translation>tại quầy</translation>
    </message>
    <message>
        <source>by post</source>
        <comment>how the result was returned</comment>
        <translation>qua bưu chính</translation>
    </message>
    <message>
        <source>online</source>
        <comment>how the result was returned</comment>
        <translation>trực tuyến</translation>
    </message>
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
    <message>
        <source>%1 (provisional)</source>
        <comment>dossier code</comment>
        <translation>%1 (mã tạm)</translation>
    </message>
    <message>
        <source>%1 (on the receipt: %2, provisional)</source>
        <comment>dossier code</comment>
        <translation>%1 (trên giấy tiếp nhận: mã tạm %2)</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Số sự kiện</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Số tài khoản</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Thay đổi gần nhất</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Check: OK — the file is sound and every event chain holds.</source>
        <translation>Kiểm tra: ĐẠT — tệp nguyên vẹn và mọi chuỗi sự kiện đều khớp.</translation>
    </message>
    <message>
        <source>Check FAILED: this backup cannot be restored.</source>
        <translation>Kiểm tra: KHÔNG ĐẠT — không thể khôi phục bản sao lưu này.</translation>
    </message>
    <message>
        <source>Start MotCua Desk with this data folder: motcua --data-dir &quot;%1&quot; (or set MOTCUA_DATA_DIR).</source>
        <translation>Hãy khởi động MotCua Desk với thư mục dữ liệu này: motcua --data-dir &quot;%1&quot; (hoặc đặt biến MOTCUA_DATA_DIR).</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Chọn bản sao lưu</translation>
    </message>
    <message>
        <source>MotCua backups (motcua-*.db);;All files (*)</source>
        <translation>Bản sao lưu MotCua (motcua-*.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>This file cannot be read as a MotCua backup.

%1</source>
        <translation>Không đọc được tệp này như một bản sao lưu MotCua.

%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;This backup holds:&lt;/p&gt;%1&lt;p&gt;It is restored into a &lt;b&gt;new, empty&lt;/b&gt; data folder; the data in use now is not changed. Choose that folder next.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bản sao lưu này gồm:&lt;/p&gt;%1&lt;p&gt;Dữ liệu sẽ được khôi phục vào một thư mục dữ liệu &lt;b&gt;mới, trống&lt;/b&gt;; dữ liệu đang dùng không bị thay đổi. Bước tiếp theo: chọn thư mục đó.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose the new data folder…</source>
        <translation>Chọn thư mục dữ liệu mới…</translation>
    </message>
    <message>
        <source>New, empty data folder</source>
        <translation>Thư mục dữ liệu mới, trống</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose or create an empty folder: nothing is ever restored over existing data.</source>
        <translation>Thư mục %1 không trống. Hãy chọn hoặc tạo một thư mục trống: không bao giờ khôi phục đè lên dữ liệu có sẵn.</translation>
    </message>
    <message>
        <source>The backup could not be restored.

%1</source>
        <translation>Không khôi phục được bản sao lưu.

%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Does this PC &lt;b&gt;replace&lt;/b&gt; the one the backup came from (it is broken, lost or will never be used again), or is it a &lt;b&gt;copy&lt;/b&gt; beside it (a second counter, a training copy)?&lt;/p&gt;&lt;p&gt;A copy gets its own counter identity and dossier numbers. Choose “replaces” only when the old PC will not be started again: two PCs with one identity would number dossiers twice.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Máy này &lt;b&gt;thay thế&lt;/b&gt; máy đã tạo bản sao lưu (máy đó hỏng, mất hoặc sẽ không dùng nữa), hay là một &lt;b&gt;bản sao&lt;/b&gt; đặt bên cạnh (quầy thứ hai, bản dùng để tập huấn)?&lt;/p&gt;&lt;p&gt;Bản sao có định danh quầy và số hồ sơ riêng. Chỉ chọn “thay thế” khi máy cũ sẽ không bao giờ được bật lại: hai máy cùng một định danh sẽ cấp trùng số hồ sơ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A &amp;copy (new counter)</source>
        <translation>Một &amp;bản sao (quầy mới)</translation>
    </message>
    <message>
        <source>&amp;Replaces the old PC</source>
        <translation>&amp;Thay thế máy cũ</translation>
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
