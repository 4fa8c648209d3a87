import type { PropsWithChildren } from 'react'
import './stores/session-store'
import './app.scss'

/**
 * Importing the session store restores a saved session (and its token) before the first page
 * renders, so a reload keeps the user signed in.
 */
function App({ children }: PropsWithChildren) {
  return children
}

export default App
