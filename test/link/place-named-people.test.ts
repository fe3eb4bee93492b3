import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildSiteIndex } from '../../src/link/build-site-index.ts'
import { processText } from '../helpers/article.ts'

// Real corpus sentences (the file each comes from is named), each its own article of a site.
const LIST_OF_STREETS =
  'TP.HCM: nhiều tuyến đường ngập sâu\nSáng 17-11, các tuyến đường Nơ Trang Long, Nguyễn Xí, quốc lộ 13, Ung Văn Khiêm vẫn còn ngập sâu 30 - 40cm.' // vntc/002213
const ACCIDENT =
  'Tai nạn lao động\nKhoảng 14 giờ hôm qua 11/9, một vụ tai nạn lao động nghiêm trọng đã xảy ra tại kho cảng than (cũ) trên đường Ung Văn Khiêm, P.25, Q.Bình Thạnh khiến 7 nam công nhân bị thương.' // vntc/003083
const PIPE =
  'Bể đường ống, nhiều khu vực bị cúp nước\nÔng Nguyễn Hữu Hiệp, Phó Giám đốc Chi nhánh Cấp nước Gia Định, cho biết nguyên nhân do đường ống bị bể ở đường Ung Văn Khiêm (phường 25) không sửa chữa được.' // vntc/004645

async function site(texts: string[]) {
  const articles = await Promise.all(texts.map(async (text, i) => (await processText(text, `a${i}.txt`)).article))
  return { articles, index: buildSiteIndex(articles) }
}
const personNames = (index: ReturnType<typeof buildSiteIndex>) => index.people.map((person) => person.name)

test('a name in a list of streets, which other articles write after "đường", gets no person page (corpus: Ung Văn Khiêm)', async () => {
  const { articles, index } = await site([LIST_OF_STREETS, ACCIDENT, PIPE])
  // Alone, the list looks like people: a three-word name, no cue in the sentence.
  assert.ok(articles[0]!.people.some((p) => p.name === 'Ung Văn Khiêm' && p.uncued))
  assert.deepEqual(articles[1]!.placeNames, ['Ung Văn Khiêm'])
  assert.ok(!personNames(index).includes('Ung Văn Khiêm'))
  const listArticle = index.articles.find((entry) => entry.article.source === 'a0.txt')!
  assert.ok(!listArticle.people.some(({ person }) => person.name === 'Ung Văn Khiêm'))
})

test('one other article writing the street is enough only if none names the person; a person named with a cue stays a person', async () => {
  const one = await site([LIST_OF_STREETS, PIPE])
  assert.ok(!personNames(one.index).includes('Ung Văn Khiêm'))
  // vntc/002213's list again, with the street once and the minister named with a cue once.
  const minister = 'Nhà ngoại giao\nĐồng chí Ung Văn Khiêm, nguyên Bộ trưởng Bộ Ngoại giao, là người con của Nam Bộ.'
  const both = await site([LIST_OF_STREETS, PIPE, minister])
  assert.ok(both.index.people.find((p) => p.name === 'Ung Văn Khiêm')?.articles.some((entry) => entry.article.source === 'a0.txt'))

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
