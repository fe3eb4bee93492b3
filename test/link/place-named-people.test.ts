import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildSiteIndex } from '../../src/link/build-site-index.ts'
import { processText } from '../helpers/article.ts'

// Real corpus sentences (the file each comes from is named), each its own article of a site.
const LIST_OF_STREETS =
  'Người hâm mộ xếp hàng mua vé\nTrước giờ mở bán, do chen lấn, hàng trăm người phải tỏa ra các đường: Nguyễn Chí Thanh, Ngô Gia Tự, Lê Lợi... tụ tập chờ mua vé.' // vntc/002290
const CROSSING =
  'Xe dù đón khách đi khám bệnh\nCác xe "dù" loại 12 chỗ đã đến tận nhà đón khách và thả những bà con đi khám bệnh ở giao lộ Ngô Gia Tự - Hòa Hảo (Q.10, TP.HCM).' // vntc/002315 and others
const ROUTE =
  'Phân luồng giao thông\nXe từ cầu Đuống về Chương Dương sẽ được chỉ dẫn đi quốc lộ 3 về phía cầu Thăng Long vào nội đô, hoặc từ đường Ngô Gia Tự, quốc lộ 5 về Chương Dương cũng sẽ đi theo quốc lộ 3.' // vntc/000529

async function site(texts: string[]) {
  const articles = await Promise.all(texts.map(async (text, i) => (await processText(text, `a${i}.txt`)).article))
  return { articles, index: buildSiteIndex(articles) }
}
const personNames = (index: ReturnType<typeof buildSiteIndex>) => index.people.map((person) => person.name)

test('a name in a list of streets, which other articles write after "đường" and "giao lộ", gets no person page (corpus: Ngô Gia Tự)', async () => {
  const { articles, index } = await site([LIST_OF_STREETS, CROSSING, ROUTE])
  // Alone, the list looks like people: three-word names, no word before them in the sentence.
  assert.ok(articles[0]!.people.some((p) => p.name === 'Ngô Gia Tự' && p.uncued))
  assert.deepEqual(articles[1]!.placeNames, ['Ngô Gia Tự'])
  assert.ok(!personNames(index).includes('Ngô Gia Tự'))
  const listArticle = index.articles.find((entry) => entry.article.source === 'a0.txt')!
  assert.ok(!listArticle.people.some(({ person }) => person.name === 'Ngô Gia Tự'))
})

test('one other article writing the street is enough only if none names the person; a person named with a cue stays a person', async () => {
  const one = await site([LIST_OF_STREETS, ROUTE])
  assert.ok(!personNames(one.index).includes('Ngô Gia Tự'))
  // vntc/002290's list again, with the street once and the Party founder named with a cue once.
  const founder = 'Người cộng sản kiên trung\nĐồng chí Ngô Gia Tự là một trong những người sáng lập Đông Dương Cộng sản Đảng.'
  const both = await site([LIST_OF_STREETS, ROUTE, founder])
  assert.ok(both.index.people.find((p) => p.name === 'Ngô Gia Tự')?.articles.some((entry) => entry.article.source === 'a0.txt'))

  // `chí sĩ` marks a person the streets are named after (corpus: baomoi/000510); a street of the same name elsewhere does not undo it.
  const patriot = 'Doanh nhân và đất nước\nChí sĩ Lương Văn Can “việc buôn bán thịnh suy có quan hệ đến sự thịnh suy của đất nước”.'
  const streets = ['Kẹt xe\nXe kẹt trên đường Lương Văn Can, quận 8 suốt buổi sáng.', 'Ngập nước\nNước ngập sâu trên đường Lương Văn Can sau cơn mưa.']
  const { articles, index } = await site([patriot, ...streets])
  assert.ok(articles[0]!.people.some((p) => p.name === 'Lương Văn Can' && !p.uncued))
  assert.ok(personNames(index).includes('Lương Văn Can'))
})

test('a name listed with one the article marks as a person is marked too (corpus: "cụ Huỳnh Thúc Kháng, Trần Huy Liệu", vntc/000403)', async () => {
  const { article } = await processText(
    'Người giữ ký ức\nÔng còn giữ nhiều kỷ niệm về các nhân vật lịch sử mà ông từng tiếp xúc như cụ Huỳnh Thúc Kháng, Trần Huy Liệu. Ông đọc thuộc từng bài trong tập thơ.',
  )
  const person = article.people.find((p) => p.name === 'Trần Huy Liệu')
  assert.ok(person)
  assert.equal(person.uncued, undefined)
})
