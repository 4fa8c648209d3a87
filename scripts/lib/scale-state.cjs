// Grows an area's seeded state ×N for the mock backend's growth benchmark: every record of every
// top-level collection (an object of records by key) is copied N − 1 times under new keys
// ("<key>-x2", "<key>-x3", …: still a valid id), and inside a copy every string that is a key of one of the area's
// collections becomes the copy's key too, so a copied booking points at the copied session; so
// does every user id (u-…, f-…): the copies are other families'. Everything else (rooms, dates,
// texts) stays as it is: ten times the sessions, bookings, articles and requests, in the same
// rooms, by ten times the people — and each demo person's own data the same size.

const USER_ID = /^[uf]-[a-z0-9-]+$/
const isRecordMap = (value) => value !== null && typeof value === 'object' && !Array.isArray(value)

function renamed(value, keys, suffix) {
  if (typeof value === 'string') return keys.has(value) || USER_ID.test(value) ? `${value}${suffix}` : value
  if (Array.isArray(value)) return value.map((item) => renamed(item, keys, suffix))
  if (value !== null && typeof value === 'object') {
    const copy = {}
    for (const [name, inner] of Object.entries(value)) copy[name] = renamed(inner, keys, suffix)
    return copy
  }
  return value
}

/** The state with every collection ×factor (collections keyed by user id are grown too). */
function scaleState(state, factor) {
  const collections = Object.keys(state).filter((name) => isRecordMap(state[name]))
  const keys = new Set(collections.flatMap((name) => Object.keys(state[name])))
  const renamedKey = (key, suffix) => (keys.has(key) || USER_ID.test(key) ? `${key}${suffix}` : key)
  const scaled = { ...state }
  for (const name of collections) {
    const grown = { ...state[name] }
    for (let copy = 2; copy <= factor; copy += 1) {
      const suffix = `-x${copy}`
      for (const [key, record] of Object.entries(state[name])) grown[renamedKey(key, suffix)] = renamed(record, keys, suffix)
    }
    scaled[name] = grown
  }
  return scaled
}

module.exports = { scaleState }
