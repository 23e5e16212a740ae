// An event's organizer read off its chair's title ("Phó Chủ tịch UBND TP A chủ trì cuộc
// họp") names no unit: the unit came from the article's context. Where the article writes
// the chair's post with its own unit ("Phó Chủ tịch UBND TP Cần Thơ A"), the organizer is
// that unit's body, never the context's guess; a chair of another level or a guest of
// another unit changes nothing.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'a city’s vice-chairman chairs; the meeting is about a conference held in another province’s city',
    place: 'Cần Thơ',
    text: `Chuẩn bị hội nghị xúc tiến đầu tư vùng
Ngày đăng 06/03/2019 | 18:10

Sáng 5-3, Phó Chủ tịch UBND TP Trương Quang Hiển chủ trì cuộc họp với các sở, ngành về công tác chuẩn bị hội nghị xúc tiến đầu tư tổ chức tại TP Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu.

Phó Chủ tịch UBND TP Cần Thơ Trương Quang Hiển yêu cầu các sở hoàn thành danh mục dự án kêu gọi đầu tư trước ngày 20-3. Đoàn công tác sẽ đến TP Vũng Tàu vào cuối tháng.`,
    eventCount: 1,
    expect: {
      events: [{ kind: 'meeting', organizer: 'UBND thành phố Cần Thơ', date: '2019-03-05' }],
      people: [{ name: 'Trương Quang Hiển', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND thành phố Cần Thơ' }], roles: ['chaired', 'spoke'] }],
    },
    forbiddenOrganizers: ['UBND thành phố Vũng Tàu'],
  },
  {
    // Two provinces named: the bare "UBND tỉnh" of the chair's title is his written post's, never Kon Tum.
    name: 'a province’s chairman chairs; the article is mostly about a neighbouring province',
    place: 'Gia Lai',
    text: `Phối hợp bảo vệ rừng giáp ranh
Ngày đăng 15/11/2018 | 09:00

Chiều 14-11, Chủ tịch UBND tỉnh Võ Ngọc Thành chủ trì cuộc họp về phối hợp bảo vệ rừng ở vùng giáp ranh với tỉnh Kon Tum. Nhiều vụ phá rừng xảy ra ở huyện Sa Thầy, tỉnh Kon Tum, sát ranh giới.

Chủ tịch UBND tỉnh Gia Lai Võ Ngọc Thành đề nghị lực lượng kiểm lâm hai tỉnh Kon Tum và Gia Lai tổ chức tuần tra chung tại tỉnh Kon Tum.`,
    eventCount: 1,
    expect: {
      events: [{ kind: 'meeting', organizer: 'UBND tỉnh Gia Lai', date: '2018-11-14' }],
      people: [{ name: 'Võ Ngọc Thành', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Gia Lai' }], roles: ['chaired', 'spoke'] }],
    },
    forbiddenOrganizers: ['UBND tỉnh Kon Tum'],
  },
  {
    name: 'a district’s vice-chairman chairs; another district is named more often',
    place: 'Đắk Lắk',
    text: `Giải quyết tranh chấp đất đai giáp ranh
Ngày đăng 22/08/2020 | 10:30

Sáng 21-8, Phó Chủ tịch UBND huyện Y Nhuân Byă chủ trì cuộc họp giải quyết tranh chấp đất đai ở vùng giáp ranh huyện Lắk. Người dân huyện Lắk phản ánh việc lấn chiếm đất; UBND huyện Lắk đã cử cán bộ đo đạc.

Phó Chủ tịch UBND huyện Krông Bông Y Nhuân Byă yêu cầu các xã phối hợp với huyện Lắk đo đạc lại mốc giới.`,
    eventCount: 1,
    expect: {
      exhaustive: false,
      events: [{ kind: 'meeting', organizer: 'UBND huyện Krông Bông', date: '2020-08-21' }],
      people: [{ name: 'Y Nhuân Byă', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND huyện Krông Bông' }], roles: ['chaired', 'spoke'] }],
    },
    forbiddenOrganizers: ['UBND huyện Lắk'],
  },
  {
    name: 'the chair’s post written with the article’s own unit keeps the organizer',
    place: 'Hà Nội',
    text: `Hà Nội rà soát tiến độ các dự án giao thông
Ngày đăng 10/05/2021 | 17:00

Chiều 9-5, Phó Chủ tịch UBND TP Dương Đức Tuấn chủ trì cuộc họp về tiến độ các dự án giao thông trọng điểm của Hà Nội.

Phó Chủ tịch UBND TP Hà Nội Dương Đức Tuấn yêu cầu các chủ đầu tư hoàn thành giải phóng mặt bằng trong quý III.`,
    eventCount: 1,
    expect: {
      events: [{ kind: 'meeting', organizer: 'UBND thành phố Hà Nội', date: '2021-05-09' }],
      people: [{ name: 'Dương Đức Tuấn', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND thành phố Hà Nội' }], roles: ['chaired', 'spoke'] }],
    },
  },
  {
    name: 'a district’s meeting chaired by its chairman; a province’s vice-chairman attending changes nothing',
    place: 'Thanh Hóa',
    text: `Huyện Quảng Xương triển khai nhiệm vụ năm 2019
Ngày đăng 08/01/2019 | 15:40

Sáng 7-1, Chủ tịch UBND huyện Đỗ Văn Thành chủ trì hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2019 của huyện Quảng Xương.

Dự hội nghị có ông Lê Anh Tuấn, Phó Chủ tịch UBND tỉnh Thanh Hóa.`,
    eventCount: 1,
    expect: {
      events: [{ kind: 'conference', organizer: 'UBND huyện Quảng Xương', date: '2019-01-07' }],
      people: [
        { name: 'Đỗ Văn Thành', positions: [{ title: 'Chủ tịch', organization: 'UBND huyện Quảng Xương' }], roles: ['chaired'] },
        { name: 'Lê Anh Tuấn', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Thanh Hóa' }], roles: ['attended'] },
      ],
    },
  },
  {
    name: 'two provinces’ chairmen chair together: neither province organizes',
    place: 'Tây Ninh',
    text: `Hai tỉnh phối hợp phòng chống dịch bệnh trên đàn lợn
Ngày đăng 04/04/2019 | 16:00

Chiều 3-4, Chủ tịch UBND tỉnh Phạm Văn Tân và Chủ tịch UBND tỉnh Trần Tuệ Hiền chủ trì hội nghị phối hợp phòng chống dịch tả lợn châu Phi tại vùng giáp ranh.

Chủ tịch UBND tỉnh Tây Ninh Phạm Văn Tân đề nghị lập chốt kiểm dịch chung. Chủ tịch UBND tỉnh Bình Phước Trần Tuệ Hiền cho biết tỉnh đã tiêu hủy hơn 300 con lợn.`,
    eventCount: 1,
    expect: {
      exhaustive: false,
      events: [{ kind: 'conference', organizer: null, date: '2019-04-03' }],
      people: [
        { name: 'Phạm Văn Tân', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Tây Ninh' }] },
        { name: 'Trần Tuệ Hiền', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Bình Phước' }] },
      ],
    },
    forbiddenOrganizers: ['UBND tỉnh Tây Ninh', 'UBND tỉnh Bình Phước'],
  },
];

describeWrongFactBatch('an organizer placed by context, its chair’s post written with its unit', CASES, 6);
