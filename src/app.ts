import { useEffect, type PropsWithChildren } from 'react'
// The composition root first: it says which transport the client calls.
import './app/transport'
import './stores/session-store'
import './app.scss'

/**
 * Importing the session store restores a saved session (and its token) before the first page
 * renders, so a reload keeps the user signed in.
 */
function App({ children }: PropsWithChildren) {
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') void import('./h5-accessibility').then(({ improveAccessibility }) => improveAccessibility())
  }, [])
  return children
}

export default App
