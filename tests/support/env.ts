// Taro replaces these at build time (see .env); tests run the in-process transport by default.
process.env.TARO_ENV = process.env.TARO_ENV || 'h5'
process.env.TARO_APP_API = process.env.TARO_APP_API || 'in-process'
process.env.TARO_APP_API_BASE = process.env.TARO_APP_API_BASE || '/api'
