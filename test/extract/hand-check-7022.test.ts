// Causes found by a hand check of real 2017 articles (seed 7022), each pinned with sentences of
// other provinces, bodies and years:
//   - An agency's name whose first words open a known compound ("An toàn", "Quản lý", "Phát
//     triển") and then go on in lower-case words the compound list does not hold was cut where the
//     known words stopped: "Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm (ATVSTP) Hà Tĩnh"
//     gave "Chi cục An toàn"; over the corpus also "Cục Quản lý [xuất nhập cảnh]", "Vụ Quản lý
//     [thuế doanh nghiệp lớn]", "Trung tâm Quản lý [và điều hành giao thông đô thị]", "Công ty
//     cổ phần Phát triển [nguồn nhân lực]". A cut name is another body: a wrong fact.
// First run of the 6 cases written before the fix (1 a control; on main ed09d1d): 1/6 cases pass,
// facts 27/35.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Quảng Bình 2018: "Chi cục An toàn vệ sinh thực phẩm (ATVSTP)" is not cut to "Chi cục An toàn"',
    place: 'Quảng Bình',
    text: `Cảnh báo ngộ độc nấm rừng
Ngày 12/9/2018, bác sĩ Trần Văn Hải - Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm (ATVSTP) Quảng Bình cho biết, người dân không nên ăn nấm rừng lạ.`,
    expect: {
      people: [{ name: 'Trần Văn Hải' }],
    },
    forbidden: [{ person: 'Trần Văn Hải', organizations: ['Chi cục An toàn', 'Chi cục An toàn tỉnh Quảng Bình'] }],
  },
  {
    name: 'Bộ Công an 2019: "Cục Quản lý xuất nhập cảnh, Bộ Công an" is the whole department\'s name',
    place: 'Trung ương',
    text: `Cấp hộ chiếu trực tuyến
Ngày 5/3/2019, Thiếu tướng Lê Văn Minh, Cục trưởng Cục Quản lý xuất nhập cảnh, Bộ Công an cho biết, người dân có thể nộp hồ sơ cấp hộ chiếu qua mạng.`,
    expect: {
      people: [{ name: 'Lê Văn Minh', positions: [{ title: 'Cục trưởng', organization: 'Cục Quản lý xuất nhập cảnh' }] }],
    },
    forbidden: [{ person: 'Lê Văn Minh', organizations: ['Cục Quản lý'] }],
  },
  {
    name: 'Tổng cục Thuế 2018: "Vụ Quản lý thuế doanh nghiệp lớn" is not cut to "Vụ Quản lý"',
    place: 'Trung ương',
    text: `Thu thuế doanh nghiệp lớn tăng
Ngày 20/6/2018, ông Phạm Quốc Hùng, Vụ trưởng Vụ Quản lý thuế doanh nghiệp lớn, Tổng cục Thuế cho biết, số thu từ các doanh nghiệp lớn tăng 12%.`,
    expect: {
      people: [{ name: 'Phạm Quốc Hùng' }],
    },
    forbidden: [{ person: 'Phạm Quốc Hùng', organizations: ['Vụ Quản lý'] }],
  },
  {
    name: 'Đà Nẵng 2019: "Trung tâm Quản lý và điều hành giao thông đô thị" is not cut to "Trung tâm Quản lý"',
    place: 'Đà Nẵng',
    text: `Lắp thêm camera giám sát giao thông
Ngày 2/4/2019, ông Trần Văn Lâm, Giám đốc Trung tâm Quản lý và điều hành giao thông đô thị, cho biết thành phố sẽ lắp thêm 200 camera.`,
    expect: {
      people: [{ name: 'Trần Văn Lâm' }],
    },
    forbidden: [{ person: 'Trần Văn Lâm', organizations: ['Trung tâm Quản lý', 'Trung tâm Quản lý thành phố Đà Nẵng'] }],
  },
  {
    name: 'Hà Nội 2018: "Công ty cổ phần Phát triển nguồn nhân lực (NNL)" is not cut to "Công ty cổ phần Phát triển"',
    place: 'Hà Nội',
    text: `Thị trường lao động cuối năm
Ngày 10/12/2018, ông Đỗ Minh Tuấn, Giám đốc Công ty cổ phần Phát triển nguồn nhân lực (NNL) cho rằng nhu cầu tuyển dụng cuối năm tăng mạnh.`,
    expect: {
      people: [{ name: 'Đỗ Minh Tuấn' }],
    },
    forbidden: [{ person: 'Đỗ Minh Tuấn', organizations: ['Công ty cổ phần Phát triển'] }],
  },
  {
    name: 'Lạng Sơn 2018: an agency\'s compound closed by its province or by a verb keeps its name (control)',
    place: 'Lạng Sơn',
    text: `Kiểm tra hàng nhập lậu
Ngày 8/1/2018, ông Nguyễn Văn Thành, Cục trưởng Cục Quản lý thị trường tỉnh Lạng Sơn cho biết, lực lượng đã thu giữ 3 tấn hàng lậu. Bà Vũ Thị Mai, Phó Cục trưởng Cục Quản lý khám chữa bệnh cho biết các bệnh viện đã được nhắc nhở.`,
    expect: {
      people: [
        { name: 'Nguyễn Văn Thành', positions: [{ title: 'Cục trưởng', organization: 'Cục Quản lý thị trường tỉnh Lạng Sơn' }] },
        { name: 'Vũ Thị Mai', positions: [{ title: 'Phó Cục trưởng', organization: 'Cục Quản lý khám chữa bệnh' }] },
      ],
    },
  },
];

describeWrongFactBatch('hand check 7022', CASES, 6);
