import type { Root } from 'hast'
import type { VFile } from 'vfile'
export default function findPeople() {
  return (_tree: Root, file: VFile): void => {
    file.data.people = []
  }
}
