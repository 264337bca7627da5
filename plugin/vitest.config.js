import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['src/test/js/**/*.test.js'],
        environment: 'jsdom',
        reporters: ['default']
    }
});
