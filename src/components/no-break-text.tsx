import { Text } from '@tarojs/components'

// Read as one thing: dates (2026-12-26), times and time ranges (09:30–10:30, 8:00-11:30), landline
// and mobile numbers (0571-88863415, 13805711234, 138****1234).
const TOKEN = /(\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(?:\s*[–-]\s*\d{1,2}:\d{2})?|0\d{2,3}-\d{7,8}(?:-\d{1,6})?|1\d{10}|1\d{2}\*{4}\d{4})/

/**
 * Text in which dates, times and phone numbers never break across lines. Browsers and WeChat
 * break after the hyphen of 2026-12-26 or 0571-88863415, which 长辈模式's larger type makes common;
 * everything else wraps as usual.
 */
export function NoBreakText({ text, className }: { text: string; className?: string }) {
  const parts = text.split(TOKEN)
  return <Text className={className}>{parts.map((part, index) => (index % 2 === 1 ? <Text key={index} className="nowrap">{part}</Text> : part))}</Text>
}
