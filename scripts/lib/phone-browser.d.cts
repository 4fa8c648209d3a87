import type { BrowserContextOptions } from 'playwright-core'

export declare const CHROMIUM: string
export declare const CHROMIUM_ARGS: string[]
export declare const PHONE: BrowserContextOptions
export declare const CONTENT_TYPES: Record<string, string>
