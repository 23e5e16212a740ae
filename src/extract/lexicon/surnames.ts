// Vietnamese family names. A capitalised run of words is read as a person's
// name only when it starts with one of these (and is 2 to 5 words long).
export const SURNAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ',
  'Hồ', 'Ngô', 'Dương', 'Lý', 'Lí', 'Đinh', 'Trương', 'Lương', 'Mai', 'Tạ', 'Hà', 'Chu', 'Cao',
  'Kiều', 'Đào', 'Đoàn', 'Vương', 'Trịnh', 'Lâm', 'Phùng', 'Tô', 'Tôn', 'Thái', 'Triệu', 'Lò',
  'Quách', 'Lưu', 'Châu', 'Hứa', 'Diệp', 'Giang', 'La', 'Lại', 'Khúc', 'Kim', 'Khổng', 'Khương',
  'Mạc', 'Mã', 'Nông', 'Ninh', 'Phí', 'Quan', 'Thân', 'Tăng', 'Từ', 'Văn', 'Vi', 'Viên', 'Ông',
  'Âu', 'Bạch', 'Bế', 'Cù', 'Cầm', 'Doãn', 'Đàm', 'Đồng', 'Đường', 'Giáp', 'Hầu', 'Hàn',
  'Lạc', 'Lục', 'Luyện', 'Mẫn', 'Nghiêm', 'Nghiêm', 'Ngọ', 'Ngụy', 'Nhữ', 'Phó', 'Phương',
  'Quản', 'Quang', 'Sầm', 'Sơn', 'Tào', 'Thạch', 'Thiều', 'Tiêu', 'Trình', 'Trưng', 'Ứng',
  'Vy', 'Yên', 'Lã', 'Lữ', 'Ma', 'Mông', 'Hoa', 'Khuất', 'Cấn', 'Chử', 'Dư', 'Ân',
  'Kha', 'Khấu', 'Lỗ', 'Mầu', 'Nhan', 'Tống', 'Vàng', 'Giàng', 'Sùng', 'Thào', 'Hờ', 'Y', 'H',
  'Danh', 'Điểu', 'Tẩn', 'Vì', 'Sần', 'Lầu', 'Pờ', 'Chang', 'Phàn', 'Hờ', 'Lồ', 'Sùng', 'Trượng', 'Bá', 'A', 'Ksor', 'Rơ', 'Đinh', 'Hồ', 'Kpă', 'Niê', 'Mlô', 'Byă', 'Êban', 'Hwing', 'Adrơng', 'Quàng', 'Cà', 'Tòng', 'Lù', 'Vừ', 'Hạng', 'Sìn', 'Hoàng', 'Bàn', 'Triệu', 'Chảo', 'Hầu', 'Lý', 'Và', 'Mè', 'Khà', 'Đậu', 'Lư', 'Lăng', 'Hàm', 'Vòng', 'Ngũ', 'Thang', 'Lường', 'Lầu', 'Mùa', 'Hứa', 'Đới', 'Bành', 'Biện', 'Khiếu', 'Lãnh', 'Long', 'Mang', 'Quang', 'Tiết', 'Uông', 'Văn', 'Thái', 'Thi', 'Trà', 'Đồ', 'Phù', 'Vũ', 'Rơ', 'Ksor', 'Siu', 'Rah', 'Nay', 'Rmah',
];
