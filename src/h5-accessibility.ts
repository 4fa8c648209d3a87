/**
 * What Taro's H5 components leave out for screen readers and keyboards, added once for the whole
 * app (H5 only; weapp has its own accessibility layer and its native title bar):
 * - the title bar's back and home are bare <div>s with an icon: they get a name and the button
 *   role, and the title becomes the page's heading;
 * - Input, Textarea and Switch put our aria-label on their host element, while the real <input> a
 *   screen reader lands on has no name: the name is moved onto it (one labelled element, the one
 *   that takes the input);
 * - Taro's Button is a <taro-button-core> element with no role: it gets the button role and
 *   aria-disabled to match its disabled attribute;
 * - Views with a widget role (cards as links, chips as radios) and buttons are not focusable: they
 *   get tabindex=0, and Enter or Space presses them, as it does a real button;
 * - each page is a scrolling region: it takes focus, so a page of plain text (the privacy policy)
 *   can be scrolled from the keyboard.
 */
const WIDGET_ROLES = new Set(['button', 'link', 'radio', 'checkbox', 'switch', 'tab'])
const FIELD_HOSTS = 'taro-input-core, taro-textarea-core, taro-switch-core'
const NATIVE_FOCUSABLE = 'a[href], button, input, textarea, select'
const TITLE_BAR_CONTROLS: Array<[selector: string, label: string]> = [
  ['.taro-navigation-bar-back', '返回'],
  ['.taro-navigation-bar-home', '回到首页'],
]

function labelTitleBar(): void {
  const bar = document.getElementById('taro-navigation-bar')
  if (!bar) return
  for (const [selector, label] of TITLE_BAR_CONTROLS) {
    const control = bar.querySelector(selector)
    if (!control) continue
    control.setAttribute('role', 'button')
    control.setAttribute('aria-label', label)
  }
  const title = bar.querySelector('.taro-navigation-bar-title')
  title?.setAttribute('role', 'heading')
  title?.setAttribute('aria-level', '1')
}

function nameInnerField(host: Element): void {
  const label = host.getAttribute('aria-label')
  const field = host.querySelector('input, textarea')
  if (!label || !field) return
  field.setAttribute('aria-label', label)
  host.removeAttribute('aria-label')
}

function prepare(element: Element): void {
  if (element.matches('taro-button-core')) {
    if (!element.hasAttribute('role')) element.setAttribute('role', 'button')
    const disabled = element.hasAttribute('disabled')
    if (element.getAttribute('aria-disabled') !== String(disabled)) element.setAttribute('aria-disabled', String(disabled))
  }
  if (element.classList.contains('taro_page') && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '0')
  const role = element.getAttribute('role')
  if (role && WIDGET_ROLES.has(role) && !element.hasAttribute('tabindex') && !element.matches(NATIVE_FOCUSABLE)) element.setAttribute('tabindex', '0')
  const host = element.closest(FIELD_HOSTS)
  if (host) nameInnerField(host)
}

function prepareTree(root: Element): void {
  prepare(root)
  root.querySelectorAll(`.taro_page, [role], taro-button-core, ${FIELD_HOSTS}, input, textarea`).forEach(prepare)
}

function pressOnEnter(event: KeyboardEvent): void {
  if (event.key !== 'Enter' && event.key !== ' ') return
  const target = event.target as Element | null
  const role = target?.getAttribute('role')
  if (!target || !role || !WIDGET_ROLES.has(role) || target.matches(NATIVE_FOCUSABLE) || target.getAttribute('aria-disabled') === 'true') return
  event.preventDefault()
  ;(target as HTMLElement).click()
}

export function improveAccessibility(): void {
  labelTitleBar()
  prepareTree(document.body)
  new MutationObserver((changes) => {
    for (const change of changes) {
      if (change.type === 'attributes') prepare(change.target as Element)
      change.addedNodes.forEach((node) => {
        if (node.nodeType === Node.ELEMENT_NODE) prepareTree(node as Element)
      })
    }
  }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['role', 'aria-label', 'disabled'] })
  document.addEventListener('keydown', pressOnEnter)
}
