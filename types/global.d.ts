/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    /** Set by Taro to the build target. */
    TARO_ENV: 'weapp' | 'h5'
    /** `http` switches services to the HTTP transport; anything else uses the in-process mock. */
    TARO_APP_API?: string
    /** Base URL of the HTTP mock backend, e.g. http://127.0.0.1:10087/api */
    TARO_APP_API_BASE?: string
    /** WeChat 订阅消息 template id for the antenatal visit reminder. */
    TARO_APP_SUBSCRIBE_TEMPLATE_VISIT?: string
    TARO_APP_SUBSCRIBE_TEMPLATE_SESSION?: string
  }
}
