import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { DocumentMention } from '../../src/article.ts'
import { buildSiteIndex } from '../../src/link/build-site-index.ts'
import { predates, yearsInSentence } from '../../src/link/sentence-years.ts'
import type { ProcessedArticle } from '../../src/pipeline.ts'

// Sentences are from ../shared/corpus (baomoi-2017-policy, vntc-chinh-tri-xa-hoi); the file each is from is named beside it.
function article(source: string, documents: DocumentMention[], fields: Partial<ProcessedArticle> = {}): ProcessedArticle {
  return { source, format: 'txt', title: source, credits: [], people: [], placeNames: [], documents, body: { type: 'root', children: [] }, ...fields }
}
function cite(key: string, type: string, number: string, sentence: string, fields: Partial<DocumentMention> = {}): DocumentMention {
  const surface = /^\d/.test(key) ? `${type} ${key}` : key
  return { key, type, number, mentions: [surface], sentence, ...fields }
}
const day = (iso: string) => ({ date: { iso, precision: 'day' as const, from: 'text' as const } })

const resolution19 = [
  // 000483, 000594 (19/NQ-CP of 2015), 000229 (19/2016/NQ-CP), 000207 (19-2017/NQ-CP)
  article('c2015.txt', [cite('19/NQ-CP', 'Nghị quyết', '19', 'Hiện còn tồn đến 63 văn bản vẫn đang trong quá trình sửa đổi theo các Nghị quyết 19/NQ-CP năm 2015 của Chính phủ về cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia.', { date: '2015-03-12', summary: 'về những nhiệm vụ, giải pháp chủ yếu tiếp tục cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia hai năm 2015 - 2016' })]),
  article('c2016.txt', [cite('19/2016/NQ-CP', 'Nghị quyết', '19', 'Tỉnh Cao Bằng cần có quyết tâm chính trị trong việc cải thiện môi trường đầu tư kinh doanh, nâng cao năng lực cạnh tranh theo tinh thần Nghị quyết số 19/2016/NQ-CP ngày 28/4/2016.', { summary: 'về những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia hai năm 2016 - 2017, định hướng đến năm 2020' })]),
  article('c2017.txt', [cite('19-2017/NQ-CP', 'Nghị quyết', '19', 'Nghị quyết 19-2017/NQ-CP ngày 06/2/2017 về cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh đã sử dụng 4 đánh giá xếp hạng toàn cầu.', { summary: 'về cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh' })]),
]

test('a bare "Nghị quyết 19" on the business environment stays unresolved: 2015, 2016 and 2017 each have one on that subject', () => {
  const site = buildSiteIndex([
    ...resolution19,
    // 000211, 000188
    article('bare.txt', [cite('Nghị quyết 19', 'Nghị quyết', '19', 'Tại Hội nghị, Thứ trưởng chỉ đạo tiếp tục thực hiện Nghị quyết 19 của Chính phủ về cải thiện môi trường đầu tư, kinh doanh, nâng cao năng lực cạnh tranh quốc gia.', { summary: 'về cải thiện môi trường đầu tư, kinh doanh, nâng cao năng lực cạnh tranh quốc gia' })]),
    article('bare2.txt', [cite('Nghị quyết 19', 'Nghị quyết', '19', 'Đã có hàng ngàn thủ tục hành chính được cắt bỏ sau Nghị quyết 19.')]),
  ])
  assert.equal(site.documents.filter((d) => !d.uncertain).length, 3)
  const pages = site.documents.filter((d) => d.uncertain)
  assert.equal(pages.length, 2, 'the one with a subject and the one without do not share a page')
  for (const page of pages) {
    assert.equal(page.summary, undefined, 'an uncertain page states no facts of its own')
    assert.deepEqual(page.candidates!.map((d) => d.id), ['19/NQ-CP@2015', '19/NQ-CP@2016', '19/NQ-CP@2017'])
  }
})

test('"35/2016/NQ-CP" and "35/NQ-CP" of 2016 are one document: (Nghị quyết, 35, Chính phủ, 2016)', () => {
  const site = buildSiteIndex([
    // 000530, 000492
    article('a.txt', [cite('35/2016/NQ-CP', 'Nghị quyết', '35', 'Đây là chỉ thị hướng tới việc thực hiện Nghị quyết 35/2016/NQ-CP về hỗ trợ và phát triển doanh nghiệp tới năm 2020.')]),
    article('b.txt', [cite('35/NQ-CP', 'Nghị quyết', '35', 'Nghị quyết số 35/NQ-CP ngày 16/5/2016 của Chính phủ về hỗ trợ và phát triển doanh nghiệp đến năm 2020.', { date: '2016-05-16' })]),
  ])
  assert.deepEqual(site.documents.map((d) => [d.id, d.citations.length]), [['35/NQ-CP@2016', 2]])
})

test('the 05-CT/TW of 1951 is not the catalogue\'s 05-CT/TW of 2016; the 2016 directive still takes its own citations (000024, 000548)', () => {
  const site = buildSiteIndex([
    article('1951.txt', [cite('05-CT/TW', 'Chỉ thị', '05', 'Ngày 12-5-1951, Ban Bí thư Trung ương Đảng ra Chỉ thị số 05-CT/TW quy định về nhiệm vụ và tổ chức công an, trong đó nêu rõ nhiệm vụ của công an là bảo vệ Đảng.')], { yearFloor: 1981 }),
    article('1951-dated.txt', [cite('05-CT/TW', 'Chỉ thị', '05', 'Ngày 12-5-1951, Ban Bí thư Trung ương Đảng ra Chỉ thị số 05-CT/TW quy định về nhiệm vụ và tổ chức công an.')], day('2017-08-19')),
    article('2016.txt', [cite('05-CT/TW', 'Chỉ thị', '05', 'Kết quả bước đầu một năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.', { summary: 'về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh' })]),
  ])
  const directive = site.documents.find((d) => d.id === '05-CT/TW@XII')!
  assert.deepEqual(directive.citations.map((c) => c.article.article.source), ['2016.txt'])
  assert.ok(site.documents.filter((d) => d !== directive).every((d) => d.uncertain))
})

test('a bare number joins a certain document on subject words even in an undated article (000461, 000685)', () => {
  const decree = { summary: 'về một số chính sách phát triển thủy sản' }
  const site = buildSiteIndex([
    article('full.txt', [cite('67/2014/NĐ-CP', 'Nghị định', '67', 'Ngày 11/7, 20 ngư dân có tàu vỏ thép được đóng theo Nghị định 67/2014/NĐ-CP của Chính phủ bị hư hỏng đã cùng công ty đóng tàu thống nhất phương án sửa chữa.', decree)]),
    article('full2.txt', [cite('67/2014/NĐ-CP', 'Nghị định', '67', 'Tàu cá vỏ thép đóng mới theo Nghị định 67/2014/NĐ-CP liên tục xảy ra sự cố, ngư dân phải đưa tàu về nằm bờ.', decree)]),
    // Another decree 67, on petroleum: no subject in common with the fishing one.
    article('oil.txt', [cite('67/2017/NĐ-CP', 'Nghị định', '67', 'Chính phủ vừa ban hành Nghị định số 67/2017/NĐ-CP quy định xử phạt vi phạm hành chính trong lĩnh vực dầu khí, kinh doanh xăng dầu và khí.')]),
    article('bare.txt', [cite('Nghị định 67', 'Nghị định', '67', 'Ngư dân phải vay nhiều tỷ đồng từ Nghị định 67 của Chính phủ để sở hữu 1 chiếc tàu vỏ thép, thế nhưng không ít con tàu vừa hạ thủy đã phải nằm bờ sửa chữa.')]),
    article('blank.txt', [cite('Nghị định 67', 'Nghị định', '67', 'Theo quy định trong Nghị định 67 là máy móc mới chính hãng.')]),
  ])
  const fishing = site.documents.find((d) => d.id === '67/NĐ-CP@2014')!
  assert.deepEqual(fishing.citations.map((c) => [c.article.article.source, c.inferred]).sort(), [['bare.txt', true], ['full.txt', false], ['full2.txt', false]])
  const page = site.documents.find((d) => d.uncertain)!
  assert.deepEqual(page.citations.map((c) => c.article.article.source), ['blank.txt'])
  assert.deepEqual(page.candidates!.map((d) => d.id), ['67/NĐ-CP@2014', '67/NĐ-CP@2017'])
})

test('unresolved citations with different subjects do not share a page (Thông tư 09: 000178, vntc 003112, 002187)', () => {
  const site = buildSiteIndex([
    article('a.txt', [cite('Thông tư 09', 'Thông tư', '09', 'Theo quy định tại điều 23 Thông tư 09 của Bộ Tài chính về quyết toán dự án hoàn thành thuộc nguồn vốn Nhà nước, các tỉnh phải báo cáo.', { summary: 'về quyết toán dự án hoàn thành thuộc nguồn vốn Nhà nước' })]),
    article('b.txt', [cite('Thông tư 09', 'Thông tư', '09', 'Trong Thông tư 09 năm 2009 của Bộ về Quy chế thực hiện công khai đối với cơ sở giáo dục của hệ thống giáo dục quốc dân cũng có yêu cầu các trường phải công khai.', { summary: 'về Quy chế thực hiện công khai đối với cơ sở giáo dục của hệ thống giáo dục quốc dân' })]),
    article('c.txt', [cite('Thông tư 09', 'Thông tư', '09', 'Bộ đã ban hành các văn bản pháp luật quản lý như Nghị định 72, Thông tư 09, Thông tư 24.')]),
  ])
  assert.equal(site.documents.length, 3)
  assert.ok(site.documents.every((d) => d.uncertain && d.citations.length === 1))
  assert.equal(new Set(site.documents.map((d) => d.url)).size, 3)
})

test('the same articles in any order give the same documents, citations and URLs', () => {
  const articles = [
    ...resolution19,
    article('bare.txt', [cite('Nghị quyết 19', 'Nghị quyết', '19', 'Thủ tướng chỉ đạo bám vào Nghị quyết 19 để tiếp tục cải thiện môi trường kinh doanh Việt Nam.')]),
    article('y.txt', [cite('Nghị quyết 19/2017', 'Nghị quyết', '19', 'Nghị quyết 19/2017 tiếp tục củng cố niềm tin cho doanh nghiệp.')]),
  ]
  const shape = (list: ProcessedArticle[]) =>
    JSON.stringify(buildSiteIndex(list).documents.map((d) => [d.id, d.url, d.uncertain, d.citations.map((c) => c.article.article.source), (d.candidates ?? []).map((c) => c.id)]))
  assert.equal(shape([...articles].reverse()), shape(articles))
  assert.equal(shape([articles[3]!, articles[0]!, articles[4]!, articles[2]!, articles[1]!]), shape(articles))
})

test('years a citing sentence writes, without those inside other documents\' symbols', () => {
  assert.deepEqual(yearsInSentence('Ngày 12-5-1951, Ban Bí thư Trung ương Đảng ra Chỉ thị số 05-CT/TW quy định về nhiệm vụ và tổ chức công an'), [1951])
  assert.deepEqual(yearsInSentence('theo Nghị định 67/2014/NĐ-CP, đến đầu tháng 7/2017, tỉnh Thanh Hóa có 46 tàu, 1.950 lao động'), [2017])
  assert.deepEqual(yearsInSentence('các Nghị quyết 19/NQ - CP năm 2015,2016, 2017 của Chính phủ'), [2015, 2016, 2017])
  assert.equal(predates([1951], 2016), true)
  assert.equal(predates([2015, 2017], 2016), false)
  assert.equal(predates([], 2016), false)
})

test('"Thông tư 15/2015 của Bộ Tư pháp" is not 15/2015/TT-BVHTTDL: a ministry\'s code is its initials (vntc 002904, baomoi 001190)', () => {
  const site = buildSiteIndex([
    article('culture.txt', [cite('15/2015/TT-BVHTTDL', 'Thông tư', '15', 'Căn cứ Thông tư số 15/2015/TT-BVHTTDL của Bộ VH-TT-DL quy định về tổ chức lễ hội, Cục Văn hóa cơ sở đề nghị kiểm tra.', { issuer: 'Bộ VH-TT-DL' })]),
    article('justice.txt', [cite('Thông tư 15/2015', 'Thông tư', '15', 'Theo cách giải thích của cán bộ Phòng Tư pháp thì tại Điều 11 Thông tư 15/2015 của Bộ Tư pháp nêu chứng cứ chứng minh quan hệ nhân thân.', { issuer: 'Bộ Tư pháp' })]),
    article('festival.txt', [cite('Thông tư 15/2015', 'Thông tư', '15', 'Đồng thời thực hiện theo đúng tinh thần của Thông tư 15/2015 mà Bộ VHTTDL đã ban hành.', { issuer: 'Bộ VHTTDL' })]),
  ])
  const culture = site.documents.find((d) => d.id === '15/TT-BVHTTDL@2015')!
  assert.deepEqual(culture.citations.map((c) => c.article.article.source).sort(), ['culture.txt', 'festival.txt'])
  assert.ok(site.documents.find((d) => d.citations.some((c) => c.article.article.source === 'justice.txt'))!.uncertain)
})

test('a bare number with its term joins the Party document of that term, not of another (corpus: "Nghị quyết 29 của BCH Trung ương khóa XI")', () => {
  const site = buildSiteIndex([
    article('full.txt', [cite('29-NQ/TW', 'Nghị quyết', '29', 'Hiệu quả thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương Đảng (khóa XI).', { date: '2013-11-04', term: 'XI' })]),
    article('bare.txt', [cite('Nghị quyết 29', 'Nghị quyết', '29', 'Tích cực triển khai các nội dung giáo dục, đào tạo theo tinh thần Nghị quyết 29 của BCH Trung ương khóa XI.', { term: 'XI' })]),
    article('other.txt', [cite('Nghị quyết 29', 'Nghị quyết', '29', 'Thực hiện Nghị quyết 29 của Trung ương khóa XII.', { term: 'XII' })]),
  ])
  const resolution = site.documents.find((d) => d.id === '29-NQ/TW@XI')!
  assert.deepEqual(resolution.citations.map((c) => c.article.article.source).sort(), ['bare.txt', 'full.txt'])
  assert.ok(site.documents.find((d) => d.citations.some((c) => c.article.article.source === 'other.txt'))!.uncertain)
})
