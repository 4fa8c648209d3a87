// Measurements for tests/e2e/support/page-checks.ts, run inside the page (a plain browser script:
// it is read as text, not compiled). window.__pageChecks.measure(minTarget) looks at what is shown
// now: the visible Taro page, the H5 title bar and the tab bar.
;(() => {
  const PRESSABLE = 'taro-button-core, [role="button"], [role="link"], a[href], .weui-tabbar__item'
  const CONTROLS = `${PRESSABLE}, [role="radio"], [role="checkbox"], [role="switch"], taro-input-core, taro-textarea-core, taro-switch-core`

  const visible = (element) => {
    const box = element.getBoundingClientRect()
    const style = getComputedStyle(element)
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none'
  }

  const name = (element) => {
    const text = (element.getAttribute('aria-label') || element.innerText || '').trim().replace(/\s+/g, ' ').slice(0, 24)
    const className = typeof element.className === 'string' ? element.className.split(' ')[0] : ''
    return `${element.tagName.toLowerCase()}${className ? `.${className}` : ''} "${text}"`
  }

  const parse = (colour) => {
    const parts = colour.match(/[\d.]+/g) || ['0', '0', '0', '0']
    return [Number(parts[0]), Number(parts[1]), Number(parts[2]), parts.length > 3 ? Number(parts[3]) : 1]
  }

  const luminance = ([r, g, b]) => {
    const channel = (value) => {
      const v = value / 255
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
    }
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
  }

  /** The colour behind an element: the first opaque background up the tree, blended with the see-through ones above it. */
  const background = (element) => {
    const layers = []
    for (let node = element; node; node = node.parentElement) {
      const colour = parse(getComputedStyle(node).backgroundColor)
      if (colour[3] > 0) layers.push(colour)
      if (colour[3] >= 1) break
    }
    let result = [255, 255, 255, 1]
    for (const layer of layers.reverse()) {
      const a = layer[3]
      result = [layer[0] * a + result[0] * (1 - a), layer[1] * a + result[1] * (1 - a), layer[2] * a + result[2] * (1 - a), 1]
    }
    return result
  }

  const opacity = (element) => {
    let value = 1
    for (let node = element; node; node = node.parentElement) value *= Number(getComputedStyle(node).opacity)
    return value
  }

  const contrast = (element) => {
    const fg = parse(getComputedStyle(element).color)
    const bg = background(element)
    const a = fg[3] * opacity(element)
    const drawn = [fg[0] * a + bg[0] * (1 - a), fg[1] * a + bg[1] * (1 - a), fg[2] * a + bg[2] * (1 - a)]
    const [light, dark] = [luminance(drawn), luminance(bg)].sort((x, y) => y - x)
    return (light + 0.05) / (dark + 0.05)
  }

  /** Inside a box that scrolls sideways or clips (chip rows, a photo carousel): not past the screen's edge. */
  const clipped = (element) => {
    for (let node = element.parentElement; node; node = node.parentElement) {
      if (getComputedStyle(node).overflowX !== 'visible') return true
    }
    return false
  }

  /** The deepest visible element holding the control's own text: its colour is what is read. */
  const textHolder = (control) => {
    const holders = [...control.querySelectorAll('*')].filter(
      (child) => visible(child) && [...child.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim()),
    )
    return holders[0] || control
  }

  const roots = () => {
    const shown = [...document.querySelectorAll('.taro_page')].filter((element) => getComputedStyle(element).display !== 'none')
    const list = shown.slice(-1)
    const bar = document.getElementById('taro-navigation-bar')
    if (bar && visible(bar)) list.push(bar)
    const tabbar = document.querySelector('.taro-tabbar__tabbar')
    if (tabbar && visible(tabbar)) list.push(tabbar)
    return list
  }

  // A date (2026-12-08), a time or time range (09:30–10:30), a phone number: read as one thing.
  const TOKEN = /\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(?:[–-]\d{1,2}:\d{2})?|\d{3,4}-\d{7,8}|1\d{2}\*{4}\d{4}|1\d{10}/g
  const SHORT_LABEL = 8

  /** Lines the text of a range is drawn on: a new line starts below half a line height. */
  const linesOf = (rects) => {
    const tops = rects.filter((rect) => rect.width > 0).sort((a, b) => a.top - b.top)
    let lines = 0
    let lastTop = -Infinity
    for (const rect of tops) {
      if (rect.top > lastTop + rect.height / 2) {
        lines += 1
        lastTop = rect.top
      }
    }
    return lines
  }
  const lineCount = (range) => linesOf([...range.getClientRects()])
  /** Lines of an element's own text (not its boxes, icons or padding). */
  const textLines = (element) => {
    const rects = []
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent.trim()) continue
      const range = document.createRange()
      range.selectNodeContents(node)
      rects.push(...range.getClientRects())
    }
    return linesOf(rects)
  }

  /** Dates, times and phone numbers drawn over two lines, and short labels broken in the middle. */
  const badBreaks = (scopes) => {
    const found = []
    for (const root of scopes) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement || !visible(node.parentElement)) continue
        for (const match of node.textContent.matchAll(TOKEN)) {
          const range = document.createRange()
          range.setStart(node, match.index)
          range.setEnd(node, match.index + match[0].length)
          if (lineCount(range) > 1) found.push(`"${match[0]}" split over two lines in ${name(node.parentElement)}`)
        }
      }
      for (const label of root.querySelectorAll(`${PRESSABLE}, [role="radio"], [role="checkbox"], .page-title, .heading`)) {
        const text = label.innerText.trim()
        if (!visible(label) || !text || text.length > SHORT_LABEL || text.includes('\n')) continue
        if (textLines(label) > 1) found.push(`short label ${name(label)} broken over two lines`)
      }
    }
    return found
  }

  function measure(minTarget) {
    const scopes = roots()
    const controls = scopes.flatMap((root) => [...root.querySelectorAll(CONTROLS)].filter(visible))
    const smallTargets = []
    const unreadable = []
    for (const control of controls) {
      const box = control.getBoundingClientRect()
      if (box.height < minTarget - 0.5 || box.width < minTarget - 0.5) smallTargets.push(`${name(control)} ${Math.round(box.width)}×${Math.round(box.height)}`)
      if (!control.matches(PRESSABLE)) continue
      const text = (control.getAttribute('aria-label') || control.innerText || '').trim()
      if (!text) {
        unreadable.push(`${name(control)} has no text`)
        continue
      }
      const ratio = contrast(textHolder(control))
      if (ratio < 3) unreadable.push(`${name(control)} contrast ${ratio.toFixed(2)}:1`)
    }
    const width = document.documentElement.clientWidth
    const overflowing = []
    for (const root of scopes) {
      for (const element of root.querySelectorAll('*')) {
        if (!visible(element)) continue
        const right = element.getBoundingClientRect().right
        if (right > width + 1 && !clipped(element)) overflowing.push(`${name(element)} right edge at ${Math.round(right)} px`)
      }
    }
    // Text cut off at the bottom of a box that hides its overflow (a fixed-height card too small).
    // A summary clamped to a few lines with an ellipsis (line-clamp) is cut on purpose.
    for (const root of scopes) {
      for (const element of root.querySelectorAll('*')) {
        const style = getComputedStyle(element)
        if (!visible(element) || style.overflowY !== 'hidden' || style.webkitLineClamp !== 'none' || !(element.textContent || '').trim()) continue
        if (element.scrollHeight > element.clientHeight + 2) overflowing.push(`${name(element)} cuts off its text at the bottom`)
      }
    }
    return { smallTargets, unreadable, overflowing: overflowing.slice(0, 10), badBreaks: badBreaks(scopes) }
  }

  window.__pageChecks = { measure }
})()
