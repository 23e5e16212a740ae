// A corpus written for the tests: short articles about bodies whose names are shared
// by districts of different provinces (Châu Thành, Phú Tân) or differ only by their
// tone marks (Thanh Trì / Thạnh Trị, Tam Đường / Tam Dương, Phù Ninh / Phú Ninh), and
// a province merged in the 2025 reform. `namesakeCorpus` varies them into as many
// articles as a batching test needs, deterministically.

export interface TestArticle {
  id: string;
  text: string;
}

const article = (headline: string, date: string, ...paragraphs: string[]): string =>
  `${headline}\nNgày đăng ${date} | 08:30\n\n${paragraphs.join('\n\n')}\n`;

/** The hand-written articles, with what each states (the tests check these facts). */
export const NAMESAKE_ARTICLES: TestArticle[] = [
  {
    id: 'thanh-tri-2021',
    text: article(
      'Hội nghị lần thứ 6 Ban Chấp hành Đảng bộ huyện Thanh Trì khóa XXV',
      '10/03/2021',
      'Sáng 9/3, Huyện ủy Thanh Trì, thành phố Hà Nội tổ chức Hội nghị lần thứ 6 Ban Chấp hành Đảng bộ huyện khóa XXV.',
      'Đồng chí Đỗ Minh Khôi, Bí thư Huyện ủy Thanh Trì chủ trì hội nghị. Đồng chí Nguyễn Quang Vinh, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Thanh Trì trình bày báo cáo.',
    ),
  },
  {
    id: 'thanh-tri-2025',
    text: article(
      'Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ huyện Thanh Trì',
      '20/05/2025',
      'Sáng 19/5, Huyện ủy Thanh Trì, thành phố Hà Nội tổ chức Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ huyện khóa XXV.',
      'Đồng chí Đỗ Minh Khôi, Bí thư Huyện ủy Thanh Trì chủ trì hội nghị.',
    ),
  },
  {
    id: 'thanh-tri-soc-trang-2021',
    text: article(
      'Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ huyện Thạnh Trị khóa XII',
      '15/04/2021',
      'Ngày 14/4, Huyện ủy Thạnh Trị, tỉnh Sóc Trăng tổ chức Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ huyện khóa XII.',
      'Đồng chí Lâm Văn Sang, Bí thư Huyện ủy Thạnh Trị chủ trì hội nghị. Đồng chí Trần Thị Kiều, Phó Bí thư Thường trực Huyện ủy Thạnh Trị trình bày báo cáo.',
    ),
  },
  {
    id: 'thanh-tri-soc-trang-2022',
    text: article(
      'Hội nghị lần thứ 10 Ban Chấp hành Đảng bộ huyện Thạnh Trị khóa XII',
      '10/02/2022',
      'Ngày 9/2, Huyện ủy Thạnh Trị, tỉnh Sóc Trăng tổ chức Hội nghị lần thứ 10 Ban Chấp hành Đảng bộ huyện khóa XII.',
      'Đồng chí Lâm Văn Sang, Bí thư Huyện ủy Thạnh Trị chủ trì hội nghị. Đồng chí Trần Thị Kiều, Phó Bí thư Thường trực Huyện ủy Thạnh Trị trình bày báo cáo.',
    ),
  },
  {
    id: 'chau-thanh-ben-tre-2020',
    text: article(
      'Đại hội đại biểu Đảng bộ huyện Châu Thành lần thứ XIII, nhiệm kỳ 2020 - 2025',
      '05/06/2020',
      'Sáng 4/6, Đại hội đại biểu Đảng bộ huyện Châu Thành, tỉnh Bến Tre lần thứ XIII, nhiệm kỳ 2020 - 2025 khai mạc.',
      'Đồng chí Nguyễn Văn Hùng, Bí thư Huyện ủy Châu Thành phát biểu khai mạc đại hội.',
    ),
  },
  {
    id: 'chau-thanh-tien-giang-2020',
    text: article(
      'Đại hội đại biểu Đảng bộ huyện Châu Thành lần thứ XIII, nhiệm kỳ 2020 - 2025',
      '10/07/2020',
      'Sáng 9/7, Đại hội đại biểu Đảng bộ huyện Châu Thành, tỉnh Tiền Giang lần thứ XIII, nhiệm kỳ 2020 - 2025 khai mạc.',
      'Đồng chí Nguyễn Văn Hùng, Bí thư Huyện ủy Châu Thành phát biểu khai mạc đại hội.',
    ),
  },
  {
    id: 'chau-thanh-an-giang-2022',
    text: article(
      'Huyện ủy Châu Thành sơ kết công tác 6 tháng',
      '01/07/2022',
      'Ngày 30/6, Huyện ủy Châu Thành, tỉnh An Giang tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2022.',
      'Đồng chí Lê Thanh Bình, Bí thư Huyện ủy Châu Thành chủ trì hội nghị.',
    ),
  },
  {
    id: 'tam-duong-lai-chau-2021',
    text: article(
      'UBND huyện Tam Đường triển khai nhiệm vụ',
      '12/01/2021',
      'Ngày 11/1, UBND huyện Tam Đường, tỉnh Lai Châu tổ chức hội nghị triển khai nhiệm vụ năm 2021.',
      'Đồng chí Hoàng Văn Chinh, Chủ tịch UBND huyện Tam Đường chủ trì hội nghị.',
    ),
  },
  {
    id: 'tam-duong-vinh-phuc-2021',
    text: article(
      'UBND huyện Tam Dương triển khai nhiệm vụ',
      '13/01/2021',
      'Ngày 12/1, UBND huyện Tam Dương, tỉnh Vĩnh Phúc tổ chức hội nghị triển khai nhiệm vụ năm 2021.',
      'Đồng chí Nguyễn Văn Chính, Chủ tịch UBND huyện Tam Dương chủ trì hội nghị.',
    ),
  },
  {
    id: 'phu-ninh-phu-tho-2022',
    text: article(
      'Hội nghị Ban Chấp hành Đảng bộ huyện Phù Ninh lần thứ 12',
      '18/03/2022',
      'Ngày 17/3, Huyện ủy Phù Ninh, tỉnh Phú Thọ tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12.',
      'Đồng chí Trần Văn Lợi, Bí thư Huyện ủy Phù Ninh chủ trì hội nghị.',
    ),
  },
  {
    id: 'phu-ninh-quang-nam-2022',
    text: article(
      'Hội nghị Ban Chấp hành Đảng bộ huyện Phú Ninh lần thứ 12',
      '19/03/2022',
      'Ngày 18/3, Huyện ủy Phú Ninh, tỉnh Quảng Nam tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12.',
      'Đồng chí Nguyễn Thế Hải, Bí thư Huyện ủy Phú Ninh chủ trì hội nghị.',
    ),
  },
  {
    id: 'phu-tan-an-giang-2023',
    text: article(
      'Kỳ họp thứ 9 HĐND huyện Phú Tân khóa XII',
      '06/07/2023',
      'Ngày 5/7, HĐND huyện Phú Tân, tỉnh An Giang khai mạc Kỳ họp thứ 9, khóa XII.',
      'Đồng chí Huỳnh Văn Tài, Chủ tịch HĐND huyện Phú Tân chủ trì kỳ họp.',
    ),
  },
  {
    id: 'phu-tan-ca-mau-2023',
    text: article(
      'Kỳ họp thứ 9 HĐND huyện Phú Tân khóa XI',
      '07/07/2023',
      'Ngày 6/7, HĐND huyện Phú Tân, tỉnh Cà Mau khai mạc Kỳ họp thứ 9, khóa XI.',
      'Đồng chí Tạ Minh Nhựt, Chủ tịch HĐND huyện Phú Tân chủ trì kỳ họp.',
    ),
  },
  {
    id: 'vinh-phuc-2024',
    text: article(
      'Tỉnh ủy Vĩnh Phúc tổng kết công tác năm 2023',
      '10/01/2024',
      'Ngày 9/1, Tỉnh ủy Vĩnh Phúc tổ chức hội nghị tổng kết công tác năm 2023.',
      'Đồng chí Dương Văn An, Bí thư Tỉnh ủy Vĩnh Phúc chủ trì hội nghị.',
    ),
  },
  {
    id: 'phu-tho-2026',
    text: article(
      'Tỉnh ủy Phú Thọ tổng kết công tác năm 2025',
      '12/01/2026',
      'Ngày 11/1, Tỉnh ủy Phú Thọ tổ chức hội nghị tổng kết công tác năm 2025.',
      'Đồng chí Đặng Xuân Phong, Bí thư Tỉnh ủy Phú Thọ chủ trì hội nghị.',
    ),
  },
];

// Districts whose names other provinces share, or that differ from another only by tone marks.
const PLACES: ReadonlyArray<readonly [district: string, province: string]> = [
  ['Châu Thành', 'Bến Tre'], ['Châu Thành', 'Tiền Giang'], ['Châu Thành', 'An Giang'], ['Châu Thành', 'Trà Vinh'],
  ['Châu Thành', 'Long An'], ['Châu Thành', 'Tây Ninh'], ['Phú Tân', 'An Giang'], ['Phú Tân', 'Cà Mau'],
  ['Tam Nông', 'Phú Thọ'], ['Tam Nông', 'Đồng Tháp'], ['Chợ Mới', 'Bắc Kạn'], ['Chợ Mới', 'An Giang'],
  ['Bảo Lâm', 'Cao Bằng'], ['Bảo Lâm', 'Lâm Đồng'], ['An Lão', 'Hải Phòng'], ['An Lão', 'Bình Định'],
  ['Thanh Trì', 'Hà Nội'], ['Thạnh Trị', 'Sóc Trăng'], ['Tam Đường', 'Lai Châu'], ['Tam Dương', 'Vĩnh Phúc'],
  ['Phù Ninh', 'Phú Thọ'], ['Phú Ninh', 'Quảng Nam'],
];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi'];
const MIDDLES = ['Văn', 'Thị', 'Minh', 'Quang', 'Thanh'];
const GIVENS = ['Hùng', 'Hưng', 'Lan', 'Lân', 'Nam', 'Hà', 'Hạ', 'Sơn', 'Tâm', 'Thắng', 'Bình'];

/**
 * `count` articles: conferences, congresses and sessions of the namesake districts, with
 * officials whose names repeat across them, dated 2018–2024, the same for every call.
 */
export function namesakeCorpus(count: number): TestArticle[] {
  const out: TestArticle[] = [];
  for (let i = 0; i < count; i++) {
    const [district, province] = PLACES[i % PLACES.length]!;
    const person = (k: number) => `${SURNAMES[(i + k) % SURNAMES.length]} ${MIDDLES[(i * 3 + k) % MIDDLES.length]} ${GIVENS[(i * 7 + k) % GIVENS.length]}`;
    const [chair, deputy] = [person(0), person(1)];
    const year = 2018 + (i % 7);
    const day = 1 + (i % 27);
    const month = 1 + (Math.floor(i / 7) % 12);
    const ordinal = 1 + (i % 30);
    const date = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
    const text = i % 3 === 0
      ? article(
        `Hội nghị lần thứ ${ordinal} Ban Chấp hành Đảng bộ huyện ${district}`,
        date,
        `Ngày ${day}/${month}, Huyện ủy ${district}, tỉnh ${province} tổ chức Hội nghị lần thứ ${ordinal} Ban Chấp hành Đảng bộ huyện.`,
        `Đồng chí ${chair}, Bí thư Huyện ủy ${district} chủ trì hội nghị. Đồng chí ${deputy}, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện ${district} trình bày báo cáo.`,
      )
      : i % 3 === 1
        ? article(
          `Kỳ họp thứ ${ordinal} HĐND huyện ${district}`,
          date,
          `Ngày ${day}/${month}, HĐND huyện ${district}, tỉnh ${province} khai mạc Kỳ họp thứ ${ordinal}.`,
          `Đồng chí ${chair}, Chủ tịch HĐND huyện ${district} chủ trì kỳ họp. Đồng chí ${deputy}, Phó Chủ tịch UBND huyện ${district} báo cáo tình hình kinh tế - xã hội.`,
        )
        : article(
          `UBND huyện ${district} triển khai nhiệm vụ`,
          date,
          `Ngày ${day}/${month}, UBND huyện ${district}, tỉnh ${province} tổ chức hội nghị triển khai nhiệm vụ.`,
          `Đồng chí ${chair}, Chủ tịch UBND huyện ${district} chủ trì hội nghị. Đồng chí ${deputy}, Ủy viên Ban Thường vụ Huyện ủy ${district} phát biểu.`,
        );
    out.push({ id: `namesake-${String(i).padStart(4, '0')}`, text });
  }
  return out;
}
