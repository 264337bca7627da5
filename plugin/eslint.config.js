// ESLint (flat config) for the plugin's browser code, its tests and the build script; run by `npm run lint` in the
// Maven test phase (./dev test), which fails on any finding.
import js from '@eslint/js';
import globals from 'globals';

export default [
    { ignores: ['target/**', 'node_modules/**'] },
    js.configs.recommended,
    {
        files: ['src/main/js/**/*.js'],
        languageOptions: {
            ecmaVersion: 2022,
            sourceType: 'module',
            // AJS and JIRA come from Jira's page (the sandbox provides the same); everything else is imported
            globals: { ...globals.browser, AJS: 'readonly', JIRA: 'readonly' }
        },
        rules: {
            eqeqeq: ['error', 'always'],
            'no-implicit-globals': 'error',
            'no-restricted-syntax': [
                'error',
                {
                    // Jira's jsI18n transformer only replaces calls with a literal key (I18nBundlesTest checks them)
                    selector:
                        "CallExpression[callee.object.property.name='I18n'][callee.property.name='getText'][arguments.0.type!='Literal']",
                    message: 'AJS.I18n.getText needs a literal key.'
                },
                {
                    selector: "MemberExpression[object.name='window'][property.name='Debrief']",
                    message: 'Import Debrief from shared/namespace.js.'
                }
            ]
        }
    },
    {
        files: ['src/main/js/shared/namespace.js'],
        rules: { 'no-restricted-syntax': 'off' }
    },
    {
        files: ['src/test/js/**/*.js', '*.js', '*.mjs'],
        languageOptions: {
            ecmaVersion: 2022,
            sourceType: 'module',
            globals: { ...globals.node, ...globals.browser }
        }
    }
];
