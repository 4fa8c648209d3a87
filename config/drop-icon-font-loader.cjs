// Taro's components stylesheet embeds the weui icon font (6 KB of base64, ~4.6 KB gzip on every
// H5 first load) for its Icon, Checkbox and Radio components and weui-icon-* classes. This app
// uses none of them (choices are drawn as chips; toasts bring their own icons), so the H5 build
// drops the @font-face rule. If a page ever uses those components, remove this loader.
module.exports = function dropIconFont(source) {
  return source.replace(/@font-face\s*\{[^}]*font-family:\s*weui[^}]*\}/g, '')
}
