/**
 * The first `limit` items in `compare` order, exactly as `[...items].sort(compare).slice(0, limit)`
 * gives them when `compare` is a total order, in O(n log limit): a page of 40 out of 5,000 search
 * results needs only those 40 in order, not all 5,000 sorted.
 */
export function firstSorted<T>(items: T[], limit: number, compare: (a: T, b: T) => number): T[] {
  if (limit <= 0) return []
  // A heap pays only when it keeps a small part of the items.
  if (limit * 4 >= items.length) return [...items].sort(compare).slice(0, limit)
  // A max-heap of the smallest items seen so far: heap[0] is the largest of them.
  const heap: T[] = []
  const swap = (i: number, j: number) => {
    const kept = heap[i]
    heap[i] = heap[j]
    heap[j] = kept
  }
  const siftUp = (start: number) => {
    for (let i = start; i > 0; ) {
      const parent = (i - 1) >> 1
      if (compare(heap[i], heap[parent]) <= 0) return
      swap(i, parent)
      i = parent
    }
  }
  const siftDown = () => {
    for (let i = 0; ; ) {
      const left = 2 * i + 1
      const right = left + 1
      let largest = i
      if (left < heap.length && compare(heap[left], heap[largest]) > 0) largest = left
      if (right < heap.length && compare(heap[right], heap[largest]) > 0) largest = right
      if (largest === i) return
      swap(i, largest)
      i = largest
    }
  }
  for (const item of items) {
    if (heap.length < limit) {
      heap.push(item)
      siftUp(heap.length - 1)
    } else if (compare(item, heap[0]) < 0) {
      heap[0] = item
      siftDown()
    }
  }
  return heap.sort(compare)
}
