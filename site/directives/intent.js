// @ts-check
/**
 * `client:intent`: an island whose server render is already the whole page (the search page),
 * kept off the critical path of a slow phone. Its JavaScript is fetched when the browser is idle
 * after the page has loaded, and it hydrates only when the buyer reaches for it: a pointer or a
 * focus inside it, or a key pressed there. What is typed before hydration stays in the box (the
 * island reads it when it wakes).
 *
 * @type {import('astro').ClientDirective}
 */
const intentDirective = (load, _options, el) => {
  /** @type {Promise<() => Promise<void>> | undefined} */
  let loading
  const fetchOnce = () => {
    loading ??= load()
    return loading
  }
  const wake = async () => {
    for (const type of EVENTS) el.removeEventListener(type, wake, true)
    const hydrate = await fetchOnce()
    await hydrate()
  }
  for (const type of EVENTS) el.addEventListener(type, wake, { capture: true, once: true, passive: true })
  const whenIdle = () => (window.requestIdleCallback ? window.requestIdleCallback(() => void fetchOnce()) : setTimeout(fetchOnce, 1000))
  if (document.readyState === 'complete') whenIdle()
  else window.addEventListener('load', whenIdle, { once: true })
}

const EVENTS = ['pointerdown', 'pointerover', 'focusin', 'keydown', 'touchstart']

export default intentDirective
