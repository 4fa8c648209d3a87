// Taro's React rules plus the hooks rules; TypeScript files use @typescript-eslint (from eslint-config-taro).
module.exports = {
  extends: ['taro/react', 'plugin:react-hooks/recommended'],
  env: { browser: true, node: true, jest: true, es2022: true },
  rules: {
    // The new JSX transform (jsx: react-jsx) needs no React import.
    'react/react-in-jsx-scope': 'off',
    'react/jsx-uses-react': 'off',
    'import/no-commonjs': 'off',
    'import/first': 'off',
    // JSX attributes use double quotes like HTML; the rest of the code uses single quotes.
    'jsx-quotes': ['error', 'prefer-double'],
    // Taro's H5 Button draws disabled={false} as disabled; src/components/button.tsx fixes that.
    'no-restricted-imports': [
      'error',
      {
        paths: [
          { name: '@tarojs/components', importNames: ['Button'], message: 'Use Button from src/components/button (disabled={false} is drawn disabled on H5).' },
          {
            name: '@tarojs/components',
            importNames: ['Input', 'Picker', 'Switch', 'Textarea'],
            message: 'Import it from src/components/taro/<name> (H5 pages then fetch only the components they use; see make-element.h5.ts).',
          },
        ],
        // Across folders, import by the @/ alias (src/x): a path that climbs three folders breaks when a file moves.
        patterns: [{ group: ['../../../*', '!../../../mock/*'], message: 'Use the @/ alias (@/x is src/x).' }],
      },
    ],
  },
  overrides: [{ files: ['src/components/button.tsx', 'src/components/taro/*.ts', 'tests/**'], rules: { 'no-restricted-imports': 'off' } }],
  ignorePatterns: ['dist/', 'node_modules/', 'artifacts/', '.tmp/', '.swc/'],
}
