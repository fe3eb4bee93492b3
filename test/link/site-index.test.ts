import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { DocumentMention } from '../../src/article.ts'
import { buildSiteIndex } from '../../src/link/build-site-index.ts'
import { toSlug } from '../../src/link/slug.ts'
import type { ProcessedArticle } from '../../src/pipeline.ts'

const body = { type: 'root', children: [] } as const
function article(source: string, fields: Partial<ProcessedArticle>): ProcessedArticle {
  return { source, format: 'txt', title: source, credits: [], people: [], placeNames: [], documents: [], body: { ...body, children: [] }, ...fields }
}
function doc(key: string, fields: Partial<DocumentMention> = {}): DocumentMention {
  return { key, type: 'Nghị quyết', number: key.split(/\D/)[0] ?? '', mentions: [`Nghị quyết ${key}`], sentence: `Nghị quyết ${key}.`, ...fields }
}

test('slugs are ASCII with đ → d and no tone marks', () => {
  assert.equal(toSlug('Nghị quyết 26-NQ/TW'), 'nghi-quyet-26-nq-tw')
  assert.equal(toSlug('Hoàng Đăng Quang'), 'hoang-dang-quang')
  assert.equal(toSlug('Đề án 04-ĐA/TU'), 'de-an-04-da-tu')
})

test('one person is one page across NFC/NFD and old/new tone placement', () => {
  const site = buildSiteIndex([
    article('a.txt', { people: [{ name: 'Nguyễn Thị Thuý', titles: ['Bộ trưởng'] }] }),
    article('b.txt', { people: [{ name: 'Nguyễn Thị Thúy'.normalize('NFD'), titles: [] }] }),
  ])
  assert.equal(site.people.length, 1)
  assert.equal(site.people[0]!.articles.length, 2)
  assert.equal(site.people[0]!.url, 'nguoi/nguyen-thi-thuy/')
})

test('spellings of one name that differ only in spaces, periods or hyphens are one page, under the spelling used most (corpus: "Jack B.Weinstein", "Khăm-tày Xi-phăn-đon")', () => {
  const site = buildSiteIndex([
    article('a.txt', { people: [{ name: 'Jack B.Weinstein', titles: ['thẩm phán'] }, { name: 'Khăm-tày Xi-phăn-đon', titles: [] }] }),
    article('b.txt', { people: [{ name: 'Jack B. Weinstein', titles: [] }, { name: 'Khămtày Xiphănđon', titles: [] }] }),
    article('c.txt', { people: [{ name: 'Jack B. Weinstein', titles: [] }, { name: 'Khămtày Xiphănđon', titles: [] }] }),
  ])
  assert.deepEqual(
    site.people.map((p) => [p.name, p.articles.length, p.url]),
    [
      ['Jack B. Weinstein', 3, 'nguoi/jack-b-weinstein/'],
      ['Khămtày Xiphănđon', 3, 'nguoi/khamtay-xiphandon/'],
    ],
  )
  // Written as often each way: the spelling spaced out.
  const tie = buildSiteIndex([
    article('a.txt', { people: [{ name: 'Michael W.Marine', titles: ['Đại sứ'] }] }),
    article('b.txt', { people: [{ name: 'Michael W. Marine', titles: [] }] }),
  ])
  assert.deepEqual(tie.people.map((p) => p.name), ['Michael W. Marine'])
})

test('config aliases merge another name into one person', () => {
  const site = buildSiteIndex(
    [article('a.txt', { people: [{ name: 'Nguyễn Sinh Cung', titles: [] }] }), article('b.txt', { people: [{ name: 'Hồ Chí Minh', titles: [] }] })],
    { people: { 'Hồ Chí Minh': { aliases: ['Nguyễn Sinh Cung'] } } },
  )
  assert.deepEqual(site.people.map((p) => [p.name, p.articles.length]), [['Hồ Chí Minh', 2]])
})

test('26-NQ/TW of term X (2008) and of term XII (2018) are two documents with two URLs', () => {
  const site = buildSiteIndex([
    article('seed.txt', { documents: [doc('26-NQ/TW', { date: '2018-05-19', term: 'XII' })] }),
    article('old.txt', { documents: [doc('26-NQ/TW', { term: 'X' })] }),
    article('old2.txt', { date: { iso: '2017-03-01', precision: 'day', from: 'text' }, documents: [doc('26-NQ/TW', { date: '2008-08-05' })] }),
  ])
  assert.equal(site.documents.length, 2)
  const urls = site.documents.map((d) => d.url).sort()
  assert.deepEqual(urls, ['van-ban/nghi-quyet-26-nq-tw-khoa-x/', 'van-ban/nghi-quyet-26-nq-tw-khoa-xii/'])
  assert.equal(site.documents.find((d) => d.term === 'X')!.citations.length, 2)
})

test('a document without namesakes keeps the plain slug', () => {
  const site = buildSiteIndex([article('a.txt', { documents: [doc('26-NQ/TW', { term: 'XII' })] })])
  assert.equal(site.documents[0]!.url, 'van-ban/nghi-quyet-26-nq-tw/')
})

test('a bare number is grouped by year and marked uncertain', () => {
  const site = buildSiteIndex([
    article('a.txt', { date: { iso: '2017-01-02', precision: 'day', from: 'text' }, documents: [doc('Quyết định 123', { type: 'Quyết định' })] }),
    article('b.txt', { date: { iso: '2005-01-02', precision: 'day', from: 'text' }, documents: [doc('Quyết định 123', { type: 'Quyết định' })] }),
  ])
  assert.equal(site.documents.length, 2)
  assert.ok(site.documents.every((d) => d.uncertain))
})

test('two articles with the same title get different URLs, in a stable order', () => {
  const site = buildSiteIndex([article('b.txt', { title: 'Cùng tiêu đề' }), article('a.txt', { title: 'Cùng tiêu đề' })])
  const bySource = Object.fromEntries(site.articles.map((a) => [a.article.source, a.url]))
  assert.deepEqual(bySource, { 'a.txt': 'bai-viet/cung-tieu-de/', 'b.txt': 'bai-viet/cung-tieu-de-2/' })
})

test('a person page and a document page never share a URL with an article', () => {
  const site = buildSiteIndex([article('a.txt', { title: 'Hoàng Đăng Quang', people: [{ name: 'Hoàng Đăng Quang', titles: [] }] })])
  assert.notEqual(site.articles[0]!.url, site.people[0]!.url)
})

test('the catalogue settles which 26-NQ/TW a dated article means, and fills in its facts', () => {
  const site = buildSiteIndex([article('a.txt', { date: { iso: '2017-03-01', precision: 'day', from: 'text' }, documents: [doc('26-NQ/TW')] })])
  const document = site.documents[0]!
  assert.equal(document.id, '26-NQ/TW@X')
  assert.equal(document.summary, 'về nông nghiệp, nông dân, nông thôn')
  assert.equal(document.uncertain, false)
})

test('an undated citation of a symbol with two catalogued namesakes stays uncertain, on a page of its own', () => {
  const site = buildSiteIndex([
    article('a.txt', { documents: [doc('26-NQ/TW')] }),
    article('b.txt', { documents: [doc('26-NQ/TW', { term: 'XII' })] }),
  ])
  const vague = site.documents.find((d) => d.key === '26-NQ/TW' && d.term === undefined)!
  assert.equal(vague.uncertain, true)
  assert.equal(site.documents.length, 2)
})

test('a bare "Nghị định 67" joins 67/2014/NĐ-CP on its subject, never from an article older than 2014 (corpus sentences)', () => {
  const full = { type: 'Nghị định', number: '67' }
  const ships = 'Nhiều con tàu vỏ thép của ngư dân Thanh Hóa đóng theo Nghị định 67 liên tục hỏng hóc, trục trặc sau mỗi lần ra khơi.'
  const site = buildSiteIndex([
    article('full.txt', { documents: [doc('67/2014/NĐ-CP', { ...full, sentence: 'Tàu vỏ thép của ngư dân đóng theo Nghị định 67/2014/NĐ-CP bị hư hỏng, ngư dân Thanh Hóa điêu đứng.' })] }),
    article('later.txt', { yearFloor: 2017, documents: [doc('Nghị định 67', { ...full, sentence: ships })] }),
    article('older.txt', { date: { iso: '2005-04-01', precision: 'day', from: 'text' }, documents: [doc('Nghị định 67', { ...full, sentence: ships })] }),
    article('undated.txt', { documents: [doc('Nghị định 67', { ...full, sentence: 'Số tàu này được đóng theo Nghị định 67 của Chính phủ.' })] }),
  ])
  const decree = site.documents.find((d) => d.key === '67/2014/NĐ-CP')!
  assert.deepEqual(decree.citations.map((c) => [c.article.article.source, c.inferred]).sort(), [['full.txt', false], ['later.txt', true]])
  assert.ok(site.documents.filter((d) => d.key === 'Nghị định 67').every((d) => d.uncertain))
})

test('"Nghị quyết 19/2017" joins the one 19-2017/NQ-CP of the site: same type, number and year', () => {
  const site = buildSiteIndex([
    article('a.txt', { documents: [doc('19-2017/NQ-CP')] }),
    article('b.txt', { documents: [doc('Nghị quyết 19/2017', { number: '19' })] }),
  ])
  assert.equal(site.documents.length, 1)
})

test('config split keeps namesakes with clearly different titles apart', () => {
  const site = buildSiteIndex(
    [
      article('a.txt', { people: [{ name: 'Nguyễn Văn An', titles: ['Chủ tịch Quốc hội'] }] }),
      article('b.txt', { people: [{ name: 'Nguyễn Văn An', titles: ['Giám đốc Sở Y tế'] }] }),
      article('c.txt', { people: [{ name: 'Nguyễn Văn An', titles: ['Chủ tịch QH'] }] }),
    ],
    { people: { 'Nguyễn Văn An': { split: { 'Chủ tịch Quốc hội': ['Quốc hội', 'QH'] } } } },
  )
  assert.deepEqual(site.people.map((p) => [p.name, p.articles.length]), [['Nguyễn Văn An (Chủ tịch Quốc hội)', 2], ['Nguyễn Văn An', 1]])
  assert.equal(new Set(site.people.map((p) => p.url)).size, 2)
})

test('namesakes whose titles clearly conflict are two people: a minister and a company lawyer (corpus: Trần Tuấn Anh)', () => {
  const site = buildSiteIndex([
    article('a.txt', { people: [{ name: 'Trần Tuấn Anh', titles: ['Bộ trưởng Bộ Công Thương'] }] }),
    article('b.txt', { people: [{ name: 'Trần Tuấn Anh', titles: ['Bộ trưởng Công Thương'] }] }),
    article('c.txt', { people: [{ name: 'Trần Tuấn Anh', titles: [] }] }),
    article('d.txt', { people: [{ name: 'Trần Tuấn Anh', titles: ['Giám đốc Công ty luật Minh Bạch'] }] }),
  ])
  assert.deepEqual(
    site.people.map((p) => [p.name, p.articles.length, p.url]),
    [
      ['Trần Tuấn Anh', 3, 'nguoi/tran-tuan-anh/'],
      ['Trần Tuấn Anh (Giám đốc Công ty luật Minh Bạch)', 1, 'nguoi/tran-tuan-anh-giam-doc-cong-ty-luat-minh-bach/'],
    ],
  )
})

test('heading a working group does not make a minister a namesake of a company’s deputy director (corpus: Mai Tiến Dũng)', () => {
  const site = buildSiteIndex([
    article('a.txt', { people: [{ name: 'Mai Tiến Dũng', titles: ['Bộ trưởng', 'Chủ nhiệm Văn phòng Chính phủ', 'Tổ trưởng Tổ công tác của Thủ tướng'] }] }),
    article('b.txt', { people: [{ name: 'Mai Tiến Dũng', titles: ['Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ'] }] }),
    article('c.txt', { people: [{ name: 'Mai Tiến Dũng', titles: ['Phó giám đốc Công ty Hà Nội Toserco'] }] }),
  ])
  assert.deepEqual(site.people.map((p) => [p.name, p.articles.length]), [['Mai Tiến Dũng', 2], ['Mai Tiến Dũng (Phó giám đốc Công ty Hà Nội Toserco)', 1]])
})

test('a career across public offices is one person, and config `together` keeps any name whole', () => {
  const career = [
    article('a.txt', { people: [{ name: 'Vương Đình Huệ', titles: ['Bộ trưởng Bộ Tài chính'] }] }),
    article('b.txt', { people: [{ name: 'Vương Đình Huệ', titles: ['Trưởng ban Kinh tế Trung ương'] }] }),
    article('c.txt', { people: [{ name: 'Vương Đình Huệ', titles: ['Phó Thủ tướng'] }] }),
  ]
  assert.equal(buildSiteIndex(career).people.length, 1)
  const mixed = [...career, article('d.txt', { people: [{ name: 'Vương Đình Huệ', titles: ['Giám đốc Công ty X'] }] })]
  assert.equal(buildSiteIndex(mixed).people.length, 2)
  assert.equal(buildSiteIndex(mixed, { people: { 'Vương Đình Huệ': { together: true } } }).people.length, 1)
})

test('a name without a surname stays on its article and gets no page of its own', () => {
  const site = buildSiteIndex([
    article('a.txt', { people: [{ name: 'Minh', titles: [] }, { name: 'Nguyễn Văn Minh', titles: [] }] }),
    article('b.txt', { people: [{ name: 'Minh', titles: [] }] }),
  ])
  assert.deepEqual(site.people.map((p) => p.name), ['Nguyễn Văn Minh'])
  assert.deepEqual(site.articles.find((a) => a.article.source === 'b.txt')!.unlisted, [{ name: 'Minh', titles: [] }])
})

test('a document page shows what most citing articles say, not what the first one happened to say', () => {
  const site = buildSiteIndex([
    article('a.txt', { documents: [doc('35/2016/NQ-CP', { summary: 'về rà soát' })] }),
    article('b.txt', { documents: [doc('35/2016/NQ-CP', { summary: 'về hỗ trợ và phát triển doanh nghiệp' })] }),
    article('c.txt', { documents: [doc('35/2016/NQ-CP', { summary: 'về hỗ trợ và phát triển doanh nghiệp' })] }),
  ])
  assert.equal(site.documents[0]!.summary, 'về hỗ trợ và phát triển doanh nghiệp')
})

test('the most-mentioned of two same-slug people keeps the plain URL (a namesake page does not take it)', () => {
  const site = buildSiteIndex([
    article('a.txt', { people: [{ name: 'Lê Văn Thanh', titles: [] }] }),
    article('b.txt', { people: [{ name: 'Lê Văn Thành', titles: [] }] }),
    article('c.txt', { people: [{ name: 'Lê Văn Thành', titles: [] }] }),
  ])
  assert.equal(site.people.find((p) => p.name === 'Lê Văn Thành')!.url, 'nguoi/le-van-thanh/')
  assert.equal(site.people.length, 2, 'a possible spelling may be another person')
})

test('a name spelled as Vietnamese cannot be is the possible spelling of the same letters (corpus: "Nông Đưc Manh", "Võ Văn Kiêt")', () => {
  const site = buildSiteIndex([
    article('a.txt', { people: [{ name: 'Nông Đưc Manh', titles: [] }, { name: 'Võ Văn Kiêt', titles: [] }] }),
    article('b.txt', { people: [{ name: 'Nông Đức Mạnh', titles: ['Tổng Bí thư'] }, { name: 'Võ Văn Kiệt', titles: [] }] }),
  ])
  assert.deepEqual(
    site.people.map((p) => [p.name, p.articles.length]),
    [['Nông Đức Mạnh', 2], ['Võ Văn Kiệt', 2]],
  )
})

test('a spelling used once, one mark away from a common one with the same rank or title, is that person (corpus: "Đại tướng Võ Nguyễn Giáp", baomoi/000456)', () => {
  const general = (source: string) => article(source, { people: [{ name: 'Võ Nguyên Giáp', titles: [], rank: 'Đại tướng' }, { name: 'Nguyễn Minh Hiển', titles: ['Bộ trưởng Bộ GD-ĐT'] }] })
  const site = buildSiteIndex([
    ...['a', 'b', 'c', 'd', 'e'].map((s) => general(`${s}.txt`)),
    article('f.txt', { people: [{ name: 'Võ Nguyễn Giáp', titles: [], rank: 'Đại tướng' }, { name: 'Nguyễn Minh Hiền', titles: ['hòa giải viên'] }] }),
  ])
  assert.deepEqual(
    site.people.map((p) => [p.name, p.articles.length]).sort(),
    [['Nguyễn Minh Hiền', 1], ['Nguyễn Minh Hiển', 5], ['Võ Nguyên Giáp', 6]],
    'the mediator Hiền shares no title with the minister Hiển, so may be another person',
  )
})

test('a career from a private post into office is one person (a rector who later became minister)', () => {
  const site = buildSiteIndex([
    article('a.txt', { date: { iso: '2005-04-01', precision: 'day', from: 'text' }, people: [{ name: 'Phạm Vũ Luận', titles: ['hiệu trưởng ĐH Thương mại'] }] }),
    article('b.txt', { date: { iso: '2012-04-01', precision: 'day', from: 'text' }, people: [{ name: 'Phạm Vũ Luận', titles: ['Bộ trưởng Bộ GD-ĐT'] }] }),
  ])
  assert.equal(site.people.length, 1)
})

test('a mis-written symbol with the same type, number and subject joins the document (corpus: "Nghị định 67/CP về một số chính sách phát triển thủy sản")', () => {
  const decree = { type: 'Nghị định', number: '67', summary: 'về một số chính sách phát triển thủy sản' }
  const site = buildSiteIndex([
    article('a.txt', { documents: [doc('67/2014/NĐ-CP', decree)] }),
    article('b.txt', { documents: [doc('67/CP', { ...decree, summary: 'về một số chính sách phát triển thủy sản do Bộ NNPTNT tổ chức' })] }),
    article('c.txt', { documents: [doc('67/CP', { type: 'Nghị định', number: '67', summary: 'về chống tham nhũng' })] }),
  ])
  const main = site.documents.find((d) => d.key === '67/2014/NĐ-CP')!
  assert.deepEqual(main.citations.map((c) => c.article.article.source).sort(), ['a.txt', 'b.txt'])
})
