/** One RPC method: what the client sends and what it gets back (areas not yet on the contract). */
export interface ApiMethod<P, R> {
  payload: P
  result: R
}
